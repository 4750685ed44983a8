/**
 * `protokol key import FILE`: listed in the help; a good file saves the key's next version, a bad
 * one names each row and what is wrong and saves nothing (exit 1). The command's database work is
 * importKey's, tested on both engines in test/use-cases/frames.test.ts; here on PGlite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeyImport } from '../../src/cli/commands/manage-keys.js';
import type { CliIo } from '../../src/cli/io.js';
import { HELP, main } from '../../src/cli/main.js';
import type { DbHandle } from '../../src/db/client.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { COUNCILS, KEY_CSV } from '../helpers/frames.js';

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), progress: () => {}, isTty: false };
}

describe('protokol key import', () => {
  let handle: DbHandle;
  let dir: string;
  beforeAll(async () => {
    handle = await TEST_DATABASES[0].open({ seed: 'reference' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-key-'));
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is listed in the help and explains its columns', async () => {
    expect(HELP).toContain('key import FIL');
    const io = captureIo();
    expect(await main(['key', '--help'], io)).toBe(0);
    expect(io.stdout.join('')).toContain('nøgle;art;kilde;dato;modtager;vægt;fiktiv');
    expect(await main(['key', 'export'], captureIo())).toBe(2);
  });

  it('saves a good file and names every bad row of a bad one, saving nothing', async () => {
    const good = path.join(dir, 'noegle.csv');
    fs.writeFileSync(good, `\uFEFF${KEY_CSV}\r\n`);
    const io = captureIo();
    expect(await runKeyImport(good, io, { db: handle.db })).toBe(0);
    expect(io.stdout.join('')).toBe('Nøglen »Sygdomsvægtede borgere« version 1 er indlæst: 4 modtagere.');

    const bad = path.join(dir, 'forkert.csv');
    fs.writeFileSync(
      bad,
      [
        'nøgle;art;kilde;dato;modtager;vægt;fiktiv',
        `Sygdomsvægtede borgere;sygdomsvægtede borgere;Regionens budget 2026;2025-09-15;${COUNCILS[0]};tyve;nej`,
        `Sygdomsvægtede borgere;sygdomsvægtede borgere;Regionens budget 2026;2025-09-15;${COUNCILS[1]};20;nej`,
        'Sygdomsvægtede borgere;sygdomsvægtede borgere;Regionens budget 2026;2025-09-15;sundhedsraad-fyn;20;nej',
      ].join('\n'),
    );
    const failed = captureIo();
    expect(await runKeyImport(bad, failed, { db: handle.db })).toBe(1);
    expect(failed.stderr.join('\n')).toBe(
      [
        `Fejl i ${bad} – intet er gemt:`,
        '  række 2: vægten »tyve« er ikke et tal på 0 eller derover (skriv fx 19,5)',
        '  række 4: modtageren »sundhedsraad-fyn« findes ikke (skriv organets adresse-navn som i /organ/…, fx region-syddanmark--sundhedsraad-soenderjylland, eller udgiverens som i /udgiver/…)',
      ].join('\n'),
    );
    const [{ n }] = await handle.query<{ n: number }>('select count(*)::int as n from allocation_key_versions');
    expect(n).toBe(1);
  });
});
