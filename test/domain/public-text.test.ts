import { describe, expect, it } from 'vitest';
import { closedItemTitle, publicItemTitle } from '../../src/domain/agenda-item.js';
import { copenhagenDate } from '../../src/domain/meeting.js';

describe('closed item titles', () => {
  it('keeps "Lukket" and "Lukket: …" as they are and marks anything else', () => {
    expect(closedItemTitle('Lukket')).toBe('Lukket');
    expect(closedItemTitle('Lukket: Salg af ejendom')).toBe('Lukket: Salg af ejendom');
    expect(closedItemTitle('LUKKET punkt')).toBe('LUKKET punkt');
    expect(closedItemTitle('Salg af ejendom')).toBe('Lukket: Salg af ejendom');
    expect(closedItemTitle('  ')).toBe('Lukket');
    expect(closedItemTitle('Lukketid for akutklinikken')).toBe('Lukket: Lukketid for akutklinikken');
  });

  it('leaves open titles alone', () => {
    expect(publicItemTitle('Salg af ejendom', false)).toBe('Salg af ejendom');
    expect(publicItemTitle('Salg af ejendom', true)).toBe('Lukket: Salg af ejendom');
  });
});

describe('the Danish calendar date', () => {
  it("takes today's date in Denmark, not in UTC", () => {
    expect(copenhagenDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(copenhagenDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(copenhagenDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
