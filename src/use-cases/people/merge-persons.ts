/**
 * mergePersons: two person records are one person (an admin knows that "Anne Jensen" of Greve
 * Kommune and of Region Sjælland is the same woman). Every membership, meeting participation,
 * publisher name and user account of the one moves to the other; the merged record stays and
 * points to the kept one (its page redirects there). Written to the change log; undoable
 * (undoPersonChange).
 *
 * Who may call it: admins. Returns the change's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { findPersonById, mergePersonRows } from '../../db/stores/persons.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface MergePersonsInput {
  db: Db;
  /** The person merged away. */
  fromPersonId: number;
  /** The person kept. */
  intoPersonId: number;
  actor: AuditActor;
}

export type MergePersonsResult =
  | { ok: true; changeId: number }
  | { ok: false; reason: 'same_person' | 'not_found' | 'already_merged' };

export async function mergePersons(input: MergePersonsInput): Promise<MergePersonsResult> {
  const { db, fromPersonId, intoPersonId, actor } = input;
  if (fromPersonId === intoPersonId) return { ok: false, reason: 'same_person' };
  return db.transaction(async (tx) => {
    const [from, into] = await Promise.all([findPersonById(tx, fromPersonId), findPersonById(tx, intoPersonId)]);
    if (!from || !into) return { ok: false, reason: 'not_found' } as const;
    if (from.mergedIntoId !== null || into.mergedIntoId !== null)
      return { ok: false, reason: 'already_merged' } as const;
    const changeId = await mergePersonRows(tx, fromPersonId, intoPersonId);
    await recordAuditEntry(tx, {
      actor,
      action: 'person.merge',
      entity: 'person',
      entityId: intoPersonId,
      before: {
        person: { id: from.id, name: from.name, slug: from.slug },
        into: { id: into.id, name: into.name, slug: into.slug },
      },
      after: { changeId, mergedInto: into.id },
    });
    return { ok: true, changeId } as const;
  });
}
