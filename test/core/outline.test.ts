import * as assert from 'assert';
import { buildOutline, quoteName, UNATTRIBUTED, type OutlineEntry } from '../../src/core/outline';
import type { Span } from '../../src/core/types';
import { analysis, quote } from '../handMadeAnalysis';
import { SAMPLE_TEXT, sampleAnalysis } from '../sampleArticle';

/** The outline as nested [name, detail, children] so that a test reads like the Outline view. */
type Tree = Array<[string, string, Tree?]>;
function tree(entries: OutlineEntry[], depth = 0, from = 0): Tree {
  const nodes: Tree = [];
  for (let i = from; i < entries.length && entries[i].depth >= depth; i++) {
    if (entries[i].depth !== depth) continue;
    const children = tree(entries, depth + 1, i + 1);
    nodes.push(children.length > 0 ? [entries[i].name, entries[i].detail, children] : [entries[i].name, entries[i].detail]);
  }
  return nodes;
}

function textOf(span: Span): string {
  return SAMPLE_TEXT.slice(span.start, span.end);
}

suite('outline', () => {
  test('groups quotes by speaker in order of first quote, unattributed last, then people, organizations, places, dates', () => {
    assert.deepStrictEqual(tree(buildOutline(sampleAnalysis())), [
      ['Quotes', '', [
        ['Amara Okafor', '2 quotes', [['We need another month to read…', ''], ['late and incomplete.', '']]],
        ['Tomas Reyes', '1 quote', [['They told us, ‘The fares will…', '']]],
        ['Northwind Lines', '1 quote', [['The fares will not rise this…', '']]],
        [UNATTRIBUTED, '1 quote', [['a stall.', '']]],
      ]],
      ['People', '', [['Amara Okafor', '2 mentions'], ['Tomas Reyes', '1 mention']]],
      ['Organizations', '', [['Harbour Council', '1 mention'], ['Northwind Lines', '1 mention']]],
      ['Places', '', [['Port Ellis', '1 mention']]],
      // Chronological, not document order: "this year" (2024) comes before Tuesday (2024-02-13).
      ['Dates', '', [['this year', '2024'], ['Tuesday', '2024-02-13'], ['March 3, 2024', '2024-03-03']]],
    ]);
  });

  test('an entity goes to its first mention; a quote covers the quotation', () => {
    const outline = buildOutline(sampleAnalysis());
    const okafor = outline.find((entry) => entry.kind === 'person' && entry.name === 'Amara Okafor');
    assert.ok(okafor);
    assert.strictEqual(textOf(okafor.selection), 'Amara Okafor');
    assert.strictEqual(okafor.selection.start, SAMPLE_TEXT.indexOf('Amara Okafor'));
    const stall = outline.find((entry) => entry.kind === 'quote' && entry.name === 'a stall.');
    assert.ok(stall);
    assert.strictEqual(textOf(stall.range), '“a stall.”');
  });

  test('every range contains its selection and the ranges of the entries under it', () => {
    const outline = buildOutline(sampleAnalysis());
    const parents: OutlineEntry[] = [];
    for (const entry of outline) {
      assert.ok(entry.range.start <= entry.selection.start && entry.selection.end <= entry.range.end, entry.name);
      parents.length = entry.depth;
      const parent = parents[entry.depth - 1];
      if (parent) assert.ok(parent.range.start <= entry.range.start && entry.range.end <= parent.range.end, entry.name);
      parents.push(entry);
    }
  });

  test('a group appears only when it has members', () => {
    assert.deepStrictEqual(buildOutline(analysis({})), []);
    const full = sampleAnalysis();
    const onlyDates = buildOutline(analysis({ dates: full.dates }));
    assert.deepStrictEqual(onlyDates.filter((entry) => entry.depth === 0).map((entry) => entry.name), ['Dates']);
    const noPlaces = buildOutline({ ...full, entities: full.entities.filter((entity) => entity.type !== 'place') });
    assert.deepStrictEqual(noPlaces.filter((entry) => entry.depth === 0).map((entry) => entry.name), ['Quotes', 'People', 'Organizations', 'Dates']);
  });

  test('dates that could not be resolved come last, in document order', () => {
    const text = 'Last week, then Friday, then June 2, 2020.';
    const dates = [
      { start: 0, end: 9, text: 'Last week', value: null, relative: true },
      { start: 16, end: 22, text: 'Friday', value: null, relative: true },
      { start: 29, end: 41, text: 'June 2, 2020', value: '2020-06-02', relative: false },
    ];
    assert.strictEqual(text.slice(29, 41), 'June 2, 2020');
    assert.deepStrictEqual(tree(buildOutline(analysis({ dates }))), [
      ['Dates', '', [['June 2, 2020', '2020-06-02'], ['Last week', 'unresolved'], ['Friday', 'unresolved']]],
    ]);
  });

  test('a quote is named by its first words, on one line', () => {
    const text = 'She said: “One two\nthree four five six seven eight.” and “🙂”';
    assert.strictEqual(quoteName(quote(text, '“One two\nthree four five six seven eight.”', null)), 'One two three four five six…');
    assert.strictEqual(quoteName(quote(text, '“🙂”', null)), '🙂');
    assert.strictEqual(quoteName({ ...quote(text, '“🙂”', null), content: '  ' }), '“🙂”');
  });
});
