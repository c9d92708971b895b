import { describe, expect, it } from 'vitest';
import { parsePost } from './document';
import { surelyPlain } from './yaml-render';

/** What the post model writes for `value` as a block mapping's value: bare, or otherwise. */
function modelWritesBare(value: string): boolean {
  return parsePost('---\nkey: x\n---\n').set('key', value).text === `---\nkey: ${value}\n---\n`;
}

/** Every string of up to `length` characters from `alphabet`. */
function strings(alphabet: string, length: number): string[] {
  let found = [''];
  let all: string[] = [];
  for (let size = 1; size <= length; size++) {
    found = found.flatMap((start) => [...alphabet].map((char) => start + char));
    all = all.concat(found);
  }
  return all;
}

describe('surelyPlain', () => {
  it('says yes only where the post model writes the value bare', () => {
    const candidates = [
      ...strings("aYn1 :#,.'-!?(", 3),
      ...strings("o1 :#,.'-!?()", 3).flatMap((rest) => [
        `N${rest}`,
        `t${rest}`,
        `e${rest}`,
        `E${rest}`,
      ]),
      ...['y', 'Y', 'yes', 'No', 'NO', 'on', 'Off', 'true', 'False', 'null', 'Null', '~'],
      ...['yES', 'nO', 'oN', 'tRUE', 'nULL', 'inf', 'nan', 'Infinity', 'e3', 'x1e3'],
      ...['Talk number 31 of the day', "What's new in Linkerd 2.12 (part 1)", 'A - B', 'Ready?'],
      ...['a: b', 'a #b', 'a#b', 'a :b', 'Tab\there', 'ends with space ', 'é', 'x\u00a0y'],
    ];
    const sure = candidates.filter(surelyPlain);
    expect(sure.length).toBeGreaterThan(2000);
    expect(sure.filter((value) => !modelWritesBare(value))).toEqual([]);
  });

  it('leaves booleans, nulls, numbers and indicators to the post model', () => {
    for (const value of [
      'yes',
      'No',
      'y',
      'OFF',
      'null',
      '12',
      '1:20',
      '-a',
      "'a",
      'a: b',
      'a #b',
      'a ',
    ]) {
      expect(surelyPlain(value)).toBe(false);
    }
  });
});
