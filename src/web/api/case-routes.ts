/**
 * The JSON API's cases. A case is publisher + number (a number is unique only inside one
 * publisher's case system), so a case's own address is /cases/{publisher}/{number}, and every
 * `links.self` is that. The older /cases/{number} still answers: the case when one publisher has
 * the number, 300 Multiple Choices listing the cases (each with its own address) when several do.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  type ApiCase,
  findApiCaseOf,
  listApiCases,
  listApiCasesNumbered,
  listApiItemsOfCase,
} from '../../db/queries/api-meetings.js';
import { presentCase, presentItem } from './meeting-presenters.js';
import { CaseListQuery, CaseOfPublisherParams, CaseParams } from './request-schemas.js';
import { CaseChoicesSchema, CaseDetailSchema, CaseList } from './response-schemas.js';
import { ERRORS, getOneRoute, json, listRoute, missing, urlsOf } from './route-kit.js';
import type { OpenDataUrls } from './urls.js';

export function caseRoutes(api: OpenAPIHono, db: Db): void {
  const detail = async (found: ApiCase, u: OpenDataUrls) => ({
    ...presentCase(found, u),
    items: (await listApiItemsOfCase(db, found.id)).map((item) => presentItem(item, u)),
  });
  listRoute(api, {
    path: '/cases',
    operationId: 'listCases',
    tag: 'Sager',
    summary: 'Sager (udgiver + sagsnummer, med mindst ét åbent punkt), efter nummer',
    query: CaseListQuery,
    schema: CaseList,
    description: 'En side af sager.',
    cursor: ['s', 'n'],
    load: (filters, after, limit) =>
      listApiCases(db, { ...filters, after: after as [string, number] | undefined, limit }),
    present: presentCase,
    keyOf: (r) => [r.number, r.id],
  });
  getOneRoute(api, {
    path: '/cases/{publisher}/{number}',
    operationId: 'getCaseOfPublisher',
    tag: 'Sager',
    summary: 'Én sag – udgiver og sagsnummer – med dens åbne punkter på tværs af møder og organer',
    params: CaseOfPublisherParams,
    schema: CaseDetailSchema,
    what: 'Sagen',
    load: async ({ publisher, number }, u) => {
      const found = await findApiCaseOf(db, publisher, number.trim());
      return found ? detail(found, u) : null;
    },
  });
  api.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{number}',
      operationId: 'getCase',
      tags: ['Sager'],
      summary: 'Sagen med dette nummer, når kun én udgiver har det',
      description:
        'Samme sagsnummer kan være to sager hos to udgivere. Har kun én udgiver nummeret, er svaret sagen (som /cases/{publisher}/{number}); har flere, er svaret 300 med sagerne, hver med sin egen adresse i `links.self`.',
      request: { params: CaseParams },
      responses: {
        200: json(CaseDetailSchema, 'Sagen.'),
        300: json(CaseChoicesSchema, 'Flere udgivere har nummeret: vælg sagen.'),
        400: ERRORS[400],
        404: ERRORS[404],
        304: ERRORS[304],
      },
    }),
    async (c) => {
      const number = c.req.valid('param').number.trim();
      const u = urlsOf(c);
      const found = await listApiCasesNumbered(db, number);
      if (found.length === 0) throw missing('Sagen');
      if (found.length === 1) return c.json(await detail(found[0], u), 200);
      return c.json(
        {
          number,
          message: `${found.length} udgivere har en sag med nummeret ${number}: vælg én / ${found.length} publishers have a case numbered ${number}: choose one`,
          data: found.map((one) => presentCase(one, u)),
        },
        300,
      );
    },
  );
}
