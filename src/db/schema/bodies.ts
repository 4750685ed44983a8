/** Bodies that meet, the people in them and their memberships. */
import { type AnyPgColumn, date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { BODY_KINDS, BODY_LEVELS } from '../../domain/body-kind.js';
import { MEMBERSHIP_ROLES } from '../../domain/membership.js';
import { belongsTo, flag, instant, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { municipalities, organisations, regions } from './reference.js';

export const bodies = pgTable(
  'bodies',
  {
    id: serialId(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: BODY_KINDS }).notNull(),
    level: text('level', { enum: BODY_LEVELS }),
    regionId: integer('region_id').references(() => regions.id),
    /** Who the body belongs to (udgiver). Null only for a body an upgrade could not place: "publisher unknown" until an admin sets it. */
    publisherId: integer('publisher_id').references(() => organisations.id),
    /** The body that took over this one's work (clusters → council). */
    successorId: integer('successor_id').references((): AnyPgColumn => bodies.id),
    description: text('description'),
    /** Demo data: shown as fictitious in the interface. */
    isFictitious: flag('is_fictitious'),
    /** OParl's created/modified; updated_at follows every change of the row and of its memberships (triggers). */
    ...timestamps(),
  },
  (t) => [
    index('bodies_region_idx').on(t.regionId),
    index('bodies_name_idx').on(t.name),
    index('bodies_publisher_idx').on(t.publisherId),
  ],
);

/** Earlier slugs of a body (before publishers, or before a rename): old URLs redirect to the body. */
export const bodySlugAliases = pgTable(
  'body_slug_aliases',
  {
    slug: text('slug').primaryKey(),
    bodyId: belongsTo('body_id', () => bodies.id),
  },
  (t) => [index('body_slug_aliases_body_idx').on(t.bodyId)],
);

/** Which municipalities a health council (or cluster) covers. */
export const bodyMunicipalities = pgTable(
  'body_municipalities',
  {
    bodyId: belongsTo('body_id', () => bodies.id),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.municipalityCode] })],
);

export const persons = pgTable(
  'persons',
  {
    id: serialId(),
    name: text('name').notNull(),
    /** Stable and unique; a second person of the same name gets the publisher's slug added. */
    slug: text('slug').notNull().unique(),
    /** The publisher the person was first met under (null: from before publishers, not yet placed). */
    publisherId: integer('publisher_id').references(() => organisations.id),
    /** Set when an admin merged this person into another; the row stays so that the merge can be undone. */
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => persons.id),
    /** OParl's created/modified; updated_at follows every change of the row and of its memberships (triggers). */
    ...timestamps(),
  },
  (t) => [index('persons_name_idx').on(t.name)],
);

/**
 * Which person a name means within one publisher: the importer matches participants through this
 * table only within the publishers in scope (src/domain/publisher.ts `personScope`). A merge
 * points the other publisher's name at the kept person; a split points it at the new one.
 */
export const personNames = pgTable(
  'person_names',
  {
    publisherId: refersTo('publisher_id', () => organisations.id),
    nameKey: text('name_key').notNull(),
    personId: belongsTo('person_id', () => persons.id),
  },
  (t) => [primaryKey({ columns: [t.publisherId, t.nameKey] }), index('person_names_person_idx').on(t.personId)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: serialId(),
    personId: belongsTo('person_id', () => persons.id),
    bodyId: belongsTo('body_id', () => bodies.id),
    role: text('role', { enum: MEMBERSHIP_ROLES }).notNull().default('member'),
    /** Party letter: V, A, C, O, F … */
    party: text('party'),
    /** "Aabenraa Kommune", "PLO" … as printed. */
    organisation: text('organisation'),
    title: text('title'),
    fromOn: date('from_on'),
    toOn: date('to_on'),
    /** OParl's created/modified; updated_at follows every change of the row (a trigger). */
    ...timestamps(),
  },
  (t) => [index('memberships_body_idx').on(t.bodyId), index('memberships_person_idx').on(t.personId)],
);

export const PERSON_CHANGE_KINDS = ['merge', 'split'] as const;

/**
 * An admin's merge of two persons or split of one: which rows moved from which person to which, so
 * that the change can be undone exactly (and is shown in the change log).
 */
export const personChanges = pgTable('person_changes', {
  id: serialId(),
  kind: text('kind', { enum: PERSON_CHANGE_KINDS }).notNull(),
  /** merge: the person merged away; split: the person split. */
  fromPersonId: refersTo('from_person_id', () => persons.id),
  /** merge: the person kept; split: the new person. */
  toPersonId: refersTo('to_person_id', () => persons.id),
  moved: jsonb('moved').$type<PersonChangeRows>().notNull(),
  createdAt: instantNow('created_at'),
  undoneAt: instant('undone_at'),
});

export interface PersonChangeRows {
  memberships: number[];
  participants: number[];
  /** person_names rows: publisher id and name key. */
  names: { publisherId: number; nameKey: string }[];
  users: number[];
}
