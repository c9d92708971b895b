/**
 * ISO 8601 durations as YouTube reports them and schema.org expects them:
 * `PT31M26S`, `PT1H`, `P1DT2H`, `P0D` (live and upcoming videos), `P1W`.
 */

export type IsoDurationResult = { ok: true; seconds: number } | { ok: false };

const number = String.raw`(\d+(?:[.,]\d+)?)`;
const isoDuration = new RegExp(
  `^P(?:${number}Y)?(?:${number}M)?(?:${number}W)?(?:${number}D)?` +
    `(?:T(?:${number}H)?(?:${number}M)?(?:${number}S)?)?$`,
);

/**
 * Seconds per unit. Years and months have no fixed length; video lengths
 * never use them, so a nominal year (365 days) and month (30 days) will do.
 */
const unitSeconds = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1];

export function parseIsoDuration(s: string): IsoDurationResult {
  const match = isoDuration.exec(s);
  if (!match) return { ok: false };
  const parts = match.slice(1);
  const present = parts.flatMap((part, unit) => (part === undefined ? [] : [{ part, unit }]));
  if (present.length === 0) return { ok: false };
  // `P1DT` is not a duration: a `T` must be followed by at least one time part.
  if (s.includes('T') && present.every(({ unit }) => unit < 4)) return { ok: false };
  let seconds = 0;
  for (const [index, { part, unit }] of present.entries()) {
    const hasFraction = /[.,]/.test(part);
    // Only the smallest unit given may have a fraction.
    if (hasFraction && index !== present.length - 1) return { ok: false };
    seconds += Number(part.replace(',', '.')) * (unitSeconds[unit] ?? 0);
  }
  return { ok: true, seconds };
}
