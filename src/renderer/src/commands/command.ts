/** Something the user can do, listed in the command palette with its shortcut. */
export interface Command {
  id: string;
  /** Plain words, starting with a verb: "Save post". */
  title: string;
  group: 'Post' | 'Tabs' | 'Go to' | 'View' | 'Edit' | 'Format' | 'Changes on disk';
  /** In CodeMirror's notation, `Mod-Shift-p`. */
  shortcut?: string;
  /**
   * Who listens for the shortcut: the app, wherever focus is, or the editor's
   * own keymap while it has focus.
   */
  scope: 'app' | 'editor';
  enabled: () => boolean;
  run: () => void;
  /**
   * False for what only the menu asks for (Export…, Preferences, a folder
   * opened from the menu): run by id, never listed in the palette.
   */
  listed?: boolean;
}
