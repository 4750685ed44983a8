import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { HELP, main } from '../../src/cli/main.js';
import { runCli } from '../helpers/run-cli.js';

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), progress: () => {}, isTty: false };
}

describe('protokol CLI', () => {
  it('prints help with every command', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const command of ['migrate', 'serve', 'parse', 'import', 'demo'])
      expect(io.stdout.join('\n')).toContain(command);
  });

  it('exits 1 and shows help when called without a command', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(1);
    expect(io.stdout.join('')).toBe(HELP);
  });

  it('refuses an unknown command with exit 2', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('Ukendt kommando "frobnicate"');
  });

  it('has help per command', async () => {
    const io = captureIo();
    expect(await main(['serve', '--help'], io)).toBe(0);
    expect(io.stdout.join('')).toContain('protokol serve [--port N]');
  });

  it('refuses a bad --port', async () => {
    const io = captureIo();
    expect(await main(['serve', '--port', 'abc'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('--port');
  });

  it('stops on bad configuration with a message naming the variable (real process)', async () => {
    const run = await runCli(['migrate'], { PORT: 'nope', PROTOKOL_DATA: path.join(os.tmpdir(), 'unused') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT:');
  });

  it('migrates an empty data folder through the installed bin', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-cli-'));
    try {
      const run = await runCli(['migrate'], { PROTOKOL_DATA: dir });
      expect(run.stderr).toContain('Databasen er opdateret');
      expect(run.code).toBe(0);
      expect(fs.existsSync(path.join(dir, 'pglite'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
