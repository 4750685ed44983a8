/**
 * The Acadre reader: cover page (place without its address), running item numbers, several
 * dated decisions in one item of which only the one dated the meeting is its decision,
 * attachments, the signature page, detection and robustness.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { acadreReader as reader } from '../../src/importer/formats/acadre.js';
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
Fiktivt Planudvalg (FP)

Ordinært FP-møde
Tirsdag den 4. marts 2031
Kl. 13:15
Byrådssalen
Testvej 1
9999 Prøveby

Medlemmer
Anne Testesen (A)
Bo Prøvesen (V)

Fraværende
Carla Eksempel (F)
Indholdsfortegnelse
Punkt nr. Side

88. Fiktiv lokalplan. Endelig vedtagelse ..............................2
89. Lukket: Køb af fiktiv grund ..............................3
88. Fiktiv lokalplan. Endelig vedtagelse
Sagsnr.: 31/00088
Sagen afgøres i: Fiktivt Planudvalg (FP)
Resumé
Planen har været i høring.

Tidsplan:
Januar: høring

Indstilling
Direktøren indstiller, at planen vedtages.

Beslutning i Fiktivt Planudvalg (FP) den 07-01-2031
Udsat.

Beslutning i Økonomiudvalget den 04-03-2031
Anbefales.

Beslutning i Fiktivt Planudvalg (FP) den 04-03-2031
Planen blev vedtaget.

Bilag
1 Åben Lokalplanforslag 11111/31
2 Åben Høringssvar fra en fiktiv forening om stier og
træer 22222/31
89. Lukket: Køb af fiktiv grund
Sagsnr.: 31/00089

Beslutning i Fiktivt Planudvalg (FP) den 04-03-2031
Godkendt.
Underskriftsside

Anne Testesen (A)
Bo Prøvesen (V)
`;

describe('acadre-pdf-text: reading', () => {
  it('reads the cover: body, date, time, the place without its address, members', async () => {
    const document = reader.read(await textSource(MINUTES));
    expect(document.body).toBe('Fiktivt Planudvalg (FP)');
    expect(document.documentType).toBe('referat');
    expect(document.date).toBe('2031-03-04');
    expect(document.startTime).toBe('13:15');
    expect(document.location).toBe('Byrådssalen');
    expect(document.participants.map((p) => [p.name, p.party, p.absent])).toEqual([
      ['Anne Testesen', 'A', false],
      ['Bo Prøvesen', 'V', false],
      ['Carla Eksempel', 'F', true],
    ]);
  });

  it('keeps running item numbers and skips the table of contents', async () => {
    const { items } = reader.read(await textSource(MINUTES));
    expect(items.map((i) => [i.number, i.title, i.caseNumber, i.closed])).toEqual([
      [88, 'Fiktiv lokalplan. Endelig vedtagelse', '31/00088', false],
      [89, 'Lukket: Køb af fiktiv grund', '31/00089', true],
    ]);
  });

  it('takes only the decision dated the meeting day, by this body', async () => {
    const [item] = reader.read(await textSource(MINUTES)).items;
    expect(item.decision).toMatchObject({ text: 'Planen blev vedtaget.', date: '2031-03-04', outcome: 'approved' });
    expect(item.sections.map((s) => s.heading)).toEqual([
      'Sagen afgøres i',
      'Resumé',
      'Indstilling',
      'Beslutning i Fiktivt Planudvalg (FP) den 07-01-2031',
      'Beslutning i Økonomiudvalget den 04-03-2031',
      'Beslutning i Fiktivt Planudvalg (FP) den 04-03-2031',
      'Bilag',
    ]);
    // "Tidsplan:" with a colon is text of the summary, not a heading.
    expect(item.sections[1].text).toContain('Tidsplan:');
  });

  it('reads attachments with the document number after a wrapped title', async () => {
    const [item] = reader.read(await textSource(MINUTES)).items;
    expect(item.attachments).toEqual([
      { title: 'Lokalplanforslag', documentId: '11111/31' },
      { title: 'Høringssvar fra en fiktiv forening om stier og træer', documentId: '22222/31' },
    ]);
  });

  it('ends the last item at the signature page', async () => {
    const { items } = reader.read(await textSource(MINUTES));
    expect(items[1].decision?.text).toBe('Godkendt.');
    expect(JSON.stringify(items[1])).not.toContain('Underskriftsside');
  });

  it('falls back to the latest decision date and "Sagen afgøres i" without a cover', async () => {
    const document = reader.read(
      await textSource(MINUTES.slice(MINUTES.indexOf('88. Fiktiv lokalplan. Endelig vedtagelse\nSagsnr'))),
    );
    expect(document.date).toBe('2031-03-04');
    expect(document.body).toBe('Fiktivt Planudvalg (FP)');
    expect(document.items[0].decision?.text).toBe('Planen blev vedtaget.');
  });

  it('reads the PDF fixture with page numbers', async () => {
    const document = reader.read(await fixtureSource('acadre-pdf-text/extraordinary-meeting/source.pdf'));
    expect(document.items.map((i) => [i.number, i.source?.page, i.decision?.date])).toEqual([
      [412, 3, '2024-10-09'],
      [413, 4, '2024-10-09'],
    ]);
    expect(document.location).toBe('Mødelokale Ege');
  });

  it('throws ReadError when there are no items', async () => {
    await expect(async () => reader.read(await textSource('Referat\nFiktivt Planudvalg\nIntet.'))).rejects.toThrow(
      ReadError,
    );
  });
});

describe('acadre-pdf-text: detection', () => {
  it('is sure of the Acadre layout and not of the others', async () => {
    expect(reader.detect(await textSource(MINUTES))).toBeGreaterThanOrEqual(0.5);
    expect(
      reader.detect(await fixtureSource('acadre-pdf-text/extraordinary-meeting/source.pdf')),
    ).toBeGreaterThanOrEqual(0.5);
    for (const other of [
      'edoc-pdf-text/committee-minutes/source.pdf',
      'docx/health-council-minutes/source.docx',
      'docx/health-council-minutes/text.txt',
      'firstagenda-json/committee-minutes/source.json',
      'firstagenda-html/committee-minutes/source.html',
    ]) {
      expect(reader.detect(await fixtureSource(other)), other).toBeLessThan(0.2);
    }
  });

  it('is picked by detection among all readers', async () => {
    const src = await fixtureSource('acadre-pdf-text/extraordinary-meeting/source.pdf');
    expect([...READERS].sort((a, b) => b.detect(src) - a.detect(src))[0].name).toBe('acadre-pdf-text');
  });
});

describe('acadre-pdf-text: robustness', () => {
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
