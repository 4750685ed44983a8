/**
 * Who may do what: the authorization rules, pure. An actor is a signed-in user (a global admin flag
 * and a role per body) or null for the public. Roles are per body: being secretariat of one
 * council gives nothing in another.
 *
 * - admin: everything, everywhere (bodies, people, memberships, users, the audit log).
 * - secretariat of body X: edit and publish X's meetings, agendas and minutes, read X's closed
 *   items, answer the questions asked in X.
 * - member of body X: read X's closed items and ask questions in X.
 * - everybody else, the public included: nothing here (the public portal needs no permission).
 */

export const BODY_ROLES = ['secretariat', 'member'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

export function isBodyRole(value: unknown): value is BodyRole {
  return value === 'secretariat' || value === 'member';
}

export interface Actor {
  isAdmin: boolean;
  /** Body id → the actor's role in that body. */
  roles: ReadonlyMap<number, BodyRole>;
}

/** Actions on something that belongs to one body. */
export const BODY_ACTIONS = ['read_closed_item', 'edit_meeting', 'publish', 'ask_question', 'answer_question'] as const;
/** Actions on the installation as a whole. */
export const GLOBAL_ACTIONS = ['manage_users', 'read_audit_log'] as const;

export type BodyAction = (typeof BODY_ACTIONS)[number];
export type GlobalAction = (typeof GLOBAL_ACTIONS)[number];
export type Action = BodyAction | GlobalAction;

/** The body a body action is about. */
export interface BodyResource {
  bodyId: number;
}

const ALLOWED_BY_ROLE: Record<BodyRole, readonly BodyAction[]> = {
  secretariat: ['read_closed_item', 'edit_meeting', 'publish', 'answer_question'],
  member: ['read_closed_item', 'ask_question'],
};

/** Whether the actor may do the action; body actions need the body they are about. */
export function can(actor: Actor | null, action: GlobalAction): boolean;
export function can(actor: Actor | null, action: BodyAction, resource: BodyResource): boolean;
export function can(actor: Actor | null, action: Action, resource?: BodyResource): boolean {
  if (!actor) return false;
  if (actor.isAdmin) return true;
  if (!isBodyAction(action) || !resource) return false;
  const role = actor.roles.get(resource.bodyId);
  return role !== undefined && ALLOWED_BY_ROLE[role].includes(action);
}

export function isBodyAction(action: Action): action is BodyAction {
  return (BODY_ACTIONS as readonly string[]).includes(action);
}
