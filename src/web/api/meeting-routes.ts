/** The JSON API's meetings, agenda items, cases and attachments (lists and one each). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  findApiAttachment,
  findApiCase,
  findApiItem,
  findApiMeeting,
  listApiAttachments,
  listApiCaseItems,
  listApiCases,
  listApiItems,
  listApiItemsOfMeetings,
  listApiMeetings,
  listApiParticipants,
} from '../../db/queries/api-meetings.js';
import { AppError } from '../../errors.js';
import { presentAttachment, presentCase, presentItem, presentMeeting, presentMeetingDetail } from './presenters.js';
import {
  AttachmentListQuery,
  CaseListQuery,
  CaseParams,
  IdParams,
  ItemListQuery,
  MeetingListQuery,
} from './request-schemas.js';
import {
  AttachmentList,
  AttachmentSchema,
  CaseDetailSchema,
  CaseList,
  ItemList,
  ItemSchema,
  MeetingDetailSchema,
  MeetingList,
} from './response-schemas.js';
import { ERRORS, getOneRoute, listRoute, missing, urlsOf } from './route-kit.js';

export function meetingRoutes(api: OpenAPIHono, db: Db): void {
  meetingListRoutes(api, db);
  itemRoutes(api, db);
  caseRoutes(api, db);
  attachmentRoutes(api, db);
}

function meetingListRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/meetings',
    operationId: 'listMeetings',
    tag: 'Møder',
    summary: 'Møder, nyeste først',
    query: MeetingListQuery,
    schema: MeetingList,
    description: 'En side af møder.',
    cursor: ['d', 'n'],
    load: (q, after, limit) =>
      listApiMeetings(db, {
        body: q.body,
        region: q.region,
        from: q.from,
        to: q.to,
        status: q.status,
        after: after as [string, number] | undefined,
        limit,
      }),
    present: presentMeeting,
    keyOf: (r) => [r.heldOn, r.id],
  });
  getOneRoute(api, {
    path: '/meetings/{id}',
    operationId: 'getMeeting',
    tag: 'Møder',
    summary: 'Ét møde med deltagere og alle punkter (lukkede punkter kun med nummer og titel)',
    params: IdParams,
    schema: MeetingDetailSchema,
    description: 'Mødet.',
    what: 'Mødet',
    load: async (params, u) => {
      const id = Number(params.id);
      const meeting = await findApiMeeting(db, id);
      if (!meeting) return null;
      const [participants, items] = await Promise.all([
        listApiParticipants(db, [id]),
        listApiItemsOfMeetings(db, [id]),
      ]);
      return presentMeetingDetail(meeting, participants.get(id) ?? [], items, u);
    },
  });
}

function itemRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/items',
    operationId: 'listItems',
    tag: 'Punkter',
    summary: 'Dagsordenspunkter med afsnit og beslutning; nyeste møde først, i dagsordenens rækkefølge',
    query: ItemListQuery,
    schema: ItemList,
    description: 'En side af punkter.',
    cursor: ['d', 'n', 'n'],
    load: (q, after, limit) =>
      listApiItems(db, {
        body: q.body,
        region: q.region,
        from: q.from,
        to: q.to,
        caseNumber: q.case,
        outcome: q.outcome,
        meetingId: q.meeting ? Number(q.meeting) : undefined,
        after: after as [string, number, number] | undefined,
        limit,
      }),
    present: presentItem,
    keyOf: (r) => [r.meeting.heldOn, r.meeting.id, r.position],
  });
  getOneRoute(api, {
    path: '/items/{id}',
    operationId: 'getItem',
    tag: 'Punkter',
    summary: 'Ét dagsordenspunkt',
    params: IdParams,
    schema: ItemSchema,
    description: 'Punktet.',
    what: 'Punktet',
    load: async ({ id }, u) => {
      const item = await findApiItem(db, Number(id));
      return item ? presentItem(item, u) : null;
    },
  });
}

function caseRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/cases',
    operationId: 'listCases',
    tag: 'Sager',
    summary: 'Sager (sagsnumre med mindst ét åbent punkt), efter nummer',
    query: CaseListQuery,
    schema: CaseList,
    description: 'En side af sager.',
    cursor: ['s'],
    load: (q, after, limit) =>
      listApiCases(db, { body: q.body, region: q.region, afterNumber: after?.[0] as string | undefined, limit }),
    present: presentCase,
    keyOf: (r) => [r.number],
  });
  getOneRoute(api, {
    path: '/cases/{number}',
    operationId: 'getCase',
    tag: 'Sager',
    summary: 'Én sag med dens åbne punkter på tværs af møder og organer',
    params: CaseParams,
    schema: CaseDetailSchema,
    description: 'Sagen.',
    what: 'Sagen',
    load: async (params, u) => {
      const number = params.number.trim();
      const found = await findApiCase(db, number);
      if (!found) return null;
      const items = await listApiCaseItems(db, number);
      return { ...presentCase(found, u), items: items.map((item) => presentItem(item, u)) };
    },
  });
}

function attachmentRoutes(api: OpenAPIHono, db: Db): void {
  listRoute(api, {
    path: '/attachments',
    operationId: 'listAttachments',
    tag: 'Bilag',
    summary: 'Bilag til åbne punkter (metadata)',
    query: AttachmentListQuery,
    schema: AttachmentList,
    description: 'En side af bilag, efter id.',
    cursor: ['n'],
    load: (q, after, limit) =>
      listApiAttachments(db, {
        body: q.body,
        region: q.region,
        meetingId: q.meeting ? Number(q.meeting) : undefined,
        itemId: q.item ? Number(q.item) : undefined,
        afterId: after?.[0] as number | undefined,
        limit,
      }),
    present: presentAttachment,
    keyOf: (r) => [r.id],
  });
  getOneRoute(api, {
    path: '/attachments/{id}',
    operationId: 'getAttachment',
    tag: 'Bilag',
    summary: 'Ét bilag (metadata)',
    params: IdParams,
    schema: AttachmentSchema,
    description: 'Bilaget.',
    what: 'Bilaget',
    load: async ({ id }, u) => {
      const found = await findApiAttachment(db, Number(id));
      return found ? presentAttachment(found, u) : null;
    },
  });
  api.openapi(
    createRoute({
      method: 'get',
      path: '/attachments/{id}/file',
      operationId: 'getAttachmentFile',
      tags: ['Bilag'],
      summary: 'Bilagets fil, når Protokol har den (se `hasFile`): en henvisning til filen',
      request: { params: IdParams },
      responses: {
        302: {
          description: 'Filen ligger på den angivne adresse (portalens /bilag/:id).',
          headers: { Location: { schema: { type: 'string', format: 'uri' } } },
        },
        400: ERRORS[400],
        404: ERRORS[404],
      },
    }),
    async (c) => {
      const found = await findApiAttachment(db, Number(c.req.valid('param').id));
      if (!found) throw missing('Bilaget');
      if (!found.hasFile)
        throw new AppError('not_found', 'Bilaget har ingen fil i Protokol / the attachment has no stored file');
      return c.redirect(urlsOf(c).page.attachmentFile(found.id), 302);
    },
  );
}
