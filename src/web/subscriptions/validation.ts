/**
 * The "Følg" form's fields (render/html/follow-form.tsx): the e-mail address, what is followed
 * (`hvad` and its `id`, or a saved search's `q` and filters as the search page names them) and the
 * page to go back to. The address's problems in Danish and English; a target that cannot be read is
 * answered as one that does not exist.
 */
import { z } from 'zod';
import { DECISION_OUTCOMES } from '../../domain/decision.js';
import type { Target } from '../../domain/subscriptions.js';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const slug = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/)
    .max(200)
    .optional(),
);

const TargetSchema = z.discriminatedUnion('hvad', [
  z.object({
    hvad: z.enum(['body', 'publisher', 'case', 'answers']),
    id: z.coerce.number().int().positive().max(2_147_483_647),
  }),
  z.object({
    hvad: z.literal('search'),
    q: z.string().trim().min(1).max(400),
    organ: slug,
    udgiver: slug,
    region: slug,
    udfald: z.preprocess(emptyToUndefined, z.enum(DECISION_OUTCOMES).optional()),
  }),
]);

/** What the form follows, or null when its hidden fields do not name a target. */
export function targetOf(form: Record<string, unknown>): Target | null {
  const parsed = TargetSchema.safeParse(form);
  if (!parsed.success) return null;
  const value = parsed.data;
  if (value.hvad !== 'search') return { kind: value.hvad, id: value.id };
  const { hvad: _, ...search } = value;
  const defined = Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined));
  return { kind: 'search', search: { ...defined, q: search.q } };
}

/** The form's hidden fields for a target (what FollowForm writes). */
export function formTargetOf(target: Target) {
  return target.kind === 'search' ? { kind: 'search' as const, ...target.search } : target;
}

export const FrequencySchema = z.object({ hyppighed: z.enum(['immediate', 'daily']).catch('immediate') });

/** A token in a path: 43 characters of base64url (32 random bytes). */
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;
