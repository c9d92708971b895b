import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { typographerToken } from './typographer';

/**
 * Goldmark's IsDangerousURL: script-capable and file URLs, and `data:` other
 * than images. Case-sensitive, as Hugo 0.111's Goldmark checks (`VBScript:`
 * passes); the sanitizer is what keeps the preview safe.
 */
export function isDangerousUrl(url: string): boolean {
  if (url.startsWith('data:image/')) {
    return !/^data:image\/(png|gif|jpeg|webp|svg\+xml);/.test(url);
  }
  return /^(javascript|vbscript|file|data):/.test(url);
}

/**
 * Links and images like Goldmark's renderer: any destination is a link
 * (markdown-it would refuse `javascript:` and leave the text), URLs are
 * percent-encoded without punycode, a dangerous destination is emptied unless
 * `unsafe`, and an image's alt text is its children's source text (see
 * `recordImageAlt`).
 */
export function useGoldmarkLinks(md: MarkdownIt, unsafe: boolean): void {
  const { mdurl } = md.utils.lib;
  md.validateLink = () => true;
  md.normalizeLink = (url) => mdurl.encode(url);
  const rules = md.renderer.rules;
  const blank = (token: Token, name: string): void => {
    const value = token.attrGet(name);
    if (!unsafe && typeof value === 'string' && isDangerousUrl(value)) token.attrSet(name, '');
  };
  rules['link_open'] = (tokens, idx, options, _env, self) => {
    blank(tokens[idx]!, 'href');
    return self.renderToken(tokens, idx, options);
  };
  rules['image'] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    blank(token, 'src');
    const alt = (token.meta as { goldmarkAlt?: string } | null)?.goldmarkAlt;
    token.attrSet('alt', alt ?? self.renderInlineAsText(token.children ?? [], options, _env));
    return self.renderToken(tokens, idx, options);
  };
}

/**
 * Goldmark writes an image's alt text from its children's source text:
 * entities and backslash escapes stay as typed (`&amp;` shows as `&amp;`),
 * typographic substitutions appear as their entity names. markdown-it has
 * decoded them by the time it renders, so this runs before `text_join`.
 */
export function recordImageAlt(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'inline' && token.content.includes('![')) recordIn(token.children ?? []);
  }
}

function recordIn(tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.type !== 'image') continue;
    const children = token.children ?? [];
    recordIn(children);
    token.meta = { ...token.meta, goldmarkAlt: altText(children) };
  }
}

function altText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text_special') text += child.markup;
    else if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === typographerToken) text += child.content;
    else if (child.type === 'image') text += altText(child.children ?? []);
    // Goldmark's alt text is its text segments joined: a line break adds nothing.
  }
  return text;
}
