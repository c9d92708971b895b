import { combineConfig, Facet, type Extension, type Range, type Text } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { hugoBuiltinShortcodes } from '../../shared/shortcodes';
// The lexer, not `scanShortcodes`: highlighting wants every tag as written,
// including closing tags whose opening tag lies outside the lexed window,
// which pairing would drop.
import { lexShortcodeTags } from '../../shared/shortcodes/lexer';
import { siteFacts, type EditorSiteFacts } from './site-facts';

export type ShortcodeTokenKind =
  'delimiter' | 'name' | 'unknownName' | 'argumentName' | 'operator' | 'argumentValue' | 'comment';

/** One highlighted piece of a shortcode tag. */
export interface ShortcodeToken {
  from: number;
  to: number;
  kind: ShortcodeTokenKind;
}

/** A whole tag, for styles that cover it (and a place to hang a tooltip later). */
export interface ShortcodeTokens {
  tags: { from: number; to: number }[];
  tokens: ShortcodeToken[];
}

/**
 * The syntax of every shortcode tag in `text`, with offsets moved by
 * `offset`: delimiters (`{{<`, the `/` of closing and self-closing tags,
 * `>}}`), the name, each argument's name, `=` and value, and commented-out
 * calls. `isKnown` says whether a name is a shortcode Hugo or the site defines.
 */
export function shortcodeTokens(
  text: string,
  offset = 0,
  isKnown: (name: string) => boolean = () => true,
): ShortcodeTokens {
  const lexed = lexShortcodeTags(text);
  const tags: ShortcodeTokens['tags'] = [];
  const tokens: ShortcodeToken[] = [];
  const add = (from: number, to: number, kind: ShortcodeTokenKind): void => {
    if (to > from) tokens.push({ from: from + offset, to: to + offset, kind });
  };
  for (const tag of lexed.tags) {
    const { span, nameSpan } = tag;
    tags.push({ from: span.from + offset, to: span.to + offset });
    add(span.from, span.from + 3, 'delimiter');
    if (tag.isClosing) {
      const slash = text.lastIndexOf('/', nameSpan.from);
      if (slash >= span.from + 3) add(slash, slash + 1, 'delimiter');
    }
    add(nameSpan.from, nameSpan.to, isKnown(tag.name) ? 'name' : 'unknownName');
    for (const argument of tag.args) {
      const { from, to } = argument.span;
      if (argument.name === null) {
        add(from, to, 'argumentValue');
        continue;
      }
      const nameEnd = from + argument.name.length;
      const equals = text.indexOf('=', nameEnd);
      add(from, nameEnd, 'argumentName');
      if (equals === -1 || equals >= to) continue;
      add(equals, equals + 1, 'operator');
      let valueFrom = equals + 1;
      while (valueFrom < to && /\s/.test(text.charAt(valueFrom))) valueFrom += 1;
      add(valueFrom, to, 'argumentValue');
    }
    const closer = text.slice(span.to - 3, span.to);
    const closed = closer === '>}}' || closer === '%}}';
    if (tag.isSelfClosing) {
      const slash = text.lastIndexOf('/', closed ? span.to - 4 : span.to - 1);
      const lastArgument = tag.args[tag.args.length - 1];
      if (slash >= Math.max(nameSpan.to, lastArgument?.span.to ?? 0)) {
        add(slash, slash + 1, 'delimiter');
      }
    }
    if (closed) add(span.to - 3, span.to, 'delimiter');
  }
  for (const comment of lexed.comments) add(comment.from, comment.to, 'comment');
  return { tags, tokens };
}

export interface ShortcodeHighlightConfig {
  /**
   * Whether names that neither Hugo nor the site (the `siteFacts` facet)
   * defines get the `cm-shortcode-unknown` class. Defaults to true.
   */
  markUnknown?: boolean;
  /**
   * How many characters before and after the visible text are read too, so a
   * tag that starts above the viewport (a long argument list) is still
   * recognized where it shows. Defaults to 2000.
   */
  margin?: number;
}

const tagMark = Decoration.mark({ class: 'cm-shortcode' });
const tokenMarks: Record<ShortcodeTokenKind, Decoration> = {
  delimiter: Decoration.mark({ class: 'cm-shortcode-delimiter' }),
  name: Decoration.mark({ class: 'cm-shortcode-name' }),
  unknownName: Decoration.mark({ class: 'cm-shortcode-name cm-shortcode-unknown' }),
  argumentName: Decoration.mark({ class: 'cm-shortcode-argName' }),
  operator: Decoration.mark({ class: 'cm-shortcode-operator' }),
  argumentValue: Decoration.mark({ class: 'cm-shortcode-argValue' }),
  comment: Decoration.mark({ class: 'cm-shortcode-comment' }),
};

/** The visible ranges widened by `margin` to whole lines, overlapping ones merged. */
function readWindows(doc: Text, visible: readonly { from: number; to: number }[], margin: number) {
  const windows: { from: number; to: number }[] = [];
  for (const range of visible) {
    const from = doc.lineAt(Math.max(0, range.from - margin)).from;
    const to = doc.lineAt(Math.min(doc.length, range.to + margin)).to;
    const last = windows[windows.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  return windows;
}

function knownNames(facts: EditorSiteFacts): (name: string) => boolean {
  return (name) => hugoBuiltinShortcodes.has(name) || facts.shortcodes.has(name);
}

function buildDecorations(view: EditorView): DecorationSet {
  const config = view.state.facet(highlightConfig);
  const facts = view.state.facet(siteFacts);
  const isKnown = config.markUnknown ? knownNames(facts) : () => true;
  const decorations: Range<Decoration>[] = [];
  const { doc } = view.state;
  for (const window of readWindows(doc, view.visibleRanges, config.margin)) {
    const text = doc.sliceString(window.from, window.to);
    const { tags, tokens } = shortcodeTokens(text, window.from, isKnown);
    for (const tag of tags) decorations.push(tagMark.range(tag.from, tag.to));
    for (const token of tokens)
      decorations.push(tokenMarks[token.kind].range(token.from, token.to));
  }
  return Decoration.set(decorations, true);
}

const shortcodeTheme = EditorView.baseTheme({
  // Markdown emphasis inside an argument (`src="a_b_c.png"`) is not emphasis.
  '.cm-shortcode, .cm-shortcode *': { fontStyle: 'normal', textDecoration: 'none' },
  '&light .cm-shortcode-delimiter, &light .cm-shortcode-delimiter *': { color: '#7a3e9d' },
  '&dark .cm-shortcode-delimiter, &dark .cm-shortcode-delimiter *': { color: '#c792ea' },
  '.cm-shortcode-name, .cm-shortcode-name *': { fontWeight: 'bold' },
  '&light .cm-shortcode-name, &light .cm-shortcode-name *': { color: '#005cc5' },
  '&dark .cm-shortcode-name, &dark .cm-shortcode-name *': { color: '#82aaff' },
  '.cm-shortcode-unknown': { textDecoration: 'underline dotted' },
  '&light .cm-shortcode-argName, &light .cm-shortcode-argName *': { color: '#b35900' },
  '&dark .cm-shortcode-argName, &dark .cm-shortcode-argName *': { color: '#f78c6c' },
  '&light .cm-shortcode-argValue, &light .cm-shortcode-argValue *': { color: '#22863a' },
  '&dark .cm-shortcode-argValue, &dark .cm-shortcode-argValue *': { color: '#c3e88d' },
  '.cm-shortcode-comment, .cm-shortcode-comment *': { color: '#8a8a8a', fontStyle: 'italic' },
});

const highlightConfig = Facet.define<ShortcodeHighlightConfig, Required<ShortcodeHighlightConfig>>({
  combine: (configs) => combineConfig(configs, { markUnknown: true, margin: 2000 }),
});

/** The view plugin behind `shortcodeHighlight`; its `decorations` hold the current marks. */
export const shortcodeHighlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = buildDecorations(view);
    }
    update(update: ViewUpdate) {
      if (
        update.docChanged ||
        update.viewportChanged ||
        update.startState.facet(siteFacts) !== update.state.facet(siteFacts) ||
        update.startState.facet(highlightConfig) !== update.state.facet(highlightConfig)
      ) {
        this.decorations = buildDecorations(update.view);
      }
    }
  },
  { decorations: (value) => value.decorations },
);

/**
 * Highlights Hugo shortcode tags (`{{< name arg="value" >}}`, `{{% … %}}`,
 * closing and self-closing tags, commented-out calls) with
 * `cm-shortcode-*` classes. Hugo runs shortcodes inside code blocks too, so
 * they are highlighted there as well. Only the text in view (plus a margin)
 * is read, on each change or scroll, so the cost does not grow with the
 * document.
 */
export function shortcodeHighlight(config: ShortcodeHighlightConfig = {}): Extension {
  return [highlightConfig.of(config), shortcodeHighlighter, shortcodeTheme];
}
