/**
 * The secretariat's pure rules: the public projection of a published version (the one function
 * that strips closed content), the line difference, attachment types by their bytes, the agenda
 * templates, the document a draft is published as, and the forms' times and participant lines.
 */
import { describe, expect, it } from 'vitest';
import { EDITABLE_SECTION_KINDS, itemFromTemplate } from '../../src/domain/agenda-templates.js';
import { checkAttachmentFile, cleanFileName, sniffAttachmentType } from '../../src/domain/attachment-file.js';
import type { MeetingDocument } from '../../src/domain/meeting-document.js';
import {
  type DraftMeeting,
  draftDocument,
  normalizeClock,
  normalizeTimeSlot,
  parseParticipantLines,
  participantLines,
} from '../../src/domain/meeting-draft.js';
import { publicProjection } from '../../src/domain/public-projection.js';
import { diffLines, hasChanges } from '../../src/domain/text-diff.js';

const SECRET = 'hemmelighed';

const MEMBER_VIEW: MeetingDocument = {
  body: 'Sundhedsråd Prøveby',
  documentType: 'referat',
  date: '2027-03-23',
  startTime: '16:00',
  location: 'Rådhuset',
  participants: [{ name: 'Anne', party: null, organization: null, role: 'Formand', absent: false }],
  items: [
    {
      number: 1,
      title: 'Åbent punkt',
      timeSlot: '16.00-16.30',
      caseNumber: '27/1',
      documentId: null,
      closed: false,
      sections: [{ heading: 'Resumé', text: 'Offentligt.' }],
      decision: { text: 'Godkendt.', outcome: 'approved', date: null, parts: [], dissents: [] },
      attachments: [
        { title: 'Åbent bilag', documentId: null },
        { title: `Lukket bilag ${SECRET}`, documentId: null, closed: true },
      ],
      absent: [{ name: 'Bo', role: null }],
    },
    {
      number: 2,
      title: 'Lukket: Personalesag',
      timeSlot: '16.30-17.00',
      caseNumber: `27/${SECRET}`,
      documentId: `dok-${SECRET}`,
      closed: true,
      sections: [{ heading: 'Resumé', text: SECRET }],
      decision: { text: `Tiltrådt ${SECRET}`, outcome: 'approved', date: null, parts: [], dissents: [SECRET] },
      attachments: [{ title: SECRET, documentId: SECRET }],
      absent: [{ name: SECRET, role: null }],
      source: { line: 4, page: 1 },
    },
  ],
  warnings: [`advarsel om ${SECRET}`],
  sourceId: null,
};

describe('publicProjection', () => {
  it('keeps a closed item’s number and title only, drops closed attachments and warnings', () => {
    const projected = publicProjection(MEMBER_VIEW);
    expect(JSON.stringify(projected)).not.toContain(SECRET);
    expect(projected.items[1]).toEqual({
      number: 2,
      title: 'Lukket: Personalesag',
      timeSlot: null,
      caseNumber: null,
      documentId: null,
      closed: true,
      sections: [],
      decision: null,
      attachments: [],
      absent: [],
    });
    expect(projected.items[0].attachments).toEqual([{ title: 'Åbent bilag', documentId: null }]);
    expect(projected.items[0].decision?.text).toBe('Godkendt.');
    expect(projected.warnings).toEqual([]);
  });

  it('leaves the member view as it was', () => {
    const before = JSON.stringify(MEMBER_VIEW);
    const projected = publicProjection(MEMBER_VIEW);
    projected.items[0].sections[0].text = 'ændret';
    expect(JSON.stringify(MEMBER_VIEW)).toBe(before);
  });
});

describe('diffLines', () => {
  it('marks added and removed lines in reading order', () => {
    const diff = diffLines(['Titel', 'Godkendt.', 'Bilag'], ['Titel', 'Godkendt med ændring.', 'Bilag', 'Nyt']);
    expect(diff).toEqual([
      { op: 'same', text: 'Titel' },
      { op: 'removed', text: 'Godkendt.' },
      { op: 'added', text: 'Godkendt med ændring.' },
      { op: 'same', text: 'Bilag' },
      { op: 'added', text: 'Nyt' },
    ]);
    expect(hasChanges(diff)).toBe(true);
    expect(hasChanges(diffLines(['a'], ['a']))).toBe(false);
    expect(diffLines([], ['x'])).toEqual([{ op: 'added', text: 'x' }]);
  });
});

describe('attachment files', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const zip = (part: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes(`[Content_Types].xml ${part}`)]);

  it('reads the type from the bytes and wants the name to agree', () => {
    expect(sniffAttachmentType(bytes('%PDF-1.7'))).toBe('pdf');
    expect(sniffAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffAttachmentType(zip('word/document.xml'))).toBe('docx');
    expect(sniffAttachmentType(zip('xl/workbook.xml'))).toBe('xlsx');
    expect(sniffAttachmentType(zip('ppt/presentation.xml'))).toBe('pptx');
    expect(sniffAttachmentType(zip('something/else'))).toBeNull();
    expect(sniffAttachmentType(bytes('Almindelig tekst med æøå.\n'))).toBe('txt');
    expect(sniffAttachmentType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
    expect(checkAttachmentFile('notat.pdf', bytes('%PDF-1.7'))).toMatchObject({ ok: true, type: 'pdf' });
    expect(checkAttachmentFile('notat.PDF', bytes('%PDF-1.7'))).toMatchObject({ ok: true });
    expect(checkAttachmentFile('notat.pdf', bytes('<html><script>'))).toEqual({ ok: false, problem: 'type_mismatch' });
    expect(checkAttachmentFile('notat.docx', bytes('%PDF-1.7'))).toEqual({ ok: false, problem: 'type_mismatch' });
    expect(checkAttachmentFile('program.exe', bytes('%PDF-1.7'))).toEqual({ ok: false, problem: 'type_not_allowed' });
    expect(checkAttachmentFile('tom.pdf', new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(checkAttachmentFile('stor.pdf', new Uint8Array(25 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      problem: 'too_large',
    });
  });

  it('keeps only the file’s own name', () => {
    expect(cleanFileName('C:\\Users\\x\\Økonomi.pdf')).toBe('Økonomi.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a"b\n.pdf')).toBe('ab.pdf');
    expect(cleanFileName('')).toBe('bilag');
  });
});

describe('drafts', () => {
  const draft: DraftMeeting = {
    bodyName: 'Sundhedsråd Prøveby',
    heldOn: '2027-03-23',
    startTime: '16:00',
    location: 'Teams',
    participants: [
      { name: 'Anne', role: 'Formand', isAbsent: false },
      { name: 'Bo', role: null, isAbsent: true },
    ],
    items: [
      {
        ...itemFromTemplate('case', 'Sundhedsplan'),
        timeSlot: null,
        caseNumber: null,
        sections: [
          { kind: 'summary', heading: 'Resumé', text: 'Tekst.' },
          { kind: 'economy', heading: 'Økonomi', text: '   ' },
        ],
        decision: { text: 'Ad 1 – Godkendt.\nAd 2 – Udsat.', outcome: null, dissents: null, decidedOn: null },
        absentees: [{ name: 'Carl', role: 'Medlem' }],
        attachments: [{ title: 'Notat', isClosed: true }],
      },
    ],
  };

  it('publishes the agenda without decisions and absences, the minutes with them', () => {
    const agenda = draftDocument(draft, 'agenda');
    expect(agenda.documentType).toBe('dagsorden');
    expect(agenda.items[0].decision).toBeNull();
    expect(agenda.items[0].absent).toEqual([]);
    expect(agenda.participants.every((p) => !p.absent)).toBe(true);
    expect(agenda.items[0].sections).toEqual([{ heading: 'Resumé', text: 'Tekst.' }]);
    const minutes = draftDocument(draft, 'minutes');
    expect(minutes.documentType).toBe('referat');
    expect(minutes.items[0].number).toBe(1);
    expect(minutes.items[0].decision?.parts.map((part) => part.outcome)).toEqual(['approved', 'postponed']);
    expect(minutes.items[0].absent).toEqual([{ name: 'Carl', role: 'Medlem' }]);
    expect(minutes.items[0].attachments).toEqual([{ title: 'Notat', documentId: null, closed: true }]);
    expect(minutes.participants.find((p) => p.name === 'Bo')?.absent).toBe(true);
    expect(publicProjection(minutes).items[0].attachments).toEqual([]);
  });

  it('has the standard templates, the closed one closed', () => {
    expect(itemFromTemplate('approve_agenda').title).toBe('Godkendelse af dagsorden');
    expect(itemFromTemplate('meeting_calendar').title).toBe('Mødekalender');
    expect(itemFromTemplate('any_other_business').title).toBe('Eventuelt');
    expect(itemFromTemplate('closed').isClosed).toBe(true);
    expect(
      itemFromTemplate('case').sections.every((s) => (EDITABLE_SECTION_KINDS as readonly string[]).includes(s.kind)),
    ).toBe(true);
  });

  it('reads times, time slots and participant lines as Danes write them', () => {
    expect(normalizeClock('16.30')).toBe('16:30');
    expect(normalizeClock('kl. 9')).toBe('09:00');
    expect(normalizeClock('25:00')).toBeNull();
    expect(normalizeTimeSlot('16:30 – 17.00')).toBe('16.30-17.00');
    expect(normalizeTimeSlot('17.00-16.30')).toBeNull();
    const lines = 'Anne Hansen, Formand\n\n  Bo  \n';
    expect(parseParticipantLines(lines, false)).toEqual([
      { name: 'Anne Hansen', role: 'Formand', isAbsent: false },
      { name: 'Bo', role: null, isAbsent: false },
    ]);
    expect(participantLines(parseParticipantLines(lines, true))).toBe('Anne Hansen, Formand\nBo');
  });
});
