import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/analyze';
import { visibleText } from '../../src/core/invisibles';
import type { Analysis } from '../../src/core/types';

const SHY = '\u00ad';
const SEEDS_DIRECTORY = path.join(__dirname, '..', '..', '..', 'seeds');

/** What a reader takes from an analysis, with each span given by the words it covers, invisible characters aside. */
function reading(text: string, analysis: Analysis): unknown {
  const words = (span: { start: number; end: number } | null): string | null =>
    span === null ? null : text.slice(span.start, span.end).replace(/[\u00ad\u200b\u2060\ufeff]/g, '');
  return {
    headline: words(analysis.headline),
    dateline: analysis.dateline && [words(analysis.dateline), analysis.dateline.published.value],
    quotes: analysis.quotes.map((quote) => [
      words(quote), quote.kind, quote.parent, quote.speaker?.name ?? null, words(quote.speaker), quote.speaker?.role ?? null,
      words(quote.cue), quote.attribution, words(quote.antecedent), quote.via.map(words), quote.pieces?.map(words) ?? null,
    ]),
    entities: analysis.entities.map((entity) => [entity.name, entity.type, entity.mentions.map(words)]),
    dates: analysis.dates.map((date) => [words(date), date.value, date.relative]),
  };
}

/** Every span's `text` is the document's own slice. */
function assertTextsAreSlices(text: string, analysis: Analysis): void {
  const spans = [
    analysis.headline, analysis.dateline, ...analysis.dates, ...analysis.entities.flatMap((entity) => entity.mentions),
    ...analysis.quotes.flatMap((quote) => [quote, quote.speaker, quote.cue, quote.antecedent, ...quote.via]),
  ];
  for (const span of spans) if (span) assert.strictEqual(span.text, text.slice(span.start, span.end));
}

suite('invisibles', () => {
  test('a document with no invisible character inside a word is read as it is', () => {
    assert.strictEqual(visibleText('“We stay,” said Tunde Okafor.'), null);
    // A leading byte-order mark, a zero-width space between words and zero-width (non-)joiners are not in a word.
    assert.strictEqual(visibleText('\ufeffHarbour strike\u200b today'), null);
    assert.strictEqual(visibleText('نمی\u200cخواهم and a\u200db'), null);
  });

  test('soft hyphens, zero-width spaces and word joiners come out of words, and where they were is kept', () => {
    const visible = visibleText(`Jo${SHY}se${SHY}${SHY}phine Mar\u200btinez, Okafor\u2060s`);
    assert.deepStrictEqual(visible, { text: 'Josephine Martinez, Okafors', removedBefore: [2, 4, 4, 13, 26] });
  });

  test('a name broken by soft hyphens is one speaker, and its mentions are the document’s words', () => {
    const text = `“We will not wait,” said Jo${SHY}sephine Mar${SHY}tinez, the harbour master.\n\n` +
      `Mar${SHY}tinez added: “The tide will not wait either.”`;
    const analysis = analyze(text);
    assertTextsAreSlices(text, analysis);
    assert.deepStrictEqual(analysis.quotes.map((quote) => [quote.speaker?.name, quote.speaker?.text]), [
      ['Josephine Martinez', `Jo${SHY}sephine Mar${SHY}tinez`],
      ['Josephine Martinez', `Mar${SHY}tinez`],
    ]);
    const person = analysis.entities.find((entity) => entity.type === 'person');
    assert.strictEqual(person?.name, 'Josephine Martinez');
    assert.strictEqual(person?.mentions.length, 2);
  });

  test('a quotation and a date with invisible characters inside keep their whole span', () => {
    const text = `On Wednes${SHY}day, March 3, 2021, Reyes said: “The har\u200bbour is closed.”`;
    const analysis = analyze(text, { referenceDate: '2021-03-05' });
    assertTextsAreSlices(text, analysis);
    assert.strictEqual(analysis.quotes[0].text, `“The har\u200bbour is closed.”`);
    assert.strictEqual(analysis.quotes[0].content, 'The harbour is closed.');
    assert.deepStrictEqual(analysis.dates.map((date) => [date.text, date.value]), [[`Wednes${SHY}day, March 3, 2021`, '2021-03-03']]);
  });

  test('every sample article reads the same with soft hyphens inside its longer words', () => {
    const names = fs.readdirSync(SEEDS_DIRECTORY).filter((name) => name.endsWith('.txt'));
    assert.ok(names.length > 0, 'sample articles');
    for (const name of names) {
      const text = fs.readFileSync(path.join(SEEDS_DIRECTORY, name), 'utf8');
      const hyphenated = text.replace(/(?<=\p{L}{3})(?=\p{L}{3})/gu, SHY);
      assert.notStrictEqual(hyphenated, text);
      const analysis = analyze(hyphenated);
      assertTextsAreSlices(hyphenated, analysis);
      assert.deepStrictEqual(reading(hyphenated, analysis), reading(text, analyze(text)), name);
    }
  });
});
