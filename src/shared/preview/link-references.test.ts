import { describe, expect, it } from 'vitest';
import { findLinkReferences } from './link-references';

describe('findLinkReferences', () => {
  it('finds one-line and wrapped definitions where a definition can start', () => {
    const text = [
      '[One]: https://one.example',
      '[Two  Words]:',
      '  https://two.example',
      '  "A title"',
      '',
      'A paragraph',
      '[not]: https://continuation.example',
      '',
      '## Heading',
      '[three]: <https://three.example> (title)',
      '```',
      '[code]: https://code.example',
      '```',
      '[^note]: A footnote, not a link.',
      '<!--',
      '',
      '[hidden]: https://comment.example',
      '-->',
      '[four]: /four/',
    ].join('\n');
    expect(findLinkReferences(text).map((reference) => reference.label)).toEqual([
      'one',
      'two words',
      'three',
      'four',
    ]);
    expect(findLinkReferences(text)[1]?.line).toBe(
      '[Two  Words]:\n  https://two.example\n  "A title"',
    );
  });
});
