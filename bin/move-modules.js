#!/usr/bin/env node
// Moves TypeScript modules and rewrites every relative import that points at them (and the
// relative imports inside the moved files), across src/, test/, e2e/, bench/ and bin/.
//   node bin/move-modules.js old/path.ts=new/path.ts …
// A refactoring aid: run it, then `npm run typecheck` and `npm run lint`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const moves = new Map(
  process.argv.slice(2).map((pair) => {
    const [from, to] = pair.split('=');
    if (!from || !to) throw new Error(`expected old=new, got "${pair}"`);
    return [path.resolve(root, from), path.resolve(root, to)];
  }),
);
for (const from of moves.keys()) if (!fs.existsSync(from)) throw new Error(`no such file: ${from}`);

const files = ['src', 'test', 'e2e', 'bench', 'bin']
  .filter((dir) => fs.existsSync(dir))
  .flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.resolve(root, dir, f)))
  .filter((f) => /\.(?:tsx?|js|mjs)$/.test(f) && !f.includes('node_modules'));

const SPECIFIER = /((?:from\s+|import\s*\(\s*|vi\.mock\(\s*|import\s+)['"])(\.{1,2}\/[^'"]+)(['"])/g;

function resolveTarget(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx')]) {
    if (moves.has(candidate) || fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function specifierFor(fromFile, target, original) {
  let relative = path.relative(path.dirname(fromFile), target);
  if (!relative.startsWith('.')) relative = `./${relative}`;
  // Keep the original's extension style (.js for .ts/.tsx sources).
  if (/\.js$/.test(original)) relative = relative.replace(/\.tsx?$/, '.js');
  return relative.split(path.sep).join('/');
}

for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const newLocation = moves.get(file) ?? file;
  const rewritten = text.replace(SPECIFIER, (whole, head, specifier, tail) => {
    const target = resolveTarget(file, specifier);
    if (!target) return whole;
    const movedTarget = moves.get(target) ?? target;
    if (movedTarget === target && newLocation === file) return whole;
    return `${head}${specifierFor(newLocation, movedTarget, specifier)}${tail}`;
  });
  if (rewritten !== text) fs.writeFileSync(file, rewritten);
}

for (const [from, to] of moves) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to]);
}
console.log(`moved ${moves.size} module(s)`);
