import type { ExportOptions, ExportWritten } from '../../../shared/ipc/export';
import { planExport, type ExportSource, type PlannedExport } from './export-plan';
import { writeExport, type ExportDestination } from './export-write';

export interface ExportRequest {
  source: ExportSource;
  options: ExportOptions;
  destination: ExportDestination;
  /**
   * What the result's warnings do: `acknowledged`, the user saw them and
   * exports anyway; `refuse`, they stop the export (`--strict`, or a dialog
   * whose user has not seen them).
   */
  warnings: 'acknowledged' | 'refuse';
}

export type ExportOutcome =
  | { status: 'written'; plan: PlannedExport; written: ExportWritten }
  /** Nothing was written: the result has errors or names missing files (`plan.problems`). */
  | { status: 'refused'; plan: PlannedExport }
  /** Nothing was written: the result has warnings (`plan.warnings`) nobody acknowledged. */
  | { status: 'unacknowledged'; plan: PlannedExport };

/**
 * Plans the export, refuses it when the result has errors or missing files
 * (or warnings not acknowledged), and writes it. A refusal writes nothing.
 */
export async function exportPost(request: ExportRequest): Promise<ExportOutcome> {
  const plan = await planExport(request.source, request.options);
  if (plan.problems.length > 0) return { status: 'refused', plan };
  if (request.warnings === 'refuse' && plan.warnings.length > 0)
    return { status: 'unacknowledged', plan };
  return { status: 'written', plan, written: await writeExport(plan, request.destination) };
}
