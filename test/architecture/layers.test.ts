/**
 * The layer rule (`npm run lint:layers`, .dependency-cruiser.cjs) refuses each forbidden kind of
 * import and names the file and the import. Each case plants a small module in src/ for the
 * length of one check, then removes it.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const DEPCRUISE = path.resolve('node_modules/.bin/depcruise');
const planted: string[] = [];

afterEach(() => {
  for (const file of planted.splice(0)) fs.rmSync(file, { force: true });
});

/** Writes `src/<where>` with one import and returns what the layer check says about it. */
async function check(where: string, importLine: string): Promise<{ ok: boolean; output: string }> {
  const file = path.resolve('src', where);
  planted.push(file);
  fs.writeFileSync(file, `${importLine}\nexport const planted = typeof imported;\n`);
  try {
    const { stdout, stderr } = await run(DEPCRUISE, [
      path.relative(process.cwd(), file),
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
  it.each(FORBIDDEN)(
    'refuses $where importing $target ($rule), naming the file',
    async ({ rule, where, importLine, target }) => {
      const result = await check(where, importLine);
      expect(result.ok).toBe(false);
      expect(result.output).toContain(rule);
      expect(result.output).toContain(`src/${where}`);
      expect(result.output).toContain(target);
    },
  );

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
