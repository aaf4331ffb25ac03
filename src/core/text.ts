import type { Span } from './types';

/**
 * The paragraphs of a document: each non-blank line, without its surrounding white space.
 *
 * Plain-text news keeps one paragraph to a line (blank lines between them are usual but not required: photo
 * captions often stand on consecutive lines), so a line break always ends a paragraph. Handles LF, CRLF and lone
 * CR, a leading BOM and non-breaking or other Unicode spaces at either end.
 */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
    if (!match) break;
    lineStart = lineBreak.lastIndex;
  }
  return paragraphs;
}

/** White space, the BOM and the other invisible characters that can pad a line without being part of it. */
export function isBlank(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c ||
    code === 0xa0 || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}
