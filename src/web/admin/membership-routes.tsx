/**
 * The admins' memberships (mounted at /admin): a body's memberships, current and ended, with the
 * forms that add one and end one.
 *   GET|POST /admin/organer/:slug/medlemmer, POST /admin/medlemskaber/:id/afslut (a last day).
 * Pipelines: validate (zod) → authorize (manage_users) → use case (use-cases/people) → present.
 * Every change is in the audit log.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { findMembershipBody, listBodyMemberships, listPersonChoices } from '../../db/queries/admin-people.js';
import { findBodyRef } from '../../db/queries/meeting-drafts.js';
import { MEMBERSHIP_ROLES } from '../../domain/membership.js';
import { type MembershipFormValues, MembersPage } from '../../render/html/admin/people-pages.js';
import { ADMIN_MESSAGES } from '../../render/messages/admin.js';
import { addMembership, isCalendarDay, MEMBERSHIP_TEXT_MAX } from '../../use-cases/people/add-membership.js';
import { endMembership } from '../../use-cases/people/end-membership.js';
import { auditActorOf } from '../auth/context.js';
import { requireRole } from '../auth/require-role.js';
import { csrfOf } from '../kit/csrf.js';
import { notFound } from '../kit/errors.js';
import { type FormBody, field, type Problem, validateForm } from '../kit/forms.js';
import { langOf, page } from '../kit/page.js';
import { idParam } from '../kit/params.js';
import { bodyHref } from '../portal/paths.js';
import {
  EMPTY_MEMBERSHIP,
  type Ending,
  membersHref,
  personChoices,
  presentMembers,
  roleOptions,
} from './presenters.js';

/** The routes' words of one language. */
type RouteMessages = (typeof ADMIN_MESSAGES)['da']['routes'];

const optionalText = (message: (max: number) => string) =>
  z.string().max(MEMBERSHIP_TEXT_MAX, { message: message(MEMBERSHIP_TEXT_MAX) });

const membershipSchema = (m: RouteMessages) =>
  z.object({
    person: z.string().regex(/^\d{1,9}$/, { message: m.choosePerson }),
    role: z.enum(MEMBERSHIP_ROLES, { message: m.chooseRole }),
    party: optionalText(m.partyTooLong),
    organisation: optionalText(m.organisationTooLong),
    title: optionalText(m.titleTooLong),
    fromOn: z.string().refine((value) => value === '' || isCalendarDay(value), { message: m.dateInvalid }),
  });

const addProblems = (m: RouteMessages): Partial<Record<string, Problem>> => ({
  person_not_found: { field: 'person', text: m.personNotFound },
  date_invalid: { field: 'fromOn', text: m.dateInvalid },
});

const endProblems = (m: RouteMessages) =>
  ({
    date_invalid: m.endDateInvalid,
    before_start: m.endBeforeStart,
    already_ended: m.alreadyEnded,
  }) as const;

type BodyRef = { id: number; name: string; slug: string };

function membershipValues(form: FormBody): MembershipFormValues {
  return {
    person: field(form, 'person'),
    role: field(form, 'role'),
    party: field(form, 'party').trim(),
    organisation: field(form, 'organisation').trim(),
    title: field(form, 'title').trim(),
    fromOn: field(form, 'fromOn').trim(),
  };
}

/** "?tilfoejet=1" or "?afsluttet=1" after a redirect → the notice. */
function membersNotice(c: Context): string | undefined {
  const m = ADMIN_MESSAGES[langOf(c)].routes;
  if (c.req.query('tilfoejet')) return m.membershipAdded;
  if (c.req.query('afsluttet')) return m.membershipEnded;
  return undefined;
}

export function membershipRoutes({ db }: { db: Db }) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const membersPage = async (
    c: Context,
    body: BodyRef,
    form: { values?: MembershipFormValues; problems?: Problem[]; ending?: Ending } = {},
  ) => {
    const problems = form.problems ?? [];
    const [rows, people] = await Promise.all([listBodyMemberships(db, body.id), listPersonChoices(db)]);
    const view = (
      <MembersPage
        body={{ name: body.name, publicHref: bodyHref(body.slug) }}
        {...presentMembers(rows, problems, langOf(c), form.ending)}
        add={{
          action: membersHref(body.slug),
          people: personChoices(people),
          roles: roleOptions(langOf(c)),
          values: form.values ?? EMPTY_MEMBERSHIP,
          textMax: MEMBERSHIP_TEXT_MAX,
        }}
        csrfToken={csrfOf(c)}
        problems={problems}
        notice={problems.length > 0 ? undefined : membersNotice(c)}
      />
    );
    return page(c, view, problems.length > 0 ? 400 : 200);
  };

  const bodyOfPath = async (c: Context) => {
    const body = await findBodyRef(db, c.req.param('slug') ?? '');
    if (!body) throw notFound('no such body');
    return body;
  };

  app.get('/organer/:slug/medlemmer', manage, async (c) => membersPage(c, await bodyOfPath(c)));

  app.post('/organer/:slug/medlemmer', manage, async (c) => {
    const body = await bodyOfPath(c);
    const values = membershipValues(await c.req.parseBody());
    const m = ADMIN_MESSAGES[langOf(c)].routes;
    const parsed = validateForm(membershipSchema(m), values);
    if (!parsed.ok) return membersPage(c, body, { values, problems: parsed.problems });
    const { person, ...membership } = parsed.value;
    const result = await addMembership({
      db,
      personId: Number(person),
      bodyId: body.id,
      ...membership,
      actor: auditActorOf(c),
    });
    if (!result.ok) {
      const problem = addProblems(m)[result.reason] ?? { text: m.membershipNotAdded };
      return membersPage(c, body, { values, problems: [problem] });
    }
    return c.redirect(`${membersHref(body.slug)}?tilfoejet=1`, 303);
  });

  app.post('/medlemskaber/:id/afslut', manage, async (c) => {
    const id = idParam(c);
    const body = await findMembershipBody(db, id);
    if (!body) throw notFound('no such membership');
    const toOn = field(await c.req.parseBody(), 'toOn').trim();
    const result = await endMembership({ db, membershipId: id, toOn, actor: auditActorOf(c) });
    if (result.ok) return c.redirect(`${membersHref(body.slug)}?afsluttet=1`, 303);
    if (result.reason === 'not_found') throw notFound('no such membership');
    const problem = {
      field: result.reason === 'already_ended' ? undefined : `toOn-${id}`,
      text: endProblems(ADMIN_MESSAGES[langOf(c)].routes)[result.reason],
    };
    return membersPage(c, body, { problems: [problem], ending: { id, toOn } });
  });

  return app;
}
