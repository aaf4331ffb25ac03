import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { isSeedDocument } from './analysisService';
import { SETTINGS_SECTION } from './config';

export const TOGGLE_DECORATIONS_COMMAND = 'seedReader.toggleDecorations';
export const ANALYZE_ANYWAY_COMMAND = 'seedReader.analyzeAnyway';

/** The palette commands: toggle the highlights, and analyse a document past the size limit. */
export function registerCommands(service: AnalysisService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TOGGLE_DECORATIONS_COMMAND, toggleDecorations),
    vscode.commands.registerCommand(ANALYZE_ANYWAY_COMMAND, async (uri?: vscode.Uri) => {
      // From the status bar or the palette: the active editor's document; a caller may name one by its URI.
      const document = uri
        ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      if (!document || !isSeedDocument(document)) {
        void vscode.window.showInformationMessage('Seed Reader: open a seed article to analyse it.');
        return;
      }
      await service.analyzeAnyway(document);
    }),
  );
}

/**
 * Flips `seedReader.decorations.enabled` where it is set (the workspace's settings, else the user's), so that the
 * toggle sticks and a workspace setting does not silently override it. The setting is window-scoped, so there is no
 * folder-level value to consider.
 */
async function toggleDecorations(): Promise<void> {
  const section = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const enabled = section.get<boolean>('decorations.enabled', true);
  const setInWorkspace = section.inspect<boolean>('decorations.enabled')?.workspaceValue !== undefined;
  await section.update(
    'decorations.enabled',
    !enabled,
    setInWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global,
  );
}
