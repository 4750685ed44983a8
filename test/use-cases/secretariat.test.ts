/**
 * The secretariat's use cases on both databases: bodies, meetings, the agenda builder, the item
 * editor's optimistic concurrency, decisions and absentees, attachments, publishing the agenda and
 * the minutes, corrections as new versions, cancelling, and the audit log of every change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { loadMeetingDocument } from '../../src/db/queries/meeting-document.js';
import { findDraftMeeting } from '../../src/db/queries/meeting-drafts.js';
import { findMeetingVersion } from '../../src/db/queries/meeting-versions.js';
import { findPublicMeeting } from '../../src/db/queries/meetings.js';
import { publicProjection } from '../../src/domain/public-projection.js';
import { listAuditLog } from '../../src/use-cases/audit/list-audit-log.js';
import type { AuditActor } from '../../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../../src/use-cases/meetings/add-agenda-item.js';
import { addAttachment } from '../../src/use-cases/meetings/add-attachment.js';
import { cancelMeeting } from '../../src/use-cases/meetings/cancel-meeting.js';
import { createMeeting } from '../../src/use-cases/meetings/create-meeting.js';
import { moveAgendaItem } from '../../src/use-cases/meetings/move-agenda-item.js';
import { publishAgenda } from '../../src/use-cases/meetings/publish-agenda.js';
import { publishCorrection } from '../../src/use-cases/meetings/publish-correction.js';
import { publishMinutes } from '../../src/use-cases/meetings/publish-minutes.js';
import { recordDecision } from '../../src/use-cases/meetings/record-decision.js';
import { removeAgendaItem } from '../../src/use-cases/meetings/remove-agenda-item.js';
import { removeAttachment } from '../../src/use-cases/meetings/remove-attachment.js';
import { setMeetingParticipants } from '../../src/use-cases/meetings/set-meeting-participants.js';
import { updateAgendaItem } from '../../src/use-cases/meetings/update-agenda-item.js';
import { updateMeeting } from '../../src/use-cases/meetings/update-meeting.js';
import { createBody } from '../../src/use-cases/people/create-body.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { publisherNamed } from '../helpers/publishers.js';

const actor: AuditActor = { userId: 7, label: 'sekretariat@fjordby.dk' };
const PDF = new TextEncoder().encode('%PDF-1.4\n% test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const MEETING = {
  heldOn: '2027-03-23',
  startTime: '16:00',
  endTime: '18:00',
  location: 'Mødelokale 1',
  kind: 'ordinary' as const,
};
/** After the meeting (23 March 2027 at 16.00, Danish time): its minutes may be published. */
const AFTER_MEETING = new Date('2027-03-23T15:00:00Z');

describe.each(TEST_DATABASES)('secretariat use cases on $name', (database) => {
  let handle: DbHandle;
  let dataDir: string;
  let bodyId: number;
  let publisherId: number;

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-attachments-'));
    publisherId = (await publisherNamed(handle.db, 'Region Syddanmark')).id;
    const body = await createBody({
      db: handle.db,
      name: 'Sundhedsråd Prøveby',
      kind: 'health_council',
      publisherId,
      actor,
    });
    if (!body.ok) throw new Error(body.reason);
    bodyId = body.bodyId;
  });
  afterAll(async () => {
    await handle?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const newMeeting = async () => {
    const created = await createMeeting({ db: handle.db, bodyId, actor, ...MEETING });
    if (!created.ok) throw new Error(created.reason);
    return created.meetingId;
  };
  const add = async (meetingId: number, template: Parameters<typeof addAgendaItem>[0]['template'], title?: string) => {
    const added = await addAgendaItem({ db: handle.db, meetingId, template, title, actor });
    if (!added.ok) throw new Error(added.reason);
    return added.itemId;
  };

  it('creates a body once per name', async () => {
    expect(
      await createBody({ db: handle.db, name: ' Sundhedsråd  Prøveby ', kind: 'health_council', publisherId, actor }),
    ).toEqual({
      ok: false,
      reason: 'name_taken',
    });
    expect(await createBody({ db: handle.db, name: '  ', kind: 'committee', publisherId, actor })).toEqual({
      ok: false,
      reason: 'name_missing',
    });
  });

  it('builds an agenda from templates, renumbers on moves and removals', async () => {
    const meetingId = await newMeeting();
    const first = await add(meetingId, 'approve_agenda');
    const second = await add(meetingId, 'announcements');
    const third = await add(meetingId, 'case', 'Sundhedsaftale 2027');
    await add(meetingId, 'any_other_business');
    expect((await moveAgendaItem({ db: handle.db, itemId: third, direction: 'up', actor })).ok).toBe(true);
    expect(await moveAgendaItem({ db: handle.db, itemId: first, direction: 'up', actor })).toMatchObject({
      ok: true,
      moved: false,
      number: 1,
    });
    let draft = await findDraftMeeting(handle.db, meetingId);
    expect(draft!.items.map((item) => item.title)).toEqual([
      'Godkendelse af dagsorden',
      'Sundhedsaftale 2027',
      'Meddelelser',
      'Eventuelt',
    ]);
    expect(draft!.items[1].sections.map((s) => s.heading)).toEqual([
      'Resumé',
      'Sagsfremstilling',
      'Økonomi',
      'Indstilling',
    ]);
    await removeAgendaItem({ db: handle.db, itemId: second, actor });
    draft = await findDraftMeeting(handle.db, meetingId);
    expect(draft!.items.map((item) => item.position)).toEqual([0, 1, 2]);
  });

  it('refuses a stale revision: the second of two saves gets the saved item back, nothing overwritten', async () => {
    const meetingId = await newMeeting();
    const itemId = await add(meetingId, 'case', 'Samtidig redigering');
    const base = { db: handle.db, itemId, timeSlot: null, caseNumber: null, isClosed: false, actor };
    const first = await updateAgendaItem({
      ...base,
      revision: 1,
      title: 'Samtidig redigering',
      sections: [{ kind: 'summary', heading: 'Resumé', text: 'Anden sekretærs tekst.' }],
    });
    expect(first).toMatchObject({ ok: true, revision: 2, changed: true });
    const second = await updateAgendaItem({
      ...base,
      revision: 1,
      title: 'Samtidig redigering',
      sections: [{ kind: 'summary', heading: 'Resumé', text: 'Min tekst.' }],
    });
    expect(second.ok).toBe(false);
    if (second.ok || second.reason !== 'conflict') throw new Error('expected a conflict');
    expect(second.current.sections[0].text).toBe('Anden sekretærs tekst.');
    const draft = await findDraftMeeting(handle.db, meetingId);
    expect(draft!.items[0].sections[0].text).toBe('Anden sekretærs tekst.');
    // Merged and saved against the current revision: accepted.
    const merged = await updateAgendaItem({
      ...base,
      revision: 2,
      title: 'Samtidig redigering',
      sections: [{ kind: 'summary', heading: 'Resumé', text: 'Anden sekretærs tekst. Min tekst.' }],
    });
    expect(merged).toMatchObject({ ok: true, revision: 3 });
    const meetingSave = await updateMeeting({ db: handle.db, meetingId, revision: 99, actor, ...MEETING });
    expect(meetingSave).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('publishes the agenda, then the minutes, then a correction; the public record follows each', async () => {
    const meetingId = await newMeeting();
    const open = await add(meetingId, 'case', 'Sundhedsaftale');
    const closed = await add(meetingId, 'closed', 'Lukket: Personalesag');
    await updateAgendaItem({
      db: handle.db,
      itemId: closed,
      revision: 1,
      title: 'Lukket: Personalesag',
      timeSlot: '16.30-17.00',
      caseNumber: '27/123',
      isClosed: true,
      sections: [{ kind: 'summary', heading: 'Resumé', text: 'Fortroligt indhold om en medarbejder.' }],
      actor,
    });
    await recordDecision({
      db: handle.db,
      itemId: open,
      revision: 1,
      decision: { text: 'Godkendt.', outcome: null, dissents: null, decidedOn: null },
      absentees: [{ name: 'Hans Hansen', role: 'Medlem' }],
      actor,
    });
    // Nothing is public before the agenda is published.
    expect((await findPublicMeeting(handle.db, meetingId))!.items).toEqual([]);

    const agenda = await publishAgenda({ db: handle.db, meetingId, actor });
    expect(agenda).toEqual({ ok: true, version: 1, kind: 'agenda' });
    expect(await publishAgenda({ db: handle.db, meetingId, actor })).toEqual({
      ok: false,
      reason: 'already_published',
    });
    const publicAgenda = await loadMeetingDocument(handle.db, meetingId, { audience: 'public' });
    expect(publicAgenda!.documentType).toBe('dagsorden');
    expect(publicAgenda!.items.map((item) => item.title)).toEqual(['Sundhedsaftale', 'Lukket: Personalesag']);
    // The decision recorded before the agenda was published is not part of it.
    expect(publicAgenda!.items[0].decision).toBeNull();
    expect(JSON.stringify(publicAgenda)).not.toContain('Fortroligt');
    const memberAgenda = await loadMeetingDocument(handle.db, meetingId, { audience: 'member' });
    expect(JSON.stringify(memberAgenda)).toContain('Fortroligt');

    // Minutes: a participant absent, the decision and its absentee.
    const draft = await findDraftMeeting(handle.db, meetingId);
    await setMeetingParticipants({
      db: handle.db,
      meetingId,
      revision: draft!.revision,
      participants: [
        { name: 'Anne Formand', role: 'Formand', isAbsent: false },
        { name: 'Hans Hansen', role: null, isAbsent: true },
      ],
      actor,
    });
    expect(await publishMinutes({ db: handle.db, meetingId, actor, now: AFTER_MEETING })).toEqual({
      ok: true,
      version: 2,
      kind: 'minutes',
    });
    const minutes = await loadMeetingDocument(handle.db, meetingId, { audience: 'public' });
    expect(minutes!.documentType).toBe('referat');
    expect(minutes!.items[0].decision).toMatchObject({ text: 'Godkendt.', outcome: 'approved' });
    expect(minutes!.items[0].absent).toEqual([{ name: 'Hans Hansen', title: null, role: 'Medlem', party: null }]);
    expect(minutes!.participants.find((p) => p.name === 'Hans Hansen')!.absent).toBe(true);

    // A correction needs a reason and a change.
    expect(await publishCorrection({ db: handle.db, meetingId, reason: ' ', actor })).toEqual({
      ok: false,
      reason: 'reason_missing',
    });
    expect(await publishCorrection({ db: handle.db, meetingId, reason: 'Ingen ændring', actor })).toEqual({
      ok: false,
      reason: 'unchanged',
    });
    const item = (await findDraftMeeting(handle.db, meetingId))!.items[0];
    await recordDecision({
      db: handle.db,
      itemId: open,
      revision: item.revision,
      decision: {
        text: 'Godkendt med den ændring, at planen sendes i høring.',
        outcome: null,
        dissents: null,
        decidedOn: null,
      },
      absentees: item.absentees,
      actor,
    });
    expect(
      await publishCorrection({ db: handle.db, meetingId, reason: 'Beslutningen var gengivet ufuldstændigt.', actor }),
    ).toEqual({ ok: true, version: 3, kind: 'minutes' });
    const corrected = await loadMeetingDocument(handle.db, meetingId, { audience: 'public' });
    expect(corrected!.items[0].decision!.text).toContain('høring');
    const version = await findMeetingVersion(handle.db, meetingId, 3);
    expect(version).toMatchObject({ kind: 'minutes', reason: 'Beslutningen var gengivet ufuldstændigt.', count: 3 });
    expect(version!.previous!.snapshot.items[0].decision!.text).toBe('Godkendt.');
    // The snapshot is the members' view; its public projection has no closed content.
    expect(JSON.stringify(version!.snapshot)).toContain('Fortroligt');
    expect(JSON.stringify(publicProjection(version!.snapshot))).not.toContain('Fortroligt');
    expect(JSON.stringify(publicProjection(version!.snapshot))).not.toContain('27/123');
  });

  it('refuses the minutes before the meeting has begun, and publishes them from its start', async () => {
    const created = await createMeeting({
      db: handle.db,
      bodyId,
      ...MEETING,
      heldOn: '2027-03-16',
      startTime: '09:00',
      actor,
    });
    if (!created.ok) throw new Error(created.reason);
    const meetingId = created.meetingId;
    await addAgendaItem({ db: handle.db, meetingId, template: 'approve_agenda', actor });
    // 16 March 2027 at 9.00 in Copenhagen is 8.00 UTC (winter time): one minute before, refused.
    const early = await publishMinutes({ db: handle.db, meetingId, actor, now: new Date('2027-03-16T07:59:00Z') });
    expect(early).toEqual({ ok: false, reason: 'not_started', heldOn: '2027-03-16', startTime: '09:00' });
    expect((await findDraftMeeting(handle.db, meetingId))!.versions).toEqual([]);
    expect(await findPublicMeeting(handle.db, meetingId)).toMatchObject({ status: 'planned' });
    // The agenda may be published before the meeting; only the minutes wait.
    expect((await publishAgenda({ db: handle.db, meetingId, actor, now: new Date('2027-03-01T12:00:00Z') })).ok).toBe(
      true,
    );
    const onTime = await publishMinutes({ db: handle.db, meetingId, actor, now: new Date('2027-03-16T08:00:00Z') });
    expect(onTime).toEqual({ ok: true, version: 2, kind: 'minutes' });
  });

  it('stores attachments by content, checks their type by their bytes and keeps closed ones closed', async () => {
    const meetingId = await newMeeting();
    const itemId = await add(meetingId, 'case', 'Med bilag');
    const ok = await addAttachment({
      db: handle.db,
      dataDir,
      itemId,
      title: '',
      fileName: 'C:\\Users\\x\\Økonomioversigt.pdf',
      bytes: PDF,
      isClosed: false,
      actor,
    });
    expect(ok.ok).toBe(true);
    const closed = await addAttachment({
      db: handle.db,
      dataDir,
      itemId,
      title: 'Fortroligt notat',
      fileName: 'notat.pdf',
      bytes: PDF,
      isClosed: true,
      actor,
    });
    expect(closed.ok).toBe(true);
    const files = fs.readdirSync(path.join(dataDir, 'attachments'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}$/);
    const fake = await addAttachment({
      db: handle.db,
      dataDir,
      itemId,
      title: 'Falsk',
      fileName: 'falsk.pdf',
      bytes: new TextEncoder().encode('<script>alert(1)</script>'),
      isClosed: false,
      actor,
    });
    expect(fake).toEqual({ ok: false, reason: 'file_invalid', problem: 'type_mismatch' });
    const exe = await addAttachment({
      db: handle.db,
      dataDir,
      itemId,
      title: 'Program',
      fileName: 'program.exe',
      bytes: new Uint8Array([0x4d, 0x5a, 0, 0]),
      isClosed: false,
      actor,
    });
    expect(exe).toEqual({ ok: false, reason: 'file_invalid', problem: 'type_not_allowed' });

    const draft = await findDraftMeeting(handle.db, meetingId);
    expect(draft!.items[0].attachments.map((a) => [a.title, a.fileName, a.isClosed])).toEqual([
      ['Økonomioversigt', 'Økonomioversigt.pdf', false],
      ['Fortroligt notat', 'notat.pdf', true],
    ]);
    await publishAgenda({ db: handle.db, meetingId, actor });
    const publicDocument = await loadMeetingDocument(handle.db, meetingId, { audience: 'public' });
    expect(publicDocument!.items[0].attachments.map((a) => a.title)).toEqual(['Økonomioversigt']);
    const rows = await handle.query<{ title: string; file_path: string; is_closed: boolean }>(
      'select a.title, a.file_path, a.is_closed from attachments a join agenda_items i on i.id = a.item_id where i.meeting_id = $1 order by a.position',
      [meetingId],
    );
    expect(rows.map((row) => [row.title, row.is_closed])).toEqual([
      ['Økonomioversigt', false],
      ['Fortroligt notat', true],
    ]);
    expect(rows[0].file_path).toBe(`attachments/${files[0]}`);
    const removed = await removeAttachment({
      db: handle.db,
      attachmentId: (ok as { attachmentId: number }).attachmentId,
      actor,
    });
    expect(removed.ok).toBe(true);
  });

  it('cancels a meeting; a cancelled or imported meeting cannot be changed', async () => {
    const meetingId = await newMeeting();
    const itemId = await add(meetingId, 'announcements');
    expect(await cancelMeeting({ db: handle.db, meetingId, actor })).toEqual({ ok: true });
    expect(await addAgendaItem({ db: handle.db, meetingId, template: 'case', actor })).toEqual({
      ok: false,
      reason: 'not_editable',
    });
    expect(await moveAgendaItem({ db: handle.db, itemId, direction: 'down', actor })).toEqual({
      ok: false,
      reason: 'not_editable',
    });
    expect(await publishAgenda({ db: handle.db, meetingId, actor })).toEqual({ ok: false, reason: 'not_editable' });
    expect(await publishAgenda({ db: handle.db, meetingId: 999_999, actor })).toEqual({
      ok: false,
      reason: 'not_found',
    });
  });

  it('records who changed what, before and after, for every change', async () => {
    const { entries } = await listAuditLog({ db: handle.db, pageSize: 500 });
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of [
      'body.create',
      'meeting.create',
      'meeting.cancel',
      'meeting.participants',
      'agenda_item.create',
      'agenda_item.move',
      'agenda_item.remove',
      'agenda_item.update',
      'decision.record',
      'attachment.add',
      'attachment.remove',
      'meeting.publish_agenda',
      'meeting.publish_minutes',
      'meeting.publish_correction',
    ]) {
      expect(actions, action).toContain(action);
    }
    const update = entries.find((entry) => entry.action === 'agenda_item.update')!;
    expect(update.actorLabel).toBe('sekretariat@fjordby.dk');
    expect(update.before).toMatchObject({ revision: 1 });
    expect(update.after).toMatchObject({ revision: 2 });
    const correction = entries.find((entry) => entry.action === 'meeting.publish_correction')!;
    expect(correction.after).toMatchObject({ reason: 'Beslutningen var gengivet ufuldstændigt.', version: 3 });
  });
});
