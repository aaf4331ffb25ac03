// A short original article and a hand-made analysis of it, shared by the unit tests of the features that read an
// analysis (outline, hovers, highlight colours).
import type { Analysis } from '../src/core/types';
import { analysis, date, entity, quote, spanOf, speaker } from './handMadeAnalysis';

export const SAMPLE_TEXT = [
  'Harbour Council Delays Vote on Ferry Fares',
  '',
  '“We need another month to read the numbers,” said council leader Amara Okafor on Tuesday.',
  '',
  'Okafor added that the ferry operator, Northwind Lines, had sent figures “late and incomplete.”',
  '',
  'Residents of Port Ellis called the delay “a stall.”',
  '',
  '“They told us, ‘The fares will not rise this year,’ and now look,” said Tomas Reyes, a commuter.',
  '',
  'The vote is now set for March 3, 2024.',
].join('\n');

/** Okafor (twice), then Reyes, who repeats what Northwind Lines told him (nested), and one unattributed term. */
export function sampleAnalysis(): Analysis {
  const text = SAMPLE_TEXT;
  const okafor = speaker(text, 'council leader Amara Okafor', 'Amara Okafor', 'council leader');
  const okaforAgain = { ...spanOf(text, 'Okafor', 1), name: 'Amara Okafor', role: null };
  const reyes = speaker(text, 'Tomas Reyes', 'Tomas Reyes', 'a commuter');
  const northwind = { ...spanOf(text, 'They'), name: 'Northwind Lines', role: null };
  return analysis({
    referenceDate: '2024-02-14',
    quotes: [
      quote(text, '“We need another month to read the numbers,”', okafor, { cue: spanOf(text, 'said') }),
      quote(text, '“late and incomplete.”', okaforAgain, {
        kind: 'fragment',
        cue: spanOf(text, 'added'),
        attribution: 'cue-before',
        confidence: 0.75,
      }),
      quote(text, '“a stall.”', null, { kind: 'term', unattributedReason: 'a scare quote: nobody is said to have used the words' }),
      quote(text, '“They told us, ‘The fares will not rise this year,’ and now look,”', reyes, {
        cue: spanOf(text, 'said', 1),
        via: [],
      }),
      quote(text, '‘The fares will not rise this year,’', northwind, {
        parent: 3,
        cue: spanOf(text, 'told'),
        attribution: 'pronoun',
        antecedent: spanOf(text, 'Northwind Lines'),
        via: [spanOf(text, 'Tomas Reyes')],
        confidence: 0.6,
      }),
    ],
    entities: [
      entity(text, 'organization', 'Harbour Council', ['Harbour Council']),
      // "Okafor" first occurs inside "Amara Okafor": the second mention is its second occurrence.
      { name: 'Amara Okafor', type: 'person', mentions: [spanOf(text, 'Amara Okafor'), spanOf(text, 'Okafor', 1)] },
      entity(text, 'organization', 'Northwind Lines', ['Northwind Lines']),
      entity(text, 'place', 'Port Ellis', ['Port Ellis']),
      entity(text, 'person', 'Tomas Reyes', ['Tomas Reyes']),
    ],
    dates: [
      date(text, 'Tuesday', '2024-02-13', true),
      date(text, 'this year', '2024', true),
      date(text, 'March 3, 2024', '2024-03-03'),
    ],
  });
}
