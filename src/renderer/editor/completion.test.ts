// @vitest-environment jsdom
import {
  CompletionContext,
  type Completion,
  type CompletionResult,
  type CompletionSource,
} from '@codemirror/autocomplete';
import type { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  authorCompletion,
  postCompletion,
  shortcodeArgumentCompletion,
  shortcodeNameCompletion,
  videosInFrontMatter,
} from './completion';
import { stateToString, stateWithCursors } from '../../../test/renderer/cursor-notation';
import { stubRangeGeometry } from '../../../test/renderer/dom-test-support';
import { postMarkdown } from './markdown-language';
import { siteFacts } from './site-facts';

const site = siteFacts.of({
  shortcodes: [
    { name: 'callout', usesInner: true },
    { name: 'note', usesInner: true },
  ],
  authors: ['alex', 'jason', 'william'],
  authorProfiles: [
    { key: 'alex', name: 'Alex Leong' },
    { key: 'jason', name: 'Jason Morgan' },
    { key: 'william', name: null },
  ],
  // As the corpus site's posts call them.
  shortcodeUses: { youtube: 41, x: 21, note: 6 },
});

const rust = 'Why the future of the cloud will be built on Rust';
const panel = 'Panel Discussion';

const frontMatter = `---
title: Linkerd at KubeCon EU
params:
  author: jason
  videoSchema:
    - title: Why the future of the cloud will be built on Rust
      embedUrl: https://youtu.be/BWL4889RKhU
    - title: Panel Discussion
      embedUrl: https://www.youtube.com/embed/8oOiqbxGu0U
    - title: Not a YouTube video
      embedUrl: https://vimeo.com/1234
---
`;

function stateFor(doc: string): EditorState {
  return stateWithCursors(doc, [postMarkdown(), site, postCompletion()]);
}

function complete(
  source: CompletionSource,
  doc: string,
  explicit = false,
): CompletionResult | null {
  const state = stateFor(doc);
  const result = source(new CompletionContext(state, state.selection.main.head, explicit));
  if (result instanceof Promise) throw new Error('The sources answer at once.');
  return result;
}

function labels(result: CompletionResult | null): string[] {
  return result?.options.map((option) => option.label) ?? [];
}

function option(result: CompletionResult | null, label: string): Completion {
  const found = result?.options.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`No completion ${label}`);
  return found;
}

describe('shortcodeNameCompletion', () => {
  it('offers Hugo built-ins and the site shortcodes after {{<', () => {
    const result = complete(shortcodeNameCompletion, 'Watch:\n\n{{< |');
    expect(labels(result)).toEqual(expect.arrayContaining(['youtube', 'figure', 'callout']));
    expect(option(result, 'callout').detail).toBe('site shortcode');
    expect(option(result, 'youtube').detail).toBe('Hugo shortcode');
  });

  it("ranks by use in the site's posts: youtube first on a blog of recaps", () => {
    const result = complete(shortcodeNameCompletion, 'Watch:\n\n{{< |');
    const ranked = [...(result?.options ?? [])].sort((a, b) => (b.boost ?? 0) - (a.boost ?? 0));
    expect(ranked.slice(0, 3).map((o) => o.label)).toEqual(['youtube', 'x', 'note']);
    // Then the site's own shortcodes, then Hugo's, by name.
    expect(ranked[3]?.label).toBe('callout');
    expect(ranked.length).toBeGreaterThan(10);
    expect(option(result, 'youtube').info).toBe("Used 41 times in the site's posts.");
    expect(ranked.every((o) => (o.boost ?? 0) >= -99 && (o.boost ?? 0) <= 99)).toBe(true);
  });

  it('replaces the part of the name already typed, in both delimiters and closing tags', () => {
    expect(complete(shortcodeNameCompletion, 'A\n{{< you|')?.from).toBe(6);
    expect(complete(shortcodeNameCompletion, 'A\n{{% cal|')?.from).toBe(6);
    expect(complete(shortcodeNameCompletion, 'x {{< /call|')?.from).toBe(7);
  });

  it('stays quiet outside a tag name', () => {
    expect(complete(shortcodeNameCompletion, 'plain text|')).toBeNull();
    expect(complete(shortcodeNameCompletion, 'A\n{{< youtube |')).toBeNull();
    expect(complete(shortcodeNameCompletion, 'A\n{{< youtube "x" >}} after|')).toBeNull();
    expect(complete(shortcodeNameCompletion, '---\ntitle: {{< |\n---\n')).toBeNull();
  });
});

describe('shortcodeArgumentCompletion', () => {
  it('offers the described videos by title, then youtube arguments, inside a youtube call', () => {
    const result = complete(shortcodeArgumentCompletion, `${frontMatter}\n{{< youtube |`);
    expect(labels(result)).toEqual(
      expect.arrayContaining(['id', 'title', 'class', 'autoplay', rust, panel]),
    );
    // The title is what is read and matched; the ID (see "applying a completion") is what goes in.
    expect(option(result, rust).detail).toBe('BWL4889RKhU');
    const boostOf = (label: string) => option(result, label).boost ?? 0;
    for (const name of ['id', 'title', 'class', 'autoplay'])
      expect(boostOf(panel)).toBeGreaterThan(boostOf(name));
    expect(boostOf(rust)).toBeGreaterThan(boostOf(panel));
  });

  it('leaves out arguments already given', () => {
    const result = complete(shortcodeArgumentCompletion, 'A\n{{< youtube id="BWL4889RKhU" ti|');
    expect(labels(result)).not.toContain('id');
    expect(labels(result)).toContain('title');
    expect(result?.from).toBe('A\n{{< youtube id="BWL4889RKhU" '.length);
  });

  it('offers video IDs in the positional value and in id=, quoting when needed', () => {
    const quoted = complete(shortcodeArgumentCompletion, `${frontMatter}{{< youtube "Pan|`);
    expect(labels(quoted)).toEqual([rust, panel]);
    expect(quoted?.from).toBe(frontMatter.length + '{{< youtube "'.length);
    const bare = complete(shortcodeArgumentCompletion, `${frontMatter}{{< youtube id=|`);
    expect(labels(bare)).toEqual([rust, panel]);
    // A video without a title is offered by its ID.
    const untitled = '---\nvideoSchema:\n  - embedUrl: https://youtu.be/dDW1OoTaMdU\n---\n';
    const byId = complete(shortcodeArgumentCompletion, `${untitled}{{< youtube "|`);
    expect(labels(byId)).toEqual(['dDW1OoTaMdU']);
  });

  it('ranks videos not embedded yet above those already in the post', () => {
    const doc = `${frontMatter}{{< youtube "BWL4889RKhU" >}}\n\n{{< youtube "|`;
    const result = complete(shortcodeArgumentCompletion, doc);
    expect(option(result, panel).boost ?? 0).toBeGreaterThan(option(result, rust).boost ?? 0);
    expect(option(result, rust).info).toBe('Already embedded in this post.');
  });

  it('offers the values of arguments with a closed set', () => {
    expect(
      labels(complete(shortcodeArgumentCompletion, 'A\n{{< youtube id="x" autoplay="|')),
    ).toEqual(['true', 'false']);
    expect(labels(complete(shortcodeArgumentCompletion, 'A\n{{< figure loading=|'))).toEqual([
      'eager',
      'lazy',
    ]);
  });

  it('offers no names after a positional argument, where Hugo forbids them', () => {
    expect(complete(shortcodeArgumentCompletion, 'A\n{{< youtube "BWL4889RKhU" |')).toBeNull();
  });

  it('stays quiet outside a tag and for shortcodes it knows no arguments of', () => {
    expect(complete(shortcodeArgumentCompletion, 'A\n{{< youtube "x" >}} |')).toBeNull();
    expect(complete(shortcodeArgumentCompletion, 'A\n{{< callout |')).toBeNull();
  });
});

describe('authorCompletion', () => {
  it('offers the site authors after author: in YAML front matter, by name with the key beside', () => {
    const result = complete(authorCompletion, '---\ntitle: x\nparams:\n  author: ja|\n---\nBody');
    expect(labels(result)).toEqual(['alex', 'jason', 'william']);
    expect(result?.from).toBe('---\ntitle: x\nparams:\n  author: '.length);
    expect(option(result, 'jason')).toMatchObject({
      displayLabel: 'Jason Morgan',
      detail: 'jason',
    });
    // A key without a name in data/authors.yaml shows as the key.
    expect(option(result, 'william').displayLabel).toBeUndefined();
  });

  it('understands quoted values, TOML, JSON and author lists', () => {
    expect(complete(authorCompletion, '---\nauthor: "|"\n---\n')?.from).toBe(13);
    expect(complete(authorCompletion, '+++\nauthor = "w|"\n+++\n')?.from).toBe(14);
    expect(complete(authorCompletion, '{\n  "author": "|"\n}\n')?.from).toBe(15);
    expect(complete(authorCompletion, '---\nauthors: [alex, w|]\n---\n')?.from).toBe(20);
    expect(complete(authorCompletion, '---\nauthors:\n  - alex\n  - |\n---\n')?.from).toBe(26);
    // While the front matter is being written, before its closing line.
    expect(complete(authorCompletion, '---\ntitle: x\nauthor: |')?.from).toBe(21);
  });

  it('stays quiet outside the front matter and on other keys', () => {
    expect(complete(authorCompletion, '---\ntitle: x\n---\nauthor: |')).toBeNull();
    expect(complete(authorCompletion, '---\ntitle: |\n---\n')).toBeNull();
    expect(complete(authorCompletion, '---\ntags:\n  - |\n---\n')).toBeNull();
  });

  it('needs the site to list its authors', () => {
    const state = stateWithCursors('---\nauthor: |\n---\n', [postMarkdown(), postCompletion()]);
    expect(
      authorCompletion(new CompletionContext(state, state.selection.main.head, true)),
    ).toBeNull();
  });
});

describe('videosInFrontMatter', () => {
  it('lists the YouTube videos described in params.videoSchema, with titles', () => {
    expect(videosInFrontMatter(stateFor(frontMatter))).toEqual([
      { id: 'BWL4889RKhU', title: 'Why the future of the cloud will be built on Rust' },
      { id: '8oOiqbxGu0U', title: 'Panel Discussion' },
    ]);
  });

  it('reads the older top-level videoSchema too, and nothing without front matter', () => {
    const legacy = '---\nvideoSchema:\n  - embedUrl: https://youtu.be/dDW1OoTaMdU\n---\n';
    expect(videosInFrontMatter(stateFor(legacy))).toEqual([{ id: 'dDW1OoTaMdU', title: null }]);
    expect(videosInFrontMatter(stateFor('No front matter.'))).toEqual([]);
  });
});

describe('applying a completion', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  function pick(source: CompletionSource, doc: string, label: string): string {
    const state = stateFor(doc);
    view?.destroy();
    view = new EditorView({ state, parent: document.body });
    const result = source(new CompletionContext(state, state.selection.main.head, true));
    if (!result || result instanceof Promise) throw new Error('No completion result.');
    const picked = option(result, label);
    const { apply } = picked;
    const to = state.selection.main.head;
    if (typeof apply === 'function') apply(view, picked, result.from, to);
    else view.dispatch({ changes: { from: result.from, to, insert: apply ?? picked.label } });
    return stateToString(view.state);
  }

  it('writes the closer after a new shortcode name and leaves the cursor for arguments', () => {
    expect(pick(shortcodeNameCompletion, 'A\n{{< yo|', 'youtube')).toBe('A\n{{< youtube |>}}');
    expect(pick(shortcodeNameCompletion, 'A\n{{% |', 'callout')).toBe('A\n{{% callout |%}}');
  });

  it('fits what bracket closing and an existing closer left', () => {
    expect(pick(shortcodeNameCompletion, 'A\n{{<|}}', 'youtube')).toBe('A\n{{< youtube |>}}');
    expect(pick(shortcodeNameCompletion, 'A\n{{< |  >}}', 'figure')).toBe('A\n{{< figure |>}}');
  });

  it('ends a closing tag and moves past it', () => {
    expect(pick(shortcodeNameCompletion, 'A {{< /call|', 'callout')).toBe('A {{< /callout >}}|');
    expect(pick(shortcodeNameCompletion, 'A {{< /|>}}', 'callout')).toBe('A {{< /callout >}}|');
  });

  it("inserts a video's ID when its title is picked, quoted unless typed in quotes", () => {
    const pickVideo = (doc: string, label: string) =>
      pick(shortcodeArgumentCompletion, `${frontMatter}${doc}`, label).slice(frontMatter.length);
    expect(pickVideo('{{< youtube Pan| >}}', panel)).toBe('{{< youtube "8oOiqbxGu0U"| >}}');
    expect(pickVideo('{{< youtube "Pan|" >}}', panel)).toBe('{{< youtube "8oOiqbxGu0U|" >}}');
    expect(pickVideo('{{< youtube id=| >}}', rust)).toBe('{{< youtube id="BWL4889RKhU"| >}}');
    // Right against the closer, as picking `youtube` leaves it: a space, and past the closer.
    expect(pickVideo('{{< youtube |>}}', panel)).toBe('{{< youtube "8oOiqbxGu0U" >}}|');
  });

  it('writes name="" for an argument with the cursor between the quotes', () => {
    expect(pick(shortcodeArgumentCompletion, 'A {{< youtube ti| >}}', 'title')).toBe(
      'A {{< youtube title="|" >}}',
    );
  });

  it('takes a shortcode at the very start of a file for JSON front matter, as Hugo does', () => {
    expect(complete(shortcodeArgumentCompletion, '{{< youtube ti| >}}')).toBeNull();
  });
});
