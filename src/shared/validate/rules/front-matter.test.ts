import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../diagnostics';
import type { PostDocument } from '../../post/types';
import type { PostContext, SiteFacts } from '../types';
import { frontMatterRules } from './front-matter';
import { parsePost } from '../../post';

const site: SiteFacts = {
  authors: new Set(['jason', 'william', 'kiersten']),
  shortcodes: new Map(),
  markdownlint: { blog: null, default: null },
};

function contextFor(authors: ReadonlySet<string> | null = site.authors): PostContext {
  return {
    path: 'content/blog/2024/0101-post/index.md',
    site: { ...site, authors },
    bundleFiles: null,
  };
}

function post(frontMatter: string): PostDocument {
  return parsePost(`---\n${frontMatter}---\n\nSome text.\n`);
}

function run(doc: PostDocument, authors?: ReadonlySet<string> | null): Diagnostic[] {
  return frontMatterRules(doc, contextFor(authors));
}

/** Under Google's convention each entry is checked against Google's advice. */
function runUnderGoogle(doc: PostDocument): Diagnostic[] {
  return frontMatterRules(doc, {
    ...contextFor(),
    site: { ...site, videoConvention: 'google' },
  });
}

function findings(frontMatter: string, rule: string): Diagnostic[] {
  return run(post(frontMatter)).filter((d) => d.rule === rule);
}

function spanText(doc: PostDocument, d: Diagnostic): string {
  return doc.text.slice(d.from, d.to);
}

/** A post in today's shape with nothing to report. */
const clean = `title: Linkerd at KubeCon EU
date: 2021-06-17T00:00:00Z
description: A short recap of the talks.
keywords: [community]
params:
  author: jason
  showCover: true
  thumbnailRatio: fit
  videoSchema:
    - title: Why the future of the cloud will be built on Rust
      description: A talk.
      embedUrl: https://youtu.be/BWL4889RKhU
      thumbnailUrl: https://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg
      uploadDate: 2021-05-14T00:00:00Z
      duration: PT31M26S
`;

const withVideo = (entry: string): string =>
  `title: Recap\ndescription: d\nparams:\n  videoSchema:\n${entry}`;

describe('frontMatterRules', () => {
  it('finds nothing in a complete post in today’s shape', () => {
    expect(run(post(clean))).toEqual([]);
  });

  it('skips posts whose front matter could not be read', () => {
    const unreadable = post('title: [unclosed\n');
    expect(unreadable.data).toBeNull();
    expect(run(unreadable)).toEqual([]);
    expect(run(parsePost('Just text, no front matter.\n'))).toEqual([]);
  });

  it('places findings about missing fields at the start of the file when there is no front matter block', () => {
    const doc = { ...post('description: d\n'), frontMatter: null };
    const [missing] = run(doc).filter((d) => d.rule === 'schema/title-missing');
    expect(missing).toMatchObject({ from: 0, to: 0 });
  });

  describe('schema/type', () => {
    it('reports values of the wrong kind, pointing at the value', () => {
      const doc = post(
        'title: [a, b]\ndescription: d\nkeywords: community\nparams: just text\ndraft: maybe\n',
      );
      const types = run(doc)
        .filter((d) => d.rule === 'schema/type')
        .sort((a, b) => a.from - b.from);
      expect(types.map((d) => [spanText(doc, d), d.severity])).toEqual([
        ['[a, b]', 'error'],
        ['community', 'error'],
        ['just text', 'error'],
        ['maybe', 'error'],
      ]);
      expect(types[0]?.message).toBe('"title" should be text, but it is a list.');
      expect(types[1]?.message).toBe('"keywords" should be a list of text, but it is text.');
      expect(types[2]?.message).toMatch(/^"params" should be a group of keys/);
      expect(types[3]?.message).toBe('"draft" should be true or false, but it is text.');
    });

    it('names list items and explains how to make a number text', () => {
      const doc = post('title: 1984\ndescription: d\nkeywords: [linkerd, 2021]\n');
      const types = run(doc).filter((d) => d.rule === 'schema/type');
      expect(types.map((d) => d.message)).toEqual([
        '"title" should be text, but it is a number (1984). Put it in quotes ("1984") to make it text.',
        'Item 2 of "keywords" should be text, but it is a number (2021). Put it in quotes ("2021") to make it text.',
      ]);
      expect(types.map((d) => spanText(doc, d))).toEqual(['1984', '2021']);
    });

    it('checks videoSchema is a list of groups', () => {
      expect(findings(withVideo('    title: not a list\n'), 'schema/type')[0]?.message).toMatch(
        /^"params.videoSchema" should be a list of videos/,
      );
      const doc = post(withVideo('    - just text\n'));
      const [entry] = run(doc).filter((d) => d.rule === 'schema/type');
      expect(entry?.message).toMatch(/^Item 1 of "params.videoSchema" should be a group of keys/);
      expect(spanText(doc, entry!)).toBe('just text');
    });

    it('points inside an author group rather than at the whole author', () => {
      const doc = post('title: t\ndescription: d\nparams:\n  author:\n    name: 3\n');
      const [problem] = run(doc).filter((d) => d.rule === 'schema/type');
      expect(problem?.message).toMatch(/^"params.author.name" should be text, but it is a number/);
      expect(spanText(doc, problem!)).toBe('3');
    });

    it('accepts every kind the site and Hugo accept', () => {
      const doc = post(
        [
          'title: t',
          'description: d',
          'draft: false',
          'published: true',
          'weight: 10',
          'aliases: [/old/]',
          'menu: main',
          'cascade:',
          '  - _target: {path: /x}',
          'params:',
          '  author:',
          '    name: Someone Else',
          '    avatar: someone.jpg',
          '  feature: [/blog/a, /blog/b]',
          '  faqSchema:',
          '    - question: Why?',
          '      answer: Because.',
          '',
        ].join('\n'),
      );
      expect(run(doc).filter((d) => d.rule === 'schema/type')).toEqual([]);
    });
  });

  it('names a missing video field in plain words (no "has no an uploadDate")', () => {
    const entry = 'params:\n  videoSchema:\n    - embedUrl: https://youtu.be/BWL4889RKhU\n';
    const messages = [
      'video/title-missing',
      'video/thumbnail-missing',
      'video/upload-date-missing',
    ].map((rule) => findings(`title: t\ndescription: d\n${entry}`, rule)[0]?.message);
    expect(messages).toEqual([
      'Video 1 in "params.videoSchema" has no title, which Google shows as the video\'s name. Google requires it for video results.',
      'Video 1 in "params.videoSchema" has no thumbnailUrl, the image Google shows for the video. Google requires it for video results.',
      'Video 1 in "params.videoSchema" has no uploadDate, the day the video was published. Google requires it for video results.',
    ]);
  });

  describe('schema/title-missing', () => {
    it('reports a missing title at the opening delimiter', () => {
      const doc = post('description: d\n');
      const [missing] = run(doc).filter((d) => d.rule === 'schema/title-missing');
      expect(missing?.severity).toBe('error');
      expect(spanText(doc, missing!)).toBe('---');
      expect(missing?.message).toBe(
        'The post has no title. Add a "title" key to the front matter.',
      );
    });

    it('reports an empty title at its key', () => {
      for (const value of ['', ' ""', " '  '"]) {
        const doc = post(`title:${value}\ndescription: d\n`);
        const [missing] = run(doc).filter((d) => d.rule === 'schema/title-missing');
        expect(spanText(doc, missing!)).toBe('title');
      }
    });

    it('reads a title whatever the case of its key, as Hugo does', () => {
      expect(findings('Title: Hello\ndescription: d\n', 'schema/title-missing')).toEqual([]);
      expect(findings('Title: Hello\ndescription: d\n', 'schema/unknown-key')).toEqual([]);
    });
  });

  describe('schema/date-invalid', () => {
    it('reports dates Hugo cannot read, at the value', () => {
      const doc = post(
        "title: t\ndescription: d\ndate: 2021-13-01\npublishDate: 'tomorrow'\nlastmod: 2021-06-17 10:00\n",
      );
      const dates = run(doc).filter((d) => d.rule === 'schema/date-invalid');
      expect(dates.map((d) => spanText(doc, d))).toEqual([
        '2021-13-01',
        "'tomorrow'",
        '2021-06-17 10:00',
      ]);
      expect(dates.every((d) => d.severity === 'error')).toBe(true);
      expect(dates[0]?.message).toBe(
        'Hugo cannot read "2021-13-01" in "date" as a date and would silently ignore it. Write it like 2021-06-17 or 2021-06-17T09:00:00Z.',
      );
    });

    it('accepts every layout Hugo reads', () => {
      for (const date of [
        '2021-06-17T00:00:00Z',
        '2021-05-27T00:00:00',
        '2021-06-17',
        'Fri, 29 Mar 2019 12:00:00 +0000',
        "'2021-06-17 10:00:00 +02:00'",
        '17 Jun 2021',
      ]) {
        expect(
          findings(`title: t\ndescription: d\ndate: ${date}\n`, 'schema/date-invalid'),
          date,
        ).toEqual([]);
      }
    });

    it('explains numbers, empty dates and times without a date', () => {
      const messages = (fm: string): string[] =>
        findings(`title: t\ndescription: d\n${fm}`, 'schema/date-invalid').map((d) => d.message);
      expect(messages('date: 2021\n')[0]).toMatch(/seconds since 1 January 1970/);
      expect(messages("expiryDate: ''\n")[0]).toBe(
        '"expiryDate" is empty, so Hugo ignores it. Fill in a date or remove the key.',
      );
      expect(messages('date: 3:04PM\n')[0]).toMatch(/time of day without a date/);
    });

    it('checks Hugo’s other date keys under the spelling the author used', () => {
      const doc = post('title: t\ndescription: d\npublishdate: 2021-02-30\n');
      const [problem] = run(doc).filter((d) => d.rule === 'schema/date-invalid');
      expect(problem?.message).toMatch(/in "publishdate"/);
      expect(spanText(doc, problem!)).toBe('2021-02-30');
    });

    it('leaves `published: true` alone: it means "not a draft"', () => {
      expect(
        findings('title: t\ndescription: d\npublished: true\n', 'schema/date-invalid'),
      ).toEqual([]);
      expect(
        findings('title: t\ndescription: d\npublished: soon\n', 'schema/date-invalid'),
      ).toHaveLength(1);
    });
  });

  describe('schema/author-unknown', () => {
    it('reports an author key missing from data/authors.yaml', () => {
      const doc = post('title: t\ndescription: d\nparams:\n  author: nobody\n');
      const [unknown] = run(doc).filter((d) => d.rule === 'schema/author-unknown');
      expect(unknown?.severity).toBe('error');
      expect(spanText(doc, unknown!)).toBe('nobody');
      expect(unknown?.message).toBe(
        'The author "nobody" in "params.author" is not one of the authors defined in the site\'s data/authors.yaml. Use a key from that file, or add the author there first.',
      );
    });

    it('suggests a close key and checks the older top-level author too', () => {
      const [typo] = findings('title: t\ndescription: d\nauthor: jasn\n', 'schema/author-unknown');
      expect(typo?.message).toContain('in "author"');
      expect(typo?.message).toContain('Did you mean "jason"?');
    });

    it('accepts known keys, inline authors, and skips the check when the site has no authors file', () => {
      expect(findings('title: t\nparams:\n  author: william\n', 'schema/author-unknown')).toEqual(
        [],
      );
      expect(findings("title: t\nauthor: 'kiersten'\n", 'schema/author-unknown')).toEqual([]);
      expect(
        findings(
          'title: t\nparams:\n  author:\n    name: A Guest\n    avatar: guest.jpg\n',
          'schema/author-unknown',
        ),
      ).toEqual([]);
      const doc = post('title: t\nparams:\n  author: nobody\n');
      expect(run(doc, null).filter((d) => d.rule === 'schema/author-unknown')).toEqual([]);
    });
  });

  describe('seo lengths', () => {
    it('warns when the title is longer than 70 characters, counting emoji once', () => {
      expect(findings(`title: ${'🚀'.repeat(70)}\ndescription: d\n`, 'seo/title-length')).toEqual(
        [],
      );
      const doc = post(`title: ${'🚀'.repeat(71)}\ndescription: d\n`);
      const [long] = run(doc).filter((d) => d.rule === 'seo/title-length');
      expect(long?.severity).toBe('warning');
      expect(long?.message).toBe(
        "The title is 71 characters long; the site's SEO check allows at most 70.",
      );
      expect(spanText(doc, long!)).toBe('🚀'.repeat(71));
    });

    it('warns when the description is longer than 150 characters', () => {
      expect(
        findings(`title: t\ndescription: ${'d'.repeat(150)}\n`, 'seo/description-length'),
      ).toEqual([]);
      const [long] = findings(
        `title: t\ndescription: ${'d'.repeat(151)}\n`,
        'seo/description-length',
      );
      expect(long?.message).toMatch(/^The description is 151 characters long/);
    });

    it('warns when the slug is longer than 100 characters', () => {
      expect(
        findings(`title: t\ndescription: d\nslug: ${'s'.repeat(100)}\n`, 'seo/slug-length'),
      ).toEqual([]);
      expect(
        findings(`title: t\ndescription: d\nslug: ${'s'.repeat(101)}\n`, 'seo/slug-length'),
      ).toHaveLength(1);
    });

    it('warns when the description is missing or empty', () => {
      const doc = post('title: t\n');
      const [missing] = run(doc).filter((d) => d.rule === 'seo/description-missing');
      expect(missing?.severity).toBe('warning');
      expect(spanText(doc, missing!)).toBe('---');
      const empty = post('title: t\ndescription:\n');
      const [blank] = run(empty).filter((d) => d.rule === 'seo/description-missing');
      expect(spanText(empty, blank!)).toBe('description');
      expect(findings('title: t\ndescription: Here.\n', 'seo/description-missing')).toEqual([]);
    });
  });

  describe('video entries', () => {
    const complete = (overrides: Record<string, string | null>): string => {
      const fields: Record<string, string | null> = {
        title: 'A talk',
        embedUrl: 'https://youtu.be/BWL4889RKhU',
        thumbnailUrl: 'https://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
        uploadDate: '2021-05-14T00:00:00Z',
        duration: 'PT31M26S',
        ...overrides,
      };
      const lines = Object.entries(fields)
        .filter((entry): entry is [string, string] => entry[1] !== null)
        .map(([key, value], index) => `${index === 0 ? '    - ' : '      '}${key}: ${value}`);
      return withVideo(`${lines.join('\n')}\n`);
    };

    it('finds nothing in a complete entry', () => {
      expect(run(post(complete({})))).toEqual([]);
    });

    it('requires a title, a thumbnail and an upload date', () => {
      const cases = [
        ['title', 'video/title-missing'],
        ['thumbnailUrl', 'video/thumbnail-missing'],
        ['uploadDate', 'video/upload-date-missing'],
      ] as const;
      for (const [field, rule] of cases) {
        const doc = post(complete({ [field]: null }));
        const found = run(doc).filter((d) => d.rule === rule);
        expect(found, field).toHaveLength(1);
        expect(found[0]?.severity).toBe('error');
        expect(found[0]?.message).toMatch(/^Video 1 in "params.videoSchema" has no /);
        // Shown on the entry, since the field is not there.
        expect(spanText(doc, found[0]!)).toMatch(/^(title|embedUrl): /);
        expect(run(post(complete({ [field]: '""' }))).filter((d) => d.rule === rule)).toHaveLength(
          1,
        );
      }
    });

    it('requires absolute http(s) URLs', () => {
      const doc = post(
        complete({ embedUrl: 'youtu.be/BWL4889RKhU', thumbnailUrl: '/images/x.jpg' }),
      );
      const all = run(doc);
      const embed = all.filter((d) => d.rule === 'video/embed-url-invalid');
      const thumb = all.filter((d) => d.rule === 'video/thumbnail-url-invalid');
      expect(embed.map((d) => spanText(doc, d))).toEqual(['youtu.be/BWL4889RKhU']);
      expect(thumb.map((d) => spanText(doc, d))).toEqual(['/images/x.jpg']);
      expect(embed[0]?.message).toBe(
        'The embedUrl of video 1 in "params.videoSchema", "youtu.be/BWL4889RKhU", is not a full web address starting with https:// or http://.',
      );
      for (const bad of ['https:youtu.be/x', 'ftp://youtu.be/x', '"https://you tu.be/x"']) {
        expect(findings(complete({ embedUrl: bad }), 'video/embed-url-invalid'), bad).toHaveLength(
          1,
        );
      }
      expect(
        findings(
          complete({ embedUrl: 'https://www.youtube.com/embed/BWL4889RKhU' }),
          'video/embed-url-invalid',
        ),
      ).toEqual([]);
    });

    it('warns about http thumbnails, which the site’s existing posts use', () => {
      const doc = post(
        complete({ thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg' }),
      );
      const found = runUnderGoogle(doc);
      expect(found.map((d) => d.rule)).toEqual(['video/thumbnail-http']);
      expect(found[0]?.severity).toBe('warning');
    });

    it('turns the site’s convention into one note per post, unless the site chose Google’s', () => {
      const twoEntries =
        'title: Recap\ndescription: A recap of two talks.\nparams:\n  videoSchema:\n' +
        ['BWL4889RKhU', 'YN8zNnV0sK8']
          .map(
            (id) =>
              `    - title: Talk\n      embedUrl: https://youtu.be/${id}\n` +
              `      thumbnailUrl: http://i3.ytimg.com/vi/${id}/maxresdefault.jpg\n      uploadDate: 2021-05-14\n`,
          )
          .join('');
      const doc = post(twoEntries);
      for (const convention of ['infer', 'site'] as const) {
        const found = frontMatterRules(doc, {
          ...contextFor(),
          site: { ...site, videoConvention: convention },
        });
        expect(found.map((d) => [d.rule, d.severity])).toEqual([['video/site-convention', 'info']]);
        expect(spanText(doc, found[0]!)).toBe('videoSchema');
        expect(found[0]?.message).toContain(
          '2 entries with an http:// thumbnailUrl and 2 entries with a date-only uploadDate',
        );
        expect(found[0]?.message).toContain('.recap-studio.yaml');
      }
      expect(runUnderGoogle(doc).map((d) => d.rule)).toEqual([
        'video/thumbnail-http',
        'video/upload-date-no-zone',
        'video/thumbnail-http',
        'video/upload-date-no-zone',
      ]);
    });

    it('checks upload dates are ISO 8601 and warns when they have no zone', () => {
      const invalid = findings(
        complete({ uploadDate: 'May 14, 2021' }),
        'video/upload-date-invalid',
      );
      expect(invalid).toHaveLength(1);
      expect(invalid[0]?.severity).toBe('error');

      const doc = post(complete({ uploadDate: '2021-05-14' }));
      const found = runUnderGoogle(doc);
      expect(found.map((d) => d.rule)).toEqual(['video/upload-date-no-zone']);
      expect(found[0]?.severity).toBe('warning');
      expect(spanText(doc, found[0]!)).toBe('2021-05-14');
      expect(found[0]?.message).toContain("The site's existing posts write dates this way");
      expect(found[0]?.message).toContain(
        'Google recommends a date and time with a zone, such as 2021-05-14T00:00:00Z',
      );
      expect(
        findings(complete({ uploadDate: '2021-05-14T09:00:00' }), 'video/upload-date-no-zone')[0]
          ?.message,
      ).toContain('2021-05-14T09:00:00Z');
    });

    it('checks durations are ISO 8601 and warns about zero durations', () => {
      for (const bad of ['31:26', 'PT31M26', '1h']) {
        expect(findings(complete({ duration: bad }), 'video/duration-invalid'), bad).toHaveLength(
          1,
        );
      }
      const zero = findings(complete({ duration: 'P0D' }), 'video/duration-zero');
      expect(zero).toHaveLength(1);
      expect(zero[0]?.severity).toBe('warning');
      expect(zero[0]?.message).toMatch(/live and upcoming videos/);
      expect(findings(complete({ duration: 'P1DT2H' }), 'video/duration-zero')).toEqual([]);
    });

    it('numbers entries from 1 and points at the right one', () => {
      const doc = post(
        withVideo(
          [
            '    - title: First',
            '      thumbnailUrl: https://i.ytimg.com/vi/a/0.jpg',
            '      uploadDate: 2021-05-14T00:00:00Z',
            '    - title: Second',
            '      thumbnailUrl: https://i.ytimg.com/vi/b/0.jpg',
            '      uploadDate: 2021-05-14T00:00:00Z',
            '      duration: soon',
            '',
          ].join('\n'),
        ),
      );
      const [problem] = run(doc).filter((d) => d.rule === 'video/duration-invalid');
      expect(problem?.message).toMatch(/^The duration of video 2 in "params.videoSchema", "soon"/);
      expect(spanText(doc, problem!)).toBe('soon');
    });
  });

  describe('schema/legacy-shape', () => {
    it('names each older key and its equivalent today', () => {
      const doc = post(
        [
          "slug: 'icymi'",
          "title: 'ICYMI'",
          'description: d',
          "author: 'kiersten'",
          'date: Fri, 29 Mar 2019 12:00:00 +0000',
          'featured: false',
          'thumbnail: thumb.png',
          'thumbnailProcess: fit',
          'enableVideoSchema: true',
          'tags: [community]',
          '',
        ].join('\n'),
      );
      const legacy = run(doc).filter((d) => d.rule === 'schema/legacy-shape');
      expect(legacy.every((d) => d.severity === 'warning')).toBe(true);
      expect(legacy.map((d) => spanText(doc, d))).toEqual([
        'author',
        'featured',
        'thumbnail',
        'thumbnailProcess',
        'enableVideoSchema',
        'tags',
      ]);
      expect(legacy[0]?.message).toBe(
        '"author" is from the site\'s older front matter shape. Today\'s posts set the author as "params.author".',
      );
      expect(legacy[1]?.message).toContain('the "params.feature" list in its _index.md');
      expect(legacy[5]?.message).toContain('under "keywords"');
    });

    it('reports the older name under params', () => {
      const doc = post(
        'title: t\ndescription: d\nparams:\n  author: jason\n  thumbnailProcess: fit\n',
      );
      const [legacy] = run(doc).filter((d) => d.rule === 'schema/legacy-shape');
      expect(legacy?.message).toContain('"params.thumbnailProcess"');
      expect(legacy?.message).toContain('"params.thumbnailRatio"');
      expect(spanText(doc, legacy!)).toBe('thumbnailProcess');
    });

    it('says nothing about today’s keys', () => {
      expect(findings(clean, 'schema/legacy-shape')).toEqual([]);
    });
  });

  describe('schema/unknown-key', () => {
    it('reports each unknown key as information, with its path', () => {
      const doc = post(
        withVideo(
          '    - title: t\n      thumbnailUrl: https://i.ytimg.com/vi/a/0.jpg\n      uploadDate: 2021-05-14T00:00:00Z\n      speaker: Someone\n',
        ) + '  sponsor: acme\ntoc: true\n',
      );
      const unknown = run(doc).filter((d) => d.rule === 'schema/unknown-key');
      expect(unknown.map((d) => [spanText(doc, d), d.severity])).toEqual([
        ['toc', 'info'],
        ['sponsor', 'info'],
        ['speaker', 'info'],
      ]);
      expect(unknown.map((d) => d.message.split(' ')[0])).toEqual([
        '"toc"',
        '"params.sponsor"',
        '"params.videoSchema.0.speaker"',
      ]);
    });

    it('suggests the key that was probably meant', () => {
      const [typo] = findings(
        'title: t\ndescription: d\nkeyword: [linkerd]\n',
        'schema/unknown-key',
      );
      expect(typo?.message).toBe(
        '"keyword" is not a key that Hugo or the site\'s templates are known to use, so it may have no effect. It is kept as written. Did you mean "keywords"?',
      );
    });

    it('knows Hugo’s keys in any case and leaves Hugo’s own settings alone', () => {
      const doc = post(
        'title: t\ndescription: d\nlinktitle: T\nExpiryDate: 2030-01-01\nsitemap:\n  changefreq: weekly\ncascade:\n  anything: here\n',
      );
      expect(run(doc).filter((d) => d.rule === 'schema/unknown-key')).toEqual([]);
    });
  });
});
