import { describe, expect, it } from 'vitest';
import { quoteTomlDates } from './toml-dates';

describe('quoteTomlDates', () => {
  it('quotes bare dates and times outside strings and comments', () => {
    const source = [
      'a = 1979-05-27T07:32:00-08:00',
      'b = 1979-05-27 07:32:00Z # 2000-01-01',
      'c = [07:32:00, 1979-05-27]',
      'd = "2000-01-01"',
      "e = '''",
      '2000-01-01',
      "'''",
      'f = 2021',
      'g.2021-05-14 = 1',
    ].join('\n');
    expect(quoteTomlDates(source)).toBe(
      [
        'a = "1979-05-27T07:32:00-08:00"',
        'b = "1979-05-27 07:32:00Z" # 2000-01-01',
        'c = ["07:32:00", "1979-05-27"]',
        'd = "2000-01-01"',
        "e = '''",
        '2000-01-01',
        "'''",
        'f = 2021',
        'g.2021-05-14 = 1',
      ].join('\n'),
    );
  });
});
