import { describe, expect, it } from 'vitest';
import { formatDuration } from './youtube';

describe('formatDuration', () => {
  it('writes ISO 8601 durations as a clock', () => {
    expect(formatDuration('PT24M38S')).toBe('24:38');
    expect(formatDuration('PT1H2M3S')).toBe('1:02:03');
    expect(formatDuration('PT45S')).toBe('0:45');
    expect(formatDuration('P1DT1M')).toBe('24:01:00');
    expect(formatDuration('PT12M5.5S')).toBe('12:05');
  });

  it('keeps anything else as written', () => {
    expect(formatDuration('24 minutes')).toBe('24 minutes');
    expect(formatDuration('PT')).toBe('PT');
    expect(formatDuration('P')).toBe('P');
  });
});
