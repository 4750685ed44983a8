/**
 * The layer rule (`npm run lint:layers`, .dependency-cruiser.cjs) refuses each forbidden kind of
 * import and names the file and the import. The forbidden cases plant a small module each in src/,
 * checked by one run of the layer check (a run costs seconds), and each case looks for its own
 * line in what it says; the cycle and the allowed import are checked on their own.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const DEPCRUISE = path.resolve('node_modules/.bin/depcruise');
const planted: string[] = [];

afterEach(() => {
  for (const file of planted.splice(0)) fs.rmSync(file, { force: true });
});

/** Writes `src/<where>` with one import; the file's path relative to the project. */
function plant(where: string, importLine: string): string {
  const file = path.resolve('src', where);
  planted.push(file);
  fs.writeFileSync(file, `${importLine}\nexport const planted = typeof imported;\n`);
  return path.relative(process.cwd(), file);
}

/** What the layer check says about the files. */
async function cruise(files: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(DEPCRUISE, [
      ...files,
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
    ]);
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

/** Writes `src/<where>` with one import and returns what the layer check says about it. */
const check = (where: string, importLine: string) => cruise([plant(where, importLine)]);

const FORBIDDEN: { rule: string; where: string; importLine: string; target: string }[] = [
  {
    rule: 'domain-is-pure',
    where: 'domain/zz-planted-a.ts',
    importLine: "import * as imported from '../db/client.js';",
    target: 'src/db/client.ts',
  },
  {
    rule: 'formats-read-lines-only',
    where: 'importer/formats/zz-planted-b.ts',
    importLine: "import * as imported from '../extract/pdf.js';",
    target: 'src/importer/extract/pdf.ts',
  },
  {
    rule: 'render-layer',
    where: 'render/zz-planted-c.ts',
    importLine: "import * as imported from '../db/client.js';",
    target: 'src/db/client.ts',
  },
  {
    rule: 'web-and-cli-no-schema',
    where: 'web/zz-planted-d.ts',
    importLine: "import * as imported from '../db/schema/index.js';",
    target: 'src/db/schema/index.ts',
  },
  {
    rule: 'web-and-cli-no-schema',
    where: 'cli/zz-planted-e.ts',
    importLine: "import * as imported from 'drizzle-orm';",
    target: 'drizzle-orm',
  },
  {
    rule: 'use-cases-no-sql',
    where: 'use-cases/zz-planted-h.ts',
    importLine: "import * as imported from '../db/schema/index.js';",
    target: 'src/db/schema/index.ts',
  },
  {
    rule: 'use-cases-no-sql',
    where: 'use-cases/zz-planted-i.ts',
    importLine: "import * as imported from 'drizzle-orm';",
    target: 'drizzle-orm',
  },
  {
    rule: 'importer-layer',
    where: 'importer/zz-planted-f.ts',
    importLine: "import * as imported from '../db/client.js';",
    target: 'src/db/client.ts',
  },
  {
    rule: 'db-layer',
    where: 'db/zz-planted-g.ts',
    importLine: "import * as imported from '../render/i18n.js';",
    target: 'src/render/i18n.ts',
  },
];

describe('npm run lint:layers', () => {
  describe('every forbidden kind of import, planted together', () => {
    const forbidden: string[] = [];
    let result: { ok: boolean; output: string };
    beforeAll(async () => {
      result = await cruise(FORBIDDEN.map(({ where, importLine }) => plant(where, importLine)));
      forbidden.push(...planted.splice(0));
    });
    afterAll(() => {
      for (const file of forbidden) fs.rmSync(file, { force: true });
    });

    it.each(FORBIDDEN)('refuses $where importing $target ($rule), naming the file', ({ rule, where, target }) => {
      expect(result.ok).toBe(false);
      // One line of the report names the rule, the planted file and what it imports.
      const line = result.output.split('\n').find((l) => l.includes(`src/${where}`));
      expect(line, result.output).toBeDefined();
      expect(line).toContain(rule);
      expect(line).toContain(target);
    });
  });

  it('refuses a cycle, naming both modules', async () => {
    const a = path.resolve('src/domain/zz-cycle-a.ts');
    const b = path.resolve('src/domain/zz-cycle-b.ts');
    planted.push(a, b);
    fs.writeFileSync(a, "import { b } from './zz-cycle-b.js';\nexport const a = () => b;\n");
    fs.writeFileSync(b, "import { a } from './zz-cycle-a.js';\nexport const b = () => a;\n");
    const result = await check('domain/zz-cycle-c.ts', "import * as imported from './zz-cycle-a.js';");
    expect(result.ok).toBe(false);
    expect(result.output).toContain('no-circular');
    expect(result.output).toContain('src/domain/zz-cycle-a.ts');
  });

  it('accepts an allowed import', async () => {
    const result = await check('render/zz-planted-ok.ts', "import * as imported from '../domain/slug.js';");
    expect(result.output).not.toContain('error');
    expect(result.ok).toBe(true);
  });
});
