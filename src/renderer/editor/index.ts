/**
 * The post editor's CodeMirror features, one module each. The screen mounts
 * them roughly like this:
 *
 *     const site = new Compartment();
 *     const view = new EditorView({
 *       parent,
 *       state: EditorState.create({
 *         doc: post.text,
 *         extensions: [
 *           editorExtensions({
 *             onSave: (view) => save(view.state.doc),
 *             diagnostics: { validate: (text) => posts.validate({ path, text }) },
 *             images: { addImage, onError: showError },
 *           }),
 *           site.of(siteFacts.of(workspace)),
 *         ],
 *       }),
 *     });
 *
 * then `showDiagnostics(view, outcome.diagnostics, savedDoc)` after a save,
 * `jumpToDiagnostic(view, d)` from the problems panel, and
 * `site.reconfigure(siteFacts.of(other))` when another folder is opened.
 */
export { editorExtensions, saveKeymap, type EditorConfig } from './setup';
export {
  siteFacts,
  type EditorSiteFacts,
  type SiteFactsInput,
  type SiteShortcode,
} from './site-facts';
export {
  frontMatterRange,
  postMarkdown,
  type FrontMatterRange,
  type PostMarkdownConfig,
} from './markdown-language';
export { parseToml } from './toml-language';
export {
  shortcodeHighlight,
  shortcodeHighlighter,
  shortcodeTokens,
  type ShortcodeHighlightConfig,
  type ShortcodeToken,
  type ShortcodeTokenKind,
} from './shortcode-highlight';
export { insertVideo } from './insert-video';
export {
  authorCompletion,
  postCompletion,
  postCompletionSources,
  shortcodeArgumentCompletion,
  shortcodeNameCompletion,
  videosInFrontMatter,
  type DescribedVideo,
} from './completion';
export {
  diagnosticsUpdate,
  jumpToDiagnostic,
  openFindingInFormEvent,
  postDiagnostics,
  showDiagnostics,
  shownDiagnostics,
  toLintDiagnostics,
  type OpenFindingInFormDetail,
  type PostDiagnosticsConfig,
  type ValidateText,
} from './diagnostics';
export { applyQuickFix, applyQuickFixNamed, fixContextOf, quickFixes } from './quick-fixes';
export {
  cycleHeading,
  markdownCommandKeymap,
  markdownCommands,
  markdownStyle,
  setHeading,
  toggleBold,
  toggleBulletList,
  toggleInlineCode,
  toggleInlineMarker,
  toggleItalic,
  toggleLink,
  toggleOrderedList,
  type MarkdownStyle,
} from './markdown-commands';
export {
  addEntryForPastedVideo,
  convertYouTubeLink,
  embedWithEntry,
  youtubePaste,
  youtubeShortcodeFor,
  type EntryForPaste,
  type YouTubePasteConfig,
} from './youtube-paste';
export {
  isDirty,
  markSaved,
  nothingSaved,
  savedState,
  savedVersion,
  type SavedState,
} from './saved-state';
export {
  hangingColumns,
  wrappedIndent,
  wrappedIndentDecorations,
  type WrappedIndentConfig,
} from './wrapped-indent';
export { imageDrop, insertImages, type AddImage, type ImageDropConfig } from './image-drop';
