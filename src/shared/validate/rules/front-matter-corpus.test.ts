import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../../diagnostics';
import type { PostDocument } from '../../post/types';
import type { PostContext } from '../types';
import { frontMatterRules } from './front-matter';
import { parsePost } from '../../post';

const fixtures = join(import.meta.dirname, '../../../../test/fixtures');
const site = join(fixtures, 'linkerd.io');
const blog = join(site, 'content/blog');

function postFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return postFiles(path);
    return entry.name === 'index.md' ? [path] : [];
  });
}

const authors = new Set(
  Object.keys(parse(readFileSync(join(site, 'data/authors.yaml'), 'utf8')) as object),
);

const context: PostContext = {
  path: 'content/blog/post/index.md',
  site: { authors, shortcodes: new Map(), markdownlint: { blog: null, default: null } },
  bundleFiles: null,
};

interface Checked {
  name: string;
  doc: PostDocument;
  findings: Diagnostic[];
}

const posts: Checked[] = postFiles(blog).map((file) => {
  const doc = parsePost(readFileSync(file, 'utf8'));
  return {
    name: relative(blog, file).replace('/index.md', ''),
    doc,
    findings: frontMatterRules(doc, context),
  };
});

function postsWith(rule: string): string[] {
  return posts
    .filter((post) => post.findings.some((d) => d.rule === rule))
    .map((post) => post.name);
}

describe('frontMatterRules on the linkerd.io blog', () => {
  it('reads every post', () => {
    // 157 page bundles; the blog's _index.md is the section page, not a post.
    expect(posts).toHaveLength(157);
    expect(posts.filter((post) => post.doc.data === null)).toEqual([]);
  });

  it('finds no errors in published posts', () => {
    const errors = posts.flatMap((post) =>
      post.findings.filter((d) => d.severity === 'error').map((d) => `${post.name}: ${d.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('flags the older keys some posts still carry', () => {
    expect(postsWith('schema/legacy-shape')).toEqual([
      '2016/1210-slow-cooker-load-testing-for-tough-software',
      '2017/0124-linkerd-joins-the-cloud-native-computing-foundation',
      '2018/1023-a-linkerd-2-0-deep-dive-unboxing-debugging-and-monitoring-kubernetes-services-on-azure',
      '2021/0527-linkerd-vs-istio-benchmarks',
    ]);
  });

  it('notices the one misspelt key', () => {
    const unknown = posts.flatMap((post) =>
      post.findings
        .filter((d) => d.rule === 'schema/unknown-key')
        .map((d) => [post.name, d.message]),
    );
    expect(unknown).toEqual([
      [
        '2018/1102-debugging-node-js-on-kubernetes-with-linkerd',
        expect.stringContaining('Did you mean "keywords"?'),
      ],
    ]);
  });

  it('reports SEO limits exactly where the SEO check would', () => {
    const data = (post: Checked): Record<string, unknown> => post.doc.data ?? {};
    const longer = (value: unknown, limit: number): boolean =>
      typeof value === 'string' && [...value].length > limit;
    expect(postsWith('seo/description-missing')).toEqual(
      posts.filter((post) => !data(post).description).map((post) => post.name),
    );
    expect(postsWith('seo/title-length')).toEqual(
      posts.filter((post) => longer(data(post).title, 70)).map((post) => post.name),
    );
    expect(postsWith('seo/description-length')).toEqual(
      posts.filter((post) => longer(data(post).description, 150)).map((post) => post.name),
    );
    expect(postsWith('seo/title-length').length).toBeGreaterThan(0);
  });

  const withVideos = posts
    .filter((post) =>
      Array.isArray((post.doc.data?.params as { videoSchema?: unknown })?.videoSchema),
    )
    .map((post) => post.name);

  it('notes the site’s own video convention once in each post that describes videos', () => {
    expect(withVideos).toHaveLength(4);
    expect(postsWith('video/site-convention')).toEqual(withVideos);
    for (const post of posts) {
      expect(post.findings.filter((d) => d.rule === 'video/site-convention').length).toBeLessThan(
        2,
      );
    }
    expect(postsWith('video/upload-date-no-zone')).toEqual([]);
    expect(postsWith('video/thumbnail-http')).toEqual([]);
  });

  it('warns about each entry against Google’s advice when the site chose Google’s convention', () => {
    const google: PostContext = {
      ...context,
      site: { ...context.site, videoConvention: 'google' },
    };
    const warned = (rule: string): string[] =>
      posts
        .filter((post) => frontMatterRules(post.doc, google).some((d) => d.rule === rule))
        .map((post) => post.name);
    expect(warned('video/upload-date-no-zone')).toEqual(withVideos);
    expect(warned('video/thumbnail-http')).toEqual(withVideos);
    expect(warned('video/site-convention')).toEqual([]);
  });
});

describe('frontMatterRules on the example drafts', () => {
  const check = (name: string): { doc: PostDocument; findings: Diagnostic[] } => {
    const doc = parsePost(readFileSync(join(fixtures, 'examples', name), 'utf8'));
    return { doc, findings: frontMatterRules(doc, context) };
  };

  it('points the legacy draft to today’s keys', () => {
    const { doc, findings } = check('icymi-march-2019-legacy.md');
    expect(findings.map((d) => [d.rule, doc.text.slice(d.from, d.to)])).toEqual([
      ['seo/description-missing', '---'],
      ['schema/legacy-shape', 'author'],
      ['schema/legacy-shape', 'featured'],
    ]);
  });

  it('finds the site’s conventions, an older name and a long description in the recap draft', () => {
    const { findings } = check('kubecon-eu-2021-recap.md');
    const counts = new Map<string, number>();
    for (const d of findings) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    // Eleven talks in the site's convention: one note, where there were 22 warnings.
    expect(Object.fromEntries(counts)).toEqual({
      'seo/description-length': 1,
      'video/site-convention': 1,
      'schema/legacy-shape': 1,
    });
    const note = findings.find((d) => d.rule === 'video/site-convention');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain(
      '11 entries with an http:// thumbnailUrl and 11 entries with a date-only uploadDate',
    );
  });
});
