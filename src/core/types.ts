/**
 * The shape of one analysis of a seed article: what every editor feature and the CLI read.
 *
 * Offsets are UTF-16 code units into the document text, `[start, end)`, exactly as JavaScript strings and
 * VS Code's `TextDocument.positionAt` count them. This module is the contract between the pipeline stages
 * and their readers: it has no logic, and nothing here may import `vscode` or a Node built-in.
 */

/** Bumped whenever a field is renamed, removed or changes meaning; adding a field keeps the version. */
export const SCHEMA_VERSION = 1;

/** A stretch of the document. */
export interface Span {
  start: number;
  end: number;
}

/** A stretch of the document with the text it covers (`text === documentText.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/**
 * - `utterance`: a whole sentence or more of someone's words (`“Every one … gone there,” said …`).
 * - `fragment`: a piece of someone's words set inside the writer's own sentence (`are “reckless” and …`).
 * - `term`: a scare quote or a name for something (`what it describes as “terrorists,”`).
 */
export type QuoteKind = 'utterance' | 'fragment' | 'term';

/**
 * How a speaker was found for a quote.
 * - `cue-before`: `X said, “…”` / `X said: “…”`;
 * - `cue-after`: `“…,” X said` / `“…,” said X`;
 * - `according-to`: `according to X` in the quote's sentence;
 * - `follow-on`: a quote with no cue of its own that continues the previous speaker's words;
 * - `pronoun`: the cue's subject is a pronoun (`He added …`), resolved to `antecedent`;
 * - `bracketed`: a bracketed clarification names the speaker (`The president [Vladimir Putin] said this, ‘…’`).
 */
export type AttributionMethod = 'cue-before' | 'cue-after' | 'according-to' | 'follow-on' | 'pronoun' | 'bracketed';

export interface Speaker extends TextSpan {
  /** Canonical name: the fullest form of this speaker in the article ("Steve Warren", "Human Rights Watch"). */
  name: string;
  /** Title or description the text gives right at the mention ("Centcom spokesman Army Col."), else null. */
  role: string | null;
}

export interface Quote extends TextSpan {
  /** The words inside the marks, marks excluded (for a multi-paragraph quote, the paragraphs joined by "\n"). */
  content: string;
  kind: QuoteKind;
  /** Index into `Analysis.quotes` of the quote this one is nested in, else null. */
  parent: number | null;
  /**
   * For a quotation that runs over paragraphs: the span of each paragraph's piece, in order
   * (the quote's own span runs from the first opening mark to the last closing one). Null for a one-piece quote.
   */
  pieces: Span[] | null;
  speaker: Speaker | null;
  cue: TextSpan | null;
  /** Null exactly when `speaker` is null. */
  attribution: AttributionMethod | null;
  /** For `pronoun` (and a `follow-on` that rests on a pronoun): the mention the pronoun stands for. */
  antecedent: TextSpan | null;
  /** Who the words reached the writer through, nearest first ("the Guardian newspaper"). Empty when direct. */
  via: TextSpan[];
  /** How sure the engine is of `speaker`, in [0, 1]; 0 when `speaker` is null. */
  confidence: number;
  /** Why there is no speaker, in words a reader understands; null when there is one. */
  unattributedReason: string | null;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity {
  /** Canonical name: the fullest form in the article, without titles or a possessive ending. */
  name: string;
  type: EntityType;
  /** Every mention, in document order; `text` is the name as written, without a possessive ’s. */
  mentions: TextSpan[];
}

export interface DateMention extends TextSpan {
  /** Calendar value: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when relative and nothing to resolve it against. */
  value: string | null;
  /** True when the value depends on the reference date ("Sunday", "three weeks ago", "last week"). */
  relative: boolean;
}

export interface Dateline extends TextSpan {
  /** The published date as a dated mention (`value` is `YYYY-MM-DD`). */
  published: DateMention;
  /** The "Updated: …" date, where the dateline gives one. */
  updated: DateMention | null;
}

export interface Analysis {
  version: typeof SCHEMA_VERSION;
  /** The first non-empty line, trimmed. Null for a document with no text. */
  headline: TextSpan | null;
  dateline: Dateline | null;
  /** What relative dates were resolved against (`YYYY-MM-DD`): the dateline's published date, else the caller's. */
  referenceDate: string | null;
  /** Sorted by start; a nested quote comes after its parent. */
  quotes: Quote[];
  /** Sorted by first mention. */
  entities: Entity[];
  /** Sorted by start. */
  dates: DateMention[];
  /** Problems with the input a reader should know about (binary content, size), in plain words. */
  warnings: string[];
}

export interface AnalyzeOptions {
  /** `YYYY-MM-DD`: resolves relative dates when the article has no dateline. */
  referenceDate?: string;
}
