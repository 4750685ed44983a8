/**
 * Read models → the secretariat's view props: the whitelist between the working copy and the
 * pages. Dates in Danish, statuses and kinds by their labels, the URLs of every form.
 */
import type { DraftItemDetail, DraftMeeting, SecretariatBody } from '../../db/queries/meeting-drafts.js';
import { AGENDA_TEMPLATES, EDITABLE_SECTION_KINDS } from '../../domain/agenda-templates.js';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../domain/attachment-file.js';
import { copenhagenInstant } from '../../domain/copenhagen-time.js';
import { formatDate, formatMeetingDate } from '../../domain/danish-dates.js';
import type { MeetingKind } from '../../domain/meeting.js';
import { participantLines, publishedDecision } from '../../domain/meeting-draft.js';
import { SECTION_HEADINGS, type SectionKind } from '../../domain/sections.js';
import type { AgendaBuilderPageProps } from '../../render/html/secretariat/agenda-builder-page.js';
import type {
  DecisionFormValues,
  ItemEditorPageProps,
  ItemFormValues,
} from '../../render/html/secretariat/item-editor-page.js';
import type { OverviewBody } from '../../render/html/secretariat/overview-page.js';
import { LABELS } from '../../render/i18n.js';
import { bodyHref, meetingHref, meetingPdfHref, meetingTextHref, meetingVersionHref } from '../portal/paths.js';
import { builderHref, draftAttachmentHref, editorHref, newMeetingHref } from './paths.js';

/** "?gemt=…" codes → the notice shown after a redirect. */
export const NOTICES: Record<string, string> = {
  oprettet: 'Mødet er oprettet. Tilføj nu dagsordenens punkter.',
  gemt: 'Ændringerne er gemt.',
  uaendret: 'Der var ingen ændringer at gemme.',
  punkt: 'Punktet er tilføjet sidst på dagsordenen.',
  flyttet: 'Punktet er flyttet, og punkterne er nummereret igen.',
  fjernet: 'Punktet er fjernet, og punkterne er nummereret igen.',
  dagsorden: 'Dagsordenen er offentliggjort.',
  referat: 'Referatet er godkendt og offentliggjort.',
  rettelse: 'Rettelsen er offentliggjort som en ny version.',
  aflyst: 'Mødet er aflyst.',
  deltagere: 'Deltagerne er gemt.',
  beslutning: 'Beslutningen er gemt.',
  bilag: 'Bilaget er tilføjet.',
  bilagfjernet: 'Bilaget er fjernet.',
};

export function noticeOf(code: string | undefined): string | undefined {
  return code ? NOTICES[code] : undefined;
}

export function meetingHeading(bodyName: string, heldOn: string, startTime: string | null): string {
  return `Møde i ${bodyName} ${formatMeetingDate(heldOn, startTime)}`;
}

export function presentOverview(bodies: SecretariatBody[]): OverviewBody[] {
  return bodies.map((body) => ({
    name: body.name,
    publicHref: bodyHref(body.slug),
    newMeetingHref: newMeetingHref(body.slug),
    meetings: body.meetings.map((meeting) => ({
      href: meeting.isAuthored ? builderHref(meeting.id) : meetingHref(meeting.id),
      dateText: formatMeetingDate(meeting.heldOn, meeting.startTime),
      kindLabel: LABELS.da.meetingKind[meeting.kind as MeetingKind],
      statusLabel: LABELS.da.meetingStatus[meeting.status],
      itemCount: meeting.itemCount,
      isAuthored: meeting.isAuthored,
    })),
  }));
}

export type BuilderOverrides = Partial<
  Pick<AgendaBuilderPageProps, 'notice' | 'problems' | 'conflict' | 'form' | 'participants' | 'addForm'>
> & { reason?: string };

/** "Referatet kan først offentliggøres, når mødet er begyndt (den 16. marts 2027 kl. 9.00)." */
export function notStartedText(heldOn: string, startTime: string | null): string {
  const clock = startTime ? ` kl. ${Number(startTime.slice(0, 2))}.${startTime.slice(3, 5)}` : '';
  return `Referatet kan først offentliggøres, når mødet er begyndt (den ${formatDate(heldOn)}${clock}).`;
}

export function presentBuilder(
  draft: DraftMeeting,
  csrfToken: string,
  overrides: BuilderOverrides = {},
  now: Date = new Date(),
): AgendaBuilderPageProps {
  const id = draft.id;
  const isEditable = draft.isAuthored && draft.status !== 'cancelled';
  const published = draft.versions.length > 0;
  const present = draft.draftParticipants.filter((p) => !p.isAbsent);
  const absent = draft.draftParticipants.filter((p) => p.isAbsent);
  return {
    csrfToken,
    meeting: {
      title: meetingHeading(draft.body.name, draft.heldOn, draft.startTime),
      body: { name: draft.body.name },
      dateText: formatMeetingDate(draft.heldOn, draft.startTime),
      statusLabel: LABELS.da.meetingStatus[draft.status],
      kindLabel: LABELS.da.meetingKind[draft.kind as MeetingKind],
      location: draft.location,
      publicHref: meetingHref(id),
      isEditable,
      isAuthored: draft.isAuthored,
      isCancelled: draft.status === 'cancelled',
    },
    actions: {
      update: builderHref(id),
      participants: `${builderHref(id)}/deltagere`,
      addItem: `${builderHref(id)}/punkter`,
      publishAgenda: `${builderHref(id)}/dagsorden`,
      publishMinutes: `${builderHref(id)}/referat`,
      correct: `${builderHref(id)}/rettelse`,
      cancel: `${builderHref(id)}/aflys`,
    },
    form: overrides.form ?? {
      heldOn: draft.heldOn,
      startTime: draft.startTime ?? '',
      endTime: draft.endTime ?? '',
      location: draft.location ?? '',
      kind: draft.kind,
      revision: draft.revision,
    },
    participants: overrides.participants ?? {
      present: participantLines(present),
      absent: participantLines(absent),
      revision: draft.revision,
    },
    items: draft.items.map((item, index) => ({
      number: index + 1,
      title: item.title,
      isClosed: item.isClosed,
      timeSlot: item.timeSlot,
      hasDecision: item.decision !== null && item.decision.text.trim() !== '',
      attachmentCount: item.attachments.length,
      editHref: editorHref(item.id),
      moveAction: `${editorHref(item.id)}/flyt`,
      removeAction: `${editorHref(item.id)}/slet`,
    })),
    templates: AGENDA_TEMPLATES.map((template) => ({ value: template, label: LABELS.da.agendaTemplate[template] })),
    addForm: overrides.addForm ?? { template: 'case', title: '' },
    publish: {
      agenda: draft.status === 'planned',
      minutes: draft.status === 'planned' || draft.status === 'agenda_published' || draft.status === 'held',
      minutesWait:
        now < copenhagenInstant(draft.heldOn, draft.startTime ?? '00:00')
          ? notStartedText(draft.heldOn, draft.startTime)
          : null,
      correction:
        draft.status === 'agenda_published' ? 'dagsorden' : draft.status === 'minutes_published' ? 'referat' : null,
      reason: overrides.reason ?? '',
    },
    versions: draft.versions.map((version) => ({
      number: version.number,
      kindLabel: LABELS.da.versionKind[version.kind],
      publishedText: formatDate(version.publishedOn),
      publishedBy: version.publishedByLabel,
      reason: version.reason,
      href: meetingVersionHref(id, version.number),
    })),
    documents: published ? { pdfHref: meetingPdfHref(id), textHref: meetingTextHref(id) } : null,
    notice: overrides.notice,
    problems: overrides.problems ?? [],
    conflict: overrides.conflict ?? null,
  };
}

/** The item's saved values for the editor's form. */
export function itemFormOf(item: {
  title: string;
  timeSlot: string | null;
  caseNumber: string | null;
  isClosed: boolean;
  sections: { kind: string; heading: string; text: string }[];
}): ItemFormValues {
  const known = new Set<string>(EDITABLE_SECTION_KINDS);
  return {
    title: item.title,
    timeSlot: item.timeSlot ?? '',
    caseNumber: item.caseNumber ?? '',
    isClosed: item.isClosed,
    sections: [
      ...EDITABLE_SECTION_KINDS.map((kind) => ({
        kind: kind as string,
        label: LABELS.da.sectionKind[kind],
        value: item.sections.find((section) => section.kind === kind)?.text ?? '',
      })),
      // Sections of other kinds (none are made here, but kept if there are).
      ...item.sections
        .filter((section) => !known.has(section.kind))
        .map((section) => ({ kind: section.kind, label: section.heading, value: section.text })),
    ],
  };
}

/** The item editor's form as the user submitted it (kept when it cannot be saved). */
export function submittedItemForm(values: {
  title: string;
  timeSlot: string;
  caseNumber: string;
  isClosed: boolean;
  sections: { kind: string; text: string }[];
}): ItemFormValues {
  return {
    title: values.title,
    timeSlot: values.timeSlot,
    caseNumber: values.caseNumber,
    isClosed: values.isClosed,
    sections: values.sections.map((section) => ({
      kind: section.kind,
      label: LABELS.da.sectionKind[section.kind as SectionKind] ?? section.kind,
      value: section.text,
    })),
  };
}

/** The item's saved decision for the editor's decision form. */
export function decisionFormOf(item: {
  decision: { text: string; outcome: string | null; dissents: string[] | null } | null;
  absentees: { name: string; role: string | null }[];
}): DecisionFormValues {
  return {
    text: item.decision?.text ?? '',
    outcome: item.decision?.outcome ?? '',
    dissents: item.decision?.dissents?.join('\n') ?? '',
    absentees: participantLines(item.absentees),
  };
}

/** Sections as the item keeps them: the editable kinds with their standard headings. */
export function sectionsOf(
  values: { kind: string; text: string }[],
  existing: { kind: string; heading: string }[] = [],
) {
  return values.map((section) => ({
    kind: section.kind,
    heading: Object.hasOwn(SECTION_HEADINGS, section.kind)
      ? SECTION_HEADINGS[section.kind as keyof typeof SECTION_HEADINGS]
      : (existing.find((e) => e.kind === section.kind)?.heading ?? section.kind),
    text: section.text,
  }));
}

export type EditorOverrides = Partial<
  Pick<ItemEditorPageProps, 'notice' | 'problems' | 'conflict' | 'form' | 'decision' | 'preview' | 'upload'>
> & { revision?: number };

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export function presentEditor(
  item: DraftItemDetail,
  csrfToken: string,
  overrides: EditorOverrides = {},
): ItemEditorPageProps {
  const meeting = item.meeting;
  const saved = item.decision && item.decision.text.trim() !== '' ? publishedDecision(item.decision) : null;
  return {
    csrfToken,
    meeting: {
      title: meetingHeading(meeting.body.name, meeting.heldOn, meeting.startTime),
      builderHref: builderHref(meeting.id),
    },
    item: { number: item.number, revision: overrides.revision ?? item.revision },
    isEditable: meeting.isAuthored && meeting.status !== 'cancelled',
    actions: {
      save: editorHref(item.id),
      decision: `${editorHref(item.id)}/beslutning`,
      upload: `${editorHref(item.id)}/bilag`,
    },
    form: overrides.form ?? itemFormOf(item),
    decision: overrides.decision ?? decisionFormOf(item),
    decisionSummary: saved
      ? {
          outcomeLabel: LABELS.da.outcome[saved.outcome],
          parts: saved.parts.map((part) => `Ad ${part.label}: ${part.text} (${LABELS.da.outcome[part.outcome]})`),
          dissents: saved.dissents,
        }
      : null,
    attachments: item.attachments.map((attachment) => {
      const type = (Object.keys(ATTACHMENT_TYPES) as AttachmentType[]).find(
        (key) => ATTACHMENT_TYPES[key].mediaType === attachment.mediaType,
      );
      return {
        title: attachment.title,
        fileName: attachment.fileName,
        typeLabel: type ? LABELS.da.attachmentType[type] : attachment.mediaType,
        sizeText: sizeText(attachment.sizeBytes),
        isClosed: attachment.isClosed,
        href: draftAttachmentHref(attachment.id),
        removeAction: `${draftAttachmentHref(attachment.id)}/slet`,
      };
    }),
    preview: overrides.preview ?? null,
    upload: overrides.upload ?? { title: '', isClosed: false },
    notice: overrides.notice,
    problems: overrides.problems ?? [],
    conflict: overrides.conflict ?? null,
  };
}
