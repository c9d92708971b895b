import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ArgsOf, DataOf, EventPayload } from '../shared/ipc/contract';
import {
  callGroupsOf,
  type Call,
  type CallFactory,
  type CallGroups,
} from '../shared/ipc/preload-api';
import type { Result } from '../shared/ipc/result';
import type { StudioWindowApi } from '../shared/ipc/shell-api';
import { buildStudioApi } from './studio-api';

// The preload's API is checked by the compiler method by method. These
// lines are checked by `npm run typecheck` (tsconfig.node.json); each line
// marked as an expected error fails the typecheck if it stops being one.

const call: CallFactory = (channel) => async () => ({
  ok: false,
  error: { code: 'internal', message: `${channel} is not wired in this type test` },
});

describe('the preload API’s types', () => {
  it('gives each named function its own channel’s arguments and result', () => {
    expectTypeOf(buildStudioApi).returns.toEqualTypeOf<StudioWindowApi>();
    const groups = callGroupsOf(call);
    expectTypeOf(groups.posts.save).toEqualTypeOf<Call<'posts.save'>>();
    expectTypeOf(groups.posts.save).parameter(0).toEqualTypeOf<ArgsOf<'posts.save'>>();
    expectTypeOf(groups.assets.setCover).returns.toEqualTypeOf<
      Promise<Result<DataOf<'assets.setCover'>>>
    >();
    const listenTo = (studio: StudioWindowApi): (() => void) =>
      studio.events.on('files.changed', (payload) => {
        expectTypeOf(payload).toEqualTypeOf<EventPayload<'files.changed'>>();
      });
    expectTypeOf(listenTo).returns.toEqualTypeOf<() => void>();
  });

  it('does not compile a call wired to another channel, or a missing one', () => {
    const posts = callGroupsOf(call).posts;
    // @ts-expect-error `read` wired to the list's channel
    const wrongChannel: CallGroups['posts'] = { ...posts, read: call('posts.list') };
    // @ts-expect-error `discard` missing
    const missing: CallGroups['backups'] = {
      store: call('backups.store'),
      list: call('backups.list'),
    };
    const extra: CallGroups['assets'] = {
      ...callGroupsOf(call).assets,
      // @ts-expect-error a call the contract does not have
      remove: call('posts.trash'),
    };
    expect([wrongChannel, missing, extra]).toHaveLength(3);
  });

  it('is built without casts: no `as` in the preload or in callGroupsOf', async () => {
    const folder = import.meta.dirname;
    const sources = (await readdir(folder)).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    expect(sources).toContain('studio-api.ts');
    for (const name of sources) {
      const text = await readFile(join(folder, name), 'utf8');
      expect(withoutComments(text), name).not.toMatch(/\bas\s+(unknown|[A-Z{[])/);
    }
    const shared = await readFile(join(folder, '..', 'shared', 'ipc', 'preload-api.ts'), 'utf8');
    const groupsOf = shared.slice(
      shared.indexOf('export function callGroupsOf'),
      shared.indexOf('/** A transport that does not know'),
    );
    expect(groupsOf).toContain("read: call('posts.read')");
    expect(groupsOf).not.toMatch(/\bas\s/);
  });
});

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}
