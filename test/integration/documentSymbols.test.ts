import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openUntitledSeed, seedReaderApi } from './editorHelpers';
import { firstMention, goldReading } from './goldReading';
import { openSeedArticle } from './workspace';

async function symbolsOf(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
  return symbols ?? [];
}

function group(symbols: vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = symbols.find((symbol) => symbol.name === name);
  assert.ok(found, `a group "${name}" among ${symbols.map((symbol) => symbol.name).join(', ')}`);
  return found;
}

/** Whether `expected` appears in `actual` in the same order (other items may sit between). */
function inOrder(actual: string[], expected: string[]): boolean {
  let next = 0;
  for (const item of actual) if (item === expected[next]) next++;
  return next === expected.length;
}

/** The careful human reading's entities of one type, in the order the article first mentions them. */
async function goldNamesByFirstMention(text: string, type: string): Promise<string[]> {
  const gold = await goldReading();
  return gold.entities
    .filter((entity) => entity.type === type)
    .sort((a, b) => firstMention(text, a.mentions) - firstMention(text, b.mentions))
    .map((entity) => entity.name);
}

suite('Outline (document symbols)', () => {
  suiteSetup(async () => {
    await seedReaderApi();
  });
  suiteTeardown(closeAllEditors);

  test('groups the seed into quotes, people, organizations, places and dates', async () => {
    const { document } = await openSeedArticle();
    const symbols = await symbolsOf(document);
    // VS Code orders symbols by where their range starts; the groups span the document, so their order is the one a
    // reader sees in the Outline view.
    assert.deepStrictEqual(symbols.map((symbol) => symbol.name), ['Quotes', 'People', 'Organizations', 'Places', 'Dates']);
    for (const symbol of symbols) {
      assert.ok(symbol.children.length > 0, `${symbol.name} has members`);
      for (const child of symbol.children) assert.ok(symbol.range.contains(child.range), `${symbol.name} contains ${child.name}`);
    }
  });

  test('the people, in order of first mention, each going to its first mention', async () => {
    const { document } = await openSeedArticle();
    const text = document.getText();
    const expected = await goldNamesByFirstMention(text, 'person');
    const people = group(await symbolsOf(document), 'People').children;
    assert.deepStrictEqual(people.map((person) => person.name), expected);
    const warren = people.find((person) => person.name === 'Steve Warren');
    assert.ok(warren);
    assert.strictEqual(document.offsetAt(warren.selectionRange.start), text.indexOf('Steve Warren'));
    assert.match(warren.detail, /^\d+ mentions?$/);
  });

  test('the places, in order of first mention', async () => {
    const { document } = await openSeedArticle();
    const text = document.getText();
    const expected = await goldNamesByFirstMention(text, 'place');
    const places = group(await symbolsOf(document), 'Places').children.map((place) => place.name);
    assert.ok(inOrder(places, expected), `expected ${expected.join(', ')} in order; got ${places.join(', ')}`);
  });

  test('the dates, chronologically, with their ISO values', async () => {
    const { document } = await openSeedArticle();
    const gold = await goldReading();
    const values = group(await symbolsOf(document), 'Dates').children.map((date) => date.detail);
    assert.deepStrictEqual([...values].sort(), values, 'chronological');
    const expected = gold.dates.map((date) => date.value).sort();
    assert.ok(inOrder(values, expected), `expected ${expected.join(', ')} in order; got ${values.join(', ')}`);
  });

  test('the quotes under their speakers: Steve Warren’s and Dmitry Medvedev’s', async () => {
    const { document } = await openSeedArticle();
    const quotes = group(await symbolsOf(document), 'Quotes').children;
    const warren = quotes.find((speaker) => speaker.name === 'Steve Warren');
    assert.ok(warren, `Steve Warren among ${quotes.map((speaker) => speaker.name).join(', ')}`);
    assert.ok(warren.children.some((quote) => quote.name.startsWith('I haven’t seen any')), warren.children.map((quote) => quote.name).join(' | '));
    for (const quote of warren.children) assert.ok(warren.range.contains(quote.range));
    assert.ok(quotes.some((speaker) => speaker.name === 'Dmitry Medvedev'));
  });

  test('an article with nothing to list has an empty outline, and a hostile one does not break it', async () => {
    const empty = await openUntitledSeed('');
    assert.deepStrictEqual(await symbolsOf(empty.document), []);
    const junk = await openUntitledSeed('\ufeff\u0000\u0001“\r\n\u00a0😀\ud800 “unbalanced said\r\n“[x](command:y)” she said.');
    const symbols = await symbolsOf(junk.document);
    for (const symbol of symbols) assert.ok(symbol.range.contains(symbol.selectionRange));
  });
});
