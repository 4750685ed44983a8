/**
 * GET /api/v1/plans and /api/v1/plans/{id}: plans (planer) with their kind (`local_health_plan` …),
 * deadline (YYYY-MM-DD) and versions [{number, status, date}]; one plan with each version's
 * chapters, the items that treated it (a closed item by its id and `closed: true` only) and its
 * processes. GET /api/v1/hearings and /api/v1/hearings/{id}: hearings with their deadline, the
 * published responses only (a withheld one by sender and reason, never its text) and the memo once
 * published. Paged by id as the other lists; each with `links.self`.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { findHearing, type HearingDetail, type HearingSummary, listHearings } from '../../db/queries/hearings.js';
import { findPlan, listPlans, type PlanDetail, type PlanItemRef, type PlanSummary } from '../../db/queries/plans.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import { copenhagenDate } from '../../domain/deadlines.js';
import { hearingPhase } from '../../domain/hearing.js';
import { PLAN_KINDS, PLAN_VERSION_STATES } from '../../domain/plan.js';
import { hearingHref, responseFileHref } from '../hearings/presenters.js';
import { planHref, processHref } from '../plans/presenters.js';
import { HearingListQuery, IdParams, PlanListQuery } from './request-schemas.js';
import { listOf } from './response-schemas.js';
import { getOneRoute, idListRoute, presentFound } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

const uri = (description?: string) => z.string().openapi({ format: 'uri', description });
const date = (description: string) => z.string().openapi({ format: 'date', description, example: '2027-04-01' });
const Body = z.object({ slug: z.string(), name: z.string(), url: uri() });
const Self = z.object({ self: uri() });

const VersionRef = z.object({
  number: z.number().int(),
  status: z.enum(PLAN_VERSION_STATES),
  date: date('Versionens dato (sendt i høring, vedtaget …).'),
});

const PlanFields = {
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(PLAN_KINDS).openapi({ description: 'local_health_plan: nærsundhedsplan.' }),
  deadline: date('Fristen for vedtagelse.').nullable(),
  owner: Body.openapi({ description: 'Organet, der vedtager planen.' }),
  versions: z.array(VersionRef),
  isFictitious: z.boolean().openapi({ description: 'Demodata, som Protokol selv har opdigtet.' }),
  url: uri('Planens side i portalen.'),
};

const ItemRef = z
  .object({
    id: z.number().int(),
    closed: z.boolean(),
    number: z.number().int(),
    title: z.string().nullable().openapi({ description: 'null for et lukket punkt.' }),
    date: date('Mødets dato.'),
    body: z.object({ slug: z.string(), name: z.string() }),
    url: uri(),
  })
  .openapi('PlanItemRef');

const PlanSummarySchema = z.object({ ...PlanFields, links: Self }).openapi('PlanSummary');

const PlanSchema = z
  .object({
    ...PlanFields,
    summary: z.string().nullable(),
    versions: z.array(
      VersionRef.extend({
        note: z.string().nullable(),
        decision: ItemRef.nullable(),
        chapters: z.array(z.object({ theme: z.string(), goals: z.string(), description: z.string() })),
      }),
    ),
    items: z.array(ItemRef).openapi({ description: 'Punkter, der har behandlet planen.' }),
    processes: z.array(z.object({ id: z.number().int(), title: z.string(), url: uri() })),
    links: Self,
  })
  .openapi('Plan');

const HearingFields = {
  id: z.number().int(),
  title: z.string(),
  body: Body,
  start: date('Høringens start.'),
  deadline: date('Høringsfristen.'),
  phase: z.enum(['upcoming', 'open', 'closed']),
  publishedResponses: z.number().int(),
  memoPublished: z
    .string()
    .nullable()
    .openapi({ format: 'date-time', description: 'Hvornår høringsnotatet blev offentliggjort.' }),
  isFictitious: z.boolean(),
  url: uri('Høringens side i portalen.'),
};

const HearingSummarySchema = z.object({ ...HearingFields, links: Self }).openapi('HearingSummary');

const ResponseSchema = z
  .object({
    id: z.number().int(),
    state: z.enum(['published', 'withheld']),
    name: z.string(),
    organisation: z.string().nullable(),
    text: z.string().nullable().openapi({ description: 'null for et svar, der ikke offentliggøres.' }),
    received: z.string().openapi({ format: 'date-time' }),
    file: uri('Svaret som PDF.').nullable(),
    withheldReason: z.string().nullable(),
    memo: z
      .object({ answer: z.string().nullable(), change: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Høringsnotatets svar; null, til notatet er offentliggjort.' }),
  })
  .openapi('HearingResponse');

const HearingSchema = z
  .object({
    ...HearingFields,
    description: z.string(),
    document: z.object({
      planVersion: z.object({ plan: z.number().int(), number: z.number().int(), url: uri() }).nullable(),
      attachment: z.object({ id: z.number().int(), title: z.string(), url: uri() }).nullable(),
    }),
    consultees: z.array(z.string()),
    responses: z.array(ResponseSchema).openapi({ description: 'Kun de svar, sekretariatet har gennemgået.' }),
    memo: z.object({ text: z.string(), decision: ItemRef.nullable() }).nullable(),
    links: Self,
  })
  .openapi('Hearing');

const itemRef = (item: PlanItemRef, u: OpenDataUrls) => ({
  id: item.itemId,
  closed: item.isClosed,
  number: item.number,
  title: item.isClosed ? null : item.title,
  date: item.heldOn,
  body: item.body,
  url: u.api.item(item.itemId),
});

function planFields(plan: PlanSummary, u: OpenDataUrls) {
  return {
    id: plan.id,
    title: plan.title,
    kind: plan.kind,
    deadline: plan.deadlineOn,
    owner: { slug: plan.owner.slug, name: plan.owner.name, url: u.api.body(plan.owner.slug) },
    versions: plan.versions.map((v) => ({ number: v.number, status: v.status, date: v.versionOn })),
    isFictitious: plan.isFictitious,
    url: `${u.origin}${planHref(plan.id)}`,
  };
}

const planSelf = (u: OpenDataUrls, id: number) => ({ self: `${u.origin}/api/v1/plans/${id}` });
const hearingSelf = (u: OpenDataUrls, id: number) => ({ self: `${u.origin}/api/v1/hearings/${id}` });

function presentPlan(plan: PlanDetail, u: OpenDataUrls) {
  return {
    ...planFields(plan, u),
    summary: plan.summary,
    versions: plan.versions.map((v) => ({
      number: v.number,
      status: v.status,
      date: v.versionOn,
      note: v.note,
      decision: v.decision ? itemRef(v.decision, u) : null,
      chapters: v.chapters,
    })),
    items: plan.items.map((item) => itemRef(item, u)),
    processes: plan.processes.map((p) => ({ ...p, url: `${u.origin}${processHref(p.id)}` })),
    links: planSelf(u, plan.id),
  };
}

function hearingFields(hearing: HearingSummary, u: OpenDataUrls, today: string) {
  return {
    id: hearing.id,
    title: hearing.title,
    body: { slug: hearing.body.slug, name: hearing.body.name, url: u.api.body(hearing.body.slug) },
    start: hearing.startsOn,
    deadline: hearing.deadlineOn,
    phase: hearingPhase({ ...hearing, today }),
    publishedResponses: hearing.publishedResponses,
    memoPublished: hearing.memoPublishedAt?.toISOString() ?? null,
    isFictitious: hearing.isFictitious,
    url: `${u.origin}${hearingHref(hearing.id)}`,
  };
}

function presentHearing(hearing: HearingDetail, u: OpenDataUrls, today: string) {
  const { planVersion, attachment } = hearing.document;
  return {
    ...hearingFields(hearing, u, today),
    description: hearing.description,
    document: {
      planVersion: planVersion
        ? {
            plan: planVersion.planId,
            number: planVersion.number,
            url: `${u.origin}/api/v1/plans/${planVersion.planId}`,
          }
        : null,
      attachment: attachment ? { ...attachment, url: `${u.origin}/api/v1/attachments/${attachment.id}` } : null,
    },
    consultees: hearing.consultees,
    responses: hearing.responses.map((r) => ({
      id: r.id,
      state: r.state,
      name: r.name,
      organisation: r.organisation,
      text: r.state === 'published' ? r.text : null,
      received: r.receivedAt.toISOString(),
      file: r.state === 'published' && r.file ? `${u.origin}${responseFileHref(hearing.id, r.id)}` : null,
      withheldReason: r.state === 'withheld' ? r.withheldReason : null,
      memo: hearing.memoPublishedAt ? { answer: r.memoAnswer, change: r.memoChange } : null,
    })),
    memo:
      hearing.memoPublishedAt && hearing.memoText
        ? { text: hearing.memoText, decision: hearing.decision ? itemRef(hearing.decision, u) : null }
        : null,
    links: hearingSelf(u, hearing.id),
  };
}

/** A filter's slug as an id: undefined when not asked, -1 (matches nothing) when unknown. */
async function bodyIdOf(db: Db, slug: string | undefined) {
  if (slug === undefined) return undefined;
  return (await findBodyIdBySlug(db, slug)) ?? -1;
}

export function planApiRoutes(api: OpenAPIHono, db: Db, now: () => Date = () => new Date()): void {
  idListRoute(api, {
    path: '/plans',
    operationId: 'listPlans',
    tag: 'Planer',
    summary: 'Planer: fx nærsundhedsplaner, med versioner',
    query: PlanListQuery,
    schema: listOf(PlanSummarySchema, 'PlanList'),
    description: 'En side af planer, efter id.',
    load: async (filters, page) => listPlans(db, { ...page, bodyId: await bodyIdOf(db, filters.body) }),
    present: (plan, u) => ({ ...planFields(plan, u), links: planSelf(u, plan.id) }),
  });
  getOneRoute(api, {
    path: '/plans/{id}',
    operationId: 'getPlan',
    tag: 'Planer',
    summary: 'Én plan med versionernes kapitler, punkterne, der har behandlet den, og dens forløb',
    params: IdParams,
    schema: PlanSchema,
    what: 'Planen',
    load: presentFound(({ id }) => findPlan(db, Number(id)), presentPlan),
  });
  idListRoute(api, {
    path: '/hearings',
    operationId: 'listHearings',
    tag: 'Høringer',
    summary: 'Høringer med frist og antal offentliggjorte svar',
    query: HearingListQuery,
    schema: listOf(HearingSummarySchema, 'HearingList'),
    description: 'En side af høringer, efter id.',
    load: async (filters, page) => listHearings(db, { ...page, bodyId: await bodyIdOf(db, filters.body) }),
    present: (hearing, u) => ({
      ...hearingFields(hearing, u, copenhagenDate(now())),
      links: hearingSelf(u, hearing.id),
    }),
  });
  getOneRoute(api, {
    path: '/hearings/{id}',
    operationId: 'getHearing',
    tag: 'Høringer',
    summary: 'Én høring med de offentliggjorte svar og høringsnotatet, når det er offentliggjort',
    params: IdParams,
    schema: HearingSchema,
    what: 'Høringen',
    load: presentFound(
      ({ id }) => findHearing(db, Number(id)),
      (hearing, u) => presentHearing(hearing, u, copenhagenDate(now())),
    ),
  });
}
