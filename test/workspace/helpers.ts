import { copyFile, cp, link, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { EventName, EventPayload, StudioApi } from '../../src/shared/ipc/contract';
import {
  createServices,
  type Services,
  type ServicesOptions,
} from '../../src/main/services/create-services';
import type { Workspace } from '../../src/main/services/workspace/workspace';

export const corpus = resolve(import.meta.dirname, '..', 'fixtures', 'linkerd.io');

/** A temporary folder, removed by `cleanUp`. */
export class TemporaryFolders {
  private readonly folders: string[] = [];

  async make(prefix = 'recap-studio-workspace-'): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), prefix));
    this.folders.push(folder);
    return folder;
  }

  /**
   * A fresh copy of the corpus site, and a data folder beside it. Posts are
   * copied; the 44 MB of images are hard links, which is safe because
   * nothing (our atomic writes included) changes an existing image in place:
   * tests must not write into an existing non-Markdown file either.
   */
  async corpusCopy(): Promise<{ site: string; dataDir: string }> {
    const folder = await this.make();
    const site = join(folder, 'linkerd.io');
    for (const entry of await readdir(corpus)) {
      if (entry !== 'content')
        await cp(join(corpus, entry), join(site, entry), { recursive: true });
    }
    const content = join(corpus, 'content');
    for (const entry of await readdir(content, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = join(entry.parentPath, entry.name);
      const to = join(site, 'content', relative(content, from));
      await mkdir(dirname(to), { recursive: true });
      if (/\.(md|markdown)$/.test(entry.name)) await copyFile(from, to);
      else await link(from, to).catch(() => copyFile(from, to));
    }
    return { site, dataDir: join(folder, 'app-data') };
  }

  async cleanUp(): Promise<void> {
    for (const folder of this.folders.splice(0)) await rm(folder, { recursive: true, force: true });
  }
}

export interface RecordedEvent {
  name: EventName;
  payload: EventPayload<EventName>;
}

/**
 * The services as a test drives them: the whole contract as methods
 * (`workspace['posts.read'](…)`), the open folder's waits and events, and
 * `dispose` for everything.
 */
export type TestWorkspace = StudioApi &
  Pick<Workspace, 'whenIndexed' | 'whenWatching' | 'onEvent' | 'on'> & {
    services: Services;
    dispose(): Promise<void>;
  };

/** The services `createServices` builds, as one object for tests. */
export async function startServices(
  deps: Partial<ServicesOptions> & { dataDir: string },
): Promise<TestWorkspace> {
  const services = createServices({ trash: null, ...deps });
  await services.init();
  const { workspace } = services;
  return {
    ...services.api,
    services,
    whenIndexed: () => workspace.whenIndexed(),
    whenWatching: () => workspace.whenWatching(),
    onEvent: (listener) => workspace.onEvent(listener),
    on: (name, listener) => workspace.on(name, listener),
    dispose: () => services.dispose(),
  };
}

/** A workspace with its events recorded, for one test; `close` disposes it. */
export async function openWorkspace(
  folder: string,
  deps: Partial<ServicesOptions> & { dataDir: string },
): Promise<{ workspace: TestWorkspace; events: RecordedEvent[] }> {
  const workspace = await startServices(deps);
  const events: RecordedEvent[] = [];
  workspace.onEvent((name, payload) => events.push({ name, payload }));
  await workspace['workspace.open']({ path: folder });
  return { workspace, events };
}

/** Polls `check` until it returns something other than undefined/false, or fails after `timeout` ms. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeout = 1000,
  what = 'the condition',
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeout)
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
