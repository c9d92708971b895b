import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('zod in the page', () => {
  it('is configured without eval, so it never probes `new Function` under the page policy', async () => {
    await import('./zod-jitless');
    expect(z.config().jitless).toBe(true);
  });
});
