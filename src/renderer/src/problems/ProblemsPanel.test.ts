// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/ipc/data';
import { ProblemsPanel, problemCounts } from './ProblemsPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const text = 'line one\nline two\nline three\n';
const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
const found: Diagnostic[] = [
  {
    severity: 'warning',
    rule: 'seo/description-missing',
    message: 'No description.',
    from: 20,
    to: 24,
  },
  { severity: 'error', rule: 'schema/date-invalid', message: 'Bad date.', from: 9, to: 13 },
  { severity: 'info', rule: 'style/note', message: 'A note.', from: 0, to: 4 },
];

describe('ProblemsPanel', () => {
  it('lists every finding in text order with its line, and jumps to the one chosen', () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    const jumped: Diagnostic[] = [];
    act(() =>
      root.render(
        createElement(ProblemsPanel, {
          diagnostics: found,
          lineOf,
          hasPost: true,
          onJump: (d) => jumped.push(d),
        }),
      ),
    );
    const buttons = [...host.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'iNote:A note.style/noteLine 1',
      '✕Error:Bad date.schema/date-invalidLine 2',
      '!Warning:No description.seo/description-missingLine 3',
    ]);
    expect(host.textContent).toContain('1 error, 1 warning');
    act(() => buttons[1]!.click());
    expect(jumped).toEqual([found[1]]);
    act(() => root.unmount());
  });

  it('says when there is nothing to show, and why', () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    const props = { diagnostics: [], lineOf, onJump: () => undefined };
    act(() => root.render(createElement(ProblemsPanel, { ...props, hasPost: true })));
    expect(host.textContent).toContain('No problems found in this post.');
    act(() => root.render(createElement(ProblemsPanel, { ...props, hasPost: false })));
    expect(host.textContent).toContain('Open a post to see what the checks find in it.');
    act(() => root.unmount());
  });

  it('counts in words', () => {
    expect(problemCounts([])).toBe('0 errors, 0 warnings');
    expect(problemCounts([found[1]!, found[1]!])).toBe('2 errors, 0 warnings');
  });
});
