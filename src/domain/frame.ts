/**
 * Frames (rammer): money set aside by a deciding body and shared over recipients by a key
 * version. Pure rules: a frame's years, and what a commitment (a project's grant, later) may take
 * from a recipient's part — never more than is left: a frame cannot be over-committed.
 */

/** The earliest and latest year a frame may name. */
export const FRAME_YEARS = { min: 2000, max: 2100 } as const;

/** "2026" or "2027–2030". */
export function yearsText(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}

export type CommitmentCheck = { ok: true; leftOre: bigint } | { ok: false; reason: 'over_committed'; leftOre: bigint };

/**
 * Whether `amountOre` can be committed against a part of `allocatedOre` of which `committedOre` is
 * committed already: refused with the amount left when it would go over.
 */
export function checkCommitment(input: {
  allocatedOre: bigint;
  committedOre: bigint;
  amountOre: bigint;
}): CommitmentCheck {
  const left = input.allocatedOre - input.committedOre;
  if (input.amountOre < 0n || input.amountOre > left) return { ok: false, reason: 'over_committed', leftOre: left };
  return { ok: true, leftOre: left - input.amountOre };
}
