/**
 * Merging two persons (mounted at /admin/personer), without JavaScript:
 *   GET /admin/personer/:id/saml[?q=NAME]: the persons of the same or a similar name (or the name
 *     searched), each summed up, to choose the other one;
 *   GET /admin/personer/:id/saml/bekraeft?med=ID: confirm, choosing which of the two is kept;
 *   POST /admin/personer/:id/saml (med, behold): merge (mergePersons), then the kept person's page.
 * Admins only (manage_users); the merge is in the audit log and can be undone.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import { listMergeCandidates, type PersonSummaryRow, summarisePersons } from '../../db/queries/admin-persons.js';
import { MergeChoosePage, MergeConfirmPage } from '../../render/html/admin/merge-pages.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { mergePersons } from '../../use-cases/people/merge-persons.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { field, type Problem } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam, parseId } from '../kit/params.js';
import { mergeConfirmHref, mergeHref, presentSummary } from './person-presenters.js';
import { adminPersonHref } from './presenters.js';

/** The other person is not chosen (or cannot be merged). */
const chooseOther = (c: Context): Problem => ({ field: 'med', text: ADMIN_MESSAGES[langOf(c)].routes.chooseOther });

type Person = PersonSummaryRow;

/** The choice of the other person: the same-named (or those like the name searched), with what was chosen. */
async function choosePage(
  db: Db,
  c: Context,
  person: Person,
  form: { query?: string; chosen?: string; problems?: Problem[] } = {},
) {
  const query = (form.query?.trim() || person.name).slice(0, 200);
  const candidates = await listMergeCandidates(db, { personId: person.id, query });
  const problems = form.problems ?? [];
  const view = (
    <MergeChoosePage
      person={presentSummary(person, langOf(c))}
      query={query}
      searchAction={mergeHref(person.id)}
      confirmAction={mergeConfirmHref(person.id)}
      candidates={candidates.map((row) => presentSummary(row, langOf(c)))}
      chosen={form.chosen ?? ''}
      problems={problems}
    />
  );
  return page(c, view, problems.length > 0 ? 400 : 200);
}

/** The confirmation: the two side by side, which is kept (this person unless chosen otherwise). */
function confirmPage(
  c: Context,
  person: Person,
  other: Person,
  form: { keep?: string; problems?: Problem[]; status?: 400 | 409 } = {},
) {
  const problems = form.problems ?? [];
  const view = (
    <MergeConfirmPage
      person={presentSummary(person, langOf(c))}
      other={presentSummary(other, langOf(c))}
      keep={form.keep ?? String(person.id)}
      action={mergeHref(person.id)}
      backHref={mergeHref(person.id)}
      csrfToken={csrfOf(c)}
      problems={problems}
    />
  );
  return page(c, view, problems.length > 0 ? (form.status ?? 400) : 200);
}

export function mergeRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  /** The person of the path, summed up; not found when there is none. */
  const personOf = async (c: Context) => {
    const [person] = await summarisePersons(db, [idParam(c)]);
    if (!person) throw notFound('no such person');
    return person;
  };

  /** The other person chosen ("med"): summed up, or null when none (or this one, or a merged one) was chosen. */
  const otherOf = async (personId: number, given: string) => {
    const otherId = parseId(given);
    if (otherId === null || otherId === personId) return null;
    const [other] = await summarisePersons(db, [otherId]);
    return other && other.mergedInto === null ? other : null;
  };

  app.get('/:id/saml', manage, async (c) => {
    const person = await personOf(c);
    if (person.mergedInto) return c.redirect(adminPersonHref(person.id), 303);
    return choosePage(db, c, person, { query: c.req.query('q') });
  });

  app.get('/:id/saml/bekraeft', manage, async (c) => {
    const person = await personOf(c);
    if (person.mergedInto) return c.redirect(adminPersonHref(person.id), 303);
    const other = await otherOf(person.id, c.req.query('med') ?? '');
    if (!other) return choosePage(db, c, person, { problems: [chooseOther(c)] });
    return confirmPage(c, person, other);
  });

  app.post('/:id/saml', manage, async (c) => {
    const person = await personOf(c);
    const form = await c.req.parseBody();
    const other = await otherOf(person.id, field(form, 'med'));
    if (!other || person.mergedInto) return choosePage(db, c, person, { problems: [chooseOther(c)] });
    const m = ADMIN_MESSAGES[langOf(c)].routes;
    const keep = field(form, 'behold');
    const [kept, merged] = keep === String(person.id) ? [person, other] : [other, person];
    if (keep !== String(person.id) && keep !== String(other.id)) {
      const problem = { field: 'behold', text: m.chooseKept };
      return confirmPage(c, person, other, { keep, problems: [problem] });
    }
    const result = await mergePersons({
      db,
      fromPersonId: merged.id,
      intoPersonId: kept.id,
      actor: auditActorOf(c),
    });
    if (!result.ok) {
      const problem = { text: m.mergeConflict };
      return confirmPage(c, person, other, { keep, problems: [problem], status: 409 });
    }
    return c.redirect(`${adminPersonHref(kept.id)}?samlet=1`, 303);
  });

  return app;
}
