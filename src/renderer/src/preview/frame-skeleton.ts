import { assetScheme } from '../../../shared/ipc/asset-url';

/**
 * The preview frame's own policy, on top of the app page's (a `srcdoc`
 * frame inherits that one too): no scripts, styles or frames of any kind,
 * images only from the app, the open folder's asset route and YouTube's
 * thumbnails. The frame's styles come from the parent as a constructed
 * style sheet, which no policy governs.
 */
export const framePolicy = [
  "default-src 'none'",
  `img-src 'self' data: ${assetScheme}: https://i.ytimg.com`,
  "style-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The frame's document before any content: the parent fills `main.post`. */
export function frameSkeleton(): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${framePolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<title>Preview</title>',
    '</head>',
    '<body><main class="post"></main></body>',
    '</html>',
  ].join('');
}
