import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { decodePostBytes, parsePost } from '../../shared/post';
import { splitFrontMatter } from '../../shared/post/split';
import { pageFactsOf, sitePagesOf, type SiteRefs } from '../../shared/render';
import { scanContentFiles } from './content-files';
import { isRecord } from './data-file';
import type { Site } from './site';

/**
 * The site's pages and base URL, for the preview's `ref` and `relref`:
 * every Markdown file under the content folder with the URL its front
 * matter and the site's `permalinks` give it. Null for a folder that is no
 * Hugo site. Files that cannot be read or decoded are left out.
 */
export async function readSiteRefs(
  site: Pick<Site, 'kind' | 'contentDir'>,
  config: Record<string, unknown>,
): Promise<SiteRefs | null> {
  if (site.kind !== 'hugo') return null;
  const { posts } = await scanContentFiles(site.contentDir).catch(() => ({ posts: [] }));
  const read = await Promise.all(
    posts.map(async (file) => {
      const decoded = decodePostBytes(await readFile(file).catch(() => Buffer.alloc(0)));
      if (!('text' in decoded)) return null;
      // The front matter alone: bodies are most of the bytes and say nothing here.
      const data = pageFactsOf(
        parsePost(decoded.text.slice(0, splitFrontMatter(decoded.text).bodyFrom)).data,
      );
      return { path: relative(site.contentDir, file).split(sep).join('/'), data };
    }),
  );
  const permalinks = isRecord(config['permalinks']) ? config['permalinks'] : undefined;
  const baseURL = typeof config['baseURL'] === 'string' ? config['baseURL'] : '/';
  return {
    pages: sitePagesOf(
      read.filter((post) => post !== null),
      permalinks,
    ),
    baseURL,
  };
}
