/**
 * Text folding (src/importer/fold.ts): how printed text is compared and how wrapped lines are
 * joined — the hyphen at a line end above all.
 */
import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../src/domain/case-number.js';
import {
  attachmentKey,
  bodyKey,
  collapseSpace,
  foldHeading,
  foldTitle,
  furnitureKey,
  joinWrapped,
  sameBody,
} from '../../src/importer/fold.js';

describe('joining a line to the line it wraps onto', () => {
  it.each([
    [
      'a compound with a number binds across the line',
      'Godkendelse af 2030-',
      'fremskrivning',
      'Godkendelse af 2030-fremskrivning',
    ],
    [
      'a span of years binds',
      'Rammeaftale 2027-',
      '2028 for det specialiserede',
      'Rammeaftale 2027-2028 for det specialiserede',
    ],
    ['a number after letters binds', 'Opfølgning på COVID-', '19-indsatsen', 'Opfølgning på COVID-19-indsatsen'],
    [
      'a shortened compound keeps its hyphen and space before "og"',
      'Orientering fra Sundheds-',
      'og Omsorgsudvalget',
      'Orientering fra Sundheds- og Omsorgsudvalget',
    ],
    ['… and before "eller"', 'Social-', 'eller sundhedsområdet', 'Social- eller sundhedsområdet'],
    ['… also after a number', 'Planerne for 2030-', 'og 2035-perioden', 'Planerne for 2030- og 2035-perioden'],
    ['a hyphenated word loses the hyphen', 'Godkendelse af fremskriv-', 'ningen', 'Godkendelse af fremskrivningen'],
    [
      'a capital after the hyphen keeps a space',
      'Region Syddanmark-',
      'Sønderjylland',
      'Region Syddanmark- Sønderjylland',
    ],
    ['a dash after a space is a dash', 'Budget 2027 -', 'orientering', 'Budget 2027 - orientering'],
    ['an en dash is a dash', 'Budget 2027–', 'orientering', 'Budget 2027– orientering'],
    ['a line without hyphen gets a space', 'Drøftelse af en lang', 'titel', 'Drøftelse af en lang titel'],
    ['an empty line gives the next', '', 'titel', 'titel'],
  ])('%s', (_name, line, next, joined) => {
    expect(joinWrapped(line, next)).toBe(joined);
  });
});

describe('case numbers of the EMN-YYYY-NNNNNN form', () => {
  it.each([['EMN-2025-012345'], ['EMN-2022-08440'], ['EMN-2025-01']])('recognises %s on a line of its own', (value) => {
    expect(parseCaseNumber(value)).toBe(value);
    expect(parseCaseNumber(`${value}.`)).toBe(value);
  });

  it('does not take a wrapped title line for one', () => {
    expect(parseCaseNumber('fremskrivning af kapaciteten')).toBeNull();
    expect(parseCaseNumber('EMN-2025-012345 fremskrivning')).toBeNull();
  });
});

describe('folding for comparison', () => {
  it('folds headings: marks, case, "é", spaces', () => {
    expect(foldHeading('## RESUMÉ')).toBe('resume');
    expect(foldHeading('**Beslutning**')).toBe('beslutning');
    expect(foldHeading('Tidligere\u00a0  beslutninger')).toBe('tidligere beslutninger');
  });

  it('folds titles: quotes, dashes, final dots and colons', () => {
    expect(foldTitle('Evaluering af “Kom trygt hjem” – status.....')).toBe('evaluering af "kom trygt hjem" - status');
    expect(foldTitle('Godkendelse af dagsorden:')).toBe('godkendelse af dagsorden');
  });

  it('keys bodies so that the genitive and punctuation do not count', () => {
    expect(bodyKey('Sundheds- og Forebyggelsesudvalgets')).toBe(bodyKey('Sundheds- og Forebyggelsesudvalget'));
    expect(sameBody('Sundhedsrådets', 'Sundhedsråd Prøvekyst')).toBe(false);
    expect(sameBody('Sundhedsråd Prøvekyst', 'Sundhedsråd Prøvekyst')).toBe(true);
    expect(sameBody('Fiktivt Udvalgs', 'Fiktivt Udvalg')).toBe(true);
    expect(sameBody('Økonomiudvalgets', 'Fiktivt Udvalg')).toBe(false);
    expect(sameBody('-', 'Sundheds- og Omsorgsudvalget')).toBe(false);
  });

  it('keys attachments and page furniture', () => {
    expect(attachmentKey('Pjece_RegionSjælland.pdf')).toBe(attachmentKey('Pjece RegionSjaelland'));
    expect(furnitureKey('  Side 3 af  12 ')).toBe(furnitureKey('Side 4 af 12'));
  });

  it('collapses whitespace', () => {
    expect(collapseSpace(' a \t b\u00a0\nc ')).toBe('a b c');
  });
});
