import * as assert from 'assert';
import { formatPython, round4, score, segments, type GoldArticle, type PredictedArticle } from '../../scripts/score';

// A made-up article: two gold quotes, one with a speaker span and one with a canonical name.
const TEXT = 'Ada Quill said “the pier is safe” and “nothing else.” Later, “I am done,” she said.';
const at = (fragment: string): number => TEXT.indexOf(fragment);
const span = (fragment: string): { start: number; end: number } => ({ start: at(fragment), end: at(fragment) + fragment.length });

const GOLD: GoldArticle[] = [{
  id: 'made-up',
  text: TEXT,
  quotes: [
    {
      ...span('“the pier is safe” and “nothing else.”'), type: 'mixed', speaker: 'Ada Quill',
      speakerStart: 0, speakerEnd: 9,
    },
    { ...span('“I am done,”'), type: 'direct', speaker: 'she', speakerStart: at('she'), speakerEnd: at('she') + 3 },
    { ...span('Later'), type: 'indirect', speaker: 'nobody' },
  ],
}];

function predictions(quotes: PredictedArticle['quotes']): Map<string, PredictedArticle> {
  return new Map([['made-up', { id: 'made-up', quotes }]]);
}

suite('score', () => {
  test('segments are the double-quoted stretches of a gold quote; an open one runs to its end', () => {
    assert.deepStrictEqual(segments(TEXT, at('“the pier'), at(' Later')), [
      [at('“the pier'), at(' and “nothing')], [at('“nothing'), at(' Later')],
    ]);
    assert.deepStrictEqual(segments('say “open end', 0, 13), [[4, 13]]);
  });

  test('perfect predictions score 1 everywhere', () => {
    const { scores } = score(GOLD, predictions([
      { ...span('“the pier is safe”'), speaker: { name: 'Ada Quill', start: 0, end: 9 } },
      { ...span('“nothing else.”'), speaker: { name: 'Ada Quill', start: 0, end: 9 } },
      { ...span('“I am done,”'), speaker: { name: 'Ada Quill', start: at('she'), end: at('she') + 3 } },
    ]));
    assert.deepStrictEqual(scores, {
      gold_segments: 3, quote_recall: 1, quote_recall_exact: 1, speaker_accuracy: 1,
      attribution_precision: 1, attribution_recall: 1, attribution_f1: 1,
    });
  });

  test('a missed quote, a wrong speaker and a nested quote count as the rules say', () => {
    const { scores, outcomes } = score(GOLD, predictions([
      // Found but with a wrong speaker whose last name does not match and whose span does not overlap.
      { ...span('“the pier is safe”'), speaker: { name: 'Bo Nyman', start: at('Later'), end: at('Later') + 5 } },
      // Right by name: the last word matches a word of the gold speaker span.
      { ...span('“I am done,”'), speaker: { name: 'Quill', start: null, end: null } },
      // Nested: ignored entirely.
      { ...span('“nothing else.”'), parent: 0, speaker: { name: 'Ada Quill', start: 0, end: 9 } },
    ]));
    assert.strictEqual(scores.gold_segments, 3);
    assert.strictEqual(scores.quote_recall, round4(2 / 3));
    assert.strictEqual(scores.speaker_accuracy, 0);
    assert.deepStrictEqual(outcomes.map((outcome) => [outcome.predicted !== null, outcome.speakerRight]), [
      [true, false], [false, false], [true, false],
    ]);
  });

  test('a pronoun gold speaker is matched only by overlap', () => {
    const right = score(GOLD, predictions([{ ...span('“I am done,”'), speaker: { name: 'Ada Quill', start: at('she'), end: at('she') + 3 } }]));
    const byName = score(GOLD, predictions([{ ...span('“I am done,”'), speaker: { name: 'She', start: null, end: null } }]));
    assert.strictEqual(right.scores.attribution_precision, 1);
    assert.strictEqual(byName.scores.attribution_precision, 0);
  });

  test('a prediction covering two segments finds neither (it is not half inside either)', () => {
    const { scores } = score(GOLD, predictions([{ ...span('“the pier is safe” and “nothing else.”'), speaker: null }]));
    assert.strictEqual(scores.quote_recall, 0);
  });

  test('rounds like Python: ties to even, and prints 1.0 for one', () => {
    assert.strictEqual(round4(0.03125), 0.0312);
    assert.strictEqual(round4(0.03135), 0.0314);
    assert.strictEqual(round4(2 / 3), 0.6667);
    assert.strictEqual(formatPython(1, false), '1.0');
    assert.strictEqual(formatPython(0.9871, false), '0.9871');
    assert.strictEqual(formatPython(12, true), '12');
  });
});
