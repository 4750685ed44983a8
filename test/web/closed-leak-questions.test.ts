/**
 * The leak test for the question scheme and follow-ups: the marker of the closed-item fixture is
 * put in everything that must never be public — a confidential answer part, an unpublished answer,
 * the questions not answered (title and text), the chair's declining note, a note of a question
 * outside the scheme, the contact note, the asker's name, a follow-up of the closed item's decision
 * (what and responsible), an open item's follow-up's responsible and note, the meeting plan's
 * link to the closed item's decision (whose text carries the marker) — and notifications. Then
 * every public URL we can enumerate is requested, signed out, in Danish and English, and the
 * marker must appear nowhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { completeFollowUp } from '../../src/use-cases/follow-ups/complete-follow-up.js';
import { createFollowUp } from '../../src/use-cases/follow-ups/create-follow-up.js';
import { planMeeting } from '../../src/use-cases/meeting-plan/plan-meeting.js';
import { answerQuestion } from '../../src/use-cases/questions/answer-question.js';
import { declineQuestion } from '../../src/use-cases/questions/decline-question.js';
import { markQuestionOutsideScheme } from '../../src/use-cases/questions/mark-question-outside-scheme.js';
import { recordAskerContacted } from '../../src/use-cases/questions/record-asker-contacted.js';
import { setQuestionPublishing } from '../../src/use-cases/questions/set-question-publishing.js';
import { submitQuestion } from '../../src/use-cases/questions/submit-question.js';
import { CRAWL_DATABASES } from '../helpers/databases.js';
import { LEAK_FIXTURE, LEAK_MARKER, openPortal, type TestPortal } from '../helpers/portal.js';

const NOW = new Date('2026-04-21T09:00:00Z');

function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = match[1].replace(/&amp;/g, '&');
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    if (href.startsWith('/dkfds/') || href.startsWith('/static/') || href.startsWith('/sprog')) continue;
    links.push(href.split('#')[0]);
  }
  return links;
}

describe.each(CRAWL_DATABASES)('the question scheme and follow-ups never leak, on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;
  let slug: string;

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    const db = handle.db;
    const [body] = await handle.query<{ id: number; slug: string }>(
      "select id, slug from bodies where name = 'Sundhedsråd Lækby'",
    );
    slug = body.slug;
    const users: Record<string, number> = {};
    for (const [name, role] of [
      [`Spørger ${LEAK_MARKER}`, 'member'],
      ['Sekretær', 'secretariat'],
    ] as const) {
      const created = await createUser({
        db,
        email: `${role}@laekby.dk`,
        name,
        actor: COMMAND_LINE_ACTOR,
      });
      if (!created.ok) throw new Error(created.reason);
      users[role] = created.userId;
      await setUserRole({ db, userId: created.userId, bodyId: body.id, role, actor: COMMAND_LINE_ACTOR });
    }
    const asker = { userId: users.member, label: 'spørger' };
    const secretariat = { userId: users.secretariat, label: 'sekretær' };
    await setQuestionPublishing({ db, bodyId: body.id, publishesAnswers: true, actor: secretariat });
    const ask = async (title: string, text: string) => {
      const result = await submitQuestion({
        db,
        bodyId: body.id,
        askerUserId: users.member,
        title,
        text,
        addressee: 'hospital_management',
        actor: asker,
        now: new Date('2026-04-01T09:00:00Z'),
      });
      if (!result.ok) throw new Error(result.reason);
      return result.questionId;
    };

    // Published, with a confidential part.
    const published = await ask('Ventetid på genoptræning', 'Hvor lang er ventetiden på genoptræning?');
    await answerQuestion({
      db,
      questionId: published,
      parts: [
        { text: 'Ventetiden er fire uger.', isConfidential: false },
        { text: `Fortroligt: hold ${LEAK_MARKER} er lukket.`, isConfidential: true },
      ],
      actor: secretariat,
      now: NOW,
    });
    // Answered, but not for publishing.
    const unpublished = await ask(`Upubliceret ${LEAK_MARKER}`, `Spørgsmål om ${LEAK_MARKER}.`);
    await answerQuestion({
      db,
      questionId: unpublished,
      parts: [{ text: `Svar om ${LEAK_MARKER}.`, isConfidential: false }],
      publish: false,
      actor: secretariat,
      now: NOW,
    });
    // Open, declined (with contact), outside the scheme.
    await ask(`Åbent ${LEAK_MARKER}`, `Endnu ikke besvaret ${LEAK_MARKER}.`);
    const declined = await ask(`Afvist ${LEAK_MARKER}`, `Omfattende ${LEAK_MARKER}.`);
    await declineQuestion({
      db,
      questionId: declined,
      note: `Formanden: ${LEAK_MARKER}`,
      actor: secretariat,
      now: NOW,
    });
    await recordAskerContacted({
      db,
      questionId: declined,
      note: `Aftalt ${LEAK_MARKER}`,
      actor: secretariat,
      now: NOW,
    });
    const outside = await ask(`Enkeltperson ${LEAK_MARKER}`, `Om en patient ${LEAK_MARKER}.`);
    await markQuestionOutsideScheme({
      db,
      questionId: outside,
      note: `Uden for ${LEAK_MARKER}`,
      actor: secretariat,
      now: NOW,
    });

    // Follow-ups: of the closed item's decision (everything carries the marker), and of an open one.
    const decisions = await handle.query<{ id: number; is_closed: boolean }>(
      `select d.id, i.is_closed from decisions d join agenda_items i on i.id = d.item_id
         join meetings m on m.id = i.meeting_id where m.body_id = $1 order by i.position`,
      [body.id],
    );
    const closedDecision = decisions.find((d) => d.is_closed)!;
    const openDecision = decisions.find((d) => !d.is_closed)!;
    const closedFollowUp = await createFollowUp({
      db,
      decisionId: closedDecision.id,
      what: `Lejeaftalen ${LEAK_MARKER} underskrives`,
      responsible: `Direktør ${LEAK_MARKER}`,
      dueOn: '2026-05-01',
      returnToBodyId: null,
      actor: secretariat,
    });
    const openFollowUp = await createFollowUp({
      db,
      decisionId: openDecision.id,
      what: 'Status på sundhedshuset',
      responsible: `Ansvarlig ${LEAK_MARKER}`,
      dueOn: '2026-06-01',
      returnToBodyId: null,
      actor: secretariat,
    });
    if (!closedFollowUp.ok || !openFollowUp.ok) throw new Error('follow-ups');
    await completeFollowUp({
      db,
      followUpId: openFollowUp.followUpId,
      note: `Udført ${LEAK_MARKER}`,
      actor: secretariat,
    });
    // The meeting plan, changed by the closed item's decision.
    await planMeeting({
      db,
      bodyId: body.id,
      entry: {
        kind: 'ordinary',
        title: 'Møde i sundhedsrådet',
        plannedOn: '2026-05-26',
        endsOn: null,
        startTime: '08:00',
        endTime: '12:00',
        location: null,
      },
      decisionId: closedDecision.id,
      note: '',
      actor: secretariat,
    });
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function fetchAndCheck(url: string, cookie?: string): Promise<string> {
    const response = await portal.app.request(url, cookie ? { headers: { cookie } } : undefined);
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(response.status, url).toBeLessThan(500);
    expect(body.toLowerCase().includes(LEAK_MARKER), `marker in body of ${url}`).toBe(false);
    response.headers.forEach((value, name) => {
      expect(value.toLowerCase().includes(LEAK_MARKER), `marker in header ${name} of ${url}`).toBe(false);
    });
    return body;
  }

  it('really stores the marker where it must stay (so the test can fail)', async () => {
    const [row] = await handle.query<Record<string, number>>(
      `select
         (select count(*)::int from question_answer_parts where is_confidential and text ilike '%' || $1 || '%') as parts,
         (select count(*)::int from questions where closed_note ilike '%' || $1 || '%') as closed_notes,
         (select count(*)::int from questions where contact_note ilike '%' || $1 || '%') as contact_notes,
         (select count(*)::int from questions where title ilike '%' || $1 || '%') as titles,
         (select count(*)::int from follow_ups where what ilike '%' || $1 || '%' or responsible ilike '%' || $1 || '%') as follow_ups,
         (select count(*)::int from users where name ilike '%' || $1 || '%') as askers`,
      [LEAK_MARKER],
    );
    expect(row).toEqual({ parts: 1, closed_notes: 2, contact_notes: 1, titles: 4, follow_ups: 2, askers: 1 });
    // The published answer is there, with its open part (the pages do show something).
    const page = await fetchAndCheck(`/organ/${slug}/spoergsmaal`);
    expect(page).toContain('Ventetiden er fire uger.');
    expect(page).toContain('Svaret har desuden fortrolige dele');
    const plan = await fetchAndCheck(`/organ/${slug}/moedeplan?aar=2026`);
    expect(plan).toContain('Lukket: Lejeaftale om nye lokaler');
  });

  it('crawls every link from the body page and the front page without meeting the marker', async () => {
    const queue = ['/', `/organ/${slug}`];
    const seen = new Set(queue);
    while (queue.length > 0 && seen.size < 2000) {
      const url = queue.shift()!;
      const body = await fetchAndCheck(url);
      for (const link of linksIn(body)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    for (const path of ['spoergsmaal', 'statistik', 'moedeplan']) expect(seen.has(`/organ/${slug}/${path}`)).toBe(true);
  }, 120_000);

  it('requests the question scheme’s public pages of every body, the cases and items, in Danish and English', async () => {
    const ids = async (sql: string) => (await handle.query<{ v: string | number }>(sql)).map((row) => String(row.v));
    const urls = [
      ...(await ids('select slug as v from bodies')).flatMap((s) => [
        `/organ/${s}/spoergsmaal`,
        `/organ/${s}/statistik`,
        `/organ/${s}/statistik?aar=2026`,
        `/organ/${s}/moedeplan`,
        `/organ/${s}/moedeplan?aar=2026`,
      ]),
      ...(await ids('select number as v from cases')).map((n) => `/sag/${encodeURIComponent(n)}`),
      ...(await ids('select id as v from agenda_items')).map((id) => `/punkt/${id}`),
      ...(await ids('select id as v from questions')).map((id) => `/sporgsmaal/${id}`),
      ...(await ids('select id as v from questions')).map((id) => `/sekretariat/sporgsmaal/${id}`),
      ...(await ids('select id as v from follow_ups')).map((id) => `/sekretariat/opfoelgning/${id}`),
      '/notifikationer',
      '/mine-sporgsmaal',
      '/sekretariat/sporgsmaal',
      '/sekretariat/opfoelgning',
      '/sekretariat/moedeplan',
    ];
    for (const url of urls) await fetchAndCheck(url);
    for (const url of [`/organ/${slug}/spoergsmaal`, `/organ/${slug}/moedeplan?aar=2026`, `/organ/${slug}/statistik`]) {
      await fetchAndCheck(url, 'lang=en');
    }
    // The signed-in pages answer the public with a login, never content.
    expect((await portal.app.request('/sekretariat/sporgsmaal')).status).toBe(401);
  }, 120_000);

  it('the open item’s follow-up shows on its case page in its safe form', async () => {
    const [row] = await handle.query<{ number: string }>(
      `select c.number from cases c join agenda_items i on i.case_id = c.id
         join follow_ups f on f.decision_item_id = i.id where not i.is_closed limit 1`,
    );
    const page = await fetchAndCheck(`/sag/${encodeURIComponent(row.number)}`);
    expect(page).toContain('Status på sundhedshuset – frist 1. juni 2026 (udført)');
  });
});
