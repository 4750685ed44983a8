/**
 * Decision outcome: derived from the decision text as recorded. Pure; the vocabulary is Danish
 * because the minutes are.
 */

export const DECISION_OUTCOMES = ['approved', 'noted', 'discussed', 'postponed', 'rejected', 'other'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

// Order matters: the negative forms must be tried before the positive ones they contain.
const OUTCOME_PATTERNS: ReadonlyArray<readonly [DecisionOutcome, RegExp]> = [
  ['rejected', /\b(ikke\s+(godkendt|tiltrådt|tiltræde|vedtaget|anbefalet|anbefale)|forkastet|afvist|nedstemt)\b/i],
  [
    'postponed',
    /\b(udsat|udsættes|sagen\s+udsættes|trukket\s+af\s+dagsordenen|taget\s+af\s+dagsorden(en)?|udgik|udgår)\b/i,
  ],
  [
    'approved',
    /\b(godkendt|godkendes|godkender|godkendte|tiltrådt|tiltræder|tiltrådte|tilrådt|vedtaget|vedtog|vedtages|anbefalet|anbefales|anbefaler|indstillingen\s+følges|indstillingen\s+blev\s+fulgt|kunne\s+tiltræde|tiltræde\s+indstillingen|indstilles\s+til\s+godkendelse|bevilget|besluttet|besluttede|besluttes|imødekommet)\b/i,
  ],
  [
    'noted',
    /\b(taget\s+til\s+efterretning|tages\s+til\s+efterretning|tog\s+(?:[^\s.]+\s+){1,3}til\s+efterretning|til\s+efterretning|til\s+orientering|orienteringen\s+blev\s+taget|taget\s+til\s+orientering|orienteret|blev\s+orienteret|orienterede|^\s*orientering\s+om)\b/i,
  ],
  ['discussed', /\b(drøftet|drøftede|drøftes|drøftelse)\b/i],
];

/** The outcome that a decision text records; "other" when none of the known phrasings occurs. */
export function decisionOutcome(text: string): DecisionOutcome {
  const head = text.slice(0, 400);
  const outcome = scanOutcome(head);
  if (outcome !== 'rejected') return outcome;
  // A minority recorded after the decision ("Et flertal … kunne tiltræde. X kunne ikke tiltræde")
  // must not turn it into a rejection: then the first sentence decides.
  const first = /^[^\n]*?(?:\.(?=\s)|\n|$)/.exec(head)?.[0] ?? head;
  const firstOutcome = scanOutcome(first);
  return firstOutcome === 'other' ? outcome : firstOutcome;
}

function scanOutcome(text: string): DecisionOutcome {
  for (const [outcome, pattern] of OUTCOME_PATTERNS) {
    if (pattern.test(text)) return outcome;
  }
  return 'other';
}

const PART_PATTERN = /^\s*Ad\s+(?<label>\d+[a-z]?(?:\s*(?:-|–|og|,)\s*\d+[a-z]?)*)\s*[–—:.)-]\s*(?<text>.*)$/i;

/** Splits "Ad 1 – Tiltrådt. Ad 2 – …" (one part per line) into parts. */
export function decisionParts(text: string): { label: string; text: string; outcome: DecisionOutcome }[] {
  const parts: { label: string; text: string; outcome: DecisionOutcome }[] = [];
  for (const line of text.split(/\n+/)) {
    const match = PART_PATTERN.exec(line);
    if (match?.groups) {
      const partText = match.groups.text.trim();
      parts.push({ label: match.groups.label, text: partText, outcome: decisionOutcome(partText) });
    } else if (parts.length > 0 && line.trim() !== '') {
      const last = parts[parts.length - 1];
      last.text = `${last.text}\n${line.trim()}`.trim();
    }
  }
  return parts;
}

// \b does not see Danish letters as word characters ("ønskede"): letters are checked with \p{L}.
const DISSENT_PATTERN =
  /(?<!\p{L})(bakker\s+ikke\s+op|bakkede\s+ikke\s+op|kan\s+ikke\s+tiltræde|stemte\s+imod|stemmer\s+imod|tager\s+forbehold|ønskede\s+(sin\s+)?mindretalsudtalelse|tog\s+forbehold|mindretalsudtalelse|kunne\s+ikke\s+tiltræde|kan\s+ikke\s+støtte|kunne\s+ikke\s+støtte|ønskede\s+sig\s+ikke\s+medansvarlig)(?!\p{L})/iu;

const DISSENT_HINT = /ikke\s+(?:op|tiltræde|støtte|medansvarlig)|imod|forbehold|mindretal/i;

/** Sentences of the decision text that record a dissent. Linear: sentence by sentence, no backtracking scan. */
export function decisionDissents(text: string): string[] {
  const dissents: string[] = [];
  if (!DISSENT_HINT.test(text)) return dissents;
  for (const line of text.split('\n')) {
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i < line.length && line[i] !== '.') continue;
      const sentence = line.slice(start, Math.min(i + 1, line.length)).trim();
      start = i + 1;
      if (sentence.length > 1 && DISSENT_PATTERN.test(sentence)) dissents.push(sentence);
    }
  }
  return dissents;
}

/** Builds a Decision from its recorded text. */
export function makeDecision(text: string, date: string | null = null) {
  const trimmed = text.trim();
  return {
    text: trimmed,
    outcome: decisionOutcome(trimmed),
    date,
    parts: decisionParts(trimmed),
    dissents: decisionDissents(trimmed),
  };
}
