import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Used when the built page has no policy of its own; the renderer's meta tag normally wins. */
export const fallbackPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/**
 * The Content-Security-Policy of the built renderer's `index.html` meta tag,
 * so the web mode sends the very policy the desktop window enforces. Header
 * only directives (framing, form targets) are added: a meta tag cannot carry them.
 */
export async function pagePolicy(rendererDir: string): Promise<string> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => '');
  const policy = metaPolicy(html) ?? fallbackPolicy;
  return `${policy.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'; form-action 'none'`;
}

export function metaPolicy(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value) return value.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** Sent with every response, pages and API alike. */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
