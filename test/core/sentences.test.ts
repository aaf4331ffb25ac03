import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { findQuotes } from '../../src/core/quotes';
import * as fc from 'fast-check';
import { TerminatorSearch, findSentences, lastSentenceStart } from '../../src/core/sentences';
import { findParagraphs } from '../../src/core/text';

/** The sentences of a one-paragraph text, as strings. */
function sentencesOf(text: string): string[] {
  const paragraphs = findParagraphs(text);
  const quotes = findQuotes(text, paragraphs).filter((quote) => quote.parent === null);
  const bounds: number[] = [];
  const count = findSentences(text, paragraphs[0], quotes, 0, bounds, new TerminatorSearch(text));
  return Array.from({ length: count }, (_, k) => text.slice(bounds[2 * k], bounds[2 * k + 1]));
}

suite('sentences', () => {
  test('splits at full stops, question and exclamation marks followed by a capital', () => {
    assert.deepStrictEqual(sentencesOf('The ferry left. Was it late? It was! Nobody minded.'), [
      'The ferry left.', 'Was it late?', 'It was!', 'Nobody minded.',
    ]);
  });

  test('does not split after titles, months and other abbreviations', () => {
    assert.deepStrictEqual(sentencesOf('Col. Ada Brant met Sen. Ruiz and Gov. Lee on Oct. 4 in Lyon. They spoke.'), [
      'Col. Ada Brant met Sen. Ruiz and Gov. Lee on Oct. 4 in Lyon.', 'They spoke.',
    ]);
  });

  test('does not split after an initial', () => {
    assert.deepStrictEqual(sentencesOf('The report by J. R. Okafor came out. It was long.'), [
      'The report by J. R. Okafor came out.', 'It was long.',
    ]);
  });

  test('a lower-case abbreviation stays in its sentence as listed, another lower-case word ends it, as an ellipsis does', () => {
    assert.deepStrictEqual(sentencesOf('We sold ferries and barges. Tugs etc. The yard won. It was Reds vs. Blues today… Then rain fell.'), [
      'We sold ferries and barges.', 'Tugs etc.', 'The yard won.', 'It was Reds vs. Blues today…', 'Then rain fell.',
    ]);
  });

  test('a dotted acronym ends a sentence only before a word that starts one', () => {
    assert.deepStrictEqual(sentencesOf('The U.S. Navy sailed. It reached the U.S. The crew slept.'), [
      'The U.S. Navy sailed.', 'It reached the U.S.', 'The crew slept.',
    ]);
  });

  test('a quotation opening its paragraph keeps a short attribution after its full stop, whatever follows the cue', () => {
    assert.deepStrictEqual(sentencesOf('“The nets came up empty.” Okafor said on Monday. Prices rose.'), [
      '“The nets came up empty.” Okafor said on Monday.', 'Prices rose.',
    ]);
    // Later in a paragraph the quotation may end someone else’s words: the name and cue start a sentence.
    assert.deepStrictEqual(sentencesOf('Brant spoke first. “The nets came up empty.” Okafor said on Monday that prices rose.'), [
      'Brant spoke first.', '“The nets came up empty.”', 'Okafor said on Monday that prices rose.',
    ]);
  });

  test('after a quotation’s full stop, a subject, a cue and a name start a sentence of their own', () => {
    assert.deepStrictEqual(sentencesOf('Ada said the tide “came early.” Ines called Ada a liar.'), [
      'Ada said the tide “came early.”', 'Ines called Ada a liar.',
    ]);
  });

  test('does not split inside a quotation', () => {
    assert.deepStrictEqual(sentencesOf('“We tried. We failed. We will try again,” the coach said. Fans cheered.'), [
      '“We tried. We failed. We will try again,” the coach said.', 'Fans cheered.',
    ]);
  });

  test('a quotation ending the writer’s sentence ends it', () => {
    assert.deepStrictEqual(sentencesOf('The coach said, “We will try again.” Fans cheered.'), [
      'The coach said, “We will try again.”', 'Fans cheered.',
    ]);
  });

  test('a question quoted before its cue stays in the cue’s sentence', () => {
    assert.deepStrictEqual(sentencesOf('“Why now?” Mira Holt asked. Nobody answered.'), [
      '“Why now?” Mira Holt asked.', 'Nobody answered.',
    ]);
  });

  test('a quoted question keeps its cue when the name after it carries an appositive', () => {
    assert.deepStrictEqual(sentencesOf('“Who pays for the dredging?” Rep. Ada Quill, D-Maine, asked. Nobody answered.'), [
      '“Who pays for the dredging?” Rep. Ada Quill, D-Maine, asked.', 'Nobody answered.',
    ]);
    assert.deepStrictEqual(sentencesOf('“Is the ferry late again?” Oskar Lind, a pilot on the night crossing, said quietly.'), [
      '“Is the ferry late again?” Oskar Lind, a pilot on the night crossing, said quietly.',
    ]);
  });

  test('a quotation its cue introduced before it ends the sentence, whatever follows', () => {
    assert.deepStrictEqual(sentencesOf('Lind wrote back, telling her, “You were right all along!” She replied that it was luck.'), [
      'Lind wrote back, telling her, “You were right all along!”', 'She replied that it was luck.',
    ]);
  });

  test('a quoted question keeps a cue of several words', () => {
    assert.deepStrictEqual(sentencesOf('“Who could blame them?” Lind went on, as if nobody had spoken. The room was quiet.'), [
      '“Who could blame them?” Lind went on, as if nobody had spoken.', 'The room was quiet.',
    ]);
  });

  test('a quoted question followed by a clause whose subject has an appositive but no cue ends the sentence', () => {
    assert.deepStrictEqual(sentencesOf('“Why now?” Mira Holt, the mayor, closed the meeting.'), [
      '“Why now?”', 'Mira Holt, the mayor, closed the meeting.',
    ]);
  });

  test('a quoted question followed by another clause of someone else ends the sentence', () => {
    assert.deepStrictEqual(sentencesOf('“Why now?” Her critics cited it as proof.'), [
      '“Why now?”', 'Her critics cited it as proof.',
    ]);
  });

  test('trims blanks and keeps closing brackets with their sentence', () => {
    assert.deepStrictEqual(sentencesOf('  It rained (again.)  The end.  '), ['It rained (again.)', 'The end.']);
  });
});

suite('the last sentence of a paragraph, read backwards', () => {
  /** The last sentence of a one-paragraph text without quotations, as `lastSentenceStart` finds it. */
  function lastSentenceOf(text: string): string {
    const paragraph = findParagraphs(text)[0];
    return text.slice(lastSentenceStart(text, paragraph), paragraph.end);
  }

  test('starts after the last full stop that ends a sentence, not after an abbreviation or an initial', () => {
    assert.strictEqual(lastSentenceOf('The ferry left. It carried Col. Ada Brant and J. R. Okafor.'),
      'It carried Col. Ada Brant and J. R. Okafor.');
    assert.strictEqual(lastSentenceOf('Was it late? It was! Nobody minded (much.) They slept.'), 'They slept.');
    assert.strictEqual(lastSentenceOf('One long sentence with no stop'), 'One long sentence with no stop');
    assert.strictEqual(lastSentenceOf('It reached the U.S. The crew slept...'), 'The crew slept...');
  });

  test('is the last of the sentences findSentences finds, for any paragraph without quotations', () => {
    const pieces = ['The', 'ferry', 'Mr.', 'U.S.', 'Inc.', 'J.', 'Ill.', 'etc.', 'he', 'It', 'é', 'Éa', '3', '.', '?', '!',
      '…', '...', '?!', '.)', ')', ']', '’', '(', '[', 'a.b.'];
    const paragraph = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', ' ', '  ', '\u00a0')), { minLength: 1, maxLength: 30 })
      .map((words) => words.map(([word, space]) => word + space).join('').trim())
      .filter((text) => text.length > 0);
    fc.assert(fc.property(paragraph, (text) => {
      const bounds: number[] = [];
      const count = findSentences(text, { start: 0, end: text.length }, [], 0, bounds, new TerminatorSearch(text));
      assert.strictEqual(lastSentenceStart(text, { start: 0, end: text.length }), bounds[2 * count - 2]);
    }), { numRuns: 2000 });
  });
});

suite('TerminatorSearch', () => {
  /** The first of . ! ? … in `text[from, end)`, or `end`, read character by character. */
  function firstTerminatorRead(text: string, from: number, end: number): number {
    for (let k = from; k < end; k++) if ('.!?…'.includes(text[k])) return k;
    return end;
  }

  test('finds the first terminator of each stretch searched, forwards, backwards or repeated', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '.', '!', '?', '…', '\n', '”'), { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), (text, stretches) => {
      const search = new TerminatorSearch(text);
      for (const [a, b] of stretches) {
        const from = a % (text.length + 1);
        const end = from + (b % (text.length - from + 1));
        assert.strictEqual(search.first(from, end), firstTerminatorRead(text, from, end));
      }
    }), { numRuns: 2000 });
  });
});

suite('sentences after a quotation, with odd punctuation', () => {
  test('a run of dots after the name that follows a quotation does not break the speakers stage', () => {
    const text = 'Harbour Tales\n\n“We won.” Smith ... Then he left. “It was close,” said Dana Reyes.\n';
    const analysis = analyze(text);
    assert.deepStrictEqual(analysis.warnings, []);
    assert.strictEqual(analysis.quotes.find((quote) => quote.content === 'It was close,')?.speaker?.name, 'Dana Reyes');
  });
});
