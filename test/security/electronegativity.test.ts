import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAccepted, scan, stale, unexplained } from '../../scripts/electronegativity';

const skipped = readAccepted().skippedChecks.map((entry) => entry.check);

describe('the Electronegativity lint', () => {
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails on a window that turns isolation off', { timeout: 120_000 }, async () => {
    writeFileSync(
      join(work, 'window.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const window = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },',
        '});',
        '',
      ].join('\n'),
    );
    const findings = await scan(work, skipped);
    const fresh = unexplained(findings, readAccepted());
    expect(fresh.map((finding) => finding.id)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
    );
    const isolation = fresh.find((finding) => finding.id === 'CONTEXT_ISOLATION_JS_CHECK');
    expect(isolation?.file).toBe('window.ts');
    expect(isolation?.code).toContain('contextIsolation: false');
  });

  it(
    'passes on src/: every finding listed with its reason, no entry outliving its finding',
    {
      timeout: 120_000,
    },
    async () => {
      const list = readAccepted();
      const findings = await scan(resolve(__dirname, '../../src'), skipped);
      expect(unexplained(findings, list)).toEqual([]);
      expect(stale(findings, list)).toEqual([]);
    },
  );
});
