/**
 * GET /api/v1/sources: every publication site with its publisher, the one committee harvested
 * there (a health council), its status and what it is computed from, its coverage (overall and
 * per committee) and freshness, and the archive's freshness over every site — as /kilder shows it.
 * Not paged: one row per known site (about a hundred).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { formatCopenhagen } from '../../domain/copenhagen-time.js';
import { SOURCE_STATUSES } from '../../domain/source-status.js';
import { DA_LABELS } from '../../render/messages/labels-da.js';
import { listSourcesWithFreshness } from '../../use-cases/harvest/list-sites.js';
import { presentSource } from '../portal/source-presenters.js';
import { json, urlsOf } from './route-kit.js';

const Instant = z.string().nullable().openapi({ description: 'Tidspunkt (ISO 8601, dansk tid) eller null.' });

const Share = z.number().nullable().openapi({ description: 'Andel 0–1; null: intet at måle på.' });

const CoverageSchema = z
  .object({
    listed: z.number().int().openapi({ description: 'Afholdte møder på sidens liste (til og med i dag).' }),
    held: z.number().int().openapi({ description: 'Af dem: møder i arkivet.' }),
    removed: z.number().int().openapi({ description: 'Møder, der er fjernet fra sidens liste (beholdt i arkivet).' }),
    documentsOffered: z.number().int().openapi({
      description: 'Dokumenter, siden tilbyder: hvert mødes dagsorden/referat og de offentlige bilag med PDF.',
    }),
    documentsHeld: z.number().int().openapi({ description: 'Af dem: i arkivet, i sidens nyeste udgave.' }),
    meetingsShare: Share,
    documentsShare: Share,
  })
  .openapi('Coverage');

const FreshnessSchema = z
  .object({
    meetings: z.number().int().openapi({ description: 'Møder gemt første gang de seneste 30 dage.' }),
    medianSeconds: z
      .number()
      .nullable()
      .openapi({ description: 'Median af set på sidens liste → søgbar, i sekunder.' }),
    p95Seconds: z.number().nullable().openapi({ description: '95-percentilen af set → søgbar, i sekunder.' }),
  })
  .openapi('Freshness');

const SourceSchema = z
  .object({
    url: z.string().nullable().openapi({ description: 'Publiceringssidens adresse; null: ukendt.' }),
    publisher: z.object({ name: z.string(), slug: z.string().nullable(), url: z.string().nullable() }),
    body: z.object({ name: z.string(), slug: z.string(), url: z.string() }).nullable().openapi({
      description: 'Det ene udvalg på sidens liste, der hentes (et sundhedsråd på regionens side); null: alle.',
    }),
    status: z.enum(SOURCE_STATUSES),
    statusLabel: z.string().openapi({ description: 'Status på dansk, som /kilder skriver den.' }),
    lastSuccessAt: Instant,
    lastAttemptAt: Instant,
    failedRuns: z.number().int().openapi({ description: 'Mislykkede høstninger i træk (af de seneste ti).' }),
    blockedUntil: Instant.openapi({ description: 'Ved status blocked: hvornår siden tidligst spørges igen.' }),
    meetingsHeld: z.number().int().openapi({ description: 'Sidens møder i arkivet.' }),
    meetingsListed: z.number().int().nullable().openapi({
      description: 'Afholdte møder på sidens egen liste (inden for udvalget); null: listen er ikke læst endnu.',
    }),
    coverage: CoverageSchema.nullable().openapi({
      description: 'Dækning: sidens liste mod arkivet (alle udvalg, der hentes); null: listen er ikke læst endnu.',
    }),
    committees: z
      .array(CoverageSchema.extend({ committee: z.string(), committeeGuid: z.string() }))
      .openapi({ description: 'Dækning pr. udvalg på sidens liste.' }),
    freshness: FreshnessSchema,
  })
  .openapi('Source');

const SourceList = z
  .object({
    data: z.array(SourceSchema),
    freshness: FreshnessSchema.openapi({ description: 'Set → søgbar over alle kilder, de seneste 30 dage.' }),
  })
  .openapi('SourceList');

const at = (value: Date | null) => (value ? formatCopenhagen(value) : null);

export function sourceRoutes(api: OpenAPIHono, db: Db, now: () => Date): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/sources',
      operationId: 'listSources',
      tags: ['Kilder'],
      summary: 'Kilder: hver publiceringsside med udgiver, status og senest hentet (som /kilder)',
      description:
        'Status: ok (hentet med held inden for 36 timer), stale (ikke inden for 36 timer), failing (seneste høstninger mislykkedes), blocked (siden svarer 403/429; vi venter timer, før vi spørger igen), never_harvested, paused, retired, address_unknown.',
      responses: { 200: json(SourceList, 'Alle kendte publiceringssider.') },
    }),
    async (c) => {
      const u = urlsOf(c);
      const origin = new URL(c.req.url).origin;
      const { sites, freshness } = await listSourcesWithFreshness({ db, now: now() });
      const data = sites.map((site) => {
        const view = presentSource(site);
        return {
          url: site.url,
          publisher: {
            name: site.publisherName,
            slug: site.publisherSlug,
            url: site.publisherSlug ? u.api.publisher(site.publisherSlug) : null,
          },
          body: site.body ? { name: site.body.name, slug: site.body.slug, url: `${origin}${view.body!.href}` } : null,
          status: view.status,
          statusLabel: DA_LABELS.sourceStatus[view.status],
          lastSuccessAt: at(view.lastSuccessAt),
          lastAttemptAt: at(site.status.lastAttemptAt),
          failedRuns: view.failedRuns,
          blockedUntil: at(view.blockedUntil),
          meetingsHeld: view.meetingsHeld,
          meetingsListed: view.meetingsListed,
          coverage: view.coverage,
          committees: site.committees.map(({ committeeName, committeeGuid, ...coverage }) => ({
            committee: committeeName,
            committeeGuid,
            ...coverage,
          })),
          freshness: site.freshness,
        };
      });
      return c.json({ data, freshness }, 200);
    },
  );
}
