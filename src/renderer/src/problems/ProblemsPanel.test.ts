// @vitest-environment jsdom
import { act, createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/ipc/data';
import { ProblemsPanel, problemCounts, type ProblemsPanelHandle } from './ProblemsPanel';

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

/** The panel in a document (focus needs one), with its problem buttons and its handle. */
function mount(props: {
  diagnostics: Diagnostic[];
  hasPost: boolean;
  onJump?: (diagnostic: Diagnostic) => void;
}) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const handle = createRef<ProblemsPanelHandle>();
  act(() =>
    root.render(
      createElement(ProblemsPanel, { lineOf, onJump: () => undefined, ...props, ref: handle }),
    ),
  );
  return {
    host,
    handle,
    buttons: [...host.querySelectorAll<HTMLButtonElement>('button')],
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

describe('ProblemsPanel', () => {
  it('lists every finding in text order with its line, and jumps to the one chosen', () => {
    const jumped: Diagnostic[] = [];
    const panel = mount({ diagnostics: found, hasPost: true, onJump: (d) => jumped.push(d) });
    expect(panel.buttons.map((b) => b.textContent)).toEqual([
      'iNote:A note.style/noteLine 1, 1 of 3',
      '✕Error:Bad date.schema/date-invalidLine 2, 2 of 3',
      '!Warning:No description.seo/description-missingLine 3, 3 of 3',
    ]);
    expect(panel.host.textContent).toContain('1 error, 1 warning');
    act(() => panel.buttons[1]!.click());
    expect(jumped).toEqual([found[1]]);
    panel.unmount();
  });

  it('is one tab stop: the arrows, Home and End move focus between problems', () => {
    const { buttons, handle, unmount } = mount({ diagnostics: found, hasPost: true });
    const stops = () => buttons.map((button) => button.tabIndex);
    expect(stops()).toEqual([0, -1, -1]);
    act(() => handle.current!.focus());
    expect(document.activeElement).toBe(buttons[0]);
    const press = (key: string) =>
      act(() => {
        document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );
      });
    press('ArrowDown');
    expect(document.activeElement).toBe(buttons[1]);
    expect(stops()).toEqual([-1, 0, -1]);
    press('End');
    expect(document.activeElement).toBe(buttons[2]);
    press('ArrowDown');
    expect(document.activeElement).toBe(buttons[0]);
    press('ArrowUp');
    expect(document.activeElement).toBe(buttons[2]);
    press('Home');
    expect(document.activeElement).toBe(buttons[0]);
    unmount();
  });

  it('takes focus itself when it lists nothing', () => {
    const { host, handle, unmount } = mount({ diagnostics: [], hasPost: true });
    act(() => handle.current!.focus());
    expect(document.activeElement).toBe(host.querySelector('section'));
    unmount();
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
