import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, electronProfileDir } from './app-data';

describe('electronProfileDir', () => {
  it("keeps Chromium's profile and the single-instance lock apart from settings and backups", () => {
    const env = {
      XDG_CONFIG_HOME: '/home/ada/.config',
      APPDATA: 'C:\\Users\\ada\\AppData\\Roaming',
    };
    const profile = electronProfileDir(env);
    expect(profile).toBe(join(appDataDir(env), 'electron-profile'));
    expect(profile).not.toBe(appDataDir(env));
  });

  it('follows RECAP_STUDIO_DATA_DIR, so instances side by side have their own lock', () => {
    expect(electronProfileDir({ RECAP_STUDIO_DATA_DIR: '/tmp/one' })).toBe(
      join('/tmp/one', 'electron-profile'),
    );
    expect(electronProfileDir({ RECAP_STUDIO_DATA_DIR: '/tmp/two' })).not.toBe(
      electronProfileDir({ RECAP_STUDIO_DATA_DIR: '/tmp/one' }),
    );
  });
});
