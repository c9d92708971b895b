import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/ipc/result';
import { TemporaryFolders } from '../../../../test/workspace/helpers';
import {
  assertAssetName,
  decodeBase64,
  isImageName,
  listAssets,
  sanitizeAssetName,
} from './assets';

const temporary = new TemporaryFolders();
afterEach(() => temporary.cleanUp());

describe('sanitizeAssetName', () => {
  it.each([
    ['cover.png', 'cover.png'],
    ['../../My Photo (1).PNG', 'My-Photo-1.PNG'],
    ['C:\\Users\\me\\Desktop\\diagram.svg', 'diagram.svg'],
    ['.hidden.jpg', 'hidden.jpg'],
    ['.recap-studio-index.md.abc.tmp', 'recap-studio-index.md.abc.tmp'],
    ['Ünïcode café.webp', 'Unicode-cafe.webp'],
    ['日本.png', 'file.png'],
    ['...', 'file'],
    ['name\0.png', 'name.png'],
    ['archive.tar.gz', 'archive.tar.gz'],
    ['bad ext.p n g', 'bad-ext.png'],
  ])('%j → %j', (name, safe) => {
    expect(sanitizeAssetName(name)).toBe(safe);
  });

  it('keeps names short', () => {
    expect(sanitizeAssetName(`${'a'.repeat(300)}.png`)).toBe(`${'a'.repeat(100)}.png`);
  });

  it('refuses Markdown files, which are posts, not assets', () => {
    expect(() => assertAssetName('index.md')).toThrow(ServiceError);
    expect(() => assertAssetName('notes.MARKDOWN')).toThrow(/Markdown file/);
    expect(() => assertAssetName('cover.png')).not.toThrow();
  });
});

describe('decodeBase64', () => {
  it('decodes base64 exactly', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(Buffer.from(bytes));
    expect(decodeBase64('')).toHaveLength(0);
  });

  it('refuses what is not base64 rather than writing garbage', () => {
    expect(() => decodeBase64('not base64!')).toThrow(/not sent as base64/);
    expect(() => decodeBase64('abc')).toThrow(ServiceError);
  });
});

describe('listAssets', () => {
  it("lists a bundle's files with sizes, but not the post or hidden files", async () => {
    const bundle = await temporary.make();
    await mkdir(join(bundle, 'img'));
    await writeFile(join(bundle, 'index.md'), '# x\n');
    await writeFile(join(bundle, 'cover.jpg'), 'abc');
    await writeFile(join(bundle, 'img', 'diagram.svg'), '<svg/>');
    await writeFile(join(bundle, 'talk.pdf'), '12345');
    await writeFile(join(bundle, '.DS_Store'), '');
    await writeFile(join(bundle, '.recap-studio-cover.jpg.123.tmp'), 'partial');
    expect(await listAssets(bundle, join(bundle, 'index.md'))).toEqual([
      { name: 'cover.jpg', size: 3, isImage: true },
      { name: 'img/diagram.svg', size: 6, isImage: true },
      { name: 'talk.pdf', size: 5, isImage: false },
    ]);
  });

  it('knows image extensions in any case', () => {
    expect(isImageName('a.JPEG')).toBe(true);
    expect(isImageName('a.webp')).toBe(true);
    expect(isImageName('a.txt')).toBe(false);
    expect(isImageName('png')).toBe(false);
  });
});
