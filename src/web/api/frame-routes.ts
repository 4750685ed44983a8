/**
 * GET /api/v1/frames and /api/v1/frames/{id}: frames (rammer) with their total and their
 * allocation per recipient, every amount an integer of øre (a field ending in `Ore`) beside its
 * Danish text; paged by id as the other lists; each with `links.self`.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { type FrameDetail, type FrameSummary, findFrame, listFrames } from '../../db/queries/frames.js';
import { findPublisherBySlug } from '../../db/queries/publishers.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import { normalizeWeight } from '../../domain/allocation.js';
import { KEY_KINDS } from '../../domain/allocation-key.js';
import { formatAmount, formatKroner } from '../../domain/money.js';
import { frameCsvHref, frameHref, recipientHref } from '../frames/presenters.js';
import { FrameListQuery, IdParams } from './request-schemas.js';
import { listOf } from './response-schemas.js';
import { getOneRoute, idListRoute, presentFound } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

/** An amount in øre: an integer (exact in JSON: amounts stay far below 2^53 øre, 90 trillion kr.). */
const ore = (description: string) => z.number().int().openapi({ description, example: 48_750_000 });
const text = (description: string) => z.string().openapi({ description, example: '487.500 kr.' });
const Named = z.object({ slug: z.string(), name: z.string(), url: z.string().openapi({ format: 'uri' }) });

const FrameFields = {
  id: z.number().int(),
  title: z.string(),
  totalOre: ore('Rammen i øre.'),
  totalText: text('Rammen, som danskere skriver den ("2,5 mio. kr.").'),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  isFictitious: z.boolean().openapi({ description: 'Demodata, som Protokol selv har opdigtet.' }),
  owner: Named.openapi({ description: 'Udgiveren, hvis penge det er.' }),
  decidingBody: Named.openapi({ description: 'Organet, der besluttede rammen.' }),
  key: z.object({ name: z.string(), slug: z.string(), version: z.number().int(), kind: z.enum(KEY_KINDS) }),
  url: z.string().openapi({ format: 'uri', description: 'Rammens side i portalen.' }),
};

const AllocationSchema = z
  .object({
    recipient: z.object({ kind: z.enum(['body', 'publisher']), slug: z.string(), name: z.string(), url: z.string() }),
    weight: z
      .string()
      .openapi({ description: 'Nøglens vægt for modtageren (decimaltal med punktum).', example: '19.5' }),
    isFictitious: z.boolean().openapi({ description: 'Vægten er en opdigtet demoværdi.' }),
    amountOre: ore('Modtagerens del i øre.'),
    amountText: text('Delen, som danskere skriver den.'),
    committedOre: ore('Disponeret af projekterne: bevilget minus det, et stoppet projekt har betalt tilbage.'),
    committedText: text('Disponeret, som tekst.'),
    spentOre: ore('Forbrugt af projekterne: summen af sekretariatets registreringer.'),
    spentText: text('Forbrugt, som tekst.'),
  })
  .openapi('FrameAllocation');

const FrameSummarySchema = z
  .object({
    ...FrameFields,
    recipients: z.number().int(),
    links: z.object({ self: z.string().openapi({ format: 'uri' }) }),
  })
  .openapi('FrameSummary');

const FrameSchema = z
  .object({
    ...FrameFields,
    purpose: z.string(),
    conditions: z.string().nullable(),
    decision: z
      .object({ item: z.number().int(), url: z.string() })
      .nullable()
      .openapi({ description: 'Punktet, hvis beslutning afsatte rammen; null: ikke knyttet.' }),
    keySource: z.object({ source: z.string(), sourceOn: z.string().openapi({ format: 'date' }) }),
    allocations: z.array(AllocationSchema),
    links: z.object({ self: z.string().openapi({ format: 'uri' }), csv: z.string().openapi({ format: 'uri' }) }),
  })
  .openapi('Frame');

function presentFields(frame: FrameSummary, u: OpenDataUrls) {
  return {
    id: frame.id,
    title: frame.title,
    totalOre: Number(frame.totalOre),
    totalText: formatAmount(frame.totalOre),
    fromYear: frame.fromYear,
    toYear: frame.toYear,
    isFictitious: frame.isFictitious,
    owner: { ...frame.owner, url: u.api.publisher(frame.owner.slug) },
    decidingBody: { ...frame.decidingBody, url: u.api.body(frame.decidingBody.slug) },
    key: frame.key,
    url: `${u.origin}${frameHref(frame.id)}`,
  };
}

const selfOf = (u: OpenDataUrls, id: number) => `${u.origin}/api/v1/frames/${id}`;

function presentSummary(frame: FrameSummary, u: OpenDataUrls) {
  return { ...presentFields(frame, u), recipients: frame.recipients, links: { self: selfOf(u, frame.id) } };
}

function presentDetail(frame: FrameDetail, u: OpenDataUrls) {
  return {
    ...presentFields(frame, u),
    purpose: frame.purpose,
    conditions: frame.conditions,
    decision: frame.decision ? { item: frame.decision.itemId, url: u.api.item(frame.decision.itemId) } : null,
    keySource: { source: frame.key.source, sourceOn: frame.key.sourceOn },
    allocations: frame.allocations.map((a) => ({
      recipient: { ...a.recipient, url: `${u.origin}${recipientHref(a.recipient)}` },
      weight: normalizeWeight(a.weight),
      isFictitious: a.isFictitious,
      amountOre: Number(a.amountOre),
      amountText: formatKroner(a.amountOre),
      committedOre: Number(a.committedOre),
      committedText: formatKroner(a.committedOre),
      spentOre: Number(a.spentOre),
      spentText: formatKroner(a.spentOre),
    })),
    links: { self: selfOf(u, frame.id), csv: `${u.origin}${frameCsvHref(frame.id)}` },
  };
}

/** A filter's slug as an id: undefined when not asked, -1 (matches nothing) when unknown. */
async function idOf(slug: string | undefined, find: (slug: string) => Promise<number | null>) {
  if (slug === undefined) return undefined;
  return (await find(slug)) ?? -1;
}

export function frameApiRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/frames',
    operationId: 'listFrames',
    tag: 'Rammer',
    summary: 'Rammer: penge afsat af et organ og fordelt efter en fordelingsnøgle',
    query: FrameListQuery,
    schema: listOf(FrameSummarySchema, 'FrameList'),
    description: 'En side af rammer, efter id.',
    load: async (filters, page) =>
      listFrames(db, {
        ...page,
        bodyId: await idOf(filters.body, (slug) => findBodyIdBySlug(db, slug)),
        publisherId: await idOf(filters.publisher, async (slug) => (await findPublisherBySlug(db, slug))?.id ?? null),
      }),
    present: presentSummary,
  });
  getOneRoute(api, {
    path: '/frames/{id}',
    operationId: 'getFrame',
    tag: 'Rammer',
    summary: 'Én ramme med fordelingen pr. modtager (fordelt, disponeret, forbrugt) i øre og som tekst',
    params: IdParams,
    schema: FrameSchema,
    what: 'Rammen',
    load: presentFound(({ id }) => findFrame(db, Number(id)), presentDetail),
  });
}
