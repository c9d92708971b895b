import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FrontMatterData } from '../post/types';
import { detectFrontMatterShape } from './shape';

function frontMatterOf(path: string): FrontMatterData {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return parse(match?.[1] ?? '') as FrontMatterData;
}

describe('detectFrontMatterShape', () => {
  it('tells the two example drafts apart', () => {
    expect(
      detectFrontMatterShape(
        frontMatterOf('../../../test/fixtures/examples/icymi-march-2019-legacy.md'),
      ),
    ).toBe('legacy');
    // Its `params.thumbnailProcess` is an older name, but options already sit under params.
    expect(
      detectFrontMatterShape(
        frontMatterOf('../../../test/fixtures/examples/kubecon-eu-2021-recap.md'),
      ),
    ).toBe('current');
  });

  it('calls a post with site options in both places mixed', () => {
    expect(
      detectFrontMatterShape({ title: 't', thumbnail: 'x.png', params: { author: 'william' } }),
    ).toBe('mixed');
    expect(detectFrontMatterShape({ title: 't', Author: 'kiersten', params: {} })).toBe('legacy');
  });

  it('treats keys both eras share as today’s shape', () => {
    expect(detectFrontMatterShape({ title: 't', slug: 's', date: '2019-03-29' })).toBe('current');
    expect(
      detectFrontMatterShape({ title: 't', tags: ['news'], params: { author: 'steve' } }),
    ).toBe('current');
  });
});
