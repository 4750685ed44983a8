/**
 * Words of meetings explained where they appear: a visible "?" link to the term's entry in the
 * glossary (/ordliste#term). Plain links: they work without script, by keyboard and with a screen
 * reader, which reads "Hvad betyder Udfald?".
 */
import type { DecisionOutcome } from '../../domain/decision.js';
import { GLOSSARY_DA, type GlossaryTerm, glossaryHref, OUTCOME_TERMS } from '../messages/glossary.js';
import { OutcomeBadge } from './components.js';
import { usePage } from './page-context.js';

/** The "?" after a term: a link to its explanation (`word`: the term as the page prints it). */
export function TermHelp({ term, word = GLOSSARY_DA[term].term }: { term: GlossaryTerm; word?: string }) {
  const { t } = usePage();
  return (
    <a class="term-help" href={glossaryHref(term)} aria-label={t.termHelp(word)} title={t.termHelp(word)}>
      ?
    </a>
  );
}

/** Printed section headings that are terms of the glossary ("Indstilling", "Resumé" …). */
const SECTION_TERMS: Record<string, GlossaryTerm> = {
  indstilling: 'indstilling',
  'indstilling/forslag': 'indstilling',
  resumé: 'resume',
  resume: 'resume',
  sagsfremstilling: 'sagsfremstilling',
  beslutning: 'beslutning',
  bilag: 'bilag',
};

/** The "?" after a printed section heading that the glossary explains; nothing for any other heading. */
export function SectionTermHelp({ heading }: { heading: string }) {
  const term = SECTION_TERMS[heading.trim().replace(/:$/, '').toLowerCase()];
  return term ? (
    <>
      {' '}
      <TermHelp term={term} word={heading.trim().replace(/:$/, '')} />
    </>
  ) : null;
}

/** An outcome's badge followed by the "?" link to what the outcome means. */
export function OutcomeWithHelp({ outcome }: { outcome: DecisionOutcome }) {
  const { labels } = usePage();
  return (
    <span class="term">
      <OutcomeBadge outcome={outcome} /> <TermHelp term={OUTCOME_TERMS[outcome]} word={labels.outcome[outcome]} />
    </span>
  );
}
