/**
 * Keys from the site's older front matter shape and what today's posts use
 * instead. Hugo still renders most of them (templates read `.Params.*`, which
 * includes top-level keys), so they are warnings, not errors.
 */

export interface LegacyKey {
  /** Where the older key sits: `['author']`, `['params', 'thumbnailProcess']`. */
  path: readonly [string] | readonly ['params', string];
  /**
   * Today's equivalent in the post, as a dotted path; null when today's
   * site does the job elsewhere (featured posts are listed in `_index.md`).
   */
  replacement: string | null;
  /** One plain sentence naming today's way. */
  advice: string;
  /** True for keys that put site options at the top level, which is what makes a post "legacy". */
  structural: boolean;
  /**
   * What migrating to today's shape does with it: `move` puts the value at
   * `replacement` (lists are merged into a list already there); `drop`
   * removes a key today's site ignores.
   */
  migration: 'move' | 'drop';
}

export const legacyKeys: readonly LegacyKey[] = [
  {
    path: ['author'],
    replacement: 'params.author',
    advice: 'Today\'s posts set the author as "params.author".',
    structural: true,
    migration: 'move',
  },
  {
    path: ['featured'],
    replacement: null,
    advice:
      'Today\'s posts have no such key: the blog picks its featured posts from the "params.feature" list in its _index.md.',
    structural: true,
    migration: 'drop',
  },
  {
    path: ['thumbnail'],
    replacement: 'params.thumbnail',
    advice: 'Today\'s posts set the thumbnail as "params.thumbnail".',
    structural: true,
    migration: 'move',
  },
  {
    path: ['thumbnailProcess'],
    replacement: 'params.thumbnailRatio',
    advice: 'Today\'s posts use "params.thumbnailRatio" (for example "fit") instead.',
    structural: true,
    migration: 'move',
  },
  {
    path: ['enableVideoSchema'],
    replacement: 'params.videoSchema',
    advice:
      'Today\'s posts need no switch: the site describes every video listed under "params.videoSchema".',
    structural: true,
    migration: 'drop',
  },
  {
    path: ['tags'],
    replacement: 'keywords',
    advice:
      'Today\'s posts list their topics under "keywords", which the site weighs more when it picks related posts.',
    structural: false,
    migration: 'move',
  },
  {
    path: ['params', 'thumbnailProcess'],
    replacement: 'params.thumbnailRatio',
    advice: 'Today\'s posts use "params.thumbnailRatio" (for example "fit") instead.',
    structural: false,
    migration: 'move',
  },
];
