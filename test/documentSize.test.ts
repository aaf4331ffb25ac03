import * as assert from 'assert';
import * as fc from 'fast-check';
import { formatByteSize, utf8ByteLength } from '../src/documentSize';

suite('documentSize', () => {
  test('counts UTF-8 bytes as an encoder writes them, lone surrogates included', () => {
    const encoder = new TextEncoder();
    for (const text of ['', 'abc', 'café', '“quote”', '😀', '\ud800', 'a\udc00b', '\ufeffBOM\u00a0NBSP\r\n']) {
      assert.strictEqual(utf8ByteLength(text), encoder.encode(text).length, JSON.stringify(text));
    }
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff })), (codes) => {
        const text = String.fromCharCode(...codes);
        assert.strictEqual(utf8ByteLength(text), encoder.encode(text).length);
      }),
    );
  });

  test('formats sizes the way the status bar shows them', () => {
    assert.strictEqual(formatByteSize(812), '812 B');
    assert.strictEqual(formatByteSize(4096), '4.0 KB');
    assert.strictEqual(formatByteSize(5.1 * 1024 * 1024), '5.1 MB');
  });
});
