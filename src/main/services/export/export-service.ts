import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ArgsOf, DataOf, StudioApi } from '../../../shared/ipc/contract';
import type { ExportOptions } from '../../../shared/ipc/export';
import { ServiceError } from '../../../shared/ipc/result';
import { isInside, resolvePostFile } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { ExportRefusal, planExport, type PlannedExport } from './export-plan';
import { writeExport } from './export-write';

export interface ExportServiceDeps {
  workspace: Workspace;
  /**
   * Asks the user for a folder with the system's dialog (the desktop app);
   * null where there is none: web mode pages use the web server's picker,
   * which grants the folder through `grantFolder`.
   */
  chooseFolder: (() => Promise<string | null>) | null;
}

/**
 * The `export.*` calls: the finished post planned for the dialog, then
 * written to a folder the user chose, or into the open site. A page can
 * only name a folder the user granted (the system's dialog, the web mode's
 * picker): never any path of the machine.
 */
export class ExportService implements Pick<
  StudioApi,
  'export.prepare' | 'export.write' | 'export.chooseFolder'
> {
  private readonly granted = new Set<string>();

  constructor(private readonly deps: ExportServiceDeps) {}

  /** The user chose `folder` (dialog or picker): exports may go into it from now on. */
  async grantFolder(folder: string): Promise<string> {
    const real = await realpath(folder).catch(() => {
      throw new ServiceError('not-found', `There is no folder at ${folder}.`);
    });
    this.granted.add(real);
    return real;
  }

  async 'export.chooseFolder'(): Promise<DataOf<'export.chooseFolder'>> {
    if (this.deps.chooseFolder === null)
      throw new ServiceError(
        'unsupported',
        'This window cannot show the system folder dialog; choose the folder with Browse.',
      );
    const chosen = await this.deps.chooseFolder();
    return chosen === null ? null : { folder: await this.grantFolder(chosen) };
  }

  async 'export.prepare'({
    path,
    text,
    options,
  }: ArgsOf<'export.prepare'>): Promise<DataOf<'export.prepare'>> {
    const plan = await this.plan(path, text, options);
    const { bundleFolder: _bundleFolder, ...shown } = plan;
    return shown;
  }

  async 'export.write'(args: ArgsOf<'export.write'>): Promise<DataOf<'export.write'>> {
    const { options, target } = args;
    // Before anything is read: a page names only folders the user chose.
    const out = target.kind === 'folder' ? await this.grantedFolder(target.folder) : null;
    let plan = await this.plan(args.path, args.text, options);
    if (plan.problems.length > 0)
      throw new ServiceError('invalid', `The post cannot be exported: ${plan.problems.join(' ')}`);
    if (plan.warnings.length > 0 && !args.acknowledgeWarnings)
      throw new ServiceError(
        'invalid',
        `The exported post would have ${plan.warnings.length === 1 ? 'a warning' : `${plan.warnings.length} warnings`}; look at them and acknowledge them first.`,
      );
    if (out !== null)
      return writeExport(plan, { out, singleFile: options.singleFile, force: args.force });

    plan = this.intoSite(plan, options);
    const root = this.deps.workspace.requireFolder().site.root;
    const file = join(root, ...plan.siteTarget.split('/'));
    if (!isInside(root, file))
      throw new ServiceError('outside-workspace', `${plan.siteTarget} is outside the open folder.`);
    const source = await resolvePostFile(this.deps.workspace.requireFolder().bounds, args.path);
    if (
      source.absolute === file ||
      (plan.bundleFolder !== null && isInside(plan.bundleFolder, file))
    )
      throw new ServiceError(
        'exists',
        `The post is already at ${plan.siteTarget}, its place in the site; export it to a folder instead.`,
      );
    const singleFile = options.singleFile;
    return writeExport(plan, {
      out: singleFile ? dirname(file) : dirname(dirname(file)),
      singleFile,
      force: args.force,
    });
  }

  private async plan(
    path: string,
    text: string | undefined,
    options: ExportOptions,
  ): Promise<PlannedExport> {
    const folder = this.deps.workspace.requireFolder();
    const source = await resolvePostFile(folder.bounds, path);
    try {
      return await planExport({ site: folder.site, file: source.absolute, text }, options);
    } catch (error) {
      if (error instanceof ExportRefusal) throw new ServiceError('invalid', error.message);
      throw error;
    }
  }

  /** The plan renamed for its place in the site: the bundle's folder is the site's name for it. */
  private intoSite(plan: PlannedExport, options: ExportOptions): PlannedExport {
    const name = options.singleFile
      ? basename(plan.siteTarget, '.md')
      : basename(dirname(plan.siteTarget));
    return { ...plan, name, postFile: options.singleFile ? `${name}.md` : `${name}/index.md` };
  }

  /** `folder` when it is, or is inside, a folder the user chose; a refusal in words otherwise. */
  private async grantedFolder(folder: string): Promise<string> {
    const real = await realpath(folder).catch(() => {
      throw new ServiceError('not-found', `There is no folder at ${folder}.`);
    });
    for (const granted of this.granted) if (isInside(granted, real)) return real;
    throw new ServiceError(
      'outside-workspace',
      `Recap Studio exports only into a folder you chose for it; choose ${folder} with Choose folder… first.`,
    );
  }
}
