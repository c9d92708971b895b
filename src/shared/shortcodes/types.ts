import type { TextSpan } from '../post/types';

export interface ShortcodeArgument {
  /** Set for `name="value"` arguments. */
  name: string | null;
  /** The value with quotes removed and escapes applied. */
  value: string;
  quoting: 'double' | 'raw' | 'none';
  span: TextSpan;
}

/** One `{{< … >}}` or `{{% … %}}` tag as written. Offsets are in the scanned text. */
export interface ShortcodeTag {
  name: string;
  /** `<` for `{{< >}}`, `%` for `{{% %}}`. */
  delimiter: '<' | '%';
  /** `{{< /name >}}` */
  isClosing: boolean;
  /** `{{< name />}}` */
  isSelfClosing: boolean;
  args: ShortcodeArgument[];
  span: TextSpan;
  nameSpan: TextSpan;
}

/** An opening tag paired with its closing tag when it has one. */
export interface ShortcodeCall {
  name: string;
  open: ShortcodeTag;
  close: ShortcodeTag | null;
  /** Text between open and close tags. */
  inner: TextSpan | null;
  /** Whole call, open tag through close tag. */
  span: TextSpan;
}

export interface ShortcodeProblem {
  kind:
    | 'unclosed-tag'
    | 'unclosed-call'
    | 'unexpected-close'
    | 'stray-delimiter'
    | 'mixed-arguments'
    | 'bad-argument'
    | 'missing-name';
  message: string;
  span: TextSpan;
  /**
   * True when Hugo still builds the page anyway (it prints the text as written or
   * ignores the argument), so the problem is worth a warning rather than an error.
   */
  buildsAnyway?: boolean;
}

export interface ShortcodeScan {
  calls: ShortcodeCall[];
  problems: ShortcodeProblem[];
  // Commented-out calls, `{{</* … */>}}`: printed literally, not shortcodes. (A line
  // comment, because the `*/` in the example would end a block comment.)
  comments: TextSpan[];
}

export interface ShortcodeScanOptions {
  /**
   * Whether the named shortcode's template uses `.Inner` (and so must be closed or
   * self-closed); undefined when the template is unknown.
   */
  usesInner(name: string): boolean | undefined;
}
