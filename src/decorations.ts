import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { isSeedDocument } from './analysisService';
import type { Settings } from './config';
import type { Analysis, Span } from './core/types';
import {
  allDecorationStyles,
  decorationKey,
  planDecorations,
  themeColorId,
  UNATTRIBUTED_BORDER_COLOR_ID,
  type DecorationLayer,
  type DecorationRole,
  type DecorationStyle,
} from './decorationPlan';

/** One decoration type as applied to an editor: what the tests (and nothing else) read through the extension's API. */
export interface AppliedLayer {
  /** `<role>.<style>`, e.g. `quote.speaker1`, `speaker.speaker1`, `cue.neutral`, `quote.unattributed`. */
  key: string;
  role: DecorationRole;
  /** The contributed theme colour the layer is drawn in (`seedReader.speaker1Background` …). */
  colorId: string;
  /** The speakers this colour is for, in order of first quote. */
  speakers: string[];
  ranges: vscode.Range[];
}

/** Highlights of every visible seed editor, plus what was applied where (for the tests' accessor). */
export class DecorationsFeature implements vscode.Disposable {
  /** Created once; nothing in the settings changes how a type looks, only which types are used. */
  private readonly types = new Map<string, { type: vscode.TextEditorDecorationType; role: DecorationRole; colorId: string }>();
  private readonly applied = new WeakMap<vscode.TextEditor, AppliedLayer[]>();
  /** The analysis each editor shows, so that an editor that stays visible is not redrawn when others come and go. */
  private readonly drawnFrom = new WeakMap<vscode.TextEditor, Analysis>();
  /** The plan of each analysis, shared by the editors (split views) that show the same document. */
  private readonly plans = new WeakMap<Analysis, { speakerColors: boolean; layers: DecorationLayer[] }>();
  /** Listeners needed only while decorations are on. */
  private listeners: vscode.Disposable[] = [];
  private readonly settingsListener: vscode.Disposable;
  private enabled = false;
  private speakerColors: boolean;

  constructor(
    private readonly service: AnalysisService,
    settings: Settings,
  ) {
    for (const { role, style } of allDecorationStyles()) {
      this.types.set(decorationKey(role, style), { type: createDecorationType(role, style), role, colorId: themeColorId(role, style) });
    }
    this.speakerColors = settings.current.decorations.speakerColors;
    this.settingsListener = settings.onDidChange((current) => {
      const colorsChanged = current.decorations.speakerColors !== this.speakerColors;
      this.speakerColors = current.decorations.speakerColors;
      if (current.decorations.enabled !== this.enabled) this.setEnabled(current.decorations.enabled);
      else if (colorsChanged && this.enabled) this.redrawVisibleEditors();
    });
    this.setEnabled(settings.current.decorations.enabled);
  }

  /** What is applied to the editor (or to the first visible editor of the document); undefined if it was never decorated. */
  appliedTo(target: vscode.TextEditor | vscode.TextDocument): AppliedLayer[] | undefined {
    const editor = 'document' in target ? target : vscode.window.visibleTextEditors.find((candidate) => candidate.document === target);
    return editor ? this.applied.get(editor) : undefined;
  }

  dispose(): void {
    this.disposeListeners();
    this.settingsListener.dispose();
    for (const { type } of this.types.values()) type.dispose();
    this.types.clear();
  }

  private setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.disposeListeners();
    if (!enabled) {
      for (const editor of seedEditors()) this.apply(editor, undefined);
      return;
    }
    this.listeners = [
      // The analysis service debounces re-analysis after edits; a fresh analysis is drawn at once.
      this.service.onDidAnalyze(({ document, analysis }) => {
        for (const editor of seedEditors()) if (editor.document === document) this.apply(editor, analysis);
      }),
      this.service.onDidChangePause((uri) => {
        for (const editor of seedEditors()) if (editor.document.uri.toString() === uri.toString()) this.decorate(editor);
      }),
      // On switching editors, draw at once from the cached analysis.
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateVisibleEditors()),
    ];
    this.decorateVisibleEditors();
  }

  private disposeListeners(): void {
    for (const listener of this.listeners) listener.dispose();
    this.listeners = [];
  }

  private decorateVisibleEditors(): void {
    for (const editor of seedEditors()) this.decorate(editor);
  }

  /** After the colour setting changed: every editor again, even those already showing their analysis. */
  private redrawVisibleEditors(): void {
    for (const editor of seedEditors()) this.drawnFrom.delete(editor);
    this.decorateVisibleEditors();
  }

  /** Draws the cached analysis, or asks for one (its `onDidAnalyze` draws it); a paused document shows nothing. */
  private decorate(editor: vscode.TextEditor): void {
    const document = editor.document;
    const cached = this.service.cachedAnalysisOf(document);
    if (cached) {
      if (this.drawnFrom.get(editor) !== cached) this.apply(editor, cached);
      return;
    }
    const version = document.version;
    void this.service.analysisOf(document).then((analysis) => {
      // Nothing to draw for this version (paused for its size, or the engine failed): leave no older highlights
      // behind. A run abandoned for a newer version draws nothing; the newer one will.
      if (!analysis && this.enabled && !document.isClosed && document.version === version) this.apply(editor, undefined);
    });
  }

  private planOf(analysis: Analysis): DecorationLayer[] {
    const cached = this.plans.get(analysis);
    if (cached?.speakerColors === this.speakerColors) return cached.layers;
    const layers = planDecorations(analysis, { speakerColors: this.speakerColors });
    this.plans.set(analysis, { speakerColors: this.speakerColors, layers });
    return layers;
  }

  /** Sets every decoration type on the editor: the analysis's highlights, or none. */
  private apply(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const document = editor.document;
    const layers = analysis ? this.planOf(analysis) : [];
    const applied: AppliedLayer[] = [];
    const toRange = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    for (const [key, { type, role, colorId }] of this.types) {
      const layer = layers.find((candidate) => candidate.key === key);
      const ranges = layer ? layer.spans.map(toRange) : [];
      editor.setDecorations(type, ranges);
      if (layer) applied.push({ key, role, colorId, speakers: layer.speakers, ranges });
    }
    this.applied.set(editor, applied);
    if (analysis) this.drawnFrom.set(editor, analysis);
    else this.drawnFrom.delete(editor);
  }
}

/** The highlights of seed documents; returns the feature (for the tests' accessor) as well as its Disposable. */
export function registerDecorations(service: AnalysisService, settings: Settings): DecorationsFeature {
  return new DecorationsFeature(service, settings);
}

function seedEditors(): vscode.TextEditor[] {
  return vscode.window.visibleTextEditors.filter((editor) => isSeedDocument(editor.document));
}

function createDecorationType(role: DecorationRole, style: DecorationStyle): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(themeColorId(role, style));
  if (style === 'unattributed') {
    // Dashed outline: nobody was found to have said it; the hover says why.
    return vscode.window.createTextEditorDecorationType({
      backgroundColor: color,
      border: '1px dashed',
      borderColor: new vscode.ThemeColor(UNATTRIBUTED_BORDER_COLOR_ID),
      borderRadius: '2px',
      overviewRulerColor: new vscode.ThemeColor(UNATTRIBUTED_BORDER_COLOR_ID),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
  }
  switch (role) {
    case 'quote':
      return vscode.window.createTextEditorDecorationType({
        backgroundColor: color,
        borderRadius: '2px',
        // The speaker's solid colour in the scroll bar shows where each voice speaks in a long article.
        overviewRulerColor: new vscode.ThemeColor(themeColorId('speaker', style)),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      });
    case 'speaker':
      return vscode.window.createTextEditorDecorationType({
        fontWeight: 'bold',
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: color,
      });
    case 'cue':
      return vscode.window.createTextEditorDecorationType({
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 2px 0',
        borderColor: color,
      });
  }
}
