/**
 * Projects' rules: the lifecycle's allowed moves (a refusal names the current status and the
 * allowed next ones, in Danish), the grant refused over what is left of a part (naming the amount
 * left as Danes write it), committed per allocation (a stopped project's unspent rest given back),
 * spending never above the grant (refused with the amount left, in Danish and English), and the
 * status reports due from the start.
 */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkGrant,
  checkSpending,
  checkTransition,
  committedOre,
  NEXT_STATUSES,
  PROJECT_STATUSES,
  projectCommittedOre,
  reportDueDates,
  returnOnStop,
  spentOre,
} from '../../src/domain/project.js';
import { PROJECT_MESSAGES } from '../../src/render/messages/projects.js';

describe('the project lifecycle', () => {
  it('goes applied → granted → running → extended → evaluated → into operation', () => {
    const path = ['applied', 'granted', 'running', 'extended', 'evaluated', 'in_operation'] as const;
    for (let i = 1; i < path.length; i++) expect(checkTransition(path[i - 1], path[i])).toEqual({ ok: true });
    expect(checkTransition('running', 'evaluated')).toEqual({ ok: true });
    expect(checkTransition('evaluated', 'continued_with_changes')).toEqual({ ok: true });
    expect(checkTransition('evaluated', 'stopped')).toEqual({ ok: true });
  });

  it('refuses a skipped step, naming the current status and the allowed next ones', () => {
    const refused = checkTransition('applied', 'running');
    expect(refused).toEqual({ ok: false, reason: 'not_allowed', current: 'applied', allowed: ['granted', 'stopped'] });
    if (refused.ok) return;
    expect(PROJECT_MESSAGES.da.refusedMove(refused.current, refused.allowed)).toBe(
      'Projektet er »Ansøgt«. Derfra kan det kun gå til »Bevilget« eller »Stoppet«.',
    );
    const final = checkTransition('in_operation', 'running');
    expect(final.ok).toBe(false);
    if (!final.ok) expect(PROJECT_MESSAGES.da.refusedMove(final.current, final.allowed)).toContain('slutpunkt');
  });

  it('ends in into operation or stopped, and every status is reachable from applied', () => {
    expect(NEXT_STATUSES.in_operation).toEqual([]);
    expect(NEXT_STATUSES.stopped).toEqual([]);
    const seen = new Set(['applied']);
    const queue = ['applied'] as (typeof PROJECT_STATUSES)[number][];
    while (queue.length > 0)
      for (const next of NEXT_STATUSES[queue.shift()!])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    expect([...seen].sort()).toEqual([...PROJECT_STATUSES].sort());
  });
});

describe('granting against a frame', () => {
  it('refuses more than is left, with the amount left', () => {
    // Sønderjylland's part: 487.500 kr.; 450.000 kr. granted already.
    const refused = checkGrant({ allocatedOre: 48_750_000n, committedOre: 45_000_000n, amountOre: 5_000_000n });
    expect(refused).toEqual({ ok: false, reason: 'over_committed', leftOre: 3_750_000n });
    expect(PROJECT_MESSAGES.da.overCommitted('Sundhedsråd Sønderjylland', 3_750_000n)).toBe(
      'Rammen kan ikke overdisponeres: der er kun 37.500 kr. tilbage af Sundhedsråd Sønderjyllands del.',
    );
    expect(checkGrant({ allocatedOre: 48_750_000n, committedOre: 45_000_000n, amountOre: 3_750_000n })).toEqual({
      ok: true,
      leftOre: 0n,
    });
  });

  it('commits the granted amounts of projects past the application', () => {
    expect(
      committedOre([
        { status: 'applied', grantedOre: null },
        { status: 'granted', grantedOre: 25_000_000n },
        { status: 'in_operation', grantedOre: 20_000_000n },
      ]),
    ).toBe(45_000_000n);
  });
});

describe('stopping and spending', () => {
  const granted = 40_000_000n; // 400.000 kr.

  it('a stopped project gives back its unspent rest by default, so only what it spent stays committed', () => {
    expect(returnOnStop({ grantedOre: granted, spentOre: 15_000_000n })).toEqual({
      ok: true,
      returnedOre: 25_000_000n,
    });
    expect(projectCommittedOre({ status: 'stopped', grantedOre: granted, returnedOre: 25_000_000n })).toBe(15_000_000n);
    expect(
      committedOre([
        { status: 'stopped', grantedOre: granted, returnedOre: 25_000_000n },
        { status: 'running', grantedOre: 10_000_000n, returnedOre: null },
        { status: 'stopped', grantedOre: null, returnedOre: null },
      ]),
    ).toBe(25_000_000n);
  });

  it('records a smaller amount given back, never more than the unspent rest nor less than nothing', () => {
    expect(returnOnStop({ grantedOre: granted, spentOre: 15_000_000n, returnedOre: 0n })).toEqual({
      ok: true,
      returnedOre: 0n,
    });
    const over = returnOnStop({ grantedOre: granted, spentOre: 15_000_000n, returnedOre: 25_000_001n });
    expect(over).toEqual({ ok: false, reason: 'return_out_of_range', unspentOre: 25_000_000n });
    expect(returnOnStop({ grantedOre: granted, spentOre: 0n, returnedOre: -1n }).ok).toBe(false);
    expect(returnOnStop({ grantedOre: null, spentOre: 0n })).toEqual({ ok: true, returnedOre: null });
    expect(returnOnStop({ grantedOre: granted, spentOre: granted })).toEqual({ ok: true, returnedOre: 0n });
    expect(PROJECT_MESSAGES.da.returnOutOfRange(25_000_000n)).toBe(
      'Det tilbagebetalte beløb kan højst være det uforbrugte: 250.000 kr.',
    );
  });

  it('sums the spending entries and refuses spending above the grant with the amount left', () => {
    const spent = spentOre([{ amountOre: 10_000_000n }, { amountOre: 5_000_050n }]);
    expect(spent).toBe(15_000_050n);
    const running = { status: 'running' as const, grantedOre: granted, returnedOre: null };
    expect(checkSpending({ ...running, spentOre: spent, amountOre: 24_999_950n })).toEqual({ ok: true, leftOre: 0n });
    const refused = checkSpending({ ...running, spentOre: spent, amountOre: 24_999_951n });
    expect(refused).toEqual({ ok: false, reason: 'over_granted', leftOre: 24_999_950n });
    expect(PROJECT_MESSAGES.da.overSpent(24_999_950n)).toBe(
      'Forbruget kan ikke blive større end bevillingen: der er kun 249.999,50 kr. tilbage af projektets bevilling.',
    );
    expect(PROJECT_MESSAGES.en.overSpent(24_999_950n)).toContain("only 249.999,50 kr. is left of the project's grant");
  });

  it('refuses spending before a grant, a zero or negative amount, and any spending after the rest went back', () => {
    expect(checkSpending({ status: 'applied', grantedOre: null, spentOre: 0n, amountOre: 1n })).toEqual({
      ok: false,
      reason: 'not_granted',
    });
    expect(checkSpending({ status: 'granted', grantedOre: granted, spentOre: 0n, amountOre: 0n })).toEqual({
      ok: false,
      reason: 'not_positive',
    });
    const stopped = { status: 'stopped' as const, grantedOre: granted, returnedOre: 25_000_000n };
    expect(checkSpending({ ...stopped, spentOre: 15_000_000n, amountOre: 1n })).toEqual({
      ok: false,
      reason: 'over_granted',
      leftOre: 0n,
    });
  });
});

describe('status reports due', () => {
  it('falls yearly from the start until the end', () => {
    expect(reportDueDates({ startsOn: '2026-04-01', endsOn: '2028-03-31' })).toEqual(['2027-04-01']);
    expect(reportDueDates({ startsOn: '2026-04-01', endsOn: '2028-04-01' })).toEqual(['2027-04-01', '2028-04-01']);
  });

  it('follows the frame when it says otherwise, and gives a short period one report at its end', () => {
    expect(reportDueDates({ startsOn: '2026-01-31', endsOn: '2026-12-31', everyMonths: 6 })).toEqual(['2026-07-31']);
    expect(reportDueDates({ startsOn: '2026-02-01', endsOn: '2026-10-31' })).toEqual(['2026-10-31']);
    expect(reportDueDates({ startsOn: '2026-02-01', endsOn: null })).toEqual(['2027-02-01']);
  });

  it('keeps the day or takes the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 2)).toBe('2028-02-15');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
});
