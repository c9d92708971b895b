/**
 * Electron IPC channels between the preload and main besides the contract's
 * calls (which use their own names, `posts.read`…). Colons keep them apart
 * from every contract name.
 */
export const electronChannels = {
  /** main → page: `(name, payload)` for the contract's events and menu commands. */
  event: 'studio:event',
  /** main → page: `{id, question}`. */
  question: 'studio:question',
  /** page → main: `{id, answer}`; `answer` is null when the page has no answer. */
  answer: 'studio:answer',
} as const;
