/**
 * Investment agreements (investeringsaftaler) under the investment engine (investeringsmotoren):
 * from 2027 money for local municipal health services is paid out through agreements between one
 * health council and one or more of its municipalities, phased in 2027–2030, each year with an
 * amount in øre, for lasting capacity or temporary development. Pure rules:
 *
 * - the status chain: proposal → in negotiation → decided by the council → approved by each
 *   municipal council → running → reported; `checkMove` refuses any other step with the current
 *   status and the allowed next one (the words are render/messages/agreements.ts's);
 * - "approved by each municipal council" only when every party's council has approved
 *   (`checkMove` names the parties still missing; `approvalProgress`: "3 af 4");
 * - a municipal council's approval only after the health council's decision, once per party
 *   (`checkApproval`);
 * - the parties are municipalities the health council covers (`checkParties`);
 * - the years lie in 2027–2030, each once, amounts never negative and not all zero
 *   (`checkYears`); the total and the sums per year over several agreements (`totalOre`,
 *   `sumsPerYear`);
 * - a yearly report for each year with an amount, due on 1 April after the year (`reportDueDates`).
 *
 * Why its own transitions (as projects', domain/project.ts) rather than a process of issue 14
 * (domain/process.ts): a process's steps are scheduled on meetings, gated and synced from items'
 * outcomes, and its template is fixed, while an agreement's approvals are one per party (a
 * number of municipalities known only when the agreement is made) and its status is one value
 * that pages, the API and the export filter on. A row per party with its approval (day and
 * decision item) and a transition row per status move (with the decision that made it) say the
 * same thing with two small tables and no coupling to the process engine; "3 af 4
 * kommunalbestyrelser" is a count over the parties.
 */

export const AGREEMENT_STATUSES = ['proposal', 'negotiation', 'decided', 'approved', 'running', 'reported'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_KINDS = ['lasting_capacity', 'temporary_development'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** The investment engine's years. */
export const FIRST_YEAR = 2027;
export const LAST_YEAR = 2030;
export const AGREEMENT_YEARS = [2027, 2028, 2029, 2030] as const;

/** From each status, the status a decision may move an agreement to (the chain has one way). */
export const NEXT_STATUS: Record<AgreementStatus, AgreementStatus | null> = {
  proposal: 'negotiation',
  negotiation: 'decided',
  decided: 'approved',
  approved: 'running',
  running: 'reported',
  reported: null,
};

export interface PartyApproval {
  /** The municipality's name ("Aabenraa Kommune"). */
  name: string;
  /** The day its municipal council approved (null: not yet). */
  approvedOn: string | null;
}

export type MoveCheck =
  | { ok: true }
  | { ok: false; reason: 'not_allowed'; current: AgreementStatus; allowed: AgreementStatus | null }
  | { ok: false; reason: 'approvals_missing'; missing: string[] };

/**
 * Whether an agreement in `current` may move to `next`: only to the next status of the chain, and
 * to "approved" only when every party's municipal council has approved (refused naming the others).
 */
export function checkMove(
  current: AgreementStatus,
  next: AgreementStatus,
  parties: readonly PartyApproval[],
): MoveCheck {
  const allowed = NEXT_STATUS[current];
  if (allowed !== next) return { ok: false, reason: 'not_allowed', current, allowed };
  if (next === 'approved') {
    const missing = parties.filter((party) => party.approvedOn === null).map((party) => party.name);
    if (missing.length > 0 || parties.length === 0) return { ok: false, reason: 'approvals_missing', missing };
  }
  return { ok: true };
}

/** Whether the statuses a secretariat may pick by hand include `next` ("approved" follows the approvals). */
export function isManualMove(next: AgreementStatus): boolean {
  return next !== 'approved';
}

export type ApprovalCheck =
  | { ok: true; isLast: boolean }
  | { ok: false; reason: 'not_decided' | 'already_approved' | 'not_a_party' | 'before_decision' };

/**
 * Whether a party's municipal council may record its approval: only once the health council has
 * decided (status "decided"), on or after that decision, and once per party. `isLast`: every party
 * has approved with this one, so the agreement becomes "approved by each municipal council".
 */
export function checkApproval(input: {
  status: AgreementStatus;
  decidedOn: string | null;
  parties: readonly (PartyApproval & { id: number })[];
  partyId: number;
  approvedOn: string;
}): ApprovalCheck {
  const party = input.parties.find((one) => one.id === input.partyId);
  if (!party) return { ok: false, reason: 'not_a_party' };
  if (input.status !== 'decided') return { ok: false, reason: 'not_decided' };
  if (party.approvedOn !== null) return { ok: false, reason: 'already_approved' };
  if (input.decidedOn !== null && input.approvedOn < input.decidedOn) return { ok: false, reason: 'before_decision' };
  const others = input.parties.filter((one) => one.id !== input.partyId);
  return { ok: true, isLast: others.every((one) => one.approvedOn !== null) };
}

/** How many parties' councils have approved, of how many: "3 af 4 kommunalbestyrelser". */
export function approvalProgress(parties: readonly PartyApproval[]): { approved: number; of: number } {
  return { approved: parties.filter((party) => party.approvedOn !== null).length, of: parties.length };
}

export type PartiesCheck =
  | { ok: true }
  | { ok: false; reason: 'none' | 'duplicate' }
  | { ok: false; reason: 'not_covered'; codes: string[] };

/** The parties: at least one, each once, each a municipality the health council covers (by code). */
export function checkParties(partyCodes: readonly string[], councilCodes: readonly string[]): PartiesCheck {
  if (partyCodes.length === 0) return { ok: false, reason: 'none' };
  if (new Set(partyCodes).size !== partyCodes.length) return { ok: false, reason: 'duplicate' };
  const covered = new Set(councilCodes);
  const outside = partyCodes.filter((code) => !covered.has(code));
  return outside.length > 0 ? { ok: false, reason: 'not_covered', codes: outside } : { ok: true };
}

export interface YearAmount {
  year: number;
  amountOre: bigint;
}

export type YearsCheck =
  | { ok: true }
  | { ok: false; reason: 'outside' | 'duplicate' | 'negative'; year: number }
  | { ok: false; reason: 'empty' };

/** The years: each in 2027–2030 and once, no amount negative, and some amount above zero. */
export function checkYears(years: readonly YearAmount[]): YearsCheck {
  const seen = new Set<number>();
  for (const { year, amountOre } of years) {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, reason: 'outside', year };
    if (seen.has(year)) return { ok: false, reason: 'duplicate', year };
    if (amountOre < 0n) return { ok: false, reason: 'negative', year };
    seen.add(year);
  }
  return totalOre(years) > 0n ? { ok: true } : { ok: false, reason: 'empty' };
}

/** An agreement's total over its years. */
export function totalOre(years: readonly YearAmount[]): bigint {
  let sum = 0n;
  for (const { amountOre } of years) sum += amountOre;
  return sum;
}

/** The sums per year over several agreements, in year order (every year 2027–2030, 0 for none). */
export function sumsPerYear(agreements: readonly { years: readonly YearAmount[] }[]): YearAmount[] {
  const sums = new Map<number, bigint>(AGREEMENT_YEARS.map((year) => [year, 0n]));
  for (const agreement of agreements)
    for (const { year, amountOre } of agreement.years) sums.set(year, (sums.get(year) ?? 0n) + amountOre);
  return [...sums].sort(([a], [b]) => a - b).map(([year, amountOre]) => ({ year, amountOre }));
}

/** The day a year's report is due: 1 April after the year. */
export function reportDueOn(year: number): string {
  return `${year + 1}-04-01`;
}

/** The yearly reports a running agreement owes: one per year with an amount, in year order. */
export function reportDueDates(years: readonly YearAmount[]): { year: number; dueOn: string }[] {
  return years
    .filter((one) => one.amountOre > 0n)
    .map((one) => one.year)
    .sort((a, b) => a - b)
    .map((year) => ({ year, dueOn: reportDueOn(year) }));
}

export const AGREEMENT_LIMITS = {
  titleMax: 300,
  purposeMax: 5_000,
  noteMax: 2_000,
  partiesMax: 30,
} as const;
