import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFolder, findProjectRoot, parseWebArgs } from './launch-options';

describe('parseWebArgs', () => {
  it('takes an optional folder and port', () => {
    expect(parseWebArgs([])).toEqual({ folder: null, port: undefined });
    expect(parseWebArgs(['site'])).toEqual({ folder: 'site', port: undefined });
    expect(parseWebArgs(['--port', '8080', 'site'])).toEqual({ folder: 'site', port: 8080 });
    expect(parseWebArgs(['site', '--port=9000'])).toEqual({ folder: 'site', port: 9000 });
  });

  it('explains what is wrong', () => {
    expect(() => parseWebArgs(['a', 'b'])).toThrow('Give one folder only.');
    expect(() => parseWebArgs(['--open'])).toThrow('Unknown option --open.');
    expect(() => parseWebArgs(['--port'])).toThrow(
      'The port must be a number from 1 to 65535, not "".',
    );
    expect(() => parseWebArgs(['--port', '70000'])).toThrow('not "70000"');
    expect(() => parseWebArgs(['--port=http'])).toThrow('not "http"');
  });
});

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

describe('findProjectRoot', () => {
  it('finds the project from its sources and from the built bundle', () => {
    const root = resolve(import.meta.dirname, '..', '..', '..');
    expect(findProjectRoot(import.meta.dirname)).toBe(root);
    expect(findProjectRoot(join(root, 'out', 'cli'))).toBe(root);
    expect(() => findProjectRoot(tmpdir())).toThrow("Recap Studio's project folder was not found");
  });
});
