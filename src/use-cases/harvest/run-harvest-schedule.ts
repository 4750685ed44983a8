/**
 * The server's harvest schedule (HARVEST_SCHEDULE): every `intervalMs`, one round over the
 * registered sites, one site after the other (each polite on its own). A site another process is
 * harvesting is passed over (its lease, src/db/stores/site-lock.ts), and so is one harvested since
 * the round began (by another process whose round ran at the same time); a round the timer starts
 * also passes over a site whose harvest began within the last half interval (another process's
 * round a few seconds or minutes ahead of this one), so several servers on one database harvest a
 * site once per interval between them, not once each. A site whose last run was refused (403/429) is left alone for hours
 * (its status's `blockedUntil`: 6 h, doubling, at most 48 h), with a warning each round. One
 * round at a time; the timer is unref'd; `stop()` ends the round
 * in progress (the meeting being stored is finished or not begun) and waits for it. After each
 * round the sources' alarms are checked (check-source-alarms.ts: stale, coverage under 95 %),
 * so an alarm is raised within one scheduled run.
 *
 * Who may call it: `protokol serve`.
 */
import type { Db } from '../../db/client.js';
import type { Logger } from '../../log.js';
import type { Mailer } from '../notifications/mailer.js';
import { checkSourceAlarms } from './check-source-alarms.js';
import { harvestPublicationSite } from './harvest-publication-site.js';
import { DEFAULT_HOST_BUDGET, type HostBudget } from './host-budget.js';
import { listSitesDue } from './list-sites.js';

export interface HarvestScheduleOptions {
  db: Db;
  dataDir: string;
  intervalMs: number;
  attachments: boolean;
  /** Each host's request budget (HARVEST_BUDGET_PER_MINUTE, HARVEST_BUDGET_PER_DAY). */
  budget?: HostBudget;
  logger: Logger;
  /** Alarms are e-mailed to the admins through it (null: logged and shown only). */
  mailer?: Mailer | null;
  /** The portal's public address, for links in alarm e-mails. */
  publicUrl?: string;
  /** The clock (tests). */
  now?: () => Date;
  /**
   * When the first round starts (default: one interval after start). `protokol serve` starts it
   * soon after start-up, so a restart does not delay the harvest by a whole interval; what another
   * process harvested within the last half interval is passed over, so restarts fetch nothing twice.
   */
  firstRoundAfterMs?: number;
  /** Client settings for tests (no gap between requests). */
  client?: Parameters<typeof harvestPublicationSite>[0]['client'];
}

export interface HarvestSchedule {
  /** A round now (the command line's and the tests' way): passes over only what was harvested since it began. */
  runOnce(): Promise<void>;
  /** The round the timer starts: also passes over what any process harvested within the last half interval. */
  runScheduled(): Promise<void>;
  stop(): Promise<void>;
}

export function startHarvestSchedule(options: HarvestScheduleOptions): HarvestSchedule {
  const { db, logger } = options;
  const abort = new AbortController();
  let running: Promise<void> | null = null;

  /** One round; `recently` passes over the sites whose harvest began that long before the round. */
  const round = async (recently: number) => {
    const startedAt = new Date();
    const unlessRunSince = new Date(startedAt.getTime() - recently);
    const { due: sites, blocked } = await listSitesDue({ db, now: options.now?.() });
    for (const { site, until } of blocked) {
      logger.warn('høst: siden afviser os (403/429); vi venter med at spørge igen', {
        site: site.url,
        until: until.toISOString(),
      });
    }
    for (const site of sites) {
      if (abort.signal.aborted) return;
      try {
        const result = await harvestPublicationSite({
          db,
          site,
          dataDir: options.dataDir,
          attachments: options.attachments,
          budget: options.budget ?? DEFAULT_HOST_BUDGET,
          client: options.client,
          signal: abort.signal,
          unlessRunSince,
        });
        if (!result.ok) {
          const why =
            result.reason === 'site_busy' ? 'siden høstes af en anden proces' : 'siden er høstet i denne runde';
          logger.info(`høst: ${why}`, { site: site.url });
          continue;
        }
        const { counts, failures } = result.report;
        logger.info('høst: side høstet', { site: site.url, ...counts });
        if (failures.length > 0)
          logger.warn('høst: møder kunne ikke hentes', { site: site.url, failures: failures.slice(0, 10) });
      } catch (error) {
        logger.error('høst: siden kunne ikke høstes', { site: site.url, error });
      }
    }
    if (abort.signal.aborted) return;
    await checkSourceAlarms({
      db,
      logger,
      mailer: options.mailer ?? null,
      publicUrl: options.publicUrl ?? 'http://localhost:3000',
      now: options.now?.(),
    });
  };

  const start = (recently: number) => {
    running ??= round(recently)
      .catch((error: unknown) => logger.error('høst: runden fejlede', { error }))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const runOnce = () => start(0);
  const runScheduled = () => start(options.intervalMs / 2);
  const tick = () => {
    if (!running && !abort.signal.aborted) void runScheduled();
  };
  let timer: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    tick();
    timer = setInterval(tick, options.intervalMs);
    timer.unref();
  }, options.firstRoundAfterMs ?? options.intervalMs);
  first.unref();

  return {
    runOnce,
    runScheduled,
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      abort.abort();
      await running;
    },
  };
}
