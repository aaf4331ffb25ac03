import * as assert from 'assert';
import { findDateline, findHeadline } from '../../src/core/dateline';
import { findParagraphs } from '../../src/core/text';

function headline(text: string): string | null {
  return findHeadline(text, findParagraphs(text))?.text ?? null;
}

/** The dateline as [line, published value, updated value], or null. */
function dateline(text: string): [string, string | null, string | null] | null {
  const found = findDateline(text, findParagraphs(text));
  if (!found) return null;
  assert.strictEqual(text.slice(found.start, found.end), found.text);
  assert.strictEqual(text.slice(found.published.start, found.published.end), found.published.text);
  return [found.text, found.published.value, found.updated?.value ?? null];
}

suite('dateline', () => {
  suite('headline', () => {
    test('the first non-empty line, trimmed', () => {
      assert.strictEqual(headline('\n\n  \u00a0Ferry Fares Frozen for Winter  \r\n\r\nBody text.'), 'Ferry Fares Frozen for Winter');
    });

    test('a BOM before the headline is not part of it', () => {
      assert.strictEqual(headline('\ufeffHarbour Reopens\nBody.'), 'Harbour Reopens');
    });

    test('no text, no headline', () => {
      assert.strictEqual(headline(''), null);
      assert.strictEqual(headline(' \n\t\n'), null);
    });
  });

  suite('dateline', () => {
    test('published and updated dates', () => {
      assert.deepStrictEqual(dateline('Ferry Fares Frozen\n\nMarch 2, 2019 Updated: March 3, 2019\n\nThe council voted.'), [
        'March 2, 2019 Updated: March 3, 2019', '2019-03-02', '2019-03-03',
      ]);
    });

    test('an abbreviated date, an ISO date, a weekday with a time and zone', () => {
      assert.deepStrictEqual(dateline('Title\nOct. 3, 2021\nBody.'), ['Oct. 3, 2021', '2021-10-03', null]);
      assert.deepStrictEqual(dateline('Title\n2021-10-03\nBody.'), ['2021-10-03', '2021-10-03', null]);
      assert.deepStrictEqual(dateline('Title\nTuesday, March 4, 2014 10:05 AM EST\nBody.'), [
        'Tuesday, March 4, 2014 10:05 AM EST', '2014-03-04', null,
      ]);
    });

    test('labels and separators: "Published: … | Updated: … at 5:00 p.m. ET"', () => {
      assert.deepStrictEqual(dateline('Title\nPublished: Oct. 3, 2021 | Updated: Oct. 4, 2021 at 5:00 p.m. ET\nBody.'), [
        'Published: Oct. 3, 2021 | Updated: Oct. 4, 2021 at 5:00 p.m. ET', '2021-10-03', '2021-10-04',
      ]);
    });

    test('a line giving only the update still dates the article', () => {
      assert.deepStrictEqual(dateline('Title\nUpdated Oct. 4, 2021\nBody.'), ['Updated Oct. 4, 2021', '2021-10-04', null]);
    });

    test('a date inside a body sentence is not a dateline', () => {
      assert.strictEqual(dateline('Title\n\nThe vote on Oct. 3, 2021 was close.\n\nMore.'), null);
    });

    test('a date without a year is not enough for a dateline', () => {
      assert.strictEqual(dateline('Title\n\nOct. 3\n\nBody.'), null);
    });

    test('a dated line far down the article is not the dateline', () => {
      const body = Array.from({ length: 8 }, (_, index) => `Paragraph ${index} of the story.`).join('\n\n');
      assert.strictEqual(dateline(`Title\n\n${body}\n\nOct. 3, 2021`), null);
    });

    test('no text, no dateline', () => {
      assert.strictEqual(dateline(''), null);
    });
  });
});
