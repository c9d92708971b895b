import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appLocation } from './app-location';

describe('appLocation', () => {
  it("loads the built index.html from the app's own scheme, and counts that origin only", () => {
    const location = appLocation({});
    expect(location.entryUrl).toBe('app://recap-studio/index.html');
    expect(location.isAppUrl(location.entryUrl)).toBe(true);
    expect(location.isAppUrl(`${location.entryUrl}#/posts`)).toBe(true);
    expect(location.isAppUrl('app://recap-studio/assets/index.js')).toBe(true);
  });

  it('refuses file:// pages, look-alike hosts, other schemes and unparsable text', () => {
    const { isAppUrl } = appLocation({});
    expect(isAppUrl(pathToFileURL('/opt/recap-studio/out/renderer/index.html').href)).toBe(false);
    expect(isAppUrl('app://recap-studio.evil.example/index.html')).toBe(false);
    expect(isAppUrl('app://evil@recap-studio/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('studio-asset://folder/index.html')).toBe(false);
    expect(isAppUrl('https://recap-studio/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('in development, counts the dev server origin only, not look-alike hosts', () => {
    const location = appLocation({ devServerUrl: 'http://localhost:5173/' });
    expect(location.entryUrl).toBe('http://localhost:5173/');
    expect(location.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(location.isAppUrl('http://localhost:5173.evil.example/')).toBe(false);
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(location.isAppUrl('https://localhost:5173/')).toBe(false);
    expect(location.isAppUrl('app://recap-studio/index.html')).toBe(false);
  });
});
