import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-launch secret: 256 random bits, URL-safe so it can sit in the printed address. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so that strings of
 * different lengths compare in the same time as equal-length ones.
 */
export function tokensMatch(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Cookies are shared by every port of a host, so the name carries the port:
 * two web mode servers side by side keep their own tokens.
 */
export function tokenCookieName(port: number): string {
  return `recap_studio_token_${port}`;
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The value of one cookie from a `Cookie` header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
