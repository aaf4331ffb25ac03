// The sample articles in seeds/ (written by us, each exercising one difficulty) read as a careful reader would
// read them. The user's own article is held to its gold reading in gold.test.ts.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Quote } from '../../src/core/types';

const seeds = join(__dirname, '..', '..', '..', 'seeds');

function read(name: string): { text: string; analysis: Analysis } {
  const text = readFileSync(join(seeds, name), 'utf8');
  return { text, analysis: analyze(text) };
}

/** The innermost quotation whose words contain `phrase` (a nested quote's parent contains them too). */
function quoteWith(analysis: Analysis, phrase: string): Quote {
  const found = analysis.quotes.filter((quote) => quote.content.includes(phrase));
  assert.ok(found.length > 0, `a quotation contains “${phrase}”`);
  return found.reduce((inner, quote) => (quote.end - quote.start < inner.end - inner.start ? quote : inner));
}

function speakerOf(analysis: Analysis, phrase: string): string | undefined {
  return quoteWith(analysis, phrase).speaker?.name;
}

suite('sample articles', () => {
  test('straight marks: a nested single quote inside a double one, apostrophes left alone', () => {
    const { text, analysis } = read('001_straight_quotes.txt');
    const outer = quoteWith(analysis, 'looked me in the eye');
    const inner = quoteWith(analysis, 'This bridge will outlive');
    assert.strictEqual(inner.parent, analysis.quotes.indexOf(outer));
    assert.ok(inner.start > outer.start && inner.end <= outer.end);
    for (const quote of analysis.quotes) {
      // A quotation opens on a mark that no letter stands right before (We're, O'Neill, it's are not quotes).
      assert.ok(!/\p{L}/u.test(text[quote.start - 1] ?? ''), `${quote.text} does not open on an apostrophe`);
    }
    assert.strictEqual(speakerOf(analysis, 'rush a decision'), 'Ana Ruiz');
    assert.strictEqual(quoteWith(analysis, 'rush a decision').speaker?.role, 'Deputy Mayor');
  });

  test('a quotation over four paragraphs is one quotation with four pieces, each reopened', () => {
    const { text, analysis } = read('002_multi_paragraph_quote.txt');
    const letter = quoteWith(analysis, 'For forty-three days');
    assert.strictEqual(letter.pieces?.length, 4);
    for (const piece of letter.pieces ?? []) assert.match(text[piece.start], /[“"]/);
    assert.ok(letter.content.includes('I am sorry'), 'the last paragraph closes it');
    assert.strictEqual(letter.speaker?.name, 'Samuel Okafor');
  });

  test('nested quotes: a bracketed clarification names who the inner words are from', () => {
    const { analysis } = read('003_nested_quotes.txt');
    const inner = quoteWith(analysis, 'Potholes are a must-have');
    assert.notStrictEqual(inner.parent, null);
    assert.strictEqual(inner.speaker?.name, 'Gordon Pratt');
    assert.strictEqual(analysis.quotes[inner.parent!].speaker?.name, 'Lydia Chen');
  });

  test('pronoun speakers and follow-on quotes resolve to the person named before', () => {
    const { analysis } = read('004_pronoun_followon.txt');
    const first = quoteWith(analysis, 'It feels like burying somebody');
    assert.strictEqual(first.attribution, 'pronoun');
    assert.strictEqual(first.speaker?.name, 'Rosa Whitaker');
    assert.ok(first.antecedent, 'the pronoun points at its antecedent');
    const followOn = quoteWith(analysis, 'My grandfather planted');
    assert.strictEqual(followOn.attribution, 'follow-on');
    assert.strictEqual(followOn.speaker?.name, 'Rosa Whitaker');
    assert.strictEqual(speakerOf(analysis, 'An apricot tree takes'), 'Harold Ng');
  });

  test('according to: the source a statement reached the writer through is kept as via', () => {
    const { analysis } = read('005_according_to.txt');
    const quote = quoteWith(analysis, 'within normal operating parameters');
    assert.strictEqual(quote.speaker?.name, 'Curtis Vale');
    assert.deepStrictEqual(quote.via.map((source) => source.text), ['a statement']);
    assert.strictEqual(quoteWith(analysis, 'significant wall loss').attribution, 'according-to');
    // "Beck said in a letter that the company would “…,” according to a copy …": Beck's words, through the copy.
    const letter = quoteWith(analysis, 'make every affected family whole');
    assert.strictEqual(letter.speaker?.name, 'Lorraine Beck');
    assert.deepStrictEqual(letter.via.map((source) => source.text), ['a copy']);
  });

  test('CRLF line endings: spans start at their marks and never take in a line break', () => {
    const { text, analysis } = read('006_crlf.txt');
    assert.ok(text.includes('\r\n'), 'the sample really has CRLF line endings');
    assert.ok(analysis.quotes.length > 5);
    for (const quote of analysis.quotes) {
      assert.strictEqual(text.slice(quote.start, quote.end), quote.text);
      assert.ok(!/[\r\n]/.test(quote.text), `${quote.text} stays on its line`);
    }
    assert.strictEqual(speakerOf(analysis, 'We were the underdogs'), 'Jasmine Oduya');
    assert.ok(quoteWith(analysis, 'GUS DID IT').content.includes('🤖'), 'emoji are kept whole');
  });

  test('no dateline: relative dates stay unresolved unless the caller gives a reference date', () => {
    const { text, analysis } = read('007_no_dateline.txt');
    assert.strictEqual(analysis.dateline, null);
    assert.strictEqual(analysis.referenceDate, null);
    const yesterday = analysis.dates.find((date) => date.text === 'yesterday');
    assert.ok(yesterday?.relative);
    assert.strictEqual(yesterday.value, null);
    const resolved = analyze(text, { referenceDate: '2024-05-10' }).dates.find((date) => date.text === 'yesterday');
    assert.strictEqual(resolved?.value, '2024-05-09');
    assert.strictEqual(speakerOf(analysis, 'very orange squirrel'), 'Harriet Gomez');
  });

  test('single marks (the British style): quotations paired around apostrophes, doubles nested, speakers found', () => {
    const { text, analysis } = read('008_single_quotes.txt');
    const topLevel = analysis.quotes.filter((quote) => quote.parent === null);
    for (const quote of topLevel) {
      assert.match(quote.text, /^‘/u, `${quote.text} opens on a single mark`);
      assert.match(quote.text, /’$/u, `${quote.text} closes on a single mark`);
    }
    assert.strictEqual(topLevel.length, 10);
    assert.strictEqual(speakerOf(analysis, 'good day for the islands'), 'Morwenna Tregear');
    assert.strictEqual(speakerOf(analysis, 'promise we can’t keep'), 'Peter Hosking');
    // A plural possessive inside the quotation (the islanders’ association) does not close it.
    const figures = quoteWith(analysis, 'The figures have been public');
    assert.ok(figures.content.includes('both checked them'));
    assert.strictEqual(figures.speaker?.name, 'Morwenna Tregear');
    assert.strictEqual(quoteWith(analysis, 'Get on with it').parent, analysis.quotes.indexOf(figures));
    // Left open at its paragraph's end and reopened with a single mark: one quotation in two pieces.
    const crew = quoteWith(analysis, 'the crew is ready');
    assert.strictEqual(crew.pieces?.length, 2);
    assert.ok(crew.content.includes('passengers'));
    assert.strictEqual(crew.speaker?.name, 'Jory Pascoe');
    assert.strictEqual(quoteWith(analysis, 'long overdue').kind, 'term');
    assert.ok(!analysis.quotes.some((quote) => text.slice(quote.start, quote.start + 4) === '’90s'), 'the ’90s is no quotation');
  });
});
