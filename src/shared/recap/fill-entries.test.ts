import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { fillVideoEntries, videosToFill, type FoundFields } from './fill-entries';

const a = 'BWL4889RKhU';
const b = 'YN8zNnV0sK8';

const text = [
  '---',
  'title: Recap',
  'params:',
  '  videoSchema:',
  '    - embedUrl: https://youtu.be/' + a,
  "      title: ''",
  '      duration: PT1M # mine',
  '---',
  '',
  `## First`,
  '',
  `{{< youtube "${a}" >}}`,
  '',
  `## Second`,
  '',
  `{{< youtube ${b} >}}`,
  '',
].join('\n');

const lookedUp = (id: string, title: string): FoundFields => ({
  title,
  description: `About ${title}.`,
  embedUrl: `https://youtu.be/${id}`,
  thumbnailUrl: `https://i.ytimg.com/vi/${id}/maxresdefault.jpg`,
  uploadDate: '2024-03-22',
  duration: 'PT28M4S',
});

describe('fillVideoEntries', () => {
  it('asks about entries with empty fields and calls without an entry', () => {
    expect(videosToFill(parsePost(text))).toEqual([a, b]);
  });

  it('fills only what is empty, and adds the missing entry after the first', () => {
    const found = new Map([
      [a, lookedUp(a, 'Rust')],
      [b, lookedUp(b, 'mTLS')],
    ]);
    const { document, report } = fillVideoEntries(parsePost(text), found, null);
    expect(document.get(['params', 'videoSchema'])).toEqual([
      {
        embedUrl: `https://youtu.be/${a}`,
        title: 'Rust',
        duration: 'PT1M',
        description: 'About Rust.',
        thumbnailUrl: `https://i.ytimg.com/vi/${a}/maxresdefault.jpg`,
        uploadDate: '2024-03-22',
      },
      { ...lookedUp(b, 'mTLS'), title: 'Second' },
    ]);
    expect(document.text).toContain('      duration: PT1M # mine\n');
    expect(document.body).toBe(parsePost(text).body);
    expect(report).toEqual({
      filled: [{ entry: 1, id: a, fields: ['title', 'description', 'thumbnailUrl', 'uploadDate'] }],
      added: [{ entry: 2, id: b }],
    });
    // A second fill has nothing left to do.
    expect(fillVideoEntries(document, found, null).document.text).toBe(document.text);
  });

  it('leaves videos the lookup did not give as they are', () => {
    const { document, report } = fillVideoEntries(parsePost(text), new Map(), null);
    expect(document.text).toBe(text);
    expect(report).toEqual({ filled: [], added: [] });
  });
});
