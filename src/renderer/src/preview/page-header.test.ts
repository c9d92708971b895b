// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageHeaderOf, renderPageHeader, siteDate } from './page-header';

const context = {
  postPath: 'content/blog/2025/0110-roundup/index.md',
  authors: [
    { key: 'flynn', name: 'Flynn' },
    { key: 'william', name: 'William Morgan' },
  ],
  bundleFiles: ['index.md', 'cover.png', 'social.jpg'],
};

describe('pageHeaderOf', () => {
  it('gives the title, the date as the site writes it, the author by name and the cover', () => {
    const data = {
      title: 'Edge Release Roundup\n',
      date: '2025-01-10T00:00:00Z',
      params: { author: 'william', showCover: true },
    };
    expect(pageHeaderOf(data, context)).toEqual({
      title: 'Edge Release Roundup',
      date: 'January 10, 2025',
      author: 'William Morgan',
      cover: 'content/blog/2025/0110-roundup/cover.png',
    });
  });

  it('shows no cover unless asked for, and a relative params.cover when named', () => {
    expect(pageHeaderOf({ title: 'T' }, context)?.cover).toBeNull();
    expect(pageHeaderOf({ title: 'T', params: { cover: 'img/top.jpg' } }, context)?.cover).toBe(
      'content/blog/2025/0110-roundup/img/top.jpg',
    );
    // A site URL is not a file of the folder.
    const siteUrl = { title: 'T', params: { cover: '/2023/06/21/x/cover.jpg' } };
    expect(pageHeaderOf(siteUrl, context)?.cover).toBe('content/blog/2025/0110-roundup/cover.png');
  });

  it('falls back to the author key, reads a top-level author list, and copes without facts', () => {
    expect(pageHeaderOf({ title: 'T', params: { author: 'jason' } }, context)?.author).toBe(
      'jason',
    );
    expect(pageHeaderOf({ title: 'T', author: ['flynn', 'x'] }, context)?.author).toBe('Flynn');
    const guest = { title: 'T', params: { author: { name: 'Dominik Táskai' } } };
    expect(pageHeaderOf(guest, context)?.author).toBe('Dominik Táskai');
    expect(pageHeaderOf({}, context)).toEqual({ title: '', date: null, author: null, cover: null });
    expect(pageHeaderOf(null, context)).toBeNull();
  });

  it('reads dates with and without a time, and refuses what is no date', () => {
    expect(siteDate('2024-02-29')).toBe('February 29, 2024');
    expect(siteDate('2024-12-31T23:30:00-05:00')).toBe('January 1, 2025');
    expect(siteDate('soon')).toBeNull();
    expect(siteDate(20240101)).toBeNull();
  });
});

describe('renderPageHeader', () => {
  it('writes the header as text, cover through the asset route, and hides it for null', () => {
    const element = document.createElement('header');
    renderPageHeader(
      element,
      { title: '<b>Hi</b>', date: 'May 1, 2024', author: 'Flynn', cover: 'a/cover.jpg' },
      (file) => `/asset/${file}`,
    );
    expect(element.hidden).toBe(false);
    expect(element.querySelector('h1')?.textContent).toBe('<b>Hi</b>');
    expect(element.querySelector('b')).toBeNull();
    expect(element.querySelector('.page-byline')?.textContent).toBe('May 1, 2024 · Flynn');
    expect(element.querySelector('img')?.getAttribute('src')).toBe('/asset/a/cover.jpg');
    renderPageHeader(element, null, (file) => file);
    expect(element.hidden).toBe(true);
    expect(element.childNodes).toHaveLength(0);
  });
});
