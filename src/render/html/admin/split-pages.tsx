/**
 * Splitting a person in two, without JavaScript: choose the memberships and meetings that are the
 * other person's, and the publishers under which the name now means the other person (later
 * imports there find them); then confirm on a page of its own.
 */
import { ADMIN_MESSAGES } from '../../messages/admin.js';
import { CheckboxItem, ChoiceGroup, ErrorMessage, errorLookup, TextField } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { AdminNav } from './admin-nav.js';

const PEOPLE_HREF = '/admin/personer';

export interface ChoiceView {
  value: string;
  label: string;
  checked: boolean;
}

export interface SplitChoosePageProps {
  person: { name: string; href: string };
  memberships: ChoiceView[];
  participations: ChoiceView[];
  /** "Viser de seneste 500 af 812 møder.", when not all are offered. */
  participationNote?: string;
  publishers: ChoiceView[];
  /** The new person's name as typed ('' = the same). */
  name: string;
  nameMax: number;
  action: string;
  problems: Problem[];
}

function Choices({
  legend,
  name,
  choices,
  hint,
}: {
  legend: string;
  name: string;
  choices: ChoiceView[];
  hint?: string;
}) {
  if (choices.length === 0) return null;
  return (
    <ChoiceGroup name={name} legend={legend} hint={hint}>
      {choices.map((choice) => (
        <CheckboxItem
          id={`${name}-${choice.value}`}
          name={name}
          value={choice.value}
          label={choice.label}
          checked={choice.checked}
        />
      ))}
    </ChoiceGroup>
  );
}

export function SplitChoosePage(props: SplitChoosePageProps) {
  const { person, problems } = props;
  const errorOf = errorLookup(problems);
  const choiceError = errorOf('valg');
  const nothing = props.memberships.length + props.participations.length === 0;
  const { common, split: m } = ADMIN_MESSAGES[usePage().lang];
  return (
    <Layout title={m.title(person.name)}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={person.href}>{common.backTo(person.name)}</a>
      </p>
      <h1>{m.title(person.name)}</h1>
      <ErrorSummary problems={problems} />
      {nothing ? (
        <p>{m.nothing}</p>
      ) : (
        <form method="get" action={props.action} novalidate>
          <p>{m.lead(person.name)}</p>
          <div id="valg" class={choiceError ? 'form-error' : undefined}>
            {choiceError ? <ErrorMessage error={choiceError} /> : null}
            <Choices legend={m.memberships} name="medlemskab" choices={props.memberships} />
            <Choices
              legend={m.meetings}
              name="deltagelse"
              choices={props.participations}
              hint={props.participationNote}
            />
          </div>
          <Choices legend={m.namesAt} name="udgiver" choices={props.publishers} hint={m.namesAtHint} />
          <TextField
            id="navn"
            label={m.newName}
            hint={m.newNameHint(person.name)}
            value={props.name}
            maxlength={props.nameMax}
            error={errorOf('navn')}
          />
          <SubmitGroup>{common.next}</SubmitGroup>
        </form>
      )}
    </Layout>
  );
}

export interface SplitConfirmPageProps {
  person: { name: string; href: string };
  newName: string;
  memberships: ChoiceView[];
  participations: ChoiceView[];
  publishers: ChoiceView[];
  action: string;
  backHref: string;
  csrfToken: string;
}

function Chosen({ heading, choices, name }: { heading: string; choices: ChoiceView[]; name: string }) {
  if (choices.length === 0) return null;
  return (
    <>
      <h2>{heading}</h2>
      <ul>
        {choices.map((choice) => (
          <li>
            {choice.label}
            <input type="hidden" name={name} value={choice.value} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function SplitConfirmPage(props: SplitConfirmPageProps) {
  const { person, newName } = props;
  const m = ADMIN_MESSAGES[usePage().lang].split;
  return (
    <Layout title={m.confirmTitle(person.name)}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={props.backHref}>{m.correct}</a>
      </p>
      <h1>{m.title(person.name)}</h1>
      <p>
        {m.confirmLead[0]} <strong>{newName}</strong>
        {m.confirmLead[1]} {person.name}
        {m.confirmLead[2]}
      </p>
      <PostForm action={props.action} csrfToken={props.csrfToken} hidden={{ navn: newName }}>
        <Chosen heading={m.memberships} name="medlemskab" choices={props.memberships} />
        <Chosen heading={m.meetings} name="deltagelse" choices={props.participations} />
        <Chosen heading={m.namesAt} name="udgiver" choices={props.publishers} />
        <SubmitGroup>{m.split}</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
