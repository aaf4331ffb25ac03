// The grammar file is generated: these tests keep it in step with its source and check the generator's building blocks.
// What the grammar colours is tested by the scope assertions in the *.test.seed files next to this one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { captureGroupCount, firstLetterCheck, SEED_GRAMMAR_FILE, seedGrammarText, wordTrie } from '../../scripts/grammar';

const projectRoot = path.resolve(__dirname, '..', '..', '..');

suite('seed grammar source (scripts/grammar.ts)', () => {
  test('syntaxes/seed.tmLanguage.json is exactly what the generator writes (run node out/scripts/grammar.js)', () => {
    const onDisk = fs.readFileSync(path.join(projectRoot, SEED_GRAMMAR_FILE), 'utf8');
    assert.strictEqual(onDisk, seedGrammarText());
  });

  test('a word trie matches every listed word and nothing else', () => {
    const letter = fc.constantFrom('a', 'b', 'c', 'S', '.', '-', ']', '^', '\\', '?');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 5 });
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), word, (words, candidate) => {
      const whole = new RegExp(`^${wordTrie(words)}$`, 'u');
      for (const listed of words) {
        assert.ok(whole.test(listed), `${JSON.stringify(listed)} should match ${whole.source}`);
      }
      assert.strictEqual(whole.test(candidate), words.includes(candidate), `${JSON.stringify(candidate)} against ${whole.source}`);
    }));
  });

  test('a space in a listed word matches any run of spaces, no-break spaces included', () => {
    const phrase = new RegExp(`^${wordTrie(['according to', 'said'])}$`, 'u');
    assert.ok(phrase.test('according to'));
    assert.ok(phrase.test('according \u00a0 to'));
    assert.ok(!phrase.test('accordingto'));
    assert.ok(phrase.test('said'));
  });

  test('a word trie factors shared beginnings', () => {
    assert.strictEqual(wordTrie(['said', 'says', 'say', 'told']), '(?:sa(?:id|ys?)|told)');
  });

  test('the first-letter check admits exactly the first letters of the listed words', () => {
    const check = new RegExp(`^${firstLetterCheck(['said', 'told', 'say', 'according to'])}`, 'u');
    assert.strictEqual(firstLetterCheck(['said', 'told', 'say', 'according to']), '(?=[ast])');
    assert.ok(check.test('said') && check.test('the') && check.test('as'));
    assert.ok(!check.test('was') && !check.test('Said') && !check.test(' said'));
    assert.throws(() => firstLetterCheck(['Said']));
  });

  test('capture groups are counted without escaped parentheses, classes or non-capturing groups', () => {
    assert.strictEqual(captureGroupCount('(\\[)[^\\[\\]]*+(\\])'), 2);
    assert.strictEqual(captureGroupCount('\\((?:Photo)[^()]*+\\)'), 0);
    assert.strictEqual(captureGroupCount('[]()](a)(?=b)(?<!c)'), 1);
    assert.strictEqual(captureGroupCount('[^]()](a)'), 1);
  });
});
