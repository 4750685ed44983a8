/**
 * /sekretariat/moede/:id: the agenda builder. The items in order with up/down buttons (the numbers
 * follow the order), adding from the standard templates, publishing the agenda, approving and
 * publishing the minutes, corrections with a reason, participants and absentees, the meeting's own
 * fields, the published versions, cancelling. Every button is a plain form: no JavaScript needed.
 */
import { ButtonForm, CsrfInput, ErrorSummary, Notice, type Problem, Select, TextArea, TextField } from '../forms.js';
import { Layout } from '../layout.js';
import { MeetingFields, type MeetingFormValues } from './meeting-fields.js';
import { ConflictPanel, type ConflictRow, SecretariatCrumbs, SimpleTable } from './shared.js';

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
  const { csrfToken, meeting, actions, problems } = props;
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text;
  return (
    <Layout title={`${meeting.title} – Sekretariat`}>
      <SecretariatCrumbs items={[{ label: meeting.title }]} />
      <h1>{meeting.title}</h1>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <ErrorSummary problems={problems} />
      {props.conflict ? <ConflictPanel rows={props.conflict.rows} what={props.conflict.what} /> : null}
      <MeetingFacts meeting={meeting} documents={props.documents} />

      <h2 id="dagsorden">Dagsorden</h2>
      <AgendaTable {...props} />

      {meeting.isEditable ? (
        <>
          <h3>Tilføj et punkt</h3>
          <AddItemForm {...props} errorOf={errorOf} />

          <h2 id="offentliggoer">Offentliggør</h2>
          <PublishForms {...props} errorOf={errorOf} />

          <h2 id="deltagere">Deltagere og fravær</h2>
          <ParticipantsForm {...props} errorOf={errorOf} />

          <h2 id="moedet">Mødets oplysninger</h2>
          <MeetingForm {...props} errorOf={errorOf} />
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

type Part = AgendaBuilderPageProps & { errorOf: (field: string) => string | undefined };

function MeetingFacts({ meeting, documents }: Pick<AgendaBuilderPageProps, 'meeting' | 'documents'>) {
  return (
    <>
      <dl class="facts">
        <div class="facts-row">
          <dt>Status</dt>
          <dd>{meeting.statusLabel}</dd>
        </div>
        <div class="facts-row">
          <dt>Type</dt>
          <dd>{meeting.kindLabel}</dd>
        </div>
        <div class="facts-row">
          <dt>Sted</dt>
          <dd>{meeting.location ?? '–'}</dd>
        </div>
      </dl>
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

function AgendaTable({ items, meeting, csrfToken }: AgendaBuilderPageProps) {
  return (
    <>
      {items.length === 0 ? (
        <p>Dagsordenen har ingen punkter endnu. Tilføj det første nedenfor.</p>
      ) : (
        <SimpleTable
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
                    {index > 0 ? (
                      <ButtonForm
                        action={item.moveAction}
                        csrfToken={csrfToken}
                        label="Op"
                        hidden={{ direction: 'up' }}
                        kind="tertiary"
                        accessibleLabel={`Op: flyt punkt ${item.number} op`}
                      />
                    ) : null}
                    {index < items.length - 1 ? (
                      <ButtonForm
                        action={item.moveAction}
                        csrfToken={csrfToken}
                        label="Ned"
                        hidden={{ direction: 'down' }}
                        kind="tertiary"
                        accessibleLabel={`Ned: flyt punkt ${item.number} ned`}
                      />
                    ) : null}
                    <ButtonForm
                      action={item.removeAction}
                      csrfToken={csrfToken}
                      label="Fjern"
                      kind="tertiary"
                      accessibleLabel={`Fjern punkt ${item.number}`}
                    />
                  </>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </>
  );
}

function AddItemForm(props: Part) {
  const { actions, csrfToken, errorOf } = props;
  return (
    <form method="post" action={actions.addItem} novalidate>
      <CsrfInput token={csrfToken} />
      <Select
        id="template"
        label="Skabelon"
        value={props.addForm.template}
        options={props.templates}
        error={errorOf('template')}
      />
      <TextField
        id="title"
        label="Titel (valgfri)"
        value={props.addForm.title}
        hint="Tom: skabelonens titel. Punktet kommer sidst; flyt det bagefter."
        maxlength={500}
        error={errorOf('title')}
      />
      <div class="form-group">
        <button class="button button-secondary" type="submit">
          Tilføj punkt
        </button>
      </div>
    </form>
  );
}

function PublishForms({ publish, actions, csrfToken, errorOf }: Part) {
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
        <form method="post" action={actions.correct} novalidate>
          <CsrfInput token={csrfToken} />
          <h3>Ret {publish.correction === 'referat' ? 'referatet' : 'dagsordenen'}</h3>
          <p>
            Ret punkterne først. En rettelse offentliggøres som en ny version; alle versioner kan stadig læses, og den
            offentlige side viser, at {publish.correction === 'referat' ? 'referatet' : 'dagsordenen'} er rettet,
            hvornår og hvorfor.
          </p>
          <TextArea
            id="reason"
            label="Begrundelse for rettelsen"
            value={publish.reason}
            rows={3}
            hint="Vises på den offentlige side, fx »Beslutningen i punkt 4 var gengivet forkert.«"
            error={errorOf('reason')}
          />
          <div class="form-group">
            <button class="button button-primary" type="submit">
              Offentliggør rettelsen
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}

function ParticipantsForm(props: Part) {
  const { actions, csrfToken, errorOf } = props;
  return (
    <form method="post" action={actions.participants} novalidate>
      <CsrfInput token={csrfToken} />
      <input type="hidden" name="revision" value={String(props.participants.revision)} />
      <TextArea
        id="present"
        label="Deltagere"
        value={props.participants.present}
        rows={6}
        hint="Én pr. linje: navn, eventuelt efterfulgt af komma og rolle, fx »Anne Hansen, Formand«."
        error={errorOf('present')}
      />
      <TextArea
        id="absent"
        label="Fraværende fra mødet"
        value={props.participants.absent}
        rows={3}
        hint="Én pr. linje som ovenfor. Fraværet offentliggøres med referatet."
        error={errorOf('absent')}
      />
      <div class="form-group">
        <button class="button button-secondary" type="submit">
          Gem deltagere
        </button>
      </div>
    </form>
  );
}

function MeetingForm(props: Part) {
  const { actions, csrfToken, errorOf } = props;
  return (
    <form method="post" action={actions.update} novalidate>
      <CsrfInput token={csrfToken} />
      <input type="hidden" name="revision" value={String(props.form.revision)} />
      <MeetingFields values={props.form} errorOf={errorOf} />
      <div class="form-group">
        <button class="button button-secondary" type="submit">
          Gem mødets oplysninger
        </button>
      </div>
    </form>
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
