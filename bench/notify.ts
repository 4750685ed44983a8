/**
 * bench/notify: following by e-mail at scale. 50,000 confirmed subscriptions (bodies, publishers,
 * cases and saved searches, most of them of other targets), one minutes publication that matches
 * 5,000 of them: the matching and queueing after the commit (queueSubscriptionMessages, the hook in
 * storeMeetingDocument), median of 3 publications. Target: under 5 s on PostgreSQL. Then the
 * delivery of 1,000 queued messages to a local SMTP peer against that peer's own pace (nodemailer
 * alone, the same messages without Protokol): delivery is bound by the peer, not by Protokol.
 *   npm run bench -- notify [--subscriptions 50000] [--matching 5000] [--deliver 1000] [--only postgres|pglite]
 */
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { DbHandle } from '../src/db/client.js';
import type { MeetingDocument } from '../src/domain/meeting-document.js';
import { subscriptionComposer } from '../src/render/mail/subscription-mail.js';
import { resolveNamedPublisher } from '../src/use-cases/imports/resolve-publisher.js';
import { storeMeetingDocument } from '../src/use-cases/imports/store-meeting-document.js';
import { deliverSubscriptionMessages } from '../src/use-cases/subscriptions/deliver-subscription-messages.js';
import { queueSubscriptionMessages } from '../src/use-cases/subscriptions/queue-subscription-messages.js';
import { createSmtpMailer } from '../src/web/auth/mailers.js';
import { argNumber } from './_corpus.js';
import { type DatabaseName, median, selectedDatabases, withFreshDatabase } from './_databases.js';

const total = argNumber('subscriptions', 50_000);
const matching = argNumber('matching', 5_000);
const delivered = argNumber('deliver', 1_000);
const RUNS = 3;

function minutesOn(date: string): MeetingDocument {
  const item = (number: number, title: string, caseNumber: string | null, text: string) => ({
    number,
    title,
    timeSlot: null,
    caseNumber,
    documentId: null,
    closed: false,
    sections: [{ heading: 'Sagsfremstilling', text }],
    decision: null,
    attachments: [],
    absent: [],
  });
  return {
    body: 'Sundhedsråd Fjordby',
    documentType: 'referat',
    date,
    startTime: '17:00',
    location: null,
    participants: [],
    items: [
      item(1, 'Nærsundhedsplan for Fjordby', '25/1000', 'Udkast til nærsundhedsplanen og akutfunktionen.'),
      item(2, 'Økonomi og budget', '25/1001', 'Budgetopfølgning for sundhedsklyngen.'),
      item(3, 'Eventuelt', null, 'Intet.'),
    ],
    warnings: [],
    sourceId: null,
  };
}

/**
 * The subscriptions, written in bulk: a quarter each of bodies, publishers, cases and searches;
 * `matching` of them follow this body, its publisher, its cases or a search that finds its items.
 */
async function seed(handle: DbHandle, ids: { bodyId: number; publisherId: number; caseIds: number[] }) {
  const quarter = Math.floor(matching / 4);
  await handle.query(
    `insert into subscribers (email, lang, manage_token)
     select 'abonnent' || n || '@example.dk', case when n % 5 = 0 then 'en' else 'da' end, 'm' || lpad(n::text, 42, '0')
     from generate_series(1, $1) n`,
    [total],
  );
  // n ≤ matching: this publication's targets; the rest: other bodies, publishers, cases and searches.
  await handle.query(
    `insert into subscriptions (subscriber_id, kind, target_key, target_id, search, label, link, frequency,
       confirmed_at, unsubscribe_token)
     select s.id, k.kind, k.kind || ':' || n, k.target_id, k.search, 'Bench ' || n, '/', 
       case when n % 10 = 0 then 'daily' else 'immediate' end, now(), 'u' || lpad(n::text, 42, '0')
     from subscribers s
     cross join lateral (select s.id as n) x
     cross join lateral (select
       (array['body','publisher','case','search'])[1 + (n % 4)] as kind,
       case n % 4
         when 0 then case when n <= $1 then $2::int else 100000 + n end
         when 1 then case when n <= $1 then $3::int else 100000 + n end
         when 2 then case when n <= $1 then ($4::int[])[1 + (n % 2)] else 100000 + n end
       end as target_id,
       case when n % 4 = 3 then jsonb_build_object(
         'q', case when n <= $1 then (array['nærsundhedsplan','akutfunktion','sundhedsklyngen'])[1 + (n % 3)]
              else 'ord' || (n % 500) end,
         'region', 'region-syddanmark') end as search) k`,
    [matching, ids.bodyId, ids.publisherId, ids.caseIds],
  );
  return quarter * 4;
}

async function measure(name: DatabaseName, handle: DbHandle) {
  const publisher = await resolveNamedPublisher(handle.db, 'Region Syddanmark');
  const store = (date: string) =>
    storeMeetingDocument({
      db: handle.db,
      document: minutesOn(date),
      publisher,
      bytes: new TextEncoder().encode(date),
      fileName: `${date}.json`,
    });
  const first = await store('2026-01-05');
  const [{ bodyId }] = await handle.query<{ bodyId: number }>(
    'select body_id as "bodyId" from meetings where id = $1',
    [first.meetingId],
  );
  const caseIds = (await handle.query<{ id: number }>('select id from cases order by id')).map((row) => row.id);
  await seed(handle, { bodyId, publisherId: publisher.id, caseIds });

  const times: number[] = [];
  let queued = 0;
  for (let run = 0; run < RUNS; run++) {
    const stored = await store(`2026-0${run + 2}-02`); // its hook queues the messages after the commit
    await handle.query('delete from subscription_messages where meeting_id = $1', [stored.meetingId]);
    const started = performance.now();
    queued = await queueSubscriptionMessages(handle.db, {
      kind: 'meeting',
      meetingId: stored.meetingId!,
      documentType: 'referat',
    });
    times.push(performance.now() - started);
  }
  console.log(`notify_${name}_subscriptions: ${total} subscriptions`);
  console.log(`notify_${name}_queued: ${queued} messages`);
  console.log(`notify_${name}_match_and_queue: ${median(times).toFixed(0)} ms`);
  await measureDelivery(name, handle);
}

/** Delivery of `delivered` messages to a local SMTP peer, against nodemailer alone to the same peer. */
async function measureDelivery(name: DatabaseName, handle: DbHandle) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  try {
    // Only `delivered` of the queued rows are due; the rest wait.
    await handle.query(
      `update subscription_messages set next_attempt_at = now() + interval '1 day'
       where id not in (select id from subscription_messages where email_state = 'pending' and not is_digest
         order by id limit $1)`,
      [delivered],
    );
    const mailer = createSmtpMailer({ url, from: 'protokol@example.dk' });
    let sent = 0;
    const started = performance.now();
    for (;;) {
      const report = await deliverSubscriptionMessages({
        db: handle.db,
        mailer,
        publicUrl: 'https://protokol.example.dk',
        compose: subscriptionComposer,
      });
      if (report.sent + report.skipped + report.retrying === 0) break;
      sent += report.sent;
    }
    const protokolRate = sent / ((performance.now() - started) / 1000);
    mailer.close();
    const transport = nodemailer.createTransport(url);
    const peerStarted = performance.now();
    for (let n = 0; n < sent; n++) {
      await transport.sendMail({ from: 'protokol@example.dk', to: `x${n}@example.dk`, subject: 'x', text: 'x' });
    }
    const peerRate = sent / ((performance.now() - peerStarted) / 1000);
    transport.close();
    console.log(`notify_${name}_delivered: ${sent} messages`);
    console.log(`notify_${name}_delivery_rate: ${protokolRate.toFixed(0)} messages/s`);
    console.log(`notify_${name}_smtp_peer_rate: ${peerRate.toFixed(0)} messages/s`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

for (const name of selectedDatabases()) {
  await withFreshDatabase(name, (handle) => measure(name, handle));
}
