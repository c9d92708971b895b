import { describe, expect, it } from 'vitest';
import { parseIsoDateTime } from './iso-date-time';

describe('parseIsoDateTime', () => {
  it('reads dates and date-times, reporting time and zone', () => {
    expect(parseIsoDateTime('2021-05-14')).toEqual({ ok: true, hasTime: false, hasZone: false });
    expect(parseIsoDateTime('2021-05-14T09:30')).toEqual({
      ok: true,
      hasTime: true,
      hasZone: false,
    });
    expect(parseIsoDateTime('2021-05-14T09:30:00')).toEqual({
      ok: true,
      hasTime: true,
      hasZone: false,
    });
    expect(parseIsoDateTime('2021-05-14T09:30:00Z')).toEqual({
      ok: true,
      hasTime: true,
      hasZone: true,
    });
    expect(parseIsoDateTime('2021-05-14T09:30:00.123+02:00')).toMatchObject({
      ok: true,
      hasZone: true,
    });
    expect(parseIsoDateTime('2021-05-14T09:30:00-0700')).toMatchObject({ ok: true, hasZone: true });
    expect(parseIsoDateTime('2021-05-14T09:30:00+05')).toMatchObject({ ok: true, hasZone: true });
  });

  it('rejects what is not an ISO 8601 date', () => {
    for (const value of [
      '',
      '14/05/2021',
      '2021-5-14',
      '2021-05',
      '20210514',
      'May 14, 2021',
      '2021-05-14 09:30:00',
      '2021-05-14T9:30:00Z',
      '2021-05-14Z',
      '2021-05-14T09:30:00 Z',
    ]) {
      expect(parseIsoDateTime(value), value).toEqual({ ok: false });
    }
  });

  it('checks calendar and clock ranges', () => {
    expect(parseIsoDateTime('2021-02-29').ok).toBe(false);
    expect(parseIsoDateTime('2024-02-29').ok).toBe(true);
    expect(parseIsoDateTime('2021-13-01').ok).toBe(false);
    expect(parseIsoDateTime('2021-05-14T24:00:00Z').ok).toBe(false);
    expect(parseIsoDateTime('2021-05-14T23:60:00Z').ok).toBe(false);
    expect(parseIsoDateTime('2021-05-14T23:59:60Z').ok).toBe(false);
    expect(parseIsoDateTime('2021-05-14T10:00:00+24:00').ok).toBe(false);
  });
});
