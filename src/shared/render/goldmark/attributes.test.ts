import { describe, expect, it } from 'vitest';
import { isRenderedAttribute, parseAttributes } from './attributes';

const attributesOf = (text: string) => parseAttributes(text, 0)?.attributes ?? null;

describe('parseAttributes (Goldmark attribute lists)', () => {
  it('reads ids, classes (added up) and name=value pairs', () => {
    expect(attributesOf('{#x .y .z}')).toEqual([
      ['id', 'x'],
      ['class', 'y z'],
    ]);
    expect(attributesOf('{data-x="1" title=hello num=5 flag=true}')).toEqual([
      ['data-x', '1'],
      ['title', 'hello'],
      ['num', '5'],
      ['flag', 'true'],
    ]);
    expect(attributesOf('{title="say \\"hi\\""}')).toEqual([['title', 'say "hi"']]);
  });

  it('accepts spaces inside the braces but not an empty list with a space', () => {
    // Measured with Hugo 0.111.3: `{ .g }` applies, `{ }` stays text, `{}` is a list.
    expect(attributesOf('{ .g }')).toEqual([['class', 'g']]);
    expect(attributesOf('{}')).toEqual([]);
    expect(attributesOf('{ }')).toBeNull();
  });

  it('refuses what is not an attribute list', () => {
    expect(attributesOf('{"a": 1}')).toBeNull();
    expect(attributesOf('{{ .Title }}')).toBeNull();
    expect(attributesOf('{.a')).toBeNull();
    expect(attributesOf('{class=5}')).toBeNull();
  });

  it('tells where the list ends', () => {
    expect(parseAttributes('x {.a} tail', 1)?.end).toBe(6);
  });
});

describe('isRenderedAttribute', () => {
  it('lets through global attributes, data-* and the element’s own, nothing else', () => {
    expect(isRenderedAttribute('p', 'class')).toBe(true);
    expect(isRenderedAttribute('p', 'data-x')).toBe(true);
    expect(isRenderedAttribute('p', 'onclick')).toBe(false);
    expect(isRenderedAttribute('p', 'num')).toBe(false);
    expect(isRenderedAttribute('ol', 'start')).toBe(true);
    expect(isRenderedAttribute('p', 'start')).toBe(false);
  });
});
