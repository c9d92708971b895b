import { JSDOM } from 'jsdom';

/**
 * Brings rendered HTML to a form where Hugo's output and the preview's can be
 * compared as text, by the reference renderer's conventions
 * (`../shared/hugo-oracle/README.md`):
 *
 * - parsed as HTML (so `<p>` closed by a `<div>` closes the same way on both sides);
 * - every element carrying `data-shortcode`, subtree and all, becomes the marker
 *   `<div data-shortcode="NAME"></div>`;
 * - an `<iframe>` compares by its source alone: Hugo's keeps it, the preview
 *   shows a card or placeholder carrying it as `data-embed-src`;
 * - whitespace-only text between blocks is dropped, comments too;
 * - attributes are sorted, entities decoded (serialization escapes only `&<>"`);
 * - a code block is its language and its text;
 * - what the preview adds for its own needs is taken off: `data-source-line`, and
 *   the `user-content-` prefix DOMPurify's SANITIZE_NAMED_PROPS puts on ids and names.
 *
 * Returns one line per top-level block.
 */
export function normalizeHtml(html: string): string {
  const document = parser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
  const body = document.body;
  replaceShortcodes(body);
  replaceEmbeds(body);
  removeComments(body);
  body.normalize();
  return Array.from(body.childNodes)
    .filter((node) => keep(node))
    .map((node) => serialize(node))
    .filter((line) => line !== '')
    .join('\n');
}

let domParser: DOMParser | undefined;

/** One jsdom window serves every call: building a window is the slow part. */
function parser(): DOMParser {
  domParser ??= new new JSDOM('').window.DOMParser();
  return domParser;
}

const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'details',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'img',
]);

function replaceShortcodes(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[data-shortcode]'))) {
    if (!element.isConnected) continue;
    const marker = element.ownerDocument.createElement('div');
    marker.setAttribute('data-shortcode', element.getAttribute('data-shortcode') ?? '');
    element.replaceWith(marker);
  }
}

function replaceEmbeds(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('iframe, [data-embed-src]'))) {
    if (!element.isConnected) continue;
    const frame = element.ownerDocument.createElement('iframe');
    frame.setAttribute(
      'src',
      element.getAttribute(element.localName === 'iframe' ? 'src' : 'data-embed-src') ?? '',
    );
    element.replaceWith(frame);
  }
}

function removeComments(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function isBlock(node: Node | null): boolean {
  return node === null || (node.nodeType === 1 && blockElements.has(node.nodeName.toLowerCase()));
}

function keep(node: Node): boolean {
  if (node.nodeType !== 3) return true;
  if ((node.textContent ?? '').trim() !== '') return true;
  if (node.parentElement?.closest('pre')) return true;
  return !(isBlock(node.previousSibling) || isBlock(node.nextSibling));
}

function serialize(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.nodeName.toLowerCase();
  if (
    tag === 'pre' &&
    element.firstElementChild?.nodeName.toLowerCase() === 'code' &&
    element.children.length === 1
  ) {
    const code = element.firstElementChild;
    const language = /(?:^|\s)language-(\S+)/.exec(code.getAttribute('class') ?? '')?.[1] ?? '';
    return `<pre language="${escapeText(language)}">${escapeText(element.textContent ?? '')}</pre>`;
  }
  const attributes = Array.from(element.attributes)
    .filter((attribute) => attribute.name !== 'data-source-line')
    .map((attribute) => {
      const value =
        attribute.name === 'id' || attribute.name === 'name'
          ? attribute.value.replace(/^user-content-/, '')
          : attribute.value;
      return ` ${attribute.name}="${escapeText(value)}"`;
    })
    .sort();
  const children = Array.from(element.childNodes)
    .filter((child) => keep(child))
    .map((child) => serialize(child))
    .join('');
  const voidElement = /^(area|br|col|embed|hr|img|input|source|track|wbr)$/.test(tag);
  return `<${tag}${attributes.join('')}>${voidElement ? '' : `${children}</${tag}>`}`;
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
