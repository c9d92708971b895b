import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePost } from '../post';
import { prepareValidation, validatePost, type PostContext } from '../validate';
import { recapPostText, type RecapValues, type RecapVideo } from './recap-post';

const site = resolve(import.meta.dirname, '../../../test/fixtures/linkerd.io');
const context: PostContext = {
  path: 'content/blog/2024/0325-kubecon-eu-2024/index.md',
  site: {
    authors: new Set(Object.keys(parse(readFileSync(join(site, 'data/authors.yaml'), 'utf8')))),
    shortcodes: new Map(),
    markdownlint: {
      blog: parse(readFileSync(join(site, '.markdownlint.blog.yaml'), 'utf8')),
      default: parse(readFileSync(join(site, '.markdownlint.yaml'), 'utf8')),
    },
  },
  bundleFiles: new Set(),
};

const lookedUp = (id: string, title: string): RecapVideo => ({
  id,
  title,
  paragraph: `In this talk, ${title} is explained.`,
  entry: {
    title,
    description: `In this talk, ${title} is explained.`,
    embedUrl: `https://youtu.be/${id}`,
    thumbnailUrl: `http://i3.ytimg.com/vi/${id}/maxresdefault.jpg`,
    uploadDate: '2024-03-22',
    duration: 'PT28M4S',
  },
});

const offline = (id: string): RecapVideo => ({
  id,
  title: null,
  paragraph: null,
  entry: {
    embedUrl: `https://youtu.be/${id}`,
    thumbnailUrl: `http://i3.ytimg.com/vi/${id}/hqdefault.jpg`,
  },
});

const values: RecapValues = {
  title: 'Linkerd at KubeCon EU 2024: the talks',
  date: '2024-03-25T00:00:00Z',
  author: 'jason',
  authorPath: ['params', 'author'],
  keywords: ['community'],
  videos: [lookedUp('BWL4889RKhU', 'Rust in the proxy'), lookedUp('YN8zNnV0sK8', 'Zero trust')],
};

// How the site writes thumbnails and dates is the site's convention; whether
// it is reported, and how, is the convention setting's business, not the builder's.
const conventionRules = new Set(['video/thumbnail-http', 'video/upload-date-no-zone']);

function rulesOf(text: string): string[] {
  return validatePost(parsePost(text), context)
    .filter((d) => !conventionRules.has(d.rule))
    .map((d) => `${d.severity} ${d.rule}`);
}

describe('recapPostText', () => {
  beforeAll(() => prepareValidation());

  it("writes today's shape: keys in order, author under params, one entry per video in order", () => {
    const doc = parsePost(recapPostText(values));
    expect(Object.keys(doc.data ?? {})).toEqual([
      'date',
      'title',
      'description',
      'keywords',
      'params',
    ]);
    expect(doc.get(['params', 'author'])).toBe('jason');
    expect(doc.get(['params', 'videoSchema', 1, 'title'])).toBe('Zero trust');
    expect(doc.get('title')).toBe(values.title);
  });

  it('writes one section per talk, in order, each marked for rewriting', () => {
    const body = parsePost(recapPostText(values)).body;
    expect(body.match(/^## .*$/gm)).toEqual(['## Rust in the proxy', '## Zero trust']);
    expect(body.match(/\{\{< youtube "[^"]+" >\}\}/g)).toEqual([
      '{{< youtube "BWL4889RKhU" >}}',
      '{{< youtube "YN8zNnV0sK8" >}}',
    ]);
    expect(body.match(/<!-- rewrite -->/g)).toHaveLength(3);
  });

  it("has no errors under the site's rules, and is flagged until the user wrote their part", () => {
    expect(rulesOf(recapPostText(values))).toEqual([
      'warning seo/description-missing',
      'warning draft/rewrite-marker',
      'warning draft/rewrite-marker',
      'warning draft/rewrite-marker',
    ]);
  });

  it('offline, flags what only a lookup can fill and nothing else', () => {
    const text = recapPostText({ ...values, videos: [offline('BWL4889RKhU')] });
    expect(parsePost(text).body).toContain('## Talk 1');
    expect(rulesOf(text).filter((rule) => !rule.includes('rewrite-marker'))).toEqual([
      'warning seo/description-missing',
      'error video/title-missing',
      'error video/upload-date-missing',
    ]);
  });

  it('follows the key order of the newest post and an older author key', () => {
    const doc = parsePost(
      recapPostText({ ...values, authorPath: ['author'], keyOrder: ['title', 'date', 'author'] }),
    );
    expect(Object.keys(doc.data ?? {})).toEqual([
      'title',
      'date',
      'description',
      'keywords',
      'params',
      'author',
    ]);
    expect(doc.get('author')).toBe('jason');
  });
});
