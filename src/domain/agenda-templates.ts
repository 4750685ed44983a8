/**
 * The agenda builder's standard items (DESIGN.md §2): what a new item from each template is
 * called, whether it is closed, and the sections it starts with. Pure.
 */
import type { SectionKind } from './sections.js';
import { SECTION_HEADINGS } from './sections.js';

export const AGENDA_TEMPLATES = [
  'case',
  'approve_agenda',
  'announcements',
  'meeting_calendar',
  'any_other_business',
  'closed',
] as const;
export type AgendaTemplate = (typeof AGENDA_TEMPLATES)[number];

export function isAgendaTemplate(value: unknown): value is AgendaTemplate {
  return (AGENDA_TEMPLATES as readonly unknown[]).includes(value);
}

/**
 * The sections the item editor offers, in the order they are printed. Decision, attachments and
 * absentees have forms of their own.
 */
export const EDITABLE_SECTION_KINDS = [
  'summary',
  'case_presentation',
  'previous_decisions',
  'economy',
  'climate',
  'process',
  'recommendation',
] as const satisfies readonly SectionKind[];
export type EditableSectionKind = (typeof EDITABLE_SECTION_KINDS)[number];

export interface TemplateSection {
  kind: EditableSectionKind;
  heading: string;
  text: string;
}

export interface TemplateItem {
  title: string;
  isClosed: boolean;
  sections: TemplateSection[];
}

const section = (kind: EditableSectionKind, text = ''): TemplateSection => ({
  kind,
  heading: SECTION_HEADINGS[kind],
  text,
});

const CASE_SECTIONS = () => [
  section('summary'),
  section('case_presentation'),
  section('economy'),
  section('recommendation', 'Det indstilles, at'),
];

/** A new item from a template; `title` replaces the template's own title when given. */
export function itemFromTemplate(template: AgendaTemplate, title?: string): TemplateItem {
  const named = (fallback: string) => (title?.trim() ? title.trim() : fallback);
  switch (template) {
    case 'approve_agenda':
      return {
        title: named('Godkendelse af dagsorden'),
        isClosed: false,
        sections: [section('recommendation', 'Det indstilles, at dagsordenen godkendes.')],
      };
    case 'announcements':
      return { title: named('Meddelelser'), isClosed: false, sections: [section('summary')] };
    case 'meeting_calendar':
      return {
        title: named('Mødekalender'),
        isClosed: false,
        sections: [
          section('summary', 'Oversigt over de kommende møder.'),
          section('recommendation', 'Det indstilles, at mødekalenderen tages til efterretning.'),
        ],
      };
    case 'any_other_business':
      return { title: named('Eventuelt'), isClosed: false, sections: [] };
    case 'closed':
      return { title: named('Lukket punkt'), isClosed: true, sections: CASE_SECTIONS() };
    default:
      return { title: named('Nyt punkt'), isClosed: false, sections: CASE_SECTIONS() };
  }
}
