import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, parseWebArgs } from './launch-options';

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

describe('findProjectRoot', () => {
  it('finds the project from its sources and from the built bundle', () => {
    const root = resolve(import.meta.dirname, '..', '..', '..');
    expect(findProjectRoot(import.meta.dirname)).toBe(root);
    expect(findProjectRoot(join(root, 'out', 'cli'))).toBe(root);
    expect(() => findProjectRoot(tmpdir())).toThrow("Recap Studio's project folder was not found");
  });
});
