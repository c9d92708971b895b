import { describe, expect, it } from 'vitest';
import { splitMarkdownChunks } from './markdown-chunks';

const starts = (body: string, noSplit: { from: number; to: number }[] = []) =>
  splitMarkdownChunks(body, noSplit).map((chunk) => chunk.text);

describe('splitMarkdownChunks', () => {
  it('starts a chunk at each block that follows a blank line at column 0', () => {
    expect(starts('# A\n\nOne.\n\n## B\n\nTwo.\n')).toEqual([
      '# A\n\n',
      'One.\n\n',
      '## B\n\n',
      'Two.\n',
    ]);
  });

  it('keeps loose list items, definitions, block attributes and indented lines with what precedes', () => {
    expect(
      starts('- a\n\n- b\n\n1. c\n\nTerm\n\n: definition\n\nPara\n\n{.note}\n\n    code\n'),
    ).toEqual([
      '- a\n\n- b\n\n1. c\n\n',
      'Term\n\n: definition\n\n',
      'Para\n\n{.note}\n\n    code\n',
    ]);
  });

  it('never cuts inside fenced code or multi-line HTML blocks', () => {
    const body = '```\na\n\nb\n```\n\n<!--\n\nhidden\n\n-->\n\n<pre>\n\nx\n\n</pre>\n\nEnd.\n';
    expect(starts(body)).toEqual([
      '```\na\n\nb\n```\n\n',
      '<!--\n\nhidden\n\n-->\n\n',
      '<pre>\n\nx\n\n</pre>\n\n',
      'End.\n',
    ]);
    expect(starts('~~~~\n\n~~~\n\nstill code\n~~~~\n\nAfter.\n')).toEqual([
      '~~~~\n\n~~~\n\nstill code\n~~~~\n\n',
      'After.\n',
    ]);
  });

  it('never cuts inside a shortcode call', () => {
    const body = '{{< note >}}\n\nInside.\n\n{{< /note >}}\n\nAfter.\n';
    const call = { from: 0, to: body.indexOf('\n\nAfter') };
    expect(starts(body, [call])).toEqual([
      '{{< note >}}\n\nInside.\n\n{{< /note >}}\n\n',
      'After.\n',
    ]);
  });

  it('covers the whole body, CRLF lines included', () => {
    const body = 'One.\r\n\r\nTwo.\r\n';
    const chunks = splitMarkdownChunks(body);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(body);
    expect(chunks.map((chunk) => chunk.line)).toEqual([0, 2]);
    expect(splitMarkdownChunks('')).toEqual([{ from: 0, to: 0, line: 0, text: '' }]);
  });
});
