import type { DateMention, Span } from './types';
import { MONTH_NAMES, SpellingTable, WEEKDAY_NAMES } from './lexicon';
import { isLetterOrDigitCode, letterOrDigitLengthBefore } from './scan';

/**
 * Date expressions in news text, resolved to calendar values.
 *
 * Recognised forms (all found by one regular-expression scan over the paragraphs, with the grammars tried only where
 * it stops, so the cost is linear and small):
 * - absolute: "October 18, 2015", "Oct. 5, 2015", "18 October 2015", "the 4th of July, 2019", "2015-10-18",
 *   "Tuesday, March 4, 2014" (a weekday joined to a full date is one mention, "Tuesday 14 March 2023" too), "March 2014"
 *   and "June of 2006" (→ `YYYY-MM`), a bare year "2012" (→ `YYYY`) where the words around it make it a year;
 * - a month and day without a year: "Sept. 30", "Oct. 13" — `relative`, since the year comes from the reference;
 * - a month alone after a preposition: "in October", "since March", "mid-October" (→ `YYYY-MM`, relative);
 * - weekdays: "Sunday", "last Friday", "next Monday" (relative);
 * - "yesterday", "today", "tonight", "tomorrow"; "three weeks ago", "a year ago"; "last week", "next month",
 *   "this year", "last fall" (relative).
 *
 * Decades ("the 1990s") are not reported: a decade has no `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value.
 *
 * Resolution rules against the reference date (the article's publication date):
 * - a month and day without a year take the year that puts them between 275 days before and 90 days after the
 *   reference: news mostly looks back, but an event "on Dec. 3" in an October article is this December;
 * - a bare weekday is the most recent such day on or before the reference ("Sunday" in an article dated Sunday
 *   October 18, 2015 is that day), or the next one on or after it when the words of its sentence before it speak of
 *   what is to come ("the council will vote Thursday", "power should be back by Friday"); "last Friday" is strictly
 *   before it, "next Friday" strictly after; a month alone is the nearest such month (as a month and day are), or
 *   the coming one, the reference's own included, after words of the future ("the works will run until November");
 * - "N days/weeks ago" count back from the reference (`YYYY-MM-DD`); "N months ago" gives `YYYY-MM`, "N years ago"
 *   gives `YYYY`; "last/this/next week" is the reference minus, at, or plus seven days (the convention chrono-node
 *   uses; a week has no calendar value of its own), "last/this/next month" a `YYYY-MM`, "last/this/next year" a `YYYY`,
 *   and so does "last/this/next spring, summer, fall or autumn" (see {@link seasonYear}).
 * Without a reference date every relative mention keeps `value: null`.
 *
 * chrono-node is not used: measured at 14 µs a call on short candidate stretches, it would spend the whole
 * analysis budget (≥ 20 MB/s) on a page of dates, and it reads neither bare years nor news abbreviations the way
 * this module must. The grammar here is the part of chrono's that news needs, with news-specific resolution.
 */
export function findDates(text: string, paragraphs: Span[], referenceDate: string | null): DateMention[] {
  const reference = parseIsoDate(referenceDate);
  const absolute: DateMention[] = [];
  const relative: DateMention[] = [];
  // Where the last absolute anchor, and the last relative one, ended: neither kind is tried again before its own last
  // end, as a global scan for each kind would not (a day number's anchor takes the month's initial, "5 M").
  let absoluteFrom = 0;
  let relativeFrom = 0;
  let paragraphIndex = 0;
  ANCHOR_CANDIDATE.lastIndex = paragraphs.length > 0 ? paragraphs[0].start : text.length;
  for (let candidate = ANCHOR_CANDIDATE.exec(text); candidate !== null; candidate = ANCHOR_CANDIDATE.exec(text)) {
    const start = candidate.index;
    while (paragraphIndex < paragraphs.length && paragraphs[paragraphIndex].end <= start) paragraphIndex++;
    if (paragraphIndex === paragraphs.length) break;
    const paragraph = paragraphs[paragraphIndex];
    // A candidate between paragraphs: the scan goes on at the next paragraph's start.
    ANCHOR_CANDIDATE.lastIndex = start < paragraph.start ? paragraph.start : start + 1;
    if (start < paragraph.start) continue;
    if (candidate[ABSOLUTE_CANDIDATE] !== undefined) {
      if (start < absoluteFrom) continue;
      absoluteFrom = start + candidate[0].length;
      const mention = absoluteFrom <= paragraph.end ? readAbsolute(text, paragraph, start, reference) : null;
      if (mention) absolute.push(mention);
    } else if (start >= relativeFrom) {
      RELATIVE_AT_CANDIDATE.lastIndex = start;
      const match = RELATIVE_AT_CANDIDATE.exec(text);
      if (match === null) continue;
      relativeFrom = start + match[0].length;
      const mention = relativeFrom <= paragraph.end ? readRelative(match, text, paragraph, reference) : null;
      if (mention) relative.push(mention);
    }
  }
  return keepFirstOfOverlaps(absolute, relative);
}

/** A calendar day, month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Reads `YYYY-MM-DD` into a valid calendar day, or null. */
export function parseIsoDate(value: string | null | undefined): CalendarDay | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

const SPACE = '[ \\t\\u00a0]+';
const MONTHS_LONGEST_FIRST = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length);
const MONTH = MONTHS_LONGEST_FIRST.join('|');
/** Each month's name written in full: the longest of its names ("September", not "Sept" or "Sep"). */
const FULL_MONTHS = new Set(Array.from({ length: 12 }, (_, index) =>
  MONTHS_LONGEST_FIRST.find((month) => MONTH_NAMES.get(month) === index + 1) ?? ''));
const FULL_MONTH = [...FULL_MONTHS].join('|');
/**
 * The full stop of an abbreviated month ("4 Oct."), read as the month's after a day; after a name written in full
 * ("4 March.") it ends the sentence.
 */
const ABBREVIATION_DOT = `(?:(?<=\\b(?:${MONTHS_LONGEST_FIRST.filter((month) => !FULL_MONTHS.has(month)).join('|')}))\\.)?`;
const WEEKDAY = [...WEEKDAY_NAMES.keys()].join('|');
const ORDINAL = '(?:st|nd|rd|th)?';
/** Between a day and its month: blanks, or an ordinal's "of" ("the 4th of July"; "4 of July" is no date). */
const DAY_TO_MONTH = `(?:(?:st|nd|rd|th)${SPACE}of${SPACE}|${ORDINAL}${SPACE})`;
const NO_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Where an absolute date or a weekday can start: only where the grammar can go on, a month or weekday name with no
 * letter or digit right after it (not "Mayor", "Marco" or "Decision"), four digits alone (not "12345"), or a day
 * number before a month's initial (not "5 million", "$1.5" or "40%").
 */
const DATE_ANCHOR_NAME_END = '(?![A-Za-z0-9])';
const DATE_ANCHOR_DIGITS = `\\d(?:\\d{3}(?!\\d)|\\d?${DAY_TO_MONTH}[JFMASOND])`;

/** The grammar of absolute dates, month-days, weekdays and months, tried at an anchor (sticky). */
const DATE_GRAMMAR = withNumberedGroups(
  `(?:(?<weekday>${WEEKDAY}),?${SPACE})?(?<month>${MONTH})\\.?${SPACE}(?<day>\\d{1,2})${ORDINAL}${NO_WORD_AFTER}(?:,?${SPACE}(?<year>\\d{4})(?!\\p{N}))?` +
  `|(?:(?<weekdayFirst>${WEEKDAY}),?${SPACE})?(?<dayFirst>\\d{1,2})${DAY_TO_MONTH}(?<monthAfter>${MONTH})${ABBREVIATION_DOT}(?:,?${SPACE}(?<yearAfter>\\d{4})(?!\\p{N}))?${NO_WORD_AFTER}` +
  `|(?<monthOfYear>${MONTH})\\.?(?:,?${SPACE}|${SPACE}of${SPACE})(?<yearOfMonth>\\d{4})(?!\\p{N})` +
  `|(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})(?!\\p{N})` +
  `|(?<bareYear>1[89]\\d\\d|20\\d\\d)(?!\\p{N})` +
  `|(?<bareWeekday>${WEEKDAY})${NO_WORD_AFTER}` +
  `|(?<bareMonth>${FULL_MONTH})${NO_WORD_AFTER}`,
);
const DATE_AT_ANCHOR = new RegExp(DATE_GRAMMAR.source, 'uy');
const DATE_GROUP = DATE_GRAMMAR.groupNumbers;

/**
 * The first and last month of each season that falls within one calendar year, as the northern hemisphere's news
 * counts them. Winter is left out: it spans two years, so "last winter" has no one `YYYY`.
 */
const SEASON_MONTHS: Readonly<Record<string, { first: number; last: number }>> = {
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  fall: { first: 9, last: 11 },
  autumn: { first: 9, last: 11 },
};

/** The seasons' names, for the scan and the grammar below. */
const SEASONS = Object.keys(SEASON_MONTHS);

/**
 * A relative expression at a calendar unit (checked for "ago" or "last/next/this") or a day word, tried at the
 * candidates below (sticky). ASCII-only word boundaries (no `u` flag) reject "Sunday" and "birthday" cheaply.
 */
const RELATIVE_GRAMMAR = withNumberedGroups(
  `\\b(?:(?<unit>day|week|month|year)s?(?:${SPACE}(?<ago>ago))?|(?<season>${SEASONS.join('|')})|(?<dayWord>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow))` +
  '(?![A-Za-z0-9\\u00C0-\\u1FFF])',
);
const RELATIVE_AT_CANDIDATE = new RegExp(RELATIVE_GRAMMAR.source, 'y');
const RELATIVE_GROUP = RELATIVE_GRAMMAR.groupNumbers;

/**
 * The one scan over the text: every place where an absolute date or a weekday can start (a word start with a weekday
 * or month name, four digits or a day before a month), or a relative expression (a calendar unit or a day word), with
 * one group for each kind, so that only the reader of that kind runs there (no place starts both: the day words' "T"
 * and "Y" are not the weekdays'). One pass for both kinds instead of one for each halves the cost of the stage, which
 * is mostly this scan; the words are grouped by first letter ("S(?:unday|aturday|eptember|…)") because V8 then tries
 * one group at a position instead of every word. Each group is empty, placed before its kind's words: it tells which
 * kind matched, without a string cut out of the text for it at every candidate.
 *
 * The absolute kind's match is all that `findDates` needs of it before trying {@link DATE_AT_ANCHOR}'s grammar (its end
 * is where the absolute kind resumes), so no second expression is matched at the candidate. It stops only where the
 * grammar can go on, not at every digit and name prefix: each stop costs a match array and a try of the grammar, and
 * most digits in news are no date (measured on the seeds: 38 % fewer stops, the stage a tenth fewer instructions). The
 * calendar units keep their short form, without the relative grammar's end: the lookahead cost the scan more than the
 * stops it saved.
 *
 * Measured slower than this scan (about 25 M instructions per megabyte): a loop in TypeScript over the characters
 * that stops at word starts (its `charCodeAt` alone costs 25–45 M), a sticky expression that skips whole words that
 * are no candidate (34 M), a test of the first letter before the boundary or by lookbehinds (38–63 M), no `\b` (31 M).
 */
const ANCHOR_CANDIDATE = new RegExp(
  `\\b(?:()(?:(?:${alternationByFirstLetter([...WEEKDAY_NAMES.keys(), ...MONTHS_LONGEST_FIRST])})${DATE_ANCHOR_NAME_END}` +
  `|${DATE_ANCHOR_DIGITS})` +
  `|()(?:${alternationByFirstLetter(['day', 'week', 'month', 'year', ...SEASONS, 'yesterday', 'Yesterday', 'today', 'Today', 'tonight', 'Tonight', 'tomorrow', 'Tomorrow'])}))`,
  'g',
);
/** The group of {@link ANCHOR_CANDIDATE} that matches where an absolute date or a weekday can start. */
const ABSOLUTE_CANDIDATE = 1;

/**
 * A pattern written with named groups, rewritten with plain numbered ones, and each name's number. V8 builds a
 * `groups` object for every match of a pattern with named groups, which cost more than the match itself at each
 * anchor. Every group in `source` must be named or non-capturing, so that the numbers follow the names' order.
 */
function withNumberedGroups(source: string): { source: string; groupNumbers: Record<string, number> } {
  const groupNumbers: Record<string, number> = {};
  let count = 0;
  const numbered = source.replace(/\(\?<([A-Za-z]+)>/g, (_, name: string) => {
    groupNumbers[name] = ++count;
    return '(';
  });
  return { source: numbered, groupNumbers };
}

/** Plain words as a regular-expression alternation grouped by first letter, in the words' order. */
function alternationByFirstLetter(words: readonly string[]): string {
  const byFirstLetter = new Map<string, string[]>();
  for (const word of words) {
    const rest = byFirstLetter.get(word.charAt(0)) ?? [];
    rest.push(word.slice(1));
    byFirstLetter.set(word.charAt(0), rest);
  }
  return [...byFirstLetter].map(([first, rest]) => `${first}(?:${rest.join('|')})`).join('|');
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20],
  ['thirty', 30],
]);

/** Words before a month name alone that make it a date ("in October", "since March"); "May" alone is a verb. */
const MONTH_PRECEDERS = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'throughout', 'during', 'before', 'after', 'around', 'between',
  'early', 'late', 'last', 'next', 'this', 'of', 'least',
]);

/**
 * Words that make a month alone a date ("set for March", "from March to June", "as early as April"), except "May",
 * which after them is as often a person ("a vote for May", "a letter to May").
 */
const MONTH_PRECEDERS_BUT_MAY = new Set(['for', 'to', 'as']);

/** Words before a bare four-digit number that make it a year ("since 2012", "in 1998", "mid-2014"). */
const YEAR_PRECEDERS = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'through', 'during', 'before', 'after', 'early', 'late',
  'mid', 'around', 'circa', 'between', 'and', 'or', 'as', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year',
]);

/** Nouns after "the 2012 …" that make the number a year ("the 2012 election"), not a count ("the 2012 people"). */
const YEAR_EVENT_NOUNS = new Set([
  'election', 'elections', 'campaign', 'season', 'war', 'olympics', 'games', 'census', 'budget', 'summit', 'attack',
  'attacks', 'uprising', 'revolution', 'invasion', 'vote', 'referendum', 'report', 'law', 'deal', 'agreement',
  'accord', 'coup', 'crisis', 'protests', 'earthquake', 'floods', 'race', 'primary', 'cup', 'final',
]);

/** How far back `wordBefore` looks: further than the longest word it is asked about, plus spaces. */
const WORD_BEFORE_WINDOW = 24;

/**
 * The lower-cased word right before `position` within the paragraph (letters and digits, then spaces, tabs or
 * no-break spaces up to `position`), and where it starts; null when none. Read backwards with character codes: it
 * runs at every anchor, where a regular expression over a sliced window cost more than the rest of the anchor.
 */
function wordBefore(text: string, paragraph: Span, position: number): { word: string; start: number } | null {
  const windowStart = Math.max(paragraph.start, position - WORD_BEFORE_WINDOW);
  let wordEnd = position;
  while (wordEnd > windowStart && isSpaceOrTab(text.charCodeAt(wordEnd - 1))) wordEnd--;
  if (wordEnd === position) return null;
  let start = wordEnd;
  for (let length = letterOrDigitLengthBefore(text, start, windowStart); length > 0; length = letterOrDigitLengthBefore(text, start, windowStart)) {
    start -= length;
  }
  if (start === wordEnd) return null;
  // A word cut by the window's edge is not the word before: too long to be one of the words looked for anyway.
  if (start === windowStart && windowStart > paragraph.start && isLetterOrDigitCode(text.charCodeAt(windowStart - 1))) return null;
  return { word: LOWER_CASE_SPELLINGS.recall(text, start, wordEnd), start };
}

/** A word's lower case by its spelling in the text: the same few words stand before dates, and are not cut out anew. */
const LOWER_CASE_SPELLINGS = new SpellingTable((word) => word.toLowerCase(), 4096);

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

function readAbsolute(text: string, paragraph: Span, anchorStart: number, reference: CalendarDay | null): DateMention | null {
  let start = anchorStart;
  if (start > paragraph.start && isLetterOrDigitCode(text.charCodeAt(start - 1))) return null;
  DATE_AT_ANCHOR.lastIndex = start;
  const match = DATE_AT_ANCHOR.exec(text);
  if (!match) return null;
  const end = start + match[0].length;
  if (end > paragraph.end) return null;
  const month = match[DATE_GROUP.month] ?? match[DATE_GROUP.monthAfter];
  const dayText = match[DATE_GROUP.day] ?? match[DATE_GROUP.dayFirst];
  if (month !== undefined && dayText !== undefined) {
    const monthNumber = monthOf(month);
    const day = Number(dayText);
    const yearText = match[DATE_GROUP.year] ?? match[DATE_GROUP.yearAfter];
    if (yearText !== undefined) {
      const date = { year: Number(yearText), month: monthNumber, day };
      return isValidDay(date) ? dateMention(text, start, end, formatDay(date), false) : null;
    }
    if (!isValidDay({ year: 2000, month: monthNumber, day })) return null;
    return dateMention(text, start, end, reference ? formatDay(dayNearReference(monthNumber, day, reference)) : null, true);
  }
  if (match[DATE_GROUP.monthOfYear] !== undefined) {
    return dateMention(text, start, end, formatMonth(Number(match[DATE_GROUP.yearOfMonth]), monthOf(match[DATE_GROUP.monthOfYear])), false);
  }
  if (match[DATE_GROUP.isoYear] !== undefined) {
    const date = {
      year: Number(match[DATE_GROUP.isoYear]), month: Number(match[DATE_GROUP.isoMonth]), day: Number(match[DATE_GROUP.isoDay]),
    };
    return isValidDay(date) ? dateMention(text, start, end, formatDay(date), false) : null;
  }
  if (match[DATE_GROUP.bareYear] !== undefined) {
    return readsAsYear(text, paragraph, start, end) ? dateMention(text, start, end, match[DATE_GROUP.bareYear], false) : null;
  }
  if (match[DATE_GROUP.bareWeekday] !== undefined) {
    const previous = wordBefore(text, paragraph, start);
    const modifier = previous && ['last', 'next', 'this'].includes(previous.word) ? previous.word : null;
    if (modifier !== null && previous) start = previous.start;
    if (!reference) return dateMention(text, start, end, null, true);
    const weekday = WEEKDAY_NAMES.get(match[DATE_GROUP.bareWeekday]) ?? 0;
    const back = (weekdayOf(reference) - weekday + 7) % 7;
    let offset: number;
    if (modifier === 'next') offset = (weekday - weekdayOf(reference) + 7) % 7 || 7;
    else if (modifier === 'last') offset = -(back || 7);
    else if (speaksOfFuture(text, paragraph, start, previous)) offset = (weekday - weekdayOf(reference) + 7) % 7;
    else offset = -back;
    return dateMention(text, start, end, formatDay(addDays(reference, offset)), true);
  }
  if (match[DATE_GROUP.bareMonth] !== undefined) {
    const afterMid = followsMid(text, paragraph, start);
    const previous = wordBefore(text, paragraph, start);
    const month = match[DATE_GROUP.bareMonth];
    const precedes = previous !== null && (MONTH_PRECEDERS.has(previous.word) || (month !== 'May' && MONTH_PRECEDERS_BUT_MAY.has(previous.word)));
    if (!afterMid && !precedes) return null;
    if (!reference) return dateMention(text, start, end, null, true);
    const monthNumber = monthOf(month);
    // "The works will run until November": a month the sentence looks forward to is the coming one.
    const year = speaksOfFuture(text, paragraph, start, previous)
      ? reference.year + (monthNumber < reference.month ? 1 : 0)
      : dayNearReference(monthNumber, 1, reference).year;
    return dateMention(text, start, end, formatMonth(year, monthNumber), true);
  }
  return null;
}

/**
 * Words that put what follows them in the future: "will", "’ll", "should", "is expected to", "is set to" … (not
 * "would", nor "was scheduled to": the future of a past report is as often past now).
 * Neither this nor {@link PAST_REPORT} has the `u` flag: with `i`, it makes V8 fold case by Unicode rules, four times
 * slower, and their words and marks need none of it.
 */
const FUTURE_MARKER = /(?:\b(?:will|shall|should|won[’']t)\b|[’']ll\b|(?<!\b(?:was|were) )\b(?:expected|scheduled|set|due|plans?) to\b)/gi;
/** Verbs of a report made in the past: after a future marker, they date the report ("it will …, he said Friday"). */
const PAST_REPORT = /\b(?:said|told|tweeted|wrote|added|announced|noted|reported|posted|declared|stated|explained|argued|claimed|insisted|suspended|ended|launched|ruled|released|found|decided|forecast|predicted|estimated|projected)\b/i;
/** How far back from a weekday the words of its sentence are read for a {@link FUTURE_MARKER}. */
const FUTURE_MARKER_REACH = 160;

/**
 * Whether the words before `position`, back to the start of its sentence or a quotation mark (a quotation's words
 * are someone else's time), within its paragraph and {@link FUTURE_MARKER_REACH}, speak of what is to come, with no
 * verb of a past report after the last future marker. Only the words before the weekday count: in "said Tuesday
 * that it will …" the weekday is the day of saying, and in "“… will …,” he said Friday" the report's.
 */
function speaksOfFuture(text: string, paragraph: Span, position: number, previous: { word: string } | null): boolean {
  // "since June" looks back whatever the tense.
  if (previous?.word === 'since') return false;
  const words = text.slice(clauseStart(text, Math.max(paragraph.start, position - FUTURE_MARKER_REACH), position), position);
  let markerEnd = -1;
  FUTURE_MARKER.lastIndex = 0;
  for (let match = FUTURE_MARKER.exec(words); match !== null; match = FUTURE_MARKER.exec(words)) markerEnd = FUTURE_MARKER.lastIndex;
  return markerEnd >= 0 && !PAST_REPORT.test(words.slice(markerEnd));
}

/**
 * The end of the last sentence end (a stop, question or exclamation mark and a blank) or quotation mark in a stretch
 * of text: the greedy run to the end backs off to it, which costs less than reading the characters back one by one.
 */
const LAST_CLAUSE_BOUNDARY = /^[^]*(?:[“”"]|[.!?][ \t\u00a0])/;

/**
 * Where the clause holding `position` starts: right after the last sentence end or quotation mark before it that ends
 * after `floor`, or `floor` when there is none. The character before `floor` is read too: a stop there and a blank at
 * `floor` end a sentence.
 */
function clauseStart(text: string, floor: number, position: number): number {
  const from = Math.max(0, floor - 1);
  const boundary = LAST_CLAUSE_BOUNDARY.exec(text.slice(from, position));
  return boundary === null ? floor : Math.max(floor, from + boundary[0].length);
}

/**
 * A mention of text[start, end). A function of the module, not a closure in `readAbsolute`: the closure would be
 * allocated at every anchor, most of which are no date.
 */
function dateMention(text: string, start: number, end: number, value: string | null, relative: boolean): DateMention {
  return { start, end, text: text.slice(start, end), value, relative };
}

function readRelative(match: RegExpExecArray, text: string, paragraph: Span, reference: CalendarDay | null): DateMention | null {
  let start = match.index;
  const end = start + match[0].length;
  if (start > paragraph.start && isLetterOrDigitCode(text.charCodeAt(start - 1))) return null;
  let value: string | null = null;
  if (match[RELATIVE_GROUP.dayWord] !== undefined) {
    const dayWord = match[RELATIVE_GROUP.dayWord].toLowerCase();
    const offset = dayWord === 'yesterday' ? -1 : dayWord === 'tomorrow' ? 1 : 0;
    if (reference) value = formatDay(addDays(reference, offset));
  } else {
    const previous = wordBefore(text, paragraph, start);
    if (!previous) return null;
    if (match[RELATIVE_GROUP.ago] !== undefined) {
      const count = NUMBER_WORDS.get(previous.word) ?? (/^\d{1,3}$/.test(previous.word) ? Number(previous.word) : null);
      if (count === null) return null;
      if (reference) value = shift(reference, match[RELATIVE_GROUP.unit], -count);
    } else {
      const step = previous.word === 'last' ? -1 : previous.word === 'next' ? 1 : previous.word === 'this' ? 0 : null;
      const season = match[RELATIVE_GROUP.season];
      if (step === null || match[RELATIVE_GROUP.unit] === 'day') return null;
      if (reference) {
        value = season !== undefined
          ? padded(seasonYear(reference, SEASON_MONTHS[season], step), 4)
          : shift(reference, match[RELATIVE_GROUP.unit], step);
      }
    }
    start = previous.start;
  }
  return dateMention(text, start, end, value, true);
}

/**
 * The year of "last", "this" or "next" season (`step` -1, 0, 1): this one is the reference's year; the last one the
 * latest to have ended before the reference's month (in the summer, "last summer" is the year before); the next one
 * the first to begin after it (in January, "next spring" is this year's).
 */
function seasonYear(reference: CalendarDay, months: { first: number; last: number }, step: number): number {
  if (step < 0) return reference.month > months.last ? reference.year : reference.year - 1;
  if (step > 0) return reference.month < months.first ? reference.year : reference.year + 1;
  return reference.year;
}

/** The value `count` units from the reference, at the precision of the unit. */
function shift(reference: CalendarDay, unit: string, count: number): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(reference, count));
    case 'week':
      return formatDay(addDays(reference, 7 * count));
    case 'month': {
      const monthIndex = reference.year * 12 + (reference.month - 1) + count;
      return formatMonth(Math.floor(monthIndex / 12), (monthIndex % 12) + 1);
    }
    default:
      return padded(reference.year + count, 4);
  }
}

/**
 * Whether "mid-" in any case stands right before `position` in the paragraph ("mid-October", "Mid-2014"). Read from
 * character codes: only the ASCII letters lower-case to "m", "i" and "d".
 */
function followsMid(text: string, paragraph: Span, position: number): boolean {
  return position - 4 >= paragraph.start && text.charCodeAt(position - 1) === 0x2d && (text.charCodeAt(position - 4) | 0x20) === 0x6d &&
    (text.charCodeAt(position - 3) | 0x20) === 0x69 && (text.charCodeAt(position - 2) | 0x20) === 0x64;
}

/** Whether a four-digit number reads as a year where it stands (not "at 2012 Main St", "555-2012", "2012 copies"). */
function readsAsYear(text: string, paragraph: Span, start: number, end: number): boolean {
  const before = start > paragraph.start ? text.charAt(start - 1) : '';
  const after = end < paragraph.end ? text.charAt(end) : '';
  if (followsMid(text, paragraph, start)) return true;
  if (/[\p{N}$#£€¥/\-:+.,]/u.test(before)) return false;
  if (/[-/:%×]/.test(after) || (/[.,]/.test(after) && /\p{N}/u.test(text.charAt(end + 1)))) return false;
  const previousWord = wordBefore(text, paragraph, start)?.word;
  if (previousWord !== undefined && YEAR_PRECEDERS.has(previousWord)) return true;
  if (previousWord === 'the') {
    const nextWord = /^[ \t\u00a0]+(\p{L}+)/u.exec(text.slice(end, Math.min(paragraph.end, end + 24)))?.[1];
    return nextWord !== undefined && YEAR_EVENT_NOUNS.has(nextWord.toLowerCase());
  }
  // A number closing a clause ("founded 1998.") reads as a year unless an address or a count word precedes it.
  return (after === '' || /[.;:!?)\]]/.test(after)) && previousWord !== 'at' && previousWord !== 'number' && previousWord !== 'no';
}

/** The date with this month and day nearest the reference in news's sense: 275 days before to 90 days after it. */
function dayNearReference(month: number, day: number, reference: CalendarDay): CalendarDay {
  const sameYear = clampDay({ year: reference.year, month, day });
  const distance = daysBetween(reference, sameYear);
  if (distance > 90) return clampDay({ year: reference.year - 1, month, day });
  if (distance < -275) return clampDay({ year: reference.year + 1, month, day });
  return sameYear;
}

/** February 29 in a year without one becomes February 28, so a resolved date is always a real day. */
function clampDay(date: CalendarDay): CalendarDay {
  return isValidDay(date) ? date : { ...date, day: daysInMonth(date.year, date.month) };
}

function monthOf(name: string): number {
  return MONTH_NAMES.get(name) ?? 1;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, every year as written (`Date.UTC` would read the years
 * 0–99 as 1900–1999). Worked out without a `Date` (the civil-days algorithm): it runs for most date mentions, and each
 * `Date` cost as much as the rest of the mention.
 */
function dayNumber(date: CalendarDay): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (date.month > 2 ? date.month - 3 : date.month + 9) + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar day of a {@link dayNumber}. */
function dayOfNumber(days: number): CalendarDay {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function addDays(date: CalendarDay, days: number): CalendarDay {
  return dayOfNumber(dayNumber(date) + days);
}

function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday). */
function weekdayOf(date: CalendarDay): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The days in a month (1–12), with the years 0–99 read as {@link dayNumber} reads them; asked for every date mention. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const fullYear = year >= 0 && year <= 99 ? 1900 + year : year;
  return (fullYear % 4 === 0 && fullYear % 100 !== 0) || fullYear % 400 === 0 ? 29 : 28;
}

function isValidDay(date: CalendarDay): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

function formatMonth(year: number, month: number): string {
  return `${padded(year, 4)}-${padded(month, 2)}`;
}

function formatDay(date: CalendarDay): string {
  return `${formatMonth(date.year, date.month)}-${padded(date.day, 2)}`;
}

/** "00" to "99": the two-digit months and days of every value, read from a table instead of formatted anew. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, number) => String(number).padStart(2, '0'));

/** `number` written with at least `digits` digits, zeros before. */
function padded(number: number, digits: 2 | 4): string {
  if (digits === 2 && number >= 0 && number < 100) return TWO_DIGITS[number];
  if (digits === 4 && number >= 1000 && number <= 9999) return String(number);
  return String(number).padStart(digits, '0');
}

/**
 * The mentions of both lists in order of start (at the same start the longer first, then the absolute one), without
 * one that overlaps an earlier mention. Each list is in order of start already, as the scan found their anchors: a
 * mention starts at its anchor or at the word right before it ("last Friday", "two weeks ago"), which no earlier
 * mention of its kind reaches. Merged rather than sorted: findDates 54.5 → 52.7 M instructions per MB of seed text.
 */
function keepFirstOfOverlaps(absolute: DateMention[], relative: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  let end = -1;
  for (let a = 0, r = 0; a < absolute.length || r < relative.length;) {
    const mention = r === relative.length || (a < absolute.length && comesFirst(absolute[a], relative[r])) ? absolute[a++] : relative[r++];
    if (mention.start >= end) {
      kept.push(mention);
      end = mention.end;
    }
  }
  return kept;
}

/** Whether `mention` goes before `other`: it starts earlier, or at the same place and is no shorter. */
function comesFirst(mention: DateMention, other: DateMention): boolean {
  return mention.start < other.start || (mention.start === other.start && mention.end >= other.end);
}
