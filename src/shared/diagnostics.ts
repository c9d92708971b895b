/** How bad a finding is: errors block saving, warnings and information do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about a post. Offsets are UTF-16 positions in the whole file's
 * text (the same string the editor holds), so the UI, the CLI and tests can all
 * map them to lines without knowing which part of the file a rule looked at.
 */
export interface Diagnostic {
  severity: Severity;
  /** Stable id such as `front-matter/syntax` or `seo/title-length`. */
  rule: string;
  /** Plain words, a full sentence, no jargon the user did not write. */
  message: string;
  from: number;
  to: number;
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.from - b.from || severityOrder[a.severity] - severityOrder[b.severity] || a.to - b.to;
}
