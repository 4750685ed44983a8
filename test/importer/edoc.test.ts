/**
 * The eDoc reader: cover page, items "N. Title" with "Sagsnr.:" / "Dok.nr.:", sections, the
 * decision "<Udvalg>s beslutning den DD.MM.YYYY Punkt N" (and other bodies' or dates' decisions
 * kept as sections), absentees, the closed part, attachments, detection and robustness.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { edocReader as reader } from '../../src/importer/formats/edoc.js';
import { READERS } from '../../src/importer/formats/index.js';
import { ReadError, type Source } from '../../src/importer/source.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';

function textSource(text: string): Promise<Source> {
  return extractSource(new TextEncoder().encode(text), 'referat.txt');
}

async function fixtureSource(relative: string): Promise<Source> {
  return extractSource(new Uint8Array(readFileSync(path.join(FIXTURES_ROOT, relative))), path.basename(relative));
}

const MINUTES = `Referat

Fiktivt Udvalg
mandag den 6. januar 2031, kl. 15:30
i Lokale 1 på Testrådhuset

Åbent referat

Tilstede
Anne Testesen (A) - formand
Bo Prøvesen (V)

Afbud/Fraværende
Carla Eksempel (F)

INDHOLDSFORTEGNELSE

Åbent referat
1. Et punkt med en titel der er så lang at den 2
brydes over to linjer 2
2. Eventuelt 3

Lukket referat
3. Salg af fiktiv grund 4

1. Et punkt med en titel der er så lang at den
brydes over to linjer

Sagsnr.: 2031-100
Dok.nr.: 2031-2000

Kommunalbestyrelsen den 2. december 2030 Punkt 9

Sammendrag
Et kort sammendrag.

Bilag
2031-3000 - Et bilag med en titel, der fortsætter
på næste linje
2031-3001 - Et andet bilag

Beslutningen træffes af
Fiktivt Udvalg

Økonomiudvalgets beslutning den 18.12.2030 Punkt 4
Anbefales

Fiktivt Udvalgs beslutning den 06.01.2031 Punkt 1
Indstillingen godkendt
med denne bemærkning:
En bemærkning.

Følgende deltog ikke i behandlingen af punktet:
Bo Prøvesen (V)

2. Eventuelt
Sagsnr.: 2031-101

Fiktivt Udvalgs beslutning den 06.01.2031 Punkt 2
Intet.

Lukket referat

3. Salg af fiktiv grund
Sagsnr.: 2031-102
Dok.nr.: 2031-2002

Fiktivt Udvalgs beslutning den 06.01.2031 Punkt 3
Godkendt
`;

describe('edoc-pdf-text: reading', () => {
  it('reads the cover: body, date and time, place, members', async () => {
    const document = reader.read(await textSource(MINUTES));
    expect(document.body).toBe('Fiktivt Udvalg');
    expect(document.documentType).toBe('referat');
    expect(document.date).toBe('2031-01-06');
    expect(document.startTime).toBe('15:30');
    expect(document.location).toBe('Lokale 1 på Testrådhuset');
    expect(document.participants.map((p) => [p.name, p.party, p.role, p.absent])).toEqual([
      ['Anne Testesen', 'A', 'formand', false],
      ['Bo Prøvesen', 'V', null, false],
      ['Carla Eksempel', 'F', null, true],
    ]);
  });

  it('reads items with wrapped titles, case and document numbers, skipping the table of contents', async () => {
    const { items } = reader.read(await textSource(MINUTES));
    expect(items.map((i) => [i.number, i.title, i.caseNumber, i.documentId])).toEqual([
      [1, 'Et punkt med en titel der er så lang at den brydes over to linjer', '2031-100', '2031-2000'],
      [2, 'Eventuelt', '2031-101', null],
      [3, 'Salg af fiktiv grund', '2031-102', '2031-2002'],
    ]);
    expect(items[0].source?.line).toBe(
      MINUTES.split('\n').indexOf('1. Et punkt med en titel der er så lang at den') + 1,
    );
  });

  it("takes this body's decision of the meeting day; another body's decision stays a section", async () => {
    const [first] = reader.read(await textSource(MINUTES)).items;
    expect(first.decision).toMatchObject({
      text: 'Indstillingen godkendt\nmed denne bemærkning:\nEn bemærkning.',
      outcome: 'approved',
      date: '2031-01-06',
    });
    expect(first.sections.map((s) => s.heading)).toEqual([
      '',
      'Sammendrag',
      'Bilag',
      'Beslutningen træffes af',
      'Økonomiudvalgets beslutning den 18.12.2030 Punkt 4',
      'Fiktivt Udvalgs beslutning den 06.01.2031 Punkt 1',
      'Følgende deltog ikke i behandlingen af punktet',
    ]);
    expect(first.sections[0].text).toBe('Kommunalbestyrelsen den 2. december 2030 Punkt 9');
  });

  it('reads attachments (wrapped titles joined) and the absentees of an item', async () => {
    const [first] = reader.read(await textSource(MINUTES)).items;
    expect(first.attachments).toEqual([
      { title: 'Et bilag med en titel, der fortsætter på næste linje', documentId: '2031-3000' },
      { title: 'Et andet bilag', documentId: '2031-3001' },
    ]);
    expect(first.absent).toEqual([{ name: 'Bo Prøvesen', party: 'V', role: null }]);
  });
});

describe('edoc-pdf-text: closed part, other dates, fallbacks', () => {
  it('marks the items of the closed part closed', async () => {
    const { items } = reader.read(await textSource(MINUTES));
    expect(items.map((i) => i.closed)).toEqual([false, false, true]);
  });

  it('keeps a decision of another date as a section, with a warning, and records none', async () => {
    const text = MINUTES.replace(
      'Fiktivt Udvalgs beslutning den 06.01.2031 Punkt 2',
      'Fiktivt Udvalgs beslutning den 02.12.2030 Punkt 7',
    );
    const document = reader.read(await textSource(text));
    expect(document.items[1].decision).toBeNull();
    expect(document.items[1].sections[0].heading).toBe('Fiktivt Udvalgs beslutning den 02.12.2030 Punkt 7');
    expect(document.warnings.some((w) => w.startsWith('Punkt 2:'))).toBe(true);
  });

  it('takes date and body from the decisions when the cover lacks them', async () => {
    const text = MINUTES.split('INDHOLDSFORTEGNELSE')[1];
    const document = reader.read(await textSource(`INDHOLDSFORTEGNELSE${text}`));
    expect(document.date).toBe('2031-01-06');
    expect(document.body).toBe('Fiktivt Udvalg');
    expect(document.warnings.length).toBeGreaterThanOrEqual(2);
  });

  it('reads the PDF fixture with page numbers', async () => {
    const document = reader.read(await fixtureSource('edoc-pdf-text/committee-minutes/source.pdf'));
    expect(document.items.map((i) => [i.number, i.source?.page])).toEqual([
      [1, 3],
      [2, 3],
      [3, 4],
      [4, 6],
    ]);
    expect(document.items[1].sections.some((s) => s.heading.startsWith('Økonomiudvalgets beslutning'))).toBe(true);
    expect(document.items[1].decision?.date).toBe('2024-03-14');
  });

  it('throws ReadError when there are no items', async () => {
    await expect(async () => reader.read(await textSource('Referat\nFiktivt Udvalg\nIntet her.'))).rejects.toThrow(
      ReadError,
    );
  });
});

describe('edoc-pdf-text: detection', () => {
  it('is sure of the eDoc layout and not of the others', async () => {
    expect(reader.detect(await textSource(MINUTES))).toBeGreaterThanOrEqual(0.5);
    expect(reader.detect(await fixtureSource('edoc-pdf-text/committee-minutes/source.pdf'))).toBeGreaterThanOrEqual(
      0.5,
    );
    for (const other of [
      'acadre-pdf-text/extraordinary-meeting/source.pdf',
      'docx/health-council-minutes/source.docx',
      'docx/health-council-minutes/text.txt',
      'firstagenda-json/committee-minutes/source.json',
      'firstagenda-html/committee-minutes/source.html',
    ]) {
      expect(reader.detect(await fixtureSource(other)), other).toBeLessThan(0.2);
    }
  });

  it('is picked by detection among all readers', async () => {
    const src = await fixtureSource('edoc-pdf-text/committee-minutes/source.pdf');
    expect([...READERS].sort((a, b) => b.detect(src) - a.detect(src))[0].name).toBe('edoc-pdf-text');
  });
});

describe('edoc-pdf-text: robustness', () => {
  it('never fails other than with ReadError when lines are dropped or duplicated', async () => {
    const lines = MINUTES.split('\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(lines.length - 1), fc.boolean()), { maxLength: 12 }), async (edits) => {
        const mutated = [...lines];
        for (const [at, drop] of edits) {
          const index = at % mutated.length;
          if (drop) mutated.splice(index, 1);
          else mutated.splice(index, 0, mutated[index] ?? '');
        }
        try {
          reader.read(await textSource(mutated.join('\n')));
        } catch (error) {
          expect(error).toBeInstanceOf(ReadError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
