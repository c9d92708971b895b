import { processIO, UsageError, type CommandIO } from './io';
import { SiteError } from '../services/data-file';

const usage = `Usage: recap-studio <command> [options]

Commands:
  check [PATH...]   check posts like the site's CI (front matter, videos, shortcodes, markdownlint)
  set FILE...       edit front matter fields without reformatting anything else
  render FILE       print a post's preview HTML (--out DIR for many posts)
  lookup URL|ID...  print params.videoSchema entries for YouTube videos and playlists (--fill FILE... fills a post's)
  new-recap URL...  create an event recap post from YouTube videos and playlists (--title TITLE)
  migrate FILE...   move posts from the older front matter shape to today's (--dry-run shows the diff)

Run recap-studio <command> --help for a command's options.`;

interface Command {
  run: (args: string[], io: CommandIO) => Promise<number>;
  usage: string;
}

// Each command loads only what it needs: render's DOM for sanitizing alone
// took longer to load than checking a small site.
const commands: Record<string, () => Promise<Command>> = {
  check: async () => {
    const { checkCommand, checkUsage } = await import('./check');
    return { run: checkCommand, usage: checkUsage };
  },
  set: async () => {
    const { setCommand, setUsage } = await import('./set');
    return { run: setCommand, usage: setUsage };
  },
  lookup: async () => {
    const { lookupCommand, lookupUsage } = await import('./lookup');
    return { run: lookupCommand, usage: lookupUsage };
  },
  'new-recap': async () => {
    const { newRecapCommand, newRecapUsage } = await import('./new-recap');
    return { run: newRecapCommand, usage: newRecapUsage };
  },
  migrate: async () => {
    const { migrateCommand, migrateUsage } = await import('./migrate');
    return { run: migrateCommand, usage: migrateUsage };
  },
  render: async () => {
    const { renderCommand, renderUsage } = await import('./render');
    return { run: renderCommand, usage: renderUsage };
  },
};

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usage + '\n');
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`recap-studio: unknown command "${name}".\n\n${usage}\n`);
    return 2;
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`recap-studio ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof SiteError) {
      io.stderr(`recap-studio ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`recap-studio ${name}: could not run: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
