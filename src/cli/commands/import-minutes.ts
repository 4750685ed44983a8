import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { type ImportState, importMeetings } from '../../use-cases/imports/import-meetings.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';
import { progressLine } from '../progress-bar.js';

const STATE_LABELS: Record<ImportState, string> = {
  new: 'nye',
  update: 'opdaterede',
  unchanged: 'uændrede',
  error: 'fejl',
};

export const command = {
  summary:
    'Læs og gem møder fra filer og mapper. Hvert møde gemmes i én transaktion; samme møde igen opdateres eller meldes uændret. Med --dry-run vises kun, hvad der ville ske.',
  usage: 'protokol import FIL|MAPPE … [--publisher NAVN] [--dry-run] [--format NAVN]',
  details: [
    '--publisher NAVN  hvem der har offentliggjort filerne: en region, kommune eller anden organisation',
    '                  (navn eller slug, fx "Greve Kommune" eller greve-kommune). Uden den udledes udgiveren kun,',
    '                  når dokumentet selv siger det (et sundhedsråds navn, "Region Syddanmark" …); ellers afvises filen.',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, format: { type: 'string' }, publisher: { type: 'string' } },
    });
    if (positionals.length === 0) throw new AppError('input_invalid', 'angiv mindst én fil eller mappe');
    const config = loadConfig();
    const handle = await openDatabase(config);
    try {
      const dryRun = Boolean(values['dry-run']);
      const summary = await importMeetings({
        db: handle.db,
        paths: positionals,
        publisher: values.publisher,
        format: values.format,
        dryRun,
        // PGlite has one connection; on PostgreSQL a few meetings are written at once.
        concurrency: handle.driver === 'postgres' ? 4 : 1,
        // A bar on a terminal; elsewhere one whole line per meeting, so that logs read line by line.
        onProgress: (done, total, result) => {
          if (io.isTty) io.progress(progressLine(done, total, path.basename(result.fileName)));
          else io.err(`${done}/${total} ${result.state} ${result.committed ? 'gemt' : 'ikke gemt'} ${result.fileName}`);
        },
      });
      if (io.isTty) io.progress('\r\u001b[K');
      for (const result of summary.results) {
        if (result.state === 'error') continue;
        const masked = result.personalNumbers
          ? `, ${result.personalNumbers} ${result.personalNumbers === 1 ? 'personnummer' : 'personnumre'} skjult`
          : '';
        io.out(
          `${result.state.padEnd(9)} ${result.fileName}  (${result.publisher}: ${result.body}, ${result.date}, ${result.items} punkter${masked})`,
        );
      }
      const { counts } = summary;
      const parts = (Object.keys(counts) as ImportState[]).map((state) => `${counts[state]} ${STATE_LABELS[state]}`);
      io.out(
        `${dryRun ? 'Prøvekørsel (intet gemt)' : 'Import'}: ${summary.results.length} filer – ${parts.join(', ')}`,
      );
      const failures = summary.results.filter((r) => r.state === 'error');
      if (failures.length > 0) {
        io.err(`\n${failures.length} filer kunne ikke importeres:`);
        for (const failure of failures) io.err(`  - ${failure.error}`);
        return 1;
      }
      return 0;
    } finally {
      await handle.close();
    }
  },
};
