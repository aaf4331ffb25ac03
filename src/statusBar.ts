import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import type { Settings } from './config';
import { formatByteSize } from './documentSize';
import { ANALYZE_ANYWAY_COMMAND } from './commands';

/**
 * A status bar item, shown only while the active editor holds a seed article too large to analyse, that says so
 * and offers to analyse it anyway. Returns the item's current text for the tests' accessor, too.
 */
export class PausedStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seedReader.paused', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private shown = false;

  constructor(
    private readonly service: AnalysisService,
    private readonly settings: Settings,
  ) {
    this.item.name = 'Seed Reader: analysis paused';
    this.item.command = ANALYZE_ANYWAY_COMMAND;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidChangePause(() => this.update()),
    ];
    this.update();
  }

  /** The text the item shows, or undefined while it is hidden. */
  get visibleText(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const paused = document ? this.service.pausedState(document) : undefined;
    this.shown = paused !== undefined;
    if (!paused) {
      this.item.hide();
      return;
    }
    this.item.text = `$(debug-pause) Seed Reader paused: ${formatByteSize(paused.bytes)}`;
    this.item.tooltip =
      `Seed Reader does not analyse documents over ${formatByteSize(this.settings.current.analysis.maxSizeKB * 1024)} ` +
      '(setting seedReader.analysis.maxSizeKB), so that the editor stays responsive. Click to analyse this one anyway.';
    this.item.show();
  }
}

export function registerStatusBar(service: AnalysisService, settings: Settings): PausedStatus {
  return new PausedStatus(service, settings);
}
