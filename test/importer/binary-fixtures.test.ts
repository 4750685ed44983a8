/**
 * The binary fixtures are built from text (test/fixtures/generate-binary.ts and the build.ts of
 * each PDF case): building them again must give the same text after extraction, and the DOCX
 * must extract to its text fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/importer/extract/index.js';
import { BINARY_FIXTURES, FIXTURES_ROOT } from '../fixtures/generate-binary.js';

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
