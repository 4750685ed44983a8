import { describe, expect, it } from 'vitest';
import { followUpTiming, transitionFollowUp } from '../../src/domain/follow-ups.js';
import { describePlanChange, planEntryWhen } from '../../src/domain/meeting-plan.js';
import { questionAnsweredMessage, questionClosedMessage } from '../../src/domain/notification-messages.js';
import { notificationReason, retryDelayMs } from '../../src/domain/notifications.js';
import { askerContactReason, hasSchemePrefix, questionAccess, schemeTitle } from '../../src/domain/question.js';
import type { BodyRole } from '../../src/domain/roles.js';

const actor = (userId: number, roles: [number, BodyRole][] = [], isAdmin = false) => ({
  userId,
  isAdmin,
  roles: new Map(roles),
});

describe('who sees what of a question', () => {
  const question = { bodyId: 1, askerUserId: 10, state: 'received' as const };
  it('gives the secretariat and admins everything, the public and other bodies nothing', () => {
    const all = { canRead: true, canReadConfidential: true, canReadNotes: true, canReadAsker: true };
    expect(questionAccess(actor(2, [[1, 'secretariat']]), question)).toEqual(all);
    expect(questionAccess(actor(3, [], true), question)).toEqual(all);
    expect(questionAccess(null, question).canRead).toBe(false);
    expect(questionAccess(actor(4, [[2, 'secretariat']]), question).canRead).toBe(false);
    expect(questionAccess(actor(5, [[2, 'member']]), { ...question, state: 'answered' }).canRead).toBe(false);
  });
  it('lets the asker read their own in every state, other members only answered ones and without notes', () => {
    expect(questionAccess(actor(10, [[1, 'member']]), question)).toMatchObject({ canRead: true, canReadNotes: true });
    expect(questionAccess(actor(11, [[1, 'member']]), question).canRead).toBe(false);
    expect(questionAccess(actor(11, [[1, 'member']]), { ...question, state: 'answered' })).toEqual({
      canRead: true,
      canReadConfidential: true,
      canReadNotes: false,
      canReadAsker: true,
    });
    // An asker who has left the body still reads their question, but no longer its confidential parts.
    expect(questionAccess(actor(10), { ...question, state: 'answered' })).toMatchObject({
      canRead: true,
      canReadConfidential: false,
    });
  });
});

describe('contacting the asker', () => {
  it('is due after the deadline without an answer, and after the chair declined, until recorded', () => {
    const base = { dueOn: '2026-03-30', isContacted: false };
    expect(askerContactReason({ ...base, state: 'received', today: '2026-03-30' })).toBeNull();
    expect(askerContactReason({ ...base, state: 'assigned', today: '2026-03-31' })).toBe('overdue');
    expect(askerContactReason({ ...base, state: 'declined', today: '2026-03-24' })).toBe('declined');
    expect(askerContactReason({ ...base, state: 'answered', today: '2026-04-30' })).toBeNull();
    expect(askerContactReason({ ...base, state: 'outside_scheme', today: '2026-04-30' })).toBeNull();
    expect(askerContactReason({ ...base, isContacted: true, state: 'assigned', today: '2026-04-30' })).toBeNull();
  });
  it('marks the title as a question of the scheme once', () => {
    expect(schemeTitle('Ventetider')).toBe('Spørgsmål til spørgeordningen: Ventetider');
    expect(hasSchemePrefix('spørgsmål til spørgeordningen: x')).toBe(true);
  });
});

describe('follow-ups', () => {
  it('go from open to done or cancelled, and no further', () => {
    expect(transitionFollowUp('open', 'complete')).toEqual({ ok: true, state: 'done' });
    expect(transitionFollowUp('open', 'cancel')).toEqual({ ok: true, state: 'cancelled' });
    expect(transitionFollowUp('done', 'cancel')).toEqual({ ok: false, reason: 'already-done' });
    expect(transitionFollowUp('cancelled', 'complete')).toEqual({ ok: false, reason: 'already-cancelled' });
  });
  it('are due a week ahead and overdue from the day after', () => {
    expect(followUpTiming({ state: 'open', dueOn: '2027-04-01', today: '2027-03-01' })).toBe('on_time');
    expect(followUpTiming({ state: 'open', dueOn: '2027-04-01', today: '2027-03-25' })).toBe('due_soon');
    expect(followUpTiming({ state: 'open', dueOn: '2027-04-01', today: '2027-04-01' })).toBe('due_soon');
    expect(followUpTiming({ state: 'open', dueOn: '2027-04-01', today: '2027-04-02' })).toBe('overdue');
    expect(followUpTiming({ state: 'done', dueOn: '2027-04-01', today: '2027-05-01' })).toBe('closed');
  });
});

describe('the meeting plan', () => {
  const seminar = {
    kind: 'seminar',
    title: '12-12-seminar',
    plannedOn: '2026-08-20',
    endsOn: '2026-08-21',
    startTime: '12:00',
    endTime: '12:00',
    location: null,
    isCancelled: false,
  };
  it('says when, as Danes write it', () => {
    expect(planEntryWhen({ plannedOn: '2026-04-28', endsOn: null, startTime: '08:00', endTime: '12:00' })).toBe(
      'tirsdag d. 28. april 2026 kl. 8.00-12.00',
    );
    expect(planEntryWhen(seminar)).toBe('torsdag d. 20. august 2026 kl. 12.00 til fredag d. 21. august 2026 kl. 12.00');
  });
  it('describes each change', () => {
    expect(describePlanChange(null, seminar)).toBe('Sat i planen');
    expect(
      describePlanChange(seminar, {
        ...seminar,
        plannedOn: '2026-08-31',
        endsOn: '2026-09-01',
        startTime: '13:00',
        endTime: '13:00',
      }),
    ).toBe(
      'Flyttet fra torsdag d. 20. august 2026 kl. 12.00 til fredag d. 21. august 2026 kl. 12.00 til mandag d. 31. august 2026 kl. 13.00 til tirsdag d. 1. september 2026 kl. 13.00',
    );
    expect(describePlanChange(seminar, { ...seminar, isCancelled: true })).toBe('Aflyst');
    expect(describePlanChange(seminar, { ...seminar, title: 'Seminar', location: 'Sønderborg' })).toBe(
      'Titel og sted ændret',
    );
  });
});

describe('notifications', () => {
  it('say why the person got them', () => {
    expect(notificationReason({ kind: 'question_answered', relation: 'member', bodyName: 'Sundhedsråd X' })).toBe(
      'Du får denne besked, fordi du er medlem af Sundhedsråd X og har valgt at få besked om besvarede spørgsmål.',
    );
    expect(notificationReason({ kind: 'follow_up_due', relation: 'secretariat', bodyName: 'Sundhedsråd X' })).toContain(
      'er i sekretariatet for Sundhedsråd X',
    );
  });
  it('wait 1, 2, 4 … minutes between tries, at most 6 hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 60 * 60_000);
  });
  it('carry an answer’s open parts and only a notice of the confidential ones', () => {
    const message = questionAnsweredMessage({
      bodyName: 'Sundhedsråd X',
      title: 'Ventetider',
      openParts: ['Tre uger.'],
      hasConfidentialParts: true,
    });
    expect(message.subject).toBe('Besvaret: Ventetider');
    expect(message.text).toContain('Tre uger.');
    expect(message.text).toContain('Svaret har fortrolige dele, som du kan læse i Protokol.');
    expect(questionClosedMessage({ bodyName: 'X', title: 'T', state: 'outside_scheme' }).text).toContain(
      'enkeltpersoner',
    );
  });
});
