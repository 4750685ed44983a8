/**
 * Golden files: every test/fixtures/minutes/<layout>/<case>/ holds a source.* and the meeting
 * document it must parse to, expected.json. Tests only read goldens — a missing one is an error
 * naming the file; writing them is an explicit command that you run after a deliberate change,
 * reviewing the diff:
 *
 *   npm run golden:update                     every case
 *   npm run golden:update -- text-ssu docx    only the layouts (or layout/case) named
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';

export interface GoldenCase {
  /** "<layout>/<case>". */
  name: string;
  layout: string;
  dir: string;
  /** The source file (source.txt, source.pdf …). */
  source: string;
}

/** Layout folder → the reader that must read its cases (text-* folders: the text reader). */
const READER_OF_LAYOUT: Readonly<Record<string, string>> = {
  'firstagenda-json': 'firstagenda-json',
  'firstagenda-html': 'firstagenda-html',
  'firstagenda-pdf': 'text-firstagenda',
  'edoc-pdf-text': 'edoc-pdf-text',
  'acadre-pdf-text': 'acadre-pdf-text',
  docx: 'text-firstagenda',
};

/** The reader a layout folder's cases must be read by; an unknown folder is an error. */
export function readerOfLayout(layout: string): string {
  if (layout.startsWith('text-')) return 'text-firstagenda';
  const reader = READER_OF_LAYOUT[layout];
  if (!reader) throw new Error(`test/fixtures/minutes/${layout}: ukendt layout; tilføj det i test/importer/golden.ts`);
  return reader;
}

/** Every case folder (one with a source.* file) under the fixtures root. */
export function goldenCases(root = FIXTURES_ROOT): GoldenCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((layout) => layout.isDirectory())
    .flatMap((layout) =>
      readdirSync(path.join(root, layout.name), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
          const dir = path.join(root, layout.name, entry.name);
          const source = readdirSync(dir).find((file) => file.startsWith('source.'));
          return { name: `${layout.name}/${entry.name}`, layout: layout.name, dir, source: source ?? '' };
        }),
    )
    .filter((fixture) => fixture.source !== '')
    .map((fixture) => ({ ...fixture, source: path.join(fixture.dir, fixture.source) }));
}

/** The golden document of a case folder; throws, naming the file, when it is missing. */
export function loadGolden(dir: string): MeetingDocument {
  const file = path.join(dir, 'expected.json');
  if (!existsSync(file)) {
    throw new Error(
      `${file} mangler: goldens skrives kun med "npm run golden:update -- ${path.basename(path.dirname(dir))}/${path.basename(dir)}", og diffen gennemses før commit`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Parses a case's source as `protokol parse` does (reader by detection), as plain JSON. */
export async function parseCase(fixture: GoldenCase): Promise<MeetingDocument> {
  const bytes = new Uint8Array(readFileSync(fixture.source));
  const document = await parseMinutes({ bytes, fileName: path.basename(fixture.source) });
  return JSON.parse(JSON.stringify(document));
}
