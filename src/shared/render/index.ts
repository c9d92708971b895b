export { readMarkupSettings, defaultMarkupSettings } from './markup-settings';
export type { MarkupSettings, TypographerSettings } from './markup-settings';
export { renderPostBody } from './render-post';
export type { RenderOptions, RenderedBody, SourceMapEntry } from './render-post';
export { sanitizePreviewHtml, type SanitizeOptions } from './sanitize';
export { sourceLineAttribute } from './source-lines';
export { formatDuration, type VideoInfo } from './shortcodes';
export { videoInfoFromFrontMatter } from './video-info';
export { paramLookup } from './params';
