/**
 * `lookup --fill` for one post file: the videos with empty fields (and the
 * calls without an entry) looked up, the fields filled by minimal edits, the
 * result written through the post writer over the version read, atomically.
 * A fill never adds an error; the errors it could not fix (a field YouTube
 * did not give) may stay, since the post is better than before.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../../shared/diagnostics';
import { ServiceError } from '../../../shared/ipc/result';
import { decodePostBytes } from '../../../shared/post';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import {
  fillVideoEntries,
  videosToFill,
  type FillReport,
  type FoundFields,
} from '../../../shared/recap/fill-entries';
import { wholeLookupFailures, type LookupFailureCode } from '../../../shared/youtube/failures';
import { diagnose } from '../post-check';
import type { PostWriter } from '../post-writer';
import type { Site } from '../site';
import { fileSystemError } from '../workspace/fs-errors';
import { contentVersion } from '../workspace/version';
import type { SiteConvention } from '../youtube/site-convention';
import type { VideoLookup } from '../youtube/video-lookup';

export interface FillRequest {
  writer: PostWriter;
  lookup: VideoLookup;
  key: string | null;
  site: Site;
  convention: SiteConvention;
  /** The post file, absolute. */
  file: string;
  /** The post as messages name it. */
  shown: string;
  cancel?: AbortSignal | undefined;
}

export interface FillFailure {
  id: string;
  code: LookupFailureCode;
  message: string;
}

export type FillOutcome =
  | {
      status: 'filled' | 'unchanged';
      report: FillReport;
      /** Videos the lookup could not give. */
      failures: FillFailure[];
      /** Why fields stayed empty though the video was found (no key, a live video). */
      hints: string[];
    }
  /** Nothing written: the front matter cannot be edited, or the fill would add errors. */
  | { status: 'refused'; reason: string; diagnostics: Diagnostic[]; text: string };

const emptyReport: FillReport = { filled: [], added: [] };

export async function fillPostFile(request: FillRequest): Promise<FillOutcome> {
  const { file, shown, site } = request;
  const bytes = await readFile(file).catch((error: unknown) => {
    throw fileSystemError(error, `post ${shown}`);
  });
  const decoded = decodePostBytes(bytes);
  if ('diagnostic' in decoded) throw new ServiceError('invalid', decoded.diagnostic.message);
  const original = parsePostChecked(decoded.text);
  const unreadable = original.diagnostics.find((d) => d.severity === 'error');
  const refusal = original.readOnlyReason ?? unreadable?.message;
  if (refusal)
    return {
      status: 'refused',
      reason: `its front matter cannot be edited: ${refusal}`,
      diagnostics: [],
      text: original.text,
    };

  const ids = videosToFill(original);
  if (ids.length === 0)
    return { status: 'unchanged', report: emptyReport, failures: [], hints: [] };
  const result = await request.lookup.lookup({
    inputs: ids,
    key: request.key,
    convention: request.convention.convention,
    conventionKind: request.convention.effective,
    cancel: request.cancel,
  });
  const found = new Map<string, FoundFields>();
  const failures: FillFailure[] = [];
  const hints = new Set<string>();
  for (const outcome of result.outcomes) {
    if (outcome.status === 'found') {
      found.set(outcome.id, outcome.entry);
      if (outcome.hint !== null) hints.add(outcome.hint);
    } else {
      failures.push({ id: outcome.input, code: outcome.code, message: outcome.message });
    }
  }
  const { document, report } = fillVideoEntries(original, found, request.convention.convention);
  if (document.text === original.text)
    return { status: 'unchanged', report: emptyReport, failures, hints: [...hints] };

  const before = await diagnose(site, file, original);
  const after = await diagnose(site, file, document);
  const added = newErrors(before, after);
  if (added.length > 0)
    return {
      status: 'refused',
      reason: 'filling it would add errors:',
      diagnostics: added,
      text: document.text,
    };
  // Over the version read: a file changed meanwhile is reported, not overwritten.
  const outcome = await request.writer.write({
    site,
    file,
    shown,
    base: { version: contentVersion(bytes) },
    change: { text: document.text },
    allowErrors: true,
  });
  return {
    status: outcome.status === 'written' ? 'filled' : 'unchanged',
    report,
    failures,
    hints: [...hints],
  };
}

/** Whether nothing could be looked up at all: offline, a refused key. */
export function nothingLookedUp(outcome: FillOutcome): boolean {
  return (
    outcome.status !== 'refused' &&
    outcome.report.filled.length + outcome.report.added.length === 0 &&
    outcome.failures.length > 0 &&
    outcome.failures.every((failure) => wholeLookupFailures.has(failure.code))
  );
}

/** Errors of `after` beyond those `before` had, rule by rule. */
function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const count = new Map<string, number>();
  for (const d of before)
    if (d.severity === 'error') count.set(d.rule, (count.get(d.rule) ?? 0) + 1);
  const added: Diagnostic[] = [];
  for (const d of after) {
    if (d.severity !== 'error') continue;
    const left = count.get(d.rule) ?? 0;
    if (left > 0) count.set(d.rule, left - 1);
    else added.push(d);
  }
  return added;
}
