// What a hover says at a point of a seed document, as Markdown. Free of `vscode` so that it is unit-tested in plain
// Node; hover.ts only wraps the result in an untrusted MarkdownString.
//
// Everything taken from the document is DATA: an article can contain `[x](command:…)`, `<img onerror=…>`, backticks
// or asterisks, and none of it may turn into a link, an image, HTML or formatting. Every piece of document text goes
// through `escapeMarkdown`, which flattens it to one line and backslash-escapes every ASCII punctuation character
// (CommonMark lets any of them be escaped), so that it cannot open a construct or break out of the one it is in.
import { quotesBySpeaker } from './core/outline';
import type { Analysis, AttributionMethod, DateMention, Entity, Quote, Span, TextSpan } from './core/types';

/** Longest piece of document text a hover repeats; a quotation is identified by its first words, not reprinted. */
const MAX_EXCERPT_LENGTH = 120;

/** Document text made inert for Markdown: one line, every ASCII punctuation character backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** At most `maxLength` UTF-16 units of `text` on one line, cut at a word where possible and never inside a character. */
export function excerpt(text: string, maxLength = MAX_EXCERPT_LENGTH): string {
  // A runaway quotation can be megabytes long: only its start is ever shown, so only its start is flattened.
  const window = maxLength * 4;
  const flat = (text.length > window ? text.slice(0, window) : text).replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return text.length > window ? `${flat}…` : flat;
  let cut = maxLength;
  // Do not split a surrogate pair (an emoji) in two.
  if (isHighSurrogate(flat.charCodeAt(cut - 1))) cut--;
  const lastSpace = flat.lastIndexOf(' ', cut);
  if (lastSpace > maxLength / 2) cut = lastSpace;
  return `${flat.slice(0, cut).trimEnd()}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A hover: its Markdown and the span of the document it is about. */
export interface HoverContent {
  markdown: string;
  span: Span;
}

/**
 * The hover at `offset`: every quotation the point is in (innermost first, so a nested quote names its own speaker
 * before the one who repeats it), then the entity mention or date under it. The span is the narrowest of them.
 */
export function hoverAt(analysis: Analysis, offset: number): HoverContent | undefined {
  const index = indexOf(analysis);
  const sections: string[] = [];
  let span: Span | undefined;
  const narrow = (candidate: Span) => {
    if (!span || candidate.end - candidate.start < span.end - span.start) span = { start: candidate.start, end: candidate.end };
  };
  const innermost = innermostQuoteAt(analysis, offset);
  for (let quoteIndex = innermost, depth = 0; quoteIndex !== null; depth++) {
    const quote = analysis.quotes[quoteIndex];
    sections.push(describeQuote(quote, depth, index));
    if (depth === 0) narrow(containingPiece(quote, offset));
    quoteIndex = quote.parent;
  }
  const mention = entityMentionAt(index, offset);
  if (mention) {
    sections.push(describeEntity(mention.entity, index));
    narrow(mention.span);
  }
  const date = dateAt(analysis, offset);
  if (date) {
    sections.push(describeDate(date, analysis));
    narrow(date);
  }
  return span ? { markdown: sections.join('\n\n---\n\n'), span } : undefined;
}

/** Lookup tables built once per analysis, however often the user hovers. */
interface HoverIndex {
  /** Every entity mention, sorted by start. */
  mentions: Array<{ span: TextSpan; entity: Entity }>;
  longestMention: number;
  quoteCounts: Map<string, number>;
}

const indexes = new WeakMap<Analysis, HoverIndex>();

function indexOf(analysis: Analysis): HoverIndex {
  let index = indexes.get(analysis);
  if (!index) {
    const mentions = analysis.entities
      .flatMap((entity) => entity.mentions.map((span) => ({ span, entity })))
      .sort((a, b) => a.span.start - b.span.start);
    const quoteCounts = new Map([...quotesBySpeaker(analysis.quotes)].map(([name, own]) => [name, own.length]));
    const longestMention = mentions.reduce((longest, { span }) => Math.max(longest, span.end - span.start), 0);
    index = { mentions, longestMention, quoteCounts };
    indexes.set(analysis, index);
  }
  return index;
}

/** Index of the last item whose start is at or before `offset`, or -1. */
function lastStartingAtOrBefore<T>(items: readonly T[], startOf: (item: T) => number, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle]) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** Pieces of a quotation over several paragraphs; a one-piece quotation is its own piece. */
function containingPiece(quote: Quote, offset: number): Span {
  return quote.pieces?.find((piece) => contains(piece, offset)) ?? quote;
}

function isInQuote(quote: Quote, offset: number): boolean {
  return quote.pieces && quote.pieces.length > 0 ? quote.pieces.some((piece) => contains(piece, offset)) : contains(quote, offset);
}

/**
 * The innermost quotation containing `offset`. Quotes are sorted by start with nested ones after their parent, so
 * walking back from the last quote starting before `offset`, the first that contains it is the innermost; top-level
 * quotes do not overlap, so a top-level quote that does not contain it ends the search.
 */
function innermostQuoteAt(analysis: Analysis, offset: number): number | null {
  for (let i = lastStartingAtOrBefore(analysis.quotes, (quote) => quote.start, offset); i >= 0; i--) {
    const quote = analysis.quotes[i];
    if (isInQuote(quote, offset)) return i;
    if (quote.parent === null) break;
  }
  return null;
}

function entityMentionAt(index: HoverIndex, offset: number): { span: TextSpan; entity: Entity } | undefined {
  for (let i = lastStartingAtOrBefore(index.mentions, (mention) => mention.span.start, offset); i >= 0; i--) {
    const mention = index.mentions[i];
    if (contains(mention.span, offset)) return mention;
    if (offset - mention.span.start >= index.longestMention) break;
  }
  return undefined;
}

function dateAt(analysis: Analysis, offset: number): DateMention | undefined {
  const i = lastStartingAtOrBefore(analysis.dates, (date) => date.start, offset);
  return i >= 0 && contains(analysis.dates[i], offset) ? analysis.dates[i] : undefined;
}

/** Document text, quoted and inert. */
function quoted(span: { text: string }): string {
  return `“${escapeMarkdown(excerpt(span.text))}”`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const METHOD_DESCRIPTIONS: Record<AttributionMethod, string> = {
  'cue-before': 'the speaker is named before the quotation, with an attribution cue',
  'cue-after': 'the speaker is named after the quotation, with an attribution cue',
  'according-to': '“according to” the speaker, in the same sentence',
  'follow-on': 'it continues the previous speaker’s words, with no cue of its own',
  pronoun: 'the cue’s subject is a pronoun, resolved to an earlier mention',
  bracketed: 'a bracketed clarification names the speaker',
};

const KIND_DESCRIPTIONS: Record<Quote['kind'], string> = {
  utterance: 'Quotation',
  fragment: 'Quoted fragment',
  term: 'Quoted term',
};

function describeQuote(quote: Quote, depth: number, index: HoverIndex): string {
  const opening = `> ${escapeMarkdown(excerpt(quote.content))}`;
  const kind = depth === 0 ? KIND_DESCRIPTIONS[quote.kind] : `Inside a ${KIND_DESCRIPTIONS[quote.kind].toLowerCase()}`;
  if (!quote.speaker) {
    const why = quote.unattributedReason ? escapeMarkdown(quote.unattributedReason) : 'no speaker was found';
    return [`**${kind}, unattributed**`, opening, `Why: ${why}`].join('\n\n');
  }
  const speaker = quote.speaker;
  const count = index.quoteCounts.get(speaker.name) ?? 1;
  const lines = [
    `**${kind} by ${escapeMarkdown(speaker.name)}** · ${plural(count, 'quotation', 'quotations')} by this speaker in the article`,
    opening,
  ];
  const mention = [`Named as ${quoted(speaker)}`];
  if (speaker.role) mention.push(`role: ${escapeMarkdown(speaker.role)}`);
  lines.push(mention.join(' · '));
  if (quote.cue) lines.push(`Cue: ${quoted(quote.cue)}`);
  if (quote.attribution) {
    let how = `Attribution: ${quote.attribution} — ${METHOD_DESCRIPTIONS[quote.attribution]}`;
    if (quote.antecedent) how += ` (${quoted(speaker)} → ${quoted(quote.antecedent)})`;
    lines.push(how);
  }
  if (quote.via.length > 0) lines.push(`Via: ${quote.via.map(quoted).join(' → ')}`);
  lines.push(`Confidence: ${Math.round(quote.confidence * 100)}%`);
  return lines.join('\n\n');
}

const ENTITY_TYPE_NAMES: Record<Entity['type'], string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
};

function describeEntity(entity: Entity, index: HoverIndex): string {
  const lines = [
    `**${escapeMarkdown(entity.name)}** · ${ENTITY_TYPE_NAMES[entity.type]} · ${plural(entity.mentions.length, 'mention', 'mentions')}`,
  ];
  const quotations = index.quoteCounts.get(entity.name);
  if (quotations) lines.push(`Speaker of ${plural(quotations, 'quotation', 'quotations')}`);
  return lines.join('\n\n');
}

function describeDate(date: DateMention, analysis: Analysis): string {
  const heading = `**${quoted(date)}**`;
  if (date.value === null) return `${heading} · a relative date with nothing to resolve it against`;
  const lines = [`${heading} · ${date.value}${calendarSuffix(date.value)}`];
  if (date.relative && analysis.referenceDate) {
    const source = analysis.dateline?.published.value === analysis.referenceDate ? 'the article’s published date' : 'the reference date';
    lines.push(`Relative: resolved against ${source}, ${analysis.referenceDate}`);
  }
  return lines.join('\n\n');
}

/** A long-form reading of a full `YYYY-MM-DD` value (` (Sunday, October 18, 2015)`); partial values speak for themselves. */
function calendarSuffix(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return '';
  const long = new Intl.DateTimeFormat('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return ` (${long.format(date)})`;
}
