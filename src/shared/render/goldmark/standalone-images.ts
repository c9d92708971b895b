import type { StateCore } from 'markdown-it';

/**
 * `wrapStandAloneImageWithinParagraph: false` (gohugoio/hugo
 * markup/goldmark/images): a paragraph holding nothing but one image is
 * replaced by the image, which takes the paragraph's attributes.
 */
export function unwrapStandaloneImages(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const inline = tokens[i]!;
    const open = tokens[i - 1]!;
    const close = tokens[i + 1]!;
    if (
      inline.type !== 'inline' ||
      open.type !== 'paragraph_open' ||
      close.type !== 'paragraph_close'
    ) {
      continue;
    }
    const image = inline.children?.length === 1 ? inline.children[0] : undefined;
    if (image?.type !== 'image') continue;
    for (const attribute of open.attrs ?? []) image.attrSet(attribute[0], attribute[1]);
    // Removed rather than hidden: markdown-it writes a line break after hidden paragraphs.
    tokens.splice(i + 1, 1);
    tokens.splice(i - 1, 1);
  }
}
