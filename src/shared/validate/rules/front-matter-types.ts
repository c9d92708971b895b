/**
 * `schema/type`: a value of the wrong kind, such as a list where the title
 * goes. The zod schema decides; this turns its findings into plain words.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../../diagnostics';
import { postFrontMatterSchema } from '../../schema/front-matter';
import {
  describeValue,
  diagnostic,
  shownPath,
  valueAt,
  valueSpan,
  type FrontMatterCheck,
  type Path,
} from './front-matter-context';

const text = 'text';
const date = 'a date such as 2021-06-17 or 2021-06-17T09:00:00Z';
const yesNo = 'true or false';
const textList = 'a list of text';
const settings = 'a group of settings';
const authorRef =
  'an author key from data/authors.yaml, or a group with the author\'s "name" and "avatar"';

/**
 * What belongs at each path, `*` standing for a list position. Paths not
 * listed fall back to the kind zod expected.
 */
const textListKeys = [
  'keywords',
  'aliases',
  'images',
  'videos',
  'audio',
  'series',
  'tags',
  'categories',
  'outputs',
];

const expectedKinds = new Map<string, string>([
  ...textListKeys.map((key): [string, string] => [key, textList]),
  ['date', date],
  ['publishDate', date],
  ['pubdate', date],
  ['lastmod', date],
  ['modified', date],
  ['expiryDate', date],
  ['unpublishdate', date],
  ['published', 'true, false or a date'],
  ['draft', yesNo],
  ['headless', yesNo],
  ['isCJKLanguage', yesNo],
  ['featured', yesNo],
  ['enableVideoSchema', yesNo],
  ['params.showCover', yesNo],
  ['weight', 'a whole number'],
  ['menu', 'a menu name, a list of menu names, or a group of menu settings'],
  ['menus', 'a menu name, a list of menu names, or a group of menu settings'],
  ['cascade', 'a group of settings, or a list of them'],
  ['cascade.*', settings],
  ['resources', 'a list of groups of settings'],
  ['resources.*', settings],
  ['build', settings],
  ['_build', settings],
  ['sitemap', settings],
  ['author', authorRef],
  ['params', 'a group of keys such as "author" and "videoSchema"'],
  ['params.author', authorRef],
  ['params.feature', 'an image file name, or a list of page paths'],
  ['params.feature.*', text],
  [
    'params.videoSchema',
    'a list of videos, each with a title, description, embedUrl, thumbnailUrl, uploadDate and duration',
  ],
  [
    'params.videoSchema.*',
    'a group of keys (title, description, embedUrl, thumbnailUrl, uploadDate, duration)',
  ],
  ['params.faqSchema', 'a list of questions, each with a "question" and an "answer"'],
  ['params.faqSchema.*', 'a group with a "question" and an "answer"'],
]);

const kindsByZodType: Record<string, string> = {
  string: text,
  array: 'a list',
  object: 'a group of keys',
  record: 'a group of keys',
  boolean: yesNo,
  number: 'a number',
};

function pattern(path: Path): string {
  return path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
}

interface KindProblem {
  path: Path;
  zodExpected: string | undefined;
}

/**
 * zod reports a union (say, an author key or an author group) as failing
 * as a whole. When exactly the right kind of value was given and only
 * something inside it is wrong, point at that inside part instead.
 */
function kindProblems(issues: readonly z.core.$ZodIssue[], prefix: Path): KindProblem[] {
  return issues.flatMap((issue): KindProblem[] => {
    const path = [
      ...prefix,
      ...issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol'),
    ];
    if (issue.code === 'invalid_union') {
      const deeper = issue.errors.find(
        (branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0),
      );
      if (deeper) return kindProblems(deeper, path);
    }
    const zodExpected = issue.code === 'invalid_type' ? issue.expected : undefined;
    return [{ path, zodExpected }];
  });
}

export function checkValueKinds(check: FrontMatterCheck): Diagnostic[] {
  const result = postFrontMatterSchema.safeParse(check.data);
  if (result.success) return [];
  return kindProblems(result.error.issues, []).map(({ path, zodExpected }) => {
    const expected =
      expectedKinds.get(pattern(path)) ??
      (zodExpected ? kindsByZodType[zodExpected] : undefined) ??
      'a different kind of value';
    const actual = valueAt(check.data, path);
    const last = path[path.length - 1];
    const subject =
      typeof last === 'number'
        ? `Item ${last + 1} of "${shownPath(check, path.slice(0, -1))}"`
        : `"${shownPath(check, path)}"`;
    let message = `${subject} should be ${expected}, but it is ${describeValue(actual)}.`;
    if (expected === text && (typeof actual === 'number' || typeof actual === 'boolean')) {
      message += ` Put it in quotes ("${String(actual)}") to make it text.`;
    }
    return diagnostic('error', 'schema/type', message, valueSpan(check, path));
  });
}
