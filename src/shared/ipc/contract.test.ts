import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../main/services/dispatch';
import { channels, type ArgsOf, type Channel, type StudioApi } from './contract';

const exportOptions = { migrate: true, format: false, clearDraft: false, singleFile: false };

// Every channel, with well-formed arguments and the fields a caller must send.
const contract: { [C in Channel]: { valid: ArgsOf<C>; required: (keyof ArgsOf<C>)[] } } = {
  'workspace.open': { valid: { path: '/home/me/site' }, required: ['path'] },
  'workspace.current': { valid: {}, required: [] },
  'posts.list': { valid: {}, required: [] },
  'posts.search': { valid: { query: 'kubecon' }, required: ['query'] },
  'posts.read': { valid: { path: 'content/blog/2024/0101-a/index.md' }, required: ['path'] },
  'posts.validate': {
    valid: { path: 'content/a.md', text: '---\n---\n' },
    required: ['path', 'text'],
  },
  'posts.save': {
    valid: { path: 'content/a.md', text: 'x', baseVersion: 'sha256:abc' },
    required: ['path', 'text', 'baseVersion'],
  },
  'posts.create': { valid: { title: 'KubeCon recap', author: 'flynn' }, required: ['title'] },
  'posts.trash': { valid: { path: 'content/a.md' }, required: ['path'] },
  'posts.shortcodeUses': { valid: {}, required: [] },
  'assets.list': { valid: { post: 'content/blog/2024/0101-a/index.md' }, required: ['post'] },
  'assets.add': {
    valid: {
      post: 'content/a/index.md',
      name: 'cover.png',
      data: 'iVBORw0KGgo=',
      overwrite: false,
    },
    required: ['post', 'name', 'data'],
  },
  'assets.setCover': {
    valid: { post: 'content/a/index.md', name: 'cover.png', baseVersion: 'v1' },
    required: ['post', 'name', 'baseVersion'],
  },
  'backups.store': { valid: { path: 'content/a.md', text: 'draft' }, required: ['path', 'text'] },
  'backups.list': { valid: {}, required: [] },
  'backups.discard': { valid: { path: 'content/a.md' }, required: ['path'] },
  'youtube.keyStatus': { valid: {}, required: [] },
  'youtube.setKey': { valid: { key: 'AIzaSyA-fake-key-0123456789abcdefghij' }, required: ['key'] },
  'youtube.removeKey': { valid: {}, required: [] },
  'youtube.checkKey': { valid: {}, required: [] },
  'youtube.lookup': {
    valid: { inputs: ['https://youtu.be/BWL4889RKhU', 'PLxxxxxxxxxxxxxxxx'], requestId: 'r1' },
    required: ['inputs'],
  },
  'youtube.refresh': {
    valid: { entries: [{ id: 'BWL4889RKhU', title: 'A talk', duration: 'PT5M' }], requestId: 'r2' },
    required: ['entries'],
  },
  'youtube.cancel': { valid: { requestId: 'r1' }, required: ['requestId'] },
  'preferences.get': { valid: {}, required: [] },
  'preferences.setVideoConvention': {
    valid: { videoConvention: 'site' },
    required: ['videoConvention'],
  },
  'preferences.setDefaultAuthor': { valid: { author: 'flynn' }, required: ['author'] },
  'recap.create': {
    valid: {
      title: 'KubeCon EU 2024',
      date: '2024-03-25',
      author: 'flynn',
      inputs: ['https://youtu.be/BWL4889RKhU'],
      skipFailed: false,
      requestId: 'r3',
    },
    required: ['title', 'inputs'],
  },
  'recap.cancel': { valid: { requestId: 'r3' }, required: ['requestId'] },
  'export.prepare': {
    valid: { path: 'content/a/index.md', text: 'x', options: exportOptions },
    required: ['path', 'options'],
  },
  'export.write': {
    valid: {
      path: 'content/a/index.md',
      options: exportOptions,
      target: { kind: 'folder', folder: '/home/me/exports' },
      acknowledgeWarnings: false,
      force: false,
    },
    required: ['path', 'options', 'target', 'acknowledgeWarnings', 'force'],
  },
  'export.chooseFolder': { valid: {}, required: [] },
};

/** One past each field's limit: a caller cannot make main hold or write more than the contract allows. */
const oversize: Record<string, number> = {
  path: 4097,
  post: 4097,
  query: 501,
  title: 301,
  author: 101,
  name: 256,
  baseVersion: 129,
  text: 16 * 2 ** 20 + 1,
  data: 64 * 2 ** 20 + 1,
  key: 201,
  requestId: 101,
};

/** Null is a real value here: a save with no base version is the Overwrite after a conflict. */
const nullable: Record<string, boolean> = {
  'posts.save:baseVersion': true,
  // No default author.
  'preferences.setDefaultAuthor:author': true,
  // No author for the recap, not even the default.
  'recap.create:author': true,
};

/** Fields that name a file or folder. */
const pathFields = new Set(['path', 'post']);

function wrongTypes(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, true, null, ['x'], { value }];
  if (typeof value === 'boolean') return ['yes', 1, null, {}];
  return ['x', 42, {}];
}

function malformedArgs(channel: Channel): [string, unknown][] {
  const { valid, required } = contract[channel] as {
    valid: Record<string, unknown>;
    required: string[];
  };
  const sets: [string, unknown][] = [
    ['a string instead of an object', 'content/a.md'],
    ['a number instead of an object', 42],
    ['true instead of an object', true],
    ['an empty array', []],
    ['the arguments inside an array', [valid]],
    ['an extra field', { ...valid, extra: 1 }],
    // export.write has a force of its own.
    [
      'a field only an older contract had',
      'force' in valid ? { ...valid, forced: true } : { ...valid, force: true },
    ],
    [
      'an own __proto__ field',
      JSON.parse(JSON.stringify({ ...valid, x: 1 }).replace('"x":1', '"__proto__":{"admin":true}')),
    ],
  ];
  for (const key of required) {
    const { [key]: _dropped, ...rest } = valid;
    sets.push([`${key} missing`, rest]);
  }
  for (const [key, value] of Object.entries(valid)) {
    const allowed = nullable[`${channel}:${key}`] ? [null] : [];
    for (const wrong of wrongTypes(value).filter((v) => !allowed.includes(v as null)))
      sets.push([`${key} as ${JSON.stringify(wrong)}`, { ...valid, [key]: wrong }]);
    const limit = oversize[key];
    if (limit !== undefined)
      sets.push([`${key} of ${limit} characters`, { ...valid, [key]: 'a'.repeat(limit) }]);
    if (pathFields.has(key)) {
      sets.push([`${key} with a NUL byte`, { ...valid, [key]: 'content/a.md\0.png' }]);
      sets.push([`${key} empty`, { ...valid, [key]: '' }]);
    }
  }
  if (channel === 'posts.create') sets.push(['an empty title', { ...valid, title: '' }]);
  if (channel === 'assets.add') sets.push(['an empty file name', { ...valid, name: '' }]);
  if (channel === 'posts.save') sets.push(['an empty base version', { ...valid, baseVersion: '' }]);
  if (channel === 'youtube.setKey') {
    sets.push(['a key with a space', { key: 'AIzaSyA fake key 0123456789abcdefghij' }]);
    sets.push(['a key with a line break', { key: 'AIzaSyA-fake-key\n0123456789abcdefghij' }]);
  }
  if (channel === 'youtube.lookup') {
    sets.push(['no inputs', { inputs: [] }]);
    sets.push(['1001 inputs', { inputs: Array.from({ length: 1001 }, () => 'BWL4889RKhU') }]);
  }
  if (channel === 'youtube.refresh')
    sets.push(['an entry whose id is no video ID', { entries: [{ id: '../../etc/passwd' }] }]);
  if (channel === 'export.write') {
    sets.push(['a target of no known kind', { ...valid, target: { kind: 'anywhere' } }]);
    sets.push(['a folder target without its folder', { ...valid, target: { kind: 'folder' } }]);
    sets.push([
      'a folder with a NUL byte',
      { ...valid, target: { kind: 'folder', folder: '/home/me\0/x' } },
    ]);
    sets.push(['an option left out', { ...valid, options: { migrate: true } }]);
  }
  if (channel === 'preferences.setVideoConvention')
    sets.push(['a convention that does not exist', { videoConvention: 'bing' }]);
  return sets;
}

function spyApi(): { api: StudioApi; calls: () => number } {
  const spies = Object.fromEntries(
    (Object.keys(channels) as Channel[]).map((channel) => [channel, vi.fn(async () => null)]),
  );
  return {
    api: spies as unknown as StudioApi,
    calls: () => Object.values(spies).reduce((sum, spy) => sum + spy.mock.calls.length, 0),
  };
}

describe('the contract covers every channel', () => {
  it('lists the same channels as this test', () => {
    expect(Object.keys(contract).sort()).toEqual(Object.keys(channels).sort());
  });
});

describe.each(Object.keys(channels) as Channel[])('%s', (channel) => {
  it('passes well-formed arguments to its method, and only to it', async () => {
    const { api, calls } = spyApi();
    const result = await createDispatcher(api)(channel, contract[channel].valid);
    expect(result).toEqual({ ok: true, data: null });
    expect(api[channel]).toHaveBeenCalledTimes(1);
    expect(api[channel]).toHaveBeenCalledWith(contract[channel].valid);
    expect(calls()).toBe(1);
  });

  it.each(malformedArgs(channel))(
    'refuses %s as invalid without calling anything',
    async (_name, args) => {
      const { api, calls } = spyApi();
      const result = await createDispatcher(api)(channel, args);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid');
        expect(result.error.message).toContain(channel);
      }
      expect(calls()).toBe(0);
    },
  );
});

describe('calls outside the contract', () => {
  it.each(['posts', 'posts.delete', '__proto__', 'constructor', 'toString', 'posts.read ', ''])(
    'refuses the channel %j without calling anything',
    async (channel) => {
      const { api, calls } = spyApi();
      const result = await createDispatcher(api)(channel, { path: 'content/a.md' });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(calls()).toBe(0);
    },
  );
});
