import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { registerCommands } from './commands';
import { Settings } from './config';
import type { Analysis } from './core/types';
import { registerDecorations, type AppliedLayer } from './decorations';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { registerStatusBar } from './statusBar';

/**
 * What `activate` returns. It exists for the integration tests, which check what the user would see — the
 * highlights and the paused status — without reading pixels.
 */
export interface SeedReaderApi {
  /** The analysis of the document's current version (undefined when paused, failed, or not a seed article). */
  analysisOf(document: vscode.TextDocument): Promise<Analysis | undefined>;
  /** The highlights applied to an editor (or the first visible editor of a document), per decoration type. */
  appliedDecorations(target: vscode.TextEditor | vscode.TextDocument): AppliedLayer[] | undefined;
  /** The text of the "paused" status bar item, or undefined while it is hidden. */
  pausedStatusText(): string | undefined;
}

/**
 * Shared activation for the desktop and web entries: creates the services once, then registers each feature.
 * Every `register…` returns a Disposable that goes into `context.subscriptions`.
 */
export function activate(context: vscode.ExtensionContext): SeedReaderApi | undefined {
  const log = vscode.window.createOutputChannel('Seed Reader', { log: true });
  context.subscriptions.push(log);
  try {
    const settings = new Settings();
    const service = new AnalysisService(settings, log);
    const decorations = registerDecorations(service, settings);
    const pausedStatus = registerStatusBar(service, settings);
    context.subscriptions.push(
      settings,
      service,
      decorations,
      pausedStatus,
      registerHover(service),
      registerDocumentSymbols(service),
      registerCommands(service),
    );
    log.info(`Seed Reader ${context.extension.packageJSON.version} activated`);
    return {
      analysisOf: (document) => service.analysisOf(document),
      appliedDecorations: (target) => decorations.appliedTo(target),
      pausedStatusText: () => pausedStatus.visibleText,
    };
  } catch (error) {
    // Tell the user rather than failing silently: a half-activated extension shows nothing and says nothing.
    const message = error instanceof Error ? error.message : String(error);
    log.error(`activation failed: ${message}`);
    void vscode.window.showErrorMessage(`Seed Reader could not start: ${message}`);
    return undefined;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
