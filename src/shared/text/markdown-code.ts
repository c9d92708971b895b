const fenceLine = /^ {0,3}(`{3,}|~{3,})/;
const inlineCode = /(`+)[^`\n].*?\1/g;

/**
 * Replaces code with spaces, keeping offsets, so that what rules look for
 * (links, markers) is not found in examples. One pass over the lines: fenced
 * blocks, then inline code spans within a line (spans across lines are rare
 * enough to miss).
 */
export function blankOutCode(body: string): string {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const marker = fenceLine.exec(line)?.[1];
    if (fence !== null) {
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        line.trim() === marker
      )
        fence = null;
      lines[i] = ' '.repeat(line.length);
    } else if (marker) {
      fence = marker;
      lines[i] = ' '.repeat(line.length);
    } else if (line.includes('`')) {
      lines[i] = line.replace(inlineCode, (code) => ' '.repeat(code.length));
    }
  }
  return lines.join('\n');
}
