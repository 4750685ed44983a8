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
import type { AccountsWorld, RoleName } from './accounts.js';
import { ROLES } from './accounts.js';

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
      heldOn: '2027-05-04',
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
