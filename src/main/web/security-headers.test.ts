import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackPolicy, metaPolicy, pagePolicy } from './security-headers';

describe('the page policy', () => {
  it("is the renderer's own meta tag, plus framing and form limits", async () => {
    const renderer = resolve(import.meta.dirname, '..', '..', 'renderer');
    const own = metaPolicy(await readFile(join(renderer, 'index.html'), 'utf8'));
    expect(own).toContain("script-src 'self'");
    expect(await pagePolicy(renderer)).toBe(`${own}; frame-ancestors 'none'; form-action 'none'`);
  });

  it('falls back to a strict policy when the page has none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recap-csp-'));
    try {
      await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
      expect(await pagePolicy(dir)).toBe(
        `${fallbackPolicy}; frame-ancestors 'none'; form-action 'none'`,
      );
      expect(await pagePolicy(join(dir, 'missing'))).toContain("script-src 'self'");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the meta tag in any attribute order and quoting', () => {
    expect(
      metaPolicy(`<meta content='default-src "self"' http-equiv=Content-Security-Policy>`),
    ).toBe('default-src "self"');
    expect(
      metaPolicy(
        '<meta name="x" content="nope"><META HTTP-EQUIV="content-security-policy"\n content="a;\n  b">',
      ),
    ).toBe('a; b');
    expect(metaPolicy('<meta http-equiv="refresh" content="0">')).toBeNull();
  });
});
