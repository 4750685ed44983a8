/** The admins' menu, on every admin page. */
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { LinkNav } from '../components.js';
import { usePage } from '../page-context.js';

// Users; bodies and their publishers; publishers not in the reference data; people, memberships,
// merging and splitting; publication sites and their harvests; personal numbers found and masked;
// the audit log.
const ADMIN_HREFS = [
  '/admin/brugere',
  '/admin/organer',
  '/admin/udgivere',
  '/admin/personer',
  '/admin/kilder',
  '/admin/personnumre',
  '/admin/log',
];

export function AdminNav({ current }: { current: string }) {
  const m = ADMIN_MESSAGES[usePage().lang].nav;
  const links = ADMIN_HREFS.map((href) => ({ href, label: m.links[href] ?? href }));
  return <LinkNav label={m.label} listClass="nobullet-list admin-nav" links={links} current={current} />;
}
