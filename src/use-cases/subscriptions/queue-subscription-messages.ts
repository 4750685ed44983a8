/**
 * queueSubscriptionMessages: after a publication is committed — minutes or an agenda stored by
 * import or harvest (storeMeetingDocument), published by a secretariat, or an answer made public —
 * it is matched against the confirmed subscriptions and one message per subscription and event is
 * queued (daily subscribers' for the next digest). Queueing the same event again writes nothing,
 * so a meeting imported again, or its minutes corrected, tells no one twice.
 *
 * Who may call it: the publishing use cases, after their transaction. Returns the rows written.
 */
import type { DbOrTx } from '../../db/client.js';
import { queueAnswerEvent, queueMeetingEvent } from '../../db/stores/subscription-outbox.js';
import { nextDigestAt } from '../../domain/subscriptions.js';

export type Publication =
  | { kind: 'meeting'; meetingId: number; documentType: 'dagsorden' | 'referat' }
  | { kind: 'answer'; questionId: number; bodyId: number };

export async function queueSubscriptionMessages(
  db: DbOrTx,
  publication: Publication,
  now: Date = new Date(),
): Promise<number> {
  const digestAt = nextDigestAt(now);
  if (publication.kind === 'answer') return (await queueAnswerEvent(db, { ...publication, now, digestAt })).queued;
  const event = publication.documentType === 'referat' ? 'minutes_published' : 'agenda_published';
  return (await queueMeetingEvent(db, { meetingId: publication.meetingId, event, now, digestAt })).queued;
}
