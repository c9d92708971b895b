import type { Diagnostic } from '../../shared/diagnostics';
import { ServiceError } from '../../shared/ipc/result';
import type { PostDocument } from '../../shared/post/types';
import { reportFile } from '../services/diagnostic-report';
import type { PostWriter } from '../services/post-writer';
import { openSite, SiteError, type Site } from '../services/site';
import { formatText } from './format-text';

/** What became of one file a command edited. */
export type FileEditOutcome =
  { status: 'written' | 'unchanged' } | { status: 'failed'; reason: string; details?: string };

/**
 * One file edited through the post writer, as the commands that change posts
 * (`set`, `migrate`) do: the writer reads it under its lock and hands it to
 * `edit` (which throws PostEditError to refuse), validates the result once and
 * writes it atomically. A result with errors is refused unless `force`, the
 * explicit override; then the errors are listed under the refusal. `result`
 * names what was refused ("the migrated post").
 */
export async function editFileThroughWriter(
  writer: PostWriter,
  file: string,
  edit: (original: PostDocument) => PostDocument,
  { force, result }: { force: boolean; result: string },
): Promise<FileEditOutcome> {
  let site: Site;
  try {
    site = await openSite(file);
  } catch (error) {
    if (error instanceof SiteError && error.code === 'not-found')
      return { status: 'failed', reason: 'it cannot be read (ENOENT).' };
    throw error;
  }
  let outcome;
  try {
    outcome = await writer.write({
      site,
      file,
      shown: file,
      base: 'as-on-disk',
      change: { edit },
      allowErrors: force,
    });
  } catch (error) {
    if (error instanceof ServiceError) return { status: 'failed', reason: error.message };
    throw error;
  }
  if (outcome.status === 'refused') {
    return {
      status: 'failed',
      reason: `${result} would have errors (use --force to write it anyway):`,
      details: refusedWriteDetails(outcome.document.text, outcome.diagnostics),
    };
  }
  return { status: outcome.status === 'written' ? 'written' : 'unchanged' };
}

/** The errors a refused write would have left, listed as `check` lists findings (without its summary). */
export function refusedWriteDetails(text: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return (
    formatText([reportFile('after the edit', text, errors)])
      .split('\n')
      .slice(0, -2)
      .join('\n') + '\n'
  );
}
