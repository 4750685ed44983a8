/**
 * The refiners: the rules every layout shares, run on hand-made drafts as any reader produces
 * them, in the one documented order.
 */
import { describe, expect, it } from 'vitest';
import { type DraftDocument, type DraftItem, draftDocument, draftItem, finish } from '../../src/importer/draft.js';
import { REFINERS, refine } from '../../src/importer/refiners/index.js';

const MEETING = { body: 'Sundhedsråd Prøvekyst', date: '2026-05-12' };

function draft(items: DraftItem[], extra: Partial<DraftDocument> = {}): DraftDocument {
  return draftDocument({ ...MEETING, documentType: 'referat', items, ...extra });
}

function refined(items: DraftItem[], extra: Partial<DraftDocument> = {}, printsDocumentType = true) {
  return finish(refine(draft(items, extra), { printsDocumentType }), 'test');
}

const decisionHeading = (heading: string, text: string, date: string | null, body: string | null = null) => ({
  heading,
  text,
  decision: { date, body },
});

const itemWith = (...sections: DraftItem['sections']) => draftItem({ number: 1, title: 'Test', sections });

describe('the order', () => {
  it('is written in one place', () => {
    expect(REFINERS.map((r) => r.name)).toEqual([
      'closed-items',
      'case-numbers',
      'decisions',
      'participants',
      'table-of-contents',
      'numbering',
      'document-type',
    ]);
  });
});

describe("this meeting's decision", () => {
  it("takes this body's decision of the meeting day, not another body's or an earlier one", () => {
    const { items, warnings } = refined([
      itemWith(
        decisionHeading(
          'Beslutning i Sundhedsråd Prøvekyst den 10-03-2026',
          'Udsat.',
          '2026-03-10',
          'sundhedsråd prøvekyst',
        ),
        decisionHeading('Beslutning i Økonomiudvalget den 12-05-2026', 'Anbefales.', '2026-05-12', 'økonomiudvalget'),
        decisionHeading(
          'Beslutning i Sundhedsråd Prøvekyst den 12-05-2026',
          'Godkendt.',
          '2026-05-12',
          'sundhedsråd prøvekyst',
        ),
      ),
    ]);
    expect(items[0].decision).toMatchObject({ text: 'Godkendt.', outcome: 'approved', date: '2026-05-12' });
    expect(warnings).toEqual([]);
  });

  it('takes an undated "Beslutning" with text before another body\'s of the same day', () => {
    const { items } = refined([
      itemWith(
        decisionHeading('Beslutning i Økonomiudvalget den 12-05-2026', 'Anbefales.', '2026-05-12', 'økonomiudvalget'),
        decisionHeading('Beslutning', '', null),
        decisionHeading('Beslutning', 'Ikke godkendt.', null),
      ),
    ]);
    expect(items[0].decision).toMatchObject({ text: 'Ikke godkendt.', outcome: 'rejected', date: null });
  });

  it('records none, with a warning, when only an earlier decision is printed', () => {
    const { items, warnings } = refined([
      itemWith(decisionHeading('Beslutning i Sundhedsråd Prøvekyst den 10-03-2026', 'Udsat.', '2026-03-10')),
    ]);
    expect(items[0].decision).toBeNull();
    expect(items[0].sections).toHaveLength(1);
    expect(warnings).toEqual([
      'Punkt 1: beslutningen »Beslutning i Sundhedsråd Prøvekyst den 10-03-2026« har ikke mødets dato (2026-05-12); den er ikke brugt som mødets beslutning.',
    ]);
  });
});

describe("this meeting's decision: what is none, closed items, absentees", () => {
  it('never takes a decision quoted under "Sagsforløb" or one without letters or digits', () => {
    const { items } = refined([
      itemWith(decisionHeading('Sagsforløb', 'Godkendt.', null)),
      draftItem({ number: 2, title: 'To', sections: [decisionHeading('Beslutning', '.', null)] }),
    ]);
    expect(items.map((item) => item.decision)).toEqual([null, null]);
  });

  it("takes a closed item's text without heading as its decision", () => {
    const { items } = refined([
      draftItem({
        number: 1,
        title: 'Lukket: Salg af fiktiv grund',
        sections: [{ heading: '', text: 'Godkendt.', decision: null }],
      }),
    ]);
    expect(items[0]).toMatchObject({ closed: true, decision: { text: 'Godkendt.', outcome: 'approved' } });
  });

  it('moves "Afbud: …" out of the decision into the absentees, once each', () => {
    const { items } = refined([
      draftItem({
        number: 1,
        title: 'Test',
        sections: [decisionHeading('Beslutning', 'Godkendt.\n\nAfbud: Anne Test (A) og Bo Prøve.', null)],
        absent: [{ name: 'Bo Prøve', party: null }],
      }),
    ]);
    expect(items[0].decision?.text).toBe('Godkendt.');
    expect(items[0].sections[0].text).toBe('Godkendt.\n\nAfbud: Anne Test (A) og Bo Prøve.');
    expect(items[0].absent).toEqual([
      { name: 'Bo Prøve', party: null },
      { name: 'Anne Test', party: 'A' },
    ]);
  });
});

describe('participants', () => {
  const people = [
    { name: 'Anne Test', party: null, organization: 'Testby Kommune', role: null, absent: false },
    { name: 'Bo Prøve', party: null, organization: 'PLO', role: null, absent: false },
  ];

  it("reads a decision section that is a table of people as the item's participants, not as a decision", () => {
    const { items, participants } = refined([
      draftItem({
        number: 1,
        title: 'Deltagere',
        sections: [{ ...decisionHeading('Beslutning', 'Navn\tOrganisation', null), people }],
      }),
    ]);
    expect(items[0].decision).toBeNull();
    expect(participants).toEqual(people);
  });

  it('keeps the participants the header lists, else takes the tables of the items once each', () => {
    const header = [{ ...people[0], organization: null }];
    expect(
      refined([draftItem({ number: 1, title: 'A', tableParticipants: people })], { participants: header }).participants,
    ).toEqual(header);
    const fromTables = refined([
      draftItem({ number: 1, title: 'A', tableParticipants: people }),
      draftItem({ number: 2, title: 'B', tableParticipants: [people[1]] }),
    ]).participants;
    expect(fromTables).toEqual(people);
  });
});

describe('closed items, case numbers, contents, numbering, document type', () => {
  it('closes an item whose title says "Lukket", not one about "Lukketid"', () => {
    const { items } = refined([
      draftItem({ number: 1, title: 'Lukket: Køb af ejendom' }),
      draftItem({ number: 2, title: 'Lukketid for apoteker' }),
    ]);
    expect(items.map((item) => item.closed)).toEqual([true, false]);
  });

  it('cleans case numbers and ids, and a zero GUID is no id', () => {
    const document = refined(
      [
        draftItem({
          number: 1,
          title: 'A',
          caseNumber: ' 26/1234. ',
          documentId: '00000000-0000-0000-0000-000000000000',
          attachments: [{ title: 'Bilag', documentId: '', caseNumber: 'EMN-2025-012345,' }],
        }),
      ],
      { sourceId: '00000000-0000-0000-0000-000000000000' },
    );
    expect(document.items[0]).toMatchObject({ caseNumber: '26/1234', documentId: null });
    expect(document.items[0].attachments).toEqual([
      { title: 'Bilag', documentId: null, caseNumber: 'EMN-2025-012345' },
    ]);
    expect(document.sourceId).toBeNull();
  });

  it('warns where the contents count other items or give an item another title; the headings win', () => {
    const { items, warnings } = refined(
      [
        draftItem({ number: 1, title: 'Godkendelse af dagsorden', tocTitle: 'Godkendelse af dagsorden (14.00-14.05)' }),
        draftItem({ number: 2, title: 'Orientering om budget', tocTitle: 'Orientering om regnskab' }),
      ],
      { tocEntries: 3 },
    );
    expect(items[1].title).toBe('Orientering om budget');
    expect(warnings).toEqual([
      'Indholdsfortegnelsen har 3 punkter, men teksten har 2 punktoverskrifter; overskrifterne er brugt.',
      'Punkt 2: titlen i indholdsfortegnelsen (»Orientering om regnskab«) afviger fra overskriften (»Orientering om budget«); overskriften er brugt.',
    ]);
  });
});

describe('numbering, document type, the order of warnings', () => {
  it('warns where item numbers do not rise', () => {
    const { warnings } = refined([
      draftItem({ number: 2, title: 'A' }),
      draftItem({ number: 1, title: 'B', source: { line: 40, page: 3 } }),
    ]);
    expect(warnings).toEqual(['Punkt 1 (linje 40) følger efter punkt 2; numrene stiger ikke.']);
  });

  it('chooses agenda or minutes from the decisions, warning where the layout normally says', () => {
    const decided = () => [
      draftItem({ number: 1, title: 'A', sections: [decisionHeading('Beslutning', 'Godkendt.', null)] }),
    ];
    expect(refined(decided(), { documentType: null })).toMatchObject({
      documentType: 'referat',
      warnings: [
        'Teksten siger ikke, om den er dagsorden eller referat; »referat« er valgt ud fra, om der er beslutninger.',
      ],
    });
    expect(refined([draftItem({ number: 1, title: 'A' })], { documentType: null }, false)).toMatchObject({
      documentType: 'dagsorden',
      warnings: [],
    });
    expect(refined(decided(), { documentType: 'dagsorden' })).toMatchObject({
      documentType: 'dagsorden',
      warnings: [],
    });
  });

  it("orders warnings: the document's, then each item's, then the conclusions", () => {
    const items = [
      draftItem({ number: 2, title: 'A', warnings: ['Punkt 2: fra læseren.'] }),
      draftItem({ number: 1, title: 'B', sections: [decisionHeading('Beslutning', 'Udsat.', '2020-01-01')] }),
    ];
    const { warnings } = refined(items, { warnings: ['Dokumentet: fra læseren.'], documentType: null });
    expect(warnings).toEqual([
      'Dokumentet: fra læseren.',
      'Punkt 2: fra læseren.',
      'Punkt 1: beslutningen »Beslutning« har ikke mødets dato (2026-05-12); den er ikke brugt som mødets beslutning.',
      'Punkt 1 følger efter punkt 2; numrene stiger ikke.',
      'Teksten siger ikke, om den er dagsorden eller referat; »dagsorden« er valgt ud fra, om der er beslutninger.',
    ]);
  });
});
