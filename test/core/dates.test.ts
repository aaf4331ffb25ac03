import * as assert from 'assert';
import { findDates } from '../../src/core/dates';
import { findParagraphs } from '../../src/core/text';

/** The dates in `text` as [text, value, relative] triples, against a reference date. */
function dates(text: string, reference: string | null = '2015-10-18'): Array<[string, string | null, boolean]> {
  return findDates(text, findParagraphs(text), reference).map((date) => {
    assert.strictEqual(text.slice(date.start, date.end), date.text, 'span and text agree');
    return [date.text, date.value, date.relative];
  });
}

suite('dates', () => {
  suite('absolute dates', () => {
    test('month, day and year in full and abbreviated forms', () => {
      assert.deepStrictEqual(dates('Filed October 18, 2015 and amended Oct. 5, 2015, then Sept. 9 2014.'), [
        ['October 18, 2015', '2015-10-18', false],
        ['Oct. 5, 2015', '2015-10-05', false],
        ['Sept. 9 2014', '2014-09-09', false],
      ]);
    });

    test('day before month, ISO dates, ordinals', () => {
      assert.deepStrictEqual(dates('It opened on 3 March 2014, closed 2016-02-29 and reopened on June 1st, 2017.'), [
        ['3 March 2014', '2014-03-03', false],
        ['2016-02-29', '2016-02-29', false],
        ['June 1st, 2017', '2017-06-01', false],
      ]);
    });

    test('an ordinal day "of" a month, with or without a year; a plain number before "of" is no day', () => {
      assert.deepStrictEqual(dates('It closed on the 4th of July, 2019, and again on the 21st of March.'), [
        ['4th of July, 2019', '2019-07-04', false],
        ['21st of March', '2015-03-21', true],
      ]);
      assert.deepStrictEqual(dates('Pick 4 of March’s nominees.'), [['March', '2015-03', true]]);
    });

    test('a sentence’s full stop after a day and a month in full is not the date’s; an abbreviation’s is', () => {
      assert.deepStrictEqual(dates('It opened on 3 March. It closed on 5 Oct. and reopened on 9 Sept.'), [
        ['3 March', '2015-03-03', true],
        ['5 Oct.', '2015-10-05', true],
        ['9 Sept.', '2015-09-09', true],
      ]);
    });

    test('a weekday joined to a full date is one mention with the date’s value', () => {
      assert.deepStrictEqual(dates('Tuesday, March 4, 2014 10:05 AM EST'), [['Tuesday, March 4, 2014', '2014-03-04', false]]);
      assert.deepStrictEqual(dates('Tuesday 4 March 2014, 10:05 GMT'), [['Tuesday 4 March 2014', '2014-03-04', false]]);
    });

    test('month and year give YYYY-MM', () => {
      assert.deepStrictEqual(dates('The plant closed in March 2014.'), [['March 2014', '2014-03', false]]);
      assert.deepStrictEqual(dates('It has been shut since June of 2006.'), [['June of 2006', '2006-06', false]]);
    });

    test('impossible days are not dates', () => {
      assert.deepStrictEqual(dates('Ticket Feb. 30, 2015 and 2015-13-01 and 2015-02-29.'), []);
    });

    test('month names are dates only when capitalised and where they read as dates', () => {
      assert.deepStrictEqual(dates('They may march in May, said Mayor Jones; the March vote failed.'), [['May', '2015-05', true]]);
    });

    test('a month alone after "at least", "for", "to", "before" and "between" is a date; "May" after "for" or "to" is a person', () => {
      assert.deepStrictEqual(dates('The fleet waits until at least November, with a vote set for December and talks before June.'), [
        ['November', '2015-11', true],
        ['December', '2015-12', true],
        ['June', '2015-06', true],
      ]);
      assert.deepStrictEqual(dates('Letters to May and votes for May came in.'), []);
      assert.deepStrictEqual(dates('Faults were logged as early as 2013 and as late as August.'), [
        ['2013', '2013', false],
        ['August', '2015-08', true],
      ]);
    });
  });

  suite('bare years', () => {
    test('a year after a preposition or closing a clause', () => {
      assert.deepStrictEqual(dates('The war began in 2011 and has raged since 2012. Prices peaked in mid-2014.'), [
        ['2011', '2011', false],
        ['2012', '2012', false],
        ['2014', '2014', false],
      ]);
    });

    test('"mid-" before a month or a year in any case, but not a hyphen alone', () => {
      assert.deepStrictEqual(dates('Talks resume in Mid-October after a pause since MID-2014; a pre-2013 plan and a half-October tally.'), [
        ['October', '2015-10', true],
        ['2014', '2014', false],
      ]);
    });

    test('not a count, an address, a phone number or a score', () => {
      assert.deepStrictEqual(
        dates('Some 2,012 people came; 2012 people signed; the office at 2012 Main St. or call 555-2012; it ended 2012-1999.'),
        [],
      );
    });

    test('a name, a number or a price that starts like a date is none, and the date after it is found', () => {
      assert.deepStrictEqual(
        dates('Mayor Ruiz, Marco Diaz and 12345 voters paid $1.5 million, 40% more, on 5 March 2014; the Decision came in May.'),
        [['5 March 2014', '2014-03-05', false], ['May', '2015-05', true]],
      );
    });

    test('long stretches of digits, numbers or month names hold no date, and one after them is still read', () => {
      for (const filler of ['1'.repeat(100_000), '12 '.repeat(50_000), 'May '.repeat(50_000), 'MayMarchJune'.repeat(10_000)]) {
        assert.deepStrictEqual(dates(`${filler} on 5 March 2014.`), [['5 March 2014', '2014-03-05', false]]);
      }
    });

    test('"the 2012 election" is a year; "the 2012 delegates" is not', () => {
      assert.deepStrictEqual(dates('After the 2012 election, the 2012 delegates left.'), [['2012', '2012', false]]);
    });

    test('decades are not reported: they have no calendar value', () => {
      assert.deepStrictEqual(dates('Since the 1990s the town has shrunk.'), []);
    });
  });

  suite('resolution against the reference date', () => {
    test('a month and day without a year take the reference year', () => {
      assert.deepStrictEqual(dates('Strikes started Sept. 30 and a transcript came out Oct. 13.'), [
        ['Sept. 30', '2015-09-30', true],
        ['Oct. 13', '2015-10-13', true],
      ]);
    });

    test('a month-day far after the reference falls in the year before; one long before in the year after', () => {
      assert.deepStrictEqual(dates('It began Dec. 20 and ends Jan. 5.', '2016-01-10'), [
        ['Dec. 20', '2015-12-20', true],
        ['Jan. 5', '2016-01-05', true],
      ]);
      assert.deepStrictEqual(dates('The vote is on Jan. 5.', '2015-12-20'), [['Jan. 5', '2016-01-05', true]]);
      assert.deepStrictEqual(dates('The vote is on Dec. 3.', '2015-10-18'), [['Dec. 3', '2015-12-03', true]]);
    });

    test('a reference date in the years 0–99 is read as written, not as 1900–1999', () => {
      // The year 0 is a leap year in the proleptic Gregorian calendar; 1900 is not.
      assert.deepStrictEqual(dates('It rained yesterday.', '0000-03-01'), [['yesterday', '0000-02-29', true]]);
    });

    test('a bare weekday is the most recent such day on or before the reference', () => {
      // 2015-10-18 was a Sunday.
      assert.deepStrictEqual(dates('On Sunday, and on Friday, and on Monday.'), [
        ['Sunday', '2015-10-18', true],
        ['Friday', '2015-10-16', true],
        ['Monday', '2015-10-12', true],
      ]);
    });

    test('a bare weekday after words of the future in its sentence is the next such day on or after the reference', () => {
      // The reference, 2015-10-18, is a Sunday.
      assert.deepStrictEqual(dates('The council will vote Thursday. Power should be back by Friday.'), [
        ['Thursday', '2015-10-22', true],
        ['Friday', '2015-10-23', true],
      ]);
      // The day of a report stays in the past: the future is in the quotation, or after the weekday, or a past one.
      assert.deepStrictEqual(dates('“We will win,” she said Thursday. He said Friday that it will pass. It was scheduled to open Monday.'), [
        ['Thursday', '2015-10-15', true],
        ['Friday', '2015-10-16', true],
        ['Monday', '2015-10-12', true],
      ]);
    });

    test('words of the future count only within their sentence, from a paragraph start, and not from far back', () => {
      // Sentence ends with a blank (tab and no-break space too), at the paragraph's start, and right before the weekday.
      assert.deepStrictEqual(dates('It will rain.\tWe met Friday!\u00a0They meet Monday.'), [
        ['Friday', '2015-10-16', true],
        ['Monday', '2015-10-12', true],
      ]);
      assert.deepStrictEqual(dates('Votes will follow Tuesday'), [['Tuesday', '2015-10-20', true]]);
      // A stop without a blank ("3.5") ends no sentence.
      assert.deepStrictEqual(dates('Rates will rise 3.5 points Tuesday'), [['Tuesday', '2015-10-20', true]]);
      // A marker more than a long sentence's length back is too far to speak for the weekday.
      const clause = ' and the plans of the board of the port, with its long list of amendments and objections,';
      assert.deepStrictEqual(dates(`The ferry will run${clause}${clause} Tuesday`), [['Tuesday', '2015-10-13', true]]);
      assert.deepStrictEqual(dates(`The ferry will run${clause} Tuesday`), [['Tuesday', '2015-10-20', true]]);
    });

    test('a month alone after words of the future is the coming one, the reference month included', () => {
      // The reference is 2015-10-18: "in March" alone is the March before it, the nearest.
      assert.deepStrictEqual(dates('Voters will decide in March. Works will run until October. Prices fell in March.'), [
        ['March', '2016-03', true],
        ['October', '2015-10', true],
        ['March', '2015-03', true],
      ]);
      assert.deepStrictEqual(dates('It will be hard, as it has been since June.'), [['June', '2015-06', true]]);
    });

    test('"last" and "next" weekdays are strictly before and after', () => {
      assert.deepStrictEqual(dates('Not last Sunday but next Sunday; last Friday too.'), [
        ['last Sunday', '2015-10-11', true],
        ['next Sunday', '2015-10-25', true],
        ['last Friday', '2015-10-16', true],
      ]);
    });

    test('counted spans ago, in words or digits, at the precision of their unit', () => {
      assert.deepStrictEqual(dates('Three weeks ago, 10 days ago, two months ago and a year ago.'), [
        ['Three weeks ago', '2015-09-27', true],
        ['10 days ago', '2015-10-08', true],
        ['two months ago', '2015-08', true],
        ['a year ago', '2014', true],
      ]);
    });

    test('last/this/next week, month and year; yesterday, today and tomorrow', () => {
      assert.deepStrictEqual(dates('Last week and next month and this year; yesterday, today, tomorrow.'), [
        ['Last week', '2015-10-11', true],
        ['next month', '2015-11', true],
        ['this year', '2015', true],
        ['yesterday', '2015-10-17', true],
        ['today', '2015-10-18', true],
        ['tomorrow', '2015-10-19', true],
      ]);
    });

    test('last, this and next spring, summer, fall or autumn give the season’s year; winter and a bare season none', () => {
      // Reference 2015-10-18, in the fall.
      assert.deepStrictEqual(dates('Sales fell last spring, rose this summer and will peak next fall; last autumn was flat.'), [
        ['last spring', '2015', true],
        ['this summer', '2015', true],
        ['next fall', '2016', true],
        ['last autumn', '2014', true],
      ]);
      assert.deepStrictEqual(dates('In January the mayor said next spring would bring a vote; last summer did not.', '2016-01-12'), [
        ['January', '2016-01', true],
        ['next spring', '2016', true],
        ['last summer', '2015', true],
      ]);
      assert.deepStrictEqual(dates('Prices fall in the spring and rise last winter, this fall notwithstanding.', null), [
        ['this fall', null, true],
      ]);
    });

    test('months wrap over the year end', () => {
      assert.deepStrictEqual(dates('It failed two months ago and will be fixed next month.', '2016-01-15'), [
        ['two months ago', '2015-11', true],
        ['next month', '2016-02', true],
      ]);
    });

    test('without a reference date every relative value is null, absolute ones are kept', () => {
      assert.deepStrictEqual(dates('On Sunday, three weeks ago, Oct. 13 and Oct. 13, 2015.', null), [
        ['Sunday', null, true],
        ['three weeks ago', null, true],
        ['Oct. 13', null, true],
        ['Oct. 13, 2015', '2015-10-13', false],
      ]);
    });

    test('an invalid reference date counts as none', () => {
      assert.deepStrictEqual(dates('It rained yesterday.', '2015-02-30'), [['yesterday', null, true]]);
    });
  });

  suite('text handling', () => {
    test('words that contain date words are not dates', () => {
      assert.deepStrictEqual(dates('A birthday, a midyear review, Mondays, Octavia and Junebug.'), []);
    });

    test('a date does not run over a line break, and CRLF and NBSP are handled', () => {
      assert.deepStrictEqual(dates('Filed Oct.\r\n5, 2015 and Oct.\u00a05,\u00a02015.'), [['Oct.\u00a05,\u00a02015', '2015-10-05', false]]);
    });

    test('only the given paragraphs are searched, and offsets are into the whole text', () => {
      const text = 'On Sunday.\n\nNothing here.\n\nOn Monday.';
      const [first, , third] = findParagraphs(text);
      const found = findDates(text, [first, third], '2015-10-18');
      assert.deepStrictEqual(found.map((date) => [date.start, date.text]), [[3, 'Sunday'], [30, 'Monday']]);
    });

    test('results are sorted and do not overlap', () => {
      const found = findDates('Tuesday, March 4, 2014 and March 2014 and 2014.', findParagraphs('x'), null);
      assert.deepStrictEqual(found, []);
      const text = 'Tuesday, March 4, 2014 and March 2014, in 2014.';
      const all = findDates(text, findParagraphs(text), null);
      assert.deepStrictEqual(all.map((date) => date.text), ['Tuesday, March 4, 2014', 'March 2014', '2014']);
      for (let index = 1; index < all.length; index++) assert.ok(all[index].start >= all[index - 1].end);
    });
  });
});
