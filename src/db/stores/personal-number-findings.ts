/**
 * Where personal numbers were found in stored meetings and their attachments (never the numbers:
 * they were masked before anything was written). A meeting's document findings are replaced
 * whenever the meeting is written again; an attachment's when its file is stored. An attachment
 * whose text held a number is withheld: its row keeps the file's checksum (its masked text stays
 * searchable) but no file the portal could serve.
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { PersonalNumberFinding } from '../../domain/cpr-document.js';
import type { DbOrTx, Tx } from '../client.js';
import { agendaItems, attachments, bodies, meetings, organisations, personalNumberFindings } from '../schema/index.js';

/** Replaces what was found in a meeting's document (not its attachments' text), inside the meeting's transaction. */
export async function replaceDocumentFindings(
  tx: Tx,
  meetingId: number,
  findings: readonly PersonalNumberFinding[],
): Promise<void> {
  await tx
    .delete(personalNumberFindings)
    .where(and(eq(personalNumberFindings.meetingId, meetingId), isNull(personalNumberFindings.attachmentSha256)));
  if (findings.length === 0) return;
  await tx.insert(personalNumberFindings).values(findings.map((finding) => ({ meetingId, ...finding })));
}

/** Adds what a rescan found in a meeting's stored texts (src/use-cases/imports/rescan-personal-numbers.ts). */
export async function addDocumentFindings(
  tx: Tx,
  meetingId: number,
  findings: readonly PersonalNumberFinding[],
): Promise<void> {
  if (findings.length === 0) return;
  await tx.insert(personalNumberFindings).values(findings.map((finding) => ({ meetingId, ...finding })));
}

export interface AttachmentFindingsInput {
  meetingId: number;
  sha256: string;
  itemNumber: number | null;
  /** The attachment's title (masked). */
  title: string;
  findings: ReadonlyArray<Pick<PersonalNumberFinding, 'page' | 'confidence' | 'context'>>;
}

/**
 * Records what was found in an attachment's text for a meeting (replacing what was recorded for
 * that file there before), and withholds the file: the meeting's attachment rows of that checksum
 * keep it but lose the file's path, so no page, API or OParl link serves the original.
 */
export async function withholdAttachment(tx: Tx, input: AttachmentFindingsInput): Promise<void> {
  await tx
    .delete(personalNumberFindings)
    .where(
      and(
        eq(personalNumberFindings.meetingId, input.meetingId),
        eq(personalNumberFindings.attachmentSha256, input.sha256),
      ),
    );
  if (input.findings.length > 0) {
    await tx.insert(personalNumberFindings).values(
      input.findings.map((finding) => ({
        meetingId: input.meetingId,
        itemNumber: input.itemNumber,
        place: 'attachment_page' as const,
        label: input.title,
        attachmentSha256: input.sha256,
        ...finding,
      })),
    );
  }
  await tx
    .update(attachments)
    .set({ filePath: null, mediaType: null })
    .where(
      and(
        eq(attachments.sha256, input.sha256),
        sql`${attachments.itemId} in (select ${agendaItems.id} from ${agendaItems} where ${agendaItems.meetingId} = ${input.meetingId})`,
      ),
    );
}

export interface PersonalNumberFindingRow {
  id: number;
  meetingId: number;
  heldOn: string;
  bodyName: string;
  publisherName: string | null;
  itemNumber: number | null;
  /** The stored item of that number, when there is one (for a link). */
  itemId: number | null;
  itemTitle: string | null;
  place: PersonalNumberFinding['place'];
  label: string | null;
  page: number | null;
  confidence: PersonalNumberFinding['confidence'];
  context: string;
  foundAt: Date;
}

/** Every finding, the most recently found meetings first, each meeting's findings in document order. */
export async function listPersonalNumberFindings(db: DbOrTx, limit = 2000): Promise<PersonalNumberFindingRow[]> {
  return db
    .select({
      id: personalNumberFindings.id,
      meetingId: personalNumberFindings.meetingId,
      heldOn: meetings.heldOn,
      bodyName: bodies.name,
      publisherName: organisations.name,
      itemNumber: personalNumberFindings.itemNumber,
      itemId: sql<
        number | null
      >`(select min(i.id) from ${agendaItems} i where i.meeting_id = ${meetings.id} and i.number = ${personalNumberFindings.itemNumber})`,
      itemTitle: sql<
        string | null
      >`(select min(i.title) from ${agendaItems} i where i.meeting_id = ${meetings.id} and i.number = ${personalNumberFindings.itemNumber})`,
      place: personalNumberFindings.place,
      label: personalNumberFindings.label,
      page: personalNumberFindings.page,
      confidence: personalNumberFindings.confidence,
      context: personalNumberFindings.context,
      foundAt: personalNumberFindings.foundAt,
    })
    .from(personalNumberFindings)
    .innerJoin(meetings, eq(meetings.id, personalNumberFindings.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(organisations, eq(organisations.id, bodies.publisherId))
    .orderBy(
      desc(sql`max(${personalNumberFindings.foundAt}) over (partition by ${personalNumberFindings.meetingId})`),
      asc(personalNumberFindings.meetingId),
      asc(personalNumberFindings.id),
    )
    .limit(limit);
}
