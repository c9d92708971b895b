import type { MarkdownIt } from 'markdown-it';

const omitted = '<!-- raw HTML omitted -->';

/**
 * Raw HTML is always parsed (Goldmark parses it whatever the settings); with
 * `unsafe` off it is written as `<!-- raw HTML omitted -->`, like Goldmark.
 * `keep` finds parts of raw HTML that are not the author's (the slots of
 * `{{% %}}` shortcodes) and must survive the omission.
 */
export function useRawHtmlPolicy(md: MarkdownIt, unsafe: boolean, keep: RegExp): void {
  if (unsafe) return;
  const kept = (html: string): string => html.match(new RegExp(keep.source, 'g'))?.join('') ?? '';
  md.renderer.rules['html_block'] = (tokens, idx) => `${omitted}\n${kept(tokens[idx]!.content)}`;
  md.renderer.rules['html_inline'] = (tokens, idx) => `${omitted}${kept(tokens[idx]!.content)}`;
}
