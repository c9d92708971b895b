import { describe, expect, it } from 'vitest';
import { parseHugoDate } from './hugo-date';
import recorded from './hugo-date.hugo-0.111.json';

describe('parseHugoDate', () => {
  it('agrees with Hugo 0.111 on every recorded value', () => {
    // Hand-picked values plus ~2,000 random mutations of valid dates, each
    // run through a real Hugo 0.111.3 build (see the file's `source`).
    const cases = recorded.cases as [string, boolean][];
    expect(cases.length).toBeGreaterThan(2000);
    const disagreements = cases.filter(([value, accepted]) => parseHugoDate(value).ok !== accepted);
    expect(disagreements).toEqual([]);
  });

  it('reads the forms the linkerd.io posts use', () => {
    expect(parseHugoDate('2021-06-17T00:00:00Z')).toEqual({
      ok: true,
      hasZone: true,
      hasTime: true,
      hasYear: true,
    });
    expect(parseHugoDate('2021-05-27T00:00:00')).toMatchObject({ ok: true, hasZone: false });
    expect(parseHugoDate('2022-03-03T00:00:00+01:00')).toMatchObject({ ok: true, hasZone: true });
    expect(parseHugoDate('2023-02-16T12:30:00.000Z')).toMatchObject({ ok: true, hasZone: true });
    expect(parseHugoDate('Fri, 29 Mar 2019 12:00:00 +0000')).toMatchObject({
      ok: true,
      hasZone: true,
    });
  });

  it('tells date-only values from date-times', () => {
    expect(parseHugoDate('2021-06-17')).toEqual({
      ok: true,
      hasZone: false,
      hasTime: false,
      hasYear: true,
    });
    expect(parseHugoDate('17 Jun 2021')).toMatchObject({ ok: true, hasTime: false });
    expect(parseHugoDate('2021-06-17 10:00:00')).toMatchObject({ ok: true, hasTime: true });
  });

  it('counts only numeric offsets as a zone, as Hugo does', () => {
    // A bare abbreviation is replaced by the site's time zone.
    expect(parseHugoDate('Fri, 29 Mar 2019 12:00:00 GMT')).toMatchObject({
      ok: true,
      hasZone: false,
    });
    expect(parseHugoDate('Fri Mar 29 12:00:00 PST 2019')).toMatchObject({
      ok: true,
      hasZone: false,
    });
    expect(parseHugoDate('2021-06-17 10:00:00 +0200 CEST')).toMatchObject({
      ok: true,
      hasZone: true,
    });
    expect(parseHugoDate('2021-06-17 10:00:00Z')).toMatchObject({ ok: true, hasZone: true });
  });

  it('rejects impossible calendar values', () => {
    for (const value of [
      '2021-13-01',
      '2021-00-10',
      '2021-02-29',
      '1900-02-29',
      '2021-04-31',
      '2021-06-00',
    ]) {
      expect(parseHugoDate(value), value).toEqual({ ok: false });
    }
    expect(parseHugoDate('2020-02-29').ok).toBe(true);
    expect(parseHugoDate('2000-02-29').ok).toBe(true);
    expect(parseHugoDate('Fri, 30 Feb 2019 12:00:00 +0000').ok).toBe(false);
    expect(parseHugoDate('2021-06-17T24:00:00Z').ok).toBe(false);
    expect(parseHugoDate('2021-06-17T23:60:00Z').ok).toBe(false);
    expect(parseHugoDate('2021-06-17T23:59:60Z').ok).toBe(false);
  });

  it('checks weekday names but not that they match the date', () => {
    expect(parseHugoDate('Mon, 29 Mar 2019 12:00:00 +0000').ok).toBe(true);
    expect(parseHugoDate('Xyz, 29 Mar 2019 12:00:00 +0000').ok).toBe(false);
    expect(parseHugoDate('fri, 29 mar 2019 12:00:00 +0000').ok).toBe(true);
    expect(parseHugoDate('Friday, 29 Mar 2019 12:00:00 +0000').ok).toBe(false);
    expect(parseHugoDate('Friday, 29-Mar-19 12:00:00 UTC').ok).toBe(true);
  });

  it('follows Go where it is lenient', () => {
    expect(parseHugoDate('2021-06-17T7:00:00Z').ok).toBe(true);
    expect(parseHugoDate('2021-06-17  10:00:00').ok).toBe(true);
    expect(parseHugoDate('2021-06-17T00:00:00,5Z').ok).toBe(true);
    expect(parseHugoDate('2021-06-17 10:00:00.5').ok).toBe(true);
    expect(parseHugoDate('Fri Mar 9 12:00:00 2019').ok).toBe(true);
  });

  it('rejects near misses that Hugo drops', () => {
    for (const value of [
      '2021-6-17',
      '2021/06/17',
      '2021-06-17T00:00',
      '2021-06-17 10:00',
      '2021-06-17t00:00:00Z',
      '2021-06-17 10:00:00 UTC',
      ' 2021-06-17',
      '2021-06-17 ',
      '17 JUNE 2021',
      'tomorrow',
      '',
    ]) {
      expect(parseHugoDate(value), value).toEqual({ ok: false });
    }
  });

  it('marks time-only values, which Hugo dates in year 0', () => {
    expect(parseHugoDate('3:04PM')).toEqual({
      ok: true,
      hasZone: false,
      hasTime: true,
      hasYear: false,
    });
    expect(parseHugoDate('Jan  2 15:04:05')).toMatchObject({ ok: true, hasYear: false });
    expect(parseHugoDate('3:04pm').ok).toBe(false);
  });
});
