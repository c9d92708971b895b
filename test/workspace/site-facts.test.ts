import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sitePrettierOptions } from '../../src/main/services/export/format-body';
import type { WorkspaceInfo } from '../../src/shared/ipc/data';
import {
  openWorkspace,
  TemporaryFolders,
  waitFor,
  type RecordedEvent,
  type TestWorkspace,
} from './helpers';

// The site's own files are read when a folder opens; these tests change them
// while it is open and expect the index, the checks and the page's view of the
// site to follow within a second, as promised.

const post = 'content/blog/2024/hello/index.md';
const postText = `---
title: Hello
date: 2024-05-01T10:00:00Z
description: A post whose author and shortcode the site does not know yet.
params:
  author: newbie
---

Hello.

{{< note >}}A note.{{< /note >}}
`;
const authorsWithout = 'alice:\n  name: Alice\n';
const authorsWith = 'alice:\n  name: Alice\nnewbie:\n  name: New Author\n';

const temporary = new TemporaryFolders();
let site = '';
let workspace: TestWorkspace;
let events: RecordedEvent[];

beforeEach(async () => {
  const folder = await temporary.make('recap-site-facts-');
  site = join(folder, 'site');
  await mkdir(join(site, 'content', 'blog', '2024', 'hello'), { recursive: true });
  await mkdir(join(site, 'data'));
  await writeFile(
    join(site, 'hugo.yaml'),
    'title: Facts\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n',
  );
  await writeFile(join(site, 'data', 'authors.yaml'), authorsWithout);
  await writeFile(join(site, '.prettierrc'), 'proseWrap: always\nprintWidth: 80\n');
  await writeFile(join(site, post), postText);
  ({ workspace, events } = await openWorkspace(site, { dataDir: join(folder, 'app-data') }));
  await workspace.whenIndexed();
  await workspace.whenWatching();
  events.length = 0;
});

afterEach(async () => {
  await workspace.dispose();
  await temporary.cleanUp();
});

async function errorsOfPost(): Promise<number | undefined> {
  const list = await workspace['posts.list']({});
  return list.find((summary) => summary.path === post)?.errors;
}

async function rulesOfPost(): Promise<string[]> {
  const diagnostics = await workspace['posts.validate']({ path: post, text: postText });
  return diagnostics.map((diagnostic) => diagnostic.rule);
}

function lastSiteChange(): WorkspaceInfo | undefined {
  const changes = events.filter((event) => event.name === 'site.changed');
  return changes.at(-1)?.payload as WorkspaceInfo | undefined;
}

describe('the site facts of an open folder', () => {
  it('re-reads data/authors.yaml when it changes: the unknown author error goes, and comes back', async () => {
    expect(await errorsOfPost()).toBe(1);
    expect(await rulesOfPost()).toContain('schema/author-unknown');

    await writeFile(join(site, 'data', 'authors.yaml'), authorsWith);
    await waitFor(async () => (await errorsOfPost()) === 0, 1000, 'the index to lose the error');
    expect(await rulesOfPost()).not.toContain('schema/author-unknown');
    await waitFor(() => lastSiteChange()?.authors?.includes('newbie'), 1000, 'site.changed');
    expect(events.some((event) => event.name === 'index.changed')).toBe(true);
    expect((await workspace['workspace.current']({}))?.authors).toEqual(['alice', 'newbie']);

    events.length = 0;
    await writeFile(join(site, 'data', 'authors.yaml'), authorsWithout);
    await waitFor(async () => (await errorsOfPost()) === 1, 1000, 'the error to come back');
    expect(await rulesOfPost()).toContain('schema/author-unknown');
    await waitFor(() => lastSiteChange()?.authors?.join() === 'alice', 1000, 'site.changed');
  });

  it('finds a post added on disk, or saved new, with ref and relref, and forgets one removed', async () => {
    const pages = () => lastSiteChange()?.refs?.pages.map((page) => page.path) ?? [];
    const added = 'content/blog/2024/second/index.md';
    await mkdir(join(site, 'content', 'blog', '2024', 'second'));
    await writeFile(join(site, added), '---\ntitle: Second\nslug: second-post\n---\n\nMore.\n');
    await waitFor(() => pages().includes('blog/2024/second/index.md'), 2000, 'the new page');
    expect(lastSiteChange()?.refs?.pages).toContainEqual({
      path: 'blog/2024/second/index.md',
      url: '/blog/2024/second-post/',
    });
    expect((await workspace['workspace.current']({}))?.refs?.pages.length).toBe(pages().length);

    events.length = 0;
    await rm(join(site, 'content', 'blog', '2024', 'second'), { recursive: true });
    await waitFor(
      () => lastSiteChange() !== undefined && !pages().includes('blog/2024/second/index.md'),
      2000,
      'the page to go',
    );

    // A save that moves no page says nothing.
    events.length = 0;
    await writeFile(join(site, post), postText.replace('title: Hello', 'title: Hello again'));
    await waitFor(() => events.some((event) => event.name === 'index.changed'), 2000, 'the save');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(lastSiteChange()).toBeUndefined();
  });

  it('moves a page for ref and relref when its slug changes, on disk or by a save', async () => {
    const urlOfPost = () =>
      lastSiteChange()?.refs?.pages.find((page) => page.path === 'blog/2024/hello/index.md')?.url;
    const before = await workspace['workspace.current']({});
    expect(before?.refs?.pages.find((page) => page.path === 'blog/2024/hello/index.md')?.url).toBe(
      '/blog/2024/hello/',
    );

    await writeFile(join(site, post), postText.replace('title: Hello', 'title: Hello\nslug: hi'));
    await waitFor(() => urlOfPost() === '/blog/2024/hi/', 2000, 'the page to move');
    expect(
      (await workspace['workspace.current']({}))?.refs?.pages.find(
        (page) => page.path === 'blog/2024/hello/index.md',
      )?.url,
    ).toBe('/blog/2024/hi/');

    events.length = 0;
    const { version } = await workspace['posts.read']({ path: post });
    const saved = await workspace['posts.save']({
      path: post,
      // The site's own author: a post with an error is refused.
      text: postText
        .replace('title: Hello', 'title: Hello\nslug: hey')
        .replace('author: newbie', 'author: alice'),
      baseVersion: version,
    });
    expect(saved).toMatchObject({ status: 'saved' });
    await waitFor(() => urlOfPost() === '/blog/2024/hey/', 2000, 'the page to move on save');
  });

  it('follows the rules of .recap-studio.yaml as it changes: a rule off, then an unusable setting', async () => {
    expect(await errorsOfPost()).toBe(1);
    await writeFile(join(site, '.recap-studio.yaml'), 'rules:\n  schema/author-unknown: off\n');
    await waitFor(async () => (await errorsOfPost()) === 0, 1000, 'the rule to be turned off');
    expect(await rulesOfPost()).not.toContain('schema/author-unknown');

    await writeFile(join(site, '.recap-studio.yaml'), 'rules:\n  schema/author-unknwn: off\n');
    await waitFor(async () => (await errorsOfPost()) === 1, 1000, 'the default to come back');
    const settings = (await workspace['posts.validate']({ path: post, text: postText })).find(
      (diagnostic) => diagnostic.rule === 'settings/rules',
    );
    expect(settings?.message).toContain('Did you mean "schema/author-unknown"?');
  });

  it('notices a new shortcode template, a changed Hugo config and a changed .prettierrc', async () => {
    expect(await rulesOfPost()).toContain('shortcode/unknown');
    await mkdir(join(site, 'layouts', 'shortcodes'), { recursive: true });
    await writeFile(
      join(site, 'layouts', 'shortcodes', 'note.html'),
      '<aside>{{ .Inner }}</aside>\n',
    );
    await waitFor(
      async () => !(await rulesOfPost()).includes('shortcode/unknown'),
      1000,
      'the template',
    );
    await waitFor(
      () => lastSiteChange()?.shortcodes.some((s) => s.name === 'note' && s.usesInner),
      1000,
      'site.changed with the shortcode',
    );

    await writeFile(
      join(site, 'hugo.yaml'),
      'title: Facts\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: false\n',
    );
    await waitFor(
      () =>
        lastSiteChange()?.markup?.['goldmark'] !== undefined &&
        JSON.stringify(lastSiteChange()?.markup).includes('"unsafe":false'),
      1000,
      'site.changed with the new markup settings',
    );

    // New permalinks move every page, made from what the index holds of each post.
    await writeFile(
      join(site, 'hugo.yaml'),
      'title: Facts\npermalinks:\n  blog: /:year/:slug/\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: false\n',
    );
    await waitFor(
      () =>
        lastSiteChange()?.refs?.pages.find((page) => page.path === 'blog/2024/hello/index.md')
          ?.url === '/2024/hello/',
      1000,
      'site.changed with the pages at their new URLs',
    );

    const file = join(site, post);
    expect(await sitePrettierOptions(file)).toMatchObject({ printWidth: 80 });
    await writeFile(join(site, '.prettierrc'), 'proseWrap: always\nprintWidth: 100\n');
    await waitFor(
      async () => (await sitePrettierOptions(file)).printWidth === 100,
      1000,
      'Prettier to read the new .prettierrc',
    );
  });

  it('keeps the facts it has while a file does not read, and reports why', async () => {
    const problems: unknown[] = [];
    await workspace.dispose();
    ({ workspace, events } = await openWorkspace(site, {
      dataDir: join(site, '..', 'app-data-2'),
      onWatchError: (error) => problems.push(error),
    }));
    await workspace.whenIndexed();
    await workspace.whenWatching();
    await writeFile(join(site, 'data', 'authors.yaml'), 'alice: [unclosed\n');
    await waitFor(() => problems.length > 0, 1000, 'the problem to be reported');
    expect(await errorsOfPost()).toBe(1);
    expect((await workspace['workspace.current']({}))?.authors).toEqual(['alice']);
    await writeFile(join(site, 'data', 'authors.yaml'), authorsWith);
    await waitFor(async () => (await errorsOfPost()) === 0, 1000, 'the repaired file to be read');
  });
});
