/**
 * The upload date as a date picker sees it (`2021-05-14`) and as the post
 * writes it: date-only on linkerd.io, a date-time with a zone where a site
 * follows Google. A picked day keeps the value's own layout (and its time
 * and zone); a new value follows the site's convention.
 */
import { parseIsoDateTime } from '../time/iso-date-time';
import type { VideoConvention } from '../youtube/convention';

/** The day a picker should show for a stored value, or '' when it has none. */
export function pickerDayOf(value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  return parseIsoDateTime(trimmed).ok ? trimmed.slice(0, 10) : '';
}

/** What to write when the picker gives `day` (YYYY-MM-DD). */
export function uploadDateFromPicker(
  day: string,
  current: string | undefined,
  convention: Pick<VideoConvention, 'uploadDate'> | null,
): string {
  const trimmed = current?.trim() ?? '';
  const parsed = parseIsoDateTime(trimmed);
  if (parsed.ok) return parsed.hasTime ? day + trimmed.slice(10) : day;
  return convention?.uploadDate === 'date' ? day : `${day}T00:00:00Z`;
}
