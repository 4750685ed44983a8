/**
 * The `protokol` command: one file per verb under commands/. The CLI speaks Danish, like the
 * interface. Returns the exit code instead of exiting, so tests can call it in-process.
 */
import { AppError, isAppError } from '../errors.js';
import type { CliIo } from './io.js';
import { defaultIo } from './io.js';

interface Command {
  summary: string;
  usage: string;
  /** More lines for `--help`: the options explained. */
  details?: string[];
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  migrate: async () => (await import('./commands/migrate-database.js')).command,
  serve: async () => (await import('./commands/serve-portal.js')).command,
  parse: async () => (await import('./commands/parse-minutes.js')).command,
  import: async () => (await import('./commands/import-minutes.js')).command,
  harvest: async () => (await import('./commands/harvest-site.js')).command,
  site: async () => (await import('./commands/manage-sites.js')).command,
  demo: async () => (await import('./commands/manage-demo.js')).command,
  user: async () => (await import('./commands/manage-user.js')).command,
  export: async () => (await import('./commands/export-archive.js')).command,
  notify: async () => (await import('./commands/manage-notifications.js')).command, // Notifications
  ocr: async () => (await import('./commands/read-scans.js')).command,
  cpr: async () => (await import('./commands/rescan-personal-numbers.js')).command,
  key: async () => (await import('./commands/manage-keys.js')).command, // Frames and keys
  gp: async () => (await import('./commands/manage-gp-capacity.js')).command, // GP capacity (lægedækning)
};

export const HELP = `protokol – møder, dagsordener og referater for sundhedsrådene

Brug: protokol <kommando> [tilvalg]

Kommandoer:
  migrate                     Opret eller opdatér databasens tabeller og indlæs referencedata
  serve [--port N] [--demo]   Start portalen (--demo: indlæs demodata i en tom database)
  parse FIL [--json] [--lines]  Læs én offentliggjort dagsorden/referat og vis mødedokumentet (--lines: de linjer, læserne ser)
  import FIL|MAPPE … [--publisher NAVN] [--dry-run]  Læs og gem møder under deres udgiver; hvert møde i én transaktion
  harvest SITE-URL --publisher NAVN [--attachments] [--dry-run] [--full] | --all
                              Høst en First Agenda-side: kun det nye og ændrede, høfligt; ét møde pr. transaktion
  site add|list               Registrér sider til høst (--all og tidsplanen); vis seneste høst pr. side
  demo load|remove            Indlæs eller fjern de fiktive demodata
  user add|role|reset|list    Brugere og roller: opret, giv rolle i et organ, link til nyt kodeord
  export --format ndjson|csv [--out MAPPE]  Eksportér det offentlige arkiv (åbne data)
  notify scan|deliver         Notifikationer: besked om frister; send ventende e-mails (til cron)
  ocr [--limit N]             Tekstgenkendelse: læs de scannede bilagssider, der venter (også i baggrunden i serve)
  cpr rescan [--status]       Læs det gemte arkiv igen for CPR-numre og skjul dem (også én gang i baggrunden i serve)
  key import FIL              Indlæs en fordelingsnøgle fra CSV (alt eller intet; hver fejl med sin række)
  gp import FIL               Indlæs lægedækningen (ydernumre, vakancer) for sundhedsråd fra CSV (alt eller intet)

Miljø:
  DATABASE_URL    PostgreSQL-server (postgres://…); uden den bruges den indlejrede database
  PROTOKOL_DATA   datamappe (standard ./data)
  PORT            port for portalen (standard 3000)
  LOG_LEVEL       silent, error, warn, info eller debug (standard info)
  PUBLIC_URL, SMTP_URL, MAIL_FROM   portalens adresse og e-mail (links til nyt kodeord, notifikationer)
  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URL   log ind med organisationens login
  COOKIE_SECURE, TRUST_PROXY, SECRET_KEY, NODE_ENV   cookies og proxy; nøgle til formularer

Skriv "protokol <kommando> --help" for hjælp til en kommando.`;

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`Ukendt kommando "${name}".\n\n${HELP}`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nBrug: ${command.usage}${command.details ? `\n\n${command.details.join('\n')}` : ''}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isAppError(error)) {
      io.err(`Fejl: ${error.message}`);
      return error.code === 'input_invalid' ? 2 : 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`Fejl: ${error.message}\n\nBrug: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}

export { AppError };
