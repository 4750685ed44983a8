/**
 * The column builders the tables share, so that each kind of column is declared one way: the
 * serial id, an instant (timestamptz), when a row was made and last changed, a yes/no that starts
 * as no, and a row's required reference to another (deleted with it, or not).
 */
import { type AnyPgColumn, boolean, integer, serial, timestamp } from 'drizzle-orm/pg-core';

/** The serial primary key `id`. */
export const serialId = () => serial('id').primaryKey();

/** An instant: timestamp with time zone. */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** An instant that is the time of writing unless given (created_at, fetched_at …). */
export const instantNow = (name: string) => instant(name).notNull().defaultNow();

/** When the row was made and last changed. */
export const timestamps = () => ({ createdAt: instantNow('created_at'), updatedAt: instantNow('updated_at') });

/** A yes/no that is no unless set (is_closed, is_fictitious …). */
export const flag = (name: string) => boolean(name).notNull().default(false);

/** A required reference to the row this one belongs to: deleted with it (an item's meeting, a session's user). */
export const belongsTo = (name: string, owner: () => AnyPgColumn) =>
  integer(name).notNull().references(owner, { onDelete: 'cascade' });

/** A required reference that keeps the referenced row from being deleted (a meeting's body). */
export const refersTo = (name: string, target: () => AnyPgColumn) => integer(name).notNull().references(target);
