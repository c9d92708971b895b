/**
 * The videos a post's body shows: each `{{< youtube >}}` call, and the
 * section it belongs to when it has one of its own (a heading, the call, the
 * text after it up to the next heading at the same level or above). A recap
 * is one such section per talk; sections are what "insert a section" writes
 * and what reordering the entries can reorder.
 */
import type { PostDocument, TextSpan } from '../post/types';
import { hugoBuiltinShortcodes } from '../shortcodes/hugo-builtins';
import { scanShortcodes } from '../shortcodes/scan';
import { youtubeIdOfShortcode } from '../youtube/shortcode-id';
import { isPossibleYouTubeId } from '../youtube/video-id';

export interface BodySection {
  /** Start of the heading line, in the file. */
  from: number;
  /** End of the section's last non-blank character. */
  contentEnd: number;
  /** Start of the next section (or the end of the body): blank lines included. */
  to: number;
  heading: string;
  level: number;
}

export interface BodyVideo {
  id: string;
  /** The call's opening tag, offsets in the file. */
  span: TextSpan;
  /** The call as written, for matching its quoting in new calls. */
  source: string;
  /** Null when the call shares its heading with another video, or has none. */
  section: BodySection | null;
}

interface Heading {
  from: number;
  level: number;
  text: string;
}

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

/** ATX headings of the body outside fenced code, offsets in the file. */
function headingsOf(text: string, bodyFrom: number): Heading[] {
  const headings: Heading[] = [];
  let open: string | null = null;
  let lineStart = bodyFrom;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const fenceMark = fence.exec(line)?.[1];
    if (open !== null) {
      if (fenceMark && fenceMark[0] === open[0] && fenceMark.length >= open.length) open = null;
    } else if (fenceMark) {
      open = fenceMark;
    } else {
      const match = atxHeading.exec(line);
      if (match) {
        headings.push({ from: lineStart, level: match[1]!.length, text: (match[2] ?? '').trim() });
      }
    }
    lineStart = lineEnd + 1;
  }
  return headings;
}

function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

interface BodyScan {
  body: string;
  usesInner: (name: string) => boolean | undefined;
  /** Offsets relative to the body's start. */
  videos: BodyVideo[];
}

/**
 * The last body read. Typing in the form changes the front matter only, and
 * on a long recap scanning the body again on each key would cost more than
 * the edit itself; offsets are kept relative to the body and moved on use.
 */
let lastScan: BodyScan | null = null;

const builtinUsesInner = (name: string): boolean | undefined =>
  hugoBuiltinShortcodes.get(name)?.usesInner;

/**
 * The body's `youtube` calls with a possible video ID, in order.
 * `usesInner` tells the scanner about the site's own shortcodes.
 */
export function bodyVideos(
  doc: PostDocument,
  usesInner: (name: string) => boolean | undefined = builtinUsesInner,
): BodyVideo[] {
  const body = doc.body;
  if (lastScan?.body !== body || lastScan.usesInner !== usesInner) {
    lastScan = { body, usesInner, videos: scanBody(body, usesInner) };
  }
  return lastScan.videos.map((video) => shifted(video, doc.bodyFrom));
}

function shifted(video: BodyVideo, by: number): BodyVideo {
  const { span, section } = video;
  return {
    ...video,
    span: { from: span.from + by, to: span.to + by },
    section: section && {
      ...section,
      from: section.from + by,
      contentEnd: section.contentEnd + by,
      to: section.to + by,
    },
  };
}

function scanBody(body: string, usesInner: (name: string) => boolean | undefined): BodyVideo[] {
  const calls = scanShortcodes(body, { usesInner })
    .calls.filter((call) => call.name === 'youtube')
    .flatMap((call) => {
      const id = youtubeIdOfShortcode(call)?.trim();
      if (!id || !isPossibleYouTubeId(id)) return [];
      const span = call.open.span;
      return [{ id, span, source: body.slice(span.from, span.to) }];
    });
  const headings = headingsOf(body, 0);
  return calls.map((call) => {
    const ownIndex = headings.findLastIndex((heading) => heading.from < call.span.from);
    const heading = headings[ownIndex];
    if (!heading) return { ...call, section: null };
    const next = headings.slice(ownIndex + 1).find((later) => later.level <= heading.level);
    const to = next?.from ?? body.length;
    const inside = calls.filter((other) => other.span.from > heading.from && other.span.from < to);
    if (inside.length !== 1) return { ...call, section: null };
    const section: BodySection = {
      from: heading.from,
      contentEnd: trimmedEnd(body, heading.from, to),
      to,
      heading: heading.text,
      level: heading.level,
    };
    return { ...call, section };
  });
}
