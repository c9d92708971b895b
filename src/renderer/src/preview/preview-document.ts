import type { PreviewPatch } from '../../../shared/preview/incremental-render';

/** One rendered part of the preview as it stands in the frame. */
interface ShownPart {
  nodes: Node[];
  lineOffset: number;
  /** The text of the part's `<style>` elements, shown through `useStyleSheets`. */
  styleSheets: string[];
}

/** A block of the preview tied to a line of the file. */
export interface SourceBlock {
  /** 1-based line in the file. */
  line: number;
  element: Element;
}

export interface PreviewDocumentOptions {
  /** A part's rendered HTML made safe (DOMPurify with the preview's rules), as nodes to show. */
  sanitize(html: string): DocumentFragment;
  /** Adjusts a part once sanitized, before it is shown (asset URLs, cards). */
  prepare(fragment: DocumentFragment): void;
  /** Shows the post's `<style>` elements' rules, in page order, whenever they change. */
  useStyleSheets?(sheets: readonly string[]): void;
}

/** Where the sanitizer is asked to put `style` attributes (see `applyStyles`). */
export const previewStyleAttribute = 'data-preview-style';

/**
 * The preview's content inside its frame: the parts of the rendered post,
 * each sanitized on its own and replaced only when it changed. Keeps which
 * nodes belong to which part, so source lines (stored in each part counted
 * from the part's start) map to lines of the file.
 */
export class PreviewDocument {
  private parts: ShownPart[] = [];
  private blocks: SourceBlock[] | null = null;

  constructor(
    private readonly container: Element,
    private readonly options: PreviewDocumentOptions,
  ) {}

  /** Applies a renderer patch; patches must come in the order they were made. */
  apply(patch: PreviewPatch): void {
    const removed = this.parts.slice(patch.start, patch.start + patch.deleteCount);
    for (const part of removed) for (const node of part.nodes) node.parentNode?.removeChild(node);
    const added = patch.insert.map((html): ShownPart => {
      const fragment = this.options.sanitize(html);
      const styleSheets = applyStyles(fragment);
      this.options.prepare(fragment);
      return { nodes: Array.from(fragment.childNodes), lineOffset: 0, styleSheets };
    });
    const sheetsChanged = [...removed, ...added].some((part) => part.styleSheets.length > 0);
    const next = this.parts
      .slice(patch.start + patch.deleteCount)
      .find((part) => part.nodes.length > 0);
    const before = next?.nodes[0] ?? null;
    for (const part of added) {
      for (const node of part.nodes) this.container.insertBefore(node, before);
    }
    this.parts.splice(patch.start, patch.deleteCount, ...added);
    this.parts.forEach((part, index) => {
      part.lineOffset = patch.lineOffsets[index] ?? part.lineOffset;
    });
    this.blocks = null;
    if (sheetsChanged)
      this.options.useStyleSheets?.(this.parts.flatMap((part) => part.styleSheets));
  }

  /** Empties the preview (the renderer is asked for every part again). */
  clear(): void {
    for (const part of this.parts)
      for (const node of part.nodes) node.parentNode?.removeChild(node);
    const hadSheets = this.parts.some((part) => part.styleSheets.length > 0);
    this.parts = [];
    this.blocks = null;
    if (hadSheets) this.options.useStyleSheets?.([]);
  }

  /**
   * The file line of the block that holds `node` (the innermost one tied to
   * a line), or null when it is in no such block: what a click in the
   * preview points at.
   */
  lineAt(node: Node): number | null {
    let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const block = element?.closest('[data-source-line]') ?? null;
    if (!block || !this.container.contains(block)) return null;
    // The part's nodes are children of the container: climb to the one holding the block.
    element = block;
    while (element.parentElement && element.parentElement !== this.container)
      element = element.parentElement;
    const part = this.parts.find((candidate) => candidate.nodes.includes(element as Node));
    const line = Number(block.getAttribute('data-source-line'));
    return part && Number.isFinite(line) ? line + part.lineOffset : null;
  }

  /**
   * Blocks tied to a source line, in page order, keeping only those whose
   * line is past the previous one's (the footnote list at the end comes from
   * lines earlier in the file and would send scrolling back).
   */
  sourceBlocks(): SourceBlock[] {
    if (this.blocks !== null) return this.blocks;
    const blocks: SourceBlock[] = [];
    let lastLine = 0;
    for (const part of this.parts) {
      for (const node of part.nodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        const tagged = element.hasAttribute('data-source-line')
          ? [element, ...element.querySelectorAll('[data-source-line]')]
          : element.querySelectorAll('[data-source-line]');
        for (const block of tagged) {
          const line = Number(block.getAttribute('data-source-line')) + part.lineOffset;
          if (!Number.isFinite(line) || line <= lastLine) continue;
          lastLine = line;
          blocks.push({ line, element: block });
        }
      }
    }
    this.blocks = blocks;
    return blocks;
  }
}

/**
 * The frame's policy refuses styles written in markup (and reports each), so
 * the sanitizer hands `style` attributes over as `data-preview-style`, set
 * here through the style object, which the policy does not govern; and
 * `<style>` elements leave the part, their text returned for the frame's
 * constructed style sheets.
 */
function applyStyles(fragment: DocumentFragment): string[] {
  for (const element of fragment.querySelectorAll<HTMLElement>(`[${previewStyleAttribute}]`)) {
    element.style.cssText = element.getAttribute(previewStyleAttribute) ?? '';
    element.removeAttribute(previewStyleAttribute);
  }
  const sheets: string[] = [];
  for (const style of fragment.querySelectorAll('style')) {
    sheets.push(style.textContent ?? '');
    style.remove();
  }
  return sheets;
}
