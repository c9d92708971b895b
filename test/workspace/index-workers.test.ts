import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { smallestParallelRun } from '../../src/main/services/batch-check';
import { startServices, TemporaryFolders, type TestWorkspace } from './helpers';

// The desktop app checks a big folder's posts in worker threads; the list
// must count exactly what this thread would have counted.

const temporary = new TemporaryFolders();
const open: TestWorkspace[] = [];

afterEach(async () => {
  for (const workspace of open.splice(0)) await workspace.dispose();
  await temporary.cleanUp();
});

async function listWith(site: string, indexWorkers: number) {
  const workspace = await startServices({
    dataDir: join(await temporary.make(), 'data'),
    indexWorkers,
  });
  open.push(workspace);
  await workspace['workspace.open']({ path: site });
  await workspace.whenIndexed();
  return workspace['posts.list']({});
}

describe('the index of a big folder', () => {
  it('counts the same errors and warnings in worker threads as in this one', async () => {
    const site = join(await temporary.make(), 'site');
    await mkdir(join(site, 'content', 'blog'), { recursive: true });
    await mkdir(join(site, 'data'));
    await writeFile(join(site, 'hugo.yaml'), 'title: Many posts\n');
    await writeFile(join(site, 'data', 'authors.yaml'), 'alice:\n  name: Alice\n');
    for (let i = 1; i <= smallestParallelRun + 20; i += 1) {
      const author = i % 50 === 7 ? 'nobody' : 'alice';
      const description = i % 3 === 0 ? '' : 'description: A short post.\n';
      await writeFile(
        join(site, 'content', 'blog', `post-${i}.md`),
        `---\ntitle: Post ${i}\ndate: 2024-01-01T00:00:00Z\n${description}params:\n  author: ${author}\n---\n\nHello ${i}.\n`,
      );
    }
    const inWorkers = await listWith(site, 1);
    const here = await listWith(site, 0);
    expect(inWorkers).toEqual(here);
    expect(inWorkers.filter((post) => post.errors === 1)).toHaveLength(7);
    expect(inWorkers.filter((post) => post.warnings > 0).length).toBeGreaterThan(100);
  }, 60_000);
});
