import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyed-lock';

describe('KeyedLock', () => {
  it('runs tasks of one key in order, even when one fails, and other keys alongside', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const step =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      lock.run('a', step('a1', 30, true)),
      lock.run('a', step('a2', 1)),
      lock.run('b', step('b1', 5)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log).toEqual(['a1 start', 'b1 start', 'b1 end', 'a1 end', 'a2 start', 'a2 end']);
  });
});
