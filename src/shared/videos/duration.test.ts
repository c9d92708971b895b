import { describe, expect, it } from 'vitest';
import { clockOf, isoDurationOf, parseDurationInput, shownDuration } from './duration';

describe('parseDurationInput', () => {
  it.each([
    ['31:26', 1886, 'PT31M26S'],
    ['12:34', 754, 'PT12M34S'],
    ['1:02:03', 3723, 'PT1H2M3S'],
    ['0:45', 45, 'PT45S'],
    ['90:00', 5400, 'PT1H30M'],
    ['31m26s', 1886, 'PT31M26S'],
    ['1h 2m 3s', 3723, 'PT1H2M3S'],
    ['45S', 45, 'PT45S'],
    ['2h', 7200, 'PT2H'],
    ['PT31M26S', 1886, 'PT31M26S'],
    ['pt31m26s', 1886, 'PT31M26S'],
    ['  PT1H ', 3600, 'PT1H'],
    ['P0D', 0, 'P0D'],
  ])('%s', (input, seconds, iso) => {
    expect(parseDurationInput(input)).toEqual({ ok: true, seconds, iso });
  });

  it.each([[''], ['abc'], ['31:60'], ['1:60:00'], ['31'], ['PT'], ['31:2'], ['m'], ['P1DT']])(
    'refuses %j with a plain message',
    (input) => {
      const parsed = parseDurationInput(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/31:26/);
    },
  );
});

describe('formatting', () => {
  it('writes ISO 8601 with only the parts there are', () => {
    expect(isoDurationOf(0)).toBe('PT0S');
    expect(isoDurationOf(60)).toBe('PT1M');
    expect(isoDurationOf(3601)).toBe('PT1H1S');
    expect(isoDurationOf(1885.6)).toBe('PT31M26S');
  });

  it('shows a clock as a player does', () => {
    expect(clockOf(1886)).toBe('31:26');
    expect(clockOf(3723)).toBe('1:02:03');
    expect(clockOf(5)).toBe('0:05');
    expect(shownDuration('PT31M26S')).toBe('31:26');
    expect(shownDuration('P1DT1S')).toBe('24:00:01');
    expect(shownDuration('about an hour')).toBe('about an hour');
  });
});
