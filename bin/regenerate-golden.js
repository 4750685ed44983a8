#!/usr/bin/env node
// Writes the golden files — the only thing that does: for every test/fixtures/minutes/<layout>/<case>/
// source.* it parses the file with parseMinutes (reader picked by detection, as `protokol parse`
// does) and writes the meeting document to expected.json beside it. The tests only read goldens
// and fail when one is missing. Review the diff before committing it.
//
//   npm run golden:update                     every fixture
//   npm run golden:update -- text-ssu docx    only the layouts (or layout/case) named
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { parseMinutes } = await import('../src/importer/parse-minutes.ts');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/minutes');
const filters = process.argv.slice(2);

const counts = { written: 0, unchanged: 0, failed: 0 };
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
      const target = path.join(dir, 'expected.json');
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (existsSync(target) && readFileSync(target, 'utf8') === text) {
        counts.unchanged++;
        continue;
      }
      writeFileSync(target, text);
      console.log(`wrote ${name}/expected.json (${document.format}, ${document.items.length} punkter)`);
      counts.written++;
    } catch (error) {
      console.error(`FEJL ${name}/${source}: ${error instanceof Error ? error.message : String(error)}`);
      counts.failed++;
    }
  }
}
console.log(`${counts.written} skrevet, ${counts.unchanged} uændrede, ${counts.failed} fejlede`);
if (counts.written + counts.unchanged + counts.failed === 0)
  console.error(`ingen fixtures passer til ${filters.join(' ')}`);
process.exitCode = counts.failed > 0 || counts.written + counts.unchanged === 0 ? 1 : 0;
