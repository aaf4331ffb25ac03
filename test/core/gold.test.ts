import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import type { Analysis, QuoteKind } from '../../src/core/types';

/** The careful human reading of the seed article (test/fixtures), as its JSON has it. */
interface GoldReading {
  headline: string;
  published: string;
  updated: string;
  quotes: { start: number; end: number; text: string; speaker: string; kind: string }[];
  entities: { type: string; name: string; mentions: string[] }[];
  dates: { start: number; end: number; text: string; value: string }[];
}

const ROOT = join(__dirname, '..', '..', '..');
const SEED = readFileSync(join(ROOT, 'seeds', '000_92a89446f71c2985.txt'), 'utf8');
const GOLD = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', '000_92a89446f71c2985.gold.json'), 'utf8')) as GoldReading;

/** The gold's kinds in the analysis's terms: a partial quote may read as a fragment or as a term. */
const KINDS: Record<string, QuoteKind[]> = {
  full: ['utterance'],
  continuation: ['utterance'],
  nested: ['utterance'],
  partial: ['fragment', 'term'],
};

suite('gold reading of the seed article', () => {
  let analysis: Analysis;
  suiteSetup(() => {
    analysis = analyze(SEED);
  });

  test('finds exactly the gold quotes, with their spans', () => {
    const found = analysis.quotes.map((quote) => [quote.start, quote.end, quote.text]);
    const gold = [...GOLD.quotes].sort((a, b) => a.start - b.start).map((quote) => [quote.start, quote.end, quote.text]);
    assert.deepStrictEqual(found, gold);
  });

  for (const gold of GOLD.quotes) {
    test(`${gold.text.slice(0, 40)}… is ${gold.speaker}'s (${gold.kind})`, () => {
      const quote = analysis.quotes.find((candidate) => candidate.start === gold.start && candidate.end === gold.end);
      assert.ok(quote, 'quote not found');
      assert.strictEqual(quote.speaker?.name, gold.speaker);
      assert.ok(KINDS[gold.kind].includes(quote.kind), `kind ${quote.kind} for gold ${gold.kind}`);
      assert.ok(quote.confidence > 0 && quote.confidence <= 1);
      assert.notStrictEqual(quote.attribution, null);
    });
  }

  test('the nested Putin quote has Medvedev’s quote as its parent', () => {
    const nested = analysis.quotes.find((quote) => quote.speaker?.name === 'Vladimir Putin');
    assert.ok(nested);
    assert.notStrictEqual(nested.parent, null);
    const parent = analysis.quotes[nested.parent as number];
    assert.strictEqual(parent.speaker?.name, 'Dmitry Medvedev');
    assert.strictEqual(nested.attribution, 'bracketed');
  });

  test('the resident’s words reached the writer via the Guardian', () => {
    const quote = analysis.quotes.find((candidate) => candidate.text.startsWith('“Every one'));
    assert.deepStrictEqual(quote?.via.map((via) => via.text), ['the Guardian newspaper']);
  });

  test('“reckless” rests on the pronoun He, standing for Steve Warren', () => {
    const quote = analysis.quotes.find((candidate) => candidate.text === '“reckless”');
    assert.strictEqual(quote?.speaker?.text, 'He');
    assert.strictEqual(quote?.attribution, 'pronoun');
    assert.strictEqual(quote?.antecedent?.text, 'Steve Warren');
  });

  for (const gold of GOLD.entities) {
    test(`entity ${gold.name} (${gold.type}) with its mentions`, () => {
      const entity = analysis.entities.find((candidate) => candidate.name === gold.name);
      assert.ok(entity, `no entity named ${gold.name}`);
      assert.strictEqual(entity.type, gold.type);
      const mentions = new Set(entity.mentions.map((mention) => mention.text));
      for (const mention of gold.mentions) assert.ok(mentions.has(mention), `${mention} not among ${[...mentions].join(', ')}`);
    });
  }

  for (const gold of GOLD.dates) {
    test(`date ${gold.text} at ${gold.start} is ${gold.value}`, () => {
      const date = analysis.dates.find((candidate) => candidate.start === gold.start && candidate.end === gold.end);
      assert.ok(date, 'date not found');
      assert.strictEqual(date.value, gold.value);
    });
  }

  test('headline and dateline', () => {
    assert.strictEqual(analysis.headline?.text, GOLD.headline);
    assert.strictEqual(analysis.dateline?.published.value, GOLD.published);
    assert.strictEqual(analysis.dateline?.updated?.value, GOLD.updated);
    assert.strictEqual(analysis.referenceDate, GOLD.published);
  });
});
