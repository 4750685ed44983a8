/**
 * The small navigation of the signed-in work pages: the secretariat's (questions, follow-ups,
 * meeting plan) and a member's (my questions, notifications, settings); the filter above a list.
 */
import type { Child } from 'hono/jsx';
import { LinkNav, type NavLink } from '../components.js';
import { Select } from '../fields.js';
import { SubmitGroup } from '../forms.js';

export const SECRETARIAT_LINKS = [
  { href: '/sekretariat/sporgsmaal', label: 'Spørgsmål' },
  { href: '/sekretariat/opfoelgning', label: 'Opfølgning' },
  { href: '/sekretariat/moedeplan', label: 'Mødeplan' },
  { href: '/sekretariat/forloeb', label: 'Forløb' },
] as const;

export const MEMBER_LINKS = [
  { href: '/mine-sporgsmaal', label: 'Mine spørgsmål' },
  { href: '/notifikationer', label: 'Notifikationer' },
  { href: '/indstillinger/notifikationer', label: 'Indstillinger for notifikationer' },
] as const;

export function WorkNav({ links, current, label }: { links: readonly NavLink[]; current: string; label: string }) {
  return <LinkNav label={label} class="work-nav" listClass="inline-list" links={links} current={current} />;
}

/** The filter above a list of the secretariat's (a GET form): its fields, then "Vis". */
export function ListFilter({ action, children }: { action: string; children?: Child }) {
  return (
    <form method="get" action={action} class="queue-filter">
      {children}
      <SubmitGroup kind="secondary">Vis</SubmitGroup>
    </form>
  );
}

/** The filter's choice of body ("organ"), first "Alle mine organer" where all may be shown at once. */
export function BodyFilter({
  value,
  bodies,
  allowsAll,
}: {
  value: string;
  bodies: { slug: string; name: string }[];
  allowsAll: boolean;
}) {
  const options = bodies.map((body) => ({ value: body.slug, label: body.name }));
  return (
    <Select
      id="organ"
      label="Organ"
      value={value}
      options={allowsAll ? [{ value: '', label: 'Alle mine organer' }, ...options] : options}
    />
  );
}
