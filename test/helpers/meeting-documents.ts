/**
 * Hand-written meeting documents for the tests of the documents Protokol hands out (text, PDF) and
 * of loading them from the database: one of every kind of item the project holds, each in the
 * form the text reader gives (its sections carry its decision, absentees and attachments).
 */
import { makeDecision } from '../../src/domain/decision.js';
import type { AgendaItem, MeetingDocument } from '../../src/domain/meeting-document.js';

export const BODY = 'Sundhedsråd Fjordby';
export const DATE = '2026-03-23';

export function item(number: number, title: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    number,
    title,
    timeSlot: null,
    caseNumber: null,
    documentId: null,
    closed: false,
    sections: [],
    decision: null,
    attachments: [],
    absent: [],
    ...extra,
  };
}

export function minutes(items: AgendaItem[], extra: Partial<MeetingDocument> = {}): MeetingDocument {
  return {
    body: BODY,
    documentType: 'referat',
    date: DATE,
    startTime: '17:30',
    location: 'Mødelokale F, Sygehuset, Bygning F',
    participants: [
      { name: 'Anne Holm', party: 'O', organization: null, role: 'formand', absent: false },
      { name: 'Bo Bech', party: 'V', organization: null, role: null, absent: false },
      { name: 'Camilla Dalsgaard', party: null, organization: 'Haderslev Kommune', role: null, absent: false },
      { name: 'Dennis Ebbesen', party: null, organization: 'PLO', role: null, absent: true },
      { name: 'Ea Frost', party: 'A', organization: 'Region Syddanmark', role: 'Regionsrådsmedlem', absent: false },
      { name: 'Frederik Gram', party: null, organization: null, role: null, absent: false },
    ],
    items,
    warnings: [],
    sourceId: null,
    ...extra,
  };
}

export const dated = (text: string) => ({ heading: `Beslutning i ${BODY} den 23-03-2026`, text });

/** A decision as the reader records it, with the section that prints it. */
function decided(text: string, heading: 'dated' | 'undated' = 'dated') {
  const section = heading === 'dated' ? dated(text) : { heading: 'Beslutning', text };
  return { section, decision: makeDecision(text, heading === 'dated' ? DATE : null) };
}

const approval = decided('Godkendt.');
const planDecision = decided(
  'Ad 1 – Tiltrådt.\nAd 2 – Drøftet. Sekretariatet arbejder videre med forslagene.\nAd 3 – Udsat til næste møde.\n\nBo Bech (V) bakker ikke op om indstillingen.',
);

/** Minutes with every kind of item: open, closed (with and without content, "Lukket" in the title or not), time slot, decision parts and dissent, dated and undated decisions, attachments with document ids, absentees (one line and table), empty sections, labelled case number and UUID document id. */
export const COMPLETE = minutes([
  item(1, 'Godkendelse af dagsordenen', {
    caseNumber: '25/53155',
    sections: [
      { heading: 'Resumé', text: 'Dagsordenen godkendes.' },
      { heading: 'Indstilling', text: 'Det indstilles:\n\nAt sundhedsrådet godkender dagsordenen.' },
      approval.section,
    ],
    decision: approval.decision,
  }),
  item(2, 'Lukket', { closed: true }),
  item(3, 'Salg af en fiktiv grund', { closed: true, caseNumber: '26/1001' }),
  item(4, 'Lejeaftale for et fiktivt testcenter', {
    closed: true,
    caseNumber: 'EMN-2026-00404',
    documentId: '9000004',
    sections: [
      { heading: 'Sagsfremstilling', text: 'Lejeaftalen er fortrolig, indtil den er underskrevet.' },
      { heading: 'Indstilling', text: 'Det indstilles, at lejeaftalen godkendes.' },
      approval.section,
      { heading: 'Bilag', text: 'Udkast til lejeaftale (DokID: 9100001 - EMN-2026-00404)' },
    ],
    decision: approval.decision,
    attachments: [{ title: 'Udkast til lejeaftale', documentId: '9100001', caseNumber: 'EMN-2026-00404' }],
  }),
  item(5, 'Lukket: Køb af en fiktiv ejendom', {
    closed: true,
    caseNumber: '26/40003',
    sections: [{ heading: '', text: 'Godkendt. Købsaftalen offentliggøres, når den er tinglyst.' }],
    decision: makeDecision('Godkendt. Købsaftalen offentliggøres, når den er tinglyst.'),
  }),
  item(6, 'Drøftelse af proces for nærsundhedsplanen', {
    caseNumber: '26/10588',
    timeSlot: '18.00-18.30',
    sections: [
      {
        heading: 'Sagsfremstilling',
        text: 'Processen foreslås opdelt i faser:\n\n- Igangsætning (maj 2026)\n- Drøftelser af indhold (juni-oktober 2026)\n  - 12-12 seminar i august\n- Høring (november 2026)\n\nSe også <https://example.invalid/plan>.',
      },
      { heading: 'Økonomi', text: '' },
      { heading: 'Indstilling', text: 'Til drøftelse.' },
      planDecision.section,
      { heading: 'Fraværende', text: 'Dennis Ebbesen, Frederik Gram, V (formand)' },
      {
        heading: 'Bilag',
        text: 'Procesplan for nærsundhedsplanen.pdf\n\nHåndbog om sundhedsråd (DokID: 12470096)\n\nNotat om høring (DokID: 12470097 - 26/10588)',
      },
    ],
    decision: planDecision.decision,
    absent: [
      { name: 'Dennis Ebbesen', title: null, role: null, party: null },
      { name: 'Frederik Gram', title: null, role: 'formand', party: 'V' },
    ],
    attachments: [
      { title: 'Procesplan for nærsundhedsplanen.pdf', documentId: null, caseNumber: null },
      { title: 'Håndbog om sundhedsråd', documentId: '12470096', caseNumber: null },
      { title: 'Notat om høring', documentId: '12470097', caseNumber: '26/10588' },
    ],
  }),
  item(7, 'Orientering om spørgeordningen', {
    caseNumber: 'SAG 17',
    documentId: 'cccccccc-0000-4000-8000-000000000011',
    sections: [
      { heading: 'RESUMÉ', text: 'Regionsrådet har vedtaget en spørgeordning.' },
      { heading: 'Beslutning', text: 'Til orientering.' },
      {
        heading: 'Fraværende',
        text: 'Bo Bech\tRegionsrådsmedlem\tMedlem\t(V)\nCamilla Dalsgaard\tDirektør\tObservatør',
      },
    ],
    decision: makeDecision('Til orientering.'),
    absent: [
      { name: 'Bo Bech', title: 'Regionsrådsmedlem', role: 'Medlem', party: 'V' },
      { name: 'Camilla Dalsgaard', title: 'Direktør', role: 'Observatør', party: null },
    ],
  }),
  item(8, 'Mødekalender', {
    caseNumber: '00.01.00-A00-1-24',
    sections: [{ heading: 'Tidligere beslutninger', text: 'Mødekalenderen blev vedtaget i december.' }],
  }),
  item(9, 'Eventuelt', { caseNumber: '25/58516', sections: [dated('')], decision: makeDecision('', DATE) }),
]);

const TOPICS = [
  'nærsundhedsplanen',
  'lægedækningen i yderområderne',
  'akutsygeplejen',
  'sundheds- og omsorgspladser',
  'forløbsprogram for KOL',
  'genoptræning på specialiseret niveau',
  'den patientrettede forebyggelse',
  'psykiatriplanen 2026-2032',
  'samarbejdsaftale om udskrivelser',
  'rekruttering af praktiserende læger',
  'digitale konsultationer',
  'kulturprojekter på sundhedsområdet',
];
const VERBS = ['Godkendelse af', 'Drøftelse af', 'Orientering om', 'Status på', 'Beslutning om', 'Høring om'];
const SENTENCES = [
  'Sundhedsrådet drøfter, hvordan kommunerne og sygehuset i fællesskab kan styrke indsatsen for borgere med kronisk sygdom.',
  'Der er i budgetaftalen for 2026 afsat 487.500 kr. til formålet, og midlerne fordeles efter nøglen for sygdomsvægtede borgere.',
  'Arbejdsgruppen har siden sidste møde samlet erfaringer fra de fire kommuner og fra almen praksis.',
  'Forslaget bygger på den nationale sundhedsplan og skal være i overensstemmelse med den regionale sundhedsplan.',
  'Administrationen vurderer, at indsatsen kan gennemføres inden for den eksisterende ramme.',
  'Evalueringen viser færre genindlæggelser og større tilfredshed blandt patienter og pårørende.',
  'Sekretariatet følger op på sagen og forelægger en samlet status for sundhedsrådet i december.',
];
const DECISIONS = [
  'Godkendt.',
  'Taget til efterretning.',
  'Drøftet. Sekretariatet arbejder videre med de input, der kom på mødet.',
  'Ad 1 – Tiltrådt.\nAd 2 – Drøftet.',
  'Udsat til næste møde.',
  'Godkendt. Bo Bech (V) bakker ikke op om indstillingen.',
];

/**
 * A realistic meeting of `count` items (default 20): several paragraphs and lists per item, a
 * closed item every seventh, a long title, time slots, decisions, attachments and absentees.
 * Deterministic, so that page numbers and timings compare run to run.
 */
export function largeMeeting(count = 20): MeetingDocument {
  const paragraph = (i: number, n: number) =>
    Array.from({ length: n }, (_, k) => SENTENCES[(i * 3 + k) % SENTENCES.length]).join(' ');
  const items = Array.from({ length: count }, (_, i): AgendaItem => {
    const number = i + 1;
    const title =
      i === 5
        ? 'Drøftelse af input til Rammeaftale 2027-2028 for det specialiserede socialområde og specialundervisningsområdet'
        : `${VERBS[i % VERBS.length]} ${TOPICS[i % TOPICS.length]}`;
    if (i % 7 === 3) {
      return item(number, i % 2 ? 'Lukket' : `Salg af en fiktiv grund ${number}`, {
        closed: true,
        caseNumber: `26/${9000 + i}`,
        sections: [{ heading: 'Sagsfremstilling', text: 'Fortroligt indhold om et fiktivt salg.' }, dated('Godkendt.')],
        decision: makeDecision('Godkendt.', DATE),
      });
    }
    const decisionText = DECISIONS[i % DECISIONS.length];
    const sections = [
      { heading: 'Resumé', text: paragraph(i, 2) },
      {
        heading: 'Sagsfremstilling',
        text: [
          paragraph(i + 1, 4),
          paragraph(i + 2, 3),
          'Følgende faser foreslås:\n\n- Igangsætning og drøftelse af visioner (maj 2026)\n- Drøftelser af indhold (juni-oktober 2026)\n  - 12-12 seminar i august\n- Høring af udkast (november-december 2026)',
          paragraph(i + 3, 5),
        ].join('\n\n'),
      },
      ...(i % 3 === 0 ? [{ heading: 'Økonomi', text: paragraph(i + 4, 2) }] : []),
      { heading: 'Indstilling', text: 'Det indstilles,\n\nAt sundhedsrådet godkender den beskrevne proces.' },
      dated(decisionText),
      ...(i % 4 === 1 ? [{ heading: 'Fraværende', text: 'Dennis Ebbesen' }] : []),
      ...(i % 2 === 0
        ? [
            {
              heading: 'Bilag',
              text: `Notat om ${TOPICS[i % TOPICS.length]}.pdf\n\nPræsentation (DokID: ${12470000 + i})`,
            },
          ]
        : []),
    ];
    return item(number, title, {
      caseNumber: `26/${10000 + i * 37}`,
      timeSlot: i < 4 ? `${String(17 + Math.floor(i / 2)).padStart(2, '0')}.${i % 2 ? '30' : '00'}` : null,
      sections,
      decision: makeDecision(decisionText, DATE),
      absent: i % 4 === 1 ? [{ name: 'Dennis Ebbesen', title: null, role: null, party: null }] : [],
      attachments:
        i % 2 === 0
          ? [
              { title: `Notat om ${TOPICS[i % TOPICS.length]}.pdf`, documentId: null, caseNumber: null },
              { title: 'Præsentation', documentId: String(12470000 + i), caseNumber: null },
            ]
          : [],
    });
  });
  return minutes(items);
}
