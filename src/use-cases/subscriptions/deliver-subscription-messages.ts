/**
 * deliverSubscriptionMessages: sends the subscribers' outbox beside the notifications' (the same
 * loop, mailer and retry policy: 1, 2, 4 … minutes, at most MAX_EMAIL_ATTEMPTS tries). A message
 * due at once is one e-mail; a subscriber's due digest rows are one e-mail together. What a message
 * tells is read as it is sent, with open items only, so a closed item is never named; a row with
 * nothing left to tell (its items closed since, its answer no longer public, a confirmation already
 * used) is marked skipped. Every e-mail carries List-Unsubscribe (https) with
 * List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058) and the link to the subscriber's page.
 *
 * The words come from the composer the web layer hands in (render/mail: the message catalogue, in
 * the subscriber's language). Rows are claimed with a lease (SKIP LOCKED), so two servers never send
 * the same one; a send that fails leaves the rows pending for the next try, so nothing is sent twice
 * by a retry. Unconfirmed requests older than a week are deleted with their addresses.
 *
 * Who may call it: the notifications' background loop and `protokol notify deliver`. Returns counts.
 */
import type { Db } from '../../db/client.js';
import { loadAnswerNotice, loadMeetingNotice } from '../../db/queries/subscription-messages.js';
import {
  claimDueSubscriptionMessages,
  type DueMessage,
  saveSubscriptionMessageStates,
} from '../../db/stores/subscription-outbox.js';
import { deleteUnconfirmedBefore } from '../../db/stores/subscriptions.js';
import { attemptEmail } from '../notifications/attempt-email.js';
import type { DeliveryReport } from '../notifications/deliver-notifications.js';
import type { Mailer } from '../notifications/mailer.js';
import type { Composed, NoticeEntry, SubscriptionComposer } from './subscription-mail.js';

export interface DeliverSubscriptionMessagesInput {
  db: Db;
  mailer: Mailer | null;
  /** The portal's address for links ("https://protokol.example.dk"). */
  publicUrl: string;
  compose: SubscriptionComposer;
  now?: Date;
  batchSize?: number;
}

const LEASE_MS = 5 * 60_000;
const UNCONFIRMED_KEPT_MS = 7 * 24 * 60 * 60_000;

export async function deliverSubscriptionMessages(input: DeliverSubscriptionMessagesInput): Promise<DeliveryReport> {
  const now = input.now ?? new Date();
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  const claimed = await input.db.transaction(async (tx) => {
    await deleteUnconfirmedBefore(tx, new Date(now.getTime() - UNCONFIRMED_KEPT_MS));
    return claimDueSubscriptionMessages(tx, {
      now,
      limit: input.batchSize ?? 50,
      leaseUntil: new Date(now.getTime() + LEASE_MS),
    });
  });
  const base = input.publicUrl.replace(/\/+$/, '');
  const { mailer } = input;
  for (const group of groupIntoEmails(claimed)) {
    const ids = group.map((row) => row.id);
    const mail = mailer ? await composeEmail(input, group, base) : null;
    if (!mailer || !mail) {
      const lastError = mailer ? 'intet at fortælle' : 'e-mail er ikke sat op';
      await saveSubscriptionMessageStates(input.db, ids, { emailState: 'skipped', lastError });
      report.skipped++;
      continue;
    }
    const attempts = Math.max(...group.map((row) => row.attempts)) + 1;
    await attemptEmail({
      send: () => mailer.send(group[0].email, mail.subject, mail.text, { html: mail.html, headers: mail.headers }),
      attempts,
      now,
      save: (state) => saveSubscriptionMessageStates(input.db, ids, state),
      report,
    });
  }
  return report;
}

/** One e-mail per row, except a subscriber's digest rows: one e-mail together. */
function groupIntoEmails(rows: readonly DueMessage[]): DueMessage[][] {
  const groups: DueMessage[][] = [];
  const digests = new Map<number, DueMessage[]>();
  for (const row of rows) {
    if (!row.isDigest || row.kind === 'confirm') {
      groups.push([row]);
      continue;
    }
    let digest = digests.get(row.subscriberId);
    if (!digest) {
      digest = [];
      digests.set(row.subscriberId, digest);
      groups.push(digest);
    }
    digest.push(row);
  }
  return groups;
}

/** The e-mail for a group, or null when nothing is left to tell. */
async function composeEmail(
  input: DeliverSubscriptionMessagesInput,
  group: DueMessage[],
  base: string,
): Promise<(Composed & { headers: Record<string, string> }) | null> {
  const first = group[0];
  const manageUrl = `${base}/foelg/mine/${first.manageToken}`;
  // One subscription's token, or for a digest of several the subscriber's (it stops their digests).
  const subscriptionTokens = new Set(group.map((row) => row.unsubscribeToken));
  const unsubscribeUrl = `${base}/foelg/afmeld/${subscriptionTokens.size === 1 ? first.unsubscribeToken : first.manageToken}`;
  const headers = { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  if (first.kind === 'confirm') {
    if (!first.confirmToken) return null;
    const mail = input.compose.confirmation({
      lang: first.lang,
      label: first.label,
      targetUrl: `${base}${first.link}`,
      confirmUrl: `${base}/foelg/bekraeft/${first.confirmToken}`,
      unsubscribeUrl,
    });
    return { ...mail, headers };
  }
  const entries: NoticeEntry[] = [];
  for (const row of group) {
    const entry = await noticeEntry(input.db, row, base);
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) return null;
  const mail = input.compose.notice({ lang: first.lang, isDigest: first.isDigest, entries, manageUrl, unsubscribeUrl });
  return { ...mail, headers };
}

async function noticeEntry(db: Db, row: DueMessage, base: string): Promise<NoticeEntry | null> {
  const followed = { label: row.label, url: `${base}${row.link}` };
  if (row.questionId !== null) {
    const answer = await loadAnswerNotice(db, row.questionId);
    if (!answer) return null;
    return {
      followed,
      event: 'answer_published',
      answer: {
        title: answer.title,
        bodyName: answer.bodyName,
        url: `${base}/organ/${answer.bodySlug}/spoergsmaal#spoergsmaal-${answer.questionId}`,
      },
    };
  }
  if (row.meetingId === null) return null;
  const meeting = await loadMeetingNotice(db, { meetingId: row.meetingId, itemIds: row.itemIds });
  if (!meeting || (row.itemIds !== null && meeting.items.length === 0)) return null;
  return {
    followed,
    event: row.kind === 'minutes_published' ? 'minutes_published' : 'agenda_published',
    meeting: {
      bodyName: meeting.bodyName,
      heldOn: meeting.heldOn,
      startTime: meeting.startTime,
      url: `${base}/moede/${meeting.meetingId}`,
      items: meeting.items.map((item) => ({ number: item.number, title: item.title, url: `${base}/punkt/${item.id}` })),
    },
  };
}
