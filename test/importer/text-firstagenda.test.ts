/**
 * The text reader on whole documents: titles wrapped over lines, the choice of this meeting's
 * decision, the header, paged PDF text, detection and its errors.
 */
import { describe, expect, it } from 'vitest';
import { decisionDissents, decisionOutcome, makeDecision } from '../../src/domain/decision.js';
import { bodyFromTitle, matchLabel } from '../../src/importer/formats/text/header.js';
import { textFirstAgenda } from '../../src/importer/formats/text-firstagenda.js';
import { ReadError, type Source } from '../../src/importer/source.js';

function source(text: string, extra: Partial<Source> = {}): Source {
  return { fileName: 'test.txt', kind: 'text', text, lines: text.split('\n'), ...extra };
}

const HEADER = ['REFERAT Sundhedsråd Testby d. 14-04-2026', '', 'Mødedato Tirsdag d. 14. april 2026 kl. 16:00', ''];

function minutes(...body: string[]): Source {
  return source([...HEADER, ...body].join('\n'));
}

describe('titles wrapped over lines', () => {
  it('joins a title wrapped over two lines, guided by the table of contents', () => {
    const document = textFirstAgenda.read(
      minutes(
        'Indholdsfortegnelse',
        '',
        'Drøftelse af en lang og fiktiv titel om bevægelse og trivsel for ældre borgere i Testby og i omegnen.....\t3',
        '',
        'Punkt 1: Drøftelse af en lang og fiktiv titel om bevægelse og trivsel for ældre borgere i Testby og',
        '',
        'i omegnen (10.00-10.30)',
        '',
        '26/1234',
        '',
        'Beslutning i Sundhedsråd Testby den 14-04-2026',
        '',
        'Drøftet.',
      ),
    );
    expect(document.items[0]).toMatchObject({
      title: 'Drøftelse af en lang og fiktiv titel om bevægelse og trivsel for ældre borgere i Testby og i omegnen',
      timeSlot: '10.00-10.30',
      caseNumber: '26/1234',
    });
    expect(document.warnings).toEqual([]);
  });
});

describe('titles that wrap at a hyphen, and the case number after them', () => {
  const itemOf = (...body: string[]) => textFirstAgenda.read(minutes(...body)).items[0];
  const toc = (title: string) => ['Indholdsfortegnelse', '', `${title}.....\t3`, ''];

  it('keeps the line after "2030-" and the EMN case number, where the contents give the whole title', () => {
    const item = itemOf(
      ...toc('Godkendelse af 2030-fremskrivning af kapaciteten'),
      'Punkt 1: Godkendelse af 2030-',
      'fremskrivning af kapaciteten',
      '',
      'EMN-2025-012345',
      '',
      'Beslutning i Sundhedsråd Testby den 14-04-2026',
      '',
      'Godkendt.',
    );
    expect(item).toMatchObject({
      title: 'Godkendelse af 2030-fremskrivning af kapaciteten',
      caseNumber: 'EMN-2025-012345',
    });
    expect(item.sections.map((s) => s.heading)).toEqual(['Beslutning i Sundhedsråd Testby den 14-04-2026']);
  });

  it('keeps "Sundheds- og" as printed and binds "2027-" to "2028"', () => {
    expect(itemOf('Punkt 1: Orientering fra Sundheds-', 'og Omsorgsudvalget', '', '26/1').title).toBe(
      'Orientering fra Sundheds- og Omsorgsudvalget',
    );
    expect(itemOf(...toc('Rammeaftale 2027-2028'), 'Punkt 1: Rammeaftale 2027-', '2028', '', '26/1').title).toBe(
      'Rammeaftale 2027-2028',
    );
  });

  it('runs a title up to the case number on the line after it, where the title rules alone would stop', () => {
    const item = itemOf('Punkt 1: Status på sundhedshusene', 'Testby Nord og Testby Syd', '', 'EMN-2025-012347');
    expect(item).toMatchObject({
      title: 'Status på sundhedshusene Testby Nord og Testby Syd',
      caseNumber: 'EMN-2025-012347',
    });
  });

  it('does not run a title into a sentence, a table of contents line or past its time slot', () => {
    for (const [second, title] of [
      ['Formanden bød velkommen.', 'Godkendelse af dagsorden'],
      ['Eventuelt.....\t4', 'Godkendelse af dagsorden'],
    ]) {
      expect(itemOf('Punkt 1: Godkendelse af dagsorden', second, '', '26/1')).toMatchObject({
        title,
        caseNumber: null,
      });
    }
    const slotted = itemOf('Punkt 1: Orientering (14.30-15.00)', 'Bilag til orienteringen', '', '26/1');
    expect(slotted).toMatchObject({ title: 'Orientering', timeSlot: '14.30-15.00', caseNumber: null });
  });
});

describe("this meeting's decision", () => {
  const decisionOf = (...body: string[]) =>
    textFirstAgenda.read(minutes('Punkt 1: Test', '', ...body)).items[0].decision;

  it('takes the decision dated the meeting day and ignores earlier ones of the same body', () => {
    const decision = decisionOf(
      'Beslutning i Sundhedsråd Testby den 10-03-2026',
      '',
      'Udsat.',
      '',
      'Beslutning i Sundhedsråd Testby den 14-04-2026',
      '',
      'Godkendt.',
    );
    expect(decision).toMatchObject({ text: 'Godkendt.', outcome: 'approved', date: '2026-04-14' });
  });

  it('records no decision when only an earlier one is printed, and warns', () => {
    const document = textFirstAgenda.read(
      minutes('Punkt 1: Test', '', 'Beslutning i Sundhedsråd Testby den 10-03-2026', '', 'Udsat.'),
    );
    expect(document.items[0].decision).toBeNull();
    expect(document.warnings[0]).toContain('har ikke mødets dato');
  });

  it("prefers this body's undated decision over another body's of the same day", () => {
    const decision = decisionOf(
      'Sagsforløb',
      '',
      'Beslutning i Økonomiudvalget den 14-04-2026',
      '',
      'Anbefales.',
      '',
      'Beslutning',
      '',
      'Ikke godkendt.',
    );
    expect(decision).toMatchObject({ text: 'Ikke godkendt.', outcome: 'rejected' });
  });

  it('ignores "Beslutning:" inside a proposal', () => {
    const decision = decisionOf(
      'Sagsfremstilling',
      '',
      'Beslutning: Forslaget godkendes.',
      '',
      'Indstilling',
      '',
      'Til drøftelse.',
    );
    expect(decision).toBeNull();
  });

  it('treats "." as an empty section and no decision', () => {
    const document = textFirstAgenda.read(minutes('Punkt 1: Test', '', 'Resumé', '', '.', '', 'Beslutning', '', '.'));
    expect(document.items[0].sections).toEqual([
      { heading: 'Resumé', text: '' },
      { heading: 'Beslutning', text: '' },
    ]);
    expect(document.items[0].decision).toBeNull();
  });
});

describe('decision outcome', () => {
  it('derives outcome, parts and dissents', () => {
    expect(decisionOutcome('Sundhedsklynge Testby tog nedenstående orientering til efterretning.')).toBe('noted');
    expect(decisionOutcome('Direktørkredsen besluttede at anbefale et fælles sekretariat.')).toBe('approved');
    expect(decisionOutcome('Orientering om en henvendelse fra en fiktiv forening.')).toBe('noted');
    expect(makeDecision('Ad 1 – Tiltrådt.\n\nAd 2 - Drøftet.').parts.map((p) => p.outcome)).toEqual([
      'approved',
      'discussed',
    ]);
    expect(
      decisionDissents(
        'Godkendt. Testby Kommune bakker ikke op om indstillingen. A ønskede sin mindretalsudtalelse ført til referat.',
      ),
    ).toEqual([
      'Testby Kommune bakker ikke op om indstillingen.',
      'A ønskede sin mindretalsudtalelse ført til referat.',
    ]);
    expect(decisionDissents('Udvalget bakkede op om initiativet.')).toEqual([]);
  });
});

describe('header', () => {
  it('reads labels', () => {
    expect(matchLabel('Mødested Teams')).toEqual({ label: 'location', value: 'Teams' });
    expect(matchLabel('Mødedato: Mandag d. 2. marts 2026')).toEqual({
      label: 'date',
      value: 'Mandag d. 2. marts 2026',
    });
    expect(matchLabel('Tidligere beslutninger')).toBeNull();
    expect(matchLabel('Udvalg Teknik')).toBeNull();
    expect(matchLabel('Udvalg: Teknik og Miljø')).toEqual({ label: 'body', value: 'Teknik og Miljø' });
  });

  it('takes the date off the title line', () => {
    expect(bodyFromTitle('Sundhedsråd Testby d. 23-03-2026')).toBe('Sundhedsråd Testby');
    expect(bodyFromTitle('fra mødet i Udvalget for Test den 4. december 2012 kl. 13.00')).toBe('Udvalget for Test');
    expect(bodyFromTitle('Sundhedsklynge Testby - 16.09.2025')).toBe('Sundhedsklynge Testby');
    expect(bodyFromTitle('Rammeaftale 2027-2028')).toBe('Rammeaftale 2027-2028');
  });

  it('finds the title line after letterhead, with the body on the next line', () => {
    const document = textFirstAgenda.read(
      source(
        [
          'Region Eksempel',
          '',
          'DAGSORDEN',
          '',
          'Sundhedsråd Testby',
          '',
          'Dato: 2. marts 2026',
          '',
          'Tid: 10.00-12.00',
          '',
          'Sted: Testhuset',
          '',
          'Punkt 1: Test',
        ].join('\n'),
      ),
    );
    expect(document).toMatchObject({
      body: 'Sundhedsråd Testby',
      documentType: 'dagsorden',
      date: '2026-03-02',
      startTime: '10:00',
      location: 'Testhuset',
    });
  });

  it('marks participants absent from an "Afbud" line in the header', () => {
    const document = textFirstAgenda.read(
      source(
        [
          ...HEADER,
          'Mødedeltagere Anna Test, V, Bo Prøve, A',
          '',
          'Afbud: Bo Prøve',
          '',
          'Punkt 1: Test',
          '',
          'Beslutning',
          '',
          'Godkendt.',
        ].join('\n'),
      ),
    );
    expect(document.participants.map((p) => [p.name, p.absent])).toEqual([
      ['Anna Test', false],
      ['Bo Prøve', true],
    ]);
  });
});

describe('paged text', () => {
  it('reads PDF text with pages as it reads the clean text (running headers and footers are noise)', () => {
    const clean = [
      ...HEADER,
      'Punkt 1: Godkendelse af dagsorden',
      '',
      '26/1',
      '',
      'Beslutning i Sundhedsråd Testby den 14-04-2026',
      '',
      'Godkendt.',
      '',
      'Punkt 2: Orientering',
      '',
      '26/2',
      '',
      'Sagsfremstilling',
      '',
      'Orientering om fiktive forhold.',
      '',
      'Beslutning i Sundhedsråd Testby den 14-04-2026',
      '',
      'Til orientering.',
    ];
    const paged: string[] = [];
    const pages: number[] = [];
    const perPage = 7;
    for (let start = 0, page = 1; start < clean.length; start += perPage, page++) {
      const body = clean.slice(start, start + perPage);
      for (const line of [
        'Sundhedsråd Testby, 14. april 2026',
        ...body,
        `Side ${page} af 4`,
        'Testby Sygehus · Eksempelvej 1',
      ]) {
        paged.push(line);
        pages.push(page);
      }
    }
    const fromClean = textFirstAgenda.read(source(clean.join('\n')));
    const fromPaged = textFirstAgenda.read(source(paged.join('\n'), { kind: 'pdf', pages }));
    expect(fromPaged.items.map((i) => [i.title, i.caseNumber, i.sections, i.decision])).toEqual(
      fromClean.items.map((i) => [i.title, i.caseNumber, i.sections, i.decision]),
    );
    expect(fromPaged.items[1].source?.page).toBe(2);
  });
});

describe('detection and errors', () => {
  it('is sure of its own layouts', () => {
    const text = [
      ...HEADER,
      'Mødested Teams',
      '',
      'Punkt 1: Test',
      '',
      'Beslutning',
      '',
      'Godkendt.',
      '',
      'Punkt 2: Eventuelt',
    ].join('\n');
    expect(textFirstAgenda.detect(source(text))).toBeGreaterThan(0.8);
  });

  it.each([
    ['prose', 'Der var engang en sundhedsklynge.\n\nDen holdt møde hver måned, og referatet blev godkendt.\n'],
    ['an empty text', ''],
    ['a CSV file', 'navn;kommune\nAnna;Testby\nBo;Prøvelund\n'],
    ['a date and nothing else', 'Mødedato Mandag d. 2. marts 2026 kl. 10:00\n'],
    ['a single "Punkt" line in prose', 'Vi nåede til Punkt 1: kaffe og kage.\nPunkt 1: Kaffe\nDet var hyggeligt.'],
  ])('scores %s low', (_name, text) => {
    expect(textFirstAgenda.detect(source(text))).toBeLessThan(0.2);
  });

  it('scores a JSON source zero', () => {
    expect(textFirstAgenda.detect(source('{"Punkt 1: x": 1}', { kind: 'json' }))).toBe(0);
  });

  it('says in Danish when there are no items', () => {
    expect(() => textFirstAgenda.read(source(HEADER.join('\n')))).toThrow(ReadError);
    expect(() => textFirstAgenda.read(source(HEADER.join('\n')))).toThrow(/fandt ingen dagsordenspunkter/);
  });

  it('says in Danish when there is no date', () => {
    const text = ['REFERAT Sundhedsråd Testby', '', 'Punkt 1: Test', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    expect(() => textFirstAgenda.read(source(text))).toThrow(/fandt ingen mødedato/);
  });

  it('says in Danish when there is no body', () => {
    const text = ['Mødedato Mandag d. 2. marts 2026', '', 'Punkt 1: Test'].join('\n');
    expect(() => textFirstAgenda.read(source(text))).toThrow(/fandt ikke organets navn/);
  });
});
