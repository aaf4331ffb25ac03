// The outline of a seed article — who is quoted, who and what is mentioned, which dates — as a flat list in tree
// order, each entry with its depth. Pure, so that it is unit-tested in plain Node; documentSymbols.ts builds the
// editor's symbol tree from it.
import type { Analysis, DateMention, Entity, EntityType, Quote, Span } from './types';

export type OutlineKind = 'group' | 'speaker' | 'quote' | EntityType | 'date';

export interface OutlineEntry {
  /** 0 for a group ("Quotes", "People" …), 1 for its members, 2 for a speaker's quotes. */
  depth: number;
  kind: OutlineKind;
  name: string;
  /** Mention or quote count, or a date's ISO value. Empty when there is nothing to add. */
  detail: string;
  /** Everything the entry stands for; contains `selection` and the ranges of the entries under it. */
  range: Span;
  /** Where choosing the entry goes: the quote, the entity's first mention, the date as written. */
  selection: Span;
}

/** The name of the group that holds quotes without a speaker, under "Quotes". */
export const UNATTRIBUTED = 'Unattributed';

/** How many words of a quote name it in the outline. */
const QUOTE_NAME_WORDS = 6;

/** The entity groups, in the order a reader meets them in the outline (and the CLI's summary). */
export const ENTITY_GROUPS: ReadonlyArray<{ type: EntityType; name: string }> = [
  { type: 'person', name: 'People' },
  { type: 'organization', name: 'Organizations' },
  { type: 'place', name: 'Places' },
];

/**
 * The outline, groups in a fixed order — "Quotes" (speaker → their quotes, in order of first quote, then
 * "Unattributed"), "People", "Organizations", "Places", "Dates" (chronological) — each only when it has members.
 */
export function buildOutline(analysis: Analysis): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  appendQuotes(entries, analysis.quotes);
  for (const { type, name } of ENTITY_GROUPS) {
    appendEntities(entries, name, analysis.entities.filter((entity) => entity.type === type && entity.mentions.length > 0));
  }
  appendDates(entries, analysis.dates);
  return entries;
}

/** A quote named by its first words: `It’s obvious that if we don’t…`. */
export function quoteName(quote: Quote): string {
  const words = quote.content.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return quote.text.trim() || '(empty quotation)';
  const name = words.slice(0, QUOTE_NAME_WORDS).join(' ');
  return words.length > QUOTE_NAME_WORDS ? `${name}…` : name;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The smallest span covering all of `spans` (non-empty). */
function cover(spans: Span[]): Span {
  let start = spans[0].start;
  let end = spans[0].end;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}

function spanOf(span: Span): Span {
  return { start: span.start, end: span.end };
}

/** Appends a group heading and its members, when it has any, with a range covering all of them. */
function appendGroup(entries: OutlineEntry[], name: string, members: OutlineEntry[]): void {
  if (members.length === 0) return;
  const range = cover(members.map((member) => member.range));
  entries.push({ depth: 0, kind: 'group', name, detail: '', range, selection: members[0].selection });
  entries.push(...members);
}

/**
 * Each speaker's quotes, keyed by canonical name, speakers in order of their first quote: the order of their colours
 * in the editor and of their entries in the outline. Quotes without a speaker are left out.
 */
export function quotesBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    const list = bySpeaker.get(quote.speaker.name);
    if (list) list.push(quote);
    else bySpeaker.set(quote.speaker.name, [quote]);
  }
  return bySpeaker;
}

function appendQuotes(entries: OutlineEntry[], quotes: Quote[]): void {
  // Speakers in order of their first quote, unattributed quotes last.
  const bySpeaker = quotesBySpeaker(quotes);
  const unattributed = quotes.filter((quote) => !quote.speaker);
  const members: OutlineEntry[] = [];
  const appendSpeaker = (name: string, kind: OutlineKind, own: Quote[]) => {
    const range = cover(own);
    members.push({ depth: 1, kind, name, detail: plural(own.length, 'quote', 'quotes'), range, selection: spanOf(own[0]) });
    for (const quote of own) {
      members.push({ depth: 2, kind: 'quote', name: quoteName(quote), detail: '', range: spanOf(quote), selection: spanOf(quote) });
    }
  };
  for (const [name, own] of bySpeaker) appendSpeaker(name, 'speaker', own);
  if (unattributed.length > 0) appendSpeaker(UNATTRIBUTED, 'group', unattributed);
  appendGroup(entries, 'Quotes', members);
}

function appendEntities(entries: OutlineEntry[], groupName: string, entities: Entity[]): void {
  const members = entities.map((entity): OutlineEntry => {
    // Choosing an entity goes to its first mention; its range is that mention too, so that the breadcrumbs do not
    // claim the whole stretch between its first and last mention belongs to it.
    const first = spanOf(entity.mentions[0]);
    const detail = plural(entity.mentions.length, 'mention', 'mentions');
    return { depth: 1, kind: entity.type, name: entity.name, detail, range: first, selection: first };
  });
  appendGroup(entries, groupName, members);
}

function appendDates(entries: OutlineEntry[], dates: DateMention[]): void {
  // Chronological: ISO values sort as strings ("2012" < "2015-09-30" < "2015-10"); unresolved dates go last, in
  // document order (the sort is stable).
  const sorted = [...dates].sort((a, b) => {
    if (a.value === b.value) return 0;
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return a.value < b.value ? -1 : 1;
  });
  const members = sorted.map((date): OutlineEntry => ({
    depth: 1,
    kind: 'date',
    name: date.text.replace(/\s+/g, ' ').trim() || date.text,
    detail: date.value ?? 'unresolved',
    range: spanOf(date),
    selection: spanOf(date),
  }));
  appendGroup(entries, 'Dates', members);
}
