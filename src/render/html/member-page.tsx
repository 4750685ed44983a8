/**
 * /mig: a signed-in user's own page: their bodies and roles, the next meetings of those bodies,
 * and what was published lately (agendas, minutes, corrections, imported documents).
 */
import { Notice } from './forms.js';
import { Layout } from './layout.js';

export interface MemberPageProps {
  name: string;
  bodies: { name: string; href: string; roleLabel: string }[];
  nextMeetings: { href: string; dateText: string; bodyName: string; location: string | null; statusLabel: string }[];
  published: { href: string; label: string; bodyName: string; dateText: string; note: string | null }[];
  links: { href: string; label: string }[];
}

export function MemberPage({ name, bodies, nextMeetings, published, links }: MemberPageProps) {
  return (
    <Layout title="Min side">
      <h1>Min side</h1>
      <p>Du er logget ind som {name}.</p>
      {links.length > 0 ? (
        <ul class="nobullet-list member-links">
          {links.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}

      <h2>Mine organer</h2>
      {bodies.length === 0 ? (
        <Notice kind="info">Du har ingen rolle i et organ endnu. Kontakt en administrator.</Notice>
      ) : (
        <ul>
          {bodies.map((body) => (
            <li>
              <a href={body.href}>{body.name}</a> ({body.roleLabel})
            </li>
          ))}
        </ul>
      )}

      <h2>Næste møder</h2>
      {nextMeetings.length === 0 ? (
        <p>Der er ingen planlagte møder i dine organer.</p>
      ) : (
        <ul>
          {nextMeetings.map((meeting) => (
            <li>
              <a href={meeting.href}>
                {meeting.bodyName}, {meeting.dateText}
              </a>
              {meeting.location ? `, ${meeting.location}` : ''} <span class="muted">({meeting.statusLabel})</span>
            </li>
          ))}
        </ul>
      )}

      <h2>Nyt offentliggjort materiale</h2>
      {published.length === 0 ? (
        <p>Der er ikke offentliggjort noget nyt i dine organer de seneste 30 dage.</p>
      ) : (
        <ul>
          {published.map((entry) => (
            <li>
              <a href={entry.href}>
                {entry.label}, {entry.bodyName}
              </a>{' '}
              <span class="muted">
                – {entry.dateText}
                {entry.note ? `: ${entry.note}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
