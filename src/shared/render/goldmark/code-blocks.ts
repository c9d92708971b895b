import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';

/**
 * Code blocks as Hugo writes them with highlighting off (`codeFences:
 * false`): `<pre><code class="language-X">`, the language being the info
 * string up to its first space. Attributes (the source line) go on `<pre>`.
 */
export function useHugoCodeBlocks(md: MarkdownIt): void {
  const { escapeHtml, unescapeAll } = md.utils;
  const rules = md.renderer.rules;
  const preOpen = (token: Token): string => `<pre${md.renderer.renderAttrs(token)}>`;
  rules['fence'] = (tokens, idx) => {
    const token = tokens[idx]!;
    const info = unescapeAll(token.info).trim();
    const space = info.indexOf(' ');
    const language = space === -1 ? info : info.slice(0, space);
    const codeClass = language ? ` class="language-${escapeHtml(language)}"` : '';
    return `${preOpen(token)}<code${codeClass}>${escapeHtml(token.content)}</code></pre>\n`;
  };
  rules['code_block'] = (tokens, idx) => {
    const token = tokens[idx]!;
    return `${preOpen(token)}<code>${escapeHtml(token.content)}</code></pre>\n`;
  };
}
