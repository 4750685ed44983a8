/**
 * GET /api/v1/projects and /api/v1/projects/{id}: grants and projects with their lifecycle
 * `status`, what they draw on (a frame's part or an outside pool), every amount an integer of øre
 * (a field ending in `Ore`) beside its Danish text; the detail with its transitions (a closed
 * decision item named only as closed) and its status reports. Paged by id as the other lists;
 * each with `links.self`.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { findProject, listProjects, type ProjectDetail, type ProjectSummary } from '../../db/queries/projects.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import { formatAmount } from '../../domain/money.js';
import { PROJECT_STATUSES } from '../../domain/project.js';
import { frameHref } from '../frames/presenters.js';
import { bodyHref } from '../portal/paths.js';
import { projectHref, reportFileHref } from '../projects/presenters.js';
import { IdParams, ProjectListQuery } from './request-schemas.js';
import { listOf } from './response-schemas.js';
import { getOneRoute, idListRoute, presentFound } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

const ore = (description: string) => z.number().int().nullable().openapi({ description, example: 81_820_000 });
const text = (description: string) => z.string().nullable().openapi({ description, example: '818.200 kr.' });
const day = z.string().nullable().openapi({ format: 'date' });

const ProjectFields = {
  id: z.number().int(),
  name: z.string(),
  status: z.enum(PROJECT_STATUSES).openapi({ description: 'Hvor projektet står i sit forløb.' }),
  isFictitious: z.boolean().openapi({ description: 'Demodata, som Protokol selv har opdigtet.' }),
  source: z
    .object({
      kind: z.enum(['frame', 'pool']),
      frame: z.object({ id: z.number().int(), title: z.string(), url: z.string() }).nullable(),
      recipient: z.object({ kind: z.enum(['body', 'publisher']), slug: z.string(), name: z.string() }).nullable(),
      pool: z.string().nullable(),
    })
    .openapi({ description: 'En modtagers del af en ramme, eller en pulje udenfor.' }),
  bodies: z.array(z.object({ slug: z.string(), name: z.string(), url: z.string() })),
  appliedOn: z.string().openapi({ format: 'date' }),
  appliedOre: ore('Ansøgt beløb i øre.'),
  appliedText: text('Ansøgt, som danskere skriver det.'),
  grantedOre: ore('Bevilget beløb i øre (null: ikke bevilget).'),
  grantedText: text('Bevilget, som tekst.'),
  ownFundingOre: z.number().int().openapi({ description: 'Egenfinansiering i øre.' }),
  ownFundingText: z.string(),
  spentOre: z.number().int().openapi({ description: 'Forbrugt i øre: summen af sekretariatets registreringer.' }),
  spentText: z.string(),
  returnedOre: ore('Betalt tilbage ved stop, i øre (null: intet); ikke længere disponeret.'),
  returnedText: text('Betalt tilbage, som tekst.'),
  startsOn: day,
  endsOn: day,
  extendedTo: day,
  url: z.string().openapi({ format: 'uri', description: 'Projektets side i portalen.' }),
};

const ProjectSummarySchema = z
  .object({ ...ProjectFields, links: z.object({ self: z.string().openapi({ format: 'uri' }) }) })
  .openapi('ProjectSummary');

const ProjectSchema = z
  .object({
    ...ProjectFields,
    purpose: z.string(),
    reportEveryMonths: z.number().int(),
    transitions: z.array(
      z.object({
        from: z.enum(PROJECT_STATUSES).nullable(),
        to: z.enum(PROJECT_STATUSES),
        decidedOn: z.string().openapi({ format: 'date' }),
        note: z.string().nullable(),
        decision: z
          .object({ item: z.number().int().nullable(), url: z.string().nullable(), isClosed: z.boolean() })
          .nullable()
          .openapi({ description: 'Punktet, hvis beslutning tog skridtet; et lukket punkt kun som lukket.' }),
      }),
    ),
    reports: z.array(
      z.object({
        dueOn: z.string().openapi({ format: 'date' }),
        receivedOn: day,
        text: z.string().nullable(),
        documentUrl: z.string().nullable(),
        fileUrl: z.string().nullable().openapi({ format: 'uri', description: 'Rapporten som PDF, når den kom sådan.' }),
      }),
    ),
    spendings: z.array(
      z.object({ spentOn: z.string().openapi({ format: 'date' }), amountOre: z.number().int(), note: z.string() }),
    ),
    links: z.object({ self: z.string().openapi({ format: 'uri' }) }),
  })
  .openapi('Project');

const num = (value: bigint | null) => (value === null ? null : Number(value));
const txt = (value: bigint | null) => (value === null ? null : formatAmount(value));
const selfOf = (u: OpenDataUrls, id: number) => `${u.origin}/api/v1/projects/${id}`;

function presentFields(project: ProjectSummary, u: OpenDataUrls) {
  const source = project.source;
  return {
    id: project.id,
    name: project.name,
    status: project.status,
    isFictitious: project.isFictitious,
    source: {
      kind: source.kind,
      frame:
        source.kind === 'frame'
          ? { id: source.frameId, title: source.frameTitle, url: `${u.origin}${frameHref(source.frameId)}` }
          : null,
      recipient: source.kind === 'frame' ? source.recipient : null,
      pool: source.kind === 'pool' ? source.poolName : null,
    },
    bodies: project.bodies.map((b) => ({ slug: b.slug, name: b.name, url: `${u.origin}${bodyHref(b.slug)}` })),
    appliedOn: project.appliedOn,
    appliedOre: num(project.appliedOre),
    appliedText: txt(project.appliedOre),
    grantedOre: num(project.grantedOre),
    grantedText: txt(project.grantedOre),
    ownFundingOre: Number(project.ownFundingOre),
    ownFundingText: formatAmount(project.ownFundingOre),
    spentOre: Number(project.spentOre),
    spentText: formatAmount(project.spentOre),
    returnedOre: num(project.returnedOre),
    returnedText: txt(project.returnedOre),
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    extendedTo: project.extendedTo,
    url: `${u.origin}${projectHref(project.id)}`,
  };
}

function presentDetail(project: ProjectDetail, u: OpenDataUrls) {
  return {
    ...presentFields(project, u),
    purpose: project.purpose,
    reportEveryMonths: project.reportEveryMonths,
    transitions: project.transitions.map((t) => ({
      from: t.from,
      to: t.to,
      decidedOn: t.decidedOn,
      note: t.note,
      decision: t.decision
        ? t.decision.isClosed
          ? { item: null, url: null, isClosed: true }
          : { item: t.decision.itemId, url: u.api.item(t.decision.itemId), isClosed: false }
        : null,
    })),
    reports: project.reports.map((r) => ({
      dueOn: r.dueOn,
      receivedOn: r.receivedOn,
      text: r.body,
      documentUrl: r.documentUrl,
      fileUrl: r.file ? `${u.origin}${reportFileHref(project.id, r.id)}` : null,
    })),
    spendings: project.spendings.map((s) => ({ spentOn: s.spentOn, amountOre: Number(s.amountOre), note: s.note })),
    links: { self: selfOf(u, project.id) },
  };
}

export function projectApiRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/projects',
    operationId: 'listProjects',
    tag: 'Projekter',
    summary: 'Tilskud og projekter: på en rammes del eller fra en pulje, med status i forløbet',
    query: ProjectListQuery,
    schema: listOf(ProjectSummarySchema, 'ProjectList'),
    description: 'En side af projekter, efter id.',
    load: async (filters, page) =>
      listProjects(db, {
        ...page,
        bodyId: filters.body === undefined ? undefined : ((await findBodyIdBySlug(db, filters.body)) ?? -1),
        frameId: filters.frame === undefined ? undefined : Number(filters.frame),
      }),
    present: (project, u) => ({ ...presentFields(project, u), links: { self: selfOf(u, project.id) } }),
  });
  getOneRoute(api, {
    path: '/projects/{id}',
    operationId: 'getProject',
    tag: 'Projekter',
    summary: 'Ét projekt med forløbet (skridt og beslutninger) og statusrapporterne; beløb i øre og som tekst',
    params: IdParams,
    schema: ProjectSchema,
    what: 'Projektet',
    load: presentFound(({ id }) => findProject(db, Number(id)), presentDetail),
  });
}
