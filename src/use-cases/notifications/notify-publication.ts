/**
 * notifyPublication: tells the body's members and secretariat that the agenda (or the minutes) of
 * a meeting is published. Call it in the transaction that publishes (the outbox); one notice per
 * publication instant, so that an agenda published again is announced again.
 *
 * Who may call it: publishing (publish-meeting-version.ts). Returns how many rows were written.
 */
import type { DbOrTx } from '../../db/client.js';
import { findBody } from '../../db/stores/people.js';
import { publicationMessage } from '../../domain/notification-messages.js';
import { bodyRecipients, notify } from './notify.js';

export interface NotifyPublicationInput {
  bodyId: number;
  kind: 'agenda_published' | 'minutes_published';
  meetingId: number;
  meetingTitle: string;
  /** Default "/moede/:meetingId". */
  link?: string;
  actorUserId?: number | null;
  now: Date;
}

export async function notifyPublication(tx: DbOrTx, input: NotifyPublicationInput): Promise<number> {
  const name = (await findBody(tx, input.bodyId))?.name ?? '';
  return notify(tx, {
    kind: input.kind,
    recipients: await bodyRecipients(tx, {
      bodyId: input.bodyId,
      roles: ['member', 'secretariat'],
      except: input.actorUserId,
    }),
    bodyName: name,
    message: publicationMessage({ kind: input.kind, bodyName: name, meetingTitle: input.meetingTitle }),
    link: input.link ?? `/moede/${input.meetingId}`,
    eventKey: `meeting:${input.meetingId}:${input.kind}:${input.now.getTime()}`,
    now: input.now,
  });
}
