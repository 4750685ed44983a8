/**
 * bench/import: the importer on real-shaped data, in one run, for both databases. Two corpora:
 * First Agenda JSON with the size distribution of real sites (median ≈ 120 KB, up to ≈ 1 MB,
 * 10–40 items; test/helpers/firstagenda-site.ts) and the synthetic text layouts (bench/_corpus.ts).
 * For each: parse only (in process, no database), a dry run (parse + look-ups), the import (one
 * transaction per meeting), the import/dry-run ratio, and re-importing the unchanged corpus.
 * Figures are the median of --runs runs (default 3), each import on a fresh database.
 * Targets (issue 13): import ≥ 30 meetings/s on PGlite and ≥ 100 on PostgreSQL; import ≤ 1.5 × the
 * dry run on PostgreSQL; parse ≥ 300 meetings/s and ≥ 40 MB/s.
 *   npm run bench -- import [--json 400] [--text 400] [--runs 3] [--only pglite|postgres]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../src/importer/parse-minutes.js';
import { importMeetings } from '../src/use-cases/imports/import-meetings.js';
import { argNumber, writeCorpus, writeFirstAgendaCorpus } from './_corpus.js';
import { median, selectedDatabases, withFreshDatabase } from './_databases.js';

const runs = argNumber('runs', 3);
const PUBLISHER = 'Region Syddanmark';

const corpora = [
  { name: 'json', dir: writeFirstAgendaCorpus(argNumber('json', 400)) },
  {
    name: 'text',
    dir: path.dirname(
      writeCorpus({
        meetings: argNumber('text', 400),
        dir: path.resolve('bench/out/corpus', String(argNumber('text', 400))),
      })[0],
    ),
  },
];

async function parseOnly(dir: string) {
  const inputs = fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .map((f) => ({ fileName: f, bytes: fs.readFileSync(path.join(dir, f)) }));
  const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
  const started = performance.now();
  for (const input of inputs) await parseMinutes(input);
  const seconds = (performance.now() - started) / 1000;
  return {
    meetingsPerSecond: inputs.length / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    meetings: inputs.length,
    mb: bytes / 1e6,
  };
}

for (const corpus of corpora) {
  const parses: Awaited<ReturnType<typeof parseOnly>>[] = [];
  for (let run = 0; run < runs; run++) parses.push(await parseOnly(corpus.dir));
  console.log(`import_${corpus.name}_corpus: ${parses[0].meetings} meetings, ${parses[0].mb.toFixed(1)} MB`);
  console.log(`import_${corpus.name}_parse: ${median(parses.map((p) => p.meetingsPerSecond)).toFixed(0)} meetings/s`);
  console.log(`import_${corpus.name}_parse_bytes: ${median(parses.map((p) => p.mbPerSecond)).toFixed(1)} MB/s`);

  for (const database of selectedDatabases()) {
    const figures: { dry: number; import: number; ratio: number; unchanged: number }[] = [];
    for (let run = 0; run < runs; run++) {
      figures.push(
        await withFreshDatabase(database, async (handle) => {
          const concurrency = handle.driver === 'postgres' ? 4 : 1;
          const timed = async (dryRun: boolean) => {
            const started = performance.now();
            const summary = await importMeetings({
              db: handle.db,
              paths: [corpus.dir],
              publisher: PUBLISHER,
              concurrency,
              dryRun,
            });
            if (summary.counts.error > 0) throw new Error(summary.results.find((r) => r.error)?.error);
            return { seconds: (performance.now() - started) / 1000, summary };
          };
          const dry = await timed(true);
          const imported = await timed(false);
          const again = await timed(false);
          const n = imported.summary.results.length;
          return {
            dry: n / dry.seconds,
            import: n / imported.seconds,
            ratio: imported.seconds / dry.seconds,
            unchanged: n / again.seconds,
          };
        }),
      );
    }
    const at = (key: keyof (typeof figures)[number]) => median(figures.map((f) => f[key]));
    const prefix = `import_${corpus.name}_${database}`;
    console.log(`${prefix}_dry_run: ${at('dry').toFixed(1)} meetings/s`);
    console.log(`${prefix}_import: ${at('import').toFixed(1)} meetings/s`);
    console.log(`${prefix}_import_over_dry_run: ${at('ratio').toFixed(2)} ×`);
    console.log(`${prefix}_reimport_unchanged: ${at('unchanged').toFixed(1)} meetings/s`);
    console.log(
      `${prefix}_import_spread: ${Math.min(...figures.map((f) => f.import)).toFixed(1)}–${Math.max(...figures.map((f) => f.import)).toFixed(1)} meetings/s`,
    );
  }
}
