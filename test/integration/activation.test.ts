import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateSeedReader, openSeedArticle, projectFile } from './workspace';

suite('Activation and the seed language', () => {
  test('runs in a real VS Code', () => {
    const kind = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
    console.log(`    running in VS Code ${vscode.version} (${vscode.env.appName}, ${kind})`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  test('opening a seed article activates Seed Reader and gives it the seed language', async () => {
    const editor = await openSeedArticle();
    assert.strictEqual(editor.document.languageId, 'seed');
    await activateSeedReader();
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  test('a .seed file outside seeds/ is a seed article', async () => {
    const document = await vscode.workspace.openTextDocument(projectFile('test', 'fixtures', 'outside', 'note.seed'));
    assert.strictEqual(document.languageId, 'seed');
  });

  test('a .txt file outside a seeds folder stays plain text', async () => {
    const document = await vscode.workspace.openTextDocument(projectFile('test', 'fixtures', 'outside', 'notes.txt'));
    assert.strictEqual(document.languageId, 'plaintext');
  });
});
