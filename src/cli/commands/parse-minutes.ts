import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatMeetingDate } from '../../domain/danish-dates.js';
import { AppError } from '../../errors.js';
import { formatLines } from '../../importer/lines.js';
import { extractLines, parseMinutes } from '../../importer/parse-minutes.js';
import { LABELS } from '../../render/i18n.js';
import type { CliIo } from '../io.js';

export const command = {
  summary:
    'Læs én offentliggjort dagsorden eller ét referat (txt, pdf, docx, html, First Agenda-JSON) og vis mødedokumentet. Databasen røres ikke.',
  usage: 'protokol parse FIL [--json] [--format NAVN] [--lines]',
  details: [
    '--json         mødedokumentet som JSON',
    '--format NAVN  læs med den navngivne læser i stedet for den, der genkender filen',
    '--lines        vis i stedet de linjer, læserne ser: filens tekst efter udtrækningen, med sidehoved,',
    '               sidefod og sidetal fjernet (som tomme linjer), én pr. linje og med sidenummer og',
    '               tabulator foran, hvor filen har sider. Linje N i udskriften er linje N i fejlbeskeder.',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, format: { type: 'string' }, lines: { type: 'boolean' } },
    });
    if (positionals.length !== 1)
      throw new AppError('input_invalid', 'angiv præcis én fil: protokol parse FIL [--json]');
    const file = positionals[0];
    const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('input_invalid', `${file}: kan ikke læses (${error.code ?? error.message})`);
    });
    if (values.lines) {
      io.out(formatLines(await extractLines({ bytes, fileName: path.basename(file) })));
      return 0;
    }
    const document = await parseMinutes({ bytes, fileName: path.basename(file), format: values.format });
    if (values.json) {
      io.out(JSON.stringify(document, null, 2));
      return 0;
    }
    const kind = document.documentType === 'referat' ? 'Referat' : 'Dagsorden';
    io.out(`${kind}, ${document.body}, ${formatMeetingDate(document.date, document.startTime)}`);
    if (document.location) io.out(`Sted: ${document.location}`);
    const absent = document.participants.filter((p) => p.absent).length;
    io.out(`Deltagere: ${document.participants.length}${absent ? ` (heraf ${absent} fraværende)` : ''}`);
    io.out(`Format: ${document.format}\n`);
    for (const item of document.items) {
      const flags = [
        item.closed ? 'lukket' : null,
        item.caseNumber ? `sag ${item.caseNumber}` : null,
        item.decision ? `beslutning: ${LABELS.da.outcome[item.decision.outcome].toLowerCase()}` : null,
      ].filter(Boolean);
      io.out(`  ${item.number}. ${item.title}${flags.length ? `  [${flags.join(', ')}]` : ''}`);
    }
    if (document.warnings.length > 0) {
      io.out('\nAdvarsler:');
      for (const warning of document.warnings) io.out(`  - ${warning}`);
    }
    return 0;
  },
};
