import * as vscode from 'vscode';
import { analyzeInSteps } from './core/analyze';
import { runInSteps } from './analysisRun';
import type { Analysis } from './core/types';
import type { Settings } from './config';
import { utf8ByteLength } from './documentSize';

/** The language id of seed articles, as contributed in package.json. */
export const SEED_LANGUAGE_ID = 'seed';

export function isSeedDocument(document: vscode.TextDocument): boolean {
  return document.languageId === SEED_LANGUAGE_ID;
}

/** A seed document the service does not analyse because it is larger than `seedReader.analysis.maxSizeKB`. */
export interface PausedDocument {
  uri: vscode.Uri;
  /** The document's size in UTF-8 bytes. */
  bytes: number;
}

/** What the service knows about one open document. */
interface DocumentState {
  /** The document version `analysis` / `running` are for. */
  version: number;
  /** The finished analysis of `version`; null when it failed (so that a failing document is not retried per hover). */
  analysis?: Analysis | null;
  /** The run in progress for `version`; resolves undefined when it was abandoned. */
  running?: Promise<Analysis | null | undefined>;
  /** Cancels `running`: fired when a newer version arrives or the document closes. */
  cancellation?: vscode.CancellationTokenSource;
  /** Set when `version` is over the size limit. */
  pausedBytes?: number;
}

/**
 * The one analysis per (document, version) that every feature reads.
 *
 * Computed lazily when a feature asks, and eagerly (after the edit debounce) for seed documents shown in an editor,
 * so that hovers and highlights are ready when the user stops typing. A run goes through the engine's stages one at
 * a time, yielding to the event loop between them, and stops as soon as the document has moved on or it was
 * cancelled: typing in a large article never waits for a stale analysis. State is dropped when the document closes.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  /** Documents the user chose to analyse in spite of their size (`seedReader.analyzeAnyway`), until they close. */
  private readonly sizeLimitOverrides = new Set<string>();
  private readonly pendingEagerRuns = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly analyzed = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: Analysis }>();
  private readonly pauseChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private sizeLimitKB: number;

  /** Fires when the analysis of a document's current version is ready. */
  readonly onDidAnalyze = this.analyzed.event;
  /** Fires when a document may have become paused (too large) or un-paused: features should ask again. */
  readonly onDidChangePause = this.pauseChanged.event;

  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.sizeLimitKB = settings.current.analysis.maxSizeKB;
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isSeedDocument(event.document)) this.documentChanged(event.document);
      }),
      // Also fires when a document's language changes (VS Code closes and reopens it), so a document that stops
      // being a seed article is forgotten too.
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      settings.onDidChange((current) => {
        if (current.analysis.maxSizeKB !== this.sizeLimitKB) this.sizeLimitChanged(current.analysis.maxSizeKB);
      }),
    );
  }

  /**
   * The analysis of the document's current version: the cached one, the run in progress, or a new run.
   * Undefined for a document that is not a seed article, is paused for its size, failed to analyse, or changed
   * (or the token fired) before the analysis finished.
   */
  async analysisOf(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    if (!isSeedDocument(document) || document.isClosed) return undefined;
    const state = this.stateFor(document);
    if (state.analysis !== undefined) return state.analysis ?? undefined;
    if (state.pausedBytes !== undefined) return undefined;
    const running = state.running ?? this.start(document, state);
    if (!token) return (await running) ?? undefined;
    if (token.isCancellationRequested) return undefined;
    // The caller may give up (a hover moved on) without stopping a run that other features are waiting for.
    let listener: vscode.Disposable | undefined;
    const gaveUp = new Promise<undefined>((resolve) => {
      listener = token.onCancellationRequested(() => resolve(undefined));
    });
    try {
      return (await Promise.race([running, gaveUp])) ?? undefined;
    } finally {
      listener?.dispose();
    }
  }

  /** The finished analysis of the document's current version, without starting one. */
  cachedAnalysisOf(document: vscode.TextDocument): Analysis | undefined {
    const state = this.states.get(document.uri.toString());
    return state?.version === document.version ? (state.analysis ?? undefined) : undefined;
  }

  /**
   * Whether the document is paused: a seed article over the size limit that the user has not asked to analyse
   * anyway. Measures the current version if nothing has yet (without analysing it).
   */
  pausedState(document: vscode.TextDocument): PausedDocument | undefined {
    if (!isSeedDocument(document) || document.isClosed) return undefined;
    const bytes = this.stateFor(document).pausedBytes;
    return bytes === undefined ? undefined : { uri: document.uri, bytes };
  }

  /** Lifts the size limit for this document (until it closes) and analyses it. */
  analyzeAnyway(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    this.sizeLimitOverrides.add(key);
    const state = this.states.get(key);
    if (state?.pausedBytes !== undefined) {
      this.states.delete(key);
      this.pauseChanged.fire(document.uri);
    }
    return this.analysisOf(document);
  }

  dispose(): void {
    for (const timer of this.pendingEagerRuns.values()) clearTimeout(timer);
    this.pendingEagerRuns.clear();
    for (const state of this.states.values()) state.cancellation?.cancel();
    this.states.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.analyzed.dispose();
    this.pauseChanged.dispose();
  }

  /** The state for the document's current version, replacing (and cancelling) the state of an older version. */
  private stateFor(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    const existing = this.states.get(key);
    if (existing?.version === document.version) return existing;
    existing?.cancellation?.cancel();
    existing?.cancellation?.dispose();
    const state: DocumentState = { version: document.version };
    const bytes = this.sizeLimitOverrides.has(key) ? undefined : this.bytesOverLimit(document);
    if (bytes !== undefined) state.pausedBytes = bytes;
    this.states.set(key, state);
    if ((existing?.pausedBytes !== undefined) !== (bytes !== undefined)) this.pauseChanged.fire(document.uri);
    return state;
  }

  /** The document's size when it is over `seedReader.analysis.maxSizeKB`, else undefined. */
  private bytesOverLimit(document: vscode.TextDocument): number | undefined {
    const limit = this.settings.current.analysis.maxSizeKB * 1024;
    if (limit === 0) return undefined; // 0 turns the limit off
    // UTF-8 takes at most three bytes per UTF-16 code unit, so a document well under the limit skips the count.
    const units = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    if (units * 3 <= limit) return undefined;
    const bytes = utf8ByteLength(document.getText());
    return bytes > limit ? bytes : undefined;
  }

  private start(document: vscode.TextDocument, state: DocumentState): Promise<Analysis | null | undefined> {
    const cancellation = new vscode.CancellationTokenSource();
    state.cancellation = cancellation;
    const version = document.version;
    const isStale = () => cancellation.token.isCancellationRequested || document.isClosed || document.version !== version;
    const started = performance.now();
    const running = runInSteps(analyzeInSteps(document.getText()), isStale).then(
      (analysis) => {
        if (analysis === undefined) {
          this.log.trace(`analysis of ${document.uri.toString(true)} v${version} abandoned: the document moved on`);
          return undefined;
        }
        this.log.debug(
          `analysed ${document.uri.toString(true)} v${version} in ${Math.round(performance.now() - started)} ms: ` +
            `${analysis.quotes.length} quotations, ${analysis.entities.length} entities, ${analysis.dates.length} dates`,
        );
        for (const warning of analysis.warnings) this.log.warn(`${document.uri.toString(true)}: ${warning}`);
        state.analysis = analysis;
        this.analyzed.fire({ document, analysis });
        return analysis;
      },
      (error: unknown) => {
        // A document the engine cannot handle must not take the editor down: say so once, and serve nothing for it.
        this.log.error(`analysis of ${document.uri.toString(true)} failed: ${describe(error)}`);
        state.analysis = null;
        return null;
      },
    );
    state.running = running;
    void running.finally(() => {
      if (state.running === running) state.running = undefined;
      cancellation.dispose();
      if (state.cancellation === cancellation) state.cancellation = undefined;
    });
    return running;
  }

  /** After an edit: cancel the stale run now, and re-analyse a shown document once the user pauses typing. */
  private documentChanged(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state && state.version !== document.version) state.cancellation?.cancel();
    const pending = this.pendingEagerRuns.get(key);
    if (pending !== undefined) clearTimeout(pending);
    if (!vscode.window.visibleTextEditors.some((editor) => editor.document === document)) {
      this.pendingEagerRuns.delete(key);
      return;
    }
    this.pendingEagerRuns.set(
      key,
      setTimeout(() => {
        this.pendingEagerRuns.delete(key);
        void this.analysisOf(document);
      }, this.settings.current.decorations.debounceMs),
    );
  }

  /** A new size limit: forget every document's state, so that the next request measures against the new limit. */
  private sizeLimitChanged(limitKB: number): void {
    this.sizeLimitKB = limitKB;
    const documents = [...this.states.keys()];
    for (const state of this.states.values()) state.cancellation?.cancel();
    this.states.clear();
    for (const key of documents) this.pauseChanged.fire(vscode.Uri.parse(key));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    state?.cancellation?.cancel();
    this.states.delete(key);
    this.sizeLimitOverrides.delete(key);
    const pending = this.pendingEagerRuns.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.pendingEagerRuns.delete(key);
    if (state?.pausedBytes !== undefined) this.pauseChanged.fire(uri);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
