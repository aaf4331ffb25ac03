import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { SEED_LANGUAGE_ID } from './analysisService';
import { hoverAt } from './hoverText';

/**
 * Hovers over quotations (who said it and how we know), entity mentions and dates, read from the cached analysis.
 * The Markdown comes from hoverText.ts, which escapes all document text; the MarkdownString is untrusted, without
 * HTML or theme icons, so that nothing an article contains can run a command or render markup.
 */
export function registerHover(service: AnalysisService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: SEED_LANGUAGE_ID },
    {
      async provideHover(document, position, token) {
        const analysis = await service.analysisOf(document, token);
        if (!analysis || token.isCancellationRequested) return undefined;
        const content = hoverAt(analysis, document.offsetAt(position));
        if (!content) return undefined;
        const markdown = new vscode.MarkdownString(content.markdown, false);
        markdown.isTrusted = false;
        markdown.supportHtml = false;
        const range = new vscode.Range(document.positionAt(content.span.start), document.positionAt(content.span.end));
        return new vscode.Hover(markdown, range);
      },
    },
  );
}
