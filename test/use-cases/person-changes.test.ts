/**
 * Merging and splitting persons (PGlite and PostgreSQL): two Anne Jensens of two municipalities
 * merged into one — her meetings and memberships follow, a later import of either municipality
 * finds the one person — and the merge undone; one person split in two by meeting, the
 * importer matching the new person under the chosen publisher, and the split undone. Every
 * change is in the change log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import { renderMinutesText } from '../../src/render/text/minutes-text.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { mergePersons } from '../../src/use-cases/people/merge-persons.js';
import { splitPerson } from '../../src/use-cases/people/split-person.js';
import { undoPersonChange } from '../../src/use-cases/people/undo-person-change.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';

function meeting(body: string, date: string, names: string[]): MeetingDocument {
  return minutes([item(1, 'Godkendelse af dagsorden')], {
    body,
    date,
    startTime: '10:00',
    participants: names.map((name) => ({ name, party: null, organization: null, role: null, absent: false })),
  });
}

describe.each(TEST_DATABASES)('merging and splitting persons on $name', ({ open }) => {
  let handle: DbHandle;
  let dir: string;
  const rows = <T>(sql: string, params: unknown[] = []) => handle.query<T>(sql, params);
  const importAs = async (publisher: string, document: MeetingDocument) => {
    const file = path.join(dir, `${publisher}-${document.date}.txt`);
    fs.writeFileSync(file, renderMinutesText(document, 'standard'));
    const summary = await importMeetings({ db: handle.db, paths: [file], publisher });
    expect(summary.counts.error).toBe(0);
    return summary.results[0].meetingId!;
  };
  const personOf = async (meetingId: number, name: string) =>
    (
      await rows<{ slug: string; id: number }>(
        'select p.slug, p.id from meeting_participants mp join persons p on p.id = mp.person_id where mp.meeting_id = $1 and mp.name = $2',
        [meetingId, name],
      )
    )[0];

  beforeAll(async () => {
    handle = await open({ seed: 'reference' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-persons-'));
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('merges two same-named persons, keeps the merge for later imports, and undoes it', async () => {
    const greve = await importAs(
      'Greve Kommune',
      meeting('Social- og Sundhedsudvalget', '2025-01-10', ['Anne Jensen']),
    );
    const aarhus = await importAs('Aarhus Kommune', meeting('Sundhedsudvalget', '2025-01-11', ['Anne Jensen']));
    const [kept, merged] = [await personOf(greve, 'Anne Jensen'), await personOf(aarhus, 'Anne Jensen')];
    expect(kept.id).not.toBe(merged.id);

    const result = await mergePersons({
      db: handle.db,
      fromPersonId: merged.id,
      intoPersonId: kept.id,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!result.ok) throw new Error(result.reason);
    expect((await personOf(aarhus, 'Anne Jensen')).id).toBe(kept.id);
    // A later import of Aarhus finds the merged person.
    const later = await importAs('Aarhus Kommune', meeting('Sundhedsudvalget', '2025-02-11', ['Anne Jensen']));
    expect((await personOf(later, 'Anne Jensen')).id).toBe(kept.id);
    const [log] = await rows<{ action: string }>("select action from audit_log where action = 'person.merge'");
    expect(log.action).toBe('person.merge');

    const undone = await undoPersonChange({ db: handle.db, changeId: result.changeId, actor: COMMAND_LINE_ACTOR });
    if (!undone.ok) throw new Error(undone.reason);
    expect((await personOf(aarhus, 'Anne Jensen')).id).toBe(merged.id);
    expect((await personOf(greve, 'Anne Jensen')).id).toBe(kept.id);
    expect(await undoPersonChange({ db: handle.db, changeId: result.changeId, actor: COMMAND_LINE_ACTOR })).toEqual({
      ok: false,
      reason: 'already_undone',
    });
  });

  it("splits one person's meetings into a new person that later imports find, and undoes it", async () => {
    // A health council's scope spans its municipalities: Haderslev's Bo Berg is also the council's.
    const municipal = await importAs(
      'Haderslev Kommune',
      meeting('Børne- og Familieudvalget', '2025-03-01', ['Bo Berg']),
    );
    const council = await importAs(
      'Region Syddanmark',
      meeting('Sundhedsråd Sønderjylland', '2025-03-02', ['Bo Berg']),
    );
    const one = await personOf(municipal, 'Bo Berg');
    expect((await personOf(council, 'Bo Berg')).id).toBe(one.id);

    // They are two people: the council's Bo Berg is the region's.
    const [participation] = await rows<{ id: number }>(
      "select id from meeting_participants where meeting_id = $1 and name = 'Bo Berg'",
      [council],
    );
    const [region] = await rows<{ id: number }>("select id from organisations where name = 'Region Syddanmark'");
    const split = await splitPerson({
      db: handle.db,
      personId: one.id,
      memberships: [],
      participants: [participation.id],
      publisherIds: [region.id],
      actor: COMMAND_LINE_ACTOR,
    });
    if (!split.ok) throw new Error(split.reason);
    expect((await personOf(council, 'Bo Berg')).id).toBe(split.personId);
    expect((await personOf(municipal, 'Bo Berg')).id).toBe(one.id);
    expect(split.slug).toBe('bo-berg-region-syddanmark');
    // The council's next meeting finds the region's Bo Berg.
    const next = await importAs('Region Syddanmark', meeting('Sundhedsråd Sønderjylland', '2025-04-02', ['Bo Berg']));
    expect((await personOf(next, 'Bo Berg')).id).toBe(split.personId);

    const undone = await undoPersonChange({ db: handle.db, changeId: split.changeId, actor: COMMAND_LINE_ACTOR });
    if (!undone.ok) throw new Error(undone.reason);
    expect((await personOf(council, 'Bo Berg')).id).toBe(one.id);
    const actions = await rows<{ action: string }>(
      "select action from audit_log where action like 'person.split%' order by id",
    );
    expect(actions.map((a) => a.action)).toEqual(['person.split', 'person.split_undo']);
  });

  it('refuses to merge a person with itself or to split off nothing', async () => {
    expect(await mergePersons({ db: handle.db, fromPersonId: 1, intoPersonId: 1, actor: COMMAND_LINE_ACTOR })).toEqual({
      ok: false,
      reason: 'same_person',
    });
    expect(
      await splitPerson({
        db: handle.db,
        personId: 1,
        memberships: [],
        participants: [],
        publisherIds: [],
        actor: COMMAND_LINE_ACTOR,
      }),
    ).toEqual({ ok: false, reason: 'nothing_chosen' });
  });
});
