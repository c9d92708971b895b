import { Facet } from '@codemirror/state';

/** A shortcode template the site defines in `layouts/shortcodes/`. */
export interface SiteShortcode {
  name: string;
  /** Whether the template reads `.Inner`, so a call must be closed or self-closed. */
  usesInner: boolean;
  /** Named parameters the template reads (`.Get "start"`); absent when not known. */
  parameters?: readonly string[];
}

/**
 * What the editor knows about the open site. The shape matches the
 * workspace's `WorkspaceInfo`, so the app can pass that object as it is:
 * `siteFacts.of(workspace)`.
 */
export interface SiteFactsInput {
  /** The site's own shortcodes; they add to Hugo's built-ins and override those of the same name. */
  shortcodes?: readonly SiteShortcode[];
  /** Keys of `data/authors.yaml`; null when the site has no such file. */
  authors?: readonly string[] | null;
  /** The names `data/authors.yaml` gives its keys, for completion to show. */
  authorProfiles?: readonly { key: string; name: string | null }[];
  /** How many times the site's posts call each shortcode, by name: completion's order. */
  shortcodeUses?: Readonly<Record<string, number>>;
}

export interface EditorSiteFacts {
  /** By name; later inputs override earlier ones. */
  shortcodes: ReadonlyMap<string, SiteShortcode>;
  /** Null when no input listed authors. */
  authors: readonly string[] | null;
  /** Names by author key, for the keys that have one. */
  authorNames: ReadonlyMap<string, string>;
  /** Calls over the site's posts by shortcode name; later inputs override earlier ones. */
  shortcodeUses: ReadonlyMap<string, number>;
}

/**
 * The open site's shortcodes, authors and how much posts use each shortcode,
 * for completion and highlighting.
 * Reconfigure it through a compartment when another folder is opened.
 */
export const siteFacts = Facet.define<SiteFactsInput, EditorSiteFacts>({
  combine(inputs) {
    const shortcodes = new Map<string, SiteShortcode>();
    let authors: string[] | null = null;
    const authorNames = new Map<string, string>();
    const shortcodeUses = new Map<string, number>();
    for (const input of inputs) {
      for (const shortcode of input.shortcodes ?? []) shortcodes.set(shortcode.name, shortcode);
      if (input.authors) authors = [...new Set([...(authors ?? []), ...input.authors])];
      for (const { key, name } of input.authorProfiles ?? []) if (name) authorNames.set(key, name);
      for (const [name, count] of Object.entries(input.shortcodeUses ?? {}))
        shortcodeUses.set(name, count);
    }
    return { shortcodes, authors, authorNames, shortcodeUses };
  },
});
