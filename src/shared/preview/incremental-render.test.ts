import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import {
  paramLookup,
  readMarkupSettings,
  renderPostBody,
  videoInfoFromFrontMatter,
  type MarkupSettings,
} from '../render';
import {
  IncrementalRenderer,
  type PreviewSettings,
  type RenderedParts,
} from './incremental-render';

import { pageFactsOf, renderUnitJob } from './unit-jobs';

const site = join(import.meta.dirname, '../../../test/fixtures/linkerd.io');
const markup: MarkupSettings = readMarkupSettings({
  markup: parseYaml(readFileSync(join(site, 'config/_default/markup.yaml'), 'utf8')) as unknown,
});
const settings: PreviewSettings = { markup };

function postFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return postFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}
const posts = postFiles(join(site, 'content/blog')).sort();

/** What the CLI renders for a file: the whole body in one call. */
function wholeRender(text: string, options: PreviewSettings = settings): string {
  const document = parsePost(text);
  const firstLine = document.text.slice(0, document.bodyFrom).split('\n').length;
  return renderPostBody(document.body.replace(/^\uFEFF/, ''), {
    ...options,
    videoInfo: videoInfoFromFrontMatter(document.data),
    param: paramLookup(document.data, options.siteParams),
    sourceLines: true,
    firstLine,
  }).html;
}

/** The parts put together, with their lines made lines of the file. */
function joined(parts: RenderedParts): string {
  return parts.html
    .map((html, index) =>
      html.replace(
        /data-source-line="(-?\d+)"/g,
        (_, line: string) => `data-source-line="${Number(line) + (parts.lineOffsets[index] ?? 0)}"`,
      ),
    )
    .join('');
}

function bodyOf(text: string): string {
  const document = parsePost(text);
  return document.body;
}

/** Bodies of the corpus, one after another, until the text is at least `size` characters. */
function bigPost(size: number): string {
  let text = '---\ntitle: Everything\n---\n';
  for (const file of posts) {
    if (text.length >= size) break;
    text += `${bodyOf(readFileSync(file, 'utf8'))}\n`;
  }
  return text;
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('IncrementalRenderer', () => {
  it('renders every corpus post exactly as one whole render does', () => {
    for (const file of posts) {
      const text = readFileSync(file, 'utf8');
      const parts = new IncrementalRenderer().render(text, settings);
      expect(joined(parts), file).toBe(wholeRender(text));
    }
  });

  it('prints param values from the front matter, then the site, and follows their edits', () => {
    const withSite = { ...settings, siteParams: { canonical: 'https://example.org/c/' } };
    const renderer = new IncrementalRenderer();
    const text = (team: string) =>
      `---\ntitle: T\nteam: ${team}\n---\n\nBy {{% param team %}} at [home]({{% param canonical %}}).\n\nOther {{< param team >}}.\n`;
    const first = joined(renderer.render(text('Ann'), withSite));
    expect(first).toContain('By Ann at <a href="https://example.org/c/">home</a>.');
    expect(first).toContain('Other Ann.');
    expect(first).toBe(wholeRender(text('Ann'), withSite));
    const edited = joined(renderer.render(text('Bo'), withSite));
    expect(edited).toContain('By Bo at');
    expect(edited).toContain('Other Bo.');
  });

  it('renders half a megabyte of corpus posts exactly, in many parts', () => {
    const text = bigPost(500_000);
    const parts = new IncrementalRenderer().render(text, settings);
    expect(parts.html.length).toBeGreaterThan(500);
    expect(joined(parts)).toBe(wholeRender(text));
  });

  it.each([
    ['0515-real-world-gitops', 7],
    ['1203-why-linkerd-doesnt-use-envoy', 11],
    ['1126-kubecon-na-2019-linkerd-roundup', 23],
  ])(
    'stays exact through random edits of %s, sending only the parts that changed',
    (name, seed) => {
      const file = posts.find((path) => path.includes(name)) ?? posts[0] ?? '';
      const start = readFileSync(file, 'utf8');
      const snippets = [
        'x',
        ' ',
        '\n',
        '\n\n',
        '"',
        "'",
        '## Heading\n\n',
        '## Next steps\n\n',
        '```\n',
        '<div>\n\n',
        '</div>\n',
        '<!--\n',
        '-->',
        '{{< note >}}\n',
        '{{< /note >}}\n',
        '{{< youtube "dQw4w9WgXcQ" >}}',
        '[Linkerd][linkerd]',
        '\n[linkerd]: https://linkerd.io\n',
        'a[^1] ',
        '\n[^1]: A footnote.\n',
        '- item\n',
        ': definition\n',
        '{.class}\n',
        '| a | b |\n|---|---|\n| 1 | 2 |\n',
      ];
      const next = random(seed);
      const renderer = new IncrementalRenderer();
      let text = start;
      let shown: string[] = [];
      const apply = (
        parts: string[],
        patch: ReturnType<IncrementalRenderer['update']>['patch'],
      ) => {
        parts.splice(patch.start, patch.deleteCount, ...patch.insert);
        return parts;
      };
      shown = apply(shown, renderer.update(text, settings).patch);
      for (let step = 0; step < 120; step++) {
        const at = Math.floor(next() * text.length);
        if (next() < 0.25) {
          const length = Math.floor(next() * 40);
          text = text.slice(0, at) + text.slice(at + length);
        } else {
          const snippet = snippets[Math.floor(next() * snippets.length)] ?? 'x';
          text = text.slice(0, at) + snippet + text.slice(at);
        }
        const { parts, patch } = renderer.update(text, settings);
        shown = apply(shown, patch);
        expect(shown, `step ${step}`).toEqual(parts.html);
        expect(joined(parts), `step ${step}`).toBe(wholeRender(text));
      }
    },
  );

  it('re-renders only the part being typed in, and moves no HTML when lines are added above', () => {
    const renderer = new IncrementalRenderer();
    const text =
      '# Title\n\nFirst paragraph.\n\n## Two\n\nSecond paragraph.\n\n## Three\n\nThird.\n';
    const first = renderer.update(text, settings);
    expect(first.patch).toMatchObject({ start: 0, deleteCount: 0 });
    expect(first.parts.html.length).toBe(6);

    const typed = renderer.update(text.replace('Second paragraph.', 'Second paragraph!'), settings);
    expect(typed.patch.start).toBe(3);
    expect(typed.patch.deleteCount).toBe(1);
    expect(typed.patch.insert).toEqual(['<p data-source-line="1">Second paragraph!</p>\n']);

    const moved = renderer.update(
      text
        .replace('First paragraph.', 'First paragraph.\n\n')
        .replace('Second paragraph.', 'Second paragraph!'),
      settings,
    );
    expect(moved.patch.deleteCount).toBe(0);
    expect(moved.patch.insert).toEqual([]);
    // Title and first paragraph stay where they were; everything below moves down two lines.
    expect(moved.patch.lineOffsets).toEqual(
      typed.patch.lineOffsets.map((offset, index) => (index < 2 ? offset : offset + 2)),
    );
  });

  it('gives repeated headings the ids the whole page gives them', () => {
    const text = '## Video\n\nOne.\n\n## Video\n\nTwo.\n\n## Video-1\n\nThree.\n';
    const parts = new IncrementalRenderer().render(text, settings);
    expect(parts.html.length).toBe(6);
    expect(joined(parts)).toBe(wholeRender(text));
    expect(joined(parts)).toContain('id="video-1-1"');
  });

  it('carries quotes left open from one part into the next, like Hugo 0.111', () => {
    const text = 'He said "hello\n\n## Later\n\nand then" it closed.\n\nThe end of it\'\n';
    const parts = new IncrementalRenderer().render(text, settings);
    expect(parts.html.length).toBeGreaterThan(1);
    expect(joined(parts)).toBe(wholeRender(text));
    expect(joined(parts)).toContain('then&rdquo;');
  });

  it('lends link definitions to the parts that use them and numbers footnotes across the page', () => {
    const text = [
      'See [the site][site] and a note[^a].',
      '',
      '## Middle',
      '',
      'Nothing here.',
      '',
      '## End',
      '',
      'Again [the site][site][^b].',
      '',
      '[site]: https://linkerd.io "Linkerd"',
      '[^a]: First.',
      '[^b]: Second.',
      '',
      '## After',
      '',
      'Last words.',
      '',
    ].join('\n');
    const parts = new IncrementalRenderer().render(text, settings);
    const html = joined(parts);
    expect(html).toBe(wholeRender(text));
    expect(html.match(/href="https:\/\/linkerd.io"/g)).toHaveLength(2);
    // The footnote list is the page's last part, after "Last words".
    expect(parts.html.at(-1)).toMatch(/^<div class="footnotes"/);
  });

  it('renders footnotes part by part: typing between them re-renders one part', () => {
    const text = [
      'Intro cites a note[^a] and [^B].',
      '',
      '## Middle',
      '',
      'Typing happens here.',
      '',
      'Cites a note again[^a], and [^b] is no footnote (labels keep their case).',
      '',
      '[^a]: First, which cites [^c].',
      '[^B]: Second.',
      '',
      '> [^c]: Defined inside a quote.',
      '',
      '[^a]: A later definition of a wins.',
      '',
      '    indented code after the definitions',
      '',
    ].join('\n');
    const renderer = new IncrementalRenderer();
    const first = renderer.update(text, settings);
    expect(joined(first.parts)).toBe(wholeRender(text));
    expect(joined(first.parts)).toContain('<li id="fn:3">');
    expect(joined(first.parts)).toContain('A later definition of a wins.');
    expect(first.parts.html.length).toBeGreaterThan(6);
    const typed = text.replace('Typing happens here.', 'Typing happens here!');
    const second = renderer.update(typed, settings);
    expect(joined(second.parts)).toBe(wholeRender(typed));
    expect(second.patch.deleteCount).toBe(1);
    expect(second.patch.insert).toEqual(['<p data-source-line="1">Typing happens here!</p>\n']);
  });

  it('follows footnote edits across parts: new citations renumber, removed definitions unlink', () => {
    const renderer = new IncrementalRenderer();
    const page = (middle: string, notes: string) =>
      `One[^x].\n\n## Two\n\n${middle}\n\n## Three\n\nThree[^y][^x].\n\n${notes}`;
    const steps = [
      page('Two.', '[^x]: X.\n[^y]: Y.\n'),
      page('Two[^y].', '[^x]: X.\n[^y]: Y.\n'),
      page('Two[^y].', '[^x]: X.\n'),
      page('Two[^y].', '> [^y]: Y in a quote.\n\n[^x]: X.\n'),
      page('Two[^y].', '```\n[^x]: X in code.\n```\n'),
    ];
    for (const text of steps) {
      expect(joined(renderer.render(text, settings)), text).toBe(wholeRender(text));
    }
  });

  it('keeps raw HTML that spans blank lines in one part', () => {
    const text = '<div class="box">\n\nInside.\n\n## Heading inside\n\n</div>\n\nOutside.\n';
    const parts = new IncrementalRenderer().render(text, settings);
    expect(joined(parts)).toBe(wholeRender(text));
    expect(parts.html[0]).toContain('Inside.');
    expect(parts.html[0]).toContain('</div>');
  });

  it('follows the front matter: video titles and the first line of the body', () => {
    const text = [
      '---',
      'title: Recap',
      'params:',
      '  videoSchema:',
      '    - title: The keynote',
      '      embedUrl: https://www.youtube.com/embed/dQw4w9WgXcQ',
      '      duration: PT12M5S',
      '---',
      '',
      '{{< youtube "dQw4w9WgXcQ" >}}',
      '',
    ].join('\n');
    const renderer = new IncrementalRenderer();
    const parts = renderer.render(text, settings);
    expect(joined(parts)).toBe(wholeRender(text));
    expect(joined(parts)).toContain('The keynote');
    expect(joined(parts)).toContain('data-source-line="10"');
    const renamed = renderer.render(text.replace('The keynote', 'The opening keynote'), settings);
    expect(joined(renamed)).toContain('The opening keynote');
  });

  it('re-renders only the part showing a video whose title changed', () => {
    const entry = (id: string, title: string) =>
      `    - title: ${title}\n      embedUrl: https://youtu.be/${id}\n`;
    const head = (first: string) =>
      `---\ntitle: Recap\nparams:\n  videoSchema:\n${entry('dQw4w9WgXcQ', first)}${entry('BWL4889RKhU', 'Second')}---\n`;
    const body =
      '\n## One\n\n{{< youtube "dQw4w9WgXcQ" >}}\n\n## Two\n\n{{< youtube "BWL4889RKhU" >}}\n';
    const renderer = new IncrementalRenderer();
    renderer.update(head('First') + body, settings);
    const renamed = renderer.update(head('First, renamed') + body, settings);
    expect(renamed.patch.deleteCount).toBe(1);
    expect(renamed.patch.insert).toHaveLength(1);
    expect(renamed.patch.insert[0]).toContain('First, renamed');
    expect(joined(renamed.parts)).toBe(wholeRender(head('First, renamed') + body));
  });

  it('keeps the other parts of the last pass when a video title changes, and stays right after', () => {
    const ids = ['dQw4w9WgXcQ', 'BWL4889RKhU', 'aqz-KE-bpKQ'];
    const head = (titles: readonly string[]) =>
      `---\ntitle: Recap\nparams:\n  videoSchema:\n${ids
        .map((id, n) => `    - title: ${titles[n]}\n      embedUrl: https://youtu.be/${id}\n`)
        .join('')}---\n`;
    const section = (id: string, n: number, words: string) =>
      `\n## Talk ${n}\n\n{{< youtube "${id}" >}}\n\n${words}\n`;
    const body = (words: readonly string[]) =>
      ids.map((id, n) => section(id, n + 1, words[n] ?? '')).join('') +
      `\nBoth [again](https://youtu.be/${ids[1]}) and "quoted ${ids[2]}".\n`;
    const steps: [string[], string[]][] = [
      [
        ['One', 'Two', 'Three'],
        ['First.', 'Second.', 'Third.'],
      ],
      // A title typed: only the part showing that video, and the paragraph naming it.
      [
        ['One', 'Two, typed', 'Three'],
        ['First.', 'Second.', 'Third.'],
      ],
      [
        ['One', 'Two, typed more', 'Three'],
        ['First.', 'Second.', 'Third.'],
      ],
      // The body edited next to a kept part, then both at once.
      [
        ['One', 'Two, typed more', 'Three'],
        ['First, edited.', 'Second.', 'Third.'],
      ],
      [
        ['One!', 'Two, typed more', 'Three'],
        ['First, edited.', 'Second.', 'Third, too.'],
      ],
      // Back to a title seen before: its render comes from the cache, not a stale part.
      [
        ['One', 'Two', 'Three'],
        ['First.', 'Second.', 'Third.'],
      ],
    ];
    const renderer = new IncrementalRenderer();
    let last: string[] = [];
    for (const [titles, words] of steps) {
      const text = head(titles) + body(words);
      const { parts, patch } = renderer.update(text, settings);
      expect(joined(parts)).toBe(wholeRender(text));
      const patched = [...last];
      patched.splice(patch.start, patch.deleteCount, ...patch.insert);
      expect(patched).toEqual(parts.html);
      last = parts.html;
    }
    // A title typed in the second video re-renders the two parts naming it, nothing else.
    renderer.update(
      head(['One', 'Two', 'Three']) + body(['First.', 'Second.', 'Third.']),
      settings,
    );
    const typed = renderer.update(
      head(['One', 'Two!', 'Three']) + body(['First.', 'Second.', 'Third.']),
      settings,
    );
    expect(typed.patch.insert.join('')).toContain('Two!');
    expect(typed.patch.insert.some((html) => html.includes('Talk 1'))).toBe(false);
    expect(typed.patch.insert.some((html) => html.includes('Talk 3'))).toBe(false);
  });

  it('leaves what exceeds its budget to someone else, and puts the page together once supplied', () => {
    const file = posts.find((path) => path.includes('1203-why-linkerd-doesnt-use-envoy')) ?? '';
    const text = readFileSync(file, 'utf8');
    const renderer = new IncrementalRenderer();
    let rounds = 0;
    let attempt = renderer.attempt(text, settings, 0);
    while ('missing' in attempt) {
      rounds++;
      expect(rounds).toBeLessThan(5);
      // As a worker would: plain data in, plain data out.
      const jobs = structuredClone(attempt.missing);
      const page = pageFactsOf(renderer.frontMatter, settings);
      const renders = structuredClone(jobs.map((job) => renderUnitJob(job, settings, page)));
      renderer.supply(jobs, renders, settings);
      attempt = renderer.attempt(text, settings, 0);
    }
    expect(joined(attempt)).toBe(wholeRender(text));
    // Typing a word renders one small part here, without help.
    const typed = text.replace('Linkerd', 'Linkerd, really,');
    const again = renderer.attempt(typed, settings, 4096);
    expect('missing' in again).toBe(false);
    expect(joined(again as RenderedParts)).toBe(wholeRender(typed));
  });

  it('renders again from scratch when the settings change', () => {
    const text = 'A "quote" -- and www.example.com\n';
    const renderer = new IncrementalRenderer();
    renderer.update(text, settings);
    const plain: PreviewSettings = { markup: { ...markup, typographer: null, linkify: false } };
    const { parts } = renderer.update(text, plain);
    expect(joined(parts)).toBe(wholeRender(text, plain));
    expect(joined(parts)).not.toContain('&ldquo;');
  });
});
