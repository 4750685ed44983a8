/**
 * The Mailer that use cases send e-mail through. With SMTP_URL: nodemailer over SMTP (smtp:// with
 * STARTTLS when the server offers it, smtps:// for TLS from the start). Without it: in development
 * the message — reset link included — is written to the log, so a developer can follow it; in
 * production nothing is sent and a warning says so (the link is never logged there).
 */
import nodemailer from 'nodemailer';
import type { Environment } from '../../config.js';
import type { Logger } from '../../log.js';
import type { Mailer } from '../../use-cases/notifications/mailer.js';

export function createSmtpMailer({ url, from }: { url: string; from: string }): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(url);
  return {
    async send(to, subject, text, extras) {
      await transport.sendMail({ from, to, subject, text, html: extras?.html, headers: extras?.headers });
    },
    close: () => transport.close(),
  };
}

/** Whether e-mail really goes out with this configuration: over SMTP, or to the log in development. */
export function mailGoesOut(config: { smtp: unknown; environment: Environment }): boolean {
  return config.smtp !== undefined || config.environment === 'development';
}

export function createLogMailer(logger: Logger, environment: Environment): Mailer {
  return {
    async send(to, subject, text) {
      if (environment === 'development') {
        logger.info(`e-mail (ikke sendt: SMTP_URL mangler) til ${to}: ${subject}\n${text}`);
      } else {
        logger.warn('e-mail ikke sendt: SMTP_URL mangler', { subject });
      }
    },
  };
}
