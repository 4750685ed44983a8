import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { loadDemoData, removeDemoData } from '../../use-cases/imports/load-demo-data.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary: 'Indlæs (load) eller fjern (remove) de fiktive demodata. Rigtige møder røres ikke.',
  usage: 'protokol demo load|remove',
  async run(args: string[], io: CliIo): Promise<number> {
    const [action] = args;
    if (action !== 'load' && action !== 'remove')
      throw new AppError('input_invalid', 'skriv "protokol demo load" eller "protokol demo remove"');
    const handle = await openDatabase(loadConfig());
    try {
      if (action === 'load') {
        const result = await loadDemoData({ db: handle.db });
        io.out(`Demodata indlæst: ${result.meetings} møder.`);
      } else {
        const result = await removeDemoData({ db: handle.db });
        io.out(`Demodata fjernet: ${result.meetings} møder og ${result.bodies} fiktive organer.`);
      }
      return 0;
    } finally {
      await handle.close();
    }
  },
};
