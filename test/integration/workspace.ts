import * as assert from 'assert';
import * as vscode from 'vscode';

/** The id of the extension under test (publisher.name in package.json). */
export const EXTENSION_ID = 'seed-reader.seed-reader';

/**
 * A file of the project, by its path from the project root: the integration runners open the project root as the
 * workspace, so the sample articles are under `seeds/` and test fixtures under `test/fixtures/`.
 */
export function projectFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need the project root open as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** The user's seed article, opened and shown in an editor. */
export async function openSeedArticle(name = '000_92a89446f71c2985.txt'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(projectFile('seeds', name));
  return vscode.window.showTextDocument(document);
}

/** Activates Seed Reader (idempotent) and returns what its `activate` returned. */
export async function activateSeedReader<T = unknown>(): Promise<T> {
  const extension = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}
