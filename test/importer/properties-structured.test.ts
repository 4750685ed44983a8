/**
 * Property tests for the readers of First Agenda's JSON and web page: no mutation of a fixture —
 * parts of the JSON replaced or dropped, items shuffled, the page's lines truncated, shuffled,
 * dropped or duplicated, random bytes — makes a reader fail other than with a ReadError (an
 * AppError through parseMinutes) or take long, and an item the reader has to skip is never lost
 * silently: it is a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { extractSource } from '../../src/importer/extract/index.js';
import { firstAgendaHtmlReader } from '../../src/importer/formats/firstagenda-html.js';
import { firstAgendaJsonReader } from '../../src/importer/formats/firstagenda-json.js';
import { selectAll } from '../../src/importer/markup/tree.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';
import {
  BYTE_INSERTS,
  expectRisingOrWarned,
  insertBytes,
  LINE_MUTATIONS,
  parseChecked,
  readChecked,
} from './mutations.js';

const encode = (text: string) => new TextEncoder().encode(text);
const fixtureText = (relative: string) => readFileSync(path.join(FIXTURES_ROOT, relative), 'utf8');

const JSONS = ['firstagenda-json/committee-minutes/source.json', 'firstagenda-json/agenda-utc-date/source.json'].map(
  (relative) => JSON.parse(fixtureText(relative)) as Record<string, unknown>,
);
const PAGE = fixtureText('firstagenda-html/committee-minutes/source.html');

const jsonValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('<h3>Beslutning</h3><p>Godkendt.</p>', '<p>Afbud: Anne Test (A)</p>', 'Lukket: x', '2031-13-45'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Every place in a JSON value, as a path of keys and indexes. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((entry, i) => paths(entry, [...prefix, i]))];
  if (typeof value === 'object' && value !== null)
    return [prefix, ...Object.entries(value).flatMap(([key, entry]) => paths(entry, [...prefix, key]))];
  return [prefix];
}

/** The JSON with the value at `at` replaced (or, for `undefined`, removed). */
function replaced(json: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = (Array.isArray(json) ? [...json] : { ...(json as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = at;
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = replaced(copy[head], rest, value);
  return copy;
}

/** Reads mutated JSON with the JSON reader; JSON that is no longer JSON is refused by extraction (an AppError). */
async function readJson(json: unknown) {
  const source = await extractSource(encode(JSON.stringify(json) ?? ''), 'dagsorden.json').catch((error: unknown) => {
    expect(error).toBeInstanceOf(AppError);
    return null;
  });
  return { document: source ? readChecked(firstAgendaJsonReader, source) : null };
}

describe('firstagenda-json under mutation', () => {
  it('survives any part replaced or removed, and warns for every item it skips', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...JSONS)
          .chain((json) =>
            fc.tuple(
              fc.constant(json),
              fc.array(fc.tuple(fc.constantFrom(...paths(json)), fc.option(jsonValue)), { maxLength: 4 }),
            ),
          ),
        async ([json, changes]) => {
          let mutated: unknown = json;
          for (const [at, value] of changes) mutated = replaced(mutated, at, value ?? undefined);
          const { document } = await readJson(mutated);
          const entries = (mutated as { Dagsordenpunkter?: unknown } | null | undefined)?.Dagsordenpunkter;
          if (document && Array.isArray(entries)) {
            const skipped = document.warnings.filter((w) => w.includes('sprunget over')).length;
            expect(document.items.length + skipped).toBe(entries.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('survives its items shuffled, and warns when their numbers no longer rise', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...JSONS)
          .chain((json) =>
            fc.tuple(fc.constant(json), fc.shuffledSubarray(json.Dagsordenpunkter as unknown[], { minLength: 1 })),
          ),
        async ([json, items]) => {
          expectRisingOrWarned((await readJson({ ...json, Dagsordenpunkter: items })).document);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives a document or an AppError for random bytes and truncation', async () => {
    const text = JSON.stringify(JSONS[0]);
    await fc.assert(
      fc.asyncProperty(BYTE_INSERTS, fc.double({ min: 0, max: 1, noNaN: true }), async (inserts, at) => {
        await parseChecked(insertBytes(encode(text), inserts), 'dagsorden.json');
        await parseChecked(encode(text.slice(0, Math.floor(text.length * at))), 'dagsorden.json');
      }),
      { numRuns: 80 },
    );
  });
});

describe('firstagenda-html under mutation', () => {
  const pageLines = PAGE.split('\n');

  it.each(LINE_MUTATIONS.map((m) => [m.name, m] as const))(
    'survives %s in the page, and warns for every item row it skips',
    async (_label, mutation) => {
      await fc.assert(
        fc.asyncProperty(mutation.arbitrary(pageLines.length), async (kept) => {
          const source = await extractSource(encode(kept.map((i) => pageLines[i]).join('\n')), 'referat.html');
          const document = readChecked(firstAgendaHtmlReader, source);
          if (document && source.markup?.page) {
            const rows = selectAll(source.markup.page, 'tr.punktrow').length;
            const skipped = document.warnings.filter((w) => w.includes('sprunget over')).length;
            expect(document.items.length + skipped).toBe(rows);
          }
        }),
        { numRuns: 50 },
      );
    },
  );

  it('gives a document or an AppError for random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(BYTE_INSERTS, async (inserts) => {
        await parseChecked(insertBytes(encode(PAGE), inserts), 'referat.html');
      }),
      { numRuns: 80 },
    );
  });
});
