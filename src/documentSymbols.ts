import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { SEED_LANGUAGE_ID } from './analysisService';
import { buildOutline, type OutlineKind } from './core/outline';
import type { Span } from './core/types';

const SYMBOL_KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  group: vscode.SymbolKind.Namespace,
  speaker: vscode.SymbolKind.Interface,
  quote: vscode.SymbolKind.String,
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Field,
  date: vscode.SymbolKind.Event,
};

/** The Outline view, breadcrumbs and Go to Symbol for seed documents, from the cached analysis. */
export function registerDocumentSymbols(service: AnalysisService): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: SEED_LANGUAGE_ID },
    {
      async provideDocumentSymbols(document, token) {
        const analysis = await service.analysisOf(document, token);
        if (!analysis || token.isCancellationRequested) return undefined;
        return toSymbolTree(document, buildOutline(analysis));
      },
    },
    { label: 'Seed Reader' },
  );
}

/** The flat outline (entries in tree order, each with its depth) as a tree of DocumentSymbols. */
function toSymbolTree(document: vscode.TextDocument, outline: ReturnType<typeof buildOutline>): vscode.DocumentSymbol[] {
  const range = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  // VS Code orders symbols by where their range starts. Groups span the whole document, so that they all start at
  // the top and keep their fixed order (Quotes, People, Organizations, Places, Dates) instead of being shuffled by
  // where each group's first member happens to stand.
  const wholeDocument = new vscode.Range(0, 0, document.lineCount, 0);
  const roots: vscode.DocumentSymbol[] = [];
  // The last symbol seen at each depth: an entry's parent is the last one a level up.
  const parents: vscode.DocumentSymbol[] = [];
  for (const entry of outline) {
    const symbolRange = entry.depth === 0 ? document.validateRange(wholeDocument) : range(entry.range);
    const symbol = new vscode.DocumentSymbol(entry.name, entry.detail, SYMBOL_KINDS[entry.kind], symbolRange, range(entry.selection));
    parents.length = entry.depth;
    (entry.depth === 0 ? roots : parents[entry.depth - 1].children).push(symbol);
    parents.push(symbol);
  }
  return roots;
}
