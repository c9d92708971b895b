import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../shared/post';
import type { SiteFacts } from '../../../shared/validate/types';
import { countDiagnostics, dateSortKey, postFacts } from './post-summary';

const site: SiteFacts = {
  authors: null,
  shortcodes: new Map(),
  markdownlint: { blog: null, default: null },
};

function facts(text: string, path = 'content/blog/2021/0617-recap/index.md') {
  return postFacts(path, parsePost(text), site);
}

describe('postFacts', () => {
  it("reads today's shape: params.author, ISO date, draft", () => {
    expect(
      facts(
        '---\ntitle: Hello\ndate: 2021-06-17T00:00:00Z\ndraft: true\nparams:\n  author: jason\n---\nBody\n',
      ),
    ).toEqual({
      path: 'content/blog/2021/0617-recap/index.md',
      title: 'Hello',
      date: '2021-06-17T00:00:00Z',
      author: 'jason',
      draft: true,
      hasVideos: false,
      bundle: true,
    });
  });

  it('reads the legacy top-level author and a group written in the post', () => {
    expect(facts("---\ntitle: x\nauthor: 'kiersten'\n---\n").author).toBe('kiersten');
    expect(
      facts('---\ntitle: x\nparams:\n  author:\n    name: Matthew McLane\n    avatar: m.jpg\n---\n')
        .author,
    ).toBe('Matthew McLane');
    expect(facts('---\ntitle: x\nauthors: [a, b]\n---\n').author).toBe('a, b');
    expect(facts('---\ntitle: x\n---\n').author).toBeNull();
  });

  it('falls back to the folder name when there is no title', () => {
    expect(facts('Just text\n').title).toBe('0617-recap');
    expect(facts('---\ntitle: ""\n---\n', 'notes/idea.md').title).toBe('idea');
  });

  it('says a post has videos when it embeds one or describes one', () => {
    expect(facts('---\ntitle: x\n---\n{{< youtube "BWL4889RKhU" >}}\n').hasVideos).toBe(true);
    expect(facts('---\ntitle: x\n---\n{{< youtube id="BWL4889RKhU" >}}\n').hasVideos).toBe(true);
    expect(
      facts('---\ntitle: x\nparams:\n  videoSchema:\n    - title: t\n---\nNo embed.\n').hasVideos,
    ).toBe(true);
    // A commented-out call is printed as text, not embedded.
    expect(facts('---\ntitle: x\n---\n{{</* youtube "BWL4889RKhU" */>}}\n').hasVideos).toBe(false);
    expect(facts('---\ntitle: x\nparams:\n  videoSchema: []\n---\n').hasVideos).toBe(false);
  });

  it('tells page bundles from single files', () => {
    expect(facts('# x\n', 'content/blog/x/index.md').bundle).toBe(true);
    expect(facts('# x\n', 'content/blog/x.md').bundle).toBe(false);
    expect(facts('# x\n', 'content/blog/_index.md').bundle).toBe(false);
  });
});

describe('dateSortKey', () => {
  it('orders the date forms Hugo reads, and gives null for none', () => {
    expect(dateSortKey('2021-06-17')).toBe(Date.UTC(2021, 5, 17));
    expect(dateSortKey('2021-06-17T00:00:00Z')).toBe(Date.UTC(2021, 5, 17));
    expect(dateSortKey('Fri, 29 Mar 2019 12:00:00 +0000')).toBe(Date.UTC(2019, 2, 29, 12));
    expect(dateSortKey('soon')).toBeNull();
    expect(dateSortKey(null)).toBeNull();
  });
});

describe('countDiagnostics', () => {
  it('counts errors and warnings, not information', () => {
    const at = { rule: 'r', message: 'm', from: 0, to: 1 };
    expect(
      countDiagnostics([
        { ...at, severity: 'error' },
        { ...at, severity: 'warning' },
        { ...at, severity: 'warning' },
        { ...at, severity: 'info' },
      ]),
    ).toEqual({ errors: 1, warnings: 2 });
  });
});
