import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { createIncrementalRenderer } from './incremental';
import { defaultMarkupSettings, type MarkupSettings } from './markup-settings';
import { renderPostBody, type RenderOptions } from './render-post';

const linkerd: MarkupSettings = {
  ...defaultMarkupSettings,
  unsafe: true,
  attributeBlock: true,
  wrapStandAloneImageWithinParagraph: false,
};
const options: RenderOptions = { markup: linkerd, sourceLines: true, firstLine: 7 };

const blog = resolve(__dirname, '../../../test/fixtures/linkerd.io/content/blog');
const bodies = readdirSync(blog, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('index.md'))
  .sort()
  .map((name) => ({ name, body: parsePost(readFileSync(join(blog, name), 'utf8')).body }));

function expectSameAsWhole(
  body: string,
  rendered: ReturnType<ReturnType<typeof createIncrementalRenderer>['render']>,
): void {
  const whole = renderPostBody(body, options);
  expect(rendered.html).toBe(whole.html);
  expect(rendered.sourceMap).toEqual(whole.sourceMap);
  expect(rendered.sections.map((section) => section.html).join('')).toBe(whole.html);
}

/** A small deterministic PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const snippets = [
  'x',
  ' ',
  '"',
  "'",
  '--',
  '...',
  '\n',
  '\n\n',
  '\n\n## Heading\n\n',
  '## ',
  '# Same\n\n',
  '{{< youtube "dDW1OoTaMdU" >}}',
  '{{< note >}}\n',
  '{{< /note >}}',
  '```\n',
  '<!--',
  '-->',
  '[ref]: https://example.com\n',
  '[ref]',
  'www.example.com ',
  '*',
  '- item\n',
  '{.cls}\n',
  '|a|\n|-|\n',
];

describe('createIncrementalRenderer', () => {
  it('gives the same HTML and source map as renderPostBody for every corpus post', () => {
    expect(bodies.length).toBeGreaterThan(150);
    for (const { name, body } of bodies) {
      const rendered = createIncrementalRenderer().render(body, options);
      expect(rendered.html, name).toBe(renderPostBody(body, options).html);
    }
  });

  it('stays the same as a whole render through random edits', () => {
    const next = random(42);
    const long = [...bodies].sort((a, b) => b.body.length - a.body.length).slice(0, 3);
    let reused = 0;
    for (const { body: start } of long) {
      const renderer = createIncrementalRenderer();
      let body = start;
      for (let edit = 0; edit < 80; edit++) {
        const at = Math.floor(next() * (body.length + 1));
        if (next() < 0.3) {
          body =
            body.slice(0, at) + body.slice(Math.min(body.length, at + Math.floor(next() * 40)));
        } else {
          body =
            body.slice(0, at) + snippets[Math.floor(next() * snippets.length)]! + body.slice(at);
        }
        const rendered = renderer.render(body, options);
        reused += rendered.reused;
        expectSameAsWhole(body, rendered);
      }
    }
    // The edits did go through the reuse path.
    expect(reused).toBeGreaterThan(1000);
  });

  it('renders again only the section that changed', () => {
    const { body } = [...bodies].sort((a, b) => b.body.length - a.body.length)[0]!;
    const renderer = createIncrementalRenderer();
    const first = renderer.render(body, options);
    expect(first.reused).toBe(0);
    expect(first.sections.length).toBeGreaterThan(5);

    // Type into the middle of a paragraph of a middle section.
    const section = first.sections[Math.floor(first.sections.length / 2)]!;
    const bodyLine = section.firstLine - (options.firstLine ?? 1);
    let sectionStart = 0;
    for (let line = 0; line < bodyLine; line++) sectionStart = body.indexOf('\n', sectionStart) + 1;
    expect(body.slice(sectionStart)).toMatch(/^#/);
    // The end of the first paragraph after the section's heading.
    const paragraphEnd = body.indexOf('\n\n', body.indexOf('\n\n', sectionStart) + 2);
    const edited = `${body.slice(0, paragraphEnd)} typed${body.slice(paragraphEnd)}`;
    const second = renderer.render(edited, options);
    expectSameAsWhole(edited, second);
    expect(second.reused).toBe(second.sections.length - 1);

    // A line added above moves the later sections' lines without rendering them again.
    const shifted = `\n${edited}`;
    const third = renderer.render(shifted, options);
    expectSameAsWhole(shifted, third);
    expect(third.reused).toBeGreaterThanOrEqual(third.sections.length - 1);
    expect(third.sections.at(-1)!.id).toBe(second.sections.at(-1)!.id);
  });

  it('gives each section its own id, even when two have the same text', () => {
    // Without heading ids, nothing tells the two sections apart.
    const noIds = { ...options, markup: { ...linkerd, autoHeadingID: false } };
    const body = '# Same\n\ntext\n\n# Same\n\ntext\n\n';
    const renderer = createIncrementalRenderer();
    const first = renderer.render(body, noIds);
    expect(first.sections[0]!.html).toBe(
      '<h1 data-source-line="7">Same</h1>\n<p data-source-line="9">text</p>\n',
    );
    const again = renderer.render(body, noIds);
    expect(again.reused).toBe(2);
    expect(new Set(again.sections.map((section) => section.id)).size).toBe(2);
    expect(again.html).toBe(renderPostBody(body, noIds).html);
  });

  it('renders a page with footnotes whole', () => {
    const body = '# A\n\nNote[^1].\n\n# B\n\n[^1]: Text.\n';
    const rendered = createIncrementalRenderer().render(body, options);
    expect(rendered.sections).toHaveLength(1);
    expectSameAsWhole(body, rendered);
  });

  it('lets link references work across sections', () => {
    const body = '# A\n\nSee [the site][site].\n\n# B\n\n[site]: https://linkerd.io "Linkerd"\n';
    const renderer = createIncrementalRenderer();
    const rendered = renderer.render(body, options);
    expect(rendered.sections).toHaveLength(2);
    expect(rendered.html).toContain('<a href="https://linkerd.io" title="Linkerd">the site</a>');
    expectSameAsWhole(body, rendered);
    const changed = body.replace('https://linkerd.io', 'https://example.com');
    expectSameAsWhole(changed, renderer.render(changed, options));
  });
});
