/**
 * splitPerson: one person record is really two people of the same name. The memberships and
 * meeting participations the admin chooses move to a new person (of the same name unless another
 * is given), together with the names the importer matches under the chosen publishers, so that
 * later imports there find the new person. Written to the change log; undoable (undoPersonChange).
 *
 * Who may call it: admins. Returns the new person and the change's id, or why not.
 */
import type { Db } from '../../db/client.js';
import { findPublisherRow } from '../../db/publishers.js';
import { findPersonById, freeSlugFor, splitPersonRows } from '../../db/stores/persons.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export interface SplitPersonInput {
  db: Db;
  personId: number;
  /** The memberships and participations (meeting_participants ids) that are the other person's. */
  memberships: number[];
  participants: number[];
  /** Publishers under which the name now means the new person. */
  publisherIds: number[];
  /** The new person's name (default: the same). */
  name?: string;
  actor: AuditActor;
}

export type SplitPersonResult =
  | { ok: true; personId: number; slug: string; changeId: number }
  | { ok: false; reason: 'not_found' | 'nothing_chosen' | 'already_merged' };

export async function splitPerson(input: SplitPersonInput): Promise<SplitPersonResult> {
  const { db, personId, actor } = input;
  if (input.memberships.length + input.participants.length === 0) return { ok: false, reason: 'nothing_chosen' };
  return db.transaction(async (tx) => {
    const person = await findPersonById(tx, personId);
    if (!person) return { ok: false, reason: 'not_found' } as const;
    if (person.mergedIntoId !== null) return { ok: false, reason: 'already_merged' } as const;
    const name = input.name?.trim() || person.name;
    const publisher = input.publisherIds[0] ? await findPublisherRow(tx, input.publisherIds[0]) : null;
    const slug = await freeSlugFor(tx, name, publisher?.slug ?? 'person');
    const split = await splitPersonRows(
      tx,
      personId,
      { memberships: input.memberships, participants: input.participants, publisherIds: input.publisherIds },
      { name, slug, publisherId: publisher?.id ?? null },
    );
    await recordAuditEntry(tx, {
      actor,
      action: 'person.split',
      entity: 'person',
      entityId: personId,
      before: { person: { id: person.id, name: person.name, slug: person.slug } },
      after: { changeId: split.changeId, newPerson: { id: split.personId, name, slug } },
    });
    return { ok: true, personId: split.personId, slug, changeId: split.changeId } as const;
  });
}
