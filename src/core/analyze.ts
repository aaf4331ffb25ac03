/**
 * The analysis pipeline: paragraphs → headline and dateline → entities → dates → quotations → speakers, over the
 * document's text with any invisible characters taken out of its words (see `invisibles.ts`).
 *
 * `analyzeInSteps` yields between stages so the editor can drop a run that a newer edit has made stale;
 * `analyze` runs it to the end. Neither throws: input that is not text (binary content) gets an analysis holding
 * only a warning, and an unexpected failure in a stage is reported as a warning rather than losing the rest.
 */
import { attributeQuotes, unattributedQuote } from './attribution';
import { findDateline, findHeadline } from './dateline';
import { findDates, parseIsoDate } from './dates';
import { findEntities } from './entities';
import { mapSpansToDocument, visibleText } from './invisibles';
import { findQuotes } from './quotes';
import { findParagraphs } from './text';
import { SCHEMA_VERSION } from './types';
import type { Analysis, AnalyzeOptions, DateMention, Dateline, Entity, Quote, TextSpan } from './types';

/** Above this share of NULs and other control characters, the input is taken for binary content. */
const BINARY_CONTROL_SHARE = 0.1;
/** How much of the text the binary check samples: enough to tell, without a pass over a huge file. */
const BINARY_SAMPLE_LENGTH = 8192;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeInSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** An analysis that found nothing: what an empty or unreadable document gets, and what each stage fills in. */
export function emptyAnalysis(): Analysis {
  return {
    version: SCHEMA_VERSION,
    headline: null,
    dateline: null,
    referenceDate: null,
    quotes: [],
    entities: [],
    dates: [],
    warnings: [],
  };
}

export function* analyzeInSteps(text: string, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const analysis = emptyAnalysis();
  if (typeof text !== 'string') {
    analysis.warnings.push('The input is not text.');
    return analysis;
  }
  if (looksBinary(text)) {
    analysis.warnings.push('This looks like binary content, not text: nothing was analysed.');
    return analysis;
  }
  const visible = visibleText(text);
  if (visible === null) return yield* analyzeText(text, options, analysis);
  return mapSpansToDocument(yield* analyzeText(visible.text, options, analysis), visible, text);
}

/** The stages, in order, filling in `analysis`, with a yield between them (see {@link analyzeInSteps}). */
function* analyzeText(text: string, options: AnalyzeOptions, analysis: Analysis): Generator<void, Analysis, void> {
  const paragraphs = findParagraphs(text);
  // The fallback is built only when a stage fails: the speakers' one is a copy of every quote.
  const stage = <T>(name: string, run: () => T, fallback: () => T): T => {
    try {
      return run();
    } catch (error) {
      analysis.warnings.push(`The ${name} could not be analysed (${error instanceof Error ? error.message : String(error)}).`);
      return fallback();
    }
  };
  analysis.headline = stage<TextSpan | null>('headline', () => findHeadline(text, paragraphs), () => null);
  analysis.dateline = stage<Dateline | null>('dateline', () => findDateline(text, paragraphs), () => null);
  analysis.referenceDate = analysis.dateline?.published.value ?? validDate(options.referenceDate);
  yield;
  analysis.entities = stage<Entity[]>('people, organisations and places', () => findEntities(text, paragraphs), () => []);
  yield;
  analysis.dates = stage<DateMention[]>('dates', () => findDates(text, paragraphs, analysis.referenceDate), () => []);
  yield;
  const found = stage('quotations', () => findQuotes(text, paragraphs), () => []);
  yield;
  analysis.quotes = stage<Quote[]>(
    'speakers',
    () => attributeQuotes(text, paragraphs, found, analysis.entities),
    () => found.map((quote) => unattributedQuote(quote, 'Speakers could not be worked out for this document.')),
  );
  return analysis;
}

/**
 * NULs and the other control characters that text does not hold (all but tabs, line and page breaks), and the
 * replacement character a decoder leaves for bytes that were not text. Found by the regular-expression engine:
 * text has none, and the engine passes over it several times faster than a loop reading each character.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

/** Many NULs or other control characters (not tabs or line breaks) in the first stretch of the text. */
function looksBinary(text: string): boolean {
  const sample = text.length > BINARY_SAMPLE_LENGTH ? text.slice(0, BINARY_SAMPLE_LENGTH) : text;
  const limit = sample.length * BINARY_CONTROL_SHARE;
  let controls = 0;
  CONTROL_CHARACTER.lastIndex = 0;
  while (CONTROL_CHARACTER.test(sample)) {
    if (++controls > limit) return true;
  }
  return false;
}

/** The caller's reference date when it is a real `YYYY-MM-DD` day, else null. */
function validDate(date: string | undefined): string | null {
  return date !== undefined && parseIsoDate(date) ? date : null;
}
