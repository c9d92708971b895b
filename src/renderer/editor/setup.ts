import { autocompletion, closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, Prec, type Extension } from '@codemirror/state';
import {
  crosshairCursor,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { postCompletion } from './completion';
import { postDiagnostics, type PostDiagnosticsConfig } from './diagnostics';
import { imageDrop, type ImageDropConfig } from './image-drop';
import { markdownCommands, type MarkdownStyle } from './markdown-commands';
import { postMarkdown, type PostMarkdownConfig } from './markdown-language';
import { shortcodeHighlight, type ShortcodeHighlightConfig } from './shortcode-highlight';
import { siteFacts, type SiteFactsInput } from './site-facts';
import { youtubePaste, type YouTubePasteConfig } from './youtube-paste';
import { wrappedIndent, type WrappedIndentConfig } from './wrapped-indent';

/**
 * Binds Mod-s (Ctrl+S, ⌘S) to `onSave`, ahead of every other binding, and
 * keeps the browser's "save page" from running.
 */
export function saveKeymap(onSave: (view: EditorView) => void): Extension {
  return Prec.highest(
    keymap.of([
      {
        key: 'Mod-s',
        run: (view) => {
          onSave(view);
          return true;
        },
        preventDefault: true,
      },
    ]),
  );
}

export interface EditorConfig {
  /** Mod-s; the app saves through the workspace (validation, conflicts). */
  onSave?: (view: EditorView) => void;
  /** Inline diagnostics; left out, the editor shows none (but `showDiagnostics` still works). */
  diagnostics?: PostDiagnosticsConfig;
  /** Dropping and pasting images; left out, image files drop as the browser would. */
  images?: ImageDropConfig;
  /**
   * The site's shortcodes and authors as the editor starts. To change them
   * later (another folder opened), put `siteFacts.of(…)` in a compartment
   * instead.
   */
  site?: SiteFactsInput;
  markdown?: PostMarkdownConfig;
  /** What pasting a YouTube link offers beyond the shortcode (the videoSchema entry). */
  youtube?: YouTubePasteConfig;
  markdownStyle?: Partial<MarkdownStyle>;
  shortcodes?: ShortcodeHighlightConfig;
  /** Line numbers in the gutter. Defaults to true. */
  lineNumbers?: boolean;
  /** Soft-wrap long lines, as prose wants. Defaults to true. */
  lineWrapping?: boolean;
  /** How wrapped rows hang under their line's text (with `lineWrapping`). */
  wrappedIndent?: WrappedIndentConfig;
  /** The browser's spell checker in the text. Defaults to true. */
  spellcheck?: boolean;
}

/**
 * Everything the post editor needs, in one extension: Markdown with front
 * matter and shortcode highlighting, completion, diagnostics, history,
 * multiple selections (Alt-drag for rectangles), bracket and quote closing,
 * search and replace (Mod-f), folding, the Markdown formatting keys, YouTube
 * link pasting, image drops and Mod-s.
 */
export function editorExtensions(config: EditorConfig = {}): Extension {
  const extensions: Extension[] = [
    highlightSpecialChars(),
    history(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    rectangularSelection(),
    crosshairCursor(),
    indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    closeBrackets(),
    autocompletion(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    keymap.of([
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...lintKeymap,
    ]),
    postMarkdown(config.markdown),
    shortcodeHighlight(config.shortcodes),
    postCompletion(),
    markdownCommands(config.markdownStyle),
    youtubePaste(config.youtube),
  ];
  if (config.lineNumbers ?? true) {
    extensions.push(lineNumbers(), highlightActiveLineGutter(), foldGutter());
  }
  if (config.lineWrapping ?? true) {
    extensions.push(EditorView.lineWrapping, wrappedIndent(config.wrappedIndent));
  }
  // The text is focusable already (contenteditable); saying so with tabindex lets checkers such
  // as axe see that the scroller around it has focusable content.
  extensions.push(EditorView.contentAttributes.of({ tabindex: '0' }));
  if (config.spellcheck ?? true) {
    extensions.push(EditorView.contentAttributes.of({ spellcheck: 'true' }));
  }
  if (config.site) extensions.push(siteFacts.of(config.site));
  if (config.diagnostics) extensions.push(postDiagnostics(config.diagnostics), lintGutter());
  if (config.images) extensions.push(imageDrop(config.images));
  if (config.onSave) extensions.push(saveKeymap(config.onSave));
  return extensions;
}
