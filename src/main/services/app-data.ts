import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the app keeps its own files (settings, backups), never inside the
 * content folder. RECAP_STUDIO_DATA_DIR overrides it, for tests and for
 * running several instances side by side.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['RECAP_STUDIO_DATA_DIR'];
  if (override) return override;
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Recap Studio');
  if (process.platform === 'win32')
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Recap Studio');
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'recap-studio');
}

/**
 * Chromium's profile (caches, local storage) and the single-instance lock,
 * in a folder of their own inside the app's data folder rather than mixed
 * with settings and backups. Following RECAP_STUDIO_DATA_DIR, instances with
 * different data folders run side by side, each with its own lock.
 */
export function electronProfileDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(appDataDir(env), 'electron-profile');
}
