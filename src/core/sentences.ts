/**
 * Sentence boundaries inside one paragraph, by a hand-written scanner (linear; `Intl.Segmenter` is superlinear on
 * long strings and an order of magnitude slower on news). Quotations are atomic: a sentence of the writer's never
 * ends inside someone's quoted words, and ends at a quotation's closing mark only when the quotation ends with
 * terminal punctuation and a new sentence visibly starts after it (`… airstrikes.” The army …`), not when the
 * writer's sentence goes on (`… there,” said …`).
 */
import { LONGEST_CUE_WORDS, cueLengthAt, mayStartCue } from './cues';
import { ABBREVIATIONS } from './lexicon';
import { isBlank } from './text';
import type { Span } from './types';

/**
 * US state abbreviations in AP style ("Springfield, Ill."), which the shared abbreviation list leaves out: their
 * period ends a sentence only when a sentence-starting word follows.
 */
const STATE_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt',
  'Wash', 'Wis', 'Wyo',
]);

/**
 * Abbreviations that also end sentences often ("… at Acme Inc. She …", "… in Springfield, Ill. The …"): their
 * period ends the sentence when the next word is one that usually starts a sentence, as do a dotted acronym's
 * ("… in the U.S. The …").
 */
const AMBIGUOUS_ABBREVIATIONS = new Set(['Inc', 'Co', 'Corp', 'Ltd', 'Jr', 'Sr', 'etc', 'Bros', ...STATE_ABBREVIATIONS]);
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At', 'This', 'That',
  'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'There', 'If', 'When', 'While', 'After', 'Before', 'As',
  'So', 'Yet', 'Still', 'Now', 'Then', 'Meanwhile', 'However', 'Some', 'Many', 'Most', 'For', 'Since', 'Although',
]);

/**
 * The sentences of `paragraph`, in order, each trimmed of blanks, written to `bounds` as flat pairs: the k-th
 * sentence is `[bounds[2k], bounds[2k + 1])`; returns their number. A caller reading many paragraphs reuses one
 * list for them all, and no object is made for a sentence. `quotes` are quotation pieces sorted by start and not
 * overlapping (top-level quotes only), from `quotes[firstQuote]` on, those inside the paragraph and any after it:
 * a caller may pass the whole document's list once rather than cut a list for each paragraph. `terminators` searches
 * `text`: a caller reading a document's paragraphs in order passes one for them all (see {@link TerminatorSearch}).
 */
export function findSentences(text: string, paragraph: Span, quotes: readonly Span[], firstQuote: number,
  bounds: number[], terminators: TerminatorSearch): number {
  let count = 0;
  let sentenceStart = paragraph.start;
  let quoteIndex = firstQuote;
  while (quoteIndex < quotes.length && quotes[quoteIndex].end <= paragraph.start) quoteIndex++;
  const closeAt = (end: number): void => {
    count = putTrimmed(text, sentenceStart, end, bounds, count);
    sentenceStart = end;
  };
  let i = paragraph.start;
  /** The first terminator at or after the last search (the paragraph's end when there is none). */
  let terminatorAt = -1;
  while (i < paragraph.end) {
    const quote = quotes[quoteIndex];
    if (quote && i >= quote.start) {
      quoteIndex++;
      i = Math.max(i, Math.min(quote.end, paragraph.end));
      if (quoteEndsSentence(text, quote) && startsSentenceAfter(text, i, paragraph.end) &&
        (introducedBefore(text, quote, paragraph.start) ||
          !cueFollows(text, quote, paragraph.end, isBlankBetween(text, paragraph.start, quote.start)))) {
        closeAt(i);
      }
      continue;
    }
    // Most characters are neither a terminator nor a quote's start: skip to the next terminator, found once.
    const stop = quote ? Math.min(quote.start, paragraph.end) : paragraph.end;
    if (terminatorAt < i) terminatorAt = terminators.first(i, paragraph.end);
    i = Math.min(terminatorAt, stop);
    if (i >= stop) continue;
    let end = terminatorRunEnd(text, i, paragraph.end);
    const nextQuote = quotes[quoteIndex];
    if (nextQuote && end > nextQuote.start) end = nextQuote.start;
    if (end > i && terminatorRunEndsSentence(text, i, end, paragraph)) closeAt(end);
    i = end;
  }
  return putTrimmed(text, sentenceStart, paragraph.end, bounds, count);
}

/**
 * Where the last sentence of `paragraph` starts, as {@link findSentences} finds it, for a paragraph holding no
 * quotation: read backwards from the paragraph's end, so that only that sentence and the marks before it are read
 * (a caller that needs no other sentence of the paragraph is spared the rest). Each run of terminators with the
 * closing marks after it ends a sentence or not by what stands around it alone, which is what makes this possible.
 */
export function lastSentenceStart(text: string, paragraph: Span): number {
  // The paragraph's start in a local: the loop below reads it at every character.
  const start = paragraph.start;
  let before = paragraph.end;
  for (;;) {
    let run = before - 1;
    while (run >= start && !isTerminator(text.charCodeAt(run))) run--;
    if (run < start) return start;
    while (run > start && isTerminator(text.charCodeAt(run - 1))) run--;
    let end = terminatorRunEnd(text, run, paragraph.end);
    // A sentence ending at the paragraph's end leaves none after it.
    if (end < paragraph.end && terminatorRunEndsSentence(text, run, end, paragraph)) {
      while (isBlank(text.charCodeAt(end))) end++;
      return end;
    }
    before = run;
  }
}

/** The characters that may end a sentence, each searched for on its own by {@link TerminatorSearch}. */
const TERMINATORS = ['.', '!', '?', '…'];

/**
 * The sentence terminators of one text, found by searches that move forward through it (a document's paragraphs read
 * in order): where each terminator character next occurs is kept, and searched for again only once the searches have
 * passed it. `indexOf` skips the characters in between about twice as fast as a regular expression for all of them
 * (measured on news: 11 against 22 instructions per character), and a character rare in the text ("…", "!") is
 * searched for once rather than at every search. Each character is read at most once per terminator character while
 * the searches move forward; one that moves back searches from there again.
 */
export class TerminatorSearch {
  /** For each of {@link TERMINATORS}: where it next occurs at or after `searchedFrom`, or the text's length (-1 before any search). */
  private readonly nextAt = new Int32Array(TERMINATORS.length).fill(-1);
  /** Where each search of {@link TERMINATORS} started: `nextAt` holds for positions from there to it. */
  private readonly searchedFrom = new Int32Array(TERMINATORS.length).fill(-1);

  constructor(private readonly text: string) {}

  /** The first terminator in `text[from, end)`, or `end`. */
  first(from: number, end: number): number {
    let first = end;
    for (let k = 0; k < TERMINATORS.length; k++) {
      if (from < this.searchedFrom[k] || from > this.nextAt[k]) {
        const found = this.text.indexOf(TERMINATORS[k], from);
        this.nextAt[k] = found < 0 ? this.text.length : found;
        this.searchedFrom[k] = from;
      }
      if (this.nextAt[k] < first) first = this.nextAt[k];
    }
    return first;
  }
}

/** Where the run of terminators (. ! ? …) starting at `run` ends, with the closing marks after it. */
function terminatorRunEnd(text: string, run: number, end: number): number {
  let after = run + 1;
  while (after < end && isTerminator(text.charCodeAt(after))) after++;
  while (after < end && isCloser(text.charCodeAt(after))) after++;
  return after;
}

/**
 * Whether the run of terminators `text[run, after)` (with its closing marks) ends a sentence: a new one visibly
 * starts after it, and a period there is not an abbreviation's.
 */
function terminatorRunEndsSentence(text: string, run: number, after: number, paragraph: Span): boolean {
  return startsSentenceAfter(text, after, paragraph.end) &&
    !(text.charCodeAt(run) === 0x2e && isAbbreviation(text, run, after, paragraph));
}

function isTerminator(code: number): boolean {
  // Most characters read are letters, above the ASCII terminators: one comparison sends them to the ellipsis's test.
  return code < 0x40 ? code === 0x2e || code === 0x21 || code === 0x3f : code === 0x2026;
}

function isCloser(code: number): boolean {
  return code === 0x29 || code === 0x5d || code === 0x2019 || code === 0x27 || code === 0x201d || code === 0x22;
}

/** Whether the quote's words end with terminal punctuation (`….”`, `…?’”`). */
function quoteEndsSentence(text: string, quote: Span): boolean {
  let at = quote.end - 1;
  while (at > quote.start && (isCloser(text.charCodeAt(at)) || isBlank(text.charCodeAt(at)))) at--;
  return at > quote.start && isTerminator(text.charCodeAt(at));
}

/**
 * Whether a comma or a colon introduces the quotation (`Roe wrote back, telling her, “You won!”`): its cue came before
 * it, so the words after its closing mark open a sentence of their own (`She replied …`), whatever they hold.
 */
function introducedBefore(text: string, quote: Span, paragraphStart: number): boolean {
  let at = quote.start - 1;
  while (at > paragraphStart && isBlank(text.charCodeAt(at))) at--;
  const code = text.charCodeAt(at);
  return at >= paragraphStart && (code === 0x2c || code === 0x3a);
}

/**
 * How many words after a quotation's `?”` may stand before its cue (`“…?” Senate Majority Leader X asked.`), an
 * appositive included (`“…?” Jane Roe, a nurse from the harbour town, asked.`).
 */
const CUE_LOOKAHEAD_WORDS = 12;
/** After a quotation's `.”` only a short attribution closing the sentence keeps it open (`“…” Smith said.`). */
const CUE_LOOKAHEAD_WORDS_AFTER_PERIOD = 4;

/** How many capitalised words make a name short enough to close a sentence's attribution after `.”`. */
const SHORT_NAME_WORDS = 3;

/**
 * Whether the quotation's cue follows it, so the writer's sentence goes on: `“Why now?” Smith asked.` is one
 * sentence, though the quotation ends with a question mark and a capital follows it. After a full stop the cue
 * must come within a few words and end the sentence (`“We won.” Smith said.`), since `“We won.” Smith said
 * later that …` is more often two sentences.
 */
function cueFollows(text: string, quote: Span, end: number, opensParagraph: boolean): boolean {
  let last = quote.end - 1;
  while (last > quote.start && (isCloser(text.charCodeAt(last)) || isBlank(text.charCodeAt(last)))) last--;
  const afterPeriod = text.charCodeAt(last) === 0x2e; // `.”`: only a short attribution keeps the sentence open
  let position = quote.end;
  // Every word before any comma capitalised: the cue's subject is a name (`Renteria told reporters`), perhaps with an
  // appositive after it (`Renteria, a nurse, asked`).
  let namesOnly = true;
  let appositive = false;
  for (let words = 0; words < (afterPeriod ? CUE_LOOKAHEAD_WORDS_AFTER_PERIOD : CUE_LOOKAHEAD_WORDS); words++) {
    position = blanksEndAt(text, position, end);
    // After `?”` or `!”` the subject may carry an appositive set off by commas (`“Why now?” Rep. Jane Roe, D-Ore.,
    // asked.`): a comma between words is read past, so the attribution stays in the quotation's sentence.
    if (!afterPeriod && words > 0 && text.charCodeAt(position) === 0x2c) {
      appositive = true;
      position++;
      position = blanksEndAt(text, position, end);
    }
    const wordStart = position;
    position = wordEndAt(text, position, end);
    if (position === wordStart) return false;
    const word = withoutTrailingDots(text, wordStart, position);
    const lower = word.toLowerCase();
    // The words after are read only for a word that may open a cue ("went on"): most words cannot.
    const cueLength = mayStartCue(lower) ? cueLengthAt([lower, ...lowerWordsAfter(text, position, end, LONGEST_CUE_WORDS - 1)], 0) : 0;
    if (cueLength > 0) {
      for (let k = 1; k < cueLength; k++) {
        position = blanksEndAt(text, position, end);
        position = wordEndAt(text, position, end);
      }
      // After a quotation that opens its paragraph, a short name or a pronoun right before the cue (`“We won.”
      // Smith said on Monday.`) is its attribution, whatever follows the cue; later in a paragraph, where the
      // quotation may go on with an earlier speaker's words, `“We won.” Smith said later that …` starts a
      // sentence of its own.
      const shortName = !afterPeriod || (opensParagraph && words <= SHORT_NAME_WORDS);
      // A name after the cue is its inverted subject only right after the quotation (`“…” said Smith`); after a
      // subject (`“…” Jones called Smith a …`) it is the object of a sentence of its own.
      return (namesOnly && words > 0 && shortName) || cueEndsClause(text, position, end, words === 0 || !afterPeriod);
    }
    // A run of dots ("Smith …") is no name; it leaves an empty word, which must not be read as one.
    namesOnly &&= appositive || (word !== '' && word[0] !== word[0].toLowerCase());
  }
  return false;
}

/**
 * After the cue: the sentence's end, a comma, or a capitalised name (`asked Smith`) — the cue closes the
 * attribution rather than starting a clause of its own (`Her critics cited it as …`).
 */
function cueEndsClause(text: string, cueEnd: number, end: number, nameMayFollow: boolean): boolean {
  if (cueEnd >= end || text[cueEnd - 1] === '.' || text[cueEnd] === ',' || text[cueEnd] === '.') return true;
  if (!nameMayFollow) return false;
  let next = cueEnd;
  while (next < end && isBlank(text.charCodeAt(next))) next++;
  const code = text.charCodeAt(next);
  return code >= 0x41 && code <= 0x5a;
}

/** Where the blanks starting at `position` end. */
function blanksEndAt(text: string, position: number, end: number): number {
  while (position < end && isBlank(text.charCodeAt(position))) position++;
  return position;
}

/** Where the word starting at `position` ends (letters, dots, hyphens, apostrophes). */
function wordEndAt(text: string, position: number, end: number): number {
  while (position < end && isWordPart(text.charCodeAt(position))) position++;
  return position;
}

/** The word without its trailing dots ("Smith." reads as "Smith"), sliced once rather than cleaned by a regex. */
function withoutTrailingDots(text: string, start: number, end: number): string {
  while (end > start && text.charCodeAt(end - 1) === 0x2e) end--;
  return text.slice(start, end);
}

/** Up to `count` lower-cased words after `position`, separated by blanks only (a multiword cue's later words). */
function lowerWordsAfter(text: string, position: number, end: number, count: number): string[] {
  const words: string[] = [];
  while (words.length < count) {
    position = blanksEndAt(text, position, end);
    const start = position;
    position = wordEndAt(text, position, end);
    if (position === start) break;
    words.push(withoutTrailingDots(text, start, position).toLowerCase());
  }
  return words;
}

function isWordPart(code: number): boolean {
  return isLetter(code) || code === 0x2e || code === 0x2d || code === 0x2019 || code === 0x27;
}

/** After `at`: blanks, then a capital, a digit or an opening mark or bracket, or the paragraph's end. */
function startsSentenceAfter(text: string, at: number, end: number): boolean {
  if (at >= end) return true;
  if (!isBlank(text.charCodeAt(at))) return false;
  let next = at;
  while (next < end && isBlank(text.charCodeAt(next))) next++;
  if (next >= end) return true;
  const code = text.charCodeAt(next);
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return true;
  if (code === 0x201c || code === 0x22 || code === 0x2018 || code === 0x27 || code === 0x28 || code === 0x5b) return true;
  if (code < 0x80) return false;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

/** The listed abbreviations without their final period: looked up by the word before a period as it stands. */
const ABBREVIATION_STEMS: ReadonlySet<string> = new Set(
  [...ABBREVIATIONS].filter((abbreviation) => abbreviation.endsWith('.')).map((abbreviation) => abbreviation.slice(0, -1)),
);

/** The longest word listed as an abbreviation: a longer word before a period is looked up in neither list. */
const LONGEST_LISTED_ABBREVIATION = Math.max(...[...ABBREVIATION_STEMS, ...STATE_ABBREVIATIONS].map((word) => word.length));

/** The first code units of the words listed as abbreviations: a word starting with another is in neither list. */
const LISTED_ABBREVIATION_FIRST_CODES: ReadonlySet<number> = new Set(
  [...ABBREVIATION_STEMS, ...STATE_ABBREVIATIONS].map((word) => word.charCodeAt(0)),
);

/** Whether the period at `dot` belongs to an abbreviation or an initial rather than ending the sentence. */
function isAbbreviation(text: string, dot: number, after: number, paragraph: Span): boolean {
  let wordStart = dot;
  while (wordStart > paragraph.start && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === dot) return false;
  const dottedAcronym = wordStart > paragraph.start + 1 && text.charCodeAt(wordStart - 1) === 0x2e &&
    isLetter(text.charCodeAt(wordStart - 2));
  // Most periods end a word that is neither listed nor an initial, longer than any listed one or (a lower-case word)
  // starting with a letter none starts with: it is not cut from the text to be looked up.
  if (!dottedAcronym && dot - wordStart > LONGEST_LISTED_ABBREVIATION) return false;
  const first = text.charCodeAt(wordStart);
  const isInitial = dot - wordStart === 1 && first >= 0x41 && first <= 0x5a;
  if (!dottedAcronym && !isInitial && !LISTED_ABBREVIATION_FIRST_CODES.has(first)) return false;
  const word = text.slice(wordStart, dot);
  const listed = ABBREVIATION_STEMS.has(word) || STATE_ABBREVIATIONS.has(word);
  if (!dottedAcronym && !isInitial && !listed) return false;
  if (!dottedAcronym && !isInitial && !AMBIGUOUS_ABBREVIATIONS.has(word)) return true;
  // U.S., Inc., an initial: the sentence ends only if a sentence-starting word follows.
  let next = after;
  while (next < paragraph.end && isBlank(text.charCodeAt(next))) next++;
  let nextEnd = next;
  while (nextEnd < paragraph.end && isLetter(text.charCodeAt(nextEnd))) nextEnd++;
  return !SENTENCE_STARTERS.has(text.slice(next, nextEnd)) || (isInitial && !dottedAcronym);
}

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return /\p{L}/u.test(String.fromCharCode(code));
}

function isBlankBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) return false;
  return true;
}

/** Writes `[start, end)` trimmed of blanks, unless blank, as the `count`-th pair of `bounds`; returns the new count. */
function putTrimmed(text: string, start: number, end: number, bounds: number[], count: number): number {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end <= start) return count;
  bounds[2 * count] = start;
  bounds[2 * count + 1] = end;
  return count + 1;
}
