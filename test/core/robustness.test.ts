import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Span, TextSpan } from '../../src/core/types';

/**
 * Property-based robustness: for any string the analysis returns, and everything it reports is a well-formed
 * stretch of that string. The generators build news-like text (names, cue verbs, marks of every kind, dates,
 * line breaks of every kind) so that the stages do real work, plus raw UTF-16 with lone surrogates and controls.
 */

const NEWS_TOKENS = [
  'said', 'says', 'told', 'added', 'according to', 'wrote', 'he', 'He', 'she', 'they', 'it', 'the', 'The', 'a', 'of',
  'in', 'on', 'and', 'that', 'was', 'is', 'not', 'Dmitry Medvedev', 'Medvedev', 'Aleppo', 'Syria’s', 'ISIS',
  'Islamic State (ISIS)', 'Human Rights Watch', 'Mr.', 'Col.', 'Prime Minister', 'U.S.', 'al-Assad', 'Lebanon-based',
  'Centcom spokesman', 'Oct. 5, 2015', 'Sunday', '2012', 'three weeks ago', 'last week', 'October 18, 2015',
  'Updated:', 'It’s', 'don’t', 'the ’90s', 'rock ’n’ roll', 'students’',
];
const MARKS = ['“', '”', '‘', '’', '"', "'", '[', ']', '(', ')', '…', '...', '.', ',', ':', ';', '—', '?', '!'];
const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\ufeff', '\u2028', '\u202f'];
const ODDITIES = ['\ud800', '\udfff', '😀', '🤖🏆', '\u0000', '\u0007', '\u001b', '\u200b', '\u00ad', '\u2060', '\u0301', 'é', 'Ω', 'Ж'];

const newsPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_TOKENS) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 5, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODDITIES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const newsText = fc.array(newsPiece, { maxLength: 160 }).map((pieces) => pieces.join(''));
const rawUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes));
const anyText = fc.oneof({ weight: 4, arbitrary: newsText }, { weight: 1, arbitrary: rawUtf16 }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });

function assertSpan(text: string, span: Span | TextSpan, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) inside 0..${text.length}`);
  if ('text' in span) assert.strictEqual(span.text, text.slice(span.start, span.end), `${what}: text is the slice`);
}

function assertSorted(spans: Span[], what: string): void {
  for (let index = 1; index < spans.length; index++) {
    assert.ok(spans[index].start >= spans[index - 1].start, `${what} sorted by start`);
  }
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Every span well-formed, lists sorted, quotes overlapping only when one is nested in the other. */
function assertWellFormed(text: string, analysis: Analysis): void {
  // A stage that throws is caught by the pipeline and reported as a warning: that is a failure here.
  for (const warning of analysis.warnings) assert.doesNotMatch(warning, /could not be analysed/, warning);
  if (analysis.headline) assertSpan(text, analysis.headline, 'headline');
  if (analysis.dateline) {
    assertSpan(text, analysis.dateline, 'dateline');
    assertSpan(text, analysis.dateline.published, 'published date');
    if (analysis.dateline.updated) assertSpan(text, analysis.dateline.updated, 'updated date');
  }

  const { quotes } = analysis;
  quotes.forEach((quote, index) => {
    assertSpan(text, quote, `quote ${index}`);
    assert.ok(quote.end > quote.start, `quote ${index} is not empty`);
    for (const piece of quote.pieces ?? []) assert.ok(contains(quote, piece), `quote ${index}: pieces inside the quote`);
    for (const span of [quote.speaker, quote.cue, quote.antecedent, ...quote.via]) {
      if (span) assertSpan(text, span, `quote ${index} speaker/cue/antecedent/via`);
    }
    assert.ok(quote.confidence >= 0 && quote.confidence <= 1, `quote ${index}: confidence in [0, 1]`);
    assert.strictEqual(quote.speaker === null, quote.attribution === null, `quote ${index}: attribution iff speaker`);
    if (quote.parent !== null) {
      assert.ok(quote.parent >= 0 && quote.parent < index, `quote ${index}: parent comes before it`);
      assert.ok(contains(quotes[quote.parent], quote), `quote ${index}: inside its parent`);
    }
  });
  assertSorted(quotes, 'quotes');
  for (let later = 0; later < quotes.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      if (quotes[later].start >= quotes[earlier].end) continue;
      let ancestor = quotes[later].parent;
      while (ancestor !== null && ancestor !== earlier) ancestor = quotes[ancestor].parent;
      assert.strictEqual(ancestor, earlier, `quotes ${earlier} and ${later} overlap without nesting`);
    }
  }

  analysis.entities.forEach((entity, index) => {
    assert.ok(entity.mentions.length > 0, `entity ${index} has mentions`);
    entity.mentions.forEach((mention) => assertSpan(text, mention, `entity ${entity.name} mention`));
    assertSorted(entity.mentions, `mentions of ${entity.name}`);
  });
  assertSorted(analysis.entities.map((entity) => entity.mentions[0]), 'entities by first mention');

  analysis.dates.forEach((date, index) => {
    assertSpan(text, date, `date ${index}`);
    assert.ok(date.value === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date.value), `date ${index}: value ${date.value}`);
  });
  assertSorted(analysis.dates, 'dates');
}

suite('robustness', () => {
  test('any text, with or without a reference date: no throw, every span inside the text and well ordered', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom('2015-10-18', '2000-02-29', '1999-12-31')), (text, referenceDate) => {
        const analysis = analyze(text, referenceDate ? { referenceDate } : {});
        assertWellFormed(text, analysis);
      }),
      { numRuns: 1500 },
    );
  });

  test('100,000-character lines of news-like text', () => {
    fc.assert(
      fc.property(newsText.filter((chunk) => chunk.length > 0), (chunk) => {
        const line = chunk.replace(/[\r\n\u2028]/g, ' ').repeat(Math.ceil(100_000 / Math.max(1, chunk.length))).slice(0, 100_000);
        assertWellFormed(line, analyze(line));
      }),
      { numRuns: 8 },
    );
  });

  test('many short paragraphs and unbalanced marks across them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('“He said', 'it', '”', '‘', 'Aleppo.', '"', 'said Medvedev.'), { maxLength: 400 }), (lines) => {
        const text = lines.join('\n');
        assertWellFormed(text, analyze(text));
      }),
      { numRuns: 60 },
    );
  });

  test('a BOM, CRLF and NBSP around a real article shape', () => {
    const text = '\ufeffHarbour Strike\r\n\r\nMarch 2, 2019\r\n\r\n“We stay out,”\u00a0said union leader Tunde Okafor.\r\n';
    const analysis = analyze(text);
    assertWellFormed(text, analysis);
    assert.strictEqual(analysis.headline?.text, 'Harbour Strike');
    assert.strictEqual(analysis.dateline?.published.value, '2019-03-02');
  });
});
