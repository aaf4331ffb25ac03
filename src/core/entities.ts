import type { Entity, EntityType, Span, TextSpan } from './types';
import {
  ABBREVIATIONS, CLAUSE_NAMED_HEADS, COMMON_PLURAL_NOUNS, DIRECTION_ADJECTIVES, EVENT_WORDS, FIRST_NAMES, KNOWN_ORGANIZATIONS, MONTH_NAMES, NAME_HYPHEN_SUFFIXES,
  NAME_JOINERS, NAME_PARTICLES, NAME_PREFIX_PATTERN, ORGANIZATION_APPOSITION_NOUNS, ORGANIZATION_FOLLOWERS, ORGANIZATION_HEADS, PLACE_ALIASES, PLACE_FOLLOWERS, PLACE_OF_NOUNS, PLACES,
  PERSON_FOLLOWERS, PLACE_PREFIXES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, POST_NOMINALS, PLACE_WORDS, SENTENCE_WORDS, TITLE_MODIFIERS, WEEKDAY_NAMES, canonicalPlace,
  isNationalityAdjective, isOrganizationWord, isRoleNoun, isTitle, SpellingTable, WordBeingRead,
} from './lexicon';
import { letterOrDigitLengthBefore } from './scan';
import { isApostrophe } from './text';

/**
 * People, organisations and places: every mention, clustered under a canonical name.
 *
 * 1. Each paragraph's capitalised words are read; runs of them (joined only by spaces, with "of/for" inside
 *    an organisation's name and particles like "al-", "bin", "van" inside a person's) are name candidates.
 *    A possessive ("Iran’s") or a hyphen suffix ("Lebanon-based") ends a run and stays out of the mention.
 * 2. A run is trimmed: sentence words at its start ("After", "The"), a title and what stands before it ("Russian
 *    Prime Minister Dmitry Medvedev" → "Dmitry Medvedev", whose type is then person), nationality adjectives
 *    ("Lebanese Hezbollah" → "Hezbollah"; "Syrian" alone is nothing), a place suffix ("Aleppo Province").
 * 3. Evidence for a type comes from the name (gazetteer, known organisations, organisation words, first names,
 *    acronyms) and from its neighbours (a title or role word before it; "in/near X", "suburb of X", "X air base";
 *    "X spokesman", "the X newspaper", "X-based Y"; an appositive ", a major general").
 * 4. Mentions with the same name form a cluster; "Name (ACRONYM)" links the acronym; "U.S." joins "United States";
 *    a one-word mention joins the person whose surname it is ("Soleimani" → "Qassem Soleimani", "Assad" →
 *    "Bashar al-Assad"). A cluster with no evidence of any type is dropped: a capitalised word alone is not a name.
 *    Nor are two capitalised words alone a person: a person's name shows a sign only a person gives (a known first
 *    name, a title or role, a speech verb, "who", a middle initial or particle, the surname used alone, "He"/"She"
 *    opening the next sentence); without one it is an organisation if anything says so, else dropped ("Shark Tank").
 * 5. A single capitalised word at the start of a sentence, and everything in a title-case line (a headline), is only
 *    taken when it is a name found elsewhere in the text, a known place or organisation, or an acronym.
 *
 * Linear in the text: one scan for capitalised words (lower-case text is skipped by the regular-expression engine)
 * and hash lookups around them.
 */
export function findEntities(text: string, paragraphs: Span[]): Entity[] {
  return new EntityFinder(text).run(paragraphs);
}

/**
 * A capitalised word: the only words the finder looks at closely. Its ends are worked out from the word's lengths
 * when asked, not kept: a token is made for every capitalised word, and two fields fewer are a third of its size.
 */
class Token {
  constructor(
    readonly start: number,
    /** What the word says by itself. */
    readonly word: CapitalisedWord,
    /** How the next capitalised word continues this one's name, if it does. */
    public link: 'space' | 'particle' | 'joiner' | 'and' | 'ampersand' | null,
  ) {}

  /** End of the name part: without a possessive ’s or a hyphen suffix ("Lebanon" of "Lebanon-based"). */
  get end(): number {
    return this.start + this.word.nameLength;
  }

  /** End of the word as written, possessive and suffix included. */
  get wordEnd(): number {
    return this.start + this.word.wordLength;
  }
}

interface Evidence {
  person: number;
  organization: number;
  place: number;
  /**
   * How many signs only a person gives: a known first name, a title or role before the name, a speech verb or
   * "who" after it, a role in an appositive. Two capitalised words alone are weak evidence of a person ("Shark
   * Tank"); a name with none of these signs must earn its type otherwise (see `EntityFinder.demoteUnsupportedPeople`).
   */
  personSupport: number;
}

/**
 * A name found in the text, with the evidence for its type. The evidence is held in the candidate itself, not in an
 * object of its own: candidates live until the document is read, and every object kept alive that long is copied by
 * the garbage collector.
 */
interface Candidate extends Evidence {
  start: number;
  end: number;
  key: string;
  tokenCount: number;
}

interface Cluster {
  key: string;
  mentions: Candidate[];
  evidence: Evidence;
  /** Gazetteer place or well-known organisation: never merged into a person by surname. */
  known: boolean;
  type: EntityType | null;
}

/** What the context evidence asks about a word right before or after a name: the lists it is on, as bit flags. */
const ContextWord = {
  /** A role noun (see `isRoleNoun`): "spokesman", "dockworker". */
  role: 1 << 0,
  placePreposition: 1 << 1,
  directionAdjective: 1 << 2,
  placeFollower: 1 << 3,
  organizationFollower: 1 << 4,
  personFollower: 1 << 5,
  title: 1 << 6,
  /** A gazetteer place or alias ("Syria", "Calif."). */
  place: 1 << 7,
  /** "a", "an" or "the", which open an appositive. */
  article: 1 << 8,
  /** A word after which a month dates what follows ("in April", "since June", "a June rally"), or a number ("5 May"). */
  timeBeforeMonth: 1 << 9,
  /** A particle inside a person's name ("bin", "van", "de"; see `EntityFinder.linkBetween`). */
  particle: 1 << 10,
  /** "of" or "for" inside an organisation's name. */
  joiner: 1 << 11,
  /** A noun for a publication or body before its name ("the journal Nature"): {@link ORGANIZATION_APPOSITION_NOUNS}. */
  organizationNoun: 1 << 12,
  /** Starts with a lower-case letter (see `startsLowerCase`). */
  lowerCase: 1 << 13,
  /** A noun a place is "of" ("suburb", "outskirts"): {@link PLACE_OF_NOUNS}. */
  placeOfNoun: 1 << 14,
  /** Letters after a member's name ("MP"): {@link POST_NOMINALS}. */
  postNominal: 1 << 15,
  /** Ends in "-based" ("Lebanon-based"). */
  basedSuffix: 1 << 16,
  // The words below are asked about by their spelling: a flag each, so that a rule tests a bit where it compared strings
  // (a word read from the text is not one of the interned literals, and each comparison was a call).
  and: 1 << 17,
  /** "to" or "on", which open a clause inside some bodies' names ("Committee to Protect Journalists"). */
  toOrOn: 1 << 18,
  to: 1 << 19,
  of: 1 << 20,
  for: 1 << 21,
  the: 1 << 22,
  according: 1 << 23,
  air: 1 << 24,
  base: 1 << 25,
  who: 1 << 26,
  /** "is" or "was". */
  isOrWas: 1 << 27,
  /** A role noun in the plural ("aides"), which may introduce one of them by name ("one of her aides, Jo Marsh"). */
  pluralRole: 1 << 28,
} as const;

/** The {@link ContextWord} flags of words that stand for themselves. */
const CONTEXT_WORD_SPELLINGS: ReadonlyMap<string, number> = new Map([
  ['and', ContextWord.and], ['to', ContextWord.toOrOn | ContextWord.to], ['on', ContextWord.toOrOn], ['of', ContextWord.of],
  ['for', ContextWord.for], ['the', ContextWord.the], ['according', ContextWord.according], ['air', ContextWord.air],
  ['base', ContextWord.base], ['who', ContextWord.who], ['is', ContextWord.isOrWas], ['was', ContextWord.isOrWas],
]);

/** Words after which a month dates what follows it rather than naming someone ("in April", "since June", "a June rally"). */
const TIME_WORDS_BEFORE_MONTH = new Set([
  'in', 'on', 'by', 'since', 'until', 'till', 'from', 'through', 'throughout', 'during', 'last', 'next', 'early', 'late',
  'mid', 'this', 'that', 'of', 'before', 'after', 'between', 'and', 'or', 'to', 'around', 'every', 'each', 'the', 'for',
  'as', 'about', 'than', 'is', 'was', 'be', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
]);

function classifyContextWord(word: string): number {
  let classes = 0;
  if (isRoleNoun(word)) classes |= ContextWord.role;
  else if (word.length > 3 && word.endsWith('s') && isRoleNoun(word.slice(0, -1))) classes |= ContextWord.pluralRole;
  if (PLACE_PREPOSITIONS.has(word)) classes |= ContextWord.placePreposition;
  if (DIRECTION_ADJECTIVES.has(word)) classes |= ContextWord.directionAdjective;
  if (PLACE_FOLLOWERS.has(word)) classes |= ContextWord.placeFollower;
  if (ORGANIZATION_FOLLOWERS.has(word)) classes |= ContextWord.organizationFollower;
  if (PERSON_FOLLOWERS.has(word)) classes |= ContextWord.personFollower;
  if (isTitle(word)) classes |= ContextWord.title;
  if (canonicalPlace(word) !== null) classes |= ContextWord.place;
  if (word === 'a' || word === 'an' || word === 'the') classes |= ContextWord.article;
  if (NAME_PARTICLES.has(word)) classes |= ContextWord.particle;
  if (NAME_JOINERS.has(word)) classes |= ContextWord.joiner;
  if (ORGANIZATION_APPOSITION_NOUNS.has(word)) classes |= ContextWord.organizationNoun;
  if (startsLowerCase(word)) classes |= ContextWord.lowerCase;
  if (PLACE_OF_NOUNS.has(word)) classes |= ContextWord.placeOfNoun;
  if (POST_NOMINALS.has(word)) classes |= ContextWord.postNominal;
  if (word.endsWith('-based')) classes |= ContextWord.basedSuffix;
  classes |= CONTEXT_WORD_SPELLINGS.get(word) ?? 0;
  const first = word.charCodeAt(0);
  if (TIME_WORDS_BEFORE_MONTH.has(word.toLowerCase()) || (first >= 0x30 && first <= 0x39)) classes |= ContextWord.timeBeforeMonth;
  return classes;
}

/**
 * The {@link ContextWord} flags of a word next to a name, worked out once per distinct spelling: the same few words
 * ("said", "the", "of") stand around most names, and one hash of their characters replaces a slice and a lookup in
 * each list. The rules ask only these flags, never the word's spelling.
 */
const CONTEXT_WORDS = new SpellingTable(classifyContextWord, 16_384);

/** How many words the longest of {@link KNOWN_ORGANIZATIONS} has. */
const MAX_KNOWN_ORGANIZATION_WORDS = Math.max(...[...KNOWN_ORGANIZATIONS].map((name) => name.split(' ').length));
/** The first words of {@link KNOWN_ORGANIZATIONS} (see `WordClass.startsKnownOrganization`). */
const KNOWN_ORGANIZATION_FIRST_WORDS: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATIONS].map((name) => name.split(' ')[0]));

/** The names a title-case line is searched for (see `EntityFinder.knownNames`). */
interface KnownNames {
  has(name: string): boolean;
  /** Whether some known name starts with this word. */
  startsName(word: string): boolean;
}

/**
 * Where a name stands, as bit flags for `EntityFinder.addName`: flags rather than an object of three booleans, which
 * was made for every name read.
 */
const NamePosition = {
  /** The name opens a sentence: a lone word is then taken only if it is known from elsewhere. */
  sentenceInitial: 1 << 0,
  /** "the" stands right before the name. */
  afterThe: 1 << 1,
  /** A title or role stands right before the name. */
  afterTitle: 1 << 2,
} as const;

/** Weights of the kinds of evidence: a gazetteer entry outweighs any context; a context word outweighs a shape. */
const WEIGHT = { known: 4, title: 3, organizationWord: 3, strongContext: 2, shape: 2, weakContext: 1 } as const;

/**
 * Where a capitalised word starts: the first character of a word with inner hyphens, apostrophes and periods
 * ("Al-Bab", "O’Brien", "U.S.", "Lebanon-based"; see {@link readCapitalisedWordEnd}). Written with explicit ranges rather
 * than `\p{Lu}`: V8 skips text quickly only for a plain character class (measured: 320 MB/s against 46 MB/s). The
 * ranges cover Latin, Greek, Cyrillic and the scripts up to U+1FFF; a non-ASCII first character is checked to be
 * upper case in code, and so is the character before the word.
 */
const CAPITAL_LETTER = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F]/g;

/** Whether a code unit is one {@link CAPITAL_LETTER} matches. */
function isCapitalLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x100 && code <= 0x24f) ||
    (code >= 0x386 && code <= 0x3ab) || (code >= 0x400 && code <= 0x42f);
}

/** A character that continues a capitalised word: `[a-zA-Z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF]`. */
function continuesName(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7);
}

/**
 * A capitalised word as the scan reads it ({@link readCapitalisedWordEnd}): its code units, and the code unit right
 * after it, which the scan has read to find the word's end and which tells whether a word goes on after spaces.
 */
class ScannedWord extends WordBeingRead {
  /** The code unit right after the word; 0 past the text. */
  following = 0;
}

/**
 * The end of the capitalised word starting at `start`: its letters, then any inner hyphen, apostrophe or period
 * followed by more letters, then one final period ("Jr."), as `X*(?:[-'’.]X+)*\.?` reads it. The word's code units
 * are handed to `word` as they are read, and the code unit after it is kept, so that neither the word's lookup by
 * spelling nor the scan going on reads them again: a code unit read from a string costs V8 a few dozen instructions.
 */
function readCapitalisedWordEnd(text: string, start: number, word: ScannedWord): number {
  word.clear();
  word.push(text.charCodeAt(start));
  let end = start + 1;
  for (;;) {
    let code = codeAt(text, end);
    while (continuesName(code)) {
      word.push(code);
      code = codeAt(text, ++end);
    }
    if (code === HYPHEN || code === 0x27 || code === 0x2019 || code === PERIOD) {
      const next = codeAt(text, end + 1);
      if (continuesName(next)) {
        word.push(code);
        word.push(next);
        end += 2;
        continue;
      }
      if (code === PERIOD) {
        word.push(code);
        word.following = next;
        return end + 1;
      }
    }
    word.following = code;
    return end;
  }
}

const UPPER_CASE_START = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
/** "Name (ACRONYM)": letters, periods and "&" only, so that a party-and-state tag like "(R-Ind.)" is not one. */
const ACRONYM_IN_BRACKETS = /^[ \t\u00a0]*[([](\p{Lu}[\p{Lu}.&]{1,9})[)\]]/u;
const LOWER_WORD = /^\p{Ll}/u;
/** A lower-case word of four letters or more (its start is checked to be a word start in code). */
const LOWER_CASE_WORD = /[a-z\u00DF-\u00F6\u00F8-\u00FF]{4,}/g;
/** Words of four letters or more that title case may leave in lower case. */
const TITLE_CASE_SMALL_WORDS = new Set([
  'from', 'with', 'into', 'onto', 'over', 'upon', 'than', 'that', 'about', 'after', 'under', 'near', 'amid', 'past',
  'when', 'while', 'without', 'against', 'between', 'through', 'during', 'before', 'since', 'until', 'despite',
]);
/** Month names that are also names ("Theresa May", "April Ryan"): a date word only when no name precedes them. */
const NAME_MONTHS = new Set(['May', 'June', 'April', 'August', 'March']);
/**
 * Words written in lower case inside a name; capitalised inside a run they mark a title-case phrase (a slogan, a
 * work's title: "Open On Sundays"), not a name.
 */
const INNER_FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'Of', 'On', 'In', 'At', 'For', 'And', 'Or', 'To', 'With', 'By', 'From', 'Is', 'Are', 'Was',
  'Were', 'Be', 'Do', 'Did', 'It', 'My', 'Your', 'Our', 'Their', 'His', 'Her', 'Its', 'Not', 'No', 'As', 'But', 'If',
]);
/**
 * After a wire dateline's place ("HARBOR POINT —", "BEIRUT, Lebanon —"): an optional region, then a dash; or a spaced
 * hyphen after a region of one or two words or an agency in brackets ("MANCHESTER, N.H. - ", "OSLO, March 4 (Reuters)
 * - ", "OSLO (AFP) - "). A hyphen after nothing ("NATO - the alliance") or a longer clause (a heading in capitals,
 * "POLLS NOT WRONG, JUST TOO EARLY - ") does not do.
 */
const WIRE_DATELINE_DASH = new RegExp(
  '^(?:[ \\t\\u00a0]*(?:,[^—–\\n]{1,40})?[ \\t\\u00a0]*[—–]' +
  '|(?:,[ \\t\\u00a0]*[^\\s—–,()]+(?:[ \\t\\u00a0][^\\s—–,()]+)?(?:[ \\t\\u00a0]*\\([^()\\n]{1,24}\\))?|[ \\t\\u00a0]*\\([^()\\n]{1,24}\\))' +
  '[ \\t\\u00a0]+--?[ \\t\\u00a0])',
);
/** A middle initial: "G." in "Edwin G. Monroy". */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
/** How far after a name {@link EntityFinder.personalPronounFollows} looks for the next sentence's "He" or "She". */
const PRONOUN_WINDOW = 400;
/** "he" or "she" right after a quotation's closing mark: `“…,” he said`. */
const PRONOUN_AFTER_QUOTE = /^ (?:he|she) /u;
const SENTENCE_END = new Set(['.', '!', '?']);
/** A run of more capitalised words than this is not a name (a shouted line, a list of titles). */
const MAX_NAME_WORDS = 12;
/** The longest nickname in marks read inside a name ("Marcia “Cia” Price"), in characters. */
const MAX_NICKNAME = 14;
/** A nickname in marks between two words of a name, with the spaces around it (see `surnameAfterNickname`). */
const NICKNAME_INSIDE = new RegExp(` [“"][^“”"]{1,${MAX_NICKNAME}}[”"] `, 'u');
/** Paragraphs longer than this are never taken for a headline-style title-case line. */
const MAX_TITLE_LINE = 200;
/** How many words of a long paragraph are gathered before the runs among them are read. */
const RUN_PIECE_SIZE = 256;
/** The lower-case check for sentence-initial words: how many words, and how far around each, it searches. */
const MAX_LOWER_CASE_CHECKS = 256;
const LOWER_CASE_WINDOW = 20_000;

/**
 * What the word lists say about a capitalised word, as bit flags. The finder asks up to a dozen lists about each
 * word of a run; the flags are worked out once per distinct word ({@link classesOf}), so that a word costs one hash
 * lookup instead of one per list.
 */
const WordClass = {
  title: 1 << 0,
  titleModifier: 1 << 1,
  organizationWord: 1 << 2,
  sentenceWord: 1 << 3,
  innerFunctionWord: 1 << 4,
  shouted: 1 << 5,
  nationality: 1 << 6,
  placeSuffix: 1 << 7,
  eventWord: 1 << 8,
  placeWord: 1 << 9,
  placePrefix: 1 << 10,
  firstName: 1 << 11,
  nameMonth: 1 << 12,
  dateWord: 1 << 13,
  gerund: 1 << 14,
  commonPlural: 1 << 15,
  /** In lower case, one of {@link DIRECTION_ADJECTIVES} ("South", "Northern"). */
  directionAdjective: 1 << 16,
  /** In lower case, a role noun ("Dockworker"; see `isRoleNoun`). */
  roleNoun: 1 << 17,
  /** One of {@link ORGANIZATION_HEADS}. */
  organizationHead: 1 << 18,
  /** One of {@link POST_NOMINALS}, or a party-and-state tag ({@link PARTY_TAG_WORD}). */
  postNominal: 1 << 19,
  // The shapes below are asked of a word's name by rules that ran for every name; as flags they cost a bit test
  // instead of a character read from a string or a regular expression.
  /** Two to six capitals, or two to four capitals with periods ({@link ACRONYM}). */
  acronym: 1 << 20,
  /** Starts with a lower-case letter (a particle: "al-Assad", "van"). */
  lowerCaseStart: 1 << 21,
  /** A capital and a period: a middle initial ("G." in "Edwin G. Monroy"). */
  middleInitial: 1 << 22,
  /** A month that is also a given name ({@link GIVEN_NAME_MONTHS}). */
  givenNameMonth: 1 << 23,
  /** "The". */
  the: 1 << 24,
  /** The first word of one of {@link KNOWN_ORGANIZATIONS}: only a run starting with one is looked up there whole. */
  startsKnownOrganization: 1 << 25,
} as const;

/**
 * A party-and-state tag ("R-Idaho", "D-N.M.") set off after a legislator's name: like a member's letters, no part of
 * the name and no name of its own.
 */
const PARTY_TAG_WORD = /^[DRI]-\p{Lu}/u;

/** A word that names a kind of thing, not one thing: "Army", "Department", "Minister", "State". */
const GENERIC_WORD = WordClass.organizationWord | WordClass.placeWord | WordClass.title | WordClass.titleModifier |
  WordClass.sentenceWord | WordClass.nationality;

function classify(word: string): number {
  let classes = 0;
  if (isTitle(word)) classes |= WordClass.title;
  if (TITLE_MODIFIERS.has(word)) classes |= WordClass.titleModifier;
  if (isOrganizationWord(word)) classes |= WordClass.organizationWord;
  if (SENTENCE_WORDS.has(word)) classes |= WordClass.sentenceWord;
  if (INNER_FUNCTION_WORDS.has(word)) classes |= WordClass.innerFunctionWord;
  if (isShouted(word)) classes |= WordClass.shouted;
  if (isNationalityAdjective(word)) classes |= WordClass.nationality;
  if (PLACE_SUFFIXES.has(word)) classes |= WordClass.placeSuffix;
  if (ORGANIZATION_HEADS.has(word)) classes |= WordClass.organizationHead;
  if (POST_NOMINALS.has(word) || PARTY_TAG_WORD.test(word)) classes |= WordClass.postNominal;
  if (EVENT_WORDS.has(word)) classes |= WordClass.eventWord;
  if (PLACE_WORDS.has(word)) classes |= WordClass.placeWord;
  if (PLACE_PREFIXES.has(word)) classes |= WordClass.placePrefix;
  if (FIRST_NAMES.has(word)) classes |= WordClass.firstName;
  if (NAME_MONTHS.has(word)) classes |= WordClass.nameMonth;
  if (isDateWord(word)) classes |= WordClass.dateWord;
  if (isGerund(word)) classes |= WordClass.gerund;
  if (COMMON_PLURAL_NOUNS.has(word)) classes |= WordClass.commonPlural;
  if (isAcronym(word)) classes |= WordClass.acronym;
  if (startsLowerCase(word)) classes |= WordClass.lowerCaseStart;
  if (MIDDLE_INITIAL.test(word)) classes |= WordClass.middleInitial;
  if (GIVEN_NAME_MONTHS.has(word)) classes |= WordClass.givenNameMonth;
  if (word === 'The') classes |= WordClass.the;
  if (KNOWN_ORGANIZATION_FIRST_WORDS.has(word)) classes |= WordClass.startsKnownOrganization;
  const lower = word.toLowerCase();
  if (DIRECTION_ADJECTIVES.has(lower)) classes |= WordClass.directionAdjective;
  if (isRoleNoun(lower)) classes |= WordClass.roleNoun;
  return classes;
}

/**
 * What a capitalised word as written says by itself, before its neighbours are read: worked out once per distinct
 * spelling ({@link CAPITALISED_WORDS}), since a document repeats its names, and a word then costs a hash of its
 * characters instead of slices, a possessive and suffix check and a dozen list lookups.
 */
interface CapitalisedWord {
  /** The name part: without a final period that ends a sentence, a possessive ’s or a hyphen suffix. */
  name: string;
  /** What the name says by itself: its key, and whether the gazetteer or the known organisations list it. */
  reading: NameReading;
  nameLength: number;
  /** The length of the word as written, possessive and suffix included; a final period only if an abbreviation's. */
  wordLength: number;
  /** Whether the word can go on into a name with the next: no possessive, suffix or sentence-ending period. */
  runsOn: boolean;
  /** What the word lists say about `name`: {@link WordClass} flags. */
  classes: number;
  /** May be part of a name (months, weekdays and "I" may not; see `EntityFinder.findRuns` for a month inside a name). */
  nameLike: boolean;
}

function readCapitalisedWord(written: string): CapitalisedWord {
  let wordLength = written.length;
  let endsSentence = false;
  if (written.charCodeAt(wordLength - 1) === PERIOD && !isAbbreviation(written)) {
    wordLength -= 1;
    endsSentence = true;
  }
  let nameLength = wordLength;
  if (wordLength > 2 && written.charCodeAt(wordLength - 1) === 0x73 && isApostrophe(written.charCodeAt(wordLength - 2))) {
    nameLength -= 2;
  } else {
    const hyphen = lastHyphenAfterFirst(written, 0, wordLength);
    if (hyphen >= 0 && NAME_HYPHEN_SUFFIXES.has(written.slice(hyphen + 1, wordLength))) nameLength = hyphen;
  }
  const name = written.slice(0, nameLength);
  const classes = classify(name);
  return {
    name, reading: readName(name), nameLength, wordLength, runsOn: nameLength === wordLength && !endsSentence, classes,
    nameLike: name !== 'I' && (classes & WordClass.dateWord) === 0,
  };
}

/**
 * The capitalised word the scan has just read (`EntityFinder.readParagraphs`), for `EntityFinder.readToken`, and the
 * word next to a name that `EntityFinder.wordAfter`, `wordBefore` or `wordsBeforeMark` has just read. One of each
 * serves every document: a document is read from start to end before the next, and a pair of typed arrays made per
 * document cost more than some small documents' reading.
 */
const CAPITALISED_WORD_SCANNED = new ScannedWord();
const NEIGHBOUR_WORD_READ = new WordBeingRead();

/** {@link readCapitalisedWord} of `text[start, end)`, remembered by spelling for the process. */
const CAPITALISED_WORDS = new SpellingTable(readCapitalisedWord, 16_384);

/** A name as written, read without its context: one record per distinct spelling (see {@link NAME_READINGS}). */
interface NameReading {
  /** The name's {@link nameKey}. */
  key: string;
  /** Whether the key is a gazetteer place or alias. */
  isPlace: boolean;
  /** Whether the key is one of {@link KNOWN_ORGANIZATIONS}. */
  isKnownOrganization: boolean;
}

function readName(written: string): NameReading {
  // A nickname in marks inside a person's name is no part of the name's spelling: "Marcia “Cia” Price" is "Marcia Price".
  const key = nameKey(written.replace(NICKNAME_INSIDE, ' '));
  return { key, isPlace: canonicalPlace(key) !== null, isKnownOrganization: KNOWN_ORGANIZATIONS.has(key) };
}

/**
 * {@link readName} of `text[start, end)`, remembered by spelling for the process: a name of several words is met
 * again and again in a document, and its reading then costs a hash of its characters instead of a slice, the
 * spelling's normalisation and two lookups with a new string's hash.
 */
const NAME_READINGS = new SpellingTable(readName, 16_384);

/**
 * A name of capitalised words one space apart, found by its words rather than its characters: a node of
 * `EntityFinder.namesByWords`, reached from its first word through each word after it.
 */
class NameByWords {
  /** The name's {@link NAME_READINGS} answer, once asked for. */
  reading: NameReading | null = null;
  /** The names that go on from this one by one more word, by that word. */
  readonly longer = new Map<CapitalisedWord, NameByWords>();
}

function is(token: Token, wordClass: number): boolean {
  return (token.word.classes & wordClass) !== 0;
}

class EntityFinder {
  private readonly clusters = new Map<string, Cluster>();
  private readonly acronymLinks = new Map<string, string>();
  /** A company's name without its designators → its full name (see `mergeShortBodyNames`). */
  private readonly shortNameLinks = new Map<string, string>();
  /** Sentence-initial single words, taken only when the name is known from elsewhere. */
  private readonly pending: Candidate[] = [];
  private readonly lowerCaseUse = new Map<string, boolean>();
  /** The names of several words read so far, by their first word (see {@link readingOf}). */
  private readonly namesByWords = new Map<CapitalisedWord, NameByWords>();
  /**
   * Where the word {@link wordBefore} has just read starts, or where the one {@link wordAfter} has just read ends: read
   * right after the call, as a global regular expression's `lastIndex` is. Returned with the word in an object, it
   * cost an allocation for each of the tens of thousands of words read around names in a megabyte.
   */
  private neighbourEdge = 0;
  /** The position {@link blanksBefore} was last asked about, and its answer. */
  private blanksAskedAt = -1;
  private blanksStart = -1;

  constructor(private readonly text: string) {}

  run(paragraphs: Span[]): Entity[] {
    const titleCaseLines = this.readParagraphs(paragraphs);
    this.linkAcronymsAndAliases();
    for (const cluster of this.clusters.values()) cluster.type = typeOf(cluster.evidence);
    this.demoteUnsupportedPeople();
    const surnames = this.personSurnames();
    this.mergeSurnames(surnames);
    this.mergePluralNames();
    this.mergeShortBodyNames(surnames);
    for (const candidate of this.pending) this.confirm(candidate, surnames);
    if (titleCaseLines.length > 0) {
      const known = this.knownNames(surnames);
      for (const lineTokens of titleCaseLines) this.matchKnownNames(lineTokens, surnames, known);
    }
    return this.entities();
  }

  /**
   * Reads the capitalised words of every paragraph and the runs among them; returns the words of the title-case lines,
   * which are read once the body's names are known.
   *
   * One global scan for capital letters (the regular-expression engine skips lower-case text quickly) finds the first
   * word of each stretch of capitalised words; the words after it, separated by spaces only, are read on from the
   * character codes without the expression. The scan is written out here rather than handed callbacks: the words'
   * array and counts stay in locals, where a closure kept them in a context object read and written for every word.
   */
  private readParagraphs(paragraphs: Span[]): Token[][] {
    const { text } = this;
    const titleCaseLines: Token[][] = [];
    // The paragraph's words are `tokens[0, tokenCount)`: one array serves every paragraph, since an array made for
    // each (and grown by its first push) was a tenth of what the stage allocated. Words past `tokenCount` are an
    // earlier paragraph's, never read.
    const tokens: Token[] = [];
    let tokenCount = 0;
    let tokensParagraph = -1;
    /** The last index in `tokens` where runs break (see `runsBreakBefore`); 0 when none is known. */
    let lastBreak = 0;
    let index = 0;
    if (paragraphs.length > 0) CAPITAL_LETTER.lastIndex = paragraphs[0].start;
    const scanned = CAPITALISED_WORD_SCANNED;
    while (index < paragraphs.length && CAPITAL_LETTER.test(text)) {
      let start = CAPITAL_LETTER.lastIndex - 1;
      while (index < paragraphs.length && paragraphs[index].end <= start) index++;
      if (index === paragraphs.length) break;
      const paragraph = paragraphs[index];
      if (start < paragraph.start) {
        CAPITAL_LETTER.lastIndex = paragraph.start;
        continue;
      }
      // How many spaces stand between this word and the one the scan read before it in the stretch; 0 for the
      // stretch's first word, found by the expression.
      let spacesBefore = 0;
      /** The token of the word read before this one in the stretch, if it made one. */
      let previousInStretch: Token | null = null;
      for (;;) {
        const end = readCapitalisedWordEnd(text, start, scanned);
        CAPITAL_LETTER.lastIndex = end;
        // A word read on past the paragraph's end (into trailing blanks the paragraph leaves out) is no word of it.
        if (end > paragraph.end) break;
        if (index !== tokensParagraph) {
          if (tokenCount > 0) this.closeParagraph(paragraphs[tokensParagraph], tokens, tokenCount, titleCaseLines);
          tokenCount = 0;
          lastBreak = 0;
          tokensParagraph = index;
        }
        // No index below 0 is read: V8 looks one up as a property named "-1", through the runtime.
        const previous = tokenCount > 0 ? tokens[tokenCount - 1] : undefined;
        const token = this.readToken(start, end, paragraph, previous, previous === previousInStretch ? spacesBefore : 0);
        previousInStretch = token;
        if (token !== null) {
          tokens[tokenCount++] = token;
          if (tokenCount > 1 && runsBreakBefore(tokens, tokenCount - 1)) lastBreak = tokenCount - 1;
          // A paragraph too long to be a title-case line is read in pieces cut where runs break, so that a huge
          // one-line document does not keep all its words alive (and copied as the array grows) until its end.
          if (tokenCount >= RUN_PIECE_SIZE && lastBreak > 0 && paragraph.end - paragraph.start > MAX_TITLE_LINE) {
            this.findRuns(tokens, lastBreak, paragraph);
            tokens.copyWithin(0, lastBreak, tokenCount);
            tokenCount -= lastBreak;
            lastBreak = 0;
          }
        }
        let next = end;
        let code = scanned.following;
        while (code === 0x20 && next < paragraph.end) code = codeAt(text, ++next);
        if (next === end || next === paragraph.end || !isCapitalLetterCode(code)) break;
        spacesBefore = next - end;
        start = next;
      }
    }
    if (tokenCount > 0) this.closeParagraph(paragraphs[tokensParagraph], tokens, tokenCount, titleCaseLines);
    return titleCaseLines;
  }

  /**
   * Reads the runs among a paragraph's words `tokens[0, tokenCount)`, or keeps the words of a title-case line for
   * later. Each paragraph's runs are closed as soon as its words are read, so that only the title-case lines' words
   * stay alive to the end: keeping every word of a large document alive made garbage collection a sixth of the stage.
   */
  private closeParagraph(paragraph: Span, tokens: Token[], tokenCount: number, titleCaseLines: Token[][]): void {
    if (this.isTitleCaseLine(paragraph, tokens, tokenCount)) titleCaseLines.push(tokens.slice(0, tokenCount));
    else this.findRuns(tokens, tokenCount, paragraph);
  }

  /**
   * Reads the capitalised word `text[matchStart, matchEnd)`, linking it to the previous one when only spaces or a
   * particle stand between. The word itself is read once per distinct spelling ({@link CAPITALISED_WORDS}), found by
   * the code units the scan has just read; only the characters around it are read here. `spacesBefore` is the number
   * of spaces the scan read between `previous` and this word when nothing else stands between, else 0.
   */
  private readToken(matchStart: number, matchEnd: number, paragraph: Span, previous: Token | undefined, spacesBefore: number): Token | null {
    const { text } = this;
    let start = matchStart;
    if (CAPITALISED_WORD_SCANNED.codes[0] >= 0x80 && !UPPER_CASE_START.test(text.charAt(start))) return null;
    const before = spacesBefore > 0 ? 0x20 : start > paragraph.start ? text.charCodeAt(start - 1) : 0;
    if (before !== HYPHEN && isWordCode(before)) return null;
    // "al-Assad", "bin-Talal": the lower-case prefix belongs to the name.
    if (before === HYPHEN) {
      const prefix = /(?:^|[^\p{L}])(\p{Ll}{2,3}-)$/u.exec(text.slice(Math.max(paragraph.start, start - 5), start));
      if (prefix && NAME_PREFIX_PATTERN.test(prefix[1] + text.charAt(start))) start -= prefix[1].length;
    }
    const word = start === matchStart
      ? CAPITALISED_WORDS.recallRead(CAPITALISED_WORD_SCANNED, text, start)
      : CAPITALISED_WORDS.recall(text, start, matchEnd);
    if (previous !== undefined && previous.link === 'space') {
      if (spacesBefore > 0) {
        // Only the spaces the scan has read stand between: their number decides the link, as in `linkBetween`.
        previous.link = spacesBefore <= 3 ? 'space' : null;
      } else {
        // The words of a nickname inside a name ("Marcia “Cia” Price") are no name of their own; the surname after
        // them goes on with the given name.
        const surname = this.surnameAfterNickname(previous);
        if (start < surname) return null;
        previous.link = start === surname ? 'space' : this.linkBetween(previous, start, word);
      }
    }
    return new Token(start, word, word.runsOn ? 'space' : null);
  }

  /**
   * How the words `previous` and the one at `nextStart` connect: spaces, a particle, "of"/"for", "and", "&", or not
   * at all.
   */
  private linkBetween(previous: Token, nextStart: number, next: CapitalisedWord): Token['link'] {
    const { text } = this;
    const gapStart = previous.wordEnd;
    const gapLength = nextStart - gapStart;
    if (gapLength <= 0 || gapLength > 16) return null;
    // Most gaps are spaces alone or start with punctuation ("Paris, Texas"): they are read from the character codes,
    // and only a gap that goes on with a lower-case word becomes a string for the expression.
    let spaces = 0;
    while (spaces < gapLength && isSpace(text.charCodeAt(gapStart + spaces))) spaces++;
    if (spaces === gapLength) return spaces <= 3 ? 'space' : null;
    const wordCode = text.charCodeAt(gapStart + spaces);
    if (wordCode === AMPERSAND) return spaces > 0 && spaces <= 3 && gapLength === 2 * spaces + 1 ? 'ampersand' : null;
    if (spaces === 0 || wordCode < 0x61 || wordCode > 0x7a) return null;
    // One or two lower-case words between blanks, `^[ \t\u00a0]{1,3}([a-z]+)(?:[ \t\u00a0]{1,3}([a-z]+))?[ \t\u00a0]{1,3}$`, read
    // from the character codes and looked up by spelling: a slice and a match of that expression cost more.
    let at = gapStart + gapBlankLength(text, gapStart, nextStart);
    if (at === gapStart) return null;
    const firstStart = at;
    at = readLowerCaseWord(text, at, nextStart);
    if (at === firstStart) return null;
    const first = CONTEXT_WORDS.recallRead(NEIGHBOUR_WORD_READ, text, firstStart);
    // Most gaps hold an ordinary word ("Obama said Putin"), which links nothing whatever follows it.
    if ((first & (ContextWord.particle | ContextWord.and | ContextWord.toOrOn | ContextWord.joiner)) === 0) return null;
    const firstBlank = gapBlankLength(text, at, nextStart);
    if (firstBlank === 0) return null;
    at += firstBlank;
    let second: number | null = null;
    if (at < nextStart) {
      const secondStart = at;
      at = readLowerCaseWord(text, at, nextStart);
      if (at === secondStart) return null;
      second = CONTEXT_WORDS.recallRead(NEIGHBOUR_WORD_READ, text, secondStart);
      const secondBlank = gapBlankLength(text, at, nextStart);
      if (secondBlank === 0 || at + secondBlank !== nextStart) return null;
    }
    if ((first & ContextWord.particle) !== 0 && (second === null || (second & ContextWord.particle) !== 0)) return 'particle';
    if ((first & ContextWord.and) !== 0 && second === null) return 'and';
    if (first & ContextWord.toOrOn) return second === null && opensOrganizationClause(previous.word, next) ? 'joiner' : null;
    return (first & ContextWord.joiner) !== 0 && (second === null || (second & ContextWord.the) !== 0) ? 'joiner' : null;
  }

  /**
   * Where the surname starts after a nickname in marks that follows the given name `first` ("Marcia “Cia” Price",
   * "Dwayne "The Rock" Johnson"): one space, an opening mark, capitalised words (at most {@link MAX_NICKNAME}
   * characters), the closing mark, one space and a capital letter. -1 when no nickname follows; after any word but a
   * known first name the marks are a term ("Clinton “Crooked Hillary” Tuesday").
   */
  private surnameAfterNickname(first: Token): number {
    // The word's flag first: it costs a bit test, a character of the text a few dozen instructions.
    if (!is(first, WordClass.firstName)) return -1;
    const { text } = this;
    const open = first.wordEnd + 1;
    if (codeAt(text, first.wordEnd) !== 0x20) return -1;
    const mark = codeAt(text, open);
    if (mark !== 0x201c && mark !== 0x22) return -1;
    const closing = mark === 0x22 ? 0x22 : 0x201d;
    if (!isCapitalLetterCode(codeAt(text, open + 1))) return -1;
    for (let index = open + 2; index <= open + MAX_NICKNAME + 1; index++) {
      const code = codeAt(text, index);
      if (code === closing) return codeAt(text, index + 1) === 0x20 && isCapitalLetterCode(codeAt(text, index + 2)) ? index + 2 : -1;
      if (!continuesName(code) && code !== 0x20 && code !== PERIOD && code !== HYPHEN && code !== 0x27 && code !== 0x2019) return -1;
    }
    return -1;
  }

  /**
   * Whether a sentence starts at `start`: the paragraph's start, after an opening quotation mark, or after
   * ".", "!", "?" or ":" (skipping closing marks and brackets), unless the period belongs to an abbreviation.
   */
  private startsSentence(start: number, paragraph: Span): boolean {
    const { text } = this;
    let index = this.blanksBefore(start, paragraph) - 1;
    if (index < paragraph.start) return true;
    const adjacent = index === start - 1;
    // Read as character codes, not one-character strings: `charAt` allocates a string for a character such as “.
    const opening = text.charCodeAt(index);
    if (opening === 0x201c || (adjacent && (opening === 0x22 || opening === 0x27 || opening === 0x2018 || opening === 0x28 || opening === 0x5b))) return true;
    while (index > paragraph.start && isClosingMark(text.charCodeAt(index))) index--;
    const code = text.charCodeAt(index);
    if (code === 0x21 || code === 0x3f || code === 0x3a || code === 0x2026) return true;
    if (code !== PERIOD) return false;
    // The word the period ends, periods included ("U.S."), read back at most 12 characters before the period.
    const floor = Math.max(paragraph.start, index - 12);
    let wordStart = index;
    for (;;) {
      if (wordStart > floor && text.charCodeAt(wordStart - 1) === PERIOD) wordStart--;
      else {
        const length = letterOrDigitLengthBefore(text, wordStart, floor);
        if (length === 0) break;
        wordStart -= length;
      }
    }
    return !ABBREVIATION_SPELLINGS.recall(text, wordStart, index + 1);
  }

  /**
   * A headline-style line: short, not ending like a sentence, with four or more capitalised words and no lower-case
   * word of four letters or more other than the prepositions and conjunctions title case leaves small ("from", "with").
   */
  private isTitleCaseLine(paragraph: Span, tokens: Token[], tokenCount: number): boolean {
    if (paragraph.end - paragraph.start > MAX_TITLE_LINE || this.text.charAt(paragraph.end - 1) === '.') return false;
    let longWords = 0;
    for (let index = 0; index < tokenCount; index++) if (tokens[index].end - tokens[index].start >= 4) longWords++;
    if (longWords < 4) return false;
    return isInTitleCase(this.text.slice(paragraph.start, paragraph.end));
  }

  /**
   * Whether a word is used in lower case near `position` ("delayed" makes a sentence-initial "Delayed" an ordinary
   * word). The answer for a word comes from the text around its first such use, and only the first words asked
   * about are searched for, so that the cost stays bounded on huge inputs; beyond that a word counts as unused.
   */
  private usedInLowerCase(word: string, position: number): boolean {
    const lower = word.toLowerCase();
    let used = this.lowerCaseUse.get(lower);
    if (used === undefined) {
      if (this.lowerCaseUse.size >= MAX_LOWER_CASE_CHECKS || !/^[a-z\u00DF-\u00FF]+$/.test(lower)) return false;
      used = this.occursAsWord(lower, Math.max(0, position - LOWER_CASE_WINDOW), Math.min(this.text.length, position + LOWER_CASE_WINDOW));
      this.lowerCaseUse.set(lower, used);
    }
    return used;
  }

  /**
   * Whether `word` occurs in [from, to) as a whole word: no letter or digit (up to U+1FFF) right before or after it
   * inside the stretch. `indexOf` over the stretch (a slice shares the text's characters) finds the occurrences; a
   * regular expression built per word cost as much as the rest of the stage on news with many sentence-initial words.
   */
  private occursAsWord(word: string, from: number, to: number): boolean {
    const stretch = this.text.slice(from, to);
    for (let found = stretch.indexOf(word); found !== -1; found = stretch.indexOf(word, found + 1)) {
      const end = found + word.length;
      if ((found === 0 || !isLetterDigitUpTo1FFF(stretch.charCodeAt(found - 1))) && (end === stretch.length || !isLetterDigitUpTo1FFF(stretch.charCodeAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Finds runs of name words among a paragraph's words `tokens[0, end)` and turns each into candidates. */
  private findRuns(tokens: Token[], end: number, paragraph: Span): void {
    let runStart = -1;
    let organizationOrTitleSeen = false;
    // Whether the run holds a person's first name and no organisation word: "of" after a person's name starts
    // another name ("Attorney General Ada Quill of the Department of Justice", "Ada Quill of Ohio"), where after
    // "Secretary" or "Department" it goes on ("West Virginia Department of Environmental Protection").
    let personNamed = false;
    for (let index = 0; index <= end; index++) {
      // No index out of range is read (see `run`): past the end is the end of the last run.
      const token = index < end ? tokens[index] : undefined;
      if (token !== undefined && runStart >= 0) {
        // A run has started before `index`, so there is a previous word.
        const previous = tokens[index - 1];
        // A name goes on after "and" or "&" only with a word that cannot start a person's name or an acronym of its
        // own ("… of Health and Human Services", not "… of Justice and Hillary Clinton"); `closeRun` splits the rest.
        const continues = previous.link !== null && (previous.link !== 'joiner' || (organizationOrTitleSeen && !personNamed)) &&
          ((previous.link !== 'and' && previous.link !== 'ampersand') || !is(token, WordClass.firstName | WordClass.title | WordClass.shouted)) &&
          (token.word.nameLike || this.isGivenNameMonth(tokens, index, end, paragraph) ||
            // "Theresa May": a month after a name word is a surname; after "Since" or "In" it is a month.
            (is(token, WordClass.nameMonth) && previous.link === 'space' && !is(previous, WordClass.sentenceWord)));
        if (continues) {
          // After "and" the words are read as a name of their own, which `closeRun` may join to the first.
          if (previous.link === 'and') organizationOrTitleSeen = false;
          organizationOrTitleSeen ||= this.namesBody(token) || is(token, WordClass.title);
          // "Senator Harlan Pruitt of Kansas": a word a space after a title is its holder's name, as a first name is
          // ("Secretary of State" names the title's field).
          personNamed = is(token, WordClass.organizationWord)
            ? false
            : personNamed || is(token, WordClass.firstName) ||
              (previous.link === 'space' && is(previous, WordClass.title) && !is(token, WordClass.title));
          continue;
        }
      }
      if (runStart >= 0 && index - runStart <= MAX_NAME_WORDS && !isLoneSentenceWord(tokens, runStart, index)) {
        this.closeRun(tokens, runStart, index, paragraph);
      }
      runStart = token !== undefined && (token.word.nameLike || this.isSurnameMonth(token, paragraph) || this.isGivenNameMonth(tokens, index, end, paragraph))
        ? index
        : -1;
      organizationOrTitleSeen = token !== undefined && (this.namesBody(token) || is(token, WordClass.title));
      personNamed = token !== undefined && is(token, WordClass.firstName) && !is(token, WordClass.organizationWord);
    }
  }

  /**
   * Whether `token` makes its name a body's: an organisation word, or a plural of people or things right before
   * " for ", which heads the name of a body formed for a cause ("Citizens for Sound Budgets", "Americans for
   * Prosperity", "Veterans for Peace").
   */
  private namesBody(token: Token): boolean {
    return is(token, WordClass.organizationWord) ||
      (token.link === 'joiner' && is(token, WordClass.commonPlural) && this.text.startsWith(' for ', token.wordEnd));
  }

  /**
   * Where a second name starts in a run joined by "and", or -1 when the run is one name: a known organisation
   * ("Food and Drug Administration"), or an organisation named "… of X and Y" where X is no place and the words after
   * "and" do not head an organisation of their own ("Department of Health and Human Services", not "Department of
   * Defense and State Department"). Elsewhere "and" joins two names ("Marks and Ortiz").
   */
  private secondNameAfterAnd(tokens: Token[], from: number, to: number): number {
    let and = from;
    while (and < to - 1 && tokens[and].link !== 'and') and++;
    if (and >= to - 1) return -1;
    let first = from;
    while (first < and && is(tokens[first], WordClass.sentenceWord)) first++;
    if (this.readingOf(tokens, first, to).isKnownOrganization) return -1;
    let namedOf = false;
    for (let index = first; index < and && !namedOf; index++) {
      namedOf = tokens[index].link === 'joiner' && is(tokens[index], WordClass.organizationWord);
    }
    // "Securities and Exchange Commission", "Ways and Means Committee": one word before "and" that is no name of its
    // own (no given name, title, place or known body, nor a word of a name read before) opens the body's name after
    // it, unless that is a known body of its own ("House and Senate").
    const opening = tokens[first];
    const opensBody = and === first && is(tokens[to - 1], WordClass.organizationWord) &&
      !opening.word.reading.isPlace && !opening.word.reading.isKnownOrganization &&
      !is(opening, WordClass.firstName | WordClass.title | WordClass.shouted | WordClass.nationality) &&
      !this.readingOf(tokens, and + 1, to).isKnownOrganization && !this.isWordOfNameRead(opening.word.name);
    if (opensBody) return -1;
    // "… Union of Ohio and Demos": after a place, "and" joins another organisation to a regional branch.
    let headsItsOwn = tokens[and].word.reading.isPlace;
    for (let index = and + 1; index < to && !headsItsOwn; index++) headsItsOwn = is(tokens[index], WordClass.organizationHead);
    return namedOf && !headsItsOwn ? -1 : and + 1;
  }

  /** Whether `word` is a word of a name read so far ("Goodlatte" after "Bob Goodlatte"). Asked rarely: a scan of them. */
  private isWordOfNameRead(word: string): boolean {
    for (const key of this.clusters.keys()) {
      if (key === word || key.startsWith(`${word} `) || key.endsWith(` ${word}`) || key.includes(` ${word} `)) return true;
    }
    return false;
  }

  /**
   * "May" opening a sentence and not followed by a number or "I" ("May said …", not "May 5"): a name, taken only
   * when it is the surname of a person named in full elsewhere ("Theresa May"), as any sentence-initial word is.
   */
  private isSurnameMonth(token: Token, paragraph: Span): boolean {
    if (!is(token, WordClass.nameMonth)) return false;
    let next = token.wordEnd;
    while (next < paragraph.end && isSpace(this.text.charCodeAt(next))) next++;
    const code = codeAt(this.text, next);
    // "May 5" is a date and "May I …" a question.
    if ((code >= 0x30 && code <= 0x39) || (code === 0x49 && !isWordCode(codeAt(this.text, next + 1)))) return false;
    return this.startsSentence(token.start, paragraph);
  }

  /**
   * A month that is also a given name, right before a surname ("Gov. Jan Brewer", "reporter April Ryan", "said May
   * Ortiz"): a name's first word, unless a word of time stands before it, where the month dates what follows ("in
   * April Clinton won", "since June Sanders has"), or the next word is a place, body, title or date ("May Day").
   * The paragraph's words read so far are `tokens[0, end)`.
   */
  private isGivenNameMonth(tokens: Token[], index: number, end: number, paragraph: Span): boolean {
    const token = tokens[index];
    if (!is(token, WordClass.givenNameMonth) || token.link !== 'space' || index + 1 >= end) return false;
    const next = tokens[index + 1];
    if (!next.word.nameLike || next.word.reading.isPlace ||
      is(next, WordClass.organizationWord | WordClass.title | WordClass.sentenceWord | WordClass.eventWord)) return false;
    const before = this.wordBefore(token.start, paragraph);
    return before === null || (before & ContextWord.timeBeforeMonth) === 0;
  }

  /** Trims a run [from, to) of tokens to its name(s) and records them as candidates. */
  private closeRun(tokens: Token[], from: number, to: number, paragraph: Span): void {
    const secondName = this.secondNameAfterAnd(tokens, from, to);
    if (secondName >= 0) {
      this.closeRun(tokens, from, secondName, paragraph);
      this.closeRun(tokens, secondName, to, paragraph);
      return;
    }
    // Whether the run starts a sentence is read from the text before it only when a rule asks: most runs that are
    // only sentence words ("The", "He") are dropped without it.
    let runStartsSentence: boolean | undefined;
    let first = from;
    let roleBefore = false;
    while (first < to) {
      const token = tokens[first];
      // A role noun capitalised only because it opens the sentence ("Dockworker Tunde Okafor said") describes the
      // person named after it; two words must follow, so that a surname shaped like a role ("Newman") stays.
      const roleAtSentenceStart = first === from && to - first > 2 && !is(token, WordClass.firstName) &&
        is(token, WordClass.roleNoun);
      const ordinaryAtSentenceStart = first === from && to - first > 1 && token.link === 'space' &&
        (runStartsSentence ??= this.startsSentence(token.start, paragraph)) &&
        (roleAtSentenceStart || is(token, WordClass.gerund) || this.usedInLowerCase(token.word.name, token.start));
      // "May" alone is kept although it is also a sentence word: it is taken only if a person's surname (see `findRuns`).
      const surnameMonth = to - from === 1 && is(token, WordClass.nameMonth);
      if ((!is(token, WordClass.sentenceWord) || surnameMonth || titlesNameAfter(tokens, first, to)) && !ordinaryAtSentenceStart) break;
      roleBefore = ordinaryAtSentenceStart && roleAtSentenceStart;
      first++;
    }
    if (first >= to) return;
    for (let index = first + 1; index < to; index++) if (is(tokens[index], WordClass.innerFunctionWord)) return;
    let shouted = true;
    for (let index = first; index < to && shouted; index++) shouted = is(tokens[index], WordClass.shouted);
    if (shouted) {
      // "SEN. MORALES-VANCE:", "SENATOR MORALES-VANCE:" in a transcript: a title in capitals, abbreviated or in a
      // speaker's label, before a name in capitals stays out of it ("JUSTICE LEAGUE" stays shouted text).
      const title = tokens[first].word.name;
      const titled = to - first > 1 && (title.endsWith('.') || codeAt(this.text, tokens[to - 1].wordEnd) === 0x3a) &&
        isTitle(inOrdinaryCase(title));
      this.addShoutedName(tokens, titled ? first + 1 : first, to, paragraph);
      return;
    }
    const afterThe = first === from ? this.followsThe(tokens[from].start, paragraph) : is(tokens[first - 1], WordClass.the);
    const titleEnd = lastTitleIndex(tokens, first, to);
    if (titleEnd >= 0) {
      let titleStart = first;
      while (!isTitleWordAt(tokens, titleStart, to)) titleStart++;
      if (titleStart > first) this.addName(tokens, first, titleStart, paragraph, afterThe ? NamePosition.afterThe : 0);
      // "Director of National Intelligence James Clapper": after "of" the words name the title's field up to a given
      // name, where the holder's name starts; "Clerk of Courts" names no holder at all.
      let holder = titleEnd + 1;
      if (tokens[titleEnd].link === 'joiner') {
        while (holder < to && !is(tokens[holder], WordClass.firstName)) holder++;
        if (holder > titleEnd + 1) this.addName(tokens, titleEnd + 1, holder, paragraph, 0);
      }
      if (holder < to) this.addName(tokens, holder, to, paragraph, NamePosition.afterTitle);
      // "King says …": a title with no name after it may be the surname of someone named in full ("Billie Jean
      // King"); it is kept only if it is (see `confirm`), as a sentence-initial word is.
      else if (to - first === 1 && !afterThe) this.pending.push(loneWordCandidate(tokens[first]));
      return;
    }
    const sentenceInitial = first === from && (runStartsSentence ??= this.startsSentence(tokens[from].start, paragraph));
    this.addName(tokens, first, to, paragraph,
      (sentenceInitial ? NamePosition.sentenceInitial : 0) | (afterThe ? NamePosition.afterThe : 0) | (roleBefore ? NamePosition.afterTitle : 0));
  }

  /**
   * A run in capitals: at a paragraph's start before a dash it is a wire dateline's place ("HARBOR POINT —"), named
   * in ordinary case so that it joins the place's other mentions; elsewhere one word is an acronym ("ISIS") and
   * several are shouted text, not a name.
   */
  private addShoutedName(tokens: Token[], from: number, to: number, paragraph: Span): void {
    const last = tokens[to - 1];
    const atParagraphStart = tokens[from].start === paragraph.start;
    if (atParagraphStart && WIRE_DATELINE_DASH.test(this.text.slice(last.wordEnd, Math.min(paragraph.end, last.wordEnd + 48)))) {
      const key = nameKey(inOrdinaryCase(this.text.slice(tokens[from].start, last.end)));
      const candidate = newCandidate(tokens[from].start, last.end, canonicalPlace(key) ?? key, to - from);
      candidate.place = WEIGHT.known;
      this.add(candidate);
      return;
    }
    if (to - from === 1) this.addName(tokens, from, to, paragraph, 0);
  }

  /**
   * Records the name in tokens [from, to) after dropping nationality adjectives and a place suffix; `position` holds
   * {@link NamePosition} flags.
   */
  private addName(tokens: Token[], from: number, to: number, paragraph: Span, position: number): void {
    let hasOrganizationWord = false;
    for (let index = from; index < to && !hasOrganizationWord; index++) hasOrganizationWord = this.namesBody(tokens[index]);
    let first = from;
    // "South Korean", "North Korean": a compass word before a nationality is part of it.
    const nationality = to - from > 1 && is(tokens[from], WordClass.directionAdjective) &&
      is(tokens[from + 1], WordClass.nationality) ? from + 1 : from;
    if (!hasOrganizationWord && is(tokens[nationality], WordClass.nationality)) {
      // "Saudi Arabia" and "Islamic State" keep their adjective; "Lebanese Hezbollah" does not.
      const written = this.readingOf(tokens, from, to);
      if (!written.isKnownOrganization && !written.isPlace) {
        first = nationality;
        while (first < to && is(tokens[first], WordClass.nationality)) first++;
      }
    }
    const afterThe = (position & NamePosition.afterThe) !== 0;
    if (first === to && to - from === 1 && !afterThe) {
      // "Cuban said …": a nationality alone may be the surname of someone named in full ("Mark Cuban"); it is kept
      // only if it is (see `confirm`), as a lone title is.
      this.pending.push(loneWordCandidate(tokens[from]));
      return;
    }
    let last = to;
    while (last - first > 1 && is(tokens[last - 1], WordClass.postNominal)) last--;
    const dropsPostNominal = last < to;
    const dropsPlaceSuffix = last - first > 1 && is(tokens[last - 1], WordClass.placeSuffix);
    if (dropsPlaceSuffix) last--;
    // An event's name is no entity ("the Iraq War"), but a body's name may end on one ("Institute for the Study of War").
    const namesBodyOfEvent = hasOrganizationWord && last - first > 1 && tokens[last - 2].link === 'joiner';
    if (first >= last || (is(tokens[last - 1], WordClass.eventWord) && !namesBodyOfEvent)) return;
    // Letters after a name alone ("her MP", "the MP for …") stand for a person, named elsewhere if at all.
    if (last - first === 1 && is(tokens[first], GENERIC_WORD | WordClass.postNominal) && !is(tokens[first], WordClass.nameMonth)) return;
    const name = this.readingOf(tokens, first, last);
    const { key, isPlace } = name;
    const candidate = newCandidate(tokens[first].start, tokens[last - 1].end, key, last - first);
    if (dropsPlaceSuffix) candidate.place += WEIGHT.strongContext;
    if (dropsPostNominal) {
      candidate.person += WEIGHT.title;
      candidate.personSupport++;
    }
    // "Johnson & Johnson": names joined by an ampersand are a firm's.
    for (let index = first; index < last - 1; index++) if (tokens[index].link === 'ampersand') candidate.organization += WEIGHT.organizationWord;
    if (isPlace || this.isRegionOfPlace(tokens, first, last)) candidate.place += WEIGHT.known;
    if (name.isKnownOrganization) candidate.organization += WEIGHT.known;
    // The last word names what the whole is: "White House Situation Room" is a room, "Calder River Authority" a body;
    // not after "of", where it may close the body's field ("World Affairs Council of Orange County").
    let endsOnPlaceWord = last - first > 1 && is(tokens[last - 1], WordClass.placeWord);
    for (let index = first; index < last - 1 && endsOnPlaceWord; index++) endsOnPlaceWord = tokens[index].link !== 'joiner';
    if (hasOrganizationWord && !endsOnPlaceWord) candidate.organization += WEIGHT.organizationWord;
    else if (endsOnPlaceWord || (last - first > 1 && is(tokens[first], WordClass.placePrefix))) candidate.place += WEIGHT.organizationWord;
    if (position & NamePosition.afterTitle) {
      candidate.person += WEIGHT.title;
      candidate.personSupport++;
    }
    if (last - first === 1 && !isPlace && is(tokens[first], WordClass.acronym)) candidate.organization += WEIGHT.shape;
    // A plural common noun ends the name of a programme or a group ("Pell Grants"), never a person's.
    if (last - first > 1 && !hasOrganizationWord && !is(tokens[last - 1], WordClass.commonPlural)) {
      const firstName = is(tokens[first], WordClass.firstName);
      candidate.person += firstName ? WEIGHT.shape : WEIGHT.weakContext;
      if (firstName) candidate.personSupport++;
    }
    this.addContextEvidence(tokens[first].start, tokens[last - 1], paragraph, afterThe && first === from, candidate);
    // A particle, an Arabic article or a middle initial inside ("Pieter van der Berg", "Karim al-Masri", "Edwin G.
    // Monroy") is the shape of a person's name.
    for (let index = first; index < last && candidate.personSupport === 0; index++) {
      const token = tokens[index];
      if ((index < last - 1 && token.link === 'particle') || is(token, WordClass.lowerCaseStart) || (index > first && index < last - 1 && is(token, WordClass.middleInitial))) {
        candidate.personSupport++;
      }
    }

    const wordEnd = tokens[last - 1].wordEnd;
    // Past the one space, only a bracket or more space can lead to an acronym: other names spare the slice and expression.
    const afterSpace = codeAt(this.text, wordEnd + 1);
    const acronym = last - first > 1 && codeAt(this.text, wordEnd) === 0x20 &&
      (afterSpace === 0x28 || afterSpace === 0x5b || afterSpace === 0x09 || afterSpace === 0xa0)
      ? ACRONYM_IN_BRACKETS.exec(this.text.slice(wordEnd, Math.min(paragraph.end, wordEnd + 16)))
      : null;
    if (acronym && acronym[1] !== key) this.acronymLinks.set(nameKey(acronym[1]), key);
    if ((position & NamePosition.sentenceInitial) !== 0 && first === from && last - first === 1) this.pending.push(candidate);
    else this.add(candidate);
  }

  /**
   * What the name in tokens [from, to) says by itself: {@link NAME_READINGS} of its text. A name whose words stand one
   * space apart is that text's only spelling of those words, and is found by them in {@link namesByWords}: a document
   * names the same people again and again, and reading a name's characters again cost more than the rest of its lookup.
   */
  private readingOf(tokens: Token[], from: number, to: number): NameReading {
    if (to - from === 1) return tokens[from].word.reading;
    const { text } = this;
    let name = this.namesByWords.get(tokens[from].word);
    if (name === undefined) this.namesByWords.set(tokens[from].word, name = new NameByWords());
    for (let index = from + 1; index < to; index++) {
      const gap = tokens[index - 1].wordEnd;
      if (tokens[index].start !== gap + 1 || text.charCodeAt(gap) !== 0x20) return NAME_READINGS.recall(text, tokens[from].start, tokens[to - 1].end);
      let longer: NameByWords | undefined = name.longer.get(tokens[index].word);
      if (longer === undefined) name.longer.set(tokens[index].word, longer = new NameByWords());
      name = longer;
    }
    return name.reading ??= NAME_READINGS.recall(text, tokens[from].start, tokens[to - 1].end);
  }

  /** A direction before a known place: "South Florida", "Northern Virginia". */
  private isRegionOfPlace(tokens: Token[], first: number, last: number): boolean {
    if (last - first < 2 || !is(tokens[first], WordClass.directionAdjective)) return false;
    return canonicalPlace(nameKey(this.text.slice(tokens[first + 1].start, tokens[last - 1].end))) !== null;
  }

  /**
   * Where the spaces (see `isSpace`) right before `position` start, within the paragraph: `position` when there are
   * none. The last answer is kept: the sentence start, "the", an appositive's comma and the word before are asked
   * about in turn before the same name, and each read the same characters back.
   */
  private blanksBefore(position: number, paragraph: Span): number {
    if (position !== this.blanksAskedAt) {
      const { text } = this;
      let start = position;
      while (start > paragraph.start && isSpace(text.charCodeAt(start - 1))) start--;
      this.blanksAskedAt = position;
      this.blanksStart = start;
    }
    return this.blanksStart;
  }

  /** The word right before `position` when only spaces separate them, else null; it starts at {@link neighbourEdge}. */
  private wordBefore(position: number, paragraph: Span): number | null {
    const { text } = this;
    const end = this.blanksBefore(position, paragraph);
    if (end === position) return null;
    const word = NEIGHBOUR_WORD_READ;
    const start = word.readBack(text, end, paragraph.start, isWordCode);
    if (start === end) return null;
    this.neighbourEdge = start;
    return CONTEXT_WORDS.recallRead(word, text, start);
  }

  /**
   * Whether the word right before `position` (see {@link wordBefore}) is "the" in any case; read from character
   * codes, since it is asked for every run. Only ASCII letters lower-case to "t", "h" and "e".
   */
  private followsThe(position: number, paragraph: Span): boolean {
    const { text } = this;
    const end = this.blanksBefore(position, paragraph);
    if (end === position || end - 3 < paragraph.start || (end - 4 >= paragraph.start && isWordCode(text.charCodeAt(end - 4)))) return false;
    return (text.charCodeAt(end - 3) | 0x20) === 0x74 && (text.charCodeAt(end - 2) | 0x20) === 0x68 && (text.charCodeAt(end - 1) | 0x20) === 0x65;
  }

  /** The word right after `position` when only spaces separate them, else null; it ends at {@link neighbourEdge}. */
  private wordAfter(position: number, paragraph: Span): number | null {
    const { text } = this;
    let start = position;
    while (start < paragraph.end && isSpace(text.charCodeAt(start))) start++;
    if (start === position) return null;
    const word = NEIGHBOUR_WORD_READ;
    word.clear();
    let end = start;
    for (let code = codeAt(text, end); end < paragraph.end && isWordCode(code); code = codeAt(text, ++end)) word.push(code);
    if (start === end) return null;
    this.neighbourEdge = end;
    return CONTEXT_WORDS.recallRead(word, text, start);
  }

  /**
   * Whether the name at `start` stands after a comma or an opening bracket that a role or title shortly before
   * introduces: "the mayor of Oslo, Kari Dahl," and "The mayor [Lena Ortiz]". Reads back at most six words.
   */
  private roleBeforeAppositive(start: number, paragraph: Span): boolean {
    return this.wordsBeforeMark(start, paragraph, true, 6, ContextWord.role | ContextWord.title | ContextWord.pluralRole);
  }

  /**
   * Whether the name at `start` stands right after a comma (or, with `bracket`, an opening bracket) that one of the
   * `words` words before it, a word of one of `classes`, introduces.
   */
  private wordsBeforeMark(start: number, paragraph: Span, bracket: boolean, words: number, classes: number): boolean {
    const { text } = this;
    let index = this.blanksBefore(start, paragraph) - 1;
    if (index < paragraph.start || (text.charCodeAt(index) !== 0x2c && (!bracket || text.charCodeAt(index) !== 0x5b))) return false;
    const word = NEIGHBOUR_WORD_READ;
    for (let read = 0; read < words; read++) {
      while (index > paragraph.start && isSpace(text.charCodeAt(index - 1))) index--;
      const wordEnd = index;
      index = word.readBack(text, wordEnd, paragraph.start, isWordCode);
      if (index === wordEnd) return false;
      if ((CONTEXT_WORDS.recallRead(word, text, index) & classes) !== 0) return true;
    }
    return false;
  }

  /**
   * Whether the lone word `token`, followed by the code unit `after`, is set off by commas right after a role noun
   * ("His wife, Morwenna, said"), or by a comma and the sentence's full stop ("…,” added his wife, Morwenna."), and
   * reads as no place, body, title, acronym or sentence word.
   */
  private namesRoleBefore(token: Token, paragraph: Span, after: number): boolean {
    // A possessive or a suffix ("Morwenna’s", "Oslo-based") is no name set off; a sentence's full stop may follow one.
    if (token.word.reading.isPlace || token.word.nameLength !== token.word.wordLength ||
      is(token, WordClass.organizationWord | WordClass.title | WordClass.sentenceWord | WordClass.shouted)) return false;
    const setOff = after === 0x2c || (after === PERIOD && !isWordCode(codeAt(this.text, token.wordEnd + 1)));
    return setOff && this.wordsBeforeMark(token.start, paragraph, false, 1, ContextWord.role);
  }

  /** The {@link ContextWord} flags of {@link wordBefore}, or 0 when there is none. */
  private wordClassesBefore(position: number, paragraph: Span): number {
    return this.wordBefore(position, paragraph) ?? 0;
  }

  /**
   * Whether a party-and-state tag after a person's name starts at `position`, where the code unit is `code`:
   * ` ?[([][DRI]-`, as in "(D-Ore.)" and "(R-Ind.)". Read from character codes: it is asked for every name, and a slice
   * of the text cost more than the check.
   */
  private partyTagAt(position: number, paragraph: Span, code: number): boolean {
    const { text } = this;
    const bracket = code === 0x20 ? position + 1 : position;
    if (bracket + 3 > paragraph.end) return false;
    const open = text.charCodeAt(bracket);
    const party = text.charCodeAt(bracket + 1);
    return (open === 0x28 || open === 0x5b) && (party === 0x44 || party === 0x52 || party === 0x49) && text.charCodeAt(bracket + 2) === HYPHEN;
  }

  /** Evidence from the words around a name that starts at `start` and ends with `lastToken`. */
  private addContextEvidence(start: number, lastToken: Token, paragraph: Span, afterThe: boolean, evidence: Evidence): void {
    // The code unit right after the name, read once for the rules below that look at it.
    const following = codeAt(this.text, lastToken.wordEnd);
    if (this.roleBeforeAppositive(start, paragraph)) evidence.personSupport++;
    // "The ferry company, Nordlys Marine, said": a name set off by commas right after a noun for a body is its name.
    if (following === 0x2c && this.wordsBeforeMark(start, paragraph, false, 1, ContextWord.organizationNoun)) {
      evidence.organization += WEIGHT.strongContext;
    }
    // "His wife, Morwenna, …": a lone word set off right after a role has no other shape of a person's name to go by.
    if (start === lastToken.start && this.namesRoleBefore(lastToken, paragraph, following)) evidence.person += WEIGHT.strongContext;
    // A party-and-state tag after the name: "Lena Ortiz (D-Ore.)".
    if (this.partyTagAt(lastToken.wordEnd, paragraph, following)) evidence.personSupport++;
    // "the Minneapolis-based maker": what a thing is based in is a place, and "the" before it is the noun's.
    const based = lastToken.wordEnd > lastToken.end && this.text.startsWith('-based', lastToken.end);
    if (based) evidence.place += WEIGHT.weakContext;
    const before = this.wordBefore(start, paragraph);
    if (before !== null) {
      const beforeStart = this.neighbourEdge;
      const classes = before;
      // "according to Craig Dunn": the attribution phrase reads as a person's when the name has a person's shape.
      if ((classes & ContextWord.to) && (this.wordClassesBefore(beforeStart, paragraph) & ContextWord.according)) evidence.personSupport++;
      if (classes & ContextWord.role) {
        evidence.person += WEIGHT.strongContext;
        evidence.personSupport++;
      }
      // "“…,” wrote Rosalind Achebe-Hart": a full name after the speech verb that follows a quotation is its speaker's.
      if ((classes & ContextWord.personFollower) && start < lastToken.start && this.quotationClosesBefore(beforeStart)) {
        evidence.person += WEIGHT.weakContext;
        evidence.personSupport++;
      }
      // "in Forbes’ words": before a possessive the preposition governs the noun owned, not the name.
      const possessive = isApostrophe(codeAt(this.text, lastToken.end));
      if (!possessive && ((classes & ContextWord.placePreposition) ||
        ((classes & ContextWord.directionAdjective) && (this.wordClassesBefore(beforeStart, paragraph) & ContextWord.placePreposition)))) {
        evidence.place += WEIGHT.weakContext;
      }
      if ((classes & ContextWord.of) && (this.wordClassesBefore(beforeStart, paragraph) & ContextWord.placeOfNoun)) evidence.place += WEIGHT.strongContext;
      // "The MP for North Downs added": the name after a member's letters and "for" is the seat they hold, a place
      // as sure as a known one, whatever a verb of saying after it suggests.
      if ((classes & ContextWord.for) && (this.wordClassesBefore(beforeStart, paragraph) & ContextWord.postNominal)) evidence.place += WEIGHT.known;
      if (classes & (ContextWord.basedSuffix | ContextWord.organizationNoun)) evidence.organization += WEIGHT.strongContext;
    }
    // No word follows unless a space does (see `wordAfter`).
    const after = lastToken.end === lastToken.wordEnd && isSpace(following) ? this.wordAfter(lastToken.end, paragraph) : null;
    const afterEnd = after !== null ? this.neighbourEdge : -1;
    const nextIsLowerWord = after !== null && (after & ContextWord.lowerCase) !== 0;
    let afterClasses = 0;
    if (nextIsLowerWord) {
      afterClasses = after;
      if ((afterClasses & ContextWord.placeFollower) || ((afterClasses & ContextWord.air) && ((this.wordAfter(afterEnd, paragraph) ?? 0) & ContextWord.base))) {
        evidence.place += WEIGHT.strongContext;
      }
      if (afterClasses & ContextWord.organizationFollower) evidence.organization += WEIGHT.strongContext;
      if ((afterClasses & ContextWord.personFollower) && !is(lastToken, WordClass.commonPlural)) {
        evidence.person += WEIGHT.weakContext;
        evidence.personSupport++;
      }
    }
    if (afterThe && !based && (!nextIsLowerWord || (afterClasses & ContextWord.organizationFollower))) evidence.organization += WEIGHT.weakContext;
    // "the Pinecrest Gearheads", "the Harbour Rovers": a name of two words or more that "the" opens and that ends in a
    // plural is a team's, a band's or a body's; a person's name takes no article.
    if (afterThe && start < lastToken.start && isPluralName(this.text.slice(lastToken.start, lastToken.wordEnd))) {
      evidence.organization += WEIGHT.strongContext;
    }
    if (following === 0x2c) {
      // "Ada Quill, 52, a harbour pilot": an age set off by commas is a person's, and the appositive after it
      // describes the name as one right after it would.
      const ageComma = ageCommaAfter(this.text, lastToken.wordEnd + 1, paragraph.end);
      if (ageComma >= 0) evidence.personSupport++;
      let word = this.wordAfter((ageComma >= 0 ? ageComma : lastToken.wordEnd) + 1, paragraph);
      // ", who …" and a bare role ("Craig Dunn, head of the clinic") say a person is named.
      if (word !== null && (word & (ContextWord.who | ContextWord.role))) evidence.personSupport++;
      // A one-word name before its state or country: "Fresno, Calif.", "Homs, Syria".
      if (word !== null && start === lastToken.start && (word & ContextWord.place)) evidence.place += WEIGHT.strongContext;
      // An appositive naming a role: "Qassem Soleimani, a major general of …"; each word is read after the end of the
      // one before it.
      if (word !== null && (word & ContextWord.article)) {
        for (let count = 0; count < 4 && word !== null; count++) {
          word = this.wordAfter(this.neighbourEdge, paragraph);
          if (word !== null && (word & ContextWord.role)) {
            evidence.person += WEIGHT.strongContext;
            evidence.personSupport++;
            break;
          }
        }
      }
    } else if (nextIsLowerWord && (afterClasses & ContextWord.isOrWas) && this.roleFollows(afterEnd, paragraph)) {
      // "Lena Ortiz is the former mayor of …".
      evidence.personSupport++;
    }
  }

  /** Whether a quotation's closing mark, after a comma, "?" or "!", ends right before `position` (blanks set aside). */
  private quotationClosesBefore(position: number): boolean {
    let end = position;
    while (end > 0 && isSpace(this.text.charCodeAt(end - 1))) end--;
    const mark = codeAt(this.text, end - 1);
    const punctuation = codeAt(this.text, end - 2);
    return (mark === 0x201d || mark === 0x22) && (punctuation === 0x2c || punctuation === 0x3f || punctuation === 0x21);
  }

  /** Whether "a", "an" or "the" and then a role noun within four words follow `position`. */
  private roleFollows(position: number, paragraph: Span): boolean {
    let word = this.wordAfter(position, paragraph);
    if (word === null || (word & ContextWord.article) === 0) return false;
    // Each word is read after the end of the one before it.
    for (let count = 0; count < 4 && word !== null; count++) {
      word = this.wordAfter(this.neighbourEdge, paragraph);
      if (word !== null && (word & ContextWord.role)) return true;
    }
    return false;
  }

  private add(candidate: Candidate): void {
    const cluster = this.clusterFor(candidate.key);
    cluster.mentions.push(candidate);
    addEvidence(cluster.evidence, candidate);
  }

  private clusterFor(key: string): Cluster {
    let cluster = this.clusters.get(key);
    if (!cluster) {
      cluster = {
        key, mentions: [], evidence: { person: 0, organization: 0, place: 0, personSupport: 0 },
        known: canonicalPlace(key) !== null || KNOWN_ORGANIZATIONS.has(key), type: null,
      };
      this.clusters.set(key, cluster);
    }
    return cluster;
  }

  /** Merges "ACRONYM" into the name it was introduced with, and place aliases ("U.S.") into their place. */
  private linkAcronymsAndAliases(): void {
    for (const [acronym, expansion] of this.acronymLinks) {
      // A bracketed tag after a person's name ("Jane Roe (AP)") is a credit, not the person's acronym.
      const named = this.clusters.get(expansion);
      if (named && typeOf(named.evidence) !== 'person') this.merge(acronym, expansion);
      else this.acronymLinks.delete(acronym);
    }
    for (const key of [...this.clusters.keys()]) {
      const place = canonicalPlace(key);
      if (place !== null && place !== key) this.merge(key, place);
    }
  }

  /** Moves the cluster `from` into `into` when both exist (or renames it when only `from` does). */
  private merge(from: string, into: string): void {
    const source = this.clusters.get(from);
    if (!source || from === into) return;
    const target = this.clusters.get(into);
    this.clusters.delete(from);
    if (!target) {
      this.clusters.set(into, { ...source, key: into });
      return;
    }
    target.mentions.push(...source.mentions);
    addEvidence(target.evidence, source.evidence);
    target.known ||= source.known;
  }

  /**
   * A name of several words typed person by its shape alone — no first name known, no title or role, no speech verb
   * or "who" after any mention — stays a person only when its last word is used alone elsewhere (a surname: "Okafor"
   * after "Tunde Okafor") or a sentence that opens with "He" or "She" follows a mention. Otherwise it is an
   * organisation when anything says so, and else no entity: "Shark Tank" or "Meridian Midstream" taken for a person
   * would also take the pronouns the attribution stage resolves to the nearest person.
   */
  private demoteUnsupportedPeople(): void {
    let sentenceInitialWords: Set<string> | null = null;
    for (const cluster of this.clusters.values()) {
      if (cluster.type !== 'person' || cluster.evidence.personSupport > 0 || cluster.known) continue;
      const space = cluster.key.lastIndexOf(' ');
      if (space < 0) continue;
      const surname = cluster.key.slice(space + 1);
      sentenceInitialWords ??= new Set(this.pending.map((candidate) => candidate.key));
      if (this.clusters.has(surname) || this.clusters.has(surname.toUpperCase()) || sentenceInitialWords.has(surname)) continue;
      if (cluster.mentions.some((mention) => this.personalPronounFollows(mention.end))) continue;
      cluster.type = cluster.evidence.organization > 0 ? 'organization' : null;
    }
  }

  /**
   * Whether the sentence after the one that `position` is in opens with "He" or "She", or has "he" or "she" as the
   * subject of its cue after a quotation (`“…,” he said`), looked for a bounded way on.
   */
  private personalPronounFollows(position: number): boolean {
    const { text } = this;
    const limit = Math.min(text.length, position + PRONOUN_WINDOW);
    let index = position;
    while (index < limit && !SENTENCE_END.has(text.charAt(index))) index++;
    index++;
    while (index < limit && !isWordCode(text.charCodeAt(index))) index++;
    if (index < limit && (text.startsWith('He ', index) || text.startsWith('She ', index))) return true;
    const opening = text.charCodeAt(index - 1);
    // The next sentence opens with a quotation: read on to its closing mark and the pronoun right after it. A single
    // mark (British style) closes where no letter follows it, so that the apostrophes of its words (I’ve) do not.
    if (opening === 0x201c || opening === 0x22) {
      while (index < limit && text.charCodeAt(index) !== 0x201d && text.charCodeAt(index) !== 0x22) index++;
    } else if (opening === 0x2018 || opening === 0x27) {
      while (index < limit && !(isApostrophe(text.charCodeAt(index)) && !isWordCode(text.charCodeAt(index + 1)))) index++;
    } else {
      return false;
    }
    return PRONOUN_AFTER_QUOTE.test(text.slice(index + 1, Math.min(text.length, index + 6)));
  }

  /**
   * Surname → the one person cluster with that surname ("Soleimani" → "Qassem Soleimani"), or for a surname several
   * people share, a person cluster of the surname alone.
   */
  private personSurnames(): Map<string, Cluster> {
    const bySurname = new Map<string, Cluster | null>();
    for (const cluster of this.clusters.values()) {
      if (cluster.type !== 'person') continue;
      const space = cluster.key.lastIndexOf(' ');
      if (space < 0) continue;
      const lastWord = cluster.key.slice(space + 1);
      // The last word as written and without a lower-case prefix: "al-Assad" and "Assad".
      setUnlessShared(bySurname, lastWord, cluster);
      if (lastWord.includes('-')) setUnlessShared(bySurname, lastWord.replace(/^[\p{Ll}]+-/u, ''), cluster);
    }
    const unique = new Map<string, Cluster>();
    for (const [surname, cluster] of bySurname) {
      if (cluster) {
        unique.set(surname, cluster);
        continue;
      }
      // Several people share the surname ("Bill Clinton" and "Hillary Clinton", or a misspelt "Mario Rubio" beside
      // "Marco Rubio"): the surname alone still names a person, though not which, unless it is a known place or
      // an organisation's name.
      const alone = this.clusterFor(surname);
      if (alone.known || alone.evidence.organization >= WEIGHT.organizationWord) continue;
      alone.type = 'person';
      unique.set(surname, alone);
    }
    return unique;
  }

  /**
   * Merges one-word clusters that are a person's surname into that person, unless they are a known place or
   * organisation; and a word in capitals that is a known name in ordinary case ("PENCE:" in a transcript) into it.
   */
  private mergeSurnames(surnames: Map<string, Cluster>): void {
    for (const [surname, person] of surnames) {
      const single = this.clusters.get(surname);
      if (single && single !== person && !single.known && single.evidence.organization < WEIGHT.organizationWord) {
        this.merge(surname, person.key);
      }
    }
    for (const cluster of [...this.clusters.values()]) {
      if (cluster.known || cluster.key.length < 3 || !isShouted(cluster.key) || cluster.key.includes(' ')) continue;
      const ordinaryCase = inOrdinaryCase(cluster.key);
      const named = this.clusters.get(ordinaryCase) ?? surnames.get(ordinaryCase);
      if (named) this.merge(cluster.key, named.key);
    }
  }

  /**
   * "the Gearheads" after "the Pinecrest Gearheads": a body's name that ends in a plural (a team's, a band's) is
   * used by that plural alone, which joins it, unless two such bodies end in it.
   */
  private mergePluralNames(): void {
    const byLastWord = new Map<string, Cluster | null>();
    for (const cluster of this.clusters.values()) {
      const space = cluster.key.lastIndexOf(' ');
      if (cluster.type !== 'organization' || space < 0) continue;
      const lastWord = cluster.key.slice(space + 1);
      // A name with a phrase joined inside ("Institute for the Study of Human Rights") ends in its phrase's noun.
      if (isPluralName(lastWord) && !NAME_WITH_JOINED_PHRASE.test(cluster.key)) setUnlessShared(byLastWord, lastWord, cluster);
    }
    for (const [lastWord, body] of byLastWord) {
      const single = this.clusters.get(lastWord);
      if (body && single && !single.known && single.type !== 'place') this.merge(lastWord, body.key);
    }
  }

  /**
   * "Halvorsen" and "Halvorsen Foods" after "Halvorsen Foods Inc.", "Brightwater" after "Brightwater Logistics": a
   * company's or a club's name without the words that say what kind of body it is ({@link COMPANY_DESIGNATORS}) is
   * the body, unless it is a known name, a place, a person's surname, or short for two bodies.
   */
  private mergeShortBodyNames(surnames: Map<string, Cluster>): void {
    const byShortName = new Map<string, Cluster | null>();
    for (const cluster of this.clusters.values()) {
      if (cluster.type !== 'organization') continue;
      let name = cluster.key;
      for (let space = name.lastIndexOf(' '); space > 0 && COMPANY_DESIGNATORS.has(name.slice(space + 1)); space = name.lastIndexOf(' ')) {
        name = name.slice(0, space);
        setUnlessShared(byShortName, name, cluster);
      }
    }
    for (const [name, body] of byShortName) {
      const short = this.clusters.get(name);
      if (body && short !== body && !(short?.known ?? false) && short?.type !== 'place' && !surnames.has(name)) {
        this.merge(name, body.key);
        this.shortNameLinks.set(name, body.key);
      }
    }
  }

  /** The cluster key a name as written stands for: an acronym's or a short name's full name, a place's canonical one. */
  private linkedKey(written: string): string {
    return this.acronymLinks.get(written) ?? this.shortNameLinks.get(written) ?? canonicalPlace(written) ?? written;
  }

  /** Takes a sentence-initial single word only when it names something known. */
  private confirm(candidate: Candidate, surnames: Map<string, Cluster>): void {
    const key = this.linkedKey(candidate.key);
    const existing = this.clusters.get(key) ?? surnames.get(key);
    if (existing) {
      existing.mentions.push(candidate);
      return;
    }
    const { person, organization, place } = candidate;
    if (Math.max(person, organization, place) < WEIGHT.strongContext) return;
    this.add({ ...candidate, key });
    const cluster = this.clusters.get(key);
    if (cluster) cluster.type = typeOf(cluster.evidence);
  }

  /** In a title-case line every word is capitalised: take only names known from the body or the gazetteer. */
  private matchKnownNames(tokens: Token[], surnames: Map<string, Cluster>, known: KnownNames): void {
    const maxWords = 5;
    for (let first = 0; first < tokens.length; first++) {
      if (!tokens[first].word.nameLike || !known.startsName(firstWordOf(tokens[first].word.reading.key))) continue;
      // A name runs over words joined by spaces: up to the first word not joined so to the next, that word included.
      let joined = first;
      while (joined < tokens.length && tokens[joined].link === 'space') joined++;
      for (let last = Math.min(tokens.length, first + maxWords, joined + 1); last > first; last--) {
        const written = nameKey(this.text.slice(tokens[first].start, tokens[last - 1].end));
        if (!known.has(written)) continue;
        const key = this.linkedKey(written);
        let cluster = this.clusters.get(key) ?? surnames.get(key);
        if (!cluster && (KNOWN_ORGANIZATIONS.has(key) || canonicalPlace(key) !== null)) {
          cluster = this.clusterFor(key);
          cluster.type = KNOWN_ORGANIZATIONS.has(key) ? 'organization' : 'place';
        }
        if (!cluster) continue;
        cluster.mentions.push(newCandidate(tokens[first].start, tokens[last - 1].end, written, last - first));
        first = last - 1;
        break;
      }
    }
  }

  /**
   * Every name {@link matchKnownNames} can find as written (a cluster, a surname, an acronym, a gazetteer place or
   * alias, a known organisation), and their first words. A title-case line's word that starts none of them is passed
   * over, and a phrase that is none of them is not looked up further: a title-case line is all capitalised words,
   * and each starts up to five phrases that would otherwise cost half a dozen lookups each.
   */
  private knownNames(surnames: Map<string, Cluster>): KnownNames {
    // The lexicon's names are the same for every document: only this document's own names are gathered here.
    const names = new Set<string>();
    for (const keys of [this.clusters.keys(), surnames.keys(), this.acronymLinks.keys(), this.shortNameLinks.keys()]) {
      for (const key of keys) names.add(key);
    }
    const firstWords = new Set([...names].map((name) => firstWordOf(name)));
    return {
      has: (name) => names.has(name) || LEXICON_NAME_SET.has(name),
      startsName: (word) => firstWords.has(word) || LEXICON_FIRST_WORDS.has(word),
    };
  }

  private entities(): Entity[] {
    const entities: Entity[] = [];
    for (const cluster of this.clusters.values()) {
      if (cluster.type === null || cluster.mentions.length === 0) continue;
      sortByStart(cluster.mentions);
      const mentions: TextSpan[] = [];
      let lastEnd = -1;
      for (const mention of cluster.mentions) {
        if (mention.start < lastEnd) continue;
        mentions.push({ start: mention.start, end: mention.end, text: this.text.slice(mention.start, mention.end) });
        lastEnd = mention.end;
      }
      entities.push({ name: canonicalName(cluster), type: cluster.type, mentions });
    }
    return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  }
}

/**
 * Sorts mentions by their start (stably). Most clusters' mentions were added in the text's order: checking for that
 * costs less than the comparator calls of a `sort` over an array already in order.
 */
function sortByStart(mentions: Candidate[]): void {
  for (let index = 1; index < mentions.length; index++) {
    if (mentions[index].start < mentions[index - 1].start) {
      mentions.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/** The fullest form: most words, then the longest, then the first written (an acronym loses to its expansion). */
function canonicalName(cluster: Cluster): string {
  let best = cluster.mentions[0];
  for (const mention of cluster.mentions) {
    if (mention.tokenCount > best.tokenCount || (mention.tokenCount === best.tokenCount && mention.key.length > best.key.length)) {
      best = mention;
    }
  }
  return canonicalPlace(best.key) ?? best.key;
}

/** The type with the most evidence; null when there is none. Ties go to person, then organisation. */
function typeOf(evidence: Evidence): EntityType | null {
  const best = Math.max(evidence.person, evidence.organization, evidence.place);
  if (best <= 0) return null;
  if (evidence.person === best) return 'person';
  return evidence.organization === best ? 'organization' : 'place';
}

function addEvidence(into: Evidence, from: Evidence): void {
  into.person += from.person;
  into.organization += from.organization;
  into.place += from.place;
  into.personSupport += from.personSupport;
}

/**
 * Whether a line is written in title case: none of its words of four letters or more is in lower case, but for the
 * small words title case leaves so ("Mayor Sides with Critics").
 */
export function isInTitleCase(line: string): boolean {
  // `test` and a read back to the word's start rather than `exec`, which makes a match array and a string for every
  // lower-case stretch, inner ones ("rump" of "Trump") included. The previous match ended before a character the
  // expression does not take, so the read back stops at or after it.
  LOWER_CASE_WORD.lastIndex = 0;
  while (LOWER_CASE_WORD.test(line)) {
    const end = LOWER_CASE_WORD.lastIndex;
    let start = end - 4;
    while (start > 0 && isTitleCaseLowerCode(line.charCodeAt(start - 1))) start--;
    if (!isWordCode(codeAt(line, start - 1)) && !TITLE_CASE_SMALL_WORDS.has(line.slice(start, end))) return false;
  }
  return true;
}

/** A code unit {@link LOWER_CASE_WORD} takes: `[a-z\u00DF-\u00F6\u00F8-\u00FF]`. */
function isTitleCaseLowerCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/**
 * The position of the comma that closes an age right after a name's comma (" 52," of "Ada Quill, 52,"): one to
 * three digits after blanks; -1 when there is none. A year has four digits and is no age.
 */
function ageCommaAfter(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  const digitsStart = at;
  while (at < end && at - digitsStart < 4 && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
  const digits = at - digitsStart;
  return digits >= 1 && digits <= 3 && text.charCodeAt(at) === 0x2c ? at : -1;
}

/**
 * Whether no run of name words continues from `tokens[index - 1]` to `tokens[index]`: the earlier word links to
 * nothing, or the later one can be no part of a name. `findRuns` then reads the words before `index` and those from
 * it the same way whether it is given them together or apart.
 */
function runsBreakBefore(tokens: Token[], index: number): boolean {
  return tokens[index - 1].link === null || (!tokens[index].word.nameLike && !is(tokens[index], WordClass.nameMonth));
}

/**
 * Whether the run tokens [from, to) is one sentence word ("The", "But", "He"), the commonest run of all, other than "May"
 * (a surname): `EntityFinder.closeRun` drops such a run whole, so it is not asked.
 */
function isLoneSentenceWord(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && (tokens[from].word.classes & (WordClass.sentenceWord | WordClass.nameMonth)) === WordClass.sentenceWord;
}

/**
 * Whether the sentence word at `index` is a title with a name after it in the run ("Mr Holt", "Sir Keir Starmer"):
 * "Mr", "Mrs", "Ms" and "Sir" open sentences as words of address too, but before a name they title it.
 */
function titlesNameAfter(tokens: Token[], index: number, to: number): boolean {
  return index + 1 < to && tokens[index].link === 'space' && is(tokens[index], WordClass.title);
}

/** The index of the last title word in the run when a name follows the title (or the run ends with it), else -1. */
function lastTitleIndex(tokens: Token[], from: number, to: number): number {
  // A run that starts with a first name is a person's name even if a later word is also a title ("Martin Luther King").
  let last = -1;
  for (let index = to - 1; index >= from && last < 0; index--) {
    // "Department of Justice", "Court of Justice": a title word that an organisation is "of" names its field.
    const namesAField = index > from && tokens[index - 1].link === 'joiner' && is(tokens[index - 1], WordClass.organizationWord);
    if (!namesAField && isTitleWordAt(tokens, index, to)) last = index;
  }
  if (last < 0) return -1;
  // "Office of the City Manager": a title ending the run after an organisation's "of" is the office's name.
  for (let index = from; last === to - 1 && index < last; index++) {
    if (tokens[index].link === 'joiner' && is(tokens[index], WordClass.organizationWord)) return -1;
  }
  if (is(tokens[from], WordClass.firstName) && !isTitleWordAt(tokens, from, to)) return -1;
  if (is(tokens[to - 1], WordClass.organizationWord) || namesALandmark(tokens, last + 1, to)) return -1;
  // Joining the words is worth it only when the run starts like a known organisation's name and is no longer.
  const isKnownOrganization = is(tokens[from], WordClass.startsKnownOrganization) && to - from <= MAX_KNOWN_ORGANIZATION_WORDS &&
    KNOWN_ORGANIZATIONS.has(tokens.slice(from, to).map((token) => token.word.name).join(' '));
  return isKnownOrganization ? -1 : last;
}

/**
 * Whether the words after a title, tokens [from, to), name a landmark rather than the title's holder: three words or
 * more ending on a place word that no given name stands right before ("White House James S. Brady Press Briefing
 * Room"), where "Rep. Mary Ann Hall" and "Rep. John Hill" end on a surname.
 */
function namesALandmark(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 3 && is(tokens[to - 1], WordClass.placeWord) && !is(tokens[to - 2], WordClass.firstName);
}

/**
 * A title word at `index`: a title ("Minister", "Col."), a modifier followed by a title ("Prime" in "Prime
 * Minister"), or part of "Secretary of State".
 */
function isTitleWordAt(tokens: Token[], index: number, to: number): boolean {
  const token = tokens[index];
  if (is(token, WordClass.title)) return !isGivenNameBeforeSurname(tokens, index, to);
  if (is(token, WordClass.titleModifier)) {
    for (let next = index + 1; next < to; next++) {
      if (is(tokens[next], WordClass.title)) return true;
      if (!is(tokens[next], WordClass.titleModifier)) break;
    }
    // "County Executive Ron Baptiste", "Deputy Ada Quill": a modifier right before a given name holds the office.
    if (index + 1 < to && tokens[index].link === 'space' && is(tokens[index + 1], WordClass.firstName)) return true;
    const previous = index > 0 ? tokens[index - 1] : undefined;
    return previous !== undefined && previous.link === 'joiner' && is(previous, WordClass.title);
  }
  return false;
}

/**
 * Whether a title that is also a given name ("Amir", an emir's title) is the given name here: a name word follows it
 * in the run ("Dr Amir Khan", "Amir Khan said"), where the title stands before "of" ("the Amir of Kuwait").
 */
function isGivenNameBeforeSurname(tokens: Token[], index: number, to: number): boolean {
  return index + 1 < to && tokens[index].link === 'space' && is(tokens[index], WordClass.firstName) &&
    !is(tokens[index + 1], WordClass.title | WordClass.organizationWord);
}

/**
 * Whether "to" or "on" between an organisation's head word and `next` goes on with the organisation's name ("Committee
 * to Protect Journalists", "Council on Foreign Relations"): `next` is an ordinary word, no place, person, title or
 * other body ("the Committee to Congress", "the Council on Iran"; a date is no name word at all).
 */
function opensOrganizationClause(head: CapitalisedWord, next: CapitalisedWord): boolean {
  return CLAUSE_NAMED_HEADS.has(head.name) && !next.reading.isPlace &&
    (next.classes & (WordClass.firstName | WordClass.title | WordClass.organizationWord)) === 0;
}

/** Months that are also given names ("Jan Brewer", "April Ryan", "June Carter"). */
const GIVEN_NAME_MONTHS = new Set(['Jan', 'April', 'May', 'June', 'August']);


/** "Injecting", "Speaking": a sentence-initial verb form before a name, not part of it (unless a known first name). */
function isGerund(word: string): boolean {
  return word.length > 5 && word.endsWith('ing') && !FIRST_NAMES.has(word);
}

/** A word or name in capitals written in ordinary case: "MORALES-VANCE" → "Morales-Vance", "SEN." → "Sen.". */
function inOrdinaryCase(written: string): string {
  return written.toLowerCase().replace(/(^|[\s\u00a0-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A word in capitals (two letters or more): an acronym alone, shouting in a run. */
function isShouted(word: string): boolean {
  if (word.length < 2) return false;
  let letters = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code !== 0xf7 && word.charAt(index) !== word.charAt(index).toUpperCase())) return false;
    if (code >= 0x41) letters++;
  }
  return letters >= 2;
}

/**
 * The checks below run for every capitalised word or neighbour; each regular expression is tried only when a cheap
 * look at the character codes cannot rule it out (a letter, one or two code units, then a period; a lower-case
 * ASCII letter is never `\p{Lu}`).
 */
function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || (word.length <= 3 && /^\p{Lu}\.$/u.test(word)) ||
    // "SEN." in a transcript's label.
    (isShouted(word) && ABBREVIATIONS.has(inOrdinaryCase(word))) ||
    ((codeAt(word, 1) === PERIOD || codeAt(word, 2) === PERIOD) && /^(?:\p{L}\.){2,}$/u.test(word));
}

/**
 * {@link isAbbreviation} of `text[start, end)`, remembered by spelling: asked for the word before every period that may
 * end a sentence before a name, where cutting the word out of the text cost more than the answer.
 */
const ABBREVIATION_SPELLINGS = new SpellingTable(isAbbreviation, 4096);

function isAcronym(word: string): boolean {
  const second = codeAt(word, 1);
  return word.length >= 2 && !(second >= 0x61 && second <= 0x7a) && ACRONYM.test(word);
}

function startsLowerCase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x61 && first <= 0x7a : LOWER_WORD.test(word);
}

/**
 * The index of the last hyphen in text[start, end) past its first character, or -1 (a loop: `lastIndexOf` is a call
 * out of the optimised code).
 */
function lastHyphenAfterFirst(text: string, start: number, end: number): number {
  for (let index = end - 1; index > start; index--) if (text.charCodeAt(index) === HYPHEN) return index;
  return -1;
}

function isDateWord(word: string): boolean {
  if (!'JFMASONDTW'.includes(word.charAt(0))) return false;
  const bare = word.charCodeAt(word.length - 1) === PERIOD ? word.slice(0, -1) : word;
  return MONTH_NAMES.has(bare) || WEEKDAY_NAMES.has(bare);
}

/** The first word of a name written with single spaces. */
function firstWordOf(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** The gazetteer's places and aliases and the known organisations: names found wherever they stand. */
const LEXICON_NAME_SET: ReadonlySet<string> = new Set([...PLACES, ...PLACE_ALIASES.keys(), ...KNOWN_ORGANIZATIONS]);
const LEXICON_FIRST_WORDS: ReadonlySet<string> = new Set([...LEXICON_NAME_SET].map((name) => firstWordOf(name)));

/** A single word taken as a name only if it turns out to be a person's surname: no evidence of its own. */
function loneWordCandidate(token: Token): Candidate {
  return newCandidate(token.start, token.end, token.word.reading.key, 1);
}

/** A candidate with no evidence yet. */
function newCandidate(start: number, end: number, key: string, tokenCount: number): Candidate {
  return { start, end, key, tokenCount, person: 0, organization: 0, place: 0, personSupport: 0 };
}

/** One spelling per name: runs of white space as one space, curly apostrophes as straight ones. */
function nameKey(written: string): string {
  for (let index = 0; index < written.length; index++) {
    const code = written.charCodeAt(index);
    const plain = code > 0x20 ? code !== 0x2019 && code !== 0xa0 && code !== 0x202f : code === 0x20 && codeAt(written, index + 1) !== 0x20;
    if (!plain) return written.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/’/g, "'");
  }
  return written;
}

/**
 * The code unit at `index`, or 0 outside `text`. Optimised code that has once read `charCodeAt` out of range is
 * replaced by code that calls a built-in function for every read at that place; reads that may fall outside the
 * text go through this instead.
 */
function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}

/**
 * How many blanks of a gap between a name's words start at `at` (before `end`): one to three spaces, tabs or
 * no-break spaces, as `[ \t\u00a0]{1,3}` reads them, or 0 when there are none or more than three.
 */
function gapBlankLength(text: string, at: number, end: number): number {
  let length = 0;
  for (let code = codeAt(text, at); at + length < end && (code === 0x20 || code === 0x09 || code === 0xa0); code = codeAt(text, at + length)) {
    length++;
  }
  return length <= 3 ? length : 0;
}

/**
 * Reads the ASCII lower-case letters from `start` on (before `end`) into {@link NEIGHBOUR_WORD_READ}, which a
 * lookup by spelling then takes as they are; returns where they end.
 */
function readLowerCaseWord(text: string, start: number, end: number): number {
  const word = NEIGHBOUR_WORD_READ;
  word.clear();
  let at = start;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (!isAsciiLowerCaseCode(code)) break;
    word.push(code);
  }
  return at;
}

function isAsciiLowerCaseCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;
}

const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
const PERIOD = 0x2e;

/** A closing quotation mark or bracket: ” ’ " ' ) ]. */
function isClosingMark(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d;
}

/** A letter or digit of the scripts up to U+1FFF, as the character classes `[A-Za-z0-9\u00C0-\u1FFF]` read it. */
function isLetterDigitUpTo1FFF(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code <= 0x1fff);
}

/** A character that may be part of a word: a letter or digit (any script up to U+1FFF), a hyphen or an apostrophe. */
function isWordCode(code: number): boolean {
  return continuesName(code) || code === HYPHEN || code === 0x27 || code === 0x2019;
}

/**
 * Whether a name's last word is a plural ("Rovers", "Eagles"): not a singular in -ss, -is, -us or -as ("Congress",
 * "Louis", "Marcus", "Vegas"), nor a possessive, nor a plural that ends places' names ("Virgin Islands", "Golan
 * Heights").
 */
function isPluralName(word: string): boolean {
  const length = word.length;
  if (length < 4 || codeAt(word, length - 1) !== 0x73) return false;
  const before = codeAt(word, length - 2);
  if (before === 0x73 || before === 0x69 || before === 0x75 || before === 0x61 || isApostrophe(before)) return false;
  return !PLURALS_ENDING_PLACE_NAMES.has(word.toLowerCase());
}

/** Sets `key` to `cluster` in `byWord`, or to null once another cluster has the same key: a word two names share. */
function setUnlessShared(byWord: Map<string, Cluster | null>, key: string, cluster: Cluster): void {
  const existing = byWord.get(key);
  byWord.set(key, existing === undefined || existing === cluster ? cluster : null);
}

/**
 * The last words of a company's or a club's name that say what kind of body it is, or its legal form ("Halvorsen
 * Foods Inc.", "Calder Ridge Partners", "Harbor City FC"): the name without them is the body too.
 */
const COMPANY_DESIGNATORS = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company', 'Ltd', 'Ltd.', 'LLC', 'L.L.C.', 'PLC', 'plc',
  'LP', 'L.P.', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'GmbH', 'Group', 'Holdings', 'Partners', 'Foods', 'Logistics',
  'Securities', 'Industries', 'Technologies', 'Systems', 'Capital', 'Motors', 'Airlines', 'Pharmaceuticals',
  'Communications', 'Enterprises', 'Associates', 'Investments', 'Resources', 'Networks', 'Shipping', 'Insurance',
  'FC', 'F.C.', 'AFC', 'SC',
]);

/** A name with a lower-case word joining a phrase inside it: "of", "for", "the", "and", "on", "to". */
const NAME_WITH_JOINED_PHRASE = / (?:of|for|the|and|on|to) /u;

/** Plural nouns that end places' names, not teams' ("the Virgin Islands", "the Golan Heights", "the United States"). */
const PLURALS_ENDING_PLACE_NAMES = new Set(['islands', 'isles', 'heights', 'falls', 'springs', 'hills', 'mountains',
  'lakes', 'keys', 'plains', 'towers', 'grounds', 'woods', 'gardens', 'fields', 'rapids', 'flats', 'sands', 'shores',
  'straits', 'highlands', 'lowlands', 'territories', 'emirates', 'states']);
