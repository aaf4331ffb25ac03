import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Quote } from '../src/core/types';
import {
  allDecorationStyles,
  assignSpeakerColors,
  planDecorations,
  SPEAKER_PALETTE_SIZE,
  themeColorId,
  UNATTRIBUTED_BORDER_COLOR_ID,
  type DecorationLayer,
} from '../src/decorationPlan';
import { analysis, quote } from './handMadeAnalysis';
import { SAMPLE_TEXT, sampleAnalysis } from './sampleArticle';

function layer(layers: DecorationLayer[], key: string): DecorationLayer {
  const found = layers.find((candidate) => candidate.key === key);
  assert.ok(found, `a layer ${key} among ${layers.map((candidate) => candidate.key).join(', ')}`);
  return found;
}

function texts(text: string, found: DecorationLayer): string[] {
  return found.spans.map((span) => text.slice(span.start, span.end));
}

suite('decorationPlan', () => {
  test('speakers get palette colours in order of their first quote', () => {
    assert.deepStrictEqual([...assignSpeakerColors(sampleAnalysis())], [
      ['Amara Okafor', 1],
      ['Tomas Reyes', 2],
      ['Northwind Lines', 3],
    ]);
  });

  test('past the palette, colours are reused from the first', () => {
    const text = Array.from({ length: SPEAKER_PALETTE_SIZE + 1 }, (_, i) => `“q${i}” said S${i}.`).join(' ');
    const quotes: Quote[] = Array.from({ length: SPEAKER_PALETTE_SIZE + 1 }, (_, i) =>
      quote(text, `“q${i}”`, { start: 0, end: 1, text: 'x', name: `S${i}`, role: null }),
    );
    const slots = assignSpeakerColors(analysis({ quotes }));
    assert.strictEqual(slots.get('S0'), 1);
    assert.strictEqual(slots.get(`S${SPEAKER_PALETTE_SIZE - 1}`), SPEAKER_PALETTE_SIZE);
    assert.strictEqual(slots.get(`S${SPEAKER_PALETTE_SIZE}`), 1);
  });

  test('each quote in its speaker’s colour, speaker mentions and cues marked in it, unattributed apart', () => {
    const layers = planDecorations(sampleAnalysis(), { speakerColors: true });
    assert.deepStrictEqual(texts(SAMPLE_TEXT, layer(layers, 'quote.speaker1')), ['“We need another month to read the numbers,”', '“late and incomplete.”']);
    assert.deepStrictEqual(layer(layers, 'quote.speaker1').speakers, ['Amara Okafor']);
    assert.deepStrictEqual(texts(SAMPLE_TEXT, layer(layers, 'speaker.speaker1')), ['council leader Amara Okafor', 'Okafor']);
    assert.deepStrictEqual(texts(SAMPLE_TEXT, layer(layers, 'cue.speaker1')), ['said', 'added']);
    assert.deepStrictEqual(texts(SAMPLE_TEXT, layer(layers, 'quote.speaker2')), ['“They told us, ‘The fares will not rise this year,’ and now look,”']);
    assert.deepStrictEqual(texts(SAMPLE_TEXT, layer(layers, 'quote.speaker3')), ['‘The fares will not rise this year,’']);
    assert.deepStrictEqual(texts(SAMPLE_TEXT, layer(layers, 'quote.unattributed')), ['“a stall.”']);
    assert.deepStrictEqual(layer(layers, 'quote.unattributed').speakers, []);
  });

  test('with speaker colours off, every attributed quote shares the neutral colour', () => {
    const layers = planDecorations(sampleAnalysis(), { speakerColors: false });
    assert.deepStrictEqual(layers.map((found) => found.key).sort(), ['cue.neutral', 'quote.neutral', 'quote.unattributed', 'speaker.neutral']);
    assert.strictEqual(layer(layers, 'quote.neutral').spans.length, 4);
    assert.deepStrictEqual(layer(layers, 'quote.neutral').speakers, ['Amara Okafor', 'Tomas Reyes', 'Northwind Lines']);
  });

  test('a quotation over paragraphs is drawn piece by piece; a shared speaker mention once', () => {
    const text = '“First part.\n“Second part,” said Ines Vidal.';
    const ines = { start: text.indexOf('Ines'), end: text.indexOf('.', text.indexOf('Ines')), text: 'Ines Vidal', name: 'Ines Vidal', role: null };
    const whole = quote(text, text.slice(0, text.indexOf(' said')), ines, {
      pieces: [{ start: 0, end: 12 }, { start: 13, end: text.indexOf(' said') }],
    });
    const again = { ...whole, start: whole.pieces![1].start, end: whole.pieces![1].end, pieces: null, parent: null };
    const layers = planDecorations(analysis({ quotes: [whole, again] }), { speakerColors: true });
    assert.deepStrictEqual(texts(text, layer(layers, 'quote.speaker1')), ['“First part.', '“Second part,”']);
    assert.deepStrictEqual(texts(text, layer(layers, 'speaker.speaker1')), ['Ines Vidal']);
  });

  test('every layer a plan uses has a decoration type', () => {
    const styles = new Set(allDecorationStyles().map(({ role, style }) => `${role}.${style}`));
    for (const speakerColors of [true, false]) {
      for (const found of planDecorations(sampleAnalysis(), { speakerColors })) assert.ok(styles.has(found.key), found.key);
    }
    assert.strictEqual(styles.size, 3 * (SPEAKER_PALETTE_SIZE + 1) + 1);
  });

  test('every theme colour the highlights use is contributed in package.json, and none is left unused', () => {
    // Compiled to out/test/, two levels below the project root.
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      contributes: { colors: Array<{ id: string }> };
    };
    const used = new Set([UNATTRIBUTED_BORDER_COLOR_ID]);
    for (const { role, style } of allDecorationStyles()) {
      used.add(themeColorId(role, style));
      // Quotations mark the scroll bar in the speaker's solid colour.
      if (role === 'quote' && style !== 'unattributed') used.add(themeColorId('speaker', style));
    }
    assert.deepStrictEqual(manifest.contributes.colors.map((color) => color.id).sort(), [...used].sort());
  });
});
