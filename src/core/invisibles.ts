/**
 * Invisible characters inside words: soft hyphens (the hyphenation hints that text copied from web pages and PDFs
 * carries), zero-width spaces, word joiners and a byte-order mark left inside a text by joining files. A reader
 * sees `Jo\u00adsephine Mar\u00adtinez` as "Josephine Martinez", but every stage reads a word as a run of letters,
 * digits and marks, so each such character would cut a name in two ("Jo", "tinez"). The pipeline therefore reads the
 * text with them taken out of words, and every span it finds is then mapped back onto the document, whose text each
 * span's `text` is read from again. Zero-width joiners and non-joiners are left in: in Persian, Arabic and Indic
 * scripts they are part of how a word is spelled.
 */
import type { Analysis } from './types';

/** The characters taken out: soft hyphen, zero-width space, word joiner, byte-order mark. */
const INVISIBLE_CLASS = '[\\u00ad\\u200b\\u2060\\ufeff]';
/** Any of them, to tell cheaply that a document has none (nearly every document). */
const INVISIBLE = new RegExp(INVISIBLE_CLASS);
/** A run of them with a letter, digit or combining mark on both sides: out of words only, blanks stay blanks. */
const INVISIBLE_IN_WORD = new RegExp(`(?<=[\\p{L}\\p{N}\\p{M}])${INVISIBLE_CLASS}+(?=[\\p{L}\\p{N}\\p{M}])`, 'gu');

/** A document's text with the invisible characters taken out of its words, and where they were. */
export interface VisibleText {
  readonly text: string;
  /**
   * For each character taken out, the offset in `text` of the character that came after it, in ascending order: the
   * number of entries at or before an offset is how far that offset moved.
   */
  readonly removedBefore: readonly number[];
}

/** The text without invisible characters inside its words, or null when it has none to take out. */
export function visibleText(text: string): VisibleText | null {
  if (!INVISIBLE.test(text)) return null;
  const removedBefore: number[] = [];
  let removed = 0;
  const visible = text.replace(INVISIBLE_IN_WORD, (run: string, offset: number) => {
    for (let k = 0; k < run.length; k++) removedBefore.push(offset - removed);
    removed += run.length;
    return '';
  });
  return removed === 0 ? null : { text: visible, removedBefore };
}

/**
 * Rewrites in place every span of an analysis of `visible.text` into a span of `documentText`, with its `text` read
 * from the document: a span is any object holding a numeric `start` and `end` (quotes, their pieces, speakers, cues,
 * antecedents, via chains, entity mentions, dates, headline and dateline). A span that ends inside a word keeps the
 * invisible characters within it and leaves out one right after its end. Names and quoted contents stay as read,
 * without the invisible characters, which is how a reader sees them.
 */
export function mapSpansToDocument(analysis: Analysis, visible: VisibleText, documentText: string): Analysis {
  const mapped = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || mapped.has(value)) return;
    // Stages may share one span object between places (a speaker and an entity mention): it is moved once.
    mapped.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      const start = record.start + removedUpTo(visible.removedBefore, record.start, true);
      const end = record.end + removedUpTo(visible.removedBefore, record.end, false);
      record.start = start;
      record.end = end;
      if (typeof record.text === 'string') record.text = documentText.slice(start, end);
    }
    for (const key of Object.keys(record)) visit(record[key]);
  };
  visit(analysis);
  return analysis;
}

/**
 * How many characters were taken out before visible offset `offset`: those right before it too when it starts a span
 * (`atOrBefore`), so that the span starts at its own first character, and not when it ends one.
 */
function removedUpTo(removedBefore: readonly number[], offset: number, atOrBefore: boolean): number {
  let low = 0;
  let high = removedBefore.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = removedBefore[middle];
    if (at < offset || (atOrBefore && at === offset)) low = middle + 1;
    else high = middle;
  }
  return low;
}
