import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appLocation } from './app-location';

const rendererDir = join('/opt', 'recap-studio', 'out', 'renderer');

describe('appLocation', () => {
  it('loads the built index.html and counts only files inside the renderer folder as the app', () => {
    const location = appLocation({ rendererDir });
    expect(location.entryUrl).toBe(pathToFileURL(join(rendererDir, 'index.html')).href);
    expect(location.isAppUrl(location.entryUrl)).toBe(true);
    expect(location.isAppUrl(`${location.entryUrl}#/posts`)).toBe(true);
    expect(location.isAppUrl(pathToFileURL(join(rendererDir, 'assets', 'index.js')).href)).toBe(
      true,
    );
  });

  it('refuses files outside the renderer folder, sibling-prefix folders and other schemes', () => {
    const { isAppUrl } = appLocation({ rendererDir });
    expect(isAppUrl(pathToFileURL('/etc/passwd').href)).toBe(false);
    expect(isAppUrl(pathToFileURL(`${rendererDir}-evil/index.html`).href)).toBe(false);
    expect(isAppUrl(`${pathToFileURL(rendererDir).href}/../../secret.html`)).toBe(false);
    expect(isAppUrl(pathToFileURL(rendererDir).href)).toBe(false);
    expect(isAppUrl(`file://evil.example${rendererDir}/index.html`)).toBe(false);
    expect(isAppUrl('https://example.org/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('in development, counts the dev server origin only, not look-alike hosts', () => {
    const location = appLocation({ rendererDir, devServerUrl: 'http://localhost:5173/' });
    expect(location.entryUrl).toBe('http://localhost:5173/');
    expect(location.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(location.isAppUrl('http://localhost:5173.evil.example/')).toBe(false);
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(location.isAppUrl('https://localhost:5173/')).toBe(false);
    expect(location.isAppUrl(pathToFileURL(join(rendererDir, 'index.html')).href)).toBe(false);
  });
});
