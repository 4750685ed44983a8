/**
 * What members (and the body's secretariat, and admins) read beyond the public: the content of
 * closed items and closed attachments, and the stored files of attachments. Callers decide who may
 * read what (src/domain/roles.ts); these queries select everything they are asked for.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DecisionOutcome } from '../../domain/decision.js';
import type { Db } from '../client.js';
import { agendaItems, attachments, decisions, itemAbsentees, meetings, sections } from '../schema/index.js';
import type { PublicItemContent } from './public-items.js';

export type MemberItemContent = Omit<PublicItemContent, 'attachments'> & {
  attachments: { id: number; title: string; documentId: string | null; hasFile: boolean; isClosed: boolean }[];
};

/** Sections, decision, every attachment (closed ones too) and absentees of the items, open or closed. */
export async function loadMemberItemContent(db: Db, itemIds: number[]): Promise<Map<number, MemberItemContent>> {
  const result = new Map<number, MemberItemContent>();
  if (itemIds.length === 0) return result;
  const [sectionRows, decisionRows, attachmentRows, absenteeRows] = await Promise.all([
    db
      .select({ itemId: sections.itemId, heading: sections.heading, kind: sections.kind, text: sections.text })
      .from(sections)
      .where(inArray(sections.itemId, itemIds))
      .orderBy(asc(sections.itemId), asc(sections.position)),
    db
      .select({
        itemId: decisions.itemId,
        text: decisions.text,
        outcome: decisions.outcome,
        decidedOn: decisions.decidedOn,
        parts: decisions.parts,
        dissents: decisions.dissents,
      })
      .from(decisions)
      .where(inArray(decisions.itemId, itemIds)),
    db
      .select({
        itemId: attachments.itemId,
        id: attachments.id,
        title: attachments.title,
        documentId: attachments.documentId,
        hasFile: sql<boolean>`${attachments.filePath} is not null`,
        isClosed: attachments.isClosed,
      })
      .from(attachments)
      .where(inArray(attachments.itemId, itemIds))
      .orderBy(asc(attachments.itemId), asc(attachments.position)),
    db
      .select({
        itemId: itemAbsentees.itemId,
        name: itemAbsentees.name,
        title: itemAbsentees.title,
        role: itemAbsentees.role,
        party: itemAbsentees.party,
      })
      .from(itemAbsentees)
      .where(inArray(itemAbsentees.itemId, itemIds))
      .orderBy(asc(itemAbsentees.itemId), asc(itemAbsentees.id)),
  ]);
  const entry = (itemId: number) => {
    let content = result.get(itemId);
    if (!content) {
      content = { sections: [], decision: null, attachments: [], absentees: [] };
      result.set(itemId, content);
    }
    return content;
  };
  for (const id of itemIds) entry(id);
  for (const { itemId, ...row } of sectionRows) entry(itemId).sections.push(row);
  for (const { itemId, ...row } of decisionRows)
    entry(itemId).decision = { ...row, outcome: row.outcome as DecisionOutcome };
  for (const { itemId, ...row } of attachmentRows) entry(itemId).attachments.push(row);
  for (const { itemId, ...row } of absenteeRows) entry(itemId).absentees.push(row);
  return result;
}

export interface AttachmentFile {
  id: number;
  title: string;
  /** Under the data folder ("attachments/<sha256>"); null when no file is stored. */
  filePath: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  /** The attachment or its item is closed: members of the body only. */
  isClosed: boolean;
  bodyId: number;
}

/** A published attachment with where its file is, or null. */
export async function findAttachmentFile(db: Db, attachmentId: number): Promise<AttachmentFile | null> {
  const [row] = await db
    .select({
      id: attachments.id,
      title: attachments.title,
      filePath: attachments.filePath,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      isClosed: sql<boolean>`(${attachments.isClosed} or ${agendaItems.isClosed})`,
      bodyId: meetings.bodyId,
    })
    .from(attachments)
    .innerJoin(agendaItems, eq(agendaItems.id, attachments.itemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(attachments.id, attachmentId));
  return row ?? null;
}
