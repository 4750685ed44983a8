/**
 * The five sample minutes in ../shared/seeds (First Agenda PDF text) against their hand-checked
 * facts in ../shared/seeds/expect. The samples are not part of the project (DESIGN.md §4): the
 * suite runs when the folder is there and is skipped when it is not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/importer/parse-minutes.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const present = existsSync(path.join(SEEDS, 'expect'));

interface ExpectedItem {
  number: number;
  title: string;
  case_number: string | null;
  closed: boolean;
  /** null: not checked. */
  has_decision: boolean | null;
}

interface Expected {
  body: string;
  date: string;
  start_time: string | null;
  location: string | null;
  items: ExpectedItem[];
}

const seeds = present ? readdirSync(SEEDS).filter((file) => file.endsWith('.txt')) : [];

describe.skipIf(!present)('seed minutes in ../shared/seeds', () => {
  it('has samples with expectations', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  it.each(seeds)('%s matches its hand-checked facts', async (file) => {
    const expected: Expected = JSON.parse(
      readFileSync(path.join(SEEDS, 'expect', file.replace(/\.txt$/, '.json')), 'utf8'),
    );
    const document = await parseMinutes({
      bytes: new Uint8Array(readFileSync(path.join(SEEDS, file))),
      fileName: file,
    });
    expect(document.format).toBe('text-firstagenda');
    expect({
      body: document.body,
      date: document.date,
      start_time: document.startTime,
      location: document.location,
    }).toEqual({
      body: expected.body,
      date: expected.date,
      start_time: expected.start_time,
      location: expected.location,
    });
    expect(document.items.map((item) => item.number)).toEqual(expected.items.map((item) => item.number));
    document.items.forEach((item, index) => {
      const want = expected.items[index];
      expect({ number: item.number, title: item.title, case_number: item.caseNumber, closed: item.closed }).toEqual({
        number: want.number,
        title: want.title,
        case_number: want.case_number,
        closed: want.closed,
      });
      if (want.has_decision !== null) {
        expect(item.decision !== null, `punkt ${item.number}: has_decision`).toBe(want.has_decision);
      }
    });
  });
});
