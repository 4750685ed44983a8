/**
 * Investment agreements' rules: the status chain's one way on (a refusal names the current status
 * and the next one, in Danish), "approved by each municipal council" only when every party has
 * approved (naming the missing), an approval only after the council's decision and once per party,
 * the parties within the council's municipalities, the years 2027–2030, the sums per year, and the
 * yearly reports due.
 */
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUSES,
  approvalProgress,
  checkApproval,
  checkMove,
  checkParties,
  checkYears,
  isManualMove,
  NEXT_STATUS,
  reportDueDates,
  sumsPerYear,
  totalOre,
} from '../../src/domain/agreement.js';
import { formatAmount } from '../../src/domain/money.js';
import { AGREEMENT_MESSAGES } from '../../src/render/messages/agreements.js';

const parties = (approved: (string | null)[]) =>
  approved.map((approvedOn, i) => ({ id: i + 1, name: `Kommune ${i + 1}`, approvedOn }));

describe('the status chain', () => {
  it('goes proposal → negotiation → decided → approved → running → reported, one step at a time', () => {
    const all = parties(['2027-01-10']);
    for (let i = 1; i < AGREEMENT_STATUSES.length; i++)
      expect(checkMove(AGREEMENT_STATUSES[i - 1], AGREEMENT_STATUSES[i], all)).toEqual({ ok: true });
    expect(NEXT_STATUS.reported).toBeNull();
  });

  it('refuses a skipped, a backward and a same step, naming the current status and the next one', () => {
    expect(checkMove('proposal', 'decided', [])).toEqual({
      ok: false,
      reason: 'not_allowed',
      current: 'proposal',
      allowed: 'negotiation',
    });
    expect(checkMove('running', 'negotiation', []).ok).toBe(false);
    expect(checkMove('decided', 'decided', []).ok).toBe(false);
    expect(checkMove('reported', 'running', [])).toMatchObject({ ok: false, allowed: null });
    expect(AGREEMENT_MESSAGES.da.refusedMove('proposal', 'negotiation')).toBe(
      'Aftalen er »Forslag«. Derfra kan den kun gå til »Under forhandling«.',
    );
    expect(AGREEMENT_MESSAGES.da.refusedMove('reported', null)).toContain('slutpunkt');
    expect(AGREEMENT_MESSAGES.en.refusedMove('proposal', 'negotiation')).toContain('"In negotiation"');
  });

  it('moves to approved only when every municipal council has approved, naming the missing ones', () => {
    expect(checkMove('decided', 'approved', parties(['2027-01-10', null, null]))).toEqual({
      ok: false,
      reason: 'approvals_missing',
      missing: ['Kommune 2', 'Kommune 3'],
    });
    expect(checkMove('decided', 'approved', [])).toMatchObject({ ok: false, reason: 'approvals_missing' });
    expect(checkMove('decided', 'approved', parties(['2027-01-10', '2027-01-12']))).toEqual({ ok: true });
    expect(AGREEMENT_MESSAGES.da.approvalsMissing(['Kommune 2', 'Kommune 3'])).toBe(
      'Alle kommunalbestyrelser skal godkende først: Kommune 2 og Kommune 3 mangler.',
    );
    expect(AGREEMENT_MESSAGES.en.approvalsMissing(['Kommune 2'])).toContain('Kommune 2 is missing');
  });

  it('lets the secretariat pick every status by hand but approved, which follows the approvals', () => {
    expect(AGREEMENT_STATUSES.filter(isManualMove)).toEqual([
      'proposal',
      'negotiation',
      'decided',
      'running',
      'reported',
    ]);
  });
});

describe("a municipal council's approval", () => {
  const base = { status: 'decided' as const, decidedOn: '2027-01-05', approvedOn: '2027-01-20' };

  it('is recorded once per party after the council decided; the last one completes the approvals', () => {
    expect(checkApproval({ ...base, parties: parties([null, null]), partyId: 1 })).toEqual({ ok: true, isLast: false });
    expect(checkApproval({ ...base, parties: parties(['2027-01-10', null]), partyId: 2 })).toEqual({
      ok: true,
      isLast: true,
    });
    expect(checkApproval({ ...base, parties: parties([null]), partyId: 1 })).toEqual({ ok: true, isLast: true });
  });

  it('is refused before the decision, twice, for a stranger or dated before the decision', () => {
    expect(checkApproval({ ...base, status: 'negotiation', parties: parties([null]), partyId: 1 })).toEqual({
      ok: false,
      reason: 'not_decided',
    });
    expect(checkApproval({ ...base, status: 'approved', parties: parties(['2027-01-10']), partyId: 1 }).ok).toBe(false);
    expect(checkApproval({ ...base, parties: parties(['2027-01-10', null]), partyId: 1 })).toEqual({
      ok: false,
      reason: 'already_approved',
    });
    expect(checkApproval({ ...base, parties: parties([null]), partyId: 9 })).toEqual({
      ok: false,
      reason: 'not_a_party',
    });
    expect(checkApproval({ ...base, approvedOn: '2027-01-04', parties: parties([null]), partyId: 1 })).toEqual({
      ok: false,
      reason: 'before_decision',
    });
    expect(
      checkApproval({ ...base, decidedOn: null, approvedOn: '2020-01-01', parties: parties([null]), partyId: 1 }),
    ).toEqual({ ok: true, isLast: true });
  });

  it('counts as "3 af 4 kommunalbestyrelser"', () => {
    const progress = approvalProgress(parties(['2027-01-10', '2027-01-11', '2027-01-12', null]));
    expect(progress).toEqual({ approved: 3, of: 4 });
    expect(AGREEMENT_MESSAGES.da.approvals(progress.approved, progress.of)).toBe(
      '3 af 4 kommunalbestyrelser har godkendt',
    );
    expect(approvalProgress([])).toEqual({ approved: 0, of: 0 });
  });
});

describe('the parties', () => {
  const council = ['0510', '0540', '0550', '0580'];
  it('are one or more of the municipalities the health council covers, each once', () => {
    expect(checkParties(['0580'], council)).toEqual({ ok: true });
    expect(checkParties(['0580', '0510', '0540', '0550'], council)).toEqual({ ok: true });
    expect(checkParties([], council)).toEqual({ ok: false, reason: 'none' });
    expect(checkParties(['0580', '0580'], council)).toEqual({ ok: false, reason: 'duplicate' });
    expect(checkParties(['0580', '0101'], council)).toEqual({ ok: false, reason: 'not_covered', codes: ['0101'] });
    expect(checkParties(['0580'], [])).toMatchObject({ ok: false, reason: 'not_covered' });
  });
});

describe('the years and their amounts', () => {
  const y = (year: number, kroner: number) => ({ year, amountOre: BigInt(kroner) * 100n });

  it('lie in 2027–2030, each once, never negative, not all zero', () => {
    expect(checkYears([y(2027, 1_000_000), y(2030, 0)])).toEqual({ ok: true });
    expect(checkYears([y(2026, 1)])).toEqual({ ok: false, reason: 'outside', year: 2026 });
    expect(checkYears([y(2031, 1)])).toEqual({ ok: false, reason: 'outside', year: 2031 });
    expect(checkYears([y(2027, 1), y(2027, 2)])).toEqual({ ok: false, reason: 'duplicate', year: 2027 });
    expect(checkYears([y(2028, -1)])).toEqual({ ok: false, reason: 'negative', year: 2028 });
    expect(checkYears([y(2028, 0)])).toEqual({ ok: false, reason: 'empty' });
    expect(checkYears([])).toEqual({ ok: false, reason: 'empty' });
    expect(checkYears([{ year: 2027.5, amountOre: 1n }])).toMatchObject({ ok: false, reason: 'outside' });
  });

  it('sum exactly in øre per agreement and per year over agreements, as Danes write them', () => {
    const a = [y(2027, 2_500_000), y(2028, 2_500_000), y(2029, 1_000_000), y(2030, 487_500)];
    expect(totalOre(a)).toBe(648_750_000n);
    expect(formatAmount(totalOre(a))).toBe('6.487.500 kr.');
    const b = [y(2028, 500_000), y(2030, 12_500)];
    expect(sumsPerYear([{ years: a }, { years: b }])).toEqual([
      y(2027, 2_500_000),
      y(2028, 3_000_000),
      y(2029, 1_000_000),
      y(2030, 500_000),
    ]);
    expect(sumsPerYear([]).map((s) => s.amountOre)).toEqual([0n, 0n, 0n, 0n]);
    // Exact beyond floating point: 2^53 + 1 øre.
    const big = 9_007_199_254_740_993n;
    expect(
      totalOre([
        { year: 2027, amountOre: big },
        { year: 2028, amountOre: 1n },
      ]),
    ).toBe(big + 1n);
  });

  it('owe a yearly report for each year with an amount, due 1 April after the year', () => {
    expect(reportDueDates([y(2029, 1), y(2027, 5), y(2028, 0)])).toEqual([
      { year: 2027, dueOn: '2028-04-01' },
      { year: 2029, dueOn: '2030-04-01' },
    ]);
    expect(reportDueDates([])).toEqual([]);
  });
});

describe('the words', () => {
  it('name every status and type in Danish and English', () => {
    for (const lang of ['da', 'en'] as const) {
      for (const status of AGREEMENT_STATUSES) expect(AGREEMENT_MESSAGES[lang].statuses[status]).toBeTruthy();
      expect(Object.keys(AGREEMENT_MESSAGES[lang].kinds)).toEqual(['lasting_capacity', 'temporary_development']);
    }
    expect(AGREEMENT_MESSAGES.da.kinds.lasting_capacity).toBe('Varig kapacitet');
    expect(AGREEMENT_MESSAGES.da.kinds.temporary_development).toBe('Midlertidig udvikling');
  });
});
