#!/usr/bin/env node
// npm run bench -- <name> [args…]: runs bench/<name>.ts, which prints lines "name: value unit".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bench');
const [name, ...rest] = process.argv.slice(2);
const available = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''));
if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -- <name>\nBenchmarks: ${available.join(', ')}`);
  process.exit(2);
}
process.argv = [process.argv[0], path.join(benchDir, `${name}.ts`), ...rest];
register();
await import(pathToFileURL(path.join(benchDir, `${name}.ts`)).href);
