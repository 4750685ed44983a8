/**
 * Open data a mirror can follow (issue 18), on PGlite and PostgreSQL:
 * - OParl 1.1's filters (2.5 "Objektlisten und Paginierung", Filter): `created_since`,
 *   `created_until`, `modified_since`, `modified_until` narrow every list, inclusive to the
 *   second, are kept in `first` and `next`, and a bad value is a 400 naming the parameter;
 *   `created` and `modified` on every object of every type; a removed object is listed as
 *   `deleted: true` with `modified_since` (2.8 "Gelöschte Objekte") and answers 200 at its id.
 * - The change feed (/api/v1/changes): every change in order, resumed from its cursor without a
 *   gap or a repeat while changes are written (on PostgreSQL with a transaction that began writing
 *   first and commits last: in commit order), and the closed item's content nowhere in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { GREVE, importGreve } from '../helpers/open-data-world.js';
import { LEAK_FIXTURE, LEAK_MARKER, openPortal, type TestPortal } from '../helpers/portal.js';

type OparlObject = Record<string, unknown> & { id: string; type: string };
type OparlList = { data: OparlObject[]; links: { first: string; self: string; next?: string } };
type ChangeLine = {
  cursor: string;
  type: string;
  id: number;
  change: 'created' | 'changed' | 'removed';
  at: string;
  url: string | null;
  slug: string | null;
  record: Record<string, unknown> | null;
};

const ORIGIN = 'https://protokol.example.dk';
const REGION = `${ORIGIN}/oparl/v1/body/region-syddanmark`;
/** ISO 8601 with an offset, to the second, as OParl's date-time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const BODY_LISTS = [
  'organizations',
  'persons',
  'memberships',
  'meetings',
  'papers',
  'agendaItems',
  'consultations',
  'files',
  'locations',
  'legislativeTerms',
];

describe.each(TEST_DATABASES)('open data a mirror can follow, on $name', (database) => {
  let portal: TestPortal;
  let handle: DbHandle;

  beforeAll(async () => {
    portal = await openPortal(database, [LEAK_FIXTURE]);
    handle = portal.handle;
    await importGreve(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function request(url: string) {
    return portal.app.request(url.startsWith('http') ? url : `${ORIGIN}${url}`);
  }

  async function get<T>(url: string, status = 200): Promise<T> {
    const response = await request(url);
    expect(response.status, url).toBe(status);
    return (await response.json()) as T;
  }

  /** Every object of a list, page by page; checks that first and next keep the query's filters. */
  async function walk(url: string): Promise<OparlObject[]> {
    const all: OparlObject[] = [];
    const filters = [...new URL(url, ORIGIN).searchParams].filter(([name]) => name !== 'cursor');
    let next: string | undefined = url;
    while (next) {
      const page: OparlList = await get<OparlList>(next);
      for (const link of [page.links.first, page.links.self, page.links.next].filter(Boolean) as string[]) {
        const params = new URL(link).searchParams;
        for (const [name, value] of filters) expect(params.get(name), `${name} in ${link}`).toBe(value);
      }
      all.push(...page.data);
      next = page.links.next;
    }
    expect(new Set(all.map((o) => o.id)).size, url).toBe(all.length);
    return all;
  }

  const ids = (objects: OparlObject[]) => objects.map((o) => o.id).sort();

  /** The objects embedded in an object (memberships in a person, items in a meeting …). */
  function withEmbedded(object: OparlObject): OparlObject[] {
    const found: OparlObject[] = [object];
    for (const value of Object.values(object))
      for (const candidate of Array.isArray(value) ? value : [value])
        if (candidate && typeof candidate === 'object' && typeof (candidate as OparlObject).type === 'string')
          found.push(...withEmbedded(candidate as OparlObject));
    return found;
  }

  async function feed(since?: string, limit = 5000) {
    const response = await request(`/api/v1/changes?limit=${limit}${since ? `&since=${since}` : ''}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await response.text();
    const lines = text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as ChangeLine);
    const next = response.headers.get('protokol-next-cursor') ?? '';
    const more = response.headers.get('protokol-more') === 'true';
    if (lines.length > 0) expect(next).toBe(lines.at(-1)!.cursor);
    return { lines, next, more, text };
  }

  /** Reads the feed from a cursor to its end, a page at a time. */
  async function drain(since: string, limit: number) {
    const lines: ChangeLine[] = [];
    let cursor = since;
    for (;;) {
      const page = await feed(cursor, limit);
      lines.push(...page.lines);
      cursor = page.next || cursor;
      if (!page.more) return { lines, cursor };
    }
  }

  it('gives every object of every type created and modified, ISO 8601 with an offset', async () => {
    const types = new Set<string>();
    const objects: OparlObject[] = [await get<OparlObject>('/oparl/v1/system')];
    objects.push(...(await walk('/oparl/v1/bodies')));
    for (const body of [REGION, `${ORIGIN}/oparl/v1/body/${GREVE.publisher}`])
      for (const list of BODY_LISTS) objects.push(...(await walk(`${body}/${list}?limit=200`)));
    for (const object of objects.flatMap(withEmbedded)) {
      types.add(object.type.split('/').pop()!);
      expect(object.created, `created of ${object.id}`).toMatch(INSTANT);
      expect(object.modified, `modified of ${object.id}`).toMatch(INSTANT);
      expect(Date.parse(String(object.modified))).toBeGreaterThanOrEqual(Date.parse(String(object.created)) - 1000);
    }
    expect([...types].sort()).toEqual(
      [
        'System',
        'Body',
        'Organization',
        'Person',
        'Membership',
        'Meeting',
        'AgendaItem',
        'Paper',
        'Consultation',
        'File',
        'Location',
      ].sort(),
    );
  });

  it('narrows every list by created and modified, inclusive to the second, and keeps the filters in its links', async () => {
    const meetings = await handle.query<{ id: number }>(
      `select m.id from meetings m join bodies b on b.id = m.body_id
       join organisations o on o.id = b.publisher_id where o.slug = 'region-syddanmark' order by m.id`,
    );
    expect(meetings.length).toBeGreaterThan(3);
    const [a, b] = meetings.map((m) => m.id);
    await handle.query(
      `update meetings m set created_at = '2025-01-01T00:00:00Z', updated_at = '2025-06-01T00:00:00Z'
       from bodies b, organisations o where b.id = m.body_id and o.id = b.publisher_id and o.slug = 'region-syddanmark'`,
    );
    // a: created 2026-02-01 10:00:00.400 and changed 2026-03-01 10:00:00.700 (Copenhagen: +01:00); b a second later each.
    await handle.query(
      `update meetings set created_at = '2026-02-01T09:00:00.400Z', updated_at = '2026-03-01T09:00:00.700Z' where id = $1`,
      [a],
    );
    await handle.query(
      `update meetings set created_at = '2026-02-01T09:00:01.400Z', updated_at = '2026-03-01T09:00:01.700Z' where id = $1`,
      [b],
    );
    const meeting = (id: number) => `${ORIGIN}/oparl/v1/meeting/${id}`;
    const shown = await get<OparlObject>(`/oparl/v1/meeting/${a}`);
    expect(shown).toMatchObject({ created: '2026-02-01T10:00:00+01:00', modified: '2026-03-01T10:00:00+01:00' });
    const list = async (query: string) => ids(await walk(`${REGION}/meetings?limit=1&${query}`));
    const q = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;
    // modified_since: a's own modified keeps it; a second later leaves it out.
    expect(await list(q('modified_since', '2026-03-01T10:00:00+01:00'))).toEqual([meeting(a), meeting(b)].sort());
    expect(await list(q('modified_since', '2026-03-01T10:00:01+01:00'))).toEqual([meeting(b)]);
    expect(await list(q('modified_since', '2026-03-01T09:00:02Z'))).toEqual([]);
    // modified_until: a's own modified keeps it, b's not yet.
    const until = await list(q('modified_until', '2026-03-01T10:00:00+01:00'));
    expect(until).toContain(meeting(a));
    expect(until).not.toContain(meeting(b));
    expect(until.length).toBe(meetings.length - 1);
    // created_since / created_until, together: only a.
    expect(
      await list(`${q('created_since', '2026-02-01T10:00:00+01:00')}&${q('created_until', '2026-02-01T09:00:00Z')}`),
    ).toEqual([meeting(a)]);
    expect(await list(q('created_until', '2025-12-31T23:59:59Z'))).toHaveLength(meetings.length - 2);
    // The same filters on the lists that follow the meeting: its agenda items, consultations and its place.
    const items = await walk(`${REGION}/agendaItems?limit=2&${q('modified_since', '2026-03-01T10:00:01+01:00')}`);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.meeting))).toEqual(new Set([meeting(b)]));
    const papers = await walk(`${REGION}/papers?limit=2&${q('modified_since', '2026-03-01T10:00:00+01:00')}`);
    for (const paper of papers)
      expect(Date.parse(String(paper.modified))).toBeGreaterThanOrEqual(Date.parse('2026-03-01T09:00:00Z'));
    // Paged with the filter and whole with it: the same objects.
    expect(ids(await walk(`${REGION}/meetings?limit=200&${q('created_until', '2026-02-01T09:00:01Z')}`))).toEqual(
      await list(q('created_until', '2026-02-01T09:00:01Z')),
    );
    // Organizations and persons by their own instants.
    const organizations = await walk(`${REGION}/organizations?limit=2`);
    const latest = organizations
      .map((o) => String(o.modified))
      .sort((x, y) => Date.parse(x) - Date.parse(y))
      .at(-1)!;
    const narrowed = await walk(`${REGION}/organizations?limit=2&${q('modified_since', latest)}`);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((o) => Date.parse(String(o.modified)) >= Date.parse(latest))).toBe(true);
    expect(await walk(`${REGION}/persons?${q('created_since', '2999-01-01T00:00:00Z')}`)).toEqual([]);
    expect(await walk(`/oparl/v1/bodies?${q('created_until', '2000-01-01T00:00:00Z')}`)).toEqual([]);
  });

  it('answers a bad filter with 400 naming the parameter', async () => {
    for (const [name, value] of [
      ['created_since', 'yesterday'],
      ['created_until', '2026-01-01'],
      ['modified_since', '2026-01-01T10:00:00'],
      ['modified_until', '2026-13-45T10:00:00+01:00'],
    ]) {
      for (const url of [`${REGION}/meetings`, '/oparl/v1/bodies', `/oparl/v1/organization/${GREVE.body}/meetings`]) {
        const body = await get<{ error: { code: string; message: string; problems: { parameter: string }[] } }>(
          `${url}?${name}=${encodeURIComponent(value)}`,
          400,
        );
        expect(body.error.code).toBe('input_invalid');
        expect(body.error.problems.map((p) => p.parameter)).toEqual([name]);
        expect(body.error.message).toContain(name);
      }
    }
    const both = await get<{ error: { problems: { parameter: string }[] } }>(
      `${REGION}/papers?limit=0&modified_since=nu`,
      400,
    );
    expect(both.error.problems.map((p) => p.parameter).sort()).toEqual(['limit', 'modified_since']);
    expect((await request('/api/v1/changes?since=xyz!')).status).toBe(400);
  });

  it('lists a removed meeting, its items and a merged person as deleted: true with modified_since, and answers 200 at their ids', async () => {
    const before = new Date(Date.now() - 2000).toISOString();
    const [greve] = await handle.query<{ id: number }>(
      `select m.id from meetings m join bodies b on b.id = m.body_id where b.slug = $1`,
      [GREVE.body],
    );
    const items = await handle.query<{ id: number }>('select id from agenda_items where meeting_id = $1', [greve.id]);
    expect(items.length).toBeGreaterThan(0);
    const created = (await get<OparlObject>(`/oparl/v1/meeting/${greve.id}`)).created;
    await handle.query('delete from meetings where id = $1', [greve.id]);
    const greveBody = `${ORIGIN}/oparl/v1/body/${GREVE.publisher}`;
    const since = `modified_since=${encodeURIComponent(before)}`;
    const meetings = await walk(`${greveBody}/meetings?limit=1&${since}`);
    const gone = meetings.find((m) => m.id === `${ORIGIN}/oparl/v1/meeting/${greve.id}`);
    expect(gone).toEqual({
      id: `${ORIGIN}/oparl/v1/meeting/${greve.id}`,
      type: 'https://schema.oparl.org/1.1/Meeting',
      created,
      modified: expect.stringMatching(INSTANT),
      deleted: true,
    });
    expect(Date.parse(String(gone!.modified))).toBeGreaterThanOrEqual(Date.parse(before) - 1000);
    // Without modified_since, or modified_since after the removal: not listed.
    expect(await walk(`${greveBody}/meetings`)).toEqual([]);
    expect(await walk(`${greveBody}/meetings?modified_since=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).toEqual(
      [],
    );
    const deletedItems = (await walk(`${greveBody}/agendaItems?limit=2&${since}`)).filter((i) => i.deleted);
    expect(deletedItems.map((i) => i.id).sort()).toEqual(
      items.map((i) => `${ORIGIN}/oparl/v1/agendaItem/${i.id}`).sort(),
    );
    expect(
      (await walk(`${ORIGIN}/oparl/v1/organization/${GREVE.body}/meetings?${since}`)).map((m) => m.deleted),
    ).toEqual([true]);
    expect(await get<OparlObject>(`/oparl/v1/meeting/${greve.id}`)).toMatchObject({ deleted: true, created });
    expect(await get<OparlObject>(`/oparl/v1/agendaItem/${items[0].id}`)).toMatchObject({ deleted: true });
    // A person merged into another is removed for OParl; the person it went into is changed.
    const [merged] = await handle.query<{ slug: string }>(
      `update persons set merged_into_id = (select min(id) from persons) where id = (select max(id) from persons
         where publisher_id = (select id from organisations where slug = 'region-syddanmark') and merged_into_id is null)
       returning slug`,
    );
    const persons = await walk(`${REGION}/persons?limit=3&${since}`);
    expect(persons.find((p) => p.id === `${ORIGIN}/oparl/v1/person/${merged.slug}`)).toMatchObject({ deleted: true });
    expect(persons.filter((p) => p.deleted)).toHaveLength(1);
    expect((await walk(`${REGION}/persons`)).some((p) => p.id.endsWith(`/${merged.slug}`))).toBe(false);
    // The feed says the same.
    const all = (await feed()).lines;
    expect(all.filter((line) => line.type === 'meeting' && line.id === greve.id).at(-1)).toMatchObject({
      change: 'removed',
      record: null,
    });
    expect(all.filter((line) => line.type === 'person' && line.slug === merged.slug).at(-1)).toMatchObject({
      change: 'removed',
    });
  });

  it('gives every change in order from the start, every meeting among them, each with its export record', async () => {
    const { lines } = await feed();
    const cursors = lines.map((line) => line.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    const meetings = await handle.query<{ id: number }>('select id from meetings');
    const live = new Set(
      lines.filter((line) => line.type === 'meeting' && line.change !== 'removed').map((line) => line.id),
    );
    for (const { id } of meetings) expect(live.has(id), `meeting ${id}`).toBe(true);
    const meetingLine = lines.find((line) => line.type === 'meeting' && line.record)!;
    expect(meetingLine.url).toBe(`${ORIGIN}/api/v1/meetings/${meetingLine.id}`);
    expect(meetingLine.record).toMatchObject({ type: 'meeting', id: meetingLine.id });
    expect(meetingLine.at).toMatch(INSTANT);
    // Paged, the same lines in the same order.
    expect((await drain('', 7)).lines.map((line) => line.cursor)).toEqual(cursors);
  });

  it('leaves the closed item’s content out of the feed: its number and title only', async () => {
    const { lines, text } = await feed();
    expect(text.toLowerCase()).not.toContain(LEAK_MARKER);
    const [closed] = await handle.query<{ id: number }>(
      `select id from agenda_items where is_closed and title like 'Lukket: Lejeaftale om nye lokaler'`,
    );
    const line = lines.filter((l) => l.type === 'item' && l.id === closed.id).at(-1)!;
    expect(line.record).toMatchObject({ closed: true, sections: [], decision: null, attachments: [], absent: [] });
    // Rewritten, it comes again, still without its content.
    await handle.query(`update agenda_items set title = title where id = $1`, [closed.id]);
    const again = await feed(line.cursor);
    expect(again.text.toLowerCase()).not.toContain(LEAK_MARKER);
    expect(again.lines.some((l) => l.type === 'item' && l.id === closed.id)).toBe(true);
  });

  it('resumes from a cursor without a gap or a repeat while changes are written', async () => {
    const start = (await feed()).next;
    const meetings = (await handle.query<{ id: number }>('select id from meetings order by id')).map((m) => m.id);
    const seen: ChangeLine[] = [];
    let cursor = start;
    // Write, read a little, write more: every write is read once, in the order written.
    for (let round = 0; round < 4; round++) {
      for (const id of meetings.slice(round * 2, round * 2 + 3))
        await handle.query(`update meetings set location = $1 where id = $2`, [`Lokale ${round}`, id]);
      const page = await feed(cursor, 2);
      seen.push(...page.lines);
      cursor = page.next;
    }
    const rest = await drain(cursor, 2);
    seen.push(...rest.lines);
    cursor = rest.cursor;
    const keys = seen.map((line) => line.cursor);
    expect(new Set(keys).size).toBe(keys.length);
    // 4 rounds of 3 updates, each its own transaction: 12 lines, in the order of the writes.
    const expected = [0, 1, 2, 3].flatMap((round) => meetings.slice(round * 2, round * 2 + 3));
    expect(seen.filter((line) => line.type === 'meeting').map((line) => line.id)).toEqual(expected);
    expect(seen.every((line) => line.change === 'changed')).toBe(true);
    // Nothing new: the same cursor back, no lines.
    const idle = await feed(cursor);
    expect(idle.lines).toEqual([]);
    expect(idle.next).toBe(cursor);

    if (handle.driver !== 'postgres') return;
    // A transaction that started writing first and commits last: its change comes after the one
    // that committed before it, and is not skipped by a reader that read in between.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => {
      wrote = resolve;
    });
    const [first, second] = meetings;
    const slow = handle.db.transaction(async (tx) => {
      await tx.execute(`update meetings set location = 'Langsom' where id = ${first}`);
      wrote();
      await gate;
    });
    await written;
    await handle.query(`update meetings set location = 'Hurtig' where id = $1`, [second]);
    const during = await feed(cursor);
    expect(during.lines.map((line) => [line.id, line.record?.location])).toEqual([[second, 'Hurtig']]);
    release();
    await slow;
    const after = await drain(during.next, 1);
    expect(after.lines.map((line) => [line.id, line.record?.location])).toEqual([[first, 'Langsom']]);
  });
});
