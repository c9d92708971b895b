// Character classes of Hugo's page lexer (parser/pageparser/pagelexer.go), on
// UTF-16 text: letters and digits are Unicode ones, as Go's unicode.IsLetter and
// unicode.IsDigit see them.

const letterOrDigit = /[\p{L}\p{Nd}]/u;
const goSpace = /\s/u;

/** Space, tab and line breaks: what separates the parts of a tag. */
export function isTagSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Any Unicode white space, as Go's unicode.IsSpace sees it. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return goSpace.test(String.fromCodePoint(code));
}

/** `_`, letters and digits: what a shortcode name starts with. */
export function isAlphaNumeric(code: number): boolean {
  if (code < 0x80) {
    return (
      code === 0x5f ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    );
  }
  return letterOrDigit.test(String.fromCodePoint(code));
}

/** Letters, digits, `_` and `-`: Hugo lets unquoted YouTube IDs through this way. */
export function isAlphaNumericOrHyphen(code: number): boolean {
  return code === 0x2d || isAlphaNumeric(code);
}

/** UTF-16 units taken by the code point at `offset`. */
export function codePointWidth(code: number): number {
  return code > 0xffff ? 2 : 1;
}
