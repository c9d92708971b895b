/** The first line where two normalized renderings part, for a test's message. */
export function firstDifference(expected: string, actual: string): string {
  const hugoLines = expected.split('\n');
  const ourLines = actual.split('\n');
  for (let i = 0; i < Math.max(hugoLines.length, ourLines.length); i++) {
    if (hugoLines[i] !== ourLines[i]) {
      return `  line ${i + 1}\n  hugo:    ${hugoLines[i] ?? '(end)'}\n  preview: ${ourLines[i] ?? '(end)'}`;
    }
  }
  return '';
}
