/**
 * The secretariat's project forms: their fields when empty, their formats (zod: dates as Danes
 * type them, amounts as Danes write them) and the Danish words of the use cases' refusals per field.
 */
import { z } from 'zod';
import { parseDateInput } from '../../domain/date-input.js';
import { parseAmount } from '../../domain/money.js';
import { PROJECT_STATUSES } from '../../domain/project.js';
import type { MoveValues, NewProjectValues, SpendingValues } from '../../render/html/projects/project-forms.js';
import type { ProjectField, ProjectRefusal } from '../../use-cases/projects/register-project.js';
import { typedValues } from '../kit/forms.js';

export const EMPTY: NewProjectValues = {
  name: '',
  purpose: '',
  source: '',
  pool: '',
  lead: '',
  also: '',
  appliedOn: '',
  applied: '',
  ownFunding: '',
  startsOn: '',
  endsOn: '',
  reportEvery: '12',
};
export const NO_MOVE: MoveValues = {
  to: '',
  decidedOn: '',
  decision: '',
  note: '',
  granted: '',
  startsOn: '',
  endsOn: '',
  extendedTo: '',
  returned: '',
};
export const NO_SPENDING: SpendingValues = { amount: '', spentOn: '', spendingNote: '' };

const date = (message: string) =>
  z.string().transform((value, ctx) => {
    const parsed = parseDateInput(value);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
const optionalDate = (message: string) =>
  z.string().transform((value, ctx) => {
    if (!value.trim()) return null;
    const parsed = parseDateInput(value);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
const amount = (message: string, optional: boolean) =>
  z.string().transform((value, ctx) => {
    if (optional && !value.trim()) return null;
    const parsed = parseAmount(value);
    if (parsed) return parsed.ore;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
const id = (message: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, message)
    .transform(Number);
const AMOUNT_HINT = 'Skriv beløbet som fx 818.200 kr. eller 2,5 mio. kr.';
const DATE_HINT = 'Skriv datoen som fx 1.4.2025.';

export const ProjectForm = z
  .object({
    name: z.string().trim().min(1, 'Skriv projektets navn.').max(300, 'Navnet er for langt (højst 300 tegn).'),
    purpose: z.string().trim().min(1, 'Skriv formålet.').max(5_000, 'Formålet er for langt (højst 5.000 tegn).'),
    source: z.string().regex(/^(?:pool|\d{1,10}:\d{1,5})$/, 'Vælg, hvor pengene kommer fra.'),
    pool: z.string().trim().max(300, 'Puljens navn er for langt (højst 300 tegn).'),
    lead: id('Vælg det ansvarlige organ.'),
    also: z.string().regex(/^\d{0,10}$/, 'Vælg et organ eller »Ingen«.'),
    appliedOn: date(DATE_HINT),
    applied: amount(AMOUNT_HINT, false),
    ownFunding: amount(AMOUNT_HINT, true),
    startsOn: optionalDate(DATE_HINT),
    endsOn: optionalDate(DATE_HINT),
    reportEvery: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'Skriv et antal måneder, fx 12.')
      .transform(Number),
  })
  .refine((form) => form.source !== 'pool' || form.pool.length > 0, { path: ['pool'], message: 'Skriv puljens navn.' })
  .refine((form) => !form.startsOn || !form.endsOn || form.endsOn >= form.startsOn, {
    path: ['endsOn'],
    message: 'Slutdatoen kan ikke ligge før starten.',
  });

export const REFUSALS: Record<ProjectField, Partial<Record<ProjectRefusal, string>>> = {
  name: { missing: 'Skriv projektets navn.', too_long: 'Navnet er for langt (højst 300 tegn).' },
  purpose: { missing: 'Skriv formålet.', too_long: 'Formålet er for langt (højst 5.000 tegn).' },
  source: {
    missing: 'Skriv puljens navn.',
    not_found: 'Rammens del findes ikke.',
    too_long: 'Puljens navn er for langt.',
  },
  bodies: {
    missing: 'Vælg det ansvarlige organ.',
    not_found: 'Organet findes ikke.',
    not_allowed: 'Du kan kun registrere projekter for organer, du er sekretariat for.',
  },
  appliedOn: {},
  applied: { negative: 'Beløbet kan ikke være negativt.' },
  ownFunding: { negative: 'Beløbet kan ikke være negativt.' },
  endsOn: { before_start: 'Slutdatoen kan ikke ligge før starten.' },
  reportEvery: { out_of_range: 'Skriv et antal måneder mellem 1 og 120.' },
  decision: { not_found: 'Punktet findes ikke.' },
};
export const FIELD_OF: Record<ProjectField, keyof NewProjectValues> = {
  name: 'name',
  purpose: 'purpose',
  source: 'source',
  bodies: 'lead',
  appliedOn: 'appliedOn',
  applied: 'applied',
  ownFunding: 'ownFunding',
  endsOn: 'endsOn',
  reportEvery: 'reportEvery',
  decision: 'name',
};

export const MoveForm = z.object({
  to: z.enum(PROJECT_STATUSES, { message: 'Vælg den nye status.' }),
  decidedOn: date(DATE_HINT),
  decision: z
    .string()
    .trim()
    .regex(/^(?:(?:https?:\/\/[^/]+)?\/punkt\/\d{1,10}\/?)?$/, 'Skriv punktets adresse, fx /punkt/1234.')
    .transform((value) => (value ? Number(/(\d+)\/?$/.exec(value)![1]) : null)),
  note: z.string().max(2_000, 'Bemærkningen er for lang (højst 2.000 tegn).'),
  granted: amount(AMOUNT_HINT, true),
  startsOn: optionalDate(DATE_HINT),
  endsOn: optionalDate(DATE_HINT),
  extendedTo: optionalDate(DATE_HINT),
  returned: amount(AMOUNT_HINT, true),
});

export const SpendingForm = z.object({
  amount: amount(AMOUNT_HINT, false),
  spentOn: date(DATE_HINT),
  spendingNote: z.string().max(500, 'Bemærkningen er for lang (højst 500 tegn).'),
});

export const ReportForm = z.object({
  receivedOn: date(DATE_HINT),
  body: z.string().max(20_000, 'Teksten er for lang (højst 20.000 tegn).'),
  url: z
    .string()
    .trim()
    .regex(/^(?:https?:\/\/\S+)?$/, 'Skriv en adresse, der begynder med https://.'),
});

export const valuesOf = <T extends object>(form: Record<string, unknown>, empty: T, long: string[] = []): T =>
  typedValues(form, empty, (name) => (long.includes(name) ? 20_001 : 5_001));
