import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStudio } from '../../../../test/fakes/memory-studio';
import { menuCommands } from '../../../shared/ipc/menu-commands';
import { EditorSession } from '../editor-pane/editor-session';
import type { Theme } from '../theme/theme-choice';
import { matchScore } from './palette-match';
import { appCommands, runCommand, type CommandTargets } from './app-commands';

const A = 'content/blog/a/index.md';

describe('menu commands run the palette’s commands', () => {
  let memory: MemoryStudio;
  let session: EditorSession;
  let targets: CommandTargets;
  let theme: Theme;
  const done: string[] = [];

  beforeEach(() => {
    memory = new MemoryStudio();
    memory.write(A, '---\ntitle: A\n---\nBody.\n');
    session = new EditorSession({ client: memory.client });
    done.length = 0;
    theme = { choice: 'system', dark: false };
    targets = {
      session,
      openPalette: () => done.push('palette'),
      findPost: () => done.push('find post'),
      focusList: () => done.push('list'),
      newPost: () => done.push('new post'),
      newRecap: () => done.push('new recap'),
      closeTab: (path) => done.push(`close ${path}`),
      toggleProblems: () => done.push('problems'),
      showSide: (view) => done.push(`side ${view}`),
      compare: (path) => done.push(`compare ${path}`),
      notify: (message) => done.push(message),
      folderOpened: () => done.push('folder opened'),
      openPreferences: () => done.push('preferences'),
      togglePane: (pane) => done.push(`toggle ${pane}`),
      toggleFocusMode: () => done.push('focus mode'),
      exportPost: (path) => done.push(`export ${path}`),
      theme: () => theme,
      chooseTheme: (choice) => {
        done.push(`theme ${choice}`);
        theme = { choice, dark: choice === 'dark' };
      },
    };
  });

  afterEach(() => session.dispose());

  it('has a command for every menu command', () => {
    const ids = appCommands(targets).map((command) => command.id);
    for (const id of menuCommands) expect(ids).toContain(id);
  });

  it('keeps menu-only commands out of the palette', () => {
    const unlisted = appCommands(targets)
      .filter((command) => command.listed === false)
      .map((command) => command.id);
    // Preferences is listed: web mode has no menu, and the palette reaches it there.
    expect(unlisted).toEqual(['folder.opened']);
  });

  it('runs a command by id only when it can run', async () => {
    const commands = appCommands(targets);
    expect(runCommand(commands, 'tab.close')).toBe(false);
    expect(runCommand(commands, 'post.export')).toBe(false);
    expect(runCommand(commands, 'post.new')).toBe(true);
    expect(runCommand(commands, 'recap.new')).toBe(true);
    await session.open(A);
    expect(runCommand(commands, 'tab.close')).toBe(true);
    expect(runCommand(commands, 'post.export')).toBe(true);
    expect(runCommand(commands, 'no.such.command')).toBe(false);
    expect(done).toEqual(['new post', 'new recap', `close ${A}`, `export ${A}`]);
  });

  it('shows and hides each pane, and enters focus mode, from the palette', () => {
    const commands = appCommands(targets);
    for (const id of ['view.toggleList', 'view.toggleSide', 'view.toggleProblemsPane'])
      expect(runCommand(commands, id)).toBe(true);
    expect(runCommand(commands, 'view.focusMode')).toBe(true);
    expect(done).toEqual(['toggle list', 'toggle side', 'toggle problems', 'focus mode']);
  });

  it("switches the theme to the other one, and back to the system's", () => {
    const commands = appCommands(targets);
    const palette = commands.filter((command) => command.listed !== false);
    expect(
      palette.filter((command) => matchScore('dark', command.title) !== null).map((c) => c.id),
    ).toEqual(['view.switchTheme', 'view.systemTheme']);
    expect(runCommand(commands, 'view.systemTheme')).toBe(false);
    expect(runCommand(commands, 'view.switchTheme')).toBe(true);
    expect(runCommand(commands, 'view.switchTheme')).toBe(true);
    expect(runCommand(commands, 'view.systemTheme')).toBe(true);
    expect(done.filter((line) => line.startsWith('theme '))).toEqual([
      'theme dark',
      'theme light',
      'theme system',
    ]);
  });

  it('lists the recap features: insert video, add a videoSchema entry', async () => {
    const commands = appCommands(targets);
    const titles = commands.filter((c) => c.listed !== false).map((c) => c.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Insert video (youtube shortcode)',
        'Add videoSchema entry (describe a video)…',
      ]),
    );
    expect(runCommand(commands, 'post.addVideoEntry')).toBe(false);
    await session.open(A);
    expect(runCommand(commands, 'post.addVideoEntry')).toBe(true);
    expect(done).toEqual(['side front-matter']);
  });

  it('saves the active post from the menu', async () => {
    await session.open(A);
    session.editors.update(A, (state) => ({
      changes: { from: state.doc.length, insert: 'More.\n' },
    }));
    runCommand(appCommands(targets), 'post.save');
    await vi.waitFor(() => expect(memory.files.get(A)).toMatch(/More\.\n$/));
  });

  it('drops every editor when main opened another folder', async () => {
    await session.open(A);
    runCommand(appCommands(targets), 'folder.opened');
    expect(session.getState().tabs).toEqual([]);
    expect(done).toEqual(['folder opened']);
  });
});
