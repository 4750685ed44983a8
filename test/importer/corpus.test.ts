/**
 * Real published minutes in ../shared/corpus (when that folder exists): every file is parsed and
 * compared with the hand-checked facts in corpus/expect (null = not checked); every First Agenda
 * JSON meeting must parse. The sample texts in ../shared/seeds must not be claimed by the
 * structured and case-system readers. Skipped where the folders are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { acadreReader } from '../../src/importer/formats/acadre.js';
import { edocReader } from '../../src/importer/formats/edoc.js';
import { firstAgendaHtmlReader } from '../../src/importer/formats/firstagenda-html.js';
import { firstAgendaJsonReader } from '../../src/importer/formats/firstagenda-json.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
const corpus = path.join(shared, 'corpus');
const seeds = path.join(shared, 'seeds');

const READER_OF_FOLDER: Record<string, string> = {
  pdf: '', // by layout, see below
  html: 'firstagenda-html',
  'firstagenda-json': 'firstagenda-json',
};
const READER_OF_PDF: Record<string, string> = {
  '004_ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.pdf': 'edoc-pdf-text',
  '005_syddjurs-puk-ekstraordinaert-2013-06-20.pdf': 'acadre-pdf-text',
};

interface ExpectedItem {
  number: number | null;
  title: string | null;
  case_number: string | null;
  closed: boolean | null;
  has_decision: boolean | null;
}
interface Expected {
  body: string | null;
  date: string | null;
  start_time: string | null;
  location: string | null;
  items: ExpectedItem[] | null;
}

function corpusFiles(): { folder: string; file: string; full: string }[] {
  if (!existsSync(corpus)) return [];
  return Object.keys(READER_OF_FOLDER).flatMap((folder) => {
    const dir = path.join(corpus, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .sort()
      .map((file) => ({ folder, file, full: path.join(dir, file) }));
  });
}

async function parse(full: string) {
  return parseMinutes({ bytes: new Uint8Array(readFileSync(full)), fileName: path.basename(full) });
}

/** Only the fields the expectation checks (non-null), so a mismatch shows exactly what differs. */
function checked<T extends object>(actual: Record<keyof T, unknown>, expected: T): Partial<T> {
  const picked: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(expected) as (keyof T)[]) {
    if (expected[key] !== null && key !== 'items') picked[key] = actual[key];
  }
  return picked as Partial<T>;
}

function withoutNulls<T extends object>(expected: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(expected).filter(([key, value]) => value !== null && key !== 'items'),
  ) as Partial<T>;
}

describe.skipIf(!existsSync(corpus))('corpus: hand-checked facts', () => {
  const withExpectations = corpusFiles().filter((f) =>
    existsSync(path.join(corpus, 'expect', f.file.replace(/\.[^.]+$/, '.json'))),
  );

  it('has expectations to check', () => {
    expect(withExpectations.length).toBeGreaterThan(0);
  });

  it.each(withExpectations.map((f) => [`${f.folder}/${f.file}`, f] as const))('%s', async (_name, f) => {
    const expected: Expected = JSON.parse(
      readFileSync(path.join(corpus, 'expect', f.file.replace(/\.[^.]+$/, '.json')), 'utf8'),
    );
    const document = await parse(f.full);
    expect(document.format).toBe(READER_OF_FOLDER[f.folder] || READER_OF_PDF[f.file]);
    const meeting = {
      body: document.body,
      date: document.date,
      start_time: document.startTime,
      location: document.location,
      items: null,
    };
    expect(checked(meeting, expected)).toEqual(withoutNulls(expected));
    if (expected.items) {
      expect(document.items).toHaveLength(expected.items.length);
      expected.items.forEach((item, index) => {
        const actual = document.items[index];
        const facts = {
          number: actual.number,
          title: actual.title,
          case_number: actual.caseNumber,
          closed: actual.closed,
          has_decision: actual.decision !== null,
        };
        expect(checked(facts, item), `item ${index + 1}`).toEqual(withoutNulls(item));
      });
    }
  });
});

describe.skipIf(!existsSync(path.join(corpus, 'firstagenda-json')))('corpus: every First Agenda JSON meeting', () => {
  const files = corpusFiles().filter((f) => f.folder === 'firstagenda-json');

  it.each(files.map((f) => [f.file, f] as const))('%s parses', async (_name, f) => {
    const document = await parse(f.full);
    expect(document.format).toBe('firstagenda-json');
    expect(document.body).not.toBe('');
    const dated = /(\d{4}-\d{2}-\d{2})\.json$/.exec(f.file);
    if (dated) expect(document.date).toBe(dated[1]);
    expect(document.items.length).toBeGreaterThan(0);
    expect(document.sourceId).toMatch(/^[0-9a-f-]{36}$/);
    for (const item of document.items) {
      expect(item.title).not.toMatch(/\s{2}|^\s|\s$/);
      if (item.closed) expect(item.title).toMatch(/^Lukket/);
    }
    expect(document.items.filter((item) => item.decision).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!existsSync(seeds))('seeds: not claimed by the structured and case-system readers', () => {
  const texts = existsSync(seeds) ? readdirSync(seeds).filter((file) => file.endsWith('.txt')) : [];
  const readers = [firstAgendaJsonReader, firstAgendaHtmlReader, edocReader, acadreReader];

  it.each(texts)('%s', async (file) => {
    const source = await extractSource(new Uint8Array(readFileSync(path.join(seeds, file))), file);
    for (const reader of readers) expect(reader.detect(source), reader.name).toBeLessThan(0.2);
  });
});
