import * as assert from 'assert';
import { rememberedBySpelling } from '../../src/core/lexicon';

/** A remembered `compute` that records the spellings it was asked to work out. */
function counted(kept: number): { recall: (text: string, start: number, end: number) => string; computed: string[] } {
  const computed: string[] = [];
  const recall = rememberedBySpelling((spelling) => {
    computed.push(spelling);
    return spelling.toUpperCase();
  }, kept);
  return { recall, computed };
}

suite('lexicon', () => {
  test('a stretch of text is answered as its spelling, worked out once per distinct spelling', () => {
    const { recall, computed } = counted(16);
    const text = 'Iran and Iraq; Iran again, and Iraq';
    assert.strictEqual(recall(text, 0, 4), 'IRAN');
    assert.strictEqual(recall(text, 9, 13), 'IRAQ');
    assert.strictEqual(recall(text, 15, 19), 'IRAN');
    assert.strictEqual(recall(text, 31, 35), 'IRAQ');
    assert.deepStrictEqual(computed, ['Iran', 'Iraq']);
  });

  test('spellings that differ only in length, case or one character are told apart', () => {
    const { recall } = counted(16);
    const text = 'Al Ala ala Alb';
    assert.deepStrictEqual(
      [recall(text, 0, 2), recall(text, 3, 6), recall(text, 7, 10), recall(text, 11, 14), recall(text, 3, 3)],
      ['AL', 'ALA', 'ALA', 'ALB', ''],
    );
  });

  test('a table that is full forgets what it remembered and still answers', () => {
    const { recall, computed } = counted(2);
    const text = 'one two three one';
    assert.deepStrictEqual([recall(text, 0, 3), recall(text, 4, 7), recall(text, 8, 13), recall(text, 14, 17)], ['ONE', 'TWO', 'THREE', 'ONE']);
    assert.deepStrictEqual(computed, ['one', 'two', 'three', 'one']);
  });
});
