/**
 * Unit tests for the small parts the text layouts are read with: case numbers, item headings,
 * titles with time slots and closed markers, section headings, people, tables of contents,
 * attachments, absentees and the line model.
 */
import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../src/domain/case-number.js';
import { matchMetaLabel } from '../../src/importer/case-numbers.js';
import { classifyHeading, matchItemHeading } from '../../src/importer/formats/text/headings.js';
import {
  matchAbsenteeLine,
  mergeAttachments,
  parseAbsenteeLine,
  parseAttachmentLine,
} from '../../src/importer/formats/text/lists.js';
import { isPageStamp, toLines, toMarkdown } from '../../src/importer/lines.js';
import { parsePeople } from '../../src/importer/people.js';
import { isClosedTitle, readTitle, splitTimeSlot, titlesAgree } from '../../src/importer/titles.js';
import { readToc, splitTocLine } from '../../src/importer/toc.js';

function lines(text: string) {
  return toLines({ lines: text.split('\n') });
}

describe('case numbers', () => {
  it.each([
    ['25/53155'],
    ['EMN-2022-08440'],
    ['2011-29298'],
    ['24-004678'],
    ['20-055908K'],
    ['00.01.00-A00-1-24'],
    ['12/27845'],
  ])('reads %s', (value) => {
    expect(parseCaseNumber(value)).toBe(value);
    expect(parseCaseNumber(` ${value} `)).toBe(value);
  });

  it.each([['2027'], ['Side 3'], ['Godkendt.'], ['12.30'], ['1/2'], ['Sags ID'], ['EMN'], ['25/53155 og 25/1']])(
    'refuses %s',
    (value) => {
      expect(parseCaseNumber(value)).toBeNull();
    },
  );

  it('reads labelled case numbers and document ids', () => {
    expect(matchMetaLabel('Sags ID: EMN-2022-08440')).toEqual({ kind: 'case', value: 'EMN-2022-08440' });
    expect(matchMetaLabel('Sagsnr.: 24-004678')).toEqual({ kind: 'case', value: '24-004678' });
    expect(matchMetaLabel('Dok ID: 12494335')).toEqual({ kind: 'document', value: '12494335' });
    expect(matchMetaLabel('DokID: 12470096')).toEqual({ kind: 'document', value: '12470096' });
    expect(matchMetaLabel('Dok.nr. 1234/12')).toEqual({ kind: 'document', value: '1234/12' });
    expect(matchMetaLabel('Sagsfremstilling')).toBeNull();
    expect(matchMetaLabel('Dok ID: ukendt')).toBeNull();
  });
});

describe('item headings', () => {
  it('reads "Punkt N:" headings, running numbers included, but not table-of-contents lines', () => {
    expect(matchItemHeading('Punkt 3: Mødekalender')).toEqual({ number: 3, text: 'Mødekalender' });
    expect(matchItemHeading('PUNKT 715: Kulturkommune 2017')).toEqual({ number: 715, text: 'Kulturkommune 2017' });
    expect(matchItemHeading('Punkt 2: Lukket')).toEqual({ number: 2, text: 'Lukket' });
    expect(matchItemHeading('Punkt 1: Godkendelse af dagsordenen.....\t3')).toBeNull();
    expect(matchItemHeading('Punkt 1 er dagsordensat efter ønske fra formandskabet.')).toBeNull();
  });
});

describe('titles', () => {
  it('takes the time slot out of the title', () => {
    expect(splitTimeSlot('Orientering om forberedelser til sundhedsreform (14.30-15.00)')).toEqual({
      title: 'Orientering om forberedelser til sundhedsreform',
      timeSlot: '14.30-15.00',
    });
    expect(splitTimeSlot('Evaluering af "Kom Trygt Hjem" (15:00-15:30)')).toEqual({
      title: 'Evaluering af "Kom Trygt Hjem"',
      timeSlot: '15.00-15.30',
    });
    expect(splitTimeSlot('Evt. (kl. 16.25 – 16.30)').timeSlot).toBe('16.25-16.30');
    expect(splitTimeSlot('Rammeaftale 2027-2028 (bilag)')).toEqual({
      title: 'Rammeaftale 2027-2028 (bilag)',
      timeSlot: null,
    });
    expect(splitTimeSlot('Punkt (25.00-26.00)').timeSlot).toBeNull();
  });

  it('knows closed items by their title or marker', () => {
    expect(readTitle('Lukket')).toEqual({ title: 'Lukket', timeSlot: null, closed: true });
    expect(readTitle('Lukket: Salg af fiktiv grund')).toMatchObject({
      title: 'Lukket: Salg af fiktiv grund',
      closed: true,
    });
    expect(readTitle('Salg af fiktiv grund (Lukket)')).toMatchObject({ title: 'Salg af fiktiv grund', closed: true });
    expect(readTitle('Salg af fiktiv grund (Lukket) (10.00-10.30)')).toEqual({
      title: 'Salg af fiktiv grund',
      timeSlot: '10.00-10.30',
      closed: true,
    });
    expect(isClosedTitle('Lukketid for apoteker')).toBe(false);
    expect(readTitle('Godkendelse af dagsorden (Åben)')).toMatchObject({
      title: 'Godkendelse af dagsorden',
      closed: false,
    });
  });

  it('compares titles with a table of contents that cuts them short', () => {
    expect(
      titlesAgree(
        'Drøftelse af input til Rammeaftale 2027-2028 for det specialiserede',
        'Drøftelse af input til Rammeaftale',
      ),
    ).toBe(true);
    expect(titlesAgree('Godkendelse af dagsorden', 'Godkendelse af dagsorden.')).toBe(true);
    expect(titlesAgree('Evaluering af “Kom trygt hjem”', 'Evaluering af "Kom trygt hjem"')).toBe(true);
    expect(titlesAgree('Tværsektorielle forløbsprogrammer', 'Tværasektorielle forløbsprogrammer')).toBe(false);
  });
});

describe('section headings', () => {
  it('knows the standard headings as printed, in any case', () => {
    for (const heading of [
      'Resumé',
      'RESUMÉ',
      'Resume',
      'resume',
      'Sagsfremstilling',
      'Fremstilling',
      'Beslutninger',
      'Bilag',
      'Fraværende',
      'Klimavurdering',
    ]) {
      expect(classifyHeading(heading)?.heading, heading).toBe(heading);
    }
    expect(classifyHeading('Beslutning')?.decision).toEqual({ date: null, body: null });
    expect(classifyHeading('Resumé')?.decision).toBeNull();
  });

  it('does not take text with a colon or a sentence for a heading', () => {
    expect(classifyHeading('Beslutning:')).toBeNull();
    expect(classifyHeading('Beslutning: Indkøbet udsættes.')).toBeNull();
    expect(classifyHeading('Baggrund')).toBeNull();
    expect(classifyHeading('Beslutningen blev truffet den 1. marts 2026.')).toBeNull();
    expect(classifyHeading('Regionsrådet har på deres møde den 26. januar 2026 besluttet en spørgeordning')).toBeNull();
  });

  it('reads dated decision headings with their date and body', () => {
    expect(classifyHeading('Beslutning i Sundhedsråd Sønderjylland den 23-03-2026')?.decision).toEqual({
      date: '2026-03-23',
      body: 'sundhedsråd sønderjylland',
    });
    expect(classifyHeading('Magistratens beslutning den 22. september 2025')?.decision).toEqual({
      date: '2025-09-22',
      body: 'magistratens',
    });
    expect(classifyHeading('Beslutning den 04.12.2012')?.decision).toEqual({ date: '2012-12-04', body: null });
    expect(classifyHeading('Beslutning i Udvalget for Test 23. marts 2026 kl. 17.30')?.decision).toEqual({
      date: '2026-03-23',
      body: 'udvalget for test',
    });
    expect(classifyHeading('Beslutning om budget 2026')).toBeNull();
  });
});

describe('people', () => {
  it('reads people with parties, organisations, roles and absence', () => {
    expect(
      parsePeople(
        'Anna Test, V, Bo Prøve, Testby Kommune, Carl Fiktiv, PLO (Fravær), Dorte Digt (formand), A, Erik Eks (Afbud)',
      ),
    ).toEqual([
      { name: 'Anna Test', party: 'V', organization: null, role: null, absent: false },
      { name: 'Bo Prøve', party: null, organization: 'Testby Kommune', role: null, absent: false },
      { name: 'Carl Fiktiv', party: null, organization: 'PLO', role: null, absent: true },
      { name: 'Dorte Digt', party: 'A', organization: null, role: 'formand', absent: false },
      { name: 'Erik Eks', party: null, organization: null, role: null, absent: true },
    ]);
    expect(parsePeople('Anna Test, Bo Prøve, Carl Fiktiv').map((p) => p.name)).toEqual([
      'Anna Test',
      'Bo Prøve',
      'Carl Fiktiv',
    ]);
  });
});

describe('table of contents', () => {
  it('splits title and page without backtracking over the dots', () => {
    expect(splitTocLine('Godkendelse af dagsordenen.....\t3')).toEqual({
      title: 'Godkendelse af dagsordenen',
      page: 3,
    });
    expect(
      splitTocLine(
        'Drøftelse af input til Rammeaftale 2027-2028 for det specialiserede socialområde og specialunderv\t11',
      ),
    ).toEqual({
      title: 'Drøftelse af input til Rammeaftale 2027-2028 for det specialiserede socialområde og specialunderv',
      page: 11,
    });
    expect(splitTocLine('Mødekalender')).toEqual({ title: 'Mødekalender', page: null });
    expect(splitTocLine(`Titel${'.'.repeat(100_000)}x`).page).toBeNull();
  });

  it('reads entries, joining a wrapped one, and stops where the contents end', () => {
    const text = [
      'Indholdsfortegnelse',
      '',
      '1. Godkendelse.....\t2',
      'En lang titel',
      'der fortsætter.....\t3',
      '',
      'Noget andet',
    ];
    const { entries, end } = readToc(lines(text.join('\n')), 0, text.length);
    expect(entries.map((e) => [e.number, e.title, e.page])).toEqual([
      [1, 'Godkendelse', 2],
      [null, 'En lang titel der fortsætter', 3],
    ]);
    expect(end).toBe(6);
  });
});

describe('attachments and absentees', () => {
  it('reads attachment lines with document ids and case numbers', () => {
    expect(parseAttachmentLine('1. Fælles vision (kort) (DokID: 12470099 - EMN-2022-08440)')).toEqual({
      title: 'Fælles vision (kort)',
      documentId: '12470099',
      caseNumber: 'EMN-2022-08440',
    });
    expect(parseAttachmentLine('- Forventninger til 2027')).toEqual({
      title: 'Forventninger til 2027',
      documentId: null,
      caseNumber: null,
    });
    expect(parseAttachmentLine('Bilag 2: Procesplan.pdf')).toMatchObject({ title: 'Procesplan.pdf' });
    expect(parseAttachmentLine('.')).toBeNull();
  });

  it('merges an attachment listed twice, keeping the first title and filling in its id', () => {
    const merged = mergeAttachments([
      { title: 'Pjece_RegionSjaelland', documentId: null, caseNumber: null },
      { title: 'Pjece_RegionSjælland', documentId: '42', caseNumber: null },
      { title: 'Notat.docx', documentId: null, caseNumber: null },
      { title: 'Notat', documentId: null, caseNumber: null },
    ]);
    expect(merged).toEqual([
      { title: 'Pjece_RegionSjaelland', documentId: '42', caseNumber: null },
      { title: 'Notat.docx', documentId: null, caseNumber: null },
    ]);
  });

  it('reads absentee table rows and lines', () => {
    expect(parseAbsenteeLine('Helle Test\tRegionsrådsmedlem\tMedlem\t(C)')).toEqual([
      { name: 'Helle Test', title: 'Regionsrådsmedlem', role: 'Medlem', party: 'C' },
    ]);
    expect(parseAbsenteeLine('Peter Prøve\tFormand for Testforeningen\tMedlem\t')).toEqual([
      { name: 'Peter Prøve', title: 'Formand for Testforeningen', role: 'Medlem', party: null },
    ]);
    expect(parseAbsenteeLine('Anna Test, V, Bo Prøve, PLO').map((a) => [a.name, a.party])).toEqual([
      ['Anna Test', 'V'],
      ['Bo Prøve', null],
    ]);
    expect(parseAbsenteeLine('Ingen')).toEqual([]);
    expect(matchAbsenteeLine('Fraværende Michael Test, PLO')).toEqual({
      heading: 'Fraværende',
      names: 'Michael Test, PLO',
    });
    expect(matchAbsenteeLine('Fraværende medlemmer blev orienteret.')).toBeNull();
  });
});

describe('line model', () => {
  it('writes Markdown-ish text', () => {
    expect(toMarkdown(lines('Første afsnit.\n\n\n• punkt et\n◦ punkt to\n  - underpunkt\n\nSidste.  '))).toBe(
      'Første afsnit.\n\n- punkt et\n- punkt to\n  - underpunkt\n\nSidste.',
    );
    expect(toMarkdown(lines('.'))).toBe('');
  });

  it('marks page stamps, and bare page numbers only between blank lines', () => {
    expect(isPageStamp('Side 3 af 12')).toBe(true);
    expect(isPageStamp('3 af 12')).toBe(true);
    expect(isPageStamp('- 3 -')).toBe(true);
    expect(isPageStamp('26/279')).toBe(false);
    const marked = lines('Tekst\n\n7\n\nListe:\n1\n2');
    expect(marked.filter((l) => l.noise).map((l) => l.trimmed)).toEqual(['7']);
  });
});
