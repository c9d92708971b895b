import { describe, expect, it } from 'vitest';
import { readShortcodePrefix } from './shortcode-prefix';

describe('readShortcodePrefix', () => {
  it('is null outside a tag', () => {
    expect(readShortcodePrefix('plain text')).toBeNull();
    expect(readShortcodePrefix('{{< youtube "x" >}} then')).toBeNull();
    expect(readShortcodePrefix('{{< figure src=a.png>}} then')).toBeNull();
    expect(readShortcodePrefix('{{</* youtube')).toBeNull();
  });

  it('reads the name being typed, in both delimiters and closing tags', () => {
    expect(readShortcodePrefix('text {{< you')).toEqual({
      delimiter: '<',
      closing: false,
      name: 'you',
      args: [],
      slot: null,
    });
    expect(readShortcodePrefix('{{% / note')).toMatchObject({
      delimiter: '%',
      closing: true,
      name: 'note',
    });
    expect(readShortcodePrefix('{{<')).toMatchObject({ name: '', slot: null });
  });

  it('reads the last tag on the line', () => {
    expect(readShortcodePrefix('{{< a >}} and {{< b ')).toMatchObject({ name: 'b' });
  });

  it('knows the arguments written and the slot being typed', () => {
    expect(readShortcodePrefix('{{< youtube id="BWL4889RKhU" ti')).toEqual({
      delimiter: '<',
      closing: false,
      name: 'youtube',
      args: [{ name: 'id', value: 'BWL4889RKhU' }],
      slot: { kind: 'argument', from: 29, text: 'ti' },
    });
    expect(readShortcodePrefix('{{< youtube "BWL4889RKhU" ')?.slot).toEqual({
      kind: 'argument',
      from: 26,
      text: '',
    });
  });

  it('tells named values, quoted positional values and unquoted values apart', () => {
    expect(readShortcodePrefix('{{< youtube autoplay="tr')?.slot).toEqual({
      kind: 'value',
      argument: 'autoplay',
      position: 0,
      from: 22,
      text: 'tr',
      quote: '"',
    });
    expect(readShortcodePrefix('{{< youtube "BW')?.slot).toMatchObject({
      kind: 'value',
      argument: null,
      position: 0,
      quote: '"',
      text: 'BW',
    });
    expect(readShortcodePrefix('{{< gist user `abc')?.slot).toMatchObject({
      kind: 'value',
      argument: null,
      position: 1,
      quote: '`',
    });
    expect(readShortcodePrefix('{{< figure width = 3')?.slot).toMatchObject({
      kind: 'value',
      argument: 'width',
      quote: null,
      text: '3',
    });
  });

  it('skips escaped quotes inside values', () => {
    expect(readShortcodePrefix('{{< x a="say \\"hi\\"" b')).toMatchObject({
      args: [{ name: 'a', value: 'say \\"hi\\"' }],
      slot: { kind: 'argument', text: 'b' },
    });
  });
});
