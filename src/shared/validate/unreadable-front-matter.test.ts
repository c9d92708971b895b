import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { validatePost, type PostContext } from '.';

const recap = readFileSync(
  resolve(import.meta.dirname, '../../../test/fixtures/examples/kubecon-eu-2021-recap.md'),
  'utf8',
);

const context: PostContext = {
  path: 'content/blog/2021/0617-recap/index.md',
  site: { authors: null, shortcodes: new Map(), markdownlint: { blog: null, default: null } },
  bundleFiles: null,
};

function findings(text: string) {
  return validatePost(parsePost(text), context, { markdownlint: false }).map(
    (d) => `${d.severity} ${d.rule} ${d.message} @${text.slice(d.from, d.to)}`,
  );
}

describe('a recap whose front matter breaks', () => {
  it('is clean of video findings while it reads', () => {
    expect(findings(recap).filter((f) => f.includes('video/missing-schema'))).toEqual([]);
  });

  it('reports one error at the unclosed list, naming its line, and no false video warnings', () => {
    const line = recap.split('\n').findIndex((l) => l.startsWith('keywords: ['));
    expect(line).toBeGreaterThan(0);
    const broken = recap.replace(/^(keywords: \[.*)\]$/m, '$1');
    expect(broken).not.toBe(recap);
    expect(findings(broken)).toEqual([
      `error front-matter/syntax The list that starts at line ${line + 1} is never closed: add the missing "]" at its end. @${recap.split('\n')[line]!.slice('keywords: '.length, -1)}`,
    ]);
  });
});
