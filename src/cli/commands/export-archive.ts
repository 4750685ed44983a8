import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { type ExportCounts, type ExportTable, exportArchive } from '../../use-cases/open-data/export-archive.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

const FORMATS = ['ndjson', 'csv'] as const;

const TABLE_LABELS: Record<ExportTable, string> = {
  publishers: 'udgivere',
  bodies: 'organer',
  persons: 'personer',
  memberships: 'medlemskaber',
  meetings: 'møder',
  cases: 'sager',
  items: 'punkter',
  plans: 'planer',
  processes: 'forløb',
  hearings: 'høringer',
  frames: 'rammer',
  projects: 'projekter',
  agreements: 'investeringsaftaler',
  'gp-capacity': 'lægedækninger',
};

function fileOutput(file: string) {
  const stream = fs.createWriteStream(file);
  return {
    stream,
    async close() {
      stream.end();
      await finished(stream);
    },
  };
}

/** Standard output stays open for the next table and for the process. */
function stdoutOutput() {
  return { stream: process.stdout, close: async () => {} };
}

export const command = {
  summary:
    'Eksportér det offentlige arkiv (udgivere, organer, personer, medlemskaber, møder, sager og punkter med afsnit og beslutninger; hver med sin udgiver; planer, forløb, høringer, rammer, projekter, investeringsaftaler og sundhedsrådenes lægedækning) som NDJSON eller CSV. Lukkede punkter eksporteres kun med nummer og titel; ydernumrenes ejere aldrig. Uden --out skrives til standard output (CSV: kun punkterne).',
  usage: 'protokol export --format ndjson|csv [--out MAPPE]',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' } } });
    const format = values.format ?? 'ndjson';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new AppError('input_invalid', `--format skal være ndjson eller csv, ikke "${format}"`);
    const outDir = values.out;
    if (outDir !== undefined) fs.mkdirSync(outDir, { recursive: true });
    const config = loadConfig();
    const handle = await openDatabase(config);
    const written: string[] = [];
    try {
      let counts: ExportCounts;
      if (format === 'ndjson') {
        const file = outDir ? path.join(outDir, 'protokol.ndjson') : null;
        const output = file ? fileOutput(file) : stdoutOutput();
        counts = await exportArchive({ db: handle.db, target: { format: 'ndjson', out: output.stream } });
        await output.close();
        if (file) written.push(file);
      } else {
        counts = await exportArchive({
          db: handle.db,
          target: {
            format: 'csv',
            tables: outDir ? undefined : ['items'],
            table: (name) => {
              if (!outDir) return stdoutOutput();
              const file = path.join(outDir, `${name}.csv`);
              written.push(file);
              return fileOutput(file);
            },
          },
        });
      }
      const parts = (Object.keys(counts) as ExportTable[])
        .filter((table) => format === 'ndjson' || outDir || table === 'items')
        .map((table) => `${counts[table]} ${TABLE_LABELS[table]}`);
      io.err(`Eksport (${format}): ${parts.join(', ')}${written.length > 0 ? ` → ${written.join(', ')}` : ''}`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
