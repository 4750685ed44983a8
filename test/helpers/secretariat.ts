/**
 * The secretariat's work in the authorization matrix: per role, a meeting of "this body" made in
 * Protokol with its own items and attachment (so that one role's change never decides another's
 * status), a published meeting with a closed attachment, and the data folder the app stores files in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { addAttachment } from '../../src/use-cases/meetings/add-attachment.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../../src/use-cases/meetings/publish-agenda.js';
import type { AccountsWorld, Expected, MatrixEntry, RoleName } from './accounts.js';
import { everyone, ROLES } from './accounts.js';

export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n% test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** A fresh data folder for an app's attachments (removed by the OS's temp cleaning). */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-data-'));
}

export interface RoleResources {
  meetingId: number;
  /** Saved by the item editor's entry. */
  editItemId: number;
  /** Removed by the remove entry. */
  removeItemId: number;
  /** Decision and move. */
  decisionItemId: number;
  draftAttachmentId: number;
}

export interface SecretariatFixture {
  byRole: Record<RoleName, RoleResources>;
  /** A published meeting's closed attachment (members of this body only). */
  closedAttachmentId: number;
}

export async function seedSecretariatFixture(world: AccountsWorld, dataDir: string): Promise<SecretariatFixture> {
  const db = world.handle.db;
  const actor = COMMAND_LINE_ACTOR;
  const meeting = async () => {
    const created = await createMeeting({
      db,
      bodyId: world.thisBody.id,
      // Held already: its minutes may be published (not before the meeting has begun).
      heldOn: '2026-05-04',
      startTime: '16:00',
      endTime: null,
      location: 'Matrix',
      kind: 'ordinary',
      actor,
    });
    if (!created.ok) throw new Error(created.reason);
    return created.meetingId;
  };
  const item = async (meetingId: number, title: string) => {
    const added = await addAgendaItem({ db, meetingId, template: 'case', title, actor });
    if (!added.ok) throw new Error(added.reason);
    return added.itemId;
  };
  const attach = async (itemId: number, isClosed: boolean) => {
    const added = await addAttachment({
      db,
      dataDir,
      itemId,
      title: isClosed ? 'Lukket bilag' : 'Bilag',
      fileName: 'bilag.pdf',
      bytes: PDF_BYTES,
      isClosed,
      actor,
    });
    if (!added.ok) throw new Error(added.reason);
    return added.attachmentId;
  };
  const byRole = {} as Record<RoleName, RoleResources>;
  for (const role of ROLES) {
    const meetingId = await meeting();
    const editItemId = await item(meetingId, 'Redigeres');
    const removeItemId = await item(meetingId, 'Fjernes');
    const decisionItemId = await item(meetingId, 'Besluttes');
    const draftAttachmentId = await attach(editItemId, false);
    byRole[role] = { meetingId, editItemId, removeItemId, decisionItemId, draftAttachmentId };
  }
  const publishedId = await meeting();
  const withFile = await item(publishedId, 'Med lukket bilag');
  await attach(withFile, true);
  const published = await publishAgenda({ db, meetingId: publishedId, actor });
  if (!published.ok) throw new Error(published.reason);
  const [row] = await world.handle.query<{ id: number }>(
    'select a.id from attachments a join agenda_items i on i.id = a.item_id where i.meeting_id = $1',
    [publishedId],
  );
  return { byRole, closedAttachmentId: row.id };
}

/** 401 for the public, 403 for all but this body's secretariat and admins. */
function editors(status: number): Expected {
  return {
    anonymous: 401,
    'member of this body': 403,
    'member of another body': 403,
    'secretariat of this body': status,
    'secretariat of another body': 403,
    admin: status,
  };
}

/**
 * The secretariat's rows of the authorization matrix: meetings, agendas, items, attachments,
 * publishing (per role its own meeting and items), a closed attachment, a member's page.
 */
export function secretariatMatrixEntries(fixture: () => SecretariatFixture): MatrixEntry[] {
  const mine = (role: RoleName) => fixture().byRole[role];
  const meeting =
    (suffix = '') =>
    (_: AccountsWorld, role: RoleName) =>
      `/sekretariat/moede/${mine(role).meetingId}${suffix}`;
  return [
    {
      method: 'GET',
      route: '/sekretariat',
      path: () => '/sekretariat',
      expected: { ...editors(200), 'secretariat of another body': 200 },
    },
    {
      method: 'GET',
      route: '/sekretariat/organ/:slug/moeder/ny',
      path: (w) => `/sekretariat/organ/${w.thisBody.slug}/moeder/ny`,
      expected: editors(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/organ/:slug/moeder/ny',
      path: (w) => `/sekretariat/organ/${w.thisBody.slug}/moeder/ny`,
      body: () => ({ heldOn: '2027-06-01', startTime: '16:00', endTime: '', location: 'Matrix', kind: 'ordinary' }),
      expected: editors(303),
    },
    { method: 'GET', route: '/sekretariat/moede/:id', path: meeting(), expected: editors(200) },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id',
      path: meeting(),
      body: () => ({
        revision: '1',
        heldOn: '2026-05-05',
        startTime: '16:00',
        endTime: '',
        location: 'Ny',
        kind: 'seminar',
      }),
      expected: editors(303),
    },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id/deltagere',
      path: meeting('/deltagere'),
      body: () => ({ revision: '2', present: 'Anne Formand, Formand', absent: 'Bo Afbud' }),
      expected: editors(303),
    },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id/punkter',
      path: meeting('/punkter'),
      body: () => ({ template: 'any_other_business', title: '' }),
      expected: editors(303),
    },
    {
      method: 'GET',
      route: '/sekretariat/punkt/:id',
      path: (_, role) => `/sekretariat/punkt/${mine(role).editItemId}`,
      expected: editors(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/punkt/:id',
      path: (_, role) => `/sekretariat/punkt/${mine(role).editItemId}`,
      body: () => ({ revision: '1', action: 'save', title: 'Redigeret' }),
      expected: editors(303),
    },
    {
      method: 'POST',
      route: '/sekretariat/punkt/:id/beslutning',
      path: (_, role) => `/sekretariat/punkt/${mine(role).decisionItemId}/beslutning`,
      body: () => ({ revision: '1', decision: 'Godkendt.', outcome: '', dissents: '', absentees: '' }),
      expected: editors(303),
    },
    {
      method: 'POST',
      route: '/sekretariat/punkt/:id/flyt',
      path: (_, role) => `/sekretariat/punkt/${mine(role).decisionItemId}/flyt`,
      body: () => ({ direction: 'up' }),
      expected: editors(303),
    },
    {
      method: 'POST',
      route: '/sekretariat/punkt/:id/bilag',
      path: (_, role) => `/sekretariat/punkt/${mine(role).editItemId}/bilag`,
      // No file: the route is reached (400 "Vælg en fil"), which is what the matrix asks.
      body: () => ({ title: 'Uden fil' }),
      expected: editors(400),
    },
    {
      method: 'GET',
      route: '/sekretariat/bilag/:id',
      path: (_, role) => `/sekretariat/bilag/${mine(role).draftAttachmentId}`,
      expected: editors(200),
    },
    {
      method: 'GET',
      route: '/sekretariat/bilag/:id/slet',
      path: (_, role) => `/sekretariat/bilag/${mine(role).draftAttachmentId}/slet`,
      expected: editors(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/bilag/:id/slet',
      path: (_, role) => `/sekretariat/bilag/${mine(role).draftAttachmentId}/slet`,
      body: () => ({ confirm: '1' }),
      expected: editors(303),
    },
    {
      method: 'GET',
      route: '/sekretariat/punkt/:id/slet',
      path: (_, role) => `/sekretariat/punkt/${mine(role).removeItemId}/slet`,
      expected: editors(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/punkt/:id/slet',
      path: (_, role) => `/sekretariat/punkt/${mine(role).removeItemId}/slet`,
      body: () => ({ confirm: '1' }),
      expected: editors(303),
    },
    { method: 'GET', route: '/sekretariat/moede/:id/dagsorden', path: meeting('/dagsorden'), expected: editors(200) },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id/dagsorden',
      path: meeting('/dagsorden'),
      body: () => ({ confirm: '1' }),
      expected: editors(303),
    },
    { method: 'GET', route: '/sekretariat/moede/:id/referat', path: meeting('/referat'), expected: editors(200) },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id/referat',
      path: meeting('/referat'),
      body: () => ({ confirm: '1' }),
      expected: editors(303),
    },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id/rettelse',
      path: meeting('/rettelse'),
      // Nothing changed since the minutes: the route is reached and refuses (400 "ingen ændringer").
      body: () => ({ reason: 'Matrix', confirm: '1' }),
      expected: editors(400),
    },
    { method: 'GET', route: '/sekretariat/moede/:id/aflys', path: meeting('/aflys'), expected: editors(200) },
    {
      method: 'POST',
      route: '/sekretariat/moede/:id/aflys',
      path: meeting('/aflys'),
      body: () => ({ confirm: '1' }),
      expected: editors(303),
    },
    {
      method: 'GET',
      route: '/bilag/:id',
      path: () => `/bilag/${fixture().closedAttachmentId}`,
      expected: {
        anonymous: 401,
        'member of this body': 200,
        'member of another body': 403,
        'secretariat of this body': 200,
        'secretariat of another body': 403,
        admin: 200,
      },
    },
    { method: 'GET', route: '/mig', path: () => '/mig', expected: { ...everyone(200), anonymous: 401 } },
  ];
}
