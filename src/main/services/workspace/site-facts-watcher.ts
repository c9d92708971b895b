import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { siteSettingsFileName } from '../../../shared/youtube/site-settings';
import { configNames } from '../site';

/** What a site's own files tell the checks and the preview; each is read when a folder opens. */
export type SiteFact =
  'authors' | 'shortcodes' | 'markdownlint' | 'config' | 'prettier' | 'settings';

const markdownlintNames = new Set(['.markdownlint.yaml', '.markdownlint.blog.yaml']);
const rootConfigNames = new Set(configNames);
const shortcodeFolders = ['layouts/shortcodes', 'layouts/_shortcodes'];

/**
 * Which fact the file or folder at `path` (relative to the site root, with
 * `/`) holds, or null for anything else. A removed folder counts for what
 * it held: `data` for the authors, `layouts/shortcodes` for the templates.
 */
export function siteFactOf(path: string): SiteFact | null {
  if (!path.includes('/')) {
    if (rootConfigNames.has(path) || path === 'config') return 'config';
    if (markdownlintNames.has(path)) return 'markdownlint';
    if (/^\.prettierrc(\.(json|ya?ml|toml|json5|[cm]?js))?$|^prettier\.config\.[cm]?js$/.test(path))
      return 'prettier';
    if (path === 'data') return 'authors';
    // `.recap-studio.yaml`: the rules the site turned off or changed, its video convention.
    if (path === siteSettingsFileName) return 'settings';
    return null;
  }
  if (/^data\/authors\.(ya?ml|toml|json)$/.test(path)) return 'authors';
  if (shortcodeFolders.some((folder) => path === folder || path.startsWith(`${folder}/`)))
    return 'shortcodes';
  if (path === 'config/_default' || /^config\/_default\/[^/]+$/.test(path)) return 'config';
  return null;
}

/** Folders the watcher enters on its way to those files; it leaves out the rest of the site. */
function leadsToFact(path: string): boolean {
  return (
    ['', 'data', 'layouts', 'config', 'config/_default'].includes(path) ||
    siteFactOf(path) === 'shortcodes'
  );
}

export interface SiteFactsWatcherOptions {
  root: string;
  /** Which facts changed, once the changes have been quiet for `quietMilliseconds`. */
  onChange: (facts: ReadonlySet<SiteFact>) => void;
  onError: (error: unknown) => void;
  quietMilliseconds?: number;
}

/**
 * Watches a site's own files: `data/authors.*`, the shortcode templates,
 * the markdownlint configs, the Hugo config and the Prettier config. The
 * content folder has its own watcher (see watcher.ts); this one enters only
 * the few folders that hold these files, so it costs a handful of watches
 * however big the site is.
 */
export class SiteFactsWatcher {
  /** Settles once the initial scan is done; changes before it may be missed. */
  readonly ready: Promise<void>;
  private readonly watcher: FSWatcher;
  private pending = new Set<SiteFact>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: SiteFactsWatcherOptions) {
    const relativeOf = (path: string): string => relative(options.root, path).split(sep).join('/');
    this.watcher = watch(options.root, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (path, stats) => {
        const at = relativeOf(path);
        if (at.startsWith('..')) return true;
        if (stats?.isDirectory()) return !leadsToFact(at);
        if (stats?.isFile()) return siteFactOf(at) === null;
        return !leadsToFact(at) && siteFactOf(at) === null;
      },
      // Editors that save by writing a new file and renaming it report one change.
      atomic: true,
    });
    this.ready = new Promise((resolve) => this.watcher.once('ready', () => resolve()));
    this.watcher.on('all', (_event, path) => {
      const fact = siteFactOf(relativeOf(path));
      if (fact) this.push(fact);
    });
    this.watcher.on('error', (error) => options.onError(error));
  }

  private push(fact: SiteFact): void {
    if (this.closed) return;
    this.pending.add(fact);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const facts = this.pending;
      this.pending = new Set();
      if (!this.closed) this.options.onChange(facts);
    }, this.options.quietMilliseconds ?? 100);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.watcher.close();
  }
}
