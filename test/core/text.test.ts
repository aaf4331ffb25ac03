import * as assert from 'assert';
import { WordShapes, detachedSlice, findParagraphs, lowerCaseWordCode, sharedLowerCaseWord, wordHash } from '../../src/core/text';

/** The paragraphs of `text`, as strings. */
function paragraphsOf(text: string): string[] {
  return findParagraphs(text).map((paragraph) => text.slice(paragraph.start, paragraph.end));
}

/** The shared lower-cased form of `text[start, end)`, its codes read and hashed as a caller reads and hashes them. */
function sharedAt(text: string, start: number, end: number): string {
  const codes = new Int32Array(end - start);
  let hash = 0;
  for (let index = start; index < end; index++) {
    codes[index - start] = lowerCaseWordCode(text.charCodeAt(index));
    hash = wordHash(hash, codes[index - start]);
  }
  return sharedLowerCaseWord(end - start, hash, codes);
}

/** The shared lower-cased form of the whole of `word`. */
function shared(word: string): string {
  return sharedAt(word, 0, word.length);
}

suite('text', () => {
  test('a paragraph is a non-blank line, whatever ends it: LF, CRLF or a lone CR', () => {
    assert.deepStrictEqual(paragraphsOf('One.\nTwo.\r\nThree.\rFour.'), ['One.', 'Two.', 'Three.', 'Four.']);
  });

  test('blank lines, and a CR and LF the wrong way round, make no empty paragraphs', () => {
    assert.deepStrictEqual(paragraphsOf('\n\nOne.\n\r\n \t\n\n\rTwo.\n\rThree.\n'), ['One.', 'Two.', 'Three.']);
  });

  test('paragraphs are trimmed of blanks, a BOM and no-break spaces, with offsets into the text', () => {
    const text = '\ufeff  Title\u00a0\r\n\u2003Body text.\u202f';
    const paragraphs = findParagraphs(text);
    assert.deepStrictEqual(paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end)), ['Title', 'Body text.']);
    assert.strictEqual(paragraphs[0].start, 3);
  });

  test('an empty or blank text has no paragraphs', () => {
    assert.deepStrictEqual(paragraphsOf(''), []);
    assert.deepStrictEqual(paragraphsOf(' \r\n\t\n'), []);
  });

  test('a detached slice is the same stretch of text, short or long, emoji and all', () => {
    const text = `Notwithstanding 😀 ${'harbour '.repeat(400)}end`;
    for (const [start, end] of [[0, 3], [0, 15], [16, 18], [0, text.length], [5, 2000]]) {
      assert.strictEqual(detachedSlice(text, start, end), text.slice(start, end));
    }
  });

  test('a shared word is the word lower-cased, the same string for every spelling of it', () => {
    const first = shared('Said');
    assert.strictEqual(first, 'said');
    assert.strictEqual(shared('SAID'), first);
    assert.strictEqual(shared('said'), first);
    assert.strictEqual(shared('don’t'), 'don’t');
    assert.strictEqual(shared('Al-Assad'), 'al-assad');
  });

  test('a shared word is read from where it stands in a longer text', () => {
    const text = 'Smith SAID, smith said.';
    assert.strictEqual(sharedAt(text, 6, 10), 'said');
    assert.strictEqual(sharedAt(text, 0, 5), sharedAt(text, 12, 17));
  });

  test('words whose hashes are equal are told apart', () => {
    assert.strictEqual(wordHash(wordHash(0, 0x63), 0x30), wordHash(wordHash(0, 0x61), 0x6e));
    assert.strictEqual(shared('C0'), 'c0');
    assert.strictEqual(shared('An'), 'an');
    assert.strictEqual(shared('c0'), 'c0');
  });

  test('more distinct words than the table keeps are each answered right, before and after it forgets them', () => {
    const words = Array.from({ length: 40_000 }, (_, index) => `Word${index}`);
    for (const word of words) assert.strictEqual(shared(word), word.toLowerCase());
    for (const word of words.slice(0, 100)) assert.strictEqual(shared(word), word.toLowerCase());
  });

  test('word shapes let every listed word through and turn away words of a shape none has', () => {
    const words = ['said', 'told', 'according', 'x', 'Calif', 'a'.repeat(40)];
    const shapes = new WordShapes(words);
    const mayHold = (word: string): boolean => shapes.mayHold(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
    for (const word of words) assert.ok(mayHold(word), word);
    assert.ok(!mayHold('sad'));
    assert.ok(!mayHold('tolls'));
    assert.ok(!mayHold('Smith'));
    assert.ok(!mayHold('y'));
  });

  test('only ASCII letters and digits, apostrophes and hyphens have a shared lower case', () => {
    assert.strictEqual(lowerCaseWordCode(0x41), 0x61);
    assert.strictEqual(lowerCaseWordCode(0x37), 0x37);
    assert.strictEqual(lowerCaseWordCode(0x2019), 0x2019);
    assert.strictEqual(lowerCaseWordCode(0xc9), -1); // É
    assert.strictEqual(lowerCaseWordCode(0x20), -1);
  });
});
