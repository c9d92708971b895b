// `npm run web [-- FOLDER]`: the editor in a browser, served from 127.0.0.1.
// Prints one line, the address to open with its token; Ctrl+C stops it.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServiceError } from '../../shared/ipc/result';
import { appDataDir } from '../services/app-data';
import { indexWorkerCount } from '../services/check-workers';
import { createServices } from '../services/create-services';
import { chooseFolder } from '../services/folder-choice';
import { findProjectRoot, parseWebArgs } from './launch-options';
import { startWebServer } from './server';
import { WebFolders } from './web-folders';

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseWebArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }

  const root = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(
      'The web page is not built yet. Run `npm run build` first, or use `npm run web`.',
    );
    return 1;
  }

  // No system trash outside Electron: deleting a post is refused with a message in web mode.
  let services;
  try {
    // The YouTube key comes from YOUTUBE_API_KEY here: a browser page has no keychain to keep it in.
    // A big site is checked in worker threads, as in the desktop app: this thread answers the page.
    services = createServices({
      dataDir: appDataDir(),
      trash: null,
      indexWorkers: indexWorkerCount(),
    });
  } catch (error) {
    console.error(`Recap Studio web mode could not start: ${(error as Error).message}`);
    return 1;
  }
  await services.init();
  const { settings, workspace, api } = services;
  const choice = chooseFolder({
    given: args.folder,
    // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    lastFolder: settings.lastFolder,
    sampleSite: join(root, 'resources', 'sample-site'),
  });
  if (choice.notice) console.error(choice.notice);

  let launchFolder: string;
  try {
    launchFolder = (await workspace['workspace.open']({ path: choice.folder })).root;
  } catch (error) {
    await services.dispose();
    console.error(
      error instanceof ServiceError
        ? `Recap Studio cannot open ${choice.folder}: ${error.message}`
        : `Recap Studio cannot open ${choice.folder}: ${(error as Error).stack ?? String(error)}`,
    );
    return 1;
  }

  let server;
  try {
    server = await startWebServer({
      api,
      events: services.onEvent,
      rendererDir,
      port: args.port,
      openFolder: async () => (await workspace['workspace.current']({}))?.root ?? null,
      folders: new WebFolders({
        home: homedir(),
        launchFolder,
        recentFolders: () => settings.values.recentFolders,
        // A folder picked in the page's own picker is the web mode's grant for exports too.
        onPick: (folder) => services.exporter.grantFolder(folder),
      }),
    });
  } catch (error) {
    await services.dispose();
    console.error(`Recap Studio web mode could not start: ${(error as Error).message}`);
    return 1;
  }
  console.log(`Recap Studio web mode: ${server.launchUrl}`);

  const running = server;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      // A second Ctrl+C while closing means: stop now.
      if (stopping) process.exit(130);
      stopping = true;
      void Promise.allSettled([running.close(), services.dispose()]).then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

process.exitCode = await main(process.argv.slice(2));
// Watchers or idle sockets must not keep a stopped server alive.
process.exit();
