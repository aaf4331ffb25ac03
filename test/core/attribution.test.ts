import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Quote } from '../../src/core/types';

/** Every sentence here is made up for the rule it checks. */
function quotesOf(text: string): Quote[] {
  return analyze(text).quotes;
}

/** The quote that starts with `opening`, as [speaker name, mention text, attribution]. */
function reading(text: string, opening: string): [string | null, string | null, string | null] {
  const quote = quotesOf(text).find((candidate) => candidate.content.startsWith(opening));
  assert.ok(quote, `no quote starting ${opening}`);
  return [quote.speaker?.name ?? null, quote.speaker?.text ?? null, quote.attribution];
}

suite('attribution', () => {
  suite('cues after the quote', () => {
    test('“…,” NAME said', () => {
      assert.deepStrictEqual(reading('“The pier will reopen in May,” Lena Ostrova said.', 'The pier'),
        ['Lena Ostrova', 'Lena Ostrova', 'cue-after']);
    });

    test('“…,” said ROLE NAME: the role stays outside the name', () => {
      const [quote] = quotesOf('“The pier will reopen in May,” said harbour spokesman Tomas Reyes.');
      assert.strictEqual(quote.speaker?.name, 'Tomas Reyes');
      assert.strictEqual(quote.speaker?.role, 'harbour spokesman');
      assert.strictEqual(quote.cue?.text, 'said');
    });

    test('“…,” NAME, the Y of Z, said', () => {
      assert.deepStrictEqual(
        reading('“We are ready,” Ines Barros, the head of the ferry union, said on Friday.', 'We are ready'),
        ['Ines Barros', 'Ines Barros', 'cue-after'],
      );
    });

    test('“…?” NAME asked: a question mark does not cut the writer’s sentence', () => {
      assert.deepStrictEqual(reading('“Who pays for the dredging?” Councillor Abel Moss asked.', 'Who pays'),
        ['Abel Moss', 'Abel Moss', 'cue-after']);
    });

    test('a description with no name is the speaker, without its determiner', () => {
      assert.deepStrictEqual(
        reading('“The water rose overnight,” said a fisherman from the lower harbour, who asked not to be named.', 'The water'),
        ['fisherman from the lower harbour', 'a fisherman from the lower harbour', 'cue-after'],
      );
    });

    test('the cue lexicon goes beyond said: conceded, quipped, went on to say', () => {
      assert.deepStrictEqual(reading('“We were late,” Ada Quill conceded.', 'We were')[0], 'Ada Quill');
      assert.deepStrictEqual(reading('“Bring boots,” Ada Quill quipped.', 'Bring')[0], 'Ada Quill');
      const [quote] = quotesOf('Ada Quill went on to say “The rest can wait.”');
      assert.strictEqual(quote.cue?.text, 'went on to say');
    });
  });

  suite('cues before the quote', () => {
    test('NAME said: “…” and NAME said, “…”', () => {
      assert.deepStrictEqual(reading('Mira Holt said: “Nothing is settled.”', 'Nothing')[0], 'Mira Holt');
      assert.deepStrictEqual(reading('Mira Holt said, “Nothing is settled.”', 'Nothing'),
        ['Mira Holt', 'Mira Holt', 'cue-before']);
    });

    test('a fragment inside the writer’s sentence takes the cue’s subject', () => {
      assert.deepStrictEqual(reading('Mira Holt told reporters the delay was “regrettable but brief.”', 'regrettable')[0],
        'Mira Holt');
    });

    test('according to X before the quote', () => {
      assert.deepStrictEqual(reading('According to Mira Holt, the plan was “dead on arrival.”', 'dead'),
        ['Mira Holt', 'Mira Holt', 'according-to']);
    });

    test('a speaker label: NAME: “…”', () => {
      assert.deepStrictEqual(reading('Holt: “We will appeal.”', 'We will')[1], 'Holt');
    });
  });

  suite('pronouns and follow-on quotes', () => {
    test('a pronoun subject is resolved to the nearest person before it', () => {
      const text = 'Mayor Petra Lindqvist opened the bridge on Monday.\n\nShe added that the tolls were “temporary.”';
      const [quote] = quotesOf(text);
      assert.strictEqual(quote.speaker?.text, 'She');
      assert.strictEqual(quote.speaker?.name, 'Petra Lindqvist');
      assert.strictEqual(quote.attribution, 'pronoun');
      assert.strictEqual(quote.antecedent?.text, 'Petra Lindqvist');
    });

    test('it is resolved to an organisation', () => {
      const text = 'The Harbour Authority closed the north dock. It described the closure as “a precaution.”';
      const [quote] = quotesOf(text);
      assert.strictEqual(quote.speaker?.text, 'It');
      assert.strictEqual(quote.speaker?.name, 'Harbour Authority');
    });

    test('a quote with no cue right after an attributed one continues it, in the next paragraph too', () => {
      const text = '“We lost the spring catch,” said Oskar Vinter. “The summer will be worse.”\n\n“Then we sell the boats.”';
      const quotes = quotesOf(text);
      assert.deepStrictEqual(quotes.map((quote) => [quote.speaker?.name, quote.attribution]), [
        ['Oskar Vinter', 'cue-after'],
        ['Oskar Vinter', 'follow-on'],
        ['Oskar Vinter', 'follow-on'],
      ]);
    });

    test('a quote far from any attributed one is left unattributed, with a reason', () => {
      const text = '“We lost the spring catch,” said Oskar Vinter.\n\nThe market opened late.\n\nPrices fell.\n\n“Nobody came.”';
      const last = quotesOf(text)[1];
      assert.strictEqual(last.speaker, null);
      assert.strictEqual(last.attribution, null);
      assert.strictEqual(last.confidence, 0);
      assert.ok(last.unattributedReason && last.unattributedReason.length > 10);
    });
  });

  suite('via and nesting', () => {
    test('“…,” said X, according to Y: X is the speaker, Y the channel', () => {
      const [quote] = quotesOf('“The dam is cracked,” said a retired engineer, according to the Valley Courier.');
      assert.strictEqual(quote.speaker?.name, 'retired engineer');
      assert.deepStrictEqual(quote.via.map((via) => via.text), ['the Valley Courier']);
    });

    test('a bracketed clarification names the nested quote’s speaker', () => {
      const text = '“The minister [Hana Kovac] told us, ‘The budget stands,’” Ivo Brandt said.';
      const quotes = quotesOf(text);
      assert.strictEqual(quotes[0].speaker?.name, 'Ivo Brandt');
      assert.strictEqual(quotes[1].parent, 0);
      assert.strictEqual(quotes[1].speaker?.name, 'Hana Kovac');
      assert.strictEqual(quotes[1].attribution, 'bracketed');
    });

    test('a nested quote with nothing naming its speaker stays unattributed', () => {
      const quotes = quotesOf('“The word ‘sorry’ never came up at the meetings,” Ivo Brandt said.');
      assert.strictEqual(quotes[1].speaker, null);
      assert.ok(quotes[1].unattributedReason);
    });
  });

  suite('group nouns and terms', () => {
    test('a group noun the text links to an organisation takes its name', () => {
      const text = 'Volunteers with the Coastal Watch Society counted the birds. ' +
        'The gulls, according to the volunteers, are “back in numbers.”';
      const [quote] = quotesOf(text);
      assert.strictEqual(quote.speaker?.text, 'the volunteers');
      assert.strictEqual(quote.speaker?.name, 'Coastal Watch Society');
    });

    test('a quoted name after "called" is nobody’s words', () => {
      const [quote] = quotesOf('The crew sailed on a trawler called “Grey Heron” last spring.');
      assert.strictEqual(quote.speaker, null);
      assert.strictEqual(quote.kind, 'term');
    });
  });

  test('every quote is either attributed with a confidence or unattributed with a reason', () => {
    const text = '“One,” said Ada Quill. A “term” here. “Two.”\n\nShe called it “three.”';
    for (const quote of quotesOf(text)) {
      if (quote.speaker) {
        assert.ok(quote.confidence > 0 && quote.confidence <= 1);
        assert.strictEqual(quote.unattributedReason, null);
        assert.notStrictEqual(quote.attribution, null);
      } else {
        assert.strictEqual(quote.confidence, 0);
        assert.strictEqual(quote.attribution, null);
        assert.ok(quote.unattributedReason);
      }
    }
  });
});
