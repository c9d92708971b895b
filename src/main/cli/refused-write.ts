import type { Diagnostic } from '../../shared/diagnostics';
import { reportFile } from '../services/diagnostic-report';
import { formatText } from './format-text';

/**
 * The errors a refused write would have left in a post, listed as `check`
 * lists findings (without its summary line), for `set` and `migrate` to show
 * under their refusal. `label` names the refused result: "after the edit".
 */
export function refusedWriteDetails(
  label: string,
  text: string,
  diagnostics: readonly Diagnostic[],
): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return (
    formatText([reportFile(label, text, errors)])
      .split('\n')
      .slice(0, -2)
      .join('\n') + '\n'
  );
}
