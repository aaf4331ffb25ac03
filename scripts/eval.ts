/**
 * `npm run eval -- FILE.jsonl [--verbose] [--out PRED.jsonl] [--json]`: runs the analysis on every article of an
 * annotated data set (format: /work/shared/eval/README.md; reference date = the article's `date`) and scores it
 * with the rules of score.py (ported in ./score). `--out` writes the predictions in score.py's PRED format, so
 * `python3 score.py GOLD PRED` can confirm the numbers; `--verbose` lists the missed segments and the wrong speakers.
 *
 * A quotation that runs over paragraphs is one quote in the analysis but is highlighted piece by piece; scoring
 * counts what a reader sees highlighted, so each piece is written as a quote of its own with the quote's speaker.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/core/analyze';
import type { Quote } from '../src/core/types';
import { formatPython, score } from './score';
import type { GoldArticle, PredictedArticle, PredictedQuote, Scores, SegmentOutcome } from './score';

interface EvalArticle extends GoldArticle {
  date?: string;
}

function toPredicted(quotes: readonly Quote[]): PredictedQuote[] {
  const predicted: PredictedQuote[] = [];
  const newIndex = new Map<number, number>();
  quotes.forEach((quote, index) => {
    const speaker = quote.speaker ? { name: quote.speaker.name, start: quote.speaker.start, end: quote.speaker.end } : null;
    const parent = quote.parent === null ? null : newIndex.get(quote.parent) ?? null;
    newIndex.set(index, predicted.length);
    for (const piece of quote.pieces ?? [quote]) predicted.push({ start: piece.start, end: piece.end, parent, speaker });
  });
  return predicted;
}

function excerpt(text: string, start: number, end: number, limit = 90): string {
  const stretch = text.slice(start, end).replace(/\s+/g, ' ');
  return stretch.length > limit ? `${stretch.slice(0, limit - 1)}…` : stretch;
}

function describeOutcome(article: EvalArticle, outcome: SegmentOutcome): string {
  const gold = outcome.gold;
  const segment = excerpt(article.text, outcome.start, outcome.end);
  if (!outcome.predicted) return `MISSED  ${article.id} @${outcome.start}: ${segment}`;
  const speaker = outcome.predicted.speaker;
  const predicted = speaker
    ? `${speaker.name} [${article.text.slice(speaker.start ?? 0, speaker.end ?? 0)}]`
    : 'none';
  return `SPEAKER ${article.id} @${outcome.start}: ${segment}\n        gold: ${gold.speaker ?? 'none'}   predicted: ${predicted}`;
}

function printScores(scores: Scores, asJson: boolean): void {
  if (asJson) {
    console.log(JSON.stringify(scores));
    return;
  }
  for (const [key, value] of Object.entries(scores)) {
    console.log(`${key}: ${formatPython(value as number, key === 'gold_segments')}`);
  }
}

function main(argv: readonly string[]): number {
  const file = argv.find((arg) => !arg.startsWith('--') && argv[argv.indexOf(arg) - 1] !== '--out');
  const outIndex = argv.indexOf('--out');
  const outFile = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (!file || (outIndex >= 0 && !outFile)) {
    console.error('usage: npm run eval -- FILE.jsonl [--verbose] [--out PRED.jsonl] [--json]');
    return 2;
  }
  const articles: EvalArticle[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalArticle);
  const predictions = new Map<string, PredictedArticle>();
  const started = performance.now();
  for (const article of articles) {
    const analysis = analyze(article.text, article.date ? { referenceDate: article.date } : {});
    predictions.set(article.id, { id: article.id, quotes: toPredicted(analysis.quotes) });
  }
  const elapsed = performance.now() - started;
  if (outFile) {
    writeFileSync(outFile, [...predictions.values()].map((p) => JSON.stringify(p)).join('\n') + '\n');
  }
  const { scores, outcomes } = score(articles, predictions);
  if (argv.includes('--verbose')) {
    const byId = new Map(articles.map((article) => [article.id, article]));
    for (const outcome of outcomes) {
      if (outcome.predicted && outcome.speakerRight) continue;
      console.log(describeOutcome(byId.get(outcome.id) as EvalArticle, outcome));
    }
  }
  printScores(scores, argv.includes('--json'));
  const megabytes = articles.reduce((sum, article) => sum + article.text.length, 0) / 1e6;
  console.error(`${articles.length} articles, ${megabytes.toFixed(2)} M characters analysed in ${elapsed.toFixed(0)} ms`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
