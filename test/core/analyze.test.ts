import * as assert from 'assert';
import { analyze, analyzeInSteps } from '../../src/core/analyze';
import { SCHEMA_VERSION, type Analysis } from '../../src/core/types';

/** What must hold of any analysis: spans inside the text and matching it, quotes sorted, nesting consistent. */
function assertWellFormed(text: string, analysis: Analysis): void {
  assert.strictEqual(analysis.version, SCHEMA_VERSION);
  let previousStart = -1;
  analysis.quotes.forEach((quote, index) => {
    assert.ok(quote.start >= 0 && quote.start < quote.end && quote.end <= text.length, `quote ${index} span`);
    assert.strictEqual(text.slice(quote.start, quote.end), quote.text);
    assert.ok(quote.start >= previousStart, 'quotes sorted by start');
    previousStart = quote.start;
    if (quote.parent !== null) {
      const parent = analysis.quotes[quote.parent];
      assert.ok(quote.parent < index, 'a nested quote comes after its parent');
      assert.ok(parent.start < quote.start && quote.end <= parent.end, 'a nested quote lies inside its parent');
    }
    for (const span of [quote.speaker, quote.cue, quote.antecedent, ...quote.via]) {
      if (span) assert.strictEqual(text.slice(span.start, span.end), span.text);
    }
    assert.strictEqual(quote.speaker === null, quote.attribution === null);
  });
}

const ARTICLE = [
  'Harbour Works Run Late',
  '',
  'March 3, 2021',
  '',
  '“We need another month,” said engineer Amara Okafor. “The tide tables were wrong.”',
  '',
  'She added that the delay was “annoying.”',
].join('\n');

suite('analyze', () => {
  test('an article gets its headline, dateline, quotes and speakers', () => {
    const analysis = analyze(ARTICLE);
    assertWellFormed(ARTICLE, analysis);
    assert.strictEqual(analysis.headline?.text, 'Harbour Works Run Late');
    assert.strictEqual(analysis.referenceDate, '2021-03-03');
    assert.deepStrictEqual(analysis.quotes.map((quote) => quote.speaker?.name), ['Amara Okafor', 'Amara Okafor', 'Amara Okafor']);
    assert.deepStrictEqual(analysis.warnings, []);
  });

  test('an analysis stays as it was after other documents are analysed, and analysing again gives it again', () => {
    const first = analyze(ARTICLE);
    const written = JSON.stringify(first);
    // A longer document with other quotes and speakers, analysed in between: the attribution stage reuses its
    // working objects from one document to the next, and none of them may show through in an earlier result.
    const other = `${ARTICLE.replace(/Amara Okafor/g, 'Lena Ortiz')}\n\n“A new quote,” said Jon Park.\n`.repeat(3);
    analyze(other);
    assert.strictEqual(JSON.stringify(first), written);
    assert.strictEqual(JSON.stringify(analyze(ARTICLE)), written);
  });

  test('analyzeInSteps yields between stages and returns the same analysis', () => {
    const steps = analyzeInSteps(ARTICLE);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    assert.ok(yields >= 3, `only ${yields} yields`);
    assert.deepStrictEqual(step.value, analyze(ARTICLE));
  });

  test('the caller’s reference date is used without a dateline, and ignored when malformed', () => {
    const text = 'A headline\n\nThe vote is on Friday, she said.';
    assert.strictEqual(analyze(text, { referenceDate: '2020-05-06' }).referenceDate, '2020-05-06');
    assert.strictEqual(analyze(text, { referenceDate: 'last week' }).referenceDate, null);
    assert.strictEqual(analyze(text).referenceDate, null);
  });

  test('an empty document has nothing and no warning', () => {
    const analysis = analyze('');
    assert.strictEqual(analysis.headline, null);
    assert.deepStrictEqual([analysis.quotes, analysis.entities, analysis.dates, analysis.warnings], [[], [], [], []]);
  });

  test('binary content gets a warning and nothing else', () => {
    const binary = '\u0000\u0001PK\u0003\u0004\u0000\u0000'.repeat(200) + '“not a quote,” said nobody';
    const analysis = analyze(binary);
    assert.strictEqual(analysis.warnings.length, 1);
    assert.match(analysis.warnings[0], /binary/);
    assert.deepStrictEqual([analysis.quotes, analysis.entities, analysis.dates], [[], [], []]);
  });

  test('a BOM, CRLF line ends and non-breaking spaces keep offsets exact', () => {
    const text = '\ufeffTitle line\r\n\r\n“Boats\u00a0first,” said Ines Barros.\r\n';
    const analysis = analyze(text);
    assertWellFormed(text, analysis);
    assert.strictEqual(analysis.headline?.text, 'Title line');
    assert.strictEqual(analysis.quotes[0].text, '“Boats\u00a0first,”');
    assert.strictEqual(analysis.quotes[0].speaker?.name, 'Ines Barros');
  });

  test('hostile input returns a well-formed analysis', () => {
    const inputs = [
      '“'.repeat(5000),
      '” “ ‘ ’ \' "'.repeat(2000),
      'said said said '.repeat(3000),
      '“He said ‘a ‘b ‘c'.repeat(1000),
      'Capitalised Words Everywhere '.repeat(3000),
      '\ud800 lone surrogates \udfff “quote\ud83d” said X',
      `“${'long line '.repeat(20000)}” said Y.`,
      '\u2028\u2029\u0085“odd breaks”\r\r\n',
    ];
    for (const text of inputs) assertWellFormed(text, analyze(text));
  });
});
