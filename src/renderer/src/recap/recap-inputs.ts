/**
 * The talks box of "New recap…": one YouTube URL, ID or playlist a line (or
 * several on a line, separated by spaces, as a pasted list may come), in the
 * order written.
 */
export function recapInputs(box: string): string[] {
  return box
    .split(/\s+/)
    .map((input) => input.trim())
    .filter((input) => input !== '');
}

/** The line (1-based) of the box an input was written on, for a failure to point at. */
export function lineOfInput(box: string, input: string): number | null {
  const index = box.split('\n').findIndex((line) => recapInputs(line).includes(input));
  return index === -1 ? null : index + 1;
}

/** Today as `YYYY-MM-DD` in the user's own time zone: a date input's value. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
