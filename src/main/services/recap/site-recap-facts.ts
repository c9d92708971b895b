/**
 * What a new recap learns from the site's posts: the newest blog post (its
 * key order, date layout and author key, as New Post reads them) and the
 * keywords of the newest post with videos, the site's latest recap.
 */
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { decodePostBytes } from '../../../shared/post';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import type { PostDocument } from '../../../shared/post/types';
import { entryItems } from '../../../shared/videos/video-list';
import { scanContentFiles } from '../content-files';
import { dateSortKey } from '../workspace/post-summary';

export interface RecapSiteFacts {
  newestPost: PostDocument | null;
  /** The newest recap's keywords; empty when the site has none. */
  keywords: string[];
}

interface Dated {
  document: PostDocument;
  time: number;
}

async function readDated(file: string): Promise<Dated | null> {
  const bytes = await readFile(file).catch(() => null);
  if (bytes === null) return null;
  const decoded = decodePostBytes(bytes);
  if (!('text' in decoded)) return null;
  const document = parsePostChecked(decoded.text);
  const date = document.data?.date;
  const time = dateSortKey(typeof date === 'string' ? date : null);
  return time === null ? null : { document, time };
}

export async function readRecapSiteFacts(contentDir: string): Promise<RecapSiteFacts> {
  const { posts } = await scanContentFiles(contentDir).catch(() => ({ posts: [] as string[] }));
  const blog = join(contentDir, 'blog') + sep;
  const inBlog = posts.filter((file) => file.startsWith(blog));
  const dated: Dated[] = [];
  for (const file of inBlog.length > 0 ? inBlog : posts) {
    const post = await readDated(file);
    if (post) dated.push(post);
  }
  dated.sort((a, b) => b.time - a.time);
  const newestRecap = dated.find((post) => entryItems(post.document).length > 0);
  const keywords = newestRecap?.document.data?.keywords;
  return {
    newestPost: dated[0]?.document ?? null,
    keywords: Array.isArray(keywords)
      ? keywords.filter((word): word is string => typeof word === 'string')
      : [],
  };
}
