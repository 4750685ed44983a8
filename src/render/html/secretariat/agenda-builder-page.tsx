/**
 * /sekretariat/moede/:id: the agenda builder. The items in order with up/down buttons (the numbers
 * follow the order), adding from the standard templates, publishing the agenda, approving and
 * publishing the minutes, corrections with a reason, participants and absentees, the meeting's own
 * fields, the published versions, cancelling. The page is one form (`class="keep-work"`): every
 * button sends every field (by `formaction` to its own address), so what was typed is saved — or
 * kept — whichever button is pressed. No JavaScript needed.
 */

import { MEMBER_WORK_MESSAGES } from '../../messages/member-work.js';
import { Facts } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { Notice, PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { DataTable } from '../tables.js';
import { MeetingFields, type MeetingFormValues } from './meeting-fields.js';
import { ConflictPanel, type ConflictRow, SecretariatCrumbs, UnsavedChangesScript } from './shared.js';

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
  publish: {
    agenda: boolean;
    minutes: boolean;
    /** Why the minutes cannot be published yet (the meeting has not begun), or null. */
    minutesWait: string | null;
    correction: 'dagsorden' | 'referat' | null;
    reason: string;
  };
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

      <PostForm
        action={actions.update}
        csrfToken={csrfToken}
        class="keep-work"
        hidden={{ revision: String(props.form.revision) }}
      >
        {meeting.isEditable ? (
          // Enter in a field saves everything typed (the form's first button), never moves an item.
          <button type="submit" hidden tabindex={-1}>
            Gem
          </button>
        ) : null}
        <h2 id="dagsorden">Dagsorden</h2>
        <AgendaTable {...props} />

        {meeting.isEditable ? (
          <>
            <h3>Tilføj et punkt</h3>
            <AddItemFields {...props} />

            <h2 id="offentliggoer">Offentliggør</h2>
            <PublishFields {...props} />

            <h2 id="deltagere">Deltagere og fravær</h2>
            <ParticipantsFields {...props} />

            <h2 id="moedet">Mødets oplysninger</h2>
            <MeetingFields values={props.form} problems={props.problems} />
            <SubmitGroup kind="secondary">Gem mødets oplysninger</SubmitGroup>
          </>
        ) : null}

        <h2 id="versioner">Offentliggjorte versioner</h2>
        <Versions versions={props.versions} />

        {meeting.isEditable ? (
          <>
            <h2 id="aflys">Aflys mødet</h2>
            <p>Et aflyst møde vises som aflyst i kalenderen og på den offentlige side. Det kan ikke fortrydes.</p>
            <SubmitGroup kind="secondary" formaction={actions.cancel}>
              Aflys mødet
            </SubmitGroup>
          </>
        ) : null}
      </PostForm>
      {meeting.isEditable ? <UnsavedChangesScript /> : null}
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

function AgendaTable({ items, meeting }: AgendaBuilderPageProps) {
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
                      <SubmitButton
                        kind="tertiary"
                        formaction={item.moveAction}
                        name="direction"
                        value={move.direction}
                        accessibleLabel={`${move.label}: flyt punkt ${item.number} ${move.label.toLowerCase()}`}
                      >
                        {move.label}
                      </SubmitButton>
                    ))}{' '}
                    <SubmitButton
                      kind="tertiary"
                      formaction={item.removeAction}
                      accessibleLabel={`Fjern punkt ${item.number}`}
                    >
                      Fjern
                    </SubmitButton>
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

function AddItemFields({ actions, addForm, templates, problems }: AgendaBuilderPageProps) {
  const field = fieldsOf(addForm, problems);
  return (
    <>
      <Select {...field('template')} label="Skabelon" options={templates} />
      <TextField
        {...field('title')}
        label="Titel (valgfri)"
        hint="Tom: skabelonens titel. Punktet kommer sidst; flyt det bagefter."
        maxlength={500}
      />
      <SubmitGroup kind="secondary" formaction={actions.addItem}>
        Tilføj punkt
      </SubmitGroup>
    </>
  );
}

function PublishFields({ publish, actions, problems }: AgendaBuilderPageProps) {
  const m = MEMBER_WORK_MESSAGES[usePage().lang];
  return (
    <>
      <p>
        <a href={`${actions.update}/godkendelse`}>{m.toApproval}</a> ·{' '}
        <a href={`${actions.update}/anmodninger`}>{m.toRequests}</a>
      </p>
      {publish.agenda ? (
        <>
          <p>
            Når dagsordenen er offentliggjort, kan medlemmerne læse den, også de lukkede punkter, og alle kan læse de
            åbne punkter. Beslutninger kommer først med i referatet.
          </p>
          <SubmitGroup formaction={actions.publishAgenda}>Offentliggør dagsordenen</SubmitGroup>
        </>
      ) : null}
      {publish.minutes ? (
        <>
          <p>
            Referatet offentliggøres med beslutningerne, deres udfald og mindretal, og med de fraværende for mødet og
            for hvert punkt.
          </p>
          {publish.minutesWait ? (
            <Notice kind="info">{publish.minutesWait}</Notice>
          ) : (
            <SubmitGroup formaction={actions.publishMinutes} kind={publish.agenda ? 'secondary' : 'primary'}>
              Godkend og offentliggør referatet
            </SubmitGroup>
          )}
        </>
      ) : null}
      {publish.correction ? (
        <>
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
          <SubmitGroup formaction={actions.correct}>Offentliggør rettelsen</SubmitGroup>
        </>
      ) : null}
    </>
  );
}

function ParticipantsFields({ actions, participants, problems }: AgendaBuilderPageProps) {
  const field = fieldsOf(participants, problems);
  return (
    <>
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
      <SubmitGroup kind="secondary" formaction={actions.participants}>
        Gem deltagere
      </SubmitGroup>
    </>
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
