import type { Diagnostic, Severity } from '../../shared/diagnostics';
import { LineIndex } from '../../shared/text/line-index';

export interface ReportedDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

export interface FileReport {
  file: string;
  diagnostics: ReportedDiagnostic[];
}

export function reportFile(
  file: string,
  text: string,
  diagnostics: readonly Diagnostic[],
): FileReport {
  if (diagnostics.length === 0) return { file, diagnostics: [] };
  const lines = new LineIndex(text);
  return {
    file,
    diagnostics: diagnostics.map((d) => {
      const start = lines.position(d.from);
      const end = lines.position(d.to);
      return {
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        severity: d.severity,
        rule: d.rule,
        message: d.message,
      };
    }),
  };
}

export interface Totals {
  files: number;
  error: number;
  warning: number;
  info: number;
}

export function countSeverities(reports: readonly FileReport[]): Totals {
  const totals: Totals = { files: reports.length, error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const d of report.diagnostics) totals[d.severity] += 1;
  return totals;
}
