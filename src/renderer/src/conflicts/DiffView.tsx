import { useMemo } from 'react';
import { diffLines, foldUnchanged, sideBySide, type DiffLine } from './line-diff';
import './DiffView.css';

interface DiffViewProps {
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
  layout: 'side-by-side' | 'unified';
}

function Folded({ count, span }: { count: number; span: number }) {
  return (
    <tr className="diff-folded">
      <td colSpan={span}>
        {count} unchanged line{count === 1 ? '' : 's'}
      </td>
    </tr>
  );
}

const marks = { same: ' ', removed: '−', added: '+' } as const;

/** Line differences between two texts, side by side or in one column. */
export function DiffView({ oldText, newText, oldLabel, newLabel, layout }: DiffViewProps) {
  const diff = useMemo(() => diffLines(oldText, newText), [oldText, newText]);
  const changed = diff.some((line) => line.kind !== 'same');
  if (!changed) return <p className="diff-same">The two versions are the same.</p>;

  if (layout === 'unified') {
    const sections = foldUnchanged<DiffLine>(diff);
    return (
      <div
        className="diff"
        role="region"
        aria-label={`Differences from ${oldLabel} to ${newLabel}`}
      >
        <table className="diff-table diff-unified">
          <colgroup>
            <col className="diff-col-number" />
            <col className="diff-col-number" />
            <col className="diff-col-mark" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th className="diff-number">{oldLabel}</th>
              <th className="diff-number">{newLabel}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {sections.map((section, s) =>
              section.kind === 'folded' ? (
                <Folded key={s} count={section.count} span={4} />
              ) : (
                section.rows.map((line, r) => (
                  <tr key={`${s}-${r}`} className={`diff-${line.kind}`}>
                    <td className="diff-number">{line.kind !== 'added' ? line.oldLine : ''}</td>
                    <td className="diff-number">{line.kind !== 'removed' ? line.newLine : ''}</td>
                    <td
                      className="diff-mark"
                      aria-label={line.kind === 'same' ? undefined : line.kind}
                    >
                      {marks[line.kind]}
                    </td>
                    <td className="diff-text">{line.text}</td>
                  </tr>
                ))
              ),
            )}
          </tbody>
        </table>
      </div>
    );
  }

  const sections = foldUnchanged(sideBySide(diff));
  return (
    <div className="diff" role="region" aria-label={`Differences from ${oldLabel} to ${newLabel}`}>
      <table className="diff-table diff-split">
        <colgroup>
          <col className="diff-col-number" />
          <col />
          <col className="diff-col-number" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th colSpan={2}>{oldLabel}</th>
            <th colSpan={2}>{newLabel}</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section, s) =>
            section.kind === 'folded' ? (
              <Folded key={s} count={section.count} span={4} />
            ) : (
              section.rows.map((row, r) => (
                <tr key={`${s}-${r}`} className={`diff-row-${row.kind}`}>
                  <td className="diff-number">{row.left?.line ?? ''}</td>
                  <td
                    className={`diff-text ${row.left && row.kind !== 'same' ? 'diff-removed' : ''}`}
                  >
                    {row.left?.text ?? ''}
                  </td>
                  <td className="diff-number">{row.right?.line ?? ''}</td>
                  <td
                    className={`diff-text ${row.right && row.kind !== 'same' ? 'diff-added' : ''}`}
                  >
                    {row.right?.text ?? ''}
                  </td>
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
