/**
 * Just enough of Go's `time.Parse` to answer "would Hugo read this date?".
 *
 * Hugo hands front matter date strings to Go's parser with a fixed list of
 * reference layouts (see `hugo-date.ts`). Go's parser is more lenient than the
 * layouts suggest: a space matches a run of spaces, `15` takes one or two
 * digits, month and weekday names ignore case, a fraction may follow the
 * seconds in any layout. Mirroring those rules here keeps the editor from
 * flagging dates Hugo renders, or passing dates Hugo silently drops.
 *
 * Only the layout elements Hugo's list uses are supported.
 */
import { daysInMonth } from './calendar';

type Element =
  | { kind: 'literal'; text: string }
  | { kind: 'longYear' }
  | { kind: 'shortYear' }
  | { kind: 'zeroMonth' }
  | { kind: 'monthName' }
  | { kind: 'zeroDay' }
  | { kind: 'spaceDay' }
  | { kind: 'weekdayName' }
  | { kind: 'longWeekdayName' }
  | { kind: 'hour' }
  | { kind: 'hour12' }
  | { kind: 'zeroMinute' }
  | { kind: 'zeroSecond' }
  | { kind: 'fixedFraction'; digits: number }
  | { kind: 'optionalFraction' }
  | { kind: 'amPm' }
  | { kind: 'zoneName' }
  | { kind: 'zoneOffset'; colon: boolean; acceptsZ: boolean };

/** Reference-time tokens, longest first where one is a prefix of another. */
const tokens: readonly [string, Element][] = [
  ['2006', { kind: 'longYear' }],
  ['Monday', { kind: 'longWeekdayName' }],
  ['Mon', { kind: 'weekdayName' }],
  ['MST', { kind: 'zoneName' }],
  ['Jan', { kind: 'monthName' }],
  ['Z07:00', { kind: 'zoneOffset', colon: true, acceptsZ: true }],
  ['Z0700', { kind: 'zoneOffset', colon: false, acceptsZ: true }],
  ['-07:00', { kind: 'zoneOffset', colon: true, acceptsZ: false }],
  ['-0700', { kind: 'zoneOffset', colon: false, acceptsZ: false }],
  ['.999999999', { kind: 'optionalFraction' }],
  ['.000000000', { kind: 'fixedFraction', digits: 9 }],
  ['.000000', { kind: 'fixedFraction', digits: 6 }],
  ['.000', { kind: 'fixedFraction', digits: 3 }],
  ['01', { kind: 'zeroMonth' }],
  ['02', { kind: 'zeroDay' }],
  ['_2', { kind: 'spaceDay' }],
  ['04', { kind: 'zeroMinute' }],
  ['05', { kind: 'zeroSecond' }],
  ['06', { kind: 'shortYear' }],
  ['15', { kind: 'hour' }],
  ['3', { kind: 'hour12' }],
  ['PM', { kind: 'amPm' }],
];

export interface Layout {
  readonly source: string;
  readonly elements: readonly Element[];
  readonly hasYear: boolean;
  readonly hasTime: boolean;
}

export function compileLayout(source: string): Layout {
  const elements: Element[] = [];
  let literal = '';
  let i = 0;
  outer: while (i < source.length) {
    for (const [token, element] of tokens) {
      if (source.startsWith(token, i)) {
        if (literal) elements.push({ kind: 'literal', text: literal });
        literal = '';
        elements.push(element);
        i += token.length;
        continue outer;
      }
    }
    literal += source[i];
    i += 1;
  }
  if (literal) elements.push({ kind: 'literal', text: literal });
  return {
    source,
    elements,
    hasYear: elements.some((e) => e.kind === 'longYear' || e.kind === 'shortYear'),
    hasTime: elements.some((e) => e.kind === 'hour' || e.kind === 'hour12'),
  };
}

const shortMonthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const shortDayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const longDayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Index of the first name in `names` that `s` starts with at `at`, ignoring ASCII case. */
function lookupName(
  names: readonly string[],
  s: string,
  at: number,
): { index: number; end: number } | null {
  for (let index = 0; index < names.length; index++) {
    const name = names[index] ?? '';
    if (s.slice(at, at + name.length).toLowerCase() === name)
      return { index, end: at + name.length };
  }
  return null;
}

/** Go's `getnum`: one or two digits, or exactly two when `fixed`. */
function readNumber(s: string, at: number, fixed: boolean): { value: number; end: number } | null {
  if (!isDigit(s, at)) return null;
  if (!isDigit(s, at + 1)) return fixed ? null : { value: digitAt(s, at), end: at + 1 };
  return { value: digitAt(s, at) * 10 + digitAt(s, at + 1), end: at + 2 };
}

/** Go's `skip`: literal text, where a space matches any run of spaces. */
function skipLiteral(s: string, at: number, literal: string): number {
  let i = 0;
  let pos = at;
  while (i < literal.length) {
    if (literal[i] === ' ') {
      if (pos < s.length && s[pos] !== ' ') return -1;
      while (literal[i] === ' ') i++;
      while (s[pos] === ' ') pos++;
      continue;
    }
    if (pos >= s.length || s[pos] !== literal[i]) return -1;
    i++;
    pos++;
  }
  return pos;
}

/** Go's `parseTimeZone` for a zone abbreviation such as `MST`, `CEST`, `GMT+2`. */
function zoneNameLength(s: string, at: number): number {
  const rest = s.slice(at);
  if (rest.length < 3) return 0;
  if (rest.startsWith('ChST') || rest.startsWith('MeST')) return 4;
  if (rest.startsWith('GMT')) return 3 + signedOffsetLength(rest.slice(3));
  if (rest[0] === '+' || rest[0] === '-') return signedOffsetLength(rest);
  let upper = 0;
  while (upper < 6 && upper < rest.length && rest[upper]! >= 'A' && rest[upper]! <= 'Z') upper++;
  if (upper === 3) return 3;
  if (upper === 4 && (rest[3] === 'T' || rest.startsWith('WITA'))) return 4;
  if (upper === 5 && rest[4] === 'T') return 5;
  return 0;
}

/** Go's `parseSignedOffset`: `+3`, `-10`; hours above 23 are refused. */
function signedOffsetLength(s: string): number {
  if (s[0] !== '+' && s[0] !== '-') return 0;
  let end = 1;
  while (isDigit(s, end)) end++;
  if (end === 1 || end > 19) return 0;
  return Number(s.slice(1, end)) > 23 ? 0 : end;
}

function readZoneOffset(s: string, at: number, colon: boolean): number {
  const sign = s[at];
  if (sign !== '+' && sign !== '-') return -1;
  if (colon && s[at + 3] !== ':') return -1;
  const hours = s.slice(at + 1, at + 3);
  const minutes = colon ? s.slice(at + 4, at + 6) : s.slice(at + 3, at + 5);
  // Hugo 0.111 reads both with Go's atoi: a sign is allowed (`+00-0`) and no
  // range is checked (`+25:00`).
  if (!isGoAtoiPair(hours) || !isGoAtoiPair(minutes)) return -1;
  return colon ? at + 6 : at + 5;
}

/** Two characters that Go's `atoi` accepts: two digits, or a sign and a digit. */
function isGoAtoiPair(s: string): boolean {
  return /^(?:\d\d|[+-]\d)$/.test(s);
}

function isFractionStart(s: string, at: number): boolean {
  return (s[at] === '.' || s[at] === ',') && isDigit(s, at + 1);
}

function skipDigits(s: string, at: number): number {
  let end = at;
  while (isDigit(s, end)) end++;
  return end;
}

/** Whether Go's `time.Parse(layout.source, value)` succeeds. */
export function matchesLayout(layout: Layout, value: string): boolean {
  let year = 0;
  let month = -1;
  let day = -1;
  let pos = 0;
  const { elements } = layout;

  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    switch (element.kind) {
      case 'literal':
        pos = skipLiteral(value, pos, element.text);
        break;
      case 'longYear': {
        const digits = value.slice(pos, pos + 4);
        if (!/^\d{4}$/.test(digits)) return false;
        year = Number(digits);
        pos += 4;
        break;
      }
      case 'shortYear': {
        // Go's atoi takes a sign here, so "-5" is a (strange) valid two-digit year.
        const digits = value.slice(pos, pos + 2);
        if (!isGoAtoiPair(digits)) return false;
        const n = Number(digits);
        year = n >= 69 ? n + 1900 : n + 2000;
        pos += 2;
        break;
      }
      case 'zeroMonth': {
        const n = readNumber(value, pos, true);
        if (!n || n.value < 1 || n.value > 12) return false;
        month = n.value;
        pos = n.end;
        break;
      }
      case 'monthName': {
        const found = lookupName(shortMonthNames, value, pos);
        if (!found) return false;
        month = found.index + 1;
        pos = found.end;
        break;
      }
      case 'zeroDay':
      case 'spaceDay': {
        if (element.kind === 'spaceDay' && value[pos] === ' ') pos++;
        const n = readNumber(value, pos, element.kind === 'zeroDay');
        if (!n) return false;
        day = n.value;
        pos = n.end;
        break;
      }
      case 'weekdayName':
      case 'longWeekdayName': {
        // Go checks that the name is a weekday, never that it matches the date.
        const found = lookupName(
          element.kind === 'weekdayName' ? shortDayNames : longDayNames,
          value,
          pos,
        );
        if (!found) return false;
        pos = found.end;
        break;
      }
      case 'hour':
      case 'hour12': {
        const n = readNumber(value, pos, false);
        if (!n || n.value > (element.kind === 'hour' ? 23 : 12)) return false;
        pos = n.end;
        break;
      }
      case 'zeroMinute': {
        const n = readNumber(value, pos, true);
        if (!n || n.value > 59) return false;
        pos = n.end;
        break;
      }
      case 'zeroSecond': {
        const n = readNumber(value, pos, true);
        if (n && n.value > 59) return false;
        // Go 1.19, which Hugo 0.111 is built with, forgets a failed seconds
        // field when a fraction follows: `10:00:.5` parses as 10:00:00.5.
        if (n) pos = n.end;
        const next = elements[i + 1];
        const layoutHasFraction =
          next?.kind === 'fixedFraction' || next?.kind === 'optionalFraction';
        if (!layoutHasFraction && isFractionStart(value, pos)) pos = skipDigits(value, pos + 1);
        else if (!n) return false;
        break;
      }
      case 'fixedFraction': {
        const end = pos + 1 + element.digits;
        if (!isFractionStart(value, pos) || skipDigits(value, pos + 1) < end) return false;
        pos = end;
        break;
      }
      case 'optionalFraction':
        if (isFractionStart(value, pos)) pos = skipDigits(value, pos + 1);
        break;
      case 'amPm': {
        const marker = value.slice(pos, pos + 2);
        if (marker !== 'AM' && marker !== 'PM') return false;
        pos += 2;
        break;
      }
      case 'zoneName': {
        const length = value.startsWith('UTC', pos) ? 3 : zoneNameLength(value, pos);
        if (length === 0) return false;
        pos += length;
        break;
      }
      case 'zoneOffset':
        if (element.acceptsZ && value[pos] === 'Z') pos += 1;
        else pos = readZoneOffset(value, pos, element.colon);
        break;
    }
    if (pos < 0) return false;
  }
  if (pos !== value.length) return false;

  if (month < 0) month = 1;
  if (day < 0) day = 1;
  return day >= 1 && day <= daysInMonth(month, year);
}
