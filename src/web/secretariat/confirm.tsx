/**
 * The confirmation step of the secretariat's actions that remove, cancel or publish: a POST without
 * `confirm=1` (or a GET of the same address) is answered with "Er du sikker?" and nothing is done.
 */
import type { Context } from 'hono';
import { ConfirmPage, type ConfirmPageProps } from '../../render/html/secretariat/confirm-page.js';
import { csrfOf } from '../kit/csrf.js';
import { type FormBody, field } from '../kit/forms.js';
import { page } from '../kit/page.js';

/** Has the user confirmed the action on its confirmation page? */
export function isConfirmed(form: FormBody): boolean {
  return field(form, 'confirm') === '1';
}

/**
 * The confirmation page of an action (200): the action is posted again with `confirm=1`. `carry`
 * is typed text that nothing has saved yet (a new item's title, a new attachment's title): it goes
 * with the action as hidden fields and back to the page in the "Fortryd" link, so neither loses it.
 */
export function confirmPage(
  c: Context,
  {
    carry = {},
    ...props
  }: Omit<ConfirmPageProps, 'csrfToken' | 'action'> & { action?: string; carry?: Record<string, string> },
) {
  const hidden = { ...props.hidden, ...carry };
  const backHref = withQuery(props.backHref, carry);
  return page(
    c,
    <ConfirmPage
      csrfToken={csrfOf(c)}
      action={props.action ?? c.req.path}
      {...props}
      hidden={hidden}
      backHref={backHref}
    />,
  );
}

/** "/sekretariat/moede/4#dagsorden" with `?title=…` before its fragment (unchanged when there is nothing to add). */
function withQuery(href: string, query: Record<string, string>): string {
  if (Object.keys(query).length === 0) return href;
  const hash = href.indexOf('#');
  const [path, fragment] = hash === -1 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
  return `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(query)}${fragment}`;
}

/** The typed text of `names` in the form that is not empty: what a confirmation page carries. */
export function unsavedText(form: FormBody, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, field(form, name)]).filter(([, value]) => value.trim() !== ''));
}

/** What each action does, in the words of its confirmation page. */
export const CONSEQUENCES = {
  cancel: [
    'Mødet aflyses. Det vises som aflyst i kalenderen og på den offentlige side.',
    'Et aflyst møde kan ikke længere ændres eller offentliggøres.',
  ],
  publishAgenda: [
    'Dagsordenen offentliggøres. Medlemmerne kan læse den, også de lukkede punkter, og alle kan læse de åbne punkter.',
    'Senere ændringer skal offentliggøres som en rettelse.',
  ],
  publishMinutes: [
    'Referatet godkendes og offentliggøres med beslutningerne, deres udfald og mindretal og med de fraværende.',
    'Senere ændringer skal offentliggøres som en rettelse.',
  ],
  correction: [
    'Rettelsen offentliggøres som en ny version. Den offentlige side viser, at der er rettet, hvornår og hvorfor.',
  ],
  removeItem: ['Punktet fjernes fra dagsordenen med sin tekst, beslutning og bilag, og punkterne nummereres igen.'],
  removeAttachment: ['Bilaget fjernes fra punktet.'],
} as const satisfies Record<string, readonly string[]>;
