import type { DateMention, Dateline, Span, TextSpan } from './types';
import { findDates } from './dates';

/** The headline: the first non-empty line, trimmed (paragraphs are already trimmed lines). */
export function findHeadline(text: string, paragraphs: Span[]): TextSpan | null {
  const first = paragraphs[0];
  return first ? { start: first.start, end: first.end, text: text.slice(first.start, first.end) } : null;
}

/** How many paragraphs from the top a dateline may stand in: after a headline, a byline and a photo credit. */
const DATELINE_SEARCH_DEPTH = 5;

/** A dateline is short; a longer paragraph that starts with a date is body text. */
const DATELINE_MAX_LENGTH = 160;

/**
 * What may stand in a dateline besides its dates: labels ("Updated:", "Published", "Posted on"), times
 * ("10:05 AM EST", "14:30 GMT"), weekdays and separators. Anything else (a verb, a name) makes the line a sentence.
 */
const DATELINE_FILLER = new RegExp(
  '^(?:[\\s,.:;|/·•–—()\\[\\]-]' +
    '|(?:last[ \\t\\u00a0]+)?updated|published|posted|first|modified|on|at|and' +
    '|\\d{1,2}(?::\\d{2}){1,2}|\\d{1,2}(?=[ \\t\\u00a0]*[ap]\\.?m)|[ap]\\.?m\\.?' +
    '|[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AE[SD]T' +
    '|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday' +
  ')*$',
  'i',
);

/** The label that marks a date as the update rather than the publication ("Updated: Oct. 19, 2015"). */
const UPDATED_LABEL = /\b(?:updated|modified)\b[^\p{L}\p{N}]*$/iu;

/**
 * The dateline: a paragraph near the top that is essentially a date, optionally with an "Updated" date
 * ("October 18, 2015 Updated: October 19, 2015", "Oct. 3, 2021", "2021-10-03", "Tuesday, March 4, 2014 10:05 AM
 * EST"). Only full dates (`YYYY-MM-DD`) count: the published one is the first not labelled as an update, the
 * updated one the first labelled so. A date inside a sentence is not a dateline.
 */
export function findDateline(text: string, paragraphs: Span[]): Dateline | null {
  for (const paragraph of paragraphs.slice(0, DATELINE_SEARCH_DEPTH)) {
    if (paragraph.end - paragraph.start > DATELINE_MAX_LENGTH) continue;
    const dateline = readDateline(text, paragraph);
    if (dateline) return dateline;
  }
  return null;
}

function readDateline(text: string, paragraph: Span): Dateline | null {
  // The dates are looked for in the text up to the paragraph's line break: a date never runs over one, and the scan
  // for the next date must not run on through the rest of a document that has none (a full pass for each of the
  // five paragraphs tried).
  const dates = findDates(text.slice(0, lineEnd(text, paragraph.end)), [paragraph], null).filter((date) => isFullDay(date));
  if (dates.length === 0) return null;
  let residue = '';
  let cursor = paragraph.start;
  for (const date of dates) {
    residue += text.slice(cursor, date.start) + ' ';
    cursor = date.end;
  }
  residue += text.slice(cursor, paragraph.end);
  if (!DATELINE_FILLER.test(residue)) return null;

  let published: DateMention | null = null;
  let updated: DateMention | null = null;
  for (const date of dates) {
    const labelledUpdate = UPDATED_LABEL.test(text.slice(paragraph.start, date.start));
    if (labelledUpdate && updated === null) updated = date;
    else if (!labelledUpdate && published === null) published = date;
  }
  // A line that gives only "Updated: …" still dates the article: the update is the best publication date known.
  if (published === null) {
    published = updated ?? dates[0];
    updated = null;
  }
  return {
    start: paragraph.start, end: paragraph.end, text: text.slice(paragraph.start, paragraph.end), published, updated,
  };
}

/** The position of the first line break at or after `position`, or the text's end. */
function lineEnd(text: string, position: number): number {
  let end = position;
  while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
  return end;
}

function isFullDay(date: DateMention): boolean {
  return !date.relative && date.value !== null && date.value.length === 10;
}
