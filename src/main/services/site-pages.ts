import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { decodePostBytes, parsePost } from '../../shared/post';
import { splitFrontMatter } from '../../shared/post/split';
import { pageFactsOf, sitePagesOf, type PageFacts, type SiteRefs } from '../../shared/render';
import { scanContentFiles } from './content-files';
import { isRecord } from './data-file';
import type { Site } from './site';

/** A post as the pages for `ref` take it: its path from the content folder and what its URL is made from. */
export type PageSource = { path: string; data: PageFacts };

/**
 * The site's pages and base URL, for the preview's `ref` and `relref`:
 * every Markdown file under the content folder with the URL its front
 * matter and the site's `permalinks` give it. Null for a folder that is no
 * Hugo site. The posts are read from disk (files that cannot be read or
 * decoded are left out) unless `known` gives them, as an open folder's
 * index does: reading every post's front matter again took seconds on a
 * site of 10,000 posts.
 */
export async function readSiteRefs(
  site: Pick<Site, 'kind' | 'contentDir'>,
  config: Record<string, unknown>,
  known?: readonly PageSource[],
): Promise<SiteRefs | null> {
  if (site.kind !== 'hugo') return null;
  const permalinks = isRecord(config['permalinks']) ? config['permalinks'] : undefined;
  const baseURL = typeof config['baseURL'] === 'string' ? config['baseURL'] : '/';
  const posts = known ?? (await readPageSources(site.contentDir));
  return { pages: sitePagesOf(posts, permalinks), baseURL };
}

/** Every Markdown file under `contentDir` that reads, with what its URL is made from. */
async function readPageSources(contentDir: string): Promise<PageSource[]> {
  const { posts } = await scanContentFiles(contentDir).catch(() => ({ posts: [] }));
  const read = await Promise.all(
    posts.map(async (file) => {
      const decoded = decodePostBytes(await readFile(file).catch(() => Buffer.alloc(0)));
      if (!('text' in decoded)) return null;
      // The front matter alone: bodies are most of the bytes and say nothing here.
      const data = pageFactsOf(
        parsePost(decoded.text.slice(0, splitFrontMatter(decoded.text).bodyFrom)).data,
      );
      return { path: relative(contentDir, file).split(sep).join('/'), data };
    }),
  );
  return read.filter((post) => post !== null);
}
