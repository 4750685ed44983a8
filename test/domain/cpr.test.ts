/**
 * The personal-number detector and mask (src/domain/cpr.ts). Every number here is synthetic: its
 * date lies in 2030–2057 (the seventh digit 5 puts a two-digit year up to 57 in the 2000s), so no
 * person has it; the first test checks that of every one. Those meant to fail modulus 11 fail it,
 * those meant to pass pass it.
 */
import { describe, expect, it } from 'vitest';
import {
  CPR_MASK,
  cprDate,
  findPersonalNumbers,
  maskPersonalNumbers,
  passesModulus11,
  WORD_AFTER,
  WORD_BEFORE,
} from '../../src/domain/cpr.js';

/** Born 15 June 2043; passes modulus 11. */
const PASSES = '150643-5001';
/** Born 15 June 2043; fails modulus 11 (as numbers issued since 2007 may). */
const FAILS = '150643-5000';
/** Born 1 January 2030; passes modulus 11. */
const PASSES_2030 = '010130-5007';
/** Born 29 February 2048 (a leap year); passes modulus 11. */
const LEAP = '290248-5018';
/** 29 February 2043 is no date. */
const NOT_LEAP = '290243-5001';
/** 31 April is no date. */
const APRIL_31 = '310443-5001';
/** A replacement number: day 15 + 60; fails modulus 11. */
const REPLACEMENT = '750643-5000';

const digits = (n: string) => n.replace(/\D/g, '');
const masked = (text: string) => maskPersonalNumbers(text).text;
const confidences = (text: string) => findPersonalNumbers(text).map((m) => m.confidence);

describe('the synthetic numbers of these tests', () => {
  it('are born in 2030 or later (no person has them) and pass or fail modulus 11 as named', () => {
    for (const n of [PASSES, FAILS, PASSES_2030, LEAP]) expect(cprDate(digits(n))! >= '2030-01-01', n).toBe(true);
    expect(cprDate(digits(REPLACEMENT), true)).toBe('2043-06-15');
    expect(cprDate(digits(PASSES))).toBe('2043-06-15');
    expect(cprDate(digits(LEAP))).toBe('2048-02-29');
    expect([PASSES, PASSES_2030, LEAP].map((n) => passesModulus11(digits(n)))).toEqual([true, true, true]);
    expect([FAILS, REPLACEMENT].map((n) => passesModulus11(digits(n)))).toEqual([false, false]);
  });
});

describe('cprDate', () => {
  it('reads the century from the seventh digit as the CPR office assigns it, so 29 February is checked in the right year', () => {
    expect(cprDate('0101300000')).toBe('1930-01-01'); // 0–3: 1900s
    expect(cprDate('0101364000')).toBe('2036-01-01'); // 4 and 9: up to 36 in the 2000s
    expect(cprDate('0101374000')).toBe('1937-01-01');
    expect(cprDate('0101575000')).toBe('2057-01-01'); // 5–8: up to 57 in the 2000s, else the 1800s
    expect(cprDate('0101585000')).toBe('1858-01-01');
    expect(cprDate('0101379000')).toBe('1937-01-01');
    expect(cprDate(digits(NOT_LEAP))).toBeNull();
    expect(cprDate(digits(APRIL_31))).toBeNull();
    expect(cprDate('0113435001')).toBeNull(); // month 13
    expect(cprDate('0000435001')).toBeNull();
    expect(cprDate(digits(REPLACEMENT))).toBeNull(); // day 75, unless a replacement number is allowed
  });
});

describe('findPersonalNumbers: near a word', () => {
  it('finds each written form next to each word, with high confidence when modulus 11 holds', () => {
    const forms = [PASSES, digits(PASSES), PASSES.replace('-', ' '), PASSES.replace('-', '\u2013')];
    const words = [
      'CPR',
      'CPR-nr.',
      'cpr.nr.',
      'CPR-nummer',
      'CPR nr.:',
      'cprnr',
      'personnummer',
      'Personnr.',
      'person-nr',
    ];
    for (const form of forms)
      for (const word of words) {
        const text = `Borgerens ${word} ${form} fremgår af ansøgningen.`;
        expect(confidences(text), text).toEqual(['high']);
        expect(masked(text), text).toBe(`Borgerens ${word} ${CPR_MASK} fremgår af ansøgningen.`);
      }
  });

  it('gives medium confidence when modulus 11 fails: it is masked all the same', () => {
    const text = `Ansøger (cpr.nr. ${FAILS}) har klaget.`;
    expect(findPersonalNumbers(text)).toEqual([
      expect.objectContaining({ confidence: 'medium', nearWord: true, modulus11: false }),
    ]);
    expect(masked(text)).toBe(`Ansøger (cpr.nr. ${CPR_MASK}) har klaget.`);
  });

  it(`counts a word up to ${WORD_BEFORE} characters before the number, or ${WORD_AFTER} after it, on the same line`, () => {
    const wordFirst = (gap: number) => `CPR${' '.repeat(gap)}${FAILS}`;
    expect(confidences(wordFirst(WORD_BEFORE))).toEqual(['medium']);
    expect(confidences(wordFirst(WORD_BEFORE + 1))).toEqual([]);
    const wordLast = (gap: number) => `${FAILS}${' '.repeat(gap)}CPR`;
    expect(confidences(wordLast(WORD_AFTER))).toEqual(['medium']);
    expect(confidences(wordLast(WORD_AFTER + 1))).toEqual([]);
    expect(confidences(`CPR-nummer:\n${FAILS}`)).toEqual([]);
    expect(confidences(`Personnummer: ${FAILS.replace('-', '')}`)).toEqual(['medium']);
  });

  it('takes a list after one word: "CPR-numre: A, B og C"', () => {
    const text = `CPR-numre: ${FAILS}, ${PASSES_2030} og ${LEAP.replace('-', '')}`;
    expect(confidences(text)).toEqual(['medium', 'high', 'high']);
    expect(masked(text)).toBe(`CPR-numre: ${CPR_MASK}, ${CPR_MASK} og ${CPR_MASK}`);
  });

  it('needs a date: 29 February of a year that is not a leap year, 31 April and month 13 are not masked', () => {
    for (const n of [NOT_LEAP, APRIL_31, '011343-5001']) expect(confidences(`CPR-nr. ${n}`), n).toEqual([]);
    expect(confidences(`CPR-nr. ${LEAP}`)).toEqual(['high']);
  });

  it('takes a replacement number (day + 60) beside a word only', () => {
    expect(confidences(`Erstatnings-CPR-nr. ${REPLACEMENT}`)).toEqual(['medium']);
    expect(confidences(`Sag ${REPLACEMENT}`)).toEqual([]);
  });

  it('does not take a CPR-shaped part of a longer number or word', () => {
    for (const text of [
      `CPR-nr. 12-${PASSES}`,
      `CPR-nr. ${PASSES}-12`,
      `CPR-nr. ${PASSES}7`,
      `CPR-nr. 9${digits(PASSES)}`,
      `CPR-nr. A${digits(PASSES)}`,
      `CPR-nr. ${digits(PASSES)}B`,
      `CPR-nr. 1.${PASSES}`,
      `CPR-nr. ${PASSES}.5`,
    ])
      expect(confidences(text), text).toEqual([]);
    // Punctuation after the number is no part of it.
    expect(masked(`CPR-nr. ${PASSES}.`)).toBe(`CPR-nr. ${CPR_MASK}.`);
    expect(masked(`CPR-nr.:${PASSES}, tlf. 33 12 34 56`)).toBe(`CPR-nr.:${CPR_MASK}, tlf. 33 12 34 56`);
  });
});

describe('findPersonalNumbers: without a word', () => {
  it('masks a dashed number with a date that passes modulus 11, with low confidence', () => {
    const text = `Se bilaget for ${PASSES} og ${PASSES_2030.replace('-', '\u2011')}.`;
    expect(findPersonalNumbers(text).map((m) => [m.confidence, m.nearWord, m.modulus11])).toEqual([
      ['low', false, true],
      ['low', false, true],
    ]);
    expect(masked(text)).toBe(`Se bilaget for ${CPR_MASK} og ${CPR_MASK}.`);
  });

  it('leaves a dashed number that fails modulus 11, and the forms with a space or without a separator', () => {
    for (const text of [
      `Journal ${FAILS}`,
      `Dokument ${digits(PASSES)}`,
      `Beløb ${PASSES.replace('-', ' ')} kr.`,
      `P-nummer ${digits(PASSES_2030)}`,
    ])
      expect(masked(text), text).toBe(text);
  });

  it('leaves case numbers, dates, times, phone numbers, amounts and document ids that look similar', () => {
    const lookalikes = [
      'Sagsnr. 24-004678',
      'Sags ID: 20-055908K',
      'Sag 00.01.00-A00-1-24',
      'EMN-2022-08440',
      '2011-29298',
      'Sag nr. 150643/5001',
      'Mødet den 15-06-2043 kl. 10.30',
      'Dato 15.06.2043',
      '15.06.43-5001',
      'Tlf. 33 12 34 56',
      'Tlf. 3312 3456',
      'Tlf. +45 33123456',
      'Tlf. +45 1506435001',
      'Beløb 1.506.435.001 kr.',
      'Beløb 1506435,001 kr.',
      'Dok.nr. 1506435001',
      'Kontonr. 1234-150643-5001',
      'EAN 5798000150643',
      'Bilag 150643-50011',
      'Id 8f3e2a10-1506-4350-0100-aa0000000000',
      // A date-shaped start that is no date.
      `CPR-nr. ${APRIL_31}`,
    ];
    for (const text of lookalikes) {
      expect(findPersonalNumbers(text), text).toEqual([]);
      expect(masked(text), text).toBe(text);
    }
  });
});

describe('maskPersonalNumbers', () => {
  it('gives each masked number its confidence and the masked text around it, on its line, for the admins', () => {
    const text = [
      'Sagsfremstilling',
      `Klageren, der har CPR-nr. ${PASSES}, bor i kommunen og har siden 2020 modtaget hjælp efter serviceloven.`,
      `Ægtefællens personnummer er ${FAILS}.`,
    ].join('\n');
    const result = maskPersonalNumbers(text);
    expect(result.text).not.toContain('150643');
    expect(result.found).toEqual([
      {
        confidence: 'high',
        context: `Klageren, der har CPR-nr. ${CPR_MASK}, bor i kommunen og har siden 2020 modta…`,
      },
      { confidence: 'medium', context: `Ægtefællens personnummer er ${CPR_MASK}.` },
    ]);
    for (const found of result.found) expect(found.context).not.toMatch(/\d{6}/);
  });

  it('returns the text itself when nothing is found', () => {
    const text = 'Intet personnummer her, kun sag 24-004678 og tlf. 33 12 34 56.';
    expect(maskPersonalNumbers(text)).toEqual({ text, found: [] });
  });
});
