import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../src/domain/date-input.js';

describe('parseDateInput', () => {
  it.each([
    ['2026-03-23', '2026-03-23'],
    ['23.03.2026', '2026-03-23'],
    ['23.3.2026', '2026-03-23'],
    ['1.2.2026', '2026-02-01'],
    [' 01.02.2026 ', '2026-02-01'],
    ['23-03-2026', '2026-03-23'],
    ['23/3/2026', '2026-03-23'],
    ['23,03,2026', '2026-03-23'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDateInput(text)).toEqual({ ok: true, date });
  });

  it.each(['31.02.2026', '29.02.2026', '2026-13-01', '00.01.2026', '32.01.2026', '2026-04-31'])(
    'refuses the impossible date %j',
    (text) => {
      expect(parseDateInput(text)).toEqual({ ok: false, reason: 'impossible' });
    },
  );

  it.each(['', 'i går', '23.03.26', '2026.03.23', '23.03', '2026-03-23T10:00', '123.03.2026'])(
    'refuses %j as not a date',
    (text) => {
      expect(parseDateInput(text)).toEqual({ ok: false, reason: 'format' });
    },
  );
});
