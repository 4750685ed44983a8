/**
 * The admins' publication sites (mounted at /admin/kilder): GET every registered harvest site with
 * its last run (listSitesWithRuns) and the form that registers one; POST it (registerSite: address,
 * publisher, optional committees, one per line). Admins only (manage_users); registering is in the
 * audit log.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { listPublisherChoices } from '../../db/queries/admin-bodies.js';
import { formatInstant } from '../../render/danish-time.js';
import { type SiteFormValues, SitesPage, type SiteView } from '../../render/html/admin/sites-page.js';
import { listSitesWithRuns } from '../../use-cases/harvest/list-sites.js';
import { isSiteUrl, registerSite } from '../../use-cases/harvest/register-site.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { field, type Problem, validateForm } from '../kit/forms.js';
import { page } from '../kit/page.js';
import { publisherGroups } from './publisher-options.js';

export const SITES_HREF = '/admin/kilder';

type HarvestSiteOverview = Awaited<ReturnType<typeof listSitesWithRuns>>[number];

const SITE_STATES: Record<HarvestSiteOverview['state'], string> = {
  active: 'Høstes',
  paused: 'Sat på pause',
  retired: 'Udgået',
};

const RUN_RESULTS: Record<string, string> = { running: 'kører', ok: 'OK', partial: 'delvis', failed: 'fejlet' };

const committeesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** In the order the problems are listed; the publisher must be one of the select's (its slug). */
const siteSchema = (publishers: Set<string>) =>
  z.object({
    url: z.string().max(500, { message: 'Adressen er for lang.' }).refine(isSiteUrl, {
      message: 'Skriv sidens adresse med http:// eller https://, fx https://dagsordener.greve.dk.',
    }),
    publisher: z.string().refine((slug) => publishers.has(slug), { message: 'Vælg en udgiver.' }),
    committees: z
      .string()
      .refine((text) => committeesOf(text).length <= 50 && committeesOf(text).every((line) => line.length <= 200), {
        message: 'Højst 50 udvalg, hvert højst 200 tegn.',
      }),
  });

const count = (n: number | undefined, one: string, many: string) => `${n ?? 0} ${(n ?? 0) === 1 ? one : many}`;

function presentSite(site: HarvestSiteOverview): SiteView {
  const run = site.lastRun;
  return {
    url: site.url ?? 'Adresse ukendt',
    publisherName: site.publisherName,
    committees: site.bodies.length > 0 ? site.bodies.join(', ') : 'Alle udvalg',
    stateLabel: SITE_STATES[site.state],
    lastRun: run
      ? {
          whenText: formatInstant(run.startedAt),
          resultLabel: RUN_RESULTS[run.state] ?? run.state,
          countsText: [
            count(run.counts.new, 'nyt', 'nye'),
            count(run.counts.update, 'opdateret', 'opdaterede'),
            count(run.counts.unchanged, 'uændret', 'uændrede'),
            count(run.counts.failed, 'fejlet', 'fejlede'),
          ].join(', '),
          errors: run.errors,
        }
      : null,
  };
}

const EMPTY: SiteFormValues = { url: '', publisher: '', committees: '' };

export function siteRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const sitesPage = async (c: Context, values = EMPTY, problems: Problem[] = []) => {
    const [sites, publishers] = await Promise.all([listSitesWithRuns({ db }), listPublisherChoices(db)]);
    const view = (
      <SitesPage
        sites={sites.map(presentSite)}
        publishers={publisherGroups(publishers, (row) => row.slug)}
        csrfToken={csrfOf(c)}
        values={values}
        problems={problems}
        notice={
          problems.length === 0 && c.req.query('registreret')
            ? 'Siden er registreret. Den høstes ved næste planlagte høst og med protokol harvest --all.'
            : undefined
        }
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  app.get('/', manage, (c) => sitesPage(c));

  app.post('/', manage, async (c) => {
    const form = await c.req.parseBody();
    const values = {
      url: field(form, 'url').trim(),
      publisher: field(form, 'publisher'),
      committees: field(form, 'committees'),
    };
    const publishers = new Set((await listPublisherChoices(db)).map((row) => row.slug));
    const parsed = validateForm(siteSchema(publishers), values);
    if (!parsed.ok) return sitesPage(c, values, parsed.problems);
    await registerSite({
      db,
      url: parsed.value.url,
      publisher: parsed.value.publisher,
      bodies: committeesOf(parsed.value.committees),
      actor: auditActorOf(c),
    });
    return c.redirect(`${SITES_HREF}?registreret=1`, 303);
  });

  return app;
}
