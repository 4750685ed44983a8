/**
 * GET /api/v1/processes and /api/v1/processes/{id}: processes (forløb) with their phases and
 * steps — each step's body ({slug, name, publisher} in Protokol, or an outside name), `due` as
 * YYYY-MM-DD or YYYY-MM (`dueEnd` the last month of a span), `status` on today in Danish time
 * (planned | scheduled | done | overdue | skipped) and the item and decision that treated it. A step
 * treated in a closed item says only that (`item.isClosed`, no title, no decision). Paged by id as
 * the other lists; each with `links.self`.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  findProcess,
  listProcesses,
  type ProcessDetail,
  type ProcessSummary,
  type PublicStep,
} from '../../db/queries/processes.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { dueValue, PUBLIC_STEP_STATES, STEP_ACTIONS } from '../../domain/process.js';
import { processHref, stepStateOn } from '../processes/presenters.js';
import { IdParams, ProcessListQuery } from './request-schemas.js';
import { listOf } from './response-schemas.js';
import { getOneRoute, idListRoute, presentFound } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

const uri = () => z.string().openapi({ format: 'uri' });
const Publisher = z.object({ slug: z.string(), name: z.string(), url: uri() }).nullable();
const BodyRef = z
  .object({ slug: z.string().nullable(), name: z.string(), publisher: Publisher, url: uri().nullable() })
  .openapi({ description: 'Organet: i Protokol (slug, url) eller kun nævnt (slug og url null).' });

const ProcessFields = {
  id: z.number().int(),
  title: z.string(),
  owner: BodyRef,
  flagged: z.string().nullable().openapi({ description: 'Hvorfor forløbet kræver opmærksomhed (et afvist trin).' }),
  isFictitious: z.boolean().openapi({ description: 'Demodata, som Protokol selv har opdigtet.' }),
  url: uri().openapi({ description: 'Forløbets side i portalen.' }),
};

const StepSchema = z
  .object({
    id: z.number().int(),
    position: z.number().int(),
    title: z.string(),
    action: z.enum(STEP_ACTIONS),
    body: BodyRef,
    due: z.string().nullable().openapi({ description: 'YYYY-MM-DD eller YYYY-MM.', example: '2026-08' }),
    dueEnd: z.string().nullable().openapi({ description: 'Sidste måned, når fristen er flere måneder (YYYY-MM).' }),
    status: z.enum(PUBLIC_STEP_STATES),
    parallelGroup: z.string().nullable(),
    phase: z.number().int().nullable(),
    requires: z.array(z.number().int()).openapi({ description: 'Trin (id), der skal være gennemført først.' }),
    skipReason: z.string().nullable(),
    override: z
      .object({ reason: z.string(), at: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Gennemført, selv om en betingelse ikke var opfyldt: begrundelsen.' }),
    completedOn: z.string().nullable(),
    meeting: z.object({ id: z.number().int(), date: z.string(), url: uri().nullable() }).nullable(),
    item: z
      .object({
        id: z.number().int().nullable(),
        title: z.string().nullable(),
        isClosed: z.boolean(),
        url: uri().nullable(),
      })
      .nullable()
      .openapi({ description: 'Punktet, der behandlede trinnet; et lukket punkt kun som lukket.' }),
    decision: z.object({ outcome: z.string(), url: uri() }).nullable(),
  })
  .openapi('ProcessStep');

const ProcessSummarySchema = z
  .object({ ...ProcessFields, steps: z.number().int(), done: z.number().int(), links: z.object({ self: uri() }) })
  .openapi('ProcessSummary');

const ProcessSchema = z
  .object({
    ...ProcessFields,
    description: z.string().nullable(),
    phases: z.array(z.object({ id: z.number().int(), title: z.string(), startsOn: z.string(), endsOn: z.string() })),
    steps: z.array(StepSchema),
    links: z.object({ self: uri() }),
  })
  .openapi('Process');

const selfOf = (u: OpenDataUrls, id: number) => `${u.origin}/api/v1/processes/${id}`;

function presentBody(
  body: ProcessSummary['owner'] | null,
  outside: string | null,
  outsidePublisher: PublicStep['outsidePublisher'],
  u: OpenDataUrls,
) {
  const publisher = body?.publisher ?? outsidePublisher;
  return {
    slug: body?.slug ?? null,
    name: body?.name ?? outside ?? '',
    publisher: publisher ? { ...publisher, url: u.api.publisher(publisher.slug) } : null,
    url: body ? u.api.body(body.slug) : null,
  };
}

function presentFields(process: ProcessSummary | ProcessDetail, u: OpenDataUrls) {
  return {
    id: process.id,
    title: process.title,
    owner: presentBody(process.owner, null, null, u),
    flagged: process.flaggedReason,
    isFictitious: process.isFictitious,
    url: `${u.origin}${processHref(process.id)}`,
  };
}

function presentStep(step: PublicStep, today: string, u: OpenDataUrls) {
  const closed = step.item?.isClosed === true;
  return {
    id: step.id,
    position: step.position,
    title: step.title,
    action: step.action,
    body: presentBody(step.body, step.outsideName, step.outsidePublisher, u),
    due: dueValue(step),
    dueEnd: step.dueMonthEnd,
    status: stepStateOn(step, today),
    parallelGroup: step.parallelGroup,
    phase: step.phaseId,
    requires: step.requires,
    skipReason: step.status === 'skipped' ? step.skipReason : null,
    override: step.overrideReason
      ? { reason: step.overrideReason, at: step.overriddenAt?.toISOString() ?? null }
      : null,
    completedOn: step.completedOn,
    meeting: step.meeting
      ? {
          id: step.meeting.id,
          date: step.meeting.heldOn,
          url: step.meeting.isPublished ? u.api.meeting(step.meeting.id) : null,
        }
      : null,
    item: step.item
      ? closed
        ? { id: null, title: null, isClosed: true, url: null }
        : { id: step.item.id, title: step.item.title, isClosed: false, url: u.api.item(step.item.id) }
      : null,
    decision: step.item && !closed && step.outcome ? { outcome: step.outcome, url: u.api.item(step.item.id) } : null,
  };
}

export function processApiRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/processes',
    operationId: 'listProcesses',
    tag: 'Forløb',
    summary: 'Forløb: sager, der går på tværs af møder og organer, trin for trin',
    query: ProcessListQuery,
    schema: listOf(ProcessSummarySchema, 'ProcessList'),
    description: 'En side af forløb, efter id.',
    load: async (filters, page) =>
      listProcesses(db, {
        ...page,
        concerningBodyId: filters.body === undefined ? undefined : ((await findBodyIdBySlug(db, filters.body)) ?? -1),
      }),
    present: (process, u) => ({
      ...presentFields(process, u),
      steps: process.steps,
      done: process.done,
      links: { self: selfOf(u, process.id) },
    }),
  });
  getOneRoute(api, {
    path: '/processes/{id}',
    operationId: 'getProcess',
    tag: 'Forløb',
    summary: 'Ét forløb med faser og trin: organ, frist, status og punktet, der behandlede trinnet',
    params: IdParams,
    schema: ProcessSchema,
    what: 'Forløbet',
    load: presentFound(
      ({ id }) => findProcess(db, Number(id)),
      (process, u) => {
        const today = copenhagenDate(new Date());
        return {
          ...presentFields(process, u),
          description: process.description,
          phases: process.phases,
          steps: process.steps.map((step) => presentStep(step, today, u)),
          links: { self: selfOf(u, process.id) },
        };
      },
    ),
  });
}
