import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AppliedLayer } from '../../src/decorations';
import { closeAllEditors, offsetOf, seedReaderApi, setSetting, waitFor } from './editorHelpers';
import { goldReading } from './goldReading';
import { openSeedArticle } from './workspace';

/** Waits for the editor's highlights, and returns them once at least one range is drawn. */
async function drawnLayers(editor: vscode.TextEditor): Promise<AppliedLayer[]> {
  const api = await seedReaderApi();
  return waitFor('highlights in the editor', () => {
    const layers = api.appliedDecorations(editor);
    return layers && layers.some((layer) => layer.ranges.length > 0) ? layers : undefined;
  });
}

/** The quote layer (colour) that draws exactly this span, if any. */
function quoteLayerAt(document: vscode.TextDocument, layers: AppliedLayer[], start: number, end: number): AppliedLayer | undefined {
  return layers.find(
    (layer) =>
      layer.role === 'quote' &&
      layer.ranges.some((range) => document.offsetAt(range.start) === start && document.offsetAt(range.end) === end),
  );
}

suite('Decorations', () => {
  suiteSetup(async () => {
    await seedReaderApi();
  });
  teardown(async () => {
    await setSetting('decorations.enabled', undefined);
    await setSetting('decorations.speakerColors', undefined);
  });
  suiteTeardown(closeAllEditors);

  test('every quotation of the analysis is drawn, in its speaker’s colour', async () => {
    const editor = await openSeedArticle();
    const api = await seedReaderApi();
    const layers = await drawnLayers(editor);
    const analysis = await api.analysisOf(editor.document);
    assert.ok(analysis && analysis.quotes.length > 0, 'the seed has quotations');
    const colourOf = new Map<string, string>();
    for (const quote of analysis.quotes) {
      const pieces = quote.pieces ?? [quote];
      for (const piece of pieces) {
        const layer = quoteLayerAt(editor.document, layers, piece.start, piece.end);
        assert.ok(layer, `${quote.text} is highlighted`);
        if (!quote.speaker) {
          assert.strictEqual(layer.key, 'quote.unattributed', quote.text);
          continue;
        }
        assert.ok(layer.speakers.includes(quote.speaker.name), `${quote.text}: drawn in the colour of ${quote.speaker.name}`);
        // One colour per speaker, and (with no more speakers than colours) one speaker per colour.
        assert.strictEqual(colourOf.get(quote.speaker.name) ?? layer.colorId, layer.colorId, quote.speaker.name);
        colourOf.set(quote.speaker.name, layer.colorId);
      }
    }
    if (colourOf.size <= 8) assert.strictEqual(new Set(colourOf.values()).size, colourOf.size, 'distinct speakers, distinct colours');
    // The speaker and the cue of the first attribution are marked in the same colour as the quote.
    const first = analysis.quotes.find((quote) => quote.speaker && quote.cue);
    assert.ok(first?.speaker && first.cue);
    const colour = colourOf.get(first.speaker.name)!.replace('Background', '');
    for (const role of ['speaker', 'cue'] as const) {
      const layer: AppliedLayer | undefined = layers.find((candidate) => candidate.role === role && candidate.speakers.includes(first.speaker!.name));
      assert.ok(layer, `the ${role} of ${first.text} is marked`);
      assert.strictEqual(layer.colorId.replace('Border', ''), colour);
    }
  });

  test('the quotations of the careful human reading are drawn in their speaker’s colour', async () => {
    const editor = await openSeedArticle();
    const document = editor.document;
    const layers = await drawnLayers(editor);
    const gold = await goldReading();
    const missed: string[] = [];
    for (const quote of gold.quotes) {
      const start = offsetOf(document, quote.text);
      const layer = quoteLayerAt(document, layers, start, start + quote.text.length);
      const names = [quote.speaker, ...quote.aliases].map((name) => name.toLowerCase());
      if (!layer || !layer.speakers.some((speaker) => names.includes(speaker.toLowerCase()))) {
        missed.push(`${quote.text.slice(0, 40)}… (${quote.speaker}) drawn as ${layer ? `${layer.key} for ${layer.speakers.join(', ')}` : 'nothing'}`);
      }
    }
    assert.deepStrictEqual(missed, [], 'every quotation in its speaker’s colour');
  });

  test('the toggle command removes the highlights and brings them back', async () => {
    const editor = await openSeedArticle();
    const api = await seedReaderApi();
    await drawnLayers(editor);
    await vscode.commands.executeCommand('seedReader.toggleDecorations');
    await waitFor('the highlights to go', () => api.appliedDecorations(editor)?.every((layer) => layer.ranges.length === 0));
    await vscode.commands.executeCommand('seedReader.toggleDecorations');
    const back = await drawnLayers(editor);
    assert.ok(back.some((layer) => layer.role === 'quote' && layer.ranges.length > 0));
  });

  test('with speaker colours off, attributed quotations share one neutral colour', async () => {
    const editor = await openSeedArticle();
    const api = await seedReaderApi();
    await drawnLayers(editor);
    await setSetting('decorations.speakerColors', false);
    const layers = await waitFor('neutral highlights', () => {
      const current = api.appliedDecorations(editor);
      return current?.some((layer) => layer.key === 'quote.neutral') ? current : undefined;
    });
    assert.deepStrictEqual(
      layers.filter((layer) => layer.role === 'quote').map((layer) => layer.key).filter((key) => key !== 'quote.unattributed'),
      ['quote.neutral'],
    );
  });

  test('nothing is drawn in an editor of another language', async () => {
    const api = await seedReaderApi();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '“Hello,” she said.' });
    const editor = await vscode.window.showTextDocument(document);
    assert.strictEqual(api.appliedDecorations(editor), undefined);
    assert.strictEqual(await api.analysisOf(document), undefined);
  });

  test('an edit is re-analysed and redrawn after the debounce', async () => {
    const editor = await openSeedArticle();
    const api = await seedReaderApi();
    await drawnLayers(editor);
    const document = await vscode.workspace.openTextDocument({
      language: 'seed',
      content: 'A Note\n\nThe council met.\n',
    });
    const scratch = await vscode.window.showTextDocument(document);
    await scratch.edit((edit) => edit.insert(document.positionAt(document.getText().length), '“We will decide soon,” said Ana Ruiz.\n'));
    const layers = await waitFor('the new quotation drawn', () =>
      api.appliedDecorations(scratch)?.find((layer) => layer.role === 'quote' && layer.ranges.length > 0),
    );
    assert.strictEqual(document.getText(layers.ranges[0]), '“We will decide soon,”');
  });

  test('CRLF, a BOM, NBSP, emoji and binary junk: every highlight starts at its quotation mark, within its line', async () => {
    const content = [
      '\ufeffFerry Strike Ends 🚢',
      '',
      '“We are back at work\u00a0today 🎉,” said union steward Kofi Mensah.',
      '',
      '\u0000\u0001\ud800 “unclosed, and junk \u0007',
      '',
      'Mensah added that the deal was “fair.”',
    ].join('\r\n');
    const document = await vscode.workspace.openTextDocument({ language: 'seed', content });
    const editor = await vscode.window.showTextDocument(document);
    const layers = await drawnLayers(editor);
    const quotes = layers.filter((layer) => layer.role === 'quote').flatMap((layer) => layer.ranges.map((range) => document.getText(range)));
    assert.ok(quotes.includes('“We are back at work\u00a0today 🎉,”'), quotes.join(' | '));
    // A quotation left open runs to the end of its paragraph (as a quote continued in the next paragraph does), so
    // the check is that each highlight starts at its opening mark and stays within its line.
    for (const quote of quotes) assert.match(quote, /^[“‘"'][^\r\n]*$/u, `a highlight starts at a quotation mark, on one line: ${quote}`);
  });
});
