import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assetUrl } from '../../shared/ipc/asset-url';
import { contentTypeOf, installAssetProtocol, lookUpAsset, serveAsset } from './asset-protocol';

vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));

// parent/
//   site/                      the open folder
//     content/blog/2025/0101-a/{index.md, cover.png, diagram.svg}
//     content/blog/2025/0101-a/escape.png -> ../../../../../secret.png
//     content/linked-out -> ../../outside
//     .git/config
//   site-evil/cover.png         sibling with the open folder's name as prefix
//   secret.png, outside/secret.png
let parent = '';
let site = '';
const bundle = 'content/blog/2025/0101-a';
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'recap-studio-assets-'));
  site = join(parent, 'site');
  await mkdir(join(site, bundle), { recursive: true });
  await writeFile(join(site, bundle, 'index.md'), '# Hello\n');
  await writeFile(join(site, bundle, 'cover.png'), png);
  await writeFile(join(site, bundle, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(site, bundle, 'two words.png'), png);
  await mkdir(join(site, '.git'));
  await writeFile(join(site, '.git', 'config'), '[core]\n');
  await mkdir(join(parent, 'site-evil'));
  await writeFile(join(parent, 'site-evil', 'cover.png'), 'evil');
  await writeFile(join(parent, 'secret.png'), 'secret');
  await mkdir(join(parent, 'outside'));
  await writeFile(join(parent, 'outside', 'secret.png'), 'secret');
  await symlink(join(parent, 'secret.png'), join(site, bundle, 'escape.png'));
  await symlink(join(parent, 'outside'), join(site, 'content', 'linked-out'));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('lookUpAsset', () => {
  it('finds a bundle file by its path in the open folder, with its content type', async () => {
    const found = await lookUpAsset(assetUrl(`${bundle}/cover.png`), site);
    expect(found).toMatchObject({ ok: true, contentType: 'image/png' });
    expect(await lookUpAsset(assetUrl(`${bundle}/two words.png`), site)).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['a raw ..', `studio-asset://folder/../secret.png`],
    ['a raw .. inside the path', `studio-asset://folder/content/../../secret.png`],
    ['an encoded ..', `studio-asset://folder/%2e%2e/secret.png`],
    ['an encoded ../', `studio-asset://folder/..%2Fsecret.png`],
    ['a doubly encoded ../', `studio-asset://folder/%252e%252e%252fsecret.png`],
    ['an encoded backslash', `studio-asset://folder/..%5Csecret.png`],
    ['an absolute path', `studio-asset://folder//etc/passwd`],
    ['an encoded absolute path', `studio-asset://folder/%2Fetc%2Fpasswd`],
    ['a drive letter', `studio-asset://folder/C:%5CWindows%5Cwin.ini`],
    ['a NUL byte', `studio-asset://folder/${bundle}/cover.png%00.txt`],
    ['the sibling-prefix folder', `studio-asset://folder/../site-evil/cover.png`],
    ['a symlink to a file outside', assetUrl(`${bundle}/escape.png`)],
    ['a symlinked folder outside', assetUrl('content/linked-out/secret.png')],
    ['a hidden folder', assetUrl('.git/config')],
    ['another host', `studio-asset://elsewhere/${bundle}/cover.png`],
    ['another scheme', `file://${site}/${bundle}/cover.png`],
    ['the folder itself', 'studio-asset://folder/'],
    ['a folder', assetUrl(bundle)],
  ])('refuses %s', async (_name, url) => {
    const found = await lookUpAsset(url, site);
    expect(found.ok).toBe(false);
    const served = await serveAsset(new Request(url), () => Promise.resolve(site));
    expect(served.status).toBeGreaterThanOrEqual(400);
    expect(await served.text()).not.toContain('secret');
  });

  it('says why in plain words: outside, missing, malformed', async () => {
    expect(await lookUpAsset(assetUrl(`${bundle}/escape.png`), site)).toEqual({
      ok: false,
      status: 403,
      reason: 'The file is outside the open folder.',
    });
    expect(await lookUpAsset(assetUrl(`${bundle}/missing.png`), site)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await lookUpAsset('studio-asset://folder/..%2Fx', site)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await lookUpAsset(assetUrl(`${bundle}/cover.png`), null)).toEqual({
      ok: false,
      status: 404,
      reason: 'No folder is open.',
    });
  });
});

describe('serveAsset', () => {
  const openFolder = (): Promise<string | null> => Promise.resolve(site);

  it('serves the bytes with the right type, unsniffable and fresh', async () => {
    const response = await serveAsset(new Request(assetUrl(`${bundle}/cover.png`)), openFolder);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it('serves SVG under a policy that runs no script even when opened as a page', async () => {
    const response = await serveAsset(new Request(assetUrl(`${bundle}/diagram.svg`)), openFolder);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(response.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'.*sandbox/);
  });

  it('only reads', async () => {
    const url = assetUrl(`${bundle}/cover.png`);
    const response = await serveAsset(new Request(url, { method: 'PUT', body: 'x' }), openFolder);
    expect(response.status).toBe(405);
  });
});

describe('contentTypeOf', () => {
  it('names image types, and serves anything unknown as inert bytes', () => {
    expect(contentTypeOf('a/COVER.JPG')).toBe('image/jpeg');
    expect(contentTypeOf('a/b.webp')).toBe('image/webp');
    expect(contentTypeOf('a/b.html')).toBe('application/octet-stream');
    expect(contentTypeOf('a/noext')).toBe('application/octet-stream');
  });
});

describe('registration', () => {
  it('handles the scheme with files from the folder open at the time of each request', async () => {
    let open: string | null = null;
    installAssetProtocol(() => Promise.resolve(open));
    const [scheme, handler] = vi.mocked(protocol.handle).mock.calls[0] ?? [];
    expect(scheme).toBe('studio-asset');
    const request = new Request(assetUrl(`${bundle}/cover.png`));
    expect((await (handler as (r: Request) => Promise<Response>)(request)).status).toBe(404);
    open = site;
    expect((await (handler as (r: Request) => Promise<Response>)(request)).status).toBe(200);
  });
});
