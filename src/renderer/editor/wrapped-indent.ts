import { countColumn, RangeSetBuilder, type EditorState, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { syntaxTree } from '@codemirror/language';
import { frontMatterRange } from './markdown-language';

export interface WrappedIndentConfig {
  /**
   * The left padding the editor theme gives every line (`.cm-line`); a
   * hanging line adds its indent to it. CodeMirror's own theme has `6px`.
   */
  linePadding?: string;
  /**
   * The deepest hang, in columns: a line indented further wraps this far in,
   * so a deeply nested line still has room for its text.
   */
  maxColumns?: number;
}

/** Which grammar leads a line: the front matter's (YAML, TOML) or the body's. */
export type LineKind = 'front-matter' | 'markdown';

// `key: ` (YAML) or `key = ` (TOML), with the line's own indent and list dashes before it.
const frontMatterLead = /^([ \t]*(?:- +)*)(?:(?:"[^"]*"|'[^']*'|[\w.-]+) *[:=] +(?=\S))?/;
// Blockquote marks, then a list marker and a task box, each after optional spaces.
const markdownLead = /^(?:[ \t]*> ?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;

/**
 * How many columns the wrapped rows of `text` hang in: the width of what
 * leads the line (indent, list dash, `key: ` in front matter; quote marks,
 * list marker and task box in Markdown), so they line up under the line's
 * own text rather than at column 0. Zero for a line with nothing after its lead.
 */
export function hangingColumns(text: string, kind: LineKind, tabSize = 4): number {
  const lead = (kind === 'front-matter' ? frontMatterLead : markdownLead).exec(text)?.[0] ?? '';
  if (lead.length === 0 || lead.length >= text.length) return 0;
  return countColumn(lead, tabSize);
}

const hangClass = (columns: number): string => `cm-hang-${columns}`;

/**
 * The hanging-indent line decorations of the lines in `ranges` (the visible
 * ones, in the editor): each line whose text hangs gets the class `cm-hang-N`.
 */
export function wrappedIndentDecorations(
  state: EditorState,
  ranges: readonly { from: number; to: number }[],
  maxColumns = defaultMaxColumns,
): DecorationSet {
  const frontMatter = frontMatterRange(state);
  const builder = new RangeSetBuilder<Decoration>();
  let last = -1;
  for (const range of ranges) {
    for (let pos = range.from; pos <= range.to;) {
      const line = state.doc.lineAt(pos);
      pos = line.to + 1;
      if (line.from <= last) continue;
      last = line.from;
      const inFrontMatter = frontMatter !== null && line.from < frontMatter.to;
      const columns = Math.min(
        maxColumns,
        hangingColumns(line.text, inFrontMatter ? 'front-matter' : 'markdown', state.tabSize),
      );
      if (columns > 0)
        builder.add(line.from, line.from, Decoration.line({ class: hangClass(columns) }));
    }
  }
  return builder.finish();
}

const defaultMaxColumns = 40;

/**
 * Wrapped lines keep their indentation: the rows after the first of a long
 * YAML value or list item start under the line's own text, not at column 0.
 * A line gets a class per hang width, styled in the editor's theme (the
 * app's policy refuses style attributes), with a negative `text-indent` so
 * the first row stays where it was. Needs a monospace font, as `ch` is the
 * width of a column.
 */
export function wrappedIndent(config: WrappedIndentConfig = {}): Extension {
  const padding = config.linePadding ?? '6px';
  const maxColumns = config.maxColumns ?? defaultMaxColumns;
  const rules: Record<string, Record<string, string>> = {};
  for (let columns = 1; columns <= maxColumns; columns++) {
    rules[`.cm-line.${hangClass(columns)}`] = {
      paddingLeft: `calc(${padding} + ${columns}ch)`,
      textIndent: `-${columns}ch`,
    };
  }
  const plugin = ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = wrappedIndentDecorations(view.state, view.visibleRanges, maxColumns);
      }
      update(update: ViewUpdate): void {
        // The front matter's end comes from the syntax tree, which may finish parsing later.
        const treeChanged = syntaxTree(update.startState) !== syntaxTree(update.state);
        if (update.docChanged || update.viewportChanged || treeChanged)
          this.decorations = wrappedIndentDecorations(
            update.state,
            update.view.visibleRanges,
            maxColumns,
          );
      }
    },
    { decorations: (value) => value.decorations },
  );
  return [plugin, EditorView.theme(rules)];
}
