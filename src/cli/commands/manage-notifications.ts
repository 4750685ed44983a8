/**
 * `protokol notify deliver|scan`: one round of the notification work that `protokol serve` does in
 * the background — for cron, or to send now. `scan` writes the deadline notifications (questions
 * near or past their deadline, follow-ups due); `deliver` sends the pending e-mails and retries
 * failed ones whose wait is over.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { createLogger } from '../../log.js';
import { scanDeadlines } from '../../use-cases/notifications/scan-deadlines.js';
import { deliverEmails, notificationBaseUrl, notificationMailer } from '../../web/notifications/background-jobs.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary:
    'Notifikationer: "scan" opretter besked om frister (spørgsmål og opfølgninger), "deliver" sender ventende e-mails og prøver fejlede igen.',
  usage: 'protokol notify scan|deliver',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [action] = positionals;
    if (action !== 'scan' && action !== 'deliver') {
      throw new AppError('input_invalid', 'skriv "protokol notify scan" eller "protokol notify deliver"');
    }
    const config = loadConfig();
    const handle = await openDatabase(config);
    const mailer = action === 'deliver' ? notificationMailer(config.auth, createLogger(config.logLevel)) : null;
    try {
      if (action === 'scan') {
        const result = await scanDeadlines({ db: handle.db });
        io.out(`Frister: ${result.questions} beskeder om spørgsmål, ${result.followUps} om opfølgninger.`);
        return 0;
      }
      if (!mailer) io.err('Bemærk: SMTP_URL er ikke sat; ventende e-mails markeres som ikke sendt.');
      const report = await deliverEmails({
        db: handle.db,
        mailer,
        publicUrl: notificationBaseUrl(config.auth, config.port),
      });
      io.out(
        `E-mails: ${report.sent} sendt, ${report.retrying} prøves igen senere, ${report.failed} opgivet, ${report.skipped} ikke sendt.`,
      );
      return report.retrying + report.failed > 0 ? 1 : 0;
    } finally {
      mailer?.close?.();
      await handle.close();
    }
  },
};
