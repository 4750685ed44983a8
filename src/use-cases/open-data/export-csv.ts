/** The export as CSV: one table per record type, its columns, and each record's cells. */
import type { ExportRecord } from './export-records.js';

/** The columns of each record type's table. */
export const CSV_COLUMNS: Record<ExportRecord['type'], string[]> = {
  body: ['slug', 'name', 'kind', 'level', 'region', 'successor', 'municipalities', 'description', 'is_fictitious'],
  person: ['slug', 'name'],
  membership: ['id', 'person', 'person_name', 'body', 'role', 'party', 'organisation', 'title', 'from_on', 'to_on'],
  meeting: [
    'id',
    'body',
    'body_name',
    'date',
    'start_time',
    'end_time',
    'location',
    'kind',
    'status',
    'document_type',
    'is_fictitious',
    'participants',
    'absent',
    'modified_at',
  ],
  item: [
    'id',
    'meeting_id',
    'body',
    'date',
    'number',
    'title',
    'closed',
    'time_slot',
    'case_number',
    'decision_outcome',
    'decision_date',
    'decision_text',
    'sections',
    'attachments',
    'absent',
  ],
};

type Field = string | number | boolean | null;

/** A record's cells, in its table's column order. Lists in one cell are one entry per line. */
export function csvFields(record: ExportRecord): Field[] {
  switch (record.type) {
    case 'body': {
      const r = record;
      return [
        r.slug,
        r.name,
        r.kind,
        r.level,
        r.region,
        r.successor,
        r.municipalities.join('\n'),
        r.description,
        r.isFictitious,
      ];
    }
    case 'person': {
      const r = record;
      return [r.slug, r.name];
    }
    case 'membership': {
      const r = record;
      return [r.id, r.person, r.personName, r.body, r.role, r.party, r.organisation, r.title, r.fromOn, r.toOn];
    }
    case 'meeting': {
      const r = record;
      const names = (absent: boolean) =>
        r.participants
          .filter((p) => p.absent === absent)
          .map((p) => p.name)
          .join('\n');
      return [
        r.id,
        r.body,
        r.bodyName,
        r.date,
        r.startTime,
        r.endTime,
        r.location,
        r.kind,
        r.status,
        r.documentType,
        r.isFictitious,
        names(false),
        names(true),
        r.modifiedAt,
      ];
    }
    case 'item': {
      const r = record;
      return [
        r.id,
        r.meetingId,
        r.body,
        r.date,
        r.number,
        r.title,
        r.closed,
        r.timeSlot,
        r.caseNumber,
        r.decision?.outcome ?? null,
        r.decision?.date ?? null,
        r.decision?.text ?? null,
        r.sections.map((s) => `## ${s.heading}\n\n${s.text}`).join('\n\n'),
        r.attachments.map((a) => a.title).join('\n'),
        r.absent.map((a) => a.name).join('\n'),
      ];
    }
  }
}
