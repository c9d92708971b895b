/**
 * The post date as a date and time picker sees it, and written back in the
 * layout the file already uses: `2021-06-17T00:00:00Z` stays RFC 3339 with its
 * zone and fraction, `2021-06-17` stays a date, `Fri, 29 Mar 2019 12:00:00
 * +0000` stays RFC 1123 (with the weekday of the new day). A date in a layout
 * the picker does not know is replaced by the site's usual RFC 3339 form.
 */
import { isValidCalendarDate } from '../time/calendar';

/** What a picker shows: `YYYY-MM-DD` and, when the layout has one, `HH:MM:SS`. */
export interface PickedDate {
  day: string;
  time: string | null;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2}))?(.*))?$/;
const rfc1123Pattern =
  /^([A-Za-z]{3}), (\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?(.*)$/;

/** The picker's view of a date value, or null when it is in a layout the picker does not know. */
export function readPickedDate(value: string): PickedDate | null {
  const trimmed = value.trim();
  const iso = isoPattern.exec(trimmed);
  if (iso) {
    const [, year, month, day, , hour, minute, second] = iso;
    if (!validDay(year, month, day)) return null;
    return {
      day: `${year}-${month}-${day}`,
      time: hour === undefined ? null : `${hour}:${minute}:${second ?? '00'}`,
    };
  }
  const rfc = rfc1123Pattern.exec(trimmed);
  if (rfc) {
    const [, , day, monthName, year, hour, minute, second] = rfc;
    const month = monthNumber(monthName ?? '');
    const paddedDay = (day ?? '').padStart(2, '0');
    if (month === null || !validDay(year, month, paddedDay)) return null;
    return { day: `${year}-${month}-${paddedDay}`, time: `${hour}:${minute}:${second ?? '00'}` };
  }
  return null;
}

/**
 * The value to write for a picked day and time, in the layout of `current`
 * (its zone, fraction and separators kept). `time: null` keeps the current
 * time; a layout without time gets none.
 */
export function writePickedDate(current: string | null | undefined, picked: PickedDate): string {
  const trimmed = (current ?? '').trim();
  const [year, month, day] = picked.day.split('-');
  const iso = isoPattern.exec(trimmed);
  if (iso) {
    const [, , , , separator, hour, minute, second, rest] = iso;
    if (separator === undefined) return picked.day;
    const time = timeParts(picked.time) ?? { hour, minute, second };
    const seconds = second === undefined ? '' : `:${time.second ?? '00'}`;
    return `${picked.day}${separator}${time.hour}:${time.minute}${seconds}${rest ?? ''}`;
  }
  const rfc = rfc1123Pattern.exec(trimmed);
  if (rfc && year && month && day) {
    const [, , , , , hour, minute, second, rest] = rfc;
    const time = timeParts(picked.time) ?? { hour, minute, second };
    const weekday = weekdays[new Date(Date.UTC(+year, +month - 1, +day)).getUTCDay()] ?? 'Mon';
    const seconds = second === undefined ? '' : `:${time.second ?? '00'}`;
    return `${weekday}, ${day} ${months[+month - 1] ?? 'Jan'} ${year} ${time.hour}:${time.minute}${seconds}${rest ?? ''}`;
  }
  return `${picked.day}T${picked.time ?? '00:00:00'}Z`;
}

function timeParts(
  time: string | null,
): { hour: string; minute: string; second: string | undefined } | null {
  const match = time === null ? null : /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!match) return null;
  return { hour: match[1] ?? '00', minute: match[2] ?? '00', second: match[3] ?? '00' };
}

function monthNumber(name: string): string | null {
  const index = months.findIndex((month) => month.toLowerCase() === name.toLowerCase());
  return index === -1 ? null : String(index + 1).padStart(2, '0');
}

function validDay(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): boolean {
  return isValidCalendarDate(Number(year), Number(month), Number(day));
}
