/**
 * The app's own shortcuts. Chosen so that a browser lets the page have them
 * too (web mode): Ctrl+N, Ctrl+W and Ctrl+Tab never reach a page.
 */
export const shortcuts = {
  palette: 'Mod-Shift-p',
  findPost: 'Mod-p',
  focusList: 'Mod-Shift-e',
  focusEditor: 'Mod-Alt-e',
  newPost: 'Mod-Alt-n',
  newRecap: 'Mod-Alt-r',
  save: 'Mod-s',
  saveAll: 'Mod-Alt-s',
  closeTab: 'Mod-Alt-w',
  nextTab: 'Alt-PageDown',
  previousTab: 'Alt-PageUp',
  problems: 'Mod-Shift-m',
  nextProblem: 'F8',
  previousProblem: 'Shift-F8',
  preview: 'Mod-Alt-v',
  frontMatter: 'Mod-Alt-f',
  compare: 'Mod-Alt-c',
  overwrite: 'Mod-Alt-o',
  // Not Mod-Alt-r: issue 10 gives that to New recap.
  reload: 'Mod-Alt-u',
} as const;
