/**
 * What the publish check shows for a post: the findings the site's CI
 * rejects (markdownlint with the site's config, the SEO limits) apart from
 * Recap Studio's own, the paragraphs still marked for rewriting, and the
 * VideoObject JSON-LD the site will emit, with Google's reading of each.
 */
import type { Diagnostic } from '../../../shared/diagnostics';
import { postUrlPath } from '../../../shared/front-matter-form/permalink';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import type { PostDocument } from '../../../shared/post/types';
import {
  adviseOnVideoObject,
  videoObjectsOf,
  type VideoObject,
  type VideoObjectAdvice,
} from '../../../shared/video-object';
import { groupProblems, type ProblemGroup } from '../problems/problem-groups';

export const rewriteMarkerRule = 'draft/rewrite-marker';

/** The rules whose findings the site's CI (`make lint`, its SEO check) fails on. */
export function isSiteCiRule(rule: string): boolean {
  return rule.startsWith('markdownlint/') || rule.startsWith('seo/');
}

export interface VideoPreview {
  object: VideoObject;
  advice: VideoObjectAdvice[];
}

export interface PublishReport {
  /** What the site's CI would reject, by rule, errors first. */
  siteCi: ProblemGroup[];
  siteCiCount: number;
  /** Paragraphs still marked `<!-- rewrite -->`, in text order. */
  rewrite: Diagnostic[];
  /** Recap Studio's own findings, by rule. */
  own: ProblemGroup[];
  ownCount: number;
  /** The post's address on the site; null when it cannot be known yet (no date). */
  permalink: string | null;
  videos: VideoPreview[];
}

/**
 * The post's permalink as Hugo gives it to the template: the site's
 * `baseURL` joined with the post's URL path; the path alone when the site
 * names no baseURL.
 */
export function permalinkOf(
  info: Pick<WorkspaceInfo, 'contentDir' | 'permalinks' | 'baseURL'>,
  path: string,
  doc: PostDocument,
): string | null {
  const contentDir = info.contentDir === '.' ? '' : `${info.contentDir}/`;
  const inContent = path.startsWith(contentDir) ? path.slice(contentDir.length) : path;
  const urlPath = postUrlPath(info.permalinks, inContent, doc.data ?? {});
  if (urlPath === null) return null;
  if (!info.baseURL || /^[a-z]+:\/\//i.test(urlPath)) return urlPath;
  try {
    const base = info.baseURL.endsWith('/') ? info.baseURL : `${info.baseURL}/`;
    return new URL(urlPath.replace(/^\//, ''), base).href;
  } catch {
    return urlPath;
  }
}

export function publishReport(
  diagnostics: readonly Diagnostic[],
  doc: PostDocument,
  info: Pick<WorkspaceInfo, 'contentDir' | 'permalinks' | 'baseURL'>,
  path: string,
): PublishReport {
  const siteCi = diagnostics.filter((d) => isSiteCiRule(d.rule));
  const rewrite = diagnostics
    .filter((d) => d.rule === rewriteMarkerRule)
    .sort((a, b) => a.from - b.from);
  const own = diagnostics.filter((d) => !isSiteCiRule(d.rule) && d.rule !== rewriteMarkerRule);
  const permalink = permalinkOf(info, path, doc);
  const videos = videoObjectsOf(doc.data, permalink ?? '').map((object) => ({
    object,
    advice: adviseOnVideoObject(object),
  }));
  return {
    siteCi: groupProblems(siteCi),
    siteCiCount: siteCi.length,
    rewrite,
    own: groupProblems(own),
    ownCount: own.length,
    permalink,
    videos,
  };
}

/** The first words of the text a rewrite marker stands before, for the list. */
export function markedTextOf(text: string, marker: Pick<Diagnostic, 'to'>, max = 90): string {
  const after = text.slice(marker.to, marker.to + 400);
  const paragraph = after.replace(/^\s+/, '').split(/\r?\n\s*\r?\n/)[0] ?? '';
  const flat = paragraph.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(an empty paragraph)';
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
