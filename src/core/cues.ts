/**
 * The cue lexicon: the words that tell a reader whose words a quotation is ("said", "told", "according to",
 * "went on to say"). Matching works on lower-cased word tokens, so the lexicon is a set of single words plus a
 * table of multiword cues keyed by their first word; both are looked up in constant time per token.
 */
import { lowerCaseWordCode, wordHash } from './text';

/**
 * Verbs of saying, writing and claiming, each listed once by its base form; `inflect` derives the other forms.
 * Irregular forms are listed in `IRREGULAR_FORMS`, verbs that double their last consonant in `DOUBLING_VERBS`.
 */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'write', 'ask', 'explain', 'insist', 'argue', 'note', 'declare', 'tweet', 'state', 'warn',
  'continue', 'recall', 'claim', 'reply', 'respond', 'acknowledge', 'admit', 'concede', 'contend', 'maintain',
  'suggest', 'testify', 'joke', 'quip', 'post', 'report', 'announce', 'assert', 'observe', 'remark', 'comment',
  'predict', 'promise', 'vow', 'pledge', 'boast', 'brag', 'complain', 'lament', 'charge', 'allege', 'accuse',
  'counter', 'retort', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'exclaim', 'cry', 'sigh', 'plead', 'urge',
  'demand', 'caution', 'emphasize', 'emphasise', 'stress', 'reiterate', 'repeat', 'confirm', 'deny', 'disclose',
  'reveal', 'concur', 'agree', 'disagree', 'protest', 'wonder', 'muse', 'opine', 'summarize', 'describe', 'call',
  'dub', 'label', 'brand', 'characterize', 'characterise', 'quote', 'cite', 'mention', 'conclude', 'begin',
  'interject', 'interrupt', 'proclaim', 'pronounce', 'surmise', 'speculate', 'recount', 'elaborate', 'clarify',
  'grumble', 'groan', 'snap', 'gush', 'rave', 'tease', 'taunt', 'mock', 'scoff', 'sneer', 'criticize', 'criticise',
  'blast', 'slam', 'praise', 'hail', 'apologize', 'apologise', 'advise', 'recommend', 'propose', 'threaten', 'swear',
  'assure', 'reassure', 'inform', 'remind', 'instruct', 'beg', 'implore', 'preach', 'lecture', 'chant', 'blog',
  'email', 'e-mail', 'pen', 'affirm', 'aver', 'avow', 'attest', 'hint', 'imply', 'indicate', 'dispute', 'rebut',
  'refute', 'challenge', 'quiz', 'inquire', 'enquire', 'query', 'answer', 'offer', 'wax', 'vent', 'fume',
  'rail', 'gloat', 'marvel', 'refer', 'press', 'regret', 'confide', 'confess', 'beam', 'chuckle', 'laugh', 'smile',
  'remember', 'riff', 'read', 'question', 'retaliate', 'start', 'sing', 'pontificate', 'point', 'underscore',
  'highlight', 'stipulate', 'specify', 'thank', 'react', 'bark', 'demur', 'holler', 'exhort',
  'blame', 'denounce', 'decry', 'bemoan', 'dismiss', 'condemn', 'echo', 'chide', 'ridicule', 'scold', 'lambaste',
  'deride', 'rebuke', 'portray', 'retweet', 'find', 'welcome', 'commend', 'term', 'deem', 'liken', 'text', 'message',
  // A verb of belief reports a view the way a verb of saying reports words ("he thinks she did a “decent job”").
  'think',
  // A verdict on a claim reports a view too ("the fact-checkers ruled that the claim is “true”").
  'rule', 'rate', 'judge',
];

/** Forms that `inflect` cannot derive. */
const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  read: ['reads', 'read', 'reading'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  think: ['thinks', 'thought', 'thinking'],
  find: ['finds', 'found', 'finding'],
  echo: ['echoes', 'echoed', 'echoing'],
};

/**
 * Verbs that double their final consonant before -ed and -ing ("quipped", "admitting", "quizzes"): stress on a last
 * syllable ending vowel–consonant, which spelling alone cannot tell ("offered", "visited" do not double).
 */
const DOUBLING_VERBS = new Set([
  'pen', 'quip', 'snap', 'dub', 'blog', 'admit', 'refer', 'concur', 'rebut', 'regret', 'demur', 'slam', 'brag', 'beg',
  'quiz', 'aver',
]);

/**
 * Base forms that are cues: most verbs' base form reads first as a noun ("a remark", "the report", "a claim")
 * and is left out; these read as verbs ("they say", "he will tell", "I ask").
 */
const BASE_FORM_CUES = new Set([
  'say', 'tell', 'ask', 'write', 'add', 'explain', 'insist', 'argue', 'admit', 'suggest', 'declare', 'recall',
  'testify', 'agree', 'warn', 'predict', 'acknowledge', 'concede', 'contend', 'maintain', 'assert', 'complain',
  'read', 'conclude', 'note',
]);

/**
 * Inflected forms too common as other words to be cues on their own ("the reports", "calls for", "a pointed
 * question", "continuing"): the multiword cues below still use them.
 */
const NOT_CUES_ALONE = new Set([
  'posts', 'quotes', 'states', 'comments', 'texts', 'messages', 'messaging', 'promises', 'pledges', 'charges',
  'demands', 'cries', 'blasts', 'slams',
  'hails', 'challenges', 'disputes', 'protests', 'emails', 'e-mails', 'pens', 'blogs', 'lectures', 'sighs', 'raves',
  'chants', 'begins', 'began', 'begun', 'beginning', 'continuing', 'brands', 'labels', 'answers', 'offers',
  'offering', 'waxes', 'vents', 'rails', 'points', 'pointed', 'pointing', 'marvels', 'highlights', 'fumes',
  'presses', 'pressing', 'counters', 'stresses', 'cites', 'mentions', 'mentioning', 'rebuts', 'queries', 'quizzes',
  'snaps', 'hints', 'signals', 'gushes', 'praises', 'questions', 'questioning', 'starts', 'starting', 'reading',
  'thinking',
  'echoes', 'finding', 'terms',
  'rules', 'ruling', 'rates', 'rating', 'judges', 'judging',
]);

/** Multiword cues, written as they read; matched token by token after lower-casing. */
const MULTIWORD_CUES = [
  'according to', 'went on to say', 'goes on to say', 'go on to say', 'going on to say', 'pointed out',
  'points out', 'point out', 'pointing out', 'is quoted as saying', 'was quoted as saying', 'were quoted as saying',
  'are quoted as saying', 'quoted as saying', 'said in a statement', 'says in a statement',
  'said in a written statement', 'said in an interview', 'says in an interview', 'said in a statement released',
  'wrote in a statement', 'wrote in a blog post', 'said in a post', 'wrote on twitter', 'wrote on facebook',
  'posted on twitter', 'posted on facebook', 'said on twitter', 'said on facebook', 'spelled out', 'spelt out',
  'summed up', 'sums up', 'summing up', 'chimed in', 'chimes in', 'cut in', 'cuts in', 'broke in', 'breaks in',
  'piped up', 'pipes up',
  'weighed in', 'weighs in', 'shot back', 'shoots back', 'fired back', 'fires back', 'hit back', 'hits back',
  'struck back', 'strikes back', 'cried out', 'called out', 'calls out', 'spoke out', 'speaks out', 'made clear',
  'makes clear', 'made it clear', 'makes it clear', 'put it', 'puts it', 'in the words of', 'quoted by',
  'as quoted by', 'was heard saying', 'was heard to say', 'went on', 'goes on', 'go on',
  // The base form "call" reads first as a noun ("a call for"); with its object after it, it is the verb.
  'call it', 'call this', 'call that', 'call him', 'call her', 'call them',
];

/** How many words the longest cue has ("said in a statement released"). */
export const LONGEST_CUE_WORDS = Math.max(...MULTIWORD_CUES.map((cue) => cue.split(' ').length));

/** The -ing forms of the verbs ("adding", "saying"), filled in with the single-word cues. */
const PARTICIPLE_CUE_FORMS = new Set<string>();

const SINGLE_WORD_CUES = buildSingleWordCues();
const MULTIWORD_CUES_BY_FIRST_WORD = buildMultiwordTable();

/** What a word that can start a cue starts: the multiword cues it opens (longest first), and whether it is one alone. */
interface CueStart {
  multiword: readonly (readonly string[])[];
  alone: boolean;
}

/**
 * Every word a cue can start with: most words are not one, and are turned away in one look-up; for the others the
 * same look-up gives all `cueLengthAt` needs.
 */
const CUE_STARTS: ReadonlyMap<string, CueStart> = new Map(
  [...new Set([...SINGLE_WORD_CUES, ...MULTIWORD_CUES_BY_FIRST_WORD.keys()])].map((word) => [
    word,
    { multiword: MULTIWORD_CUES_BY_FIRST_WORD.get(word) ?? [], alone: SINGLE_WORD_CUES.has(word) },
  ]),
);

/**
 * Whether a cue can start with `word` (lower-cased): a cheap test before building the words that follow it. (A test
 * of the word's shape before the look-up, as other word lists use, was measured to cost more than the look-up.)
 */
export function mayStartCue(word: string): boolean {
  return CUE_STARTS.has(word);
}

/**
 * The words a cue can start with that a tokenizer reads as {@link lowerCaseWordCode}s (all of them, as it happens),
 * for {@link mayStartCueHashed}.
 */
const HASHED_CUE_STARTS = [...CUE_STARTS.keys()].filter((word) => [...word].every((char) => lowerCaseWordCode(char.charCodeAt(0)) >= 0));
/** Slots of {@link HASHED_CUE_START_SLOTS}: a power of two, four times the words or more, so probe runs stay short. */
const HASHED_CUE_START_SLOT_COUNT = 1 << Math.ceil(Math.log2(4 * HASHED_CUE_STARTS.length + 1));
/**
 * {@link HASHED_CUE_STARTS} in an open-addressing table by the {@link wordHash} of their codes: slot k's hash at `2k`,
 * the word's index at `2k + 1` (-1 for an empty slot).
 */
const HASHED_CUE_START_SLOTS = buildHashedCueStartSlots();

function buildHashedCueStartSlots(): Int32Array {
  const slots = new Int32Array(2 * HASHED_CUE_START_SLOT_COUNT).fill(-1);
  HASHED_CUE_STARTS.forEach((word, index) => {
    let hash = 0;
    for (let k = 0; k < word.length; k++) hash = wordHash(hash, lowerCaseWordCode(word.charCodeAt(k)));
    let slot = hash & (HASHED_CUE_START_SLOT_COUNT - 1);
    while (slots[2 * slot + 1] >= 0) slot = (slot + 1) & (HASHED_CUE_START_SLOT_COUNT - 1);
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = index;
  });
  return slots;
}

/**
 * {@link mayStartCue} for a word a tokenizer has read as `length` {@link lowerCaseWordCode}s in `codes`, whose
 * {@link wordHash} is `hash`. Most words start no cue, and a tokenizer that hashes each word as it reads it turns
 * them away here with a slot or two read, where the word shapes and the look-up by string cost several times that
 * for every word of a document.
 */
export function mayStartCueHashed(hash: number, codes: Int32Array, length: number): boolean {
  for (let slot = hash & (HASHED_CUE_START_SLOT_COUNT - 1); ; slot = (slot + 1) & (HASHED_CUE_START_SLOT_COUNT - 1)) {
    const index = HASHED_CUE_START_SLOTS[2 * slot + 1];
    if (index < 0) return false;
    if (HASHED_CUE_START_SLOTS[2 * slot] === hash && spelledBy(HASHED_CUE_STARTS[index], codes, length)) return true;
  }
}

/** Whether `word` is the `length` codes of `codes`. */
function spelledBy(word: string, codes: Int32Array, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (codes[k] !== word.charCodeAt(k)) return false;
  return true;
}

function inflect(base: string): string[] {
  const irregular = IRREGULAR_FORMS[base];
  if (irregular) return irregular;
  const forms: string[] = [];
  if (DOUBLING_VERBS.has(base)) {
    const doubled = base + base[base.length - 1];
    forms.push(base.endsWith('z') ? `${doubled}es` : `${base}s`, `${doubled}ed`, `${doubled}ing`);
  } else if (base.endsWith('e')) {
    forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${base}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  } else {
    forms.push(`${base}s`, `${base}ed`, `${base}ing`);
  }
  return forms;
}

function buildSingleWordCues(): Set<string> {
  const cues = new Set<string>();
  for (const base of SPEECH_VERBS) {
    for (const form of [base, ...inflect(base)]) {
      if (form.endsWith('ing')) PARTICIPLE_CUE_FORMS.add(form);
      if (form === base ? BASE_FORM_CUES.has(form) : !NOT_CUES_ALONE.has(form)) cues.add(form);
    }
  }
  return cues;
}

function buildMultiwordTable(): Map<string, string[][]> {
  const table = new Map<string, string[][]>();
  for (const cue of MULTIWORD_CUES) {
    const words = cue.split(' ');
    const entries = table.get(words[0]) ?? [];
    entries.push(words);
    table.set(words[0], entries);
  }
  // Longest first, so "said in a statement released" wins over "said in a statement".
  for (const entries of table.values()) entries.sort((a, b) => b.length - a.length);
  return table;
}

/**
 * The number of words of the cue that starts at `words[index]` (already lower-cased), or 0 when none does.
 * `words` may be a window: only `words[index…]` is read.
 */
export function cueLengthAt(words: readonly string[], index: number): number {
  const word = words[index];
  const start = CUE_STARTS.get(word);
  if (start === undefined) return 0;
  for (const cue of start.multiword) {
    let matches = index + cue.length <= words.length;
    for (let k = 1; matches && k < cue.length; k++) matches = words[index + k] === cue[k];
    if (matches) return cue.length;
  }
  return start.alone ? 1 : 0;
}

/**
 * Whether `word` (lower-cased) is a cue by itself: `cueLengthAt([word], 0) > 0`, with no list made for the one word
 * (the rules ask this of most words they read back or forth over).
 */
export function isCueAlone(word: string): boolean {
  return CUE_STARTS.get(word)?.alone === true;
}

/**
 * "state" and "states", too common as nouns to be cues alone ("the states", "a state of"), read as verbs of saying
 * where only a verb fits: closing a clause after a quotation and its subject (`“…,” the ad states.`). Other such
 * forms ("posts", "charges", "demands") were measured to misfire more often than they help.
 */
const CLAUSE_FINAL_CUES = new Set(['states', 'state']);

/** Whether `word` (lower-cased) is a cue where the caller knows a verb closes the clause; see `CLAUSE_FINAL_CUES`. */
export function isClauseFinalCue(word: string): boolean {
  return CLAUSE_FINAL_CUES.has(word);
}

/** True for "according to", whose source follows it rather than preceding it. */
export function isAccordingTo(cueWords: readonly string[]): boolean {
  return cueWords[0] === 'according' || (cueWords[0] === 'in' && cueWords[1] === 'the' && cueWords[2] === 'words')
    || (cueWords[0] === 'quoted' && cueWords[1] === 'by') || (cueWords[0] === 'as' && cueWords[1] === 'quoted');
}

/** True for a participle ("adding", "saying"): its subject is the main clause's, found through an earlier cue. */
export function isParticipleCue(firstWord: string): boolean {
  return PARTICIPLE_CUE_FORMS.has(firstWord);
}

/** Base forms of the verbs of saying, each a verb wherever only a verb fits ("led them to counter that …"). */
const SPEECH_VERB_BASES = new Set(SPEECH_VERBS);

/** Whether `word` (lower-cased) is the base form of a verb of saying, a cue or not alone ("say", "counter", "call"). */
export function isSpeechVerbBase(word: string): boolean {
  return SPEECH_VERB_BASES.has(word);
}

/** Cues that, right before a quote, give a name rather than report words ("a boat called “…”"). */
const NAMING_CUES = new Set(['called', 'dubbed', 'named', 'titled', 'entitled', 'labeled', 'labelled', 'nicknamed']);

/** True for "called", "dubbed", "titled" …: before a quote, they introduce a name. */
export function isNamingCue(word: string): boolean {
  return NAMING_CUES.has(word);
}
