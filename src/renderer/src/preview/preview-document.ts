import type { PreviewPatch } from '../../../shared/preview/incremental-render';

/** One rendered part of the preview as it stands in the frame. */
interface ShownPart {
  nodes: Node[];
  lineOffset: number;
}

/** A block of the preview tied to a line of the file. */
export interface SourceBlock {
  /** 1-based line in the file. */
  line: number;
  element: Element;
}

export interface PreviewDocumentOptions {
  /** Makes a part's rendered HTML safe (DOMPurify with the preview's rules). */
  sanitize(html: string): string;
  /** Adjusts a part once sanitized, before it is shown (asset URLs, cards). */
  prepare(fragment: DocumentFragment): void;
}

/** A table cell's alignment as the sanitizer lets it through. */
const cellAlignment = /(<t[dh]\b[^>]*?) style="\s*text-align:\s*(left|center|right)\s*;?\s*"/gi;

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
    const doc = this.container.ownerDocument;
    const removed = this.parts.slice(patch.start, patch.start + patch.deleteCount);
    for (const part of removed) for (const node of part.nodes) node.parentNode?.removeChild(node);
    const added = patch.insert.map((html): ShownPart => {
      const template = doc.createElement('template');
      template.innerHTML = withoutStyleAttributes(this.options.sanitize(html));
      const fragment = template.content;
      keepTableAlignment(fragment);
      this.options.prepare(fragment);
      return { nodes: Array.from(fragment.childNodes), lineOffset: 0 };
    });
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
  }

  /** Empties the preview (the renderer is asked for every part again). */
  clear(): void {
    for (const part of this.parts)
      for (const node of part.nodes) node.parentNode?.removeChild(node);
    this.parts = [];
    this.blocks = null;
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
 * Tables keep their cells' alignment, the one `style` the sanitizer lets
 * through. The frame's policy refuses style attributes (and reports each),
 * so the alignment travels as `data-preview-align` and is set through the
 * style object, which the policy does not govern.
 */
function withoutStyleAttributes(html: string): string {
  return html.replace(
    cellAlignment,
    (_, tag: string, align: string) => `${tag} data-preview-align="${align.toLowerCase()}"`,
  );
}

function keepTableAlignment(fragment: DocumentFragment): void {
  for (const element of fragment.querySelectorAll<HTMLElement>('[style]'))
    element.removeAttribute('style');
  for (const cell of fragment.querySelectorAll<HTMLElement>(
    'td[data-preview-align], th[data-preview-align]',
  )) {
    const align = cell.getAttribute('data-preview-align');
    cell.removeAttribute('data-preview-align');
    if (align === 'left' || align === 'center' || align === 'right') cell.style.textAlign = align;
  }
}
