import * as assert from 'assert';
import { findQuotes, type FoundQuote } from '../../src/core/quotes';
import { findParagraphs } from '../../src/core/text';

function quotesOf(text: string): FoundQuote[] {
  return findQuotes(text, findParagraphs(text));
}

/** Each quote as [its text, its parent's text or null]. */
function shapes(text: string): [string, string | null][] {
  const quotes = quotesOf(text);
  return quotes.map((quote) => [quote.text, quote.parent === null ? null : quotes[quote.parent].text]);
}

suite('quotes', () => {
  test('finds curly double quotes with their marks, and their words without them', () => {
    const text = 'The mayor said, “The bridge opens in June.” Nobody believed her.';
    const [quote] = quotesOf(text);
    assert.strictEqual(quote.text, '“The bridge opens in June.”');
    assert.strictEqual(text.slice(quote.start, quote.end), quote.text);
    assert.strictEqual(quote.content, 'The bridge opens in June.');
    assert.strictEqual(quote.parent, null);
    assert.strictEqual(quote.pieces, null);
  });

  test('finds straight double quotes and pairs them in order', () => {
    assert.deepStrictEqual(shapes('"First," she said, "and second."'), [['"First,"', null], ['"and second."', null]]);
  });

  test('tells nested single quotes from apostrophes', () => {
    const text = '“He told me, ‘It’s the ’90s all over again, rock ’n’ roll and the students’ votes,’ and left.”';
    assert.deepStrictEqual(shapes(text), [
      [text, null],
      ['‘It’s the ’90s all over again, rock ’n’ roll and the students’ votes,’', text],
    ]);
  });

  test('pairs a curly opening single mark with a straight closing one', () => {
    const text = '“The chief put it plainly, ‘We don’t leave anyone behind,\'” the officer said.';
    const quotes = quotesOf(text);
    assert.strictEqual(quotes.length, 2);
    assert.strictEqual(quotes[1].text, '‘We don’t leave anyone behind,\'');
    assert.strictEqual(quotes[1].parent, 0);
  });

  test('finds straight nested single quotes inside straight double quotes', () => {
    assert.deepStrictEqual(shapes('"She said \'no\' twice," he recalled.'), [
      ['"She said \'no\' twice,"', null],
      ['\'no\'', '"She said \'no\' twice,"'],
    ]);
  });

  test('a curly quotation inside a straight one, or a straight one inside a curly one, is nested in it', () => {
    const curlyInside = '"The sign by the gate said “Keep out” in red letters," the warden said.';
    assert.deepStrictEqual(shapes(curlyInside), [
      ['"The sign by the gate said “Keep out” in red letters,"', null],
      ['“Keep out”', '"The sign by the gate said “Keep out” in red letters,"'],
    ]);
    const straightInside = '“The rule says "no dogs" and means it,” the keeper said.';
    assert.deepStrictEqual(shapes(straightInside), [
      ['“The rule says "no dogs" and means it,”', null],
      ['"no dogs"', '“The rule says "no dogs" and means it,”'],
    ]);
  });

  test('a double mark of the other kind nests only when the outer quotation closes after it', () => {
    // The curly quotation is never closed: the straight one after it is a quotation of its own.
    assert.deepStrictEqual(shapes('“We will see, she said. "Maybe next year" was all she added.'), [
      ['“We will see, she said.', null],
      ['"Maybe next year"', null],
    ]);
    // A mark typed twice at the start opens one quotation, not one inside another.
    assert.deepStrictEqual(shapes('"“We are ready,” the coach said after practice.'), [['“We are ready,”', null]]);
  });

  test('a double mark of the other kind nests in a quotation that runs on into the next paragraph', () => {
    const text = 'The skipper wrote:\n\n"The harbour is not about “first come, first served” now. It is about the tide.\n\n' +
      '"We sail at dawn."';
    const first = '"The harbour is not about “first come, first served” now. It is about the tide.';
    const whole = `${first}\n\n"We sail at dawn."`;
    assert.deepStrictEqual(shapes(text), [[whole, null], ['“first come, first served”', whole]]);
    // With no paragraph to run on into, the unclosed straight mark still ends where the curly one opens.
    assert.deepStrictEqual(shapes('"The harbour is not about “first come, first served” now. It is about the tide.'), [
      ['"The harbour is not about', null],
      ['“first come, first served”', null],
    ]);
  });

  test('does not open a nested quote at an apostrophe that starts a word', () => {
    const quotes = quotesOf('“We’re going ’round in circles and ’em folks know it,” she said.');
    assert.strictEqual(quotes.length, 1);
  });

  test('a quotation left open at a paragraph end and reopened at the next is one quote with pieces', () => {
    const text = 'She went on: “The first part ends here.\n\n“The second part ends here.”\n\nThen she left.';
    const quotes = quotesOf(text);
    assert.strictEqual(quotes.length, 1);
    const [quote] = quotes;
    assert.strictEqual(quote.text, '“The first part ends here.\n\n“The second part ends here.”');
    assert.strictEqual(quote.content, 'The first part ends here.\nThe second part ends here.');
    assert.deepStrictEqual(quote.pieces?.map((piece) => text.slice(piece.start, piece.end)), [
      '“The first part ends here.',
      '“The second part ends here.”',
    ]);
    assert.strictEqual(quote.kind, 'utterance');
  });

  test('an unclosed mark is bounded by its paragraph and does not swallow the document', () => {
    const text = 'He said “this never closes\n\nA new paragraph with “a real quote” in it.';
    assert.deepStrictEqual(shapes(text), [['“this never closes', null], ['“a real quote”', null]]);
  });

  test('a straight mark between a blank and a word opens a quote even while one is open', () => {
    // The writer forgot to close the first quote before the attribution between its two halves.
    const text = '"We tried everything, she said, "and nothing worked." Then she left.';
    assert.deepStrictEqual(shapes(text), [['"We tried everything,', null], ['"and nothing worked."', null]]);
    // With no cue in the words before the new mark, the first quote runs up to it.
    assert.deepStrictEqual(shapes('"Red, blue and green, "or any other."'), [['"Red, blue and green,', null], ['"or any other."', null]]);
  });

  test('an unclosed curly quote ends before the set-off attribution its words end with', () => {
    const text = '“We tried everything, she said, “and nothing worked.”';
    assert.deepStrictEqual(shapes(text), [['“We tried everything,', null], ['“and nothing worked.”', null]]);
  });

  test('a stray closing mark opens nothing', () => {
    assert.deepStrictEqual(shapes('A stray ” mark and then “a quote” here.'), [['“a quote”', null]]);
  });

  test('keeps ellipses, brackets and non-breaking spaces inside the quote', () => {
    const text = 'She said, “We have seen\u00a0… [the rebels] make progress.”';
    const [quote] = quotesOf(text);
    assert.strictEqual(quote.content, 'We have seen\u00a0… [the rebels] make progress.');
  });

  test('handles CRLF line ends like LF', () => {
    const text = 'Intro line.\r\n\r\n“One,” she said.\r\n\r\n“Two.”';
    const quotes = quotesOf(text);
    assert.deepStrictEqual(quotes.map((quote) => quote.text), ['“One,”', '“Two.”']);
    for (const quote of quotes) assert.strictEqual(text.slice(quote.start, quote.end), quote.text);
  });

  test('a height\'s inch mark (6’2”, 5\'11") neither closes nor opens a quotation', () => {
    const curly = '“At 6’2” he is the tallest of them, and still the quickest,” the coach said.';
    assert.deepStrictEqual(shapes(curly), [['“At 6’2” he is the tallest of them, and still the quickest,”', null]]);
    const straight = '"She stands 5\'11" and plays like it," the coach said. The 6\'1" centre agreed.';
    assert.deepStrictEqual(shapes(straight), [['"She stands 5\'11" and plays like it,"', null]]);
  });

  test('skips a pair of marks with nothing between them', () => {
    assert.deepStrictEqual(quotesOf('An empty “” pair.'), []);
  });

  suite('documents that quote with single marks (the British style)', () => {
    test('pairs single marks at the top level, apostrophes, elisions and plural possessives left inside', () => {
      const text = '‘It’s the ’90s all over again,’ said the skipper. ‘The players’ union can’t wait.’\n\nShe called it ‘rock ’n’ roll’.';
      assert.deepStrictEqual(shapes(text), [
        ['‘It’s the ’90s all over again,’', null],
        ['‘The players’ union can’t wait.’', null],
        ['‘rock ’n’ roll’', null],
      ]);
    });

    test('nests double marks inside single ones, and reopens a quotation running over paragraphs', () => {
      const text = 'She said: ‘Both of them told me, “Get on with it.” So we did.\n\n‘And it worked.’ Then she left.';
      const quotes = quotesOf(text);
      assert.deepStrictEqual(shapes(text), [
        [text.slice(text.indexOf('‘Both'), text.indexOf(' Then')), null],
        ['“Get on with it.”', text.slice(text.indexOf('‘Both'), text.indexOf(' Then'))],
      ]);
      assert.deepStrictEqual(quotes[0].pieces?.map((piece) => text.slice(piece.start, piece.start + 5)), ['‘Both', '‘And ']);
    });

    test('a mark that reads like a plural possessive closes the quotation when no other mark does', () => {
      // Before "and that" and the next quotation, and at the paragraph's end, "responses'" can only close.
      const text = "It had 'more than 1,200 responses' and that 'most were in favour'.\n\nShe read 'all the letters' and left.\n\nAn 'open note to the players' of the club.";
      assert.deepStrictEqual(shapes(text).map(([quote]) => quote), [
        "'more than 1,200 responses'",
        "'most were in favour'",
        "'all the letters'",
        "'open note to the players'",
      ]);
    });

    test('a straight single mark opens and closes the same way', () => {
      assert.deepStrictEqual(shapes("'We won,' she said. 'Fairly.'"), [["'We won,'", null], ["'Fairly.'", null]]);
    });

    test('a document quoting with double marks keeps its single marks for nested quotes and headlines', () => {
      const text = 'Mayor ‘Sorry’ for Remark\n\n“He said ‘never’ twice,” the aide said. “It’s done,” she added.';
      assert.deepStrictEqual(shapes(text), [
        ['“He said ‘never’ twice,”', null],
        ['‘never’', '“He said ‘never’ twice,”'],
        ['“It’s done,”', null],
      ]);
    });

    test("two straight single marks typed for a double one do not make the document's single marks quotations", () => {
      const text = "''It was 'wrong track' thinking,'' he said. ''We fixed it.''";
      assert.deepStrictEqual(shapes(text), []);
    });
  });

  suite('kind', () => {
    const kindOf = (text: string): string => quotesOf(text)[0].kind;

    test('a capitalised quote that opens a sentence is an utterance', () => {
      assert.strictEqual(kindOf('“We will rebuild the pier,” the mayor said.'), 'utterance');
    });

    test('a capitalised quote after a cue word is an utterance', () => {
      assert.strictEqual(kindOf('The mayor said “We will rebuild the pier.”'), 'utterance');
    });

    test('a quoted stretch inside the writer’s own sentence is a fragment', () => {
      assert.strictEqual(kindOf('The mayor called the plan “slow but certain to work in the end.”'), 'fragment');
    });

    test('a short quoted name or label is a term', () => {
      assert.strictEqual(kindOf('The council describes them as “volunteers,” not staff.'), 'term');
    });

    test('the word before a quote is read in any case, the same each time it comes back', () => {
      const text = 'The mayor SAID “We will rebuild the pier.” A ferry was CALLED “Grey Heron Of The North Sea Coast.” ' +
        'The clerk said “We will rebuild it.” A tug was called “Grey Heron Of The North Sea Coast.”';
      assert.deepStrictEqual(quotesOf(text).map((quote) => quote.kind), ['utterance', 'term', 'utterance', 'term']);
    });
  });
});
