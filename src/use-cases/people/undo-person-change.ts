/**
 * undoPersonChange: takes a merge or a split back. The rows that moved go back (those that still
 * sit where the change put them); a merged person is a person again; a split-off person is merged
 * back into the one it came from. Written to the change log.
 *
 * Who may call it: admins. Returns the change's kind and persons and the rows moved back, or why not.
 */
import type { Db } from '../../db/client.js';
import { findPersonChange, type PersonChangeRows, undoPersonChangeRows } from '../../db/stores/persons.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface UndoPersonChangeInput {
  db: Db;
  changeId: number;
  actor: AuditActor;
}

export type UndoPersonChangeResult =
  | { ok: true; kind: 'merge' | 'split'; fromPersonId: number; toPersonId: number; moved: PersonChangeRows }
  | { ok: false; reason: 'not_found' | 'already_undone' };

export async function undoPersonChange({
  db,
  changeId,
  actor,
}: UndoPersonChangeInput): Promise<UndoPersonChangeResult> {
  return db.transaction(async (tx) => {
    const change = await findPersonChange(tx, changeId);
    if (!change) return { ok: false, reason: 'not_found' } as const;
    if (change.undoneAt) return { ok: false, reason: 'already_undone' } as const;
    const moved = await undoPersonChangeRows(tx, change);
    await recordAuditEntry(tx, {
      actor,
      action: `person.${change.kind}_undo`,
      entity: 'person',
      entityId: change.fromPersonId,
      before: { changeId, kind: change.kind, from: change.fromPersonId, to: change.toPersonId },
      after: { moved },
    });
    return {
      ok: true,
      kind: change.kind,
      fromPersonId: change.fromPersonId,
      toPersonId: change.toPersonId,
      moved,
    } as const;
  });
}
