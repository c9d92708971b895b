/**
 * `video/*`: each `params.videoSchema` entry becomes a schema.org
 * VideoObject on the page, which Google reads for video results. Google
 * requires a name, a thumbnail and an upload date, and wants URLs, dates and
 * durations in their standard forms.
 */
import type { Diagnostic, Severity } from '../../diagnostics';
import type { FrontMatterValue } from '../../post/types';
import { isMapping } from '../../schema/known-keys';
import { parseIsoDateTime } from '../../time/iso-date-time';
import { parseIsoDuration } from '../../time/iso-duration';
import type { ConventionChoice } from '../../youtube/site-settings';
import {
  diagnostic,
  isBlank,
  keySpan,
  quote,
  valueSpan,
  type FrontMatterCheck,
  type Path,
} from './front-matter-context';

type Entry = { [key: string]: FrontMatterValue };

interface EntryCheck {
  check: FrontMatterCheck;
  entry: Entry;
  path: Path;
  /** `video 2 in "params.videoSchema"`: how messages name the entry mid-sentence. */
  name: string;
}

/**
 * Under Google's convention each http thumbnail and date-only upload date is
 * a warning. Under the site's own (chosen, or inferred: the post's entries
 * are the site's), they are the site's habit, so the post gets one note
 * that explains the trade-off instead of a warning per entry: a linkerd.io
 * recap of eleven talks would otherwise show 22 warnings about a choice.
 */
export function checkVideoSchema(
  check: FrontMatterCheck,
  convention: ConventionChoice = 'infer',
): Diagnostic[] {
  const params = check.data.params;
  const list = isMapping(params) ? params.videoSchema : undefined;
  if (!Array.isArray(list)) return [];
  const siteForms: Diagnostic[] = [];
  const findings = entryFindings(check, list, convention === 'google' ? null : siteForms);
  return siteForms.length === 0 ? findings : [...findings, conventionNote(check, siteForms)];
}

function conventionNote(check: FrontMatterCheck, findings: readonly Diagnostic[]): Diagnostic {
  const count = (rule: string): number => findings.filter((d) => d.rule === rule).length;
  const entries = (n: number): string => (n === 1 ? '1 entry' : `${n} entries`);
  const parts: string[] = [];
  const http = count('video/thumbnail-http');
  const dateOnly = count('video/upload-date-no-zone');
  if (http > 0) parts.push(`${entries(http)} with an http:// thumbnailUrl`);
  if (dateOnly > 0) parts.push(`${entries(dateOnly)} with a date-only uploadDate`);
  return diagnostic(
    'info',
    'video/site-convention',
    `This post follows the site's video convention: ${parts.join(' and ')}. Google recommends https:// thumbnails and an uploadDate with a time and zone (2021-05-14T00:00:00Z), and Search Console warns about dates without one; the site's other posts keep them short. Either works: to follow Google's advice instead, choose it under Preferences › Video convention (saved in the site's .recap-studio.yaml), and each entry is then reported.`,
    keySpan(check, ['params', 'videoSchema']),
  );
}

/**
 * The findings about entry `index` alone, as `checkVideoSchema` reports
 * them under the site's convention (the forms that convention allows go to
 * the post's one note, not to the entry): for a form that checks again only
 * the entry typed in.
 */
export function checkVideoEntry(check: FrontMatterCheck, index: number): Diagnostic[] {
  const params = check.data.params;
  const list = isMapping(params) ? params.videoSchema : undefined;
  const entry = Array.isArray(list) ? (list[index] as FrontMatterValue | undefined) : undefined;
  return entry === undefined ? [] : findingsOfEntry(check, entry, index, []);
}

/**
 * Each entry's findings. With `siteForms`, the forms of the site's
 * convention (http thumbnails, date-only upload dates) go there instead.
 */
function entryFindings(
  check: FrontMatterCheck,
  list: readonly FrontMatterValue[],
  siteForms: Diagnostic[] | null,
): Diagnostic[] {
  return list.flatMap((entry, index) => findingsOfEntry(check, entry, index, siteForms));
}

function findingsOfEntry(
  check: FrontMatterCheck,
  entry: FrontMatterValue,
  index: number,
  siteForms: Diagnostic[] | null,
): Diagnostic[] {
  if (!isMapping(entry)) return [];
  const video: EntryCheck = {
    check,
    entry,
    path: ['params', 'videoSchema', index],
    name: `video ${index + 1} in "params.videoSchema"`,
  };
  return [
    ...checkRequired(video),
    ...checkUrl(video, 'embedUrl', 'video/embed-url-invalid'),
    ...checkUrl(video, 'thumbnailUrl', 'video/thumbnail-url-invalid'),
    ...siteFormOrWarning(checkThumbnailScheme(video), siteForms),
    ...checkUploadDate(video, siteForms),
    ...checkDuration(video),
  ];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function report(
  video: EntryCheck,
  severity: Severity,
  rule: string,
  message: string,
  field?: string,
): Diagnostic {
  const span =
    field === undefined || video.entry[field] === undefined
      ? keySpan(video.check, video.path)
      : valueSpan(video.check, [...video.path, field]);
  return diagnostic(severity, rule, message, span);
}

const required = [
  {
    field: 'title',
    rule: 'video/title-missing',
    need: "title, which Google shows as the video's name",
  },
  {
    field: 'thumbnailUrl',
    rule: 'video/thumbnail-missing',
    need: 'thumbnailUrl, the image Google shows for the video',
  },
  {
    field: 'uploadDate',
    rule: 'video/upload-date-missing',
    need: 'uploadDate, the day the video was published',
  },
] as const;

function checkRequired(video: EntryCheck): Diagnostic[] {
  return required.flatMap(({ field, rule, need }) => {
    const value = video.entry[field];
    // A value of the wrong kind is reported as such by the type check.
    if (!isBlank(value)) return [];
    return [
      report(
        video,
        'error',
        rule,
        `${capitalized(video.name)} has no ${need}. Google requires it for video results.`,
        field,
      ),
    ];
  });
}

/** Full web addresses only: `https://host/…` or `http://host/…`. */
function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#]/i.test(value) || /\s/.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

function checkUrl(
  video: EntryCheck,
  field: 'embedUrl' | 'thumbnailUrl',
  rule: string,
): Diagnostic[] {
  const value = video.entry[field];
  if (typeof value !== 'string' || value.trim() === '' || isAbsoluteHttpUrl(value)) return [];
  return [
    report(
      video,
      'error',
      rule,
      `The ${field} of ${video.name}, ${quote(value)}, is not a full web address starting with https:// or http://.`,
      field,
    ),
  ];
}

function checkThumbnailScheme(video: EntryCheck): Diagnostic[] {
  const value = video.entry.thumbnailUrl;
  if (typeof value !== 'string' || !/^http:\/\//i.test(value) || !isAbsoluteHttpUrl(value)) {
    return [];
  }
  return [
    report(
      video,
      'warning',
      'video/thumbnail-http',
      `The thumbnailUrl of ${video.name} uses http://. YouTube serves the same image over https://, the safer and preferred form: change "http://" to "https://".`,
      'thumbnailUrl',
    ),
  ];
}

/** The findings, or none when they went to `siteForms` (the site's convention is in force). */
function siteFormOrWarning(findings: Diagnostic[], siteForms: Diagnostic[] | null): Diagnostic[] {
  if (siteForms === null) return findings;
  siteForms.push(...findings);
  return [];
}

function checkUploadDate(video: EntryCheck, siteForms: Diagnostic[] | null): Diagnostic[] {
  const value = video.entry.uploadDate;
  if (typeof value !== 'string' || value.trim() === '') return [];
  const parsed = parseIsoDateTime(value);
  if (!parsed.ok) {
    return [
      report(
        video,
        'error',
        'video/upload-date-invalid',
        `The uploadDate of ${video.name}, ${quote(value)}, is not an ISO 8601 date such as 2021-05-14 or 2021-05-14T09:00:00Z.`,
        'uploadDate',
      ),
    ];
  }
  if (parsed.hasZone) return [];
  const suggestion = parsed.hasTime ? `${value}Z` : `${value}T00:00:00Z`;
  // A date-time without a zone is nobody's convention: it stays a warning.
  const noZone = [
    report(
      video,
      'warning',
      'video/upload-date-no-zone',
      `The uploadDate of ${video.name}, ${quote(value)}, has no time zone. The site's existing posts write dates this way, but Google recommends a date and time with a zone, such as ${suggestion}, and Search Console warns without one. Either works; choose which convention to follow.`,
      'uploadDate',
    ),
  ];
  return parsed.hasTime ? noZone : siteFormOrWarning(noZone, siteForms);
}

function checkDuration(video: EntryCheck): Diagnostic[] {
  const value = video.entry.duration;
  if (typeof value !== 'string' || value.trim() === '') return [];
  const parsed = parseIsoDuration(value);
  if (!parsed.ok) {
    return [
      report(
        video,
        'error',
        'video/duration-invalid',
        `The duration of ${video.name}, ${quote(value)}, is not an ISO 8601 duration such as PT31M26S (31 minutes 26 seconds) or PT1H5M.`,
        'duration',
      ),
    ];
  }
  if (parsed.seconds > 0) return [];
  return [
    report(
      video,
      'warning',
      'video/duration-zero',
      `The duration of ${video.name} is zero (${value}). YouTube reports this for live and upcoming videos, so it means no length is known: fill in the real length once the video has ended, or remove the duration.`,
      'duration',
    ),
  ];
}
