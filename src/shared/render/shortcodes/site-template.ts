import type { ShortcodeCall } from '../../shortcodes/types';
import { named, positional } from './arguments';
import { escapeLikeGoTemplates } from './placeholder';

/** One piece of a template the preview can run. */
type Piece =
  { kind: 'text'; text: string } | { kind: 'get'; key: number | string } | { kind: 'inner' };

const compiled = new Map<string, Piece[] | null>();

/**
 * Whether the preview can compute what a site's shortcode template
 * prints: text and HTML with `{{ .Get 0 }}`, `{{ .Get "name" }}` (in text
 * or in a quoted attribute that is no URL, style or event handler) and
 * `{{ .Inner }}` (in text), comments and `{{-` / `-}}` trimming. Anything
 * else (functions, conditions, partials, `.Page`) is only shown by Hugo.
 */
export function isComputableTemplate(template: string): boolean {
  return compile(template) !== null;
}

/**
 * What a computable template prints for `call` (whose offsets are in
 * `text`), escaped as Go's html/template escapes strings; null when the
 * template is not computable.
 */
export function runSiteTemplate(
  template: string,
  call: ShortcodeCall,
  text: string,
): string | null {
  const pieces = compile(template);
  if (pieces === null) return null;
  let output = '';
  for (const piece of pieces) {
    if (piece.kind === 'text') output += piece.text;
    else if (piece.kind === 'inner')
      output += call.inner ? text.slice(call.inner.from, call.inner.to) : '';
    else {
      const value =
        typeof piece.key === 'number' ? positional(call, piece.key) : named(call, piece.key);
      output += escapeLikeGoTemplates(value ?? '');
    }
  }
  return output;
}

function compile(template: string): Piece[] | null {
  let pieces = compiled.get(template);
  if (pieces === undefined) {
    pieces = parse(template);
    if (compiled.size > 256) compiled.clear();
    compiled.set(template, pieces);
  }
  return pieces;
}

const action = /\{\{(-\s)?([\s\S]*?)(\s-)?\}\}/g;
const getArgument = /^\.Get\s+(?:(\d+)|"([^"\\]*)"|`([^`]*)`)$/;

function parse(template: string): Piece[] | null {
  const pieces: Piece[] = [];
  let at = 0;
  let trimNext = false;
  let literal = '';
  const addText = (chunk: string, trimStart: boolean, trimEnd: boolean): void => {
    let value = trimStart ? chunk.replace(/^\s+/, '') : chunk;
    if (trimEnd) value = value.replace(/\s+$/, '');
    literal += value;
    if (value !== '') pieces.push({ kind: 'text', text: value });
  };
  for (const match of template.matchAll(action)) {
    addText(template.slice(at, match.index), trimNext, match[1] !== undefined);
    trimNext = match[3] !== undefined;
    at = match.index + match[0].length;
    const body = (match[2] ?? '').trim();
    if (/^\/\*[\s\S]*\*\/$/.test(body)) continue;
    const context = htmlContext(literal);
    if (body === '.Inner') {
      if (context !== 'text') return null;
      pieces.push({ kind: 'inner' });
      continue;
    }
    const get = getArgument.exec(body);
    if (!get || context === 'other') return null;
    pieces.push({
      kind: 'get',
      key: get[1] !== undefined ? Number(get[1]) : (get[2] ?? get[3] ?? ''),
    });
  }
  addText(template.slice(at), trimNext, false);
  return pieces;
}

/** Attributes whose values html/template filters as URLs, CSS or script. */
const unsafeAttribute =
  /^(?:on|style$|href$|src$|srcset$|action$|formaction$|cite$|data$|poster$|background$|longdesc$|usemap$|codebase$|manifest$|xmlns)/i;

/**
 * Where HTML written so far leaves the next output: text, a quoted
 * attribute value that needs only escaping, or anywhere else (inside a tag,
 * a URL, a script or style), which the preview leaves to Hugo.
 */
function htmlContext(html: string): 'text' | 'attribute' | 'other' {
  const lt = html.lastIndexOf('<');
  const gt = html.lastIndexOf('>');
  if (/<(script|style)\b[^>]*>(?![\s\S]*<\/\1>)/i.test(html)) return 'other';
  if (lt <= gt) return 'text';
  const tag = html.slice(lt);
  const quoted = /\s([\w:-]+)\s*=\s*["'][^"']*$/.exec(tag);
  if (!quoted || unsafeAttribute.test(quoted[1] ?? '')) return 'other';
  return 'attribute';
}
