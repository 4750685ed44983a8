import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { createLogger, type Logger } from '../../log.js';
import { startHarvestSchedule } from '../../use-cases/harvest/run-harvest-schedule.js';
import { startOcrWorker } from '../../use-cases/harvest/run-ocr-worker.js';
import { archiveAmountsRead, readItemAmounts } from '../../use-cases/imports/read-item-amounts.js';
import { archiveRescanned, rescanPersonalNumbers } from '../../use-cases/imports/rescan-personal-numbers.js';
import { joinServers } from '../../use-cases/servers/join-servers.js';
import { createApp } from '../../web/app.js';
import {
  notificationBaseUrl,
  notificationMailer,
  startNotificationLoop,
} from '../../web/notifications/background-jobs.js'; // Notifications
import { startServer } from '../../web/server.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary: 'Start portalen. Migrerer databasen først; med --demo indlæses demodata, hvis databasen ingen møder har.',
  usage: 'protokol serve [--port N] [--demo]',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args, options: { port: { type: 'string' }, demo: { type: 'boolean' } } });
    const config = loadConfig();
    let port = config.port;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new AppError('input_invalid', `--port skal være et helt tal mellem 0 og 65535, ikke "${values.port}"`);
      }
    }
    const logger = createLogger(config.logLevel);
    const handle = await openDatabase(config);
    // Several processes on one PostgreSQL must share SECRET_KEY (the embedded database allows one process).
    const joined =
      handle.driver === 'postgres' ? await joinServers({ db: handle.db, secretKey: config.auth.secretKey }) : null;
    if (joined && !joined.ok) {
      await handle.close();
      throw new AppError('config_invalid', joined.message);
    }
    if (values.demo) {
      const { loadDemoDataIfEmpty } = await import('../../use-cases/imports/load-demo-data.js');
      const loaded = await loadDemoDataIfEmpty({ db: handle.db });
      if (loaded) logger.info(`demodata indlæst: ${loaded.meetings} møder`);
    }
    // Every process's page cache is emptied when the data changes in any process (LISTEN/NOTIFY,
    // migration 0011), with the data's fingerprint, probed once a second, as the fall-back.
    let clearCache = () => {};
    const app = createApp({
      handle,
      logger,
      auth: { config: config.auth },
      dataDir: config.dataDir,
      cache: { maxBytes: config.pageCacheBytes, onClear: (clear) => (clearCache = clear) },
    });
    const stopListening = await handle.listen('protokol_data_changed', () => clearCache());
    const server = await startServer(app, port);
    // Notifications: scan deadlines and send pending e-mails in the background (src/web/notifications).
    const mailer = notificationMailer(config.auth, logger);
    const notifications = startNotificationLoop({
      db: handle.db,
      mailer,
      publicUrl: notificationBaseUrl(config.auth, server.port),
      logger,
    });
    // The harvest of the registered sites (HARVEST_SCHEDULE; off by default).
    const harvest = config.harvest.intervalMs
      ? startHarvestSchedule({
          db: handle.db,
          dataDir: config.dataDir,
          intervalMs: config.harvest.intervalMs,
          // The first round soon after start-up (what others harvested lately is passed over).
          firstRoundAfterMs: Math.min(config.harvest.intervalMs, FIRST_ROUND_AFTER_MS),
          attachments: config.harvest.attachments,
          budget: config.harvest.budget,
          logger,
          mailer,
          publicUrl: notificationBaseUrl(config.auth, server.port),
        })
      : null;
    // OCR of scanned attachments' pages, queued by the harvest (src/use-cases/harvest/run-ocr-worker.ts).
    const ocr = startOcrWorker({ db: handle.db, dataDir: config.dataDir, logger });
    // The archive stored before the personal-number detector (or its current version), read once.
    const rescan = rescanOnce(handle.db, logger);
    // The amounts of money the items stored before the current reading rules mention, read once.
    const amounts = readAmountsOnce(handle.db, logger);
    io.err(
      `Protokol kører på http://localhost:${server.port}/ (database: ${handle.driver === 'pglite' ? config.dataDir : 'PostgreSQL'})`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await harvest?.stop();
    await ocr.stop();
    await rescan;
    await amounts;
    await stopListening();
    if (joined?.ok) await joined.leave();
    await notifications.stop(); // Notifications
    mailer?.close?.();
    await handle.close();
    return 0;
  },
};

/** The amounts the stored items mention, when the current rules have not read the whole archive (errors logged). */
async function readAmountsOnce(db: Db, logger: Logger): Promise<void> {
  try {
    if (await archiveAmountsRead(db)) return;
    const { items } = await readItemAmounts(db);
    logger.info(`beløb: arkivet læst igen: beløb skrevet på ${items} punkter`);
  } catch (error) {
    logger.error(`beløb: arkivet kunne ikke læses igen (${(error as Error).message}); det prøves igen ved næste start`);
  }
}

/** How soon after start-up the scheduled harvest's first round begins. */
const FIRST_ROUND_AFTER_MS = 15_000;

/** The rescan for personal numbers, when the current detector has not read the whole archive (errors logged). */
async function rescanOnce(db: Db, logger: Logger): Promise<void> {
  try {
    if (await archiveRescanned(db)) return;
    const summary = await rescanPersonalNumbers(db);
    logger.info(
      `cpr: arkivet læst igen: ${summary.numbers} CPR-numre skjult i ${summary.meetings} møder og ${summary.attachments} bilag`,
    );
  } catch (error) {
    logger.error(`cpr: arkivet kunne ikke læses igen (${(error as Error).message}); prøv "protokol cpr rescan"`);
  }
}
