import { useState } from 'react';
import type { Diagnostic } from '../../../shared/diagnostics';
import type { ProblemFixer } from '../problems/problem-fixes';
import type { ProblemGroup } from '../problems/problem-groups';

interface FindingGroupsProps {
  groups: readonly ProblemGroup[];
  lineOf: (offset: number) => number;
  onJump: (diagnostic: Diagnostic) => void;
  fixer: ProblemFixer | undefined;
  /** Labels the list for a screen reader. */
  label: string;
}

const severityWord = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** Findings by rule with a count each, a rule's findings shown on demand, fixes as buttons. */
export function FindingGroups({ groups, lineOf, onJump, fixer, label }: FindingGroupsProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const fixButtons = (diagnostic: Diagnostic) =>
    (fixer?.titles(diagnostic) ?? []).map((title) => (
      <button
        key={title}
        type="button"
        className="button button-quiet publish-fix"
        onClick={() => fixer?.apply(diagnostic, title)}
      >
        {title}
      </button>
    ));

  return (
    <ul className="publish-groups" aria-label={label}>
      {groups.map((group) => {
        const key = `${group.severity} ${group.rule}`;
        const expanded = open.has(key);
        const fixable = group.items.filter((d) => (fixer?.titles(d) ?? []).length > 0);
        return (
          <li key={key} className={`publish-group publish-${group.severity}`}>
            <div className="publish-group-head">
              <button
                type="button"
                className="publish-group-toggle"
                aria-expanded={expanded}
                onClick={() => toggle(key)}
              >
                <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                <span className="visually-hidden">{severityWord[group.severity]}:</span>
                <span className="publish-group-summary">
                  {/* One finding says the most in its own words. */}
                  {group.items.length === 1 ? group.items[0]!.message : group.summary}
                </span>
                <span className="publish-count" aria-label={`${group.items.length} found`}>
                  {group.items.length}
                </span>
                <span className="publish-rule">{group.rule}</span>
              </button>
              {fixable.length > 1 ? (
                <button
                  type="button"
                  className="button button-quiet publish-fix"
                  onClick={() => fixer?.applyAll(fixable)}
                >
                  Fix all {fixable.length}
                </button>
              ) : fixable.length === 1 && group.items.length === 1 ? (
                fixButtons(group.items[0]!)
              ) : null}
            </div>
            {expanded ? (
              <ul className="publish-findings">
                {group.items.map((diagnostic, index) => (
                  <li key={`${diagnostic.from}-${index}`} className="publish-finding">
                    <button
                      type="button"
                      className="publish-finding-jump"
                      onClick={() => onJump(diagnostic)}
                    >
                      <span className="publish-line">Line {lineOf(diagnostic.from)}</span>
                      <span>{diagnostic.message}</span>
                    </button>
                    {fixButtons(diagnostic)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
