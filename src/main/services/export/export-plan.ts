import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, relative, sep } from 'node:path';
import type { ExportOptions, ExportPlan } from '../../../shared/ipc/export';
import { migratePost, unifiedDiff } from '../../../shared/migrate';
import { decodePostBytes, PostEditError } from '../../../shared/post';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import type { PostDocument } from '../../../shared/post/types';
import { LineIndex } from '../../../shared/text/line-index';
import { diagnose } from '../post-check';
import { listBundleFiles, type Site } from '../site';
import { bundleFolderFor, slugify } from '../workspace/new-post';
import { bundleAssets } from './bundle-assets';
import { formatPostBody, sitePrettierOptions } from './format-body';

export interface ExportSource {
  /** The site the post belongs to: it is checked against the site's facts and settings. */
  site: Pick<Site, 'root' | 'facts' | 'contentDir'>;
  /** The post file, absolute. */
  file: string;
  /** The text to export (the editor's); the file's bytes when absent. */
  text?: string | undefined;
}

/** The plan, and where its files come from. */
export interface PlannedExport extends ExportPlan {
  /** The source bundle's folder, absolute; null for a post that is one file. */
  bundleFolder: string | null;
}

/** A reason the post cannot go out, in words, raised before any check could run. */
export class ExportRefusal extends Error {
  override name = 'ExportRefusal';
}

/**
 * The finished post, computed and checked but not written: the options
 * applied in order (migrate, clear the draft flag, format), the full check
 * of the result, and the bundle's files it takes along. With no options the
 * text is the source's, byte for byte.
 */
export async function planExport(
  source: ExportSource,
  options: ExportOptions,
): Promise<PlannedExport> {
  const original = source.text ?? (await readSourceText(source.file));
  const problems: string[] = [];
  let document = parsePostChecked(original);

  if (options.migrate) {
    const migration = migratePost(document);
    if (migration.status === 'refused') problems.push(`It cannot be migrated: ${migration.reason}`);
    else document = migration.after;
  }
  if (options.clearDraft && document.get('draft') === true) {
    try {
      document = document.delete('draft');
    } catch (error) {
      if (!(error instanceof PostEditError)) throw error;
      problems.push(`Its draft flag cannot be removed: ${error.message}`);
    }
  }
  if (options.format) {
    try {
      const formatted = await formatPostBody(document.text, await sitePrettierOptions(source.file));
      document = parsePostChecked(formatted);
    } catch (error) {
      problems.push(`Its text cannot be formatted: ${(error as Error).message}`);
    }
  }

  const diagnostics = await diagnose(source.site, source.file, document);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const lines = new LineIndex(document.text);
  const at = (offset: number): string => `line ${lines.position(offset).line}`;
  for (const error of errors) problems.push(`Error on ${at(error.from)}: ${error.message}`);

  const bundleFiles = await listBundleFiles(source.file);
  const assets =
    bundleFiles === null ? { present: [], missing: [] } : bundleAssets(document, bundleFiles);
  for (const missing of assets.missing)
    problems.push(
      `${missing.where} on ${at(missing.from)} refers to "${missing.file}", but the post's folder has no such file.`,
    );
  if (options.singleFile && assets.present.length > 0)
    problems.push(
      `It goes with files of its folder (${assets.present.join(', ')}), which one .md file would leave behind: export it as a bundle.`,
    );

  const name = exportName(source.file, document);
  return {
    name,
    postFile: options.singleFile ? `${name}.md` : `${name}/index.md`,
    text: document.text,
    diff: original === document.text ? '' : unifiedDiff(name, original, document.text),
    assets: assets.present,
    problems,
    errors,
    warnings,
    siteTarget: siteTarget(source, document, name, options.singleFile),
    bundleFolder: bundleFiles === null ? null : dirname(source.file),
  };
}

async function readSourceText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExportRefusal(
      code === 'ENOENT'
        ? `There is no file ${file}.`
        : `${file} cannot be read (${code ?? 'error'}).`,
    );
  }
  const decoded = decodePostBytes(bytes);
  if ('diagnostic' in decoded) throw new ExportRefusal(decoded.diagnostic.message);
  return decoded.text;
}

/** The bundle's folder name; for a post that is one file, its `slug` or its file name. */
function exportName(file: string, document: PostDocument): string {
  if (/^index\.(md|markdown)$/i.test(basename(file))) return basename(dirname(file));
  const slug = document.get('slug');
  if (typeof slug === 'string' && slugify(slug) === slug) return slug;
  return basename(file, extname(file));
}

/**
 * Where the post belongs in its site by the site's layout for posts
 * (`content/blog/YYYY/MMDD-slug/index.md`), from its date and its name.
 */
function siteTarget(
  source: ExportSource,
  document: PostDocument,
  name: string,
  singleFile: boolean,
): string {
  const date = document.get('date');
  const day = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  // The name already starts with the day in a bundle named the site's way.
  const slug = name.replace(/^\d{4}-/, '');
  const when = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : null;
  const folder = when === null ? `blog/${slug}` : bundleFolderFor(when, slug);
  const content = relative(source.site.root, source.site.contentDir).split(sep).join('/');
  const inContent = content === '' ? folder : `${content}/${folder}`;
  return singleFile ? `${inContent}.md` : `${inContent}/index.md`;
}
