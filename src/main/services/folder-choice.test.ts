import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFolder } from './folder-choice';

describe('chooseFolder', () => {
  const sampleSite = '/app/resources/sample-site';

  it('prefers the folder given, resolved from where the user typed the command', () => {
    expect(
      chooseFolder({ given: 'site', cwd: '/home/me', lastFolder: '/tmp', sampleSite }),
    ).toEqual({
      folder: '/home/me/site',
      notice: null,
    });
    expect(
      chooseFolder({ given: '/abs/site', cwd: '/home/me', lastFolder: null, sampleSite }).folder,
    ).toBe('/abs/site');
  });

  it('then the folder opened last, then the sample site', async () => {
    const last = await mkdtemp(join(tmpdir(), 'recap-last-'));
    try {
      expect(chooseFolder({ given: null, cwd: '/', lastFolder: last, sampleSite })).toEqual({
        folder: last,
        notice: null,
      });
      expect(chooseFolder({ given: null, cwd: '/', lastFolder: null, sampleSite })).toEqual({
        folder: sampleSite,
        notice: null,
      });
    } finally {
      await rm(last, { recursive: true, force: true });
    }
    expect(chooseFolder({ given: null, cwd: '/', lastFolder: last, sampleSite })).toEqual({
      folder: sampleSite,
      notice: `The folder opened last, ${last}, is no longer there; opening the sample site instead.`,
    });
  });
});
