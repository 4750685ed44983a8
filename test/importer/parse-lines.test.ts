/**
 * `protokol parse --lines FILE`: the extraction stage on its own — exactly the lines the readers
 * see, page furniture removed, one per source line with the page in front where the source has
 * pages — so a wrong result can be traced to extraction or to reading.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLines } from '../../src/importer/lines.js';
import { extractLines, parseMinutes } from '../../src/importer/parse-minutes.js';
import { FIXTURES_ROOT } from '../fixtures/generate-binary.js';
import { runCli } from '../helpers/run-cli.js';

const PDF = path.join(FIXTURES_ROOT, 'firstagenda-pdf/wrapped-titles/source.pdf');
const TEXT = path.join(FIXTURES_ROOT, 'text-sundhedsraad/orddeling/source.txt');

async function linesOfFile(file: string) {
  return extractLines({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) });
}

describe('protokol parse --lines', () => {
  it('prints the lines the readers see, with the page of each, without page headers and footers', async () => {
    const run = await runCli(['parse', '--lines', PDF]);
    expect(run.code).toBe(0);
    const printed = run.stdout.replace(/\n$/, '').split('\n');
    const lines = await linesOfFile(PDF);
    expect(printed).toEqual(formatLines(lines).split('\n'));
    expect(printed).toHaveLength(lines.length);
    expect(printed[0]).toBe('1\tREFERAT Sundhedsråd Prøvekyst d. 12-05-2026');
    expect(printed).toContain('2\tPunkt 2: Godkendelse af sundhedsrådets 2030-');
    expect(printed).toContain('2\tfremskrivning af kapaciteten i nærsundhedsplanen');
    expect(printed.some((line) => /Side \d+ af \d+|Prøvekyst, 12\. maj 2026$/.test(line))).toBe(false);
    expect(new Set(printed.map((line) => line.split('\t')[0]))).toEqual(new Set(['1', '2', '3']));
  });

  it('prints a text file line for line, without pages', async () => {
    const run = await runCli(['parse', '--lines', TEXT]);
    expect(run.code).toBe(0);
    // One output line per source line: the text itself (its final empty line included), then a newline.
    expect(run.stdout).toBe(`${readFileSync(TEXT, 'utf8')}\n`);
  });

  it('is explained in the help', async () => {
    const run = await runCli(['parse', '--help']);
    expect(run.stdout).toContain('protokol parse FIL [--json] [--format NAVN] [--lines]');
    expect(run.stdout).toContain('--lines');
    const help = await runCli(['--help']);
    expect(help.stdout).toContain('--lines');
  });
});

describe('the lines stage', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'protokol-lines-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('marks page stamps as noise, which are printed as empty lines, keeping every line in its place', async () => {
    const file = path.join(dir, 'stempler.txt');
    writeFileSync(file, 'REFERAT Testråd d. 01-01-2026\n\nSide 1 af 2\n\nPunkt 1: Test\n');
    const lines = await linesOfFile(file);
    expect(lines.map((line) => line.noise)).toEqual([false, false, true, false, false, false]);
    expect(formatLines(lines).split('\n')).toEqual(['REFERAT Testråd d. 01-01-2026', '', '', '', 'Punkt 1: Test', '']);
  });

  it('names the line of a reading error as the line of the printed lines', async () => {
    const file = path.join(dir, 'uden-dato.txt');
    writeFileSync(file, '\n\nREFERAT Sundhedsråd Testby\n\nPunkt 1: Test\n\nBeslutning\n\nGodkendt.\n');
    const bytes = new Uint8Array(readFileSync(file));
    const error = await parseMinutes({ bytes, fileName: 'uden-dato.txt' }).catch((e: Error) => e);
    const line = Number(/linje (\d+)/.exec((error as Error).message)?.[1]);
    const printed = formatLines(await linesOfFile(file)).split('\n');
    expect(printed[line - 1]).toBe('REFERAT Sundhedsråd Testby');
  });
});
