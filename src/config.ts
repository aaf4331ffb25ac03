import * as vscode from 'vscode';

/** The settings section every Seed Reader setting lives in (`seedReader.<area>.<name>`). */
export const SETTINGS_SECTION = 'seedReader';

/** A typed view of the `seedReader.*` settings contributed in package.json; defaults mirror the manifest's. */
export interface SeedReaderSettings {
  decorations: {
    /** `seedReader.decorations.enabled`: highlight quotations, speakers and cues in seed editors. */
    enabled: boolean;
    /** `seedReader.decorations.speakerColors`: one colour per speaker; off gives every quotation one neutral colour. */
    speakerColors: boolean;
    /**
     * `seedReader.decorations.debounceMs`: how long after the last edit the document is re-analysed and its
     * highlights redrawn, so that typing never waits for the analysis.
     */
    debounceMs: number;
  };
  analysis: {
    /** `seedReader.analysis.maxSizeKB`: documents larger than this are not analysed until the user asks. */
    maxSizeKB: number;
  };
}

function readSettings(): SeedReaderSettings {
  const section = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    decorations: {
      enabled: section.get<boolean>('decorations.enabled', true),
      speakerColors: section.get<boolean>('decorations.speakerColors', true),
      debounceMs: nonNegative(section.get<number>('decorations.debounceMs', 300), 300),
    },
    analysis: {
      maxSizeKB: nonNegative(section.get<number>('analysis.maxSizeKB', 3072), 3072),
    },
  };
}

/** A hand-edited settings.json can hold anything; a negative or non-numeric value falls back to the default. */
function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The current settings, re-read whenever a `seedReader.*` setting changes, with an event for features to follow. */
export class Settings implements vscode.Disposable {
  private value = readSettings();
  private readonly changed = new vscode.EventEmitter<SeedReaderSettings>();
  private readonly listener: vscode.Disposable;

  /** Fires after a `seedReader.*` setting changed, with the new settings. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
      this.value = readSettings();
      this.changed.fire(this.value);
    });
  }

  get current(): SeedReaderSettings {
    return this.value;
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
