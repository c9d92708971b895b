import { describe, expect, it } from 'vitest';
import { createToken, readCookie, tokenCookie, tokensMatch } from './token';

describe('tokens', () => {
  it('are 256 random bits, URL-safe, different every launch', () => {
    const tokens = new Set(Array.from({ length: 100 }, createToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('match only themselves, whatever the length of the guess', () => {
    const token = createToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token.slice(0, -1), token)).toBe(false);
    expect(tokensMatch(token + 'A', token)).toBe(false);
    expect(tokensMatch(token.toUpperCase(), token)).toBe(token === token.toUpperCase());
    expect(tokensMatch('', token)).toBe(false);
    expect(tokensMatch(null, token)).toBe(false);
    expect(tokensMatch(undefined, token)).toBe(false);
  });
});

describe('the token cookie', () => {
  it('is HttpOnly and SameSite=Strict, named after the port', () => {
    expect(tokenCookie(4321, 'abc')).toBe(
      'recap_studio_token_4321=abc; Path=/; HttpOnly; SameSite=Strict',
    );
  });

  it('is read from a Cookie header among others, by exact name', () => {
    const header = 'a=1; recap_studio_token_43210=nope;recap_studio_token_4321=abc ; b=2';
    expect(readCookie(header, 'recap_studio_token_4321')).toBe('abc');
    expect(readCookie('recap_studio_token_43210=x', 'recap_studio_token_4321')).toBeNull();
    expect(readCookie(undefined, 'a')).toBeNull();
    expect(readCookie('garbage', 'a')).toBeNull();
  });
});
