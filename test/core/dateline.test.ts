import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
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

    test('a wire dateline opening the first paragraph: place, date and a dash before the first sentence', () => {
      assert.deepStrictEqual(dateline('Ferry Fares Frozen\n\nPORT ELLIS, May 14, 2023 — The council voted on Tuesday.'), [
        'PORT ELLIS, May 14, 2023', '2023-05-14', null,
      ]);
      assert.deepStrictEqual(dateline('Title\n\nBay City, Ore., Tuesday, March 4, 2014 (AP) - The port reopened.'), [
        'Bay City, Ore., Tuesday, March 4, 2014 (AP)', '2014-03-04', null,
      ]);
      // A sentence that mentions a date before a dash, and a wire dateline without a year, are not datelines.
      assert.strictEqual(dateline('Title\n\nThe vote on Oct. 3, 2021 — a Tuesday — was close.'), null);
      assert.strictEqual(dateline('Title\n\nPORT ELLIS, May 14 — The council voted.'), null);
    });

    test('relative dates after a wire dateline resolve against its date', () => {
      const analysis = analyze('Ferry Fares Frozen\n\nPORT ELLIS, May 14, 2023 — The council voted on Tuesday.');
      assert.strictEqual(analysis.referenceDate, '2023-05-14');
      assert.strictEqual(analysis.dates.find((date) => date.text === 'Tuesday')?.value, '2023-05-09');
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
