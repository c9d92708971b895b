/**
 * jsdom lays nothing out, and its `Range` lacks the geometry methods the
 * editor calls when it scrolls a position into view. Tests that mount an
 * `EditorView` call this first; the editor then measures empty rectangles.
 */
export function stubRangeGeometry(): void {
  const empty = (): DOMRect => new DOMRect(0, 0, 0, 0);
  const proto = Range.prototype as Partial<Range>;
  proto.getBoundingClientRect ??= empty;
  proto.getClientRects ??= (): DOMRectList => {
    const list: DOMRect[] = [];
    return Object.assign(list, {
      item: (index: number) => list[index] ?? null,
    }) as unknown as DOMRectList;
  };
}
