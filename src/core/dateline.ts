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
 * updated one the first labelled so. A date inside a sentence is not a dateline, but a wire service's dateline
 * opening the first paragraph is ("PORT ELLIS, May 14, 2023 — The council …").
 */
export function findDateline(text: string, paragraphs: Span[]): Dateline | null {
  for (const paragraph of paragraphs.slice(0, DATELINE_SEARCH_DEPTH)) {
    const dateline = (paragraph.end - paragraph.start <= DATELINE_MAX_LENGTH ? readDateline(text, paragraph) : null) ??
      readWireDateline(text, paragraph);
    if (dateline) return dateline;
  }
  return null;
}

/** How far into its paragraph a wire dateline's dash may stand ("SAN FRANCISCO, Calif., Tuesday, March 4, 2014 —"). */
const WIRE_DATELINE_MAX_LENGTH = 100;

/** The dash that ends a wire dateline: an em or en dash, or a hyphen (or two) typed with blanks around it. */
const WIRE_DATELINE_DASH = /[—–]|[ \t\u00a0]--?[ \t\u00a0]/u;

/**
 * What a wire dateline holds besides its date: capitalised words (the place, a region after a comma, a weekday),
 * commas, and a news agency in brackets ("(AP)"). A lower-case word makes it the start of a sentence.
 */
// Each word is read whole (the look-ahead), so that a line that fails is not re-read split at every letter.
const WIRE_DATELINE_FILLER = /^[\s,]*(?=\p{Lu})(?:[\s,]|\p{Lu}[\p{L}\p{M}.'’-]*(?![\p{L}\p{M}.'’-])|\([\p{L} &.-]{1,24}\))*$/u;

/**
 * A wire-service dateline opening a body paragraph: the place, the full date and a dash before the first sentence
 * ("PORT ELLIS, May 14, 2023 — The council voted …"). The dateline is the stretch before the dash.
 */
function readWireDateline(text: string, paragraph: Span): Dateline | null {
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + WIRE_DATELINE_MAX_LENGTH));
  const dash = WIRE_DATELINE_DASH.exec(opening);
  if (dash === null) return null;
  const end = paragraph.start + opening.slice(0, dash.index).trimEnd().length;
  const dates = findDates(text.slice(0, end), [{ start: paragraph.start, end }], null);
  const published = dates.find((date) => isFullDay(date));
  if (published === undefined || dates.length > 1) return null;
  const residue = text.slice(paragraph.start, published.start) + ' ' + text.slice(published.end, end);
  if (!WIRE_DATELINE_FILLER.test(residue)) return null;
  return { start: paragraph.start, end, text: text.slice(paragraph.start, end), published, updated: null };
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
