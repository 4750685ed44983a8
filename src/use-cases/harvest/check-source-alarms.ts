/**
 * checkSourceAlarms: after each round of the harvest schedule, every source's alarm (stale, or
 * coverage under 95 %: domain/coverage.ts) is computed from its runs and its list, recorded on the
 * site (shown in the admins' overview) and logged at `warn` while it lasts; when an alarm starts
 * or changes, the admins are e-mailed once, with a link to the site's page. An alarm that ends is
 * logged at `info` and cleared. A mail that cannot be sent is logged and does not stop the check.
 *
 * Who may call it: the server's harvest schedule (and tests).
 */
import type { Db } from '../../db/client.js';
import { listActiveAdminEmails } from '../../db/stores/accounts.js';
import { setSiteAlarm } from '../../db/stores/harvest-sites-store.js';
import type { Logger } from '../../log.js';
import type { Mailer } from '../notifications/mailer.js';
import { listSitesWithRuns } from './list-sites.js';

export interface SourceAlarmReport {
  /** Alarms raised or changed this check (e-mailed). */
  raised: { siteId: number; url: string | null; alarm: string }[];
  /** Alarms still raised from an earlier check. */
  ongoing: number;
  cleared: number;
  /** Admins the new alarms were e-mailed to. */
  mailedTo: string[];
}

export async function checkSourceAlarms(input: {
  db: Db;
  logger: Logger;
  /** null: no e-mail (the log and the admin overview still say it). */
  mailer: Mailer | null;
  /** The portal's public address, for the link in the e-mail. */
  publicUrl: string;
  now?: Date;
}): Promise<SourceAlarmReport> {
  const { db, logger } = input;
  const now = input.now ?? new Date();
  const report: SourceAlarmReport = { raised: [], ongoing: 0, cleared: 0, mailedTo: [] };
  for (const site of await listSitesWithRuns({ db, now })) {
    // What the last check recorded came with the site: written again only when it changed.
    const previous = site.recordedAlarm?.text ?? null;
    if (previous !== site.alarm) await setSiteAlarm(db, site.id, site.alarm, now);
    const where = { site: site.url ?? `#${site.id}`, publisher: site.publisherName };
    if (site.alarm !== null) {
      logger.warn(`kilde: ${site.alarm}`, where);
      if (site.alarm === previous) report.ongoing++;
      else report.raised.push({ siteId: site.id, url: site.url, alarm: site.alarm });
    } else if (previous !== null) {
      logger.info('kilde: alarmen er ophørt', { ...where, alarm: previous });
      report.cleared++;
    }
  }
  if (report.raised.length > 0 && input.mailer) {
    const admins = await listActiveAdminEmails(db);
    const base = input.publicUrl.replace(/\/+$/, '');
    const subject =
      report.raised.length === 1
        ? 'Protokol: alarm for en kilde'
        : `Protokol: alarm for ${report.raised.length} kilder`;
    const text = [
      'Høsten har fundet kilder, der ikke er fuldstændige eller ikke er opdaterede:',
      '',
      ...report.raised.flatMap((raised) => [
        `- ${raised.url ?? 'Adresse ukendt'}: ${raised.alarm}`,
        `  ${base}/admin/kilder/${raised.siteId}`,
      ]),
      '',
      `Alle kilder: ${base}/admin/kilder`,
    ].join('\n');
    for (const to of admins) {
      try {
        await input.mailer.send(to, subject, text);
        report.mailedTo.push(to);
      } catch (error) {
        logger.error('kilde: alarmen kunne ikke sendes med e-mail', { error });
      }
    }
  }
  return report;
}
