/**
 * The plain-text export: the standard layout looks like the published minutes of the seeds, and
 * the importer reads it back to the same document — exactly, for hand-written documents of every
 * kind the project holds and for random documents (fast-check). Only `format`, `warnings` and the
 * items' `source` positions may differ, since they describe the reading, not the meeting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../src/domain/case-number.js';
import { isoDate } from '../../src/domain/danish-dates.js';
import { makeDecision } from '../../src/domain/decision.js';
import type {
  Absentee,
  AgendaItem,
  Attachment,
  MeetingDocument,
  Participant,
  Section,
} from '../../src/domain/meeting-document.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';
import {
  printedDocument,
  printedSections,
  renderMinutesText,
  TEXT_LAYOUTS,
} from '../../src/render/text/minutes-text.js';
import { COMPLETE, DATE, item, minutes } from '../helpers/meeting-documents.js';

async function parseText(text: string): Promise<MeetingDocument> {
  return parseMinutes({ bytes: new TextEncoder().encode(text), fileName: 'eksport.txt' });
}

/** What a round trip must keep: everything but how it was read. */
function comparable(document: MeetingDocument) {
  const { format: _format, warnings: _warnings, ...meeting } = document;
  return JSON.parse(JSON.stringify({ ...meeting, items: meeting.items.map(({ source: _source, ...item }) => item) }));
}

async function roundTrip(document: MeetingDocument): Promise<MeetingDocument> {
  return parseText(renderMinutesText(document, 'standard'));
}

// ---------------------------------------------------------------------------------------------
// Hand-written documents

describe('the standard layout', () => {
  it('looks like the published minutes of the seeds', () => {
    const document = minutes([COMPLETE.items[0], COMPLETE.items[1], COMPLETE.items[2]], {
      participants: COMPLETE.participants.slice(0, 4),
    });
    expect(renderMinutesText(document, 'standard')).toBe(
      [
        '',
        '',
        'REFERAT Sundhedsråd Fjordby d. 23-03-2026',
        '',
        'Mødedato Mandag d. 23. marts 2026 kl. 17:30',
        '',
        'Mødested Mødelokale F, Sygehuset, Bygning F',
        '',
        'Mødedeltagere Anne Holm, O (formand), Bo Bech, V, Camilla Dalsgaard, Haderslev Kommune, Dennis Ebbesen, PLO (Fravær)',
        '',
        'Indholdsfortegnelse',
        '',
        'Godkendelse af dagsordenen.....\t3',
        'Lukket.....\t5',
        'Salg af en fiktiv grund (Lukket).....\t7',
        '',
        'Punkt 1: Godkendelse af dagsordenen',
        '',
        '25/53155',
        '',
        'Resumé',
        '',
        'Dagsordenen godkendes.',
        '',
        'Indstilling',
        '',
        'Det indstilles:',
        '',
        'At sundhedsrådet godkender dagsordenen.',
        '',
        'Beslutning i Sundhedsråd Fjordby den 23-03-2026',
        '',
        'Godkendt.',
        '',
        'Punkt 2: Lukket',
        '',
        'Punkt 3: Salg af en fiktiv grund (Lukket)',
        '',
        '26/1001',
        '',
      ].join('\n'),
    );
  });

  it('prints absentees on one line under the item, as the seeds do', () => {
    const text = renderMinutesText(COMPLETE, 'standard');
    expect(text).toContain('\n\nFraværende Dennis Ebbesen, Frederik Gram, V (formand)\n\n');
    expect(text).toContain('\n\nPunkt 6: Drøftelse af proces for nærsundhedsplanen (18.00-18.30)\n\n26/10588\n\n');
    expect(text).toContain('\n\nSags ID: SAG 17\n\nDok ID: cccccccc-0000-4000-8000-000000000011\n\n');
  });

  it('reads back to exactly the same document, every kind of item included', async () => {
    const back = await roundTrip(COMPLETE);
    expect(comparable(back)).toEqual(comparable(COMPLETE));
    expect(back.warnings).toEqual([]);
    expect(back.format).toBe('text-firstagenda');
  });

  it('reads back what the public may see: closed items with number and title only', async () => {
    const publicDocument = minutes(
      COMPLETE.items.map((it) => (it.closed ? item(it.number, it.title, { closed: true, timeSlot: it.timeSlot }) : it)),
    );
    const back = await roundTrip(publicDocument);
    expect(comparable(back)).toEqual(comparable(publicDocument));
    const closed = back.items.filter((it) => it.closed);
    expect(closed.map((it) => it.title)).toEqual([
      'Lukket',
      'Salg af en fiktiv grund',
      'Lejeaftale for et fiktivt testcenter',
      'Lukket: Køb af en fiktiv ejendom',
    ]);
    for (const it of closed) {
      expect(it).toMatchObject({ caseNumber: null, documentId: null, sections: [], decision: null, attachments: [] });
    }
  });

  it('reads back an agenda (dagsorden) without decisions, start time or place', async () => {
    const agenda = minutes(
      [
        item(715, 'Meddelelser fra formanden', {
          caseNumber: '24-004678',
          sections: [
            { heading: 'Resume', text: 'Formanden orienterer om aktuelle sager.' },
            { heading: 'indstilling', text: 'Det indstilles, at orienteringen tages til efterretning.' },
            { heading: 'Beslutning', text: '' },
          ],
        }),
        item(716, 'Udbud af fiktive hjælpemidler', { closed: true, caseNumber: '20-055908K' }),
        item(718, 'Eventuelt'),
      ],
      { documentType: 'dagsorden', startTime: null, location: null, participants: [] },
    );
    const back = await roundTrip(agenda);
    expect(comparable(back)).toEqual(comparable(agenda));
    expect(back.warnings).toEqual([]);
  });

  it('completes a document whose decision, absentees and attachments no section carries, and reads that back', async () => {
    const bare = minutes([
      item(1, 'Status på akutsygeplejen', {
        caseNumber: '26/2001',
        sections: [{ heading: 'Resumé', text: 'Status gives på mødet.' }],
        decision: makeDecision('Taget til efterretning.', DATE),
        absent: [{ name: 'Bo Bech', title: null, role: null, party: 'V' }],
        attachments: [{ title: 'Statusnotat', documentId: '555001', caseNumber: null }],
      }),
      item(2, 'Beslutning om fælles kommunikation', {
        sections: [],
        decision: makeDecision('Ikke godkendt. Anne Holm (O) stemte imod.', null),
      }),
    ]);
    const printed = printedDocument(bare);
    expect(printed.items[0].sections.map((s) => s.heading)).toEqual([
      'Resumé',
      'Beslutning i Sundhedsråd Fjordby den 23-03-2026',
      'Fraværende',
      'Bilag',
    ]);
    expect(printed.items[1].sections).toEqual([{ heading: 'Beslutning', text: bare.items[1].decision!.text }]);
    const back = await roundTrip(bare);
    expect(comparable(back)).toEqual(comparable(printed));
    expect(comparable(printedDocument(back))).toEqual(comparable(back));
  });

  it('prints each section of a complete item once, in order', () => {
    const it6 = COMPLETE.items[5];
    expect(printedSections(COMPLETE, it6)).toEqual(it6.sections);
    const text = renderMinutesText(COMPLETE, 'standard');
    expect(text.split('Ad 1 – Tiltrådt.').length).toBe(2);
    expect(text.split('Godkendt. Købsaftalen').length).toBe(2);
  });
});

describe('the other layouts', () => {
  const closedWithDecision = COMPLETE.items[4];

  it.each(TEXT_LAYOUTS)('%s: prints an unheaded decision of a closed item once', (layout) => {
    const text = renderMinutesText(minutes([closedWithDecision]), layout);
    expect(text.split('Købsaftalen offentliggøres').length).toBe(2);
  });

  it.each(TEXT_LAYOUTS)('%s: prints the case number of a closed item without sections', async (layout) => {
    const document = minutes([COMPLETE.items[0], COMPLETE.items[2]]);
    const text = renderMinutesText(document, layout);
    expect(text).toContain('26/1001');
    const back = await parseText(text);
    expect(back.items[1]).toMatchObject({ closed: true, caseNumber: '26/1001', title: 'Salg af en fiktiv grund' });
  });

  it.each(TEXT_LAYOUTS)('%s: stays importable, closed items and decisions kept', async (layout) => {
    const back = await parseText(renderMinutesText(COMPLETE, layout));
    expect(back.items.map((it) => it.number)).toEqual(COMPLETE.items.map((it) => it.number));
    expect(back.items.map((it) => it.closed)).toEqual(COMPLETE.items.map((it) => it.closed));
    // An empty decision is only read as one under a dated heading, which these layouts do not all print.
    expect(back.items.map((it) => it.decision?.text || null)).toEqual(
      COMPLETE.items.map((it) => it.decision?.text || null),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Random documents

const WORDS = (
  'sundhedsrådet kommunerne regionen samarbejdet borgerne sygehuset indsatsen udvalget arbejdsgruppen ' +
  'praksis læger sygeplejersker planen økonomien rammen midlerne projektet evalueringen status forslaget ' +
  'processen opgaverne fordelingen reformen implementeringen dialogen aftalen kvaliteten tilbuddene ' +
  'pladserne forløbene patienterne pårørende data viden erfaringer opfølgning tidsplanen skal kan vil ' +
  'bliver har er blev drøftes styrkes udbygges fremover samlet løbende særligt desuden tæt nært ' +
  'lægedækning akutsygepleje genoptræning forebyggelse psykiatri ældre unge børn hjemmet 2026 2027 ' +
  '487.500 kr. 2,5 mio. 12 procent «tryg» "hjem" Aabenraa Sønderborg Tønder Haderslev'
).split(' ');
const TITLE_VERBS = ['Godkendelse af', 'Drøftelse af', 'Orientering om', 'Status på', 'Beslutning om', 'Høring om'];
const TITLE_TOPICS = [
  'nærsundhedsplanen',
  'lægedækningen i yderområderne',
  'akutsygeplejen',
  'sundheds- og omsorgspladser',
  'forløbsprogram for KOL',
  'den patientrettede forebyggelse',
  'psykiatriplanen 2026-2032',
  'samarbejdsaftale om udskrivelser',
  'kulturprojekter på sundhedsområdet',
  'Rammeaftale 2027-2028 for det specialiserede socialområde og specialundervisningsområdet',
];
const BODIES = [
  'Sundhedsråd Fjordby',
  'Sundhedsklynge Bakkeland',
  'Sundhedssamarbejdsudvalget Åby',
  'Sundhedsdirektørkredsen Vesterland',
];
const FIRST = ['Anne', 'Bo', 'Camilla', 'Dennis', 'Ea', 'Frederik', 'Gitte', 'Henrik', 'Ida', 'Jens', 'Åse', 'Øjvind'];
const LAST = ['Ahlgren', 'Bech', 'Dalsgaard', 'Holm', 'Juul', 'Møller', 'Nørgaard', 'Østergaard', 'Aff Bredegaard'];
const PARTIES = ['V', 'A', 'C', 'F', 'O', 'B', 'Ø', 'I', 'SF'];
const ORGANIZATIONS = ['Aabenraa Kommune', 'PLO', 'Region Syddanmark', 'Sygehus Sønderjylland', 'KL'];
const ROLES = ['formand', 'næstformand', 'Medlem', 'Regionsrådsmedlem', 'Borgmester'];
const HEADINGS = [
  'Resumé',
  'Sagsfremstilling',
  'Indstilling',
  'Økonomi',
  'Tidligere beslutninger',
  'Klimavurdering',
  'Deltagelse',
  'Proces',
  'RESUMÉ',
  'SAGSFREMSTILLING',
];
const OUTCOMES = [
  'Godkendt.',
  'Tiltrådt.',
  'Taget til efterretning.',
  'Til orientering.',
  'Drøftet.',
  'Udsat til næste møde.',
  'Indstillingen blev ikke godkendt.',
  'Anbefalet over for regionsrådet.',
];
const DISSENTS = ['bakker ikke op om indstillingen.', 'stemte imod.', 'tager forbehold for økonomien.'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const sentence = fc
  .array(pick(WORDS), { minLength: 3, maxLength: 14 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const list = fc
  .array(fc.tuple(fc.boolean(), fc.array(pick(WORDS), { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 5 })
  .map((entries) =>
    entries.map(([nested, words], i) => `${nested && i > 0 ? '  ' : ''}- ${words.join(' ')}`).join('\n'),
  );
const sectionText = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: list }), { maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'));
const personName = fc.tuple(pick(FIRST), pick(LAST)).map(([first, last]) => `${first} ${last}`);
const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const caseNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 10, max: 29 }), fc.integer({ min: 1, max: 99999 })).map(([y, n]) => `${y}/${n}`),
  fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 100, max: 99999 })).map(([y, n]) => `EMN-${y}-${n}`),
  fc.integer({ min: 1, max: 999 }).map((n) => `00.01.00-A00-${n}-24`),
  fc.integer({ min: 1, max: 999 }).map((n) => `SAG ${n}`),
);
const documentId = fc.oneof(fc.integer({ min: 1, max: 99999999 }).map(String), fc.uuid());
const decisionText = fc.oneof(
  fc.tuple(pick(OUTCOMES), fc.array(sentence, { maxLength: 2 })).map(([outcome, more]) => [outcome, ...more].join(' ')),
  fc
    .array(pick(OUTCOMES), { minLength: 2, maxLength: 4 })
    .map((outcomes) => outcomes.map((outcome, i) => `Ad ${i + 1} – ${outcome}`).join('\n')),
  fc
    .tuple(pick(OUTCOMES), personName, pick(PARTIES), pick(DISSENTS))
    .map(([outcome, name, party, dissent]) => `${outcome}\n\n${name} (${party}) ${dissent}`),
);

const participant: fc.Arbitrary<Participant> = fc.record({
  name: personName,
  party: maybe(pick(PARTIES)),
  organization: maybe(pick(ORGANIZATIONS)),
  role: maybe(pick(ROLES)),
  absent: fc.boolean(),
});

const absentee: fc.Arbitrary<Absentee> = fc.record({
  name: personName,
  title: fc.constant(null),
  role: maybe(pick(ROLES)),
  party: maybe(pick(PARTIES)),
});
// A title that is a bare number alone on its line would be read as a page stamp: titles start with a word.
const ATTACHMENT_KINDS = ['Notat', 'Præsentation', 'Referat', 'Rapport', 'Høringssvar', 'Procesplan', 'Oversigt'];
const attachment: fc.Arbitrary<Attachment> = fc
  .tuple(
    pick(ATTACHMENT_KINDS),
    fc.array(pick(WORDS), { maxLength: 6 }),
    maybe(documentId),
    maybe(caseNumber),
    fc.boolean(),
  )
  .map(([kind, words, id, caseNo, pdf]) => ({
    title: `${[kind, ...words].join(' ')}${pdf ? '.pdf' : ''}`,
    documentId: id && /^\d+$/.test(id) ? id : null,
    // The reader takes an attachment's case number only in a form it knows (the item's may have a label).
    caseNumber: id && /^\d+$/.test(id) && caseNo && parseCaseNumber(caseNo) === caseNo ? caseNo : null,
  }));

interface ItemPlan {
  closed: 'open' | 'closed-public' | 'closed-member' | 'closed-unheaded';
  title: string;
  titleSaysClosed: boolean;
  timeSlot: string | null;
  caseNumber: string | null;
  documentId: string | null;
  sections: Section[];
  decision: { text: string; dated: boolean; at: number; carried: boolean } | null;
  emptyDecisionHeading: boolean;
  absent: { people: Absentee[]; carried: boolean };
  attachments: { list: Attachment[]; carried: boolean };
}

const itemPlan: fc.Arbitrary<ItemPlan> = fc.record({
  closed: fc.constantFrom('open', 'open', 'open', 'closed-public', 'closed-member', 'closed-unheaded'),
  title: fc.oneof(
    fc.tuple(pick(TITLE_VERBS), pick(TITLE_TOPICS)).map(([verb, topic]) => `${verb} ${topic}`),
    fc.constantFrom('Eventuelt', 'Mødekalender', 'Evt./Gensidig orientering'),
  ),
  titleSaysClosed: fc.boolean(),
  timeSlot: maybe(
    fc
      .tuple(twoDigits(23), twoDigits(59), fc.option(fc.tuple(twoDigits(23), twoDigits(59)), { nil: null }))
      .map(([h, m, end]) => (end ? `${h}.${m}-${end[0]}.${end[1]}` : `${h}.${m}`)),
  ),
  caseNumber: maybe(caseNumber),
  documentId: maybe(documentId),
  sections: fc
    .uniqueArray(pick(HEADINGS), { maxLength: 4 })
    .chain((headings) =>
      fc.tuple(...headings.map((heading) => sectionText.map((text) => ({ heading, text })))).map((s) => [...s]),
    ),
  decision: maybe(fc.record({ text: decisionText, dated: fc.boolean(), at: fc.nat(), carried: fc.boolean() })),
  emptyDecisionHeading: fc.boolean(),
  absent: fc.record({
    people: fc.uniqueArray(absentee, { maxLength: 3, selector: (a) => a.name.toLowerCase() }),
    carried: fc.boolean(),
  }),
  attachments: fc.record({
    list: fc.uniqueArray(attachment, { maxLength: 3, selector: attachmentKey }),
    carried: fc.boolean(),
  }),
});

/** As the reader merges attachments: one per title, whatever its case, extension and punctuation. */
function attachmentKey(a: Attachment): string {
  return a.title
    .toLowerCase()
    .replace(/\.pdf$/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function absenteeLine(people: Absentee[]): string {
  return people.map((a) => `${a.party ? `${a.name}, ${a.party}` : a.name}${a.role ? ` (${a.role})` : ''}`).join(', ');
}

function attachmentLine(a: Attachment): string {
  return a.documentId ? `${a.title} (DokID: ${a.documentId}${a.caseNumber ? ` - ${a.caseNumber}` : ''})` : a.title;
}

/** A document as the project holds it: the printed sections carry what the item records, or not (then printing adds them). */
function buildDocument(
  header: {
    body: string;
    documentType: 'referat' | 'dagsorden';
    date: string;
    startTime: string | null;
    location: string | null;
    participants: Participant[];
    firstNumber: number;
    steps: number[];
  },
  plans: ItemPlan[],
): MeetingDocument {
  let number = header.firstNumber;
  const items = plans.map((plan, i): AgendaItem => {
    if (i > 0) number += header.steps[i] ?? 1;
    const closed = plan.closed !== 'open';
    const title = closed && plan.titleSaysClosed ? `Lukket: ${plan.title}` : plan.title;
    const base = item(number, title, { closed, timeSlot: plan.timeSlot });
    if (plan.closed === 'closed-public') return base;
    base.caseNumber = plan.caseNumber;
    base.documentId = plan.closed === 'closed-unheaded' ? null : plan.documentId;
    const isMinutes = header.documentType === 'referat';
    if (plan.closed === 'closed-unheaded') {
      const text = plan.decision?.text ?? 'Godkendt.';
      base.sections = [{ heading: '', text }];
      base.decision = isMinutes ? makeDecision(text) : null;
      if (!isMinutes) base.sections = [];
      return base;
    }
    const sections = [...plan.sections];
    if (isMinutes && plan.decision) {
      const date = plan.decision.dated ? header.date : null;
      base.decision = makeDecision(plan.decision.text, date);
      if (plan.decision.carried) {
        const heading = date ? `Beslutning i ${header.body} den ${date.split('-').reverse().join('-')}` : 'Beslutning';
        sections.splice(plan.decision.at % (sections.length + 1), 0, { heading, text: base.decision.text });
      }
    } else if (plan.emptyDecisionHeading) {
      sections.push({ heading: 'Beslutning', text: '' });
    }
    base.absent = plan.absent.people.map((a) => ({ ...a }));
    if (plan.absent.carried && base.absent.length > 0) {
      sections.push({ heading: 'Fraværende', text: absenteeLine(base.absent) });
    }
    base.attachments = plan.attachments.list.map((a) => ({ ...a }));
    if (plan.attachments.carried && base.attachments.length > 0) {
      sections.push({ heading: 'Bilag', text: base.attachments.map(attachmentLine).join('\n\n') });
    }
    base.sections = sections;
    return base;
  });
  return {
    body: header.body,
    documentType: header.documentType,
    date: header.date,
    startTime: header.startTime,
    location: header.location,
    participants: header.participants,
    items,
    warnings: [],
    sourceId: null,
  };
}

const meetingDate = fc
  .tuple(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => isoDate(y, m, d))
  .filter((date): date is string => date !== null);

const randomDocument = fc
  .tuple(
    fc.record({
      body: pick(BODIES),
      documentType: fc.constantFrom('referat' as const, 'referat' as const, 'dagsorden' as const),
      date: meetingDate,
      startTime: maybe(fc.tuple(twoDigits(23), twoDigits(59)).map(([h, m]) => `${h}:${m}`)),
      location: maybe(
        pick(['Teams', 'Video', 'Mødelokale F, Sygehus Sønderjylland, Bygning F', 'Regionshuset, lokale 21']),
      ),
      participants: fc.array(participant, { maxLength: 8 }),
      firstNumber: fc.constantFrom(1, 1, 715),
      steps: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 8 }),
    }),
    fc.array(itemPlan, { minLength: 1, maxLength: 8 }),
  )
  .map(([header, plans]) => buildDocument(header, plans));

describe('the standard layout: random documents', () => {
  it('reads back exactly its printed form, which is the document itself when its sections carry everything', async () => {
    await fc.assert(
      fc.asyncProperty(randomDocument, async (document) => {
        const printed = printedDocument(document);
        // Printing is idempotent and changes nothing when the sections already carry everything.
        expect(comparable(printedDocument(printed))).toEqual(comparable(printed));
        expect(renderMinutesText(printed, 'standard')).toBe(renderMinutesText(document, 'standard'));
        const back = await roundTrip(document);
        expect(comparable(back)).toEqual(comparable(printed));
      }),
      { numRuns: 300 },
    );
  });

  it('gives back exactly a document that came from a text layout', async () => {
    await fc.assert(
      fc.asyncProperty(randomDocument, async (document) => {
        const once = await roundTrip(document);
        const twice = await roundTrip(once);
        expect(comparable(twice)).toEqual(comparable(once));
      }),
      { numRuns: 100 },
    );
  });
});
