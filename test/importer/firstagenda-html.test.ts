/**
 * The First Agenda web page reader: meeting facts from the title block and info table, items
 * from the item rows, "Beslutninger" as this meeting's decision while "Sagsforløb" (other
 * bodies' decisions) stays a section, closed items, detection and robustness.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { firstAgendaHtmlReader as reader } from '../../src/importer/formats/firstagenda-html.js';
import { READERS } from '../../src/importer/formats/index.js';
import { ReadError, type Source } from '../../src/importer/source.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';

const fixtureHtml = readFileSync(path.join(FIXTURES_ROOT, 'firstagenda-html/committee-minutes/source.html'), 'utf8');

function source(html: string): Promise<Source> {
  return extractSource(new TextEncoder().encode(html), 'referat.html');
}

function page(rows: string, title = 'Dagsorden 3. marts 2031 kl. 8.30'): string {
  return `<!DOCTYPE html><html><body><div class="title"><h1 class="green dato">${title}</h1>
    <h2><span class="udvalg">Fiktivt Udvalg</span><span class="sted">Lokale 9</span></h2></div>
    <table id="dagsordenDetaljer" class="dagsorden"><tbody>${rows}</tbody></table></body></html>`;
}

function row(number: string, title: string, punkt: string, caseNumber = ''): string {
  return `<tr class="punktrow"><td><span class="label label-default">${number}</span></td><td>
    <button class="overskrift-btn"><h2 class="overskrift">${title}</h2></button>
    <div class="details">${caseNumber ? `<span class="sagsnummer">${caseNumber}</span>` : ''}
    <div class="punkt"><h3></h3><div><div id="sagsfremstillingContainer">${punkt}</div></div></div></div></td></tr>`;
}

describe('firstagenda-html: reading', () => {
  it('reads the meeting from the title block and the info table', async () => {
    const document = reader.read(await source(fixtureHtml));
    expect(document.body).toBe('Miljø- og Sundhedsudvalget');
    expect(document.documentType).toBe('referat');
    expect(document.date).toBe('2025-11-05');
    expect(document.startTime).toBe('09:00');
    expect(document.location).toBe('Mødelokale 7');
    expect(document.sourceId).toBe('99999999-0000-4000-8000-000000000005');
    expect(document.participants.map((p) => [p.name, p.party, p.absent])).toEqual([
      ['Anne Testesen', 'A', false],
      ['Bo Prøvesen', 'V', true],
      ['Carla Eksempel', 'F', false],
    ]);
  });

  it('takes "Beslutninger" as the decision, never the decisions quoted under "Sagsforløb"', async () => {
    const [first] = reader.read(await source(fixtureHtml)).items;
    expect(first.number).toBe(1);
    expect(first.caseNumber).toBe('EMN-2025-000111');
    expect(first.decision?.text).toBe(
      'Et flertal i udvalget kunne tiltræde indstillingen.\n\nBo Prøvesen kunne ikke tiltræde indstillingen.',
    );
    expect(first.decision?.dissents).toEqual(['Bo Prøvesen kunne ikke tiltræde indstillingen.']);
    const history = first.sections.find((s) => s.heading === 'Sagsforløb');
    expect(history?.text).toContain('Magistraten anbefaler');
    expect(history?.text).toContain('Sagen blev udsat.');
    expect(first.decision?.text).not.toContain('udsat');
    expect(first.sections.map((s) => s.heading)).toEqual([
      'Beslutninger',
      '',
      'Resume',
      'Beslutningspunkter',
      'Sagsforløb',
    ]);
    expect(first.attachments.map((a) => a.documentId)).toEqual([
      '22222222-0000-4000-8000-000000000001',
      '22222222-0000-4000-8000-000000000002',
    ]);
  });

  it('reads an item without a case number, and a closed item without content', async () => {
    const [, second, third] = reader.read(await source(fixtureHtml)).items;
    expect(second.caseNumber).toBeNull();
    expect(second.decision?.outcome).toBe('discussed');
    expect(third.closed).toBe(true);
    expect(third.sections).toEqual([]);
    expect(third.decision).toBeNull();
  });

  it('records the line of each item title in the extracted text', async () => {
    const src = await source(fixtureHtml);
    for (const item of reader.read(src).items) {
      expect(src.lines[(item.source?.line ?? 0) - 1]).toBe(item.title);
    }
  });

  it('is an agenda when the page says "Dagsorden"', async () => {
    const html = page(
      row('1', 'Godkendelse af dagsorden', '<h3>Resume</h3><span class="resume"><div>Tekst.</div></span>', 'EMN-1'),
    );
    const document = reader.read(await source(html));
    expect(document.documentType).toBe('dagsorden');
    expect(document.date).toBe('2031-03-03');
    expect(document.startTime).toBe('08:30');
    expect(document.items[0].decision).toBeNull();
    expect(document.sourceId).toBeNull();
  });

  it('skips rows without number or title with a warning, and requires a body and a date', async () => {
    const html = page(row('x', 'Uden nummer', '') + row('2', 'Med nummer', ''));
    const document = reader.read(await source(html));
    expect(document.items.map((i) => i.number)).toEqual([2]);
    expect(document.warnings).toHaveLength(1);
    await expect(async () => reader.read(await source(html.replace('Fiktivt Udvalg', '')))).rejects.toThrow(ReadError);
    await expect(async () => reader.read(await source(page('', 'Referat uden dato')))).rejects.toThrow(/dato/);
  });
});

describe('firstagenda-html: detection', () => {
  it('is sure of a First Agenda page and of no other page or layout', async () => {
    expect(reader.detect(await source(fixtureHtml))).toBeGreaterThanOrEqual(0.5);
    expect(reader.detect(await source('<html><body><h1>Velkommen</h1><p>En anden side.</p></body></html>'))).toBe(0);
    for (const other of [
      'firstagenda-json/committee-minutes/source.json',
      'edoc-pdf-text/committee-minutes/source.pdf',
    ]) {
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES_ROOT, other)));
      expect(reader.detect(await extractSource(bytes, path.basename(other)))).toBeLessThan(0.2);
    }
  });

  it('is picked by detection among all readers', async () => {
    const src = await source(fixtureHtml);
    const best = [...READERS].sort((a, b) => b.detect(src) - a.detect(src))[0];
    expect(best.name).toBe('firstagenda-html');
  });
});

describe('firstagenda-html: robustness', () => {
  it('never fails other than with ReadError on a cut or spliced page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(fixtureHtml.length), fc.nat(fixtureHtml.length), async (a, b) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const src = await source(fixtureHtml.slice(0, from) + fixtureHtml.slice(to));
        try {
          reader.read(src);
        } catch (error) {
          expect(error).toBeInstanceOf(ReadError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
