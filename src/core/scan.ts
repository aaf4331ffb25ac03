import type { Span } from './types';

/**
 * Runs a global regular expression once over the stretch the paragraphs cover and reports each match that lies
 * wholly inside one paragraph, with that paragraph. A match found in a gap between paragraphs restarts the scan at
 * the next paragraph, so every character is scanned a bounded number of times however the paragraphs are spaced
 * (a per-paragraph `exec` would rescan the same gap once for every paragraph before the next match).
 */
export function forEachMatchInParagraphs(
  pattern: RegExp, text: string, paragraphs: readonly Span[], report: (match: RegExpExecArray, paragraph: Span, index: number) => void,
): void {
  if (paragraphs.length === 0) return;
  let index = 0;
  pattern.lastIndex = paragraphs[0].start;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    while (index < paragraphs.length && paragraphs[index].end <= match.index) index++;
    if (index === paragraphs.length) break;
    const paragraph = paragraphs[index];
    if (match.index < paragraph.start) {
      pattern.lastIndex = paragraph.start;
      continue;
    }
    if (match.index + match[0].length <= paragraph.end) report(match, paragraph, index);
  }
}
