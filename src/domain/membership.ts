/** Memberships of a body: the roles as Danish minutes name them. */
export type MembershipRole = 'chair' | 'vice_chair' | 'member' | 'observer' | 'secretariat';

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  chair: 'Formand',
  vice_chair: 'Næstformand',
  member: 'Medlem',
  observer: 'Observatør',
  secretariat: 'Sekretariat',
};
