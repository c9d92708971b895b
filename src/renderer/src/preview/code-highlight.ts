import type { ElementContent, RootContent } from 'hast';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import makefile from 'highlight.js/lib/languages/makefile';
import markdown from 'highlight.js/lib/languages/markdown';
import plaintext from 'highlight.js/lib/languages/plaintext';
import protobuf from 'highlight.js/lib/languages/protobuf';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import githubDark from 'highlight.js/styles/github-dark.css?raw';
import githubLight from 'highlight.js/styles/github.css?raw';
import { createLowlight } from 'lowlight';

// The languages a Hugo blog about cloud software writes its code blocks in
// (linkerd.io: bash, yaml, go, rust, json, …); the rest stay plain, as the
// whole highlight.js set would weigh a megabyte.
const lowlight = createLowlight({
  bash,
  css,
  diff,
  dockerfile,
  go,
  ini,
  javascript,
  json,
  makefile,
  markdown,
  plaintext,
  protobuf,
  python,
  rust,
  shell,
  sql,
  typescript,
  xml,
  yaml,
});
// Names Chroma knows that highlight.js spells otherwise.
lowlight.registerAlias({ bash: ['sh', 'zsh', 'shell-session'], ini: ['toml'], xml: ['html'] });

/** The code styles the preview has, by the name Hugo's Chroma gives them. */
export const codeStyles = { 'github-dark': githubDark, github: githubLight } as const;
export type CodeStyle = keyof typeof codeStyles;

/**
 * The style named by the site's `markup.highlight.style`, where the preview
 * has it; otherwise `github-dark`, a dark style like Hugo's default (monokai).
 */
export function codeStyleOf(markup: Record<string, unknown> | undefined): CodeStyle {
  const highlight = markup?.['highlight'];
  const named =
    typeof highlight === 'object' && highlight !== null
      ? (highlight as Record<string, unknown>)['style']
      : undefined;
  return typeof named === 'string' && named.toLowerCase() in codeStyles
    ? (named.toLowerCase() as CodeStyle)
    : 'github-dark';
}

/** What each style's block looks like around the coloured text (Chroma's colours). */
const blockColours: Record<CodeStyle, { background: string; text: string }> = {
  'github-dark': { background: 'var(--pre-background)', text: '#e6edf3' },
  github: { background: '#f6f8fa', text: '#1f2328' },
};

/**
 * The frame's style rules for code: each style under its own
 * `data-code-style` on the root, the block's colours from the style, and
 * highlight.js's own box rules undone (the frame's `pre` has its box).
 */
export function codeStyleSheet(): string {
  return (Object.keys(codeStyles) as CodeStyle[])
    .map((name) =>
      [
        `:root[data-code-style='${name}'] {`,
        codeStyles[name],
        `pre { background: ${blockColours[name].background}; color: ${blockColours[name].text}; }`,
        'pre code.hljs { display: inline; padding: 0; overflow: visible; background: none; }',
        '}',
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Colours the code blocks under `root` (`<pre><code class="language-X">`)
 * whose language is known: their text is split into `<span class="hljs-…">`
 * built as DOM nodes, never parsed as HTML, so the code's text stays text.
 * The text itself (`textContent`) is unchanged.
 */
export function highlightCodeBlocks(root: ParentNode): void {
  for (const code of root.querySelectorAll('pre > code[class*="language-"]')) {
    const language = /(?:^|\s)language-(\S+)/.exec(code.className)?.[1]?.toLowerCase();
    if (!language || !lowlight.registered(language)) continue;
    const tree = lowlight.highlight(language, code.textContent ?? '');
    code.replaceChildren(...toNodes(code.ownerDocument, tree.children));
    code.classList.add('hljs');
  }
}

function toNodes(doc: Document, nodes: readonly (RootContent | ElementContent)[]): Node[] {
  return nodes.flatMap((node): Node[] => {
    if (node.type === 'text') return [doc.createTextNode(node.value)];
    if (node.type !== 'element') return [];
    const span = doc.createElement('span');
    const className = node.properties['className'];
    if (Array.isArray(className)) span.className = className.map(String).join(' ');
    span.append(...toNodes(doc, node.children));
    return [span];
  });
}
