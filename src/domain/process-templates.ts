/**
 * The template library for processes (forløb): pure data. A template names its bodies by role
 * ("Patient- og pårørendeudvalget", "K22"); when a process is started the secretariat picks a body
 * in Protokol for each role or names one outside it, and a role for many bodies ("hver
 * kommunalbestyrelse og regionsrådet") gives one step per body, side by side (a parallel group).
 * Dates follow from the year (or the date) the process starts in.
 */
import { addDays } from './danish-dates.js';
import type { StepAction, StepDue } from './process.js';

export const TEMPLATE_KEYS = ['naersundhedsplan', 'rammeaftale', 'k22-kkr'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface TemplateRole {
  key: string;
  /** Who, in Danish ("Patient- og pårørendeudvalget"); also the outside name when none is picked. */
  label: string;
  /** The owner body by default. */
  isOwner?: boolean;
  /** One step per body picked, run side by side. */
  isMany?: boolean;
}

export interface TemplatePhase {
  title: string;
  startsOn: string;
  endsOn: string;
}

export interface TemplateStep {
  key: string;
  title: string;
  action: StepAction;
  role: string;
  /** Index of its phase. */
  phase: number | null;
  due: StepDue;
  /** Keys of the steps it requires (a gate). */
  requires?: string[];
}

export interface ProcessTemplate {
  key: TemplateKey;
  title: string;
  description: string;
  roles: TemplateRole[];
  phases: TemplatePhase[];
  steps: TemplateStep[];
}

const day = (dueOn: string): StepDue => ({ dueOn, dueMonth: null, dueMonthEnd: null });
const month = (dueMonth: string, dueMonthEnd: string | null = null): StepDue => ({
  dueOn: null,
  dueMonth,
  dueMonthEnd,
});
const ym = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The nærsundhedsplan: phases from May of `year` to adoption by 1 April the year after, with its legal gates. */
function naersundhedsplan(year: number): ProcessTemplate {
  const next = year + 1;
  return {
    key: 'naersundhedsplan',
    title: `Nærsundhedsplan ${next}`,
    description:
      'Sundhedsrådet vedtager en nærsundhedsplan for sit område senest 1. april. Før den endelige vedtagelse skal udkastet have været i høring, patient- og pårørendeudvalget skal være hørt, og Sundhedsstyrelsens rådgivning skal foreligge.',
    roles: [
      { key: 'owner', label: 'Sundhedsrådet', isOwner: true },
      { key: 'patients', label: 'Patient- og pårørendeudvalget' },
      { key: 'sst', label: 'Sundhedsstyrelsen' },
    ],
    phases: [
      { title: 'Start og visioner', startsOn: `${year}-05-01`, endsOn: `${year}-05-31` },
      { title: 'Indholdsdrøftelser', startsOn: `${year}-06-01`, endsOn: `${year}-10-31` },
      { title: 'Udarbejdelse', startsOn: `${year}-08-01`, endsOn: `${year}-11-30` },
      { title: 'Politisk konference', startsOn: `${year}-11-01`, endsOn: `${year}-11-30` },
      { title: 'Høring af udkast', startsOn: `${year}-11-01`, endsOn: `${year}-12-31` },
      { title: 'Vedtagelse', startsOn: `${next}-01-01`, endsOn: `${next}-04-01` },
    ],
    steps: [
      {
        key: 'visions',
        title: 'Procesplan og visioner',
        action: 'approval',
        role: 'owner',
        phase: 0,
        due: month(ym(year, 5)),
      },
      {
        key: 'content',
        title: 'Indholdsdrøftelser af temaerne',
        action: 'discussion',
        role: 'owner',
        phase: 1,
        due: month(ym(year, 6), ym(year, 10)),
      },
      { key: 'draft', title: 'Udkast udarbejdet', action: 'input', role: 'owner', phase: 2, due: month(ym(year, 11)) },
      {
        key: 'conference',
        title: 'Politisk konference',
        action: 'discussion',
        role: 'owner',
        phase: 3,
        due: month(ym(year, 11)),
      },
      {
        key: 'hearing',
        title: 'Høring af udkast',
        action: 'hearing',
        role: 'owner',
        phase: 4,
        due: month(ym(year, 11), ym(year, 12)),
      },
      {
        key: 'patients',
        title: 'Patient- og pårørendeudvalget hørt',
        action: 'hearing',
        role: 'patients',
        phase: 4,
        due: month(ym(year, 12)),
      },
      {
        key: 'advice',
        title: 'Rådgivning fra Sundhedsstyrelsen',
        action: 'advice',
        role: 'sst',
        phase: 5,
        due: month(ym(next, 2)),
      },
      {
        key: 'adoption',
        title: 'Vedtagelse af nærsundhedsplanen',
        action: 'adoption',
        role: 'owner',
        phase: 5,
        due: day(`${next}-04-01`),
        requires: ['hearing', 'patients', 'advice'],
      },
    ],
  };
}

/** The biennial framework agreement for the specialised social area, negotiated in `year` for the two years after. */
function rammeaftale(year: number): ProcessTemplate {
  return {
    key: 'rammeaftale',
    title: `Rammeaftale ${year + 1}–${year + 2}`,
    description:
      'Rammeaftalen for det specialiserede socialområde: input fra udvalg, sundhedsråd og handicapråd, godkendelse i Socialdirektørforum, K22 og KKR, vedtagelse i hver kommunalbestyrelse og regionsrådet før 1. december, og derefter sendes den til Social- og Boligstyrelsen.',
    roles: [
      { key: 'input', label: 'Udvalg, sundhedsråd og handicapråd', isMany: true },
      { key: 'sdf', label: 'Socialdirektørforum' },
      { key: 'k22', label: 'K22' },
      { key: 'kkr', label: 'KKR' },
      { key: 'councils', label: 'Kommunalbestyrelserne og regionsrådet', isMany: true },
      { key: 'owner', label: 'Sekretariatet', isOwner: true },
    ],
    phases: [
      { title: 'Input', startsOn: `${year}-01-01`, endsOn: `${year}-03-31` },
      { title: 'Udarbejdelse og godkendelse', startsOn: `${year}-04-01`, endsOn: `${year}-10-31` },
      { title: 'Vedtagelse i kommuner og region', startsOn: `${year}-10-01`, endsOn: `${year}-11-30` },
      { title: 'Afsendelse', startsOn: `${year}-12-01`, endsOn: `${year}-12-31` },
    ],
    steps: [
      {
        key: 'input',
        title: 'Input til rammeaftalen',
        action: 'input',
        role: 'input',
        phase: 0,
        due: day(`${year}-03-31`),
      },
      {
        key: 'sdf',
        title: 'Godkendelse i Socialdirektørforum',
        action: 'approval',
        role: 'sdf',
        phase: 1,
        due: day(`${year}-06-19`),
      },
      {
        key: 'k22',
        title: 'Behandling i K22',
        action: 'approval',
        role: 'k22',
        phase: 1,
        due: month(ym(year, 8), ym(year, 9)),
      },
      { key: 'kkr', title: 'Behandling i KKR', action: 'approval', role: 'kkr', phase: 1, due: month(ym(year, 10)) },
      {
        key: 'councils',
        title: 'Vedtagelse',
        action: 'adoption',
        role: 'councils',
        phase: 2,
        due: day(`${year}-11-30`),
      },
      {
        key: 'send',
        title: 'Sendt til Social- og Boligstyrelsen og offentliggjort',
        action: 'sending_on',
        role: 'owner',
        phase: 3,
        due: month(ym(year, 12)),
        requires: ['councils'],
      },
    ],
  };
}

/** "Sag til K22 og derefter KKR": K22 on the day given, KKR about two weeks later. */
function k22kkr(startsOn: string): ProcessTemplate {
  const kkrOn = addDays(startsOn, 15);
  return {
    key: 'k22-kkr',
    title: 'Sag til K22 og derefter KKR',
    description: 'En sag, der først behandles i K22 og derefter i KKR.',
    roles: [
      { key: 'owner', label: 'Organet, der sender sagen videre', isOwner: true },
      { key: 'k22', label: 'K22' },
      { key: 'kkr', label: 'KKR' },
    ],
    phases: [{ title: 'Behandling', startsOn, endsOn: kkrOn }],
    steps: [
      { key: 'send', title: 'Sagen sendes videre', action: 'sending_on', role: 'owner', phase: 0, due: day(startsOn) },
      { key: 'k22', title: 'Behandling i K22', action: 'approval', role: 'k22', phase: 0, due: day(startsOn) },
      {
        key: 'kkr',
        title: 'Behandling i KKR',
        action: 'approval',
        role: 'kkr',
        phase: 0,
        due: day(kkrOn),
        requires: ['k22'],
      },
    ],
  };
}

/** The template, dated from `startsOn` (its year for the yearly ones). */
export function processTemplate(key: TemplateKey, startsOn: string): ProcessTemplate {
  const year = Number(startsOn.slice(0, 4));
  if (key === 'naersundhedsplan') return naersundhedsplan(year);
  if (key === 'rammeaftale') return rammeaftale(year);
  return k22kkr(startsOn);
}

/** A body picked for a role: one in Protokol, or one only named. */
export type BodyChoice =
  | { kind: 'body'; id: number; name: string }
  | { kind: 'outside'; name: string; publisherId?: number | null };

export interface PlannedStep {
  /** The template step's key, with "#n" for each body of a role for many. */
  key: string;
  title: string;
  action: StepAction;
  body: BodyChoice;
  phase: number | null;
  due: StepDue;
  parallelGroup: string | null;
  requires: string[];
}

/**
 * The template's steps for the bodies picked: a role without a pick is its outside name (the
 * owner role: the owner body); a role for many gives one step per body in a parallel group named
 * after the step; a requirement on such a step requires every one of them.
 */
export function planTemplateSteps(
  template: ProcessTemplate,
  picks: ReadonlyMap<string, readonly BodyChoice[]>,
  owner: BodyChoice,
): PlannedStep[] {
  const bodiesOf = (role: TemplateRole): readonly BodyChoice[] => {
    const picked = picks.get(role.key) ?? [];
    if (picked.length > 0) return role.isMany ? picked : picked.slice(0, 1);
    return [role.isOwner ? owner : { kind: 'outside', name: role.label }];
  };
  const roles = new Map(template.roles.map((role) => [role.key, role]));
  const keysOf = new Map<string, string[]>();
  const planned: PlannedStep[] = [];
  for (const step of template.steps) {
    const role = roles.get(step.role);
    if (!role) throw new RangeError(`Template ${template.key}: no role ${step.role}`);
    const bodies = bodiesOf(role);
    const many = role.isMany === true;
    const keys: string[] = [];
    bodies.forEach((body, index) => {
      const key = many ? `${step.key}#${index + 1}` : step.key;
      keys.push(key);
      planned.push({
        key,
        title: step.title,
        action: step.action,
        body,
        phase: step.phase,
        due: step.due,
        parallelGroup: many ? step.title : null,
        requires: [],
      });
    });
    keysOf.set(step.key, keys);
  }
  for (const step of template.steps) {
    const requires = (step.requires ?? []).flatMap((key) => keysOf.get(key) ?? []);
    for (const key of keysOf.get(step.key) ?? []) {
      const found = planned.find((p) => p.key === key);
      if (found) found.requires = requires;
    }
  }
  return planned;
}
