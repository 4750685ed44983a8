/**
 * Projects' rules: the lifecycle's allowed moves (a refusal names the current status and the
 * allowed next ones, in Danish), the grant refused over what is left of a part (naming the amount
 * left as Danes write it), committed per allocation, and the status reports due from the start.
 */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkGrant,
  checkTransition,
  committedOre,
  NEXT_STATUSES,
  PROJECT_STATUSES,
  reportDueDates,
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
