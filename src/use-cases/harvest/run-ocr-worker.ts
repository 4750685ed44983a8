/**
 * The server's OCR worker: every `intervalMs` (and at start), one round of readScannedPages that
 * works the queue until it is empty. One round at a time; the timer is unref'd; `stop()` aborts
 * the page in hand (its Tesseract is killed, the page given back to the queue) and waits for the
 * round. Several servers on one database each run one: a page is claimed by one of them only.
 * When OCR cannot run here (Tesseract or its Danish model missing) it says so once at `warn` and
 * tries again each round, so installing the tools is enough.
 *
 * Who may call it: `protokol serve`.
 */
import type { Db } from '../../db/client.js';
import { OcrUnavailable } from '../../importer/extract/ocr.js';
import type { Logger } from '../../log.js';
import { type ReadScannedPagesInput, readScannedPages } from './read-scanned-pages.js';

export interface OcrWorkerOptions {
  db: Db;
  dataDir: string;
  logger: Logger;
  /** How often an idle worker looks at the queue (default 60 s). */
  intervalMs?: number;
  ocr?: ReadScannedPagesInput['ocr'];
  onPage?: ReadScannedPagesInput['onPage'];
}

export interface OcrWorker {
  /** One round now (also what the timer runs). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startOcrWorker(options: OcrWorkerOptions): OcrWorker {
  const { db, logger } = options;
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  let warned = false;

  const round = async () => {
    try {
      const report = await readScannedPages({
        db,
        dataDir: options.dataDir,
        signal: abort.signal,
        ocr: options.ocr,
        onPage: options.onPage,
      });
      warned = false;
      if (report.read + report.counted + report.retrying + report.failed > 0) {
        const { errors, ...counts } = report;
        logger.info('ocr: sider læst', counts);
        if (errors.length > 0) logger.warn('ocr: sider kunne ikke læses', { errors: errors.slice(-5) });
      }
    } catch (error) {
      if (error instanceof OcrUnavailable) {
        if (!warned) logger.warn(`ocr: ${error.message}`);
        warned = true;
        return;
      }
      logger.error('ocr: runden fejlede', { error });
    }
  };

  const runOnce = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => {
    if (!running && !abort.signal.aborted) void runOnce();
  }, options.intervalMs ?? 60_000);
  timer.unref();
  void runOnce();

  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      abort.abort();
      await running;
    },
  };
}
