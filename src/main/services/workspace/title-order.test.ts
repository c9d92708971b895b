import { describe, expect, it } from 'vitest';
import { TitleOrder } from './title-order';

describe('TitleOrder', () => {
  it('finds the titles equal to a start or starting with it, through additions and deletions', () => {
    const order = new TitleOrder();
    order.add('linkerd at kubecon eu', 3);
    order.add('linkerd at kubecon', 1);
    order.add('linkerd at kubecon', 2);
    order.add('kubecon recap', 4);
    order.add('linkerd', 5);
    const found = (start: string) => [...order.startingWith(start)].sort((a, b) => a[0] - b[0]);
    expect(found('linkerd at kubecon')).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
    expect(found('linkerd at kube')).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(found('meetup')).toEqual([]);

    order.delete('linkerd at kubecon', 1);
    // Deleting under the wrong title leaves the owner in place.
    order.delete('kubecon recap', 2);
    expect(found('linkerd at kubecon')).toEqual([
      [2, 0],
      [3, 1],
    ]);
    order.delete('linkerd', 5);
    expect(found('linkerd')).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });

  it('stays sorted through many random changes, as a full scan finds', () => {
    const order = new TitleOrder();
    const held = new Map<number, string>();
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const words = ['a', 'ab', 'abc', 'b', 'ba', 'linkerd', 'linkerd at', 'kube'];
    for (let step = 0; step < 500; step += 1) {
      const owner = random(40);
      const before = held.get(owner);
      if (before !== undefined) order.delete(before, owner);
      if (random(3) === 0) held.delete(owner);
      else {
        const title = words[random(words.length)] as string;
        order.add(title, owner);
        held.set(owner, title);
      }
      const start = words[random(words.length)] as string;
      const expected = [...held]
        .filter(([, title]) => title.startsWith(start))
        .map(([owner, title]) => [owner, title === start ? 0 : 1])
        .sort((a, b) => (a[0] as number) - (b[0] as number));
      expect([...order.startingWith(start)].sort((a, b) => a[0] - b[0])).toEqual(expected);
    }
  });
});
