import type { EventName, StudioApi } from '../../src/shared/ipc/contract';
import type { PostContent, WorkspaceInfo } from '../../src/shared/ipc/data';
import { ServiceError } from '../../src/shared/ipc/result';

type Listener = (name: EventName, payload: unknown) => void;

/**
 * A StudioApi over a few posts in memory, for testing the transports: it
 * records every call it receives, so a test can tell that a refused request
 * reached nothing, and it emits events on demand.
 */
export class MemoryStudio implements StudioApi {
  readonly calls: string[] = [];
  readonly posts = new Map<string, string>([
    ['content/blog/2024/0101-hello/index.md', '---\ntitle: Hello\n---\nHi.\n'],
  ]);
  private readonly listeners = new Set<Listener>();

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

  private content(path: string): PostContent {
    const text = this.posts.get(path);
    if (text === undefined) throw new ServiceError('not-found', `There is no post at ${path}.`);
    return { path, text, version: `v${text.length}`, diagnostics: [], readOnlyReason: null };
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
    this.calls.push('workspace.open');
    if (args.path !== '/memory/site') throw new ServiceError('not-found', 'No such folder.');
    return this.info();
  }
  async 'workspace.current'() {
    this.calls.push('workspace.current');
    return this.info();
  }
  async 'posts.list'() {
    this.calls.push('posts.list');
    return [...this.posts.keys()].map((path) => ({
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
  async 'posts.read'(args: { path: string }) {
    this.calls.push('posts.read');
    return this.content(args.path);
  }
  async 'posts.validate'() {
    this.calls.push('posts.validate');
    return [];
  }
  async 'posts.save'(args: { path: string; text: string; baseVersion: string | null }) {
    this.calls.push('posts.save');
    const current = this.content(args.path);
    if (args.baseVersion !== null && args.baseVersion !== current.version)
      throw new ServiceError('modified-since', 'The file changed on disk.');
    this.posts.set(args.path, args.text);
    return { status: 'saved' as const, version: `v${args.text.length}`, diagnostics: [] };
  }
  async 'posts.create'(args: { title: string }) {
    this.calls.push('posts.create');
    const path = `content/blog/new/${args.title.toLowerCase().replace(/\W+/g, '-')}/index.md`;
    this.posts.set(path, `---\ntitle: ${args.title}\n---\n`);
    return this.content(path);
  }
  async 'posts.trash'(): Promise<null> {
    this.calls.push('posts.trash');
    throw new ServiceError('unsupported', 'Deleting posts is not possible in web mode.');
  }
  async 'assets.list'() {
    this.calls.push('assets.list');
    return [];
  }
  async 'assets.add'(args: { name: string; data: string }) {
    this.calls.push('assets.add');
    return { name: args.name, size: Math.floor((args.data.length * 3) / 4), isImage: true };
  }
  async 'assets.setCover'(args: { post: string }) {
    this.calls.push('assets.setCover');
    return this.content(args.post);
  }
  async 'backups.store'(): Promise<null> {
    this.calls.push('backups.store');
    return null;
  }
  async 'backups.list'() {
    this.calls.push('backups.list');
    return [];
  }
  async 'backups.discard'(): Promise<null> {
    this.calls.push('backups.discard');
    throw new Error('the backup folder vanished');
  }
  // The transports carry YouTube and Preferences calls like any other: these
  // answer as a studio with no key, no network and no site settings would.
  private keyStatus() {
    return { keySet: false, source: null, canStore: false, cannotStoreReason: 'memory' };
  }
  private preferences() {
    return { site: null, defaultAuthor: null };
  }
  async 'youtube.keyStatus'() {
    this.calls.push('youtube.keyStatus');
    return this.keyStatus();
  }
  async 'youtube.setKey'(): Promise<never> {
    this.calls.push('youtube.setKey');
    throw new ServiceError('unsupported', 'No key can be stored in memory.');
  }
  async 'youtube.removeKey'() {
    this.calls.push('youtube.removeKey');
    return this.keyStatus();
  }
  async 'youtube.checkKey'(): Promise<never> {
    this.calls.push('youtube.checkKey');
    throw new ServiceError('invalid', 'No YouTube API key is set to check.');
  }
  async 'youtube.lookup'() {
    this.calls.push('youtube.lookup');
    return { outcomes: [], usedKey: false, convention: 'google' as const };
  }
  async 'youtube.refresh'() {
    this.calls.push('youtube.refresh');
    return { videos: [] };
  }
  async 'youtube.cancel'(): Promise<null> {
    this.calls.push('youtube.cancel');
    return null;
  }
  async 'preferences.get'() {
    this.calls.push('preferences.get');
    return this.preferences();
  }
  async 'preferences.setVideoConvention'(): Promise<never> {
    this.calls.push('preferences.setVideoConvention');
    throw new ServiceError('no-folder', 'Open a site first.');
  }
  async 'preferences.setDefaultAuthor'() {
    this.calls.push('preferences.setDefaultAuthor');
    return this.preferences();
  }
}
