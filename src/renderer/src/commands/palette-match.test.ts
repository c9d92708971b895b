import { describe, expect, it } from 'vitest';
import { matchScore, rankByMatch } from './palette-match';

describe('matchScore', () => {
  it('needs every typed character, in order', () => {
    expect(matchScore('sv', 'Save post')).not.toBeNull();
    expect(matchScore('ts', 'Save post')).toBeNull();
    expect(matchScore('save all', 'Save all posts')).not.toBeNull();
  });

  it('prefers word starts and runs', () => {
    expect(matchScore('np', 'New post')!).toBeGreaterThan(matchScore('np', 'Open problems')!);
    expect(matchScore('save', 'Save post')!).toBeGreaterThan(matchScore('save', 'Sales overview')!);
  });
});

describe('rankByMatch', () => {
  const titles = ['Save post', 'Save all posts', 'New post', 'Show problems', 'Next tab'];

  it('keeps the order for an empty query', () => {
    expect(rankByMatch(titles, '  ', (t) => t)).toEqual(titles);
  });

  it('ranks the best match first and drops non-matches', () => {
    expect(rankByMatch(titles, 'save', (t) => t)).toEqual(['Save post', 'Save all posts']);
    expect(rankByMatch(titles, 'prob', (t) => t)[0]).toBe('Show problems');
    expect(rankByMatch(titles, 'zz', (t) => t)).toEqual([]);
  });
});
