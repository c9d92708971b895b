import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { installAppProtocol, registerPrivilegedSchemes, serveAppFile } from './app-protocol';

vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));

// parent/
//   renderer/          the built renderer
//     index.html
//     assets/index.js
//     .hidden
//     outside -> ../secret.txt
//   secret.txt
let parent = '';
let rendererDir = '';
const policy = "default-src 'self'; frame-ancestors 'none'";

beforeAll(async () => {
  parent = await realpath(await mkdtemp(join(tmpdir(), 'recap-app-protocol-')));
  rendererDir = join(parent, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Recap Studio</title>');
  await writeFile(join(rendererDir, 'assets', 'index.js'), 'console.log(1);');
  await writeFile(join(rendererDir, '.hidden'), 'hidden');
  await writeFile(join(parent, 'secret.txt'), 'secret');
  await symlink(join(parent, 'secret.txt'), join(rendererDir, 'outside'));
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return serveAppFile(new Request(url, { method }), rendererDir, policy);
}

describe('serveAppFile', () => {
  it('serves the built page and its scripts with their types and the page policy as a header', async () => {
    const page = await get('app://recap-studio/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(policy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Recap Studio</title>');

    const script = await get('app://recap-studio/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    expect((await get('app://recap-studio/')).status).toBe(200);
  });

  it('answers HEAD without a body', async () => {
    const head = await get('app://recap-studio/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('42');
    expect(await head.text()).toBe('');
  });

  it.each([
    ['a parent folder', 'app://recap-studio/../secret.txt'],
    ['an encoded parent folder', 'app://recap-studio/%2e%2e/secret.txt'],
    ['an encoded separator', 'app://recap-studio/assets%2F..%2F..%2Fsecret.txt'],
    ['a backslash', 'app://recap-studio/assets%5C..%5C..%5Csecret.txt'],
    ['a hidden file', 'app://recap-studio/.hidden'],
    ['a symlink out of the folder', 'app://recap-studio/outside'],
    ['a missing file', 'app://recap-studio/missing.js'],
    ['a folder', 'app://recap-studio/assets'],
  ])('refuses %s, still with the policy', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses other hosts and anything but reading', async () => {
    expect((await get('app://other-host/index.html')).status).toBe(400);
    const post = await serveAppFile(
      new Request('app://recap-studio/index.html', { method: 'POST', body: 'x' }),
      rendererDir,
      policy,
    );
    expect(post.status).toBe(405);
  });
});

describe('registration', () => {
  it('registers the app and asset schemes in one call, neither bypassing CSP', () => {
    registerPrivilegedSchemes();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const schemes = vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0]?.[0] ?? [];
    expect(schemes.map((scheme) => scheme.scheme)).toEqual(['app', 'studio-asset']);
    for (const scheme of schemes) {
      expect(scheme.privileges).toMatchObject({ standard: true, secure: true });
      expect(scheme.privileges?.bypassCSP).toBeUndefined();
    }
  });

  it('handles the app scheme with files of the renderer folder', async () => {
    installAppProtocol(rendererDir, policy);
    const [scheme, handler] = vi.mocked(protocol.handle).mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await (handler as (r: Request) => Promise<Response>)(
      new Request('app://recap-studio/index.html'),
    );
    expect(response.status).toBe(200);
  });
});
