// `npm start`: build, make sure Electron's binary is there (fetching it with
// Electron's own install script where the network allows), then open the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSandboxFacts, sandboxProblem } from './linux-sandbox.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const webEntry = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'web.js');

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { stdio: 'inherit', ...options }).status ?? 1;
}

// The web server handles Ctrl+C itself (closing its watchers); this process
// waits for it to finish and exits with its status.
function runWebMode(webArgs) {
  const server = spawn(process.execPath, [webEntry, ...webArgs], { stdio: 'inherit' });
  const forward = (signal) => server.kill(signal);
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => server.on('exit', (code) => resolve(code ?? 0)));
}

function electronBinary() {
  try {
    const folder = dirname(require.resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);

let binary = electronBinary();
if (!binary) {
  console.log(
    "Electron is installed without its binary; fetching it with Electron's install script...",
  );
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  run(process.execPath, [installer], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
    timeout: 120_000,
  });
  binary = electronBinary();
}
if (!binary) {
  console.log(
    [
      '',
      'The Electron desktop binary is not available here (not installed, and it could',
      'not be downloaded), so Recap Studio starts its browser version, the web mode,',
      'instead. Open the address printed below in your browser; Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
  process.exit(await runWebMode(args));
}
// Where Chromium's sandbox cannot start, say why and how to fix it rather than
// let Electron abort; only the user turns the sandbox off, by typing --no-sandbox.
if (process.platform === 'linux' && !args.includes('--no-sandbox')) {
  const problem = sandboxProblem(readSandboxFacts(binary));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
// A relative FOLDER means from where the user typed `npm start`, not from the
// project folder npm runs scripts in; Electron gets it absolute, after the app.
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const userCwd = process.env.INIT_CWD ?? process.cwd();
const electronArgs = args.map((arg) => (arg.startsWith('-') ? arg : resolve(userCwd, arg)));
process.exit(run(binary, [projectRoot, ...electronArgs]));
