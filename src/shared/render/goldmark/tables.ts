import type { StateBlock } from 'markdown-it';

/**
 * GFM tables as Goldmark's table extension (Hugo 0.111) reads them, where
 * markdown-it's rule differs: the delimiter row sets the number of columns,
 * a header row with fewer cells is filled with empty header cells (markdown-it
 * refuses the table) and one with more is no table; cells that a short body
 * row lacks are added without an alignment (markdown-it aligns them). The
 * rest is markdown-it's `table` rule: escaped pipes, pipes inside code spans
 * splitting cells, and what ends a table.
 */
export function goldmarkTableRule(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if (startLine + 2 > endLine) return false;
  const delimiterLine = startLine + 1;
  if (state.sCount[delimiterLine]! < state.blkIndent) return false;
  if (state.sCount[delimiterLine]! - state.blkIndent >= 4) return false;
  const aligns = delimiterAlignments(lineText(state, delimiterLine));
  if (aligns === null) return false;

  const headerText = lineText(state, startLine).trim();
  if (!headerText.includes('|')) return false;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const header = rowCells(headerText);
  const columnCount = aligns.length;
  if (header.length === 0 || header.length > columnCount) return false;
  if (silent) return true;

  const oldParentType = state.parentType;
  state.parentType = 'table' as typeof state.parentType;
  const terminators = state.md.block.ruler.getRules('blockquote');
  const tableOpen = state.push('table_open', 'table', 1);
  const tableLines: [number, number] = [startLine, 0];
  tableOpen.map = tableLines;
  state.push('thead_open', 'thead', 1).map = [startLine, startLine + 1];
  state.push('tr_open', 'tr', 1).map = [startLine, startLine + 1];
  pushCells(state, 'th', header, aligns);
  state.push('tr_close', 'tr', -1);
  state.push('thead_close', 'thead', -1);

  let bodyLines: [number, number] | null = null;
  let nextLine = startLine + 2;
  for (; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine]! < state.blkIndent) break;
    if (terminators.some((rule) => rule(state, nextLine, endLine, true))) break;
    const text = lineText(state, nextLine).trim();
    if (!text) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) break;
    if (bodyLines === null) {
      bodyLines = [startLine + 2, 0];
      state.push('tbody_open', 'tbody', 1).map = bodyLines;
    }
    state.push('tr_open', 'tr', 1).map = [nextLine, nextLine + 1];
    pushCells(state, 'td', rowCells(text).slice(0, columnCount), aligns);
    state.push('tr_close', 'tr', -1);
  }
  if (bodyLines !== null) {
    state.push('tbody_close', 'tbody', -1);
    bodyLines[1] = nextLine;
  }
  state.push('table_close', 'table', -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}

type Alignment = '' | 'left' | 'center' | 'right';

/** A row of cells of the given cells, then empty unaligned cells up to the column count. */
function pushCells(
  state: StateBlock,
  tag: 'th' | 'td',
  cells: readonly string[],
  aligns: readonly Alignment[],
): void {
  aligns.forEach((align, column) => {
    const cell = cells[column];
    const open = state.push(`${tag}_open`, tag, 1);
    if (align && cell !== undefined) open.attrs = [['style', `text-align:${align}`]];
    const inline = state.push('inline', '', 0);
    inline.content = cell?.trim() ?? '';
    inline.children = [];
    state.push(`${tag}_close`, tag, -1);
  });
}

/** The alignments of a delimiter row (`| :-- | --: |`), or null when the line is not one. */
function delimiterAlignments(line: string): Alignment[] | null {
  const text = line.trim();
  if (text.length < 2 || !/^[|:-]/.test(text) || /[^|:\- \t]/.test(text)) return null;
  if (text[0] === '-' && (text[1] === ' ' || text[1] === '\t')) return null;
  const columns = text.split('|');
  const aligns: Alignment[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!.trim();
    if (!column) {
      if (i === 0 || i === columns.length - 1) continue;
      return null;
    }
    if (!/^:?-+:?$/.test(column)) return null;
    const left = column.startsWith(':');
    const right = column.endsWith(':');
    aligns.push(left && right ? 'center' : right ? 'right' : left ? 'left' : '');
  }
  return aligns.length > 0 ? aligns : null;
}

/** A row's cells: split at pipes not escaped by a backslash, outer pipes dropped. */
function rowCells(text: string): string[] {
  const cells: string[] = [];
  let current = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    if (text.charCodeAt(at) !== 0x7c) continue;
    if (at > 0 && text.charCodeAt(at - 1) === 0x5c) {
      // `\|` stays a pipe inside the cell, without its backslash.
      current += text.slice(from, at - 1);
      from = at;
      continue;
    }
    cells.push(current + text.slice(from, at));
    current = '';
    from = at + 1;
  }
  cells.push(current + text.slice(from));
  if (cells.length > 0 && cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}
