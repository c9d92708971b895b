import {
  Menu,
  type BaseWindow,
  type ContextMenuParams,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';

/** What a context menu's own items do (the clipboard items use Electron's roles). */
export interface ContextMenuActions {
  /** Replaces the misspelled word under the pointer. */
  replaceMisspelling(word: string): void;
  /** Adds a word to the spell checker's dictionary. */
  learnSpelling(word: string): void;
}

type MenuParams = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>;

/**
 * The menu a right click shows, as a desktop editor's: spelling suggestions
 * for a misspelled word first, then Cut, Copy, Paste and Select All in the
 * editor and form fields; Copy alone over selected text elsewhere (the
 * preview); nothing over plain text with nothing selected.
 */
export function contextMenuTemplate(
  params: MenuParams,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) items.push({ label: 'No Guesses Found', enabled: false });
    for (const suggestion of suggestions)
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push(
      { label: 'Add to Dictionary', click: () => actions.learnSpelling(word) },
      { type: 'separator' },
    );
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: flags.canCopy });
  }
  return items;
}

/** Shows the context menu on every right click in `contents`, over `window`. */
export function installContextMenu(contents: WebContents, window: BaseWindow): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      learnSpelling: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length === 0) return;
    Menu.buildFromTemplate(template).popup({ window, frame: params.frame ?? undefined });
  });
}
