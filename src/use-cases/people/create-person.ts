/**
 * createPerson: a person who can hold memberships, named by the admin. The slug (the URL of the
 * person page) comes from the name; when it is taken by someone of the same name, a number is
 * added ("anne-hansen-2"). Writes the audit log in the same transaction.
 *
 * Who may call it: admins. Returns the new person's id and slug, or why not.
 */
import type { Db } from '../../db/client.js';
import { insertPerson, listPersonSlugsLike } from '../../db/stores/people.js';
import { slugify } from '../../domain/slug.js';
import { type AuditActor, recordAuditEntry } from '../audit/record-audit-entry.js';

export const PERSON_NAME_MAX = 200;

export interface CreatePersonInput {
  db: Db;
  name: string;
  actor: AuditActor;
}

export type CreatePersonResult =
  | { ok: true; personId: number; slug: string }
  | { ok: false; reason: 'name_missing' | 'name_too_long' };

export async function createPerson({ db, name, actor }: CreatePersonInput): Promise<CreatePersonResult> {
  const displayName = name.trim().replace(/\s+/g, ' ');
  const base = slugify(displayName);
  if (!displayName || !base) return { ok: false, reason: 'name_missing' };
  if (displayName.length > PERSON_NAME_MAX) return { ok: false, reason: 'name_too_long' };
  return db.transaction(async (tx) => {
    const taken = await listPersonSlugsLike(tx, base);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const created = await insertPerson(tx, { name: displayName, slug });
    await recordAuditEntry(tx, {
      actor,
      action: 'person.create',
      entity: 'person',
      entityId: created.id,
      before: null,
      after: { name: displayName, slug },
    });
    return { ok: true, personId: created.id, slug: created.slug } as const;
  });
}
