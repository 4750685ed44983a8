/**
 * Golden files for the fixtures of the structured and case-system layouts (First Agenda JSON and
 * web page, eDoc and Acadre PDFs) and of DOCX: every test/fixtures/minutes/<layout>/<case>/source.*
 * must parse to its expected.json. After a deliberate change, regenerate and review the diff:
 *
 *   node bin/regenerate-golden.js firstagenda-json firstagenda-html edoc-pdf-text acadre-pdf-text docx
 *
 * (or UPDATE_GOLDEN=1 npx vitest run test/importer/golden-structured.test.ts, which writes the same).
 * The docx fixture is read by the text-firstagenda reader, so it changes with that reader too.
 *
 * The binary fixtures are built by bin/make-binary-fixtures.js; building them again must give
 * the same text after extraction.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';
import { BINARY_FIXTURES, FIXTURES_ROOT } from '../fixtures/generate-binary.js';

/** Layout folder → the reader that must read it. */
const LAYOUTS: Record<string, string> = {
  'firstagenda-json': 'firstagenda-json',
  'firstagenda-html': 'firstagenda-html',
  'edoc-pdf-text': 'edoc-pdf-text',
  'acadre-pdf-text': 'acadre-pdf-text',
  docx: 'text-firstagenda',
};

const update = process.env.UPDATE_GOLDEN === '1';

function cases(layout: string): { name: string; dir: string; source: string }[] {
  const root = path.join(FIXTURES_ROOT, layout);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(root, entry.name);
      const source = readdirSync(dir).find((file) => file.startsWith('source.'));
      return { name: entry.name, dir, source: source ? path.join(dir, source) : '' };
    })
    .filter((c) => c.source !== '');
}

describe.each(Object.entries(LAYOUTS))('golden fixtures: %s', (layout, readerName) => {
  const found = cases(layout);

  it('has at least one case', () => {
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(found.map((c) => [c.name, c] as const))('%s parses to expected.json', async (_name, fixture) => {
    const bytes = new Uint8Array(readFileSync(fixture.source));
    const document = await parseMinutes({ bytes, fileName: path.basename(fixture.source) });
    expect(document.format).toBe(readerName);
    const expectedFile = path.join(fixture.dir, 'expected.json');
    const actual = JSON.parse(JSON.stringify(document));
    if (update || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

describe('binary fixtures', () => {
  it.each(BINARY_FIXTURES.map((f) => [f.path, f] as const))(
    '%s: a rebuild extracts to the same text as the checked-in file',
    async (relative, fixture) => {
      const file = path.join(FIXTURES_ROOT, relative);
      const checkedIn = new Uint8Array(readFileSync(file));
      expect(checkedIn.length).toBeLessThan(100 * 1024);
      const rebuilt = await fixture.build();
      const name = path.basename(file);
      const [before, after] = await Promise.all([extractSource(checkedIn, name), extractSource(rebuilt, name)]);
      expect(after.text).toBe(before.text);
      expect(after.pages).toEqual(before.pages);
    },
  );

  it('the DOCX fixture extracts to its text fixture, paragraph for paragraph', async () => {
    const dir = path.join(FIXTURES_ROOT, 'docx/health-council-minutes');
    const source = await extractSource(new Uint8Array(readFileSync(path.join(dir, 'source.docx'))), 'source.docx');
    const text = readFileSync(path.join(dir, 'text.txt'), 'utf8').replace(/^\n+|\n+$/g, '');
    expect(source.text).toBe(text);
  });
});
