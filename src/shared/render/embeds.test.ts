import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings } from './markup-settings';
import { renderPostBody } from './render-post';

const markup = { ...defaultMarkupSettings, unsafe: true };
const html = (markdown: string): string =>
  renderPostBody(markdown, {
    markup,
    videoInfo: (id) =>
      id === 'dQw4w9WgXcQ' ? { title: 'The talk', duration: 'PT3M2S' } : undefined,
  }).html;

describe('raw iframe embeds', () => {
  it('shows a YouTube player frame as the video card, never as a live frame', () => {
    for (const src of [
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30',
      '//www.youtube.com/embed/dQw4w9WgXcQ',
    ]) {
      const out = html(`<iframe width="560" src="${src}" allowfullscreen>fallback</iframe>`);
      expect(out).not.toContain('<iframe');
      expect(out).not.toContain('fallback');
      expect(out).toContain('data-video-id="dQw4w9WgXcQ"');
      expect(out).toContain('The talk');
      expect(out).toContain('3:02');
    }
  });

  it('shows any other frame as a labelled placeholder naming its source', () => {
    const out = html('Deck: <iframe src="https://docs.google.com/p/embed"></iframe> here.');
    expect(out).not.toContain('<iframe');
    expect(out).toContain('Embedded page from docs.google.com, shown on the site only');
    expect(out).toContain('<code>https://docs.google.com/p/embed</code>');
    expect(out).toContain(' here.');
  });

  it('leaves frames omitted where raw HTML is (unsafe off)', () => {
    expect(
      renderPostBody('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>', {
        markup: defaultMarkupSettings,
      }).html,
    ).toBe('<!-- raw HTML omitted -->\n');
  });
});
