/**
 * `seed-reader analyze [--format json|jsonl|text] [--reference-date YYYY-MM-DD] FILE...`
 *
 * A FILE of `-` is standard input, so that text can be piped in (`pbpaste | seed-reader analyze --format text -`).
 * The command-line face of the analysis core, on Node with no VS Code. Each file is read as UTF-8 (a leading BOM is
 * dropped, as VS Code drops it, so offsets match the editor's) and analysed on its own; a file that cannot be read
 * as text gets one line on stderr naming it, the others are still analysed, and the exit code is then 1.
 * Exit codes: 0 all files analysed, 1 some file could not be read as text, 2 a usage error.
 */
import * as fs from 'fs';
import { analyze } from './core/analyze';
import { parseIsoDate } from './core/dates';
import { ENTITY_GROUPS } from './core/outline';
import type { Analysis, AnalyzeOptions, Quote } from './core/types';

type Format = 'json' | 'jsonl' | 'text';

interface Invocation {
  format: Format;
  referenceDate: string | undefined;
  files: string[];
}

const USAGE = `Usage: seed-reader analyze [--format json|jsonl|text] [--reference-date YYYY-MM-DD] FILE...

Finds every quotation in plain-text news articles, who said it, and the people, organisations, places and dates.
A FILE of - reads the article from standard input.

Options:
  --format json            the analysis of one file as pretty-printed JSON (the default)
  --format jsonl           one JSON line per file, with "file" added; any number of files
  --format text            a readable who-said-what summary of each file
  --reference-date DATE    resolve relative dates ("last week") against DATE when an article has no dateline
  -h, --help               show this help

Exit status: 0 when every file was analysed, 1 when a file could not be read as text, 2 on a usage error.`;

class UsageError extends Error {}

/** The FILE that stands for standard input, as in most command-line tools. */
const STANDARD_INPUT = '-';

function main(argv: string[]): number {
  let invocation: Invocation | 'help';
  try {
    invocation = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`seed-reader: ${error.message}\nRun 'seed-reader --help' for usage.\n`);
    return 2;
  }
  if (invocation === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options: AnalyzeOptions = invocation.referenceDate ? { referenceDate: invocation.referenceDate } : {};
  let failed = false;
  invocation.files.forEach((file, index) => {
    const text = readText(file);
    if (text === null) {
      failed = true;
      return;
    }
    const analysis = analyze(text, options);
    process.stdout.write(render(invocation.format, file, analysis, text, index));
  });
  return failed ? 1 : 0;
}

function parseArguments(argv: string[]): Invocation | 'help' {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    if (argv.length === 0) throw new UsageError('missing command: the command is "analyze"');
    return 'help';
  }
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command '${command}': the command is "analyze"`);
  const invocation: Invocation = { format: 'json', referenceDate: undefined, files: [] };
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index];
    if (argument === '--') {
      invocation.files.push(...rest.slice(index + 1));
      break;
    }
    if (!argument.startsWith('-') || argument === '-') {
      invocation.files.push(argument);
      continue;
    }
    const [name, inlineValue] = splitOption(argument);
    const value = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const next = rest[++index];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (name === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'jsonl' && format !== 'text') {
        throw new UsageError(`--format must be json, jsonl or text, not '${format}'`);
      }
      invocation.format = format;
    } else if (name === '--reference-date') {
      const date = value();
      if (!parseIsoDate(date)) throw new UsageError(`--reference-date must be a real date written YYYY-MM-DD, not '${date}'`);
      invocation.referenceDate = date;
    } else {
      throw new UsageError(`unknown option '${name}'`);
    }
  }
  if (invocation.files.length === 0) throw new UsageError('no FILE given');
  // Standard input can be read once: a second '-' would silently analyse nothing.
  if (invocation.files.filter((file) => file === STANDARD_INPUT).length > 1) {
    throw new UsageError("standard input ('-') can be given only once");
  }
  if (invocation.format === 'json' && invocation.files.length > 1) {
    throw new UsageError('--format json prints one file; use --format jsonl for several');
  }
  return invocation;
}

function splitOption(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return equals < 0 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
}

/** How a FILE argument is named to a person: standard input by that name rather than '-'. */
function displayName(file: string): string {
  return file === STANDARD_INPUT ? '(standard input)' : file;
}

/** The file's text, or null after one line on stderr saying why it cannot be analysed. */
function readText(file: string): string | null {
  const fail = (reason: string): null => {
    process.stderr.write(`seed-reader: ${displayName(file)}: ${reason}\n`);
    return null;
  };
  let bytes: Buffer;
  try {
    if (file === STANDARD_INPUT) {
      bytes = fs.readFileSync(process.stdin.fd);
    } else {
      if (fs.statSync(file).isDirectory()) return fail('is a directory, not a text file');
      bytes = fs.readFileSync(file);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('no such file');
    if (code === 'EACCES' || code === 'EPERM') return fail('permission denied');
    return fail(`cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (bytes.includes(0)) return fail('binary content (it contains NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not valid UTF-8 text');
  }
}

function render(format: Format, file: string, analysis: Analysis, text: string, index: number): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify({ file, ...analysis })}\n`;
    case 'text':
      return (index > 0 ? '\n' : '') + renderText(file, analysis, text);
  }
}

/** A who-said-what summary: headline, dateline, each quote with its speaker and cue, then entities and dates. */
function renderText(file: string, analysis: Analysis, text: string): string {
  const lineOf = lineFinder(text);
  const lines: string[] = [`== ${displayName(file)}`];
  lines.push(`Headline: ${analysis.headline?.text ?? '(none)'}`);
  if (analysis.dateline) {
    const { published, updated } = analysis.dateline;
    lines.push(`Dateline: published ${published.value}${updated ? `, updated ${updated.value}` : ''}`);
  } else {
    lines.push('Dateline: (none)');
  }
  if (analysis.referenceDate) lines.push(`Relative dates resolved against ${analysis.referenceDate}`);
  for (const warning of analysis.warnings) lines.push(`Warning: ${warning}`);

  lines.push('', `Quotes (${analysis.quotes.length}):`);
  analysis.quotes.forEach((quote, number) => lines.push(...describeQuote(quote, number, lineOf)));

  for (const { name: title, type } of ENTITY_GROUPS) {
    const members = analysis.entities.filter((entity) => entity.type === type);
    lines.push('', `${title} (${members.length}):`);
    for (const entity of members) {
      const count = entity.mentions.length;
      lines.push(`  ${entity.name} — ${count} mention${count === 1 ? '' : 's'}, first on line ${lineOf(entity.mentions[0].start)}`);
    }
  }
  lines.push('', `Dates (${analysis.dates.length}):`);
  for (const date of analysis.dates) {
    const value = date.value ?? 'unresolved';
    lines.push(`  line ${lineOf(date.start)}: ${date.text} → ${value}${date.relative ? ' (relative)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeQuote(quote: Quote, number: number, lineOf: (offset: number) => number): string[] {
  const nested = quote.parent === null ? '' : `, inside quote ${quote.parent + 1}`;
  const lines = [`  ${number + 1}. line ${lineOf(quote.start)}, ${quote.kind}${nested}: ${oneLine(quote.text)}`];
  if (quote.speaker) {
    const { speaker } = quote;
    const written = speaker.text === speaker.name ? '' : ` (as “${oneLine(speaker.text)}”)`;
    const role = speaker.role ? `, ${speaker.role}` : '';
    const cue = quote.cue ? `, cue “${oneLine(quote.cue.text)}”` : '';
    const via = quote.via.length > 0 ? `, via ${quote.via.map((source) => oneLine(source.text)).join(' via ')}` : '';
    lines.push(`     said by ${speaker.name}${written}${role}${cue}; ${quote.attribution}, confidence ${quote.confidence.toFixed(2)}${via}`);
  } else {
    lines.push(`     no speaker: ${quote.unattributedReason ?? 'nothing in the text names one'}`);
  }
  return lines;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ');
}

/** Maps an offset to its 1-based line number (binary search over line starts). */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
