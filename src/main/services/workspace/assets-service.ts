import { lstat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ArgsOf, DataOf, StudioApi } from '../../../shared/ipc/contract';
import { ServiceError } from '../../../shared/ipc/result';
import { writeFileAtomic } from '../atomic-write';
import type { PostWriter } from '../post-writer';
import {
  assertAssetName,
  decodeBase64,
  isImageName,
  listAssets,
  sanitizeAssetName,
} from './assets';
import { fileSystemError } from './fs-errors';
import type { OpenFolder } from './open-folder';
import { isLeafBundleIndex, resolveInside, resolvePostFile, type CheckedPath } from './paths';
import { contentOf, recordRow } from './post-content';
import { exists } from './posts-service';
import { contentVersion } from './version';
import type { Workspace } from './workspace';

export interface AssetsDeps {
  workspace: Workspace;
  writer: PostWriter;
}

/** The `assets.*` calls: the files of a post's bundle, and the cover among them. */
export class AssetsService implements Pick<
  StudioApi,
  'assets.list' | 'assets.add' | 'assets.setCover'
> {
  constructor(private readonly deps: AssetsDeps) {}

  async 'assets.list'({ post }: ArgsOf<'assets.list'>): Promise<DataOf<'assets.list'>> {
    const folder = this.deps.workspace.requireFolder();
    const target = await resolvePostFile(folder.bounds, post);
    if (!isLeafBundleIndex(target.relative)) return [];
    return listAssets(dirname(target.absolute), target.absolute).catch((error: unknown) => {
      throw fileSystemError(error, `folder of ${target.relative}`);
    });
  }

  /**
   * Copies a file into a post's bundle: the bytes come from the client, so
   * the original stays where it was. The name is sanitized and returned.
   */
  async 'assets.add'({
    post,
    name,
    data,
    overwrite,
  }: ArgsOf<'assets.add'>): Promise<DataOf<'assets.add'>> {
    const folder = this.deps.workspace.requireFolder();
    const target = await bundleOf(folder, post);
    const safeName = sanitizeAssetName(name);
    assertAssetName(safeName);
    const bytes = decodeBase64(data);
    const asset = await resolveInside(folder.bounds, `${dirname(target.relative)}/${safeName}`);
    await this.deps.workspace.locks.run(asset.absolute, async () => {
      if (!(await exists(target.absolute)))
        throw new ServiceError('not-found', `There is no post ${target.relative}.`);
      const existing = await lstat(asset.absolute).catch(() => null);
      if (existing && !existing.isFile())
        throw new ServiceError(
          'exists',
          `There is already a folder or link named ${safeName} beside the post; rename the file and try again.`,
        );
      if (existing && overwrite !== true)
        throw new ServiceError(
          'exists',
          `There is already a file named ${safeName} in this post's folder. Replace it, or rename the file and add it again.`,
        );
      folder.expectWrite(asset.absolute, contentVersion(bytes));
      await writeFileAtomic(asset.absolute, bytes).catch((error: unknown) => {
        throw fileSystemError(error, `file ${asset.relative}`);
      });
    });
    await folder.recheck(target.relative);
    return { name: safeName, size: bytes.length, isImage: isImageName(safeName) };
  }

  /**
   * Sets `params.cover` to a file of the bundle, as a form edit through the
   * post writer: only that line changes, over the version the caller read,
   * and never into a post with errors.
   */
  async 'assets.setCover'({
    post,
    name,
    baseVersion,
  }: ArgsOf<'assets.setCover'>): Promise<DataOf<'assets.setCover'>> {
    const folder = this.deps.workspace.requireFolder();
    const target = await bundleOf(folder, post);
    const assets = await listAssets(dirname(target.absolute), target.absolute).catch(
      (error: unknown) => {
        throw fileSystemError(error, `folder of ${target.relative}`);
      },
    );
    if (!assets.some((asset) => asset.name === name))
      throw new ServiceError(
        'not-found',
        `There is no file named ${name} in the folder of ${target.relative}; add the image first.`,
      );
    const outcome = await this.deps.writer.write({
      site: folder.site,
      file: target.absolute,
      shown: target.relative,
      base: { version: baseVersion },
      change: { edit: (document) => document.set(['params', 'cover'], name) },
      expectWrite: (file, version) => folder.expectWrite(file, version),
    });
    if (outcome.status === 'refused') {
      const error = outcome.diagnostics.find((d) => d.severity === 'error');
      throw new ServiceError(
        'invalid',
        `The cover was not set, because the post would have an error: ${error?.message ?? 'unknown'}`,
      );
    }
    const { document, version, diagnostics } = outcome;
    recordRow(folder, target, version, document, diagnostics);
    return contentOf(target, version, document, diagnostics);
  }
}

/** The post's bundle folder, for the asset calls; single-file posts have none. */
async function bundleOf(folder: OpenFolder, post: string): Promise<CheckedPath> {
  const target = await resolvePostFile(folder.bounds, post);
  if (!isLeafBundleIndex(target.relative))
    throw new ServiceError(
      'unsupported',
      `${target.relative} is a single-file post. Images can only be added to posts that have their own folder (an index.md with its images beside it).`,
    );
  return target;
}
