import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, hoversAt, markdownOf, openUntitledSeed, positionOf, seedReaderApi } from './editorHelpers';
import { openSeedArticle } from './workspace';

/** All the hover text VS Code would show at the phrase, with the hovers' ranges. */
async function hoverTextAt(document: vscode.TextDocument, phrase: string, within = 2) {
  const hovers = await hoversAt(document, positionOf(document, phrase, within));
  return { hovers, text: hovers.flatMap(markdownOf).map((markdown) => markdown.value).join('\n\n') };
}

suite('Hovers', () => {
  suiteSetup(async () => {
    await seedReaderApi();
  });
  suiteTeardown(closeAllEditors);

  test('over the Steve Warren quote: his name and the cue', async () => {
    const { document } = await openSeedArticle();
    const { hovers, text } = await hoverTextAt(document, 'I haven’t seen any indications');
    assert.ok(hovers.length > 0, 'a hover');
    assert.match(text, /by Steve Warren/);
    assert.match(text, /Cue: “said”/);
    // The hover's range is the quotation, marks included.
    const range = hovers[0].range;
    assert.ok(range, 'the hover has a range');
    assert.ok(document.getText(range).startsWith('“I haven’t seen'), document.getText(range));
  });

  test('over the nested Putin quote: Putin first, then Medvedev who repeats him', async () => {
    const { document } = await openSeedArticle();
    const { text } = await hoverTextAt(document, 'It’s obvious that');
    const putin = text.indexOf('Vladimir Putin');
    const medvedev = text.indexOf('Dmitry Medvedev');
    assert.ok(putin >= 0, `names Vladimir Putin:\n${text}`);
    assert.ok(medvedev > putin, `then names Dmitry Medvedev:\n${text}`);
  });

  test('over an entity mention and over a date', async () => {
    const { document } = await openSeedArticle();
    const hezbollah = await hoverTextAt(document, 'Lebanon-based Hezbollah', 'Lebanon-based '.length + 1);
    assert.match(hezbollah.text, /\*\*Hezbollah\*\* · Organization · \d+ mentions/);
    const date = await hoverTextAt(document, 'Oct. 13');
    assert.match(date.text, /2015-10-13/);
  });

  test('a hostile quotation renders as plain text, in an untrusted hover', async () => {
    const hostile = 'Read [x](command:workbench.action.quit) and <img src=x onerror=alert(1)> with `ticks` and *stars*';
    const { document } = await openUntitledSeed(
      ['Harbour Notice', '', `“${hostile},” said Mara Lind, the harbour master.`, ''].join('\n'),
    );
    const hovers = await hoversAt(document, positionOf(document, 'Read [x]', 2));
    const markdowns = hovers.flatMap(markdownOf);
    assert.ok(markdowns.length > 0, 'a hover over the quotation');
    for (const markdown of markdowns) {
      assert.ok(!markdown.isTrusted, 'the hover is not trusted');
      assert.ok(!markdown.supportHtml, 'the hover renders no HTML');
      const value = markdown.value;
      assert.doesNotMatch(value, /(^|[^\\])\]\(command:/, 'no command link');
      assert.doesNotMatch(value, /(^|[^\\])<img/, 'no image tag');
      assert.doesNotMatch(value, /(^|[^\\])`/, 'no code span');
    }
    const text = markdowns.map((markdown) => markdown.value).join('\n');
    assert.match(text, /Read \\\[x\\\]\\\(command\\:workbench\\\.action\\\.quit\\\)/, `the quotation is shown, escaped:\n${text}`);
    assert.match(text, /\\\*stars\\\*/, 'asterisks are escaped, not emphasis');
  });
});
