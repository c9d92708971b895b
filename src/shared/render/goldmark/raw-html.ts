import type { MarkdownIt } from 'markdown-it';
import { replaceIframes } from '../embeds';
import type { RenderEnv } from '../render-env';

const omitted = '<!-- raw HTML omitted -->';

/**
 * Raw HTML is always parsed (Goldmark parses it whatever the settings); with
 * `unsafe` off it is written as `<!-- raw HTML omitted -->`, like Goldmark.
 * `keep` finds parts of raw HTML that are not the author's (the slots of
 * `{{% %}}` shortcodes) and must survive the omission.
 */
export function useRawHtmlPolicy(md: MarkdownIt, unsafe: boolean, keep: RegExp): void {
  if (unsafe) {
    // Raw frames become the preview's cards and placeholders (see `embeds.ts`).
    md.renderer.rules['html_block'] = (tokens, idx, _options, env?: RenderEnv) => {
      const token = tokens[idx]!;
      const line = token.map && env?.sourceLine ? env.sourceLine(token.map[0]) : undefined;
      return replaceIframes(token.content, { videoInfo: env?.videoInfo, sourceLine: line });
    };
    md.renderer.rules['html_inline'] = (tokens, idx, _options, env?: RenderEnv) =>
      replaceIframes(tokens[idx]!.content, { videoInfo: env?.videoInfo });
    return;
  }
  const kept = (html: string): string => html.match(new RegExp(keep.source, 'g'))?.join('') ?? '';
  md.renderer.rules['html_block'] = (tokens, idx) => `${omitted}\n${kept(tokens[idx]!.content)}`;
  md.renderer.rules['html_inline'] = (tokens, idx) => `${omitted}${kept(tokens[idx]!.content)}`;
}
