/**
 * A body's rules for its question scheme (setQuestionSchemeRules) on both databases: the default
 * without a row, who may set them, what is refused and why, the audit entry, and the deadline a
 * question asked afterwards gets from the body's rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { findQuestionSchemeRules } from '../../src/db/queries/questions.js';
import { QUESTION_SCHEME_RULE } from '../../src/domain/deadlines.js';
import { DEFAULT_QUESTION_SCHEME_RULES } from '../../src/domain/question-scheme-rules.js';
import type { Actor } from '../../src/domain/roles.js';
import { createUser } from '../../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { setQuestionPublishing } from '../../src/use-cases/questions/set-question-publishing.js';
import {
  type QuestionSchemeRulesFields,
  setQuestionSchemeRules,
} from '../../src/use-cases/questions/set-question-scheme-rules.js';
import { submitQuestion } from '../../src/use-cases/questions/submit-question.js';
import { TEST_DATABASES } from '../helpers/databases.js';

/** Monday 23 March 2026, 10:00 in Copenhagen; Easter is 2–6 April. */
const MONDAY = new Date('2026-03-23T09:00:00Z');

const EIGHT_WORKING_DAYS: QuestionSchemeRulesFields = {
  deadlineKind: 'working_days',
  weeks: 0,
  days: 0,
  workingDays: 8,
  publishesAnswers: true,
  memberNote: '  Spørgsmål om enkeltsager sendes til kontaktpersonen Pia Holm.  ',
};

describe.each(TEST_DATABASES)('a body’s rules for its question scheme on $name', (database) => {
  let handle: DbHandle;
  let bodyId: number;
  let otherBodyId: number;
  const ids = { asker: 0, secretariat: 0, otherSecretariat: 0 };
  const roles = (entries: [number, 'member' | 'secretariat'][], isAdmin = false): Actor => ({
    isAdmin,
    roles: new Map(entries),
  });

  beforeAll(async () => {
    handle = await database.open({ seed: 'reference' });
    [{ id: bodyId }, { id: otherBodyId }] = await handle.query<{ id: number }>(
      "select id from bodies where kind = 'health_council' order by slug limit 2",
    );
    const placements: [keyof typeof ids, number, 'member' | 'secretariat'][] = [
      ['asker', bodyId, 'member'],
      ['secretariat', bodyId, 'secretariat'],
      ['otherSecretariat', otherBodyId, 'secretariat'],
    ];
    for (const [name, body, role] of placements) {
      const created = await createUser({ db: handle.db, email: `${name}@example.dk`, name, actor: COMMAND_LINE_ACTOR });
      if (!created.ok) throw new Error(created.reason);
      ids[name] = created.userId;
      await setUserRole({ db: handle.db, userId: created.userId, bodyId: body, role, actor: COMMAND_LINE_ACTOR });
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  const auditEntries = () =>
    handle.query<{ actor_label: string; entity_id: string; before: unknown; after: unknown }>(
      "select actor_label, entity_id, before, after from audit_log where action = 'question_scheme.rules' order by id",
    );
  const set = (rules: QuestionSchemeRulesFields, permissions: Actor, label = 'sekretariatet') =>
    setQuestionSchemeRules({ db: handle.db, bodyId, rules, permissions, actor: { userId: null, label }, now: MONDAY });
  const ask = (title: string) =>
    submitQuestion({
      db: handle.db,
      bodyId,
      askerUserId: ids.asker,
      title,
      text: 'Hvor lange er ventetiderne?',
      addressee: 'secretariat',
      actor: { userId: ids.asker, label: 'asker' },
      now: MONDAY,
    });

  it('has the scheme’s week and publishes nothing until the body sets its rules', async () => {
    expect(await findQuestionSchemeRules(handle.db, bodyId)).toEqual(DEFAULT_QUESTION_SCHEME_RULES);
    expect(DEFAULT_QUESTION_SCHEME_RULES.deadlineRule).toEqual(QUESTION_SCHEME_RULE);
    expect(await ask('Før reglerne')).toMatchObject({ ok: true, dueOn: '2026-03-30' });
    // A row made only to publish answers keeps the week (the columns' defaults).
    await setQuestionPublishing({
      db: handle.db,
      bodyId: otherBodyId,
      publishesAnswers: true,
      actor: COMMAND_LINE_ACTOR,
    });
    expect(await findQuestionSchemeRules(handle.db, otherBodyId)).toEqual({
      ...DEFAULT_QUESTION_SCHEME_RULES,
      publishesAnswers: true,
    });
  });

  it('refuses a member, another body’s secretariat and invalid rules, and changes nothing', async () => {
    const secretariat = roles([[bodyId, 'secretariat']]);
    expect(await set(EIGHT_WORKING_DAYS, roles([[bodyId, 'member']]))).toEqual({ ok: false, reason: 'forbidden' });
    expect(await set(EIGHT_WORKING_DAYS, roles([[otherBodyId, 'secretariat']]))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await set(EIGHT_WORKING_DAYS, roles([]))).toEqual({ ok: false, reason: 'forbidden' });
    const invalid = async (rules: Partial<QuestionSchemeRulesFields>) => {
      const result = await set({ ...EIGHT_WORKING_DAYS, ...rules }, secretariat);
      return result.ok || result.reason !== 'invalid' ? result : result.problems;
    };
    expect(await invalid({ workingDays: 0 })).toEqual(['working_days_invalid']);
    expect(await invalid({ workingDays: 101 })).toEqual(['working_days_invalid']);
    expect(await invalid({ workingDays: Number.NaN })).toEqual(['working_days_invalid']);
    expect(await invalid({ workingDays: 2.5 })).toEqual(['working_days_invalid']);
    expect(await invalid({ deadlineKind: 'calendar', weeks: 0, days: 0 })).toEqual(['deadline_empty']);
    expect(await invalid({ deadlineKind: 'calendar', weeks: 53, days: -1 })).toEqual(['weeks_invalid', 'days_invalid']);
    expect(await invalid({ deadlineKind: 'maanedsvis' })).toEqual(['deadline_kind_invalid']);
    expect(await invalid({ memberNote: 'x'.repeat(2_001) })).toEqual(['member_note_too_long']);
    expect(await invalid({ workingDays: 0, memberNote: 'x'.repeat(2_001) })).toEqual([
      'working_days_invalid',
      'member_note_too_long',
    ]);
    expect(await findQuestionSchemeRules(handle.db, bodyId)).toEqual(DEFAULT_QUESTION_SCHEME_RULES);
    expect(await auditEntries()).toEqual([]);
    expect(
      await setQuestionSchemeRules({
        db: handle.db,
        bodyId: 999_999,
        rules: EIGHT_WORKING_DAYS,
        permissions: roles([], true),
        actor: COMMAND_LINE_ACTOR,
      }),
    ).toEqual({ ok: false, reason: 'body_not_found' });
  });

  it('lets the body’s secretariat set the rules with an audit entry; a question asked afterwards gets its deadline', async () => {
    const result = await set(EIGHT_WORKING_DAYS, roles([[bodyId, 'secretariat']]));
    expect(result).toMatchObject({ ok: true, changed: true });
    const rules = await findQuestionSchemeRules(handle.db, bodyId);
    expect(rules).toEqual({
      deadlineRule: { kind: 'working_days', days: 8 },
      publishesAnswers: true,
      memberNote: 'Spørgsmål om enkeltsager sendes til kontaktpersonen Pia Holm.',
    });
    const [entry] = await auditEntries();
    expect(entry).toMatchObject({
      actor_label: 'sekretariatet',
      entity_id: String(bodyId),
      before: { deadline: '1 uge', deadlineKind: 'calendar', publishesAnswers: false, memberNote: null },
      after: { deadline: '8 arbejdsdage', deadlineKind: 'working_days', publishesAnswers: true },
    });

    // Eight working days from Monday 23 March: Easter's Thursday, Friday and Monday do not count.
    const asked = await ask('Efter reglerne');
    expect(asked).toMatchObject({ ok: true, receivedOn: '2026-03-23', dueOn: '2026-04-07' });
    if (!asked.ok) return;
    expect(asked.explanation).toContain('8 arbejdsdage efter modtagelse 23. marts 2026');
    const [stored] = await handle.query<{ due_on: string }>(
      "select to_char(due_on, 'YYYY-MM-DD') as due_on from questions where id = $1",
      [asked.questionId],
    );
    expect(stored.due_on).toBe('2026-04-07');
    // The question asked before keeps the deadline it got.
    const [before] = await handle.query<{ due_on: string }>(
      "select to_char(due_on, 'YYYY-MM-DD') as due_on from questions where title like '%Før reglerne'",
    );
    expect(before.due_on).toBe('2026-03-30');

    // The same rules again change nothing and write no entry; an admin may set them too.
    expect(await set(EIGHT_WORKING_DAYS, roles([[bodyId, 'secretariat']]))).toMatchObject({ ok: true, changed: false });
    expect(await auditEntries()).toHaveLength(1);
    const calendar = { ...EIGHT_WORKING_DAYS, deadlineKind: 'calendar', weeks: 2, days: 3, memberNote: '' };
    expect(await set(calendar, roles([], true), 'admin')).toMatchObject({ ok: true, changed: true });
    expect(await findQuestionSchemeRules(handle.db, bodyId)).toEqual({
      deadlineRule: { kind: 'calendar', weeks: 2, days: 3 },
      publishesAnswers: true,
      memberNote: null,
    });
    expect(await ask('Kalender')).toMatchObject({ ok: true, dueOn: '2026-04-09' });
    // Turning publishing off from the queue keeps the deadline.
    await setQuestionPublishing({ db: handle.db, bodyId, publishesAnswers: false, actor: COMMAND_LINE_ACTOR });
    expect((await findQuestionSchemeRules(handle.db, bodyId)).deadlineRule).toEqual({
      kind: 'calendar',
      weeks: 2,
      days: 3,
    });
  });

  it('keeps an invalid rule out of the table itself', async () => {
    await expect(
      handle.query(
        "update question_scheme_settings set deadline_kind = 'working_days', deadline_weeks = 1 where body_id = $1",
        [bodyId],
      ),
    ).rejects.toThrow();
    await expect(
      handle.query('update question_scheme_settings set deadline_weeks = 0, deadline_days = 0 where body_id = $1', [
        bodyId,
      ]),
    ).rejects.toThrow();
  });
});
