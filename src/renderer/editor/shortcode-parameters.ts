/** One named argument a shortcode template reads. */
export interface ShortcodeParameter {
  name: string;
  /** One short sentence for the completion list. */
  info: string;
  /** Values worth offering; only for arguments with a closed set. */
  values?: readonly string[];
}

const booleans = ['true', 'false'];
const loading = ['eager', 'lazy'];

/**
 * Named arguments of Hugo's built-in shortcodes, as their templates read them
 * (gohugoio/hugo `tpl/tplimpl/embedded/templates/_shortcodes/`). Hugo 0.111's
 * `youtube` reads `id`, `class`, `autoplay` and `title`; the others came later
 * and are listed because a site may build with a newer Hugo. Shortcodes that
 * take only positional arguments (`gist`, `highlight`, `param`, `ref`…) are
 * left out: there is no name to complete.
 */
export const builtinShortcodeParameters: ReadonlyMap<string, readonly ShortcodeParameter[]> =
  new Map([
    [
      'youtube',
      [
        { name: 'id', info: 'The video ID.' },
        { name: 'title', info: 'The title of the player frame, read by screen readers.' },
        { name: 'class', info: 'A class for the wrapping element; it drops the default styles.' },
        { name: 'autoplay', info: 'Whether the video starts by itself (muted).', values: booleans },
        { name: 'start', info: 'Where to start playing, in seconds.' },
        { name: 'end', info: 'Where to stop playing, in seconds.' },
        { name: 'mute', info: 'Whether the video starts muted.', values: booleans },
        { name: 'loop', info: 'Whether the video plays again and again.', values: booleans },
        { name: 'controls', info: 'Whether the player shows its controls.', values: booleans },
        { name: 'loading', info: 'When the browser loads the player.', values: loading },
        {
          name: 'allowFullScreen',
          info: 'Whether the player may go full screen.',
          values: booleans,
        },
      ],
    ],
    [
      'vimeo',
      [
        { name: 'id', info: 'The video ID.' },
        { name: 'title', info: 'The title of the player frame.' },
        { name: 'class', info: 'A class for the wrapping element.' },
        { name: 'loading', info: 'When the browser loads the player.', values: loading },
        {
          name: 'allowFullScreen',
          info: 'Whether the player may go full screen.',
          values: booleans,
        },
      ],
    ],
    [
      'figure',
      [
        { name: 'src', info: 'The image: a file in the post bundle or a URL.' },
        { name: 'alt', info: 'Text describing the image for those who cannot see it.' },
        { name: 'caption', info: 'A caption under the image (Markdown).' },
        { name: 'title', info: 'A heading in the caption.' },
        { name: 'link', info: 'Where clicking the image leads.' },
        { name: 'target', info: 'The target of the link.' },
        { name: 'rel', info: 'The rel attribute of the link.' },
        { name: 'class', info: 'A class for the figure element.' },
        { name: 'width', info: 'The width of the image.' },
        { name: 'height', info: 'The height of the image.' },
        { name: 'loading', info: 'When the browser loads the image.', values: loading },
        { name: 'attr', info: 'An attribution line (Markdown).' },
        { name: 'attrlink', info: 'Where the attribution links to.' },
      ],
    ],
    [
      'tweet',
      [
        { name: 'user', info: 'The account that posted it.' },
        { name: 'id', info: 'The post ID.' },
      ],
    ],
    [
      'x',
      [
        { name: 'user', info: 'The account that posted it.' },
        { name: 'id', info: 'The post ID.' },
      ],
    ],
    [
      'instagram',
      [{ name: 'hidecaption', info: 'Whether to hide the caption.', values: booleans }],
    ],
    [
      'details',
      [
        { name: 'summary', info: 'The text shown while the details are closed (Markdown).' },
        { name: 'open', info: 'Whether the details start open.', values: booleans },
        { name: 'class', info: 'A class for the details element.' },
        { name: 'name', info: 'Groups details elements so that only one is open at a time.' },
        { name: 'title', info: 'The title attribute of the details element.' },
      ],
    ],
    [
      'qr',
      [
        { name: 'text', info: 'The text to encode; the inner content when absent.' },
        {
          name: 'level',
          info: 'Error correction level.',
          values: ['low', 'medium', 'quartile', 'high'],
        },
        { name: 'scale', info: 'Pixels per module of the code.' },
        { name: 'targetDir', info: 'Where to write the image.' },
        { name: 'alt', info: 'Text describing the code.' },
        { name: 'class', info: 'A class for the image.' },
        { name: 'title', info: 'The title attribute of the image.' },
        { name: 'loading', info: 'When the browser loads the image.', values: loading },
      ],
    ],
  ]);
