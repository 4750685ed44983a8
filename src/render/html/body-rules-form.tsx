/**
 * What the secretariat's forms for a body's rules share (the rules of procedure, the question
 * scheme's rules), each keeping its own fields and words: the page's props (the body whose rules
 * it sets, or none yet and the bodies to choose between), the form posted for the chosen body, and
 * a choice between ways as a fieldset of radio buttons.
 */
import type { Child } from 'hono/jsx';
import { ChoiceGroup, Radio } from './fields.js';
import { PostForm, type Problem, SubmitGroup } from './forms.js';

export interface BodyRulesPageProps<V> {
  /** The body whose rules the form sets; null while none is chosen. */
  body: { name: string; slug: string } | null;
  /** The bodies the secretariat may choose between. */
  bodies: { name: string; slug: string }[];
  values: V;
  problems?: Problem[];
  csrfToken: string;
  notice?: string;
}

/** The form for the chosen body (its slug sent as `organ`), ending in the save button. */
export function BodyRulesForm({
  action,
  body,
  csrfToken,
  save,
  children,
}: {
  action: string;
  body: { slug: string };
  csrfToken: string;
  save: string;
  children?: Child;
}) {
  return (
    <PostForm action={action} csrfToken={csrfToken} hidden={{ organ: body.slug }}>
      {children}
      <SubmitGroup>{save}</SubmitGroup>
    </PostForm>
  );
}

/**
 * One of a few ways (how the deadline is counted, how minutes are approved): a fieldset of radio
 * buttons named `name`, the way in `value` checked. The first radio's id is `name`, so that the
 * error summary's link lands on it.
 */
export function WayChoice({
  name,
  legend,
  hint,
  error,
  value,
  ways,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  value: string;
  ways: [
    { value: string; label: string; hint?: string },
    ...{ id: string; value: string; label: string; hint?: string }[],
  ];
}) {
  return (
    <ChoiceGroup name={name} legend={legend} hint={hint} error={error}>
      {ways.map((way) => (
        <Radio
          id={'id' in way ? way.id : name}
          name={name}
          value={way.value}
          label={way.label}
          hint={way.hint}
          checked={value === way.value}
        />
      ))}
    </ChoiceGroup>
  );
}
