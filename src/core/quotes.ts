/**
 * Finding direct quotations: one pass over each paragraph's characters, pairing double marks (curly, straight,
 * low-9 and guillemets) and, inside them, single marks told apart from apostrophes. A document written in the
 * British style, whose quotations open with single marks (‘We won,’ she said, ‘and “fairly”.’), has those paired at
 * the top level too, and double marks nested inside them. A mark left open at a paragraph's end continues into the
 * next paragraph when that one opens with a mark (the newspaper convention for a quotation running over paragraphs);
 * otherwise the quotation is bounded by its paragraph, so an unclosed mark never swallows the rest of the document.
 */
import { cueLengthAt, isNamingCue } from './cues';
import { SpellingTable } from './lexicon';
import { isDigitCode, isLetterOrDigitCode, startsWithCapital } from './scan';
import { isBlank } from './text';
import type { QuoteKind, Span } from './types';

/** A quotation as the marks delimit it, before anyone is attributed. */
export interface FoundQuote extends Span {
  text: string;
  content: string;
  kind: QuoteKind;
  /** Index into the returned array of the quote this one is nested in, else null. */
  parent: number | null;
  /** The span of each paragraph's piece of a quotation that runs over paragraphs; null for a one-piece quote. */
  pieces: Span[] | null;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
}

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const STRAIGHT_DOUBLE = 0x22; // "
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const STRAIGHT_SINGLE = 0x27; // '

/** Elisions written with a leading apostrophe: ’em, ’tis, ’til, ’cause, ’n’ … */
const LEADING_ELISIONS = new Set(['em', 'tis', 'twas', 'til', 'cause', 'bout', 'n', 'round', 'nuff', 'cos']);

/**
 * A double quotation under construction: the pieces closed in earlier paragraphs, null until it runs on into a next
 * one, and the nested single quotes found in them. Most quotations never run on: an array for each, pushed to once and
 * so given room for 17, cost findQuotes 32.3 → 33.3 M instructions per MB of seed text.
 */
interface OpenQuote {
  earlierPieces: Span[] | null;
  nested: Span[];
  paragraph: number;
}

/**
 * The quotation marks (the cases of the pass's `switch`), all of which the style of a document is judged on. The
 * characters between them are skipped by the regular-expression engine, which passes over text several times faster
 * than a loop reading each character.
 */
const QUOTATION_MARK = /["'«»‘’“”„]/g;
/**
 * The marks the pass acts on: all of {@link QUOTATION_MARK} but a ’ with an ASCII letter or digit right after it, the
 * apostrophe inside a word ("it’s", "don’t"), which neither opens a quotation (a ’ never does) nor closes one (a
 * word follows it). The engine passes over it with the text instead of the pass stopping there: a fifth of the
 * marks in news, findQuotes 34.3 → 33.3 M instructions per MB of seed text.
 */
const MARK_ACTED_ON = /["'«»‘“”„]|’(?![A-Za-z0-9])/g;

export function findQuotes(text: string, paragraphs: readonly Span[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const singleMarksOpenQuotations = quotesWithSingleMarks(text);
  let continuing: OpenQuote | null = null;
  // The position of the first mark at or after the last search (the text's length when there is none). Positions
  // asked for only grow, so the text is searched once in all, however the paragraphs are spaced.
  let markAt = -1;
  const nextMark = (from: number): number => {
    if (markAt < from) {
      MARK_ACTED_ON.lastIndex = from;
      markAt = MARK_ACTED_ON.test(text) ? MARK_ACTED_ON.lastIndex - 1 : text.length;
    }
    return markAt;
  };
  // The state of the paragraph being read, and the helpers acting on it, made once rather than per paragraph.
  let p = 0;
  let open: OpenQuote | null = null;
  let openAt = -1; // the current double mark's position, when one is open
  let nestedAt = -1; // the current single mark's position inside it, when one is open
  let weakNestedClose = -1; // a possessive-looking ’ that closes the single quote if nothing better does
  // The same for a quotation opened by a single mark: its last possessive-looking mark, which closes it when a new
  // quotation opens or the paragraph ends before any other closing mark (`'more than 1,200 responses' and that '…'`).
  let weakSingleClose = -1;
  // Whether the open quotation began with a straight mark: a double mark of the other kind inside it ("…“…”…" or
  // “…"…"…”) is then a nested quotation, as a single mark is, when a closing mark of the outer kind follows it (or
  // the outer quotation runs on into the next paragraph).
  let openIsStraight = false;
  // Whether the open quotation began with a single mark (British style): single marks then close it, and double
  // marks inside it are nested quotations.
  let openIsSingle = false;
  let nestedIsDouble = false; // the nested quotation open at `nestedAt` began with a double mark
  const closeNested = (at: number): void => {
    if (open && nestedAt >= 0) open.nested.push({ start: nestedAt, end: at + 1 });
    nestedAt = -1;
    weakNestedClose = -1;
    nestedIsDouble = false;
  };
  // Where the paragraph's last double mark of each kind is, found once a paragraph and only when asked: whether an
  // outer quotation closes after a double mark of the other kind is then one comparison, however many marks there are.
  let lastMarksOf = -1;
  let lastStraightDouble = -1;
  let lastRightDouble = -1;
  const opensNestedDouble = (at: number, paragraphEnd: number): boolean => {
    if (nestedAt >= 0 || !opensInnerDouble(text, at, openAt, paragraphEnd)) return false;
    if (lastMarksOf !== p) {
      lastMarksOf = p;
      lastStraightDouble = text.lastIndexOf('"', paragraphEnd - 1);
      lastRightDouble = text.lastIndexOf('”', paragraphEnd - 1);
    }
    if ((openIsStraight ? lastStraightDouble : lastRightDouble) > at) return true;
    // No closing mark of the outer kind left in the paragraph: the outer quotation still holds the inner one when it
    // runs on into the next paragraph, which opens with the outer kind's mark.
    const next = paragraphs[p + 1];
    return next !== undefined && text.charCodeAt(next.start) === (openIsStraight ? STRAIGHT_DOUBLE : LEFT_DOUBLE);
  };
  const finishQuote = (end: number): void => {
    if (nestedAt >= 0 && weakNestedClose >= 0) closeNested(weakNestedClose);
    nestedAt = -1;
    weakNestedClose = -1;
    nestedIsDouble = false;
    if (open && end > openAt + 1) {
      emit(text, open, { start: openAt, end }, quotes);
    }
    open = null;
    openAt = -1;
  };
  const startQuote = (at: number): void => {
    open = { earlierPieces: null, nested: [], paragraph: p };
    openAt = at;
    weakSingleClose = -1;
    openIsStraight = text.charCodeAt(at) === STRAIGHT_DOUBLE;
    openIsSingle = false;
  };
  const startSingleQuote = (at: number): void => {
    startQuote(at);
    openIsSingle = true;
  };
  // A mark never closed: its quote ends where the next one opens at `at`, or before the attribution set off by commas
  // that its words end with (`"Absent a force, he added, "this is how …"`).
  const openNestedDouble = (at: number): void => {
    nestedAt = at;
    nestedIsDouble = true;
  };
  const restartQuote = (at: number): void => {
    finishQuote(setOffAttributionStart(text, openAt, at) ?? trimEnd(text, openAt, at));
    startQuote(at);
  };
  // Inside a quotation opened by a single mark: a single mark that closes (no word right after it, and not a plural
  // possessive such as `the players’ fault`) ends it, one that opens a new quotation outside a nested one means this
  // one was never closed, and double marks open and close the quotations nested in it.
  const readInSingleQuotation = (code: number, at: number, paragraphEnd: number): void => {
    if (isSingleMark(code)) {
      if (code !== LEFT_SINGLE && closesNested(text, at, paragraphEnd)) {
        if (!isPossessivePlural(text, at, paragraphEnd)) finishQuote(at + 1);
        else if (!nestedIsDouble) weakSingleClose = at;
      } else if (!nestedIsDouble && code !== RIGHT_SINGLE && opensSingleQuotation(text, at, at === paragraphs[p].start, paragraphEnd)) {
        finishQuote(weakSingleClose >= 0 ? weakSingleClose + 1 : setOffAttributionStart(text, openAt, at) ?? trimEnd(text, openAt, at));
        startSingleQuote(at);
      }
    } else if (nestedIsDouble) {
      if (code !== LEFT_DOUBLE && code !== LOW_DOUBLE && code !== LEFT_GUILLEMET) closeNested(at);
    } else if (nestedAt < 0 && code !== RIGHT_DOUBLE && code !== RIGHT_GUILLEMET && opensNested(text, at, openAt, paragraphEnd)) {
      openNestedDouble(at);
    }
  };
  for (p = 0; p < paragraphs.length; p++) {
    const { start: paragraphStart, end: paragraphEnd } = paragraphs[p];
    open = continuing;
    continuing = null;
    // The previous paragraph may have left a quotation open, this one starting with a mark: it continues here.
    openAt = open ? paragraphStart : -1;
    openIsStraight = open !== null && text.charCodeAt(paragraphStart) === STRAIGHT_DOUBLE;
    openIsSingle = open !== null && isSingleMark(text.charCodeAt(paragraphStart));
    nestedAt = -1;
    weakNestedClose = -1;
    weakSingleClose = -1;
    nestedIsDouble = false;
    for (let i = nextMark(open ? paragraphStart + 1 : paragraphStart); i < paragraphEnd; i = nextMark(i + 1)) {
      const code = text.charCodeAt(i);
      if (openIsSingle && openAt >= 0) {
        readInSingleQuotation(code, i, paragraphEnd);
        continue;
      }
      switch (code) {
        case LEFT_DOUBLE:
        case LOW_DOUBLE:
        case LEFT_GUILLEMET:
          if (openAt < 0) startQuote(i);
          else if (code === LEFT_DOUBLE && openIsStraight && opensNestedDouble(i, paragraphEnd)) openNestedDouble(i);
          else if (code === LEFT_DOUBLE && closesHere(text, i, paragraphEnd)) finishQuote(i + 1); // “…“ typed for “…”
          else restartQuote(i);
          break;
        case RIGHT_DOUBLE:
        case RIGHT_GUILLEMET:
          if (code === RIGHT_DOUBLE && isInchMark(text, i, paragraphStart)) break;
          if (nestedIsDouble && code === RIGHT_DOUBLE) closeNested(i);
          else if (openAt >= 0) finishQuote(i + 1);
          else if (code === RIGHT_DOUBLE && opensHere(text, i, paragraphStart, paragraphEnd)) startQuote(i);
          break;
        case STRAIGHT_DOUBLE:
          if (isInchMark(text, i, paragraphStart)) break;
          if (nestedIsDouble) closeNested(i);
          else if (openAt >= 0 && !openIsStraight && opensNestedDouble(i, paragraphEnd)) openNestedDouble(i);
          // A straight mark between a blank and a word opens, so the one before it was never closed.
          else if (openAt >= 0 && opensHere(text, i, paragraphStart, paragraphEnd)) restartQuote(i);
          else if (openAt >= 0) finishQuote(i + 1);
          else if (i + 1 < paragraphEnd && !isBlank(text.charCodeAt(i + 1))) startQuote(i);
          break;
        case LEFT_SINGLE:
        case STRAIGHT_SINGLE:
        case RIGHT_SINGLE:
          if (openAt < 0) {
            if (singleMarksOpenQuotations && code !== RIGHT_SINGLE && opensSingleQuotation(text, i, i === paragraphStart, paragraphEnd)) startSingleQuote(i);
            break;
          }
          if (nestedIsDouble) break;
          if (nestedAt < 0) {
            if (code !== RIGHT_SINGLE && opensNested(text, i, openAt, paragraphEnd)) nestedAt = i;
          } else if (code !== LEFT_SINGLE && closesNested(text, i, paragraphEnd)) {
            if (isPossessivePlural(text, i, paragraphEnd)) weakNestedClose = i;
            else closeNested(i);
          }
          break;
        default:
          break;
      }
    }
    if (openAt >= 0 && open) {
      const next = paragraphs[p + 1];
      const nextOpening = next ? text.charCodeAt(next.start) : 0;
      if (next && (openIsSingle ? nextOpening === LEFT_SINGLE || nextOpening === STRAIGHT_SINGLE : isOpeningDouble(nextOpening))) {
        if (nestedAt >= 0 && weakNestedClose >= 0) closeNested(weakNestedClose);
        const runningOn = open as OpenQuote;
        runningOn.earlierPieces = runningOn.earlierPieces ?? [];
        runningOn.earlierPieces.push({ start: openAt, end: paragraphEnd });
        continuing = open;
      } else {
        finishQuote(openIsSingle && weakSingleClose >= 0 ? weakSingleClose + 1 : paragraphEnd);
      }
    }
  }
  return quotes;
}

function isOpeningDouble(code: number): boolean {
  return code === LEFT_DOUBLE || code === LOW_DOUBLE || code === LEFT_GUILLEMET || code === STRAIGHT_DOUBLE;
}

/** How many marks the style of a document is judged on, at most: its first quotations show it. */
const MARKS_TO_JUDGE_STYLE = 400;

/**
 * Whether the document quotes with single marks (the British style): among its first quotation marks, single marks
 * placed to open a quotation outside a double one (‘ or ' at a line's start or after a blank or bracket, before a
 * word that is no elision) are at least as many as the quotations the double marks can make, two straight single
 * marks typed for a double one counted as double. A document quoting with double marks uses single ones inside them
 * and in headlines (`Mayor ‘Sorry’`), which must not turn the apostrophe-like marks of its body into quotations.
 */
function quotesWithSingleMarks(text: string): boolean {
  let doubles = 0;
  let singleOpenings = 0;
  // Whether the last double mark read opens a quotation: single marks inside one are nested quotes, not the style.
  let insideDouble = false;
  QUOTATION_MARK.lastIndex = 0;
  for (let marks = 0; marks < MARKS_TO_JUDGE_STYLE && QUOTATION_MARK.test(text); marks++) {
    const at = QUOTATION_MARK.lastIndex - 1;
    const code = text.charCodeAt(at);
    if (!isSingleMark(code) || (code === STRAIGHT_SINGLE && text.charCodeAt(at + 1) === STRAIGHT_SINGLE)) {
      doubles++;
      insideDouble = isOpeningDouble(code) && at + 1 < text.length && !isBlank(text.charCodeAt(at + 1)) &&
        (code !== STRAIGHT_DOUBLE || !insideDouble);
    } else if (!insideDouble && code !== RIGHT_SINGLE && opensSingleQuotation(text, at, startsLine(text, at), text.length)) {
      singleOpenings++;
    }
  }
  // Each quotation has two double marks and one opening single mark; a tie goes to single marks, since double marks
  // still open quotations of their own wherever no single quotation is open.
  return singleOpenings > 0 && singleOpenings * 2 >= doubles;
}

/** Whether `at` starts the text or a line. */
function startsLine(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return at === 0 || before === 0x0a || before === 0x0d;
}

/**
 * A single mark opens a top-level quotation in a document quoting with single marks when it starts its paragraph or
 * follows a blank, an opening bracket or a dash, and a word follows it that is not an elision (’em, ’90s, ’n’).
 * Two straight marks typed for a double one (`''Yes,'' he said`, as some archives write it) are not single marks:
 * the first is followed by a mark, not a word.
 */
function opensSingleQuotation(text: string, at: number, startsParagraph: boolean, end: number): boolean {
  return (startsParagraph || mayOpenAfter(text.charCodeAt(at - 1))) && at + 1 < end &&
    !isSingleMark(text.charCodeAt(at + 1)) && wordOpensAfter(text, at, end);
}

/** The most digits the inches of a height take ("11", "10.5"). */
const LONGEST_INCHES = 4;

/**
 * Whether the double mark at `at` is a height's inch mark, "6’2”" or `5'11"`: feet, a single mark and inches right
 * before it. It quotes nothing, and closing the open quotation there would cut the words short.
 */
function isInchMark(text: string, at: number, paragraphStart: number): boolean {
  let digits = at - 1;
  const floor = Math.max(paragraphStart, at - 1 - LONGEST_INCHES);
  while (digits > floor && (isDigitCode(text.charCodeAt(digits)) || (text.charCodeAt(digits) === 0x2e && digits < at - 1))) digits--;
  if (digits === at - 1 || !isDigitCode(text.charCodeAt(digits + 1))) return false;
  const feetMark = text.charCodeAt(digits);
  return (feetMark === RIGHT_SINGLE || feetMark === STRAIGHT_SINGLE) && digits > paragraphStart && isDigitCode(text.charCodeAt(digits - 1));
}

/** A “ with a word right before it and nothing after it closes the quote: a typist's wrong mark. */
function closesHere(text: string, at: number, end: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = at + 1 < end ? text.charCodeAt(at + 1) : 0x20;
  return !isBlank(before) && (isBlank(after) || !isLetterOrDigitCode(after));
}

/** A ” at a paragraph's start or after a blank, with a word right after it, opens a quote: a typist's wrong mark. */
function opensHere(text: string, at: number, start: number, end: number): boolean {
  const before = at > start ? text.charCodeAt(at - 1) : 0x20;
  return isBlank(before) && at + 1 < end && isLetterOrDigitCode(text.charCodeAt(at + 1));
}

/**
 * A single mark opens a nested quotation when it follows a blank, the double mark or an opening bracket or dash,
 * and a word follows it that is not an elision (’em, ’90s, ’n’).
 */
function opensNested(text: string, at: number, openAt: number, end: number): boolean {
  return (at - 1 === openAt || mayOpenAfter(text.charCodeAt(at - 1))) && wordOpensAfter(text, at, end);
}

/** Whether a word that is no elision (’em, ’90s, ’n’) follows the mark at `at`, as after an opening mark. */
function wordOpensAfter(text: string, at: number, end: number): boolean {
  if (at + 1 >= end) return false;
  const after = text.charCodeAt(at + 1);
  if (isBlank(after)) return false;
  if (isDigitCode(after)) return false; // ’90s
  let wordEnd = at + 1;
  while (wordEnd < end && wordEnd - at < 8 && isLetterOrDigitCode(text.charCodeAt(wordEnd))) wordEnd++;
  return !LEADING_ELISIONS.has(text.slice(at + 1, wordEnd).toLowerCase());
}

/**
 * A double mark opens a quotation nested in one of the other kind when it follows a blank, an opening bracket or a
 * dash, and no blank follows it.
 */
function opensInnerDouble(text: string, at: number, openAt: number, end: number): boolean {
  // Right after the outer mark it is the same mark typed twice ("“…), not a quotation of its own.
  if (at - 1 === openAt || !mayOpenAfter(text.charCodeAt(at - 1))) return false;
  return at + 1 < end && !isBlank(text.charCodeAt(at + 1));
}

/** Whether a nested quotation may open after this character: a blank, an opening bracket, a dash or a slash. */
function mayOpenAfter(code: number): boolean {
  return isBlank(code) || '([{—–-/'.includes(String.fromCharCode(code));
}

/** A single mark closes the nested quotation when something other than a blank precedes it and no word follows. */
function closesNested(text: string, at: number, end: number): boolean {
  if (isBlank(text.charCodeAt(at - 1))) return false;
  if (isSingleMark(text.charCodeAt(at - 2)) && isLetterOrDigitCode(text.charCodeAt(at - 1))) return false; // rock ’n’ roll
  return at + 1 >= end || !isLetterOrDigitCode(text.charCodeAt(at + 1));
}

/** Any single quotation mark, an apostrophe's or not: ‘ ’ '. */
function isSingleMark(code: number): boolean {
  return code === RIGHT_SINGLE || code === STRAIGHT_SINGLE || code === LEFT_SINGLE;
}

/** `students’ votes`: a plural possessive reads like a closing mark; it closes only if nothing better does. */
function isPossessivePlural(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x73 /* s */) return false;
  if (at + 2 >= end || !isBlank(text.charCodeAt(at + 1))) return false;
  const next = text.charCodeAt(at + 2);
  return next >= 0x61 && next <= 0x7a;
}

/** A clause of up to four words set off by commas at the end of a text (", he added,"), its words captured. */
const SET_OFF_CLAUSE_AT_END = /,\s+((?:[\p{L}.’'-]+\s+){0,3}[\p{L}.’'-]+),\s*$/u;
/** How far back from a mark the set-off clause is looked for: four words and their commas. */
const SET_OFF_CLAUSE_REACH = 80;

/**
 * Where an unclosed quotation's words end when the text before `at` ends with a clause set off by commas that
 * holds a cue (", he added,"): right after the first of those commas; else null.
 */
function setOffAttributionStart(text: string, openAt: number, at: number): number | null {
  const from = Math.max(openAt + 1, at - SET_OFF_CLAUSE_REACH);
  const clause = SET_OFF_CLAUSE_AT_END.exec(text.slice(from, at));
  if (!clause) return null;
  const words = clause[1].toLowerCase().split(/\s+/u);
  if (!words.some((_, k) => cueLengthAt(words, k) > 0)) return null;
  return from + clause.index + 1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Turns a finished double quotation, its last piece `last`, with its nested quotes, into entries of `out`. */
function emit(text: string, open: OpenQuote, last: Span, out: FoundQuote[]): void {
  const pieces = open.earlierPieces === null ? null : [...open.earlierPieces, last];
  const first = pieces === null ? last : pieces[0];
  // Most quotes have one piece: its words are cut without an array. The pieces' words joined by line breaks are blank
  // exactly when every piece's are.
  const content = pieces === null ? innerText(text, last) : pieces.map((piece) => innerText(text, piece)).join('\n');
  if (isBlankContent(content)) return;
  const parentIndex = out.length;
  out.push({
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    content,
    kind: pieces === null ? classify(text, last, content) : 'utterance',
    parent: null,
    pieces,
    paragraph: open.paragraph,
  });
  for (const nested of open.nested) {
    const content = innerText(text, nested);
    if (isBlankContent(content)) continue;
    out.push({
      start: nested.start,
      end: nested.end,
      text: text.slice(nested.start, nested.end),
      content,
      kind: classify(text, nested, content),
      parent: parentIndex,
      pieces: null,
      paragraph: open.paragraph,
    });
  }
}

/** Whether `content` is empty or whitespace only (as `content.trim() === ''`, without building a string). */
function isBlankContent(content: string): boolean {
  for (let i = 0; i < content.length; i++) if (!isWhitespace(content.charCodeAt(i))) return false;
  return true;
}

/** The words inside a piece: its opening mark and, where it has one, its closing mark left out. */
function innerText(text: string, piece: Span): string {
  const last = text.charCodeAt(piece.end - 1);
  const closed = piece.end - piece.start > 1 && isClosingMark(last);
  return text.slice(piece.start + 1, closed ? piece.end - 1 : piece.end);
}

function isClosingMark(code: number): boolean {
  return code === RIGHT_DOUBLE || code === STRAIGHT_DOUBLE || code === RIGHT_GUILLEMET || code === LEFT_DOUBLE ||
    code === RIGHT_SINGLE || code === STRAIGHT_SINGLE;
}

/**
 * The characters after which a quotation opens a clause: a line break, terminal or clause punctuation, a dash, an
 * opening bracket or mark. Tested by code, not by searching a string of them with the character cut from the text.
 */
const CLAUSE_OPENING_MARKS = new Set([...'\n\r.!?:,;—–([“"‘'].map((mark) => mark.charCodeAt(0)));

/** Terminal punctuation, which ends a sentence. */
function isSentenceTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** What may follow a sentence's terminal punctuation at the end of a quote: blanks, closing marks and brackets. */
function isAfterSentenceEnd(code: number): boolean {
  return isWhitespace(code) || code === RIGHT_SINGLE || code === STRAIGHT_SINGLE || code === RIGHT_DOUBLE ||
    code === STRAIGHT_DOUBLE || code === 0x29 || code === 0x5d;
}

/**
 * Whether `content` ends a sentence: terminal punctuation, then only blanks and closing marks (`…done.”’ `). Read
 * backwards from the end: a regular expression anchored at the end tries every terminator of a long quote.
 */
function endsSentence(content: string): boolean {
  let at = content.length - 1;
  while (at >= 0 && isAfterSentenceEnd(content.charCodeAt(at))) at--;
  return at >= 0 && isSentenceTerminator(content.charCodeAt(at));
}

/**
 * What the word right before a quotation says of it, by the word's spelling: it names the quotation (a boat called
 * “…”), it is a cue that opens a clause ("said"), or neither. Quotations follow the same few words, which are then
 * neither cut out of the text nor lower-cased anew.
 */
const WORDS_BEFORE_QUOTES = new SpellingTable((written): 'naming' | 'cue' | 'other' => {
  const word = written.toLowerCase();
  if (isNamingCue(word)) return 'naming';
  return cueLengthAt([word], 0) > 0 ? 'cue' : 'other';
}, 4096);

/**
 * Utterance, fragment or term, from where the quote stands and what it holds: a quote that opens a sentence or
 * follows a colon, a comma or a cue word, and starts with a capital, is someone's whole utterance; a short quote
 * with no sentence inside it, set in the writer's own words, is a term; the rest are fragments.
 */
function classify(text: string, span: Span, content: string): QuoteKind {
  let before = span.start - 1;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  let opensClause = before < 0 || CLAUSE_OPENING_MARKS.has(text.charCodeAt(before));
  if (!opensClause && isLetterOrDigitCode(text.charCodeAt(before))) {
    let wordStart = before;
    while (wordStart > 0 && isLetterOrDigitCode(text.charCodeAt(wordStart - 1))) wordStart--;
    const reading = WORDS_BEFORE_QUOTES.recall(text, wordStart, before + 1);
    if (reading === 'naming') return 'term'; // a boat called “Grey Heron”
    opensClause = reading === 'cue';
  }
  if (opensClause && startsWithCapital(content)) return 'utterance';
  const words = countWords(content, 4); // only "three or fewer" and "more than three" matter below
  if (opensClause && words > 3 && endsSentence(content)) return 'utterance';
  return words <= 3 && !/[.!?;:]\s/u.test(content) ? 'term' : 'fragment';
}


/**
 * The number of words in `content` as `content.trim().split(/\s+/u).length` counts them (1 for no words), but
 * without building the array, and stopping at `limit`: a quote may be a whole speech, and the caller needs only
 * to know whether it is short.
 */
function countWords(content: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    if (isWhitespace(content.charCodeAt(i))) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      if (++words >= limit) return words;
    }
  }
  return Math.max(words, 1);
}

/** What `\s` matches in a regular expression (ASCII fast path first). */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/u.test(String.fromCharCode(code));
}
