import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The compiled CLI (out/src/cli.js): the same source esbuild bundles into dist/cli.js. */
const CLI = path.join(__dirname, '..', 'src', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Run {
  return runWithInput('', ...args);
}

function runWithInput(input: string | Buffer, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = [
  'Harbour Strike Spreads to Second Port',
  '',
  'March 2, 2019 Updated: March 3, 2019',
  '',
  '“We will not unload a single ship,” said union leader Tunde Okafor.',
  '',
  'Okafor said the strike began last week.',
].join('\n');

suite('cli', () => {
  let directory: string;
  const file = (name: string, content: string | Buffer): string => {
    const filePath = path.join(directory, name);
    fs.writeFileSync(filePath, content);
    return filePath;
  };

  suiteSetup(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reader-cli-'));
  });

  suiteTeardown(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test('json: the analysis of one file, with quotes, speakers, entities and dates', () => {
    const result = run('analyze', file('article.txt', ARTICLE));
    assert.strictEqual(result.status, 0, result.stderr);
    const analysis = JSON.parse(result.stdout);
    assert.strictEqual(analysis.headline.text, 'Harbour Strike Spreads to Second Port');
    assert.strictEqual(analysis.dateline.published.value, '2019-03-02');
    assert.strictEqual(analysis.dateline.updated.value, '2019-03-03');
    assert.strictEqual(analysis.quotes.length, 1);
    const [quote] = analysis.quotes;
    for (const field of ['start', 'end', 'text', 'kind', 'parent', 'speaker', 'cue', 'attribution', 'confidence']) {
      assert.ok(field in quote, `quote has ${field}`);
    }
    assert.strictEqual(ARTICLE.slice(quote.start, quote.end), quote.text);
    assert.strictEqual(quote.speaker.name, 'Tunde Okafor');
    assert.strictEqual(quote.cue.text, 'said');
    const person = analysis.entities.find((entity: { name: string }) => entity.name === 'Tunde Okafor');
    assert.deepStrictEqual(person.mentions.map((mention: { text: string }) => mention.text), ['Tunde Okafor', 'Okafor']);
    const lastWeek = analysis.dates.find((date: { text: string }) => date.text === 'last week');
    assert.deepStrictEqual([lastWeek.value, lastWeek.relative], ['2019-02-23', true]);
    assert.ok(result.stdout.includes('\n  "'), 'pretty-printed');
  });

  test('jsonl: one line per file with "file" added; a bad file is named on stderr and the rest still analysed', () => {
    const good = file('good.txt', ARTICLE);
    const missing = path.join(directory, 'missing.txt');
    const binary = file('binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    const invalid = file('invalid.txt', Buffer.from([0x48, 0xff, 0xfe, 0x69]));
    const other = file('other.txt', 'Second Story\n\nNothing was said.');
    const result = run('analyze', '--format', 'jsonl', good, missing, directory, binary, invalid, other);
    assert.strictEqual(result.status, 1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepStrictEqual(lines.map((line) => line.file), [good, other]);
    assert.strictEqual(lines[1].headline.text, 'Second Story');
    const errors = result.stderr.trim().split('\n');
    assert.strictEqual(errors.length, 4);
    assert.match(errors[0], /missing\.txt: no such file/);
    assert.match(errors[1], /is a directory/);
    assert.match(errors[2], /binary\.txt: binary content/);
    assert.match(errors[3], /invalid\.txt: not valid UTF-8/);
  });

  test('a BOM is dropped as the editor drops it, so offsets match the editor’s', () => {
    const result = run('analyze', file('bom.txt', `\ufeff${ARTICLE}`));
    assert.strictEqual(result.status, 0, result.stderr);
    const analysis = JSON.parse(result.stdout);
    assert.strictEqual(analysis.headline.start, 0);
    assert.strictEqual(analysis.quotes[0].start, ARTICLE.indexOf('“'));
  });

  test('--reference-date resolves relative dates in an article without a dateline', () => {
    const plain = file('plain.txt', 'Story\n\nThe mill closed yesterday.');
    const without = JSON.parse(run('analyze', plain).stdout);
    assert.strictEqual(without.dates[0].value, null);
    const withDate = JSON.parse(run('analyze', '--reference-date=2020-01-01', plain).stdout);
    assert.strictEqual(withDate.referenceDate, '2020-01-01');
    assert.strictEqual(withDate.dates[0].value, '2019-12-31');
  });

  test('text: a readable who-said-what summary', () => {
    const result = run('analyze', '--format', 'text', file('summary.txt', ARTICLE));
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(result.stdout, /Headline: Harbour Strike Spreads to Second Port/);
    assert.match(result.stdout, /Dateline: published 2019-03-02, updated 2019-03-03/);
    assert.match(result.stdout, /“We will not unload a single ship,”\n\s+said by Tunde Okafor.*cue “said”/);
    assert.match(result.stdout, /People \(1\):\n\s+Tunde Okafor — 2 mentions/);
    assert.match(result.stdout, /last week → 2019-02-23 \(relative\)/);
  });

  test('usage errors: clear messages and exit status 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /missing command/],
      [['summarise', 'x.txt'], /unknown command 'summarise'/],
      [['analyze', '--colour', 'x.txt'], /unknown option '--colour'/],
      [['analyze', '--format', 'xml', 'x.txt'], /--format must be json, jsonl or text/],
      [['analyze', '--reference-date', '2019-02-30', 'x.txt'], /real date written YYYY-MM-DD, not '2019-02-30'/],
      [['analyze', '--reference-date'], /needs a value/],
      [['analyze'], /no FILE given/],
      [['analyze', 'a.txt', 'b.txt'], /use --format jsonl for several/],
      [['analyze', '--format', 'jsonl', '-', 'a.txt', '-'], /standard input \('-'\) can be given only once/],
    ];
    for (const [args, message] of cases) {
      const result = run(...args);
      assert.strictEqual(result.status, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.strictEqual(result.stdout, '');
    }
  });

  test('- reads the article from standard input, among files too', () => {
    const piped = runWithInput(ARTICLE, 'analyze', '-');
    assert.strictEqual(piped.status, 0, piped.stderr);
    assert.strictEqual(JSON.parse(piped.stdout).quotes[0].speaker.name, 'Tunde Okafor');
    const other = file('piped-other.txt', 'Second Story\n\nNothing was said.');
    const mixed = runWithInput(ARTICLE, 'analyze', '--format', 'jsonl', other, '-');
    assert.deepStrictEqual(mixed.stdout.trim().split('\n').map((line) => JSON.parse(line).file), [other, '-']);
    const summary = runWithInput(ARTICLE, 'analyze', '--format', 'text', '-');
    assert.match(summary.stdout, /^== \(standard input\)\n/);
    const binary = runWithInput(Buffer.from([0x48, 0x00, 0x01]), 'analyze', '-');
    assert.strictEqual(binary.status, 1);
    assert.match(binary.stderr, /^seed-reader: \(standard input\): binary content/);
  });

  test('--help prints the usage and succeeds', () => {
    const result = run('--help');
    assert.strictEqual(result.status, 0);
    assert.match(result.stdout, /^Usage: seed-reader analyze/);
  });
});
