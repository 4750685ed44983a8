/**
 * A body's rules for its question scheme (regler for spørgeordningen): the answer deadline,
 * whether the open parts of answers are published on the portal, and the secretariat's note for
 * members (what is outside the scheme, whom to contact). A body that has set nothing has the
 * scheme's default: one calendar week, nothing published, no note. Pure.
 */
import { type DeadlineRule, QUESTION_SCHEME_RULE } from './deadlines.js';

export interface QuestionSchemeRules {
  deadlineRule: DeadlineRule;
  publishesAnswers: boolean;
  /** The secretariat's words for members; null when there are none. */
  memberNote: string | null;
}

export const DEFAULT_QUESTION_SCHEME_RULES: QuestionSchemeRules = {
  deadlineRule: QUESTION_SCHEME_RULE,
  publishesAnswers: false,
  memberNote: null,
};

export const DEADLINE_RULE_KINDS = ['calendar', 'working_days'] as const;
export type DeadlineRuleKind = (typeof DEADLINE_RULE_KINDS)[number];

/** The bounds a body's rules are kept within (a deadline of years helps no one). */
export const QUESTION_SCHEME_LIMITS = {
  weeksMax: 52,
  daysMax: 365,
  workingDaysMax: 100,
  memberNoteMax: 2_000,
} as const;

/** A deadline rule as stored: its kind, weeks and days (a working-day rule's count is its days, weeks 0). */
export interface StoredDeadlineRule {
  deadlineKind: DeadlineRuleKind;
  deadlineWeeks: number;
  deadlineDays: number;
}

export function storedDeadlineRule(rule: DeadlineRule): StoredDeadlineRule {
  return rule.kind === 'working_days'
    ? { deadlineKind: 'working_days', deadlineWeeks: 0, deadlineDays: rule.days }
    : { deadlineKind: 'calendar', deadlineWeeks: rule.weeks ?? 0, deadlineDays: rule.days ?? 0 };
}

/** The rules of a stored settings row; the default for a body without one. */
export function questionSchemeRulesOf(
  row: (StoredDeadlineRule & { publishesAnswers: boolean; memberNote: string | null }) | null | undefined,
): QuestionSchemeRules {
  if (!row) return DEFAULT_QUESTION_SCHEME_RULES;
  const deadlineRule: DeadlineRule =
    row.deadlineKind === 'working_days'
      ? { kind: 'working_days', days: row.deadlineDays }
      : {
          kind: 'calendar',
          ...(row.deadlineWeeks > 0 ? { weeks: row.deadlineWeeks } : {}),
          ...(row.deadlineDays > 0 ? { days: row.deadlineDays } : {}),
        };
  return { deadlineRule, publishesAnswers: row.publishesAnswers, memberNote: row.memberNote };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "5 arbejdsdage", "1 uge", "2 uger og 3 dage" */
export function describeDeadlineRule(rule: DeadlineRule): string {
  if (rule.kind === 'working_days') return plural(rule.days, 'arbejdsdag', 'arbejdsdage');
  const parts = [
    ...((rule.weeks ?? 0) > 0 ? [plural(rule.weeks ?? 0, 'uge', 'uger')] : []),
    ...((rule.days ?? 0) > 0 ? [plural(rule.days ?? 0, 'dag', 'dage')] : []),
  ];
  return parts.join(' og ');
}

/** Whether two rules are the same as stored (1 week and 7 days give the same dates but are written differently: they differ). */
export function sameDeadlineRule(a: DeadlineRule, b: DeadlineRule): boolean {
  const x = storedDeadlineRule(a);
  const y = storedDeadlineRule(b);
  return x.deadlineKind === y.deadlineKind && x.deadlineWeeks === y.deadlineWeeks && x.deadlineDays === y.deadlineDays;
}
