import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { DA_LABELS } from '../../render/messages/labels-da.js';
import { COMMAND_LINE_ACTOR } from '../../use-cases/audit/record-audit-entry.js';
import { changeSiteState, type SiteState } from '../../use-cases/harvest/change-site-state.js';
import { correctSite } from '../../use-cases/harvest/correct-site.js';
import { listSitesWithRuns } from '../../use-cases/harvest/list-sites.js';
import { registerSite } from '../../use-cases/harvest/register-site.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

const STATE_ACTIONS: Record<string, SiteState> = { pause: 'paused', resume: 'active', retire: 'retired' };

const USAGE = [
  'protokol site add SITE-URL --publisher NAVN [--body NAVN …]',
  'protokol site list',
  'protokol site correct ID [--url SITE-URL|--no-url] [--publisher NAVN] [--body NAVN … | --all-bodies]',
  'protokol site pause|resume|retire ID [--reason TEKST]',
];

export const command = {
  summary:
    'Registrér, ret, sæt på pause og udfas publiceringssider til høst (protokol harvest --all og serverens tidsplan), og vis dem med deres status.',
  usage: USAGE.join('\n       '),
  details: [
    'add      registrér en side (eller enkelte udvalg på en regions side med --body); samme side igen ændrer intet',
    'list     alle kendte sider med nummer, tilstand, status (Opdateret, Forældet, Fejler, Blokeret …) og seneste høst: tidspunkt, tal og fejl',
    'correct  ret en sides adresse (--no-url: adressen er ukendt), udgiver eller udvalg; referencedata overskriver ikke en rettelse',
    'pause    høst ikke siden, før den genoptages (resume); retire: siden bruges ikke længere',
    'Hver ændring skrives i ændringsloggen.',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const [action, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        publisher: { type: 'string' },
        body: { type: 'string', multiple: true },
        'all-bodies': { type: 'boolean' },
        url: { type: 'string' },
        'no-url': { type: 'boolean' },
        reason: { type: 'string' },
      },
    });
    const known = ['add', 'list', 'correct', ...Object.keys(STATE_ACTIONS)];
    if (!known.includes(action))
      throw new AppError('input_invalid', `skriv ${USAGE.map((u) => `"${u}"`).join(' eller ')}`);
    if (action === 'add' && (positionals.length !== 1 || !values.publisher)) {
      throw new AppError('input_invalid', 'skriv "protokol site add SITE-URL --publisher NAVN"');
    }
    const siteId = Number(positionals[0]);
    if (action !== 'add' && action !== 'list' && (positionals.length !== 1 || !Number.isInteger(siteId))) {
      throw new AppError(
        'input_invalid',
        `skriv "protokol site ${action} ID" med sidens nummer fra "protokol site list"`,
      );
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
      if (action === 'correct') {
        const result = await correctSite({
          db: handle.db,
          siteId,
          url: values['no-url'] ? null : values.url,
          publisher: values.publisher,
          bodies: values['all-bodies'] ? [] : values.body,
          actor: COMMAND_LINE_ACTOR,
        });
        if (!result.ok) throw new AppError('not_found', `ingen side har nummer ${siteId}`);
        io.out(`Rettet: ${describe(result.site)}`);
        return 0;
      }
      if (action in STATE_ACTIONS) {
        const result = await changeSiteState({
          db: handle.db,
          siteId,
          state: STATE_ACTIONS[action],
          reason: values.reason,
          actor: COMMAND_LINE_ACTOR,
        });
        if (!result.ok) throw new AppError('not_found', `ingen side har nummer ${siteId}`);
        io.out(`${result.changed ? 'Ændret' : 'Uændret'}: ${describe(result.site)} [${result.site.state}]`);
        return 0;
      }
      const sites = await listSitesWithRuns({ db: handle.db });
      if (sites.length === 0) io.out('Ingen sider er registreret.');
      for (const site of sites) {
        const run = site.lastRun;
        const last = run
          ? `seneste høst ${run.startedAt.toISOString()}: ${run.state}, ${run.counts.new ?? 0} nye, ${run.counts.update ?? 0} opdaterede, ${run.counts.failed ?? 0} fejl`
          : 'aldrig høstet';
        const { status } = site;
        const blocked = status.status === 'blocked' ? ` til ${status.blockedUntil?.toISOString()}` : '';
        io.out(
          `${String(site.id).padStart(4)}  ${describe(site)}  [${site.state}] ${DA_LABELS.sourceStatus[status.status]}${blocked}  ${last}`,
        );
        for (const error of run?.errors.slice(0, 5) ?? []) io.out(`    - ${error.message}`);
      }
      return 0;
    } finally {
      await handle.close();
    }
  },
};

function describe(site: { url: string | null; publisherName: string; bodies: string[] }): string {
  const bodies = site.bodies.length ? ` (${site.bodies.join(', ')})` : '';
  return `${site.url ?? 'adresse ukendt'}  ${site.publisherName}${bodies}`;
}
