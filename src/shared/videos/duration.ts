/**
 * Video lengths as people type them (`31:26`, `1:02:03`, `31m26s`) and as
 * schema.org wants them written (ISO 8601: `PT31M26S`). The form shows a
 * clock (`31:26`) and writes ISO 8601.
 */
import { parseIsoDuration } from '../time/iso-duration';

export type DurationInput =
  | { ok: true; seconds: number; /** What to write in the front matter. */ iso: string }
  | { ok: false; message: string };

const notUnderstood = (input: string): DurationInput => ({
  ok: false,
  message: `"${input}" is not a length the form understands. Write it as 31:26, 1:02:03, 31m26s or PT31M26S.`,
});

/** `1:02:03` or `31:26`: hours optional, every part after the first below 60. */
function clockSeconds(input: string): number | null {
  const match = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(input);
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return null;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** `1h2m3s`, `31m26s`, `45s`, `1h`, with optional spaces between the parts. */
function unitSeconds(input: string): number | null {
  const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/i.exec(input);
  if (!match || match.slice(1).every((part) => part === undefined)) return null;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** ISO 8601 for a whole number of seconds: `PT31M26S`, `PT1H2M3S`, `PT45S`, `PT0S`. */
export function isoDurationOf(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const parts = [
    hours > 0 ? `${hours}H` : '',
    minutes > 0 ? `${minutes}M` : '',
    seconds > 0 || whole === 0 ? `${seconds}S` : '',
  ];
  return `PT${parts.join('')}`;
}

/** The clock a video player shows: `31:26`, `1:02:03`, `0:45`. */
export function clockOf(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/**
 * Reads what a person typed into the duration field. ISO 8601 is kept as
 * written (upper-cased), so `P0D` or `PT1H` stay what the author meant;
 * everything else becomes ISO 8601 seconds-exact.
 */
export function parseDurationInput(text: string): DurationInput {
  const input = text.trim();
  if (input === '') return { ok: false, message: 'Write a length such as 31:26.' };
  const upper = input.toUpperCase();
  if (upper.startsWith('P')) {
    const iso = parseIsoDuration(upper);
    return iso.ok ? { ok: true, seconds: iso.seconds, iso: upper } : notUnderstood(input);
  }
  const seconds = clockSeconds(input) ?? unitSeconds(input);
  return seconds === null
    ? notUnderstood(input)
    : { ok: true, seconds, iso: isoDurationOf(seconds) };
}

/** How the row shows a stored duration: `31:26`, or the text itself when it is not ISO 8601. */
export function shownDuration(value: string): string {
  const iso = parseIsoDuration(value.trim());
  return iso.ok ? clockOf(iso.seconds) : value;
}
