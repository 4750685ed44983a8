/**
 * GET|POST /admin/organer: the admins' list of bodies and the form that creates one (name, kind,
 * description). The new body's slug comes from its name. Admins only (manage_users); the change is
 * in the audit log.
 */
import { asc } from 'drizzle-orm';

import { type Context, Hono } from 'hono';

import type { Db } from '../../db/client.js';
import { bodies } from '../../db/schema/index.js';

import { BODY_KINDS, type BodyKind } from '../../domain/body-kind.js';
import { CsrfInput, ErrorSummary, Notice, type Problem, Select, TextArea, TextField } from '../../render/html/forms.js';

import { Layout } from '../../render/html/layout.js';

import { SimpleTable } from '../../render/html/secretariat/shared.js';
import { LABELS } from '../../render/i18n.js';
import { createBody } from '../../use-cases/people/create-body.js';
import { requireRole } from '../auth/index.js';
import { AdminNav } from '../auth/pages.js';
import { bodyHref } from '../portal/paths.js';
import { auditActorOf, csrfOf, type SecretariatDeps } from './deps.js';
import { field } from './forms.js';
import { newMeetingHref } from './presenters.js';

interface BodyRow {
  name: string;
  slug: string;
  kind: BodyKind;
}

async function listBodies(db: Db): Promise<BodyRow[]> {
  return db.select({ name: bodies.name, slug: bodies.slug, kind: bodies.kind }).from(bodies).orderBy(asc(bodies.name));
}

function BodiesPage({
  rows,
  csrfToken,
  values,
  problems,
  notice,
}: {
  rows: BodyRow[];
  csrfToken: string;
  values: { name: string; kind: string; description: string };
  problems: Problem[];
  notice?: string;
}) {
  const errorOf = (id: string) => problems.find((p) => p.field === id)?.text;
  return (
    <Layout title="Organer">
      <AdminNav current="/admin/organer" />
      <h1>Organer</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary problems={problems} />
      <h2>Opret organ</h2>
      <p>Giv derefter brugerne en rolle i organet under »Brugere«: sekretariat eller medlem.</p>
      <form method="post" action="/admin/organer" novalidate>
        <CsrfInput token={csrfToken} />
        <TextField id="name" label="Navn" value={values.name} required maxlength={200} error={errorOf('name')} />
        <Select
          id="kind"
          label="Type"
          value={values.kind}
          options={BODY_KINDS.map((kind) => ({ value: kind, label: LABELS.da.bodyKind[kind] }))}
          error={errorOf('kind')}
        />
        <TextArea id="description" label="Beskrivelse (valgfri)" value={values.description} rows={3} />
        <div class="form-group">
          <button class="button button-primary" type="submit">
            Opret organ
          </button>
        </div>
      </form>
      <h2>Alle organer</h2>
      <SimpleTable caption="Alle organer" head={['Navn', 'Type', 'Medlemmer', 'Sekretariat']}>
        {rows.map((row) => (
          <tr>
            <th scope="row">
              <a href={bodyHref(row.slug)}>{row.name}</a>
            </th>
            <td>{LABELS.da.bodyKind[row.kind]}</td>
            <td>
              <a href={`/admin/organer/${encodeURIComponent(row.slug)}/medlemmer`}>Medlemmer</a>
            </td>
            <td>
              <a href={newMeetingHref(row.slug)}>Nyt møde</a>
            </td>
          </tr>
        ))}
      </SimpleTable>
    </Layout>
  );
}

export function bodyAdminRoutes({ db }: SecretariatDeps) {
  const app = new Hono();
  const manage = requireRole('manage_users');

  const page = async (
    c: Context,
    values = { name: '', kind: 'health_council', description: '' },
    problems: Problem[] = [],
  ) =>
    c.render(
      <BodiesPage
        rows={await listBodies(db)}
        csrfToken={csrfOf(c)}
        values={values}
        problems={problems}
        notice={problems.length === 0 && c.req.query('oprettet') ? 'Organet er oprettet.' : undefined}
      />,
    );

  app.get('/admin/organer', manage, (c) => page(c));

  app.post('/admin/organer', manage, async (c) => {
    const form = await c.req.parseBody();
    const values = {
      name: field(form, 'name').trim(),
      kind: field(form, 'kind'),
      description: field(form, 'description').trim(),
    };
    const kind = BODY_KINDS.find((candidate) => candidate === values.kind);
    const problems: Problem[] = [];
    if (!kind) problems.push({ field: 'kind', text: 'Vælg en type.' });
    if (values.name.length > 200) problems.push({ field: 'name', text: 'Navnet må højst være 200 tegn.' });
    if (values.description.length > 5000) problems.push({ field: 'description', text: 'Beskrivelsen er for lang.' });
    if (problems.length > 0 || !kind) {
      c.status(400);
      return page(c, values, problems);
    }
    const result = await createBody({
      db,
      name: values.name,
      kind,
      description: values.description,
      actor: auditActorOf(c),
    });
    if (!result.ok) {
      c.status(400);
      const text =
        result.reason === 'name_missing' ? 'Skriv organets navn.' : 'Der findes allerede et organ med det navn.';
      return page(c, values, [{ field: 'name', text }]);
    }
    return c.redirect('/admin/organer?oprettet=1', 303);
  });

  return app;
}
