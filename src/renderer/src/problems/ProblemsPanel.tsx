import { compareDiagnostics } from '../../../shared/diagnostics';
import type { Diagnostic } from '../../../shared/ipc/data';
import './ProblemsPanel.css';

interface ProblemsPanelProps {
  diagnostics: readonly Diagnostic[];
  /** The 1-based line of an offset in the text being edited. */
  lineOf: (offset: number) => number;
  onJump: (diagnostic: Diagnostic) => void;
  /** Whether a post is open at all. */
  hasPost: boolean;
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

/** Every finding about the post being edited; choosing one selects its text in the editor. */
export function ProblemsPanel({ diagnostics, lineOf, onJump, hasPost }: ProblemsPanelProps) {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  return (
    <section className="problems" aria-label="Problems">
      <header className="problems-header">
        <h2>Problems</h2>
        {hasPost ? <span className="problems-counts">{problemCounts(diagnostics)}</span> : null}
      </header>
      {!hasPost ? (
        <p className="problems-empty">Open a post to see what the checks find in it.</p>
      ) : sorted.length === 0 ? (
        <p className="problems-empty">No problems found in this post.</p>
      ) : (
        <ul className="problems-list">
          {sorted.map((diagnostic, index) => (
            <li key={`${diagnostic.rule}-${diagnostic.from}-${index}`}>
              <button
                type="button"
                className={`problem problem-${diagnostic.severity}`}
                onClick={() => onJump(diagnostic)}
              >
                <span className="problem-icon" aria-hidden="true">
                  {severityIcon[diagnostic.severity]}
                </span>
                <span className="visually-hidden">{severityLabel[diagnostic.severity]}:</span>
                <span className="problem-message">{diagnostic.message}</span>
                <span className="problem-rule">{diagnostic.rule}</span>
                <span className="problem-line">Line {lineOf(diagnostic.from)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
