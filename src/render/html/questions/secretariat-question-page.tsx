/**
 * The secretariat's page of one question (/sekretariat/sporgsmaal/:id): the question and, while it
 * is open, the forms that assign, answer (in parts, some confidential), decline or put it outside
 * the scheme; record a contact with the asker; forward it to the regional council's scheme.
 */
import { Breadcrumbs } from '../components.js';
import { Checkbox, CsrfInput, ErrorSummary, Notice, type Problem, Select, TextArea, TextField } from '../forms.js';
import { Layout } from '../layout.js';
import { QuestionBody, QuestionFacts, type QuestionView } from './question-views.js';
import { SECRETARIAT_LINKS, WorkNav } from './work-nav.js';

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
  const { canAct, problems } = forms;
  const form = { ...forms, base: `/sekretariat/sporgsmaal/${question.id}` };
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
        {canAct.assign ? <AssignForm {...form} /> : null}
        {canAct.answer ? <AnswerForm {...form} /> : null}
        {canAct.close ? <CloseForm {...form} /> : null}
        {canAct.contact ? <ContactForm {...form} /> : null}
        {canAct.forward ? <ForwardForm {...form} /> : null}
      </div>
    </Layout>
  );
}

/** Each form of the page: the page's forms data and the question's base URL. */
type FormProps = SecretariatQuestionForms & { base: string };

const errorIn = (problems: Problem[]) => (field: string) => problems.find((p) => p.field === field)?.text;

function AssignForm({ base, csrfToken, values, assignees, problems }: FormProps) {
  const errorOf = errorIn(problems);
  return (
    <section aria-labelledby="assign-heading">
      <h2 id="assign-heading">Fordel</h2>
      <form method="post" action={`${base}/fordel`} novalidate>
        <CsrfInput token={csrfToken} />
        <Select
          id="assignee"
          label="Besvares af (sekretariatet)"
          value={values.assignee}
          options={[{ value: '', label: 'Ingen i Protokol' }, ...assignees]}
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
  );
}

function AnswerForm({ base, csrfToken, values, partRows, publishesAnswers, problems }: FormProps) {
  const errorOf = errorIn(problems);
  return (
    <section aria-labelledby="answer-heading">
      <h2 id="answer-heading">Besvar</h2>
      <p>
        Skriv svaret i en eller flere dele. Markér de dele, der indeholder oplysninger af fortrolig karakter: de vises
        kun for organets medlemmer og kommer aldrig med i e-mails eller på portalen.
      </p>
      <form method="post" action={`${base}/besvar`} novalidate>
        <CsrfInput token={csrfToken} />
        {Array.from({ length: partRows }, (_, index) => {
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
          <a href={`${base}?dele=${Math.min(partRows + 2, 20)}#answer-heading`}>Flere dele</a>
        </p>
        {publishesAnswers ? (
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
  );
}

function CloseForm({ base, csrfToken, values, problems }: FormProps) {
  return (
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
          error={errorIn(problems)('note')}
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
  );
}

function ContactForm({ base, csrfToken, values, problems }: FormProps) {
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">Kontakt med spørger</h2>
      <form method="post" action={`${base}/kontaktet`} novalidate>
        <CsrfInput token={csrfToken} />
        <TextArea
          id="contactNote"
          label="Hvad blev aftalt"
          value={values.contactNote}
          rows={3}
          error={errorIn(problems)('contactNote')}
        />
        <button class="button button-secondary" type="submit">
          Registrér, at spørger er kontaktet
        </button>
      </form>
    </section>
  );
}

function ForwardForm({ base, csrfToken, values, problems }: FormProps) {
  return (
    <section aria-labelledby="forward-heading">
      <h2 id="forward-heading">Send videre til regionsrådets spørgeordning</h2>
      <p>Har spørgsmålet bred interesse for regionsrådet, sendes det også i regionsrådets spørgeordning.</p>
      <form method="post" action={`${base}/videresend`} novalidate>
        <CsrfInput token={csrfToken} />
        <TextField
          id="link"
          label="Link til spørgsmålet i regionsrådets spørgeordning"
          value={values.link}
          error={errorIn(problems)('link')}
        />
        <button class="button button-secondary" type="submit">
          Registrér, at spørgsmålet er sendt videre
        </button>
      </form>
    </section>
  );
}
