import MarkdownItConstructor, { type MarkdownIt } from 'markdown-it';
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import { attachBlockAttributes, blockAttributesRule } from './goldmark/block-attributes';
import { useHugoCodeBlocks } from './goldmark/code-blocks';
import { useGoldmarkFootnotes } from './goldmark/footnotes';
import { headingRule } from './goldmark/headings';
import { textRule, type TextStops } from './goldmark/inline-text';
import { lineBreakRule } from './goldmark/line-breaks';
import { goldmarkTableRule } from './goldmark/tables';
import { recordImageAlt, useGoldmarkLinks } from './goldmark/links';
import { linkifyRule, mayStartLink } from './goldmark/linkify';
import { useRawHtmlPolicy } from './goldmark/raw-html';
import { unwrapStandaloneImages } from './goldmark/standalone-images';
import { renderTaskCheckbox, taskCheckboxToken, taskListRule } from './goldmark/task-lists';
import { typographerRule, typographerToken } from './goldmark/typographer';
import type { MarkupSettings } from './markup-settings';
import { tagSourceLines } from './source-lines';

export interface MarkdownEngineOptions {
  /** Raw HTML that must survive `unsafe: false` (shortcode slots). */
  keepRawHtml: RegExp;
}

/**
 * markdown-it set up to write what Goldmark writes under Hugo with the given
 * settings. Each difference from markdown-it's defaults is one rule in
 * `goldmark/`.
 */
export function createMarkdownEngine(
  settings: MarkupSettings,
  options: MarkdownEngineOptions,
): MarkdownIt {
  const md = new MarkdownItConstructor('default', {
    // Goldmark always parses raw HTML; `unsafe` only decides what is written.
    html: true,
    xhtmlOut: settings.xhtml,
    breaks: settings.hardWraps,
    linkify: false,
    typographer: false,
  });
  if (settings.table) {
    md.block.ruler.at('table', goldmarkTableRule, { alt: ['paragraph', 'reference'] });
  } else {
    md.disable('table');
  }
  if (settings.strikethrough) {
    md.renderer.rules['s_open'] = () => '<del>';
    md.renderer.rules['s_close'] = () => '</del>';
  } else {
    md.disable('strikethrough');
  }
  if (settings.footnote) {
    md.use(footnote as unknown as (md: MarkdownIt) => void);
    useGoldmarkFootnotes(md);
  }
  if (settings.definitionList) md.use(deflist);

  md.inline.ruler.at('newline', lineBreakRule);
  const stops: TextStops = { always: [] };
  if (settings.typographer) {
    stops.always = ["'", '"', '.'];
    md.inline.ruler.push('goldmark_typographer', typographerRule(settings.typographer));
    md.renderer.rules[typographerToken] = (tokens, idx) => tokens[idx]!.content;
  }
  if (settings.linkify) {
    stops.sometimes = { chars: [' ', '('], worthStopping: mayStartLink };
    md.inline.ruler.before('text', 'goldmark_linkify', linkifyRule(settings.linkifyProtocol));
  }
  if (stops.always.length > 0 || stops.sometimes) md.inline.ruler.at('text', textRule(stops));

  md.core.ruler.after('block', 'goldmark_headings', headingRule(settings));
  if (settings.attributeBlock) {
    md.block.ruler.before('paragraph', 'hugo_block_attributes', blockAttributesRule, {
      alt: ['paragraph', 'reference', 'blockquote', 'list'],
    });
    md.core.ruler.after('goldmark_headings', 'hugo_block_attributes', attachBlockAttributes);
  }
  if (settings.taskList) {
    md.core.ruler.push('goldmark_task_lists', taskListRule);
    md.renderer.rules[taskCheckboxToken] = (tokens, idx) =>
      renderTaskCheckbox((tokens[idx]!.meta as { checked: boolean }).checked, settings.xhtml);
  }
  md.core.ruler.push('source_lines', tagSourceLines);
  if (!settings.wrapStandAloneImageWithinParagraph) {
    md.core.ruler.push('hugo_standalone_images', unwrapStandaloneImages);
  }

  md.core.ruler.before('text_join', 'goldmark_image_alt', recordImageAlt);
  useGoldmarkLinks(md, settings.unsafe);
  useHugoCodeBlocks(md);
  useRawHtmlPolicy(md, settings.unsafe, options.keepRawHtml);
  return md;
}
