import { describe, expect, it } from 'vitest';
import { decisionDissents, decisionOutcome, decisionParts, makeDecision } from '../../src/domain/decision.js';

describe('decisionOutcome', () => {
  it.each([
    ['Godkendt.', 'approved'],
    ['Tiltrådt.', 'approved'],
    ['Indstillingen blev vedtaget.', 'approved'],
    ['Anbefales over for regionsrådet.', 'approved'],
    ['Indstilles til godkendelse', 'approved'],
    ['Taget til efterretning.', 'noted'],
    ['Udvalget tog orienteringen til efterretning.', 'noted'],
    ['Til orientering.', 'noted'],
    ['Drøftet.', 'discussed'],
    ['Udsat til næste møde.', 'postponed'],
    ['Sagen blev taget af dagsordenen.', 'postponed'],
    ['Ikke godkendt.', 'rejected'],
    ['Forslaget blev forkastet.', 'rejected'],
    ['Solveig Hansen kunne ikke tiltræde indstillingen.', 'rejected'],
    ['Ingen bemærkninger.', 'other'],
  ])('%s → %s', (text, outcome) => {
    expect(decisionOutcome(text)).toBe(outcome);
  });

  it('reads the first sentence before a minority recorded after it', () => {
    expect(
      decisionOutcome(
        'Et flertal i udvalget kunne tiltræde indstillingen.\n\nPer Jensen kunne ikke tiltræde indstillingen.',
      ),
    ).toBe('approved');
  });
});

describe('decisionParts', () => {
  it('splits "Ad N – …", "Ad N)" and "Ad N-M)" parts, continuing lines onto the last part', () => {
    expect(decisionParts('Ad 1 – Tiltrådt.\nAd 2) Drøftet,\nmed bemærkninger.\nAd 3-4) Udsat.')).toEqual([
      { label: '1', text: 'Tiltrådt.', outcome: 'approved' },
      { label: '2', text: 'Drøftet,\nmed bemærkninger.', outcome: 'discussed' },
      { label: '3-4', text: 'Udsat.', outcome: 'postponed' },
    ]);
  });

  it('gives no parts for a plain decision', () => {
    expect(decisionParts('Godkendt.')).toEqual([]);
  });
});

describe('decisionDissents', () => {
  it('finds the sentences that record a dissent', () => {
    expect(
      decisionDissents(
        'Anbefalet. Assens Kommune og Faaborg Kommune bakker ikke op om indstillingen. Ole ønskede sin mindretalsudtalelse ført til protokol.',
      ),
    ).toEqual([
      'Assens Kommune og Faaborg Kommune bakker ikke op om indstillingen.',
      'Ole ønskede sin mindretalsudtalelse ført til protokol.',
    ]);
  });

  it('makeDecision puts it all together', () => {
    expect(makeDecision('  Godkendt.  ', '2026-03-23')).toEqual({
      text: 'Godkendt.',
      outcome: 'approved',
      date: '2026-03-23',
      parts: [],
      dissents: [],
    });
  });
});
