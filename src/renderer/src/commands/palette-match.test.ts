import { describe, expect, it } from 'vitest';
import { matchScore, rankByMatch } from './palette-match';

const compare = 'Compare with the file on disk';

describe('matchScore', () => {
  it('matches typed words in order, each at the start of a title word', () => {
    expect(matchScore('save', 'Save post')).not.toBeNull();
    expect(matchScore('save all', 'Save all posts')).not.toBeNull();
    expect(matchScore('sa po', 'Save all posts')).not.toBeNull();
    // Out of order: no.
    expect(matchScore('post save', 'Save post')).toBeNull();
  });

  it('matches by initials, skipping words between them', () => {
    expect(matchScore('cwf', compare)).not.toBeNull();
    expect(matchScore('cwtfod', compare)).not.toBeNull();
    expect(matchScore('np', 'New post…')).not.toBeNull();
    // A mix of a word's start and initials.
    expect(matchScore('savp', 'Save post')).not.toBeNull();
  });

  it('does not match letters scattered through words', () => {
    expect(matchScore('dark', compare)).toBeNull();
    expect(matchScore('ts', 'Save post')).toBeNull();
    expect(matchScore('sv', 'Save post')).toBeNull();
  });

  it('finds a longer piece inside a word as a last resort', () => {
    expect(matchScore('blems', 'Show problems')).not.toBeNull();
    expect(matchScore('bl', 'Show problems')).toBeNull();
  });

  it('prefers whole words, then word starts, then initials, then pieces inside words', () => {
    const score = (query: string, title: string) => matchScore(query, title) ?? -Infinity;
    expect(score('theme', 'Switch theme')).toBeGreaterThan(score('theme', 'Show the message'));
    expect(score('np', 'New post')).toBeGreaterThan(score('np', 'Open problems'));
    expect(score('save', 'Save post')).toBeGreaterThan(score('save', 'Sales overview'));
    expect(score('prob', 'Go to problems')).toBeGreaterThan(score('prob', 'Show approbation'));
  });
});

describe('rankByMatch', () => {
  const titles = [
    'Save post',
    'Save all posts',
    'New post…',
    'Go to problems',
    'Next open post',
    compare,
    'Switch theme (now: dark)',
    'Insert video',
  ];
  const rank = (query: string) => rankByMatch(titles, query, (t) => t);

  it('keeps the order for an empty query', () => {
    expect(rank('  ')).toEqual(titles);
  });

  it('ranks the best match first and drops non-matches', () => {
    expect(rank('save')).toEqual(['Save post', 'Save all posts']);
    expect(rank('prob')[0]).toBe('Go to problems');
    expect(rank('zz')).toEqual([]);
  });

  it('finds "dark" only where the word is', () => {
    expect(rank('dark')).toEqual(['Switch theme (now: dark)']);
    expect(rank('cwf')).toEqual([compare]);
    expect(rank('iv')).toEqual(['Insert video']);
  });
});
