/**
 * Accounts: users, their roles per body, sessions, password resets, failed logins (for the rate
 * limit) and the audit log. Secrets are never stored as they are: session ids and reset tokens are
 * kept as SHA-256 hashes, passwords as argon2id hashes.
 */
import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { bodies, persons } from './bodies.js';
import { belongsTo, flag, instant, instantNow, serialId } from './columns.js';

export const users = pgTable(
  'users',
  {
    id: serialId(),
    /** Always lower-case (a check constraint keeps it so); one account per address. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    /** argon2id (PHC string); null for accounts that sign in only through OpenID Connect. */
    passwordHash: text('password_hash'),
    isAdmin: flag('is_admin'),
    personId: integer('person_id').references(() => persons.id, { onDelete: 'set null' }),
    createdAt: instantNow('created_at'),
    /** A disabled account cannot sign in; accounts are disabled, never deleted (the audit log names them). */
    disabledAt: instant('disabled_at'),
  },
  (t) => [check('users_email_lower_case', sql`${t.email} = lower(${t.email})`)],
);

export const USER_ROLES = ['secretariat', 'member'] as const;

/** A user's role in one body: at most one per user and body. */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: belongsTo('user_id', () => users.id),
    bodyId: belongsTo('body_id', () => bodies.id),
    role: text('role', { enum: USER_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.bodyId] }), index('user_roles_body_idx').on(t.bodyId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the random token in the cookie; the token itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    userId: belongsTo('user_id', () => users.id),
    createdAt: instantNow('created_at'),
    expiresAt: instant('expires_at').notNull(),
    lastSeenAt: instantNow('last_seen_at'),
    /** The synchronizer token of the session's forms. */
    csrfSecret: text('csrf_secret').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const passwordResets = pgTable(
  'password_resets',
  {
    /** SHA-256 (hex) of the token in the e-mailed link. */
    tokenHash: text('token_hash').primaryKey(),
    userId: belongsTo('user_id', () => users.id),
    createdAt: instantNow('created_at'),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

/** Failed logins (and reset requests), one row each, keyed "email:…" or "ip:…"; old rows are pruned. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    attemptedAt: instantNow('attempted_at'),
  },
  (t) => [index('login_attempts_key_idx').on(t.key, t.attemptedAt)],
);

/**
 * Who changed what, when, before and after. Append-only: a trigger refuses UPDATE, DELETE and
 * TRUNCATE. `actor_user_id` has no foreign key on purpose: an entry outlives anything it names.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instantNow('at'),
    /** Null when the change came from the command line or the system. */
    actorUserId: integer('actor_user_id'),
    /** The actor as shown to readers ("ada@example.dk", "kommandolinjen"), fixed at the time. */
    actorLabel: text('actor_label').notNull(),
    /** "user.create", "user_role.set" … */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entity, t.entityId)],
);
