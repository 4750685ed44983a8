/**
 * The small navigation of the signed-in work pages: the secretariat's (questions, follow-ups,
 * meeting plan) and a member's (my questions, notifications, settings); the filter above a list.
 * The links' words follow the page's language (messages/questions.ts: nav.links, by address);
 * the lists keep the Danish ones for the pages that pass them on.
 */
import type { Child } from 'hono/jsx';
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { LinkNav, type NavLink } from '../components.js';
import { Select } from '../fields.js';
import { SubmitGroup } from '../forms.js';
import { usePage } from '../page-context.js';

const link = (href: string): NavLink => ({ href, label: QUESTION_MESSAGES.da.nav.links[href] ?? href });

export const SECRETARIAT_LINKS: readonly NavLink[] = [
  link('/sekretariat/sporgsmaal'),
  link('/sekretariat/opfoelgning'),
  link('/sekretariat/moedeplan'),
  link('/sekretariat/forloeb'),
];

const MEMBER_LINKS: readonly NavLink[] = [
  link('/mine-sporgsmaal'),
  link('/notifikationer'),
  link('/indstillinger/notifikationer'),
];

export function WorkNav({ links, current, label }: { links: readonly NavLink[]; current: string; label: string }) {
  const words = QUESTION_MESSAGES[usePage().lang].nav.links;
  const translated = links.map((each) => ({ ...each, label: words[each.href] ?? each.label }));
  return <LinkNav label={label} class="work-nav" listClass="inline-list" links={translated} current={current} />;
}

/** The secretariat's work navigation, named in the page's language. */
export function SecretariatNav({ current }: { current: string }) {
  return (
    <WorkNav links={SECRETARIAT_LINKS} current={current} label={QUESTION_MESSAGES[usePage().lang].nav.secretariat} />
  );
}

/** A member's work navigation ("Dine sider"), named in the page's language. */
export function MemberNav({ current }: { current: string }) {
  return <WorkNav links={MEMBER_LINKS} current={current} label={QUESTION_MESSAGES[usePage().lang].nav.yourPages} />;
}

/** The filter above a list of the secretariat's (a GET form): its fields, then "Vis". */
export function ListFilter({ action, children }: { action: string; children?: Child }) {
  return (
    <form method="get" action={action} class="queue-filter">
      {children}
      <SubmitGroup kind="secondary">{QUESTION_MESSAGES[usePage().lang].nav.show}</SubmitGroup>
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
  const m = QUESTION_MESSAGES[usePage().lang].nav;
  const options = bodies.map((body) => ({ value: body.slug, label: body.name }));
  return (
    <Select
      id="organ"
      label={m.body}
      value={value}
      options={allowsAll ? [{ value: '', label: m.allMyBodies }, ...options] : options}
    />
  );
}
