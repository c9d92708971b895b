// `npm start`: build, make sure Electron's binary is there (fetching it with
// Electron's own install script where the network allows), then open the app.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { stdio: 'inherit', ...options }).status ?? 1;
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
  console.error(
    [
      '',
      'Recap Studio could not start its desktop window: the Electron binary is not',
      'installed and could not be downloaded from here.',
      'The browser-based web mode that npm start falls back to is not built yet;',
      'until it is, check a site from the terminal:',
      '',
      '    npx recap-studio check test/fixtures/linkerd.io',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
process.exit(run(binary, ['.', ...args]));
