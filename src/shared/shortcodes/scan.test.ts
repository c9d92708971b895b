import { describe, expect, it } from 'vitest';
import { scanShortcodes } from './scan';
import type { ShortcodeScan } from './types';

const templates: Record<string, boolean> = {
  note: true,
  highlight: true,
  details: true,
  youtube: false,
  x: false,
  figure: false,
};
const options = { usesInner: (name: string) => templates[name] };

function scan(text: string): ShortcodeScan {
  return scanShortcodes(text, options);
}

/** Each argument as `name=value` or `value`, for compact assertions. */
function argsOf(text: string, call = 0): string[] {
  const found = scan(text).calls[call];
  if (!found) throw new Error(`no call ${call} in ${text}`);
  return found.open.args.map((a) => (a.name === null ? a.value : `${a.name}=${a.value}`));
}

function problemsOf(text: string): { kind: string; text: string; message: string }[] {
  return scan(text).problems.map((p) => ({
    kind: p.kind,
    text: text.slice(p.span.from, p.span.to),
    message: p.message,
  }));
}

describe('scanShortcodes: tags', () => {
  it('reads both delimiters with their spans and name spans', () => {
    const text = 'a {{< youtube "abc" >}} b {{% x user="u" id="1" %}} c';
    const { calls, problems } = scan(text);
    expect(problems).toEqual([]);
    expect(
      calls.map((c) => [c.name, c.open.delimiter, text.slice(c.span.from, c.span.to)]),
    ).toEqual([
      ['youtube', '<', '{{< youtube "abc" >}}'],
      ['x', '%', '{{% x user="u" id="1" %}}'],
    ]);
    const youtube = calls[0]?.open;
    expect(youtube && text.slice(youtube.nameSpan.from, youtube.nameSpan.to)).toBe('youtube');
    expect(youtube?.isClosing).toBe(false);
    expect(youtube?.isSelfClosing).toBe(false);
  });

  it('needs no spaces inside the delimiters', () => {
    expect(scan('{{<youtube abc>}}{{%x%}}').calls.map((c) => c.name)).toEqual(['youtube', 'x']);
  });

  it('reads names with hyphens, underscores, namespaces and non-ASCII letters', () => {
    const text = '{{< my-code >}} {{< my_code >}} {{< ns/fig >}} {{< café >}}';
    expect(scan(text).calls.map((c) => c.name)).toEqual(['my-code', 'my_code', 'ns/fig', 'café']);
  });

  it('gives offsets in UTF-16 units of the text it is given', () => {
    const text = '😀 é {{< youtube "abc" >}}';
    const call = scan(text).calls[0];
    expect(call?.span.from).toBe(text.indexOf('{{<'));
    expect(call && text.slice(call.open.args[0]?.span.from, call.open.args[0]?.span.to)).toBe(
      '"abc"',
    );
  });

  it('reads a call spread over several lines', () => {
    const text = '{{< figure\n  src="a.png"\n  alt=`Two\nlines`\n>}}\nafter';
    const { calls, problems } = scan(text);
    expect(problems).toEqual([]);
    expect(argsOf(text)).toEqual(['src=a.png', 'alt=Two\nlines']);
    expect(calls[0]?.span).toEqual({ from: 0, to: text.indexOf('\nafter') });
  });

  it('does not skip code fences or indented code, as Hugo does not', () => {
    const text = '```\n{{< youtube abc >}}\n```\n\n    {{< x user="a" id="1" >}}\n';
    expect(scan(text).calls.map((c) => c.name)).toEqual(['youtube', 'x']);
  });

  it('leaves plain template braces alone and finds a tag after an extra brace', () => {
    const text = '{{ .Title }} and {{{< youtube abc >}}';
    const { calls, problems } = scan(text);
    expect(problems).toEqual([]);
    expect(calls[0]?.span.from).toBe(text.indexOf('{{<'));
  });
});

describe('scanShortcodes: arguments', () => {
  it('reads unquoted positional values, YouTube IDs with hyphens included', () => {
    expect(argsOf('{{< youtube -ziL-Q_456igdO-4 >}}')).toEqual(['-ziL-Q_456igdO-4']);
    expect(argsOf('{{< x 24 false 3.14 >}}')).toEqual(['24', 'false', '3.14']);
    expect(scan('{{< x 24 >}}').calls[0]?.open.args[0]?.quoting).toBe('none');
  });

  it('reads double-quoted values and applies escaped quotes', () => {
    const text = '{{< x "param nr. 1" "Hello \\"escaped\\" World" "c\\d" >}}';
    expect(argsOf(text)).toEqual(['param nr. 1', 'Hello "escaped" World', 'c\\d']);
    expect(scan(text).calls[0]?.open.args.map((a) => a.quoting)).toEqual([
      'double',
      'double',
      'double',
    ]);
  });

  it('drops every backslash of a value that holds an escaped quote, like Hugo', () => {
    expect(argsOf('{{< x "a\\\\b\\"c" >}}')).toEqual(['ab"c']);
  });

  it('reads values written between escaped quotes', () => {
    expect(argsOf('{{< x \\"param1\\" >}}')).toEqual(['param1']);
    expect(argsOf('{{< x a=\\"b\\" >}}')).toEqual(['a=b']);
  });

  it('reads raw backtick strings as written, across lines and backslashes', () => {
    const text = '{{< x `Hello \\b\n  World` `Second` >}}';
    expect(argsOf(text)).toEqual(['Hello \\b\n  World', 'Second']);
    expect(scan(text).calls[0]?.open.args[0]?.quoting).toBe('raw');
  });

  it('reads named values quoted, raw or bare, with spaces around the =', () => {
    const text = '{{< x a="Hello World" b=`raw` c=3.14 d= 4 e = "five" f=true >}}';
    expect(argsOf(text)).toEqual(['a=Hello World', 'b=raw', 'c=3.14', 'd=4', 'e=five', 'f=true']);
    const args = scan(text).calls[0]?.open.args ?? [];
    expect(args.map((a) => text.slice(a.span.from, a.span.to))).toEqual([
      'a="Hello World"',
      'b=`raw`',
      'c=3.14',
      'd= 4',
      'e = "five"',
      'f=true',
    ]);
  });

  it('splits values written without spaces between them', () => {
    expect(argsOf('{{< x "a""b"`c` >}}')).toEqual(['a', 'b', 'c']);
    expect(argsOf('{{< x a="1"b="2" >}}')).toEqual(['a=1', 'b=2']);
  });

  it('reads an unquoted named value up to the next space', () => {
    expect(argsOf('{{< youtube id=J1fr4mDQlhs t=10 >}}')).toEqual(['id=J1fr4mDQlhs', 't=10']);
  });
});

describe('scanShortcodes: pairing', () => {
  it('pairs an opening and closing tag and records the inner content', () => {
    const text = 'a {{< note >}}Inner **text**{{< /note >}} b';
    const { calls, problems } = scan(text);
    expect(problems).toEqual([]);
    const note = calls[0];
    expect(note?.close?.isClosing).toBe(true);
    expect(note && text.slice(note.inner?.from, note.inner?.to)).toBe('Inner **text**');
    expect(note && text.slice(note.span.from, note.span.to)).toBe(
      '{{< note >}}Inner **text**{{< /note >}}',
    );
  });

  it('accepts spaces around the slash and a closer of the other kind, like Hugo', () => {
    const text = '{{< note >}}a{{< / note >}} {{< note >}}b{{% /note %}} {{< note>}}c{{</note>}}';
    const { calls, problems } = scan(text);
    expect(problems).toEqual([]);
    expect(calls.map((c) => c.close !== null)).toEqual([true, true, true]);
  });

  it('accepts a self-closed call of a template that uses .Inner', () => {
    const { calls, problems } = scan('{{< note />}} {{< details summary="s" / >}}');
    expect(problems).toEqual([]);
    expect(calls.map((c) => [c.name, c.open.isSelfClosing, c.close])).toEqual([
      ['note', true, null],
      ['details', true, null],
    ]);
  });

  it('pairs nested calls, the same name included, with the nearest open tag', () => {
    const text =
      '{{< note >}}1{{< note >}}2{{< youtube abc >}}{{< /note >}}3{{% highlight go %}}4{{% /highlight %}}{{< /note >}}';
    const { calls, problems } = scan(text);
    expect(problems).toEqual([]);
    const inner = (i: number): string => {
      const call = calls[i];
      return call?.inner ? text.slice(call.inner.from, call.inner.to) : '(none)';
    };
    expect(calls.map((c) => c.name)).toEqual(['note', 'note', 'youtube', 'highlight']);
    expect(inner(0)).toBe(
      '1{{< note >}}2{{< youtube abc >}}{{< /note >}}3{{% highlight go %}}4{{% /highlight %}}',
    );
    expect(inner(1)).toBe('2{{< youtube abc >}}');
    expect(inner(2)).toBe('(none)');
    expect(inner(3)).toBe('4');
  });

  it('lets a call of an unknown template stand alone, or pairs it when closed', () => {
    const { calls, problems } = scan('{{< fig src="a" >}} {{< box >}}in{{< /box >}}');
    expect(problems).toEqual([]);
    expect(calls.map((c) => [c.name, c.close !== null])).toEqual([
      ['fig', false],
      ['box', true],
    ]);
  });

  it('closes an unknown call left open inside a closed one', () => {
    const text = '{{< note >}}{{< box >}}{{< /note >}}';
    const { calls, problems } = scan(text);
    expect(problems).toEqual([]);
    expect(calls.map((c) => [c.name, c.close !== null])).toEqual([
      ['note', true],
      ['box', false],
    ]);
  });
});

describe('scanShortcodes: comments', () => {
  it('records commented-out calls as comments, not calls, with anything inside', () => {
    const text = 'Write {{</* youtube "**/*.pdf" */>}} or {{%/* note */%}}.';
    const { calls, comments, problems } = scan(text);
    expect(calls).toEqual([]);
    expect(problems).toEqual([]);
    expect(comments.map((c) => text.slice(c.from, c.to))).toEqual([
      '{{</* youtube "**/*.pdf" */>}}',
      '{{%/* note */%}}',
    ]);
  });

  it('does not see tags inside a comment', () => {
    const text = '{{</* note >}} {{< /note */>}}';
    expect(scan(text).calls).toEqual([]);
    expect(scan(text).problems).toEqual([]);
  });

  it('reports a comment that is never closed', () => {
    expect(problemsOf('{{</* youtube abc >}} after')).toEqual([
      {
        kind: 'unclosed-tag',
        text: '{{</*',
        message: 'This commented-out shortcode ({{</*) is never closed with */>}}.',
      },
    ]);
  });
});

describe('scanShortcodes: problems', () => {
  it('reports an inner call that is never closed, in the words of the brief', () => {
    expect(problemsOf('{{< note >}}\nText without end.\n')).toEqual([
      {
        kind: 'unclosed-call',
        text: '{{< note >}}',
        message: 'The shortcode note is opened here but never closed with {{< /note >}}.',
      },
    ]);
    expect(problemsOf('{{% note %}}x')[0]?.message).toBe(
      'The shortcode note is opened here but never closed with {{% /note %}}.',
    );
  });

  it('reports the inner call left open when an outer one closes', () => {
    expect(problemsOf('{{< details >}}{{< note >}}x{{< /details >}}')).toEqual([
      expect.objectContaining({ kind: 'unclosed-call', text: '{{< note >}}' }),
    ]);
  });

  it('reports a closing tag with no opening tag', () => {
    expect(problemsOf('text {{< /note >}}')).toEqual([
      {
        kind: 'unexpected-close',
        text: '{{< /note >}}',
        message: 'This {{< /note >}} has no note shortcode open before it to close.',
      },
    ]);
  });

  it('reports a closing tag, or a self-close, for a template without .Inner', () => {
    expect(problemsOf('{{< youtube abc >}}{{< /youtube >}}')).toEqual([
      {
        kind: 'unexpected-close',
        text: '{{< /youtube >}}',
        message:
          'The shortcode youtube takes no inner content, so it has no closing tag: remove {{< /youtube >}}.',
      },
    ]);
    expect(problemsOf('{{< youtube abc />}}')).toEqual([
      {
        kind: 'unexpected-close',
        text: '{{< youtube abc />}}',
        message:
          'The shortcode youtube takes no inner content, so it cannot be self-closed: remove the / before >}}.',
      },
    ]);
  });

  it('reports mixed named and positional arguments at the first one that mixes', () => {
    for (const text of [
      '{{< x a="Hello" p2 >}}',
      '{{< x a="Hello" "p2" >}}',
      '{{< x p1 a="Hello" b="c" >}}',
    ]) {
      const problems = problemsOf(text);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.kind).toBe('mixed-arguments');
      expect(problems[0]?.message).toBe(
        'A shortcode takes either named arguments (name="value") or positional ones, not both: give every argument a name, or none.',
      );
    }
    expect(problemsOf('{{< x a="Hello" p2 >}}')[0]?.text).toBe('p2');
  });

  it('reports a tag without a name', () => {
    for (const text of ['{{< >}}', '{{< "youtube" abc >}}', '{{< / >}}', '{{< -x >}}']) {
      expect(problemsOf(text)).toEqual([
        {
          kind: 'missing-name',
          text,
          message: "This shortcode tag has no name: write the shortcode's name right after {{<.",
        },
      ]);
    }
  });

  it('reports a tag that never reaches its closer and carries on at the next tag', () => {
    const text = 'a {{< youtube abc\n\nmore text {{< x user="u" id="1" >}}';
    const { calls, problems } = scan(text);
    expect(problems.map((p) => [p.kind, text.slice(p.span.from, p.span.to), p.message])).toEqual([
      ['unclosed-tag', '{{< youtube', 'This youtube shortcode tag is never closed with >}}.'],
    ]);
    expect(calls.map((c) => c.name)).toEqual(['youtube', 'x']);
  });

  it('reports a tag closed with the other kind of closer', () => {
    expect(problemsOf('{{< youtube abc %}}')).toEqual([
      {
        kind: 'unclosed-tag',
        text: '{{< youtube abc %}}',
        message: 'This shortcode tag starts with {{< but ends with %}}: end it with >}}.',
      },
    ]);
  });

  it('reports an opener that starts no tag at all', () => {
    expect(problemsOf('Type {{< to start')).toEqual([
      expect.objectContaining({ kind: 'unclosed-tag', text: '{{< to' }),
    ]);
    expect(problemsOf('a {{< "b')).toEqual([
      {
        kind: 'stray-delimiter',
        text: '{{<',
        message:
          'Hugo reads {{< as the start of a shortcode, but no name follows it and no >}} closes it.',
      },
    ]);
  });

  it('warns about a closer outside any tag, which Hugo prints as text', () => {
    const { problems } = scan('{{ < youtube abc >}} and 100 %}}');
    expect(problems.map((p) => [p.kind, p.buildsAnyway])).toEqual([
      ['stray-delimiter', true],
      ['stray-delimiter', true],
    ]);
    expect(problems[0]?.message).toBe(
      'This >}} does not close any shortcode tag, so Hugo prints it as text.',
    );
  });

  it('asks for quotes around a value Hugo cannot read unquoted, keeping the value', () => {
    const text = '{{< youtube https://youtu.be/abc >}}';
    const { calls, problems } = scan(text);
    expect(calls[0]?.open.args.map((a) => a.value)).toEqual(['https://youtu.be/abc']);
    expect(problems.map((p) => [p.kind, text.slice(p.span.from, p.span.to), p.message])).toEqual([
      [
        'bad-argument',
        'https://youtu.be/abc',
        'Put double quotes around https://youtu.be/abc: a value with characters other than letters, digits, -, _ and . must be quoted.',
      ],
    ]);
    expect(problemsOf("{{< x 'single' >}}")[0]?.text).toBe("'single'");
  });

  it('reports a quoted value left open at the end of its line, ending the tag at its closer', () => {
    const text = '{{< youtube "abc >}}\nnext {{< x user="u" id="1" >}}';
    const { calls, problems } = scan(text);
    expect(problems.map((p) => [p.kind, text.slice(p.span.from, p.span.to), p.message])).toEqual([
      [
        'bad-argument',
        '"abc >}}',
        'This quoted value is never closed: add a " before the end of the line.',
      ],
    ]);
    expect(calls.map((c) => [c.name, text.slice(c.span.from, c.span.to)])).toEqual([
      ['youtube', '{{< youtube "abc >}}'],
      ['x', '{{< x user="u" id="1" >}}'],
    ]);
  });

  it('reports a raw string never closed', () => {
    expect(problemsOf('{{< x `abc >}}')).toEqual([
      expect.objectContaining({
        kind: 'bad-argument',
        message: 'This raw string is never closed with a backtick (`).',
      }),
    ]);
  });

  it('reports a bare named value running into the closer, as Hugo reads it', () => {
    const text = '{{< youtube id=abc>}} {{< x a= >}}';
    expect(problemsOf(text).map((p) => [p.text, p.message])).toEqual([
      [
        'id=abc>}}',
        'Put a space between abc and >}}: without it, Hugo reads >}} as part of the value.',
      ],
      ['a= >}}', 'The argument a has no value.'],
    ]);
    expect(argsOf(text)).toEqual(['id=abc']);
  });

  it('reports a slash glued to the name of a self-closed call', () => {
    const { calls, problems } = scan('{{< note/>}}');
    expect(calls[0]?.name).toBe('note');
    expect(calls[0]?.open.isSelfClosing).toBe(true);
    expect(problems.map((p) => p.message)).toEqual([
      'Put a space between note and />}}: without it, Hugo reads the / as part of the name.',
    ]);
  });

  it('reports what follows a self-closing slash or the name in a closing tag', () => {
    expect(scan('{{< note x / y >}}').problems.map((p) => [p.message, p.buildsAnyway])).toEqual([
      ['Hugo ignores y after the / that self-closes a shortcode: move it before the /.', true],
    ]);
    expect(problemsOf('{{< note >}}{{< /note keyword >}}').map((p) => p.message)).toEqual([
      "A closing tag holds only the shortcode's name: remove keyword.",
    ]);
  });

  it('reports an escaped backtick and a period in a name', () => {
    expect(problemsOf('{{< x "a\\`b" >}}').map((p) => p.text)).toEqual(['\\`']);
    expect(problemsOf('{{< x.y >}}').map((p) => p.message)).toEqual([
      'The shortcode name x.y may hold a period only as name.inline followed by a space.',
    ]);
    expect(problemsOf('{{< x.inline >}}a{{< /x.inline >}}')).toEqual([]);
  });

  it('warns, without failing, about values Hugo ignores or overrides', () => {
    const { problems } = scan('{{< x =lost a="1" a="2" >}}');
    expect(problems.map((p) => [p.kind, p.buildsAnyway, p.message])).toEqual([
      ['bad-argument', true, 'This value has no argument name before the =, so Hugo ignores it.'],
      [
        'bad-argument',
        true,
        'The argument a is given more than once; Hugo keeps only the last value.',
      ],
    ]);
  });

  it('does not report a broken opening tag as unclosed too', () => {
    expect(problemsOf('{{< note "open >}}').map((p) => p.kind)).toEqual(['bad-argument']);
  });

  it('keeps going after each problem and finds later calls', () => {
    const text = [
      '{{< >}}',
      '{{< youtube "abc >}}',
      '{{< /nothing >}}',
      '{{< x a="1" b >}}',
      '{{< note >}}',
      '{{< youtube good >}}',
    ].join('\n');
    const { calls, problems } = scan(text);
    expect(problems.map((p) => p.kind)).toEqual([
      'missing-name',
      'bad-argument',
      'unexpected-close',
      'mixed-arguments',
      'unclosed-call',
    ]);
    expect(calls.map((c) => c.name)).toEqual(['youtube', 'x', 'note', 'youtube']);
  });
});

describe('scanShortcodes: worst inputs', () => {
  // How fast is printed by bench/text-speed.ts; here each must finish and read what it can.
  it('scans a 500 KB body and pathological inputs', () => {
    const section =
      '## Talk\n\nSome text about it, with `code` and {{ braces }}.\n\n{{< youtube "BWL4889RKhU" >}}\n\n{{< note >}}\nA note.\n{{< /note >}}\n\n';
    const body = section.repeat(Math.ceil(500_000 / section.length));
    const inputs = [
      '{{< '.repeat(125_000),
      '{{< a '.repeat(85_000),
      '{{< a "'.repeat(70_000),
      '{{< a `'.repeat(70_000),
      '{{< note >}}'.repeat(20_000) + '{{< /x >}}'.repeat(20_000),
      '{{< box >}}'.repeat(40_000) + '{{< /box >}}'.repeat(40_000),
      '{{</* '.repeat(80_000),
    ];
    for (const input of inputs) {
      const { calls, problems } = scanShortcodes(input, options);
      expect(calls.length + problems.length).toBeLessThanOrEqual(input.length);
    }
    const { calls, problems } = scanShortcodes(body, options);
    expect(calls.length).toBeGreaterThan(5_000);
    expect(problems).toEqual([]);
    // Linear work takes a second or two on a busy machine; quadratic would take many minutes.
  }, 60_000);
});
