import { createDispatcher } from '../../src/main/services/dispatch';
import type { Channel, EventName, StudioApi } from '../../src/shared/ipc/contract';
import type { Diagnostic, PostContent, WorkspaceInfo } from '../../src/shared/ipc/data';
import { buildCallGroups, type CallGroups } from '../../src/shared/ipc/preload-api';
import { ServiceError } from '../../src/shared/ipc/result';

type Listener = (name: EventName, payload: unknown) => void;

/** The one post the web tests' studio starts with. */
export const helloPost = {
  path: 'content/blog/2024/0101-hello/index.md',
  text: '---\ntitle: Hello\n---\nHi.\n',
};

/**
 * The contract in memory, for tests of the transports (web server, HTTP
 * client) and of the renderer's session: posts with versions, saves that
 * check the version they were based on and refuse errors, backups, events on
 * demand, and a log of every call that reached it (`posts.save PATH v1`), so
 * a test can tell that a refused request reached nothing. Validation finds
 * one error, `date: bad`, enough to test refusals.
 */
export class MemoryStudio implements StudioApi {
  readonly files = new Map<string, string>();
  readonly backups = new Map<string, string>();
  readonly calls: string[] = [];
  private readonly versions = new Map<string, number>();
  private readonly failures = new Map<Channel, Error>();
  private readonly listeners = new Set<Listener>();
  private counter = 0;

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }

  /** The renderer's named calls over this studio, through the dispatcher main uses. */
  readonly client: CallGroups = buildCallGroups(createDispatcher(this));

  /** Changes a file as another program would; returns its new version. */
  write(path: string, text: string): string {
    this.files.set(path, text);
    this.versions.set(path, ++this.counter);
    return this.version(path)!;
  }

  remove(path: string): void {
    this.files.delete(path);
    this.versions.delete(path);
  }

  version(path: string): string | null {
    const n = this.versions.get(path);
    return n === undefined ? null : `v${n}`;
  }

  /** Makes the next call of `channel` fail with `error`, as a bug in main would. */
  failNext(channel: Channel, error: Error): void {
    this.failures.set(channel, error);
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(name: EventName, payload: unknown): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  static check(text: string): Diagnostic[] {
    const at = text.indexOf('date: bad');
    if (at === -1) return [];
    return [
      {
        severity: 'error',
        rule: 'schema/date-invalid',
        message: 'Bad date.',
        from: at,
        to: at + 9,
      },
    ];
  }

  private log(channel: Channel, ...details: (string | null)[]): void {
    this.calls.push([channel, ...details.map(String)].join(' '));
    const failure = this.failures.get(channel);
    if (failure) {
      this.failures.delete(channel);
      throw failure;
    }
  }

  private content(path: string): PostContent {
    const text = this.files.get(path);
    if (text === undefined) throw new ServiceError('not-found', `There is no post at ${path}.`);
    return {
      path,
      text,
      version: this.version(path)!,
      diagnostics: MemoryStudio.check(text),
      readOnlyReason: null,
    };
  }

  private info(): WorkspaceInfo {
    return {
      root: '/memory/site',
      name: 'site',
      kind: 'hugo',
      contentDir: 'content',
      sections: ['blog'],
      authors: null,
      shortcodes: [],
      capabilities: { trash: false },
    };
  }

  async 'workspace.open'(args: { path: string }) {
    this.log('workspace.open', args.path);
    if (args.path !== '/memory/site') throw new ServiceError('not-found', 'No such folder.');
    return this.info();
  }
  async 'workspace.current'() {
    this.log('workspace.current');
    return this.info();
  }
  async 'posts.list'() {
    this.log('posts.list');
    return [...this.files.keys()].map((path) => ({
      path,
      title: path,
      date: null,
      author: null,
      draft: false,
      errors: 0,
      warnings: 0,
      hasVideos: false,
      bundle: true,
    }));
  }
  async 'posts.search'(args: { query: string }) {
    this.log('posts.search', args.query);
    const words = args.query.toLowerCase().split(/\s+/).filter(Boolean);
    const paths = [...this.files]
      .filter(([, text]) => words.every((word) => text.toLowerCase().includes(word)))
      .map(([path]) => path);
    return { paths, matches: [] };
  }
  async 'posts.read'(args: { path: string }) {
    this.log('posts.read', args.path);
    return this.content(args.path);
  }
  async 'posts.validate'(args: { text: string }) {
    this.log('posts.validate');
    return MemoryStudio.check(args.text);
  }
  async 'posts.save'(args: { path: string; text: string; baseVersion: string | null }) {
    this.log('posts.save', args.path, args.baseVersion);
    if (!this.files.has(args.path) && args.baseVersion !== null)
      throw new ServiceError('deleted-on-disk', `${args.path} was deleted.`);
    if (args.baseVersion !== null && this.version(args.path) !== args.baseVersion)
      throw new ServiceError('modified-since', 'The file changed on disk.');
    const diagnostics = MemoryStudio.check(args.text);
    if (diagnostics.length > 0) return { status: 'refused' as const, diagnostics };
    const version = this.write(args.path, args.text);
    this.backups.delete(args.path);
    return { status: 'saved' as const, version, diagnostics };
  }
  async 'posts.create'(args: { title: string }) {
    this.log('posts.create');
    const path = `content/blog/new/${args.title.toLowerCase().replace(/\W+/g, '-')}/index.md`;
    this.write(path, `---\ntitle: ${args.title}\n---\n`);
    return this.content(path);
  }
  async 'posts.trash'(args: { path: string }): Promise<null> {
    this.log('posts.trash', args.path);
    throw new ServiceError('unsupported', 'Deleting posts is not possible in web mode.');
  }
  async 'posts.shortcodeUses'() {
    this.log('posts.shortcodeUses');
    const uses: Record<string, number> = {};
    for (const text of this.files.values())
      for (const [, name] of text.matchAll(/\{\{[<%]\s*([\w-]+)/g))
        if (name) uses[name] = (uses[name] ?? 0) + 1;
    return uses;
  }
  async 'assets.list'() {
    this.log('assets.list');
    return [];
  }
  async 'assets.add'(args: { name: string; data: string }) {
    this.log('assets.add', args.name);
    return { name: args.name, size: Math.floor((args.data.length * 3) / 4), isImage: true };
  }
  async 'assets.setCover'(args: { post: string }) {
    this.log('assets.setCover', args.post);
    return this.content(args.post);
  }
  async 'backups.store'(args: { path: string; text: string }): Promise<null> {
    this.log('backups.store', args.path);
    this.backups.set(args.path, args.text);
    return null;
  }
  async 'backups.list'() {
    this.log('backups.list');
    return [...this.backups].map(([path, text]) => ({ path, text, savedAt: '2025-01-01' }));
  }
  async 'backups.discard'(args: { path: string }): Promise<null> {
    this.log('backups.discard', args.path);
    this.backups.delete(args.path);
    return null;
  }
  // YouTube and Preferences travel the transports like any other call:
  // these answer as a studio with no key, no network and no site settings.
  private keyStatus() {
    return { keySet: false, source: null, canStore: false, cannotStoreReason: 'memory' };
  }
  private preferences() {
    return { site: null, defaultAuthor: null };
  }
  async 'youtube.keyStatus'() {
    this.log('youtube.keyStatus');
    return this.keyStatus();
  }
  async 'youtube.setKey'(): Promise<never> {
    this.log('youtube.setKey');
    throw new ServiceError('unsupported', 'No key can be stored in memory.');
  }
  async 'youtube.removeKey'() {
    this.log('youtube.removeKey');
    return this.keyStatus();
  }
  async 'youtube.checkKey'(): Promise<never> {
    this.log('youtube.checkKey');
    throw new ServiceError('invalid', 'No YouTube API key is set to check.');
  }
  async 'youtube.lookup'() {
    this.log('youtube.lookup');
    return { outcomes: [], usedKey: false, convention: 'google' as const };
  }
  async 'youtube.refresh'() {
    this.log('youtube.refresh');
    return { videos: [] };
  }
  async 'youtube.cancel'(): Promise<null> {
    this.log('youtube.cancel');
    return null;
  }
  async 'preferences.get'() {
    this.log('preferences.get');
    return this.preferences();
  }
  async 'preferences.setVideoConvention'(): Promise<never> {
    this.log('preferences.setVideoConvention');
    throw new ServiceError('no-folder', 'Open a site first.');
  }
  async 'preferences.setDefaultAuthor'() {
    this.log('preferences.setDefaultAuthor');
    return this.preferences();
  }
  // With no network, a recap finds nothing to make from.
  async 'recap.create'(args: { inputs: string[] }) {
    this.log('recap.create');
    const message = 'YouTube could not be reached.';
    return {
      status: 'failed' as const,
      failures: args.inputs.map((input) => ({ input, message })),
      offline: message,
    };
  }
  async 'recap.cancel'(): Promise<null> {
    this.log('recap.cancel');
    return null;
  }
  // Exports need a real folder: the memory studio has none.
  async 'export.prepare'(): Promise<never> {
    this.log('export.prepare');
    throw new ServiceError('unsupported', 'The memory studio cannot export.');
  }
  async 'export.write'(): Promise<never> {
    this.log('export.write');
    throw new ServiceError('unsupported', 'The memory studio cannot export.');
  }
  async 'export.chooseFolder'(): Promise<null> {
    this.log('export.chooseFolder');
    return null;
  }
}
