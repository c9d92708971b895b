import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusSite } from './run-cli';

const project = resolve(import.meta.dirname, '..', '..');

// The installed command runs the built bundle, so build it as `npm run build` does.
beforeAll(() => {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

describe('the recap-studio command', () => {
  it('runs check from the built bundle with the exit status of the findings', () => {
    const post = join(
      corpusSite,
      'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md',
    );
    const run = spawnSync(
      process.execPath,
      ['bin/recap-studio.js', 'check', post, '--format', 'json'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    const [report] = JSON.parse(run.stdout) as {
      file: string;
      diagnostics: { severity: string }[];
    }[];
    expect(report?.file).toBe(
      'test/fixtures/linkerd.io/content/blog/2021/0617-may-community-meeting-recap-part-1/index.md',
    );
    const errors = report?.diagnostics.filter((d) => d.severity === 'error') ?? [];
    expect(run.status).toBe(errors.length > 0 ? 1 : 0);
  });

  it('prints its usage and exits 2 without a command', () => {
    const run = spawnSync(process.execPath, ['bin/recap-studio.js'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Usage: recap-studio <command>');
  });
});
