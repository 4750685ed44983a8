#!/usr/bin/env node
// Keeps the layer directions of DESIGN.md §3 / docs/ARCHITECTURE.md: each folder of src/ may import
// only the folders listed for it. Prints each violation as file:line and exits 1 when there is one.
import fs from 'node:fs';
import path from 'node:path';

const SHARED = ['errors.ts', 'config.ts', 'log.ts'];
const ALLOWED = {
  domain: ['domain'],
  importer: ['domain', 'importer', 'errors.ts'],
  db: ['domain', 'db', 'errors.ts'],
  render: ['domain', 'render'],
  'use-cases': ['domain', 'db', 'importer', 'use-cases', 'errors.ts'],
  web: ['domain', 'db', 'importer', 'render', 'use-cases', 'web', ...SHARED],
  cli: ['domain', 'db', 'importer', 'render', 'use-cases', 'web', 'cli', ...SHARED],
  'errors.ts': [],
  'config.ts': ['errors.ts'],
  'log.ts': ['config.ts'],
};

const root = path.resolve('src');
const violations = [];
for (const file of fs.readdirSync(root, { recursive: true })) {
  if (!/\.tsx?$/.test(file)) continue;
  const layer = file.split(path.sep)[0];
  const allowed = ALLOWED[layer];
  if (!allowed) {
    violations.push(
      `src/${file}: folder "${layer}" is not a known layer (add it to bin/check-layers.js and docs/ARCHITECTURE.md)`,
    );
    continue;
  }
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  lines.forEach((line, index) => {
    const match = /(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/.exec(line);
    if (!match) return;
    const target = path.relative(root, path.resolve(root, path.dirname(file), match[1]));
    if (target.startsWith('..')) return;
    const targetLayer = target.split(path.sep)[0].replace(/\.js$/, '.ts');
    if (!allowed.includes(targetLayer)) {
      violations.push(
        `src/${file}:${index + 1}: ${layer} may not import ${targetLayer} (allowed: ${allowed.join(', ') || 'nothing'})`,
      );
    }
  });
}
if (violations.length > 0) {
  console.error(`Layer violations:\n${violations.join('\n')}`);
  process.exit(1);
}
console.log('layers: ok');
