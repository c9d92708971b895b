import { describe, expect, it } from 'vitest';
import { parseIsoDuration } from './iso-duration';

describe('parseIsoDuration', () => {
  it('reads the durations YouTube reports', () => {
    expect(parseIsoDuration('PT31M26S')).toEqual({ ok: true, seconds: 31 * 60 + 26 });
    expect(parseIsoDuration('PT1H')).toEqual({ ok: true, seconds: 3600 });
    expect(parseIsoDuration('PT1H2M3S')).toEqual({ ok: true, seconds: 3723 });
    expect(parseIsoDuration('P1DT2H')).toEqual({ ok: true, seconds: 86400 + 7200 });
    expect(parseIsoDuration('PT45S')).toEqual({ ok: true, seconds: 45 });
    expect(parseIsoDuration('P0D')).toEqual({ ok: true, seconds: 0 });
    expect(parseIsoDuration('P1W')).toEqual({ ok: true, seconds: 7 * 86400 });
  });

  it('takes a fraction on the smallest unit only', () => {
    expect(parseIsoDuration('PT1.5S')).toEqual({ ok: true, seconds: 1.5 });
    expect(parseIsoDuration('PT0,5H')).toEqual({ ok: true, seconds: 1800 });
    expect(parseIsoDuration('PT1.5M30S')).toEqual({ ok: false });
  });

  it('rejects what is not an ISO 8601 duration', () => {
    for (const value of [
      '',
      'P',
      'PT',
      'P1DT',
      '31:26',
      'PT31M26',
      'pt31m26s',
      'PT26S31M',
      'PT-5S',
      '1H',
      'P1H',
      'PT1D',
    ]) {
      expect(parseIsoDuration(value), value).toEqual({ ok: false });
    }
  });
});
