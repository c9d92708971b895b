import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { compareDiagnostics } from '../../../shared/diagnostics';
import type { Diagnostic } from '../../../shared/ipc/data';
import { rovingTarget } from '../a11y/roving-focus';
import './ProblemsPanel.css';

export interface ProblemsPanelHandle {
  /** Focuses the problem last focused (the first at the start), or the panel when it lists none. */
  focus(): void;
}

interface ProblemsPanelProps {
  diagnostics: readonly Diagnostic[];
  /** The 1-based line of an offset in the text being edited. */
  lineOf: (offset: number) => number;
  onJump: (diagnostic: Diagnostic) => void;
  /** Whether a post is open at all. */
  hasPost: boolean;
  ref?: Ref<ProblemsPanelHandle>;
}

const severityLabel = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
const severityIcon = { error: '✕', warning: '!', info: 'i' } as const;

export function problemCounts(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const parts = [
    `${errors} error${errors === 1 ? '' : 's'}`,
    `${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  return parts.join(', ');
}

/**
 * Every finding about the post being edited; choosing one selects its text in
 * the editor. The list is one tab stop: the arrows, Home and End move between
 * problems, and a screen reader reads each as it gets focus.
 */
export function ProblemsPanel({ diagnostics, lineOf, onJump, hasPost, ref }: ProblemsPanelProps) {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const [focused, setFocused] = useState(0);
  const current = Math.min(focused, Math.max(0, sorted.length - 1));
  const panel = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const focusProblem = (index: number) =>
    list.current?.querySelectorAll<HTMLElement>('.problem')[index]?.focus();

  useImperativeHandle(ref, () => ({
    focus: () => {
      const button = list.current?.querySelector<HTMLElement>('.problem[tabindex="0"]');
      (button ?? panel.current)?.focus();
    },
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = rovingTarget(event.key, current, sorted.length, 'vertical');
    if (target === null) return;
    event.preventDefault();
    setFocused(target);
    focusProblem(target);
  };

  return (
    <section className="problems" aria-labelledby="problems-heading" ref={panel} tabIndex={-1}>
      <header className="problems-header">
        <h2 id="problems-heading">Problems</h2>
        {hasPost ? <span className="problems-counts">{problemCounts(diagnostics)}</span> : null}
      </header>
      {!hasPost ? (
        <p className="problems-empty">Open a post to see what the checks find in it.</p>
      ) : sorted.length === 0 ? (
        <p className="problems-empty">No problems found in this post.</p>
      ) : (
        <ul className="problems-list" ref={list} onKeyDown={onKeyDown}>
          {sorted.map((diagnostic, index) => (
            <li key={`${diagnostic.rule}-${diagnostic.from}-${index}`}>
              <button
                type="button"
                className={`problem problem-${diagnostic.severity}`}
                tabIndex={index === current ? 0 : -1}
                onFocus={() => setFocused(index)}
                onClick={() => onJump(diagnostic)}
              >
                <span className="problem-icon" aria-hidden="true">
                  {severityIcon[diagnostic.severity]}
                </span>
                <span className="visually-hidden">{severityLabel[diagnostic.severity]}:</span>
                <span className="problem-message">{diagnostic.message}</span>
                <span className="problem-rule">{diagnostic.rule}</span>
                <span className="problem-line">Line {lineOf(diagnostic.from)}</span>
                <span className="visually-hidden">
                  , {index + 1} of {sorted.length}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
