/**
 * /sekretariat/moede/:id: the agenda builder. The items in order with up/down buttons (the numbers
 * follow the order), adding from the standard templates, publishing the agenda, approving and
 * publishing the minutes, corrections with a reason, participants and absentees, the meeting's own
 * fields, the published versions, cancelling. Every button is a plain form: no JavaScript needed.
 */

import { Facts } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ButtonForm, Notice, PageAlerts, PostForm, type Problem, RemoveButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { DataTable } from '../tables.js';
import { MeetingFields, type MeetingFormValues } from './meeting-fields.js';
import { ConflictPanel, type ConflictRow, SecretariatCrumbs } from './shared.js';

export interface BuilderItem {
  number: number;
  title: string;
  isClosed: boolean;
  timeSlot: string | null;
  hasDecision: boolean;
  attachmentCount: number;
  editHref: string;
  moveAction: string;
  removeAction: string;
}

export interface BuilderVersion {
  number: number;
  kindLabel: string;
  publishedText: string;
  publishedBy: string;
  reason: string | null;
  href: string;
}

export interface AgendaBuilderPageProps {
  csrfToken: string;
  meeting: {
    title: string;
    body: { name: string };
    dateText: string;
    statusLabel: string;
    kindLabel: string;
    location: string | null;
    publicHref: string;
    /** Made in Protokol and not cancelled. */
    isEditable: boolean;
    isAuthored: boolean;
    isCancelled: boolean;
  };
  actions: {
    update: string;
    participants: string;
    addItem: string;
    publishAgenda: string;
    publishMinutes: string;
    correct: string;
    cancel: string;
  };
  form: MeetingFormValues & { revision: number };
  participants: { present: string; absent: string; revision: number };
  items: BuilderItem[];
  templates: { value: string; label: string }[];
  addForm: { template: string; title: string };
  publish: { agenda: boolean; minutes: boolean; correction: 'dagsorden' | 'referat' | null; reason: string };
  versions: BuilderVersion[];
  documents: { pdfHref: string; textHref: string } | null;
  notice?: string;
  problems: Problem[];
  conflict?: { rows: ConflictRow[]; what: string } | null;
}

export function AgendaBuilderPage(props: AgendaBuilderPageProps) {
  const { csrfToken, meeting, actions } = props;
  return (
    <Layout title={`${meeting.title} – Sekretariat`}>
      <SecretariatCrumbs items={[{ label: meeting.title }]} />
      <h1>{meeting.title}</h1>
      <PageAlerts notice={props.notice} problems={props.problems} />
      {props.conflict ? <ConflictPanel rows={props.conflict.rows} what={props.conflict.what} /> : null}
      <MeetingFacts meeting={meeting} documents={props.documents} />

      <h2 id="dagsorden">Dagsorden</h2>
      <AgendaTable {...props} />

      {meeting.isEditable ? (
        <>
          <h3>Tilføj et punkt</h3>
          <AddItemForm {...props} />

          <h2 id="offentliggoer">Offentliggør</h2>
          <PublishForms {...props} />

          <h2 id="deltagere">Deltagere og fravær</h2>
          <ParticipantsForm {...props} />

          <h2 id="moedet">Mødets oplysninger</h2>
          <MeetingForm {...props} />
        </>
      ) : null}

      <h2 id="versioner">Offentliggjorte versioner</h2>
      <Versions versions={props.versions} />

      {meeting.isEditable ? (
        <>
          <h2 id="aflys">Aflys mødet</h2>
          <p>Et aflyst møde vises som aflyst i kalenderen og på den offentlige side. Det kan ikke fortrydes.</p>
          <ButtonForm action={actions.cancel} csrfToken={csrfToken} label="Aflys mødet" />
        </>
      ) : null}
    </Layout>
  );
}

function MeetingFacts({ meeting, documents }: Pick<AgendaBuilderPageProps, 'meeting' | 'documents'>) {
  return (
    <>
      <Facts
        rows={[
          ['Status', meeting.statusLabel],
          ['Type', meeting.kindLabel],
          ['Sted', meeting.location ?? '–'],
        ]}
      />
      <p>
        <a href={meeting.publicHref}>Mødets offentlige side</a>
        {documents ? (
          <>
            {' · '}
            <a href={documents.pdfHref}>PDF</a>
            {' · '}
            <a href={documents.textHref}>Tekst</a>
          </>
        ) : null}
      </p>
      {!meeting.isAuthored ? (
        <Notice kind="info">Mødet er indlæst fra et offentliggjort dokument og kan ikke ændres her.</Notice>
      ) : meeting.isCancelled ? (
        <Notice kind="info">Mødet er aflyst og kan ikke længere ændres eller offentliggøres.</Notice>
      ) : null}
    </>
  );
}

/** An item's moves in the agenda: up unless it is first, down unless it is last. */
const MOVES = [
  { direction: 'up', label: 'Op', isPossible: (index: number) => index > 0 },
  { direction: 'down', label: 'Ned', isPossible: (index: number, count: number) => index < count - 1 },
];

function AgendaTable({ items, meeting, csrfToken }: AgendaBuilderPageProps) {
  return (
    <>
      {items.length === 0 ? (
        <p>Dagsordenen har ingen punkter endnu. Tilføj det første nedenfor.</p>
      ) : (
        <DataTable
          caption="Dagsordenens punkter i rækkefølge"
          head={['Nr.', 'Punkt', 'Tidspunkt', 'Beslutning', 'Flyt og fjern']}
        >
          {items.map((item, index) => (
            <tr>
              <td>{item.number}</td>
              <th scope="row">
                <a href={item.editHref}>{item.title}</a>
                {item.isClosed ? <span class="badge badge-small closed-badge"> Lukket</span> : null}
                {item.attachmentCount > 0 ? (
                  <span class="muted">
                    {' '}
                    ({item.attachmentCount} {item.attachmentCount === 1 ? 'bilag' : 'bilag'})
                  </span>
                ) : null}
              </th>
              <td>{item.timeSlot ?? '–'}</td>
              <td>{item.hasDecision ? 'Skrevet' : '–'}</td>
              <td class="item-actions">
                {meeting.isEditable ? (
                  <>
                    {MOVES.filter((move) => move.isPossible(index, items.length)).map((move) => (
                      <ButtonForm
                        action={item.moveAction}
                        csrfToken={csrfToken}
                        label={move.label}
                        hidden={{ direction: move.direction }}
                        kind="tertiary"
                        accessibleLabel={`${move.label}: flyt punkt ${item.number} ${move.label.toLowerCase()}`}
                      />
                    ))}
                    <RemoveButton action={item.removeAction} csrfToken={csrfToken} what={`punkt ${item.number}`} />
                  </>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

function AddItemForm({ actions, csrfToken, addForm, templates, problems }: AgendaBuilderPageProps) {
  const field = fieldsOf(addForm, problems);
  return (
    <PostForm action={actions.addItem} csrfToken={csrfToken}>
      <Select {...field('template')} label="Skabelon" options={templates} />
      <TextField
        {...field('title')}
        label="Titel (valgfri)"
        hint="Tom: skabelonens titel. Punktet kommer sidst; flyt det bagefter."
        maxlength={500}
      />
      <SubmitGroup kind="secondary">Tilføj punkt</SubmitGroup>
    </PostForm>
  );
}

function PublishForms({ publish, actions, csrfToken, problems }: AgendaBuilderPageProps) {
  return (
    <>
      {publish.agenda ? (
        <>
          <p>
            Når dagsordenen er offentliggjort, kan medlemmerne læse den, også de lukkede punkter, og alle kan læse de
            åbne punkter. Beslutninger kommer først med i referatet.
          </p>
          <ButtonForm
            action={actions.publishAgenda}
            csrfToken={csrfToken}
            label="Offentliggør dagsordenen"
            kind="primary"
          />
        </>
      ) : null}
      {publish.minutes ? (
        <>
          <p>
            Referatet offentliggøres med beslutningerne, deres udfald og mindretal, og med de fraværende for mødet og
            for hvert punkt.
          </p>
          <ButtonForm
            action={actions.publishMinutes}
            csrfToken={csrfToken}
            label="Godkend og offentliggør referatet"
            kind={publish.agenda ? 'secondary' : 'primary'}
          />
        </>
      ) : null}
      {publish.correction ? (
        <PostForm action={actions.correct} csrfToken={csrfToken}>
          <h3>Ret {publish.correction === 'referat' ? 'referatet' : 'dagsordenen'}</h3>
          <p>
            Ret punkterne først. En rettelse offentliggøres som en ny version; alle versioner kan stadig læses, og den
            offentlige side viser, at {publish.correction === 'referat' ? 'referatet' : 'dagsordenen'} er rettet,
            hvornår og hvorfor.
          </p>
          <TextArea
            {...fieldsOf(publish, problems)('reason')}
            label="Begrundelse for rettelsen"
            rows={3}
            hint="Vises på den offentlige side, fx »Beslutningen i punkt 4 var gengivet forkert.«"
          />
          <SubmitGroup>Offentliggør rettelsen</SubmitGroup>
        </PostForm>
      ) : null}
    </>
  );
}

function ParticipantsForm({ actions, csrfToken, participants, problems }: AgendaBuilderPageProps) {
  const field = fieldsOf(participants, problems);
  return (
    <PostForm action={actions.participants} csrfToken={csrfToken} hidden={{ revision: String(participants.revision) }}>
      <TextArea
        {...field('present')}
        label="Deltagere"
        rows={6}
        hint="Én pr. linje: navn, eventuelt efterfulgt af komma og rolle, fx »Anne Hansen, Formand«."
      />
      <TextArea
        {...field('absent')}
        label="Fraværende fra mødet"
        rows={3}
        hint="Én pr. linje som ovenfor. Fraværet offentliggøres med referatet."
      />
      <SubmitGroup kind="secondary">Gem deltagere</SubmitGroup>
    </PostForm>
  );
}

function MeetingForm({ actions, csrfToken, form, problems }: AgendaBuilderPageProps) {
  return (
    <PostForm action={actions.update} csrfToken={csrfToken} hidden={{ revision: String(form.revision) }}>
      <MeetingFields values={form} problems={problems} />
      <SubmitGroup kind="secondary">Gem mødets oplysninger</SubmitGroup>
    </PostForm>
  );
}

function Versions({ versions }: { versions: BuilderVersion[] }) {
  return (
    <>
      {versions.length === 0 ? (
        <p>Intet er offentliggjort endnu.</p>
      ) : (
        <ul class="versions">
          {versions.map((version) => (
            <li>
              <a href={version.href}>
                Version {version.number}: {version.kindLabel}
              </a>
              , offentliggjort {version.publishedText} af {version.publishedBy}
              {version.reason ? <> – rettet: {version.reason}</> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
