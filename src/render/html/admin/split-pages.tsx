/**
 * Splitting a person in two, without JavaScript: choose the memberships and meetings that are the
 * other person's, and the publishers under which the name now means the other person (later
 * imports there find them); then confirm on a page of its own.
 */
import { CheckboxItem, ChoiceGroup, ErrorMessage, errorLookup, TextField } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
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
  return (
    <Layout title={`Del ${person.name} op`}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={person.href}>Tilbage til {person.name}</a>
      </p>
      <h1>Del {person.name} op</h1>
      <ErrorSummary problems={problems} />
      {nothing ? (
        <p>Personen har ingen medlemskaber eller møder, der kan flyttes til en ny person.</p>
      ) : (
        <form method="get" action={props.action} novalidate>
          <p>
            Vælg det, der hører til den anden person. Det flyttes til en ny person; resten bliver hos {person.name}.
          </p>
          <div id="valg" class={choiceError ? 'form-error' : undefined}>
            {choiceError ? <ErrorMessage error={choiceError} /> : null}
            <Choices legend="Medlemskaber" name="medlemskab" choices={props.memberships} />
            <Choices legend="Møder" name="deltagelse" choices={props.participations} hint={props.participationNote} />
          </div>
          <Choices
            legend="Navnet betyder fremover den nye person hos"
            name="udgiver"
            choices={props.publishers}
            hint="Når en senere import hos disse udgivere møder navnet, er det den nye person."
          />
          <TextField
            id="navn"
            label="Den nye persons navn (valgfrit)"
            hint={`Tomt: samme navn, ${person.name}.`}
            value={props.name}
            maxlength={props.nameMax}
            error={errorOf('navn')}
          />
          <SubmitGroup>Videre</SubmitGroup>
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
  return (
    <Layout title={`Bekræft: del ${person.name} op`}>
      <AdminNav current={PEOPLE_HREF} />
      <p>
        <a href={props.backHref}>Ret valget</a>
      </p>
      <h1>Del {person.name} op</h1>
      <p>
        Der oprettes en ny person, <strong>{newName}</strong>, som får det nedenstående. Resten bliver hos {person.name}
        . Opdelingen kan fortrydes.
      </p>
      <PostForm action={props.action} csrfToken={props.csrfToken} hidden={{ navn: newName }}>
        <Chosen heading="Medlemskaber" name="medlemskab" choices={props.memberships} />
        <Chosen heading="Møder" name="deltagelse" choices={props.participations} />
        <Chosen heading="Navnet betyder fremover den nye person hos" name="udgiver" choices={props.publishers} />
        <SubmitGroup>Del op</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
