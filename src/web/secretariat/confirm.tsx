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

/** The confirmation page of an action (200): the action is posted again with `confirm=1`. */
export function confirmPage(c: Context, props: Omit<ConfirmPageProps, 'csrfToken' | 'action'> & { action?: string }) {
  return page(c, <ConfirmPage csrfToken={csrfOf(c)} action={props.action ?? c.req.path} {...props} />);
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
