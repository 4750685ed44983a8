/**
 * The harvester's request budget per host, held in the database so that it holds across every
 * process and every run (db/stores/host-budget.ts): at most `perMinute` requests in a minute and
 * `perDay` in a Danish day to one host, however many servers harvest. A request over the minute's
 * budget waits for the next minute; one over the day's fails with a HarvestError ('budget') that
 * names the host, so the run ends with the reason and the next day's run goes on. Together with
 * the host's lease (site-lock.ts: one harvest per host at a time) and the client's two requests in
 * flight, no host is ever asked more than this allows.
 *
 * Who may call it: harvestPublicationSite, for the schedule and `protokol harvest`.
 */
import type { Db } from '../../db/client.js';
import { takeHostRequest } from '../../db/stores/host-budget.js';
import { HarvestError } from '../../importer/harvest/harvest-error.js';
import { realSleep, type Sleep } from '../../importer/harvest/http-support.js';
import type { RequestBudget } from '../../importer/harvest/site-client.js';

export interface HostBudget {
  perMinute: number;
  perDay: number;
  /** The window `perMinute` counts in (default a minute; shorter in tests). */
  windowMs?: number;
}

/** Polite defaults: one request a second on average, 20,000 a day per host. */
export const DEFAULT_HOST_BUDGET: HostBudget = { perMinute: 60, perDay: 20_000 };

export function databaseBudget(
  db: Db,
  budget: HostBudget,
  options: { sleep?: Sleep; onGrant?: (host: string, windowStart: Date) => void } = {},
): RequestBudget {
  const sleep = options.sleep ?? realSleep;
  const limits = { perWindow: budget.perMinute, perDay: budget.perDay, windowMs: budget.windowMs ?? 60_000 };
  return {
    async take(url, signal) {
      const host = new URL(url).host;
      for (;;) {
        const answer = await takeHostRequest(db, host, limits);
        if (answer.granted) {
          options.onGrant?.(host, answer.windowStart);
          return;
        }
        if (answer.retryAt === null) {
          throw new HarvestError(
            `${url}: dagens budget for ${host} er brugt (${budget.perDay} forespørgsler); der hentes igen i morgen`,
            url,
            'budget',
            0,
          );
        }
        await sleep(Math.max(5, answer.retryAt.getTime() - Date.now()), signal);
      }
    },
  };
}
