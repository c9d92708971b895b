// @vitest-environment jsdom
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import {
  shortcodeHighlight,
  shortcodeHighlighter,
  shortcodeTokens,
  type ShortcodeToken,
} from './shortcode-highlight';
import { siteFacts } from './site-facts';

/** Each token as `kind:text`, in document order. */
function describeTokens(text: string, tokens: readonly ShortcodeToken[]): string[] {
  return [...tokens]
    .sort((a, b) => a.from - b.from)
    .map((token) => `${token.kind}:${text.slice(token.from, token.to)}`);
}

describe('shortcodeTokens', () => {
  it('splits a call into delimiters, name and positional value', () => {
    const text = 'Watch {{< youtube "BWL4889RKhU" >}} now';
    const { tags, tokens } = shortcodeTokens(text);
    expect(tags).toEqual([{ from: 6, to: 35 }]);
    expect(describeTokens(text, tokens)).toEqual([
      'delimiter:{{<',
      'name:youtube',
      'argumentValue:"BWL4889RKhU"',
      'delimiter:>}}',
    ]);
  });

  it('separates argument names, = and values', () => {
    const text = '{{< figure src="a_b.png" alt = `raw` width=300 >}}';
    expect(describeTokens(text, shortcodeTokens(text).tokens)).toEqual([
      'delimiter:{{<',
      'name:figure',
      'argumentName:src',
      'operator:=',
      'argumentValue:"a_b.png"',
      'argumentName:alt',
      'operator:=',
      'argumentValue:`raw`',
      'argumentName:width',
      'operator:=',
      'argumentValue:300',
      'delimiter:>}}',
    ]);
  });

  it('marks the slash of closing and self-closing tags', () => {
    const text = '{{% note %}}Hi{{% /note %}} {{< details summary="x" />}}';
    expect(describeTokens(text, shortcodeTokens(text).tokens)).toEqual([
      'delimiter:{{%',
      'name:note',
      'delimiter:%}}',
      'delimiter:{{%',
      'delimiter:/',
      'name:note',
      'delimiter:%}}',
      'delimiter:{{<',
      'name:details',
      'argumentName:summary',
      'operator:=',
      'argumentValue:"x"',
      'delimiter:/',
      'delimiter:>}}',
    ]);
  });

  it('highlights a commented-out call as a comment', () => {
    const text = 'Write {{</* youtube "x" */>}} to show the call.';
    expect(describeTokens(text, shortcodeTokens(text).tokens)).toEqual([
      'comment:{{</* youtube "x" */>}}',
    ]);
  });

  it('keeps a closing tag whose opening tag is not in the text', () => {
    const text = 'end of the note\n{{< /note >}}';
    expect(describeTokens(text, shortcodeTokens(text).tokens)).toContain('name:note');
  });

  it('still marks the name of a tag that is never closed', () => {
    const text = '{{< youtube "x"\nmore text';
    expect(describeTokens(text, shortcodeTokens(text).tokens).slice(0, 2)).toEqual([
      'delimiter:{{<',
      'name:youtube',
    ]);
  });

  it('moves offsets and marks unknown names', () => {
    const { tokens } = shortcodeTokens('{{< mystery >}}', 100, (name) => name === 'youtube');
    expect(tokens.find((token) => token.kind === 'unknownName')).toEqual({
      from: 104,
      to: 111,
      kind: 'unknownName',
    });
  });
});

describe('shortcodeHighlight', () => {
  let view: EditorView | null = null;
  afterEach(() => view?.destroy());

  function mount(doc: string, extensions = [shortcodeHighlight()]): EditorView {
    view = new EditorView({
      state: EditorState.create({ doc, extensions }),
      parent: document.body,
    });
    return view;
  }

  function marked(className: string): string[] {
    return [...(view?.contentDOM.querySelectorAll(`.${className}`) ?? [])].map(
      (node) => node.textContent ?? '',
    );
  }

  it('renders the tag parts with their classes', () => {
    mount('Intro\n\n{{< youtube id="BWL4889RKhU" >}}\n');
    expect(marked('cm-shortcode-delimiter')).toEqual(['{{<', '>}}']);
    expect(marked('cm-shortcode-name')).toEqual(['youtube']);
    expect(marked('cm-shortcode-argName')).toEqual(['id']);
    expect(marked('cm-shortcode-argValue')).toEqual(['"BWL4889RKhU"']);
  });

  it('marks names the site does not define, and updates when the site facts change', () => {
    const site = new Compartment();
    const editor = mount('{{< youtube "x" >}} {{< callout >}}', [
      shortcodeHighlight(),
      site.of(siteFacts.of({ shortcodes: [] })),
    ]);
    expect(marked('cm-shortcode-unknown')).toEqual(['callout']);
    editor.dispatch({
      effects: site.reconfigure(
        siteFacts.of({ shortcodes: [{ name: 'callout', usesInner: false }] }),
      ),
    });
    expect(marked('cm-shortcode-unknown')).toEqual([]);
  });

  it('can leave unknown names unmarked', () => {
    mount('{{< callout >}}', [shortcodeHighlight({ markUnknown: false })]);
    expect(marked('cm-shortcode-unknown')).toEqual([]);
    expect(marked('cm-shortcode-name')).toEqual(['callout']);
  });

  it('follows edits', () => {
    const editor = mount('text');
    editor.dispatch({ changes: { from: 4, insert: ' {{< x >}}' } });
    expect(marked('cm-shortcode-name')).toEqual(['x']);
  });

  it('reads only the text near the viewport of a big document', () => {
    const line = 'Some words here {{< youtube "BWL4889RKhU" >}} and more words.\n';
    const editor = mount(line.repeat(20_000));
    expect(editor.state.doc.length).toBeGreaterThan(1_000_000);
    const decorations = editor.plugin(shortcodeHighlighter)?.decorations;
    let last = 0;
    let count = 0;
    decorations?.between(0, editor.state.doc.length, (_from, to) => {
      last = Math.max(last, to);
      count += 1;
    });
    expect(count).toBeGreaterThan(0);
    expect(last).toBeLessThan(editor.viewport.to + 2000 + line.length);
    expect(last).toBeLessThan(100_000);

    editor.dispatch({ effects: EditorView.scrollIntoView(editor.state.doc.length - 10) });
    editor.dispatch({ selection: { anchor: editor.state.doc.length - 10 }, scrollIntoView: true });
    const moved = editor.plugin(shortcodeHighlighter)?.decorations;
    let first = Infinity;
    moved?.between(0, editor.state.doc.length, (from) => {
      first = Math.min(first, from);
    });
    expect(first).toBeGreaterThan(editor.state.doc.length - 100_000);
  });
});
