import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, installContentSecurityPolicy } from './csp';

vi.mock('electron', () => ({}));

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it("in production, allows the app's own scripts only, bundle and YouTube images, and YouTube frames", () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('img-src')).toBe("'self' data: studio-asset: https://i.ytimg.com");
    expect(policy.get('frame-src')).toBe('https://www.youtube-nocookie.com');
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
  });

  it("for the dev server, adds only what its page's meta policy cannot say", () => {
    const policy = contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' });
    expect(policy).toBe("form-action 'none'; frame-ancestors 'none'");
  });
});

describe('installContentSecurityPolicy', () => {
  type Listener = (
    details: { url: string; responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
  ) => void;

  function install(): Listener {
    let listener: Listener | null = null;
    const session = {
      webRequest: { onHeadersReceived: (l: Listener) => (listener = l) },
    } as unknown as Session;
    installContentSecurityPolicy(
      session,
      (url) => url.startsWith('http://localhost:5173/'),
      'the-policy',
    );
    if (!listener) throw new Error('no listener installed');
    return listener;
  }

  it("replaces any policy on the app's responses with its own", () => {
    const callback = vi.fn();
    install()(
      {
        url: 'http://localhost:5173/',
        responseHeaders: { 'content-security-policy': ['*'], 'Content-Type': ['text/html'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': ['the-policy'], 'Content-Type': ['text/html'] },
    });
  });

  it('leaves other responses (YouTube frames, thumbnails) alone', () => {
    const callback = vi.fn();
    install()({ url: 'https://www.youtube-nocookie.com/embed/x', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});
