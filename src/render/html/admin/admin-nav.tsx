/** The admins' menu, on every admin page. */

export function AdminNav({ current }: { current: string }) {
  const links = [
    { href: '/admin/brugere', label: 'Brugere' },
    { href: '/admin/organer', label: 'Organer' }, // The secretariat's work: admins create bodies
    { href: '/admin/personer', label: 'Personer' }, // Admin: people and memberships
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
