/**
 * A meeting's decisions at a glance, at the top of the minutes: each item's number, title (a link
 * to the item further down), outcome and the first line of its decision. A closed item the viewer
 * may not read is only "Lukket punkt": no title, no decision.
 */
import type { DecisionOutcome } from '../../domain/decision.js';
import { GLOSSARY_PATH } from '../messages/glossary.js';
import { usePage } from './page-context.js';
import { OutcomeWithHelp, TermHelp } from './term-help.js';

export interface DecisionSummaryEntry {
  number: number;
  /** The item's anchor on the page ("punkt-3-41"). */
  anchor: string;
  /** The item's title; null for a closed item shown as "Lukket punkt". */
  title: string | null;
  outcome: DecisionOutcome | null;
  /** The decision's first line, shortened; null when there is none (or it is closed). */
  line: string | null;
  isClosed: boolean;
}

export function DecisionSummary({ entries }: { entries: DecisionSummaryEntry[] }) {
  const { t } = usePage();
  return (
    <section class="decision-summary" aria-labelledby="decision-summary-heading">
      <h2 id="decision-summary-heading">{t.decisionsAtAGlance}</h2>
      <p class="decision-summary-help">
        {t.decisionsAtAGlanceLead} <TermHelp term="udfald" word={t.outcome} />{' '}
        <a href={GLOSSARY_PATH}>{t.glossaryHelp}</a>
      </p>
      <ol class="decision-summary-list">
        {entries.map((entry) => (
          <SummaryEntry entry={entry} />
        ))}
      </ol>
    </section>
  );
}

function SummaryEntry({ entry }: { entry: DecisionSummaryEntry }) {
  const { t } = usePage();
  if (entry.title === null) {
    return (
      <li class="decision-summary-entry decision-summary-entry--closed">
        <a href={`#${entry.anchor}`}>
          {t.item} {entry.number}: {t.closedItemShort}
        </a>{' '}
        <TermHelp term="lukket-punkt" word={t.closedItemShort} />
      </li>
    );
  }
  return (
    <li class="decision-summary-entry">
      <a href={`#${entry.anchor}`}>
        {t.item} {entry.number}: <span lang="da">{entry.title}</span>
      </a>
      <p class="decision-summary-outcome">
        <span class="sr-only">{t.outcome}: </span>
        {entry.outcome ? <OutcomeWithHelp outcome={entry.outcome} /> : <span class="muted">{t.noDecisionShort}</span>}
      </p>
      {entry.line ? (
        <p class="decision-summary-line" lang="da">
          {entry.line}
        </p>
      ) : null}
    </li>
  );
}
