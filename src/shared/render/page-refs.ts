import { postUrlPath } from '../front-matter-form/permalink';
import type { FrontMatterData } from '../post/types';

/** A page of the site, as `ref` and `relref` find it. */
export interface SitePage {
  /** Path from the content folder with `/` (`blog/2021/0617-x/index.md`), or a section's folder (`blog`). */
  path: string;
  /** Its URL path as the site's permalinks give it, without the base URL's path (`/2021/06/17/x/`). */
  url: string;
}

/** The front matter a page's URL is made from (see `postUrlPath`): `url`, `slug`, `title` and `date` as written. */
export type PageFacts = {
  url?: string;
  slug?: string;
  title?: string;
  date?: string;
};

/** The fields of `data` a page's URL is made from; the others (most of a recap's front matter) are not kept. */
export function pageFactsOf(data: FrontMatterData | null): PageFacts {
  const facts: PageFacts = {};
  for (const key of ['url', 'slug', 'title', 'date'] as const) {
    const value = data?.[key];
    if (typeof value === 'string') facts[key] = value;
  }
  return facts;
}

export function samePageFacts(a: PageFacts, b: PageFacts): boolean {
  return a.url === b.url && a.slug === b.slug && a.title === b.title && a.date === b.date;
}

/** What `ref` and `relref` need of the site. */
export interface SiteRefs {
  pages: readonly SitePage[];
  /** The site's `baseURL` (`https://linkerd.io/`). */
  baseURL: string;
}

/** A `ref` / `relref` target's URL, or why there is none (Hugo stops the build with REF_NOT_FOUND). */
export type RefOutcome = { url: string } | { problem: string };

/** Finds `ref` / `relref` targets for one page: `relative` is relref. */
export type RefLookup = (target: string, relative: boolean) => RefOutcome;

/**
 * The site's pages for `ref` and `relref`: each post's URL from the
 * site's `permalinks` (as the form's slug field shows it), and each
 * section (top-level folder) at `/SECTION/`. Posts whose URL cannot be
 * known (a dated pattern without a date) are left out.
 */
export function sitePagesOf(
  posts: readonly { path: string; data: PageFacts }[],
  permalinks: Record<string, unknown> | undefined,
): SitePage[] {
  const pages: SitePage[] = [];
  const sections = new Set<string>();
  for (const post of posts) {
    const segments = post.path.split('/');
    if (segments.length > 1) sections.add(segments[0] ?? '');
    const section = /^_index\.(md|markdown)$/i.test(segments.at(-1) ?? '');
    const url = section
      ? `/${segments.slice(0, -1).join('/')}/`
      : postUrlPath(permalinks, post.path, post.data);
    if (url !== null) pages.push({ path: post.path, url });
  }
  for (const section of sections) {
    if (!pages.some((page) => pageKey(page.path) === `/${section.toLowerCase()}`))
      pages.push({ path: section, url: `/${section}/` });
  }
  return pages;
}

/**
 * Hugo 0.111's lookup (`hugolib/pagecollections.go` getContentNode, as
 * `ref` uses it), without regard to case: a path from the content folder
 * (`/blog/x.md`, extension and `/index.md` optional), else a path from the
 * page's folder (a bundle's from the folder above, unless it climbs with
 * `..`), else a path from the content folder without the leading `/`, else
 * a page's own name when only one page has it. `#anchor` goes on the URL;
 * alone, it is the URL. `ref` gives the whole URL, `relref` its path.
 */
export function refLookup(site: SiteRefs, pagePath: string | null): RefLookup {
  const byKey = new Map<string, SitePage>();
  const byName = new Map<string, SitePage[]>();
  for (const page of site.pages) {
    const key = pageKey(page.path);
    if (!byKey.has(key)) byKey.set(key, page);
    const name = key.slice(key.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), page]);
  }
  const base = new URL(
    /^[a-z][a-z0-9+.-]*:\/\//i.test(site.baseURL) ? site.baseURL : 'http://localhost/',
  );
  const basePath = base.pathname.replace(/\/+$/, '');
  const origin = /^[a-z][a-z0-9+.-]*:\/\//i.test(site.baseURL) ? base.origin : '';

  const find = (target: string): SitePage | 'ambiguous' | undefined => {
    const ref = target.trim().toLowerCase() || '/';
    if (ref.startsWith('/')) return byKey.get(pageKey(ref));
    if (pagePath !== null) {
      const segments = pagePath.split('/').slice(0, -1);
      const leafBundle = /^index\.(md|markdown)$/i.test(pagePath.split('/').at(-1) ?? '');
      if (leafBundle && !ref.startsWith('..')) segments.pop();
      const found = byKey.get(pageKey(joinPath(segments, ref)));
      if (found) return found;
    }
    if (ref.startsWith('.')) return undefined;
    const found = byKey.get(pageKey(`/${ref}`));
    if (found) return found;
    const named = byName.get(pageKey(ref).split('/').at(-1) ?? '') ?? [];
    if (named.length > 1) return 'ambiguous';
    return named[0];
  };

  return (target, relative) => {
    const hash = target.indexOf('#');
    const path = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? '' : target.slice(hash);
    if (path === '') return { url: anchor };
    const page = find(path);
    if (page === 'ambiguous') return { problem: `"${path}" names more than one page` };
    if (page === undefined) return { problem: `no page "${path}"` };
    const url = `${relative ? '' : origin}${basePath}${page.url}${anchor}`;
    return { url };
  };
}

/** A page's path as lookups compare it: `/blog/x` for `blog/x.md` and for `blog/x/index.md`. */
function pageKey(path: string): string {
  const key = path
    .toLowerCase()
    .replace(/\.(md|markdown)$/, '')
    .replace(/(^|\/)_?index$/, '')
    .replace(/^\/+/, '');
  return `/${key}`;
}

function joinPath(segments: readonly string[], relative: string): string {
  const parts = [...segments];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
