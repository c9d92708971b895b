import { describe, expect, it } from 'vitest';
import { bodyStart, countWords, readingMinutes } from './text-stats';

describe('bodyStart', () => {
  it('skips YAML and TOML front matter', () => {
    expect(bodyStart('---\ntitle: x\n---\nHello')).toBe(17);
    expect(bodyStart('+++\ntitle = "x"\n+++\r\nHello')).toBe(21);
    expect(bodyStart('Hello\n---\n')).toBe(0);
    expect(bodyStart('---\ntitle: never closed\n')).toBe(0);
  });
});

describe('countWords', () => {
  it('counts the words of the body only', () => {
    expect(countWords('---\ntitle: Many words in a title\n---\nTwo words.\n')).toBe(2);
  });

  it('leaves out shortcodes, tags, link targets and lone punctuation', () => {
    const text = [
      '## A heading',
      '',
      '{{< youtube "90jnPXk3iCs" >}}',
      '',
      'See [the docs](https://linkerd.io/docs "Docs") and <br/> *this* - too.',
      '{{% note %}}Inner words count.{{% /note %}}',
    ].join('\n');
    expect(countWords(text)).toBe(11);
  });

  it('counts words in any script', () => {
    expect(countWords('Größe naïve 2024 café')).toBe(4);
  });
});

describe('readingMinutes', () => {
  it("rounds up like Hugo's ReadingTime", () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(213)).toBe(1);
    expect(readingMinutes(214)).toBe(2);
  });
});

describe('bodyStart after blank lines and JSON', () => {
  it('finds the body where the post model does', () => {
    expect(bodyStart('\n---\ntitle: x\n---\nHello')).toBe(18);
    expect(bodyStart('{"title": "x"}\nHello')).toBe(15);
    expect(bodyStart('---\ntitle: x\n---trailing\nHello')).toBe(16);
  });
});
