/**
 * Property tests for the readers of the case systems' PDF layouts (eDoc, Acadre): no mutation of
 * a fixture's extracted lines — truncated, shuffled, dropped, duplicated, noise inserted — makes
 * a reader fail other than with a ReadError or take long, and a lost item heading or numbers
 * out of order come with a warning; random bytes in the PDF give a document or an AppError.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { acadreReader } from '../../src/importer/formats/acadre.js';
import { edocReader } from '../../src/importer/formats/edoc.js';
import type { Reader } from '../../src/importer/formats/reader.js';
import type { Source } from '../../src/importer/source.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';
import {
  BYTE_INSERTS,
  expectRisingOrWarned,
  insertBytes,
  LINE_MUTATIONS,
  NOISE,
  parseChecked,
  readChecked,
  withLines,
} from './mutations.js';

const CASES: [string, Reader, string][] = [
  ['edoc-pdf-text', edocReader, 'edoc-pdf-text/committee-minutes/source.pdf'],
  ['acadre-pdf-text', acadreReader, 'acadre-pdf-text/extraordinary-meeting/source.pdf'],
];

describe.each(CASES)('%s under mutation', (_name, reader, fixture) => {
  const file = path.join(FIXTURES_ROOT, fixture);
  const bytes = new Uint8Array(readFileSync(file));
  let source: Source;
  beforeAll(async () => {
    source = await extractSource(bytes, path.basename(file));
  });

  it.each(LINE_MUTATIONS.map((m) => [m.name, m] as const))('survives %s', (_label, mutation) => {
    fc.assert(
      fc.property(mutation.arbitrary(source.lines.length), (kept) => {
        const document = readChecked(
          reader,
          withLines(
            source,
            kept.map((i) => source.lines[i]),
            kept,
          ),
        );
        expectRisingOrWarned(document);
      }),
      { numRuns: 60 },
    );
  });

  it('survives noise inserted into its lines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), NOISE), { minLength: 1, maxLength: 30 }), (inserts) => {
        const lines = [...source.lines];
        const from = lines.map((_, i) => i);
        for (const [at, what] of inserts) {
          const i = at % (lines.length + 1);
          lines.splice(i, 0, what);
          from.splice(i, 0, Math.min(i, source.lines.length - 1));
        }
        readChecked(reader, withLines(source, lines, from));
      }),
      { numRuns: 60 },
    );
  });

  it('warns when an item heading is lost, instead of losing the item silently', () => {
    const items = reader.read(source).items;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: items.length - 1 }), (k) => {
        const heading = (items[k].source?.line ?? 1) - 1;
        const kept = source.lines.map((_, i) => i).filter((i) => i !== heading);
        const document = readChecked(
          reader,
          withLines(
            source,
            kept.map((i) => source.lines[i]),
            kept,
          ),
        );
        expect(document).not.toBeNull();
        expect(document?.items.length).toBeLessThan(items.length);
        expect(document?.warnings.some((w) => w.startsWith('Indholdsfortegnelsen har'))).toBe(true);
      }),
      { numRuns: 10 },
    );
  });

  it('gives a document or an AppError for random bytes in the PDF', async () => {
    await fc.assert(
      fc.asyncProperty(BYTE_INSERTS, async (inserts) => {
        await parseChecked(insertBytes(bytes, inserts), path.basename(file), 10_000);
      }),
      { numRuns: 12 },
    );
  });
});
