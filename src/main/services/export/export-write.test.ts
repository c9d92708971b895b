import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlannedExport } from './export-plan';
import { writeExport } from './export-write';

let temp: string;
let source: string;
let out: string;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'recap-export-write-'));
  source = join(temp, 'source');
  out = join(temp, 'out');
  await mkdir(join(source, 'img'), { recursive: true });
  await writeFile(join(source, 'cover.png'), 'new cover');
  await writeFile(join(source, 'img', 'diagram.svg'), '<svg/>');
});
afterEach(() => rm(temp, { recursive: true, force: true }));

function plan(assets: string[]): PlannedExport {
  return {
    name: 'post',
    postFile: 'post/index.md',
    text: 'new text\n',
    diff: '',
    assets,
    problems: [],
    errors: [],
    warnings: [],
    siteTarget: 'content/blog/post/index.md',
    bundleFolder: source,
  };
}

const everything = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();

describe('writeExport', () => {
  it('makes the bundle with nested files and leaves no temporary file', async () => {
    await writeExport(plan(['cover.png', 'img/diagram.svg']), {
      out,
      singleFile: false,
      force: false,
    });
    expect(everything(out)).toEqual([
      'post',
      'post/cover.png',
      'post/img',
      'post/img/diagram.svg',
      'post/index.md',
    ]);
  });

  it('leaves a new bundle unmade when a file cannot be copied', async () => {
    await expect(
      writeExport(plan(['cover.png', 'gone.png']), { out, singleFile: false, force: false }),
    ).rejects.toThrow("The post's file gone.png cannot be read");
    expect(everything(out)).toEqual([]);
  });

  it('puts every replaced file back when a later one fails, folders made for it removed', async () => {
    await mkdir(join(out, 'post'), { recursive: true });
    await writeFile(join(out, 'post', 'index.md'), 'old text\n');
    await writeFile(join(out, 'post', 'cover.png'), 'old cover');
    await expect(
      writeExport(plan(['cover.png', 'img/diagram.svg', 'gone.png']), {
        out,
        singleFile: false,
        force: true,
      }),
    ).rejects.toThrow('gone.png');
    expect(everything(out)).toEqual(['post', 'post/cover.png', 'post/index.md']);
    expect(readFileSync(join(out, 'post', 'index.md'), 'utf8')).toBe('old text\n');
    expect(readFileSync(join(out, 'post', 'cover.png'), 'utf8')).toBe('old cover');
  });

  it('replaces with force, keeping the folder’s other files', async () => {
    await mkdir(join(out, 'post'), { recursive: true });
    await writeFile(join(out, 'post', 'index.md'), 'old text\n');
    await writeFile(join(out, 'post', 'notes.txt'), 'mine');
    await writeExport(plan(['cover.png']), { out, singleFile: false, force: true });
    expect(everything(out)).toEqual(['post', 'post/cover.png', 'post/index.md', 'post/notes.txt']);
    expect(readFileSync(join(out, 'post', 'index.md'), 'utf8')).toBe('new text\n');
  });

  it('writes one file, never over another without force', async () => {
    const single = { ...plan([]), postFile: 'post.md' };
    await writeExport(single, { out, singleFile: true, force: false });
    await writeFile(join(out, 'post.md'), 'edited');
    await expect(
      writeExport(single, { out, singleFile: true, force: false }),
    ).rejects.toMatchObject({
      code: 'exists',
    });
    expect(everything(out)).toEqual(['post.md']);
    expect(readFileSync(join(out, 'post.md'), 'utf8')).toBe('edited');
    await writeExport(single, { out, singleFile: true, force: true });
    expect(readFileSync(join(out, 'post.md'), 'utf8')).toBe('new text\n');
  });

  it('writes nothing for a plan with problems', async () => {
    await expect(
      writeExport(
        { ...plan([]), problems: ['Error on line 2: bad date.'] },
        {
          out,
          singleFile: false,
          force: false,
        },
      ),
    ).rejects.toThrow('The post cannot be exported: Error on line 2: bad date.');
    expect(existsSync(out)).toBe(false);
  });
});
