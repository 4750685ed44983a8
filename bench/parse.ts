/**
 * bench/parse: parse throughput over the synthetic corpus (all text layouts), in memory — no disk
 * I/O or database in the timed part. Prints the median of several runs. Target: ≥ 20 MB/s.
 *   npm run bench -- parse [--meetings 2000] [--runs 3]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../src/importer/parse-minutes.js';
import { argNumber, writeCorpus } from './_corpus.js';

const meetings = argNumber('meetings', 2000);
const runs = argNumber('runs', 3);
const files = writeCorpus({ meetings, dir: path.resolve('bench/out/corpus', String(meetings)) });
const inputs = files.map((file) => ({ fileName: path.basename(file), bytes: fs.readFileSync(file) }));
const totalBytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);

const rates: number[] = [];
let errors = 0;
let items = 0;
for (let run = 0; run < runs; run++) {
  errors = 0;
  items = 0;
  const started = performance.now();
  for (const input of inputs) {
    try {
      items += (await parseMinutes(input)).items.length;
    } catch {
      errors++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  rates.push(totalBytes / 1e6 / seconds);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(`parse_corpus_meetings: ${meetings} meetings`);
console.log(`parse_corpus_size: ${(totalBytes / 1e6).toFixed(1)} MB`);
console.log(`parse_items: ${items} items`);
console.log(`parse_errors: ${errors} files`);
console.log(`parse_throughput: ${median.toFixed(1)} MB/s`);
console.log(`parse_throughput_min: ${rates[0].toFixed(1)} MB/s`);
console.log(`parse_throughput_max: ${rates[rates.length - 1].toFixed(1)} MB/s`);
console.log(`parse_meetings_per_second: ${((meetings * median * 1e6) / totalBytes).toFixed(0)} meetings/s`);
