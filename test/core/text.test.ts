import * as assert from 'assert';
import { findParagraphs, lowerCaseWordCode, sharedLowerCaseWord, wordHash } from '../../src/core/text';

/** The paragraphs of `text`, as strings. */
function paragraphsOf(text: string): string[] {
  return findParagraphs(text).map((paragraph) => text.slice(paragraph.start, paragraph.end));
}

/** The shared lower-cased form of the whole of `word`, hashed as a caller hashes it. */
function shared(word: string): string {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = wordHash(hash, lowerCaseWordCode(word.charCodeAt(index)));
  return sharedLowerCaseWord(word, 0, word.length, hash);
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
    let hash = 0;
    for (let index = 6; index < 10; index++) hash = wordHash(hash, lowerCaseWordCode(text.charCodeAt(index)));
    assert.strictEqual(sharedLowerCaseWord(text, 6, 10, hash), 'said');
  });

  test('only ASCII letters and digits, apostrophes and hyphens have a shared lower case', () => {
    assert.strictEqual(lowerCaseWordCode(0x41), 0x61);
    assert.strictEqual(lowerCaseWordCode(0x37), 0x37);
    assert.strictEqual(lowerCaseWordCode(0x2019), 0x2019);
    assert.strictEqual(lowerCaseWordCode(0xc9), -1); // É
    assert.strictEqual(lowerCaseWordCode(0x20), -1);
  });
});
