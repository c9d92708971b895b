import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** Colours come from theme.css variables, so light and dark differ in CSS alone. */
const postHighlight = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--syntax-heading)', fontWeight: 'bold' },
  { tag: tags.strong, fontWeight: 'bold', color: 'var(--syntax-emphasis)' },
  { tag: tags.emphasis, fontStyle: 'italic', color: 'var(--syntax-emphasis)' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: tags.link, color: 'var(--syntax-link)' },
  { tag: tags.url, color: 'var(--syntax-url)', textDecoration: 'underline' },
  { tag: tags.monospace, color: 'var(--syntax-code)', fontFamily: 'var(--font-mono)' },
  { tag: tags.quote, color: 'var(--syntax-quote)', fontStyle: 'italic' },
  {
    tag: [tags.processingInstruction, tags.contentSeparator, tags.meta],
    color: 'var(--syntax-mark)',
  },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--syntax-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syntax-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--syntax-number)' },
  { tag: [tags.keyword, tags.operator, tags.typeName], color: 'var(--syntax-keyword)' },
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: 'var(--syntax-comment)',
    fontStyle: 'italic',
  },
  { tag: tags.invalid, color: 'var(--error)' },
]);

/** The left padding of each line of text; wrapped rows hang past it (`wrappedIndent`). */
export const editorLinePadding = '10px';

function chrome(dark: boolean): Extension {
  return EditorView.theme(
    {
      '&': { height: '100%', color: 'var(--text)', backgroundColor: 'var(--editor-bg)' },
      '&.cm-focused': { outline: 'none' },
      '.cm-scroller': { fontFamily: 'var(--font-mono)', fontSize: '13.5px', lineHeight: '1.6' },
      '.cm-content': { caretColor: 'var(--accent)', padding: '12px 0 40vh' },
      '.cm-line': { padding: `0 16px 0 ${editorLinePadding}` },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
        { backgroundColor: 'var(--selection)' },
      '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
      '.cm-selectionMatch': { backgroundColor: 'var(--match)' },
      '.cm-gutters': {
        backgroundColor: 'var(--editor-gutter-bg)',
        color: 'var(--text-muted)',
        borderRight: '1px solid var(--border)',
      },
      '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--text)' },
      '.cm-panels': { backgroundColor: 'var(--bg-alt)', color: 'var(--text)' },
      '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
      '.cm-panel input, .cm-panel button': { fontFamily: 'var(--font-ui)' },
      '.cm-textfield': {
        backgroundColor: 'var(--bg)',
        border: '1px solid var(--border-strong)',
        borderRadius: '4px',
      },
      '.cm-button': {
        backgroundImage: 'none',
        backgroundColor: 'var(--bg-raised)',
        border: '1px solid var(--border-strong)',
        borderRadius: '4px',
      },
      '.cm-tooltip': {
        backgroundColor: 'var(--bg-raised)',
        color: 'var(--text)',
        border: '1px solid var(--border)',
        borderRadius: '6px',
        boxShadow: 'var(--shadow)',
      },
      '.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--font-mono)' },
      '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
        backgroundColor: 'var(--accent)',
        color: 'var(--accent-text)',
      },
      '.cm-completionDetail': {
        color: 'var(--text-muted)',
        fontStyle: 'normal',
        marginLeft: '8px',
      },
      '.cm-foldPlaceholder': {
        backgroundColor: 'var(--bg-sunken)',
        border: '1px solid var(--border)',
        color: 'var(--text-muted)',
      },
    },
    { dark },
  );
}

/** The app's look for the post editor, in the light or dark scheme. */
export function editorTheme(dark: boolean): Extension {
  return [chrome(dark), syntaxHighlighting(postHighlight)];
}
