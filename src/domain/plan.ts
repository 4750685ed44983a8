/**
 * Plans (planer) a body adopts over several meetings: the local health plan (nærsundhedsplan), the
 * regional health plan, others; each in versions whose text is chapters (themes with goals and a
 * description, Markdown).
 */

export const PLAN_KINDS = ['local_health_plan', 'regional_health_plan', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_VERSION_STATES = ['draft', 'hearing_draft', 'adopted', 'revised'] as const;
export type PlanVersionState = (typeof PLAN_VERSION_STATES)[number];
