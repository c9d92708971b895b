import { describe, expect, it } from 'vitest';
import { pageHeadingIds } from './page-heading-ids';

describe('pageHeadingIds', () => {
  it('numbers repeats across parts as one page would', () => {
    expect(
      pageHeadingIds([['video', 'slides'], ['video', 'slides', 'video-1'], ['video']], [0, 0, 0]),
    ).toEqual([null, ['video-1', 'slides-1', 'video-2'], ['video-3']]);
  });

  it('reads a suffix given inside a part back to its heading', () => {
    // Part two had "intro" twice: its "intro-1" is the second "intro", the page's third.
    expect(pageHeadingIds([['intro'], ['intro', 'intro-1']], [0, 0])).toEqual([
      null,
      ['intro-1', 'intro-2'],
    ]);
  });

  it('numbers shortcode placeholders in ids from the page start', () => {
    expect(
      pageHeadingIds([['a-hahahugoshortcodes0hbhb'], ['b-hahahugoshortcodes0hbhb']], [0, 3]),
    ).toEqual([null, ['b-hahahugoshortcodes3hbhb']]);
  });
});
