/**
 * Who may act on an investment agreement: the secretariat of its health council (`edit_meeting`
 * there) and admins; the command line and the demo loader (no actor) may.
 */
import { type Actor, can } from '../../domain/roles.js';

export function mayActFor(actor: Actor | null, councilBodyId: number): boolean {
  if (actor === null || actor.isAdmin) return true;
  return can(actor, 'edit_meeting', { bodyId: councilBodyId });
}
