// Helpers for the editor-feature integration tests: the extension's test API, waiting for asynchronous features,
// finding places in a document by the phrase there, and reading hovers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedReaderApi } from '../../src/activate';
import { activateSeedReader } from './workspace';

export async function seedReaderApi(): Promise<SeedReaderApi> {
  const api = await activateSeedReader<SeedReaderApi | undefined>();
  assert.ok(api, 'Seed Reader activated and returned its API');
  return api;
}

/**
 * Polls until `probe` returns something truthy (analysis and highlights arrive asynchronously, after a debounce),
 * failing with `what` if it never does. Polling, not timing: the tests assert what happens, never how fast.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, attempts = 400): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** The position `within` UTF-16 units into the `occurrence`-th `phrase` of the document. */
export function positionOf(document: vscode.TextDocument, phrase: string, within = 0, occurrence = 0): vscode.Position {
  return document.positionAt(offsetOf(document, phrase, occurrence) + within);
}

export function offsetOf(document: vscode.TextDocument, phrase: string, occurrence = 0): number {
  const text = document.getText();
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(phrase, offset + 1);
    assert.ok(offset >= 0, `the document contains ${JSON.stringify(phrase)} (occurrence ${occurrence})`);
  }
  return offset;
}

/** The Markdown of every hover VS Code shows at the position (all providers), and the hovers themselves. */
export async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
}

export function markdownOf(hover: vscode.Hover): vscode.MarkdownString[] {
  return hover.contents.map((content) =>
    content instanceof vscode.MarkdownString ? content : new vscode.MarkdownString(typeof content === 'string' ? content : content.value),
  );
}

/** Sets a `seedReader.*` user setting for a test; `undefined` restores the default. */
export async function setSetting(name: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('seedReader').update(name, value, vscode.ConfigurationTarget.Global);
}

/** Opens an untitled seed article with this text in an editor. */
export async function openUntitledSeed(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'seed', content });
  return vscode.window.showTextDocument(document);
}

/**
 * Closes every editor, discarding the changes of the untitled documents the tests wrote (closing them normally would
 * ask whether to save them, and no one is there to answer).
 */
export async function closeAllEditors(): Promise<void> {
  const openTabs = () => vscode.window.tabGroups.all.reduce((count, group) => count + group.tabs.length, 0);
  for (let guard = openTabs(); openTabs() > 0 && guard > 0; guard--) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
