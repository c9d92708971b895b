import { markdown } from '@codemirror/lang-markdown';
import { yamlLanguage } from '@codemirror/lang-yaml';
import {
  LanguageDescription,
  syntaxTree,
  type Language,
  type LanguageSupport,
} from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import type { EditorState } from '@codemirror/state';
import { IterMode, type Tree } from '@lezer/common';
import { GFM } from '@lezer/markdown';
import { formatOfDelimitedBlock } from '../../shared/post/front-matter-boundary';
import { frontMatterBlock, frontMatterContentNodes } from './front-matter-block';
import { parseToml } from './toml-language';

export interface PostMarkdownConfig {
  /**
   * Languages for fenced code blocks, matched by the fence's info string.
   * Defaults to `@codemirror/language-data`, which loads each on first use.
   */
  codeLanguages?:
    readonly LanguageDescription[] | ((info: string) => Language | LanguageDescription | null);
  /**
   * Whether typing `<` offers HTML tag names (lang-markdown's completion).
   * Off by default: in a post, `<` is most often typed as part of `{{<`.
   */
  completeHTMLTags?: boolean;
}

const defaultCodeLanguages = cachedLanguageLookup(languages);

const parseYaml = (text: string): Tree => yamlLanguage.parser.parse(text);

const frontMatter = frontMatterBlock({
  yaml: parseYaml,
  toml: parseToml,
  // JSON is YAML's flow style, which the YAML parser highlights well enough.
  json: parseYaml,
});

/**
 * Finds a fence's language once per info string. lang-markdown looks the
 * language up for every code block on every reparse; with ~150 languages and
 * a long post that lookup, not the parse, dominated each keystroke.
 */
function cachedLanguageLookup(
  descriptions: readonly LanguageDescription[],
): (info: string) => LanguageDescription | null {
  const found = new Map<string, LanguageDescription | null>();
  return (info) => {
    let description = found.get(info);
    if (description === undefined) {
      description = LanguageDescription.matchLanguageName(descriptions, info, true);
      found.set(info, description);
    }
    return description;
  };
}

/**
 * Markdown as a Hugo post holds it: CommonMark with GitHub's tables, task
 * lists, strikethrough and autolinks (what the site's Goldmark enables), front
 * matter highlighted as YAML, TOML or JSON, and fenced code highlighted in its
 * language. Includes lang-markdown's Enter/Backspace list keymap.
 */
export function postMarkdown(config: PostMarkdownConfig = {}): LanguageSupport {
  return markdown({
    extensions: [GFM, frontMatter],
    codeLanguages: config.codeLanguages ?? defaultCodeLanguages,
    completeHTMLTags: config.completeHTMLTags ?? false,
  });
}

export interface FrontMatterRange {
  /** The whole block, delimiters included. */
  from: number;
  to: number;
  format: 'yaml' | 'toml' | 'json' | 'other';
  /** False while the closing delimiter is missing: the block then runs to the end. */
  closed: boolean;
}

const formatOfNode = new Map<string, FrontMatterRange['format']>(
  Object.entries(frontMatterContentNodes).map(([format, name]) => [
    name,
    format as FrontMatterRange['format'],
  ]),
);

/** The front matter block as the editor's syntax tree has it, or null. */
export function frontMatterRange(state: EditorState): FrontMatterRange | null {
  const block = syntaxTree(state).topNode.firstChild;
  if (!block || block.name !== 'FrontMatter') return null;
  let format: FrontMatterRange['format'] | null = null;
  let marks = 0;
  // Only the block's own children: the content nodes hold the YAML or TOML trees.
  const cursor = block.cursor(IterMode.IgnoreMounts);
  if (cursor.firstChild()) {
    do {
      if (cursor.name === 'FrontMatterMark') marks += 1;
      else format = formatOfNode.get(cursor.name) ?? format;
    } while (cursor.nextSibling());
  }
  const isObject = state.sliceDoc(block.from, block.from + 1) === '{';
  if (format === null) {
    // A block with no lines between its delimiters has no content node.
    const openLine = state.doc.lineAt(block.from);
    const delimiter = state.sliceDoc(block.from, block.from + 3) === '+++' ? '+++' : '---';
    const tag = state.sliceDoc(block.from + 3, openLine.to).trim();
    format = formatOfDelimitedBlock(tag, delimiter) ?? 'other';
  }
  const closed = isObject ? state.sliceDoc(block.to - 1, block.to) === '}' : marks === 2;
  return { from: block.from, to: block.to, format, closed };
}
