import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, hoversAt, openUntitledSeed, seedReaderApi, setSetting, waitFor } from './editorHelpers';

/** An original article of about `bytes` bytes: a headline, then paragraphs each with an attributed quotation. */
function article(bytes: number): string {
  const paragraph = (i: number) =>
    `“The tide tables for berth ${i} were wrong again this morning,” said harbour pilot Ines Marlow, who has worked the port for years.`;
  const parts = ['Pilots Question Harbour Tide Tables', ''];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const next = paragraph(i);
    parts.push(next, '');
    size += next.length + 2;
  }
  return parts.join('\n');
}

suite('Large documents', () => {
  suiteSetup(async () => {
    await seedReaderApi();
  });
  teardown(async () => {
    await setSetting('analysis.maxSizeKB', undefined);
    await closeAllEditors();
  });

  test('past the size limit, analysis pauses and says so; the command analyses it anyway', async () => {
    const api = await seedReaderApi();
    await setSetting('analysis.maxSizeKB', 2);
    const editor = await openUntitledSeed(article(3 * 1024));
    const status = await waitFor('the paused status', () => api.pausedStatusText());
    assert.match(status, /^\$\(debug-pause\) Seed Reader paused: 3\.\d KB$/);
    assert.strictEqual(await api.analysisOf(editor.document), undefined, 'no analysis while paused');
    assert.ok((api.appliedDecorations(editor) ?? []).every((layer) => layer.ranges.length === 0), 'no highlights while paused');

    await vscode.commands.executeCommand('seedReader.analyzeAnyway');
    const analysis = await api.analysisOf(editor.document);
    assert.ok(analysis && analysis.quotes.length > 0, 'analysed after the command');
    assert.strictEqual(api.pausedStatusText(), undefined, 'the paused status is gone');
    await waitFor('highlights after analysing anyway', () =>
      api.appliedDecorations(editor)?.some((layer) => layer.role === 'quote' && layer.ranges.length > 0),
    );
  });

  test('the status shows only while the paused document is active', async () => {
    const api = await seedReaderApi();
    await setSetting('analysis.maxSizeKB', 2);
    const big = await openUntitledSeed(article(3 * 1024));
    await waitFor('the paused status', () => api.pausedStatusText());
    await openUntitledSeed(article(512));
    await waitFor('the paused status to hide', () => api.pausedStatusText() === undefined);
    await vscode.window.showTextDocument(big.document);
    await waitFor('the paused status again', () => api.pausedStatusText());
  });

  test('a 5 MB article pauses under the default limit and stays editable, with hovers answering', async () => {
    const api = await seedReaderApi();
    const editor = await openUntitledSeed(article(5 * 1024 * 1024));
    const status = await waitFor('the paused status', () => api.pausedStatusText());
    assert.match(status, /paused: 5\.\d MB/);
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Updated: ')), 'the edit applies');
    assert.deepStrictEqual(await hoversAt(editor.document, new vscode.Position(2, 5)), []);
    assert.match(api.pausedStatusText() ?? '', /paused: 5\.\d MB/);
  });

  // Whether the edit lands before or after the old run ends depends on timing; that a stale run stops at its next
  // stage is tested step by step in test/analysisRun.test.ts. Here: what features read is the edited version's.
  test('an edit during an analysis: features read the new version’s analysis, never the old one', async () => {
    const api = await seedReaderApi();
    const editor = await openUntitledSeed(article(400 * 1024));
    const older = api.analysisOf(editor.document);
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Breaking: ')));
    const fresh = await api.analysisOf(editor.document);
    assert.ok(fresh, 'the current version is analysed');
    assert.ok(fresh.headline?.text.startsWith('Breaking: '), fresh.headline?.text);
    const stale = await older;
    assert.ok(stale === undefined || !stale.headline?.text.startsWith('Breaking: '), 'the older run read the older text');
    assert.strictEqual(await api.analysisOf(editor.document), fresh, 'one analysis for the current version');
  });
});
