import { bundleFileReferences } from '../../../shared/validate/rules/bundle-files';
import type { PostDocument } from '../../../shared/post/types';

/**
 * The site's templates find a bundle's cover and thumbnail by name
 * (linkerd.io: `.Resources.GetMatch "cover.*"`, with `showCover: true`), so
 * these files go with the post though its text never names them.
 */
const foundByName = /^(?:cover|thumbnail)\.[A-Za-z0-9]{1,5}$/;

export interface BundleAssets {
  /** The bundle's files the post needs, relative to the bundle, sorted. */
  present: string[];
  /** What the post names that the bundle does not have, each with where it is named. */
  missing: { file: string; where: string; from: number }[];
}

/**
 * The files of a page bundle that an export takes along: every file the
 * post's text or front matter names, and the cover and thumbnail the
 * templates look up by name. Other files of the folder (drafts of images,
 * notes) stay behind.
 */
export function bundleAssets(doc: PostDocument, bundleFiles: ReadonlySet<string>): BundleAssets {
  const present = new Set<string>();
  const missing: BundleAssets['missing'] = [];
  for (const reference of bundleFileReferences(doc)) {
    if (bundleFiles.has(reference.file)) present.add(reference.file);
    else if (!missing.some((m) => m.file === reference.file))
      missing.push({ file: reference.file, where: reference.where, from: reference.from });
  }
  for (const file of bundleFiles) if (foundByName.test(file)) present.add(file);
  return { present: [...present].sort(), missing };
}
