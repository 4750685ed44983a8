/**
 * The markup tree: HTML is parsed once, by extraction, into plain data that readers walk without
 * the HTML library — selectors, text and blocks as the readers use them, and sources built by
 * hand (the harvester's) get their markup filled in before reading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/importer/extract/html.js';
import { extractSource } from '../../src/importer/extract/index.js';
import { markupChunks } from '../../src/importer/markup/chunks.js';
import {
  attributeOf,
  select,
  selectAll,
  structuredText,
  textContent,
  textFragment,
} from '../../src/importer/markup/tree.js';
import { readSource } from '../../src/importer/parse-minutes.js';
import type { Source } from '../../src/importer/source.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';

const PAGE = `<html><body><table><tr class="punktrow lukket"><td><span class="label">3</span></td>
<td><h2 class="overskrift">Salg &amp; køb</h2><div class="punkt"><h3>Beslutning</h3><p>Godkendt.<br>Enstemmigt.</p></div>
<a class="bilag-link" id="x" href="/bilag/1">Bilag 1</a></td></tr></table>
<div class="deltagere"><p>Anne Test (A)</p><div>Bo Prøve (V), Carla Eks</div></div></body></html>`;

describe('the markup tree', () => {
  const root = parseMarkup(PAGE);

  it('selects by tag, class, id, descendant and lists, in document order', () => {
    expect(selectAll(root, 'tr.punktrow')).toHaveLength(1);
    expect(textContent(select(root, 'td .label')!)).toBe('3');
    expect(selectAll(root, 'td, h2').map((e) => e.tag)).toEqual(['td', 'td', 'h2']);
    expect(select(root, '#x') && attributeOf(select(root, '#x')!, 'href')).toBe('/bilag/1');
    expect(select(root, 'tr.ukendt')).toBeNull();
  });

  it('gives text decoded, line breaks as new lines, and one line per block', () => {
    expect(textContent(select(root, '.overskrift')!)).toBe('Salg & køb');
    expect(textContent(select(root, '.punkt p')!)).toBe('Godkendt.\nEnstemmigt.');
    expect(structuredText(select(root, '.deltagere')!)).toBe('Anne Test (A)\nBo Prøve (V), Carla Eks');
  });

  it('cuts an HTML field into heading-led chunks', () => {
    expect(markupChunks(select(root, '.punkt')!)).toEqual([
      { heading: 'Beslutning', level: 3, text: 'Godkendt.\nEnstemmigt.' },
    ]);
  });

  it('needs no parsing for text without markup', () => {
    expect(textFragment('Punkt 1 > 2')).toEqual(parseMarkup('Punkt 1 > 2'));
    expect(textFragment('')).toEqual(parseMarkup(''));
  });

  it('is plain data that can be saved', () => {
    expect(JSON.parse(JSON.stringify(root))).toEqual(root);
  });
});

describe('sources built by hand', () => {
  it('read a First Agenda JSON payload as extraction does: its HTML fields are parsed before reading', async () => {
    const file = path.join(FIXTURES_ROOT, 'firstagenda-json/committee-minutes/source.json');
    const extracted = await extractSource(new Uint8Array(readFileSync(file)), 'source.json');
    const byHand: Source = {
      fileName: 'source.json',
      kind: 'json',
      text: extracted.text,
      lines: extracted.lines,
      json: extracted.json,
    };
    expect(readSource(byHand, 'firstagenda-json')).toEqual(readSource(extracted, 'firstagenda-json'));
  });

  it('read a web page as extraction does', async () => {
    const file = path.join(FIXTURES_ROOT, 'firstagenda-html/committee-minutes/source.html');
    const extracted = await extractSource(new Uint8Array(readFileSync(file)), 'source.html');
    const byHand: Source = {
      fileName: 'source.html',
      kind: 'html',
      text: extracted.text,
      lines: extracted.lines,
      html: extracted.html,
    };
    expect(readSource(byHand)).toEqual(readSource(extracted));
  });
});
