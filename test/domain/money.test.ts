/**
 * Money as exact numbers (src/domain/money.ts): amounts in øre shown as Danes write them, and read
 * from Danish phrasings written for this test (the kinds of sentences minutes use) with the period
 * that follows them.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts, formatAmount, formatKroner, kronerDecimal, parseAmount } from '../../src/domain/money.js';

const kr = (kroner: number | bigint) => BigInt(kroner) * 100n;

describe('formatting', () => {
  it.each([
    [kr(487_500), '487.500 kr.', '487.500 kr.'],
    [kr(2_500_000), '2.500.000 kr.', '2,5 mio. kr.'],
    [kr(818_200), '818.200 kr.', '818.200 kr.'],
    [kr(40_000_000), '40.000.000 kr.', '40 mio. kr.'],
    [kr(1_200_000_000), '1.200.000.000 kr.', '1,2 mia. kr.'],
    [kr(1_234_567), '1.234.567 kr.', '1.234.567 kr.'],
    [kr(2_125_000), '2.125.000 kr.', '2,125 mio. kr.'],
    [100_050n, '1.000,50 kr.', '1.000,50 kr.'],
    [5n, '0,05 kr.', '0,05 kr.'],
    [0n, '0 kr.', '0 kr.'],
    [-kr(1_500_000), '-1.500.000 kr.', '-1,5 mio. kr.'],
  ])('%s øre → %s / %s', (ore, full, short) => {
    expect(formatKroner(ore)).toBe(full);
    expect(formatAmount(ore)).toBe(short);
  });

  it('writes kroner as a plain decimal for a spreadsheet', () => {
    expect(kronerDecimal(kr(487_500))).toBe('487500,00');
    expect(kronerDecimal(100_050n, '.')).toBe('1000.50');
  });

  it('is exact beyond what a double holds', () => {
    const ore = 2n ** 62n + 1n;
    expect(formatKroner(ore)).toBe('46.116.860.184.273.879,05 kr.');
  });
});

type Row = [string, string | null, string | null];

/** Phrasing → the amount in kroner as text (or null: none), the period ("yearly 2027–" …). */
const PHRASINGS: Row[] = [
  ['Regionsrådet har afsat 2,5 mio. kr. til kulturprojekter', '2500000', null],
  ['Klyngen fik bevilget 818.200 kr. fra puljen', '818200', null],
  ['Der tilføres 40 mio. kr. årligt i 2027 og frem', '40000000', 'yearly 2027–'],
  ['Beløbet udgør kr. 1.000,50 inkl. moms', '1000.50', null],
  ['Anlægsrammen er på 1,2 mia. kr. i 2026-2030', '1200000000', 'once 2026–2030'],
  ['Et tilskud på 500 t.kr. om året', '500000', 'yearly'],
  ['Udgiften er 12.500 kroner pr. måned', '12500', 'monthly'],
  ['i alt 3 millioner kroner fra 2028', '3000000', 'once 2028–'],
  ['Puljen på 7,25 mio.kr. for årene 2027–2029', '7250000', 'once 2027–2029'],
  ['Projektet koster 150.000 DKK i 2026', '150000', 'once 2026–2026'],
  ['DKK 2,5 mio. er afsat', '2500000', null],
  ['hvert sundhedsråd får 250.000 kr. hvert år fra og med 2027', '250000', 'yearly 2027–'],
  ['kr. 1.000,- betales ved tilmelding', '1000', null],
  ['kontingent 75,50 kr. årligt', '75.50', 'yearly'],
  ['0,5 mia. kr. over fire år', '500000000', null],
  ['Mødet starter kl. 14.30 i lokale 2.13', null, null],
  ['Sagsnummer 25/53155 fra 2025', null, null],
  ['et beløb på 0,005 kr. er ikke et beløb', null, null],
];

function describePeriod(text: string): string | null {
  const [found] = findAmounts(text);
  const period = found?.period;
  if (!period) return null;
  if (period.fromYear === null) return period.recurrence;
  return `${period.recurrence} ${period.fromYear}–${period.toYear ?? ''}`;
}

describe('reading amounts from Danish text', () => {
  it.each(PHRASINGS)('%s', (text, kroner, period) => {
    const [found] = findAmounts(text);
    if (kroner === null) {
      expect(found).toBeUndefined();
      return;
    }
    const [whole, fraction = ''] = kroner.split('.');
    expect(found?.ore).toBe(BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0')));
    expect(describePeriod(text)).toBe(period);
  });

  it('finds every amount of a text in order, each with its own period', () => {
    const found = findAmounts(
      'Der er 1,5 mio. kr. i 2026 og 2 mio. kr. årligt fra 2027; resten, 300.000 kr., går til drift.',
    );
    expect(found.map((f) => [formatAmount(f.ore), f.period?.recurrence ?? null, f.period?.fromYear ?? null])).toEqual([
      ['1,5 mio. kr.', 'once', 2026],
      ['2 mio. kr.', 'yearly', 2027],
      ['300.000 kr.', null, null],
    ]);
  });

  it('reads the one amount of a form field, with or without its unit', () => {
    expect(parseAmount('2,5 mio. kr.')?.ore).toBe(kr(2_500_000));
    expect(parseAmount('2.500.000')?.ore).toBe(kr(2_500_000));
    expect(parseAmount(' 487.500 kr. ')?.ore).toBe(kr(487_500));
    expect(parseAmount('kr. 1.000,50')?.ore).toBe(100_050n);
    expect(parseAmount('1,2 mia. kr.')?.ore).toBe(kr(1_200_000_000));
    expect(parseAmount('to millioner')).toBeNull();
    expect(parseAmount('2,5 mio. kr. og mere')?.ore).toBe(kr(2_500_000));
    expect(parseAmount('ca. 2,5 mio. kr.')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('reads what it writes', () => {
    for (const ore of [0n, 5n, 100_050n, kr(487_500), kr(2_500_000), kr(2_125_000), kr(1_200_000_000), kr(1_234_567)]) {
      expect(parseAmount(formatAmount(ore))?.ore).toBe(ore);
      expect(parseAmount(formatKroner(ore))?.ore).toBe(ore);
    }
  });
});
