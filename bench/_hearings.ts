/**
 * A hearing of many responses for bench/http's hearing_page: opened on the first body, its
 * responses written in one statement (nine in ten published with the memo's answer and change, one
 * in ten withheld with a reason; about 600 characters of text each), the memo published. Returns
 * its id.
 */
import type { DbHandle } from '../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { openHearing } from '../src/use-cases/hearings/open-hearing.js';

export async function fillHearing(handle: DbHandle, responses: number): Promise<number> {
  const [body] = await handle.query<{ id: number }>('select id from bodies order by id limit 1');
  const opened = await openHearing({
    db: handle.db,
    bodyId: body.id,
    title: 'Høring over udkast til nærsundhedsplan (bench)',
    description: 'Vi beder om bemærkninger til udkastet.',
    planVersionId: null,
    attachmentId: null,
    processStepId: null,
    startsOn: '2026-09-01',
    deadlineOn: '2026-11-01',
    consultees: Array.from({ length: 40 }, (_, i) => ({ name: `Høringspart ${i + 1}`, email: null })),
    actor: null,
    auditActor: COMMAND_LINE_ACTOR,
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  await handle.query(
    `insert into hearing_responses (hearing_id, channel, name, organisation, text, received_at, state, withheld_reason, memo_answer, memo_change)
     select $1, 'portal', 'Afsender ' || n, 'Organisation ' || (n % 97),
            repeat('Vi har følgende bemærkninger til udkastet om det nære sundhedsvæsen. ', 9),
            timestamptz '2026-09-02 10:00+02' + n * interval '40 minutes',
            case when n % 10 = 0 then 'withheld' else 'published' end,
            case when n % 10 = 0 then 'Svaret indeholder personoplysninger.' end,
            'Sundhedsrådet tager bemærkningen med i det videre arbejde.',
            case when n % 3 = 0 then 'Afsnittet er præciseret.' end
     from generate_series(1, $2::int) as n`,
    [opened.hearingId, responses],
  );
  await handle.query(
    `update hearings set memo_text = 'Sundhedsrådet har modtaget mange svar.', memo_published_at = now() where id = $1`,
    [opened.hearingId],
  );
  return opened.hearingId;
}
