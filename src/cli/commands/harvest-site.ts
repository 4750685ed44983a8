import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import type { HarvestProgress, HarvestReport } from '../../importer/harvest/harvest-site.js';
import { harvestPublicationSite, siteForHarvest } from '../../use-cases/harvest/harvest-publication-site.js';
import { listSitesToHarvest } from '../../use-cases/harvest/list-sites.js';
import { resolveNamedPublisher } from '../../use-cases/imports/resolve-publisher.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';
import { progressLine } from '../progress-bar.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const command = {
  summary:
    'Høst en First Agenda-publiceringsside: udvalgslisten, derefter hvert nyt eller ændret møde, gemt som ved import (ét møde pr. transaktion). Anden gang hentes kun det nye, det ændrede og møderne fra de seneste 60 dage og fremtiden.',
  usage:
    'protokol harvest SITE-URL --publisher NAVN [--since ÅÅÅÅ-MM-DD] [--body NAVN …] [--attachments] [--dry-run] [--full]\n       protokol harvest --all [--attachments] [--full]',
  details: [
    'SITE-URL          sidens rod, fx https://dagsordener.greve.dk (endepunkterne findes af sig selv)',
    '--publisher NAVN  hvem sidens møder tilhører (en region, kommune eller anden organisation)',
    '--since DATO      kun møder fra og med den dato',
    '--body NAVN       kun dette udvalg (navn eller udvalgets GUID); kan gentages',
    '--attachments     hent også de åbne punkters bilag (PDF), gem dem og gør deres tekst søgbar',
    '--dry-run         hent og læs, men gem intet: vis hvad der ville ske',
    '--full            hent alt igen, ikke kun det nye og ændrede',
    '--all             høst alle sider, der er registreret med "protokol site add"',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        publisher: { type: 'string' },
        since: { type: 'string' },
        body: { type: 'string', multiple: true },
        attachments: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        full: { type: 'boolean' },
        all: { type: 'boolean' },
      },
    });
    if (values.since !== undefined && !ISO_DATE.test(values.since)) {
      throw new AppError('input_invalid', `--since: »${values.since}« er ikke en dato på formen ÅÅÅÅ-MM-DD`);
    }
    if (!values.all && positionals.length !== 1) throw new AppError('input_invalid', 'angiv én SITE-URL, eller --all');
    if (!values.all && !values.publisher) {
      throw new AppError('input_invalid', 'angiv sidens udgiver med --publisher NAVN, fx --publisher "Greve Kommune"');
    }
    const config = loadConfig();
    const handle = await openDatabase(config);
    try {
      const sites = values.all
        ? await listSitesToHarvest({ db: handle.db })
        : [
            await siteForHarvest(handle.db, {
              url: positionals[0],
              publisher: await resolveNamedPublisher(handle.db, values.publisher!),
              bodies: values.body,
            }),
          ];
      if (sites.length === 0)
        io.out('Ingen sider er registreret. Tilføj en med "protokol site add SITE-URL --publisher NAVN".');
      let failed = 0;
      for (const site of sites) {
        io.out(`${site.url} (${site.publisherName}${site.bodies.length > 0 ? `: ${site.bodies.join(', ')}` : ''})`);
        const result = await harvestPublicationSite({
          db: handle.db,
          site,
          dataDir: config.dataDir,
          since: values.since,
          full: values.full,
          attachments: values.attachments,
          budget: config.harvest.budget,
          dryRun: values['dry-run'],
          onProgress: progressReporter(io),
        }).catch((error: unknown) => {
          io.err(`Fejl: ${(error as Error).message}`);
          return null;
        });
        if (io.isTty) io.progress('\r\u001b[K');
        if (!result) failed++;
        else if (!result.ok) {
          io.err(`${site.url} høstes allerede af en anden proces; prøv igen senere.`);
          failed++;
        } else if (!printReport(io, result.report)) failed++;
      }
      return failed === 0 ? 0 : 1;
    } finally {
      await handle.close();
    }
  },
};

/** A bar on a terminal; elsewhere one whole line per meeting. */
function progressReporter(io: CliIo) {
  return (event: HarvestProgress) => {
    if (event.type === 'planned') {
      io.err(
        `Udvalgslisten: ${event.listed} møder, ${event.planned} hentes, ${event.unchanged} uændrede, ${event.excluded} udeladt.`,
      );
      return;
    }
    const label = `${event.committee} ${event.date}`;
    if (io.isTty) io.progress(progressLine(event.done, event.total, label));
    else io.err(`${event.done}/${event.total} ${event.outcome} ${label} ${event.url}`);
  };
}

/** The summary; false when a meeting failed. */
function printReport(io: CliIo, report: HarvestReport): boolean {
  const { counts, attachments } = report;
  io.out(
    `${report.dryRun ? 'Prøvekørsel (intet gemt)' : 'Høst'}: ${counts.listed} møder på siden – ${counts.new} nye, ${counts.update} opdaterede, ${counts.unchanged + counts.skipped} uændrede, ${counts.failed} fejl; ${report.requests.total} forespørgsler, ${(report.bytes / 1e6).toFixed(1)} MB, ${(report.timings.totalMs / 1000).toFixed(1)} s`,
  );
  if (attachments.candidates > 0) {
    io.out(
      `Bilag: ${attachments.new} nye, ${attachments.update + attachments.unchanged + attachments.known} kendte, ${attachments.withoutText} uden tekst, ${attachments.failed} fejl`,
    );
  }
  for (const warning of report.warnings) io.err(`Advarsel: ${warning}`);
  if (report.failures.length > 0) {
    io.err(`\n${report.failures.length} kunne ikke hentes eller gemmes:`);
    for (const failure of report.failures) io.err(`  - ${failure.message}`);
  }
  return counts.failed === 0;
}
