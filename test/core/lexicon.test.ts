import * as assert from 'assert';
import { SpellingTable, WordBeingRead } from '../../src/core/lexicon';

/** A remembered `compute` that records the spellings it was asked to work out. */
function counted(kept: number): { recall: (text: string, start: number, end: number) => string; table: SpellingTable<string>; computed: string[] } {
  const computed: string[] = [];
  const table = new SpellingTable((spelling) => {
    computed.push(spelling);
    return spelling.toUpperCase();
  }, kept);
  return { recall: (text, start, end) => table.recall(text, start, end), table, computed };
}

/** `text[start, end)` handed over a code unit at a time, as a reader does. */
function read(text: string, start: number, end: number): WordBeingRead {
  const word = new WordBeingRead();
  for (let index = start; index < end; index++) word.push(text.charCodeAt(index));
  return word;
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

  test('a word handed over as it is read is the same spelling as the stretch it was read from', () => {
    const { recall, table, computed } = counted(16);
    const text = 'Iran and Iraq; Iran again, and Iraq';
    assert.strictEqual(table.recallRead(read(text, 0, 4), text, 0), 'IRAN');
    assert.strictEqual(recall(text, 15, 19), 'IRAN');
    assert.strictEqual(recall(text, 9, 13), 'IRAQ');
    assert.strictEqual(table.recallRead(read(text, 31, 35), text, 31), 'IRAQ');
    assert.strictEqual(table.recallRead(read(text, 5, 7), text, 5), 'AN');
    assert.deepStrictEqual(computed, ['Iran', 'Iraq', 'an']);
  });

  test('a word read back from its end is the same spelling as the stretch it was read from', () => {
    const { recall, table, computed } = counted(16);
    const text = 'said Iran, the Iraq-based; Iran';
    const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d;
    const word = new WordBeingRead();
    assert.strictEqual(word.readBack(text, 9, 0, isLetter), 5);
    assert.strictEqual(table.recallRead(word, text, 5), 'IRAN');
    assert.strictEqual(word.readBack(text, 25, 11, isLetter), 15);
    assert.strictEqual(table.recallRead(word, text, 15), 'IRAQ-BASED');
    // The floor stops the read: only "aq-based" lies above it.
    assert.strictEqual(word.readBack(text, 25, 17, isLetter), 17);
    assert.strictEqual(table.recallRead(word, text, 17), 'AQ-BASED');
    assert.strictEqual(word.readBack(text, 10, 0, isLetter), 10);
    assert.strictEqual(recall(text, 27, 31), 'IRAN');
    assert.strictEqual(recall(text, 15, 25), 'IRAQ-BASED');
    assert.deepStrictEqual(computed, ['Iran', 'Iraq-based', 'aq-based']);
  });

  test('a spelling too long to remember is worked out each time, and a word read again is reused', () => {
    const { table, computed } = counted(16);
    const long = 'A'.repeat(300);
    const word = new WordBeingRead();
    for (let round = 0; round < 2; round++) {
      word.clear();
      for (let index = 0; index < long.length; index++) word.push(long.charCodeAt(index));
      assert.strictEqual(table.recallRead(word, long, 0), long);
    }
    assert.strictEqual(computed.length, 2);
  });
});
