import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { siteFacts } from './site-facts';

describe('siteFacts', () => {
  it('is empty when nothing is given', () => {
    const facts = EditorState.create().facet(siteFacts);
    expect(facts.shortcodes.size).toBe(0);
    expect(facts.authors).toBeNull();
  });

  it('takes a workspace description as it is and merges several inputs', () => {
    const workspace = {
      root: '/site',
      name: 'linkerd.io',
      authors: ['alex', 'jason'],
      shortcodes: [{ name: 'callout', usesInner: true }],
    };
    const state = EditorState.create({
      extensions: [
        siteFacts.of(workspace),
        siteFacts.of({
          shortcodes: [{ name: 'callout', usesInner: false }],
          authors: ['jason', 'kevin'],
        }),
      ],
    });
    const facts = state.facet(siteFacts);
    expect(facts.shortcodes.get('callout')).toEqual({ name: 'callout', usesInner: false });
    expect(facts.authors).toEqual(['alex', 'jason', 'kevin']);
  });

  it("keeps the authors' names and the site's shortcode counts", () => {
    const state = EditorState.create({
      extensions: [
        siteFacts.of({
          authorProfiles: [
            { key: 'jason', name: 'Jason Morgan' },
            { key: 'kiersten', name: null },
          ],
          shortcodeUses: { youtube: 41, note: 6 },
        }),
        siteFacts.of({ shortcodeUses: { note: 7 } }),
      ],
    });
    const facts = state.facet(siteFacts);
    expect([...facts.authorNames]).toEqual([['jason', 'Jason Morgan']]);
    expect([...facts.shortcodeUses]).toEqual([
      ['youtube', 41],
      ['note', 7],
    ]);
  });
});
