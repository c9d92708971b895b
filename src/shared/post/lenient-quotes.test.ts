import { describe, expect, it } from 'vitest';
import { indentQuotedContinuations, originalOffset } from './lenient-quotes';

describe('indentQuotedContinuations', () => {
  it('indents continuation lines of quoted values, leaving everything else', () => {
    const source = 'description: "First\nsecond \\" line"\ntitle: x\nlist:\n  - \'a\nb\'\n';
    const indented = indentQuotedContinuations(source);
    expect(indented?.text).toBe(
      'description: "First\n second \\" line"\ntitle: x\nlist:\n  - \'a\n   b\'\n',
    );
    expect(indented?.quoteStarts).toEqual([13, source.indexOf("'a")]);
  });

  it('never touches lines inside block scalars', () => {
    const source = 'description: |-\n  He said: "hello\n  world"\ntitle: x\n';
    expect(indentQuotedContinuations(source)).toBeNull();
  });

  it('maps offsets back to the original text', () => {
    const source = 'a: "x\ny"\nb: 1\n';
    const indented = indentQuotedContinuations(source);
    if (!indented) throw new Error('expected a change');
    expect(indented.text).toBe('a: "x\n y"\nb: 1\n');
    const b = indented.text.indexOf('b:');
    expect(originalOffset(indented, b)).toBe(source.indexOf('b:'));
    expect(originalOffset(indented, 6)).toBe(6);
    expect(originalOffset(indented, 2)).toBe(2);
  });
});
