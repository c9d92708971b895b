import { relative, resolve } from 'node:path';
import { ServiceError } from '../../shared/ipc/result';
import { SiteSettingsError } from '../../shared/youtube/site-settings';
import { appDataDir } from '../services/app-data';
import { createServices } from '../services/create-services';
import { fillPostFile, nothingLookedUp, type FillOutcome } from '../services/recap/fill-post';
import { openSite, SiteError } from '../services/site';
import { siteConvention } from '../services/youtube/site-convention';
import { lookupFromEnv } from './env-lookup';
import type { CommandIO } from './io';
import { refusedWriteDetails } from './file-edit';

/** `lookup --fill FILE...`: see the usage in lookup.ts. */
export async function fillCommand(
  files: readonly string[],
  override: 'site' | 'google' | undefined,
  io: CommandIO,
): Promise<number> {
  const looker = await lookupFromEnv(io, 'lookup');
  if (looker === null) return 2;
  // Only the writer is used: nothing is read or written in the app's data folder.
  const services = createServices({ dataDir: appDataDir(io.env), trash: null, env: {} });
  const outcomes: FillOutcome[] = [];
  let leftAlone = 0;
  try {
    for (const path of files) {
      const file = resolve(io.cwd, path);
      const shown = relative(io.cwd, file) || path;
      let outcome: FillOutcome;
      try {
        const site = await openSite(file);
        const convention = await siteConvention(site, override);
        outcome = await fillPostFile({
          ...looker,
          writer: services.writer,
          site,
          convention,
          file,
          shown,
        });
      } catch (error) {
        if (
          error instanceof ServiceError ||
          error instanceof SiteError ||
          error instanceof SiteSettingsError
        ) {
          leftAlone += 1;
          io.stderr(`${shown}: left untouched: ${error.message}\n`);
          continue;
        }
        throw error;
      }
      outcomes.push(outcome);
      report(io, shown, outcome);
      if (outcome.status === 'refused') leftAlone += 1;
    }
  } finally {
    await services.dispose();
  }
  const failed = outcomes.some((o) => o.status !== 'refused' && o.failures.length > 0);
  if (outcomes.length > 0 && outcomes.every(nothingLookedUp)) return 2;
  return failed || leftAlone > 0 ? 1 : 0;
}

function report(io: CommandIO, shown: string, outcome: FillOutcome): void {
  if (outcome.status === 'refused') {
    io.stderr(`${shown}: left untouched: ${outcome.reason}\n`);
    if (outcome.diagnostics.length > 0)
      io.stderr(refusedWriteDetails(outcome.text, outcome.diagnostics).replace(/^/gm, '  '));
    return;
  }
  const { filled, added } = outcome.report;
  const parts = [
    ...filled.map((entry) => `video ${entry.entry} (${entry.id}): ${entry.fields.join(', ')}`),
    ...added.map((entry) => `video ${entry.entry} (${entry.id}): added`),
  ];
  io.stdout(
    outcome.status === 'filled'
      ? `${shown}: filled ${parts.join('; ')}\n`
      : `${shown}: unchanged\n`,
  );
  for (const failure of outcome.failures)
    io.stderr(`${shown}: ${failure.id}: ${failure.message}\n`);
  for (const hint of outcome.hints) io.stderr(`${shown}: ${hint}\n`);
}
