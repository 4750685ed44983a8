/** Memberships of a body: the roles as Danish minutes name them. */
export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'observer', 'secretariat'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  chair: 'Formand',
  vice_chair: 'Næstformand',
  member: 'Medlem',
  observer: 'Observatør',
  secretariat: 'Sekretariat',
};
