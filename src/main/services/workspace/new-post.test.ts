import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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
  shapeSampleSize,
  slugify,
  type NewPostValues,
  type PostShape,
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
  it("learns the fields of the corpus site's newest posts, in their order", async () => {
    // The 2025 posts, newest first: more than the sample, which takes the newest ten.
    const folder = join(corpus, 'content', 'blog', '2025');
    const newest = (await readdir(folder)).sort().reverse();
    expect(newest.length).toBeGreaterThan(shapeSampleSize);
    const documents = await Promise.all(
      newest.map(async (name) => parsePost(await readFile(join(folder, name, 'index.md'), 'utf8'))),
    );
    expect(shapeOf(documents)).toEqual({
      authorPath: ['params', 'author'],
      dateStyle: 'midnight-utc',
      fields: ['date', 'slug', 'title', 'description', 'keywords', 'author'],
      learned: true,
    });
  });

  it('keeps only what a third of the newest posts have; title and date always', () => {
    const posts = [
      '---\ndate: 2025-10-31T00:00:00Z\ntitle: x\nkeywords: [a]\nparams:\n  author: william\n---\n',
      '---\ndate: 2025-10-20T00:00:00Z\ntitle: y\nkeywords: [b]\nparams:\n  author: flynn\n---\n',
      '---\ndate: 2025-10-01T00:00:00Z\ndescription: once\nparams:\n  showCover: true\n---\n',
      '---\ndate: 2025-09-01T00:00:00Z\ntitle: z\n---\n',
    ].map((text) => parsePost(text));
    expect(shapeOf(posts)).toEqual({
      authorPath: ['params', 'author'],
      dateStyle: 'midnight-utc',
      fields: ['date', 'title', 'keywords', 'author'],
      learned: true,
    });
  });

  it('follows a legacy site: top-level author, other date forms', () => {
    const newest = parsePost(
      "---\ntitle: x\nauthor: 'kiersten'\ndate: Fri, 29 Mar 2019 12:00:00 +0000\n---\n",
    );
    expect(shapeOf([newest])).toEqual({
      authorPath: ['author'],
      dateStyle: 'local-time',
      fields: ['title', 'author', 'date'],
      learned: true,
    });
    expect(shapeOf([parsePost('---\ndate: 2019-03-29\n---\n')]).dateStyle).toBe('date-only');
    expect(shapeOf([null])).toEqual(defaultShape);
    expect(shapeOf([])).toEqual(defaultShape);
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

  const learned: PostShape = {
    authorPath: ['params', 'author'],
    dateStyle: 'midnight-utc',
    fields: ['date', 'slug', 'title', 'description', 'keywords', 'author'],
    learned: true,
  };

  it("writes the corpus site's newest posts' fields, in their order, over its bare default archetype", async () => {
    const archetype = await readArchetype(corpus);
    expect(archetype).toEqual({
      text: expect.stringContaining('.File.ContentBaseName'),
      forBlog: false,
    });
    const text = newPostText(archetype, { ...values, shape: learned });
    expect(text).toBe(
      [
        '---',
        'date: 2025-06-04T00:00:00Z',
        'slug: linkerd-at-kubecon-what-we-learned',
        "title: 'Linkerd at KubeCon: what we learned'",
        "description: ''",
        'keywords: []',
        'params:',
        '  author: jason',
        '---',
        '',
      ].join('\n'),
    );
    expect(parsePost(text).data).toEqual({
      date: values.date,
      slug: values.slug,
      title: values.title,
      description: '',
      keywords: [],
      params: { author: 'jason' },
    });
  });

  it('keeps what a default archetype adds to the shape: other keys and its body', () => {
    const archetype = {
      text: "+++\ndate = '{{ .Date }}'\ndraft = true\ntitle = '{{ .Title }}'\n+++\n\nIntro here.\n",
      forBlog: false,
    };
    const text = newPostText(archetype, { ...values, title: 'Plain', shape: learned });
    expect(text).toBe(
      "---\ndate: 2025-06-04T00:00:00Z\nslug: linkerd-at-kubecon-what-we-learned\ntitle: Plain\ndescription: ''\nkeywords: []\nparams:\n  author: jason\ndraft: true\n---\n\nIntro here.\n",
    );
  });

  it("without posts to learn from, fills the corpus site's archetype and adds the author", async () => {
    const archetype = await readArchetype(corpus);
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
    // A blog archetype wins over the newest posts; it gets the fields they have that it lacks.
    const shaped = parsePost(newPostText(await readArchetype(site), { ...values, shape: learned }));
    expect(shaped.data).toEqual({
      title: values.title,
      date: values.date,
      slug: values.slug,
      draft: true,
      params: { author: 'jason' },
      description: '',
      keywords: [],
    });
  });

  it("fills Hugo's own TOML archetype, escaping the title for TOML", () => {
    const archetype =
      '+++\ndate = \'{{ .Date }}\'\ndraft = true\ntitle = \'{{ replace .File.ContentBaseName "-" " " | title }}\'\n+++\n';
    const text = newPostText(
      { text: archetype, forBlog: false },
      { ...values, title: 'Say "hi" and don\'t' },
    );
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
      shape: {
        authorPath: ['author'],
        dateStyle: 'date-only',
        fields: ['date', 'title', 'author'],
        learned: true,
      },
      date: '2025-06-04',
    });
    expect(text).toBe(
      "---\ndate: 2025-06-04\ntitle: 'Linkerd at KubeCon: what we learned'\nauthor: jason\n---\n",
    );
  });

  it('does not guess at template actions only Hugo can run', () => {
    const text = newPostText(
      { text: '---\ntitle: {{ .Title }}\nx: {{ .Site.Params.x }}\n---\n', forBlog: true },
      values,
    );
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
