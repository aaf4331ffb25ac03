/**
 * Scoring of quotation finding and speaker attribution against annotated news: a faithful port of
 * /work/shared/eval/score.py (its rules are written in that directory's README), so both give the same numbers
 * on the same predictions.
 *
 * A gold *segment* is a stretch in double quotation marks inside a gold direct or mixed quote. Found: a predicted
 * top-level quote covers at least half of it and lies at least half inside it. Speaker right: the predicted
 * speaker mention overlaps the gold speaker span, or the predicted name's last word is the gold canonical name's
 * last word (or, for a gold speaker that is not a bare pronoun, a word of its span).
 */

export interface GoldQuote {
  start: number;
  end: number;
  type?: string;
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  speakerCanonical?: string | null;
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export interface PredictedQuote {
  start: number;
  end: number;
  parent?: number | null;
  speaker: { name: string; start?: number | null; end?: number | null } | null;
}

export interface PredictedArticle {
  id: string;
  quotes: PredictedQuote[];
}

export interface Scores {
  gold_segments: number;
  quote_recall: number;
  quote_recall_exact: number;
  speaker_accuracy: number;
  attribution_precision: number;
  attribution_recall: number;
  attribution_f1: number;
}

/** One gold segment and how the prediction fared on it, for `--verbose` listings. */
export interface SegmentOutcome {
  id: string;
  start: number;
  end: number;
  gold: GoldQuote;
  /** The matched predicted quote, or null when the segment was missed. */
  predicted: PredictedQuote | null;
  speakerRight: boolean;
}

const OPENING_DOUBLE = '“"';
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'his', 'hers', 'their']);
/** Python's `str.isspace()` for the characters it accepts. */
const PYTHON_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
/** Python's `[A-Za-zÀ-ÿ][\w'’.-]*` with Unicode `\w`. */
const WORD = /[A-Za-zÀ-ÿ][\p{L}\p{N}_'’.-]*/gu;

/** Double-quoted stretches inside `text[s, e)`; a stretch left open runs to `e`. */
export function segments(text: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let i = s;
  while (i < e) {
    const c = text[i];
    if (OPENING_DOUBLE.includes(c)) {
      const closers = c === '"' ? '”"' : '”';
      let j = i + 1;
      while (j < e && !closers.includes(text[j])) j++;
      out.push([i, Math.min(j + 1, e)]);
      i = j + 1;
    } else {
      i++;
    }
  }
  return out;
}

function isQuoteOrSpace(char: string): boolean {
  return PYTHON_SPACE.test(char) || '“”"‘’\''.includes(char);
}

function core(text: string, s: number, e: number): [number, number] {
  while (s < e && isQuoteOrSpace(text[s])) s++;
  while (e > s && isQuoteOrSpace(text[e - 1])) e--;
  return [s, e];
}

function words(x: string | null | undefined): string[] {
  return [...(x ?? '').matchAll(WORD)].map((match) => match[0].toLowerCase());
}

/** Python's `str.strip('.')`. */
function stripDots(word: string): string {
  return word.replace(/^\.+|\.+$/g, '');
}

function last(x: string | null | undefined): string {
  const found = words(x);
  return found.length > 0 ? stripDots(found[found.length - 1]) : '';
}

function speakerRight(gold: GoldQuote, predicted: PredictedQuote): boolean {
  const speaker = predicted.speaker;
  if (!speaker) return false;
  const { start: ps, end: pe } = speaker;
  const { speakerStart: gs, speakerEnd: ge } = gold;
  const known = (value: number | null | undefined): value is number => value !== null && value !== undefined;
  if (known(ps) && known(pe) && known(gs) && known(ge) && ps < ge && gs < pe) return true;
  const predictedLast = last(speaker.name ?? '');
  if (!predictedLast) return false;
  if (gold.speakerCanonical) return predictedLast === last(gold.speakerCanonical);
  const goldWords = words(gold.speaker ?? '');
  if (goldWords.length > 0 && !(goldWords.length === 1 && PRONOUNS.has(goldWords[0]))) {
    return goldWords.map(stripDots).includes(predictedLast);
  }
  return false;
}

/**
 * Python's `round(x, 4)`: the nearest multiple of 0.0001 to the double's exact value, ties to even. `toFixed`
 * also rounds the exact value but breaks ties upwards, so exact ties are detected from the long expansion.
 */
export function round4(x: number): number {
  const [integerPart, fraction] = Math.abs(x).toFixed(30).split('.');
  if (/^50*$/.test(fraction.slice(4)) && Number(fraction[3]) % 2 === 0) {
    return Number(`${x < 0 ? '-' : ''}${integerPart}.${fraction.slice(0, 4)}`);
  }
  return Number(x.toFixed(4));
}

function ratio(a: number, b: number): number {
  return b ? round4(a / b) : 0;
}

/** Scores `predictions` (by article id) against `gold`, and lists each segment's outcome. */
export function score(
  gold: readonly GoldArticle[],
  predictions: ReadonlyMap<string, PredictedArticle>,
): { scores: Scores; outcomes: SegmentOutcome[] } {
  let nGold = 0;
  let nFound = 0;
  let nExact = 0;
  let nSpeaker = 0;
  let nAttributedPredicted = 0;
  let nAttributedRight = 0;
  const outcomes: SegmentOutcome[] = [];
  for (const row of gold) {
    const text = row.text;
    const predicted = (predictions.get(row.id)?.quotes ?? []).filter(
      (q) => (q.parent === null || q.parent === undefined) && 0 <= q.start && q.start < q.end && q.end <= text.length,
    );
    const goldSegments: [number, number, GoldQuote][] = [];
    for (const g of row.quotes) {
      if (g.type !== 'direct' && g.type !== 'mixed') continue;
      for (const [s, e] of segments(text, g.start, g.end)) if (e - s >= 3) goldSegments.push([s, e, g]);
    }
    const used = new Set<number>();
    for (const [s, e, g] of goldSegments) {
      nGold++;
      let best = 0;
      let bestIndex: number | null = null;
      predicted.forEach((q, i) => {
        const overlap = Math.min(e, q.end) - Math.max(s, q.start);
        if (overlap > 0 && overlap >= 0.5 * (e - s) && overlap >= 0.5 * (q.end - q.start) && overlap > best) {
          best = overlap;
          bestIndex = i;
        }
      });
      if (bestIndex === null) {
        outcomes.push({ id: row.id, start: s, end: e, gold: g, predicted: null, speakerRight: false });
        continue;
      }
      const q = predicted[bestIndex];
      nFound++;
      const [gs, ge] = core(text, s, e);
      const [qs, qe] = core(text, q.start, q.end);
      if (gs === qs && ge === qe) nExact++;
      const right = speakerRight(g, q);
      if (right) {
        nSpeaker++;
        if (!used.has(bestIndex)) {
          used.add(bestIndex);
          nAttributedRight++;
        }
      }
      outcomes.push({ id: row.id, start: s, end: e, gold: g, predicted: q, speakerRight: right });
    }
    nAttributedPredicted += predicted.filter((q) => q.speaker).length;
  }
  const precision = ratio(nAttributedRight, nAttributedPredicted);
  const recall = ratio(nAttributedRight, nGold);
  return {
    scores: {
      gold_segments: nGold,
      quote_recall: ratio(nFound, nGold),
      quote_recall_exact: ratio(nExact, nGold),
      speaker_accuracy: ratio(nSpeaker, nFound),
      attribution_precision: precision,
      attribution_recall: recall,
      attribution_f1: precision + recall ? round4((2 * precision * recall) / (precision + recall)) : 0,
    },
    outcomes,
  };
}

/** A number as Python's `print` shows it: `1.0`, `0.0`, `0.9871`, `120`. */
export function formatPython(value: number, isInteger: boolean): string {
  if (isInteger) return String(value);
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}
