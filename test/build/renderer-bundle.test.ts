import { resolve } from 'node:path';
import type { Rollup } from 'vite';
import { build, type InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../electron.vite.config';

/**
 * The renderer runs the preview and the editor on untrusted posts, under a
 * CSP without 'unsafe-eval': its bundle must not carry code that evaluates
 * text. gray-matter did (its `javascript` engine calls `eval`), pulled in by
 * the post reader; main and the CLI now read posts with gray-matter through
 * `shared/post/checked-reader`, the renderer without it.
 */

/** What gray-matter's modules leave in a bundle: its engines and its option names. */
const grayMatterMarks = [
  'engines.javascript',
  "'(function() {\\nreturn '",
  'safeLoad',
  'excerpt_separator',
  'gray-matter',
];

/** The renderer built as `npm run build` builds it (electron.vite.config.ts), in memory. */
async function buildRenderer(): Promise<string> {
  const userConfig = typeof config === 'function' ? null : config;
  const renderer = userConfig?.renderer;
  if (!renderer || typeof renderer === 'function') {
    throw new Error('electron.vite.config.ts has no renderer section to build.');
  }
  const inline: InlineConfig = {
    ...(renderer as InlineConfig),
    configFile: false,
    logLevel: 'silent',
    build: {
      ...(renderer as InlineConfig).build,
      outDir: resolve(__dirname, '../../out/renderer-bundle-test'),
      write: false,
    },
  };
  const output = (await build(inline)) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  return outputs
    .flatMap((result) => result.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('\n');
}

describe('the renderer bundle', () => {
  it('holds no eval and no gray-matter', { timeout: 240_000 }, async () => {
    const code = await buildRenderer();
    expect(code.length).toBeGreaterThan(100_000);
    // The preview and the editor are in it: the check reads the real bundle.
    expect(code).toContain('shortcode-youtube');
    expect(code.includes('eval('), 'eval(').toBe(false);
    for (const mark of grayMatterMarks) expect(code.includes(mark), mark).toBe(false);
  });
});
