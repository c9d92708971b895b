import { startCompletion } from '@codemirror/autocomplete';
import { redo, selectAll, undo } from '@codemirror/commands';
import { nextDiagnostic, previousDiagnostic } from '@codemirror/lint';
import { gotoLine, openSearchPanel, selectNextOccurrence } from '@codemirror/search';
import type { EditorView } from '@codemirror/view';
import {
  cycleHeading,
  insertVideo,
  toggleBold,
  toggleBulletList,
  toggleInlineCode,
  toggleItalic,
  toggleLink,
  toggleOrderedList,
} from '../../editor';
import type { EditorSession } from '../editor-pane/editor-session';
import type { Pane } from '../layout/pane-layout';
import type { SidePanelView } from '../side-panel/SidePanel';
import type { Theme, ThemeChoice } from '../theme/theme-choice';
import type { Command } from './command';
import { focusWhenShown } from './focus-when-shown';
import { currentPlatform } from './shortcut';
import { shortcuts } from './shortcuts';

/** What the commands act on besides the session: the parts of the screen. */
export interface CommandTargets {
  session: EditorSession;
  openPalette: () => void;
  findPost: () => void;
  focusList: () => void;
  newPost: () => void;
  /** Opens "New recap…". */
  newRecap: () => void;
  /** Closes the tab, asking first when its text is unsaved. */
  closeTab: (path: string) => void;
  /** Shows the problems and moves focus to them; from within them, hides them. */
  toggleProblems: () => void;
  showSide: (view: SidePanelView) => void;
  compare: (path: string) => void;
  openPreferences: () => void;
  /** Opens the Export dialog for this post. */
  exportPost: (path: string) => void;
  /** Tells the user something, in a full sentence. */
  notify: (message: string) => void;
  /** main opened another folder (from its menu). */
  folderOpened: () => void;
  /** Shows a hidden pane of the main screen, or hides a shown one. */
  togglePane: (pane: Pane) => void;
  /** Shows only the editor, or everything again. */
  toggleFocusMode: () => void;
  /** The theme shown now, and the writer's choice. */
  theme: () => Theme;
  chooseTheme: (choice: ThemeChoice) => void;
}

/** Runs the command with this id if it can run now (a menu item, a shortcut); false when it cannot. */
export function runCommand(commands: readonly Command[], id: string): boolean {
  const command = commands.find((candidate) => candidate.id === id);
  if (!command?.enabled()) return false;
  command.run();
  return true;
}

/** Every command of the main screen, in the order the palette lists them; the menu runs them by id. */
export function appCommands(targets: CommandTargets): Command[] {
  const { session } = targets;
  const active = () => session.activeTab();
  const view = (): EditorView | null => {
    const tab = active();
    return tab ? session.editors.viewOf(tab.path) : null;
  };
  const hasPost = () => active() !== null;
  const inEditor = (name: string, run: (view: EditorView) => boolean) => () => {
    const target = view();
    if (!target) return;
    run(target);
    if (name !== 'edit.find') target.focus();
  };

  const editor = (
    id: string,
    title: string,
    group: Command['group'],
    shortcut: string | undefined,
    run: (view: EditorView) => boolean,
  ): Command => ({
    id,
    title,
    group,
    shortcut,
    scope: 'editor',
    enabled: hasPost,
    run: inEditor(id, run),
  });

  return [
    {
      id: 'palette',
      title: 'Show all commands',
      group: 'Go to',
      shortcut: shortcuts.palette,
      scope: 'app',
      enabled: () => true,
      run: targets.openPalette,
    },
    {
      id: 'post.new',
      title: 'New post…',
      group: 'Post',
      shortcut: shortcuts.newPost,
      scope: 'app',
      enabled: () => true,
      run: targets.newPost,
    },
    {
      id: 'recap.new',
      title: 'New recap…',
      group: 'Post',
      shortcut: shortcuts.newRecap,
      scope: 'app',
      enabled: () => true,
      run: targets.newRecap,
    },
    {
      id: 'post.save',
      title: 'Save post',
      group: 'Post',
      shortcut: shortcuts.save,
      scope: 'app',
      enabled: hasPost,
      run: () => {
        const tab = active();
        if (tab) void session.save(tab.path);
      },
    },
    {
      id: 'post.saveAll',
      title: 'Save all posts',
      group: 'Post',
      shortcut: shortcuts.saveAll,
      scope: 'app',
      enabled: () => session.unsavedPaths().length > 0,
      run: () => void session.saveAll(),
    },
    {
      id: 'post.compare',
      title: 'Compare with the file on disk',
      group: 'Changes on disk',
      shortcut: shortcuts.compare,
      scope: 'app',
      enabled: () => hasPost() && !active()?.deleted,
      run: () => {
        const tab = active();
        if (tab) targets.compare(tab.path);
      },
    },
    {
      id: 'post.overwrite',
      title: 'Overwrite the file on disk with my text',
      group: 'Changes on disk',
      shortcut: shortcuts.overwrite,
      scope: 'app',
      enabled: () => Boolean(active()?.conflict || active()?.deleted),
      run: () => {
        const tab = active();
        if (tab) void session.save(tab.path, { overwrite: true });
      },
    },
    {
      id: 'post.reload',
      title: 'Reload from disk',
      group: 'Changes on disk',
      shortcut: shortcuts.reload,
      scope: 'app',
      enabled: () => hasPost() && !active()?.deleted,
      run: () => {
        const tab = active();
        if (tab) void session.reload(tab.path);
      },
    },
    {
      id: 'tab.close',
      title: 'Close post',
      group: 'Tabs',
      shortcut: shortcuts.closeTab,
      scope: 'app',
      enabled: hasPost,
      run: () => {
        const tab = active();
        if (tab) targets.closeTab(tab.path);
      },
    },
    {
      id: 'tab.next',
      title: 'Next open post',
      group: 'Tabs',
      shortcut: shortcuts.nextTab,
      scope: 'app',
      enabled: () => session.getState().tabs.length > 1,
      run: () => session.cycle(1),
    },
    {
      id: 'tab.previous',
      title: 'Previous open post',
      group: 'Tabs',
      shortcut: shortcuts.previousTab,
      scope: 'app',
      enabled: () => session.getState().tabs.length > 1,
      run: () => session.cycle(-1),
    },
    {
      id: 'go.post',
      title: 'Find a post',
      group: 'Go to',
      shortcut: shortcuts.findPost,
      scope: 'app',
      enabled: () => true,
      run: targets.findPost,
    },
    {
      id: 'go.list',
      title: 'Post list',
      group: 'Go to',
      shortcut: shortcuts.focusList,
      scope: 'app',
      enabled: () => true,
      run: targets.focusList,
    },
    {
      id: 'go.editor',
      title: 'Editor',
      group: 'Go to',
      shortcut: shortcuts.focusEditor,
      scope: 'app',
      enabled: hasPost,
      run: () => view()?.focus(),
    },
    {
      id: 'go.nextProblem',
      title: 'Next problem',
      group: 'Go to',
      shortcut: shortcuts.nextProblem,
      scope: 'app',
      enabled: hasPost,
      run: inEditor('nextProblem', nextDiagnostic),
    },
    {
      id: 'go.previousProblem',
      title: 'Previous problem',
      group: 'Go to',
      shortcut: shortcuts.previousProblem,
      scope: 'app',
      enabled: hasPost,
      run: inEditor('previousProblem', previousDiagnostic),
    },
    editor('go.line', 'Line…', 'Go to', 'Mod-Alt-g', gotoLine),
    {
      id: 'view.problems',
      title: 'Go to problems (in them: hide them)',
      group: 'View',
      shortcut: shortcuts.problems,
      scope: 'app',
      enabled: () => true,
      run: targets.toggleProblems,
    },
    {
      id: 'view.preview',
      title: 'Show preview',
      group: 'View',
      shortcut: shortcuts.preview,
      scope: 'app',
      enabled: () => true,
      run: () => targets.showSide('preview'),
    },
    {
      id: 'view.frontMatter',
      title: 'Show front matter form',
      group: 'View',
      shortcut: shortcuts.frontMatter,
      scope: 'app',
      enabled: () => true,
      run: () => targets.showSide('front-matter'),
    },
    {
      id: 'view.publishCheck',
      title: 'Show the publish check',
      group: 'View',
      scope: 'app',
      enabled: () => true,
      run: () => targets.showSide('publish'),
    },
    ...paneCommands(targets),
    editor('edit.undo', 'Undo', 'Edit', 'Mod-z', undo),
    // As the editor's history keymap has it on each system.
    editor(
      'edit.redo',
      'Redo',
      'Edit',
      currentPlatform() === 'mac' ? 'Mod-Shift-z' : 'Mod-y',
      redo,
    ),
    editor('edit.find', 'Find and replace', 'Edit', 'Mod-f', openSearchPanel),
    editor('edit.selectAll', 'Select all', 'Edit', 'Mod-a', selectAll),
    editor(
      'edit.nextOccurrence',
      'Add next occurrence to selection',
      'Edit',
      'Mod-d',
      selectNextOccurrence,
    ),
    editor('edit.complete', 'Suggest completions', 'Edit', 'Ctrl-Space', startCompletion),
    // The post's videos are offered by title where the ID goes.
    editor('insert.video', 'Insert video (youtube shortcode)', 'Edit', undefined, insertVideo),
    {
      id: 'post.addVideoEntry',
      title: 'Add videoSchema entry (describe a video)…',
      group: 'Post',
      scope: 'app',
      enabled: hasPost,
      // The form's Videos section, at its "YouTube URL or video ID" field.
      run: () => {
        targets.showSide('front-matter');
        focusWhenShown('video-schema-reference');
      },
    },
    editor('format.bold', 'Bold', 'Format', 'Mod-b', toggleBold),
    editor('format.italic', 'Italic', 'Format', 'Mod-i', toggleItalic),
    editor('format.code', 'Inline code', 'Format', 'Mod-e', toggleInlineCode),
    editor('format.link', 'Link', 'Format', 'Mod-k', toggleLink),
    editor('format.heading', 'Heading level', 'Format', 'Mod-Shift-h', cycleHeading),
    editor('format.bullets', 'Bulleted list', 'Format', 'Mod-Shift-8', toggleBulletList),
    editor('format.numbers', 'Numbered list', 'Format', 'Mod-Shift-7', toggleOrderedList),
    {
      id: 'post.export',
      title: 'Export post…',
      group: 'Post',
      shortcut: shortcuts.exportPost,
      scope: 'app',
      enabled: hasPost,
      run: () => {
        const tab = active();
        if (tab) targets.exportPost(tab.path);
      },
    },
    {
      id: 'app.preferences',
      title: 'Open Preferences (YouTube key, video convention, default author)',
      group: 'View',
      scope: 'app',
      enabled: () => true,
      run: targets.openPreferences,
    },
    {
      id: 'folder.opened',
      title: 'Show the folder main opened',
      group: 'Go to',
      scope: 'app',
      listed: false,
      enabled: () => true,
      run: () => {
        session.closeAll();
        targets.folderOpened();
      },
    },
  ];
}

/** Showing and hiding the panes, and focus mode (issue 15 §3). */
function paneCommands(targets: CommandTargets): Command[] {
  const toggle = (id: string, title: string, pane: Pane, shortcut?: string): Command => ({
    id,
    title,
    group: 'View',
    shortcut,
    scope: 'app',
    enabled: () => true,
    run: () => targets.togglePane(pane),
  });
  return [
    toggle('view.toggleList', 'Show or hide the post list', 'list', shortcuts.togglePostList),
    toggle('view.toggleSide', 'Show or hide the side panel', 'side', shortcuts.toggleSidePanel),
    toggle('view.toggleProblemsPane', 'Show or hide the problems panel', 'problems'),
    {
      id: 'view.focusMode',
      title: 'Focus mode: show only the editor (again, or Escape: show everything)',
      group: 'View',
      shortcut: shortcuts.focusMode,
      scope: 'app',
      enabled: () => true,
      run: targets.toggleFocusMode,
    },
    ...themeCommands(targets),
  ];
}

/** Light or dark whatever the system says, or as it says again (issue 15 §4). */
function themeCommands(targets: CommandTargets): Command[] {
  return [
    {
      id: 'view.switchTheme',
      title: 'Switch theme: light or dark',
      group: 'View',
      scope: 'app',
      enabled: () => true,
      // The change shows itself; "Follow the system's theme" is listed beside it from now on.
      run: () => targets.chooseTheme(targets.theme().dark ? 'light' : 'dark'),
    },
    {
      id: 'view.systemTheme',
      title: "Follow the system's theme (light or dark)",
      group: 'View',
      scope: 'app',
      enabled: () => targets.theme().choice !== 'system',
      run: () => targets.chooseTheme('system'),
    },
  ];
}
