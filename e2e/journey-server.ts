import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '..');

export interface JourneyServer {
  /** The printed address, with its token. */
  launchUrl: string;
  /** A copy of the sample site the server has open. */
  site: string;
  stop: () => Promise<void>;
}

/**
 * Starts web mode as `npm run web` does, on a fresh copy of the sample site
 * (or of `source`, relative to the project), with its own app data folder.
 */
export async function startJourneyServer(
  options: {
    /** Extra environment for the server. */
    env?: NodeJS.ProcessEnv;
    /** Where to build the server; by default a folder of its own. */
    cliDir?: string;
    /** The site to copy, relative to the project; by default the sample site. */
    source?: string;
    /** Changes the copy (adds a file…) before the server opens it. */
    prepare?: (site: string) => Promise<void>;
  } = {},
): Promise<JourneyServer> {
  if (!existsSync(join(project, 'out', 'renderer', 'index.html')))
    throw new Error('The renderer is not built; npm run test:e2e builds it.');
  // A build folder of its own: other spec files start servers in other workers at the same
  // time. It stays inside the project, where the server finds the built renderer.
  const cliDir = options.cliDir ?? (await mkdtemp(join(project, 'out', 'journeys-cli-')));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', cliDir, '--logLevel', 'error'],
    { cwd: project, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`The web server did not build: ${build.stderr}`);

  const temp = await mkdtemp(join(tmpdir(), 'recap-journeys-'));
  const source = options.source ?? join('resources', 'sample-site');
  await cp(join(project, source), join(temp, 'site'), { recursive: true });
  const site = await realpath(join(temp, 'site'));
  await options.prepare?.(site);

  const server: ChildProcess = spawn(process.execPath, [join(cliDir, 'web.js'), site], {
    cwd: project,
    env: { ...process.env, ...options.env, RECAP_STUDIO_DATA_DIR: join(temp, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const launchUrl = await new Promise<string>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`No address after 20 s. ${errors}`)), 20_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Recap Studio web mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)\n/.exec(
        output,
      );
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    server.once('exit', (code) => fail(new Error(`The server exited (${code}). ${errors}`)));
  });

  return {
    launchUrl,
    site,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGKILL');
        await exited;
      }
      await rm(temp, { recursive: true, force: true });
      await rm(cliDir, { recursive: true, force: true });
    },
  };
}
