/**
 * Golden fixtures: every case folder under test/fixtures/minutes parses, by detection, with its
 * layout's reader to exactly its expected.json — and a case without expected.json fails (goldens
 * are written only by `npm run golden:update`, see golden.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goldenCases, loadGolden, parseCase, readerOfLayout } from './golden.js';

const cases = goldenCases();

describe('golden fixtures', () => {
  it('cover every layout, the five text layout families among them', () => {
    const layouts = new Set(cases.map((c) => c.layout));
    for (const layout of [
      'text-sundhedsraad',
      'text-direktoerkreds',
      'text-ssu',
      'text-faellesmoede',
      'text-klynge',
      'firstagenda-json',
      'firstagenda-html',
      'firstagenda-pdf',
      'edoc-pdf-text',
      'acadre-pdf-text',
      'docx',
    ]) {
      expect(layouts).toContain(layout);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s parses to expected.json', async (_name, fixture) => {
    const expected = loadGolden(fixture.dir);
    const document = await parseCase(fixture);
    expect(document.format).toBe(readerOfLayout(fixture.layout));
    expect(document).toEqual(expected);
  });
});

describe('a missing golden', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'protokol-golden-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails the test with an error naming the file and the command that writes it', () => {
    const dir = path.join(root, 'text-ny', 'uden-golden');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'source.txt'), 'REFERAT Testråd d. 01-01-2026\n\nPunkt 1: Test\n');
    const [found] = goldenCases(root);
    expect(found.name).toBe('text-ny/uden-golden');
    expect(() => loadGolden(found.dir)).toThrow(path.join(dir, 'expected.json'));
    expect(() => loadGolden(found.dir)).toThrow('npm run golden:update -- text-ny/uden-golden');
  });

  it('is never written by reading it', () => {
    const dir = path.join(root, 'text-ny', 'uden-golden');
    expect(() => loadGolden(dir)).toThrow();
    expect(existsSync(path.join(dir, 'expected.json'))).toBe(false);
  });

  it('refuses a layout folder that no reader is registered for', () => {
    expect(() => readerOfLayout('ukendt-layout')).toThrow('ukendt layout');
  });
});
