/** The page's local storage, or null where the page may not use it. */
export function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // A page whose storage is refused (sandboxed, some privacy settings) throws on access.
    return null;
  }
}
