/** The admins' menu, on every admin page. */

export function AdminNav({ current }: { current: string }) {
  const links = [
    { href: '/admin/brugere', label: 'Brugere' },
    { href: '/admin/organer', label: 'Organer' }, // bodies and their publishers
    { href: '/admin/udgivere', label: 'Udgivere' }, // publishers not in the reference data
    { href: '/admin/personer', label: 'Personer' }, // people, memberships, merging and splitting
    { href: '/admin/kilder', label: 'Kilder' }, // publication sites and their harvests
    { href: '/admin/log', label: 'Ændringslog' },
  ];
  return (
    <nav aria-label="Administration">
      <ul class="nobullet-list admin-nav">
        {links.map((link) => (
          <li>
            <a href={link.href} aria-current={link.href === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
