import { describe, expect, it } from 'vitest';
import { headerOnlyDirectives, pagePolicy } from './page-policy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('pagePolicy', () => {
  it('as a header is the meta policy plus the header-only directives', () => {
    const meta = pagePolicy({ delivery: 'meta' });
    expect(pagePolicy({ delivery: 'header' })).toBe(`${meta}; ${headerOnlyDirectives.join('; ')}`);
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).not.toContain('form-action');
  });

  it('in production has no inline code, no eval and no connections but its own', () => {
    const policy = directives(pagePolicy({ delivery: 'meta' }));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.has('connect-src')).toBe(false);
    expect([...policy.values()].join(' ')).not.toMatch(/unsafe|nonce/);
  });

  it("for the dev server allows the nonce's inline code and the HMR WebSocket, still no eval", () => {
    const policy = pagePolicy({
      delivery: 'meta',
      devServer: { origin: 'http://localhost:5173', nonce: 'abc123' },
    });
    const parsed = directives(policy);
    expect(parsed.get('script-src')).toBe("'self' 'nonce-abc123'");
    expect(parsed.get('style-src')).toBe("'self' 'nonce-abc123'");
    expect(parsed.get('connect-src')).toBe("'self' ws://localhost:5173");
    expect(policy).not.toContain('unsafe');
  });
});
