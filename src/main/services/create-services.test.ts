import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { createServices } from './create-services';
import { DisposableStore } from './disposable-store';
import { joinServices } from './service-api';
import { AssetsService } from './workspace/assets-service';
import { BackupsService } from './workspace/backups-service';
import { PostsService } from './workspace/posts-service';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function services(): Promise<ReturnType<typeof createServices>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'recap-services-'));
  folders.push(dataDir);
  return createServices({ dataDir, trash: null, env: {} });
}

describe('createServices', () => {
  it('answers every channel of the contract, each by its group’s service', async () => {
    const built = await services();
    expect(Object.keys(built.api).sort()).toEqual(Object.keys(channels).sort());
    const { workspace, writer, youtube, preferences, recap } = built;
    const owners = {
      workspace,
      youtube,
      preferences,
      recap,
      posts: new PostsService({ workspace, writer, trash: null }),
      assets: new AssetsService({ workspace, writer }),
      backups: new BackupsService(workspace),
    };
    for (const channel of Object.keys(channels)) {
      const group = channel.slice(0, channel.indexOf('.')) as keyof typeof owners;
      expect(typeof Reflect.get(owners[group], channel), channel).toBe('function');
    }
  });

  it('touches no disk before init, and disposes the open folder', async () => {
    const built = await services();
    await expect(built.api['workspace.current']({})).resolves.toBeNull();
    await built.init();
    await built.dispose();
  });

  it('tells the shell about every folder opened, whoever opened it', async () => {
    const built = await services();
    await built.init();
    const opened: string[] = [];
    built.workspace.on('workspace.opened', (info) => opened.push(info.name));
    const site = await mkdtemp(join(tmpdir(), 'recap-opened-'));
    folders.push(site);
    await built.api['workspace.open']({ path: site });
    expect(opened).toEqual([site.slice(site.lastIndexOf('/') + 1)]);
    await built.dispose();
  });
});

describe('joinServices', () => {
  it('refuses a channel no service or two services implement', async () => {
    const { workspace, writer, youtube, preferences, recap } = await services();
    const posts = new PostsService({ workspace, writer, trash: null });
    const assets = new AssetsService({ workspace, writer });
    const backups = new BackupsService(workspace);
    expect(() =>
      // @ts-expect-error without the backups service the contract is not complete
      joinServices([workspace, posts, assets]),
    ).toThrow('The call backups.store must be implemented by exactly one service, not 0.');
    expect(() =>
      joinServices([workspace, posts, assets, backups, backups, youtube, preferences, recap]),
    ).toThrow('The call backups.store must be implemented by exactly one service, not 2.');
  });
});

describe('DisposableStore', () => {
  it('disposes last added first, each once, and reports failures after disposing the rest', async () => {
    const store = new DisposableStore();
    const order: string[] = [];
    store.add(() => void order.push('settings'));
    store.add(() => {
      order.push('watcher');
      throw new Error('already closed');
    });
    store.add(async () => void order.push('workspace'));
    await expect(store.dispose()).rejects.toThrow('already closed');
    await store.dispose();
    expect(order).toEqual(['workspace', 'watcher', 'settings']);
    expect(() => store.add(() => undefined)).toThrow('already disposed');
  });
});
