import type { Diagnostic, PostContent } from '../../src/shared/ipc/data';
import type { CallError, Result } from '../../src/shared/ipc/result';
import type { SessionClient } from '../../src/renderer/src/editor-pane/editor-session';

/**
 * An in-memory stand-in for main, for the session's tests: files with
 * versions, saves that check the version they were based on, and a
 * validation that finds `date: bad` an error.
 */
export class MemoryClient {
  readonly files = new Map<string, string>();
  readonly backups = new Map<string, string>();
  readonly calls: string[] = [];
  private versions = new Map<string, number>();
  private counter = 0;

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

  static check(text: string): Diagnostic[] {
    const at = text.indexOf('date: bad');
    return at === -1
      ? []
      : [
          {
            severity: 'error',
            rule: 'schema/date-invalid',
            message: 'Bad date.',
            from: at,
            to: at + 9,
          },
        ];
  }

  private content(path: string): PostContent {
    const text = this.files.get(path)!;
    return {
      path,
      text,
      version: this.version(path)!,
      diagnostics: MemoryClient.check(text),
      readOnlyReason: null,
    };
  }

  private ok<T>(data: T): Promise<Result<T>> {
    return Promise.resolve({ ok: true, data });
  }

  private fail(code: CallError['code'], message: string): Promise<Result<never>> {
    return Promise.resolve({ ok: false, error: { code, message } });
  }

  readonly client: SessionClient = {
    posts: {
      list: () => this.ok([]),
      read: ({ path }) => {
        this.calls.push(`read ${path}`);
        return this.files.has(path)
          ? this.ok(this.content(path))
          : this.fail('not-found', `No ${path}.`);
      },
      validate: ({ text }) => this.ok(MemoryClient.check(text)),
      save: ({ path, text, baseVersion }) => {
        this.calls.push(`save ${path} ${baseVersion}`);
        if (!this.files.has(path) && baseVersion !== null)
          return this.fail('deleted-on-disk', `${path} was deleted.`);
        if (baseVersion !== null && this.version(path) !== baseVersion)
          return this.fail('modified-since', `${path} changed.`);
        const diagnostics = MemoryClient.check(text);
        if (diagnostics.length > 0) return this.ok({ status: 'refused' as const, diagnostics });
        const version = this.write(path, text);
        this.backups.delete(path);
        return this.ok({ status: 'saved' as const, version, diagnostics });
      },
      create: () => this.fail('unsupported', 'Not here.'),
      trash: () => this.fail('unsupported', 'Not here.'),
    },
    assets: {
      list: () => this.ok([]),
      add: ({ name }) => this.ok({ name, size: 0, isImage: true }),
      setCover: () => this.fail('unsupported', 'Not here.'),
    },
    backups: {
      store: ({ path, text }) => {
        this.calls.push(`backup ${path}`);
        this.backups.set(path, text);
        return this.ok(null);
      },
      list: () =>
        this.ok([...this.backups].map(([path, text]) => ({ path, text, savedAt: '2025-01-01' }))),
      discard: ({ path }) => {
        this.calls.push(`discard ${path}`);
        this.backups.delete(path);
        return this.ok(null);
      },
    },
  };
}
