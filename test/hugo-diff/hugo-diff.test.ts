import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstDifference } from './first-difference';
import { normalizeHtml } from './normalize';
import { hugoVersion, renderWithHugo } from './oracle/render';
import { renderWithPreview } from './render-preview';

const site = resolve(__dirname, '../fixtures/linkerd.io');
const blog = join(site, 'content/blog');
const markupFile = join(site, 'config/_default/markup.yaml');
const hugo = hugoVersion();

if (!hugo) {
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!!  hugo is not installed: the Hugo-differential test of the preview is SKIPPED.',
      '!!  Install it (Debian: apt-get install hugo) to compare the preview with Hugo.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

describe.skipIf(!hugo)(`preview HTML against Hugo (${hugo ?? 'hugo missing'})`, () => {
  const work = mkdtempSync(join(tmpdir(), 'hugo-diff-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('renders at least 98% of the corpus posts as Hugo does', async () => {
    const hugoDir = join(work, 'hugo');
    const oursDir = join(work, 'preview');
    const reference = renderWithHugo(blog, hugoDir, markupFile);
    expect(reference.errors).toEqual([]);
    expect(reference.rendered).toEqual(reference.posts);
    expect(reference.posts.length).toBeGreaterThanOrEqual(150);

    await renderWithPreview(blog, oursDir);

    const differing: string[] = [];
    for (const post of reference.posts) {
      const expected = normalizeHtml(readFileSync(join(hugoDir, `${post}.html`), 'utf8'));
      const actual = normalizeHtml(readFileSync(join(oursDir, `${post}.html`), 'utf8'));
      // Two empty renderings would be "identical" and prove nothing.
      expect(expected.length, post).toBeGreaterThan(200);
      if (expected !== actual) differing.push(`${post}\n${firstDifference(expected, actual)}`);
    }
    const identical = reference.posts.length - differing.length;
    const share = identical / reference.posts.length;
    console.log(
      `Hugo-differential: ${identical} of ${reference.posts.length} posts identical ` +
        `(${(share * 100).toFixed(1)}%)` +
        (differing.length > 0
          ? `; differing posts:\n${differing.join('\n')}`
          : '; no post differs.'),
    );
    expect(share).toBeGreaterThanOrEqual(0.98);
  });
});
