/**
 * The text of a new event recap: front matter in the site's current shape
 * with one `params.videoSchema` entry per video, then an intro and one
 * section per talk (`## title`, the `youtube` shortcode, a starting
 * paragraph). Everything Recap Studio wrote for the user to replace carries
 * the rewrite marker, and the description is left empty, so the check flags
 * both until the user has written them.
 */
import { parsePost } from '../post';
import type { FrontMatterValue, PostDocument } from '../post/types';
import { rewriteMarker } from './rewrite-marker';

export interface RecapVideo {
  id: string;
  /** From a lookup; null when only the ID is known. */
  title: string | null;
  /** The first paragraph of the video's description; null when unknown. */
  paragraph: string | null;
  /** The `params.videoSchema` entry, as far as it is known. */
  entry: { [key: string]: string };
}

export interface RecapValues {
  /** The post's title, usually the event's name. */
  title: string;
  /** Already in the layout the site's posts use. */
  date: string;
  author: string | null;
  /** Where the site keeps the author: `params.author` today. */
  authorPath: readonly string[];
  keywords: readonly string[];
  videos: readonly RecapVideo[];
  /** The newest post's top-level keys, so the new post lists its keys in the same order. */
  keyOrder?: readonly string[];
}

const defaultKeyOrder = ['date', 'title', 'description', 'keywords', 'params'];

/** The heading of a talk whose title is not known yet: the builder's own words, to replace. */
export function placeholderTalkTitle(index: number): string {
  return `Talk ${index + 1}`;
}

export function recapBody(eventTitle: string, videos: readonly RecapVideo[]): string {
  const sections = videos.map((video, index) =>
    [
      `## ${video.title ?? placeholderTalkTitle(index)}`,
      `{{< youtube "${video.id}" >}}`,
      `${rewriteMarker}\n${
        video.paragraph ??
        'Say who gave this talk and what it covers, and why it is worth watching.'
      }`,
    ].join('\n\n'),
  );
  const intro = `${rewriteMarker}\nThe talks of ${eventTitle} are online. Say what the event was, who came, and what stood out; then point readers to the talks below.`;
  return `\n${[intro, ...sections].join('\n\n')}\n`;
}

export function recapPostText(values: RecapValues): string {
  const known = new Set(values.keyOrder ?? []);
  const order = [
    ...(values.keyOrder ?? []).filter((key) => defaultKeyOrder.includes(key)),
    ...defaultKeyOrder.filter((key) => !known.has(key)),
  ];
  let document: PostDocument = parsePost('---\n---\n');
  const params: { [key: string]: FrontMatterValue } = {};
  const authorInParams = values.authorPath.length === 2 && values.authorPath[0] === 'params';
  if (values.author !== null && authorInParams) params[values.authorPath[1]!] = values.author;
  if (values.videos.length > 0) params.videoSchema = values.videos.map((video) => video.entry);
  // A placeholder title first and the real one last: the document writes new
  // values in the quoting style of those already there, and a title that
  // needs quotes must not make every later value quoted.
  const placeholder = 'RecapStudioTitle';
  for (const key of order) {
    if (key === 'date') document = document.set('date', values.date);
    if (key === 'title') document = document.set('title', placeholder);
    if (key === 'description') document = document.set('description', '');
    if (key === 'keywords' && values.keywords.length > 0) {
      document = document.set('keywords', [...values.keywords]);
    }
    if (key === 'params' && Object.keys(params).length > 0)
      document = document.set('params', params);
  }
  if (values.author !== null && !authorInParams) {
    document = document.set([...values.authorPath], values.author);
  }
  document = document.set('title', values.title);
  return document.replaceBody(recapBody(values.title, values.videos)).text;
}
