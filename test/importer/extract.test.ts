/**
 * Extraction: file bytes → text lines. PDF (lines rebuilt, running headers and page stamps gone,
 * the page of every line kept), DOCX (paragraphs and headings as lines), HTML (blocks as lines),
 * plain text; and the clear errors for what cannot be read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { extractDocx } from '../../src/importer/extract/docx.js';
import { htmlToText, parseMarkup } from '../../src/importer/extract/html.js';
import { extractSource } from '../../src/importer/extract/index.js';
import { extractPdf } from '../../src/importer/extract/pdf.js';
import { markupChunks, markupToMarkdown } from '../../src/importer/markup/chunks.js';
import { parseMinutes } from '../../src/importer/parse-minutes.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';
import { renderPdf } from '../fixtures/minutes/pdf-kit.js';

const encode = (text: string) => new TextEncoder().encode(text);

async function parseError(bytes: Uint8Array, fileName: string): Promise<AppError> {
  try {
    await parseMinutes({ bytes, fileName });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected parseMinutes to fail');
}

/** Four pages with a running header, a footer stamp in three spellings, and body text. */
async function pagedPdf(): Promise<Uint8Array> {
  const stamps = ['Side 1 af 4', '- 2 -', '3 of 4', 'Side 4'];
  return renderPdf({
    pageSize: 'A5',
    pageMargins: [40, 70, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    header: (page: number) => ({
      margin: [0, 20, 30, 0],
      alignment: 'right',
      fontSize: 8,
      stack: ['Fiktivt Testudvalg', 'Referat', `Dato: 0${page}.01.2030`],
    }),
    footer: (page: number) => ({ text: stamps[page - 1], alignment: 'center', fontSize: 8 }),
    content: [
      { text: 'Fiktivt Testudvalg', bold: true },
      'Første side med brødtekst.',
      { text: 'Anden side med brødtekst.', pageBreak: 'before' },
      { text: 'Tredje side med brødtekst.', pageBreak: 'before' },
      { text: 'Fjerde side.', pageBreak: 'before', margin: [0, 0, 0, 20] },
      'Et nyt afsnit efter et mellemrum.',
    ],
  });
}

describe('PDF', () => {
  it('removes running headers and page stamps, and keeps the page of every line', async () => {
    const { text, pages } = await extractPdf(await pagedPdf());
    const lines = text.split('\n');
    expect(pages).toHaveLength(lines.length);
    expect(lines.filter((line) => line !== '')).toEqual([
      'Fiktivt Testudvalg',
      'Første side med brødtekst.',
      'Anden side med brødtekst.',
      'Tredje side med brødtekst.',
      'Fjerde side.',
      'Et nyt afsnit efter et mellemrum.',
    ]);
    expect(pages[lines.indexOf('Anden side med brødtekst.')]).toBe(2);
    expect(pages[lines.indexOf('Fjerde side.')]).toBe(4);
  });

  it('marks a paragraph gap with a blank line', async () => {
    const { text } = await extractPdf(await pagedPdf());
    expect(text).toContain('Fjerde side.\n\nEt nyt afsnit efter et mellemrum.');
  });

  it('keeps a cover page title that repeats a header line elsewhere on the page', async () => {
    const source = await extractSource(
      new Uint8Array(readFileSync(path.join(FIXTURES_ROOT, 'edoc-pdf-text/committee-minutes/source.pdf'))),
      'source.pdf',
    );
    expect(source.lines.slice(0, 3)).toEqual(['Referat', '', 'Sundheds- og Ældreudvalget']);
    expect(source.lines.filter((line) => /^Side \d+$|^Dato: /.test(line))).toEqual([]);
    // The body's name stays where the text names it, not where the header did.
    expect(source.lines.filter((line) => line === 'Sundheds- og Ældreudvalget')).toHaveLength(2);
  });

  it('strips "N of M" stamps and a header that moves on a page of another size', async () => {
    const source = await extractSource(
      new Uint8Array(readFileSync(path.join(FIXTURES_ROOT, 'acadre-pdf-text/extraordinary-meeting/source.pdf'))),
      'source.pdf',
    );
    expect(source.lines.some((line) => /^\d+ of \d+$/.test(line))).toBe(false);
    expect(source.lines.some((line) => line.startsWith('Referat For'))).toBe(false);
    expect(source.pages?.[source.lines.indexOf('Underskriftsside')]).toBe(5);
  });
});

describe('PDF: bullets and what cannot be read', () => {
  it('turns list bullets into "- "', async () => {
    const { text } = await extractPdf(
      await renderPdf({ defaultStyle: { font: 'Roboto' }, content: ['•  Første punkt', '• Andet punkt'] }),
    );
    expect(text.split('\n')).toEqual(['- Første punkt', '- Andet punkt']);
  });

  it('refuses a PDF without a text layer with an error naming the file', async () => {
    const scanned = await renderPdf({
      content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 100, color: '#333333' }] }],
    });
    const error = await parseError(scanned, 'indscannet-referat.pdf');
    expect(error.code).toBe('parse_failed');
    expect(error.message).toMatch(/^indscannet-referat\.pdf: /);
    expect(error.message).toMatch(/intet tekstlag/);
  });

  it('refuses a damaged PDF with an error naming the file', async () => {
    const error = await parseError(encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'), 'ødelagt.pdf');
    expect(error.code).toBe('parse_failed');
    expect(error.message).toMatch(/^ødelagt\.pdf: /);
  });
});

describe('DOCX', () => {
  it('gives one line per paragraph and heading, blank lines between, table rows as tab-separated cells', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'REFERAT Fiktivt Råd d. 01-02-2030' }),
            new Paragraph('Mødested Et opdigtet lokale'),
            new Table({
              rows: [
                new TableRow({
                  children: ['Navn', 'Rolle'].map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
                new TableRow({
                  children: ['Anne Testesen', 'Medlem'].map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
              ],
            }),
            new Paragraph('Sidste afsnit.'),
          ],
        },
      ],
    });
    const text = await extractDocx(new Uint8Array(await Packer.toBuffer(document)));
    expect(text).toBe(
      'REFERAT Fiktivt Råd d. 01-02-2030\n\nMødested Et opdigtet lokale\n\nNavn\tRolle\nAnne Testesen\tMedlem\n\nSidste afsnit.',
    );
  });

  it('reads the DOCX fixture through the First Agenda text reader', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES_ROOT, 'docx/health-council-minutes/source.docx')));
    const document = await parseMinutes({ bytes, fileName: 'referat.docx' });
    expect(document.body).toBe('Sundhedsråd Prøveby');
    expect(document.items.map((item) => item.number)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a ZIP that is not a DOCX with an error naming the file', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    const error = await parseError(zip, 'ikke-docx.docx');
    expect(error.message).toMatch(/^ikke-docx\.docx: /);
  });
});

describe('HTML', () => {
  it('turns block elements into lines and leaves scripts, styles and hidden elements out', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <h1>Overskrift</h1><p>Et  afsnit
      over to linjer<br>og et linjeskift.</p>
      <script>document.write('<p>nej</p>')</script>
      <div hidden>skjult</div><div style="display: none">også skjult</div>
      <ul><li>første</li><li>anden<ul><li>indlejret</li></ul></li></ul>
      <table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
      <p>M&oslash;de &amp; referat&nbsp;i dag</p></body></html>`;
    expect(htmlToText(html)).toBe(
      [
        'Overskrift',
        'Et afsnit over to linjer\nog et linjeskift.',
        '- første\n- anden\n  - indlejret',
        'a\tb\nc\td',
        'Møde & referat i dag',
      ].join('\n\n'),
    );
  });

  it('reads a table used for layout as blocks, not as one row', () => {
    const html = '<table><tr><td>1</td><td><h2>Titel</h2><div><p>Tekst.</p><p>Mere tekst.</p></div></td></tr></table>';
    expect(htmlToText(html)).toBe('1\n\nTitel\n\nTekst.\n\nMere tekst.');
  });

  it('gives Markdown: links, numbered lists and tables', () => {
    const html =
      '<p>Se <a href="https://example.invalid/plan">planen</a>.</p><ol><li>et</li><li>to</li></ol>' +
      '<table><tr><td>Sted</td><td>Antal</td></tr><tr><td>A | B</td><td>3</td></tr></table>';
    expect(markupToMarkdown(parseMarkup(html))).toBe(
      'Se [planen](https://example.invalid/plan).\n\n1. et\n2. to\n\n| Sted | Antal |\n| --- | --- |\n| A \\| B | 3 |',
    );
  });

  it('splits at headings; headings that are really sentences stay text', () => {
    const chunks = markupChunks(
      parseMarkup(
        '<p>Før</p><h3>Beslutning</h3><p>Godkendt.</p><h4>Direktøren deltager under punktet.</h4><h3></h3><p>Uden overskrift</p>',
      ),
    );
    expect(chunks).toEqual([
      { heading: null, level: 0, text: 'Før' },
      { heading: 'Beslutning', level: 3, text: 'Godkendt.\n\nDirektøren deltager under punktet.' },
      { heading: '', level: 3, text: 'Uden overskrift' },
    ]);
  });
});

describe('text and what cannot be read', () => {
  it('reads UTF-8 text without NUL bytes as lines', async () => {
    const source = await extractSource(encode('\uFEFFFørste linje\r\nAnden linje\n'), 'referat.txt');
    expect(source.kind).toBe('text');
    expect(source.lines.slice(0, 2)).toEqual(['Første linje', 'Anden linje']);
  });

  it('refuses an empty file', async () => {
    const error = await parseError(new Uint8Array(), 'tom.txt');
    expect(error.message).toBe('tom.txt: filen er tom (0 bytes)');
  });

  it('refuses binary junk with an error naming the file', async () => {
    const junk = new Uint8Array(2048).map((_, i) => (i * 37 + 11) % 256);
    const error = await parseError(junk, 'data.bin');
    expect(error.code).toBe('parse_failed');
    expect(error.message).toMatch(/^data\.bin: .*binær/);
  });

  it('refuses truncated JSON with an error naming the file', async () => {
    const bytes = readFileSync(path.join(FIXTURES_ROOT, 'firstagenda-json/committee-minutes/source.json'));
    const error = await parseError(new Uint8Array(bytes.subarray(0, 500)), 'dagsorden.json');
    expect(error.code).toBe('parse_failed');
    expect(error.message).toMatch(/^dagsorden\.json: ugyldig JSON/);
  });

  it('refuses JSON that is not a First Agenda meeting', async () => {
    const error = await parseError(encode('{"hello": "world"}'), 'andet.json');
    expect(error.message).toMatch(/^andet\.json: /);
  });
});
