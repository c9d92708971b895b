// @vitest-environment jsdom
import { act, createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/ipc/data';
import type { ProblemFixer } from './problem-fixes';
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
  fixer?: ProblemFixer;
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
  it('lists errors first, then warnings, then notes, with lines, and jumps to the one chosen', () => {
    const jumped: Diagnostic[] = [];
    const panel = mount({ diagnostics: found, hasPost: true, onJump: (d) => jumped.push(d) });
    expect(panel.buttons.map((b) => b.textContent)).toEqual([
      '✕Error:Bad date.schema/date-invalidLine 2, 1 of 3',
      '!Warning:No description.seo/description-missingLine 3, 2 of 3',
      'iNote:A note.style/noteLine 1, 3 of 3',
    ]);
    expect(panel.host.textContent).toContain('1 error, 1 warning');
    act(() => panel.buttons[0]!.click());
    expect(jumped).toEqual([found[1]]);
    panel.unmount();
  });

  it('groups repeated findings of a rule into a row that opens to show each', () => {
    const dates: Diagnostic[] = [0, 9, 18].map((from) => ({
      severity: 'warning',
      rule: 'video/upload-date-no-zone',
      message: `No zone at ${from}.`,
      from,
      to: from + 2,
    }));
    const panel = mount({ diagnostics: [...dates, found[1]!], hasPost: true });
    const rows = () =>
      [...panel.host.querySelectorAll<HTMLButtonElement>('.problem')].map((b) => b.textContent);
    expect(rows()).toEqual([
      '✕Error:Bad date.schema/date-invalidLine 2, 1 of 2',
      '▸!Warning:uploadDate has no time zone — 3 videosvideo/upload-date-no-zone, 2 of 2',
    ]);
    const group = panel.host.querySelector<HTMLButtonElement>('[aria-expanded]')!;
    expect(group.getAttribute('aria-expanded')).toBe('false');
    act(() => group.click());
    expect(group.getAttribute('aria-expanded')).toBe('true');
    expect(rows().slice(2)).toEqual([
      '!Warning:No zone at 0.video/upload-date-no-zoneLine 1, 3 of 5',
      '!Warning:No zone at 9.video/upload-date-no-zoneLine 2, 4 of 5',
      '!Warning:No zone at 18.video/upload-date-no-zoneLine 3, 5 of 5',
    ]);
    panel.unmount();
  });

  it('offers the fixes of each finding as buttons, and all of a group at once', () => {
    const dates: Diagnostic[] = [0, 9].map((from) => ({
      severity: 'warning',
      rule: 'video/upload-date-no-zone',
      message: `No zone at ${from}.`,
      from,
      to: from + 2,
    }));
    const applied: string[] = [];
    const fixer: ProblemFixer = {
      titles: (d) => (d.rule === 'schema/date-invalid' ? [] : ['Add a time zone']),
      apply: (d, title) => applied.push(`${title} at ${d.from}`) > 0,
      applyAll: (items) => applied.push(`all ${items.length}`) > 0,
    };
    const panel = mount({ diagnostics: [...dates, found[1]!], hasPost: true, fixer });
    const fixButton = (name: string) =>
      [...panel.host.querySelectorAll<HTMLButtonElement>('.problem-fix')].find(
        (b) => b.textContent === name,
      )!;
    act(() => fixButton('Fix all 2').click());
    act(() => panel.host.querySelector<HTMLButtonElement>('[aria-expanded]')!.click());
    const single = [...panel.host.querySelectorAll<HTMLButtonElement>('.problem-fix')];
    expect(single.map((b) => b.textContent)).toEqual([
      'Fix all 2',
      'Add a time zone',
      'Add a time zone',
    ]);
    act(() => single[2]!.click());
    expect(applied).toEqual(['all 2', 'Add a time zone at 9']);
    panel.unmount();
  });

  it('hides to its header and shows again with a visible button', () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    let hidden = false;
    const render = () =>
      act(() =>
        root.render(
          createElement(ProblemsPanel, {
            diagnostics: found,
            lineOf,
            onJump: () => undefined,
            hasPost: true,
            hidden,
            onHiddenChange: (next: boolean) => {
              hidden = next;
              render();
            },
          }),
        ),
      );
    render();
    const toggle = () => host.querySelector<HTMLButtonElement>('.problems-toggle')!;
    expect(toggle().textContent).toBe('Hide problems');
    act(() => toggle().click());
    expect(hidden).toBe(true);
    expect(toggle().textContent).toBe('Show problems');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector('.problems-list')).toBeNull();
    expect(host.textContent).toContain('1 error, 1 warning');
    act(() => toggle().click());
    expect(host.querySelector('.problems-list')).not.toBeNull();
    act(() => root.unmount());
  });

  it('is resized from its top edge with the arrow keys', () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    const sizes: number[] = [];
    act(() =>
      root.render(
        createElement(ProblemsPanel, {
          diagnostics: found,
          lineOf,
          onJump: () => undefined,
          hasPost: true,
          height: 170,
          onResize: (height: number) => sizes.push(height),
        }),
      ),
    );
    const edge = host.querySelector<HTMLElement>('[role="separator"]')!;
    expect(edge.getAttribute('aria-valuenow')).toBe('170');
    const press = (key: string, shiftKey = false) =>
      act(() => {
        edge.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
      });
    press('ArrowUp');
    press('ArrowDown', true);
    expect(sizes).toEqual([186, 90]);
    act(() => root.unmount());
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
