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
});
