import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ServiceError } from '../../shared/ipc/result';
import { appDataDir } from '../services/app-data';
import { planRecap, writeRecap } from '../services/recap/recap-builder';
import { Settings } from '../services/settings';
import { findSiteRoot, openSite, SiteError } from '../services/site';
import { lookupFromEnv } from './env-lookup';
import { UsageError, type CommandIO } from './io';

export const newRecapUsage = `Usage: recap-studio new-recap --title TITLE [--date YYYY-MM-DD] [--author KEY] [--site DIR] [--skip-failed] URL|ID|PLAYLIST...

Creates a new event recap in the site (--site, default: the site found from
the current folder) at its path convention (content/blog/YYYY/MMDD-slug/index.md
on linkerd.io) and prints the new post's path. Its front matter follows the
site's newest posts, with one params.videoSchema entry per video in the order
given (a playlist gives its videos in its order); its body has an intro and
one section per talk, each marked <!-- rewrite --> for you to rewrite.

--date is the post's day (default: today); --author an author key of the
site (default: the default author of the app's Preferences). An existing
post folder is never overwritten.

Videos are looked up like \`recap-studio lookup\` does (YOUTUBE_API_KEY,
YOUTUBE_API_BASE_URL, YOUTUBE_OEMBED_URL). When YouTube cannot be reached,
the recap is made from the video IDs alone, its missing fields flagged;
\`recap-studio lookup --fill FILE\` fills them later. An input that names no
usable video (a typo, a private video) makes nothing, unless --skip-failed
leaves it out.

Exit status: 0 created, 1 not created (an input failed, the folder exists,
the post would have errors), 2 could not run.`;

export async function newRecapCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      author: { type: 'string' },
      site: { type: 'string' },
      'skip-failed': { type: 'boolean', default: false },
    },
  });
  if (values.title === undefined || values.title.trim() === '')
    throw new UsageError('Give the recap a --title: the event’s name.');
  if (positionals.length === 0)
    throw new UsageError('Give at least one video URL, ID or playlist.');

  const start = resolve(io.cwd, values.site ?? '.');
  const found = await findSiteRoot(start);
  if (found === null)
    throw new SiteError(
      'not-found',
      `There is no Hugo site at ${values.site ?? 'the current folder'} (no hugo.yaml, config.toml… found there or above).`,
    );
  const site = await openSite(found.root);
  const looker = await lookupFromEnv(io, 'new-recap');
  if (looker === null) return 2;
  const settings = new Settings(appDataDir(io.env ?? process.env));
  await settings.init();

  try {
    const plan = await planRecap(
      site,
      {
        title: values.title,
        date: values.date,
        author: values.author,
        inputs: positionals,
        skipFailed: values['skip-failed'],
      },
      { ...looker, now: () => new Date(), defaultAuthor: settings.values.defaultAuthor },
    );
    if (plan.status === 'cancelled') return 1;
    for (const failure of plan.failures) io.stderr(`${failure.input}: ${failure.message}\n`);
    if (plan.status === 'failed') {
      io.stderr(
        plan.failures.length > 0
          ? 'Nothing was written. Correct those inputs, or give --skip-failed to make the recap of the others.\n'
          : `Nothing was written: ${plan.offline ?? 'no video was found.'}\n`,
      );
      return 1;
    }
    await writeRecap(site, plan);
    io.stdout(`${relative(io.cwd, plan.file) || plan.file}\n`);
    const flagged = plan.talks.filter((talk) => talk.missing.length > 0);
    if (plan.offline !== null)
      io.stderr(`${plan.offline}\nThe recap was made from the video IDs alone.\n`);
    if (flagged.length > 0) {
      io.stderr('Fields left empty, flagged by `recap-studio check` until they are filled:\n');
      for (const talk of flagged) io.stderr(`  ${talk.video.id}: ${talk.missing.join(', ')}\n`);
      io.stderr(
        `Fill them later with: recap-studio lookup --fill ${relative(io.cwd, plan.file)}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof ServiceError) {
      io.stderr(`recap-studio new-recap: ${error.message}\n`);
      return error.code === 'exists' || error.code === 'invalid' ? 1 : 2;
    }
    throw error;
  }
}
