/** Whether a UTF-16 code unit is an ASCII digit (what `\d` matches). */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** One code point that is a letter or a digit in any script. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether one UTF-16 code unit is a letter or digit, exactly as `/[\p{L}\p{N}]/u` reads the one-unit string (a
 * lone surrogate is neither). ASCII, nearly every character that news puts next to a word, is answered without
 * the regular expression.
 */
export function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * The length (1, or 2 for a surrogate pair) of the letter or digit that ends right before `end`, reading no
 * further back than `floor`; 0 when the character there is neither. Code points are read as a `u` regular
 * expression over `text.slice(floor, end)` reads them: a pair cut by `floor` is a lone surrogate, not a letter.
 */
export function letterOrDigitLengthBefore(text: string, end: number, floor: number): 0 | 1 | 2 {
  if (end <= floor) return 0;
  const code = text.charCodeAt(end - 1);
  if (code < 0x80) return isLetterOrDigitCode(code) ? 1 : 0;
  if (code >= 0xdc00 && code <= 0xdfff && end - 2 >= floor) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return isLetterOrDigitCode(code) ? 1 : 0;
}

/** A letter or digit in any script, searched from `lastIndex`. */
const NEXT_LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * Whether the first letter or digit of `content` is a capital (upper or title case): a quotation that opens like a
 * sentence, a capitalised word in a role. Read from character codes up to the first character beyond ASCII, where the
 * regular expression takes over: most text opens with an ASCII letter.
 */
export function startsWithCapital(content: string): boolean {
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code >= 0x80) {
      NEXT_LETTER_OR_DIGIT.lastIndex = i;
      const letter = NEXT_LETTER_OR_DIGIT.exec(content);
      return letter !== null && letter[0] !== letter[0].toLowerCase();
    }
    if (isLetterOrDigitCode(code)) return code >= 0x41 && code <= 0x5a;
  }
  return false;
}
