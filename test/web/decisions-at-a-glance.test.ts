/**
 * Usable by everyone it serves: the decisions at a glance at the top of minutes and the outcomes
 * in the contents (a closed item only as "Lukket punkt"), the "?" links to the glossary
 * (/ordliste), one date format per page, case pages titled by their subject, and the meeting plan
 * listing the body's meetings of the year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemView } from '../../src/render/html/item-content.js';
import { GLOSSARY_TERMS } from '../../src/render/messages/glossary.js';
import { firstLine, presentDecisionSummary } from '../../src/web/portal/meeting-summary.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { LEAK_FIXTURE, LEAK_MARKER, meetingId, openPortal, type TestPortal, visibleText } from '../helpers/portal.js';

const FJORDBY = 'Sundhedsråd Fjordby';
const FJORDBY_SLUG = 'region-syddanmark--sundhedsraad-fjordby';
/** A plan entry on the day of a held meeting (shown once, with the meeting) and one on a day without. */
const SAME_DAY_ENTRY = 'Ordinært møde med temadrøftelse';
const PLANNED_ONLY = 'Seminar om forebyggelse i Fjordby';

/** The HTML between an opening tag matched by `start` and the first `end` after it. */
function between(html: string, start: RegExp, end: string): string {
  const match = start.exec(html);
  if (!match) throw new Error(`not found: ${start}`);
  const from = match.index + match[0].length;
  return html.slice(from, html.indexOf(end, from));
}

/** The outcome badges' texts in a piece of HTML, in order. */
const outcomes = (html: string) => [...html.matchAll(/class="badge outcome-badge[^"]*">([^<]+)</g)].map((m) => m[1]);

/** Dates as numbers in visible text: ISO (2026-03-16) or as minutes print them (16-03-2026, 16.03.2026). */
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[-.]\d{1,2}[-.]\d{4}\b/;

describe.each(TEST_DATABASES)('decisions at a glance on $name', (database) => {
  let portal: TestPortal;
  let leakMeeting: number;
  let fjordbyMeeting: number;

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    leakMeeting = await meetingId(portal.handle, 'Sundhedsråd Lækby', '2026-04-20');
    fjordbyMeeting = await meetingId(portal.handle, FJORDBY, '2026-03-16');
    // Before the plan page is first asked for (the page cache keeps what it rendered).
    await portal.handle.query(
      `insert into meeting_plan_entries (body_id, kind, title, planned_on, start_time)
       select id, 'ordinary', $1, date '2026-05-18', '16:00' from bodies where slug = $3
       union all select id, 'seminar', $2, date '2026-10-01', '09:00' from bodies where slug = $3`,
      [SAME_DAY_ENTRY, PLANNED_ONLY, FJORDBY_SLUG],
    );
  });
  afterAll(async () => {
    await portal?.handle.close();
  });

  it("lists every item's outcome in order at the top, and the same outcomes in the contents", async () => {
    const page = await portal.get(`/moede/${fjordbyMeeting}`);
    expect(page.status).toBe(200);
    const summary = between(page.text, /<section class="decision-summary"[^>]*>/, '</section>');
    const contents = between(page.text, /<nav aria-labelledby="contents-heading"[^>]*>/, '</nav>');
    // The items' own decisions further down, in order; closed items have none on the public page.
    const articles = [...page.text.matchAll(/<article class="agenda-item[^"]*"[\s\S]*?<\/article>/g)].map((m) => m[0]);
    const itemOutcomes = articles.map((article) => outcomes(article)[0] ?? null);
    expect(itemOutcomes.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(outcomes(summary)).toEqual(itemOutcomes.filter(Boolean));
    expect(outcomes(contents)).toEqual(itemOutcomes.filter(Boolean));
    // Before the facts: the first thing after the title (and the demo notice).
    expect(page.text.indexOf('class="decision-summary"')).toBeLessThan(page.text.indexOf('class="facts'));
    // Each entry links its item's anchor, which exists, in the items' order.
    const anchors = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(articles.map((article) => /aria-labelledby="([^"]+)"/.exec(article)?.[1]));
    // The decision's first line, where it says more than the outcome.
    expect(visibleText(summary)).toContain('Godkendt med den ændring, at ansøgningsfristen');
  });

  it('shows a closed item only as "Lukket punkt", with nothing of its content', async () => {
    const page = await portal.get(`/moede/${leakMeeting}`);
    expect(page.status).toBe(200);
    expect(page.text.toLowerCase()).not.toContain(LEAK_MARKER);
    const summary = visibleText(between(page.text, /<section class="decision-summary"[^>]*>/, '</section>'));
    expect(summary).toMatch(/Punkt 1: Godkendelse af dagsordenen .*Godkendt/);
    expect(summary).toContain('Punkt 2: Lukket punkt');
    expect(summary).toMatch(/Punkt 3: Sundhedshus i Lækby: status .*Taget til efterretning/);
    // Not even the closed item's title, nor its decision's outcome.
    expect(summary).not.toContain('Lejeaftale');
    expect(summary.match(/Godkendt/g)).toHaveLength(1);
    const contents = visibleText(between(page.text, /<nav aria-labelledby="contents-heading"[^>]*>/, '</nav>'));
    expect(contents).toMatch(/Punkt 2: [^–]*– Lukket punkt Punkt 3/);
  });

  it('answers /ordliste with every term, and every "?" link on a meeting page points at one of them', async () => {
    const glossary = await portal.get('/ordliste');
    expect(glossary.status).toBe(200);
    for (const term of ['Indstilling', 'Beslutning', 'Udfald', 'Taget til efterretning', 'Lukket punkt', 'Bilag']) {
      expect(visibleText(glossary.text)).toContain(term);
    }
    const ids = new Set([...glossary.text.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    for (const term of GLOSSARY_TERMS) expect(ids).toContain(term);
    const page = await portal.get(`/moede/${fjordbyMeeting}`);
    const links = [...page.text.matchAll(/href="\/ordliste#([^"]+)"/g)].map((m) => m[1]);
    // The outcomes, the closed item and the case number; the printed sections' headings; the document's kind.
    const explained = ['udfald', 'godkendt', 'droeftet', 'taget-til-efterretning', 'lukket-punkt', 'sagsnummer'];
    explained.push('beslutning', 'indstilling', 'resume', 'sagsfremstilling', 'bilag', 'referat');
    for (const term of explained) expect(links).toContain(term);
    for (const link of links) expect(ids).toContain(link);
    // Each "?" says what it explains to a screen reader.
    expect(page.text).toContain('aria-label="Hvad betyder Taget til efterretning?"');
    const english = await portal.get('/ordliste', { headers: { cookie: 'lang=en' } });
    expect(visibleText(english.text)).toContain('Recommendation: the proposed decision');
  });

  it('writes dates one way on the meeting, item, case, body and person pages (numbers only in <time datetime>)', async () => {
    const [item] = await portal.handle.query<{ id: number }>(
      'select id from agenda_items where meeting_id = $1 and not is_closed order by number limit 1',
      [fjordbyMeeting],
    );
    const [person] = await portal.handle.query<{ slug: string }>(
      `select p.slug from persons p join meeting_participants mp on mp.person_id = p.id
       where mp.meeting_id = $1 limit 1`,
      [fjordbyMeeting],
    );
    for (const url of [
      `/moede/${fjordbyMeeting}`,
      `/moede/${leakMeeting}`,
      `/punkt/${item.id}`,
      '/sag/25%2F41077',
      `/organ/${FJORDBY_SLUG}`,
      `/person/${person.slug}`,
    ]) {
      const page = await portal.get(url);
      expect(page.status, url).toBe(200);
      expect(visibleText(page.text), url).not.toMatch(NUMERIC_DATE);
      expect(visibleText(page.text), url).toMatch(
        /\d{1,2}\. (januar|marts|april|maj|september|november|december) \d{4}/,
      );
    }
  });

  it("titles a case page by its subject: the latest item's title and the number", async () => {
    const [latest] = await portal.handle.query<{ title: string }>(
      `select ai.title from agenda_items ai join cases c on c.id = ai.case_id join meetings m on m.id = ai.meeting_id
       where c.number = '25/41077' and not ai.is_closed order by m.held_on desc limit 1`,
    );
    const page = await portal.get('/sag/25%2F41077');
    expect(page.text).toContain(`<h1>${latest.title} (sag 25/41077)</h1>`);
    expect(page.text).toContain(`<title>${latest.title} (sag 25/41077) – Protokol</title>`);
  });

  it("lists the body's meetings of the year on its meeting plan, each once, with the planned ones", async () => {
    const meetings = await portal.handle.query<{ id: number }>(
      `select m.id from meetings m join bodies b on b.id = m.body_id
       where b.slug = $1 and m.held_on between '2026-01-01' and '2026-12-31' order by m.held_on`,
      [FJORDBY_SLUG],
    );
    expect(meetings.length).toBeGreaterThanOrEqual(5);
    const page = await portal.get(`/organ/${FJORDBY_SLUG}/moedeplan?aar=2026`);
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    expect(text).not.toContain('Ingen');
    const linked = [...page.text.matchAll(/<h3><a href="\/moede\/(\d+)"/g)].map((m) => Number(m[1]));
    expect(linked).toEqual(meetings.map((meeting) => meeting.id));
    expect(text).toContain('Holdt · referat offentliggjort');
    expect(text).toContain('Kommende · dagsorden offentliggjort');
    // The plan's entry on a meeting's day is that meeting's line; another entry has its own.
    expect(text.match(new RegExp(SAME_DAY_ENTRY, 'g'))).toHaveLength(1);
    expect(text.match(/mandag d\. 18\. maj 2026/g)).toHaveLength(1);
    expect(text).toContain(PLANNED_ONLY);
    expect(text.indexOf(PLANNED_ONLY)).toBeGreaterThan(text.indexOf('14. september 2026'));
    // The years with meetings can be chosen (the agenda of 2027).
    expect(page.text).toContain(`/organ/${FJORDBY_SLUG}/moedeplan?aar=2027`);
  });
});

describe('the summary from the items as the page shows them', () => {
  const item = (number: number, extra: Partial<ItemView>): ItemView => ({
    id: number,
    href: `/punkt/${number}`,
    anchor: `punkt-${number}-${number}`,
    number,
    title: `Titel ${number}`,
    timeSlot: null,
    isClosed: false,
    caseNumber: null,
    caseHref: null,
    decision: null,
    sections: [],
    attachments: [],
    absentees: [],
    ...extra,
  });
  const decision = (text: string) => ({ heading: null, outcome: 'approved' as const, text, dissents: [] });

  it("shows a closed item's title and decision only in the members' view, and nothing when no item has a decision", () => {
    const secret = decision('Lejen aftales med udlejer.');
    const [publicView] = presentDecisionSummary([item(1, { isClosed: true, decision: secret })]) ?? [];
    expect(publicView).toMatchObject({ title: null, outcome: null, line: null, isClosed: true });
    const [memberView] =
      presentDecisionSummary([item(1, { isClosed: true, showsClosedContent: true, decision: secret })]) ?? [];
    expect(memberView).toMatchObject({ title: 'Titel 1', outcome: 'approved', line: 'Lejen aftales med udlejer.' });
    expect(presentDecisionSummary([item(1, {}), item(2, {})])).toBeNull();
  });

  it("gives the decision's first line as plain text, shortened at a word, and none that only repeats the outcome", () => {
    expect(firstLine('\n- **Godkendt** med [bilag](/bilag/1).\nAnden linje.')).toBe('Godkendt med bilag.');
    const long = firstLine(`${'ord '.repeat(60)}slut`) ?? '';
    expect(long.length).toBeLessThanOrEqual(162);
    expect(long.endsWith('ord …')).toBe(true);
    const [entry] = presentDecisionSummary([item(1, { decision: decision('Godkendt.') })]) ?? [];
    expect(entry).toMatchObject({ outcome: 'approved', line: null });
  });
});
