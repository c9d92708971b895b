/**
 * When YAML front matter does not parse because a `[`, `{` or quote was
 * never closed, the parser notices only later, where the next key starts,
 * and says so in its own terms ("flow sequence in block collection must be
 * sufficiently indented"). This scanner finds the opening itself, so the
 * message can point where the user must look. It follows YAML only as far
 * as that needs: block scalars, comments, plain scalars (in which brackets
 * and quotes are literal), flow collections and quoted scalars.
 */

export interface UnclosedOpening {
  kind: 'list' | 'mapping' | 'double-quoted' | 'single-quoted';
  /** Offset of the opening character in the scanned text. */
  offset: number;
}

interface Open {
  kind: 'list' | 'mapping';
  offset: number;
  /** Indentation of the line the collection opened on. */
  indent: number;
}

const closers: Record<string, 'list' | 'mapping'> = { ']': 'list', '}': 'mapping' };

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

export function findUnclosedOpening(source: string): UnclosedOpening | null {
  const lines = source.split('\n');
  const stack: Open[] = [];
  let quote: { char: '"' | "'"; offset: number } | null = null;
  let lineStart = 0;
  let blockScalarIndent: number | null = null;

  for (const line of lines) {
    const start = lineStart;
    lineStart += line.length + 1;
    const indent = indentOf(line);
    const blank = line.trim() === '';
    if (blockScalarIndent !== null) {
      if (blank || indent > blockScalarIndent) continue;
      blockScalarIndent = null;
    }
    if (quote === null && stack.length > 0 && !blank && indent <= stack.at(-1)!.indent) {
      // A flow collection may continue on more-indented lines only.
      const top = stack.at(-1)!;
      if (!/^[\]}]/.test(line.trimStart())) return { kind: top.kind, offset: top.offset };
    }
    let valueStart = quote === null;
    for (let i: number = quote === null ? indent : 0; i < line.length; i++) {
      const char: string = line[i]!;
      if (quote !== null) {
        if (quote.char === '"' && char === '\\') i++;
        else if (char === quote.char) {
          if (quote.char === "'" && line[i + 1] === "'") i++;
          else {
            quote = null;
            valueStart = false;
          }
        }
        continue;
      }
      if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      if (char === ' ' || char === '\t' || char === '\r') continue;
      if (valueStart) {
        valueStart = false;
        if (char === '[' || char === '{') {
          stack.push({ kind: char === '[' ? 'list' : 'mapping', offset: start + i, indent });
          valueStart = true;
          continue;
        }
        if (char === '"' || char === "'") {
          quote = { char, offset: start + i };
          continue;
        }
        if (char === '-' && /[\s]/.test(line[i + 1] ?? ' ') && stack.length === 0) {
          valueStart = true;
          continue;
        }
        if ((char === '|' || char === '>') && stack.length === 0) {
          blockScalarIndent = indent;
          break;
        }
      }
      if (stack.length > 0 && (char === ',' || char === '[' || char === '{')) {
        if (char === ',') valueStart = true;
        else {
          stack.push({ kind: char === '[' ? 'list' : 'mapping', offset: start + i, indent });
          valueStart = true;
        }
        continue;
      }
      if (stack.length > 0 && closers[char] !== undefined) {
        if (stack.at(-1)!.kind === closers[char]) stack.pop();
        continue;
      }
      if (char === ':' && /\s/.test(line[i + 1] ?? ' ')) valueStart = true;
    }
  }
  if (quote !== null) {
    return { kind: quote.char === '"' ? 'double-quoted' : 'single-quoted', offset: quote.offset };
  }
  const top = stack.at(-1);
  return top ? { kind: top.kind, offset: top.offset } : null;
}

/** What to tell the user; `line` is the opening's line in the file. */
export function unclosedOpeningMessage(opening: UnclosedOpening, line: number): string {
  switch (opening.kind) {
    case 'list':
      return `The list that starts at line ${line} is never closed: add the missing "]" at its end.`;
    case 'mapping':
      return `The group of fields in braces that starts at line ${line} is never closed: add the missing "}" at its end.`;
    case 'double-quoted':
      return `The quoted value that starts at line ${line} is never closed: add the closing " quote at its end.`;
    case 'single-quoted':
      return `The quoted value that starts at line ${line} is never closed: add the closing ' quote at its end.`;
  }
}
