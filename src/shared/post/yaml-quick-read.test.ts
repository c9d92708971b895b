import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from './field-path';
import { plainEqual } from './plain-data';
import { splitFrontMatter } from './split';
import type { FrontMatterValue } from './types';
import { quickFieldSpans, quickReadYaml } from './yaml-quick-read';
import { yamlFieldSpans } from './yaml-locate';
import { readYamlFrontMatter } from './yaml-read';

/*
 * The quick reader may decline anything, but what it accepts it must read
 * exactly as `yaml` does: same data, no error or warning from `yaml`, and the
 * same key and value spans for every field. These tests hold it to that on
 * real front matter, on hand-picked corner cases and on many thousands of
 * mutated documents.
 */

const fixtures = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const sampleSite = fileURLToPath(new URL('../../../resources/sample-site/', import.meta.url));

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return /\.(md|markdown)$/.test(entry.name) ? [path] : [];
  });
}

function frontMatterSource(text: string): string | null {
  const split = splitFrontMatter(text);
  if (split.format !== 'yaml' || !split.content) return null;
  return text.slice(split.content.from, split.content.to);
}

const realFrontMatter = [...markdownFiles(fixtures), ...markdownFiles(sampleSite)]
  .sort()
  .flatMap((path) => {
    const source = frontMatterSource(readFileSync(path, 'utf8'));
    return source === null ? [] : [{ path, source }];
  });

function allPaths(value: FrontMatterValue, prefix: PathSegment[] = []): PathSegment[][] {
  const paths: PathSegment[][] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      paths.push([...prefix, index], ...allPaths(item, [...prefix, index]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      paths.push([...prefix, key], ...allPaths(item, [...prefix, key]));
    }
  }
  return paths;
}

/** Why the quick reading differs from `yaml`'s, or null when it agrees (or declined). */
function disagreement(source: string): string | null {
  const quick = quickReadYaml(source);
  if (!quick) return null;
  const full = readYamlFrontMatter(source);
  if (full.document === null || full.diagnostics.length > 0) {
    return `accepted what yaml reports as ${JSON.stringify(full.diagnostics.map((d) => d.rule))}`;
  }
  if (full.document.warnings.length > 0) return 'accepted what yaml warns about';
  if (!full.data || !plainEqual(quick.data, full.data)) {
    return `data ${JSON.stringify(quick.data)} instead of ${JSON.stringify(full.data)}`;
  }
  const keys = (data: FrontMatterValue): string =>
    JSON.stringify(data, (_, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : v,
    );
  if (keys(quick.data) !== keys(full.data)) return 'keys in another order';
  for (const path of allPaths(quick.data)) {
    const expected = yamlFieldSpans(full.document, path, source);
    const actual = quickFieldSpans(quick.root, path);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      return `spans of ${path.join('.')}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`;
    }
  }
  return null;
}

describe('quickReadYaml on real front matter', () => {
  it('reads every fixture and sample post the way yaml does', () => {
    expect(realFrontMatter.length).toBeGreaterThan(150);
    const problems = realFrontMatter
      .map(({ path, source }) => ({ path, problem: disagreement(source) }))
      .filter((entry) => entry.problem !== null);
    expect(problems).toEqual([]);
  });

  it('reads nearly all of them itself rather than declining', () => {
    const declined = realFrontMatter.filter(({ source }) => quickReadYaml(source) === null);
    // Only front matter outside the plain subset falls back to yaml.
    expect(declined.length).toBeLessThanOrEqual(realFrontMatter.length / 20);
  });

  it('agrees with yaml on CRLF copies of them', () => {
    const problems = realFrontMatter.flatMap(({ path, source }) => {
      const problem = disagreement(source.replace(/\r?\n/g, '\r\n'));
      return problem ? [{ path, problem }] : [];
    });
    expect(problems).toEqual([]);
  });
});

const cornerCases: string[] = [
  'title: Hello\n',
  'title: Hello   \n',
  'title: Hello # a comment\n',
  'title: Hello#not-a-comment\n',
  'title: "Quoted: with colon" # c\n',
  "title: 'It''s here'\n",
  'title: "Tab\\tand \\u00e9 and \\x41 and \\"quote\\" and \\\\"\n',
  'title: "Bad \\q escape"\n',
  'title: "Open quote\n',
  'title: "two" "strings"\n',
  'title:\ndescription: ~\n',
  'title:   \nnext: 1\n',
  'title: # only a comment\nnext: 1\n',
  'n: 1\nm: -5\nf: 1.5\ne: 1e3\no: 0o17\nh: 0x1F\ni: .inf\nj: -.Inf\nk: .nan\nz: 007\np: +12\nq: 1.\n',
  'b1: true\nb2: False\nb3: TRUE\nb4: yes\nb5: on\nb6: nULL\n',
  'date: 2021-06-17T00:00:00Z\nuploadDate: 2021-05-14\nduration: PT1H2M3S\n',
  'url: https://www.youtube.com/watch?v=abc&t=1s\n',
  'mixed: a: b\n',
  'ends: with colon:\n',
  'text: plain with, commas [and] {braces}\n',
  'dash: -starts-with-dash\nq: ?mark\nc: :colon\n',
  'bad: - item\n',
  'keywords: [linkerd, "quoted, comma", \'single\']\n',
  'keywords: []\n',
  'keywords: [a, ]\n',
  'keywords: [a, [b]]\n',
  'keywords: [a: b]\n',
  'keywords: [a, b] # trailing\n',
  'keywords: [a, b]x\n',
  'keywords: [a,\n  b]\n',
  'list:\n- a\n- b\nnext: 1\n',
  'list:\n  - a\n  - b\nnext: 1\n',
  'list:\n  - a\n  - b # comment\n',
  'list:\n  -   spaced\n',
  'list:\n  -\n  - b\n',
  'list:\n  - - nested\n',
  'list:\n  - [a, b]\n  - "q"\n',
  'params:\n  author: william\n  videoSchema:\n    - title: One\n      uploadDate: 2021-05-14\n    - title: Two # c\n',
  'params:\n  videoSchema:\n  - title: One\n    embedUrl: https://www.youtube.com/embed/abc\n  - title: Two\n',
  'params:\n  nested:\n    deeper:\n      deepest: 1\n  back: 2\n',
  'params:\n  a: 1\n   b: 2\n',
  'params:\n  a: 1\n b: 2\n',
  'description: |-\n  Line one\n  Line two\n',
  'description: |\n  Line one\n\n  Line three\n\n\nnext: 1\n',
  'description: |-\n  # not a comment\n  text\n',
  'description: |-\n\n  after a blank\n',
  'description: |-\n    deeper\n  shallower\n',
  'description: |-\n  a\n    more indented\n  b\n',
  'description: |+\n  keep\n\n',
  'description: >-\n  folded\n',
  'description: |2\n  explicit\n',
  'description: |-\n  trailing spaces   \n  next\n',
  'description: |-\n  text\n     \n  more\n',
  'params:\n  description: |-\n    nested block\n  after: 1\n',
  'plain: multi\n  line\n',
  'plain: multi\n  line\n  three\nnext: 1\n',
  'plain:\n  on the next line\n  and the one after\nnext: 1\n',
  'plain:\n  "quoted on the next line"\nnext: 1\n',
  'plain:\n  [flow, on, next]\nnext: 1\n',
  'plain:\n  |-\n    block\n',
  'plain:\n  12\n',
  'plain:\n  true\n  more\n',
  'plain: one # comment\n  two\n',
  'plain: one\n  two # comment\n',
  'plain: one\n\n  after blank\n',
  'plain: one\n  - dash\n',
  'plain: one\n  -dash\n',
  'plain: one\n  # hash\n',
  'plain: one\n  key: value\n',
  'plain: one\n    deeper\n  shallower\n',
  'list:\n  - one\n    two\n  - three\n',
  'list:\n  - title: one\n      two\n    next: x\n',
  'title: a\ntitle: b\n',
  'true: key\n',
  '__proto__: x\n',
  'key with space: 1\n',
  '"quoted key": 1\n',
  'a: &anchor 1\nb: *anchor\n',
  'a: !!str 1\n',
  'a: {x: 1}\n',
  '# comment line\ntitle: x\n',
  'title: x\n# comment line\n',
  'params:\n  a: 1\n  # comment\n  b: 2\n',
  '---\ntitle: x\n',
  'title: x\n...\n',
  '  indented: root\n',
  '- a list\n',
  'just a scalar\n',
  '',
  '\n\n',
  'title: x',
  'title: |-\n  no final newline',
  'title: émoji 👉 text\n',
  'title: x\r\nparams:\r\n  a: 1\r\n',
  'title: x\rnext: 1\n',
  'title:\tx\n',
  'title: "\\ud83d\\ude00"\n',
  `long: ${'x'.repeat(5000)}\n`,
  `${'k'.repeat(1100)}: 1\n`,
];

describe('quickReadYaml on corner cases', () => {
  it.each(cornerCases.map((source) => [JSON.stringify(source).slice(0, 70), source]))(
    'agrees with yaml or declines: %s',
    (_, source) => {
      expect(disagreement(source)).toBeNull();
    },
  );

  it('reads the common shapes itself', () => {
    const accepted = [
      'title: Hello # a comment\n',
      'keywords: [linkerd, "quoted, comma", \'single\']\n',
      'list:\n- a\n- b\nnext: 1\n',
      'params:\n  videoSchema:\n  - title: One\n    embedUrl: https://www.youtube.com/embed/abc\n  - title: Two\n',
      'description: |-\n  Line one\n  Line two\n',
      'title:\ndescription: ~\n',
      'plain:\n  on the next line\n  and the one after\nnext: 1\n',
      'plain: multi\n  line\n',
      'title: x\r\nparams:\r\n  a: 1\r\n',
    ];
    for (const source of accepted) expect(quickReadYaml(source), source).not.toBeNull();
  });

  it('declines what it does not read', () => {
    const declined = [
      'a: &anchor 1\nb: *anchor\n',
      '# comment line\ntitle: x\n',
      'plain: one\n\n  after blank\n',
      'title: a\ntitle: b\n',
      'description: >-\n  folded\n',
      'title:\tx\n',
      'a: {x: 1}\n',
    ];
    for (const source of declined) expect(quickReadYaml(source), source).toBeNull();
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fragments = [
  ' ',
  '  ',
  '\n',
  '\r\n',
  '#',
  ' #',
  ':',
  ': ',
  '-',
  '- ',
  '"',
  "'",
  '\\',
  '[',
  ']',
  ',',
  '{',
  '|',
  '|-',
  '>',
  '&',
  '*',
  '!',
  '~',
  'a',
  'x',
  '1',
  '0',
  '.',
  'e',
  'null',
  'true',
  '\n  ',
  '\n- ',
  '\n  - ',
  'key: ',
  '\n\n',
  '  # c',
  'é',
  '👉',
];

function mutate(source: string, next: () => number): string {
  let text = source;
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(next() * (text.length + 1));
    const choice = next();
    if (choice < 0.45) {
      const fragment = fragments[Math.floor(next() * fragments.length)] ?? ' ';
      text = text.slice(0, at) + fragment + text.slice(at);
    } else if (choice < 0.8) {
      text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
    } else {
      // Duplicate a line: repeated keys, list items and indentation shifts.
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = text.indexOf('\n', at);
      const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd + 1);
      text = text.slice(0, lineStart) + line + text.slice(lineStart);
    }
  }
  return text;
}

describe('quickReadYaml on mutated front matter', () => {
  it('never disagrees with yaml on 20,000 mutations of real and corner-case front matter', () => {
    const seeds = [
      ...realFrontMatter.map(({ source }) => source).filter((source) => source.length < 3000),
      ...cornerCases.filter((source) => source.length < 3000),
    ];
    const next = random(20261121);
    const problems: { source: string; problem: string }[] = [];
    let accepted = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const seed = seeds[Math.floor(next() * seeds.length)] ?? '';
      const source = mutate(seed, next);
      const problem = disagreement(source);
      if (problem) problems.push({ source, problem });
      if (quickReadYaml(source)) accepted += 1;
      if (problems.length >= 5) break;
    }
    expect(problems).toEqual([]);
    // The mutations must exercise the reader, not only its refusals.
    expect(accepted).toBeGreaterThan(5_000);
  });
});
