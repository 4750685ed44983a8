/**
 * The admins' people and memberships: GET|POST /admin/personer (the list of people and the form
 * that creates one), GET|POST /admin/organer/:slug/medlemmer (a body's memberships, current and
 * ended, and the form that adds one) and POST /admin/medlemskaber/:id/afslut (a membership's last
 * day). Admins only (manage_users); every change is in the audit log.
 */
import { and, asc, count, eq, isNull } from 'drizzle-orm';

import { type Context, Hono } from 'hono';

import { z } from 'zod';

import type { Db } from '../../db/client.js';
import { bodies, memberships, persons } from '../../db/schema/index.js';

import { MEMBERSHIP_ROLES, type MembershipRole } from '../../domain/membership.js';
import { AppError } from '../../errors.js';

import { CsrfInput, ErrorSummary, Notice, type Problem, Select, TextField } from '../../render/html/forms.js';

import { Layout } from '../../render/html/layout.js';

import { SimpleTable } from '../../render/html/secretariat/shared.js';
import { LABELS } from '../../render/i18n.js';
import { addMembership, isCalendarDay, MEMBERSHIP_TEXT_MAX } from '../../use-cases/people/add-membership.js';
import { createPerson, PERSON_NAME_MAX } from '../../use-cases/people/create-person.js';
import { endMembership } from '../../use-cases/people/end-membership.js';
import { requireRole } from '../auth/index.js';
import { AdminNav } from '../auth/pages.js';
import { bodyHref } from '../portal/paths.js';
import { auditActorOf, csrfOf } from '../secretariat/deps.js';
import { field } from '../secretariat/forms.js';

export interface PeopleRoutesDeps {
  db: Db;
}

export const PEOPLE_HREF = '/admin/personer';
export const membersHref = (slug: string) => `/admin/organer/${encodeURIComponent(slug)}/medlemmer`;
export const endMembershipHref = (id: number) => `/admin/medlemskaber/${id}/afslut`;

interface PersonRow {
  id: number;
  name: string;
  slug: string;
  current: number;
}

async function listPersons(db: Db): Promise<PersonRow[]> {
  const rows = await db
    .select({ id: persons.id, name: persons.name, slug: persons.slug, current: count(memberships.id) })
    .from(persons)
    .leftJoin(memberships, and(eq(memberships.personId, persons.id), isNull(memberships.toOn)))
    .groupBy(persons.id)
    .orderBy(asc(persons.name), asc(persons.id));
  return rows.map((row) => ({ ...row, current: Number(row.current) }));
}

interface BodyRef {
  id: number;
  name: string;
  slug: string;
}

async function findBody(db: Db, slug: string): Promise<BodyRef | null> {
  const [body] = await db
    .select({ id: bodies.id, name: bodies.name, slug: bodies.slug })
    .from(bodies)
    .where(eq(bodies.slug, slug));
  return body ?? null;
}

interface MembershipRow {
  id: number;
  personName: string;
  personSlug: string;
  role: MembershipRole;
  party: string | null;
  organisation: string | null;
  title: string | null;
  fromOn: string | null;
  toOn: string | null;
}

async function listMemberships(db: Db, bodyId: number): Promise<MembershipRow[]> {
  return db
    .select({
      id: memberships.id,
      personName: persons.name,
      personSlug: persons.slug,
      role: memberships.role,
      party: memberships.party,
      organisation: memberships.organisation,
      title: memberships.title,
      fromOn: memberships.fromOn,
      toOn: memberships.toOn,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(eq(memberships.bodyId, bodyId))
    .orderBy(asc(persons.name), asc(memberships.id));
}

async function personOptions(db: Db) {
  const rows = await db
    .select({ id: persons.id, name: persons.name, slug: persons.slug })
    .from(persons)
    .orderBy(asc(persons.name), asc(persons.id));
  return rows.map((row) => ({ value: String(row.id), label: `${row.name} (${row.slug})` }));
}

function PeoplePage({
  rows,
  csrfToken,
  name,
  problems,
  notice,
}: {
  rows: PersonRow[];
  csrfToken: string;
  name: string;
  problems: Problem[];
  notice?: string;
}) {
  return (
    <Layout title="Personer">
      <AdminNav current={PEOPLE_HREF} />
      <h1>Personer</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problems} />
      <h2>Opret person</h2>
      <p>Giv derefter personen et medlemskab under »Organer« → organets medlemmer.</p>
      <form method="post" action={PEOPLE_HREF} novalidate>
        <CsrfInput token={csrfToken} />
        <TextField
          id="name"
          label="Navn"
          value={name}
          required
          maxlength={PERSON_NAME_MAX}
          error={problems.find((p) => p.field === 'name')?.text}
        />
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Opret person
          </button>
        </div>
      </form>
      <h2>Alle personer</h2>
      <SimpleTable caption="Alle personer" head={['Navn', 'Adresse', 'Aktuelle medlemskaber']}>
        {rows.map((row) => (
          <tr>
            <th scope="row">
              <a href={`/person/${encodeURIComponent(row.slug)}`}>{row.name}</a>
            </th>
            <td>{row.slug}</td>
            <td>{row.current}</td>
          </tr>
        ))}
      </SimpleTable>
    </Layout>
  );
}

export interface MembershipValues {
  person: string;
  role: string;
  party: string;
  organisation: string;
  title: string;
  fromOn: string;
}

const EMPTY_MEMBERSHIP: MembershipValues = {
  person: '',
  role: 'member',
  party: '',
  organisation: '',
  title: '',
  fromOn: '',
};

const roleLabel = (role: MembershipRole) => LABELS.da.membershipRole[role];

function MembersPage({
  body,
  rows,
  people,
  csrfToken,
  values,
  problems,
  ending,
  notice,
}: {
  body: BodyRef;
  rows: MembershipRow[];
  people: { value: string; label: string }[];
  csrfToken: string;
  values: MembershipValues;
  problems: Problem[];
  /** The end form that was submitted (kept with its problem). */
  ending?: { id: number; toOn: string };
  notice?: string;
}) {
  const errorOf = (id: string) => problems.find((p) => p.field === id)?.text;
  const current = rows.filter((row) => row.toOn === null);
  const ended = rows.filter((row) => row.toOn !== null);
  const details = (row: MembershipRow) => [row.party, row.organisation, row.title].filter(Boolean).join(', ') || '–';
  return (
    <Layout title={`Medlemmer: ${body.name}`}>
      <AdminNav current="/admin/organer" />
      <h1>Medlemmer af {body.name}</h1>
      <p>
        <a href={bodyHref(body.slug)}>Organets offentlige side</a> · <a href={PEOPLE_HREF}>Personer</a>
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problems} />
      <h2>Nuværende medlemmer</h2>
      {current.length === 0 ? (
        <p>Organet har ingen nuværende medlemmer.</p>
      ) : (
        <SimpleTable
          caption="Nuværende medlemmer"
          head={['Navn', 'Rolle', 'Parti, organisation, titel', 'Fra', 'Afslut']}
        >
          {current.map((row) => {
            const id = `toOn-${row.id}`;
            return (
              <tr>
                <th scope="row">
                  <a href={`/person/${encodeURIComponent(row.personSlug)}`}>{row.personName}</a>
                </th>
                <td>{roleLabel(row.role)}</td>
                <td>{details(row)}</td>
                <td>{row.fromOn ?? '–'}</td>
                <td>
                  <form method="post" action={endMembershipHref(row.id)} novalidate>
                    <CsrfInput token={csrfToken} />
                    <TextField
                      id={id}
                      name="toOn"
                      type="date"
                      label={`Sidste dag for ${row.personName}`}
                      value={ending?.id === row.id ? ending.toOn : ''}
                      error={errorOf(id)}
                    />
                    <button class="button button-secondary" type="submit">
                      Afslut medlemskab
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </SimpleTable>
      )}
      <h2>Tilføj medlemskab</h2>
      {people.length === 0 ? (
        <p>
          Der er ingen personer endnu. <a href={PEOPLE_HREF}>Opret en person</a> først.
        </p>
      ) : (
        <form method="post" action={membersHref(body.slug)} novalidate>
          <CsrfInput token={csrfToken} />
          <Select
            id="person"
            label="Person"
            value={values.person}
            options={[{ value: '', label: 'Vælg en person' }, ...people]}
            error={errorOf('person')}
          />
          <Select
            id="role"
            label="Rolle"
            value={values.role}
            options={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
            error={errorOf('role')}
          />
          <TextField
            id="party"
            label="Parti (valgfrit)"
            hint="Partibogstav, fx V, A eller C."
            value={values.party}
            maxlength={MEMBERSHIP_TEXT_MAX}
            error={errorOf('party')}
          />
          <TextField
            id="organisation"
            label="Organisation (valgfri)"
            hint="Som den står i referatet, fx »Aabenraa Kommune« eller »PLO«."
            value={values.organisation}
            maxlength={MEMBERSHIP_TEXT_MAX}
            error={errorOf('organisation')}
          />
          <TextField
            id="title"
            label="Titel (valgfri)"
            value={values.title}
            maxlength={MEMBERSHIP_TEXT_MAX}
            error={errorOf('title')}
          />
          <TextField
            id="fromOn"
            type="date"
            label="Fra (valgfri)"
            hint="Første dag, fx 2026-01-01."
            value={values.fromOn}
            error={errorOf('fromOn')}
          />
          <div class="form-group">
            <button class="button button-primary" type="submit">
              Tilføj medlemskab
            </button>
          </div>
        </form>
      )}
      <h2>Tidligere medlemmer</h2>
      {ended.length === 0 ? (
        <p>Ingen afsluttede medlemskaber.</p>
      ) : (
        <SimpleTable caption="Tidligere medlemmer" head={['Navn', 'Rolle', 'Parti, organisation, titel', 'Fra', 'Til']}>
          {ended.map((row) => (
            <tr>
              <th scope="row">
                <a href={`/person/${encodeURIComponent(row.personSlug)}`}>{row.personName}</a>
              </th>
              <td>{roleLabel(row.role)}</td>
              <td>{details(row)}</td>
              <td>{row.fromOn ?? '–'}</td>
              <td>{row.toOn}</td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </Layout>
  );
}

const optionalText = (label: string) =>
  z.string().max(MEMBERSHIP_TEXT_MAX, { message: `${label} må højst være ${MEMBERSHIP_TEXT_MAX} tegn.` });

const MembershipSchema = z.object({
  person: z.string().regex(/^\d{1,9}$/, { message: 'Vælg en person.' }),
  role: z.enum(MEMBERSHIP_ROLES, { message: 'Vælg en rolle.' }),
  party: optionalText('Partiet'),
  organisation: optionalText('Organisationen'),
  title: optionalText('Titlen'),
  fromOn: z.string().refine((value) => value === '' || isCalendarDay(value), {
    message: 'Skriv datoen som åååå-mm-dd, fx 2026-01-01.',
  }),
});

const END_REASONS: Record<string, string> = {
  date_invalid: 'Skriv den sidste dag som åååå-mm-dd, fx 2026-12-31.',
  before_start: 'Den sidste dag kan ikke ligge før medlemskabets første dag.',
  already_ended: 'Medlemskabet er allerede afsluttet.',
};

export function peopleRoutes({ db }: PeopleRoutesDeps) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const peoplePage = async (c: Context, name = '', problems: Problem[] = []) =>
    c.render(
      <PeoplePage
        rows={await listPersons(db)}
        csrfToken={csrfOf(c)}
        name={name}
        problems={problems}
        notice={problems.length === 0 && c.req.query('oprettet') ? 'Personen er oprettet.' : undefined}
      />,
    );

  app.get(PEOPLE_HREF, manage, (c) => peoplePage(c));

  app.post(PEOPLE_HREF, manage, async (c) => {
    const name = field(await c.req.parseBody(), 'name').trim();
    const result = await createPerson({ db, name, actor: auditActorOf(c) });
    if (!result.ok) {
      c.status(400);
      const text =
        result.reason === 'name_missing' ? 'Skriv personens navn.' : `Navnet må højst være ${PERSON_NAME_MAX} tegn.`;
      return peoplePage(c, name, [{ field: 'name', text }]);
    }
    return c.redirect(`${PEOPLE_HREF}?oprettet=1`, 303);
  });

  const membersPage = async (
    c: Context,
    body: BodyRef,
    options: { values?: MembershipValues; problems?: Problem[]; ending?: { id: number; toOn: string } } = {},
  ) => {
    const problems = options.problems ?? [];
    const notice =
      problems.length > 0
        ? undefined
        : c.req.query('tilfoejet')
          ? 'Medlemskabet er tilføjet.'
          : c.req.query('afsluttet')
            ? 'Medlemskabet er afsluttet.'
            : undefined;
    return c.render(
      <MembersPage
        body={body}
        rows={await listMemberships(db, body.id)}
        people={await personOptions(db)}
        csrfToken={csrfOf(c)}
        values={options.values ?? EMPTY_MEMBERSHIP}
        problems={problems}
        ending={options.ending}
        notice={notice}
      />,
    );
  };

  const bodyOf = async (c: Context) => {
    const body = await findBody(db, c.req.param('slug') ?? '');
    if (!body) throw new AppError('not_found', 'no such body');
    return body;
  };

  app.get('/admin/organer/:slug/medlemmer', manage, async (c) => membersPage(c, await bodyOf(c)));

  app.post('/admin/organer/:slug/medlemmer', manage, async (c) => {
    const body = await bodyOf(c);
    const form = await c.req.parseBody();
    const values: MembershipValues = {
      person: field(form, 'person'),
      role: field(form, 'role'),
      party: field(form, 'party').trim(),
      organisation: field(form, 'organisation').trim(),
      title: field(form, 'title').trim(),
      fromOn: field(form, 'fromOn').trim(),
    };
    const parsed = MembershipSchema.safeParse(values);
    if (!parsed.success) {
      c.status(400);
      const problems = parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ''),
        text: issue.message,
      }));
      return membersPage(c, body, { values, problems });
    }
    const result = await addMembership({
      db,
      personId: Number(parsed.data.person),
      bodyId: body.id,
      role: parsed.data.role,
      party: parsed.data.party,
      organisation: parsed.data.organisation,
      title: parsed.data.title,
      fromOn: parsed.data.fromOn,
      actor: auditActorOf(c),
    });
    if (!result.ok) {
      c.status(400);
      const problem: Problem =
        result.reason === 'person_not_found'
          ? { field: 'person', text: 'Personen findes ikke (længere). Vælg en anden.' }
          : result.reason === 'date_invalid'
            ? { field: 'fromOn', text: 'Skriv datoen som åååå-mm-dd, fx 2026-01-01.' }
            : { text: 'Medlemskabet kunne ikke tilføjes. Tjek felterne.' };
      return membersPage(c, body, { values, problems: [problem] });
    }
    return c.redirect(`${membersHref(body.slug)}?tilfoejet=1`, 303);
  });

  app.post('/admin/medlemskaber/:id/afslut', manage, async (c) => {
    const id = /^\d{1,9}$/.test(c.req.param('id')) ? Number(c.req.param('id')) : 0;
    const [membership] = await db
      .select({ bodyId: memberships.bodyId, slug: bodies.slug, name: bodies.name })
      .from(memberships)
      .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
      .where(eq(memberships.id, id));
    if (!membership) throw new AppError('not_found', 'no such membership');
    const body: BodyRef = { id: membership.bodyId, slug: membership.slug, name: membership.name };
    const toOn = field(await c.req.parseBody(), 'toOn').trim();
    const result = await endMembership({ db, membershipId: id, toOn, actor: auditActorOf(c) });
    if (!result.ok) {
      if (result.reason === 'not_found') throw new AppError('not_found', 'no such membership');
      c.status(400);
      return membersPage(c, body, {
        problems: [
          { field: result.reason === 'already_ended' ? undefined : `toOn-${id}`, text: END_REASONS[result.reason] },
        ],
        ending: { id, toOn },
      });
    }
    return c.redirect(`${membersHref(body.slug)}?afsluttet=1`, 303);
  });

  return app;
}
