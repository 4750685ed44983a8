/** The admins' menu, on every admin page. */
import { LinkNav } from '../components.js';

const ADMIN_LINKS = [
  { href: '/admin/brugere', label: 'Brugere' },
  { href: '/admin/organer', label: 'Organer' }, // bodies and their publishers
  { href: '/admin/udgivere', label: 'Udgivere' }, // publishers not in the reference data
  { href: '/admin/personer', label: 'Personer' }, // people, memberships, merging and splitting
  { href: '/admin/kilder', label: 'Kilder' }, // publication sites and their harvests
  { href: '/admin/personnumre', label: 'Personnumre' }, // personal numbers found and masked
  { href: '/admin/log', label: 'Ændringslog' },
];

export function AdminNav({ current }: { current: string }) {
  return <LinkNav label="Administration" listClass="nobullet-list admin-nav" links={ADMIN_LINKS} current={current} />;
}
