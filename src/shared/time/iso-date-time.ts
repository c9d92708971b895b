/**
 * ISO 8601 dates and date-times as schema.org and Google read them, for
 * VideoObject `uploadDate`: `2021-05-14`, `2021-05-14T09:30:00Z`,
 * `2021-05-14T09:30:00.5+02:00`. Only the extended format (with `-` and `:`).
 */
import { isValidCalendarDate } from './calendar';

export type IsoDateTimeResult = { ok: true; hasTime: boolean; hasZone: boolean } | { ok: false };

const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

export function parseIsoDateTime(s: string): IsoDateTimeResult {
  const match = isoDateTime.exec(s);
  if (!match) return { ok: false };
  const [, year, month, day, hour, minute, second, zone, zoneHour, zoneMinute] = match;
  if (!isValidCalendarDate(Number(year), Number(month), Number(day))) return { ok: false };
  if (hour !== undefined) {
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return { ok: false };
  }
  if (zoneHour !== undefined && (Number(zoneHour) > 23 || Number(zoneMinute ?? 0) > 59)) {
    return { ok: false };
  }
  return { ok: true, hasTime: hour !== undefined, hasZone: zone !== undefined };
}
