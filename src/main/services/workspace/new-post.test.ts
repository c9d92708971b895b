import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePost } from '../../../shared/post';
import { corpus, TemporaryFolders } from '../../../../test/workspace/helpers';
import {
  bundleFolderFor,
  defaultShape,
  formatPostDate,
  newPostText,
  readArchetype,
  shapeOf,
  slugify,
  type NewPostValues,
} from './new-post';

const temporary = new TemporaryFolders();
afterEach(() => temporary.cleanUp());

describe('slugify', () => {
  it.each([
    ['Linkerd at KubeCon EU', 'linkerd-at-kubecon-eu'],
    [
      'Announcing Linkerd 2.19: Post-quantum cryptography',
      'announcing-linkerd-2-19-post-quantum-cryptography',
    ],
    ["Don't Panic & Carry On", 'dont-panic-and-carry-on'],
    ['Café Dominik Táskai’s talk', 'cafe-dominik-taskais-talk'],
    ['  --Hello--  ', 'hello'],
    ['日本語', 'post'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary near 60 characters', () => {
    const slug = slugify(
      'The Proxy Died First: How Kubernetes Native Sidecars Solve the Service Mesh Shutdown Problem',
    );
    expect(slug).toBe('the-proxy-died-first-how-kubernetes-native-sidecars-solve');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify('a'.repeat(100))).toHaveLength(60);
  });
});

describe('dates and folders', () => {
  const now = new Date(2025, 5, 4, 14, 3, 9);

  it('names the bundle after the local day', () => {
    expect(bundleFolderFor(now, 'my-post')).toBe('blog/2025/0604-my-post');
  });

  it('writes the date in the style of the newest posts', () => {
    expect(formatPostDate(now, 'midnight-utc')).toBe('2025-06-04T00:00:00Z');
    expect(formatPostDate(now, 'date-only')).toBe('2025-06-04');
    expect(formatPostDate(now, 'local-time')).toMatch(/^2025-06-04T14:03:09[+-]\d\d:\d\d$/);
  });
});

describe('shapeOf', () => {
  it("follows today's posts: params.author, midnight UTC dates, date first", () => {
    const newest = parsePost(
      '---\ndate: 2025-10-31T00:00:00Z\ntitle: x\nparams:\n  author: william\n---\n',
    );
    expect(shapeOf(newest)).toEqual({
      authorPath: ['params', 'author'],
      dateStyle: 'midnight-utc',
      dateFirst: true,
    });
  });

  it('follows a legacy site: top-level author, other date forms', () => {
    const newest = parsePost(
      "---\ntitle: x\nauthor: 'kiersten'\ndate: Fri, 29 Mar 2019 12:00:00 +0000\n---\n",
    );
    expect(shapeOf(newest)).toEqual({
      authorPath: ['author'],
      dateStyle: 'local-time',
      dateFirst: false,
    });
    expect(shapeOf(parsePost('---\ndate: 2019-03-29\n---\n')).dateStyle).toBe('date-only');
    expect(shapeOf(null)).toEqual(defaultShape);
  });
});

describe('newPostText', () => {
  const values: NewPostValues = {
    title: 'Linkerd at KubeCon: what we learned',
    slug: 'linkerd-at-kubecon-what-we-learned',
    date: '2025-06-04T00:00:00Z',
    author: 'jason',
    shape: { ...defaultShape, dateStyle: 'midnight-utc' },
  };

  it("fills the corpus site's archetype and adds the author where new posts keep it", async () => {
    const archetype = await readArchetype(corpus);
    expect(archetype).toContain('.File.ContentBaseName');
    const text = newPostText(archetype, values);
    expect(text).toBe(
      [
        '---',
        "title: 'Linkerd at KubeCon: what we learned'",
        'date: 2025-06-04T00:00:00Z',
        'params:',
        '  author: jason',
        '---',
        '',
      ].join('\n'),
    );
    expect(parsePost(text).data).toEqual({
      title: values.title,
      date: values.date,
      params: { author: 'jason' },
    });
  });

  it('prefers archetypes/blog.md and keeps its other keys and body', async () => {
    const site = await temporary.make();
    await mkdir(join(site, 'archetypes'), { recursive: true });
    await writeFile(join(site, 'archetypes', 'default.md'), '---\ntitle: default\n---\n');
    await writeFile(
      join(site, 'archetypes', 'blog.md'),
      '---\ntitle: "{{ .Title }}"\ndate: {{ .Date }}\nslug: {{ .File.ContentBaseName }}\ndraft: true\n{{/* a comment */}}\nparams:\n  author: someone\n---\n\n## {{ .Title }}\n',
    );
    const text = newPostText(await readArchetype(site), values);
    expect(parsePost(text).data).toEqual({
      title: values.title,
      date: values.date,
      slug: values.slug,
      draft: true,
      params: { author: 'jason' },
    });
    expect(text).toContain('\n## Linkerd at KubeCon: what we learned\n');
  });

  it("fills Hugo's own TOML archetype, escaping the title for TOML", () => {
    const archetype =
      '+++\ndate = \'{{ .Date }}\'\ndraft = true\ntitle = \'{{ replace .File.ContentBaseName "-" " " | title }}\'\n+++\n';
    const text = newPostText(archetype, { ...values, title: 'Say "hi" and don\'t' });
    expect(text).toBe(
      '+++\ndate = "2025-06-04T00:00:00Z"\ndraft = true\ntitle = "Say \\"hi\\" and don\'t"\n+++\n',
    );
    expect(parsePost(text).data).toEqual({
      date: values.date,
      draft: true,
      title: 'Say "hi" and don\'t',
    });
  });

  it('writes front matter in the newest posts’ shape when there is no archetype', () => {
    const text = newPostText(null, {
      ...values,
      shape: { authorPath: ['author'], dateStyle: 'date-only', dateFirst: true },
      date: '2025-06-04',
    });
    expect(text).toBe(
      "---\ndate: 2025-06-04\ntitle: 'Linkerd at KubeCon: what we learned'\nauthor: jason\n---\n",
    );
  });

  it('does not guess at template actions only Hugo can run', () => {
    const text = newPostText('---\ntitle: {{ .Title }}\nx: {{ .Site.Params.x }}\n---\n', values);
    expect(text).not.toContain('{{');
    expect(parsePost(text).data).toEqual({
      title: values.title,
      date: values.date,
      params: { author: 'jason' },
    });
  });

  it('leaves the author out when there is none', () => {
    expect(parsePost(newPostText(null, { ...values, author: null })).data).toEqual({
      title: values.title,
      date: values.date,
    });
  });
});
