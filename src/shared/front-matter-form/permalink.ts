/**
 * The URL a post will have on the site, from the site's `permalinks`
 * configuration as Hugo reads it (`permalinks.page.SECTION` or the older
 * `permalinks.SECTION`): `:year`, `:month`, `:monthname`, `:day`, `:slug`
 * (the title made into a path when there is no slug), `:title`, `:section`,
 * `:sections`, `:filename` and `:contentbasename`. A front matter `url` wins;
 * without a pattern Hugo uses the post's folders.
 */
import type { FrontMatterData } from '../post/types';
import { readPickedDate } from './date-layout';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The post's URL path, or null when it cannot be known (a pattern needs a
 * date the post does not have). `postPath` is relative to the content folder
 * (`blog/2021/0617-x/index.md`).
 */
export function postUrlPath(
  permalinks: Record<string, unknown> | undefined,
  postPath: string,
  data: FrontMatterData,
): string | null {
  if (typeof data.url === 'string' && data.url.trim() !== '') return data.url.trim();
  const segments = postPath.split('/').filter((segment) => segment !== '');
  const file = segments.at(-1) ?? '';
  const bundle = /^index\.(md|markdown)$/i.test(file);
  const folders = segments.slice(0, -1);
  const baseName = bundle ? (folders.at(-1) ?? '') : file.replace(/\.[^.]+$/, '');
  const section = segments.length > 1 ? (segments[0] ?? '') : '';
  const pattern = patternFor(permalinks, section);
  const slug = typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug.trim() : null;
  const title = typeof data.title === 'string' ? data.title : '';
  if (!pattern) {
    const dirs = bundle ? folders.slice(0, -1) : folders;
    return `/${[...dirs, slug ?? baseName].map(urlize).join('/')}/`;
  }
  const date = typeof data.date === 'string' ? readPickedDate(data.date) : null;
  let missingDate = false;
  const part = (name: string): string => {
    const dateParts = date?.day.split('-') ?? [];
    switch (name) {
      case 'year':
      case 'month':
      case 'day':
      case 'monthname': {
        if (!date) {
          missingDate = true;
          return '';
        }
        const [year, month, day] = dateParts;
        if (name === 'year') return year ?? '';
        if (name === 'month') return month ?? '';
        if (name === 'day') return day ?? '';
        return (monthNames[Number(month) - 1] ?? '').toLowerCase();
      }
      case 'slug':
      case 'slugorfilename':
      case 'slugorcontentbasename':
        return urlize(slug ?? (name === 'slug' ? title : baseName));
      case 'title':
        return urlize(title);
      case 'section':
        return section;
      case 'sections':
        return (bundle ? folders.slice(0, -1) : folders).join('/');
      case 'filename':
      case 'contentbasename':
        return urlize(baseName);
      default:
        return `:${name}`;
    }
  };
  const url = pattern.replace(/:([a-z]+)/g, (_, name: string) => part(name));
  return missingDate ? null : url.replace(/\/{2,}/g, '/');
}

function patternFor(
  permalinks: Record<string, unknown> | undefined,
  section: string,
): string | null {
  if (!permalinks) return null;
  const page = permalinks.page;
  const modern = isRecord(page) ? page[section] : undefined;
  const older = permalinks[section];
  return typeof modern === 'string' ? modern : typeof older === 'string' ? older : null;
}

/**
 * Hugo 0.111's `urlize` for path segments (`UnicodeSanitize`, then lower
 * case): letters, digits, marks and `. / \ _ # ~ - @` stay; a run of spaces
 * and other characters between two kept ones becomes one `-`, or none
 * next to a `-`; `%` stays before two hex digits. `+` stays there too but
 * not in the URL Hugo publishes (`A + B` is `/a--b/`), so it goes here.
 */
export function urlize(text: string): string {
  const source = [...text];
  let kept = '';
  let hyphenWanted = false;
  let lastWasHyphen = false;
  source.forEach((char, at) => {
    const allowed =
      /^[\p{L}\p{N}\p{M}./\\_#+~@-]$/u.test(char) ||
      (char === '%' && /^[0-9a-f]{2}$/i.test((source[at + 1] ?? '') + (source[at + 2] ?? '')));
    if (allowed) {
      lastWasHyphen = char === '-';
      if (hyphenWanted && !lastWasHyphen) kept += '-';
      hyphenWanted = false;
      kept += char;
    } else if (kept !== '' && !lastWasHyphen && /\s/u.test(char)) {
      hyphenWanted = true;
    }
  });
  return kept.replaceAll('+', '').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
