/** Memberships of a body: the roles as Danish minutes name them. */
export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'observer', 'secretariat'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/**
 * The word Danish minutes list a participant's role with ("Anne Hansen, Formand"): document text
 * that goes into a meeting's participant list, not the interface's names for the roles (those are
 * in the message catalogue, render/i18n.ts).
 */
export const MEMBERSHIP_ROLE_TITLES: Record<MembershipRole, string> = {
  chair: 'Formand',
  vice_chair: 'Næstformand',
  member: 'Medlem',
  observer: 'Observatør',
  secretariat: 'Sekretariat',
};
