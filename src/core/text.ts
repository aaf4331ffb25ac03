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
  // The next LF and the next CR, each found with `indexOf` (much faster than a regular expression or a loop over
  // the characters) and searched again only once the line start has passed it, so the text is read once.
  let nextLineFeed = -1;
  let nextCarriageReturn = -1;
  let lineStart = 0;
  for (;;) {
    if (nextLineFeed !== text.length && nextLineFeed < lineStart) nextLineFeed = indexOrLength(text, '\n', lineStart);
    if (nextCarriageReturn !== text.length && nextCarriageReturn < lineStart) nextCarriageReturn = indexOrLength(text, '\r', lineStart);
    const lineEnd = Math.min(nextLineFeed, nextCarriageReturn);
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
    if (lineEnd === text.length) break;
    // CRLF is one line break.
    lineStart = lineEnd + (lineEnd === nextCarriageReturn && nextLineFeed === lineEnd + 1 ? 2 : 1);
  }
  return paragraphs;
}

/** Where `search` next occurs in `text` from `from`, or the text's length when it does not. */
function indexOrLength(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index < 0 ? text.length : index;
}

/** White space, the BOM and the other invisible characters that can pad a line without being part of it. */
export function isBlank(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c ||
    code === 0xa0 || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** How many shapes {@link WordShapes} tells apart: 32 first characters × 32 last characters × 32 lengths. */
const WORD_SHAPE_COUNT = 1 << 15;

/** A word's shape: its first and last code units folded to five bits each, and its length (31 for any longer). */
function wordShape(first: number, last: number, length: number): number {
  return ((first & 0x1f) << 10) | ((last & 0x1f) << 5) | Math.min(length, 0x1f);
}

/**
 * The shapes (first and last characters, length) of a list of words, for a test that turns most other words away
 * before they are cut from the text or looked up in the list: no listed word has a shape not marked here.
 */
export class WordShapes {
  private readonly marked = new Uint8Array(WORD_SHAPE_COUNT >>> 3);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word === '') continue;
      const shape = wordShape(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
      this.marked[shape >>> 3] |= 1 << (shape & 7);
    }
  }

  /** Whether a listed word may have this first and last code unit and length; false means none has. */
  mayHold(first: number, last: number, length: number): boolean {
    const shape = wordShape(first, last, length);
    return (this.marked[shape >>> 3] & (1 << (shape & 7))) !== 0;
  }
}

/** An apostrophe as news text types it: the straight one or the right single quotation mark (’). */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * A copy of `text[start, end)` that is a string of its own, for a table or memo kept beyond one document: in V8 a cut
 * of 13 code units or more is a view into the text it was cut from, and would keep that whole document alive.
 */
export function detachedSlice(text: string, start: number, end: number): string {
  if (end - start < DETACHED_BY_V8) return text.slice(start, end);
  let copy = '';
  for (let from = start; from < end; from += DETACH_CHUNK) {
    const to = Math.min(end, from + DETACH_CHUNK);
    for (let index = from; index < to; index++) DETACH_CODES[index - from] = text.charCodeAt(index);
    copy += String.fromCharCode(...DETACH_CODES.subarray(0, to - from));
  }
  return copy;
}

/** Cuts shorter than this are copied by V8 itself. */
const DETACHED_BY_V8 = 13;
/** How many code units {@link detachedSlice} turns into a string at a time (a bound on the call's arguments). */
const DETACH_CHUNK = 1024;
const DETACH_CODES = new Uint16Array(DETACH_CHUNK);

/** Words longer than this are sliced as they come: long words are rare, and rarely repeated. */
export const SHARED_WORD_MAX_LENGTH = 24;
const SHARED_WORD_SLOTS = 1 << 15;
/** The table is cleared when half full, so that probe runs stay short and memory stays bounded over many documents. */
const SHARED_WORD_CAPACITY = SHARED_WORD_SLOTS >>> 1;

/** The hash of a word's code units so far, with one more: `wordHash(wordHash(0, a), b)` for "ab". */
export function wordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/**
 * A code unit of a word as the table of shared words stores it: an ASCII letter lower-cased, an ASCII digit, an
 * apostrophe (straight or curly) or a hyphen as it is; -1 for any other, whose lower case the table does not tell.
 */
export function lowerCaseWordCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code | 0x20;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d || code === 0x2019) return code;
  return -1;
}

/**
 * One shared lower-cased string per distinct short word read from documents, kept for the process (an
 * open-addressing hash table over the words' code units). A word cut from a document would otherwise be a new
 * string each time it occurs: news repeats its words ("the", "said", names), so most are found here without
 * allocating, and a shared string's hash is computed once, which makes the many set look-ups made with it cheaper.
 *
 * The words are kept in the order they were first read, and each slot holds a word's hash beside its index there
 * (slot k's hash at `2k` of `sharedWordSlots`, its index at `2k + 1`, -1 for an empty slot): a probe reads one cache
 * line for the slot, and the words read most, met first, stand close together. An array of strings by slot beside
 * an array of hashes cost a line in each, missed more often than not in a table this large (measured: the
 * attribution stage a tenth faster on a megabyte of news).
 */
const sharedWords: string[] = [];
const sharedWordSlots = new Int32Array(2 * SHARED_WORD_SLOTS).fill(-1);

/**
 * The lower-cased word of `length` code units read from a document, shared (see {@link sharedWords}). `codes` holds
 * the word's {@link lowerCaseWordCode}s, which must all be valid, from its start, and `hash` is their {@link wordHash};
 * the word is at most {@link SHARED_WORD_MAX_LENGTH} long. The caller reads the characters once, for its own needs and
 * for this: a word found in the table is checked against `codes`, not read from the text again.
 */
export function sharedLowerCaseWord(length: number, hash: number, codes: Int32Array): string {
  let slot = hash & (SHARED_WORD_SLOTS - 1);
  for (let index = sharedWordSlots[2 * slot + 1]; index >= 0; index = sharedWordSlots[2 * slot + 1]) {
    if (sharedWordSlots[2 * slot] === hash) {
      const word = sharedWords[index];
      if (word.length === length && spells(word, codes)) return word;
    }
    slot = (slot + 1) & (SHARED_WORD_SLOTS - 1);
  }
  // Made from the codes rather than cut from the text: in V8 a cut of 13 or more characters is a view into the
  // document, and the table, kept for the process, would keep each document a long word came from alive.
  const word = String.fromCharCode(...codes.subarray(0, length));
  if (sharedWords.length >= SHARED_WORD_CAPACITY) {
    sharedWordSlots.fill(-1);
    sharedWords.length = 0;
    slot = hash & (SHARED_WORD_SLOTS - 1);
  }
  sharedWordSlots[2 * slot] = hash;
  sharedWordSlots[2 * slot + 1] = sharedWords.length;
  sharedWords.push(word);
  return word;
}

/** Whether the lower-cased `word` is spelt by `codes` (lower-cased codes, from its start). */
function spells(word: string, codes: Int32Array): boolean {
  for (let index = 0; index < word.length; index++) if (codes[index] !== word.charCodeAt(index)) return false;
  return true;
}
