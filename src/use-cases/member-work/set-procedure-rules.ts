/**
 * setProcedureRules: a body's rules of procedure (forretningsorden) for the members' daily work —
 * how minutes are approved (at the next meeting, or by the members within N working days of
 * sending, silence counting as approval or not) and how many days before a meeting an item must
 * be requested. A round of draft minutes keeps the rule it was sent under; a request its deadline.
 *
 * Who may call it: the body's secretariat and admins (`edit_meeting`). Returns whether anything
 * changed, or why not: the fields' problems when the rules do not validate.
 */
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { findProcedureRules, saveProcedureRules } from '../../db/stores/member-work.js';
import { findBody } from '../../db/stores/people.js';
import { MINUTES_APPROVAL_KINDS, PROCEDURE_LIMITS, type ProcedureRules } from '../../domain/procedure-rules.js';
import { type Actor, can } from '../../domain/roles.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export type ProcedureRulesProblem = 'minutes_approval_invalid' | 'approval_days_invalid' | 'request_days_invalid';

const problem = (code: ProcedureRulesProblem) => ({ message: code });

const RulesSchema = z.object({
  minutesApproval: z.enum(MINUTES_APPROVAL_KINDS, problem('minutes_approval_invalid')),
  approvalWorkingDays: z
    .number(problem('approval_days_invalid'))
    .int(problem('approval_days_invalid'))
    .min(1, problem('approval_days_invalid'))
    .max(PROCEDURE_LIMITS.approvalWorkingDaysMax, problem('approval_days_invalid')),
  silenceIsApproval: z.boolean(),
  itemRequestDaysBefore: z
    .number(problem('request_days_invalid'))
    .int(problem('request_days_invalid'))
    .min(0, problem('request_days_invalid'))
    .max(PROCEDURE_LIMITS.itemRequestDaysBeforeMax, problem('request_days_invalid')),
});

export interface SetProcedureRulesInput {
  db: Db;
  bodyId: number;
  rules: {
    minutesApproval: string;
    approvalWorkingDays: number;
    silenceIsApproval: boolean;
    itemRequestDaysBefore: number;
  };
  permissions: Actor;
  actor: AuditActor;
  now?: Date;
}

export type SetProcedureRulesResult =
  | { ok: true; changed: boolean; rules: ProcedureRules }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'body_not_found' }
  | { ok: false; reason: 'invalid'; problems: ProcedureRulesProblem[] };

export async function setProcedureRules(input: SetProcedureRulesInput): Promise<SetProcedureRulesResult> {
  if (!can(input.permissions, 'edit_meeting', { bodyId: input.bodyId })) return { ok: false, reason: 'forbidden' };
  const parsed = RulesSchema.safeParse(input.rules);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message as ProcedureRulesProblem);
    return { ok: false, reason: 'invalid', problems: [...new Set(problems)] };
  }
  const rules: ProcedureRules = parsed.data;
  const now = input.now ?? new Date();
  return input.db.transaction(async (tx) => {
    if (!(await findBody(tx, input.bodyId))) return { ok: false, reason: 'body_not_found' } as const;
    const before = await findProcedureRules(tx, input.bodyId);
    const unchanged = (Object.keys(rules) as (keyof ProcedureRules)[]).every((key) => before[key] === rules[key]);
    if (unchanged) return { ok: true, changed: false, rules } as const;
    await saveProcedureRules(tx, input.bodyId, rules, now);
    await recordAuditEntry(tx, {
      actor: input.actor,
      action: 'procedure_rules.set',
      entity: 'body',
      entityId: input.bodyId,
      before: { ...before },
      after: { ...rules },
    });
    return { ok: true, changed: true, rules } as const;
  });
}
