import {
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { Diagnostic } from '../../../shared/ipc/data';
import { rovingTarget } from '../a11y/roving-focus';
import { groupProblems, type ProblemGroup } from './problem-groups';
import type { ProblemFixer } from './problem-fixes';
import { ProblemsResizer } from './ProblemsResizer';
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
  /** The quick fixes of the post's findings; absent: none offered. */
  fixer?: ProblemFixer;
  /** Hidden, the panel keeps only its header, with the control that shows it again. */
  hidden?: boolean;
  onHiddenChange?: (hidden: boolean) => void;
  /** The panel's height, which its top edge changes. */
  height?: number;
  onResize?: (height: number) => void;
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

const groupKey = (group: ProblemGroup): string => `${group.severity} ${group.rule}`;

/** One row of the list: a finding, or a group's own row. */
type Row =
  | { kind: 'finding'; diagnostic: Diagnostic; nested: boolean }
  | { kind: 'group'; group: ProblemGroup; expanded: boolean };

/**
 * Every finding about the post being edited, errors first, repeated findings
 * of one rule as a group that opens; choosing one selects its text in the
 * editor, and a mechanical fix is a button beside it. The list is one tab
 * stop: the arrows, Home and End move between rows, and a screen reader
 * reads each as it gets focus.
 */
export function ProblemsPanel({
  diagnostics,
  lineOf,
  onJump,
  hasPost,
  fixer,
  hidden = false,
  onHiddenChange,
  height,
  onResize,
  ref,
}: ProblemsPanelProps) {
  const groups = useMemo(() => groupProblems(diagnostics), [diagnostics]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rows: Row[] = groups.flatMap((group): Row[] => {
    if (group.items.length === 1) {
      return [{ kind: 'finding', diagnostic: group.items[0]!, nested: false }];
    }
    const open = expanded.has(groupKey(group));
    return [
      { kind: 'group', group, expanded: open },
      ...(open
        ? group.items.map((diagnostic): Row => ({ kind: 'finding', diagnostic, nested: true }))
        : []),
    ];
  });
  const [focused, setFocused] = useState(0);
  const current = Math.min(focused, Math.max(0, rows.length - 1));
  const panel = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Titles are computed once per list of findings, not on every render.
  const titles = useMemo(() => {
    const found = new Map<Diagnostic, string[]>();
    if (fixer)
      for (const diagnostic of diagnostics) found.set(diagnostic, fixer.titles(diagnostic));
    return found;
  }, [fixer, diagnostics]);

  const focusRow = (index: number) =>
    list.current?.querySelectorAll<HTMLElement>('.problem')[index]?.focus();

  useImperativeHandle(ref, () => ({
    focus: () => {
      const button = list.current?.querySelector<HTMLElement>('.problem[tabindex="0"]');
      (button ?? panel.current)?.focus();
    },
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!(event.target as HTMLElement).classList.contains('problem')) return;
    const target = rovingTarget(event.key, current, rows.length, 'vertical');
    if (target === null) return;
    event.preventDefault();
    setFocused(target);
    focusRow(target);
  };

  const toggleGroup = (group: ProblemGroup) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(groupKey(group))) next.add(groupKey(group));
      return next;
    });

  const fixButtons = (diagnostic: Diagnostic) =>
    (titles.get(diagnostic) ?? []).map((title) => (
      <button
        key={title}
        type="button"
        className="button button-quiet problem-fix"
        onClick={() => fixer?.apply(diagnostic, title)}
      >
        {title}
      </button>
    ));

  const renderRow = (row: Row, index: number) => {
    const common = {
      tabIndex: index === current ? 0 : -1,
      onFocus: () => setFocused(index),
    };
    const position = (
      <span className="visually-hidden">
        , {index + 1} of {rows.length}
      </span>
    );
    if (row.kind === 'group') {
      const { group } = row;
      const fixable = group.items.filter((d) => (titles.get(d) ?? []).length > 0);
      return (
        <li key={`group-${groupKey(group)}`} className="problem-row">
          <button
            type="button"
            className={`problem problem-group problem-${group.severity}`}
            aria-expanded={row.expanded}
            onClick={() => toggleGroup(group)}
            {...common}
          >
            <span className="problem-chevron" aria-hidden="true">
              {row.expanded ? '▾' : '▸'}
            </span>
            <span className="problem-icon" aria-hidden="true">
              {severityIcon[group.severity]}
            </span>
            <span className="visually-hidden">{severityLabel[group.severity]}:</span>
            <span className="problem-message">{group.summary}</span>
            <span className="problem-rule">{group.rule}</span>
            {position}
          </button>
          {fixable.length > 0 ? (
            <button
              type="button"
              className="button button-quiet problem-fix"
              onClick={() => fixer?.applyAll(fixable)}
            >
              Fix all {fixable.length}
            </button>
          ) : null}
        </li>
      );
    }
    const { diagnostic } = row;
    return (
      <li
        key={`${diagnostic.rule}-${diagnostic.from}-${index}`}
        className={`problem-row${row.nested ? ' problem-row-nested' : ''}`}
      >
        <button
          type="button"
          className={`problem problem-${diagnostic.severity}`}
          onClick={() => onJump(diagnostic)}
          {...common}
        >
          <span className="problem-icon" aria-hidden="true">
            {severityIcon[diagnostic.severity]}
          </span>
          <span className="visually-hidden">{severityLabel[diagnostic.severity]}:</span>
          <span className="problem-message">{diagnostic.message}</span>
          <span className="problem-rule">{diagnostic.rule}</span>
          <span className="problem-line">Line {lineOf(diagnostic.from)}</span>
          {position}
        </button>
        {fixButtons(diagnostic)}
      </li>
    );
  };

  return (
    <section
      className={`problems${hidden ? ' problems-hidden' : ''}`}
      aria-labelledby="problems-heading"
      ref={panel}
      tabIndex={-1}
    >
      {!hidden && height !== undefined && onResize ? (
        <ProblemsResizer height={height} onResize={onResize} />
      ) : null}
      <header className="problems-header">
        <h2 id="problems-heading">Problems</h2>
        {hasPost ? <span className="problems-counts">{problemCounts(diagnostics)}</span> : null}
        {onHiddenChange ? (
          <button
            type="button"
            className="button button-quiet problems-toggle"
            aria-expanded={!hidden}
            {...(hidden ? {} : { 'aria-controls': 'problems-body' })}
            onClick={() => onHiddenChange(!hidden)}
          >
            {hidden ? 'Show problems' : 'Hide problems'}
          </button>
        ) : null}
      </header>
      {hidden ? null : (
        <div className="problems-body" id="problems-body">
          {!hasPost ? (
            <p className="problems-empty">Open a post to see what the checks find in it.</p>
          ) : rows.length === 0 ? (
            <p className="problems-empty">No problems found in this post.</p>
          ) : (
            <ul className="problems-list" ref={list} onKeyDown={onKeyDown}>
              {rows.map(renderRow)}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
