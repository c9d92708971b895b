/** What the incremental renderer needs to know about one rendered fragment of a page. */
export interface HtmlStructure {
  /**
   * Every element the fragment opens it closes again, innermost first, so the
   * fragment parses alone exactly as it does inside the page. When false (raw
   * HTML opened here and closed further on), the fragment must be joined
   * with what follows.
   */
  balanced: boolean;
  /**
   * Ids of the headings the Markdown renderer wrote at the fragment's own
   * level (those carrying `data-source-line`, outside any shortcode's
   * element, whose inner Markdown gets ids of its own), in order, with the
   * offsets of each id's value.
   */
  headingIds: HeadingId[];
  /** Offsets just after each top-level element (when balanced): where the fragment can be cut. */
  topLevelEnds: number[];
}

export interface HeadingId {
  id: string;
  from: number;
  to: number;
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text up to their own end tag. */
const rawTextElements = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

const headingTag = /^h[1-6]$/;
const idAttribute = /\sid="([^"]*)"/;
const tagName = /[A-Za-z][^\s/>]*/y;

interface OpenElement {
  name: string;
  shortcode: boolean;
  from: number;
}

/**
 * Reads the tag structure of HTML the preview renderer wrote (Markdown
 * output, shortcode cards and whatever raw HTML the post carries). It is
 * deliberately strict: anything it is unsure of (a mismatched end tag, an
 * unterminated comment, `<p>` left for the parser to close) counts as
 * unbalanced, which only costs speed, never correctness.
 */
export function scanHtmlStructure(html: string): HtmlStructure {
  const stack: OpenElement[] = [];
  const headingIds: HeadingId[] = [];
  const topLevelEnds: number[] = [];
  let shortcodeDepth = 0;
  let balanced = true;

  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    const next = html.charAt(lt + 1);

    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) {
        balanced = false;
        break;
      }
      at = end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      if (end === -1) {
        balanced = false;
        break;
      }
      at = end + 1;
      continue;
    }

    const closing = next === '/';
    tagName.lastIndex = lt + (closing ? 2 : 1);
    const nameMatch = tagName.exec(html);
    if (!nameMatch) {
      // A `<` that starts no tag is text.
      at = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const end = tagEnd(html, tagName.lastIndex);
    if (end === -1) {
      balanced = false;
      break;
    }
    at = end + 1;

    if (closing) {
      const open = stack[stack.length - 1];
      if (open === undefined) continue; // A stray end tag parses the same alone as in the page.
      if (open.name !== name) {
        balanced = false;
        break;
      }
      stack.pop();
      if (stack.length === 0) topLevelEnds.push(at);
      if (open.shortcode) shortcodeDepth -= 1;
      continue;
    }

    const tag = html.slice(lt, end + 1);
    if (headingTag.test(name) && shortcodeDepth === 0 && tag.includes(' data-source-line="')) {
      const id = idAttribute.exec(tag);
      if (id?.[1] !== undefined) {
        const from = lt + id.index + ' id="'.length;
        headingIds.push({ id: id[1], from, to: from + id[1].length });
      }
    }
    if (voidElements.has(name)) {
      if (stack.length === 0) topLevelEnds.push(at);
      continue;
    }
    if (rawTextElements.has(name)) {
      const close = indexOfIgnoringCase(html, `</${name}`, at);
      const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
      if (closeEnd === -1) {
        balanced = false;
        break;
      }
      at = closeEnd + 1;
      if (stack.length === 0) topLevelEnds.push(at);
      continue;
    }
    const shortcode = / data-shortcode="/.test(tag);
    if (shortcode) shortcodeDepth += 1;
    stack.push({ name, shortcode, from: lt });
  }

  if (stack.length > 0) balanced = false;
  return { balanced, headingIds, topLevelEnds: balanced ? topLevelEnds : [] };
}

/**
 * A balanced fragment cut after top-level elements into pieces of about
 * `size` characters or more, which parse alone as they do together: a
 * long part is then sanitized and replaced piece by piece.
 */
export function cutIntoPieces(html: string, ends: readonly number[], size: number): string[] {
  if (html.length <= size || ends.length === 0) return [html];
  const pieces: string[] = [];
  let from = 0;
  for (const end of ends) {
    if (end - from < size) continue;
    pieces.push(html.slice(from, end));
    from = end;
  }
  if (from < html.length) pieces.push(html.slice(from));
  return pieces;
}

/** Offset of the `>` ending a tag whose attributes start at `from`; quoted values may hold `>`. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const char = html.charAt(i);
    if (char === '>') return i;
    if (char === '"' || char === "'") {
      const close = html.indexOf(char, i + 1);
      if (close === -1) return -1;
      i = close;
    }
  }
  return -1;
}

function indexOfIgnoringCase(text: string, search: string, from: number): number {
  const lower = search.toLowerCase();
  for (let i = text.indexOf('</', from); i !== -1; i = text.indexOf('</', i + 2)) {
    if (text.slice(i, i + lower.length).toLowerCase() === lower) return i;
  }
  return -1;
}
