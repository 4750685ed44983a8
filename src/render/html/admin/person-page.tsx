/**
 * One person as the admins see them: publisher, the publishers under which the name means them,
 * memberships and meetings; the way to merge them with another person or split them in two; and
 * their merges and splits, each with "Fortryd" (undo). The recent changes of everyone: the same
 * list on a page of its own.
 */

import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { Facts } from '../components.js';
import { ButtonForm, Notice, PageAlerts, type Problem } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { AdminNav } from './admin-nav.js';

const PEOPLE_HREF = '/admin/personer';

export interface PersonChangeView {
  /** "Anne Jensen (Aarhus Kommune) lagt sammen med Anne Jensen (Greve Kommune)". */
  text: string;
  fromName: string;
  fromHref: string;
  toName: string;
  toHref: string;
  kindLabel: string;
  whenText: string;
  /** "Fortrudt 3. maj 2026 kl. 10.00", or null while it stands. */
  undoneText: string | null;
  /** The undo form's action, while the change stands. */
  undoAction: string | null;
}

export interface PersonPageProps {
  person: {
    name: string;
    slug: string;
    publicHref: string;
    publisherName: string;
    /** The publishers under which the importer matches the name to this person. */
    names: string[];
    /** Set when the person was merged into another. */
    mergedInto: { name: string; href: string } | null;
  };
  mergeHref: string;
  splitHref: string;
  memberships: { bodyName: string; roleLabel: string; details: string; fromText: string; toText: string }[];
  participations: { meetingHref: string; dateText: string; bodyName: string; details: string }[];
  /** "Viser de seneste 500 af 812 møder.", when not all are shown. */
  participationNote?: string;
  changes: PersonChangeView[];
  csrfToken: string;
  notice?: string;
  problems: Problem[];
}

export function PersonPage(props: PersonPageProps) {
  const { person, memberships, participations, csrfToken, problems, notice } = props;
  const { common, person: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title(person.name)}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={PEOPLE_HREF}>{common.people}</a>
      </p>
      <h1>{person.name}</h1>
      <PageAlerts notice={notice} problems={problems} />
      {person.mergedInto ? (
        <Notice kind="info">
          {m.mergedInto[0]} <a href={person.mergedInto.href}>{person.mergedInto.name}</a>
          {m.mergedInto[1]}
        </Notice>
      ) : null}
      <PersonFacts person={person} />
      {person.mergedInto ? null : (
        <p>
          <a class="button button-secondary" href={props.mergeHref}>
            {m.mergeWith}
          </a>{' '}
          <a class="button button-secondary" href={props.splitHref}>
            {m.split}
          </a>
        </p>
      )}
      <h2>{m.changes}</h2>
      <PersonChanges changes={props.changes} csrfToken={csrfToken} empty={m.noChanges} />
      <h2>{m.memberships}</h2>
      {memberships.length === 0 ? (
        <p>{m.noMemberships}</p>
      ) : (
        <DataTable
          isRegion
          caption={m.memberships}
          head={[common.body, common.role, common.details, common.from, common.to]}
        >
          {memberships.map((m) => (
            <tr>
              <th scope="row">{m.bodyName}</th>
              <td>{m.roleLabel}</td>
              <td>{m.details}</td>
              <td>{m.fromText}</td>
              <td>{m.toText}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{common.meetings}</h2>
      {props.participationNote ? <p>{props.participationNote}</p> : null}
      {participations.length === 0 ? (
        <p>{m.noMeetings}</p>
      ) : (
        <DataTable isRegion caption={common.meetings} head={m.meetingsHead}>
          {participations.map((p) => (
            <tr>
              <th scope="row">
                <a href={p.meetingHref}>{p.dateText}</a>
              </th>
              <td>{p.bodyName}</td>
              <td>{p.details}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

function PersonFacts({ person }: { person: PersonPageProps['person'] }) {
  const { common, person: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Facts
      rows={[
        [common.publisher, person.publisherName],
        [m.namesAt, person.names.length > 0 ? person.names.join(', ') : '–'],
        [m.publicPage, <a href={person.publicHref}>{person.slug}</a>],
      ]}
    />
  );
}

/** Merges and splits, newest first, each with its undo while it stands. */
export function PersonChanges({
  changes,
  csrfToken,
  empty,
}: {
  changes: PersonChangeView[];
  csrfToken: string;
  empty: string;
}) {
  const { common, person: m } = ADMIN_MESSAGES[usePage().lang];
  if (changes.length === 0) return <p>{empty}</p>;
  return (
    <DataTable isRegion caption={m.changes} head={m.changesHead}>
      {changes.map((change) => (
        <tr>
          <td>{change.whenText}</td>
          <td>
            {change.kindLabel}: <a href={change.fromHref}>{change.fromName}</a> →{' '}
            <a href={change.toHref}>{change.toName}</a>
          </td>
          <td>
            {change.undoAction ? (
              <ButtonForm
                action={change.undoAction}
                csrfToken={csrfToken}
                label={common.undo}
                accessibleLabel={m.undoOf(change.text)}
              />
            ) : (
              change.undoneText
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function PersonChangesPage({
  changes,
  csrfToken,
  notice,
  problems,
}: {
  changes: PersonChangeView[];
  csrfToken: string;
  notice?: string;
  problems: Problem[];
}) {
  const { common, person: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.changes}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={PEOPLE_HREF}>{common.people}</a>
      </p>
      <h1>{m.changes}</h1>
      <PageAlerts notice={notice} problems={problems} />
      <p>{m.changesLead}</p>
      <PersonChanges changes={changes} csrfToken={csrfToken} empty={m.noneChanged} />
    </Layout>
  );
}
