/**
 * The secretariat's page of one question (/sekretariat/sporgsmaal/:id): the question and, while it
 * is open, the forms that assign, answer (in parts, some confidential), decline or put it outside
 * the scheme; record a contact with the asker; forward it to the regional council's scheme.
 */
import { Breadcrumbs } from '../components.js';
import { Checkbox, errorLookup, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { FormSection, Notice, PageAlerts, type Problem, SubmitButton } from '../forms.js';
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
        <PageAlerts notice={notice} problems={problems} />
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

function AssignForm({ base, csrfToken, values, assignees, problems }: FormProps) {
  const field = fieldsOf(values, problems);
  return (
    <FormSection id="assign-heading" heading="Fordel" action={`${base}/fordel`} csrfToken={csrfToken}>
      <Select
        {...field('assignee')}
        label="Besvares af (sekretariatet)"
        options={[{ value: '', label: 'Ingen i Protokol' }, ...assignees]}
      />
      <TextField
        {...field('assignmentNote')}
        label="Eller hvem uden for Protokol"
        hint="Fx »Sygehusdirektør Anne Hansen«."
      />
      <SubmitButton kind="secondary">Fordel</SubmitButton>
    </FormSection>
  );
}

function AnswerForm({ base, csrfToken, values, partRows, publishesAnswers, problems }: FormProps) {
  return (
    <FormSection
      id="answer-heading"
      heading="Besvar"
      intro={
        <p>
          Skriv svaret i en eller flere dele. Markér de dele, der indeholder oplysninger af fortrolig karakter: de vises
          kun for organets medlemmer og kommer aldrig med i e-mails eller på portalen.
        </p>
      }
      action={`${base}/besvar`}
      csrfToken={csrfToken}
    >
      {Array.from({ length: partRows }, (_, index) => (
        <AnswerPart
          number={index + 1}
          part={values.parts[index] ?? { text: '', isConfidential: false }}
          error={index === 0 ? errorLookup(problems)('part-1') : undefined}
        />
      ))}
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
      <SubmitButton>Send svaret</SubmitButton>
    </FormSection>
  );
}

function AnswerPart({
  number,
  part,
  error,
}: {
  number: number;
  part: { text: string; isConfidential: boolean };
  error?: string;
}) {
  return (
    <fieldset class="answer-part-fields">
      <legend class="h4">Del {number}</legend>
      <TextArea id={`part-${number}`} label={`Tekst, del ${number}`} value={part.text} rows={5} error={error} />
      <Checkbox id={`part-${number}-confidential`} label={`Del ${number} er fortrolig`} checked={part.isConfidential} />
    </fieldset>
  );
}

function CloseForm({ base, csrfToken, values, problems }: FormProps) {
  return (
    <FormSection
      id="close-heading"
      heading="Afvis eller behandl uden for ordningen"
      action={`${base}/afvis`}
      csrfToken={csrfToken}
    >
      <TextArea
        {...fieldsOf(values, problems)('note')}
        label="Note til spørger"
        hint="Afvist: formandens begrundelse og hvad dialogen om at afgrænse spørgsmålet skal handle om. Uden for ordningen: hvordan spørgsmålet behandles."
        rows={4}
      />
      <div class="button-row">
        <SubmitButton kind="secondary">Formanden har afvist spørgsmålet</SubmitButton>
        <SubmitButton kind="secondary" formaction={`${base}/uden-for-ordningen`}>
          Spørgsmålet vedrører enkeltpersoner (uden for ordningen)
        </SubmitButton>
      </div>
    </FormSection>
  );
}

function ContactForm({ base, csrfToken, values, problems }: FormProps) {
  return (
    <FormSection id="contact-heading" heading="Kontakt med spørger" action={`${base}/kontaktet`} csrfToken={csrfToken}>
      <TextArea {...fieldsOf(values, problems)('contactNote')} label="Hvad blev aftalt" rows={3} />
      <SubmitButton kind="secondary">Registrér, at spørger er kontaktet</SubmitButton>
    </FormSection>
  );
}

function ForwardForm({ base, csrfToken, values, problems }: FormProps) {
  return (
    <FormSection
      id="forward-heading"
      heading="Send videre til regionsrådets spørgeordning"
      intro={<p>Har spørgsmålet bred interesse for regionsrådet, sendes det også i regionsrådets spørgeordning.</p>}
      action={`${base}/videresend`}
      csrfToken={csrfToken}
    >
      <TextField {...fieldsOf(values, problems)('link')} label="Link til spørgsmålet i regionsrådets spørgeordning" />
      <SubmitButton kind="secondary">Registrér, at spørgsmålet er sendt videre</SubmitButton>
    </FormSection>
  );
}
