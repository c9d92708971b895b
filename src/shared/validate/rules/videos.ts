/**
 * `video/missing-schema` and `video/unused-schema`: each YouTube video the post
 * embeds should be described once in `params.videoSchema` (the site turns
 * each entry into a schema.org VideoObject), and each description should match
 * a video the post embeds.
 */
import type { Diagnostic } from '../../diagnostics';
import type { FieldPath, FrontMatterValue, PostDocument, TextSpan } from '../../post/types';
import { youtubeIdOfShortcode } from '../../youtube/shortcode-id';
import { isPossibleYouTubeId, parseYouTubeId } from '../../youtube/video-id';
import type { Rule } from '../types';
import { scanPostShortcodes } from './shortcodes';

interface SchemaEntry {
  path: readonly (string | number)[];
  /** `video 2 in "params.videoSchema"`: how messages name the entry. */
  label: string;
  id: string | null;
}

export const videoRules: Rule = (doc, context) => {
  // Front matter that cannot be read says nothing about which videos it
  // describes: every video would look undescribed. The syntax error is the
  // one finding worth showing then.
  if (doc.frontMatter !== null && doc.data === null) return [];
  const embedded = new Map<string, TextSpan[]>();
  for (const call of scanPostShortcodes(doc, context.site).calls) {
    if (call.name !== 'youtube') continue;
    const id = youtubeIdOfShortcode(call)?.trim();
    // Calls without a possible ID are the shortcode rules' to report.
    if (!id || !isPossibleYouTubeId(id)) continue;
    const spans = embedded.get(id) ?? [];
    spans.push({ from: call.open.span.from + doc.bodyFrom, to: call.open.span.to + doc.bodyFrom });
    embedded.set(id, spans);
  }

  const entries = schemaEntries(doc);
  const described = new Set(entries.map((entry) => entry.id));
  const diagnostics: Diagnostic[] = [];
  for (const [id, spans] of embedded) {
    if (described.has(id)) continue;
    for (const span of spans) {
      diagnostics.push({
        severity: 'warning',
        rule: 'video/missing-schema',
        message: `The video ${id} has no entry in params.videoSchema, so search engines will not list it as a video of this post.`,
        ...span,
      });
    }
  }
  for (const entry of entries) {
    if (entry.id === null || embedded.has(entry.id)) continue;
    diagnostics.push({
      severity: 'warning',
      rule: 'video/unused-schema',
      message: `${capitalized(entry.label)} describes the video ${entry.id}, which no youtube shortcode in the post shows.`,
      ...spanOf(doc, entry.path),
    });
  }
  return diagnostics;
};

/** Entries of `params.videoSchema`, and of the top-level `videoSchema` older posts used. */
function schemaEntries(doc: PostDocument): SchemaEntry[] {
  const lists: [readonly string[], string][] = [
    [['params', 'videoSchema'], 'params.videoSchema'],
    [['videoSchema'], 'videoSchema'],
  ];
  return lists.flatMap(([listPath, name]) => {
    const list = doc.get(listPath);
    if (!Array.isArray(list)) return [];
    return list.map((entry, index) => ({
      path: [...listPath, index],
      label: `video ${index + 1} in "${name}"`,
      id: videoIdOfEntry(entry),
    }));
  });
}

/** The video an entry describes: from its `embedUrl`, else its thumbnail's `/vi/ID/` path. */
export function videoIdOfEntry(entry: FrontMatterValue): string | null {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const { embedUrl, thumbnailUrl } = entry;
  if (typeof embedUrl === 'string') {
    const parsed = parseYouTubeId(embedUrl);
    if (parsed.kind === 'video') return parsed.id;
  }
  if (typeof thumbnailUrl === 'string') {
    const id = /\/vi(?:_webp)?\/([0-9A-Za-z_-]{11})\//.exec(thumbnailUrl)?.[1];
    if (id && isPossibleYouTubeId(id)) return id;
  }
  return null;
}

function spanOf(doc: PostDocument, path: FieldPath): TextSpan {
  return doc.keySpan(path) ?? doc.frontMatter?.span ?? { from: 0, to: 0 };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
