import { describe, expect, it } from 'vitest';
import { parseHugoDate } from '../time';
import { readPickedDate, writePickedDate } from './date-layout';

describe('the date picker keeps the layout the file uses', () => {
  const cases: [string, { day: string; time: string | null }, string][] = [
    ['2021-06-17T00:00:00Z', { day: '2021-07-01', time: null }, '2021-07-01T00:00:00Z'],
    ['2021-06-17T00:00:00Z', { day: '2021-07-01', time: '09:30:15' }, '2021-07-01T09:30:15Z'],
    ['2021-06-17T10:00:00+02:00', { day: '2022-01-02', time: null }, '2022-01-02T10:00:00+02:00'],
    ['2021-06-17T00:00:00.123Z', { day: '2021-06-18', time: null }, '2021-06-18T00:00:00.123Z'],
    ['2021-05-27T00:00:00', { day: '2021-05-28', time: '12:00:00' }, '2021-05-28T12:00:00'],
    ['2021-06-17', { day: '2021-06-18', time: '12:00:00' }, '2021-06-18'],
    ['2019-03-29 12:00:00', { day: '2019-03-30', time: null }, '2019-03-30 12:00:00'],
    [
      'Fri, 29 Mar 2019 12:00:00 +0000',
      { day: '2019-03-30', time: null },
      'Sat, 30 Mar 2019 12:00:00 +0000',
    ],
    [
      'Fri, 29 Mar 2019 12:00:00 +0000',
      { day: '2024-02-29', time: '08:05:00' },
      'Thu, 29 Feb 2024 08:05:00 +0000',
    ],
  ];
  it.each(cases)('%s with %o → %s', (current, picked, expected) => {
    expect(writePickedDate(current, picked)).toBe(expected);
    expect(parseHugoDate(expected)).toMatchObject({ ok: true });
    expect(readPickedDate(expected)).toEqual({
      day: picked.day,
      time: readPickedDate(current)?.time === null ? null : expect.any(String),
    });
  });

  it('reads what a picker shows', () => {
    expect(readPickedDate('2021-06-17T08:09:10Z')).toEqual({ day: '2021-06-17', time: '08:09:10' });
    expect(readPickedDate('2021-06-17')).toEqual({ day: '2021-06-17', time: null });
    expect(readPickedDate('Fri, 29 Mar 2019 12:00:00 +0000')).toEqual({
      day: '2019-03-29',
      time: '12:00:00',
    });
    expect(readPickedDate('2021-02-30')).toBeNull();
    expect(readPickedDate('yesterday')).toBeNull();
  });

  it("writes the site's usual form where there is no date or an unknown layout", () => {
    expect(writePickedDate(undefined, { day: '2021-06-17', time: null })).toBe(
      '2021-06-17T00:00:00Z',
    );
    expect(writePickedDate('17 Jun 2021', { day: '2021-06-18', time: '10:00:00' })).toBe(
      '2021-06-18T10:00:00Z',
    );
  });
});
