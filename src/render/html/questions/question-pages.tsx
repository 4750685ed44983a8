/**
 * The question scheme's pages: a member asks (/sporgsmaal/ny), reads a question
 * (/sporgsmaal/:id) and their own (/mine-sporgsmaal); the secretariat's queue
 * (/sekretariat/sporgsmaal) and case page (/sekretariat/sporgsmaal/:id); the public answers of a
 * body (/organ/:slug/spoergsmaal). Views take presenter data; what a reader may not see is never
 * in it (confidential parts, notes), so a view cannot show it by mistake.
 */
import { Breadcrumbs, Facts } from '../components.js';
import {
  ButtonForm,
  Checkbox,
  CsrfInput,
  ErrorSummary,
  Notice,
  type Problem,
  Select,
  TextArea,
  TextField,
} from '../forms.js';
import { Layout } from '../layout.js';
import { MEMBER_LINKS, SECRETARIAT_LINKS, WorkNav } from './work-nav.js';

export interface BodyLink {
  name: string;
  href: string;
}

export interface DeadlineView {
  /** "30. marts 2026" */
  dueText: string;
  /** "Frist 30. marts 2026: 1 uge efter modtagelse 23. marts 2026" */
  explanation: string;
  /** "3 dage tilbage", "2 dage over fristen" … */
  statusText: string;
  statusKind: 'on_time' | 'due_soon' | 'overdue' | 'answered_on_time' | 'answered_late' | 'closed';
}

export interface AnswerPartView {
  text: string;
  isConfidential: boolean;
}

export interface QuestionView {
  id: number;
  title: string;
  text: string;
  body: BodyLink;
  addresseeLabel: string;
  stateLabel: string;
  state: string;
  receivedText: string;
  answeredText: string | null;
  deadline: DeadlineView;
  askerName: string | null;
  /** Only the parts the reader may see; `hiddenConfidentialParts` counts the others. */
  parts: AnswerPartView[];
  hiddenConfidentialParts: number;
  /** Only for the asker and the secretariat. */
  closedNote: string | null;
  contact: { text: string; note: string } | null;
  forwarded: { text: string; link: string } | null;
  /** "Skal kontaktes: …" while the asker must be contacted. */
  contactNeeded: string | null;
  isAnswerPublic: boolean;
}

const DEADLINE_BADGE: Record<DeadlineView['statusKind'], string> = {
  on_time: 'badge-info',
  due_soon: 'badge-warning',
  overdue: 'badge-error',
  answered_on_time: 'badge-success',
  answered_late: 'badge-warning',
  closed: '',
};

export function DeadlineBadge({ deadline }: { deadline: DeadlineView }) {
  return <span class={`badge badge-small ${DEADLINE_BADGE[deadline.statusKind]}`.trim()}>{deadline.statusText}</span>;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => (
          <p class="preserve-lines">{paragraph}</p>
        ))}
    </>
  );
}

function AnswerParts({ parts, hidden }: { parts: AnswerPartView[]; hidden: number }) {
  return (
    <>
      {parts.map((part) =>
        part.isConfidential ? (
          <div class="answer-part answer-part-confidential">
            <p>
              <span class="badge badge-warning">Fortroligt</span> Denne del af svaret er fortrolig og må ikke
              videregives.
            </p>
            <Paragraphs text={part.text} />
          </div>
        ) : (
          <div class="answer-part">
            <Paragraphs text={part.text} />
          </div>
        ),
      )}
      {hidden > 0 ? <p class="muted">Svaret har fortrolige dele, som kun organets medlemmer kan læse.</p> : null}
    </>
  );
}

function QuestionFacts({ question, forSecretariat }: { question: QuestionView; forSecretariat: boolean }) {
  return (
    <Facts
      rows={[
        ['Organ', <a href={question.body.href}>{question.body.name}</a>],
        ['Til', question.addresseeLabel],
        ['Spurgt af', question.askerName],
        ['Modtaget', question.receivedText],
        [
          'Frist',
          <>
            {question.deadline.explanation} <DeadlineBadge deadline={question.deadline} />
          </>,
        ],
        ['Status', question.stateLabel],
        ['Besvaret', question.answeredText],
        [
          'Offentliggjort',
          forSecretariat && question.answeredText ? (question.isAnswerPublic ? 'Ja, de åbne dele' : 'Nej') : null,
        ],
        [
          'Sendt videre',
          question.forwarded ? (
            <>
              {question.forwarded.text}: <a href={question.forwarded.link}>regionsrådets spørgeordning</a>
            </>
          ) : null,
        ],
      ]}
    />
  );
}

function QuestionBody({ question }: { question: QuestionView }) {
  return (
    <>
      <h2>Spørgsmålet</h2>
      <Paragraphs text={question.text} />
      {question.state === 'answered' ? (
        <>
          <h2>Svar</h2>
          <AnswerParts parts={question.parts} hidden={question.hiddenConfidentialParts} />
        </>
      ) : null}
      {question.closedNote ? (
        <>
          <h2>{question.state === 'declined' ? 'Formandens afgørelse' : 'Uden for ordningen'}</h2>
          <Paragraphs text={question.closedNote} />
        </>
      ) : null}
      {question.contact ? (
        <>
          <h2>Kontakt med spørger</h2>
          <p>{question.contact.text}</p>
          <Paragraphs text={question.contact.note} />
        </>
      ) : null}
    </>
  );
}

// ── Member ────────────────────────────────────────────────────────────────────────────────────

export interface AskFormValues {
  title: string;
  text: string;
  addressee: string;
}

export function AskQuestionPage({
  body,
  csrfToken,
  values,
  problems = [],
  addressees,
  deadlineText,
}: {
  body: { name: string; slug: string };
  csrfToken: string;
  values: AskFormValues;
  problems?: Problem[];
  addressees: { value: string; label: string }[];
  /** "Stiller du spørgsmålet i dag, er fristen …" */
  deadlineText: string;
}) {
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text;
  return (
    <Layout title={`Stil et spørgsmål – ${body.name}`}>
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
        <h1>Stil et spørgsmål</h1>
        <p class="font-lead">Spørgeordningen for {body.name}.</p>
        <ErrorSummary problems={problems} />
        <p>
          Spørgsmålet skal vedrøre organets opgaveområde. Det besvares så vidt muligt inden for en uge; kan det ikke
          nås, kontakter administrationen dig. {deadlineText}
        </p>
        <p>Spørgsmål om enkeltpersoner besvares uden for ordningen. Alle medlemmer af organet får besked om svaret.</p>
        <form method="post" action="/sporgsmaal" novalidate>
          <CsrfInput token={csrfToken} />
          <input type="hidden" name="organ" value={body.slug} />
          <TextField
            id="title"
            label="Overskrift"
            hint="Overskriften får »Spørgsmål til spørgeordningen:« foran, så det fremgår, at det er et spørgsmål til ordningen."
            value={values.title}
            required
            maxlength={300}
            error={errorOf('title')}
          />
          <TextArea id="text" label="Spørgsmål" value={values.text} rows={10} required error={errorOf('text')} />
          <Select
            id="addressee"
            label="Spørgsmålet rettes til"
            value={values.addressee}
            options={addressees}
            required
            error={errorOf('addressee')}
          />
          <div class="form-group">
            <button class="button button-primary" type="submit">
              Send spørgsmålet
            </button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

export function ChooseBodyPage({ bodies }: { bodies: BodyLink[] }) {
  return (
    <Layout title="Stil et spørgsmål">
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
        <h1>Stil et spørgsmål</h1>
        {bodies.length === 0 ? (
          <p>Du er ikke medlem af et organ med spørgeordning. Kontakt sekretariatet, hvis du mener, du burde være.</p>
        ) : (
          <>
            <p>Vælg det organ, du vil stille spørgsmålet i.</p>
            <ul>
              {bodies.map((body) => (
                <li>
                  <a href={body.href}>{body.name}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Layout>
  );
}

export function MemberQuestionPage({ question, notice }: { question: QuestionView; notice?: string }) {
  return (
    <Layout title={question.title}>
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="" label="Dine sider" />
        <h1>{question.title}</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        <QuestionFacts question={question} forSecretariat={false} />
        <QuestionBody question={question} />
      </div>
    </Layout>
  );
}

export interface QuestionListItem {
  href: string;
  title: string;
  bodyName: string;
  stateLabel: string;
  receivedText: string;
  deadline: DeadlineView;
  isOwn: boolean;
}

export function MyQuestionsPage({
  own,
  answeredInBodies,
  askLinks,
}: {
  own: QuestionListItem[];
  answeredInBodies: QuestionListItem[];
  askLinks: BodyLink[];
}) {
  return (
    <Layout title="Mine spørgsmål">
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="/mine-sporgsmaal" label="Dine sider" />
        <h1>Mine spørgsmål</h1>
        {askLinks.length > 0 ? (
          <ul class="inline-list ask-links">
            {askLinks.map((body) => (
              <li>
                <a class="button button-primary" href={body.href}>
                  Stil et spørgsmål i {body.name}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <h2>Spørgsmål, jeg har stillet</h2>
        <QuestionTable items={own} caption="Spørgsmål, jeg har stillet" empty="Du har ikke stillet spørgsmål endnu." />
        <h2>Besvarede spørgsmål i mine organer</h2>
        <QuestionTable
          items={answeredInBodies}
          caption="Besvarede spørgsmål i de organer, jeg er medlem af"
          empty="Ingen besvarede spørgsmål endnu."
        />
      </div>
    </Layout>
  );
}

function QuestionTable({ items, caption, empty }: { items: QuestionListItem[]; caption: string; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <div class="table--responsive-scroll">
      <table class="table table--compact">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Spørgsmål</th>
            <th scope="col">Organ</th>
            <th scope="col">Modtaget</th>
            <th scope="col">Status</th>
            <th scope="col">Frist</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr>
              <th scope="row">
                <a href={item.href}>{item.title}</a>
              </th>
              <td>{item.bodyName}</td>
              <td>{item.receivedText}</td>
              <td>{item.stateLabel}</td>
              <td>
                {item.deadline.dueText} <DeadlineBadge deadline={item.deadline} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// ── Secretariat ───────────────────────────────────────────────────────────────────────────────

export interface QueueItem {
  href: string;
  title: string;
  bodyName: string;
  addresseeLabel: string;
  askerName: string;
  stateLabel: string;
  receivedText: string;
  deadline: DeadlineView;
  assignee: string | null;
  contactNeeded: string | null;
}

export interface QueueBodySetting {
  id: number;
  name: string;
  slug: string;
  publishesAnswers: boolean;
}

export function QuestionQueuePage({
  items,
  bodies,
  filter,
  csrfToken,
  notice,
}: {
  items: QueueItem[];
  bodies: QueueBodySetting[];
  filter: { organ: string; openOnly: boolean };
  csrfToken: string;
  notice?: string;
}) {
  const mustContact = items.filter((item) => item.contactNeeded).length;
  return (
    <Layout title="Spørgsmål i spørgeordningen">
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/sporgsmaal" label="Sekretariatet" />
        <h1>Spørgsmål i spørgeordningen</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        {mustContact > 0 ? (
          <Notice kind="warning">
            {mustContact === 1 ? '1 spørger skal kontaktes.' : `${mustContact} spørgere skal kontaktes.`}
          </Notice>
        ) : null}
        <form method="get" action="/sekretariat/sporgsmaal" class="queue-filter">
          <Select
            id="organ"
            label="Organ"
            value={filter.organ}
            options={[
              { value: '', label: 'Alle mine organer' },
              ...bodies.map((b) => ({ value: b.slug, label: b.name })),
            ]}
          />
          <Checkbox id="aabne" label="Kun åbne spørgsmål" checked={filter.openOnly} />
          <div class="form-group">
            <button class="button button-secondary" type="submit">
              Vis
            </button>
          </div>
        </form>
        {items.length === 0 ? (
          <p>Ingen spørgsmål.</p>
        ) : (
          <div class="table--responsive-scroll">
            <table class="table table--compact">
              <caption class="sr-only">Spørgsmål, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Spørgsmål</th>
                  <th scope="col">Organ</th>
                  <th scope="col">Til</th>
                  <th scope="col">Modtaget</th>
                  <th scope="col">Status</th>
                  <th scope="col">Frist</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr>
                    <th scope="row">
                      <a href={item.href}>{item.title}</a>
                      <span class="muted queue-asker"> – {item.askerName}</span>
                    </th>
                    <td>{item.bodyName}</td>
                    <td>{item.addresseeLabel}</td>
                    <td>{item.receivedText}</td>
                    <td>
                      {item.stateLabel}
                      {item.assignee ? <span class="muted"> ({item.assignee})</span> : null}
                      {item.contactNeeded ? (
                        <>
                          {' '}
                          <span class="badge badge-error badge-small">Skal kontaktes</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <span class="deadline-explanation">{item.deadline.explanation}</span>{' '}
                      <DeadlineBadge deadline={item.deadline} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h2>Offentliggørelse og statistik</h2>
        <p>
          Et organ kan vælge at offentliggøre de åbne dele af svarene på portalen. Fortrolige dele, noter og hvem der
          spurgte, offentliggøres aldrig.
        </p>
        <ul class="settings-list">
          {bodies.map((body) => (
            <li>
              <h3>{body.name}</h3>
              <p>
                {body.publishesAnswers ? 'Svar offentliggøres' : 'Svar offentliggøres ikke'} ·{' '}
                <a href={`/organ/${body.slug}/spoergsmaal`}>Offentlige svar</a> ·{' '}
                <a href={`/organ/${body.slug}/statistik`}>Statistik</a>
              </p>
              <ButtonForm
                action="/sekretariat/sporgsmaal/offentliggoerelse"
                csrfToken={csrfToken}
                hidden={{ organ: body.slug, offentliggoer: body.publishesAnswers ? '0' : '1' }}
                label={body.publishesAnswers ? 'Stop offentliggørelse af svar' : 'Offentliggør svar fremover'}
                accessibleLabel={`${body.publishesAnswers ? 'Stop offentliggørelse af svar' : 'Offentliggør svar fremover'} for ${body.name}`}
              />
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}

export interface SecretariatQuestionForms {
  csrfToken: string;
  canAct: { assign: boolean; answer: boolean; close: boolean; contact: boolean; forward: boolean };
  assignees: { value: string; label: string }[];
  /** How many part rows the answer form shows. */
  partRows: number;
  publishesAnswers: boolean;
  values: {
    assignee: string;
    assignmentNote: string;
    parts: { text: string; isConfidential: boolean }[];
    publish: boolean;
    note: string;
    contactNote: string;
    link: string;
  };
  problems: Problem[];
}

export function SecretariatQuestionPage({
  question,
  forms,
  notice,
}: {
  question: QuestionView;
  forms: SecretariatQuestionForms;
  notice?: string;
}) {
  const { csrfToken, canAct, values, problems } = forms;
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.text;
  const base = `/sekretariat/sporgsmaal/${question.id}`;
  return (
    <Layout title={question.title}>
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/sporgsmaal" label="Sekretariatet" />
        <Breadcrumbs items={[{ label: 'Spørgsmål', href: '/sekretariat/sporgsmaal' }, { label: question.title }]} />
        <h1>{question.title}</h1>
        {notice ? <Notice>{notice}</Notice> : null}
        <ErrorSummary problems={problems} />
        {question.contactNeeded ? <Notice kind="warning">{question.contactNeeded}</Notice> : null}
        <QuestionFacts question={question} forSecretariat />
        <QuestionBody question={question} />

        {canAct.assign ? (
          <section aria-labelledby="assign-heading">
            <h2 id="assign-heading">Fordel</h2>
            <form method="post" action={`${base}/fordel`} novalidate>
              <CsrfInput token={csrfToken} />
              <Select
                id="assignee"
                label="Besvares af (sekretariatet)"
                value={values.assignee}
                options={[{ value: '', label: 'Ingen i Protokol' }, ...forms.assignees]}
                error={errorOf('assignee')}
              />
              <TextField
                id="assignmentNote"
                label="Eller hvem uden for Protokol"
                hint="Fx »Sygehusdirektør Anne Hansen«."
                value={values.assignmentNote}
                error={errorOf('assignmentNote')}
              />
              <button class="button button-secondary" type="submit">
                Fordel
              </button>
            </form>
          </section>
        ) : null}

        {canAct.answer ? (
          <section aria-labelledby="answer-heading">
            <h2 id="answer-heading">Besvar</h2>
            <p>
              Skriv svaret i en eller flere dele. Markér de dele, der indeholder oplysninger af fortrolig karakter: de
              vises kun for organets medlemmer og kommer aldrig med i e-mails eller på portalen.
            </p>
            <form method="post" action={`${base}/besvar`} novalidate>
              <CsrfInput token={csrfToken} />
              {Array.from({ length: forms.partRows }, (_, index) => {
                const part = values.parts[index] ?? { text: '', isConfidential: false };
                return (
                  <fieldset class="answer-part-fields">
                    <legend class="h4">Del {index + 1}</legend>
                    <TextArea
                      id={`part-${index + 1}`}
                      label={`Tekst, del ${index + 1}`}
                      value={part.text}
                      rows={5}
                      error={index === 0 ? errorOf('part-1') : undefined}
                    />
                    <Checkbox
                      id={`part-${index + 1}-confidential`}
                      label={`Del ${index + 1} er fortrolig`}
                      checked={part.isConfidential}
                    />
                  </fieldset>
                );
              })}
              <p>
                <a href={`${base}?dele=${Math.min(forms.partRows + 2, 20)}#answer-heading`}>Flere dele</a>
              </p>
              {forms.publishesAnswers ? (
                <Checkbox
                  id="publish"
                  label="Offentliggør svarets åbne dele på portalen"
                  checked={values.publish}
                  hint="Organet offentliggør svar. Fortrolige dele offentliggøres aldrig."
                />
              ) : (
                <p class="muted">Organet offentliggør ikke svar på portalen.</p>
              )}
              <button class="button button-primary" type="submit">
                Send svaret
              </button>
            </form>
          </section>
        ) : null}

        {canAct.close ? (
          <section aria-labelledby="close-heading">
            <h2 id="close-heading">Afvis eller behandl uden for ordningen</h2>
            <form method="post" action={`${base}/afvis`} novalidate>
              <CsrfInput token={csrfToken} />
              <TextArea
                id="note"
                label="Note til spørger"
                hint="Afvist: formandens begrundelse og hvad dialogen om at afgrænse spørgsmålet skal handle om. Uden for ordningen: hvordan spørgsmålet behandles."
                value={values.note}
                rows={4}
                error={errorOf('note')}
              />
              <div class="button-row">
                <button class="button button-secondary" type="submit">
                  Formanden har afvist spørgsmålet
                </button>
                <button class="button button-secondary" type="submit" formaction={`${base}/uden-for-ordningen`}>
                  Spørgsmålet vedrører enkeltpersoner (uden for ordningen)
                </button>
              </div>
            </form>
          </section>
        ) : null}

        {canAct.contact ? (
          <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">Kontakt med spørger</h2>
            <form method="post" action={`${base}/kontaktet`} novalidate>
              <CsrfInput token={csrfToken} />
              <TextArea
                id="contactNote"
                label="Hvad blev aftalt"
                value={values.contactNote}
                rows={3}
                error={errorOf('contactNote')}
              />
              <button class="button button-secondary" type="submit">
                Registrér, at spørger er kontaktet
              </button>
            </form>
          </section>
        ) : null}

        {canAct.forward ? (
          <section aria-labelledby="forward-heading">
            <h2 id="forward-heading">Send videre til regionsrådets spørgeordning</h2>
            <p>Har spørgsmålet bred interesse for regionsrådet, sendes det også i regionsrådets spørgeordning.</p>
            <form method="post" action={`${base}/videresend`} novalidate>
              <CsrfInput token={csrfToken} />
              <TextField
                id="link"
                label="Link til spørgsmålet i regionsrådets spørgeordning"
                value={values.link}
                error={errorOf('link')}
              />
              <button class="button button-secondary" type="submit">
                Registrér, at spørgsmålet er sendt videre
              </button>
            </form>
          </section>
        ) : null}
      </div>
    </Layout>
  );
}

// ── Public ────────────────────────────────────────────────────────────────────────────────────

export interface PublicAnswerView {
  anchor: string;
  title: string;
  text: string;
  addresseeLabel: string;
  receivedText: string;
  answeredText: string;
  openParts: string[];
  hasConfidentialParts: boolean;
}

export function PublicAnswersPage({
  body,
  publishes,
  answers,
}: {
  body: BodyLink;
  publishes: boolean;
  answers: PublicAnswerView[];
}) {
  const title = `Spørgsmål og svar – ${body.name}`;
  return (
    <Layout title={title}>
      <div lang="da">
        <Breadcrumbs items={[{ label: body.name, href: body.href }, { label: 'Spørgsmål og svar' }]} />
        <h1>{title}</h1>
        <p class="font-lead">
          Medlemmernes spørgsmål i spørgeordningen og administrationens svar.{' '}
          <a href={`${body.href}/statistik`}>Se statistikken</a>.
        </p>
        {!publishes ? (
          <p>{body.name} offentliggør ikke svarene i spørgeordningen på portalen.</p>
        ) : answers.length === 0 ? (
          <p>Ingen offentliggjorte svar endnu.</p>
        ) : (
          answers.map((answer) => (
            <article class="public-answer" id={answer.anchor}>
              <h2>{answer.title}</h2>
              <p class="muted">
                Til {answer.addresseeLabel.toLowerCase()} · modtaget {answer.receivedText} · besvaret{' '}
                {answer.answeredText}
              </p>
              <h3>Spørgsmålet</h3>
              <Paragraphs text={answer.text} />
              <h3>Svar</h3>
              {answer.openParts.map((part) => (
                <Paragraphs text={part} />
              ))}
              {answer.hasConfidentialParts ? (
                <p class="muted">Svaret har desuden fortrolige dele, som ikke offentliggøres.</p>
              ) : null}
            </article>
          ))
        )}
      </div>
    </Layout>
  );
}
