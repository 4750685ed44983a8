/**
 * The export as CSV: one table per record type, its columns, and each record's cells (GP
 * capacity's three tables are in export-gp-records.ts). Columns added later come last, so that a
 * reader that counts columns keeps working.
 */

import type { GpCapacityRecord } from './export-gp-records.js';
import { moneyFields } from './export-money-records.js';
import type { ExportRecord, ItemRecord, MeetingRecord } from './export-records.js';

/** The records of one CSV table each (a GP capacity board is rows in three). */
type OneTableRecord = Exclude<ExportRecord, GpCapacityRecord>;

/** The columns of each record type's table. */
export const CSV_COLUMNS: Record<OneTableRecord['type'], string[]> = {
  publisher: ['slug', 'name', 'kind', 'region', 'municipality_code', 'is_fictitious'],
  body: [
    'slug',
    'name',
    'kind',
    'level',
    'region',
    'successor',
    'municipalities',
    'description',
    'is_fictitious',
    'publisher',
  ],
  person: ['slug', 'name', 'publisher'],
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
    'publisher',
    'source_url',
  ],
  case: ['publisher', 'number', 'item_count', 'first_date', 'last_date', 'bodies'],
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
    'publisher',
    'case_publisher',
  ],
  plan: ['id', 'title', 'kind', 'body', 'deadline', 'versions', 'is_fictitious'],
  process: ['id', 'title', 'body', 'publisher', 'plan', 'steps', 'is_fictitious'],
  hearing: ['id', 'title', 'body', 'starts_on', 'deadline', 'published_responses', 'memo_published', 'is_fictitious'],
  frame: [
    'id',
    'title',
    'owner',
    'deciding_body',
    'from_year',
    'to_year',
    'total_ore',
    'total_kroner',
    'key',
    'key_version',
    'allocations',
    'is_fictitious',
  ],
  project: [
    'id',
    'name',
    'status',
    'frame',
    'recipient',
    'pool',
    'bodies',
    'applied_on',
    'applied_ore',
    'applied_kroner',
    'granted_ore',
    'granted_kroner',
    'own_funding_ore',
    'own_funding_kroner',
    'starts_on',
    'ends_on',
    'extended_to',
    'is_fictitious',
  ],
  agreement: [
    'id',
    'title',
    'council',
    'kind',
    'status',
    'parties',
    'years',
    'total_ore',
    'total_kroner',
    'is_fictitious',
  ],
};

type Field = string | number | boolean | null;

/** A record's cells, in its table's column order. Lists in one cell are one entry per line. */
export function csvFields(record: OneTableRecord): Field[] {
  switch (record.type) {
    case 'publisher': {
      const r = record;
      return [r.slug, r.name, r.kind, r.region, r.municipalityCode, r.isFictitious];
    }
    case 'body': {
      const r = record;
      const municipalities = r.municipalities.join('\n');
      return [
        r.slug,
        r.name,
        r.kind,
        r.level,
        r.region,
        r.successor,
        municipalities,
        r.description,
        r.isFictitious,
        r.publisher,
      ];
    }
    case 'person': {
      const r = record;
      return [r.slug, r.name, r.publisher];
    }
    case 'membership': {
      const r = record;
      return [r.id, r.person, r.personName, r.body, r.role, r.party, r.organisation, r.title, r.fromOn, r.toOn];
    }
    case 'meeting':
      return meetingFields(record);
    case 'case': {
      const r = record;
      return [r.publisher, r.number, r.itemCount, r.firstDate, r.lastDate, r.bodies.join('\n')];
    }
    case 'item':
      return itemFields(record);
    case 'plan': {
      const r = record;
      const versions = r.versions.map((v) => `${v.number}: ${v.status} ${v.date}`).join('\n');
      return [r.id, r.title, r.kind, r.body, r.deadline, versions, r.isFictitious];
    }
    case 'process': {
      const r = record;
      // One step per line: position, title, body, due and status.
      const steps = r.steps
        .map((s) => [s.position, s.title, s.body ?? s.outsideBody, s.due ?? '', s.status].join(' | '))
        .join('\n');
      return [r.id, r.title, r.body, r.publisher, r.plan, steps, r.isFictitious];
    }
    case 'hearing': {
      const r = record;
      return [r.id, r.title, r.body, r.startsOn, r.deadline, r.publishedResponses, r.memoPublished, r.isFictitious];
    }
    case 'frame':
    case 'project':
    case 'agreement':
      return moneyFields(record);
  }
}

function meetingFields(r: MeetingRecord): Field[] {
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
    r.publisher,
    r.sourceUrl,
  ];
}

function itemFields(r: ItemRecord): Field[] {
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
    r.publisher,
    r.casePublisher,
  ];
}
