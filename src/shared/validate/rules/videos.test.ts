import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../../diagnostics';
import type {
  FieldPath,
  FrontMatterData,
  FrontMatterValue,
  PostDocument,
  TextSpan,
} from '../../post/types';
import type { PostContext } from '../types';
import { videoIdOfEntry, videoRules } from './videos';

/**
 * A read-only stand-in for PostDocument: YAML front matter between `---`
 * lines, the body after it, and only the key spans a test gives it by path
 * (`params.videoSchema.0`), so tests choose where a finding points and can
 * leave an entry without a span to reach the rule's fallback.
 */
function fakePost(text: string, keySpans: Record<string, TextSpan> = {}): PostDocument {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const bodyFrom = match ? match[0].length : 0;
  const data = match ? (parse(match[1] ?? '') as FrontMatterData) : null;
  const segmentsOf = (path: FieldPath): readonly (string | number)[] =>
    typeof path === 'string' ? path.split('.') : path;
  const get = (path: FieldPath): FrontMatterValue | undefined => {
    let value: FrontMatterValue | undefined = data ?? undefined;
    for (const segment of segmentsOf(path)) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, FrontMatterValue>)[segment];
    }
    return value;
  };
  const readOnly = (): never => {
    throw new Error('the rules under test never edit');
  };
  return {
    text,
    frontMatter: match
      ? { format: 'yaml', span: { from: 0, to: bodyFrom }, content: { from: 4, to: bodyFrom - 4 } }
      : null,
    data,
    bodyFrom,
    body: text.slice(bodyFrom),
    diagnostics: [],
    readOnlyReason: null,
    keySpan: (path) => keySpans[segmentsOf(path).join('.')],
    valueSpan: () => undefined,
    get,
    set: readOnly,
    delete: readOnly,
    insertItem: readOnly,
    removeItem: readOnly,
    moveItem: readOnly,
    replaceBody: readOnly,
  };
}

const context: PostContext = {
  path: 'content/blog/2021/0617-x/index.md',
  site: {
    authors: null,
    shortcodes: new Map([['note', { usesInner: true }]]),
    markdownlint: { blog: null, default: null },
  },
  bundleFiles: null,
};

function withText(
  text: string,
  diagnostics: Diagnostic[],
): (Pick<Diagnostic, 'severity' | 'rule' | 'message'> & { text: string })[] {
  return diagnostics.map(({ severity, rule, message, from, to }) => ({
    severity,
    rule,
    message,
    text: text.slice(from, to),
  }));
}

/** Key spans of `- ` list items under `videoSchema`, as the real document gives them. */
function itemSpans(text: string, listPath: string): Record<string, TextSpan> {
  const spans: Record<string, TextSpan> = {};
  let index = 0;
  for (const match of text.matchAll(/^ *- /gm)) {
    const from = (match.index ?? 0) + match[0].length - 2;
    spans[`${listPath}.${index}`] = { from, to: text.indexOf('\n', from) };
    index += 1;
  }
  return spans;
}

const examples = resolve(import.meta.dirname, '../../../../test/fixtures/examples');

describe('videoRules', () => {
  it('finds every embedded video described in the example recap', () => {
    const text = readFileSync(resolve(examples, 'kubecon-eu-2021-recap.md'), 'utf8');
    expect(videoRules(fakePost(text), context)).toEqual([]);
  });

  it('warns at each video of the legacy example, which has no videoSchema', () => {
    const text = readFileSync(resolve(examples, 'icymi-march-2019-legacy.md'), 'utf8');
    const found = withText(text, videoRules(fakePost(text), context));
    expect(found.map((d) => [d.severity, d.rule, d.text])).toEqual([
      ['warning', 'video/missing-schema', '{{< youtube "90jnPXk3iCs" >}}'],
      ['warning', 'video/missing-schema', '{{< youtube "hKqZP6RGKP0" >}}'],
      ['warning', 'video/missing-schema', '{{< youtube "f0q_Vw4dAuE"  >}}'],
    ]);
    expect(found[0]?.message).toBe(
      'The video 90jnPXk3iCs has no entry in params.videoSchema, so search engines will not list it as a video of this post.',
    );
  });

  it('matches entries by embedUrl in any YouTube form, or by thumbnail path', () => {
    const text = [
      '---',
      'params:',
      '  videoSchema:',
      '    - embedUrl: https://www.youtube.com/embed/BWL4889RKhU',
      '    - embedUrl: https://youtu.be/8oOiqbxGu0U?t=3',
      '    - thumbnailUrl: https://i.ytimg.com/vi/dDW1OoTaMdU/hqdefault.jpg',
      '    - embedUrl: https://example.com/player',
      '      thumbnailUrl: http://i3.ytimg.com/vi/EB6QWpIYMSA/maxresdefault.jpg',
      '---',
      '{{< youtube BWL4889RKhU >}} {{< youtube "8oOiqbxGu0U" >}}',
      '{{< youtube id="dDW1OoTaMdU" >}} {{< youtube `EB6QWpIYMSA` >}}',
    ].join('\n');
    expect(videoRules(fakePost(text), context)).toEqual([]);
  });

  it('warns about an entry no shortcode shows, at the entry', () => {
    const text = [
      '---',
      'params:',
      '  videoSchema:',
      '    - title: Shown',
      '      embedUrl: https://youtu.be/BWL4889RKhU',
      '    - title: Removed from the body',
      '      embedUrl: https://youtu.be/8oOiqbxGu0U',
      '---',
      '{{< youtube "BWL4889RKhU" >}}',
    ].join('\n');
    const found = withText(
      text,
      videoRules(fakePost(text, itemSpans(text, 'params.videoSchema')), context),
    );
    expect(found).toEqual([
      {
        severity: 'warning',
        rule: 'video/unused-schema',
        message:
          'Video 2 in "params.videoSchema" describes the video 8oOiqbxGu0U, which no youtube shortcode in the post shows.',
        text: '- title: Removed from the body',
      },
    ]);
  });

  it('falls back to the front matter block when the entry has no span', () => {
    const text =
      '---\nparams:\n  videoSchema:\n    - embedUrl: https://youtu.be/8oOiqbxGu0U\n---\nNo video.\n';
    const [found] = videoRules(fakePost(text), context);
    expect(found && [found.from, found.to]).toEqual([0, text.indexOf('No video.')]);
  });

  it('counts the top-level videoSchema older posts used', () => {
    const text = [
      '---',
      'videoSchema:',
      '  - embedUrl: https://youtu.be/BWL4889RKhU',
      '  - embedUrl: https://youtu.be/8oOiqbxGu0U',
      '---',
      '{{< youtube "BWL4889RKhU" >}}',
    ].join('\n');
    const found = withText(
      text,
      videoRules(fakePost(text, itemSpans(text, 'videoSchema')), context),
    );
    expect(found.map((d) => [d.rule, d.text, d.message])).toEqual([
      [
        'video/unused-schema',
        '- embedUrl: https://youtu.be/8oOiqbxGu0U',
        'Video 2 in "videoSchema" describes the video 8oOiqbxGu0U, which no youtube shortcode in the post shows.',
      ],
    ]);
  });

  it('warns once per call when one video is embedded twice without an entry', () => {
    const text = '{{< youtube BWL4889RKhU >}}\n\n{{< youtube BWL4889RKhU >}}\n';
    expect(videoRules(fakePost(text), context).map((d) => [d.rule, d.from])).toEqual([
      ['video/missing-schema', 0],
      ['video/missing-schema', text.lastIndexOf('{{<')],
    ]);
  });

  it('leaves calls without a possible ID, and entries without an ID, to other rules', () => {
    const text = [
      '---',
      'params:',
      '  videoSchema:',
      '    - title: No URL yet',
      '    - embedUrl: https://vimeo.com/1234',
      '---',
      '{{< youtube >}} {{< youtube "not-an-id" >}} {{< vimeo 1234 >}}',
      '{{</* youtube BWL4889RKhU */>}}',
    ].join('\n');
    expect(videoRules(fakePost(text), context)).toEqual([]);
  });

  it('sees videos inside other shortcodes and ignores other shortcodes', () => {
    const text =
      '{{< note >}}\n{{< youtube BWL4889RKhU >}}\n{{< /note >}}\n{{< x user="a" id="1" >}}';
    expect(videoRules(fakePost(text), context).map((d) => d.rule)).toEqual([
      'video/missing-schema',
    ]);
  });
});

describe('videoIdOfEntry', () => {
  it('reads the embedUrl first, then the thumbnail path', () => {
    expect(videoIdOfEntry({ embedUrl: 'https://youtu.be/BWL4889RKhU' })).toBe('BWL4889RKhU');
    expect(
      videoIdOfEntry({
        embedUrl: 'https://youtu.be/BWL4889RKhU',
        thumbnailUrl: 'https://i.ytimg.com/vi/8oOiqbxGu0U/hqdefault.jpg',
      }),
    ).toBe('BWL4889RKhU');
    expect(
      videoIdOfEntry({ thumbnailUrl: 'https://i.ytimg.com/vi_webp/8oOiqbxGu0U/sddefault.webp' }),
    ).toBe('8oOiqbxGu0U');
    expect(videoIdOfEntry({ thumbnailUrl: 'https://img.youtube.com/vi/8oOiqbxGu0U/0.jpg' })).toBe(
      '8oOiqbxGu0U',
    );
  });

  it('finds none in entries that name no YouTube video', () => {
    expect(videoIdOfEntry({ title: 'x' })).toBeNull();
    expect(
      videoIdOfEntry({ embedUrl: 'https://vimeo.com/1', thumbnailUrl: '/cover.png' }),
    ).toBeNull();
    expect(videoIdOfEntry({ thumbnailUrl: 'https://i.ytimg.com/vi/8oOiqbxGu0B/0.jpg' })).toBeNull();
    expect(videoIdOfEntry('https://youtu.be/BWL4889RKhU')).toBeNull();
    expect(videoIdOfEntry(null)).toBeNull();
  });
});
