/**
 * The front matter of a post on a linkerd.io-like Hugo site, as zod schemas.
 *
 * These check the kinds of values (text, list, true/false…), never their
 * content: whether a date is readable or a URL absolute is the validation
 * rules' business, where each finding gets its own id and message. Every
 * object is loose, so unknown keys are kept as written; the key lists below
 * are what counts as "known".
 *
 * Built once at module load: the benchmark validates thousands of posts.
 */
import { z } from 'zod';

/** Empty values (`title:` with nothing after it) read as null; rules treat them as missing. */
const text = z.string().nullish();
const textList = z.array(z.string()).nullish();
const mapping = z.record(z.string(), z.unknown());

/** Hugo reads `true`, `false`, and the words Go's `strconv.ParseBool` knows. */
const hugoBoolean = z
  .union([
    z.boolean(),
    z.enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 't', 'f', 'T', 'F', '1', '0']),
  ])
  .nullish();

/**
 * Dates stay the text the author wrote. A bare number is allowed here so the
 * date rule can explain what Hugo makes of it (seconds since 1970).
 */
const dateValue = z.union([z.string(), z.number()]).nullish();

export const videoSchemaEntrySchema = z.looseObject({
  title: text,
  description: text,
  embedUrl: text,
  thumbnailUrl: text,
  uploadDate: text,
  duration: text,
});

/** An author written in the post instead of referring to `data/authors.yaml`. */
export const inlineAuthorSchema = z.looseObject({
  name: text,
  avatar: text,
  email: text,
});

export const faqSchemaEntrySchema = z.looseObject({
  question: text,
  answer: text,
});

/** The site's own options, read by its templates as `.Params.*`. */
export const siteParamsSchema = z.looseObject({
  author: z.union([z.string(), inlineAuthorSchema]).nullish(),
  showCover: hugoBoolean,
  thumbnailRatio: text,
  cover: text,
  thumbnail: text,
  /** A feature image in a post; the list of featured posts in the blog's `_index.md`. */
  feature: z.union([z.string(), z.array(z.string())]).nullish(),
  metaTitle: text,
  videoSchema: z.array(videoSchemaEntrySchema).nullish(),
  faqSchema: z.array(faqSchemaEntrySchema).nullish(),
  /** Older name of `thumbnailRatio`, still found in drafts. */
  thumbnailProcess: text,
});

export const postFrontMatterSchema = z.looseObject({
  // Hugo's own page keys.
  title: text,
  linkTitle: text,
  description: text,
  summary: text,
  date: dateValue,
  publishDate: dateValue,
  pubdate: dateValue,
  lastmod: dateValue,
  modified: dateValue,
  expiryDate: dateValue,
  unpublishdate: dateValue,
  draft: hugoBoolean,
  /** Hugo takes it both as the opposite of `draft` and as another name for `publishDate`. */
  published: z.union([z.boolean(), z.string(), z.number()]).nullish(),
  headless: hugoBoolean,
  isCJKLanguage: hugoBoolean,
  slug: text,
  url: text,
  type: text,
  layout: text,
  markup: text,
  translationKey: text,
  lang: text,
  keywords: textList,
  aliases: textList,
  images: textList,
  videos: textList,
  audio: textList,
  series: textList,
  tags: textList,
  categories: textList,
  outputs: textList,
  weight: z.union([z.number(), z.string().regex(/^[+-]?\d+$/)]).nullish(),
  menu: z.union([z.string(), z.array(z.string()), mapping]).nullish(),
  menus: z.union([z.string(), z.array(z.string()), mapping]).nullish(),
  build: mapping.nullish(),
  _build: mapping.nullish(),
  sitemap: mapping.nullish(),
  cascade: z.union([mapping, z.array(mapping)]).nullish(),
  resources: z.array(mapping).nullish(),
  params: siteParamsSchema.nullish(),

  // The older shape: site options at the top level (see `legacy.ts`).
  author: z.union([z.string(), inlineAuthorSchema]).nullish(),
  featured: hugoBoolean,
  thumbnail: text,
  thumbnailProcess: text,
  enableVideoSchema: hugoBoolean,
});

export type PostFrontMatter = z.infer<typeof postFrontMatterSchema>;
export type SiteParams = z.infer<typeof siteParamsSchema>;
export type VideoSchemaEntry = z.infer<typeof videoSchemaEntrySchema>;
export type InlineAuthor = z.infer<typeof inlineAuthorSchema>;
