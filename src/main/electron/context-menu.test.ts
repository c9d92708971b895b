import { EventEmitter } from 'node:events';
import type {
  BaseWindow,
  ContextMenuParams,
  MenuItemConstructorOptions,
  WebContents,
} from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, installContextMenu } from './context-menu';

const shown = vi.hoisted(() => ({ menus: [] as { template: unknown; options: unknown }[] }));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({
      popup: (options: unknown) => shown.menus.push({ template, options }),
    }),
  },
}));

const allFlags = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
};

function params(overrides: Partial<ContextMenuParams> = {}): ContextMenuParams {
  return {
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: allFlags,
    frame: null,
    ...overrides,
  } as ContextMenuParams;
}

const noActions = { replaceMisspelling: vi.fn(), learnSpelling: vi.fn() };

/** `cut`, `separator`, `Add to Dictionary`…: what each item is, in order. */
function names(template: MenuItemConstructorOptions[]): string[] {
  return template.map((item) => item.role ?? item.label ?? item.type ?? '?');
}

describe('contextMenuTemplate', () => {
  it('offers Cut, Copy, Paste and Select All in the editor and form fields', () => {
    expect(names(contextMenuTemplate(params(), noActions))).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
  });

  it('greys out what cannot be done now', () => {
    const template = contextMenuTemplate(
      params({ editFlags: { ...allFlags, canCut: false, canCopy: false } }),
      noActions,
    );
    expect(template.find((item) => item.role === 'cut')?.enabled).toBe(false);
    expect(template.find((item) => item.role === 'paste')?.enabled).toBe(true);
  });

  it('puts spelling suggestions first, each replacing the word, and can learn the word', () => {
    const actions = { replaceMisspelling: vi.fn(), learnSpelling: vi.fn() };
    const template = contextMenuTemplate(
      params({ misspelledWord: 'recpa', dictionarySuggestions: ['recap', 'recipe'] }),
      actions,
    );
    expect(names(template).slice(0, 4)).toEqual([
      'recap',
      'recipe',
      'Add to Dictionary',
      'separator',
    ]);
    (template[0]?.click as () => void)();
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('recap');
    (template[2]?.click as () => void)();
    expect(actions.learnSpelling).toHaveBeenCalledWith('recpa');
  });

  it('says so when the spell checker has no guess', () => {
    const template = contextMenuTemplate(params({ misspelledWord: 'xqzv' }), noActions);
    expect(template[0]).toMatchObject({ label: 'No Guesses Found', enabled: false });
  });

  it('offers Copy alone over selected text that cannot be edited, and nothing over plain text', () => {
    expect(
      names(
        contextMenuTemplate(params({ isEditable: false, selectionText: 'Linkerd' }), noActions),
      ),
    ).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), noActions)).toEqual([]);
  });
});

describe('installContextMenu', () => {
  it("pops the menu up over the window on the page's context-menu event", () => {
    const contents = Object.assign(new EventEmitter(), {
      replaceMisspelling: vi.fn(),
      session: { addWordToSpellCheckerDictionary: vi.fn() },
    });
    const window = { id: 1 } as unknown as BaseWindow;
    installContextMenu(contents as unknown as WebContents, window);

    contents.emit(
      'context-menu',
      {},
      params({ misspelledWord: 'recpa', dictionarySuggestions: ['recap'] }),
    );
    expect(shown.menus).toHaveLength(1);
    const menu = shown.menus[0] as { template: MenuItemConstructorOptions[]; options: unknown };
    expect(menu.options).toMatchObject({ window });
    (menu.template[0]?.click as () => void)();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('recap');
    (menu.template[1]?.click as () => void)();
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('recpa');

    // Nothing to offer over plain text: no empty menu.
    contents.emit('context-menu', {}, params({ isEditable: false }));
    expect(shown.menus).toHaveLength(1);
  });
});
