/**
 * A project's spending (forbrug, migration 0039): what the secretariat records the project spent —
 * an amount in øre, the day and a note; several entries per project. Summed per project and per
 * frame allocation it is the frame picture's "spent"; domain/project.ts's `checkSpending` keeps the
 * sum at or below what the project holds (granted minus what it gave back when it stopped).
 */
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { belongsTo, instantNow, serialId } from './columns.js';
import { projects } from './projects.js';

export const projectSpendings = pgTable(
  'project_spendings',
  {
    id: serialId(),
    projectId: belongsTo('project_id', () => projects.id),
    amountOre: bigint('amount_ore', { mode: 'bigint' }).notNull(),
    spentOn: date('spent_on').notNull(),
    note: text('note').notNull().default(''),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('project_spendings_project_idx').on(t.projectId, t.spentOn),
    check('project_spendings_amount_positive', sql`${t.amountOre} > 0`),
  ],
);
