/**
 * The PDF of agenda and minutes, checked through its text as pdftotext (poppler-utils) extracts
 * it: the front page, every item, "Side X af Y" on every page, and table-of-contents page numbers
 * that point at the page where each item's heading really is. Closed items are marked, and a
 * public document's closed items show nothing but number and title. (Speed is measured by
 * `npm run bench -- pdf`, not here.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem, MeetingDocument } from '../../src/domain/meeting-document.js';
import { markdownContent } from '../../src/render/pdf/markdown-content.js';
import { renderMinutesPdf } from '../../src/render/pdf/minutes-pdf.js';
import { COMPLETE, item, largeMeeting, minutes } from '../helpers/meeting-documents.js';

const hasPoppler = !spawnSync('pdftotext', ['-v']).error;
const MISSING = 'pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils) to test the PDFs';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-pdf-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The PDF's text, page by page (pdftotext ends every page with a form feed). */
function pdfPages(bytes: Uint8Array, name: string): string[] {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

interface TocEntry {
  number: number;
  page: number;
}

/** The table of contents: from the page that has it, the lines "Punkt N: Titel …   page". */
function tableOfContents(pages: string[]): { entries: TocEntry[]; lastPage: number } {
  const first = pages.findIndex((page) => page.includes('Indholdsfortegnelse'));
  expect(first, 'the PDF has a table of contents').toBeGreaterThanOrEqual(0);
  const entries: TocEntry[] = [];
  let lastPage = first;
  for (let p = first; p < pages.length; p++) {
    const found = [...pages[p].matchAll(/^\s*Punkt (\d+): .*?\s{2,}(\d+)\s*$/gm)];
    if (found.length === 0) break;
    lastPage = p;
    for (const match of found) entries.push({ number: Number(match[1]), page: Number(match[2]) });
  }
  return { entries, lastPage };
}

/** 1-based pages (after the contents) on which a line starts with "Punkt N:". */
function headingPages(pages: string[], afterPage: number, number: number): number[] {
  const heading = new RegExp(`^\\s*Punkt ${number}: `, 'm');
  const found: number[] = [];
  for (let p = afterPage + 1; p < pages.length; p++) if (heading.test(pages[p])) found.push(p + 1);
  return found;
}

function publicDocument(document: MeetingDocument): MeetingDocument {
  return {
    ...document,
    warnings: [],
    items: document.items.map((it): AgendaItem => (it.closed ? item(it.number, it.title, { closed: true }) : it)),
  };
}

describe('Markdown-ish text in the PDF', () => {
  it('makes paragraphs, nested "- " lists, tab-separated tables, bold and links', () => {
    const blocks = markdownContent(
      'Første afsnit\nmed to linjer.\n\n- et\n  - under et\n- to\n\nNavn\tParti\nBo Bech\t(V)\n\nSe **her**: [planen](https://example.invalid/p) og <https://example.invalid/q>.',
    );
    expect(blocks).toEqual([
      { text: ['Første afsnit\nmed to linjer.'], style: 'paragraph' },
      {
        ul: [{ stack: [{ text: ['et'] }, { ul: [{ text: ['under et'] }], margin: [0, 0, 0, 0] }] }, { text: ['to'] }],
        margin: [0, 0, 0, 6],
      },
      expect.objectContaining({
        table: expect.objectContaining({
          body: [
            [{ text: ['Navn'] }, { text: ['Parti'] }],
            [{ text: ['Bo Bech'] }, { text: ['(V)'] }],
          ],
        }),
      }),
      {
        text: [
          'Se ',
          { text: 'her', bold: true },
          ': ',
          { text: 'planen', link: 'https://example.invalid/p', decoration: 'underline' },
          ' og ',
          { text: 'https://example.invalid/q', link: 'https://example.invalid/q', decoration: 'underline' },
          '.',
        ],
        style: 'paragraph',
      },
    ]);
  });
});

describe.runIf(!hasPoppler && process.env.CI)('PDF text extraction', () => {
  it('needs pdftotext', () => {
    throw new Error(MISSING);
  });
});

describe.skipIf(!hasPoppler)('the minutes as PDF', () => {
  const large = largeMeeting(20);
  let pages: string[];

  beforeAll(async () => {
    pages = pdfPages(await renderMinutesPdf(large), 'large');
  });

  it('is a PDF with Danish metadata', async () => {
    const bytes = await renderMinutesPdf(large);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/Lang (da-DK)');
    const file = path.join(dir, 'info.pdf');
    fs.writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Referat: Sundhedsråd Fjordby, 23\. marts 2026$/m);
    expect(info).toMatch(/^Subject:\s+Referat af mødet mandag d\. 23\. marts 2026 kl\. 17\.30$/m);
  });

  it('has a front page with document type, body, Danish date, place and participants', () => {
    const front = pages[0];
    expect(front).toContain('REFERAT');
    expect(front).toContain('Sundhedsråd Fjordby');
    expect(front).toContain('mandag d. 23. marts 2026 kl. 17.30');
    expect(front).toContain('Mødelokale F, Sygehuset, Bygning F');
    expect(front).toContain('Anne Holm (O), formand');
    expect(front).toContain('Camilla Dalsgaard, Haderslev Kommune');
    expect(front).toContain('Ea Frost (A), Region Syddanmark, Regionsrådsmedlem');
    expect(front).toMatch(/Fraværende\s+Dennis Ebbesen, PLO/);
    expect(front).not.toContain('Punkt 1:');
  });

  it('shows every item with its title, each on a page of its own', () => {
    const text = oneLine(pages.join('\n'));
    for (const it of large.items) {
      const title = it.closed && !/^lukket/i.test(it.title) ? `Lukket: ${it.title}` : it.title;
      expect(text).toContain(`Punkt ${it.number}: ${title}`);
    }
  });

  it('says "Side X af Y" on every page', () => {
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} af ${pages.length}`);
    });
  });

  it('has a table of contents whose page numbers are where the items are', () => {
    const { entries, lastPage } = tableOfContents(pages);
    expect(entries.map((e) => e.number)).toEqual(large.items.map((it) => it.number));
    for (const entry of entries) {
      const found = headingPages(pages, lastPage, entry.number);
      expect(found[0], `Punkt ${entry.number}: the contents say page ${entry.page}`).toBe(entry.page);
    }
    // Every item starts on a new page, after the front page and the contents.
    expect(entries[0].page).toBe(lastPage + 2);
    expect(new Set(entries.map((e) => e.page)).size).toBe(entries.length);
  });

  it('sets the decision apart with its outcome, and lists attachments and absentees', () => {
    const text = oneLine(pages.join('\n'));
    expect(text).toContain('Beslutning i Sundhedsråd Fjordby den 23-03-2026 Udfald: Godkendt Godkendt.');
    expect(text).toContain('Udfald: Taget til efterretning');
    expect(text).toContain('Ad 1: Godkendt · Ad 2: Drøftet');
    expect(text).toContain('2. Præsentation (DokID: 12470000)');
    // List bullets are drawn, not text: the entries follow their heading.
    expect(text).toContain('Fraværende Dennis Ebbesen');
    expect(text).toContain('Følgende faser foreslås: Igangsætning og drøftelse af visioner (maj 2026) Drøftelser');
  });
});

describe.skipIf(!hasPoppler)('closed items in the PDF', () => {
  it('marks closed items "Lukket punkt" and shows their content to members', async () => {
    const pages = pdfPages(await renderMinutesPdf(COMPLETE), 'member');
    const text = oneLine(pages.join('\n'));
    const closed = COMPLETE.items.filter((it) => it.closed);
    expect(text.split('Lukket punkt').length - 1).toBe(closed.length);
    expect(text).toContain('Lejeaftalen er fortrolig, indtil den er underskrevet.');
    expect(text).toContain('1. Udkast til lejeaftale (DokID: 9100001, EMN-2026-00404)');
    expect(text).toContain('Godkendt. Købsaftalen offentliggøres, når den er tinglyst.');
  });

  it('shows the public nothing of a closed item but its number and title', async () => {
    const pages = pdfPages(await renderMinutesPdf(publicDocument(COMPLETE)), 'public');
    const text = oneLine(pages.join('\n'));
    expect(text).toContain('Punkt 3: Lukket: Salg af en fiktiv grund');
    expect(text).toContain('Punkt 4: Lukket: Lejeaftale for et fiktivt testcenter');
    expect(text.split('Lukket punkt').length - 1).toBe(4);
    for (const secret of [
      'Lejeaftalen er fortrolig',
      'Udkast til lejeaftale',
      'EMN-2026-00404',
      '26/1001',
      'Købsaftalen',
    ]) {
      expect(text).not.toContain(secret);
    }
    // The open items keep everything.
    expect(text).toContain('Ad 2 – Drøftet. Sekretariatet arbejder videre med forslagene.');
  });

  it('makes an agenda (dagsorden) without decisions', async () => {
    const agenda = minutes(
      [item(1, 'Godkendelse af dagsorden', { sections: [{ heading: 'Resumé', text: 'Kort.' }] })],
      {
        documentType: 'dagsorden',
        startTime: null,
        location: null,
        participants: [],
      },
    );
    const pages = pdfPages(await renderMinutesPdf(agenda), 'agenda');
    expect(pages[0]).toContain('DAGSORDEN');
    expect(pages[0]).toContain('mandag d. 23. marts 2026');
    expect(pages[0]).not.toContain('kl.');
    expect(oneLine(pages.join('\n'))).not.toContain('Udfald');
    expect(pages[pages.length - 1]).toContain(`Side ${pages.length} af ${pages.length}`);
  });
});
