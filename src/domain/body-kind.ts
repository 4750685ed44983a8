/** A body's kind guessed from its name, for bodies first met in imported minutes. */
export const BODY_KINDS = [
  'health_council',
  'health_cluster',
  'cooperation_committee',
  'directors_forum',
  'joint_meeting',
  'regional_council',
  'committee',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const BODY_LEVELS = ['political', 'strategic', 'operational'] as const;

const RULES: ReadonlyArray<readonly [BodyKind, RegExp]> = [
  ['joint_meeting', /fællesmøde/i],
  ['health_cluster', /sundhedsklynge|klyngestyregruppe|\bklynge/i],
  ['health_council', /sundhedsråd/i],
  ['cooperation_committee', /sundhedssamarbejdsudvalg|samarbejdsudvalg/i],
  ['directors_forum', /direktørkreds|direktørforum/i],
  ['regional_council', /regionsråd/i],
  ['committee', /udvalg/i],
];

export function guessBodyKind(name: string): BodyKind {
  for (const [kind, pattern] of RULES) if (pattern.test(name)) return kind;
  return 'other';
}

/** "politisk niveau" → political … from a body's name, when it says. */
export function guessBodyLevel(name: string): BodyLevel | null {
  if (/politisk/i.test(name)) return 'political';
  if (/strategisk/i.test(name)) return 'strategic';
  if (/operationel|administrativ/i.test(name)) return 'operational';
  return null;
}

export type BodyLevel = (typeof BODY_LEVELS)[number];
