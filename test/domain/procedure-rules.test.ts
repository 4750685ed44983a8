/**
 * A body's rules of procedure: the members' answering period in working days across Easter, the
 * deadline for requesting an item moved back off holidays, a late request placed on the next
 * meeting, and whether a round's approval rule is met (with and without silence as approval).
 */
import { describe, expect, it } from 'vitest';
import {
  approvalDueOn,
  approvalState,
  itemRequestDeadline,
  placeItemRequest,
} from '../../src/domain/procedure-rules.js';

describe('rules of procedure', () => {
  it('counts the answering period in working days, passing over Easter', () => {
    // Sent Wednesday 24 March 2027: skærtorsdag, langfredag, the weekend and 2. påskedag do not count.
    expect(approvalDueOn('2027-03-24', 3)).toBe('2027-04-01');
    // An ordinary week: Monday + 3 working days is Thursday.
    expect(approvalDueOn('2027-03-15', 3)).toBe('2027-03-18');
  });

  it('moves the deadline for requests back to the working day before a holiday', () => {
    // 11 days before Tuesday 6 April 2027 is langfredag; skærtorsdag before it is closed too.
    expect(itemRequestDeadline('2027-04-06', 11)).toBe('2027-03-24');
    expect(itemRequestDeadline('2027-05-04', 11)).toBe('2027-04-23');
  });

  it('places a late request on the next meeting after, and says when none is planned', () => {
    const asked = { id: 1, heldOn: '2027-04-06' };
    const later = [asked, { id: 3, heldOn: '2027-06-01' }, { id: 2, heldOn: '2027-05-04' }];
    expect(placeItemRequest({ receivedOn: '2027-03-24', asked, later, daysBefore: 11 })).toEqual({
      ok: true,
      meeting: asked,
      isLate: false,
      deadlineOn: '2027-03-24',
    });
    expect(placeItemRequest({ receivedOn: '2027-03-25', asked, later, daysBefore: 11 })).toEqual({
      ok: true,
      meeting: { id: 2, heldOn: '2027-05-04' },
      isLate: true,
      deadlineOn: '2027-03-24',
    });
    expect(placeItemRequest({ receivedOn: '2027-03-25', asked, later: [asked], daysBefore: 11 })).toEqual({
      ok: false,
      reason: 'no_later_meeting',
      deadlineOn: '2027-03-24',
    });
  });

  it('meets the approval rule when all approved, or after the period when silence counts', () => {
    const members = [
      { name: 'Anna', approved: true },
      { name: 'Bo', approved: false },
    ];
    const strict = {
      minutesApproval: 'members_within_days' as const,
      silenceIsApproval: false,
      dueOn: '2027-04-01',
      members,
    };
    expect(approvalState(strict, '2027-04-01')).toEqual({ met: false, periodOver: false, missing: ['Bo'] });
    expect(approvalState(strict, '2027-04-02')).toEqual({ met: false, periodOver: true, missing: ['Bo'] });
    const silent = { ...strict, silenceIsApproval: true };
    expect(approvalState(silent, '2027-04-01').met).toBe(false);
    expect(approvalState(silent, '2027-04-02').met).toBe(true);
    expect(approvalState({ ...strict, members: [{ name: 'Anna', approved: true }] }, '2027-03-25').met).toBe(true);
    expect(approvalState({ ...strict, minutesApproval: 'next_meeting', dueOn: null }, '2027-03-25').met).toBe(true);
  });
});
