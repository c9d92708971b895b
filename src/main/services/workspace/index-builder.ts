import { readFileSync, statSync } from 'node:fs';
import { readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../../shared/diagnostics';
import { decodePostBytes } from '../../../shared/post';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import type { PostDocument } from '../../../shared/post/types';
import { pageFactsOf } from '../../../shared/render/page-refs';
import { prepareValidation, validatePost } from '../../../shared/validate';
import { smallestParallelRun } from '../batch-check';
import { CheckWorkers, type RunEvent } from '../check-workers';
import type { FileReport } from '../diagnostic-report';
import { listBundleFiles, type Site } from '../site';
import { snapshotSite } from '../site-snapshot';
import { yieldToEventLoop } from './concurrency';
import { walkContent } from './content-walk';
import { toRelative, type FolderBounds } from './paths';
import type { IndexEntry, PostIndex } from './post-index';
import type { SearchSource } from './post-search';
import { countDiagnostics, postFacts } from './post-summary';
import { shortcodeUsesOf } from './shortcode-uses';
import { contentVersion } from './version';

/** An index entry for `document`; with no diagnostics, counts are those of reading it only. */
export function makeEntry(
  site: Site,
  path: string,
  version: string,
  document: PostDocument,
  diagnostics: readonly Diagnostic[] | null,
): IndexEntry {
  const facts = postFacts(path, document, site.facts);
  const shortcodes = shortcodeUsesOf(document, site.facts);
  return {
    summary: { ...facts, ...countDiagnostics(diagnostics ?? document.diagnostics) },
    version,
    search: searchSource(facts.title, facts.author, document),
    validated: diagnostics !== null,
    page: pageFactsOf(document.data),
    ...(shortcodes.size > 0 ? { shortcodes } : {}),
  };
}

/** The title; the description, keywords and author; and the body of a post, as search reads them. */
function searchSource(title: string, author: string | null, document: PostDocument): SearchSource {
  const about = [document.get('description'), document.get('keywords'), author]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string')
    .join('\n');
  return { title, about, body: Buffer.from(document.body, 'utf8') };
}

/** A file that is not UTF-8 is listed with its one error; it cannot be opened for editing. */
function unreadableEntry(site: Site, path: string, version: string): IndexEntry {
  const facts = postFacts(path, parsePostChecked(''), site.facts);
  return {
    summary: { ...facts, errors: 1, warnings: 0 },
    version,
    search: { title: facts.title, about: '', body: Buffer.alloc(0) },
    validated: true,
    page: {},
  };
}

/**
 * Every rule, markdownlint included, so that the list's counts are those the
 * problems panel shows when the post is opened. Callers await
 * `prepareValidation()` first (markdownlint loads on demand).
 */
export function listDiagnostics(
  site: Site,
  path: string,
  document: PostDocument,
  bundleFiles: ReadonlySet<string> | null,
): Diagnostic[] {
  return validatePost(document, { path, site: site.facts, bundleFiles });
}

/**
 * Reads one post into a validated entry, or null when it no longer exists.
 * Used for single updates (watcher, saves); the first index uses `buildIndex`.
 */
export async function readEntry(
  site: Site,
  bounds: FolderBounds,
  file: string,
): Promise<IndexEntry | null> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR') return null;
    throw error;
  });
  if (bytes === null) return null;
  const path = toRelative(bounds, file);
  await prepareValidation();
  return entryFromBytes(site, path, bytes, await listBundleFiles(file).catch(() => null));
}

export function entryFromBytes(
  site: Site,
  path: string,
  bytes: Uint8Array,
  bundleFiles: ReadonlySet<string> | null,
): IndexEntry {
  const version = contentVersion(bytes);
  const decoded = decodePostBytes(bytes);
  if ('diagnostic' in decoded) return unreadableEntry(site, path, version);
  const document = parsePostChecked(decoded.text);
  return makeEntry(
    site,
    path,
    version,
    document,
    listDiagnostics(site, path, document, bundleFiles),
  );
}

export interface BuildOptions {
  site: Site;
  bounds: FolderBounds;
  index: PostIndex;
  /** True once the folder was closed or reopened: stop early. */
  cancelled: () => boolean;
  /** Every post is listed (titles, dates, authors); counts are being computed. */
  onListed: () => void;
  /**
   * Worker threads to compute the counts in, for sites of `smallestParallelRun`
   * posts or more (0: this thread does, in slices). Workers leave this thread
   * to the calls of the window while a big site is checked.
   */
  workers?: number;
}

/** How long indexing keeps the event loop before letting calls from the UI in. */
const sliceMilliseconds = 15;

/** Temporary files younger than this may belong to a save in progress (ours or another window's). */
const staleTemporaryAge = 60_000;

/**
 * Indexes the content folder in two passes so the list appears quickly on
 * large sites: read and parse every post (enough for the list's columns),
 * then run the rules in slices, newest posts first, yielding between slices
 * so calls from the UI are answered meanwhile. Parsed documents are kept
 * between the passes rather than parsed twice.
 */
/** What the first index saw on disk, for the watcher's catch-up once it runs (see OpenFolder). */
export interface IndexedState {
  /** `mtime:size` of each post as read, by path. */
  stamps: Map<string, string>;
  /** Every file that is not a post (images…), absolute. */
  otherFiles: Set<string>;
}

export function stampOf(info: { mtimeMs: number; size: number }): string {
  return `${info.mtimeMs}:${info.size}`;
}

/**
 * A post's bytes and its stamp, taken before reading so a later write always
 * shows. Synchronous on purpose: ten thousand small reads cost a third of
 * their promise-based form, and the caller reads in slices of a few
 * milliseconds between which the event loop runs.
 */
function readStamped(file: string): { bytes: Buffer; stamp: string } | null {
  try {
    const stamp = stampOf(statSync(file));
    return { bytes: readFileSync(file), stamp };
  } catch {
    return null;
  }
}

export async function buildIndex(options: BuildOptions): Promise<IndexedState> {
  const { site, bounds, index, cancelled } = options;
  const listing = await walkContent(site.contentDir);
  void removeStaleTemporaryFiles(listing.temporaryFiles);
  const result: IndexedState = { stamps: new Map(), otherFiles: listing.otherFiles };
  const pending = new Map<
    string,
    { document: PostDocument; bundleFiles: ReadonlySet<string> | null }
  >();
  let sliceStarted = performance.now();
  for (const file of listing.posts) {
    if (performance.now() - sliceStarted > sliceMilliseconds) {
      await yieldToEventLoop();
      sliceStarted = performance.now();
    }
    if (cancelled()) return result;
    const read = readStamped(file);
    if (read === null) continue;
    const { bytes, stamp } = read;
    const path = toRelative(bounds, file);
    result.stamps.set(path, stamp);
    // A save or a watcher update may have indexed this post meanwhile, from newer bytes.
    if (index.get(path)) continue;
    const version = contentVersion(bytes);
    const decoded = decodePostBytes(bytes);
    if ('diagnostic' in decoded) {
      index.set(unreadableEntry(site, path, version));
      continue;
    }
    const document = parsePostChecked(decoded.text);
    index.set(makeEntry(site, path, version, document, null));
    // Single-file posts have no bundle: null skips the bundle checks, as listBundleFiles does.
    pending.set(path, { document, bundleFiles: listing.bundleFiles.get(file) ?? null });
  }
  if (cancelled()) return result;
  options.onListed();

  const workers = options.workers ?? 0;
  if (workers > 0 && pending.size >= smallestParallelRun) {
    // Whatever the workers could not check (one failed to start) is checked here after all.
    await validateInWorkers(options, pending, workers).catch(() => undefined);
  }
  await validateHere(options, pending);
  return result;
}

/** A post read by the first pass, waiting for its counts. */
interface PendingPost {
  document: PostDocument;
  bundleFiles: ReadonlySet<string> | null;
}

/** Counts for the pending posts in this thread, newest first, yielding between slices. */
async function validateHere(
  options: BuildOptions,
  pending: Map<string, PendingPost>,
): Promise<void> {
  const { site, index, cancelled } = options;
  await prepareValidation();
  let sliceStarted = performance.now();
  for (const entry of index.ordered()) {
    if (cancelled()) return;
    const work = pending.get(entry.summary.path);
    if (!work) continue;
    pending.delete(entry.summary.path);
    const current = index.get(entry.summary.path);
    // Only the entry this pass read; a newer one was validated by whoever updated it.
    if (current !== entry || entry.validated) continue;
    const diagnostics = listDiagnostics(site, entry.summary.path, work.document, work.bundleFiles);
    index.set({
      ...entry,
      summary: { ...entry.summary, ...countDiagnostics(diagnostics) },
      validated: true,
    });
    if (performance.now() - sliceStarted > sliceMilliseconds) {
      await yieldToEventLoop();
      sliceStarted = performance.now();
    }
  }
}

/**
 * Counts for the pending posts in worker threads (`check-worker.ts`, built
 * beside the main bundle), newest first; this thread only records their
 * answers. Each post done is taken out of `pending`.
 */
async function validateInWorkers(
  options: BuildOptions,
  pending: Map<string, PendingPost>,
  count: number,
): Promise<void> {
  const { site, bounds, index, cancelled } = options;
  const entries = index
    .ordered()
    .filter((entry) => pending.has(entry.summary.path) && !entry.validated);
  const files = entries.map((entry) => join(bounds.root, entry.summary.path));
  const workers = new CheckWorkers(count, { options: {} });
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const record = (start: number, reports: readonly FileReport[]): void => {
        reports.forEach((report, offset) => {
          const entry = entries[start + offset];
          if (!entry) return;
          pending.delete(entry.summary.path);
          // Only the entry the first pass read; a newer one was validated by whoever updated it.
          if (index.get(entry.summary.path) !== entry) return;
          index.set({
            ...entry,
            summary: { ...entry.summary, ...countDiagnostics(report.diagnostics) },
            validated: true,
          });
        });
        done += reports.length;
      };
      const stop = workers.send(
        {
          site: snapshotSite(site.root, site.facts),
          files,
          bundles: entries.map((entry) => {
            const bundle = pending.get(entry.summary.path)?.bundleFiles;
            return bundle ? [...bundle] : null;
          }),
          options: {},
          next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
          batchSize: Math.min(64, Math.ceil(files.length / (count * 16))),
        },
        (event: RunEvent) => {
          if ('error' in event) {
            stop();
            reject(event.error);
            return;
          }
          record(event.start, event.reports);
          if (done >= files.length || cancelled()) {
            stop();
            resolve();
          }
        },
      );
    });
  } finally {
    await workers.close();
  }
}

async function removeStaleTemporaryFiles(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > staleTemporaryAge)
      await unlink(file).catch(() => undefined);
  }
}
