/**
 * GET /api/v1/gp-capacity and /api/v1/gp-capacity/{slug}: GP capacity (lægedækning) per health
 * council — the national model's possible number of GPs against the actual, its planning areas,
 * practices (ydernumre; the owners never named), vacancies with their deadlines and state (a closed
 * decision item named only as closed), the decisions linked and the history by month. Paged by id
 * as the other lists; each with `links.self`.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import { findGpBoardBySlug, type GpBoardDetail, listGpBoards, withBoardDetails } from '../../db/queries/gp-capacity.js';
import type { DecisionRef } from '../../db/selections.js';
import { findBodyIdBySlug } from '../../db/stores/people.js';
import {
  areaTotals,
  gpGap,
  openShareOfCounts,
  VACANCY_DEADLINE_MONTHS,
  VACANCY_OUTCOMES,
  VACANCY_STATES,
  vacancyState,
} from '../../domain/gp-capacity.js';
import { copenhagenDate } from '../../domain/meeting.js';
import { gpBoardHref } from '../gp-capacity/presenters.js';
import { bodyHref } from '../portal/paths.js';
import { BodyParams, GpCapacityListQuery } from './request-schemas.js';
import { listOf } from './response-schemas.js';
import { getOneRoute, idListRoute, presentFound } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

const day = z.string().openapi({ format: 'date' });
const DecisionSchema = z
  .object({ item: z.number().int().nullable(), url: z.string().nullable(), isClosed: z.boolean() })
  .openapi({ description: 'Punktet med beslutningen; et lukket punkt kun som lukket.' });

const GpCapacitySchema = z
  .object({
    id: z.number().int(),
    body: z.object({ slug: z.string(), name: z.string(), url: z.string() }),
    isFictitious: z.boolean().openapi({ description: 'Demodata, som Protokol selv har opdigtet.' }),
    possibleGps: z.number().int().openapi({ description: 'Fordelingsmodellens mulige antal læger for rådet.' }),
    possibleSource: z.string(),
    actualGps: z.number().int().openapi({ description: 'Lægerne i rådets ydernumre.' }),
    gapGps: z.number().int().openapi({ description: 'Mulige minus faktiske (negativt: over modellens tal).' }),
    dataOn: day.openapi({ description: 'Datoen, tallene gælder.' }),
    practicesOpen: z.number().int(),
    practicesClosed: z.number().int(),
    openShare: z.number().nullable().openapi({ description: 'Andelen af ydernumre åbne for nye patienter (0–1).' }),
    areas: z.array(
      z.object({
        name: z.string(),
        practices: z.number().int(),
        practicesOpen: z.number().int(),
        gps: z.number().int(),
        capacity: z.number().int(),
        patients: z.number().int(),
      }),
    ),
    practices: z.array(
      z.object({
        number: z.string().openapi({ description: 'Ydernummeret.' }),
        name: z.string(),
        area: z.string(),
        gps: z.number().int(),
        capacity: z.number().int().openapi({ description: 'Det differentierede antal patienter.' }),
        patients: z.number().int().openapi({ description: 'Tilmeldte patienter.' }),
        isOpen: z.boolean().openapi({ description: 'Åben for nye patienter.' }),
      }),
    ),
    vacancies: z.array(
      z.object({
        practiceNumber: z.string(),
        practiceName: z.string(),
        area: z.string(),
        clockStartsOn: day,
        deadlineOn: day.openapi({
          description: `Fristen: ${VACANCY_DEADLINE_MONTHS} måneder efter, at uret starter (Protokols antagelse).`,
        }),
        state: z.enum(VACANCY_STATES),
        outcome: z.enum(VACANCY_OUTCOMES).nullable(),
        endedOn: day.nullable(),
        note: z.string().nullable(),
        decision: DecisionSchema.nullable(),
      }),
    ),
    decisions: z.array(z.object({ note: z.string().nullable(), decision: DecisionSchema })),
    history: z.array(
      z.object({
        month: z.string().openapi({ example: '2026-03' }),
        possibleGps: z.number().int(),
        actualGps: z.number().int(),
        practicesOpen: z.number().int(),
        practicesClosed: z.number().int(),
        vacanciesOpen: z.number().int(),
      }),
    ),
    url: z.string().openapi({ format: 'uri', description: 'Rådets lægedækning i portalen.' }),
    links: z.object({ self: z.string().openapi({ format: 'uri' }) }),
  })
  .openapi('GpCapacity');

const decisionOf = (decision: DecisionRef, u: OpenDataUrls) =>
  decision.isClosed
    ? { item: null, url: null, isClosed: true }
    : { item: decision.itemId, url: u.api.item(decision.itemId), isClosed: false };

function present(board: GpBoardDetail, u: OpenDataUrls, today: string) {
  return {
    id: board.id,
    body: { slug: board.body.slug, name: board.body.name, url: `${u.origin}${bodyHref(board.body.slug)}` },
    isFictitious: board.isFictitious,
    possibleGps: board.possibleGps,
    possibleSource: board.possibleSource,
    actualGps: board.actualGps,
    gapGps: gpGap(board.possibleGps, board.actualGps),
    dataOn: board.dataOn,
    practicesOpen: board.practicesOpen,
    practicesClosed: board.practiceCount - board.practicesOpen,
    openShare: openShareOfCounts(board.practicesOpen, board.practiceCount),
    areas: areaTotals(board.areas, board.practices).map(({ area, ...totals }) => ({ name: area, ...totals })),
    practices: board.practices.map(({ ownerCount: _, ...practice }) => practice),
    vacancies: board.vacancies.map((vacancy) => ({
      practiceNumber: vacancy.practiceNumber,
      practiceName: vacancy.practiceName,
      area: vacancy.areaName,
      clockStartsOn: vacancy.clockStartsOn,
      deadlineOn: vacancy.deadlineOn,
      state: vacancyState(vacancy, today),
      outcome: vacancy.outcome,
      endedOn: vacancy.endedOn,
      note: vacancy.note,
      decision: vacancy.decision ? decisionOf(vacancy.decision, u) : null,
    })),
    decisions: board.decisions.map((row) => ({ note: row.note, decision: decisionOf(row.decision, u) })),
    history: board.history,
    url: `${u.origin}${gpBoardHref(board.body.slug)}`,
    links: { self: `${u.origin}/api/v1/gp-capacity/${board.body.slug}` },
  };
}

export function gpCapacityApiRoutes(api: OpenAPIHono, db: Db, now: () => Date = () => new Date()): void {
  idListRoute(api, {
    path: '/gp-capacity',
    operationId: 'listGpCapacity',
    tag: 'Lægedækning',
    summary: 'Lægedækning pr. sundhedsråd: mulige og faktiske læger, områder, ydernumre, vakancer og historik',
    query: GpCapacityListQuery,
    schema: listOf(GpCapacitySchema, 'GpCapacityList'),
    description: 'En side af sundhedsråds lægedækning, efter id.',
    load: async (filters, { afterId, limit }) => {
      const bodyId = filters.body === undefined ? undefined : ((await findBodyIdBySlug(db, filters.body)) ?? -1);
      const page = await listGpBoards(db, { afterId, limit, bodyId });
      return { rows: await withBoardDetails(db, page.rows), hasMore: page.hasMore };
    },
    present: (board, u) => present(board, u, copenhagenDate(now())),
  });
  getOneRoute(api, {
    path: '/gp-capacity/{slug}',
    operationId: 'getGpCapacity',
    tag: 'Lægedækning',
    summary: 'Ét sundhedsråds lægedækning (organets slug)',
    params: BodyParams,
    schema: GpCapacitySchema,
    what: 'Lægedækningen',
    load: presentFound(
      ({ slug }) => findGpBoardBySlug(db, slug),
      (board, u) => present(board, u, copenhagenDate(now())),
    ),
  });
}
