/**
 * setQuestionSchemeRules: a body's rules for its question scheme — the answer deadline (working
 * days, or calendar weeks and days), whether the open parts of answers are published on the portal
 * and the secretariat's note for members (what is outside the scheme, whom to contact). A question
 * gets its deadline from the rule when it is received (submit-question.ts), so a new rule applies
 * to the questions asked from then on; publishing works as in setQuestionPublishing (answers given
 * from then on).
 *
 * Who may call it: the body's secretariat and admins (`answer_question`). Returns whether anything
 * changed, or why not: the fields' problems when the rules do not validate.
 */
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { findBody } from '../../db/stores/people.js';
import { findQuestionSchemeRules, saveQuestionSchemeRules } from '../../db/stores/questions.js';
import {
  describeDeadlineRule,
  QUESTION_SCHEME_LIMITS as LIMITS,
  type QuestionSchemeRules,
  sameDeadlineRule,
} from '../../domain/question-scheme-rules.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

/** What can be wrong with the rules as given; each names one field. */
export type QuestionSchemeRulesProblem =
  | 'deadline_kind_invalid'
  | 'weeks_invalid'
  | 'days_invalid'
  | 'deadline_empty'
  | 'working_days_invalid'
  | 'member_note_too_long';

const problem = (code: QuestionSchemeRulesProblem) => ({ message: code });
const count = (max: number, code: QuestionSchemeRulesProblem) =>
  z.number(problem(code)).int(problem(code)).min(0, problem(code)).max(max, problem(code));

/** The rules as the secretariat gives them: a deadline of one kind, the publishing choice, the note. */
const RulesSchema = z
  .discriminatedUnion(
    'deadlineKind',
    [
      z
        .object({
          deadlineKind: z.literal('calendar'),
          weeks: count(LIMITS.weeksMax, 'weeks_invalid'),
          days: count(LIMITS.daysMax, 'days_invalid'),
        })
        .refine((rule) => rule.weeks + rule.days >= 1, { ...problem('deadline_empty'), path: ['days'] }),
      z.object({
        deadlineKind: z.literal('working_days'),
        workingDays: count(LIMITS.workingDaysMax, 'working_days_invalid').min(1, problem('working_days_invalid')),
      }),
    ],
    problem('deadline_kind_invalid'),
  )
  .and(
    z.object({
      publishesAnswers: z.boolean(),
      memberNote: z.string().trim().max(LIMITS.memberNoteMax, problem('member_note_too_long')),
    }),
  );

/** The form's fields: the counts of the kind not chosen are not read. */
export interface QuestionSchemeRulesFields {
  deadlineKind: string;
  weeks: number;
  days: number;
  workingDays: number;
  publishesAnswers: boolean;
  memberNote: string;
}

export interface SetQuestionSchemeRulesInput {
  db: Db;
  bodyId: number;
  rules: QuestionSchemeRulesFields;
  /** Whose roles decide whether the rules may be set. */
  permissions: Actor;
  actor: AuditActor;
  now?: Date;
}

export type SetQuestionSchemeRulesResult =
  | { ok: true; changed: boolean; rules: QuestionSchemeRules }
  | { ok: false; reason: 'body_not_found' }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'invalid'; problems: QuestionSchemeRulesProblem[] };

/** The rules given, validated; or each problem once. */
export function parseQuestionSchemeRules(
  fields: QuestionSchemeRulesFields,
): { ok: true; rules: QuestionSchemeRules } | { ok: false; problems: QuestionSchemeRulesProblem[] } {
  const parsed = RulesSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message as QuestionSchemeRulesProblem);
    return { ok: false, problems: [...new Set(problems)] };
  }
  const value = parsed.data;
  return {
    ok: true,
    rules: {
      deadlineRule:
        value.deadlineKind === 'working_days'
          ? { kind: 'working_days', days: value.workingDays }
          : {
              kind: 'calendar',
              ...(value.weeks > 0 ? { weeks: value.weeks } : {}),
              ...(value.days > 0 ? { days: value.days } : {}),
            },
      publishesAnswers: value.publishesAnswers,
      memberNote: value.memberNote === '' ? null : value.memberNote,
    },
  };
}

const described = (rules: QuestionSchemeRules) => ({
  deadline: describeDeadlineRule(rules.deadlineRule),
  deadlineKind: rules.deadlineRule.kind,
  publishesAnswers: rules.publishesAnswers,
  memberNote: rules.memberNote,
});

export async function setQuestionSchemeRules(
  input: SetQuestionSchemeRulesInput,
): Promise<SetQuestionSchemeRulesResult> {
  if (!can(input.permissions, 'answer_question', { bodyId: input.bodyId })) return { ok: false, reason: 'forbidden' };
  const parsed = parseQuestionSchemeRules(input.rules);
  if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.problems };
  const rules = parsed.rules;
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    if (!(await findBody(tx, input.bodyId))) return { ok: false, reason: 'body_not_found' } as const;
    const before = await findQuestionSchemeRules(tx, { bodyId: input.bodyId, lock: true });
    const unchanged =
      sameDeadlineRule(before.deadlineRule, rules.deadlineRule) &&
      before.publishesAnswers === rules.publishesAnswers &&
      before.memberNote === rules.memberNote;
    if (unchanged) return { ok: true, changed: false, rules } as const;
    await saveQuestionSchemeRules(tx, { bodyId: input.bodyId, rules, now });
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'question_scheme.rules',
      entity: 'body',
      entityId: input.bodyId,
      before: described(before),
      after: described(rules),
    });
    return { ok: true, changed: true, rules } as const;
  });
}
