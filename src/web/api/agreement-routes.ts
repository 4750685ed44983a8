/**
 * GET /api/v1/agreements and /api/v1/agreements/{id}: investment agreements (investeringsaftaler)
 * with their health council, parties (each municipal council's approval), `years` [{year,
 * `amountOre`, amount}], type and status; every amount an integer of øre (a field ending in `Ore`)
 * beside its Danish text. The detail adds the purpose, the transitions (a closed decision item named
 * only as closed) and the yearly reports. Paged by id as the other lists; each with `links.self`.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  type AgreementDecisionRef,
  type AgreementDetail,
  type AgreementSummary,
  findAgreement,
  listAgreements,
} from '../../db/queries/agreements.js';
import { findPublisherBySlug } from '../../db/queries/publishers.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, totalOre } from '../../domain/agreement.js';
import { formatAmount } from '../../domain/money.js';
import { agreementHref } from '../agreements/presenters.js';
import { bodyHref, publisherHref } from '../portal/paths.js';
import { AgreementListQuery, IdParams } from './request-schemas.js';
import { listOf } from './response-schemas.js';
import { getOneRoute, idListRoute, presentFound } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

const day = z.string().nullable().openapi({ format: 'date' });
const Decision = z
  .object({ item: z.number().int().nullable(), url: z.string().nullable(), isClosed: z.boolean() })
  .nullable()
  .openapi({ description: 'Punktet, hvis beslutning tog skridtet; et lukket punkt kun som lukket.' });

const AgreementFields = {
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(AGREEMENT_KINDS).openapi({ description: 'Varig kapacitet eller midlertidig udvikling.' }),
  status: z.enum(AGREEMENT_STATUSES).openapi({
    description:
      'Forslag → under forhandling → besluttet af sundhedsrådet → godkendt af alle kommunalbestyrelser → i gang → afrapporteret.',
  }),
  isFictitious: z.boolean().openapi({ description: 'Demodata, som Protokol selv har opdigtet.' }),
  council: z.object({ slug: z.string(), name: z.string(), url: z.string() }),
  parties: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      municipalityCode: z.string().nullable(),
      approvedOn: day.openapi({ description: 'Dagen, kommunalbestyrelsen godkendte (null: ikke endnu).' }),
      url: z.string(),
    }),
  ),
  years: z.array(
    z.object({
      year: z.number().int().openapi({ example: 2027 }),
      amountOre: z.number().int().openapi({ description: 'Beløbet i øre.', example: 1_000_000_000 }),
      amount: z.string().openapi({ description: 'Beløbet, som danskere skriver det.', example: '10 mio. kr.' }),
    }),
  ),
  totalOre: z.number().int().openapi({ description: 'Alle årene i øre.' }),
  total: z.string(),
  url: z.string().openapi({ format: 'uri', description: 'Aftalens side i portalen.' }),
};

const AgreementSummarySchema = z
  .object({ ...AgreementFields, links: z.object({ self: z.string().openapi({ format: 'uri' }) }) })
  .openapi('AgreementSummary');

const AgreementSchema = z
  .object({
    ...AgreementFields,
    purpose: z.string(),
    approvals: z.array(
      z.object({ party: z.string(), approvedOn: z.string().openapi({ format: 'date' }), decision: Decision }),
    ),
    transitions: z.array(
      z.object({
        from: z.enum(AGREEMENT_STATUSES).nullable(),
        to: z.enum(AGREEMENT_STATUSES),
        decidedOn: z.string().openapi({ format: 'date' }),
        note: z.string().nullable(),
        decision: Decision,
      }),
    ),
    reports: z.array(
      z.object({ year: z.number().int(), dueOn: z.string().openapi({ format: 'date' }), state: z.string() }),
    ),
    links: z.object({ self: z.string().openapi({ format: 'uri' }) }),
  })
  .openapi('Agreement');

const selfOf = (u: OpenDataUrls, id: number) => `${u.origin}/api/v1/agreements/${id}`;

function decisionOf(decision: AgreementDecisionRef | null, u: OpenDataUrls) {
  if (decision === null) return null;
  return decision.isClosed
    ? { item: null, url: null, isClosed: true }
    : { item: decision.itemId, url: u.api.item(decision.itemId), isClosed: false };
}

function presentFields(agreement: AgreementSummary, u: OpenDataUrls) {
  const total = totalOre(agreement.years);
  return {
    id: agreement.id,
    title: agreement.title,
    kind: agreement.kind,
    status: agreement.status,
    isFictitious: agreement.isFictitious,
    council: {
      slug: agreement.council.slug,
      name: agreement.council.name,
      url: `${u.origin}${bodyHref(agreement.council.slug)}`,
    },
    parties: agreement.parties.map((party) => ({
      slug: party.slug,
      name: party.name,
      municipalityCode: party.municipalityCode,
      approvedOn: party.approvedOn,
      url: `${u.origin}${publisherHref(party.slug)}`,
    })),
    years: agreement.years.map((one) => ({
      year: one.year,
      amountOre: Number(one.amountOre),
      amount: formatAmount(one.amountOre),
    })),
    totalOre: Number(total),
    total: formatAmount(total),
    url: `${u.origin}${agreementHref(agreement.id)}`,
    links: { self: selfOf(u, agreement.id) },
  };
}

function presentDetail(agreement: AgreementDetail, u: OpenDataUrls) {
  return {
    ...presentFields(agreement, u),
    purpose: agreement.purpose,
    approvals: agreement.parties.flatMap((party) =>
      party.approvedOn === null
        ? []
        : [{ party: party.slug, approvedOn: party.approvedOn, decision: decisionOf(party.approval, u) }],
    ),
    transitions: agreement.transitions.map((t) => ({
      from: t.from,
      to: t.to,
      decidedOn: t.decidedOn,
      note: t.note,
      decision: decisionOf(t.decision, u),
    })),
    reports: agreement.reports.map((r) => ({ year: r.year, dueOn: r.dueOn, state: r.followUpState ?? 'open' })),
  };
}

/** A filter's slug as an id: undefined when not asked, -1 (matches nothing) when unknown. */
async function idOf(slug: string | undefined, find: (slug: string) => Promise<number | null>) {
  if (slug === undefined) return undefined;
  return (await find(slug)) ?? -1;
}

export function agreementApiRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/agreements',
    operationId: 'listAgreements',
    tag: 'Investeringsaftaler',
    summary: 'Investeringsaftaler: et sundhedsråd og dets kommuner, beløb pr. år 2027–2030, type og status',
    query: AgreementListQuery,
    schema: listOf(AgreementSummarySchema, 'AgreementList'),
    description: 'En side af investeringsaftaler, efter id.',
    load: async (filters, page) =>
      listAgreements(db, {
        ...page,
        bodyId: await idOf(filters.body, (slug) => findBodyIdBySlug(db, slug)),
        publisherId: await idOf(filters.publisher, async (slug) => (await findPublisherBySlug(db, slug))?.id ?? null),
      }),
    present: presentFields,
  });
  getOneRoute(api, {
    path: '/agreements/{id}',
    operationId: 'getAgreement',
    tag: 'Investeringsaftaler',
    summary: 'Én investeringsaftale med parterne, årene, forløbet (skridt og beslutninger) og afrapporteringerne',
    params: IdParams,
    schema: AgreementSchema,
    what: 'Aftalen',
    load: presentFound(({ id }) => findAgreement(db, Number(id)), presentDetail),
  });
}
