/**
 * Title, description and slug: whether they are there, and the length
 * limits of the SEO check the site's CI runs (markdown-seo-check with
 * title 70, description 150, slug 100).
 */
import type { Diagnostic } from '../../diagnostics';
import {
  countCharacters,
  diagnostic,
  headerSpan,
  isBlank,
  keySpan,
  valueSpan,
  type FrontMatterCheck,
} from './front-matter-context';

/** The SEO check's limits; the form's counters read them from here. */
export const seoLimits = { title: 70, description: 150, slug: 100 } as const;

export function checkTitle(check: FrontMatterCheck): Diagnostic[] {
  const title = check.data.title;
  if (isBlank(title)) {
    const where = title === undefined ? headerSpan(check.doc) : keySpan(check, ['title']);
    const message =
      title === undefined
        ? 'The post has no title. Add a "title" key to the front matter.'
        : 'The title is empty. Write the post\'s title after "title:".';
    return [diagnostic('error', 'schema/title-missing', message, where)];
  }
  return typeof title === 'string' ? checkLength(check, 'title', title) : [];
}

export function checkDescription(check: FrontMatterCheck): Diagnostic[] {
  const description = check.data.description;
  if (isBlank(description)) {
    const where =
      description === undefined ? headerSpan(check.doc) : keySpan(check, ['description']);
    return [
      diagnostic(
        'warning',
        'seo/description-missing',
        "The post has no description. Search engines and link previews show it, and the site's SEO check expects one.",
        where,
      ),
    ];
  }
  return typeof description === 'string' ? checkLength(check, 'description', description) : [];
}

export function checkSlug(check: FrontMatterCheck): Diagnostic[] {
  const slug = check.data.slug;
  return typeof slug === 'string' ? checkLength(check, 'slug', slug) : [];
}

function checkLength(
  check: FrontMatterCheck,
  key: keyof typeof seoLimits,
  value: string,
): Diagnostic[] {
  const length = countCharacters(value);
  const limit = seoLimits[key];
  if (length <= limit) return [];
  return [
    diagnostic(
      'warning',
      `seo/${key}-length`,
      `The ${key} is ${length} characters long; the site's SEO check allows at most ${limit}.`,
      valueSpan(check, [key]),
    ),
  ];
}
