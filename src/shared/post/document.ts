import type { Document } from 'yaml';
import { compareDiagnostics, type Diagnostic } from '../diagnostics';
import { deleteAt, getAt, insertAt, moveAt, removeAt, setAt } from './data-ops';
import type { FieldSpans, FrontMatterReading } from './front-matter-reading';
import type { FrontMatterLanguageOpinion } from './gray-matter-check';
import { readJsonFrontMatter } from './json-read';
import { parseDottedPath, type PathSegment } from './field-path';
import { isPlainObject, plainEqual } from './plain-data';
import { PostEditError } from './post-edit-error';
import { formatForLanguageTag, splitFrontMatter, type FrontMatterSplit } from './split';
import { readTomlFrontMatter } from './toml-read';
import type {
  FieldPath,
  FrontMatterBlock,
  FrontMatterData,
  FrontMatterValue,
  PostDocument,
  TextSpan,
} from './types';
import { YamlFrontMatterEditor, type EditPlan, type EditStep } from './yaml-edit';
import { yamlFieldSpans } from './yaml-locate';
import { quickFieldSpans, quickReadYaml } from './yaml-quick-read';
import { parseYamlText, readYamlFrontMatter } from './yaml-read';
import { LineIndex } from '../text/line-index';
import { renderMappingEntries } from './yaml-render';
import { defaultEol, defaultFileStyle } from './yaml-style';

/**
 * Reads a post's text. Never throws and never changes a character.
 * `secondOpinion` is asked about a front matter block with a language name
 * after its delimiter (main and the CLI pass gray-matter's through
 * `parsePostChecked`; the renderer's bundle must not hold gray-matter).
 * Documents made by editing this one ask it too.
 */
export function parsePost(text: string, secondOpinion?: FrontMatterLanguageOpinion): PostDocument {
  return readPost(text, secondOpinion);
}

interface Reading {
  frontMatter: FrontMatterBlock | null;
  data: FrontMatterData | null;
  diagnostics: Diagnostic[];
  readOnlyReason: string | null;
  /**
   * Document for form edits; null unless the front matter is clean YAML.
   * Built on first use: checking a post never edits it, and the quick reader
   * gives data and spans without one.
   */
  yaml: () => Document.Parsed | null;
  fieldSpans: (path: readonly PathSegment[]) => FieldSpans | undefined;
}

const noSpans = (): undefined => undefined;
const noDocument = (): null => null;

function readPost(text: string, secondOpinion?: FrontMatterLanguageOpinion): PostDocumentImpl {
  const split = splitFrontMatter(text);
  const reading = readFrontMatter(text, split, secondOpinion);
  const diagnostics = [...nulDiagnostics(text), ...reading.diagnostics].sort(compareDiagnostics);
  return new PostDocumentImpl(text, split.bodyFrom, { ...reading, diagnostics }, secondOpinion);
}

function readFrontMatter(
  text: string,
  split: FrontMatterSplit,
  secondOpinion: FrontMatterLanguageOpinion | undefined,
): Reading {
  const none: Reading = {
    frontMatter: null,
    data: null,
    diagnostics: [],
    readOnlyReason: null,
    yaml: noDocument,
    fieldSpans: noSpans,
  };
  const refused = split.languageTag !== null && split.format === null;
  if (split.status === 'none') return none;
  if (refused) {
    const block =
      split.span && split.content
        ? {
            format: split.delimiter === '+++' ? ('toml' as const) : ('yaml' as const),
            span: split.span,
            content: split.content,
          }
        : null;
    return {
      ...none,
      frontMatter: block && { ...block, languageTag: split.languageTag ?? '' },
      diagnostics: [executableDiagnostic(split)],
      readOnlyReason: `The front matter is marked as "${split.languageTag ?? ''}", which is code; Recap Studio never runs it. Rewrite it as YAML in the text editor to use the form.`,
    };
  }
  if (split.status === 'unterminated' || !split.span || !split.content || !split.format) {
    const closing = split.delimiter ?? '}';
    return {
      ...none,
      diagnostics: [
        {
          severity: 'error',
          rule: 'front-matter/unterminated',
          message:
            split.delimiter === null
              ? 'The front matter starts with "{" but its closing "}" is missing, so the whole file is treated as the body.'
              : `The front matter starts with "${split.delimiter}" but has no closing "${split.delimiter}" line, so the whole file is treated as the body.`,
          from: split.openLine.from,
          to: Math.max(split.openLine.to, split.openLine.from + 1),
        },
      ],
      readOnlyReason: `The front matter has no closing "${closing}"; add it in the text editor to use the form.`,
    };
  }

  // A second view of the language (gray-matter's, in main) is a second line of defence: if it
  // would pick an engine other than YAML / TOML / JSON, refuse as well. It can
  // only pick another engine from a name after the opening delimiter, so
  // plain `---` / `+++` blocks (nearly every post) skip the call: it cost
  // about a tenth of reading a post.
  const opinion =
    split.delimiter && split.languageTag !== null ? (secondOpinion?.(text, split) ?? null) : null;
  if (opinion && formatForLanguageTag(opinion.language) === null) {
    return {
      ...none,
      diagnostics: [executableDiagnostic(split)],
      readOnlyReason:
        'The front matter is marked as code; Recap Studio never runs it. Rewrite it as YAML in the text editor.',
    };
  }

  const content = split.content;
  const frontMatter: FrontMatterBlock = { format: split.format, span: split.span, content };
  if (split.languageTag !== null) frontMatter.languageTag = split.languageTag;
  const source = text.slice(content.from, content.to);
  const toFileOffset = (offset: number): number => offset + content.from;
  const shift = (diagnostic: Diagnostic): Diagnostic => ({
    ...diagnostic,
    from: diagnostic.from + content.from,
    to: diagnostic.to + content.from,
  });
  const tagWarnings: Diagnostic[] =
    split.languageTag === null
      ? []
      : [
          {
            severity: 'warning',
            rule: 'front-matter/language-tag',
            message: `Hugo does not read a language name after the opening "${split.delimiter ?? ''}"; remove "${split.languageTag}" so Hugo can read the front matter.`,
            from: split.openLine.from,
            to: split.openLine.to,
          },
        ];

  if (source.includes('\u0000')) {
    return {
      ...none,
      frontMatter,
      diagnostics: tagWarnings,
      readOnlyReason:
        'The front matter contains a NUL character; remove it in the text editor to use the form.',
    };
  }

  if (split.format === 'yaml') {
    const quick = quickReadYaml(source);
    if (quick) {
      return {
        frontMatter,
        data: quick.data,
        diagnostics: tagWarnings,
        readOnlyReason: null,
        yaml: () => {
          // The quick reader only accepts what yaml reads cleanly; refuse edits if that ever fails.
          const document = parseYamlText(source);
          return document.errors.length === 0 ? document : null;
        },
        fieldSpans: (path) => spansInFile(quickFieldSpans(quick.root, path), toFileOffset),
      };
    }
    // Messages that name a line count from the top of the file.
    const firstLine = new LineIndex(text).position(content.from).line;
    const yaml = readYamlFrontMatter(source, firstLine);
    const spanDocument = yaml.spanDocument;
    const fieldSpans = (path: readonly PathSegment[]): FieldSpans | undefined =>
      spanDocument
        ? spansInFile(yamlFieldSpans(spanDocument, path, source), (offset) =>
            toFileOffset(yaml.toContentOffset(offset)),
          )
        : undefined;
    return {
      frontMatter,
      data: yaml.data,
      diagnostics: [...tagWarnings, ...yaml.diagnostics.map(shift)],
      readOnlyReason: yaml.readOnlyReason,
      yaml: () => yaml.document,
      fieldSpans,
    };
  }

  const reading: FrontMatterReading =
    split.format === 'toml' ? readTomlFrontMatter(source) : readJsonFrontMatter(source);
  return {
    frontMatter,
    data: reading.data,
    diagnostics: [...tagWarnings, ...reading.diagnostics.map(shift)],
    readOnlyReason: reading.readOnlyReason,
    yaml: noDocument,
    fieldSpans: (path) => spansInFile(reading.fieldSpans(path), toFileOffset),
  };
}

/** Spans read relative to the front matter, moved to offsets in the file. */
function spansInFile(
  spans: FieldSpans | undefined,
  toFile: (offset: number) => number,
): FieldSpans | undefined {
  if (!spans) return undefined;
  const move = (span: TextSpan): TextSpan => ({ from: toFile(span.from), to: toFile(span.to) });
  return { key: move(spans.key), value: move(spans.value) };
}

function executableDiagnostic(split: FrontMatterSplit): Diagnostic {
  return {
    severity: 'error',
    rule: 'front-matter/executable',
    message: `The front matter is marked as "${split.languageTag ?? 'code'}". Recap Studio never runs code from a post and Hugo does not read it; rewrite the front matter as YAML.`,
    from: split.openLine.from,
    to: split.openLine.to,
  };
}

function nulDiagnostics(text: string): Diagnostic[] {
  const first = text.indexOf('\u0000');
  if (first === -1) return [];
  let count = 0;
  for (let i = first; i !== -1; i = text.indexOf('\u0000', i + 1)) count += 1;
  return [
    {
      severity: 'error',
      rule: 'file/nul-byte',
      message:
        count === 1
          ? 'The file contains a NUL character, which Hugo and most editors cannot handle; remove it.'
          : `The file contains ${count} NUL characters (the first is here), which Hugo and most editors cannot handle; remove them.`,
      from: first,
      to: first + 1,
    },
  ];
}

const unsafeEdit =
  'This change could not be written without risking other parts of the front matter, so nothing was changed. Make it in the text editor instead.';

class PostDocumentImpl implements PostDocument {
  readonly frontMatter: FrontMatterBlock | null;
  readonly data: FrontMatterData | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly readOnlyReason: string | null;
  private readonly readYaml: () => Document.Parsed | null;
  private yamlDocument: Document.Parsed | null | undefined;
  private readonly fieldSpans: Reading['fieldSpans'];

  constructor(
    readonly text: string,
    readonly bodyFrom: number,
    reading: Reading,
    private readonly secondOpinion: FrontMatterLanguageOpinion | undefined,
  ) {
    this.frontMatter = reading.frontMatter;
    this.data = reading.data;
    this.diagnostics = reading.diagnostics;
    this.readOnlyReason = reading.readOnlyReason;
    this.readYaml = reading.yaml;
    this.fieldSpans = reading.fieldSpans;
  }

  get body(): string {
    return this.text.slice(this.bodyFrom);
  }

  keySpan(path: FieldPath): TextSpan | undefined {
    return this.fieldSpans(parseDottedPath(path))?.key;
  }

  valueSpan(path: FieldPath): TextSpan | undefined {
    return this.fieldSpans(parseDottedPath(path))?.value;
  }

  get(path: FieldPath): FrontMatterValue | undefined {
    return this.data === null ? undefined : getAt(this.data, parseDottedPath(path));
  }

  set(path: FieldPath, value: FrontMatterValue): PostDocument {
    const segments = parseDottedPath(path);
    assertFrontMatterValue(value);
    const data = this.editableData();
    const expected = setAt(data, segments, value);
    const editor = this.editor();
    if (!editor) return this.createFrontMatter(expected);
    return this.apply(editor.planSet(segments, value), expected);
  }

  delete(path: FieldPath): PostDocument {
    const segments = parseDottedPath(path);
    const data = this.editableData();
    const expected = deleteAt(data, segments);
    const editor = this.editor();
    if (!editor) return this;
    return this.apply(editor.planDelete(segments), expected);
  }

  insertItem(listPath: FieldPath, index: number, value: FrontMatterValue): PostDocument {
    const segments = parseDottedPath(listPath);
    assertFrontMatterValue(value);
    const data = this.editableData();
    const expected = insertAt(data, segments, index, value);
    const editor = this.editor();
    if (!editor) return this.createFrontMatter(expected);
    return this.apply(editor.planInsert(segments, index, value), expected);
  }

  removeItem(listPath: FieldPath, index: number): PostDocument {
    const segments = parseDottedPath(listPath);
    const expected = removeAt(this.editableData(), segments, index);
    const editor = this.editor();
    if (!editor) throw new PostEditError(unsafeEdit);
    return this.apply(editor.planRemove(segments, index), expected);
  }

  moveItem(listPath: FieldPath, from: number, to: number): PostDocument {
    const segments = parseDottedPath(listPath);
    const expected = moveAt(this.editableData(), segments, from, to);
    const editor = this.editor();
    if (!editor) throw new PostEditError(unsafeEdit);
    return this.apply(editor.planMove(segments, from, to), expected);
  }

  replaceBody(body: string): PostDocument {
    let head = this.text.slice(0, this.bodyFrom);
    // A closing delimiter at the very end of the file has no line break yet.
    if (this.frontMatter && body !== '' && head !== '' && !head.endsWith('\n')) {
      head += defaultEol(this.text);
    }
    return readPost(head + body, this.secondOpinion);
  }

  /** Data for a form edit; throws when the front matter cannot be edited through the form. */
  private editableData(): FrontMatterData {
    if (this.readOnlyReason !== null) throw new PostEditError(this.readOnlyReason);
    if (this.frontMatter === null) return {};
    if (this.data === null || this.yaml() === null) throw new PostEditError(unsafeEdit);
    return this.data;
  }

  private editor(): YamlFrontMatterEditor | null {
    const yaml = this.yaml();
    if (!this.frontMatter || !yaml || !this.data) return null;
    const { content } = this.frontMatter;
    return new YamlFrontMatterEditor(this.text, content.from, content.to, yaml, this.data);
  }

  private yaml(): Document.Parsed | null {
    if (this.yamlDocument === undefined) this.yamlDocument = this.readYaml();
    return this.yamlDocument;
  }

  private apply(plan: EditPlan, expected: FrontMatterData): PostDocumentImpl {
    if (plan.kind === 'none') {
      if (!plainEqual(this.data ?? {}, expected)) throw new PostEditError(unsafeEdit);
      return this;
    }
    if (plan.kind === 'splice') {
      const { from, to, insert } = plan.splice;
      return this.verified(this.text.slice(0, from) + insert + this.text.slice(to), expected);
    }
    const document = plan.steps.reduce<PostDocumentImpl>(
      (current, step) => current.applyStep(step),
      this,
    );
    if (!plainEqual(document.data ?? {}, expected)) throw new PostEditError(unsafeEdit);
    return document;
  }

  private applyStep(step: EditStep): PostDocumentImpl {
    switch (step.op) {
      case 'set':
        return this.set(step.path, step.value) as PostDocumentImpl;
      case 'delete':
        return this.delete(step.path) as PostDocumentImpl;
      case 'insert':
        return this.insertItem(step.path, step.index, step.value) as PostDocumentImpl;
      case 'remove':
        return this.removeItem(step.path, step.index) as PostDocumentImpl;
    }
  }

  /** Re-reads the edited text and refuses it unless it says exactly what was intended. */
  private verified(text: string, expected: FrontMatterData): PostDocumentImpl {
    const next = readPost(text, this.secondOpinion);
    const ok =
      next.readOnlyReason === null &&
      next.frontMatter?.format === 'yaml' &&
      next.data !== null &&
      plainEqual(next.data, expected) &&
      next.body === this.body &&
      errorCount(next) <= errorCount(this);
    if (!ok) throw new PostEditError(unsafeEdit);
    return next;
  }

  private createFrontMatter(expected: FrontMatterData): PostDocumentImpl {
    const eol = defaultEol(this.text);
    const context = { style: defaultFileStyle(eol), eol, path: [] };
    const block = `---${eol}${renderMappingEntries(expected, 0, context)}---${eol}`;
    return this.verified(
      this.text.slice(0, this.bodyFrom) + block + this.text.slice(this.bodyFrom),
      expected,
    );
  }
}

function errorCount(document: PostDocument): number {
  return document.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
}

/** Values from JavaScript callers must be plain front matter data. */
function assertFrontMatterValue(value: unknown, depth = 0): asserts value is FrontMatterValue {
  if (depth > 100) {
    throw new PostEditError('The value is nested too deeply to write as front matter.');
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return;
  if (Array.isArray(value)) {
    value.forEach((item) => assertFrontMatterValue(item, depth + 1));
    return;
  }
  const prototype: unknown = isPlainObject(value) ? Object.getPrototypeOf(value) : undefined;
  if (isPlainObject(value) && (prototype === Object.prototype || prototype === null)) {
    Object.values(value).forEach((item) => assertFrontMatterValue(item, depth + 1));
    return;
  }
  throw new PostEditError(
    'Only text, numbers, true/false, lists and groups of fields can be written as front matter.',
  );
}
