import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webAssetUrl } from '../../shared/ipc/web-asset-url';
import { helloPost, MemoryStudio } from '../../../test/fakes/memory-studio';
import { rawRequest } from '../../../test/web/raw-http';
import { lookUpWebAsset } from './asset-route';
import { startWebServer, type WebServer } from './server';

const secret = 'SECRET-OUTSIDE-THE-FOLDER';
const png = Buffer.from('89504e470d0a1a0a', 'hex');

let dir: string;
let site: string;
let server: WebServer;
let openFolder: string | null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recap-asset-'));
  site = join(dir, 'site');
  const bundle = join(site, 'content', 'blog', '2024', '0101-hello');
  await mkdir(bundle, { recursive: true });
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(bundle, 'cover image.png'), png);
  await writeFile(join(bundle, 'index.md'), '# Hello\n');
  await writeFile(join(site, '.env'), secret);
  await writeFile(join(dir, 'secret.txt'), secret);
  await mkdir(join(dir, 'site-evil'));
  await writeFile(join(dir, 'site-evil', 'x.png'), secret);
  await symlink(join(dir, 'secret.txt'), join(bundle, 'link.png'));
  openFolder = site;
  server = await startWebServer({
    api: new MemoryStudio({ [helloPost.path]: helloPost.text }),
    events: () => () => undefined,
    rendererDir: join(dir, 'renderer'),
    openFolder: async () => openFolder,
  });
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = { 'X-Studio-Token': server.token }) =>
  rawRequest({ port: server.port, path, headers });

describe('the /asset/ route of web mode', () => {
  it('serves a file of the open folder, inert, to a signed-in page', async () => {
    const response = await get(webAssetUrl('content/blog/2024/0101-hello/cover image.png'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain('sandbox');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(Buffer.from(response.body, 'latin1')).toHaveLength(png.length);
  });

  it('serves nothing without the token', async () => {
    const response = await get(webAssetUrl('content/blog/2024/0101-hello/cover image.png'), {});
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('PNG');
  });

  it.each([
    ['/asset/../secret.txt', [400, 404]],
    ['/asset/..%2Fsecret.txt', [400]],
    ['/asset/%2e%2e/secret.txt', [400]],
    ['/asset/content/..%2F..%2F..%2Fsecret.txt', [400]],
    ['/asset/.env', [400]],
    ['/asset/%2Fetc%2Fpasswd', [400]],
    ['/asset//etc/passwd', [400]],
    ['/asset/C:%5Csecret.txt', [400]],
    ['/asset/x%00.png', [400]],
    ['/asset/%E0%A4%A', [400]],
    ['/asset/content/blog/2024/0101-hello/link.png', [403]],
    ['/asset/../site-evil/x.png', [400, 404]],
    ['/asset/content/blog', [404]],
    ['/asset/missing.png', [404]],
  ])('refuses %s', async (path, statuses) => {
    const response = await get(path);
    expect(statuses).toContain(response.status);
    expect(response.body).not.toContain(secret);
  });

  it('serves nothing when no folder is open', async () => {
    openFolder = null;
    const response = await get(webAssetUrl('content/blog/2024/0101-hello/index.md'));
    expect(response.status).toBe(404);
    expect(response.body).toContain('No folder is open.');
  });

  it('only reads: other methods are refused', async () => {
    const response = await rawRequest({
      port: server.port,
      method: 'POST',
      path: webAssetUrl('content/blog/2024/0101-hello/index.md'),
      headers: { 'X-Studio-Token': server.token },
    });
    expect(response.status).toBe(405);
  });
});

describe('lookUpWebAsset', () => {
  it('finds a file by its encoded path and says what it is', async () => {
    const found = await lookUpWebAsset(site, 'content/blog/2024/0101-hello/cover%20image.png');
    expect(found).toMatchObject({ ok: true, size: png.length, contentType: 'image/png' });
  });

  it('refuses a symbolic link that leads out of the folder', async () => {
    const found = await lookUpWebAsset(site, 'content/blog/2024/0101-hello/link.png');
    expect(found).toMatchObject({ ok: false, status: 403 });
  });
});
