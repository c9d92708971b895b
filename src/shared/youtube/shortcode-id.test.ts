import { describe, expect, it } from 'vitest';
import { scanShortcodes } from '../shortcodes/scan';
import { youtubeIdArgument, youtubeIdOfShortcode } from './shortcode-id';

function idOf(text: string): string | null {
  const call = scanShortcodes(text, { usesInner: () => false }).calls[0];
  if (!call) throw new Error(`no call in ${text}`);
  return youtubeIdOfShortcode(call);
}

describe('youtubeIdOfShortcode', () => {
  it('reads the first positional argument, quoted or not', () => {
    expect(idOf('{{< youtube "90jnPXk3iCs" >}}')).toBe('90jnPXk3iCs');
    expect(idOf('{{< youtube sq8nsjuJqO4 >}}')).toBe('sq8nsjuJqO4');
    expect(idOf('{{< youtube `1dXJ34-KLe8` my-class >}}')).toBe('1dXJ34-KLe8');
  });

  it('reads id= among named arguments, wherever it stands', () => {
    expect(idOf('{{< youtube id="J1fr4mDQlhs" t="10" >}}')).toBe('J1fr4mDQlhs');
    expect(idOf('{{< youtube autoplay="true" id=fkG92qOhdo4 >}}')).toBe('fkG92qOhdo4');
  });

  it('finds none when the call has no ID argument', () => {
    expect(idOf('{{< youtube >}}')).toBeNull();
    expect(idOf('{{< youtube title="A talk" >}}')).toBeNull();
  });

  it('gives the argument itself, with its span', () => {
    const text = '{{< youtube class="x" id="abc" >}}';
    const call = scanShortcodes(text, { usesInner: () => false }).calls[0];
    const argument = call && youtubeIdArgument(call);
    expect(argument && text.slice(argument.span.from, argument.span.to)).toBe('id="abc"');
  });
});
