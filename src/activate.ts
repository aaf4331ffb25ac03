import * as vscode from 'vscode';

/** The language id of seed articles, as contributed in package.json. */
export const SEED_LANGUAGE_ID = 'seed';

/**
 * Shared activation for the desktop and web entries: creates the services once, then registers each feature.
 * Every `register…` returns a Disposable that goes into `context.subscriptions`.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Seed Reader', { log: true });
  context.subscriptions.push(log);
  try {
    log.info(`Seed Reader ${context.extension.packageJSON.version} activated`);
  } catch (error) {
    // Tell the user rather than failing silently: a half-activated extension shows nothing and says nothing.
    const message = error instanceof Error ? error.message : String(error);
    log.error(`activation failed: ${message}`);
    void vscode.window.showErrorMessage(`Seed Reader could not start: ${message}`);
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
