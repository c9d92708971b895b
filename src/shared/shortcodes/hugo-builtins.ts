/**
 * The shortcodes Hugo ships, by name, and whether each template uses `.Inner`
 * (and so must be closed or self-closed; the others may be neither).
 *
 * Hugo 0.111's set was measured with Hugo 0.111.3: its binary embeds exactly
 * these templates, and writing each as `{{< name />}}` fails with "does not
 * evaluate .Inner" for all but `highlight`. The later ones were read from
 * gohugoio/hugo `tpl/tplimpl/embedded/templates/shortcodes/`: `comment`,
 * `details` and `qr` read `.Inner` (qr falls back to it when `text` is not
 * given); `x` and `x_simple` do not. Templates that newer Hugo versions removed
 * (`twitter`, `twitter_simple`, `instagram_simple`…) stay listed: a site may
 * still build with a Hugo that has them.
 */
export const hugoBuiltinShortcodes: ReadonlyMap<string, { usesInner: boolean }> = new Map([
  // Hugo 0.111
  ['figure', { usesInner: false }],
  ['gist', { usesInner: false }],
  ['highlight', { usesInner: true }],
  ['instagram', { usesInner: false }],
  ['instagram_simple', { usesInner: false }],
  ['param', { usesInner: false }],
  ['ref', { usesInner: false }],
  ['relref', { usesInner: false }],
  ['tweet', { usesInner: false }],
  ['twitter', { usesInner: false }],
  ['twitter_simple', { usesInner: false }],
  ['vimeo', { usesInner: false }],
  ['vimeo_simple', { usesInner: false }],
  ['youtube', { usesInner: false }],
  // Added after 0.111
  ['comment', { usesInner: true }],
  ['details', { usesInner: true }],
  ['qr', { usesInner: true }],
  ['x', { usesInner: false }],
  ['x_simple', { usesInner: false }],
]);
