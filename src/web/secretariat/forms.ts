/**
 * The zod schemas of the secretariat's forms, beside their routes, and what they give back: the
 * values to keep in the form and the problems (field + Danish text) to show. A form that does not
 * validate is shown again with the problems (400), never half-saved (web/kit/forms.ts).
 */
import { z } from 'zod';
import { type AgendaTemplate, isAgendaTemplate } from '../../domain/agenda-templates.js';
import { isoDate } from '../../domain/danish-dates.js';
import type { MeetingKind } from '../../domain/meeting.js';
import { MEETING_KINDS } from '../../domain/meeting.js';
import { isDecisionOutcome, LIMITS, normalizeClock, normalizeTimeSlot } from '../../domain/meeting-draft.js';
import { type FormBody as Body, field, type Parsed, type Problem, validateForm } from '../kit/forms.js';

const text = (max: number, message: string) => z.string().max(max, { message });

export interface MeetingInput {
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: MeetingKind;
}

const MeetingSchema = z
  .object({
    heldOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Skriv mødets dato, fx 2027-03-23.' })
      .refine((value) => isoDate(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)) !== null, {
        message: 'Datoen findes ikke i kalenderen.',
      }),
    startTime: z.string().refine((value) => value.trim() === '' || normalizeClock(value) !== null, {
      message: 'Skriv starttidspunktet som tt:mm, fx 16:00.',
    }),
    endTime: z.string().refine((value) => value.trim() === '' || normalizeClock(value) !== null, {
      message: 'Skriv sluttidspunktet som tt:mm, fx 18:00.',
    }),
    location: text(LIMITS.locationMax, `Stedet må højst være ${LIMITS.locationMax} tegn.`),
    kind: z.enum(MEETING_KINDS, { message: 'Vælg en mødetype.' }),
  })
  .refine(
    (value) => {
      const start = normalizeClock(value.startTime);
      const end = normalizeClock(value.endTime);
      return !start || !end || end > start;
    },
    { message: 'Sluttidspunktet skal ligge efter starttidspunktet.', path: ['endTime'] },
  );

export function meetingFormValues(body: Body) {
  return {
    heldOn: field(body, 'heldOn').trim(),
    startTime: field(body, 'startTime').trim(),
    endTime: field(body, 'endTime').trim(),
    location: field(body, 'location').trim(),
    kind: field(body, 'kind'),
  };
}

export function parseMeeting(body: Body): Parsed<MeetingInput> {
  const parsed = validateForm(MeetingSchema, meetingFormValues(body));
  if (!parsed.ok) return parsed;
  const { heldOn, startTime, endTime, location, kind } = parsed.value;
  return {
    ok: true,
    value: {
      heldOn,
      startTime: normalizeClock(startTime),
      endTime: normalizeClock(endTime),
      location: location === '' ? null : location,
      kind,
    },
  };
}

/** The revision a form names; 0 (never current) when missing or not a number. */
export function revisionOf(body: Body): number {
  const value = field(body, 'revision');
  return /^\d{1,9}$/.test(value) ? Number(value) : 0;
}

export interface ItemInput {
  title: string;
  timeSlot: string | null;
  caseNumber: string | null;
  isClosed: boolean;
  sections: { kind: string; text: string }[];
}

/** The item editor's values as submitted (kept in the form when something is wrong). */
export function itemFormValues(body: Body, sectionKinds: readonly string[]) {
  return {
    title: field(body, 'title').trim(),
    timeSlot: field(body, 'timeSlot').trim(),
    caseNumber: field(body, 'caseNumber').trim(),
    isClosed: field(body, 'isClosed') === '1',
    sections: sectionKinds.map((kind) => ({ kind, text: field(body, `section-${kind}`).replace(/\r\n?/g, '\n') })),
  };
}

export function parseItem(body: Body, sectionKinds: readonly string[]): Parsed<ItemInput> {
  const values = itemFormValues(body, sectionKinds);
  const problems: Problem[] = [];
  if (values.title === '') problems.push({ field: 'title', text: 'Skriv punktets titel.' });
  if (values.title.length > LIMITS.titleMax)
    problems.push({ field: 'title', text: `Titlen må højst være ${LIMITS.titleMax} tegn.` });
  if (values.timeSlot !== '' && !normalizeTimeSlot(values.timeSlot))
    problems.push({ field: 'timeSlot', text: 'Skriv tidspunktet som fx 16.30-17.00.' });
  if (values.caseNumber.length > LIMITS.caseNumberMax)
    problems.push({ field: 'caseNumber', text: `Sagsnummeret må højst være ${LIMITS.caseNumberMax} tegn.` });
  for (const section of values.sections) {
    if (section.text.length > LIMITS.sectionMax)
      problems.push({ field: `section-${section.kind}`, text: 'Afsnittet er for langt.' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title: values.title,
      timeSlot: values.timeSlot === '' ? null : normalizeTimeSlot(values.timeSlot),
      caseNumber: values.caseNumber === '' ? null : values.caseNumber,
      isClosed: values.isClosed,
      sections: values.sections,
    },
  };
}

export interface DecisionInput {
  text: string;
  outcome: string | null;
  dissents: string[] | null;
  absentees: { name: string; role: string | null }[];
}

export function decisionFormValues(body: Body) {
  return {
    text: field(body, 'decision').replace(/\r\n?/g, '\n').trim(),
    outcome: field(body, 'outcome'),
    dissents: field(body, 'dissents').replace(/\r\n?/g, '\n').trim(),
    absentees: field(body, 'absentees').replace(/\r\n?/g, '\n').trim(),
  };
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function parseDecision(body: Body): Parsed<DecisionInput> {
  const values = decisionFormValues(body);
  const problems: Problem[] = [];
  if (values.text.length > LIMITS.decisionMax) problems.push({ field: 'decision', text: 'Beslutningen er for lang.' });
  if (values.outcome !== '' && !isDecisionOutcome(values.outcome))
    problems.push({ field: 'outcome', text: 'Vælg et udfald.' });
  const absentees = lines(values.absentees).map((line) => {
    const comma = line.indexOf(',');
    return {
      name: (comma === -1 ? line : line.slice(0, comma)).trim().slice(0, LIMITS.nameMax),
      role:
        comma === -1
          ? null
          : line
              .slice(comma + 1)
              .trim()
              .slice(0, LIMITS.nameMax) || null,
    };
  });
  if (absentees.length > LIMITS.participantsMax)
    problems.push({ field: 'absentees', text: 'Der er for mange fraværende.' });
  if (problems.length > 0) return { ok: false, problems };
  const dissents = lines(values.dissents);
  return {
    ok: true,
    value: {
      text: values.text,
      outcome: values.outcome === '' ? null : values.outcome,
      dissents: dissents.length > 0 ? dissents : null,
      absentees,
    },
  };
}

export function parseTemplate(body: Body): Parsed<{ template: AgendaTemplate; title: string }> {
  const template = field(body, 'template');
  const title = field(body, 'title').trim();
  if (!isAgendaTemplate(template)) return { ok: false, problems: [{ field: 'template', text: 'Vælg en skabelon.' }] };
  if (title.length > LIMITS.titleMax)
    return { ok: false, problems: [{ field: 'title', text: `Titlen må højst være ${LIMITS.titleMax} tegn.` }] };
  return { ok: true, value: { template, title } };
}

export function parseDirection(body: Body): 'up' | 'down' | null {
  const value = field(body, 'direction');
  return value === 'up' || value === 'down' ? value : null;
}
