/**
 * Formats a post's Markdown body with Prettier and the site's own settings
 * (linkerd.io: `proseWrap: always`, 80 columns), as the site's contributors
 * do before they open a pull request. The front matter keeps its bytes and
 * every shortcode tag keeps its text: Prettier would otherwise rewrap a
 * call's arguments or escape its delimiters, and Hugo reads those literally.
 */
import { format, resolveConfig, type Options } from 'prettier';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import { lexShortcodeTags } from '../../../shared/shortcodes/lexer';

/** The site's Prettier settings for a file, from the `.prettierrc` found above it. */
export async function sitePrettierOptions(file: string): Promise<Options> {
  return (await resolveConfig(file, { editorconfig: false })) ?? {};
}

interface Protected {
  body: string;
  restore(formatted: string): string;
}

/**
 * Replaces each shortcode tag, and each commented-out call Hugo prints as
 * written, with a token of letters of the same length: Prettier treats it as
 * one word, and lines wrap where they will wrap once the tag is back.
 */
function protectShortcodes(body: string): Protected {
  const { tags, comments } = lexShortcodeTags(body);
  const spans = [...tags.map((tag) => tag.span), ...comments].sort((a, b) => a.from - b.from);
  let prefix = 'Rsq';
  while (body.includes(prefix)) prefix += 'q';
  const originals = new Map<string, string>();
  let protectedBody = '';
  let at = 0;
  for (const span of spans) {
    if (span.from < at) continue;
    const original = body.slice(span.from, span.to);
    const id = `${prefix}${originals.size.toString(36)}Z`;
    const token = id.padEnd(original.length, 'x');
    originals.set(token, original);
    protectedBody += body.slice(at, span.from) + token;
    at = span.to;
  }
  protectedBody += body.slice(at);
  const tokenPattern = new RegExp(`${prefix}[0-9a-z]+Zx*`, 'g');
  return {
    body: protectedBody,
    restore(formatted) {
      const restored = formatted.replace(tokenPattern, (token) => {
        const original = originals.get(token);
        if (original === undefined) throw new Error(`Formatting changed a shortcode (${token}).`);
        originals.delete(token);
        return original;
      });
      if (originals.size > 0) {
        throw new Error(`Formatting lost a shortcode: ${[...originals.values()][0]}`);
      }
      return restored;
    },
  };
}

/** One character wide, so that lines wrap where they will once it is a space again. */
const glueCandidates = ['\ua66e', '\u16dd', '\u2e4e'];

/**
 * Rewrapping can start a line with `#11320`, which markdownlint (MD018)
 * takes for a heading without its space: the site's CI rejects it. The word
 * before such a `#` is glued to it, so they wrap together.
 */
function keepHashesOffLineStarts(body: string): Protected {
  const glue = glueCandidates.find((candidate) => !body.includes(candidate));
  if (glue === undefined) return { body, restore: (formatted) => formatted };
  return {
    body: body.replace(/(?<=\S) (?=#[^\s#])/g, glue),
    restore: (formatted) => formatted.replaceAll(glue, ' '),
  };
}

/**
 * The post with its body formatted; the same text when it is already
 * formatted, so formatting twice gives the same bytes.
 */
export async function formatPostBody(text: string, options: Options): Promise<string> {
  const doc = parsePostChecked(text);
  const head = text.slice(0, doc.bodyFrom);
  const body = doc.body;
  // The blank lines between the front matter and the first block are the
  // author's; Prettier would drop them.
  const leading = /^(?:[ \t]*\r?\n)*/.exec(body)?.[0] ?? '';
  const rest = body.slice(leading.length);
  if (rest.trim() === '') return text;
  const eol = text.includes('\r\n') ? 'crlf' : 'lf';
  const shortcodes = protectShortcodes(rest);
  const hashes = keepHashesOffLineStarts(shortcodes.body);
  const formatted = await format(hashes.body, {
    ...options,
    parser: 'markdown',
    endOfLine: eol,
  });
  return head + leading + shortcodes.restore(hashes.restore(formatted));
}
