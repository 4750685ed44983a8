import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { COMMAND_LINE_ACTOR } from '../../use-cases/audit/record-audit-entry.js';
import { listSitesWithRuns } from '../../use-cases/harvest/list-sites.js';
import { registerSite } from '../../use-cases/harvest/register-site.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary:
    'Registrér publiceringssider til høst (protokol harvest --all og serverens tidsplan), og vis dem med deres seneste høst.',
  usage: 'protokol site add SITE-URL --publisher NAVN [--body NAVN …]\n       protokol site list',
  details: [
    'add   registrér en side (eller enkelte udvalg på en regions side med --body); samme side igen ændrer intet',
    'list  alle registrerede sider med seneste høst: tidspunkt, tal og fejl',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const [action, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { publisher: { type: 'string' }, body: { type: 'string', multiple: true } },
    });
    if (action !== 'add' && action !== 'list')
      throw new AppError('input_invalid', 'skriv "protokol site add …" eller "protokol site list"');
    if (action === 'add' && (positionals.length !== 1 || !values.publisher)) {
      throw new AppError('input_invalid', 'skriv "protokol site add SITE-URL --publisher NAVN"');
    }
    const handle = await openDatabase(loadConfig());
    try {
      if (action === 'add') {
        const site = await registerSite({
          db: handle.db,
          url: positionals[0],
          publisher: values.publisher!,
          bodies: values.body,
          actor: COMMAND_LINE_ACTOR,
        });
        io.out(
          `Registreret: ${site.url} (${site.publisherName}${site.bodies.length ? `: ${site.bodies.join(', ')}` : ''})`,
        );
        return 0;
      }
      const sites = await listSitesWithRuns({ db: handle.db });
      if (sites.length === 0) io.out('Ingen sider er registreret.');
      for (const site of sites) {
        const run = site.lastRun;
        const last = run
          ? `seneste høst ${run.startedAt.toISOString()}: ${run.state}, ${run.counts.new ?? 0} nye, ${run.counts.update ?? 0} opdaterede, ${run.counts.failed ?? 0} fejl`
          : 'aldrig høstet';
        io.out(
          `${site.url}  ${site.publisherName}${site.bodies.length ? ` (${site.bodies.join(', ')})` : ''}  [${site.state}]  ${last}`,
        );
        for (const error of run?.errors.slice(0, 5) ?? []) io.out(`    - ${error.message}`);
      }
      return 0;
    } finally {
      await handle.close();
    }
  },
};
