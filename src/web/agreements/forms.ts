/**
 * The secretariat's investment agreement forms: their fields when empty, their formats (zod: dates
 * as Danes type them, amounts as Danes write them) and the Danish words of the use cases' refusals
 * per field.
 */
import { z } from 'zod';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, AGREEMENT_YEARS } from '../../domain/agreement.js';
import { parseDateInput } from '../../domain/date-input.js';
import { parseAmount } from '../../domain/money.js';
import type { ApprovalValues, MoveValues, NewAgreementValues } from '../../render/html/agreements/agreement-forms.js';
import type { AgreementField, AgreementRefusal } from '../../use-cases/agreements/create-agreement.js';
import { field, type Problem } from '../kit/forms.js';

export const EMPTY: NewAgreementValues = {
  title: '',
  purpose: '',
  council: '',
  kind: '',
  parties: [],
  y2027: '',
  y2028: '',
  y2029: '',
  y2030: '',
  proposedOn: '',
};
export const NO_MOVE: MoveValues = { to: '', decidedOn: '', decision: '', note: '' };
export const NO_APPROVAL: ApprovalValues = { party: '', approvedOn: '', approvalDecision: '' };

const DATE_HINT = 'Skriv datoen som fx 14.9.2026.';
const AMOUNT_HINT = 'Skriv beløbet som fx 2,5 mio. kr. eller 487.500 kr.';

const date = z.string().transform((value, ctx) => {
  const parsed = parseDateInput(value);
  if (parsed.ok) return parsed.date;
  ctx.addIssue({ code: 'custom', message: DATE_HINT });
  return z.NEVER;
});
const amount = z.string().transform((value, ctx) => {
  if (!value.trim()) return null;
  const parsed = parseAmount(value);
  if (parsed) return parsed.ore;
  ctx.addIssue({ code: 'custom', message: AMOUNT_HINT });
  return z.NEVER;
});
/** A published item's address ("/punkt/1234", or the full address), or nothing. */
const itemAddress = z
  .string()
  .trim()
  .regex(/^(?:(?:https?:\/\/[^/]+)?\/punkt\/\d{1,10}\/?)?$/, 'Skriv punktets adresse, fx /punkt/1234.')
  .transform((value) => (value ? Number(/(\d+)\/?$/.exec(value)![1]) : null));

export const AgreementForm = z.object({
  title: z.string().trim().min(1, 'Skriv aftalens titel.').max(300, 'Titlen er for lang (højst 300 tegn).'),
  purpose: z.string().trim().min(1, 'Skriv formålet.').max(5_000, 'Formålet er for langt (højst 5.000 tegn).'),
  council: z
    .string()
    .regex(/^\d{1,10}$/, 'Vælg sundhedsrådet.')
    .transform(Number),
  kind: z.enum(AGREEMENT_KINDS, { message: 'Vælg aftalens type.' }),
  parties: z
    .array(z.string().regex(/^\d{3,4}$/, 'Vælg kommunerne på listen.'))
    .min(1, 'Vælg mindst én kommune.')
    .max(30, 'Vælg højst 30 kommuner.'),
  y2027: amount,
  y2028: amount,
  y2029: amount,
  y2030: amount,
  proposedOn: date,
});

export const MoveForm = z.object({
  to: z.enum(AGREEMENT_STATUSES, { message: 'Vælg den nye status.' }),
  decidedOn: date,
  decision: itemAddress,
  note: z.string().max(2_000, 'Bemærkningen er for lang (højst 2.000 tegn).'),
});

export const ApprovalForm = z.object({
  party: z
    .string()
    .regex(/^\d{1,10}$/, 'Vælg kommunen.')
    .transform(Number),
  approvedOn: date,
  approvalDecision: itemAddress,
});

/** The years typed, those with an amount. */
export function yearsOf(form: z.infer<typeof AgreementForm>): { year: number; amountOre: bigint }[] {
  return AGREEMENT_YEARS.flatMap((year) => {
    const ore = form[`y${year}`];
    return ore === null ? [] : [{ year, amountOre: ore }];
  });
}

/** The Danish words of createAgreement's refusals, at the field they are about. */
export function refusalOf(problem: { field: AgreementField; reason: AgreementRefusal; year?: number }): Problem {
  const texts: Record<AgreementField, Partial<Record<AgreementRefusal, string>>> = {
    title: { missing: 'Skriv aftalens titel.', too_long: 'Titlen er for lang (højst 300 tegn).' },
    purpose: { missing: 'Skriv formålet.', too_long: 'Formålet er for langt (højst 5.000 tegn).' },
    council: {
      not_found: 'Vælg et sundhedsråd.',
      not_allowed: 'Du kan kun oprette aftaler for sundhedsråd, du er sekretariat for.',
    },
    parties: {
      missing: 'Vælg mindst én kommune.',
      not_covered: 'Vælg kun kommuner, som sundhedsrådet dækker.',
      duplicate: 'Vælg hver kommune én gang.',
      too_long: 'Vælg højst 30 kommuner.',
    },
    years: {
      empty: 'Skriv et beløb for mindst ét af årene 2027–2030.',
      negative: 'Et beløb kan ikke være negativt.',
      outside: 'Årene skal ligge i 2027–2030.',
      duplicate: 'Hvert år kun én gang.',
    },
    decision: { not_found: 'Punktet findes ikke.' },
  };
  const at: Record<AgreementField, string> = {
    title: 'title',
    purpose: 'purpose',
    council: 'council',
    parties: 'parties',
    years: problem.year ? `y${problem.year}` : 'y2027',
    decision: 'title',
  };
  return { field: at[problem.field], text: texts[problem.field][problem.reason] ?? 'Feltet er ikke udfyldt rigtigt.' };
}

/** What was typed into the new agreement's form (the parties as every box ticked). */
export function newValuesOf(form: Record<string, string | File | (string | File)[]>): NewAgreementValues {
  const parties = form.parties;
  const list = Array.isArray(parties) ? parties : parties === undefined ? [] : [parties];
  return {
    ...(Object.fromEntries(
      Object.keys(EMPTY)
        .filter((name) => name !== 'parties')
        .map((name) => [name, field(form, name, 5_001)]),
    ) as Omit<NewAgreementValues, 'parties'>),
    parties: list
      .filter((one): one is string => typeof one === 'string')
      .slice(0, 100)
      .map((one) => one.slice(0, 10)),
  };
}
