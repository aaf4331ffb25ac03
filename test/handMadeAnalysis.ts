// Hand-made analyses of short original texts, for unit tests of the features that read an analysis (outline,
// hovers, highlight colours) independently of the engine.
import { emptyAnalysis } from '../src/core/analyze';
import type { Analysis, DateMention, Entity, EntityType, Quote, Speaker, TextSpan } from '../src/core/types';

/** The span of the `occurrence`-th (0-based) `phrase` in `text`; throws if the test text lacks it. */
export function spanOf(text: string, phrase: string, occurrence = 0): TextSpan {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`test text lacks occurrence ${occurrence} of ${JSON.stringify(phrase)}`);
  }
  return { start, end: start + phrase.length, text: phrase };
}

export function speaker(text: string, mention: string, name: string, role: string | null = null): Speaker {
  return { ...spanOf(text, mention), name, role };
}

/** A quote around `marked` (the text with its marks); attributed when `who` is given. */
export function quote(
  text: string,
  marked: string,
  who: Speaker | null,
  extra: Partial<Omit<Quote, 'start' | 'end' | 'text'>> = {},
): Quote {
  const span = spanOf(text, marked);
  return {
    ...span,
    content: marked.slice(1, -1),
    kind: 'utterance',
    parent: null,
    pieces: null,
    speaker: who,
    cue: null,
    attribution: who ? 'cue-after' : null,
    antecedent: null,
    via: [],
    confidence: who ? 0.9 : 0,
    unattributedReason: who ? null : 'no attribution cue in the sentence',
    ...extra,
  };
}

/** An entity whose mentions are the first occurrences of the given phrases. */
export function entity(text: string, type: EntityType, name: string, mentions: string[]): Entity {
  return { name, type, mentions: mentions.map((mention) => spanOf(text, mention)).sort((a, b) => a.start - b.start) };
}

export function date(text: string, written: string, value: string | null, relative = false): DateMention {
  return { ...spanOf(text, written), value, relative };
}

export function analysis(parts: Partial<Analysis>): Analysis {
  return { ...emptyAnalysis(), ...parts };
}
