/**
 * What the menu asks the page to do. Main sends each as the `menu.command`
 * event with `{command}`; the page listens with `window.studio.shell.onMenuCommand`.
 * Open Folder and Open Recent run in main (they need the system's dialog and
 * Settings), then tell the page with `folder.opened`.
 */
export const menuCommands = [
  /** File › New Post: ask for a title and create the post. */
  'post.new',
  /** File › New Recap…: an event recap from its talks' videos. */
  'recap.new',
  /** File › Save: save the post being edited. */
  'post.save',
  /** File › Export…: export the post being edited. */
  'post.export',
  /** File › Publish Check: show the publish check of the post being edited. */
  'view.publishCheck',
  /** File › Close Tab (Ctrl/Cmd+W): close the post being edited, asking first when it is unsaved. */
  'tab.close',
  /** Edit › Find: open the editor's search. */
  'edit.find',
  /** Preferences: show the app's settings. */
  'app.preferences',
  /**
   * Main opened another folder: drop the old folder's editors and fetch
   * `workspace.current` and the post list again.
   */
  'folder.opened',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

/** The event name menu commands travel under, beside the contract's events. */
export const menuCommandEvent = 'menu.command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
