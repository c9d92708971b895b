// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { codeStyleOf, codeStyleSheet, highlightCodeBlocks } from './code-highlight';

function block(language: string, code: string): HTMLElement {
  const root = document.createElement('div');
  const pre = document.createElement('pre');
  const element = document.createElement('code');
  if (language) element.className = `language-${language}`;
  element.textContent = code;
  pre.append(element);
  root.append(pre);
  return root;
}

describe('highlightCodeBlocks', () => {
  it('colours a known language with highlight.js classes and keeps the text as it was', () => {
    const code = 'apiVersion: v1\nkind: Pod # a comment\n';
    const root = block('yaml', code);
    highlightCodeBlocks(root);
    const element = root.querySelector('code')!;
    expect(element.textContent).toBe(code);
    expect(element.classList.contains('hljs')).toBe(true);
    expect(element.querySelector('.hljs-attr')?.textContent).toBe('apiVersion:');
    expect(element.querySelector('.hljs-comment')?.textContent).toBe('# a comment');
  });

  it('knows Chroma’s names for the shell and TOML', () => {
    for (const language of ['sh', 'bash', 'toml', 'go', 'rust', 'json']) {
      const root = block(language, 'x = "1"\n');
      highlightCodeBlocks(root);
      expect(root.querySelector('code')!.classList.contains('hljs'), language).toBe(true);
    }
  });

  it('leaves unknown languages and blocks without one alone', () => {
    for (const language of ['', 'klingon']) {
      const root = block(language, 'plain <text>\n');
      const before = root.innerHTML;
      highlightCodeBlocks(root);
      expect(root.innerHTML).toBe(before);
    }
  });

  it('keeps markup in the code as text, never as elements', () => {
    const code = '<img src=x onerror="parent.hacked=1"><script>alert(1)</script>\n';
    const root = block('html', code);
    highlightCodeBlocks(root);
    expect(root.querySelector('code')!.textContent).toBe(code);
    expect(root.querySelector('img, script')).toBeNull();
    for (const element of root.querySelectorAll('code *')) expect(element.tagName).toBe('SPAN');
  });
});

describe('the code style', () => {
  it('is the one the site names where the preview has it, github-dark otherwise', () => {
    expect(codeStyleOf({ highlight: { style: 'github-dark' } })).toBe('github-dark');
    expect(codeStyleOf({ highlight: { style: 'GitHub' } })).toBe('github');
    expect(codeStyleOf({ highlight: { style: 'monokai' } })).toBe('github-dark');
    expect(codeStyleOf(undefined)).toBe('github-dark');
  });

  it('has rules for each style under its own attribute', () => {
    const sheet = codeStyleSheet();
    expect(sheet).toContain(":root[data-code-style='github-dark'] {");
    expect(sheet).toContain(":root[data-code-style='github'] {");
    // The styles' own rules are the text of highlight.js's CSS files, which Vitest leaves empty;
    // the journeys (e2e/room-to-write.spec.ts) check the colours they give.
  });
});
