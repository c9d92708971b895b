import { describe, expect, it } from 'vitest';
import { parseSiteSettings, SiteSettingsError } from './site-settings';

describe('parseSiteSettings', () => {
  it('means infer when the file, the key or its value is absent', () => {
    for (const text of [null, '', '# only a comment\n', 'videoConvention:\n', 'other: 1\n']) {
      expect(parseSiteSettings(text)).toEqual({ videoConvention: 'infer' });
    }
  });

  it('reads each choice', () => {
    for (const choice of ['site', 'google', 'infer'] as const) {
      expect(parseSiteSettings(`videoConvention: ${choice}\n`)).toEqual({
        videoConvention: choice,
      });
    }
  });

  it('says plainly what is wrong with a bad file', () => {
    expect(() => parseSiteSettings('videoConvention: bing\n')).toThrow(
      'videoConvention in .recap-studio.yaml must be site, google or infer, not "bing".',
    );
    expect(() => parseSiteSettings('- a list\n')).toThrow(SiteSettingsError);
    expect(() => parseSiteSettings('videoConvention: [site\n')).toThrow(/not valid YAML/);
  });
});
