/**
 * The `protokol serve` processes on this database, each with a heartbeat: several web processes
 * on one PostgreSQL must share SECRET_KEY (anonymous forms signed by one are checked by another),
 * so a process that finds another alive with another key (or none) refuses to start.
 */
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instantNow } from './columns.js';

export const serverProcesses = pgTable('server_processes', {
  /** "host:pid:random". */
  id: text('id').primaryKey(),
  host: text('host').notNull(),
  pid: integer('pid').notNull(),
  /** A hash of SECRET_KEY's hash (never the key), or null without one: equal means the same key. */
  keyFingerprint: text('key_fingerprint'),
  startedAt: instantNow('started_at'),
  lastSeenAt: instantNow('last_seen_at'),
});
