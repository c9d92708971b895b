import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { LookupOutcome } from '../../shared/ipc/youtube';
import { wholeLookupFailures } from '../../shared/youtube/failures';
import { SiteSettingsError } from '../../shared/youtube/site-settings';
import { findSiteRoot, openSite, SiteError } from '../services/site';
import { googleConventionFor, siteConvention } from '../services/youtube/site-convention';
import { lookupFromEnv } from './env-lookup';
import { fillCommand } from './lookup-fill';
import { UsageError, type CommandIO } from './io';

export const lookupUsage = `Usage: recap-studio lookup [--site DIR] [--convention site|google] [--format yaml|json] URL|ID|PLAYLIST...
       recap-studio lookup --fill [--convention site|google] FILE...

Prints a params.videoSchema entry for each video, in the order given (a
playlist gives its videos in its order), as YAML ready to paste under
params.videoSchema, or JSON with --format json. --site (default: the site
found from the current folder) decides the convention of embedUrl,
thumbnailUrl and uploadDate; --convention overrides the site's choice.

With YOUTUBE_API_KEY the YouTube Data API fills every field; without it,
oEmbed gives title and thumbnail only, and playlists cannot be read.
YOUTUBE_API_BASE_URL and YOUTUBE_OEMBED_URL point the calls elsewhere (a
proxy). Answers are kept for a day in the app's data folder.

With --fill, each FILE's params.videoSchema entries get their empty fields
filled, and each {{< youtube >}} call without an entry gets one; nothing
else in the file changes, not a byte. A file whose fill would add an error,
or whose front matter cannot be edited, is left untouched and reported.

Failures go to stderr, one line each. Exit status: 0 every video found,
1 some not found (or a file left untouched), 2 nothing could be looked up
(offline, bad key).`;

export async function lookupCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      site: { type: 'string' },
      convention: { type: 'string' },
      format: { type: 'string', default: 'yaml' },
      fill: { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'yaml' && values.format !== 'json') {
    throw new UsageError(`--format must be yaml or json, not "${values.format}".`);
  }
  const override = values.convention;
  if (override !== undefined && override !== 'site' && override !== 'google') {
    throw new UsageError(`--convention must be site or google, not "${override}".`);
  }
  if (values.fill) {
    if (values.site !== undefined)
      throw new UsageError("--fill takes each file's own site; leave --site out.");
    if (positionals.length === 0) throw new UsageError('Give at least one FILE to fill.');
    return fillCommand(positionals, override, io);
  }
  if (positionals.length === 0)
    throw new UsageError('Give at least one video URL, ID or playlist.');

  const looker = await lookupFromEnv(io, 'lookup');
  if (looker === null) return 2;
  const { lookup, key } = looker;
  const convention = await conventionFor(io, values.site, override);
  const result = await lookup.lookup({
    inputs: positionals,
    key,
    convention: convention.convention,
    conventionKind: convention.effective,
  });

  const found = result.outcomes.flatMap((outcome) => (outcome.status === 'found' ? [outcome] : []));
  const entries = found.map((outcome) => outcome.entry);
  if (entries.length > 0) {
    io.stdout(
      values.format === 'json'
        ? JSON.stringify(entries, null, 2) + '\n'
        : stringify(entries, { lineWidth: 0 }),
    );
  }
  const failures = result.outcomes.filter(
    (outcome): outcome is Extract<LookupOutcome, { status: 'failed' }> =>
      outcome.status === 'failed',
  );
  for (const failure of failures) io.stderr(`${failure.input}: ${failure.message}\n`);
  const hint = found.find((outcome) => outcome.hint !== null && key === null)?.hint;
  if (hint) io.stderr(`${hint}\n`);

  if (failures.length === 0) return 0;
  const nothingLookedUp =
    found.length === 0 && failures.some((failure) => wholeLookupFailures.has(failure.code));
  return nothingLookedUp ? 2 : 1;
}

/** The convention of the site given or found from the current folder; Google's without a site. */
async function conventionFor(
  io: CommandIO,
  siteArg: string | undefined,
  override: 'site' | 'google' | undefined,
) {
  const start = resolve(io.cwd, siteArg ?? '.');
  const found = await findSiteRoot(start);
  if (found === null) {
    if (siteArg !== undefined)
      throw new SiteError('not-found', `There is no Hugo site at ${siteArg}.`);
    return googleConventionFor(override ?? 'infer');
  }
  const site = await openSite(found.root);
  try {
    return await siteConvention(site, override);
  } catch (error) {
    if (error instanceof SiteSettingsError) throw new SiteError('unreadable', error.message);
    throw error;
  }
}
