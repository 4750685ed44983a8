/**
 * Every record belongs to its publisher: two municipalities' same-named committees meeting at the
 * same date and time are two bodies and two meetings; a name is a person only within its
 * publisher (a health council's scope spans its region and municipalities); a case is publisher +
 * number. Without `--publisher` only a document that states its publisher is stored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { searchItems } from '../../src/db/search/search-items.js';
import { makeDecision } from '../../src/domain/decision.js';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { renderMinutesText } from '../../src/render/text/minutes-text.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';

function committeeMinutes(body: string, participant: string, extra: Partial<MeetingDocument> = {}): MeetingDocument {
  return minutes(
    [
      item(1, 'Budgetopfølgning', {
        caseNumber: '25/53155',
        sections: [{ heading: 'Sagsfremstilling', text: `Et opdigtet budget for ${body}.` }],
        decision: makeDecision('Godkendt.'),
      }),
    ],
    {
      body,
      date: '2025-03-19',
      startTime: '16:00',
      location: 'Rådhuset',
      participants: [{ name: participant, party: 'A', organization: null, role: null, absent: false }],
      ...extra,
    },
  );
}

describe.each(TEST_DATABASES)('publishers on $name', ({ open }) => {
  let handle: DbHandle;
  let dir: string;
  const write = (name: string, document: MeetingDocument) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, renderMinutesText(document, 'standard'));
    return file;
  };
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-publishers-'));
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("stores Aarhus's and Greve's Økonomiudvalget of the same date and time as two bodies and two meetings", async () => {
    const greve = write('greve.txt', committeeMinutes('Økonomiudvalget', 'Anne Jensen'));
    const aarhus = write(
      'aarhus.txt',
      committeeMinutes('Økonomiudvalget', 'Anne Jensen', { location: 'Aarhus Rådhus' }),
    );
    const first = await importMeetings({ db: handle.db, paths: [greve], publisher: 'Greve Kommune' });
    expect(first.results[0]).toMatchObject({ state: 'new', publisher: 'Greve Kommune' });
    const second = await importMeetings({ db: handle.db, paths: [aarhus], publisher: 'aarhus kommune' });
    expect(second.results[0]).toMatchObject({ state: 'new', publisher: 'Aarhus Kommune' });

    const bodies = await rows<{ slug: string; meetings: number; location: string }>(
      `select b.slug, count(m.id)::int as meetings, min(m.location) as location from bodies b
       join meetings m on m.body_id = b.id where b.name = 'Økonomiudvalget' group by b.slug order by b.slug`,
    );
    expect(bodies).toEqual([
      { slug: 'aarhus-kommune--oekonomiudvalget', meetings: 1, location: 'Aarhus Rådhus' },
      { slug: 'greve-kommune--oekonomiudvalget', meetings: 1, location: 'Rådhuset' },
    ]);
    // Importing each again changes nothing of the other.
    const again = await importMeetings({ db: handle.db, paths: [greve], publisher: 'Greve Kommune' });
    expect(again.counts.unchanged).toBe(1);
  });

  it('keeps two people of one name in two municipalities as two persons, and a case number as two cases', async () => {
    const persons = await rows<{ slug: string; publisher: string }>(
      `select p.slug, o.name as publisher from persons p join organisations o on o.id = p.publisher_id
       where p.name = 'Anne Jensen' order by p.slug`,
    );
    expect(persons).toEqual([
      { slug: 'anne-jensen', publisher: 'Greve Kommune' },
      { slug: 'anne-jensen-aarhus-kommune', publisher: 'Aarhus Kommune' },
    ]);
    const cases = await rows<{ publisher: string }>(
      `select o.name as publisher from cases c join organisations o on o.id = c.publisher_id
       where c.number = '25/53155' order by o.name`,
    );
    expect(cases.map((c) => c.publisher)).toEqual(['Aarhus Kommune', 'Greve Kommune']);
  });

  it("matches a health council's participant with a person of its municipalities, not of another region", async () => {
    // Haderslev Kommune is one of Sundhedsråd Sønderjylland's municipalities; Greve is not.
    const haderslev = write('haderslev.txt', {
      ...committeeMinutes('Sundhedsudvalget', 'Bo Nielsen'),
      date: '2025-04-01',
    });
    await importMeetings({ db: handle.db, paths: [haderslev], publisher: 'Haderslev Kommune' });
    const council = write('council.txt', {
      ...committeeMinutes('Sundhedsråd Sønderjylland', 'Bo Nielsen'),
      participants: [
        { name: 'Bo Nielsen', party: null, organization: 'Haderslev Kommune', role: null, absent: false },
        { name: 'Anne Jensen', party: null, organization: null, role: null, absent: false },
      ],
      date: '2026-02-02',
    });
    // Without --publisher: a health council's name states its publisher (its region).
    const summary = await importMeetings({ db: handle.db, paths: [council] });
    expect(summary.results[0]).toMatchObject({ state: 'new', publisher: 'Region Syddanmark' });
    const people = await rows<{ name: string; slugs: string }>(
      `select mp.name, p.slug as slugs from meeting_participants mp join persons p on p.id = mp.person_id
       join meetings m on m.id = mp.meeting_id where m.id = $1 order by mp.name`,
      [summary.results[0].meetingId],
    );
    expect(people).toEqual([
      // Not Greve's or Aarhus's Anne Jensen: a new person of the region.
      { name: 'Anne Jensen', slugs: 'anne-jensen-region-syddanmark' },
      // Haderslev's Bo Nielsen, within the council's scope.
      { name: 'Bo Nielsen', slugs: 'bo-nielsen' },
    ]);
  });

  it('searches by publisher and by region, a municipality counting under its region, and names the publisher', async () => {
    const publishersOf = async (filters: { publisher?: string; region?: string }) =>
      (await searchItems(handle.db, { query: 'opdigtet budget', ...filters })).hits
        .map((hit) => hit.publisher?.name)
        .sort();
    expect(await publishersOf({ publisher: 'greve-kommune' })).toEqual(['Greve Kommune']);
    expect(await publishersOf({ region: 'region-midtjylland' })).toEqual(['Aarhus Kommune']);
    // Haderslev's committee and the council (the region's) both count under Region Syddanmark.
    expect(await publishersOf({ region: 'region-syddanmark' })).toEqual(['Haderslev Kommune', 'Region Syddanmark']);
    // Greve lies in Region Sjælland until 2026 and in Region Østdanmark from 2027.
    expect(await publishersOf({ region: 'region-sjaelland' })).toEqual(['Greve Kommune']);
    expect(await publishersOf({ region: 'region-oestdanmark' })).toEqual(['Greve Kommune']);
  });

  it('refuses a document whose publisher cannot be told, saying how to give it, and stores nothing', async () => {
    const file = write('unknown.txt', {
      ...committeeMinutes('Teknik- og Miljøudvalget', 'Carl Hansen'),
      date: '2025-05-05',
    });
    const before = (await rows<{ n: number }>('select count(*)::int as n from meetings'))[0].n;
    const summary = await importMeetings({ db: handle.db, paths: [file] });
    expect(summary.results[0].state).toBe('error');
    expect(summary.results[0].error).toContain('unknown.txt');
    expect(summary.results[0].error).toContain('--publisher');
    expect(summary.results[0].error).toContain('Teknik- og Miljøudvalget');
    expect((await rows<{ n: number }>('select count(*)::int as n from meetings'))[0].n).toBe(before);
    expect(await rows("select 1 from bodies where name = 'Teknik- og Miljøudvalget'")).toEqual([]);
  });

  it('refuses an unknown --publisher with the closest names, before reading any file', async () => {
    await expect(
      importMeetings({ db: handle.db, paths: ['/does/not/matter'], publisher: 'Grve Komune' }),
    ).rejects.toThrow(/ukendt udgiver »Grve Komune«; nærmeste: »Greve Kommune«/);
  });

  it('stores a health council under its region whoever published the file, and says so', async () => {
    const file = write('mirrored.txt', {
      ...committeeMinutes('Sundhedsråd Sønderjylland', 'Erik Holm'),
      date: '2026-03-02',
    });
    const summary = await importMeetings({ db: handle.db, paths: [file], publisher: 'Haderslev Kommune' });
    expect(summary.results[0]).toMatchObject({ state: 'new', publisher: 'Region Syddanmark' });
    expect(summary.results[0].warnings).toContain(
      'Sundhedsråd Sønderjylland hører til Region Syddanmark; gemt under den, ikke under Haderslev Kommune.',
    );
    expect(await rows("select 1 from bodies where slug = 'haderslev-kommune--sundhedsraad-soenderjylland'")).toEqual(
      [],
    );
  });

  it('shows the publisher in the dry run', async () => {
    const file = write('dry.txt', { ...committeeMinutes('Børneudvalget', 'Dorte Madsen'), date: '2025-06-06' });
    const summary = await importMeetings({ db: handle.db, paths: [file], publisher: 'greve-kommune', dryRun: true });
    expect(summary.results[0]).toMatchObject({
      state: 'new',
      committed: false,
      publisher: 'Greve Kommune',
      body: 'Børneudvalget',
    });
  });
});
