/**
 * Writes one meeting document (the importer's output) as one meeting aggregate: body, meeting,
 * participants (and the persons and memberships they imply), items with sections, decision,
 * attachments, absentees and cases. Runs inside the caller's transaction; batched statements so
 * that a meeting costs a dozen round trips, not hundreds.
 *
 * Re-saving the same identity updates the meeting in place: items keep their ids (and so their
 * permalinks) by position; their children are replaced.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MeetingDocument } from '../domain/meeting-document.js';
import { isUsableSourceId, nameKey, naturalMeetingKey, sourceMeetingKey } from '../domain/publisher.js';
import { sectionKind } from '../domain/sections.js';
import type { DbOrTx, Tx } from './client.js';
import {
  ensureBodyOfPublisher,
  ensureCasesOfPublisher,
  ensurePersonsInScope,
  findBodyOfPublisher,
  findMeetingByKeys,
  type PublisherRow,
  personScopeOfBody,
  recordMeetingKeys,
} from './identities.js';
import {
  agendaItems,
  attachments,
  bodies,
  decisions,
  itemAbsentees,
  meetingParticipants,
  meetings,
  memberships,
  sections,
  sourceFiles,
} from './schema/index.js';

export type { Tx };

export interface SourceFileInfo {
  fileName: string;
  checksum: string;
  sizeBytes: number;
  format: string;
  /** The file's bytes, kept so that the portal can serve the source document. */
  content?: Uint8Array;
}

export interface SaveMeetingInput {
  document: MeetingDocument;
  /** Who published it: the body is this publisher's, its cases and persons are matched within it. */
  publisher: PublisherRow;
  contentHash: string;
  source: SourceFileInfo;
  /** The source's own ids beyond the document's (the harvested site's meeting GUID). */
  sourceIds?: string[];
  /** Where the meeting was published (harvested meetings). */
  sourceUrl?: string | null;
  isFictitious?: boolean;
}

/** The source keys a document is known by: its own GUID and any the caller adds (never the zero GUID). */
export function sourceKeysOf(document: MeetingDocument, extra: string[] = []): string[] {
  const ids = [...extra, document.sourceId ?? null].filter(isUsableSourceId);
  return [...new Set(ids.map(sourceMeetingKey))];
}

/** Text of an open item for full-text search; closed items get none. */
function searchTextOf(item: MeetingDocument['items'][number]): string {
  if (item.closed) return '';
  const parts = item.sections.map((section) => `${section.heading}\n${section.text}`);
  if (item.decision && !item.sections.some((s) => sectionKind(s.heading) === 'decision'))
    parts.push(item.decision.text);
  return parts.join('\n\n');
}

/** The stored meeting a document would update (by any of its identities), without writing anything. */
export async function findStoredMeeting(
  db: DbOrTx,
  publisher: PublisherRow,
  document: MeetingDocument,
  sourceIds?: string[],
): Promise<{ id: number; contentHash: string | null } | null> {
  const body = await findBodyOfPublisher(db, publisher, document.body);
  const keys = [
    ...sourceKeysOf(document, sourceIds),
    ...(body ? [naturalMeetingKey(body.id, document.date, document.startTime)] : []),
  ];
  const id = await findMeetingByKeys(db, keys);
  if (id === null) return null;
  const [row] = await db
    .select({ id: meetings.id, contentHash: meetings.contentHash })
    .from(meetings)
    .where(eq(meetings.id, id));
  return row ?? null;
}

export type SaveState = 'new' | 'update' | 'unchanged';

/**
 * Saves the meeting under its publisher; returns its id and whether it was new, updated or
 * unchanged (the same content hash: nothing is written). The stored meeting is the one known by
 * any of the document's identities (its source GUIDs, else the publisher's body + date + start
 * time); two imports of one meeting at once are serialised.
 */
export async function saveMeeting(tx: Tx, input: SaveMeetingInput): Promise<{ meetingId: number; state: SaveState }> {
  const { document, publisher, contentHash, source, isFictitious = false } = input;
  const bodyId = await ensureBodyOfPublisher(tx, publisher, document.body, isFictitious);
  const natural = naturalMeetingKey(bodyId, document.date, document.startTime);
  const keys = [...sourceKeysOf(document, input.sourceIds), natural];
  // Two imports of the same meeting at once: the second waits here for the first to commit,
  // then sees its row (a row lock cannot do this for a row that does not exist yet).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${natural}))`);
  const existingId = await findMeetingByKeys(tx, keys);
  if (existingId !== null) {
    const [stored] = await tx
      .select({ contentHash: meetings.contentHash })
      .from(meetings)
      .where(eq(meetings.id, existingId))
      .for('update');
    if (stored?.contentHash === contentHash) {
      await recordMeetingKeys(tx, existingId, keys);
      return { meetingId: existingId, state: 'unchanged' };
    }
  }

  const [sourceFile] = await tx
    .insert(sourceFiles)
    .values(source)
    .onConflictDoUpdate({ target: sourceFiles.checksum, set: { fileName: sql`excluded.file_name` } })
    .returning({ id: sourceFiles.id });

  const values = {
    bodyId,
    heldOn: document.date,
    startTime: document.startTime,
    location: document.location,
    documentType: document.documentType,
    status: document.documentType === 'referat' ? ('minutes_published' as const) : ('agenda_published' as const),
    identityKey: keys[0],
    sourceId: document.sourceId ?? null,
    sourceFileId: sourceFile.id,
    ...(input.sourceUrl !== undefined ? { sourceUrl: input.sourceUrl } : {}),
    contentHash,
    warnings: document.warnings,
    isFictitious,
    updatedAt: new Date(),
  };
  let meetingId: number;
  if (existingId !== null) {
    meetingId = existingId;
    await tx.update(meetings).set(values).where(eq(meetings.id, meetingId));
  } else {
    const [created] = await tx.insert(meetings).values(values).returning({ id: meetings.id });
    meetingId = created.id;
  }
  await recordMeetingKeys(tx, meetingId, keys);
  await writeMeetingContent(tx, { meetingId, bodyId, document, isNew: existingId === null });
  return { meetingId, state: existingId === null ? 'new' : 'update' };
}

/**
 * Writes a stored meeting's participants and items (with sections, decision, attachments,
 * absentees and cases) from a document, replacing what was there; items keep their ids by
 * position. Used by the importer (saveMeeting) and by publishing a meeting made in Protokol.
 * Returns the items' ids in document order.
 */
export async function writeMeetingContent(
  tx: Tx,
  {
    meetingId,
    bodyId,
    document,
    isNew = false,
  }: { meetingId: number; bodyId: number; document: MeetingDocument; isNew?: boolean },
): Promise<number[]> {
  if (!isNew) await tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId));
  const scope = await personScopeOfBody(tx, bodyId);
  const personIds = await ensurePersonsInScope(
    tx,
    document.participants.map((p) => p.name),
    scope,
  );
  if (document.participants.length > 0) {
    await tx.insert(meetingParticipants).values(
      document.participants.map((p, position) => ({
        meetingId,
        personId: personIds.get(nameKey(p.name)) ?? null,
        position,
        name: p.name,
        party: p.party,
        organisation: p.organization,
        role: p.role,
        isAbsent: p.absent,
      })),
    );
    await recordMemberships(tx, bodyId, document, personIds);
  }

  const caseIds = await ensureCasesOfPublisher(
    tx,
    scope.home,
    document.items.map((item) => item.caseNumber).filter((n): n is string => Boolean(n)),
  );
  const { itemIds, files } = await saveItems(tx, meetingId, document, caseIds);
  await saveItemChildren(tx, document, itemIds, files);
  return itemIds;
}

/** The stored file of an attachment (harvested or published), kept across a rewrite of its item. */
type AttachmentFile = Pick<
  typeof attachments.$inferSelect,
  'sha256' | 'sourceUrl' | 'filePath' | 'mediaType' | 'sizeBytes'
>;

const attachmentKey = (itemId: number, documentId: string | null, title: string) =>
  `${itemId}|${documentId ?? `title:${title}`}`;

async function storedAttachmentFiles(tx: Tx, itemIds: number[]): Promise<Map<string, AttachmentFile>> {
  const rows = await tx
    .select({
      itemId: attachments.itemId,
      documentId: attachments.documentId,
      title: attachments.title,
      sha256: attachments.sha256,
      sourceUrl: attachments.sourceUrl,
      filePath: attachments.filePath,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
    })
    .from(attachments)
    .where(and(inArray(attachments.itemId, itemIds), sql`${attachments.filePath} is not null`));
  return new Map(
    rows.map(({ itemId, documentId, title, ...file }) => [attachmentKey(itemId, documentId, title), file]),
  );
}

async function saveItems(tx: Tx, meetingId: number, document: MeetingDocument, caseIds: Map<string, number>) {
  let files = new Map<string, AttachmentFile>();
  const rows = document.items.map((item, position) => ({
    meetingId,
    position,
    number: item.number,
    title: item.title,
    timeSlot: item.timeSlot,
    caseId: item.caseNumber ? (caseIds.get(item.caseNumber) ?? null) : null,
    documentId: item.documentId,
    isClosed: item.closed,
    searchText: searchTextOf(item),
    sourceLine: item.source?.line ?? null,
    sourcePage: item.source?.page ?? null,
  }));
  const existing = await tx
    .select({ id: agendaItems.id, position: agendaItems.position })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  const idByPosition = new Map(existing.map((row) => [row.position, row.id]));
  const itemIds: number[] = [];
  const toInsert: typeof rows = [];
  for (const row of rows) {
    const id = idByPosition.get(row.position);
    if (id !== undefined) {
      await tx.update(agendaItems).set(row).where(eq(agendaItems.id, id));
      itemIds[row.position] = id;
    } else toInsert.push(row);
  }
  if (toInsert.length > 0) {
    const inserted = await tx
      .insert(agendaItems)
      .values(toInsert)
      .returning({ id: agendaItems.id, position: agendaItems.position });
    for (const row of inserted) itemIds[row.position] = row.id;
  }
  const stale = existing.filter((row) => row.position >= rows.length).map((row) => row.id);
  if (stale.length > 0) await tx.delete(agendaItems).where(inArray(agendaItems.id, stale));
  const kept = existing.filter((row) => row.position < rows.length).map((row) => row.id);
  if (kept.length > 0) {
    await tx.delete(sections).where(inArray(sections.itemId, kept));
    await tx.delete(decisions).where(inArray(decisions.itemId, kept));
    files = await storedAttachmentFiles(tx, kept);
    await tx.delete(attachments).where(inArray(attachments.itemId, kept));
    await tx.delete(itemAbsentees).where(inArray(itemAbsentees.itemId, kept));
  }
  return { itemIds, files };
}

async function saveItemChildren(
  tx: Tx,
  document: MeetingDocument,
  itemIds: number[],
  files: Map<string, AttachmentFile>,
) {
  const sectionRows = document.items.flatMap((item, i) =>
    item.sections.map((section, position) => ({
      itemId: itemIds[i],
      position,
      heading: section.heading,
      kind: sectionKind(section.heading),
      text: section.text,
    })),
  );
  const decisionRows = document.items.flatMap((item, i) =>
    item.decision
      ? [
          {
            itemId: itemIds[i],
            text: item.decision.text,
            outcome: item.decision.outcome,
            // As printed: null when the minutes give the decision no date of its own.
            decidedOn: item.decision.date,
            parts: item.decision.parts,
            dissents: item.decision.dissents,
          },
        ]
      : [],
  );
  const attachmentRows = document.items.flatMap((item, i) =>
    item.attachments.map((attachment, position) => ({
      itemId: itemIds[i],
      position,
      title: attachment.title,
      documentId: attachment.documentId,
      caseNumber: attachment.caseNumber ?? null,
      isClosed: item.closed || attachment.closed === true,
      ...files.get(attachmentKey(itemIds[i], attachment.documentId, attachment.title)),
    })),
  );
  const absenteeRows = document.items.flatMap((item, i) =>
    item.absent.map((absentee) => ({
      itemId: itemIds[i],
      name: absentee.name,
      title: absentee.title ?? null,
      role: absentee.role ?? null,
      party: absentee.party ?? null,
    })),
  );
  // PostgreSQL allows 65,535 parameters per statement; chunk large meetings.
  for (const chunk of chunks(sectionRows, 2000)) await tx.insert(sections).values(chunk);
  for (const chunk of chunks(decisionRows, 2000)) await tx.insert(decisions).values(chunk);
  for (const chunk of chunks(attachmentRows, 2000)) await tx.insert(attachments).values(chunk);
  for (const chunk of chunks(absenteeRows, 2000)) await tx.insert(itemAbsentees).values(chunk);
}

function chunks<T>(rows: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

const ROLE_BY_WORD: ReadonlyArray<readonly [RegExp, 'chair' | 'vice_chair' | 'observer' | 'secretariat']> = [
  [/næstformand/i, 'vice_chair'],
  [/formand/i, 'chair'],
  [/observatør/i, 'observer'],
  [/sekretariat/i, 'secretariat'],
];

/** A participant of a body's meeting is taken to be a member of the body (once). */
async function recordMemberships(tx: Tx, bodyId: number, document: MeetingDocument, personIds: Map<string, number>) {
  const ids = [...new Set(personIds.values())];
  const known = await tx
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), inArray(memberships.personId, ids)));
  const existing = new Set(known.map((row) => row.personId));
  const fresh = new Map<number, typeof memberships.$inferInsert>();
  for (const participant of document.participants) {
    const personId = personIds.get(nameKey(participant.name));
    if (!personId || existing.has(personId) || fresh.has(personId)) continue;
    const role = ROLE_BY_WORD.find(([pattern]) => pattern.test(participant.role ?? ''))?.[1] ?? 'member';
    fresh.set(personId, {
      personId,
      bodyId,
      role,
      party: participant.party,
      organisation: participant.organization,
      title: participant.role,
      fromOn: document.date,
    });
  }
  if (fresh.size > 0) await tx.insert(memberships).values([...fresh.values()]);
}
