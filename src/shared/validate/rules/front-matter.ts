/**
 * Front matter checks: value kinds, required fields, dates Hugo can read,
 * known authors, the site's SEO limits, VideoObject entries, older and
 * unknown keys. Each concern lives in its own `front-matter-*.ts` file.
 */
import type { Rule } from '../types';
import { checkAuthor } from './front-matter-author';
import { createFrontMatterCheck } from './front-matter-context';
import { checkDates } from './front-matter-dates';
import { checkLegacyKeys, checkUnknownKeys } from './front-matter-keys';
import { checkDescription, checkSlug, checkTitle } from './front-matter-text-fields';
import { checkValueKinds } from './front-matter-types';
import { checkVideoSchema } from './front-matter-videos';

export const frontMatterRules: Rule = (doc, context) => {
  // Without data the reader has already said why (no front matter, bad syntax).
  if (doc.data === null) return [];
  const check = createFrontMatterCheck(doc, doc.data);
  return [
    ...checkValueKinds(check),
    ...checkTitle(check),
    ...checkDescription(check),
    ...checkSlug(check),
    ...checkDates(check),
    ...checkAuthor(check, context.site.authors),
    ...checkVideoSchema(check, context.site.videoConvention ?? 'infer'),
    ...checkLegacyKeys(check),
    ...checkUnknownKeys(check),
  ];
};
