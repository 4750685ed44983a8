/** The JSON API's meetings, agenda items and attachments (lists and one each); cases: case-routes.ts. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.js';
import {
  findApiAttachment,
  findApiItem,
  findApiMeeting,
  listApiAttachments,
  listApiItems,
  listApiItemsOfMeetings,
  listApiMeetings,
  listApiParticipants,
} from '../../db/queries/api-meetings.js';
import { AppError } from '../../errors.js';
import { caseRoutes } from './case-routes.js';
import { presentAttachment, presentItem, presentMeeting, presentMeetingDetail } from './meeting-presenters.js';
import { AttachmentListQuery, IdParams, ItemListQuery, MeetingListQuery } from './request-schemas.js';
import {
  AttachmentList,
  AttachmentSchema,
  ItemList,
  ItemSchema,
  MeetingDetailSchema,
  MeetingList,
} from './response-schemas.js';
import { ERRORS, getOneRoute, idListRoute, listRoute, missing, presentFound, urlsOf } from './route-kit.js';

/** An id from a query parameter (validated as digits), when there is one. */
const idOf = (value: string | undefined): number | undefined => (value ? Number(value) : undefined);

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
    summary: 'Møder, nyeste først, hver med sin udgiver og (høstede møder) adressen hos udgiveren',
    query: MeetingListQuery,
    schema: MeetingList,
    description: 'En side af møder.',
    cursor: ['d', 'n'],
    load: (filters, after, limit) =>
      listApiMeetings(db, { ...filters, after: after as [string, number] | undefined, limit }),
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
    load: ({ case: caseNumber, meeting, ...filters }, after, limit) =>
      listApiItems(db, {
        ...filters,
        caseNumber,
        meetingId: idOf(meeting),
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
    what: 'Punktet',
    load: presentFound(({ id }) => findApiItem(db, Number(id)), presentItem),
  });
}

function attachmentRoutes(api: OpenAPIHono, db: Db): void {
  idListRoute(api, {
    path: '/attachments',
    operationId: 'listAttachments',
    tag: 'Bilag',
    summary: 'Bilag til åbne punkter (metadata)',
    query: AttachmentListQuery,
    schema: AttachmentList,
    description: 'En side af bilag, efter id.',
    load: ({ meeting, item, ...filters }, page) =>
      listApiAttachments(db, { ...filters, meetingId: idOf(meeting), itemId: idOf(item), ...page }),
    present: presentAttachment,
  });
  getOneRoute(api, {
    path: '/attachments/{id}',
    operationId: 'getAttachment',
    tag: 'Bilag',
    summary: 'Ét bilag (metadata)',
    params: IdParams,
    schema: AttachmentSchema,
    what: 'Bilaget',
    load: presentFound(({ id }) => findApiAttachment(db, Number(id)), presentAttachment),
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
