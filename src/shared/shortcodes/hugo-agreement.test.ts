import { describe, expect, it } from 'vitest';
import { scanShortcodes } from './scan';

/**
 * Whether Hugo 0.111.3 (Debian) builds a page whose body is the text, measured
 * on a site where `note` is a template that uses .Inner and `youtube` is the
 * built-in one. Hugo's messages for the failures included "Cannot mix named and
 * positional parameters", "unterminated quoted string", "must be closed or
 * self-closed" and "does not evaluate .Inner, yet a closing tag was provided".
 */
const measured: [text: string, hugo: 'builds' | 'fails'][] = [
  ['{{< youtube abc >}}', 'builds'],
  ['{{< youtube "abc" >}}', 'builds'],
  ['{{< youtube id="abc" t="10" >}}', 'builds'],
  ['{{< youtube id=abc >}}', 'builds'],
  ['{{< youtube id=abc>}}', 'fails'],
  ['{{< youtube abc />}}', 'fails'],
  ['{{< youtube abc >}}{{< /youtube >}}', 'fails'],
  ['{{< note >}}', 'fails'],
  ['{{< note >}}x{{< /note >}}', 'builds'],
  ['{{< note />}}', 'builds'],
  ['{{< note / >}}', 'builds'],
  ['{{< /note >}}', 'fails'],
  ['{{< note >}}x{{% /note %}}', 'builds'],
  ['{{< youtube a="b" c >}}', 'fails'],
  ['{{< youtube a "b" c=d >}}', 'fails'],
  ['{{< >}}', 'fails'],
  ['{{< "x" >}}', 'fails'],
  ['{{< youtube https://youtu.be/x >}}', 'fails'],
  ["{{< youtube 'x' >}}", 'fails'],
  ['{{< youtube "abc >}}', 'fails'],
  ['{{< youtube `abc >}}', 'fails'],
  ['{{< youtube `ab\nc` >}}', 'builds'],
  ['{{< youtube abc %}}', 'fails'],
  ['{{% youtube abc >}}', 'fails'],
  ['{{< youtube abc', 'fails'],
  ['a {{< b', 'fails'],
  ['{{</* youtube */>}}', 'builds'],
  ['{{</* youtube >}}', 'fails'],
  ['{{%/* note */%}}', 'builds'],
  ['x >}} y', 'builds'],
  ['{{< note >}}{{< note >}}a{{< /note >}}{{< /note >}}', 'builds'],
  ['{{< note >}}{{< note >}}a{{< /note >}}', 'fails'],
  ['{{< note >}}a{{< /note >}}{{< /note >}}', 'fails'],
  ['{{< youtube =x >}}', 'builds'],
  ['{{< youtube a="1" a="2" >}}', 'builds'],
  ['{{< youtube \\"abc\\" >}}', 'builds'],
  ['{{< youtube "a\\`b" >}}', 'fails'],
  ['{{< note/>}}', 'fails'],
  ['{{< note x / y >}}', 'builds'],
  ['{{< note >}}a{{< /note keyword >}}', 'fails'],
  ['{{< youtube a= >}}', 'fails'],
  ['{{< youtube.x >}}', 'fails'],
  ['```\n{{< youtube abc >}}\n```', 'builds'],
  ['    {{< note >}}', 'fails'],
  ['{{{< youtube abc >}}', 'builds'],
  ['{{< youtube -abc >}}', 'builds'],
  ['{{< -youtube >}}', 'fails'],
  ['{{< youtube a b c >}}', 'builds'],
  ['{{< youtube abc\n>}}', 'builds'],
  ['{{< youtube\n  id="abc"\n  title=`t`\n>}}', 'builds'],
  ['{{< youtube "a" "b"/>}}', 'fails'],
  ['{{< note "a"/>}}', 'builds'],
  ['{{< youtube a\\b >}}', 'builds'],
  ['{{< youtube {abc} >}}', 'fails'],
  ['{{<< youtube >}}', 'fails'],
  ['{{< note >}}{{< youtube x >}}{{< /note >}}', 'builds'],
  ['{{< note >}}{{< youtube x >}}{{< /youtube >}}{{< /note >}}', 'fails'],
  ['{{< youtube x >}} %}}', 'builds'],
  ['{{< youtube a=b c=d >}}', 'builds'],
  ['{{< youtube a = b >}}', 'builds'],
  ['{{< youtube "x"y >}}', 'builds'],
  ['{{< youtube ab.cd >}}', 'builds'],
  ["{{< note / 'y' >}}", 'fails'],
  ['{{< note / y >}}', 'builds'],
  ['{{< note / a="b" c >}}', 'fails'],
  ['{{< note / y', 'fails'],
];

const options = {
  usesInner: (name: string) => (name === 'note' ? true : name === 'youtube' ? false : undefined),
};

describe('scanShortcodes agrees with Hugo 0.111.3', () => {
  it.each(measured)('%j: Hugo %s', (text, hugo) => {
    const { problems } = scanShortcodes(text, options);
    const blocking = problems.filter((p) => !p.buildsAnyway);
    if (hugo === 'builds') expect(blocking).toEqual([]);
    else expect(blocking.length).toBeGreaterThan(0);
  });
});
