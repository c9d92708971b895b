import { countSeverities, type FileReport } from '../services/diagnostic-report';

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      lines.push(`${report.file}:${d.line}:${d.column}  ${d.severity}  ${d.rule}  ${d.message}`);
    }
  }
  const t = countSeverities(reports);
  lines.push(
    `${plural(t.files, 'file')} checked: ${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${plural(t.info, 'note')}.`,
  );
  return lines.join('\n') + '\n';
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
