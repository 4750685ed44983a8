/**
 * Who may act on a project: the secretariat of one of its responsible bodies or, for a project on
 * a frame, of the frame's deciding body (`edit_meeting` there), and admins; the command line and
 * the demo loader (no actor) may.
 */
import { type Actor, can } from '../../domain/roles.js';

export function mayActFor(actor: Actor | null, bodyIds: readonly (number | null)[]): boolean {
  if (actor === null || actor.isAdmin) return true;
  return bodyIds.some((bodyId) => bodyId !== null && can(actor, 'edit_meeting', { bodyId }));
}
