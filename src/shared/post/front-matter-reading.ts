import type { Diagnostic } from '../diagnostics';
import { segmentIndex, type PathSegment } from './field-path';
import type { FrontMatterData, TextSpan } from './types';

export interface FieldSpans {
  key: TextSpan;
  value: TextSpan;
}

/** What reading one front matter block produced; offsets are relative to its content. */
export interface FrontMatterReading {
  data: FrontMatterData | null;
  diagnostics: Diagnostic[];
  readOnlyReason: string | null;
  fieldSpans(path: readonly PathSegment[]): FieldSpans | undefined;
}

/** A map key for a path, so numeric and string segments stay distinct. */
export function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path.map((segment) => segmentIndex(segment) ?? segment));
}

/** Front matter larger than this is not parsed at all. */
export const maxFrontMatterLength = 1024 * 1024;

export function tooLargeDiagnostic(): Diagnostic {
  return {
    severity: 'error',
    rule: 'front-matter/too-large',
    message:
      'The front matter is larger than 1 MB, so it was not read. Real posts have a few kilobytes; check the file in the text editor.',
    from: 0,
    to: 3,
  };
}

export const tooLargeReason = 'The front matter is too large to read; edit it in the text editor.';

export function formEditsUnsupported(language: 'TOML' | 'JSON'): string {
  return `This post's front matter is ${language}; edit it in the text editor. Form edits only support YAML so that nothing is reformatted.`;
}
