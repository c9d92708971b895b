import type { FrontMatterData } from '../../../shared/post';

/** What the site's page shows above a post's text. */
export interface PageHeader {
  title: string;
  /** As the site writes it: "January 10, 2025". */
  date: string | null;
  /** The author's name from `data/authors.yaml`, or the key where it has none. */
  author: string | null;
  /** The cover image, a path inside the open folder. */
  cover: string | null;
}

export interface PageHeaderContext {
  /** The post's path inside the open folder. */
  postPath: string;
  /** Keys and names from `data/authors.yaml`. */
  authors: readonly { key: string; name: string | null }[];
  /** The files beside the post (its page bundle), or null when not known. */
  bundleFiles: readonly string[] | null;
}

const coverFile = /^cover\.(?:jpe?g|png|webp|gif|svg|avif)$/i;

/**
 * The header of the post's page as the linkerd.io theme shows it: title,
 * date, the author by name, and the cover (the bundle's `cover.*` image, or
 * a relative `params.cover`) when `params.showCover` or `params.cover` asks
 * for one. Null when the front matter cannot be read.
 */
export function pageHeaderOf(
  data: FrontMatterData | null,
  context: PageHeaderContext,
): PageHeader | null {
  if (data === null) return null;
  const params = record(data['params']);
  const title = text(data['title'])?.trim() ?? '';
  // A guest author is written out in the page (`author: {name: …}`); a regular one is a key.
  const written = text(record(params['author'])['name']);
  const authorKey = firstText(params['author']) ?? firstText(data['author']);
  const author =
    written ??
    (authorKey === null
      ? null
      : (context.authors.find((entry) => entry.key === authorKey)?.name ?? authorKey));
  return {
    title,
    date: siteDate(data['date']),
    author,
    cover: coverOf(params, context),
  };
}

function coverOf(params: Record<string, unknown>, context: PageHeaderContext): string | null {
  const folder = context.postPath.split('/').slice(0, -1);
  const named = text(params['cover']);
  // A site path (`/2023/06/21/…/cover.jpg`) is the page's URL, not a file: left out.
  if (named && !named.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(named))
    return [...folder, ...named.split('/').filter((part) => part !== '' && part !== '.')].join('/');
  if (params['showCover'] !== true && named === null) return null;
  const file = context.bundleFiles?.find((name) => coverFile.test(name));
  return file ? [...folder, file].join('/') : null;
}

/** A front matter date the way the site prints it, in UTC as Hugo keeps it; null when unreadable. */
export function siteDate(value: unknown): string | null {
  const source = value instanceof Date ? value.toISOString() : text(value);
  if (!source) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(source) ? `${source}T00:00:00Z` : source);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function firstText(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  return text(value);
}

/**
 * Fills the frame's `<header>` with `header` as DOM nodes (its text stays
 * text), or hides it when null. The cover comes through the asset route.
 */
export function renderPageHeader(
  element: HTMLElement,
  header: PageHeader | null,
  assetUrlOf: (folderRelativePath: string) => string,
): void {
  element.hidden = header === null;
  if (header === null) {
    element.replaceChildren();
    return;
  }
  const doc = element.ownerDocument;
  const parts: Node[] = [];
  if (header.cover) {
    const cover = doc.createElement('img');
    cover.className = 'page-cover';
    cover.alt = '';
    cover.src = assetUrlOf(header.cover);
    parts.push(cover);
  }
  const title = doc.createElement('h1');
  title.className = 'page-title';
  title.textContent = header.title || 'Untitled';
  parts.push(title);
  const facts = [header.date, header.author].filter((fact): fact is string => Boolean(fact));
  if (facts.length > 0) {
    const byline = doc.createElement('p');
    byline.className = 'page-byline';
    byline.textContent = facts.join(' · ');
    parts.push(byline);
  }
  element.replaceChildren(...parts);
}
