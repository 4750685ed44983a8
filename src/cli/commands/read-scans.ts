/**
 * `protokol ocr`: one run of the OCR work that `protokol serve` does in the background — reads
 * the queued pages of scanned attachments with Tesseract until the queue is empty (or `--limit`
 * pages), for cron or to catch up now. `--status` only counts the queue; `--retry-failed` queues
 * the pages that failed for good again first.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { ocrQueueCounts, retryFailedOcrPages } from '../../db/stores/ocr-queue.js';
import { AppError } from '../../errors.js';
import { readScannedPages } from '../../use-cases/harvest/read-scanned-pages.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary:
    'Tekstgenkendelse (OCR): læs de scannede bilagssider, der venter, med Tesseract (dansk), til køen er tom. Det samme gør "protokol serve" i baggrunden.',
  usage: 'protokol ocr [--limit N] [--retry-failed] [--status]',
  details: [
    '--limit N         læs højst N sider',
    '--retry-failed    sæt de sider, der er opgivet, i kø igen først',
    '--status          vis kun, hvor mange sider der venter og er opgivet',
    'Kræver tesseract-ocr, tesseract-ocr-dan og poppler-utils (Debian).',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({
      args,
      options: { limit: { type: 'string' }, 'retry-failed': { type: 'boolean' }, status: { type: 'boolean' } },
    });
    let limit: number | undefined;
    if (values.limit !== undefined) {
      limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) {
        throw new AppError('input_invalid', `--limit skal være et helt tal over 0, ikke "${values.limit}"`);
      }
    }
    const config = loadConfig();
    const handle = await openDatabase(config);
    try {
      if (values['retry-failed']) {
        const queued = await retryFailedOcrPages(handle.db, new Date());
        io.err(`${pages(queued)} sat i kø igen.`);
      }
      if (!values.status) {
        const report = await readScannedPages({ db: handle.db, dataDir: config.dataDir, limit });
        for (const error of report.errors) io.err(`  ${error}`);
        io.out(
          `OCR: ${pages(report.read)} læst, ${report.counted} scannede bilag talt op, ${report.retrying} prøves igen senere, ${report.failed} opgivet.`,
        );
      }
      const counts = await ocrQueueCounts(handle.db);
      io.out(`Kø: ${pages(counts.pending)} venter, ${counts.failed} opgivet.`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};

const pages = (n: number) => `${n} ${n === 1 ? 'side' : 'sider'}`;
