// What to highlight in a seed document and in which colour, computed from its analysis. Free of `vscode` (the
// adapter in decorations.ts turns spans into ranges), so that colour assignment is unit-tested in plain Node.
import { quotesBySpeaker } from './core/outline';
import type { Analysis, Quote, Span } from './core/types';

/** How many speaker colours the manifest contributes (`seedReader.speaker1Background` …); speakers past it reuse them. */
export const SPEAKER_PALETTE_SIZE = 8;

/** What a highlight marks: the quotation itself, the mention of its speaker, or the attribution cue ("said"). */
export type DecorationRole = 'quote' | 'speaker' | 'cue';

/**
 * The look of a highlight: one palette colour per speaker (`speaker1` … `speaker8`), one neutral colour for every
 * speaker when speaker colours are off, or the distinct look of a quotation nobody was found to have said.
 */
export type DecorationStyle = `speaker${number}` | 'neutral' | 'unattributed';

export interface DecorationLayer {
  /** `<role>.<style>`: names the decoration type the layer is drawn with. */
  key: string;
  role: DecorationRole;
  style: DecorationStyle;
  /** The canonical names of the speakers drawn in this layer's colour, in order of first quote. */
  speakers: string[];
  /** Sorted by start, without duplicates. */
  spans: Span[];
}

export function decorationKey(role: DecorationRole, style: DecorationStyle): string {
  return `${role}.${style}`;
}

/** Every (role, style) pair a plan can use: the decoration types to create, once. */
export function allDecorationStyles(): Array<{ role: DecorationRole; style: DecorationStyle }> {
  const styles: DecorationStyle[] = [...paletteStyles(), 'neutral'];
  const roles: DecorationRole[] = ['quote', 'speaker', 'cue'];
  return [...roles.flatMap((role) => styles.map((style) => ({ role, style }))), { role: 'quote', style: 'unattributed' }];
}

function paletteStyles(): DecorationStyle[] {
  return Array.from({ length: SPEAKER_PALETTE_SIZE }, (_, slot) => `speaker${slot + 1}` as const);
}

/**
 * The contributed theme colour of a style (see `contributes.colors` in package.json): quotations are tinted with
 * the speaker's translucent background colour; speaker mentions and cues are underlined in the speaker's solid
 * colour, so that the eye can go from a quote to its source.
 */
export function themeColorId(role: DecorationRole, style: DecorationStyle): string {
  if (style === 'unattributed') return 'seedReader.unattributedQuoteBackground';
  const base = style === 'neutral' ? 'seedReader.quote' : `seedReader.${style}`;
  return role === 'quote' ? `${base}Background` : `${base}Border`;
}

/** The dashed outline of unattributed quotations. */
export const UNATTRIBUTED_BORDER_COLOR_ID = 'seedReader.unattributedQuoteBorder';

/**
 * Each speaker's palette colour (1-based slot), in order of their first quote, so that colours stay put while the
 * user reads down the article; the ninth speaker shares the first one's colour.
 */
export function assignSpeakerColors(analysis: Analysis): Map<string, number> {
  const speakers = [...quotesBySpeaker(analysis.quotes).keys()];
  return new Map(speakers.map((name, order) => [name, (order % SPEAKER_PALETTE_SIZE) + 1]));
}

/** The highlights of a document: one layer per decoration type in use. */
export function planDecorations(analysis: Analysis, options: { speakerColors: boolean }): DecorationLayer[] {
  const slots = assignSpeakerColors(analysis);
  const layers = new Map<string, DecorationLayer>();
  const add = (role: DecorationRole, style: DecorationStyle, speaker: string | null, spans: Span[]) => {
    const key = decorationKey(role, style);
    let layer = layers.get(key);
    if (!layer) {
      layer = { key, role, style, speakers: [], spans: [] };
      layers.set(key, layer);
    }
    if (speaker !== null && !layer.speakers.includes(speaker)) layer.speakers.push(speaker);
    layer.spans.push(...spans);
  };
  for (const quote of analysis.quotes) {
    if (!quote.speaker) {
      add('quote', 'unattributed', null, quotePieces(quote));
      continue;
    }
    const name = quote.speaker.name;
    const style: DecorationStyle = options.speakerColors ? `speaker${slots.get(name) ?? 1}` : 'neutral';
    add('quote', style, name, quotePieces(quote));
    add('speaker', style, name, [quote.speaker]);
    if (quote.cue) add('cue', style, name, [quote.cue]);
  }
  for (const layer of layers.values()) layer.spans = sortedUnique(layer.spans);
  return [...layers.values()];
}

/** A quotation over several paragraphs is drawn piece by piece, leaving the writer's text between them plain. */
function quotePieces(quote: Quote): Span[] {
  return quote.pieces && quote.pieces.length > 0 ? quote.pieces : [quote];
}

/** Several quotes can share one speaker mention or cue; each is drawn once. */
function sortedUnique(spans: Span[]): Span[] {
  const sorted = spans.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((span, i) => i === 0 || span.start !== sorted[i - 1].start || span.end !== sorted[i - 1].end);
}
