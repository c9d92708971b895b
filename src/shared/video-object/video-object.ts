/**
 * The schema.org VideoObject JSON-LD a page will carry, one object per
 * `params.videoSchema` entry, built field by field the way linkerd.io's
 * `layouts/_partials/head-schema.html` builds it: name ← title, description,
 * thumbnailUrl, uploadDate, duration, embedUrl, contentUrl ← the page's
 * permalink. The template writes each value with Go's JSON encoding, so a
 * missing field is `null` and a number stays a number; so do we. The
 * template's publisher block is the site's own constant and is left out.
 */
import type { FrontMatterData, FrontMatterValue } from '../post/types';
import { isMapping } from '../schema/known-keys';

export type JsonLdValue = FrontMatterValue | null;

export interface VideoObject {
  '@context': 'https://schema.org';
  '@type': 'VideoObject';
  name: JsonLdValue;
  description: JsonLdValue;
  thumbnailUrl: JsonLdValue;
  uploadDate: JsonLdValue;
  duration: JsonLdValue;
  embedUrl: JsonLdValue;
  contentUrl: string;
}

/**
 * The entries Hugo reads as `.Params.videoSchema`: today's `params:` block,
 * or a top-level `videoSchema` in posts of the older shape.
 */
export function videoSchemaEntries(data: FrontMatterData | null): FrontMatterValue[] {
  if (!data) return [];
  const params = data.params;
  const list =
    isMapping(params) && params.videoSchema !== undefined ? params.videoSchema : data.videoSchema;
  return Array.isArray(list) ? list : [];
}

function field(entry: FrontMatterValue, key: string): JsonLdValue {
  return isMapping(entry) ? (entry[key] ?? null) : null;
}

export function videoObjectsOf(data: FrontMatterData | null, permalink: string): VideoObject[] {
  return videoSchemaEntries(data).map((entry) => ({
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: field(entry, 'title'),
    description: field(entry, 'description'),
    thumbnailUrl: field(entry, 'thumbnailUrl'),
    uploadDate: field(entry, 'uploadDate'),
    duration: field(entry, 'duration'),
    embedUrl: field(entry, 'embedUrl'),
    contentUrl: permalink,
  }));
}
