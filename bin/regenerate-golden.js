#!/usr/bin/env node
// Regenerates the golden files: for every test/fixtures/minutes/<layout>/<case>/source.* it parses
// the file with parseMinutes (reader picked by detection, as `protokol parse` does) and writes the
// meeting document to expected.json beside it. Review the diff before committing it.
//
//   node bin/regenerate-golden.js                 every fixture
//   node bin/regenerate-golden.js text-ssu docx   only the layouts (or layout/case) named
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { parseMinutes } = await import('../src/importer/parse-minutes.ts');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/minutes');
const filters = process.argv.slice(2);

let written = 0;
let failed = 0;
for (const layout of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  for (const fixture of readdirSync(path.join(root, layout.name), { withFileTypes: true }).filter((e) =>
    e.isDirectory(),
  )) {
    const name = `${layout.name}/${fixture.name}`;
    if (filters.length > 0 && !filters.some((f) => name === f || layout.name === f)) continue;
    const dir = path.join(root, name);
    const source = readdirSync(dir).find((file) => file.startsWith('source.'));
    if (!source) continue;
    try {
      const bytes = new Uint8Array(readFileSync(path.join(dir, source)));
      const document = await parseMinutes({ bytes, fileName: source });
      writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(document, null, 2)}\n`);
      console.log(`wrote ${name}/expected.json (${document.format}, ${document.items.length} punkter)`);
      written++;
    } catch (error) {
      console.error(`FEJL ${name}/${source}: ${error instanceof Error ? error.message : String(error)}`);
      failed++;
    }
  }
}
console.log(`${written} skrevet, ${failed} fejlede`);
process.exitCode = failed > 0 ? 1 : 0;
