import { describe, expect, it } from 'vitest';
import { checkHost, originAllowed } from './request-guard';

describe('checkHost', () => {
  it('accepts the loopback names with our port', () => {
    expect(checkHost('127.0.0.1:8080', 8080)).toBe('127.0.0.1:8080');
    expect(checkHost('LocalHost:8080', 8080)).toBe('localhost:8080');
    expect(checkHost('[::1]:8080', 8080)).toBe('[::1]:8080');
  });

  it('refuses other names, other ports, no port, and nothing', () => {
    for (const host of [
      'evil.example:8080',
      '127.0.0.1:8081',
      '127.0.0.1:80800',
      '127.0.0.1',
      'localhost',
      '127.0.0.2:8080',
      '[::1]:8081',
      '::1:8080',
      'localhost.:8080',
      '127.0.0.1:8080.evil.example',
      'user@127.0.0.1:8080',
      '',
    ])
      expect(checkHost(host, 8080), host).toBeNull();
    expect(checkHost(undefined, 8080)).toBeNull();
  });
});

describe('originAllowed', () => {
  it('allows no Origin and exactly our own', () => {
    expect(originAllowed(undefined, '127.0.0.1:8080')).toBe(true);
    expect(originAllowed('http://127.0.0.1:8080', '127.0.0.1:8080')).toBe(true);
    expect(originAllowed('http://localhost:8080', 'localhost:8080')).toBe(true);
  });

  it('refuses look-alikes, prefixes and null', () => {
    for (const origin of [
      'http://localhost:8080.evil.com',
      'http://127.0.0.1:8080.evil.com',
      'http://127.0.0.1:80',
      'http://127.0.0.1:8080/',
      'https://127.0.0.1:8080',
      'http://localhost:8080',
      'null',
      '',
      'http://127.0.0.1:8080, http://evil.example',
    ])
      expect(originAllowed(origin, '127.0.0.1:8080'), origin).toBe(false);
  });
});
