/**
 * bench/pdf: time to render the PDF of a 20-item meeting (front page, contents, every item on its
 * own pages) in memory. Prints the median of several runs, and the first, cold run (fonts loaded).
 * Target: < 2 s.
 *   npm run bench -- pdf [--items 20] [--runs 5]
 */
import { renderMinutesPdf } from '../src/render/pdf/minutes-pdf.js';
import { largeMeeting } from '../test/helpers/meeting-documents.js';
import { argNumber } from './_corpus.js';

const items = argNumber('items', 20);
const runs = argNumber('runs', 5);
const document = largeMeeting(items);

const times: number[] = [];
let bytes = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  bytes = (await renderMinutesPdf(document)).length;
  times.push(performance.now() - started);
}
const first = times[0];
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`pdf_items: ${items} items`);
console.log(`pdf_size: ${(bytes / 1024).toFixed(0)} KiB`);
console.log(`pdf_first_run_ms: ${first.toFixed(0)} ms`);
console.log(`pdf_${items}_items_ms: ${median.toFixed(0)} ms`);
