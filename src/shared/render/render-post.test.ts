import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { defaultMarkupSettings, readMarkupSettings, type MarkupSettings } from './markup-settings';
import { renderPostBody, type RenderOptions } from './render-post';

const linkerd: MarkupSettings = {
  ...defaultMarkupSettings,
  unsafe: true,
  attributeBlock: true,
  wrapStandAloneImageWithinParagraph: false,
};

function html(markdown: string, options: Partial<RenderOptions> = {}): string {
  return renderPostBody(markdown, { markup: linkerd, ...options }).html;
}

describe('renderPostBody: shortcodes', () => {
  it('renders a youtube call as a card with thumbnail, title and duration when known', () => {
    const card = html('{{< youtube "dDW1OoTaMdU" >}}', {
      videoInfo: (id) =>
        id === 'dDW1OoTaMdU'
          ? { title: 'Scheduling 68k COVID Tests with Linkerd', duration: 'PT24M38S' }
          : undefined,
    });
    expect(card).toBe(
      '<div class="shortcode-youtube" data-shortcode="youtube" data-video-id="dDW1OoTaMdU">' +
        '<img class="shortcode-youtube-thumbnail" src="https://i.ytimg.com/vi/dDW1OoTaMdU/hqdefault.jpg" alt="Thumbnail of Scheduling 68k COVID Tests with Linkerd" loading="lazy">' +
        '<span class="shortcode-youtube-caption"><span class="shortcode-youtube-title">Scheduling 68k COVID Tests with Linkerd</span> ' +
        '<span class="shortcode-youtube-duration">24:38</span></span></div>\n\n',
    );
  });

  it('reads the id= form and says so when the ID is not a video ID', () => {
    expect(html('{{< youtube id="fkG92qOhdo4" t="10" >}}')).toContain(
      'data-video-id="fkG92qOhdo4"',
    );
    const invalid = html('{{< youtube "not-an-id" >}}');
    expect(invalid).toContain('“not-an-id” is not a YouTube video ID.');
    expect(invalid).not.toContain('i.ytimg.com');
    expect(invalid).not.toContain('data-video-id');
  });

  it('renders note and warning as callouts with their inner Markdown rendered', () => {
    expect(
      html('{{< note >}}\nInner **markdown** with {{< youtube "dDW1OoTaMdU" >}}.\n{{< /note >}}'),
    ).toBe(
      '<aside class="shortcode-callout shortcode-note" data-shortcode="note" role="note">' +
        '<p class="shortcode-label">Note</p><p>Inner <strong>markdown</strong> with ' +
        '<div class="shortcode-youtube" data-shortcode="youtube" data-video-id="dDW1OoTaMdU">' +
        '<img class="shortcode-youtube-thumbnail" src="https://i.ytimg.com/vi/dDW1OoTaMdU/hqdefault.jpg" alt="Thumbnail of YouTube video dDW1OoTaMdU" loading="lazy">' +
        '<span class="shortcode-youtube-caption"><span class="shortcode-youtube-title">YouTube video dDW1OoTaMdU</span></span></div>\n.</p>\n' +
        '</aside>\n\n',
    );
    expect(html('{{< warning title="Careful" >}}x{{< /warning >}}')).toContain(
      '<p class="shortcode-label">Careful</p><p>x</p>',
    );
  });

  it('renders x and tweet as link cards', () => {
    expect(html('{{< x user="coleca" id="1091591745870139392" >}}')).toBe(
      '<div class="shortcode-x" data-shortcode="x"><a href="https://x.com/coleca/status/1091591745870139392" class="shortcode-x-link">Post by @coleca on X</a> ' +
        '<span class="shortcode-x-id">1091591745870139392</span></div>\n\n',
    );
    expect(html('{{< tweet 877500564405444608 >}}')).toContain(
      'href="https://x.com/i/status/877500564405444608"',
    );
  });

  it('renders fig and figure from the bundle through assetUrl', () => {
    const assetUrl = (path: string) => `/bundle-asset/${path}`;
    expect(
      html('{{< figure src="img/diagram.png" alt="Diagram" title="T" caption="C" >}}', {
        assetUrl,
      }),
    ).toBe(
      '<figure class="shortcode-figure" data-shortcode="figure"><img src="/bundle-asset/img/diagram.png" alt="Diagram" loading="lazy">' +
        '<figcaption><h4>T</h4><p>C</p></figcaption></figure>\n\n',
    );
    expect(html('{{< fig src="https://cdn.example/x.png" >}}', { assetUrl })).toContain(
      'src="https://cdn.example/x.png"',
    );
  });

  it('prints ref, relref and param as the reference token, inside links too', () => {
    expect(html('[link]({{< ref "foo" >}}) {{< param "x" >}}')).toBe(
      '<p><a href="shortcode-ref">link</a> shortcode-param</p>\n',
    );
  });

  it('shows any other shortcode as a labelled placeholder with the call', () => {
    expect(html('{{< asciinema key="x" >}}')).toBe(
      '<div class="shortcode-placeholder" data-shortcode="asciinema"><span class="shortcode-label">Shortcode asciinema, shown on the site only</span> ' +
        '<code>{{&lt; asciinema key=&quot;x&quot; &gt;}}</code></div>\n\n',
    );
  });

  it('does not wrap a block shortcode alone in its paragraph, like Hugo', () => {
    const marker = (text: string) =>
      html(text, { markup: linkerd }).replace(
        /<div class="shortcode-placeholder"[^]*?<\/div>/g,
        '[S]',
      );
    // The line break after `</p>` stays, like in Hugo's output.
    expect(marker('{{< s >}}')).toBe('[S]\n\n');
    expect(marker('para {{< s >}} text')).toBe('<p>para [S]\n text</p>\n');
    // Two calls in one paragraph keep it (Hugo 0.111.3).
    expect(marker('{{< s >}}\n{{< s >}}')).toBe('<p>[S]\n\n[S]\n</p>\n');
    expect(marker('- item\n  {{< s >}}')).toBe('<ul>\n<li>item\n[S]\n</li>\n</ul>\n');
  });

  it('renders {{% %}} calls into the Markdown, so they split paragraphs as in Hugo', () => {
    const marker = (text: string) =>
      html(text).replace(
        /<aside[^]*?<\/aside>|<div class="shortcode-placeholder"[^]*?<\/div>/g,
        '[S]',
      );
    expect(marker('text {{% y %}}\nmore text')).toBe('<p>text [S]</p>\n<p>more text</p>\n');
    expect(marker('{{% note %}}\nPercent **inner**\n{{% /note %}}')).toBe('[S]\n');
    // Hugo would omit raw HTML a template writes with unsafe off; the preview shows the call.
    expect(renderPostBody('{{% y %}}', { markup: defaultMarkupSettings }).html).toContain(
      'data-shortcode="y"',
    );
  });

  it('prints commented-out calls literally and leaves calls in code as Hugo does', () => {
    expect(html('Use `{{</* youtube x */>}}` here.')).toBe(
      '<p>Use <code>{{&lt; youtube x &gt;}}</code> here.</p>\n',
    );
    expect(html('```\n{{< s >}}\n```')).toMatch(/^<pre><code><div class="shortcode-placeholder"/);
  });

  it("uses the site's templates to know which shortcodes take content", () => {
    const shortcodes = new Map([['box', { usesInner: true }]]);
    expect(html('{{< box >}}\n**in**\n{{< /box >}}', { shortcodes })).toContain('(with content)');
  });
});

describe('renderPostBody: source lines', () => {
  const body = [
    'First paragraph', // 5
    '', // 6
    '{{< note >}}', // 7
    'Inside the note', // 8
    '', // 9
    'Second inside', // 10
    '{{< /note >}}', // 11
    '', // 12
    '## Heading', // 13
    '', // 14
    '- item', // 15
    '', // 16
    '{{< youtube "dDW1OoTaMdU" >}}', // 17
    '', // 18
    'Last', // 19
  ].join('\n');

  it('tags blocks with their line in the file, past multi-line shortcodes', () => {
    const rendered = renderPostBody(body, { markup: linkerd, sourceLines: true, firstLine: 5 });
    const lines = [...rendered.html.matchAll(/<(\w+)[^>]*data-source-line="(\d+)"/g)].map(
      (match) => `${match[1]}:${match[2]}`,
    );
    expect(lines).toEqual([
      'p:5',
      'aside:7',
      'p:8',
      'p:10',
      'h2:13',
      'ul:15',
      'li:15',
      'div:17',
      'p:19',
    ]);
    expect(rendered.sourceMap?.map((entry) => entry.line)).toEqual([
      5, 7, 8, 10, 13, 15, 15, 17, 19,
    ]);
    expect(rendered.sourceMap?.map((entry) => entry.blockIndex)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('changes nothing else: every corpus post renders the same without the tags', () => {
    const blog = resolve(__dirname, '../../../test/fixtures/linkerd.io/content/blog');
    const markup = readMarkupSettings({
      goldmark: {
        renderer: { unsafe: true },
        parser: { attribute: { block: true }, wrapStandAloneImageWithinParagraph: false },
      },
    });
    const files = readdirSync(blog, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('index.md'),
    );
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const post = parsePost(readFileSync(join(blog, file), 'utf8'));
      const plain = renderPostBody(post.body, { markup }).html;
      const tagged = renderPostBody(post.body, { markup, sourceLines: true }).html;
      expect(tagged.replace(/ data-source-line="\d+"/g, ''), file).toBe(plain);
    }
  });
});
