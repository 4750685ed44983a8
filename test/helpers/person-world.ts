/**
 * Persons as imports make them, for the admins' person pages: meetings of a publisher's body with
 * the participants named, imported through the real import path (so that names are matched within
 * publishers as they are in production), and the person a participant became.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DbHandle } from '../../src/db/client.js';
import { renderMinutesText } from '../../src/render/text/minutes-text.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { item, minutes } from './meeting-documents.js';

export interface PersonWorld {
  /** Imports a meeting of the publisher's body on the date with these participants (and an item of the case); its id. */
  meeting(publisher: string, body: string, date: string, names: string[], caseNumber?: string): Promise<number>;
  /** The person (id, slug) a participant of the meeting became. */
  personOf(meetingId: number, name: string): Promise<{ id: number; slug: string }>;
  /** The participation (meeting_participants id) of the name at the meeting. */
  participationOf(meetingId: number, name: string): Promise<number>;
  close(): void;
}

export function personWorld(handle: DbHandle): PersonWorld {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-person-world-'));
  const participant = async (meetingId: number, name: string) => {
    const [row] = await handle.query<{ id: number; person_id: number; slug: string }>(
      `select mp.id, mp.person_id, p.slug from meeting_participants mp join persons p on p.id = mp.person_id
       where mp.meeting_id = $1 and mp.name = $2`,
      [meetingId, name],
    );
    if (!row) throw new Error(`${name} is not at meeting ${meetingId}`);
    return row;
  };
  return {
    async meeting(publisher, body, date, names, caseNumber) {
      const items = [item(1, 'Godkendelse af dagsorden')];
      if (caseNumber) items.push(item(2, 'Sundhedsaftale', { caseNumber }));
      const document = minutes(items, {
        body,
        date,
        startTime: '10:00',
        participants: names.map((name) => ({ name, party: null, organization: null, role: null, absent: false })),
      });
      const file = path.join(dir, `${publisher}-${body}-${date}.txt`.replace(/[^\wæøåÆØÅ.-]+/g, '-'));
      fs.writeFileSync(file, renderMinutesText(document, 'standard'));
      const summary = await importMeetings({ db: handle.db, paths: [file], publisher });
      if (summary.counts.error > 0 || !summary.results[0].meetingId) throw new Error(`import of ${file} failed`);
      return summary.results[0].meetingId;
    },
    async personOf(meetingId, name) {
      const row = await participant(meetingId, name);
      return { id: row.person_id, slug: row.slug };
    },
    async participationOf(meetingId, name) {
      return (await participant(meetingId, name)).id;
    },
    close() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
