/**
 * `protokol cpr rescan`: the archive stored before the personal-number detector (or before its
 * current version) read again now, every personal number found masked in place and recorded for
 * the admins. `protokol serve` does the same once in the background; this runs it to the end in
 * the foreground (after an upgrade, or to see the counts). `--status`: has the current detector
 * read the whole archive?
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { archiveRescanned, rescanPersonalNumbers } from '../../use-cases/imports/rescan-personal-numbers.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary:
    'CPR-numre: læs det gemte arkiv igen med den nuværende genkendelse og skjul hvert CPR-nummer, der findes. Det samme gør "protokol serve" én gang i baggrunden.',
  usage: 'protokol cpr rescan [--status]',
  details: ['--status    vis kun, om hele arkivet er læst med den nuværende genkendelse'],
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { status: { type: 'boolean' } },
    });
    if (positionals[0] !== 'rescan' || positionals.length > 1) {
      throw new AppError(
        'input_invalid',
        `ukendt brug: protokol cpr ${positionals.join(' ')} (brug: protokol cpr rescan)`,
      );
    }
    const handle = await openDatabase(loadConfig());
    try {
      if (values.status) {
        io.out((await archiveRescanned(handle.db)) ? 'Hele arkivet er læst.' : 'Arkivet er ikke læst helt endnu.');
        return 0;
      }
      const summary = await rescanPersonalNumbers(handle.db);
      io.out(
        `CPR-numre: ${summary.numbers} skjult i ${summary.meetings} ${summary.meetings === 1 ? 'møde' : 'møder'} og ${summary.attachments} bilag. Hele arkivet er læst.`,
      );
      return 0;
    } finally {
      await handle.close();
    }
  },
};
