import type { ArgsOf, DataOf, StudioApi } from '../../../shared/ipc/contract';
import { resolvePostFile } from './paths';
import type { Workspace } from './workspace';

/** The `backups.*` calls: unsaved edits kept in the app's data folder, per open folder. */
export class BackupsService implements Pick<
  StudioApi,
  'backups.store' | 'backups.list' | 'backups.discard'
> {
  constructor(private readonly workspace: Workspace) {}

  async 'backups.store'({ path, text }: ArgsOf<'backups.store'>): Promise<DataOf<'backups.store'>> {
    const folder = this.workspace.requireFolder();
    await folder.backups.store((await resolvePostFile(folder.bounds, path)).relative, text);
    return null;
  }

  async 'backups.list'(_args: ArgsOf<'backups.list'> = {}): Promise<DataOf<'backups.list'>> {
    return this.workspace.requireFolder().backups.list();
  }

  async 'backups.discard'({ path }: ArgsOf<'backups.discard'>): Promise<DataOf<'backups.discard'>> {
    const folder = this.workspace.requireFolder();
    await folder.backups.discard((await resolvePostFile(folder.bounds, path)).relative);
    return null;
  }
}
