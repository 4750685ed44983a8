/**
 * The secretariat's page of one question (/sekretariat/sporgsmaal/:id): the question and, while it
 * is open, the forms that assign, answer (in parts, some confidential), decline or put it outside
 * the scheme; record a contact with the asker; forward it to the regional council's scheme.
 */
import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { Breadcrumbs } from '../components.js';
import { Checkbox, errorLookup, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { FormSection, Notice, PageAlerts, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { QuestionBody, QuestionFacts, type QuestionView } from './question-views.js';
import { SecretariatNav } from './work-nav.js';

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
      <div>
        <SecretariatNav current="/sekretariat/sporgsmaal" />
        <Breadcrumbs
          items={[
            { label: QUESTION_MESSAGES[usePage().lang].case.questions, href: '/sekretariat/sporgsmaal' },
            { label: question.title },
          ]}
        />
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
  const m = QUESTION_MESSAGES[usePage().lang].case;
  const field = fieldsOf(values, problems);
  return (
    <FormSection id="assign-heading" heading={m.assign} action={`${base}/fordel`} csrfToken={csrfToken}>
      <Select {...field('assignee')} label={m.assignee} options={[{ value: '', label: m.nobody }, ...assignees]} />
      <TextField {...field('assignmentNote')} label={m.outsider} hint={m.outsiderHint} />
      <SubmitButton kind="secondary">{m.assign}</SubmitButton>
    </FormSection>
  );
}

function AnswerForm({ base, csrfToken, values, partRows, publishesAnswers, problems }: FormProps) {
  const m = QUESTION_MESSAGES[usePage().lang].case;
  return (
    <FormSection
      id="answer-heading"
      heading={m.answer}
      intro={<p>{m.answerIntro}</p>}
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
        <a href={`${base}?dele=${Math.min(partRows + 2, 20)}#answer-heading`}>{m.moreParts}</a>
      </p>
      {publishesAnswers ? (
        <Checkbox id="publish" label={m.publish} checked={values.publish} hint={m.publishHint} />
      ) : (
        <p class="muted">{m.notPublishing}</p>
      )}
      <SubmitButton>{m.sendAnswer}</SubmitButton>
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
  const m = QUESTION_MESSAGES[usePage().lang].case;
  return (
    <fieldset class="answer-part-fields">
      <legend class="h4">{m.part(number)}</legend>
      <TextArea id={`part-${number}`} label={m.partText(number)} value={part.text} rows={5} error={error} />
      <Checkbox id={`part-${number}-confidential`} label={m.partConfidential(number)} checked={part.isConfidential} />
    </fieldset>
  );
}

function CloseForm({ base, csrfToken, values, problems }: FormProps) {
  const m = QUESTION_MESSAGES[usePage().lang].case;
  return (
    <FormSection id="close-heading" heading={m.close} action={`${base}/afvis`} csrfToken={csrfToken}>
      <TextArea {...fieldsOf(values, problems)('note')} label={m.note} hint={m.noteHint} rows={4} />
      <div class="button-row">
        <SubmitButton kind="secondary">{m.declined}</SubmitButton>
        <SubmitButton kind="secondary" formaction={`${base}/uden-for-ordningen`}>
          {m.outside}
        </SubmitButton>
      </div>
    </FormSection>
  );
}

function ContactForm({ base, csrfToken, values, problems }: FormProps) {
  const m = QUESTION_MESSAGES[usePage().lang].case;
  return (
    <FormSection id="contact-heading" heading={m.contact} action={`${base}/kontaktet`} csrfToken={csrfToken}>
      <TextArea {...fieldsOf(values, problems)('contactNote')} label={m.agreed} rows={3} />
      <SubmitButton kind="secondary">{m.contacted}</SubmitButton>
    </FormSection>
  );
}

function ForwardForm({ base, csrfToken, values, problems }: FormProps) {
  const m = QUESTION_MESSAGES[usePage().lang].case;
  return (
    <FormSection
      id="forward-heading"
      heading={m.forward}
      intro={<p>{m.forwardIntro}</p>}
      action={`${base}/videresend`}
      csrfToken={csrfToken}
    >
      <TextField {...fieldsOf(values, problems)('link')} label={m.link} />
      <SubmitButton kind="secondary">{m.forwarded}</SubmitButton>
    </FormSection>
  );
}
