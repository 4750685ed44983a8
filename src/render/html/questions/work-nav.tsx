/**
 * The small navigation of the signed-in work pages: the secretariat's (questions, follow-ups,
 * meeting plan) and a member's (my questions, notifications, settings).
 */
export const SECRETARIAT_LINKS = [
  { href: '/sekretariat/sporgsmaal', label: 'Spørgsmål' },
  { href: '/sekretariat/opfoelgning', label: 'Opfølgning' },
  { href: '/sekretariat/moedeplan', label: 'Mødeplan' },
] as const;

export const MEMBER_LINKS = [
  { href: '/mine-sporgsmaal', label: 'Mine spørgsmål' },
  { href: '/notifikationer', label: 'Notifikationer' },
  { href: '/indstillinger/notifikationer', label: 'Indstillinger for notifikationer' },
] as const;

export function WorkNav({
  links,
  current,
  label,
}: {
  links: readonly { href: string; label: string }[];
  current: string;
  label: string;
}) {
  return (
    <nav aria-label={label} class="work-nav">
      <ul class="inline-list">
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
