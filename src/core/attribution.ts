/**
 * Speaker attribution: who said each quotation, found the way a careful reader finds it.
 *
 * The sentences that hold a quotation are tokenized once, each top-level quotation piece standing as a single
 * token; the sentence before each is tokenized only if a rule asks for it (most quotes are attributed without it).
 * For each quotation, in document order, the engine tries in turn:
 *  1. a signature (`“…” ― Name`) or a cue right after the quotation (`“…,” X said`, `“…,” said X`,
 *     `“…,” X, the Y of Z, said`);
 *  2. the nearest cue before it in its sentence (`X said: “…”`, `X added that … “…”`, `according to X, “…”`,
 *     `…, adding “…”` through the clause's subject), or a colon introducing it (`Clinton: “…”`);
 *  3. a possessive noun of saying ("Trump’s call for “…”", "her claim that “…”", "Roe’s “…” remark");
 *  4. a cue later in its sentence, or "according to X" anywhere in it;
 *  5. just past its sentence: a short dash-led signature paragraph below it (`“…”¶- Jane Roe.`), or, after a `?”`
 *     or `!”`, the attribution opening the next sentence (`“Why?” Jane Roe, the pilot, asked.`);
 *  6. the previous sentence: a paragraph ending in a cue and a colon (`Said Roe:¶“…”`), its quotation's speaker,
 *     or its cue's subject (a follow-on quote);
 *  7. the subject of its own sentence (or of the clause holding the quote, or of the relative clause its "who"
 *     opens), for words quoted inside a sentence about someone or something written (less sure);
 * and resolves pronouns (and the relative "who") to their antecedent outside quotations: the subject of the
 * pronoun's own sentence first, else the nearest mention, skipping people whose gender (given name or honorific)
 * disagrees. A short title-case quote after "on" or a network's possessive is a programme's title, no one's words. A quotation nested in another is
 * attributed the same way inside its parent's words, where a bracketed clarification
 * ("The president [Vladimir Putin] said") names the speaker. Canonical names come from the entity clusters; a
 * group noun ("the activists") takes the name of the organisation the text links it to ("activists with the …
 * Observatory"). When nothing in the text supports a speaker, the speaker is null and the reason is given.
 * Every look-around is bounded (`REACH`), so the work per quotation is constant and the whole stays linear.
 */
import {
  LONGEST_CUE_WORDS, cueLengthAt, isAccordingTo, isClauseFinalCue, isCueAlone, isNamingCue, isParticipleCue,
  isSpeechVerbBase, mayStartCue, mayStartCueHashed,
} from './cues';
import { isInTitleCase } from './entities';
import type { FoundQuote } from './quotes';
import {
  MONTH_NAMES, ORGANIZATION_NOUNS, POST_NOMINALS, ROLE_WORDS, SENTENCE_WORDS, TEXT_NOUNS, THING_NOUNS_WITH_PERSON_ENDINGS, WORK_NOUNS, WORK_ROLES,
  canonicalPlace, isOrganizationWord, isRoleNoun, rememberedByWord,
} from './lexicon';
import { genderOfGivenName, genderOfKin, genderOfPronoun } from './names';
import type { Gender } from './names';
import { isDigitCode, startsWithCapital } from './scan';
import { TerminatorSearch, findSentences, lastSentenceStart } from './sentences';
import { SHARED_WORD_MAX_LENGTH, isApostrophe, isBlank, lowerCaseWordCode, sharedLowerCaseWord, wordHash } from './text';
import type { AttributionMethod, Entity, EntityType, Quote, Span, Speaker, TextSpan } from './types';

/** A word, a punctuation mark or a quotation. Reused for the next document (see `documentTokens`): a result copies its span. */
interface Token extends Span {
  /** The word lower-cased, or the punctuation character; '' for a quote. */
  lower: string;
  isWord: boolean;
  capitalised: boolean;
  /** Whether the word may start a cue (see `mayStartCue`), told once: cues are looked for at many words many times. */
  cueStart: boolean;
  /** For a token standing for a quotation (or a piece of one): its index in the quotes array; else -1. */
  quote: number;
}

/**
 * A sentence: `text[start, end)`, and its tokens `tokens[from, to)`. A sentence holding a quotation is read at once;
 * the sentence before one, which only a quote with no cue of its own looks at, is read when a rule first asks for it
 * (see `Attributor.tokensOf`): most are never asked for. Until then `tokens[from, to)` are its first and last tokens
 * only, standing where it does among the sentences read, for the rules that read a token past a sentence's end.
 */
interface Sentence {
  start: number;
  end: number;
  from: number;
  to: number;
  read: boolean;
  paragraph: number;
  /**
   * Counts the sentences of the paragraphs read, so that two sentences that follow each other have consecutive
   * ordinals (a paragraph holding no quotation counts its last sentence only, the only one read there).
   */
  ordinal: number;
}

interface MentionRef extends Span {
  entity: Entity;
}

/** A stretch of text standing for someone, with the name they go by. */
interface NamedSpan extends Span {
  name: string;
}

/** A mention as a stretch standing for its entity, under the entity's name. */
function namedSpanOf(mention: MentionRef): NamedSpan {
  return { start: mention.start, end: mention.end, name: mention.entity.name };
}

/** What a noun phrase names, once analysed. */
interface Source {
  mention: Span;
  name: string;
  role: string | null;
  kind: 'person' | 'organization' | 'place' | 'group' | 'thing' | 'pronoun';
  antecedent: TextSpan | null;
  bracketed: boolean;
}

interface Finding {
  source: Source;
  /** The words of saying; null where none stands in the text (words going on from a sentence about their speaker). */
  cue: Span | null;
  method: AttributionMethod;
  via: TextSpan[];
  /** Found from the sentence's structure rather than a speech verb: less sure. */
  weak?: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'one',
  'another', 'some', 'several', 'two', 'three', 'many',
]);
/** The articles, which open a noun phrase. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that introduce one person before a description ("a Roe aide", "one Roe adviser", "another"). */
const ONE_PERSON_INTRODUCERS = new Set(['a', 'an', 'the', 'one', 'another', 'each', 'every']);
/** Object pronouns a participle's own subject cannot be ("telling him": not him). */
const BOUND_OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/**
 * Words that open a clause or phrase before the sentence's subject whose cue is its own ("When Ada Quill said …,");
 * not "as" or "like", whose cue reports the words after them ("As Ada Quill said, the plan is “dead.”").
 */
const OPENING_SUBORDINATORS = new Set([
  'when', 'whenever', 'after', 'before', 'while', 'once', 'if', 'because', 'since', 'although', 'though', 'until',
  'whereas', 'in', 'at', 'during', 'despite', 'following', 'amid',
]);
/**
 * Verbs that make someone act, past or present ("prompted Ada Quill to call …", "leading officials to counter …"); the
 * base forms read as nouns too often ("a lead", "the force").
 */
const CAUSATIVE_VERBS = new Set([
  'prompted', 'prompting', 'prompts', 'led', 'leading', 'leads', 'forced', 'forcing', 'forces', 'caused', 'causing',
  'causes', 'spurred', 'spurring', 'spurs', 'drove', 'driving', 'drives', 'compelled', 'compelling', 'compels',
  'pushed', 'pushing', 'pushes', 'inspired', 'inspiring', 'inspires',
]);
/** How far back a causative verb and the "to" after it are looked for. */
const CAUSED_REACH = 10;
/** Words after "her" that leave it an object, not a possessive: "telling her to leave", "warning her that …". */
const OBJECT_PRONOUN_FOLLOWERS = new Set(['to', 'that', 'the', 'a', 'an', 'not', 'about', 'of', 'how', 'why', 'what']);
/** Words that end a subject when read backwards from its verb: the clause began after them. */
const CLAUSE_STOPS = new Set([
  'that', 'and', 'but', 'or', 'nor', 'while', 'when', 'as', 'because', 'since', 'although', 'though', 'if', 'which',
  'who', 'whom', 'whose', 'where', 'after', 'before', 'so', 'than', 'until', 'unless', 'whether', 'what', 'how',
  'why', 'once', 'said', 'says', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'to', 'not',
  'also', 'be', 'been', 'being', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'then',
  'by', 'on', 'during', 'about', 'into', 'over', 'against', 'under', 'through', 'like', 'even', 'just', 'yet',
  'still', 'now', 'there', 'here', 'all', 'both', 'either', 'neither', 'each', 'every', 'out', 'up', 'down', 'off',
  'without',
]);
/** Words allowed between a subject and its verb ("Smith also said", "officials have repeatedly said"). */
const SUBJECT_VERB_FILLERS = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'could', 'might', 'may', 'must', 'then', 'later', 'once',
  'previously', 'recently', 'earlier', 'further', 'again', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'even',
  'still', 'only', 'just', 'often', 'never', 'always', 'first', 'last', 'since', 'yesterday', 'today', 'tonight',
  'now', 'soon', 'too', 'not', 'cannot', 'should', 'can', 'shall', 'already', 'long',
  // Contracted verbs after a pronoun ("he’s", "they’ve"), split off by the tokenizer.
  ...['’s', "'s", '’re', "'re", '’ll', "'ll", '’d', "'d", '’ve', "'ve", '’m', "'m"],
]);
/** Prepositions a noun phrase may hold ("resident of Beirut", "activists with the Observatory"). */
const NOUN_PHRASE_PREPOSITIONS = new Set(['of', 'for', 'with', 'from', 'at', 'in', 'to', 'like']);
/** Words that end a noun phrase read forwards from an inverted cue ("said Smith in a statement on Monday"). */
const FORWARD_STOPS = new Set([
  'according', 'on', 'during', 'after', 'before', 'when', 'while', 'as', 'who', 'which', 'that', 'and', 'but',
  'adding', 'saying', 'because', 'since', 'by', 'about', 'last', 'this', 'earlier', 'later', 'told', 'today',
  'yesterday', 'tonight', 'referring', 'speaking', 'noting', 'explaining', 'where', 'whose', 'if', 'than',
  'in', 'at', 'to', 'for', 'from', 'with', 'of',
]);
/** Plural nouns for people acting together: linked to an organisation, they take its name. */
const GROUP_NOUNS = new Set([
  'activists', 'officials', 'researchers', 'members', 'analysts', 'experts', 'spokesmen', 'spokespeople',
  'leaders', 'aides', 'monitors', 'observers', 'investigators', 'sources', 'staff', 'staffers', 'workers',
  'volunteers', 'campaigners', 'lawyers', 'doctors', 'scientists', 'supporters', 'representatives', 'organizers',
  'organisers', 'advocates', 'authorities', 'executives', 'strategists', 'advisers', 'advisors', 'fighters',
  'rebels', 'residents', 'witnesses', 'people', 'protesters', 'demonstrators', 'police', 'troops', 'soldiers',
  'pollsters', 'prosecutors', 'lawmakers', 'officers', 'economists', 'diplomats', 'delegates', 'family', 'families',
  'team',
]);
/** The prepositions that join a group noun to its organisation: "activists with the …", "officials of …". */
const GROUP_LINK_PREPOSITIONS = new Set(['with', 'of', 'from', 'at']);
const LONGEST_GROUP_LINK_PREPOSITION = Math.max(...[...GROUP_LINK_PREPOSITIONS].map((word) => word.length));
/** How far back from `position`, across blanks, a word may end and still be the word before it. */
const WORD_GAP = 3;
/** How far `wordBefore` and `wordAfter` read a word: longer runs of letters are cut there. */
const WORD_MAX_LENGTH = 40;

/**
 * The word at `span` lower-cased, or '' when it is longer than `maxLength`, the longest of the words the caller
 * looks for: it runs for every organisation's mention, and most words before one are not cut out in vain.
 */
function lowerWordUpTo(text: string, span: Span, maxLength: number): string {
  return span.end - span.start <= maxLength ? text.slice(span.start, span.end).toLowerCase() : '';
}

/** The span of the word (letters only) ending just before `position`, across a few blanks; null when none. */
function wordBefore(text: string, position: number): Span | null {
  let end = position;
  while (end > 0 && position - end < WORD_GAP && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < WORD_MAX_LENGTH && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < end ? { start, end } : null;
}

/** The word right after `position`, past at most {@link WORD_GAP} blanks; null when none stands there. */
function wordAfter(text: string, position: number): Span | null {
  let start = position;
  while (start < text.length && start - position < WORD_GAP && isBlank(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && end - start < WORD_MAX_LENGTH && isWordCode(text.charCodeAt(end))) end++;
  return start < end ? { start, end } : null;
}

/** Words of a span of time before "ago": "less than two weeks ago", "a few days ago". */
const TIME_AMOUNT_WORDS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many',
  'than', 'less', 'more', 'about', 'nearly', 'almost', 'just', 'only', 'some', 'couple', 'of', 'minutes', 'minute',
  'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade',
]);
/** Plural units of time, which open an introductory phrase ("Hours later, she …"). */
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'moments']);
/** Words that count the noun after "of" ("one of the witnesses", "many of the delegates"). */
const QUANTIFIERS = new Set([
  'one', 'two', 'three', 'some', 'many', 'most', 'several', 'all', 'none', 'each', 'few', 'both', 'dozens', 'hundreds',
  'thousands', 'millions', 'scores',
]);
/** Nouns ending in -ing that name texts and events that speak ("said the ruling", "the filing states"). */
const ING_NOUNS = new Set([
  'ruling', 'rulings', 'filing', 'filings', 'briefing', 'hearing', 'meeting', 'posting', 'recording', 'listing',
  'finding', 'findings', 'warning', 'reading', 'writing', 'writings', 'building', 'wording', 'heading', 'opening',
]);
/** Adjectives that take "to" and an object after a noun ("a source close to the mayor", "those opposed to the plan"). */
const RELATION_ADJECTIVES = new Set(['close', 'loyal', 'allied', 'opposed', 'sympathetic', 'friendly', 'hostile']);

/**
 * Whether `token` is a "to" that links the object of the adjective of relation `adjective` into a noun phrase ("A
 * person close to him said"), where "to" would otherwise end the phrase.
 */
function linksObjectOfAdjective(token: Token, adjective: Token): boolean {
  return token.lower === 'to' && RELATION_ADJECTIVES.has(adjective.lower);
}
/** Adjectives that follow the noun they describe ("a person familiar with …", "an aide close to …"). */
const POSTPOSED_ADJECTIVES = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'speaking', 'granted']);

/**
 * Whether `token` opens a phrase after a noun that describes it ("a source involved in …", "officials briefed on
 * …", "a person familiar with …"): the noun before it is the head.
 */
function startsPostmodifier(token: Token, previous: Token): boolean {
  if (!token.isWord || token.capitalised || !previous.isWord) return false;
  // "Protesters marching through the square chanted …", "A man wearing a cap shouted …": a present participle after
  // a noun for people describes them, also when the noun opens the sentence.
  if (endsWithSuffix(token.lower, 'ing') && namesPeople(previous.lower)) return true;
  if (previous.capitalised || DETERMINERS.has(previous.lower) || QUANTIFIERS.has(previous.lower)) return false;
  // "officials briefed on …", "a report released Tuesday by …": a participle after a person or a text describes it.
  return POSTPOSED_ADJECTIVES.has(token.lower) ||
    (endsWithSuffix(token.lower, 'ed') && (isPersonNoun(previous.lower) || TEXT_NOUNS.has(previous.lower)));
}

/** Plurals of nouns for people that are not the singular and an "s" ("the mayor’s children", "Roe allies"). */
const IRREGULAR_PEOPLE_PLURALS = new Map([['children', 'child'], ['grandchildren', 'grandchild'], ['allies', 'ally']]);

/**
 * Whether a lower-case noun names people: a group noun, a role, or a noun for a person, one or several; a
 * hyphenated one by its first or its last part too ("brother-in-law", "sisters-in-law", "co-host").
 */
function namesPeople(noun: string): boolean {
  if (namesPeopleWhole(noun)) return true;
  const hyphen = noun.indexOf('-');
  return hyphen > 0 && (namesPeopleWhole(noun.slice(0, hyphen)) || namesPeopleWhole(noun.slice(noun.lastIndexOf('-') + 1)));
}

/** {@link namesPeople} for the noun as a whole. */
function namesPeopleWhole(noun: string): boolean {
  const singular = IRREGULAR_PEOPLE_PLURALS.get(noun) ?? (endsWithSuffix(noun, 's') ? noun.slice(0, -1) : noun);
  return GROUP_NOUNS.has(noun) || isRoleNoun(singular) || isPersonNoun(singular);
}

/**
 * Whether a lone capitalised word is one for people acting together ("Officials", "Critics"): a group noun, or a
 * sentence word in the plural that names people. Only sentence words are read by their ending, as a surname
 * ("Graysons", "Petersons") may end as a noun for people does.
 */
function isGroupWord(word: string): boolean {
  const lower = word.toLowerCase();
  return GROUP_NOUNS.has(lower) || (SENTENCE_WORDS.has(word) && endsWithSuffix(lower, 's') && namesPeople(lower));
}

/** Capitalised number words, which open sentences without being names. */
const NUMBER_WORD = wordPattern(`One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen
  Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Hundreds Thousands Dozens Half Most Many Some
  Hours Days Weeks Months Years`);
/** How many words a title may have ("Meet the Press", "Fox and Friends"). */
const TITLE_MAX_WORDS = 6;
/** The longest phrase in quotation marks read as a sentence's subject (`“Top secret” is …`); longer runs are words. */
const SUBJECT_PHRASE_MAX_WORDS = 4;
/** Words right before a title ("appeared on “…”"). */
const TITLE_PREPOSITIONS = new Set(['on']);
/** Longer small words a title leaves in lower case ("This Week with Ada Quill"). */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'upon']);
/** Days and other capitalised words of time ("said Tuesday"), which are when, not who. */
const DAY_WORD = wordPattern('Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday Tomorrow');
/** AP state abbreviations and two-letter postal codes, lower-cased ("colo", "calif", "nh"). */
const STATE_ABBREVIATION = /^(?:ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|va|vt|wash|wis|wyo|[a-z]{2})$/u;
/** Abbreviated titles before a name, and the noun a later description uses ("Sen. Ada Quill … the senator"). */
const ABBREVIATED_TITLES = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['col', 'colonel'],
  ['capt', 'captain'], ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['prof', 'professor'], ['dr', 'doctor'],
  ['det', 'detective'], ['insp', 'inspector'], ['supt', 'superintendent'], ['cllr', 'councillor'], ['adm', 'admiral'],
]);
/** The length of the longest of {@link POST_NOMINALS}. */
const LONGEST_POST_NOMINAL = Math.max(...[...POST_NOMINALS].map((letters) => letters.length));
/** How many people back, how many of their names and how far a title used as a description ("the judge") looks. */
const TITLED_PERSON_TRIES = 2;
const TITLED_MENTIONS = 12;
const TITLED_PERSON_REACH = 800;
/** The longest title used as a description: "the" and two words ("the prime minister"). */
const TITLE_DESCRIPTION_TOKENS = 3;
/** The longest title word read before a name. */
const TITLE_WORD_MAX_LENGTH = 20;
/** The full stop closing an abbreviated title ("Sen."). */
const FULL_STOP = 0x2e;
/** A party and state tag after a legislator's name ("R-Ky.", "D-Nev.", "D-N.M."), lower-cased. */
const PARTY_TAG = /^[rdi]-(?:[a-z]{2,5}\.?|(?:[a-z]\.){2})$/u;
/** The most tokens a party tag spans ("D-N.M.": "D-N", ".", "M", "."). */
const PARTY_TAG_TOKENS = 5;
/** Head words of descriptions that cannot be speakers: times, amounts, verb forms, adverbs. */
const NOT_A_SPEAKER_HEAD = wordPattern(`time times week weeks year years month months day days hour hours later
  earlier ago past point way fact case part end kind sort lot number percent thing things one ones that this which
  what`, '(?:ing|ly|ed)');
/** Singular nouns for a person ("the spokesman", "a resident", "the 19-year-old"): a he or she can stand for them. */
const PERSON_NOUN_ENDING = new RegExp(`(?:${`man woman person er or ist ent ant ian ee ive ate ier chief head aide
  official resident expert source judge analyst witness candidate nominee leader member boss wife husband mother
  father son daughter friend year-old`.split(/\s+/).join('|')})$`);

/** Singular nouns for a person whose ending does not say so ("a Roe ally", "the mayor’s neighbour"). */
const PERSON_NOUNS = new Set(['ally', 'child', 'kid', 'grandchild', 'sibling', 'cousin', 'colleague', 'neighbour',
  'neighbor', 'fan']);

/** Whether `noun` (lower-case) is a singular noun for a person: its ending says so, and it is not a known thing's. */
function isPersonNoun(noun: string): boolean {
  return PERSON_NOUNS.has(noun) ||
    (PERSON_NOUN_ENDING.test(noun) && !endsWithSuffix(noun, 'ment') && !THING_NOUNS_WITH_PERSON_ENDINGS.has(noun));
}

/** A pattern matching exactly one of the blank-separated `words`, or any word ending in `suffix`. */
/** Words in capitals, three or more, with no stop, question or exclamation mark: how a subhead is set. */
function isSubhead(content: string): boolean {
  return !/[\p{Ll}.!?]/u.test(content) && /\p{Lu}/u.test(content) && content.trim().split(/\s+/u).length >= 3;
}

/** Whether `word`, as written, names a day or a month ("Tuesday", "today", "March"). */
function isDayOrMonth(word: string): boolean {
  return DAY_WORD.test(word) || MONTH_NAMES.has(word);
}

function wordPattern(words: string, suffix?: string): RegExp {
  const exact = `^(?:${words.trim().split(/\s+/).join('|')})$`;
  return new RegExp(suffix ? `${suffix}$|${exact}` : exact);
}

const FOLLOW_ON_CONFIDENCE = 0.7;
/**
 * How many tokens from a quote the engine reads for its cue: a sentence can be pathologically long (a megabyte
 * of marks with no full stop), and a cue further away than this is not the quote's anyway. Keeps the work per
 * quote constant, so the whole stays linear.
 */
const REACH = 80;
/** What `subjectOfSentenceLeftOut` says of a sentence about a thing or the same he or she: the sentence before decides. */
const READ_ON = Symbol('read on');
/** How many he's or she's, each the subject of the sentence after the one before, centering follows back. */
const CENTRE_CHAIN_LENGTH = 4;
/** How many sentences back from a he or she centering reads, past sentences about things. */
const CENTRE_SENTENCES_BACK = 3;
/** The longest sentence left out of the document's reading that centering reads, in characters (a longer one: no centre). */
const SENTENCE_LEFT_OUT_MAX_CHARACTERS = 400;
/** How far before a full name of unknown gender a he or she still takes a name of its own gender, in characters. */
const AGREEING_NAME_REACH = 300;
/** How many of the quoted speaker's own mentions a he or she inside the quotation skips for someone else's. */
const OTHER_PERSON_TRIES = 8;
/** A word in capitals, an acronym ("XM", "NBC"): no part of a person's name. */
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;
/** The same reach in characters, for reading a parent quotation's words around a quote nested in it. */
const NESTED_REACH_CHARACTERS = 600;
/** How much less sure a speaker read from sentence structure alone is than one a speech verb names. */
const WEAK_FINDING_FACTOR = 0.6;

/** A found quotation as a `Quote` with no speaker yet; `reason` says why, once that is known. */
export function unattributedQuote(quote: FoundQuote, reason: string | null): Quote {
  return {
    start: quote.start,
    end: quote.end,
    text: quote.text,
    content: quote.content,
    kind: quote.kind,
    parent: quote.parent,
    pieces: quote.pieces,
    speaker: null,
    cue: null,
    attribution: null,
    antecedent: null,
    via: [],
    confidence: 0,
    unattributedReason: reason,
  };
}

export function attributeQuotes(
  text: string,
  paragraphs: readonly Span[],
  found: readonly FoundQuote[],
  entities: readonly Entity[],
): Quote[] {
  return new Attributor(text, paragraphs, found, entities).run();
}

class Attributor {
  private readonly tokens: Token[] = documentTokens;
  /** The sentences holding a quote and those before them, in document order, whether their tokens are read or not. */
  private readonly sentences: Sentence[] = [];
  /**
   * Where each of `sentences` starts and ends in the text (its first token's start, its last token's end), for
   * `run`'s loop over the quotes and the binary search of `sentenceAtOrBefore`: read from compact lists rather than
   * through sentence objects, each apt to be far from the last one read.
   */
  private readonly sentenceStarts: number[] = [];
  private readonly sentenceEnds: number[] = [];
  /**
   * For each top-level quote: the token standing for its first piece, or -1 while it has none. An array indexed by
   * quote rather than a map: it is read for every quote token, and a document may hold hundreds of thousands.
   */
  private readonly tokenOfQuote: Int32Array;
  /** For each top-level quote, the sentence holding its first piece (valid once `tokenOfQuote` is set). */
  private readonly sentenceOfQuote: Int32Array;
  /**
   * The top-level quotes in the order their first pieces were tokenized, which is document order: the quotes are
   * attributed from this list rather than by reading every token of every sentence for the few that stand for one.
   */
  private readonly quotesInTokenOrder: number[] = [];
  /** For each quote that runs over paragraphs: the token standing for its last piece, and that token's sentence. */
  private readonly lastPieceOfQuote = new Map<number, { token: number; sentence: number }>();
  private readonly mentions: MentionRef[];
  /** Top-level quotation pieces, sorted: mentions inside them are not antecedents. */
  private readonly quotedSpans: Span[] = [];
  /** Group noun → organisation, as the text has linked them so far ("activists with the Observatory"). */
  private readonly groupLinks = new Map<string, Entity>();
  /** Every group link the text writes, in order (see `findGroupLinks`), and how many of them `groupLinks` holds. */
  private groupLinksWritten: { position: number; noun: string; entity: Entity }[] = [];
  private groupLinksTaken = 0;
  /** Speakers found so far that are not named entities ("the resident"), for pronoun resolution. */
  private readonly commonNounSpeakers: { mention: TextSpan; name: string; kind: Source['kind']; gender: Gender | null }[] = [];
  /** Quotes found to be titles of works ("on “Meet the Press”") or markup values: a follow-on quote looks past them. */
  private readonly titles = new Set<number>();
  /** The kind of each quote's speaker, once found (see `apply`): a "they" after a group's words goes on with it. */
  private readonly speakerKinds: (Source['kind'] | undefined)[] = [];
  /** Each person's gender, once looked up (see `genderOf`). */
  private readonly genders = new Map<Entity, Gender | null>();
  /**
   * `cueStartsBefore[t]`: how many of `tokens[0, t)` may start a cue. Most stretches a quote's look-arounds read
   * hold no such word (a run of quotation marks, a list of names); this tells so in constant time, so those
   * look-arounds end at once instead of reading their whole reach. Only differences within one sentence's tokens
   * mean anything (a sentence read late is put after all others), and its length may exceed the tokens' count + 1.
   */
  private cueStartsBefore = cueStartCounts;
  /**
   * The starts of the mentions and of the quoted spans, for the binary searches over them: a search reads one
   * compact array instead of an object at each step, and it runs for most quotes, many times.
   */
  private readonly mentionStarts: Int32Array;
  private quotedStarts = new Int32Array(0);
  private readonly results: Quote[];

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly Span[],
    private readonly found: readonly FoundQuote[],
    entities: readonly Entity[],
  ) {
    // Plain loops: `flatMap` built an array for each entity and took longer than the sort.
    const mentions: MentionRef[] = [];
    for (const entity of entities) {
      for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end, entity });
    }
    this.mentions = sortedByStart(mentions);
    this.mentionStarts = startsOf(this.mentions);
    // A plain loop rather than `map`: with the array `map` made, `run`'s optimized code failed its check of the
    // results' map at its last loop and was thrown away on every document (seen on a megabyte of news, in the
    // editor's mode, where the compiler runs beside the code).
    this.results = [];
    for (const quote of found) this.results.push(unattributedQuote(quote, null));
    this.tokenOfQuote = new Int32Array(found.length).fill(-1);
    this.sentenceOfQuote = new Int32Array(found.length);
  }

  run(): Quote[] {
    this.tokenizeDocument();
    this.quotedStarts = startsOf(this.quotedSpans);
    this.groupLinksWritten = this.findGroupLinks();
    for (const quote of this.quotesInTokenOrder) {
      this.linkGroupsBefore(this.sentenceEnds[this.sentenceOfQuote[quote]]);
      this.attributeTopLevel(quote, this.tokenOfQuote[quote], this.sentenceOfQuote[quote]);
    }
    // A nested quote's speaker may be a group noun written anywhere in the sentences read.
    if (this.sentences.length > 0) this.linkGroupsBefore(this.sentenceEnds[this.sentences.length - 1]);
    // Nested quotes last: "I said, ‘…’" inside a quotation needs its parent's speaker.
    // (A plain loop: a closure, new for each document, threw away the optimized code compiled for the last one.)
    for (let index = 0; index < this.found.length; index++) {
      if (this.found[index].parent !== null) this.attributeNested(index);
    }
    for (const quote of this.results) {
      if (!quote.speaker && !quote.unattributedReason) {
        quote.unattributedReason = 'Nothing in the text says who said this.';
      }
    }
    keepTokensBounded(this.tokens);
    for (const sentence of this.sentences) spareSentences.give(sentence);
    return this.results;
  }

  /**
   * Takes the group links written before `position` (see `findGroupLinks`) into `groupLinks`. The links written
   * before the end of a quote's sentence hold for it; sentence ends only grow, so they are taken in order, each once.
   * A method rather than a closure made in `run`: `run`'s optimized loop called the closure of the document it was
   * compiled for, and threw its code away on the next document's (a new closure), to compile it again.
   */
  private linkGroupsBefore(position: number): void {
    const links = this.groupLinksWritten;
    for (; this.groupLinksTaken < links.length && links[this.groupLinksTaken].position < position; this.groupLinksTaken++) {
      this.groupLinks.set(links[this.groupLinksTaken].noun, links[this.groupLinksTaken].entity);
    }
  }

  // ── Tokens and sentences ────────────────────────────────────────────────────────────────────────────────

  private tokenizeDocument(): void {
    // The top-level quotation pieces in document order (`quotedSpans`), each one's quote beside it, and where each
    // paragraph's pieces begin in that list: flat lists rather than a list of pieces per paragraph, since this pass
    // runs over every paragraph and sentence of the document and most paragraphs hold no quotation.
    const quoteOfPiece: number[] = [];
    const firstPieceOf = new Int32Array(this.paragraphs.length + 1);
    let paragraphIndex = 0;
    for (let index = 0; index < this.found.length; index++) {
      const quote = this.found[index];
      if (quote.parent !== null) continue;
      const pieceCount = quote.pieces === null ? 1 : quote.pieces.length;
      for (let k = 0; k < pieceCount; k++) {
        const piece: Span = quote.pieces === null ? quote : quote.pieces[k];
        while (paragraphIndex < this.paragraphs.length && this.paragraphs[paragraphIndex].end < piece.start) {
          paragraphIndex++;
          firstPieceOf[paragraphIndex] = this.quotedSpans.length;
        }
        this.quotedSpans.push(piece);
        quoteOfPiece.push(index);
      }
    }
    // The paragraphs after the last piece's have none.
    firstPieceOf.fill(this.quotedSpans.length, paragraphIndex + 1);
    // Only sentences holding a quote, and the sentence before each (for follow-on quotes), may need reading; the
    // former are read now, the latter only when asked for (`tokensOf`). The tokens read now are put in `tokens` from
    // its start, over the last document's (see `documentTokens`), then the array is cut to them.
    let tokenCount = 0;
    let ordinal = 0;
    // Each paragraph's sentences, as pairs of bounds (see `findSentences`), in one list reused for every paragraph.
    const sentenceBounds: number[] = [];
    // The paragraphs are read in order, so one search for terminators serves them all.
    const terminators = new TerminatorSearch(this.text);
    for (let p = 0; p < this.paragraphs.length; p++) {
      const piecesEnd = firstPieceOf[p + 1];
      const hasQuote = firstPieceOf[p] < piecesEnd;
      const nextHasQuote = p + 1 < this.paragraphs.length && firstPieceOf[p + 2] > piecesEnd;
      if (!hasQuote && !nextHasQuote) continue;
      const paragraph = this.paragraphs[p];
      if (!hasQuote) {
        // Only its last sentence, before the next paragraph's quotes, may be read: the others are not looked for.
        tokenCount = this.addUnreadSentence(lastSentenceStart(this.text, paragraph), paragraph.end, p, ordinal++, tokenCount);
        continue;
      }
      const sentenceCount = findSentences(this.text, paragraph, this.quotedSpans, firstPieceOf[p], sentenceBounds, terminators);
      let pieceIndex = firstPieceOf[p];
      for (let index = 0; index < sentenceCount; index++) {
        const start = sentenceBounds[2 * index];
        const end = sentenceBounds[2 * index + 1];
        // A sentence holds a quote when the next quote not yet passed starts before the sentence's end (with no
        // quote left, the paragraph's end stands for it: no sentence ends after that).
        const nextQuoteStart = pieceIndex < piecesEnd ? this.quotedSpans[pieceIndex].start : paragraph.end;
        const holdsQuote = nextQuoteStart < end;
        const beforeQuote = index + 1 < sentenceCount ? nextQuoteStart < sentenceBounds[2 * index + 3] : nextHasQuote;
        if (holdsQuote) {
          tokenCount = this.readSentence(start, end, quoteOfPiece, pieceIndex, p, ordinal, tokenCount);
        } else if (beforeQuote) {
          tokenCount = this.addUnreadSentence(start, end, p, ordinal, tokenCount);
        }
        while (pieceIndex < piecesEnd && this.quotedSpans[pieceIndex].start < end) pieceIndex++;
        ordinal++;
      }
    }
    cutTokens(this.tokens, tokenCount);
    this.cueStartsBefore = cueStartCountsFor(tokenCount + 1);
    this.cueStartsBefore[0] = 0;
    countCueStarts(this.tokens, 0, tokenCount, this.cueStartsBefore);
  }

  /**
   * The sentence `sentences[index]` with its tokens read: a sentence left unread until now is tokenized after all
   * the tokens read so far. Rules read a token or so past a sentence's ends (the quote opening the next sentence,
   * the mark closing the one before), so its tokens are put between copies of the tokens around it: the one before
   * its stand-in tokens, and those of the sentence after.
   */
  private tokensOf(index: number): Sentence {
    const sentence = this.sentences[index];
    if (sentence.read) return sentence;
    const tokens = this.tokens;
    const firstAdded = tokens.length;
    if (sentence.from > 0) putCopy(tokens, tokens.length, tokens[sentence.from - 1]);
    sentence.from = tokens.length;
    sentence.to = tokenize(this.text, sentence.start, sentence.end, tokens);
    sentence.read = true;
    const after = index + 1 < this.sentences.length ? this.sentences[index + 1] : null;
    if (after) for (let t = after.from; t < after.to; t++) putCopy(tokens, tokens.length, tokens[t]);
    this.cueStartsBefore = cueStartCountsFor(tokens.length + 1);
    countCueStarts(tokens, firstAdded, tokens.length, this.cueStartsBefore);
    return sentence;
  }

  /** The index of the last of `sentences` starting at or before `position`, or -1. */
  private sentenceAtOrBefore(position: number): number {
    return countStartsAtOrBefore(this.sentenceStarts, position) - 1;
  }

  /**
   * `upperBound` over `tokens`: for the document's own, the index after the tokens starting at or before `position`
   * in its sentence, or where the next sentence's tokens begin for a position between sentences (their tokens are
   * not all in document order: see `tokensOf`).
   */
  private tokenUpperBound(tokens: readonly Token[], position: number): number {
    if (tokens !== this.tokens) return upperBound(tokens, position);
    const index = this.sentenceAtOrBefore(position);
    if (index >= 0 && position < this.sentenceEnds[index]) {
      const sentence = this.tokensOf(index);
      return upperBound(tokens, position, sentence.from, sentence.to);
    }
    if (index + 1 < this.sentences.length) return this.tokensOf(index + 1).from;
    return index >= 0 ? this.tokensOf(index).to : 0;
  }

  /**
   * Whether any of `tokens[from, to)` may start a cue. Only the document's own tokens and a nested quote's words
   * (see `nestedTokens`) are counted: for another token array (a signature paragraph's few words) the answer is
   * always yes, so the caller reads it in full.
   */
  private mayHoldCue(tokens: readonly Token[], from: number, to: number): boolean {
    const cueStartsBefore = tokens === this.tokens ? this.cueStartsBefore : tokens === nestedTokens ? nestedCueStartsBefore : null;
    if (cueStartsBefore === null) return true;
    return from < to && cueStartsBefore[to] > cueStartsBefore[from];
  }

  /**
   * Tokenizes the sentence `text[start, end)`, each quotation piece in it standing as one token, into `tokens` from
   * `tokens[from]` on; returns the number of tokens then. `quotedSpans[firstPiece]` is the first piece not before the sentence,
   * `quoteOfPiece` gives each piece's quote.
   */
  private readSentence(start: number, end: number, quoteOfPiece: readonly number[], firstPiece: number,
    paragraph: number, ordinal: number, from: number): number {
    let count = from;
    let position = start;
    let pieceIndex = firstPiece;
    while (position < end) {
      const piece = pieceIndex < this.quotedSpans.length ? this.quotedSpans[pieceIndex] : null;
      const stop = piece && piece.start < end ? piece.start : end;
      count = tokenize(this.text, position, stop, this.tokens, count);
      if (stop === end || !piece) break;
      const quote = quoteOfPiece[pieceIndex];
      if (this.tokenOfQuote[quote] < 0) {
        this.tokenOfQuote[quote] = count;
        this.sentenceOfQuote[quote] = this.sentences.length;
        this.quotesInTokenOrder.push(quote);
      } else {
        this.lastPieceOfQuote.set(quote, { token: count, sentence: this.sentences.length });
      }
      putQuoteToken(this.tokens, count++, piece, quote);
      position = piece.end;
      pieceIndex++;
    }
    this.addSentence(start, end, from, count, true, paragraph, ordinal);
    return count;
  }

  /**
   * Adds the sentence `text[start, end)`, left unread until a rule asks for it (see `tokensOf`), its first and last
   * tokens put in `tokens` from `tokens[count]` on; returns the number of tokens then.
   */
  private addUnreadSentence(start: number, end: number, paragraph: number, ordinal: number, count: number): number {
    const ends = putEndTokens(this.text, start, end, this.tokens, count);
    this.addSentence(start, end, count, ends, false, paragraph, ordinal);
    return ends;
  }

  private addSentence(start: number, end: number, from: number, to: number, read: boolean, paragraph: number,
    ordinal: number): void {
    const sentence = spareSentences.take() ?? { start: 0, end: 0, from: 0, to: 0, read: false, paragraph: 0, ordinal: 0 };
    sentence.start = start;
    sentence.end = end;
    sentence.from = from;
    sentence.to = to;
    sentence.read = read;
    sentence.paragraph = paragraph;
    sentence.ordinal = ordinal;
    this.sentences.push(sentence);
    // The sentence is trimmed of blanks and no quotation piece crosses its ends: its first token starts where it
    // does, its last token ends where it does.
    this.sentenceStarts.push(start);
    this.sentenceEnds.push(end);
  }

  /**
   * Every "activists with the Syrian Observatory …" in the text, in order: from there on, "the activists" is
   * that organisation. Read backwards from each organisation's mentions, so the cost follows their number.
   */
  private findGroupLinks(): { position: number; noun: string; entity: Entity }[] {
    const links: { position: number; noun: string; entity: Entity }[] = [];
    for (const mention of this.mentions) {
      if (mention.entity.type !== 'organization') continue;
      // Read back word by word: [the] ← preposition ← group noun.
      let word = wordBefore(this.text, mention.start);
      if (word && lowerWordUpTo(this.text, word, 'the'.length) === 'the') word = wordBefore(this.text, word.start);
      if (!word || !GROUP_LINK_PREPOSITIONS.has(lowerWordUpTo(this.text, word, LONGEST_GROUP_LINK_PREPOSITION))) continue;
      const nounSpan = wordBefore(this.text, word.start);
      const noun = nounSpan ? this.text.slice(nounSpan.start, nounSpan.end).toLowerCase() : '';
      if (GROUP_NOUNS.has(noun)) links.push({ position: mention.start, noun, entity: mention.entity });
    }
    return links;
  }

  // ── Top-level quotes ────────────────────────────────────────────────────────────────────────────────────

  private attributeTopLevel(quoteIndex: number, tokenIndex: number, sentenceIndex: number): void {
    const sentence = this.sentences[sentenceIndex];
    // `<tweet author="@jroe">`: embedded markup's attribute values are set in quotation marks, and nobody said them.
    if (this.text.charCodeAt(this.found[quoteIndex].start - 1) === 0x3d) {
      this.results[quoteIndex].unattributedReason = 'The value of a markup attribute (name="…"), not anyone’s words.';
      this.titles.add(quoteIndex);
      return;
    }
    if (this.isNickname(quoteIndex, tokenIndex, sentence)) {
      this.results[quoteIndex].unattributedReason = 'A nickname inside a name, not anyone’s words.';
      this.titles.add(quoteIndex);
      return;
    }
    if (this.isTitle(quoteIndex, tokenIndex, sentence)) {
      this.results[quoteIndex].unattributedReason = 'The title of a programme, book or work, not anyone’s words.';
      this.titles.add(quoteIndex);
      return;
    }
    // A fragment woven into a sentence with a subject of its own ("She wants them to “…”") is that subject's
    // before it continues the previous quote; other quotes fall back on the subject last.
    const fragment = this.found[quoteIndex].kind === 'fragment';
    const finding =
      this.possessiveSpeechAsObject(this.findInSentence(this.tokens, sentence.from, sentence.to, tokenIndex), sentence, tokenIndex) ??
      this.findAfterLastPiece(quoteIndex) ??
      this.findSignatureBelow(quoteIndex, sentence, tokenIndex) ??
      this.findAttributionOpeningNext(sentenceIndex, tokenIndex) ??
      (fragment ? this.findSentenceSubject(sentence, tokenIndex) : null) ??
      this.findFollowOn(quoteIndex, sentenceIndex, tokenIndex) ??
      (fragment ? null : this.findSentenceSubject(sentence, tokenIndex));
    const quote = this.results[quoteIndex];
    if (finding) {
      this.apply(quoteIndex, finding);
    } else {
      quote.unattributedReason = quote.kind === 'term'
        ? 'A term set in quotation marks; its sentence names no one who used it.'
        : 'No cue (said, told, according to …) in its sentence, and it does not continue a quotation just before it.';
    }
  }

  /**
   * `“…”¶- Jane Roe.`: a quotation standing as its paragraph's last sentence, signed by a short paragraph of its own
   * that opens with a dash (fact-checks, collected reactions). Only that paragraph is read.
   */
  private findSignatureBelow(quoteIndex: number, sentence: Sentence, tokenIndex: number): Finding | null {
    const quote = this.found[quoteIndex];
    const paragraph = this.paragraphs[sentence.paragraph];
    const below = this.paragraphs[sentence.paragraph + 1];
    if (quote.pieces !== null || tokenIndex !== sentence.from || sentence.to !== tokenIndex + 1 || !below ||
      paragraph.end - quote.end > 1 || below.end - below.start > SIGNATURE_PARAGRAPH_LENGTH) return null;
    // Only a paragraph opening with a dash, or closing the quotation's marks, can sign it: no other is tokenized.
    const signedInMarks = marksCloseBelow(quote, this.text.slice(below.start, below.end));
    if (!DASHES.has(this.text[below.start]) && !signedInMarks) return null;
    const tokens = [quoteToken(quote, quoteIndex)];
    tokenize(this.text, below.start, below.end, tokens);
    return this.findDashSignature(tokens, 0, 0, tokens.length) ?? (signedInMarks ? this.findSignatureInMarks(tokens) : null);
  }

  /** Whether a dash and a name signing an earlier quotation stand right before the quote at `at`. */
  private signedBefore(tokens: readonly Token[], from: number, at: number): boolean {
    let k = at - 1;
    while (k > from && at - k <= SIGNATURE_MAX_WORDS && (tokens[k].capitalised || tokens[k].lower === '.')) k--;
    if (k === at - 1 || !(tokens[k].lower === '-' || SIGNATURE_DASHES.has(tokens[k].lower))) return false;
    if (k - 1 >= from && tokens[k - 1].lower === '-') k--; // "--"
    return k - 1 >= from && tokens[k - 1].quote >= 0;
  }

  /**
   * The attribution opening the next sentence of the paragraph, for a quotation ending its own: `“Fix the roads.” ―
   * Ana Ruiz “Lower taxes.” ― Ben Lo`, a dash and a name signing it; or after a `?”` or `!”`, a cue whose subject
   * is too long for the sentence finder to keep it in the quotation's sentence (`“Go home!” Roe’s niece, state Sen.
   * Ana “Annie” Ruiz (D-Bay City), shouted to the crowd.`). Tried before the next sentence's words go on from it.
   */
  private findAttributionOpeningNext(sentenceIndex: number, tokenIndex: number): Finding | null {
    const sentence = this.sentences[sentenceIndex];
    if (tokenIndex !== sentence.to - 1) return null;
    const next = this.sentences[sentenceIndex + 1];
    const sameParagraph = next !== undefined && next.paragraph === sentence.paragraph;
    const mark = this.closingMarkOf(this.tokens[tokenIndex]);
    const exclaims = mark === 0x21 || mark === 0x3f;
    if (!sameParagraph || next.ordinal !== sentence.ordinal + 1) {
      // The sentence after is one the document's reading left out, holding no quotation: its opening words are
      // read here, up to the next sentence read or the paragraph's end.
      if (!exclaims) return null;
      const quote = this.tokens[tokenIndex];
      const limit = Math.min(sameParagraph ? next.start : this.paragraphs[sentence.paragraph].end, quote.end + NEXT_SENTENCE_REACH);
      const tokens = [quoteToken(quote, quote.quote)];
      tokenize(this.text, quote.end, limit, tokens);
      return this.findCueAfter(tokens, 0, 0, firstSentenceEnd(tokens), false);
    }
    this.tokensOf(sentenceIndex + 1);
    // Its tokens follow the quote's (see `tokensOf`): the rules read the quote's token and the next sentence's.
    const at = next.from - 1;
    if (at < 0 || this.tokens[at].quote !== this.tokens[tokenIndex].quote) return null;
    return this.findDashSignature(this.tokens, at, at, next.to) ?? (exclaims ? this.findCueAfter(this.tokens, at, at, next.to, false) : null);
  }

  /**
   * `"…¶Jane Roe, Harbour Institute."`: a quotation left open at its paragraph's end whose closing mark ends the
   * short paragraph below, which opens with a name: the writer set the signature inside the marks.
   */
  private findSignatureInMarks(tokens: readonly Token[]): Finding | null {
    if (tokens.length < 3 || !tokens[1].capitalised) return null;
    let end = 1;
    while (end < tokens.length && end <= 6 && (tokens[end].capitalised || tokens[end].lower === '.')) end++;
    if (end >= tokens.length || (tokens[end].lower !== ',' && tokens[end].lower !== '.')) return null;
    if (tokens[end - 1].lower === '.') end--;
    const source = this.analysePhrase(tokens, 1, end);
    return source && source.kind === 'person' ? { source, cue: tokens[1], method: 'cue-after', via: [] } : null;
  }

  /**
   * `“…¶“…,” she said.`: a quotation that runs over two paragraphs is attributed where it ends, by the cue after
   * its last piece, before any follow-on from the paragraph where it began. Longer runs are excerpts of documents
   * or articles, whose inner "X said" belongs to a quotation within the excerpt.
   */
  private findAfterLastPiece(quoteIndex: number): Finding | null {
    const last = this.lastPieceOfQuote.get(quoteIndex);
    if (!last || this.found[quoteIndex].pieces?.length !== 2) return null;
    const sentence = this.sentences[last.sentence];
    const finding = this.findDashSignature(this.tokens, sentence.from, last.token, sentence.to) ??
      this.findCueAfter(this.tokens, sentence.from, last.token, sentence.to, false);
    return finding && finding.method === 'cue-after' ? finding : null;
  }

  /**
   * A short quotation in title case that names a programme or a work, which no one in the sentence said: after a
   * name's possessive or "on" ("on CBS’s “Face the Nation,”", "told MSNBC’s “Morning Joe”"), next to a noun for a
   * work ("the film “Low Water,”", "the “Low Water” reboot", "an episode of “Low Water”") or after a role in one
   * ("host of “…”", "starred in “…”", "the “…” star"). A whole utterance counts only beside a work noun or role: after a possessive it is words.
   */
  private isTitle(quoteIndex: number, tokenIndex: number, sentence: Sentence): boolean {
    const quote = this.found[quoteIndex];
    // The words around are checked first: it is cheap, and most quotes fail it.
    const before = tokenIndex > sentence.from ? this.tokens[tokenIndex - 1] : null;
    const after = tokenIndex + 1 < sentence.to ? this.tokens[tokenIndex + 1] : null;
    // "told “Morning Harbour”": the words someone told follow a comma or a colon, never the verb itself; nor is
    // anyone "in an interview with" words.
    const byOwner = before !== null && before.isWord && (before.lower === 'told' ||
      (before.lower === 'with' && this.tokens[tokenIndex - 2]?.lower === 'interview') || (quote.kind !== 'utterance' &&
      ((before.capitalised && endsWithApostropheS(before.lower)) || TITLE_PREPOSITIONS.has(before.lower))));
    const byWork = !byOwner && (this.besideWork(tokenIndex, sentence, after) || this.listedAfterTitle(tokenIndex, sentence));
    if (!byOwner && !byWork) return false;
    const words = quote.content.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu);
    // An exclamation in title case ("Build It Now!") is a cry, unless a noun says it names a work.
    if (!words || words.length > TITLE_MAX_WORDS || (!byWork && /!/u.test(quote.content))) return false;
    // "the documentary “13th”": a word that opens with a digit has no case to break title case with.
    return words.every((word) => word.length < 4 || TITLE_SMALL_WORDS.has(word) || word[0] !== word[0].toLowerCase() || /^\d/u.test(word));
  }

  /** `George “Jay” Keyworth`: one or two capitalised words in quotation marks between a first name and a surname. */
  private isNickname(quoteIndex: number, tokenIndex: number, sentence: Sentence): boolean {
    if (tokenIndex <= sentence.from || tokenIndex + 1 >= sentence.to) return false;
    const before = this.tokens[tokenIndex - 1];
    const after = this.tokens[tokenIndex + 1];
    if (!before.isWord || !before.capitalised || !after.isWord || !after.capitalised || DETERMINERS.has(before.lower)) return false;
    return /^\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)?$/u.test(this.found[quoteIndex].content);
  }

  /** `roles in “Salt Roads,” “Low Tide” and “Grey Harbour”`: the quote follows a title in a list. */
  private listedAfterTitle(tokenIndex: number, sentence: Sentence): boolean {
    let k = tokenIndex - 1;
    for (let joins = 0; k > sentence.from && joins < 2 && (this.tokens[k].lower === ',' || COORDINATORS.has(this.tokens[k].lower)); joins++) k--;
    return k >= sentence.from && this.tokens[k].quote >= 0 && this.titles.has(this.tokens[k].quote);
  }

  /** Whether a work noun or role stands next to the quote at `tokenIndex` (a comma may come between noun and title). */
  private besideWork(tokenIndex: number, sentence: Sentence, after: Token | null): boolean {
    if (after && !after.capitalised && (WORK_NOUNS.has(after.lower) || WORK_ROLES.has(after.lower))) return true;
    // "the “Harbour Lights” theme song", "the “Low Tide” TV show": one modifier may stand between title and noun.
    const second = after?.isWord && tokenIndex + 2 < sentence.to ? this.tokens[tokenIndex + 2] : null;
    if (second && !second.capitalised && WORK_NOUNS.has(second.lower)) return true;
    let k = tokenIndex - 1;
    if (k > sentence.from && this.tokens[k].lower === ',') k--;
    if (k < sentence.from) return false;
    const word = this.tokens[k].lower;
    if (WORK_NOUNS.has(word)) return true;
    // "star of television’s “…”", "host of the network’s “…”": a possessive may stand between the role and the title.
    if (k - 1 > sentence.from && isPossessiveForm(word)) k--;
    if (k - 1 > sentence.from && k < tokenIndex - 1 && DETERMINERS.has(this.tokens[k].lower)) k--;
    const link = this.tokens[k].lower;
    if ((link !== 'of' && link !== 'in') || k <= sentence.from) return false;
    // "host of “…”", "starred in “…”", and a part of a work: "this weekend’s broadcast of “…”", "an episode of “…”".
    const owner = this.tokens[k - 1].lower;
    return WORK_ROLES.has(owner) || (link === 'of' && WORK_NOUNS.has(owner));
  }

  /**
   * "Trump’s call for “…”", "her claim that she “…”", "his warning that … “…”", "Romney’s “47 percent” comment": a
   * noun of saying with a possessive names whose words the quote holds. Read back a few words from the quote, within
   * its sentence, or the possessive and the noun right around it.
   */
  private findPossessiveSpeech(tokens: readonly Token[], from: number, at: number, to: number): Finding | null {
    if (at > from && at + 1 < to && SPEECH_NOUNS.has(tokens[at + 1].lower)) {
      const around = this.possessorOf(tokens, from, at - 1, tokens[at + 1]);
      if (around) return around;
    }
    for (let k = at - 1; k > from && k >= at - POSSESSIVE_REACH; k--) {
      const token = tokens[k];
      // "his comments on … “rapists” and “criminals”": an earlier quote joined on by "and", "or" or a comma is read past.
      if (token.quote >= 0 && (k + 1 === at || joinedOn(tokens, k))) continue;
      if (token.quote >= 0 || isSentenceEnd(token.lower)) return null;
      if (!SPEECH_NOUNS.has(token.lower)) continue;
      // The quote must be the noun's content ("call for “…”", "claim that …"), not a verdict on it ("denounced
      // Trump’s remarks as “…”").
      // "his comment Monday that “…”": the day it was made may stand between the noun and its link.
      const link = k + 2 < at && isDayOrMonth(this.text.slice(tokens[k + 1].start, tokens[k + 1].end)) ? k + 2 : k + 1;
      let owner = k - 1;
      // "his repeated calls", "Trump's recent remarks", "her March comment": a modifier or a day's or month's name.
      while (owner > from && tokens[owner].isWord && !POSSESSIVE_PRONOUNS.has(tokens[owner].lower) && k - owner <= 2 &&
        (!tokens[owner].capitalised || isDayOrMonth(this.text.slice(tokens[owner].start, tokens[owner].end)))) owner--;
      // "The server by her own admission was a “mistake”": the idiom vouches for the whole clause, link or none.
      const byOwnWord = owner > from && tokens[owner - 1].lower === 'by' && tokens[owner + 1].lower === 'own';
      if (link !== at && !SPEECH_NOUN_LINKS.has(tokens[link].lower) && !byOwnWord && !this.linkedAcrossPhrase(tokens, link, at) &&
        !this.predicateHoldsWords(tokens, k, at)) {
        return null;
      }
      return this.possessorOf(tokens, from, owner, token);
    }
    return null;
  }

  /**
   * "his argument in favor of “…”", "her assertion during the debate that “…”": a short prepositional phrase of
   * lower-case words from `link`, ended by a link word right before the quote at `at`.
   */
  private linkedAcrossPhrase(tokens: readonly Token[], link: number, at: number): boolean {
    if (!SUBJECT_PREPOSITIONS.has(tokens[link].lower) && tokens[link].lower !== 'during') return false;
    if (at - link > LINKED_PHRASE_TOKENS || !SPEECH_NOUN_LINKS.has(tokens[at - 1].lower) || !tokens[at - 1].isWord) return false;
    for (let k = link + 1; k < at - 1; k++) if (!tokens[k].isWord || tokens[k].capitalised) return false;
    return true;
  }

  /**
   * "They blamed Roe’s remarks that “…”", "He mocked her claim that “…”": when a cue's object is a possessive noun of
   * saying whose content the quote is, the words are the possessor's; the cue's subject only reacts to them.
   */
  private possessiveSpeechAsObject(finding: Finding | null, sentence: Sentence, at: number): Finding | null {
    if (!finding?.cue || finding.method !== 'cue-before') return finding;
    const object = this.tokenUpperBound(this.tokens, finding.cue.end - 1);
    if (object >= at) return finding;
    const possessive = this.findPossessiveSpeech(this.tokens, object, at, sentence.to);
    // Only a "that" right before the quote, or before a name or pronoun right before it ("Roe’s claim that Quill
    // “sank the ferry”"), makes it the noun's content: in "called Roe’s remarks “…”" or "said Roe’s claim that …
    // is “…”" it is the subject's verdict.
    const link = possessive?.cue ? this.tokenUpperBound(this.tokens, possessive.cue.start) : at;
    return possessive && this.tokens[link].lower === 'that' && (link + 1 === at || this.subjectAlone(link + 1, at))
      ? possessive : finding;
  }

  /**
   * Whether the tokens `[start, end)` are one subject pronoun, or capitalised words only (a title and a name:
   * "President Ada Quill") ending a name, and nothing else.
   */
  private subjectAlone(start: number, end: number): boolean {
    if (end - start === 1 && CLAUSE_SUBJECT_PRONOUNS.has(this.tokens[start].lower)) return true;
    if (end - start > NAME_WITH_TITLE_TOKENS) return false;
    for (let k = start; k < end; k++) if (!this.tokens[k].capitalised && this.tokens[k].lower !== '.') return false;
    const name = this.mentionAt(this.tokens[end - 1].start);
    return name !== null && name.end === this.tokens[end - 1].end;
  }

  /**
   * "Her answer was that “…”", "Roe’s slogan is “…”": a form of "be" after a noun of saying whose complement is the
   * quote ("that" first, except for a slogan, which the quote names). "Roe’s claim is “absurd”" is a verdict on it.
   */
  private predicateHoldsWords(tokens: readonly Token[], noun: number, at: number): boolean {
    if (!FORMS_OF_BE.has(tokens[noun + 1].lower)) return false;
    return (noun + 3 === at && tokens[noun + 2].lower === 'that') || (noun + 2 === at && SLOGAN_NOUNS.has(tokens[noun].lower));
  }

  /** The speaker a possessive at `owner` names ("his", "Trump’s"), with `noun` (the noun of saying) as the cue. */
  private possessorOf(tokens: readonly Token[], from: number, owner: number, noun: Token): Finding | null {
    const possessor = tokens[owner];
    const pronoun = POSSESSIVE_PRONOUNS.get(possessor.lower);
    if (pronoun !== undefined) {
      const resolved = this.resolvePronoun({ ...possessor, lower: pronoun });
      return { source: resolved, cue: noun, method: 'cue-before', via: [] };
    }
    // "Forbes’ words": a trailing apostrophe is a token of its own, after the name.
    const name = owner > from && isApostropheToken(possessor.lower) ? owner - 1 : owner;
    if (tokens[name].capitalised && isPossessiveWord(tokens, name) && tokens[name].lower.length > 2) {
      // "the pull of Ada Roe’s “…” promise": the possessor's phrase opens after the preposition that links it on, which
      // may be where the phrase read back starts ("an issue out of Ada Roe’s claim").
      let start = this.phraseStart(tokens, from, name + 1);
      for (let k = name - 1; k >= start; k--) {
        if (NOUN_PHRASE_PREPOSITIONS.has(tokens[k].lower) && !this.insideName(tokens, k, name + 1)) {
          start = k + 1;
          break;
        }
      }
      const source = this.analysePhrase(tokens, start, name + 1);
      if (source && source.kind !== 'thing' && source.kind !== 'place') return { source, cue: noun, method: 'cue-before', via: [] };
    }
    return null;
  }

  /**
   * Words quoted inside a sentence about someone, with no speech verb ("Paul Ryan worried that the net was becoming
   * “a hammock …”", "Her aide calls her record a “blueprint”"): the sentence's subject used them. The verb right
   * after the subject stands as the cue; the confidence is lower than a speech verb's.
   */
  private findSentenceSubject(sentence: Sentence, tokenIndex: number): Finding | null {
    const viewpoint = this.viewpointOpening(sentence.from, tokenIndex);
    if (viewpoint) return viewpoint;
    const range = this.sentenceSubjectRange(this.tokens, sentence.from, tokenIndex);
    if (range && range.end >= tokenIndex) return null;
    // "Smith decided …, even though he found “evidence”": the nearest clause's pronoun subject (or relative "who")
    // used the words, also in a sentence with no subject of its own to read ("That’s why he …").
    let commaBetween = false;
    for (let t = tokenIndex - 1; t > (range ? range.end : sentence.from) && t > tokenIndex - REACH; t--) {
      const token = this.tokens[t];
      // "as he keeps talking about “…” and how …": an earlier quote joined on by "and", "or" or a comma is read past.
      if (token.quote >= 0 && !joinedOn(this.tokens, t)) break;
      if (token.quote >= 0) continue;
      const next = this.tokens[t + 1];
      const previous = this.tokens[t - 1];
      if (CLAUSE_SUBJECT_PRONOUNS.has(token.lower) && next.isWord && !next.capitalised &&
        CLAUSE_OPENERS.has(previous.lower)) {
        return { source: this.resolvePronoun(token), cue: next, method: 'cue-before', via: [], weak: true };
      }
      // "The senator likes “…,” while the governor loves “…”", "… and NBC News will accuse you of a “…”": a clause
      // joined on with a subject of its own that names someone is nearer to the words than the sentence's subject
      // ("When the captain saw it, “…”": a clause opening the sentence leads into the main clause, which says more.)
      const joined = t - 1 > sentence.from ? this.joinedClauseFinding(this.tokens, t, tokenIndex) : null;
      if (joined) return joined;
      // "Roe, who goes by “Vito,” …": the quote inside a relative clause (no comma has closed it) is the words of
      // the name its "who" stands for.
      if (token.lower === 'who' && next.isWord && !next.capitalised && !commaBetween) {
        const source = this.subjectBefore(this.tokens, sentence.from, t + 1);
        if (source) return { source, cue: next, method: 'cue-before', via: [], weak: true };
      }
      if (token.lower === ',') commaBetween = true;
    }
    if (!range) return null;
    let verbIndex = range.end;
    if (this.tokens[verbIndex].lower === '(') {
      // "Harry Reid (D-Nev.) has been calling …": the parenthesis is set aside.
      const closing = findForward(this.tokens, verbIndex + 1, Math.min(tokenIndex, verbIndex + 12), ')');
      if (closing < 0) return null;
      verbIndex = closing + 1;
    }
    let appositiveName: Source | null = null;
    if (this.tokens[verbIndex].lower === ',') {
      // "Yang Shu, director of the institute, calls …": the verb follows the appositive; "Another critic, Lauren
      // Tribble, likened …": a name in the appositive is who the description stands for.
      const closing = findForward(this.tokens, verbIndex + 1, Math.min(tokenIndex, verbIndex + REACH), ',');
      if (closing < 0) return null;
      if (namedAppositiveEnd(this.tokens, verbIndex, tokenIndex) === closing) {
        appositiveName = this.analysePhrase(this.tokens, verbIndex + 1, closing);
      }
      verbIndex = closing + 1;
    }
    // "Lee openly admires …": the cue is the verb after the adverb.
    if (isMannerAdverb(this.tokens[verbIndex].lower) && verbIndex + 1 < tokenIndex) verbIndex++;
    const verb = this.tokens[verbIndex];
    if (!verb.isWord || verb.capitalised) return null;
    // "X was asked, “…”": X is the one addressed, not the speaker.
    if (PASSIVE_AUXILIARIES.has(verb.lower) && PASSIVE_QUESTION_CUES.has(this.tokens[verbIndex + 1]?.lower ?? '')) return null;
    // "The mayor was hit by a “rogue wave”": a past "was" tells what befell the subject, not what it said; "The
    // book is titled “…”" names a thing.
    if (verb.lower === 'was' || verb.lower === 'were') return null;
    const afterVerb = this.tokens[verbIndex + 1];
    if (PASSIVE_AUXILIARIES.has(verb.lower) && afterVerb && afterVerb.isWord && !afterVerb.capitalised &&
      (isPassiveCueForm(afterVerb.lower) || isNamingCue(afterVerb.lower))) return null;
    // "It is strange that …", "It was Obama who …": an empty "it" before a form of "be" stands for no one.
    if (range.end - range.start === 1 && this.tokens[range.start].lower === 'it' &&
      FORMS_OF_BE.has(endsWithNegation(verb.lower) ? verb.lower.slice(0, -3) : verb.lower)) return null;
    const source = appositiveName ?? this.analysePhrase(this.tokens, range.start, range.end);
    if (!source || !subjectMayUseWords(this.tokens, range, source)) return null;
    return { source, cue: verb, method: 'cue-before', via: [], weak: true };
  }

  /**
   * `To Ada Quill, the pier is a “lifeline”`: a sentence opened by "To" and a person or group set off by a comma gives
   * their view of things, so the words are theirs (weakly, with "To" as the cue); else null.
   */
  private viewpointOpening(from: number, at: number): Finding | null {
    if (this.tokens[from].lower !== 'to') return null;
    const comma = findForward(this.tokens, from + 1, Math.min(at, from + VIEWPOINT_WORDS), ',');
    if (comma < from + 2) return null;
    const source = this.analysePhrase(this.tokens, from + 1, comma);
    if (!source || (source.kind !== 'person' && source.kind !== 'group')) return null;
    return { source, cue: this.tokens[from], method: 'cue-before', via: [], weak: true };
  }

  /**
   * The subject of a clause joined on at token `t` by "and", "but", "while" … when it names (no pronoun) someone who
   * may use words, a person, a body, a group or a text, and a lower-case verb follows it before the quote at `at`
   * ("…, and the league said it would “…”"), as a weak finding with that verb as its cue; else null.
   */
  private joinedClauseFinding(tokens: readonly Token[], t: number, at: number, openers = JOINED_CLAUSE_OPENERS): Finding | null {
    const opener = tokens[t];
    if (!openers.has(tokens[t - 1].lower) || !(opener.capitalised || ARTICLES.has(opener.lower))) return null;
    // After a dash an article as often opens an appositive or an aside ("his rep – the meanest he got was …").
    if (APPOSITIVE_DASHES.has(tokens[t - 1].lower) && !opener.capitalised) return null;
    const range = this.sentenceSubjectRange(tokens, t, at);
    if (!range || range.start !== t || range.end >= at) return null;
    const verb = tokens[range.end];
    if (!verb.isWord || verb.capitalised) return null;
    // "… when the party gathers to choose its “floor” captains": a body named by a common noun speaks for its officers,
    // as a text does for its authors.
    const source = this.speakingPhrase(tokens, range);
    return source && source.kind !== 'pronoun' ? { source, cue: verb, method: 'cue-before', via: [], weak: true } : null;
  }

  /**
   * A speaker for the quote at token `at` from the cues of the token range `[from, to)`: the range is the quote's
   * sentence (for a nested quote, its parent's words).
   */
  private findInSentence(tokens: readonly Token[], from: number, to: number, at: number): Finding | null {
    const signature = this.findDashSignature(tokens, from, at, to);
    if (signature) return signature;
    const after = this.findCueAfter(tokens, from, at, to, false);
    // "A presenter described them as “…,” according to the Vell Monitor": words a cue before them reports are that
    // cue's subject's, and reached the writer through the source "according to" names after them.
    if (after?.method === 'according-to') {
      const before = this.findCueBefore(tokens, from, at);
      if (before && before.method !== 'according-to' && before.source.kind !== 'thing' && before.source.kind !== 'place') {
        return { ...before, via: [this.textSpan(after.source.mention), ...before.via] };
      }
    }
    // `even as Roe claimed that “…,” one of her aides said the plan …`: words a cue reported with "that" right before
    // them are that cue's, when the cue after them opens a clause of its own (its verb has a complement).
    if (after?.cue && at > from && tokens[at - 1].lower === 'that' && this.cueTakesComplement(tokens, after.cue, to)) {
      const before = this.findCueBefore(tokens, from, at);
      if (before) return before;
    }
    // `When someone shouted, “…,” Roe joked …`, `After Lee said the plan was “…,” Roe said: …`: in a sentence that
    // opens with a subordinate clause, the words ending that clause are its cue's; the cue after them is the main
    // clause's.
    if (after && at - from <= REACH && SUBORDINATORS.has(tokens[from].lower) && this.endsWithComma(tokens, at, to)) {
      const before = this.findCueBefore(tokens, from, at);
      // The cue and the words must both be inside that clause: no comma closes it before the cue or between the cue
      // and the words. A comma right before them introduces them only when it follows the cue itself ("shouted, “…”");
      // after the cue's own object ("When a reporter asked about costs, “…,” Roe said") it closes the clause.
      if (before && findForward(tokens, from, at - 1, ',') < 0 &&
        (tokens[at - 1].lower !== ',' || (before.cue !== null && this.tokenUpperBound(tokens, before.cue.end - 1) === at - 1))) return before;
    }
    // "…, including his promise to be “…”, have caused concern, he offered …": a noun of saying that owns the words
    // is nearer to them than a cue after the rest of the sentence.
    return after ?? this.findArrivingWords(tokens, at, to) ?? this.findCueBefore(tokens, from, at) ??
      this.openingParticipleSubject(tokens, from, at, to) ??
      this.findPossessiveSpeech(tokens, from, at, to) ?? this.findCueAfter(tokens, from, at, to, true) ??
      this.findAccordingToAfter(tokens, at, to);
  }

  /**
   * "Calling the plan a “disaster,” Ada Quill left the room", "In declaring the vote “not fair,” the harbour master
   * …", "Having called …": words inside a phrase that opens the sentence with a participle of saying (maybe after a
   * preposition), which a comma closes after the words, are the main clause's subject's, as the participle is
   * (someone's, or a text's or a body's: "Citing “…,” the agency closed …"); else null.
   */
  private openingParticipleSubject(tokens: readonly Token[], from: number, at: number, to: number): Finding | null {
    if (at - from > REACH) return null;
    let participle = from;
    if (participle < at && OPENING_PARTICIPLE_PREPOSITIONS.has(tokens[participle].lower)) participle++;
    if (participle < at && isFiller(tokens[participle])) participle++;
    // "Having called the plan a “disaster,” …": the perfect participle's verb is the cue.
    const perfect = participle < at && tokens[participle].lower === 'having';
    if (perfect) participle++;
    if (participle >= at || (!perfect && !isParticipleCue(tokens[participle].lower))) return null;
    if (cueLength(tokens, participle, at) === 0) return null;
    if (findForward(tokens, participle, at, ',') >= 0) return null;
    // The phrase ends at the words' own comma, or at the first comma after them ("… a “disaster” for the town, …").
    let mainClause = this.closingMarkOf(tokens[at]) === COMMA ? at + 1 : -1;
    for (let k = at + 1; mainClause < 0 && k < to && k <= at + REACH; k++) {
      if (tokens[k].quote >= 0 || cueLength(tokens, k, to) > 0) return null;
      if (tokens[k].lower === ',') mainClause = k + 1;
    }
    if (mainClause < 0) return null;
    const range = mainClause < to ? this.sentenceSubjectRange(tokens, mainClause, to) : null;
    if (!range || range.start !== mainClause || range.end >= to) return null;
    const source = this.analysePhrase(tokens, range.start, range.end);
    if (!source || !subjectMayUseWords(tokens, range, source)) return null;
    return { source, cue: spanOf(tokens, participle, participle + 1), method: 'cue-before', via: [] };
  }

  /**
   * Whether the comma right before `as` closes the short phrase a term at `at` stands in (`“regional” candidate,`):
   * lower-case words only, at most NOUNS_AFTER_TERM of them.
   */
  private closesTermPhrase(tokens: readonly Token[], at: number, as: number): boolean {
    if (tokens[at].quote < 0 || this.found[tokens[at].quote].kind !== 'term' || tokens[as - 1].lower !== ',') return false;
    if (as - 1 - (at + 1) > NOUNS_AFTER_TERM) return false;
    for (let k = at + 1; k < as - 1; k++) if (!tokens[k].isWord || tokens[k].capitalised) return false;
    return true;
  }

  /** Whether the quote at `at` ends with a comma, inside its marks or right after them. */
  private endsWithComma(tokens: readonly Token[], at: number, to: number): boolean {
    return this.closingMarkOf(tokens[at]) === COMMA || (at + 1 < to && tokens[at + 1].lower === ',');
  }

  /** The relative pronoun at `relative` ("who"), standing for the person `person` names. */
  private relativeStandingFor(tokens: readonly Token[], relative: number, person: MentionRef): Source {
    return {
      mention: spanOf(tokens, relative, relative + 1), name: person.entity.name, role: null, kind: 'pronoun',
      antecedent: this.textSpan(person), bracketed: false,
    };
  }

  /** Whether a lower-case word that is no filler follows `cue` in the sentence: "said the two plans …". */
  private cueTakesComplement(tokens: readonly Token[], cue: Span, to: number): boolean {
    const next = this.tokenUpperBound(tokens, cue.end - 1);
    return next < to && tokens[next].isWord && !tokens[next].capitalised && !isFiller(tokens[next]);
  }

  /**
   * `“…” ― Pamela Padilla`, `“….” - Jane Roe.`: a quotation signed with a dash and a name, as in collected
   * reactions, fact-checks or epigraphs.
   */
  private findDashSignature(tokens: readonly Token[], from: number, at: number, to: number): Finding | null {
    let dash = at + 1;
    if (dash + 1 >= to) return null;
    // A typed hyphen ("-", "--") signs only a quotation standing as a sentence of its own: elsewhere it may carry the
    // writer's sentence on (`“rigged” - and …`) or open a byline. In a run of signed quotations
    // (`“…” - Ana Ruiz “…” - Ben Lo`) a quotation's sentence opens with the signature of the one before.
    const afterSignature = this.signedBefore(tokens, from, at);
    const hyphen = tokens[dash].lower === '-' && (at === from || afterSignature) && this.quoteEndsItsSentence(tokens[at]);
    if (hyphen && tokens[dash + 1].lower === '-') dash++;
    if (dash + 1 >= to || !(hyphen || SIGNATURE_DASHES.has(tokens[dash].lower)) || !tokens[dash + 1].capitalised) return null;
    let end = dash + 1;
    while (end < to && end - dash <= SIGNATURE_MAX_WORDS && (tokens[end].capitalised || tokens[end].lower === '.')) end++;
    // `“…” ― Ana Ruiz “…” ― Ben Lo`: in a run of signed quotations, the next one may open right after the name.
    if (end < to && tokens[end].lower !== '.' && tokens[end].lower !== ',' && tokens[end].quote < 0) return null;
    if (end === to && tokens[end - 1].lower === '.') end--; // the signature's full stop
    const source = this.analysePhrase(tokens, dash + 1, end);
    return source ? { source, cue: tokens[dash], method: 'cue-after', via: [] } : null;
  }

  /**
   * `“…,” X said` / `“…,” said X` / `“…,” X, the Y of Z, said`: near the quote (a few words, across commas and
   * other quotes only), or, when `far`, anywhere later in the sentence (`“…” for Clinton, forcing her …, said X`).
   */
  private findCueAfter(tokens: readonly Token[], from: number, at: number, to: number, far: boolean): Finding | null {
    const window = Math.min(to, at + (far ? REACH : NEAR_CUE_WINDOW));
    // `“…,” Smith, who …, said`: a name right after the quote, then a comma, opens an appositive that may hold
    // clause words.
    const nameFollows = at + 1 < to && tokens[at + 1].capitalised;
    // A quote the writer's sentence runs on from (`“rigged” in a tweet, and …`) takes only a cue close by. A whole
    // utterance opening its sentence is set off even when its comma is missing (`“We met him” the editor replied`).
    const setOff = at + 1 >= to || !tokens[at + 1].isWord || SETTING_OFF_MARKS.has(this.closingMarkOf(tokens[at])) ||
      (at === from && tokens[at].quote >= 0 && this.found[tokens[at].quote].kind === 'utterance');
    let inAppositive = false;
    // `a “regional” candidate, as Roe suggested`: a reporting "as" closing the term's phrase reaches a cue further on.
    let termReported = false;
    // Far from the quote only a cue can give a finding: reading stops once none lies ahead (near it, other words
    // end the search too).
    for (let k = at + 1; k < window && (!far || this.mayHoldCue(tokens, k, window)); k++) {
      const token = tokens[k];
      if (!token.isWord) {
        if (token.lower === ',' && nameFollows) inAppositive = true;
        // "as Sanders’ campaign manager said": a bare apostrophe ending a possessive is part of the subject.
        if (far || token.quote >= 0 || NEAR_CUE_PUNCTUATION.has(token.lower) ||
          (isApostropheToken(token.lower) && isPossessiveWord(tokens, k - 1))) continue;
        return null;
      }
      if (!far && !setOff && !termReported && k > at + NEAR_CUE_WORDS_AFTER_RUN_ON) return null;
      const length = cueLength(tokens, k, to) || (!far && setOff && this.closesSetOffAttribution(tokens, at, k, to) ? 1 : 0);
      if (length === 0) {
        // Near the quote only a subject may stand before the cue: a clause word means the cue is another clause's.
        // A set-off quote's subject may hold a preposition (`“…,” a message on the website reads`).
        // `“…,” as Cruz said on Monday`: an "as" right after the quote opens the clause that reports it.
        // `a “regional” candidate, as Roe suggested`: so does one closing the phrase the term stands in, after its comma.
        if (!far && token.lower === 'as' && this.closesTermPhrase(tokens, at, k)) termReported = true;
        const reportingAs = token.lower === 'as' && (!hasWordBetween(tokens, at + 1, k) || termReported);
        if (!far && !inAppositive && !reportingAs && CLAUSE_STOPS.has(token.lower) && !FILLERS_BEFORE_CUE.has(token.lower) &&
          !(setOff && (SUBJECT_PREPOSITIONS.has(token.lower) || token.lower === 'and') && k > at + 1 &&
            tokens[k - 1].isWord)) return null;
        continue;
      }
      // `“….” Continued Smith: “…”`: a capitalised cue after a quotation that ends its sentence opens the next one.
      if (k === at + 1 && this.opensSentenceAfterQuote(tokens, k)) return null;
      // `“….” He added, “…”`: after a quotation that ends its sentence, a cue that introduces the next is that one's.
      if (!far && this.opensSentenceAfterQuote(tokens, at + 1) && this.introducesQuote(tokens, k + length, to)) return null;
      const cue = spanOf(tokens, k, k + length);
      const cueWords = lowerWords(tokens, k, k + length);
      let finding: Finding | null = null;
      if (isAccordingTo(cueWords)) {
        const source = this.nounPhraseAfter(tokens, k + length, to);
        if (source) finding = { source, cue, method: 'according-to', via: [] };
      } else {
        const hasSubjectBetween = hasWordBetween(tokens, at + 1, k);
        // `“…” but …, says X`, `“…” -- … -- “…,” says X`
        const inverted = !hasSubjectBetween || tokens[k - 1].lower === ',' || tokens[k - 1].quote >= 0;
        // "“…” that Smith can win, said Jones": after a comma, a name following a cue that takes no object is its
        // inverted subject, whatever stands before the comma.
        const invertedAfterComma = hasSubjectBetween && tokens[k - 1].lower === ',' && length === 1 &&
          INTRANSITIVE_CUES.has(cueWords[0]) && k + 1 < to && tokens[k + 1].capitalised
          ? this.nounPhraseAfter(tokens, k + length, to)
          : null;
        // `“poison pill” measures added by Republicans`: a past participle's agent is the one who used the words.
        const agent = length === 1 && isPassiveCueForm(cueWords[0]) && k + 1 < to && tokens[k + 1].lower === 'by'
          ? this.nounPhraseAfter(tokens, k + 2, to)
          : null;
        let source = agent ?? invertedAfterComma ?? (hasSubjectBetween
          ? this.participleSubject(tokens, at + 1, k, cueWords[0]) ?? this.subjectBefore(tokens, at + 1, k)
          // (`… X’s claim that Y “…,” saying …`: after a term, the participle carries the main clause on, not the term.)
          : isParticipleCue(cueWords[0]) && !(tokens[at].quote >= 0 && this.found[tokens[at].quote].kind === 'term')
            ? this.sentenceSubject(tokens, from, at) // `… “…,” saying …`
            : null);
        if (!source && inverted && !isParticipleCue(cueWords[0])) {
          // `“…” made clear that …`: a clause follows the cue, not its inverted subject.
          const after = k + length < to && tokens[k + length].lower === 'that' ? null : this.nounPhraseAfter(tokens, k + length, to);
          // `…,” described the strain as “…”`: what the cue describes as something is its object, not its subject.
          // ("said the chief known as Bob" keeps its subject: a cue that takes no object.)
          const describedAs = after !== null && !INTRANSITIVE_CUES.has(cueWords[0]) &&
            tokens[this.tokenAfter(tokens, after.mention.end, to)]?.lower === 'as';
          if (!describedAs) source = after;
        }
        if (!source && !far) source = this.loneNameBeforeCue(tokens, at, k, length, to);
        if (source) {
          const afterSource = source.mention.start >= cue.end ? this.tokenAfter(tokens, source.mention.end, to) : k + length;
          finding = { source, cue, method: 'cue-after', via: this.viaAfter(tokens, afterSource, to) };
        }
      }
      // Far from the quote, only an attribution set off by a comma closes the sentence for it (`…, said X`).
      if (finding && far && !this.setOffByComma(tokens, at, k, finding)) finding = null;
      if (finding || !far) return finding;
    }
    return null;
  }

  /**
   * `“Call the roll,” came shouts from the crowd`, `“No,” came the reply from the mayor`: "came" and a noun of
   * saying right after the set-off words, and the source after "from".
   */
  private findArrivingWords(tokens: readonly Token[], at: number, to: number): Finding | null {
    const came = at + 1;
    if (came + 3 >= to || (tokens[came].lower !== 'came' && tokens[came].lower !== 'comes') ||
      !SETTING_OFF_MARKS.has(this.closingMarkOf(tokens[at]))) return null;
    let noun = came + 1;
    if (DETERMINERS.has(tokens[noun].lower)) noun++;
    if (noun + 2 >= to || !SPEECH_NOUNS.has(tokens[noun].lower) || tokens[noun + 1].lower !== 'from') return null;
    const source = this.nounPhraseAfter(tokens, noun + 2, to);
    return source ? { source, cue: spanOf(tokens, came, noun + 1), method: 'cue-after', via: [] } : null;
  }

  /**
   * `“…,” a voice-over in the ad states.`, `“…,” the Lees state in their letter`: after a quotation set off by its
   * comma and a subject, a verb of saying too common as a noun to be a cue alone is the cue when the clause ends with
   * it (or with where it was said).
   */
  private closesSetOffAttribution(tokens: readonly Token[], at: number, k: number, to: number): boolean {
    const token = tokens[k];
    const previous = tokens[k - 1];
    if (token.capitalised || !isClauseFinalCue(token.lower) || !hasWordBetween(tokens, at + 1, k) ||
      !previous.isWord || NOUN_MARKERS.has(previous.lower) || DETERMINERS.has(previous.lower)) return false;
    const next = k + 1 < to ? tokens[k + 1] : undefined;
    return endsClause(next) || (next !== undefined && SUBJECT_PREPOSITIONS.has(next.lower));
  }

  /**
   * `“…” From said.`, `“…,” Will wrote`: a lone capitalised word between a quote and its cue, with no name after
   * the cue, is the speaker's name even when it reads elsewhere as an ordinary word.
   */
  private loneNameBeforeCue(tokens: readonly Token[], at: number, cue: number, length: number, to: number): Source | null {
    let word = at + 1;
    while (word < cue && !tokens[word].isWord) word++;
    if (word !== cue - 1 || !tokens[word].capitalised || PRONOUNS.has(tokens[word].lower) ||
      DETERMINERS.has(tokens[word].lower) || COORDINATORS.has(tokens[word].lower)) return null;
    const after = cue + length;
    if (after < to && (tokens[after].capitalised || tokens[after].quote >= 0)) return null;
    const mention = this.mentionAt(tokens[word].start);
    return {
      mention: spanOf(tokens, word, word + 1),
      name: mention?.entity.name ?? this.text.slice(tokens[word].start, tokens[word].end),
      role: null,
      kind: mention?.entity.type ?? 'person',
      antecedent: null,
      bracketed: false,
    };
  }

  /**
   * Whether the cue at `cue` (or the subject before it) follows a comma, `…, said X` / `…, X said`, or a later
   * quotation set off by its own comma.
   */
  private setOffByComma(tokens: readonly Token[], at: number, cue: number, finding: Finding): boolean {
    // `“…” -- an aside -- “…,” he says`: the cue set off after a later piece of the same words attributes them all.
    const setOff = (token: Token): boolean =>
      token.lower === ',' || COMMA_LIKE_MARKS.has(this.closingMarkOf(token));
    if (setOff(tokens[cue - 1])) return true;
    // "…, party spokesman Neil Brook said": the role before the name belongs to the subject.
    const { mention, role } = finding.source;
    let subjectPosition = mention.start;
    // Only the role written right before the name counts (a blank or two between): a bounded look, not a search.
    for (let gap = 0; role !== null && gap <= 2 && subjectPosition === mention.start; gap++) {
      const roleStart = mention.start - gap - role.length;
      if (roleStart >= 0 && this.text.startsWith(role, roleStart)) subjectPosition = roleStart;
    }
    const subjectStart = this.tokenAfter(tokens, subjectPosition, cue);
    let before = subjectStart - 1;
    while (before > at && tokens[before].isWord && !tokens[before].capitalised && DETERMINERS.has(tokens[before].lower)) before--;
    while (before > at && tokens[before].isWord && tokens[before].capitalised) before--;
    // `“…,” a fisherman who asked not to be named said`: the subject may open right after the quote's own comma.
    return before >= at && setOff(tokens[before]);
  }

  /**
   * `… was described as “…” by Jane Roe`: the agent named by "by" right after the quote of a passive cue, within its
   * sentence; else null.
   */
  private agentAfterQuote(tokens: readonly Token[], at: number, cue: Span): Finding | null {
    if (tokens[at + 1]?.lower !== 'by') return null;
    // The quote must be the cue's complement ("called “…”", "labeled as a “…”"), not inside a phrase of its own
    // ("was reported in a “…” by the Times" is the Times's reporting, not its words).
    for (let k = at - 1; k >= 0 && tokens[k].start >= cue.end; k--) if (!COMPLEMENT_OPENERS.has(tokens[k].lower)) return null;
    let to = at + 2;
    while (to < tokens.length && to < at + REACH && tokens[to].quote < 0 && !isSentenceEnd(tokens[to].lower)) to++;
    const agent = this.nounPhraseAfter(tokens, at + 2, to);
    return agent && agent.kind !== 'thing' && agent.kind !== 'place' ? { source: agent, cue, method: 'cue-before', via: [] } : null;
  }

  /** Whether a quotation stands at `k`, or right after a comma or colon there (`added, “…”`). */
  private introducesQuote(tokens: readonly Token[], k: number, to: number): boolean {
    if (k < to && (tokens[k].lower === ',' || tokens[k].lower === ':')) k++;
    return k < to && tokens[k].quote >= 0;
  }

  /** Whether the capitalised word at `k` follows a quotation whose words end a sentence (`“….” Continued Smith`). */
  private opensSentenceAfterQuote(tokens: readonly Token[], k: number): boolean {
    return k > 0 && tokens[k].capitalised && tokens[k - 1].quote >= 0 && this.quoteEndsItsSentence(tokens[k - 1]);
  }

  /** Whether the quotation `token` stands for ends with its own full stop, question or exclamation mark. */
  private quoteEndsItsSentence(token: Token): boolean {
    const mark = this.closingMarkOf(token);
    return mark === 0x2e || mark === 0x21 || mark === 0x3f;
  }

  /**
   * The code of the last character other than white space among the last three of a quote token's words (its
   * closing punctuation, inside the marks), or -1 when there is none. Read in place: this runs for most quotes, several times, and
   * a slice and a regular expression each time cost more than the rules that ask.
   */
  /**
   * Where a phrase set off at its end closes, in [from, to): a comma, a dash, or a quotation whose comma stands inside
   * its closing mark ("On “Face the Harbour,” Sen. Ada Quill …"); -1 when none does.
   */
  private phraseEnd(tokens: readonly Token[], from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const token = tokens[k];
      if (token.lower === ',' || SIGNATURE_DASHES.has(token.lower) || this.closingMarkOf(token) === COMMA) return k;
    }
    return -1;
  }

  private closingMarkOf(token: Token): number {
    if (token.quote < 0) return -1;
    const content = this.found[token.quote].content;
    for (let k = content.length - 1; k >= 0 && k >= content.length - 3; k--) {
      const code = content.charCodeAt(k);
      if (!isRegExpSpace(code)) return code;
    }
    return -1;
  }

  /**
   * When a dash closing an aside (`- as Roe said -`, `— which read “…” —`, `-- …  --`) ends at `closing`: the index of
   * the first token of the dash that opens it, within `[from, closing)` and its sentence; else -1.
   */
  private asideOpening(tokens: readonly Token[], from: number, closing: number): number {
    const closingWidth = this.asideDashWidth(tokens, from, closing);
    if (closingWidth === 0) return -1;
    for (let k = closing - closingWidth; k > from && k > closing - REACH; k--) {
      if (isSentenceEnd(tokens[k].lower)) return -1;
      const width = this.asideDashWidth(tokens, from, k);
      if (width > 0) return hasWordBetween(tokens, k + 1, closing) ? k - width + 1 : -1;
    }
    return -1;
  }

  /** `dashWidth`, where a lone hyphen typed with a blank beside it (" - ") counts as a dash too. */
  private asideDashWidth(tokens: readonly Token[], from: number, at: number): number {
    // A dash is a mark: a word is turned away before any look-up, as this runs for each token a cue search reads back.
    if (tokens[at].isWord) return 0;
    return dashWidth(tokens, from, at) || (tokens[at].lower === '-' && isTypedDash(this.text, tokens[at]) ? 1 : 0);
  }

  /** `X said: “…”`, `X added that … “…”`, `According to X, “…”`: the nearest cue before the quote with a subject. */
  private findCueBefore(tokens: readonly Token[], from: number, at: number, lookForOuter = true): Finding | null {
    // "Pollsters agree - Jane Roe: “…”": a name set off by a dash and a colon labels the words, whatever cue the
    // writer's words before the dash hold.
    const label = this.speakerLabel(tokens, from, at) ?? this.agentBeforeAs(tokens, from, at);
    if (label) return label;
    const reachStart = Math.max(from, at - REACH);
    const caused = this.causedToSpeakBefore(tokens, reachStart, at);
    if (caused) return caused;
    let pendingParticiple: number | null = null;
    let mainSubject: { start: number; end: number } | null | undefined;
    // Only cues act below: reading back stops once no cue lies ahead (for a run of marks, at once).
    for (let k = at - 1; k >= reachStart && this.mayHoldCue(tokens, reachStart, k + 1); k--) {
      const token = tokens[k];
      // "He told them it floats - as Roe has said - and he can “promise” …": a cue inside an aside that dashes close
      // before the quote speaks to the aside, not to the words after it.
      const aside = this.asideOpening(tokens, reachStart, k);
      if (aside >= 0) {
        k = aside;
        continue;
      }
      // "… ignored its history — Roe cites the act, “…”": a dash that opens a clause with a subject of its own before
      // the words ends the reading back; a cue before the dash is another clause's.
      // (A dash is a mark: a word, most tokens read back, is turned away before the look-up.)
      if (!token.isWord && APPOSITIVE_DASHES.has(token.lower) && k + 1 < at) {
        const clause = this.joinedClauseFinding(tokens, k + 1, at);
        if (clause) return clause;
      }
      if (!token.isWord) continue;
      // A cue's first word: skip the later words of a multiword cue, so "according to" is read from "according".
      const length = cueLength(tokens, k, at);
      // "the spot titled “…”": a naming verb that is no speech cue still makes the quote a name, nobody's words.
      if (length === 0 && isNamingCue(token.lower) && this.namedQuote(tokens, k, 1) === at) return null;
      if (length === 0 || k + length > at) continue;
      // "he sounded a rare note of doubt, saying …": a cue's word after an article (and one word) and before "of" is
      // a noun.
      if (length === 1 && tokens[k + 1]?.lower === 'of' && k - 1 > from &&
        (ARTICLES.has(tokens[k - 1].lower) || ARTICLES.has(tokens[k - 2].lower))) continue;
      // "Following a hastily called, late-night meeting, …": an -ed cue after an article describes the noun after it.
      if (length === 1 && describesNounAfter(tokens, from, k)) continue;
      // "the vast majority of them rated “confidential,”": a verdict's participle right before the words, after a
      // word that is no subject of it, describes what was rated.
      if (length === 1 && k + 1 === at && VERDICT_PARTICIPLES.has(token.lower) && k - 1 >= from && tokens[k - 1].isWord &&
        !tokens[k - 1].capitalised && !PRONOUNS.has(tokens[k - 1].lower)) continue;
      if (this.insideReportedSubordinate(tokens, from, k, at)) continue;
      const cue = spanOf(tokens, k, k + length);
      const cueWords = lowerWords(tokens, k, k + length);
      if (cueWords[0] === 'quoted' && (length === 1 || cueWords[1] === 'by')) {
        const quoted = this.quotedAsSaying(tokens, from, k, length, at);
        if (quoted) return quoted;
      }
      if (isAccordingTo(cueWords)) {
        const source = this.nounPhraseAfter(tokens, k + length, at);
        if (source) return { source, cue, method: 'according-to', via: [] };
        continue;
      }
      // "When Ada Quill called it dead, the board voted to “reconsider” it": a cue inside a clause or phrase that opens
      // the sentence before a comma is that clause's; words after a main clause whose subject may use words are its.
      mainSubject ??= this.subjectAfterOpening(tokens, from, at);
      if (mainSubject && k < mainSubject.start && this.speakingPhrase(tokens, mainSubject)) continue;
      if (closedRelativeClause(tokens, from, k, k + length, at)) continue;
      // "a play called “…”", "an account named “…”": the quote is a name, not anyone's words.
      // "what Jane Roe, a treasurer, called “…”": after an appositive's closing comma, a person's naming verb reports.
      const afterAppositive = isNamingCue(token.lower) && k - 1 > from && tokens[k - 1].lower === ',' &&
        this.subjectBefore(tokens, from, k)?.kind === 'person';
      const named = afterAppositive ? -1 : this.namedQuote(tokens, k, length);
      if (named >= 0) {
        // "… has been called “…” by Jane Roe": a passive naming has its agent after the quote.
        if (named === at) return this.agentAfterQuote(tokens, at, cue);
        continue;
      }
      // "is telling …" has its subject before it; ", saying …" shares the sentence's subject.
      // "X was told …", "X is said to be “…”": a passive cue's subject did not say the words.
      // "Asked by Roe if …": a participle opening the sentence with its agent after it is passive too.
      const openingPassive = k === from && tokens[k + length]?.lower === 'by';
      if ((openingPassive || (k > from && PASSIVE_AUXILIARIES.has(tokens[k - 1].lower)) || this.contractedPassive(tokens, from, k)) &&
        isPassiveCueForm(cueWords[0])) {
        // "X was asked by Y, “…”": the words are Y's; "X was asked, “…”" names no one who asked.
        if (k + length < at && tokens[k + length].lower === 'by') {
          const agent = this.nounPhraseAfter(tokens, k + length + 1, at);
          if (agent) return { source: agent, cue, method: 'cue-before', via: [] };
        }
        const agent = this.agentAfterQuote(tokens, at, cue);
        if (agent || PASSIVE_QUESTION_CUES.has(cueWords[0])) return agent;
        continue;
      }
      // "is already claiming": fillers may stand between the auxiliary and the participle.
      let auxiliary = k - 1;
      while (auxiliary >= from && isFiller(tokens[auxiliary]) && !PROGRESSIVE_AUXILIARIES.has(tokens[auxiliary].lower)) auxiliary--;
      const progressive = auxiliary >= from && PROGRESSIVE_AUXILIARIES.has(tokens[auxiliary].lower);
      const participle = isParticipleCue(cueWords[0]) && !progressive;
      const controlling = participle ? -1 : this.controllingVerb(tokens, from, k);
      let source = participle
        ? this.participleSubject(tokens, from, k, cueWords[0])
        : this.subjectBefore(tokens, from, controlling >= 0 ? controlling : progressive ? auxiliary : k);
      if (source && (source.kind === 'thing' || source.kind === 'place') && !participle && tokens[k - 1].lower === ',' &&
        k + length < at && tokens[k + length].capitalised) {
        // "The paradox, says Carl Ames, a historian, is that …": after a phrase that cannot speak, a cue between a
        // comma and a name is inverted.
        const inverted = this.nounPhraseAfter(tokens, k + length, at);
        if (inverted && inverted.kind !== 'thing' && inverted.kind !== 'place') {
          return { source: inverted, cue, method: 'cue-before', via: [] };
        }
      }
      if (participle && !source) {
        // "He tweeted when Roe ended the debate, remarking, “…”": a participle right after the comma closing a
        // when/while/where clause is that clause's, before any cue of the main clause that holds it.
        const subordinate = pendingParticiple === null ? this.subordinateSubjectBeforeParticiple(tokens, from, k) : null;
        if (subordinate) return { source: subordinate, cue, method: 'cue-before', via: [] };
        // ", adding …": the subject is an earlier verb's ("Fiorina said, adding …"), else the sentence's.
        pendingParticiple ??= k;
        continue;
      }
      let afterCue = this.tokenAfter(tokens, cue.end, at);
      if (!source) {
        const before = previousNonFiller(tokens, from, k);
        if (before >= from && COORDINATORS.has(tokens[before].lower)) {
          // "When X was asked …, he laughed and said …": a pronoun right before the first verb is the subject of
          // both; "… as Roe denounced … and pledged …": the subject of the clause holding the first verb; otherwise
          // ("X referred to … but described …") the second verb shares the sentence's subject.
          const firstVerb = before - 1;
          source = firstVerb > from && tokens[firstVerb].isWord && !tokens[firstVerb].capitalised &&
            PRONOUNS.has(tokens[firstVerb - 1].lower)
            ? this.resolvePronoun(tokens[firstVerb - 1])
            : this.subordinateClauseSubject(tokens, from, before) ?? this.coordinateClauseSubject(tokens, from, before) ??
              this.sentenceSubject(tokens, from, before);
        } else if ((k === from || (before >= from && tokens[before].lower === ',') || this.opensSentenceAfterQuote(tokens, k)) &&
          !isParticipleCue(cueWords[0]) && k + length < at && !OBJECT_PRONOUNS.has(tokens[k + length].lower) &&
          (tokens[k + length].capitalised || (k === from && !CLAUSE_STOPS.has(tokens[k + length].lower) &&
            !NOUN_PHRASE_PREPOSITIONS.has(tokens[k + length].lower)))) {
          // "Said Comey, “…”" at the sentence's start (or after a quotation ending its sentence), or
          // "The paradox, says X, historian at Y, is that …": the cue is inverted mid-sentence.
          source = this.nounPhraseAfter(tokens, k + length, at);
          if (source) afterCue = this.tokenAfter(tokens, source.mention.end, at);
        }
      }
      // `X said …, but he gave them a compliment: “…”`: the later clause that the colon closes introduces the words.
      const colonClause = source && tokens[at - 1].lower === ':' ? this.joinedClauseSubject(tokens, k + length, at - 1) : null;
      if (colonClause) return { source: colonClause, cue: tokens[at - 1], method: 'cue-before', via: [] };
      if (source) {
        // "X said (that) Y called …": the words reached the writer through X, who is the one reporting them.
        const subjectStart = this.tokenAfter(tokens, source.mention.start, at);
        const poll = this.pollBehindShare(tokens, from, subjectStart);
        if (poll) return { source: poll, cue, method: 'cue-before', via: [] };
        let before = subjectStart - 1;
        // "that" is a determiner too, but here it is the conjunction that opens the reported clause; "that FBI
        // Director Jane Roe had called …": the role before the name belongs to the reported clause's subject.
        while (before > from && tokens[before].lower !== 'that' && (DETERMINERS.has(tokens[before].lower) ||
          (source.role !== null && tokens[before].isWord && (tokens[before].capitalised || ROLE_WORDS.has(tokens[before].lower))))) before--;
        if (lookForOuter && source.mention.start < cue.start && before > from &&
          (tokens[before].lower === 'that' || cueLength(tokens, before, at) > 0)) {
          const outer = this.findCueBefore(tokens, from, before + (tokens[before].lower === 'that' ? 0 : 1), false);
          if (outer && outer.method !== 'according-to') return outer;
        }
        return { source, cue, method: source.bracketed ? 'bracketed' : 'cue-before', via: this.viaAfter(tokens, afterCue, at) };
      }
    }
    if (pendingParticiple !== null) {
      // The subject of the clause the participle hangs from ("X has not, though last week he used harsher terms,
      // saying …"), else the sentence's, else its first pronoun subject ("When he returned he began by saying, “…”").
      const source = this.invertedCueSubject(tokens, from, pendingParticiple) ??
        this.adverbialClauseSubject(tokens, from, pendingParticiple) ??
        this.subordinateSubjectBeforeParticiple(tokens, from, pendingParticiple) ??
        this.sentenceSubject(tokens, from, pendingParticiple) ?? this.firstPronounSubject(tokens, from, pendingParticiple);
      const cue = spanOf(tokens, pendingParticiple, pendingParticiple + 1);
      if (source && this.objectStandsFor(tokens, from, pendingParticiple, source)) {
        const described = this.speakingPhrase(tokens, { start: this.phraseStart(tokens, from, pendingParticiple), end: pendingParticiple });
        return described ? { source: described, cue, method: 'cue-before', via: [] } : null;
      }
      if (source) return { source, cue, method: 'cue-before', via: [] };
    }
    return this.findColonIntroduction(tokens, from, at);
  }

  /**
   * "The fee prompted Ada Quill to state, “…”": the verb of saying a causative verb made someone use, read back from the
   * words at `at` up to the first cue of another clause (its base form is no cue of its own, "counter", "state").
   */
  private causedToSpeakBefore(tokens: readonly Token[], from: number, at: number): Finding | null {
    for (let k = at - 1; k >= from && k >= at - CAUSED_REACH; k--) {
      if (!tokens[k].isWord) continue;
      const caused = this.causedToSpeak(tokens, from, k);
      if (caused) return { source: caused, cue: spanOf(tokens, k, k + 1), method: 'cue-before', via: [] };
      if (cueLength(tokens, k, at) > 0) return null;
    }
    return null;
  }

  /**
   * "The fee prompted Ada Quill to call it “…”", "…, leading officials like Ada Quill to counter that “…”": a verb of
   * saying after "to" (or after "and" joining it to an earlier "to …") whose "to" follows a verb that makes someone
   * act is the words of the one it made act, the noun phrase between them; null when no such verb stands there or the
   * phrase cannot speak.
   */
  private causedToSpeak(tokens: readonly Token[], from: number, verb: number): Source | null {
    if (verb - 1 <= from || !isSpeechVerbBase(tokens[verb].lower)) return null;
    let to = verb - 1;
    if (tokens[to].lower === 'and') {
      to = findBackward(tokens, Math.max(from, verb - CAUSED_REACH), to, 'to');
      for (let k = to + 1; to >= 0 && k < verb; k++) if (!tokens[k].isWord) return null;
    }
    if (to - 2 < from || tokens[to].lower !== 'to') return null;
    let cause = to - 1;
    while (cause > from && cause > to - CAUSED_REACH && !CAUSATIVE_VERBS.has(tokens[cause].lower)) {
      if (!tokens[cause].isWord && !isApostropheToken(tokens[cause].lower) && tokens[cause].lower !== '.') return null;
      cause--;
    }
    if (!CAUSATIVE_VERBS.has(tokens[cause].lower) || cause + 1 >= to) return null;
    // "led him to call …": an object pronoun stands for someone named before.
    if (cause + 2 === to && BOUND_OBJECT_PRONOUNS.has(tokens[cause + 1].lower)) return this.resolvePronoun(tokens[cause + 1]);
    return this.speakingPhrase(tokens, { start: cause + 1, end: to });
  }

  /**
   * "The mayor came only after the paper’s leader urging her to quit": a participle right after a noun whose object
   * pronoun stands for `subject` is not that subject's (it would tell "himself"); it describes the noun before it.
   */
  private objectStandsFor(tokens: readonly Token[], from: number, participle: number, subject: Source): boolean {
    const before = tokens[participle - 1];
    const object = tokens[participle + 1];
    if (participle - 1 < from || !before.isWord || before.capitalised || PRONOUNS.has(before.lower) ||
      object === undefined || !BOUND_OBJECT_PRONOUNS.has(object.lower)) return false;
    // "telling her staff": "her" before a noun is a possessive, and may well be the subject's.
    const after = tokens[participle + 2];
    if (object.lower === 'her' && after?.isWord && !OBJECT_PRONOUN_FOLLOWERS.has(after.lower)) return false;
    return this.resolvePronoun(object).name === subject.name;
  }

  /** The phrase over `range` when it may use words (a person, people, a body or a text); else null. */
  private speakingPhrase(tokens: readonly Token[], range: { start: number; end: number }): Source | null {
    const phrase = range.start < range.end ? this.analysePhrase(tokens, range.start, range.end) : null;
    return phrase && subjectMayUseWords(tokens, range, phrase) ? phrase : null;
  }

  /**
   * The main clause's subject when a clause or phrase opened by a subordinator or a preposition ("When …,",
   * "After …,", "In a clip that …,") opens the sentence and a comma closes it before `at`; else null.
   */
  private subjectAfterOpening(tokens: readonly Token[], from: number, at: number): { start: number; end: number } | null {
    if (!OPENING_SUBORDINATORS.has(tokens[openingWord(tokens, from, at)].lower)) return null;
    const range = this.sentenceSubjectRange(tokens, from, at);
    if (!range || range.start - 1 <= from) return null;
    // The comma may close a quotation ending the opening clause ("While Roe calls it “a farce,” Quill …").
    const closing = range.start - 1;
    const closed = tokens[closing].lower === ',' || (tokens[closing].quote >= 0 && this.endsWithComma(tokens, closing, range.start));
    return closed ? range : null;
  }

  /**
   * `an option seen by organizers as a “lifeboat”`, `what came to be known by critics as a “hug”`, `often labeled as
   * a “…” by critics`: a passive participle of seeing or naming whose agent stands between "by" and the "as" before
   * the quote, or after the quote; the words are the agent's.
   */
  private agentBeforeAs(tokens: readonly Token[], from: number, at: number): Finding | null {
    let as = at - 1;
    if (as > from && ARTICLES.has(tokens[as].lower)) as--;
    if (as <= from || tokens[as].lower !== 'as') return null;
    // "often labeled as a “…” by Democrats": the agent may follow the quote instead.
    const right = previousNonFiller(tokens, from, as);
    if (right >= from && AS_PARTICIPLES.has(tokens[right].lower)) return this.agentAfterQuote(tokens, at, spanOf(tokens, right, right + 1));
    for (let k = as - 1; k > from && k >= as - AGENT_WORDS; k--) {
      if (!tokens[k].isWord) return null;
      if (tokens[k].lower !== 'by') continue;
      const participle = previousNonFiller(tokens, from, k);
      if (participle < from || !AS_PARTICIPLES.has(tokens[participle].lower)) return null;
      const agent = this.analysePhrase(tokens, k + 1, as);
      if (!agent || agent.kind === 'thing' || agent.kind === 'place') return null;
      return { source: agent, cue: spanOf(tokens, participle, participle + 1), method: 'cue-before', via: [] };
    }
    return null;
  }

  /**
   * `for what’s today typically called “…”`: "’s" after "what", "that", "it" … is "is", so the participle after it
   * (and after adverbs) is passive; after "he" or "she" it is as often "has" ("she’s called it …").
   */
  private contractedPassive(tokens: readonly Token[], from: number, participle: number): boolean {
    let k = participle - 1;
    while (k > from && k > participle - CONTRACTION_ADVERBS && isFiller(tokens[k]) && !endsWithApostropheS(tokens[k].lower)) k--;
    if (k < from || !endsWithApostropheS(tokens[k].lower)) return false;
    // The tokenizer splits "’s" off some words ("it", "that") and leaves it on others ("what’s").
    const word = tokens[k].lower;
    const subject = word.length > 2 ? word.slice(0, -2) : k > from ? tokens[k - 1].lower : '';
    return IMPERSONAL_SUBJECTS.has(subject);
  }

  /**
   * `Roe said that once the Senate goes on recess, “…”`: a cue inside a subordinate clause that a reported "that"
   * opens and a comma closes right before the quote speaks to that clause; the words are the main clause's, reported
   * by the cue before "that".
   */
  private insideReportedSubordinate(tokens: readonly Token[], from: number, cue: number, at: number): boolean {
    if (tokens[at - 1].lower !== ',') return false;
    for (let k = cue - 1; k > from && k >= cue - SUBORDINATE_CUE_REACH; k--) {
      if (!tokens[k].isWord) return false;
      if (SUBORDINATORS.has(tokens[k].lower)) return tokens[k - 1].lower === 'that';
    }
    return false;
  }

  /**
   * `In a poll released Monday, 31 percent of voters said they were “…”`, `The survey also finds that, while 37% say
   * …`: a share of the people polled answers through the poll, which is the source of its findings. The poll is the
   * phrase an opening "In" sets off, or the sentence's own subject; null when the subject at `subject` counts no
   * share or no poll stands before it.
   */
  private pollBehindShare(tokens: readonly Token[], from: number, subject: number): Source | null {
    if (subject <= from) return null;
    if (tokens[from].lower === 'in') {
      // The share may open the subject the cue's reading kept only the end of ("31% of Republicans and independents").
      const comma = findForward(tokens, from + 1, subject, ',');
      const share = countsShare(tokens, comma + 1) || countsShare(tokens, subject);
      if (comma > from + 1 && share && namesPoll(tokens, from + 1, comma)) {
        return this.analysePhrase(tokens, from + 1, comma);
      }
    }
    if (!countsShare(tokens, subject)) return null;
    const range = this.sentenceSubjectRange(tokens, from, subject);
    if (!range || range.end >= subject || !namesPoll(tokens, range.start, range.end)) return null;
    return this.analysePhrase(tokens, range.start, range.end);
  }

  /**
   * `“…,” said Ada Quill, urging …`, `“…,” said the captain, before calling …`: a participle right after an inverted
   * cue's subject and its comma (maybe with a word of time between: before, after, while, then) shares that subject
   * (the sentence opens with a quotation, so it has none of its own to give).
   */
  private invertedCueSubject(tokens: readonly Token[], from: number, participle: number): Source | null {
    const comma = participle - 1 > from && PARTICIPLE_TIME_WORDS.has(tokens[participle - 1].lower) ? participle - 2 : participle - 1;
    if (comma <= from || tokens[comma].lower !== ',') return null;
    for (let k = comma - 1; k > from && k >= comma - INVERTED_SUBJECT_WORDS; k--) {
      const length = cueLength(tokens, k, comma);
      if (length === 0) continue;
      if (tokens[k - 1].quote < 0 && tokens[k - 1].lower !== ',') return null;
      const source = this.nounPhraseAfter(tokens, k + length, comma);
      if (!source || source.kind === 'thing' || source.kind === 'place') return null;
      // "said Ada Quill, a nurse, adding …": an appositive may stand between the subject and the participle.
      const after = this.tokenUpperBound(tokens, source.mention.end - 1);
      if (after === comma) return source;
      if (tokens[after].lower !== ',') return null;
      for (let t = after + 1; t < comma; t++) if (!tokens[t].isWord && tokens[t].lower !== '.') return null;
      return source;
    }
    return null;
  }

  /**
   * The pronoun subject of the last clause before a participle cue, when that clause is an adverbial one of its own
   * ("even as she defended the staff, saying …"), not the report of a speech verb ("X said he …, adding …", whose
   * participle shares the subject of "said").
   */
  private adverbialClauseSubject(tokens: readonly Token[], from: number, participle: number): Source | null {
    for (let k = participle - 2; k > from && k >= participle - REACH; k--) {
      const token = tokens[k];
      if (token.quote >= 0 || isSentenceEnd(token.lower)) return null;
      const next = tokens[k + 1];
      if (!CLAUSE_SUBJECT_PRONOUNS.has(token.lower) || !next.isWord || next.capitalised || isParticipleCue(next.lower)) continue;
      const previous = tokens[k - 1];
      if (!previous.isWord || previous.lower === 'that' || cueLength(tokens, k - 1, participle) > 0) return null;
      return this.resolvePronoun(token);
    }
    return null;
  }

  /**
   * `… where about fifty protesters had gathered, chanting …`, `… while a guard walked past, saying …`: the people
   * named as the subject of the subordinate clause that a participle's comma closes; else null. ("as" and "after"
   * are left out: as prepositions they open no clause, "serve as a ladder, noting …".)
   */
  private subordinateSubjectBeforeParticiple(tokens: readonly Token[], from: number, participle: number): Source | null {
    const comma = participle - 1;
    if (comma <= from || tokens[comma].lower !== ',') return null;
    for (let k = comma - 1; k >= from && k > comma - REACH; k--) {
      const token = tokens[k];
      // "when Roe ended the debate with a nod to the “Star Wars” sequel, remarking …": a title is read past.
      if (token.quote >= 0 && this.titles.has(token.quote)) continue;
      if (token.quote >= 0 || !token.isWord || cueLength(tokens, k, comma) > 0) return null;
      if (!PARTICIPLE_CLAUSE_OPENERS.has(token.lower)) continue;
      const range = this.sentenceSubjectRange(tokens, k + 1, comma);
      const subject = range && range.end < comma ? this.analysePhrase(tokens, range.start, range.end) : null;
      return subject && (subject.kind === 'person' || subject.kind === 'group' || subject.kind === 'organization') ? subject : null;
    }
    return null;
  }

  /**
   * The subject of the subordinate clause ("when …", "as …") that `before` ends, when it is a name or a pronoun
   * ("… such as when Roe knocked Vinter"); else null. Read back within the reach of a cue, not across a comma.
   */
  private subordinateClauseSubject(tokens: readonly Token[], from: number, before: number): Source | null {
    let quoted = false;
    for (let k = before - 1; k >= from && k > before - REACH; k--) {
      const token = tokens[k];
      // "when Roe lamented the “…” state and criticized …": a first verb may stand between only with words it reported
      // ("as they answered questions and assured …" is two subjects' doing).
      if (token.quote >= 0) quoted = true;
      if (token.lower === ',' || (!quoted && cueLength(tokens, k, before) > 0)) return null;
      if (!SUBORDINATORS.has(token.lower) && !opensResultClause(tokens, from, k)) continue;
      // Only a name or a pronoun right after it makes a clause ("as Roe denounced"; "as the winner" is a phrase).
      const opener = tokens[k + 1];
      if (!opener.capitalised && !PRONOUNS.has(opener.lower)) return null;
      const range = this.sentenceSubjectRange(tokens, k + 1, before);
      const subject = range && range.end < before ? this.analysePhrase(tokens, range.start, range.end) : null;
      return subject && (subject.kind === 'person' || subject.kind === 'pronoun' || subject.kind === 'organization') ? subject : null;
    }
    return null;
  }

  /**
   * The pronoun opening the nearest clause joined by "and"/"but" or a comma before `before` ("He pledged … and he,
   * once again, pledged … and said …"), resolved, or the named subject of one joined by a comma and "and"; else null.
   * Read back within the reach of a cue.
   */
  private coordinateClauseSubject(tokens: readonly Token[], from: number, before: number): Source | null {
    for (let k = before - 1; k > from && k > before - REACH; k--) {
      const token = tokens[k];
      if (isSentenceEnd(token.lower)) return null;
      // "…, and the league denounced the plan and said …": a named subject after a comma and "and" too.
      const named = k - 2 > from && tokens[k - 2].lower === ',' ? this.joinedClauseFinding(tokens, k, before) : null;
      if (named) return named.source;
      if (!CLAUSE_SUBJECT_PRONOUNS.has(token.lower)) continue;
      const opener = tokens[k - 1].lower;
      return opener === ',' || COORDINATORS.has(opener) ? this.resolvePronoun(token) : null;
    }
    return null;
  }

  /**
   * The pronoun opening the first clause joined on by a comma (maybe a quote's own) and "and"/"but" in `[from, before)`
   * (", but he gave …"), resolved; else null.
   */
  private joinedClauseSubject(tokens: readonly Token[], from: number, before: number): Source | null {
    for (let k = from + 2; k < before - 1; k++) {
      const comma = tokens[k - 2].lower === ',' || this.closingMarkOf(tokens[k - 2]) === COMMA;
      if (CLAUSE_SUBJECT_PRONOUNS.has(tokens[k].lower) && COORDINATORS.has(tokens[k - 1].lower) && comma &&
        tokens[k + 1].isWord && !tokens[k + 1].capitalised) return this.resolvePronoun(tokens[k]);
    }
    return null;
  }

  /** The first pronoun in `[from, before)` that a lower-case verb follows ("he began"), resolved; else null. */
  private firstPronounSubject(tokens: readonly Token[], from: number, before: number): Source | null {
    for (let k = Math.max(from, before - REACH); k < before - 1; k++) {
      if (tokens[k].quote >= 0) continue;
      const next = tokens[k + 1];
      if (CLAUSE_SUBJECT_PRONOUNS.has(tokens[k].lower) && next.isWord && !next.capitalised && !isParticipleCue(next.lower)) {
        return this.resolvePronoun(tokens[k]);
      }
    }
    return null;
  }

  /** `… - Jane Roe: “…”`: a run of capitalised words between a dash and the colon before the quote. */
  private speakerLabel(tokens: readonly Token[], from: number, at: number): Finding | null {
    const colon = at - 1;
    if (colon <= from + 1 || tokens[colon].lower !== ':') return null;
    const labelStart = colonLabelStart(tokens, from, colon);
    if (labelStart === colon || labelStart === from || !DASHES.has(tokens[labelStart - 1].lower)) return null;
    const source = this.analysePhrase(tokens, labelStart, colon);
    return source && source.kind !== 'thing' ? { source, cue: tokens[colon], method: 'cue-before', via: [] } : null;
  }

  /**
   * A quote after a colon: a speaker label (`Clinton: “…”`, `… - Michael P. McDonald: “…”`), or a sentence whose
   * subject introduces the words (`He returned to his familiar lines: “…”`).
   */
  private findColonIntroduction(tokens: readonly Token[], from: number, at: number): Finding | null {
    const colon = at - 1;
    if (colon <= from || tokens[colon].lower !== ':') return null;
    const labelStart = colonLabelStart(tokens, from, colon);
    const standsAlone = labelStart === from || DASHES.has(tokens[labelStart - 1].lower);
    // "… doesn't surprise pollster Jane Roe: “…”", "More from the report: “…”": the one named right before the
    // colon introduces the words.
    const lastBefore = this.lastMention(tokens[Math.max(from, colon - 6)].start, tokens[colon - 1].end, ['person']);
    // "delivered a blunt message to Tom Reyes: “…”": the one addressed is not the one speaking.
    const named = lastBefore !== null && lastBefore.end === tokens[colon - 1].end &&
      !this.addressed(tokens, from, this.tokenAfter(tokens, lastBefore.start, colon)) ? lastBefore : null;
    const fromWord = findBackward(tokens, Math.max(from, colon - 6), colon, 'from');
    const source = labelStart < colon && standsAlone
      ? this.analysePhrase(tokens, labelStart, colon)
      : named !== null
        ? this.analysePhrase(tokens, this.tokenAfter(tokens, named.start, colon), colon)
        // "More from the report:", "from Roe’s letter:" name a source; "ranged from skeptical to hostile:" does not.
        : fromWord >= 0 && fromWord + 1 < colon && (tokens[fromWord + 1].capitalised || DETERMINERS.has(tokens[fromWord + 1].lower))
          ? this.nounPhraseAfter(tokens, fromWord + 1, colon)
          : null;
    if (source) return { source, cue: tokens[colon], method: 'cue-before', via: [] };
    // "Her response: “…”", "Roe’s reply to the board: “…”": a possessive noun of saying introduces its owner's words.
    const possessive = this.findPossessiveSpeech(tokens, from, colon, at + 1);
    if (possessive) return possessive;
    // "The hour was so odd that a spokesman for Roe could only quip: “…”": the clause the colon closes, when a subject
    // of its own opens it, introduces the words.
    for (let t = colon - 1; t > from + 1 && t > colon - REACH; t--) {
      if (tokens[t].quote >= 0) break;
      const clause = this.joinedClauseFinding(tokens, t, colon, COLON_CLAUSE_OPENERS);
      if (clause) return { source: clause.source, cue: tokens[colon], method: 'cue-before', via: [] };
    }
    const subject = this.sentenceSubject(tokens, from, colon);
    return subject ? { source: subject, cue: tokens[colon], method: 'cue-before', via: [] } : null;
  }

  /** Whether the name at token `name` is the object of "to": someone spoken to. */
  private addressed(tokens: readonly Token[], from: number, name: number): boolean {
    return name - 1 >= from && tokens[name - 1].lower === 'to';
  }

  /**
   * The token of the quote a naming cue introduces as a name ("a class called “Perception”", "the loophole called
   * an “inversion”"), or -1 when the cue reports words ("Trump called him a “loser”").
   */
  private namedQuote(tokens: readonly Token[], cue: number, length: number): number {
    if (!isNamingCue(tokens[cue].lower)) return -1;
    // "a boat called “…”" names; "what Gilbert called “…”", "which he called “…”" report someone's words: the
    // naming reading needs a thing right before the cue, not its speaker.
    const before = cue > 0 ? tokens[cue - 1] : undefined;
    // ("the Post and the Times each called a “…”": a quantifier floating after the subject is no thing.)
    const afterThing = before !== undefined && before.isWord && !before.capitalised && !PRONOUNS.has(before.lower) &&
      !isFiller(before) && !FLOATING_QUANTIFIERS.has(before.lower);
    let next = cue + length;
    if (next < tokens.length && tokens[next].quote >= 0) return afterThing || before === undefined || !before.isWord ? next : -1;
    if (next + 1 >= tokens.length || !DETERMINERS.has(tokens[next].lower) || tokens[next + 1].quote < 0) return -1;
    next++;
    return afterThing ? next : -1;
  }

  /** "according to X" elsewhere in the quote's sentence, after the quote. */
  private findAccordingToAfter(tokens: readonly Token[], at: number, to: number): Finding | null {
    if (!this.mayHoldCue(tokens, at + 1, Math.min(to, at + REACH))) return null; // "according" starts a cue
    for (let k = at + 1; k + 1 < Math.min(to, at + REACH); k++) {
      if (tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
      const source = this.nounPhraseAfter(tokens, k + 2, to);
      if (source) return { source, cue: spanOf(tokens, k, k + 2), method: 'according-to', via: [] };
    }
    return null;
  }

  /** "…, according to the Guardian newspaper": who the words reached the writer through. */
  private viaAfter(tokens: readonly Token[], from: number, to: number): TextSpan[] {
    if (!this.mayHoldCue(tokens, from, Math.min(to, from + REACH))) return []; // "according" starts a cue
    for (let k = from; k + 1 < Math.min(to, from + REACH); k++) {
      if (tokens[k].quote >= 0) break;
      if (tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
      const source = this.nounPhraseAfter(tokens, k + 2, to);
      if (source) return [this.textSpan(source.kind === 'thing' ? source.mention : this.phraseSpan(tokens, k + 2, source))];
    }
    return [];
  }

  /**
   * A quote with no cue of its own: the previous sentence's quotation speaker, or that sentence's cue subject, or
   * the last attributed quotation in this paragraph or at the end of the previous one.
   */
  private findFollowOn(quoteIndex: number, sentenceIndex: number, tokenIndex: number): Finding | null {
    const quote = this.results[quoteIndex];
    if (quote.kind === 'term') return null;
    const sentence = this.sentences[sentenceIndex];
    // `“LOW WATER AHEAD”` alone, in capitals and with no closing stop: a subhead over what follows, not more words
    // of the speaker before it.
    if (isSubhead(this.found[quoteIndex].content) && this.standsAlone(sentence, tokenIndex)) return null;
    // An earlier quote in the same sentence, unless it is a term: a name set in marks ("star of “Scandal,”") says
    // nothing of whose words come next.
    for (let t = tokenIndex - 1; t >= Math.max(sentence.from, tokenIndex - REACH); t--) {
      const earlier = this.tokens[t].quote;
      if (earlier >= 0 && earlier !== quoteIndex && this.found[earlier].kind !== 'term' && this.results[earlier].speaker) {
        return this.inherit(earlier);
      }
    }
    const previous = this.sentences[sentenceIndex - 1];
    if (!previous || previous.ordinal !== sentence.ordinal - 1 || previous.paragraph < sentence.paragraph - 1) return null;
    if (this.isSubjectPhrase(quoteIndex, tokenIndex, sentence)) return null;
    const sameParagraph = previous.paragraph === sentence.paragraph;
    const startsParagraph = !sameParagraph && tokenIndex === sentence.from;
    if (!sameParagraph && !startsParagraph) return null;
    this.tokensOf(sentenceIndex - 1); // its tokens, read only now that they are needed
    // `Said Jane Roe:¶“…”`: a paragraph ending in a colon introduces the quotation opening the next, as a cue before
    // it, when a cue says so (a bare colon after a sentence about something introduces documents as often as words).
    const colon = previous.to - 1;
    if (startsParagraph && colon > previous.from && this.tokens[colon].lower === ':') {
      const introduction = this.findCueBefore(this.tokens, previous.from, previous.to);
      if (introduction?.cue && introduction.cue.start !== this.tokens[colon].start) return introduction;
    }
    const joinedSpeaker = this.joinedClosingSpeaker(previous);
    if (joinedSpeaker) return joinedSpeaker;
    for (let t = previous.to - 1; t >= Math.max(previous.from, previous.to - REACH); t--) {
      const earlier = this.tokens[t].quote;
      // `… Smith said on “Meet the Press.” “…”`, `… said Roe, host of the show “Shark Tank.” “…”`: a title, or a term
      // no one is named for, is no one's words, so the words before it go on.
      if (earlier >= 0 && (this.titles.has(earlier) || (this.found[earlier].kind === 'term' && !this.results[earlier].speaker))) continue;
      if (earlier >= 0) return this.results[earlier].speaker ? this.inherit(earlier) : null;
    }
    const cueReach = Math.min(previous.to, previous.from + REACH);
    for (let k = previous.from; k < cueReach && this.mayHoldCue(this.tokens, k, cueReach); k++) {
      if (!this.tokens[k].isWord) continue;
      const length = cueLength(this.tokens, k, previous.to);
      if (length === 0 || this.describesNounBefore(k, length)) continue;
      const cueWords = lowerWords(this.tokens, k, k + length);
      const source = isAccordingTo(cueWords)
        ? this.nounPhraseAfter(this.tokens, k + length, previous.to)
        : this.subjectBefore(this.tokens, previous.from, k);
      // A cue's subject that reads as a thing speaks only when it is a lone capitalised word, a name the entity
      // finder did not know ("Lynch announced …"); "The plan states …" does not carry on to the next quote.
      if (source && (source.kind !== 'thing' || this.isLoneCapitalisedWord(source.mention))) {
        return { source, cue: spanOf(this.tokens, k, k + length), method: 'follow-on', via: [] };
      }
    }
    // A whole utterance standing alone after a sentence about someone ("Clinton touted her record. “We need …”"):
    // the words are that sentence's subject's.
    if (quote.kind !== 'utterance' || !this.standsAlone(sentence, tokenIndex)) return null;
    // Unless a quote of someone's stood earlier in the same paragraph: the words go on being theirs.
    const earlier = this.lastAttributedQuoteBefore(sentenceIndex - 1, sentence.paragraph);
    if (earlier !== null) return this.inherit(earlier);
    const subject = this.sentenceSubject(this.tokens, previous.from, previous.to) ?? this.lastClauseSubject(previous);
    if (!subject || subject.kind === 'thing') return null;
    // A headline's capitalised words read as a name; only a person the entities know is one ("Ada Quill: …").
    if (this.isHeadline(previous.paragraph) && this.mentionAt(subject.mention.start)?.entity.type !== 'person') return null;
    return { source: subject, cue: null, method: 'follow-on', via: [] };
  }

  /**
   * Whether a paragraph is a headline or a heading: one short line in title case ("Talks Collapse Over Fishing
   * Rights").
   */
  private isHeadline(paragraphIndex: number): boolean {
    const { start, end } = this.paragraphs[paragraphIndex];
    if (end - start > HEADLINE_MAX_LENGTH) return false;
    const line = this.text.slice(start, end);
    return !line.includes('\n') && isInTitleCase(line);
  }

  /**
   * "the giant Quill face beaming from billboards", "emails that included staff members suggesting …": a lone
   * participle right after a lower-case noun describes that noun; it is no verb of the sentence, and its noun (or a
   * name inside it) said nothing that words after the sentence could go on from.
   */
  private describesNounBefore(cue: number, length: number): boolean {
    if (length !== 1 || cue === 0 || !isParticipleCue(this.tokens[cue].lower)) return false;
    const before = this.tokens[cue - 1];
    return before.isWord && !before.capitalised && !isFiller(before) && !PRONOUNS.has(before.lower) &&
      !PROGRESSIVE_AUXILIARIES.has(before.lower);
  }

  /**
   * The person named as the subject of the last clause of `sentence` that a subordinator or a joining word opens
   * ("What it means is left to voters, since Trump spoke only in bromides."), for a sentence whose own subject reads
   * as no one; else null.
   */
  private lastClauseSubject(sentence: Sentence): Source | null {
    for (let t = sentence.to - 2; t > sentence.from && t >= sentence.to - REACH; t--) {
      const opener = this.tokens[t - 1].lower;
      if (!this.tokens[t].capitalised || (!SUBORDINATORS.has(opener) && !JOINED_CLAUSE_OPENERS.has(opener))) continue;
      const range = this.sentenceSubjectRange(this.tokens, t, sentence.to);
      const verb = range && range.start === t && range.end < sentence.to ? this.tokens[range.end] : null;
      if (!range || !verb || !verb.isWord || verb.capitalised) return null;
      const source = this.analysePhrase(this.tokens, range.start, range.end);
      return source?.kind === 'person' ? source : null;
    }
    return null;
  }

  /**
   * `“…,” Roe said, and her husband cut in. “…”`: a sentence that closes on a second speaker, joined on by "and"
   * after a comma, hands the next quotation to that speaker rather than to the first. Only the last few words of
   * the sentence are read: ", and", a short subject and the cue, then its full stop.
   */
  private joinedClosingSpeaker(previous: Sentence): Finding | null {
    const stop = previous.to - 1;
    if (stop - previous.from < 4 || this.tokens[stop].lower !== '.') return null;
    for (let k = stop - 1; k >= Math.max(previous.from + 2, stop - LONGEST_CUE_WORDS); k--) {
      if (!this.tokens[k].isWord || cueLength(this.tokens, k, stop) !== stop - k) continue;
      let and = k - 1;
      while (and > previous.from + 1 && k - and <= JOINED_SUBJECT_WORDS && this.tokens[and].lower !== 'and') and--;
      if (this.tokens[and].lower !== 'and' || this.tokens[and - 1].lower !== ',' || and + 1 >= k) return null;
      const source = this.subjectBefore(this.tokens, and + 1, k);
      if (!source || source.kind === 'thing') return null;
      return { source, cue: spanOf(this.tokens, k, stop), method: 'follow-on', via: [] };
    }
    return null;
  }

  /**
   * `“Top secret” is the highest level …`: words in quotation marks that open a sentence and run on into it as its
   * subject, with no punctuation of their own at the end, are a phrase the writer talks about, not words that go on.
   */
  private isSubjectPhrase(quoteIndex: number, tokenIndex: number, sentence: Sentence): boolean {
    const next = this.tokens[tokenIndex + 1];
    const content = this.found[quoteIndex].content;
    return tokenIndex === sentence.from && tokenIndex + 1 < sentence.to && next.isWord && !next.capitalised &&
      !/[\p{P}]\s*$/u.test(content) && content.split(/\s+/u).length <= SUBJECT_PHRASE_MAX_WORDS;
  }

  /** Whether `span` is a single capitalised word ("Lynch"). */
  private isLoneCapitalisedWord(span: Span): boolean {
    const word = this.text.slice(span.start, span.end);
    return /^\p{Lu}[\p{L}’'-]*$/u.test(word);
  }

  /**
   * The last attributed top-level quote in `paragraph` before the end of `sentences[sentenceIndex]`, within reach of
   * it over the tokens of the sentences read back from it; else null.
   */
  private lastAttributedQuoteBefore(sentenceIndex: number, paragraph: number): number | null {
    let reach = REACH;
    for (let index = sentenceIndex; index >= 0 && reach > 0; index--) {
      const sentence = this.tokensOf(index);
      for (let t = sentence.to - 1; t >= sentence.from && reach > 0; t--, reach--) {
        const token = this.tokens[t];
        if (token.start < this.paragraphs[paragraph].start) return null;
        if (token.quote >= 0 && this.results[token.quote].speaker) return token.quote;
      }
    }
    return null;
  }

  /** Whether the quote at `tokenIndex` is its sentence's only content: nothing but punctuation besides it. */
  private standsAlone(sentence: Sentence, tokenIndex: number): boolean {
    if (sentence.to - sentence.from > REACH) return false;
    for (let t = sentence.from; t < sentence.to; t++) if (t !== tokenIndex && this.tokens[t].isWord) return false;
    return true;
  }

  private inherit(earlier: number): Finding {
    const previous = this.results[earlier];
    const speaker = previous.speaker as Speaker;
    return {
      source: {
        mention: { start: speaker.start, end: speaker.end },
        name: speaker.name,
        role: speaker.role,
        kind: 'person',
        antecedent: previous.antecedent,
        bracketed: false,
      },
      cue: previous.cue,
      method: 'follow-on',
      via: previous.via,
    };
  }

  // ── Nested quotes ───────────────────────────────────────────────────────────────────────────────────────

  /** A quote inside another: attributed by the cues in its parent's words, else left unattributed. */
  private attributeNested(index: number): void {
    const nested = this.found[index];
    const parentIndex = nested.parent as number;
    const parent = this.found[parentIndex];
    // The parent's words around the nested quote, within the reach of a cue: only the nested quote's own sentence in
    // them is read, so only it is tokenized, with the full stops around it (each stop is a token of its own, so the
    // sentence's ends are found among the characters).
    const innerTokens = nestedTokens;
    const reachStart = Math.max(parent.start + 1, nested.start - NESTED_REACH_CHARACTERS);
    const reachEnd = Math.min(Math.max(nested.end, parent.end - 1), nested.end + NESTED_REACH_CHARACTERS);
    let innerStart = nested.start;
    while (innerStart > reachStart && !isSentenceEndCode(this.text.charCodeAt(innerStart - 1))) innerStart--;
    if (innerStart > reachStart) innerStart--;
    let innerEnd = nested.end;
    while (innerEnd < reachEnd && !isSentenceEndCode(this.text.charCodeAt(innerEnd))) innerEnd++;
    if (innerEnd < reachEnd) innerEnd++;
    const at = tokenize(this.text, innerStart, nested.start, innerTokens, 0);
    putQuoteToken(innerTokens, at, nested, index);
    cutTokens(innerTokens, tokenize(this.text, nested.end, innerEnd, innerTokens, at + 1));
    countCueStarts(innerTokens, 0, innerTokens.length, nestedCueStartsBefore);
    // The nested quote's own sentence: from after the full stop before it to the one after it.
    let from = at;
    while (from > 0 && !isSentenceEnd(innerTokens[from - 1].lower)) from--;
    let to = at + 1;
    while (to < innerTokens.length && !isSentenceEnd(innerTokens[to].lower)) to++;
    const finding = this.findInSentence(innerTokens, from, to, at);
    const quote = this.results[index];
    const parentSpeaker = this.results[parentIndex].speaker;
    if (finding && finding.source.kind === 'pronoun' && finding.source.antecedent === null && parentSpeaker &&
      ['i', 'we'].includes(this.text.slice(finding.source.mention.start, finding.source.mention.end).toLowerCase())) {
      // "I said, ‘…’" inside someone's words: the "I" is the one quoted.
      finding.source.name = parentSpeaker.name;
      finding.source.antecedent = this.textSpan(parentSpeaker);
    }
    const gender = finding?.source.kind === 'pronoun'
      ? genderOfPronoun(this.text.slice(finding.source.mention.start, finding.source.mention.end).toLowerCase())
      : null;
    if (finding && parentSpeaker && gender !== null && finding.source.name === parentSpeaker.name) {
      // "She told me, ‘…’" in Ada Quill's words is another woman: whoever speaks calls herself "I".
      const other = this.otherPersonFor(finding.source.mention.start, gender, parentSpeaker.name);
      finding.source.name = other ? other.entity.name : this.text.slice(finding.source.mention.start, finding.source.mention.end);
      finding.source.antecedent = other ? this.textSpan(other) : null;
    }
    if (finding) this.apply(index, finding);
    else quote.unattributedReason = 'Quoted inside someone else’s words, which do not say who said it.';
  }

  /**
   * For a he or she at `position` inside someone's quotation, the nearest person of its gender before it who is not
   * `speaker`, the one quoted; null when the text names none.
   */
  private otherPersonFor(position: number, gender: Gender, speaker: string): MentionRef | null {
    let before = position;
    for (let tries = 0; tries < OTHER_PERSON_TRIES; tries++) {
      const mention = this.nearestMentionBefore(before, PERSON_ANTECEDENT_TYPES, gender);
      if (!mention || mention.entity.name !== speaker) return mention;
      before = mention.start;
    }
    return null;
  }

  // ── Noun phrases ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The subject of the cue at token `cue`, read backwards within `[from, cue)`: past fillers ("also", "has"), an
   * appositive between commas ("X, the Y of Z, said"), a bracketed clarification ("The president [Vladimir
   * Putin] said"), up to the start of the clause.
   */
  private subjectBefore(tokens: readonly Token[], from: number, cue: number): Source | null {
    let end = cue;
    while (end > from && isFiller(tokens[end - 1])) end--;
    // "Smith, meanwhile, said": a parenthetical adverb between commas is set aside.
    if (end - 3 >= from && tokens[end - 1].lower === ',' && PARENTHETICAL_ADVERBS.has(tokens[end - 2].lower) &&
      tokens[end - 3].lower === ',') end -= 3;
    else if (end - 2 >= from && PARENTHETICAL_ADVERBS.has(tokens[end - 1].lower) && tokens[end - 2].lower === ',') end -= 2;
    if (end > from && tokens[end - 1].lower === 'ago') {
      // "The department less than two weeks ago said": the time between subject and verb is set aside.
      end--;
      while (end > from && end > cue - 8 && TIME_AMOUNT_WORDS.has(tokens[end - 1].lower)) end--;
    }
    // "Brandt and Quill both said", "The senators all said": a quantifier after the subject floats off it.
    if (end - 1 > from && FLOATING_QUANTIFIERS.has(tokens[end - 1].lower) && tokens[end - 2].isWord &&
      !DETERMINERS.has(tokens[end - 2].lower) && !CLAUSE_STOPS.has(tokens[end - 2].lower)) end--;
    if (end <= from) return null;
    // "a fisherman who asked not to be named said", "an official who spoke on condition of anonymity said": a
    // relative clause with no comma stands between the subject and its verb.
    const relative = restrictiveRelativeStart(tokens, from, end);
    if (relative > from) {
      const subject = this.phraseBefore(tokens, from, relative);
      if (subject && subject.kind !== 'thing' && subject.kind !== 'place') return subject;
    }
    // "letters that called him an “…”": "that" right after a noun for a text stands for it.
    if (tokens[end - 1].lower === 'that' && end - 2 >= from && TEXT_NOUNS.has(tokens[end - 2].lower)) {
      const antecedent = this.phraseBefore(tokens, from, end - 1);
      if (antecedent) return { ...antecedent, mention: spanOf(tokens, end - 1, end), kind: 'pronoun', antecedent: this.textSpan(antecedent.mention) };
    }
    if (tokens[end - 1].lower === 'who' || tokens[end - 1].lower === 'which') {
      // "X, the Y, who added …": the relative pronoun stands for the noun phrase before its comma. Without the
      // comma, "who" right after a name stands for it ("a post from Jane Roe who wrote …"); after a common noun it
      // often opens someone else's report ("the candidate who said …"), and "which" does ("a letter which says …").
      const comma = end - 2;
      if (comma >= from && tokens[end - 1].lower === 'who' && tokens[comma].isWord && tokens[comma].capitalised) {
        const antecedent = this.phraseBefore(tokens, from, end - 1);
        if (antecedent && antecedent.kind !== 'thing' && antecedent.kind !== 'place') {
          return { ...antecedent, mention: spanOf(tokens, end - 1, end), kind: 'pronoun', antecedent: this.textSpan(antecedent.mention) };
        }
        // "a post from Jane Roe who wrote …": "who" speaks of a person, so after a phrase naming a thing it stands
        // for the person whose name ends that phrase.
        const person = this.mentionAt(tokens[comma].start);
        return person && person.entity.type === 'person' && person.end === tokens[comma].end
          ? this.relativeStandingFor(tokens, end - 1, person)
          : null;
      }
      // "they turned to the Kent Police Department which reported …": with no comma, "which" stands for a body
      // named right before it.
      if (comma >= from && tokens[end - 1].lower === 'which' && tokens[comma].isWord) return this.bodyStandingFor(tokens, from, comma + 1, end - 1);
      if (comma <= from || (tokens[comma].lower !== ',' && !DASHES.has(tokens[comma].lower))) return null;
      // "Jane Roe, 71, who said …", "Roe, a retired nurse, who …": the phrase is the name before the appositive.
      // ("before Iowa, Obama was doubted by his listeners, who …": a stretch that long is a clause, not an appositive.)
      const previousComma = tokens[comma - 1].capitalised ? -1 : findBackward(tokens, from, comma, ',');
      const appositiveStart = comma - previousComma <= APPOSITIVE_MAX_TOKENS ? previousComma : -1;
      const antecedent = appositiveStart > from ? this.phraseBefore(tokens, from, appositiveStart) : this.phraseBefore(tokens, from, comma);
      // "says to Jane Roe on camera, who responds": "who" speaks of a person, so after a thing it stands for the
      // person last named before the comma.
      const person = antecedent?.kind === 'thing' && tokens[end - 1].lower === 'who'
        ? this.lastMention(tokens[Math.max(from, comma - RELATIVE_PERSON_REACH)].start, tokens[comma].start, ['person'])
        : null;
      if (person) return this.relativeStandingFor(tokens, end - 1, person);
      // "The plan drew fire from shopkeepers, who say …": "who" speaks of people, so after a phrase naming a thing it
      // stands for the people the phrase ends on, after its last preposition.
      const people = antecedent?.kind === 'thing' && tokens[end - 1].lower === 'who' ? this.peopleEndingPhrase(tokens, antecedent, comma) : null;
      if (people) return { ...people, mention: spanOf(tokens, end - 1, end), kind: 'pronoun', antecedent: this.textSpan(people.mention) };
      // "The data came from the Harbour Trust, which called …": "which" stands for the body named right before its
      // comma, whatever the phrase read back holds before it.
      const body = tokens[end - 1].lower === 'which' ? this.bodyStandingFor(tokens, from, comma, end - 1) : null;
      if (body && antecedent && antecedent.mention.start < (body.antecedent?.start ?? 0)) return body;
      // The attribution rests on the relative pronoun, which stands for the phrase (as "he" stands for a name).
      return antecedent && {
        ...antecedent,
        mention: spanOf(tokens, end - 1, end),
        kind: 'pronoun',
        antecedent: this.textSpan(antecedent.mention),
      };
    }
    if (tokens[end - 1].lower === ']') {
      const open = findBackward(tokens, from, end - 1, '[');
      if (open >= 0 && open + 1 < end - 1) {
        const clarified = this.analysePhrase(tokens, open + 1, end - 1);
        if (clarified) {
          const before = this.phraseStart(tokens, from, open);
          const role = before < open ? this.text.slice(tokens[before].start, tokens[open - 1].end) : null;
          return { ...clarified, role: role ?? clarified.role, bracketed: true };
        }
      }
      return null;
    }
    if (tokens[end - 1].lower === ')') {
      // "Gov. John Kasich (R-OH) said": the parenthesis is set aside.
      const open = findBackward(tokens, from, end - 1, '(');
      if (open <= from) return null;
      return this.subjectBefore(tokens, from, open);
    }
    const closingDash = dashWidth(tokens, from, end - 1);
    if (closingDash > 0) {
      // "X — a teacher from Y — says", "X -- who lost in May -- said": an appositive set off by dashes, the
      // subject before the first.
      let opening = end - 1 - closingDash;
      while (opening > from && opening > end - REACH && dashWidth(tokens, from, opening) === 0 && tokens[opening].quote < 0) opening--;
      const openingDash = dashWidth(tokens, from, opening);
      const appositiveEnd = end - closingDash;
      if (openingDash === 0 || opening - openingDash + 1 <= from || opening + 1 >= appositiveEnd) return null;
      const subject = this.subjectBefore(tokens, from, opening - openingDash + 1);
      if (!subject || subject.kind === 'pronoun') return subject;
      // "A former senator -- Ada Quill, who … -- said": a description named by the appositive is that person.
      const named = this.mentionAt(tokens[opening + 1].start);
      if (named && named.entity.type === 'person' && !this.mentionAt(subject.mention.start)) {
        const description = this.text.slice(subject.mention.start, subject.mention.end);
        return { ...subject, mention: { start: named.start, end: named.end }, name: named.entity.name, role: stripDeterminer(description) };
      }
      return { ...subject, role: subject.role ?? this.text.slice(tokens[opening + 1].start, tokens[appositiveEnd - 1].end) };
    }
    // "Ada Roe, star of “Harbour,” thanked …": a title whose words end with a comma closes the appositive as the
    // comma would.
    const closedByQuote = tokens[end - 1].quote >= 0 && this.titles.has(tokens[end - 1].quote) &&
      this.closingMarkOf(tokens[end - 1]) === COMMA;
    if (tokens[end - 1].lower === ',' || closedByQuote) {
      // "X, the Y of Z, said": the appositive runs back to the previous comma; the subject stands before it.
      let comma = this.appositiveCommaBefore(tokens, from, end - 1);
      // "Clinton, during a visit to Columbus, Ohio, said": a place's "City, State" stays inside the appositive.
      while (comma > from + 1 && this.isStateAfterCity(tokens, comma, end - 1)) comma = findBackward(tokens, from, comma, ',');
      const appositiveStart = comma + 1;
      // "CNN, Cruz said, called it “…”": a parenthetical attribution is no appositive; the words reach the writer
      // through its speaker, whose cue the reading back finds next.
      if (end - 2 > comma && tokens[end - 2].isWord && cueLength(tokens, end - 2, end - 1) > 0 && tokens[end - 3]?.capitalised) return null;
      const first = tokens[appositiveStart];
      // An appositive describes: it opens with a determiner, a lower-case word, an age or "who", or ends with a
      // common noun ("Sanders' senior media adviser").
      const isAppositive = comma > from && first !== undefined && appositiveStart < end - 1 &&
        (!first.capitalised || DETERMINERS.has(first.lower) || /^\d/.test(first.lower) || first.lower === 'who' ||
          PARTY_TAG.test(this.text.slice(first.start, tokens[end - 2].end).toLowerCase()) ||
          (tokens[end - 2].isWord && !tokens[end - 2].capitalised));
      if (!isAppositive) {
        // "A harbour pilot, Jo Marsh, said": a name set off after a description of its person is that person's, the
        // description its role.
        const described = this.describedBeforeName(tokens, from, comma, end - 1);
        if (described) return described;
        // "Kasich (R-OH), said": a stray comma between subject and verb.
        return end - 1 > from && ((tokens[end - 2].isWord && tokens[end - 2].capitalised) || tokens[end - 2].lower === ')')
          ? this.subjectBefore(tokens, from, end - 1)
          : null;
      }
      // "Cory Vance, 22, of Flint, said", "Sen. Ana Ruiz, D-N.M., the bill’s sponsor, said": an age or a party tag
      // before this appositive is one more, so the comma stays for it.
      const afterAge = comma - 1 > from && startsWithDigit(tokens[comma - 1].lower);
      const tagComma = comma - 1 > from ? findBackward(tokens, from, comma, ',') : -1;
      const afterTag = tagComma > from && comma - tagComma <= PARTY_TAG_TOKENS && PARTY_TAG.test(this.text.slice(tokens[tagComma + 1].start, tokens[comma - 1].end).toLowerCase());
      const subject = this.subjectBefore(tokens, from, afterAge || afterTag ? comma + 1 : comma);
      if (!subject || subject.kind === 'pronoun') return subject;
      // An age is no role: the appositive after it is ("a harbour pilot"), and an age alone gives none.
      if (appositiveStart === end - 2 && /^\d{1,3}$/.test(tokens[appositiveStart].lower)) return subject;
      // "Roe’s niece, state Sen. Ana Ruiz (D-Bay City), shouted": a description named by the appositive is that
      // person, as with dashes.
      const named = this.personEndingAppositive(tokens, appositiveStart, end - 1);
      if (named && !this.namesOnePerson(subject)) return this.describedPerson(subject, named);
      const role = this.text.slice(tokens[appositiveStart].start, tokens[closedByQuote ? end - 1 : end - 2].end);
      return { ...subject, role: afterAge ? role : subject.role ?? role };
    }
    // "At the bottom it reads": a pronoun right before the verb is its subject, whatever phrase precedes it.
    if (PRONOUNS.has(tokens[end - 1].lower)) return this.resolvePronoun(tokens[end - 1]);
    const start = this.phraseStart(tokens, from, end);
    if (start >= end) return null;
    // "Protesters marching through the square chanted …", "A man wearing a cap shouted …": the phrase is the object
    // of a participle describing people; they are the subject.
    const participle = start - 1 > from && PARTICIPLE_OBJECT_PREPOSITIONS.has(tokens[start - 1].lower) ? start - 2 : start - 1;
    if (participle > from && startsPostmodifier(tokens[participle], tokens[participle - 1]) && tokens[participle].lower.endsWith('ing')) {
      return this.phraseBefore(tokens, from, participle);
    }
    if (start > from && tokens[start - 1].lower === 'to') {
      // "an official who spoke anonymously to discuss strategy said", "a source speaking to Fox News said": the
      // subject stands before the relative pronoun or the participle.
      for (let k = start - 2; k >= Math.max(from, start - 16); k--) {
        const word = tokens[k].lower;
        if (word === 'who' || word === 'that') return this.phraseBefore(tokens, from, k);
        if (word.endsWith('ing') && tokens[k].isWord) return this.phraseBefore(tokens, from, k);
        if (!tokens[k].isWord) break;
      }
      return null;
    }
    if (start > from && TIME_PREPOSITIONS.has(tokens[start - 1].lower)) {
      // "Trump, …, on Friday described …": "Friday" is when, not who; in "then on Sunday Obama said" the name after
      // it is who.
      const when = tokens[start];
      if (start + 1 < end && tokens[start + 1].capitalised &&
        (isTimeWord(this.text, when) || isDayOrMonth(this.text.slice(when.start, when.end)))) {
        return this.analysePhrase(tokens, start + 1, end);
      }
      return this.subjectBefore(tokens, from, start - 1);
    }
    // "this week", "last year" are adverbials; "this source", "this Trump look-alike" are subjects; and a capitalised
    // word inside the sentence is a name ("Told of the vote, Early described …").
    const adverbial = LEADING_ADVERBIALS.has(tokens[start].lower) && !(start > from && tokens[start].capitalised) &&
      !(DETERMINERS.has(tokens[start].lower) && start + 1 < end && !isTimeWord(this.text, tokens[start + 1]));
    if (NOUN_PHRASE_PREPOSITIONS.has(tokens[start].lower) || adverbial) {
      // "with Donald Trump tweeting …": the name after the preposition is the subject of the participle.
      if (tokens[start].lower === 'with' && start + 1 < end && tokens[start + 1].capitalised) {
        return this.analysePhrase(tokens, start + 1, end);
      }
      // "…, and at one point the crowd chanted …": an adverbial phrase opening its clause ends where a determiner
      // opens the clause's own subject.
      if (NOUN_PHRASE_PREPOSITIONS.has(tokens[start].lower) &&
        (start === from || tokens[start - 1].lower === ',' || COORDINATORS.has(tokens[start - 1].lower))) {
        let subject = end - 1;
        while (subject > start + 1 && !DETERMINERS.has(tokens[subject].lower)) subject--;
        return subject > start + 1 ? this.analysePhrase(tokens, subject, end) : null;
      }
      // "X has in the past described …": an adverbial phrase, not the subject; the subject stands before it.
      return start > from && start < end ? this.subjectBefore(tokens, from, start) : null;
    }
    return this.analysePhrase(tokens, start, end);
  }

  /**
   * The person whose name ends the appositive `tokens[start, end)`, a party tag in brackets set aside ("state Sen.
   * Ana Ruiz (D-Bay City)"); else null.
   */
  private personEndingAppositive(tokens: readonly Token[], start: number, end: number): MentionRef | null {
    let last = end - 1;
    if (last > start && tokens[last].lower === ')') {
      const open = findBackward(tokens, start, last, '(');
      if (open > start) last = open - 1;
    }
    if (last < start || !tokens[last].capitalised) return null;
    const named = this.mentionAt(tokens[last].start);
    if (!named || named.entity.type !== 'person' || named.start < tokens[start].start || named.end !== tokens[last].end) return null;
    // Only a title or a role may stand before the name ("state Sen.", "her lawyer"): "a Republican who voted for
    // Bill Clinton" is a clause about someone else.
    let k = start;
    for (; k < start + APPOSITIVE_TITLE_TOKENS && tokens[k].start < named.start; k++) {
      const token = tokens[k];
      if (!token.isWord ? token.lower !== '.' : !token.capitalised && (CLAUSE_STOPS.has(token.lower) ||
        NOUN_PHRASE_PREPOSITIONS.has(token.lower) || readsAsVerb(token.lower, tokens[k - 1]))) return null;
    }
    return tokens[k].start >= named.start ? named : null;
  }

  /** Whether `token` is the first word of a mention of a person. */
  private opensPersonMention(token: Token): boolean {
    const mention = this.mentionAt(token.start);
    return mention !== null && mention.start === token.start && mention.entity.type === 'person';
  }

  /** Whether a source's mention is exactly one person's name. */
  private namesOnePerson(source: Source): boolean {
    const mention = this.mentionAt(source.mention.start);
    return mention !== null && mention.entity.type === 'person' && mention.start === source.mention.start &&
      mention.end === source.mention.end;
  }

  /**
   * "which" at `relative` standing for the body named right before `end`: an organisation's name, or a noun for a
   * body ("the agency", "the city police department") after its determiner; else null.
   */
  private bodyStandingFor(tokens: readonly Token[], from: number, end: number, relative: number): Source | null {
    const last = tokens[end - 1];
    const named = last.capitalised ? this.mentionAt(last.start) : null;
    if (named) return named.entity.type === 'organization' && named.end === last.end ? this.relativeStandingFor(tokens, relative, named) : null;
    if (!ORGANIZATION_NOUNS.has(last.lower)) return null;
    let start = end - 1;
    while (start > from && end - start <= BODY_NOUN_TOKENS && tokens[start - 1].isWord && !DETERMINERS.has(tokens[start].lower) &&
      !NOUN_PHRASE_PREPOSITIONS.has(tokens[start - 1].lower) && cueLength(tokens, start - 1, end) === 0) start--;
    const body = DETERMINERS.has(tokens[start].lower) ? this.analysePhrase(tokens, start, end) : null;
    return body && {
      ...body, mention: spanOf(tokens, relative, relative + 1), kind: 'pronoun', antecedent: this.textSpan(body.mention),
    };
  }

  /**
   * The comma before `before` that opens an appositive, or -1: a title whose words end with a comma counts as one
   * ("Roe, a contestant on “Harbour Nights,” who later …, said"), and a term inside the appositive is read past.
   */
  private appositiveCommaBefore(tokens: readonly Token[], from: number, before: number): number {
    for (let k = before - 1; k >= from && k >= before - REACH; k--) {
      if (tokens[k].lower === ',') return k;
      const quote = tokens[k].quote;
      if (quote < 0) continue;
      if (this.titles.has(quote) && this.closingMarkOf(tokens[k]) === COMMA) return k;
      // "X, wearing “Vote Roe” pins, said": a term inside the appositive is read past.
      if (this.found[quote].kind !== 'term') return -1;
    }
    return -1;
  }

  /**
   * A participle's own subject when a name or pronoun stands right before it ("… – Trump calling it …",
   * "with Trump reportedly yelling: …"); null for other participles, whose subject is the sentence's.
   */
  private participleSubject(tokens: readonly Token[], from: number, cue: number, cueWord: string): Source | null {
    if (!isParticipleCue(cueWord)) return null;
    const before = previousNonFiller(tokens, from, cue);
    if (before < from || !tokens[before].isWord) return null;
    // "a reporter can be heard asking", "she was overheard saying": a passive verb of perception; its subject speaks.
    if (PERCEPTION_PARTICIPLES.has(tokens[before].lower) && before - 1 > from && PASSIVE_AUXILIARIES.has(tokens[before - 1].lower)) {
      let subjectEnd = before - 1;
      // "can", "could only": a modal and an adverb may stand before the auxiliary.
      while (subjectEnd > from && subjectEnd > before - 4 &&
        (MODALS.has(tokens[subjectEnd - 1].lower) || isFiller(tokens[subjectEnd - 1]))) subjectEnd--;
      return this.subjectBefore(tokens, from, subjectEnd);
    }
    const shown = this.personShownSaying(tokens, from, before);
    if (shown) return shown;
    if (!tokens[before].capitalised && !PRONOUNS.has(tokens[before].lower)) {
      // "…, with one of her ads asking, “…”": a text after "with" reads out the words; "with many marchers chanting
      // “…”": so do people.
      const noun = tokens[before].lower;
      const people = GROUP_NOUNS.has(noun) || (noun.endsWith('s') && isPersonNoun(noun.slice(0, -1)));
      if (!TEXT_NOUNS.has(noun) && !people) return null;
      const withAt = findBackward(tokens, Math.max(from, before - 6), before, 'with');
      if (withAt < 0) return null;
      for (let t = withAt + 1; t < before; t++) if (!tokens[t].isWord) return null;
      return this.analysePhrase(tokens, withAt + 1, before + 1);
    }
    // Only a name that opens its own phrase ("…, Trump calling it …", "with Trump yelling …", "… and Trump
    // calling it …") is the subject; "responded to a question on Facebook, writing" has none.
    const start = this.phraseStart(tokens, from, before + 1);
    const opener = start > from ? tokens[start - 1].lower : '';
    if (start > from && opener !== ',' && opener !== 'with' && !COORDINATORS.has(opener) && !DASHES.has(opener)) return null;
    return this.subjectBefore(tokens, from, before + 1);
  }

  /**
   * "The ad ends with footage of Ben Ortiz saying …", "a video of the mayor telling reporters …", "The clip shows
   * the mayor saying …": a person right before the participle, after "of" or a verb of showing or perceiving, is
   * the one shown saying the words. A thing there ("a sign saying") stays as it was.
   */
  private personShownSaying(tokens: readonly Token[], from: number, before: number): Source | null {
    let start = before;
    const person = this.mentionAt(tokens[before].start);
    if (person?.entity.type === 'person') {
      while (start > from && tokens[start - 1].start >= person.start) start--;
    } else if (tokens[before].capitalised || !namesPeople(tokens[before].lower)) {
      return null;
    } else if (start > from && DETERMINERS.has(tokens[start - 1].lower)) {
      start--;
    }
    const opener = start > from ? tokens[start - 1].lower : '';
    // "Roe gives an account of Ortiz telling …": a report of the words is its writer's.
    const shownOf = opener === 'of' && !(start - 2 >= from && REPORT_NOUNS.has(tokens[start - 2].lower));
    return shownOf || SHOWING_VERBS.has(opener) ? this.analysePhrase(tokens, start, before + 1) : null;
  }

  /**
   * The subject of a sentence whose cue is a participle or a second verb ("X responded on Twitter, calling …",
   * "X referred to … but described …"): the noun phrase the sentence opens with (after an introductory phrase
   * set off by a comma), up to the first word that reads as its verb.
   */
  private sentenceSubject(tokens: readonly Token[], from: number, cue: number): Source | null {
    const range = this.sentenceSubjectRange(tokens, from, cue);
    const subject = range ? this.analysePhrase(tokens, range.start, range.end) : null;
    if (!range || !subject || subject.kind === 'pronoun' || tokens[range.end]?.lower !== ',') return subject;
    // "A spokesman, Aled Price, declined to comment, saying …": a description named by the appositive after it is
    // that person.
    const closing = namedAppositiveEnd(tokens, range.end, cue);
    const named = closing > 0 && !this.namesOnePerson(subject) ? this.personEndingAppositive(tokens, range.end + 1, closing) : null;
    return named ? this.describedPerson(subject, named) : subject;
  }

  /**
   * The person named between the commas at `comma` and `close` when the phrase before `comma` describes one person by
   * a noun for a person ("A harbour pilot, Jo Marsh,"), with that description as the role; else null.
   */
  private describedBeforeName(tokens: readonly Token[], from: number, comma: number, close: number): Source | null {
    const head = tokens[comma - 1];
    if (comma - 1 <= from || !head.isWord || head.capitalised || endsWithSuffix(head.lower, 's') || !namesPeople(head.lower)) return null;
    if (!this.personEndingAppositive(tokens, comma + 1, close)) return null;
    const person = this.analysePhrase(tokens, comma + 1, close);
    // The description is read as words only: analysed as a phrase, it would be remembered as someone of its own for
    // a later "he" or "she" to stand for.
    const start = this.phraseStartAfterPreposition(tokens, from, comma);
    const description = stripDeterminer(this.text.slice(tokens[start].start, head.end));
    return person && person.kind === 'person' && description !== '' ? { ...person, role: description } : null;
  }

  /** The person `named` in an appositive to the description `subject`, which becomes their role. */
  private describedPerson(subject: Source, named: MentionRef): Source {
    const description = this.text.slice(subject.mention.start, subject.mention.end);
    return { ...subject, mention: { start: named.start, end: named.end }, name: named.entity.name, kind: 'person', role: stripDeterminer(description) };
  }

  /** The token range of the noun phrase a sentence opens with, before `cue`; see `sentenceSubject`. */
  private sentenceSubjectRange(tokens: readonly Token[], from: number, cue: number): { start: number; end: number } | null {
    let start = from;
    // A dateline ("WASHINGTON — …", "LA CROSSE, Wisc. — …") is not the subject.
    for (let k = start; k < Math.min(cue, start + DATELINE_TOKENS); k++) {
      if (tokens[k].isWord || !DASHES.has(tokens[k].lower)) continue; // a dash is a mark: words need no look-up
      if (allNameLike(tokens, start, k)) start = k + 1;
      break;
    }
    start = openingWord(tokens, start, cue);
    // "Over the years, …", "And last summer, while attending …, Rivera calls …": phrases set off by commas.
    // A person's name opens no introductory phrase, whatever its first word ends with ("Ted Cruz, …", "Aled Price, …").
    for (let phrases = 0; phrases < 3 && start < cue && !this.opensPersonMention(tokens[start]) &&
      isIntroductory(tokens, start, cue, this.text); phrases++) {
      // The phrase ends at a comma that a subject follows ("In a long, frank interview, Lazar said …").
      let comma = this.phraseEnd(tokens, start, Math.min(cue, start + INTRODUCTION_REACH));
      while (comma >= 0 && comma + 1 < cue && (!opensSubject(tokens, comma + 1, cue) || this.isStateAfterCity(tokens, comma, cue))) {
        comma = this.phraseEnd(tokens, comma + 1, Math.min(cue, start + INTRODUCTION_REACH));
      }
      // "Preceded by Joe Roe, the harbour master, Quill began …": a description after a name is its appositive, and
      // the phrase ends at the comma that closes it.
      const appositiveEnd = comma > start && comma + 1 < cue && tokens[comma - 1].capitalised && ARTICLES.has(tokens[comma + 1].lower)
        ? findForward(tokens, comma + 2, Math.min(cue, comma + 1 + APPOSITIVE_MAX_TOKENS), ',')
        : -1;
      if (appositiveEnd > 0 && appositiveEnd + 1 < cue && tokens[appositiveEnd + 1].capitalised) comma = appositiveEnd;
      // No comma closes it before a subject: "This doppelganger spoke …", "The nurse spoke, saying …" open with
      // their subject after all ("This", "The" are determiners), also after an introductory phrase ("Outside, the
      // crowd waited, chanting …"); so do "Hundreds of protesters gathered, chanting …", "200 fishermen …": a count.
      if (comma < 0 || comma + 1 >= cue) {
        if (DETERMINERS.has(tokens[start].lower) || opensCount(tokens, start, cue)) break;
        return null;
      }
      start = comma + 1;
    }
    if (start < cue && tokens[start].capitalised && SENTENCE_WORDS.has(this.text.slice(tokens[start].start, tokens[start].end)) &&
      !DETERMINERS.has(tokens[start].lower) && !PRONOUNS.has(tokens[start].lower) && !GROUP_NOUNS.has(tokens[start].lower) &&
      !opensCount(tokens, start, cue) && // "About 200 protesters …"
      !(QUANTIFIERS.has(tokens[start].lower) && tokens[start + 1]?.lower === 'of')) return null; // "Hundreds of …"
    // "He laid off …": a pronoun is the whole subject, whatever form its verb takes.
    if (start < cue - 1 && PRONOUNS.has(tokens[start].lower)) return { start, end: start + 1 };
    let end = start;
    while (end < cue && end - start < 10) {
      const token = tokens[end];
      if (token.quote >= 0) {
        // "Ana “Annie” Ruiz": a nickname inside a name is read as part of it.
        if (!this.isNicknameInName(token)) break;
        end++;
        continue;
      }
      if (!token.isWord) {
        // "The islanders’ leader Ada Quill": a plural possessive's apostrophe stays inside the phrase.
        if (token.lower === '.' || token.lower === '-' || (end > start && isApostropheToken(token.lower))) {
          end++;
          continue;
        }
        break;
      }
      // "The retired surgeon addressed …": a past form right after the article opening the phrase is no verb.
      if (!token.capitalised && end > start && ((readsAsVerb(token.lower, tokens[end - 1]) && !describesNounAfter(tokens, start, end)) ||
        readsAsVerbAfterSubjectNoun(token.lower, tokens[end - 1]) || IRREGULAR_PAST.has(token.lower) ||
        (CLAUSE_STOPS.has(token.lower) && !linksObjectOfAdjective(token, tokens[end - 1])) || isOneWordCue(token) || isMannerAdverb(token.lower) ||
        // "She often speaks of …", "Trump still calls it …": an adverb after a name or a pronoun precedes its verb;
        // after a noun too when a past form follows ("the pope again demonstrated …").
        (isFiller(token) && (tokens[end - 1].capitalised || PRONOUNS.has(tokens[end - 1].lower) ||
          (end + 1 < cue && readsAsPastForm(tokens[end + 1])))))) break;
      end++;
    }
    return end > start ? { start, end } : null;
  }

  /**
   * Whether the comma at `comma` joins a city to its state ("Aspen, Colo.,", "Columbus, Ohio,"): a capitalised word
   * before it, and after it a place (or an abbreviation) closed by another comma at or before `limit`.
   */
  private isStateAfterCity(tokens: readonly Token[], comma: number, limit: number): boolean {
    if (comma < 1 || !tokens[comma - 1].capitalised) return false;
    let next = comma + 1;
    if (next >= limit || !tokens[next].capitalised) return false;
    const place = this.mentionAt(tokens[next].start);
    const isPlace = place?.entity.type === 'place' || STATE_ABBREVIATION.test(tokens[next].lower);
    // The state may take more than one word ("New Hampshire").
    if (place) while (next + 1 < limit && tokens[next + 1].start < place.end) next++;
    next++;
    if (next < limit && tokens[next].lower === '.') next++;
    return isPlace && next <= limit && tokens[next].lower === ',';
  }

  /**
   * The verb whose "to" the cue at `cue` completes, with no object between ("My father used to say …", "she wanted
   * to tell …"; "went on to say" is a cue of its own): its subject is the one who says; -1 when the cue stands after
   * no such verb ("the right to say" is a noun's, "asked him to say" an object's).
   */
  private controllingVerb(tokens: readonly Token[], from: number, cue: number): number {
    // The cue after "to" is a verb's base form: "pointed to reports that …" holds a noun.
    const base = tokens[cue].lower;
    if (cue - 2 < from || tokens[cue - 1].lower !== 'to' || (base.endsWith('s') && !base.endsWith('ss')) || base.endsWith('ed') ||
      base.endsWith('ing')) return -1;
    const word = tokens[cue - 2];
    return word.isWord && !word.capitalised && (CONTROLLING_VERBS.has(word.lower) || (word.lower.endsWith('ed') && word.lower.length > 4))
      ? cue - 2
      : -1;
  }

  /** The noun phrase ending at `end`, without a preposition before it ("from Mike Lee, who …" → Mike Lee). */
  private phraseBefore(tokens: readonly Token[], from: number, end: number): Source | null {
    const start = this.phraseStartAfterPreposition(tokens, from, end);
    return start < end ? this.analysePhrase(tokens, start, end) : null;
  }

  /** Where the noun phrase ending at `end` starts, after a preposition that opens it ("from Mike Lee" → "Mike"). */
  private phraseStartAfterPreposition(tokens: readonly Token[], from: number, end: number): number {
    const start = this.phraseStart(tokens, from, end);
    return start < end && NOUN_PHRASE_PREPOSITIONS.has(tokens[start].lower) ? start + 1 : start;
  }

  /**
   * The people a phrase naming a thing ends on, after its last preposition: a plural noun for people right before
   * `end` ("fire from local shopkeepers" → "local shopkeepers"), or a phrase naming a person or a body ("a lecture
   * from the harbour mayor", "protest from the dockworkers union"); else null.
   */
  private peopleEndingPhrase(tokens: readonly Token[], phrase: Source, end: number): Source | null {
    const last = tokens[end - 1];
    if (!last.isWord) return null;
    let start = end - 1;
    while (start > 0 && tokens[start - 1].start >= phrase.mention.start && tokens[start - 1].isWord &&
      !NOUN_PHRASE_PREPOSITIONS.has(tokens[start - 1].lower)) start--;
    if (start === 0 || !NOUN_PHRASE_PREPOSITIONS.has(tokens[start - 1].lower)) return null;
    const people = this.analysePhrase(tokens, start, end);
    if (!last.capitalised && last.lower.endsWith('s') && namesPeople(last.lower)) return people;
    return people && (people.kind === 'person' || people.kind === 'organization' || people.kind === 'group') ? people : null;
  }

  /** The first token of the noun phrase that ends at `end`, read backwards to a clause boundary. */
  private phraseStart(tokens: readonly Token[], from: number, end: number): number {
    let start = end;
    while (start > from && end - start < 12) {
      const token = tokens[start - 1];
      if (token.quote >= 0) {
        // "Ana “Annie” Ruiz": a nickname inside a name is read as part of it.
        if (!this.isNicknameInName(token)) break;
        start--;
        continue;
      }
      if (!token.isWord) {
        // A hyphen with a blank beside it is a typed dash closing an aside ("four months after Roe left office -
        // the board told"), not part of the phrase.
        if (token.lower === '.' || token.lower === '&' || (token.lower === '-' && !isTypedDash(this.text, token)) ||
          (isApostropheToken(token.lower) && start - 2 >= from && isPossessiveWord(tokens, start - 2))) {
          start--;
          continue;
        }
        break;
      }
      if (CLAUSE_STOPS.has(token.lower) && !(token.capitalised && start - 1 > from) &&
        !(start - 2 >= from && linksObjectOfAdjective(token, tokens[start - 2]))) break;
      // An article opens its noun phrase: "at which point the crowd" ends at "the", unless a preposition links it
      // into a longer one ("members of the crowd").
      if (start < end && ARTICLES.has(tokens[start].lower) && !token.capitalised &&
        !NOUN_PHRASE_PREPOSITIONS.has(token.lower)) break;
      // A verb ends the subject read backwards: "Rubio's campaign tweeted a video from an account called …"; a
      // participle describing the noun before it does not ("the report released Friday said").
      if (!token.capitalised && start < end && (isOneWordCue(token) ||
        (start - 2 >= from && readsAsVerb(token.lower, tokens[start - 2]) && !startsPostmodifier(token, tokens[start - 2]) &&
          !describesNounAfter(tokens, from, start - 1)))) break;
      start--;
    }
    // A leading "On Sunday" or "Last week" without a comma: the subject starts after it.
    while (start < end && (tokens[start].lower === '.' || tokens[start].lower === '-')) start++;
    // "in Jane Roe’s words" is no such opening: there the two capitalised words are one name.
    if (end - start > 2 && LEADING_ADVERBIALS.has(tokens[start].lower) && tokens[start + 2].capitalised &&
      !this.oneName(tokens[start + 1], tokens[start + 2])) start += 2;
    // "In Forbes’ words": a preposition opening the sentence is capitalised, yet no part of the name after it.
    if (end - start > 1 && tokens[start].capitalised && SUBJECT_PREPOSITIONS.has(tokens[start].lower) &&
      tokens[start + 1].capitalised) start++;
    return start;
  }

  /**
   * "State media quoted Interior Minister Pavel Sarkov as saying that …", "Sarkov was quoted by state media as saying
   * …": the words are those of the one quoted, and reached the writer through the one quoting. The cue at token
   * `quoted` is "quoted" (`length` 1: the one quoted is the phrase after it, the one quoting its subject) or "quoted
   * by" after a passive auxiliary (the other way round). Null unless "as" and a participle of saying follow the
   * phrase after the cue, before the quote at `at`.
   */
  private quotedAsSaying(tokens: readonly Token[], from: number, quoted: number, length: number, at: number): Finding | null {
    const passive = length > 1;
    if (passive && !(quoted - 1 > from && PASSIVE_AUXILIARIES.has(tokens[quoted - 1].lower))) return null;
    let as = quoted + length + 1;
    while (as + 1 < at && as - quoted <= QUOTED_PHRASE_MAX_TOKENS && tokens[as].lower !== 'as' && tokens[as].quote < 0) as++;
    if (as + 1 >= at || tokens[as].lower !== 'as' || !SAYING_PARTICIPLES.has(tokens[as + 1].lower)) return null;
    const phrase = this.nounPhraseAfter(tokens, quoted + length, as);
    const subject = this.subjectBefore(tokens, from, passive ? quoted - 1 : quoted);
    const [source, teller] = passive ? [subject, phrase] : [phrase, subject];
    if (!source || source.kind === 'thing' || source.kind === 'place') return null;
    return { source, cue: spanOf(tokens, as, as + 2), method: 'cue-before', via: teller ? [this.textSpan(teller.mention)] : [] };
  }

  /** The noun phrase that starts at `from` (after an inverted cue or "according to"), read forwards. */
  private nounPhraseAfter(tokens: readonly Token[], from: number, to: number): Source | null {
    let end = from;
    while (end < to && end - from < 14) {
      const token = tokens[end];
      if (token.quote >= 0) {
        // "Ana “Annie” Ruiz": a nickname inside a name is read as part of it.
        if (!this.isNicknameInName(token)) break;
        end++;
        continue;
      }
      if (!token.isWord) {
        if (token.lower === '.' || token.lower === '&' || (token.lower === '-' && !isTypedDash(this.text, token))) {
          end++;
          continue;
        }
        break;
      }
      if (end === from && PRONOUNS.has(token.lower)) return this.resolvePronoun(token);
      const afterName = tokens[end - 1].capitalised || PRONOUNS.has(tokens[end - 1].lower);
      if (end > from && !token.capitalised && (CLAUSE_STOPS.has(token.lower) ||
        (afterName && readsAsVerb(token.lower, tokens[end - 1])) ||
        isOneWordCue(token)) && !NOUN_PHRASE_PREPOSITIONS.has(token.lower)) break;
      if (end > from && FORWARD_STOPS.has(token.lower)) {
        const keepsName = NOUN_PHRASE_PREPOSITIONS.has(token.lower) && end + 1 < to &&
          (tokens[end + 1].capitalised || (token.lower === 'of' || token.lower === 'with' ||
            token.lower === 'for' || token.lower === 'from') && DETERMINERS.has(tokens[end + 1].lower));
        if (!keepsName) break;
      }
      end++;
    }
    while (end > from && (tokens[end - 1].lower === '.' || !tokens[end - 1].isWord)) {
      if (tokens[end - 1].lower === '.' && end - 2 >= from && tokens[end - 2].capitalised && tokens[end - 2].end - tokens[end - 2].start <= 4) break;
      end--;
    }
    if (end <= from) return null;
    const phrase = this.analysePhrase(tokens, from, end);
    // "said the club’s captain, Jo Marsh.": a description named by the appositive after it is that person.
    if (phrase && end + 1 < to && tokens[end].lower === ',' && !this.namesOnePerson(phrase)) {
      let close = end + 1;
      while (close < to && close - end <= APPOSITIVE_MAX_TOKENS && tokens[close].lower !== ',' && tokens[close].quote < 0 &&
        !(tokens[close].lower === '.' && !tokens[close - 1].capitalised)) close++;
      while (close > end + 1 && tokens[close - 1].lower === '.') close--;
      const named = close > end + 1 ? this.personEndingAppositive(tokens, end + 1, close) : null;
      if (named) return this.describedPerson(phrase, named);
    }
    return phrase;
  }

  /**
   * What the noun phrase `[start, end)` names: a pronoun (resolved), a named person or organisation (the entity's
   * canonical name; the words before the name are its role), or a description ("an unnamed resident of …").
   */
  private analysePhrase(tokens: readonly Token[], start: number, end: number): Source | null {
    while (start < end && !tokens[start].isWord) start++;
    while (end > start && !tokens[end - 1].isWord && tokens[end - 1].lower !== '.') end--;
    if (start >= end) return null;
    const first = tokens[start];
    if (PRONOUNS.has(tokens[end - 1].lower) && !tokens[end - 1].capitalised || end - start === 1 && PRONOUNS.has(first.lower)) {
      // "since 2008 she told …": a pronoun ends the phrase, and is its subject.
      return this.resolvePronoun(tokens[end - 1]);
    }
    if (end - start === 1 && INDEFINITE_SPEAKERS.has(first.lower)) {
      // "read one", "Another said", "Some chanted": an indefinite pronoun for people already in view.
      return {
        mention: spanOf(tokens, start, end),
        name: this.text.slice(first.start, first.end),
        role: null,
        kind: 'group',
        antecedent: null,
        bracketed: false,
      };
    }
    if (end - start === 1 && !first.capitalised && (DETERMINERS.has(first.lower) || CLAUSE_STOPS.has(first.lower))) {
      return null;
    }
    // The head is the phrase before its first preposition that is not inside a name ("Observatory for Human").
    // A quantifier's head is what it counts: "one of two witnesses", "some of the protesters".
    // "a lot of people", "a number of voters" count people as "some of" does.
    const aLot = first.lower === 'a' && start + 2 < end && AMOUNT_NOUNS.has(tokens[start + 1].lower) && tokens[start + 2].lower === 'of';
    const counted = QUANTIFIERS.has(first.lower) && start + 1 < end && tokens[start + 1].lower === 'of';
    let headEnd = aLot ? start + 3 : counted ? start + 2 : start;
    while (headEnd < end) {
      const token = tokens[headEnd];
      if (NOUN_PHRASE_PREPOSITIONS.has(token.lower) && headEnd > start && !this.insideName(tokens, headEnd, end)) break;
      if (headEnd > start && startsPostmodifier(token, tokens[headEnd - 1])) break;
      headEnd++;
    }
    const person = this.lastMention(tokens[start].start, tokens[headEnd - 1].end, ['person']);
    const named = person ?? this.lastMention(tokens[start].start, tokens[headEnd - 1].end, ['organization', 'place']);
    const headWord = lastWord(tokens, start, headEnd);
    const endsWithName = named !== null && named.end >= tokens[headEnd - 1].end - 3;
    if (person !== null && headWord !== null && this.ownsPersonNoun(tokens, start, headEnd, person, headWord)) {
      // "Jane Roe’s husband told …": the husband speaks, not Jane Roe.
      return this.describedSource(tokens, start, end, headEnd);
    }
    if (named && (person !== null || endsWithName)) {
      return {
        mention: { start: named.start, end: named.end },
        name: named.entity.name,
        role: this.roleBefore(tokens, start, named.start),
        kind: named.entity.type,
        antecedent: null,
        bracketed: false,
      };
    }
    // "The MP added": a member's letters are no name but a description, as a role noun is.
    if (headWord && this.isPostNominal(headWord)) return this.describedSource(tokens, start, end, headEnd);
    if (headWord && headWord.capitalised) {
      // A name the entity finder did not cluster: the trailing run of capitalised words.
      let runStart = headEnd;
      while (runStart > start && (tokens[runStart - 1].capitalised || tokens[runStart - 1].lower === '.' ||
        tokens[runStart - 1].lower === '-' || tokens[runStart - 1].lower === '&')) runStart--;
      while (runStart < headEnd && !tokens[runStart].isWord) runStart++;
      const lone = runStart === headEnd - 1
        ? this.text.slice(tokens[runStart].start, tokens[runStart].end).replace(/’/gu, "'")
        : null;
      // A lone sentence word or number ("Another", "Six", "Thirteen") is capitalised without being a name; people
      // opening the sentence ("Officials said …", "Critics said …") are described, not named.
      if (lone !== null && isGroupWord(lone)) return this.describedSource(tokens, start, end, headEnd);
      // "Will described him as …", "While Will concedes …": a modal never stands before a past tense or a verb in
      // -s, so there it is a name.
      const nameBeforePast = lone !== null && MODALS.has(lone.toLowerCase()) && end < tokens.length && tokens[end].isWord &&
        (tokens[end].lower.endsWith('ed') || IRREGULAR_PAST.has(tokens[end].lower) ||
          (endsWithSuffix(tokens[end].lower, 's') && !endsWithSuffix(tokens[end].lower, 'ss')));
      if (lone !== null && !nameBeforePast && (SENTENCE_WORDS.has(lone) || NUMBER_WORD.test(lone) || DAY_WORD.test(lone) ||
        PRONOUNS.has(lone.toLowerCase()))) {
        return null;
      }
      // A lone capitalised word opening a sentence, that the entity finder did not take for a name ("Prices
      // fell."), is an ordinary noun.
      const opensSentence = runStart === 0 || SENTENCE_ENDS.has(tokens[runStart - 1].lower) || tokens[runStart - 1].quote >= 0;
      if (lone !== null && opensSentence) {
        return NOT_A_SPEAKER_HEAD.test(lone.toLowerCase()) ? null : this.describedSource(tokens, start, end, headEnd);
      }
      if (runStart < headEnd) {
        const mention = spanOf(tokens, runStart, headEnd);
        return {
          mention,
          name: stripDeterminer(this.text.slice(mention.start, mention.end)),
          role: this.roleBefore(tokens, start, mention.start),
          kind: 'person',
          antecedent: null,
          bracketed: false,
        };
      }
    }
    if (!headWord) return null;
    return this.describedSource(tokens, start, end, headEnd);
  }

  /**
   * The last mention before `position`, within BODY_NOUN_REACH characters, of an organisation whose name ends with
   * `noun` ("Harbour Union" for "union"); else null.
   */
  private bodyLastNamedAs(noun: string, position: number): MentionRef | null {
    for (let k = countStartsAtOrBefore(this.mentionStarts, position - 1) - 1; k >= 0; k--) {
      const mention = this.mentions[k];
      if (mention.start < position - BODY_NOUN_REACH) break;
      const name = mention.entity.name;
      if (mention.entity.type === 'organization' && name.length > noun.length && trailingLetters(name).toLowerCase() === noun) {
        return mention;
      }
    }
    return null;
  }

  /**
   * Whether the name `person` is a possessor whose noun for a person heads the phrase ("Jane Roe’s lawyer", "the
   * mayor’s aides", "Roe’s chief of staff"): the name's word carries the possessive and the head comes after it; or
   * a modifier of a plural noun for people ("Roe supporters").
   */
  private ownsPersonNoun(tokens: readonly Token[], start: number, headEnd: number, person: MentionRef, head: Token): boolean {
    if (head.capitalised || head.start < person.end) return false;
    // "Roe supporters chanted", "Roe economic advisers said": a name before a plural noun for people (only
    // lower-case words between) modifies it; the people speak.
    // "one Roe aide said", "a senior Roe adviser added": so does a name before a singular one, after a word that
    // counts or introduces that one person.
    const plural = endsWithSuffix(head.lower, 's');
    if (namesPeople(head.lower) && (plural || this.introducedBefore(tokens, start, person))) {
      let k = headEnd - 1;
      while (k > start && tokens[k - 1].start >= person.end && tokens[k - 1].isWord && !tokens[k - 1].capitalised) k--;
      if (k > start && tokens[k - 1].end === person.end) return true;
    }
    // "Roe’s lawyer", "the mayor’s aides", "Roe’s relatives", "Roe’s parents": a possessor owning a noun for people.
    if (!isRoleNoun(head.lower) && !namesPeople(head.lower)) return false;
    for (let k = headEnd - 1; k >= start; k--) {
      const token = tokens[k];
      if (token.start < person.end && token.end >= person.end) return isPossessiveWord(tokens, k);
      if (token.end < person.end) return false;
    }
    return false;
  }

  /**
   * Whether an article or a word counting one person ("a", "the", "one", "another") stands before the name `person`,
   * maybe with lower-case words between ("a senior Roe aide"), within the phrase from `start`.
   */
  private introducedBefore(tokens: readonly Token[], start: number, person: MentionRef): boolean {
    let k = start;
    while (k < tokens.length && tokens[k].end <= person.start) k++;
    for (let before = k - 1, words = 0; before >= start && words <= 2; before--, words++) {
      const token = tokens[before];
      if (ONE_PERSON_INTRODUCERS.has(token.lower)) return true;
      if (!token.isWord || token.capitalised) return false;
    }
    return false;
  }

  /** A speaker described rather than named: "an unnamed resident of …", "the activists", "the report". */
  private describedSource(tokens: readonly Token[], start: number, end: number, headEnd: number): Source | null {
    const headWord = lastWord(tokens, start, headEnd);
    if (!headWord) return null;
    const mention = spanOf(tokens, start, end);
    const description = stripDeterminer(this.text.slice(mention.start, mention.end));
    if (GROUP_NOUNS.has(headWord.lower)) {
      const organisation = this.lastMention(tokens[headEnd - 1].end, mention.end, ['organization']);
      const linked = organisation?.entity ?? this.groupLinks.get(headWord.lower);
      if (organisation) this.groupLinks.set(headWord.lower, organisation.entity);
      const source: Source = {
        mention: organisation ? spanOf(tokens, start, headEnd) : mention,
        name: linked?.name ?? description,
        role: null,
        kind: 'group',
        antecedent: null,
        bracketed: false,
      };
      this.rememberCommonNoun(source);
      return source;
    }
    // "The Harbour Union called the strike. “…,” the union said.": "the" and a noun for a body stand for the
    // organisation last named with that noun as its last word.
    if (headEnd - start === 2 && tokens[start].lower === 'the' && ORGANIZATION_NOUNS.has(headWord.lower)) {
      const body = this.bodyLastNamedAs(headWord.lower, mention.start);
      if (body) {
        return { mention, name: body.entity.name, role: null, kind: 'organization', antecedent: this.textSpan(body), bracketed: false };
      }
    }
    // "The MP for North Downs added": a member's letters after a name ("Tom Ashby MP") name a person's seat.
    const isPerson = isPersonNoun(headWord.lower) || ROLE_WORDS.has(headWord.lower) || this.isPostNominal(headWord);
    // "those surveyed", "voters polled": a participle after "those" or a group noun describes people.
    const beforeHead = headEnd - 2 >= start ? tokens[headEnd - 2].lower : '';
    if (headWord.lower.endsWith('ed') && (beforeHead === 'those' || GROUP_NOUNS.has(beforeHead))) {
      const name = beforeHead === 'those' ? this.text.slice(tokens[headEnd - 2].start, headWord.end) : description;
      const group: Source = { mention, name, role: null, kind: 'group', antecedent: null, bracketed: false };
      this.rememberCommonNoun(group);
      return group;
    }
    // A description whose head is a time, an amount or a verb form cannot speak ("Hours later", "a lot").
    if (!isPerson && NOT_A_SPEAKER_HEAD.test(headWord.lower) && !ING_NOUNS.has(headWord.lower)) return null;
    // "Judge Harold Okoye warned …. “…,” the judge said.": a title used as a definite description is the person
    // last given it.
    // The letters are read without the seat after them ("the MP for North Downs").
    const describedEnd = this.isPostNominal(headWord) ? headEnd : end;
    const titled = isPerson && tokens[start].lower === 'the' && describedEnd - start <= TITLE_DESCRIPTION_TOKENS &&
      tokens.slice(start + 1, describedEnd).every((token) => token.isWord && (!token.capitalised || this.isPostNominal(token)))
      ? this.personDescribed(tokens.slice(start + 1, describedEnd).map((token) => token.lower), mention.start)
      : null;
    const source: Source = {
      mention,
      name: titled ? titled.entity.name : description,
      role: null,
      kind: isPerson ? 'person' : 'thing',
      antecedent: titled && this.textSpan(titled),
      bracketed: false,
    };
    this.rememberCommonNoun(source);
    return source;
  }

  /**
   * The person nearest before `position` (among the last few, not far back) whom the text describes as `words`: the
   * title right before one of their names ("Judge Harold Okoye", "Sen. Ada Quill", "Prime Minister Helen Carver"),
   * for "N-year-old" the age set off right after one ("Gareth Pryce, 45,"), for a member's letters ("MP") the same
   * letters right after one ("Tom Ashby MP"); else null.
   */
  private personDescribed(words: readonly string[], position: number): MentionRef | null {
    const age = words.length === 1 ? /^(\d{1,3})-year-old$/u.exec(words[0])?.[1] : undefined;
    const letters = words.length === 1 && POST_NOMINALS.has(words[0].toUpperCase()) ? ` ${words[0].toUpperCase()}` : undefined;
    const seen = new Set<Entity>();
    for (let index = countStartsAtOrBefore(this.mentionStarts, position) - 1; index >= 0 && seen.size < TITLED_PERSON_TRIES; index--) {
      const mention = this.mentions[index];
      if (mention.start < position - TITLED_PERSON_REACH) break;
      if (mention.end > position || mention.entity.type !== 'person' || seen.has(mention.entity)) continue;
      seen.add(mention.entity);
      const mentions = mention.entity.mentions;
      for (let k = 0; k < mentions.length && k < TITLED_MENTIONS && mentions[k].start < position; k++) {
        const described = age !== undefined ? this.text.startsWith(`, ${age},`, mentions[k].end)
          : letters !== undefined ? this.text.startsWith(letters, mentions[k].end)
          : this.titledBefore(mentions[k].start, words) || this.describedAfter(mentions[k].end, words);
        if (described) return mention;
      }
    }
    return null;
  }

  /**
   * Whether an appositive set off by commas right after a name ending at `end` ends with the noun `words` ("Rosa
   * Delgado-Finch, the council’s treasurer, said" for "treasurer").
   */
  private describedAfter(end: number, words: readonly string[]): boolean {
    if (this.text.charCodeAt(end) !== 0x2c) return false;
    const limit = Math.min(this.text.length, end + APPOSITIVE_ROLE_MAX_LENGTH);
    let close = end + 1;
    while (close < limit && !APPOSITIVE_ROLE_ENDS.has(this.text.charCodeAt(close))) close++;
    if (close === limit) return false;
    while (close > end + 1 && isBlank(this.text.charCodeAt(close - 1))) close--;
    // The noun ends the appositive as a word of its own: a blank or the opening comma before it.
    const noun = words.join(' ');
    const start = close - noun.length;
    return start > end && isBlank(this.text.charCodeAt(start - 1)) && this.text.slice(start, close).toLowerCase() === noun;
  }

  /**
   * Whether the words right before `position` are the title `words`, read as nouns ("Sen." → "senator"): "Prime
   * Minister" before a name for "prime minister", "U.S. District Judge" for "judge".
   */
  private titledBefore(position: number, words: readonly string[]): boolean {
    let before = position;
    for (let k = words.length - 1; k >= 0; k--) {
      let end = before;
      while (end > 0 && before - end < WORD_GAP && isBlank(this.text.charCodeAt(end - 1))) end--;
      if (end > 0 && this.text.charCodeAt(end - 1) === FULL_STOP) end--;
      let start = end;
      while (start > 0 && end - start < TITLE_WORD_MAX_LENGTH && isWordCode(this.text.charCodeAt(start - 1))) start--;
      const word = this.text.slice(start, end).toLowerCase();
      if ((ABBREVIATED_TITLES.get(word) ?? word) !== words[k]) return false;
      before = start;
    }
    return true;
  }

  /**
   * Whether a token is a member's letters written after a name ("MP", "MEP", "QC"). Asked of every capitalised head:
   * a word longer than the letters is not cut from the text.
   */
  private isPostNominal(token: Token): boolean {
    return token.capitalised && token.end - token.start <= LONGEST_POST_NOMINAL && POST_NOMINALS.has(this.text.slice(token.start, token.end));
  }

  /** Whether a quotation token is a nickname inside a person's name ("Ana “Annie” Ruiz"): one mention spans it. */
  private isNicknameInName(token: Token): boolean {
    const mention = this.mentionAt(token.start);
    return mention !== null && mention.entity.type === 'person' && mention.start < token.start && mention.end > token.end;
  }

  /** Whether the preposition at `at` joins two capitalised words of one name ("Bank of America"). */
  private insideName(tokens: readonly Token[], at: number, end: number): boolean {
    const mention = this.mentionAt(tokens[at].start);
    if (mention) return true;
    // "Bank of America" joins one name; "Smith for Acme News", "Jones at State" join two.
    return at > 0 && tokens[at - 1].capitalised && at + 1 < end && tokens[at + 1].capitalised &&
      tokens[at].lower === 'of';
  }

  /**
   * The description before a name ("Centcom spokesman Army Col."), without a leading determiner or a courtesy title
   * ("Mr", "Mrs", "Ms": a form of address, no role); else null.
   */
  private roleBefore(tokens: readonly Token[], start: number, nameStart: number): string | null {
    if (tokens[start].start >= nameStart) return null;
    let end = start;
    while (end < tokens.length && tokens[end].end <= nameStart) end++;
    if (end === start) return null;
    const role = stripDeterminer(this.text.slice(tokens[start].start, tokens[end - 1].end)).replace(COURTESY_TITLE_AT_END, '');
    return role === '' ? null : role;
  }

  private rememberCommonNoun(source: Source): void {
    const head = trailingLetters(source.name).toLowerCase();
    const gender = /(?:wom[ae]n|mother|wife|daughter|sister|girl|actress|chairwoman)$/u.test(head) ? 'female'
      : /(?:^|[^o])m[ae]n$|father|husband|son$|brother|boy$/u.test(head) ? 'male' : null;
    this.commonNounSpeakers.push({ mention: this.textSpan(source.mention), name: source.name, kind: source.kind, gender });
  }

  // ── Pronouns ────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * he/she → the nearest person before the pronoun outside quotations; it → organisation or place; they → a group
   * or organisation. I and we outside a quotation are the writer.
   */
  private resolvePronoun(token: Token): Source {
    const pronoun = token.lower;
    const mention = { start: token.start, end: token.end };
    const base: Source = {
      mention, name: this.text.slice(token.start, token.end), role: null, kind: 'pronoun', antecedent: null, bracketed: false,
    };
    if (pronoun === 'i' || pronoun === 'we') return base;
    const types = pronoun === 'it' ? IT_ANTECEDENT_TYPES : pronoun === 'they' ? THEY_ANTECEDENT_TYPES : PERSON_ANTECEDENT_TYPES;
    const kinds = pronoun === 'they' ? THEY_ANTECEDENT_KINDS : pronoun === 'it' ? IT_ANTECEDENT_KINDS : PERSON_ANTECEDENT_KINDS;
    const gender = genderOfPronoun(pronoun);
    // The subject of the pronoun's own sentence comes first ("Rubio said he had unmasked Trump, whom he called
    // …"); else the nearest mention before it.
    const ownSubject = this.sentenceSubjectMention(token, types, gender);
    // The subject the sentence before it was about, when the pronoun is its own sentence's subject: decided there.
    const centre = ownSubject ? null : pronoun === 'it' || pronoun === 'they' ? this.previousBodyOrPeople(token) : this.previousSubject(token, gender);
    if (centre) return { ...base, name: centre.name, antecedent: this.textSpan(centre) };
    const entityMention = ownSubject ?? this.nearestMentionBefore(token.start, types, gender);
    let bestStart = entityMention ? entityMention.start : -1;
    let antecedent: TextSpan | null = entityMention ? this.textSpan(entityMention) : null;
    let name = entityMention ? entityMention.entity.name : null;
    for (let k = this.commonNounSpeakers.length - 1; k >= Math.max(0, this.commonNounSpeakers.length - REACH); k--) {
      const speaker = this.commonNounSpeakers[k];
      if (speaker.mention.start >= token.start) continue;
      // "Mark Vale’s spokesman said …. The council, he added, …": a speaker named by a phrase that opens with the
      // name as its possessor is someone else, and nearer than the name inside it; and a group holding the name is
      // nearer too ("“…,” said Microsoft and Google. “…,” they added.").
      const holdsTheName = entityMention !== null && (speaker.kind === 'group'
        ? speaker.mention.start <= entityMention.start && speaker.mention.end >= entityMention.end &&
          speaker.mention.end - speaker.mention.start > entityMention.end - entityMention.start
        : speaker.mention.start === entityMention.start && speaker.mention.end > entityMention.end);
      if (speaker.mention.start <= bestStart && !holdsTheName) break;
      if (kinds.includes(speaker.kind) && compatibleGender(gender, speaker.gender)) {
        bestStart = speaker.mention.start;
        antecedent = speaker.mention;
        name = speaker.name;
        break;
      }
    }
    if (!antecedent || name === null) return base;
    return { ...base, name, antecedent };
  }

  /**
   * The entity that opens the sentence holding `pronoun` as its subject, when the pronoun stands later in that
   * sentence and agrees with it; else null. Only for pronouns in the document's own sentences.
   */
  private sentenceSubjectMention(pronoun: Token, types: readonly EntityType[], gender: Gender | null): MentionRef | null {
    const sentenceIndex = this.sentenceAtOrBefore(pronoun.start);
    const sentence = sentenceIndex >= 0 ? this.sentences[sentenceIndex] : null;
    // A pronoun of the document's tokens lies in a sentence already read.
    if (!sentence || !sentence.read) return null;
    const index = upperBound(this.tokens, pronoun.start, sentence.from, sentence.to) - 1;
    if (index < sentence.from || this.tokens[index] !== pronoun) return null;
    // The subject read lies before the pronoun: with no entity of the pronoun's types there, as for most pronouns
    // ("“…,” he said"), it names none, and is not read (a look-up in the sorted mentions instead of the subject's rules).
    if (index === sentence.from || !this.lastMention(this.tokens[sentence.from].start, this.tokens[index - 1].end, types)) return null;
    const range = this.sentenceSubjectRange(this.tokens, sentence.from, index);
    if (!range || range.end >= index) return null;
    const mention = this.lastMention(this.tokens[range.start].start, this.tokens[range.end - 1].end, types);
    if (!mention || this.isQuoted(mention.start)) return null;
    return gender === null || compatibleGender(gender, this.genderOf(mention.entity)) ? mention : null;
  }

  /**
   * For a he/she that is its sentence's subject (or stands right after the quotation opening it: `“…,” he said`),
   * the person the sentence right before is about, when the gender agrees: a subject pronoun goes on with the
   * subject before it, not with the nearest name ("Ada Quill spoke after meeting Governor Ben Ortiz. He did not take
   * questions." is Ada Quill's "he"). That is the speaker of a quotation opening that sentence; else its subject,
   * unless a set-off attribution closes it (its speaker is nearer), or the centre of a he or she that is its subject.
   * A sentence before that the document's reading left out is read here, and past one about a thing the sentence
   * before it decides ("Ada Quill met Lena Ortiz. The hall was full. She took the stage." is Ada Quill's). Else null.
   */
  private previousSubject(pronoun: Token, gender: Gender | null, depth = 0): NamedSpan | null {
    if (gender === null) return null;
    const sentenceIndex = this.sentenceWithSubject(pronoun);
    if (sentenceIndex < 0) return null;
    const sentence = this.sentences[sentenceIndex];
    // The sentence right before in the text: registered by the document's reading (it holds a quotation or stands
    // before one) or left out, then read here; past a sentence about a thing ("The hall was full.") or one that goes
    // on with a he or she of the same gender, the one before it.
    const before = sentenceIndex >= 1 ? this.sentences[sentenceIndex - 1] : null;
    let paragraph = sentence.paragraph;
    let end = sentence.start;
    for (let back = 0; back < CENTRE_SENTENCES_BACK; back++) {
      const wordsEnd = this.wordsEndBefore(end, paragraph);
      if (!wordsEnd) return null;
      ({ end, paragraph } = wordsEnd);
      if (before && before.paragraph === paragraph && before.start < end && end <= before.end) {
        return this.centreOf(sentenceIndex - 1, gender, depth);
      }
      const floor = Math.max(this.paragraphs[paragraph].start, end - SENTENCE_LEFT_OUT_MAX_CHARACTERS);
      const start = lastSentenceStart(this.text, { start: floor, end });
      if (start === floor && floor > this.paragraphs[paragraph].start) return null;
      const centre = this.subjectOfSentenceLeftOut(start, end, gender);
      if (centre !== READ_ON) return centre;
      end = start;
    }
    return null;
  }

  /**
   * Where the words before `end` (in the paragraph numbered `paragraph`) end, blanks set aside: at the paragraph's
   * start, the end of the paragraph above; null at the document's start.
   */
  private wordsEndBefore(end: number, paragraph: number): { end: number; paragraph: number } | null {
    while (end > this.paragraphs[paragraph].start && isBlank(this.text.charCodeAt(end - 1))) end--;
    if (end > this.paragraphs[paragraph].start) return { end, paragraph };
    if (paragraph === 0) return null;
    const above = this.paragraphs[paragraph - 1];
    end = above.end;
    while (end > above.start && isBlank(this.text.charCodeAt(end - 1))) end--;
    return { end, paragraph: paragraph - 1 };
  }

  /**
   * The index of the registered sentence whose subject `pronoun` is: the whole subject the sentence opens with, or
   * right after the quotation opening it (`“…,” he said.`); else -1.
   */
  private sentenceWithSubject(pronoun: Token): number {
    const sentenceIndex = this.sentenceAtOrBefore(pronoun.start);
    if (sentenceIndex < 0 || !this.sentences[sentenceIndex].read) return -1;
    const sentence = this.sentences[sentenceIndex];
    const index = upperBound(this.tokens, pronoun.start, sentence.from, sentence.to) - 1;
    if (index < sentence.from || this.tokens[index] !== pronoun) return -1;
    const afterQuote = index - 1 >= sentence.from && this.tokens[sentence.from].quote >= 0 &&
      (index - 1 === sentence.from || (index - 2 === sentence.from && this.tokens[index - 1].lower === ','));
    if (afterQuote) return sentenceIndex;
    const own = this.sentenceSubjectRange(this.tokens, sentence.from, sentence.to);
    return own && own.start === index && own.end === index + 1 ? sentenceIndex : -1;
  }

  /**
   * The body or text an "it" that is its sentence's subject goes on with: what the sentence right before it (in the
   * same paragraph or closing the one above) was about, when that is a body or a text ("The company said in a
   * statement …. “…,” it said.", "“…,” the board wrote. “…,” it added."); for a "they", the people or bodies it was
   * about ("Dockworkers walked out. “…,” they said.", "Roe and Quill met …"). Else null, and the nearest name decides.
   * A place, a person or a thing of no other kind stops it: "it" is then as often the weather as the town.
   */
  private previousBodyOrPeople(pronoun: Token, depth = 0): NamedSpan | null {
    const plural = pronoun.lower === 'they';
    const sentenceIndex = this.sentenceWithSubject(pronoun);
    if (sentenceIndex < 1) return null;
    const sentence = this.sentences[sentenceIndex];
    const before = this.sentences[sentenceIndex - 1];
    const wordsEnd = this.wordsEndBefore(sentence.start, sentence.paragraph);
    if (!wordsEnd || before.paragraph !== wordsEnd.paragraph || before.start >= wordsEnd.end || wordsEnd.end > before.end) return null;
    const previous = this.tokensOf(sentenceIndex - 1);
    const opening = this.tokens[previous.from].quote;
    if (opening >= 0) {
      // "“…,” the board wrote.": the speaker of the quotation opening it, when a body or a text; for a "they", when a
      // body, a group or a "they" itself ("“…,” they said. “…,” they added.").
      const speaker = this.results[opening]?.speaker;
      if (!speaker) return null;
      if (plural) return this.peopleSpeaking(opening);
      const named = this.mentionAt(speaker.start);
      if (named) return named.entity.type === 'organization' ? namedSpanOf(named) : null;
      const head = this.tokens[upperBound(this.tokens, speaker.end - 1, previous.from, previous.to) - 1];
      return head && (TEXT_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower)) ? { start: speaker.start, end: speaker.end, name: speaker.name } : null;
    }
    const range = this.sentenceSubjectRange(this.tokens, previous.from, previous.to);
    // "…, Roe said. It said …", "…, according to the Harbour Trust, which …. It said …": the attribution closing the
    // sentence goes on, not its subject; and a subject read up to a preposition ("A coalition of") is cut short.
    if (!range || this.closesWithAttribution(this.tokens, previous.from, previous.to, range.start) ||
      findForward(this.tokens, range.end, previous.to, 'according') >= 0 ||
      NOUN_PHRASE_PREPOSITIONS.has(this.tokens[range.end - 1].lower)) return null;
    // "It stated that …. It said …": an "it" (a "they") subject before hands on what it goes on with.
    if (range.end - range.start === 1 && this.tokens[range.start].lower === pronoun.lower) {
      return depth < CENTRE_CHAIN_LENGTH ? this.previousBodyOrPeople(this.tokens[range.start], depth + 1) : null;
    }
    const rangeEnd = this.tokens[range.end - 1].end;
    if (plural) return this.peopleAbout(range, rangeEnd, previous.to);
    // The head stands before the phrase after it ("Thursday's memo from the panel seemed …"); a possessor is not what
    // the sentence is about ("Roe’s campaign in Texas said …" is about the campaign).
    const headEnd = headEndOf(this.tokens, range);
    const body = this.lastMention(this.tokens[range.start].start, this.tokens[headEnd - 1].end, ['organization', 'person', 'place']);
    if (body && !isApostrophe(this.text.charCodeAt(body.end))) {
      return body.entity.type === 'organization' ? namedSpanOf(body) : null;
    }
    const head = this.tokens[headEnd - 1];
    if (head.capitalised || !(TEXT_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower))) return null;
    const start = this.tokens[range.start].start;
    return this.bodyNamedAfter(range.end, previous.to) ?? { start, end: rangeEnd, name: stripDeterminer(this.text.slice(start, rangeEnd)) };
  }

  /** The speaker of the quote numbered `quote` as a "they" may go on with it: a body, a group, or a resolved "they". */
  private peopleSpeaking(quote: number): NamedSpan | null {
    const { speaker, antecedent } = this.results[quote];
    const kind = this.speakerKinds[quote];
    if (!speaker) return null;
    // A description of people in the plural ("the teachers") is read as a thing's or a person's, by its head.
    const people = kind === 'group' ||
      ((kind === 'thing' || kind === 'person') && namesPeopleOrBodies(trailingLetters(speaker.text).toLowerCase()));
    if (kind === 'organization' || people) return { start: speaker.start, end: speaker.end, name: speaker.name };
    return kind === 'pronoun' && antecedent && speaker.text.toLowerCase() === 'they'
      ? { start: antecedent.start, end: antecedent.end, name: speaker.name }
      : null;
  }

  /**
   * The organisation named in an appositive set off by a comma at token `at` ("The ferry company, Nordlys Marine,
   * said"), before token `to`; else null.
   */
  private bodyNamedAfter(at: number, to: number): NamedSpan | null {
    if (at + 1 >= to || this.tokens[at].lower !== ',') return null;
    const named = this.mentionAt(this.tokens[at + 1].start);
    return named && named.entity.type === 'organization' && named.start === this.tokens[at + 1].start
      ? namedSpanOf(named)
      : null;
  }

  /**
   * The people or bodies the subject `range` (ending at character `end`, in a sentence ending at token `to`) names
   * for a "they": names joined by "and" ("Tom Reyes and Ada Quill"), or a plural noun for people or bodies before the
   * phrase after it ("Dockworkers in Bergen", "The unions"); else null.
   */
  private peopleAbout(range: { start: number; end: number }, end: number, to: number): NamedSpan | null {
    const start = this.tokens[range.start].start;
    // The subject read stops at "and": "Tom Reyes and Ada Quill met …" names both when a name follows it.
    if (range.end + 1 < to && this.tokens[range.end].lower === 'and') {
      const first = this.lastMention(start, end, ['person', 'organization']);
      const second = this.mentionAt(this.tokens[range.end + 1].start);
      if (!first || first.end !== end || !second || (second.entity.type !== 'person' && second.entity.type !== 'organization')) return null;
      return { start, end: second.end, name: stripDeterminer(this.text.slice(start, second.end)) };
    }
    const headEnd = headEndOf(this.tokens, range);
    return namesPeopleOrBodies(this.tokens[headEnd - 1].lower) ? { start, end, name: stripDeterminer(this.text.slice(start, end)) } : null;
  }

  /** The centre the sentence `sentences[index]`, right before a he or she, hands on (see `previousSubject`). */
  private centreOf(index: number, gender: Gender, depth: number): NamedSpan | null {
    const previous = this.tokensOf(index);
    // `“…,” Obama said after meeting Putin. He …`: a sentence opening with a quotation is about its speaker.
    const opening = this.tokens[previous.from].quote;
    const speaker = opening >= 0 ? this.results[opening] : null;
    if (speaker?.speaker) {
      // "“…,” he said. “…,” she said.": a pronoun of the other gender goes on with someone else.
      const spokenAs = genderOfPronoun(speaker.speaker.text.toLowerCase());
      if (spokenAs !== null && spokenAs !== gender) return null;
      const spoke = this.mentionAt((speaker.antecedent ?? speaker.speaker).start);
      return spoke?.entity.type === 'person' && compatibleGender(gender, this.genderOf(spoke.entity))
        ? namedSpanOf(spoke)
        : null;
    }
    const range = this.sentenceSubjectRange(this.tokens, previous.from, previous.to);
    if (!range || this.closesWithAttribution(this.tokens, previous.from, previous.to, range.start)) return null;
    // "She took the stage. “…,” she said.": a he or she that is the subject before hands on its own centre.
    const subject = this.tokens[range.start];
    if (range.end - range.start === 1 && genderOfPronoun(subject.lower) === gender) {
      return depth < CENTRE_CHAIN_LENGTH ? this.previousSubject(subject, gender, depth + 1) : null;
    }
    return this.personOpening(this.tokens, range, gender) ?? this.personIntroduced(this.tokens, range, previous.from, previous.to);
  }

  /**
   * A person the subject `range` of the sentence `tokens[from, to)` introduces with an indefinite article and a
   * singular noun for a person ("A longshoreman who asked not to be named said …", "Another resident said …"): someone
   * new, whom a he or she after it goes on with. Null when the sentence names any person (the description may be
   * theirs, "One woman, Ada Quill, …", or the he or she someone else: "A reporter asked Quill …. She replied"), and
   * for a definite description, most often of someone named before.
   */
  private personIntroduced(tokens: readonly Token[], range: { start: number; end: number }, from: number, to: number): NamedSpan | null {
    // The noun stands before the phrase that follows it: "A spokeswoman for the harbour board said …".
    const headEnd = headEndOf(tokens, range);
    const head = tokens[headEnd - 1];
    if (headEnd - range.start < 2 || !INDEFINITE_OPENERS.has(tokens[range.start].lower) || !head.isWord || head.capitalised ||
      endsWithSuffix(head.lower, 's') || !namesPeople(head.lower) || GROUP_NOUNS.has(head.lower)) return null;
    if (this.lastMention(tokens[from].start, tokens[to - 1].end, ['person'])) return null;
    // The whole description names them: "spokeswoman for the harbour board".
    const end = tokens[range.end - 1].end;
    return { start: tokens[range.start].start, end, name: this.text.slice(tokens[range.start + 1].start, end) };
  }

  /**
   * The person named as the subject `range` of a sentence in `tokens`, when a he or she of `gender` may stand for
   * them; else null.
   */
  private personOpening(tokens: readonly Token[], range: { start: number; end: number }, gender: Gender): NamedSpan | null {
    const mention = this.lastMention(tokens[range.start].start, tokens[range.end - 1].end, PERSON_ANTECEDENT_TYPES);
    // "Roe’s lawyer, Ivo Brandt, said …", "Roe’s claim that …, Brandt said": a possessor is not the subject.
    if (!mention || this.isQuoted(mention.start) || this.modifiesNounAfter(mention) || isApostrophe(this.text.charCodeAt(mention.end))) return null;
    return compatibleGender(gender, this.genderOf(mention.entity)) ? namedSpanOf(mention) : null;
  }

  /**
   * The centre a sentence the document's reading left out, `text[start, end)`, hands on: its subject's person (see
   * `personOpening`); {@link READ_ON} when its subject is a thing ("The hall was full.") or a he or she of `gender`,
   * so the sentence before it decides; else null (another pronoun, people described, or no subject read: no centre).
   */
  private subjectOfSentenceLeftOut(start: number, end: number, gender: Gender): NamedSpan | null | typeof READ_ON {
    const tokens: Token[] = [];
    tokenize(this.text, start, end, tokens);
    const range = this.sentenceSubjectRange(tokens, 0, tokens.length);
    if (!range || this.closesWithAttribution(tokens, 0, tokens.length, range.start)) return null;
    if (this.lastMention(tokens[range.start].start, tokens[range.end - 1].end, PERSON_ANTECEDENT_TYPES)) {
      return this.personOpening(tokens, range, gender);
    }
    // "It was late.", "The hall was full." are about things, and "In May, she proved …" goes on with the same centre;
    // another pronoun, a name or a noun for people ("Her sister was late.") may be who the he or she is.
    const head = lastWord(tokens, range.start, range.end);
    if (head === null) return null;
    if (head.lower === 'it' || (range.end - range.start === 1 && genderOfPronoun(head.lower) === gender)) return READ_ON;
    const people = PRONOUNS.has(head.lower) || head.capitalised || isPersonNoun(head.lower) || ROLE_WORDS.has(head.lower) ||
      GROUP_NOUNS.has(head.lower);
    return people ? null : READ_ON;
  }

  /**
   * The nearest entity mention of one of `types` ending before `position`, outside quotations, whose gender (where
   * known) agrees with `gender`; for a he or she, one whose gender is known and agrees within
   * {@link AGREEING_NAME_REACH} before a nearer full name of unknown gender.
   */
  private nearestMentionBefore(position: number, types: readonly EntityType[], gender: Gender | null = null): MentionRef | null {
    let index = countStartsAtOrBefore(this.mentionStarts, position) - 1;
    // A full name whose given name tells no gender gives way to a name of the pronoun's gender a little before it
    // ("Ada Quill … Judge Zoltan Brisk … she said"); a surname alone ("Obama") is a known person's, and stays.
    let unknownGender: MentionRef | null = null;
    for (let steps = 0; index >= 0 && steps < 200; index--, steps++) {
      const mention = this.mentions[index];
      if (unknownGender !== null && mention.start < unknownGender.start - AGREEING_NAME_REACH) break;
      if (mention.end > position || !types.includes(mention.entity.type)) continue;
      if (this.isQuoted(mention.start)) continue;
      if (gender !== null && (!this.mayStandFor(gender, mention.entity) || this.modifiesNounAfter(mention) ||
        this.isByline(mention))) continue;
      if (gender === null || this.genderOf(mention.entity) !== null || !mention.entity.name.includes(' ')) {
        return unknownGender !== null && this.genderOf(mention.entity) === null ? unknownGender : mention;
      }
      unknownGender ??= mention;
    }
    return unknownGender;
  }

  /**
   * Whether a he or she of `gender` may stand for a person entity: its gender agrees, and when its gender is
   * unknown, its name does not end on a body's word, a place or an acronym, where a person's ends on a surname (a
   * name the entity finder took for a person: "Social Security", "Sirius XM", "Former Arizona").
   */
  private mayStandFor(gender: Gender, entity: Entity): boolean {
    const known = this.genderOf(entity);
    if (known !== null) return known === gender;
    // "Aris Shirvanian of the Patriarchate of Jerusalem": the name before an "of" is the person's.
    const of = entity.name.indexOf(' of ');
    const head = of < 0 ? entity.name : entity.name.slice(0, of);
    const last = head.slice(head.lastIndexOf(' ') + 1);
    return !(isOrganizationWord(last) || canonicalPlace(last) !== null || ACRONYM_WORD.test(last));
  }

  /**
   * Whether a name is the writer's, in a byline opening its line ("By Mary Lee" above the story): the writer is no
   * he or she of the story, whose "she said" stands for someone the text has not named yet.
   */
  private isByline(mention: MentionRef): boolean {
    const before = wordBefore(this.text, mention.start);
    if (before === null || this.text.slice(before.start, before.end) !== 'By') return false;
    let lineStart = before.start;
    while (lineStart > 0 && before.start - lineStart < WORD_GAP && isBlank(this.text.charCodeAt(lineStart - 1)) &&
      this.text[lineStart - 1] !== '\n') lineStart--;
    return lineStart === 0 || this.text[lineStart - 1] === '\n';
  }

  /**
   * Whether a sentence closes with a set-off attribution ("Cruz electrified the crowds, Stovall said.", ", Kunin said
   * in an interview."): its speaker, not its subject, is who a he or she after it goes on with.
   */
  private closesWithAttribution(tokens: readonly Token[], from: number, to: number, subject: number): boolean {
    for (let k = to - 1; k > from + 1 && k >= to - CLOSING_ATTRIBUTION_TOKENS; k--) {
      if (!tokens[k].isWord || cueLength(tokens, k, to) === 0) continue;
      let name = k - 1;
      while (name > from && k - name <= SIGNATURE_MAX_WORDS && (tokens[name].capitalised || tokens[name].lower === '.')) name--;
      // The comma may be the closing one of a quotation (`“cool off,” Kunin said`); after an opening phrase
      // ("Speaking in Novi, Trump says …") the name is the sentence's subject.
      const comma = tokens[name].lower === ',' || (tokens[name].quote >= 0 && this.closingMarkOf(tokens[name]) === COMMA);
      return name < k - 1 && comma && name + 1 !== subject;
    }
    return false;
  }

  /**
   * Whether a name an article opens modifies the noun after it ("at the Kent Valley Farmers headquarters", "a
   * Retired American Warriors conference"): a place or a body, whatever type the entity finder gave it, so no
   * he or she stands for it.
   */
  private modifiesNounAfter(mention: MentionRef): boolean {
    const before = wordBefore(this.text, mention.start);
    return before !== null && ARTICLES.has(this.text.slice(before.start, before.end).toLowerCase());
  }

  /**
   * A person's gender as the text shows it: their given name, or an honorific before one of their mentions
   * ("Mrs. Smith"); null when nothing tells. Worked out once per entity.
   */
  private genderOf(entity: Entity): Gender | null {
    const known = this.genders.get(entity);
    if (known !== undefined) return known;
    const words = entity.name.split(/\s/u);
    let gender = entity.type === 'person' ? genderOfGivenName(words[0]) : null;
    // Of three words or more the second may be the given name: it tells when the first tells nothing ("Billie Jean
    // King"), and a first word that says otherwise ("Marine John Tiegen": "Marine" is a body's word too) says nothing.
    const second = entity.type === 'person' && words.length > 2 ? genderOfGivenName(words[1]) : null;
    if (second !== null) gender = gender === null || gender === second ? second : null;
    for (let k = 0; gender === null && entity.type === 'person' && k < entity.mentions.length; k++) {
      // "Mrs. Lome", "Sir Ivo Brandt": the title right before a mention, its period set aside.
      let end = entity.mentions[k].start;
      while (end > 0 && isBlank(this.text.charCodeAt(end - 1))) end--;
      if (this.text[end - 1] === '.') end--;
      const title = end < entity.mentions[k].start ? wordBefore(this.text, end) : null;
      if (title) gender = genderOfGivenName(this.text.slice(title.start, title.end));
      // "her father, Tomas", "his wife Morwenna": a noun for kin right before the name, a comma maybe between.
      if (gender === null) gender = this.kinBefore(entity.mentions[k].start);
    }
    this.genders.set(entity, gender);
    return gender;
  }

  /** The gender told by a noun for kin right before `position`, a comma and blanks maybe between; else null. */
  private kinBefore(position: number): Gender | null {
    let end = position;
    while (end > 0 && isBlank(this.text.charCodeAt(end - 1))) end--;
    if (this.text.charCodeAt(end - 1) === 0x2c) end--;
    const word = wordBefore(this.text, end);
    return word && word.end - word.start <= KIN_NOUN_MAX_LENGTH ? genderOfKin(this.text.slice(word.start, word.end).toLowerCase()) : null;
  }

  // ── Entity look-ups ─────────────────────────────────────────────────────────────────────────────────────

  /** Whether one entity mention spans both tokens. */
  private oneName(first: Token, second: Token): boolean {
    const mention = this.mentionAt(first.start);
    return mention !== null && mention.end > second.start;
  }

  private mentionAt(position: number): MentionRef | null {
    const index = countStartsAtOrBefore(this.mentionStarts, position) - 1;
    for (let k = index; k >= 0 && k > index - 4; k--) {
      const mention = this.mentions[k];
      if (mention.start <= position && position < mention.end) return mention;
    }
    return null;
  }

  /** The last entity mention of one of `types` lying within `[start, end)`. */
  private lastMention(start: number, end: number, types: readonly EntityType[]): MentionRef | null {
    let index = countStartsAtOrBefore(this.mentionStarts, end - 1) - 1;
    for (; index >= 0 && this.mentions[index].start >= start; index--) {
      const mention = this.mentions[index];
      if (mention.end <= end && types.includes(mention.entity.type)) return mention;
    }
    return null;
  }

  private isQuoted(position: number): boolean {
    const index = countStartsAtOrBefore(this.quotedStarts, position) - 1;
    return index >= 0 && position < this.quotedSpans[index].end;
  }

  // ── Results ─────────────────────────────────────────────────────────────────────────────────────────────

  private apply(quoteIndex: number, finding: Finding): void {
    const quote = this.results[quoteIndex];
    const { cue, method, via } = finding;
    const joint = finding.source.kind === 'person' || finding.source.kind === 'organization'
      ? this.jointSpeakers(finding.source, cue)
      : null;
    // Remembered as a group, so that a "they" after it stands for both ("“…,” they added.").
    if (joint) this.rememberCommonNoun(joint);
    const source = joint ?? finding.source;
    const isPronoun = source.kind === 'pronoun';
    const { start, end } = source.mention;
    const role = source.role === null ? null : describedRole(source.role);
    quote.speaker = { start, end, text: this.text.slice(start, end), name: source.name, role };
    this.speakerKinds[quoteIndex] = source.kind;
    quote.cue = cue && this.textSpan(cue);
    quote.attribution = isPronoun && method !== 'follow-on' ? 'pronoun' : method;
    quote.antecedent = source.antecedent;
    quote.via = via;
    quote.confidence = confidenceOf(method, source) * (finding.weak ? WEAK_FINDING_FACTOR : 1);
    quote.unattributedReason = null;
  }

  /**
   * Two people, or two organisations, named as one subject ("Quill and Reyes said", "“…,” said Ada Quill and Tom
   * Reyes", "Nordlys Marine and the Harbour Trust said"): when the speaker found is named right after "and" and
   * another name of its type, or, after the cue, right before "and" and another name of its type, the words are
   * both's, and the speaker is the two names (a group). Before the cue, the first name must open its phrase (no
   * lower-case word right before it, "the" set aside: "Ortiz praised Quill and Reyes said" is Reyes's), and the
   * second must not own what follows it ("Quill and Reyes’s aides"). Null otherwise.
   */
  private jointSpeakers(source: Source, cue: Span | null): Source | null {
    const named = this.mentionAt(source.mention.start);
    if (!named || named.start !== source.mention.start || named.end !== source.mention.end) return null;
    const before = this.nameJoined(named, true);
    const first = before ?? (cue && cue.end <= named.start ? named : null);
    const second = before ? named : first && this.nameJoined(first, false);
    if (!first || !second || first.entity === second.entity || (before && !this.opensPhrase(this.determinerBefore(first))) ||
      isApostrophe(this.text.charCodeAt(second.end))) return null;
    return {
      mention: { start: first.start, end: second.end }, name: `${first.entity.name} and ${second.entity.name}`, role: null,
      kind: 'group', antecedent: null, bracketed: false,
    };
  }

  /**
   * The name of `mention`'s type right before " and " and `mention` (`before`), or right after `mention` and " and "
   * ("the" may open an organisation's name on either side; blanks only between the words); else null.
   */
  private nameJoined(mention: MentionRef, before: boolean): MentionRef | null {
    const wordNext = before ? wordBefore : wordAfter;
    const start = before ? this.determinerBefore(mention) : mention.start;
    const and = wordNext(this.text, before ? start : mention.end);
    if (!and || this.text.slice(and.start, and.end) !== 'and') return null;
    let name = wordNext(this.text, before ? and.start : and.end);
    if (name && !before && mention.entity.type === 'organization' && this.text.slice(name.start, name.end) === 'the') {
      name = wordAfter(this.text, name.end);
    }
    if (!name) return null;
    const joined = this.mentionAt(name.start);
    const bordersAnd = joined && (before ? joined.end === name.end : joined.start === name.start);
    return bordersAnd && joined.entity.type === mention.entity.type ? joined : null;
  }

  /** Where an organisation's mention starts with the "the" before it ("the Harbour Trust"); a person's, its start. */
  private determinerBefore(mention: MentionRef): number {
    if (mention.entity.type !== 'organization') return mention.start;
    const word = wordBefore(this.text, mention.start);
    return word && this.text.slice(word.start, word.end).toLowerCase() === 'the' ? word.start : mention.start;
  }

  /** Whether no lower-case word stands right before `position` (blanks set aside): a phrase may open there. */
  private opensPhrase(position: number): boolean {
    const word = wordBefore(this.text, position);
    return !word || startsWithCapital(this.text.slice(word.start, word.end));
  }

  private textSpan(span: Span): TextSpan {
    return { start: span.start, end: span.end, text: this.text.slice(span.start, span.end) };
  }

  /** The span of a noun phrase found after "according to", from its first word to its mention's end. */
  private phraseSpan(tokens: readonly Token[], from: number, source: Source): Span {
    return { start: Math.min(tokens[from].start, source.mention.start), end: source.mention.end };
  }

  /** The first token starting at or after `position` within `[0, to)`. */
  private tokenAfter(tokens: readonly Token[], position: number, to: number): number {
    let index = this.tokenUpperBound(tokens, position - 1);
    while (index < to && tokens[index].start < position) index++;
    return Math.min(index, to);
  }
}

// What each pronoun may stand for: entity types, and kinds of speakers named by a common noun. Shared constants, as
// pronouns are resolved for many quotes.
const IT_ANTECEDENT_TYPES: readonly EntityType[] = ['organization', 'place'];
const THEY_ANTECEDENT_TYPES: readonly EntityType[] = ['organization'];
const PERSON_ANTECEDENT_TYPES: readonly EntityType[] = ['person'];
const IT_ANTECEDENT_KINDS: readonly Source['kind'][] = [];
const THEY_ANTECEDENT_KINDS: readonly Source['kind'][] = ['group'];
const PERSON_ANTECEDENT_KINDS: readonly Source['kind'][] = ['person'];

/** Clause words that may still stand between a quote's subject and its cue (`“…,” Smith has said`). */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom']);

/** Words a relative pronoun may stand from its clause's cue: "which some have argued", "who many believe". */
const RELATIVE_CLAUSE_REACH = 6;

/**
 * `the plan, which some have argued was unfair, was an “insult”`: a cue inside a relative clause set off by commas
 * speaks of the clause, not of the quote after it, which belongs to the sentence around the clause.
 */
function closedRelativeClause(tokens: readonly Token[], from: number, cueStart: number, cueEnd: number, at: number): boolean {
  let relative = -1;
  for (let k = cueStart - 1; k > from && k >= cueStart - RELATIVE_CLAUSE_REACH; k--) {
    if (!tokens[k].isWord) return false;
    if (RELATIVE_PRONOUNS.has(tokens[k].lower)) {
      relative = k;
      break;
    }
  }
  if (relative < 0 || tokens[relative - 1].lower !== ',') return false;
  // The clause closes at a comma the sentence goes on from; a comma right before the quote introduces it
  // ("…, which notes, “…”").
  for (let k = cueEnd; k < at - 1; k++) {
    if (tokens[k].quote >= 0) return false;
    // "who portrayed him as a generous, kind boss who would be “…”": a comma between two adjectives after an article
    // joins them; it does not close the clause.
    if (tokens[k].lower === ',' && k - 2 >= cueEnd && ARTICLES.has(tokens[k - 2].lower) && tokens[k - 1].isWord) continue;
    if (tokens[k].lower === ',') return tokens[k + 1].isWord;
  }
  return false;
}

/** Whether the token after `tokens[t]` joins more on to it: "and", "or", "but", "then" or a comma. */
function joinedOn(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1];
  return next !== undefined && (next.lower === ',' || COORDINATORS.has(next.lower));
}

/** Quantifiers that may follow their subject ("Brandt and Quill both said"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** How far back a relative clause between a subject and its verb is looked for ("who asked not to be named"). */
const RESTRICTIVE_RELATIVE_REACH = 10;

/**
 * The "who" opening a relative clause that runs, with no comma, up to `end` and has a verb of its own
 * ("… who spoke on condition of anonymity"), or -1.
 */
function restrictiveRelativeStart(tokens: readonly Token[], from: number, end: number): number {
  for (let k = end - 1; k > from && k >= end - RESTRICTIVE_RELATIVE_REACH; k--) {
    const token = tokens[k];
    // A clause of its own inside ("who gained fame when he yelled …") has its own subject.
    if (!token.isWord || PRONOUNS.has(token.lower) || SUBORDINATORS.has(token.lower) || token.lower === 'that') return -1;
    if (token.lower === 'who') return k < end - 1 && !tokens[k - 1].capitalised && tokens[k - 1].isWord ? k : -1;
  }
  return -1;
}

const FILLERS_BEFORE_CUE = new Set(['has', 'had', 'have', 'also', 'then', 'later', 'once', 'would', 'will', 'was', 'is', 'not', 'did']);

/** Common irregular past tenses, which end a subject read forwards ("Carly Fiorina threw her support …"). */
const IRREGULAR_PAST = new Set([
  'threw', 'took', 'made', 'gave', 'went', 'came', 'won', 'lost', 'spoke', 'got', 'put', 'set', 'led', 'left', 'met',
  'ran', 'saw', 'sent', 'spent', 'stood', 'struck', 'held', 'kept', 'brought', 'bought', 'built', 'began', 'broke',
  'chose', 'drew', 'drove', 'fell', 'felt', 'fought', 'found', 'grew', 'heard', 'hit', 'knew', 'let', 'meant',
  'paid', 'rose', 'sat', 'shook', 'shot', 'sold', 'sought', 'swore', 'taught', 'thought', 'tore', 'understood',
  'wore', 'withdrew', 'became', 'told', 'wrote', 'said', 'did', 'had', 'was', 'were',
]);

/** Nouns that end like adverbs ("the Lee family said"). */
const NOUNS_ENDING_IN_LY = new Set(['family', 'assembly', 'supply', 'monopoly', 'anomaly', 'butterfly', 'homily']);

/** "openly", "repeatedly": an adverb after a subject stands before its verb ("Lee openly admires …"). */
function isMannerAdverb(word: string): boolean {
  return word.length >= 6 && endsWithSuffix(word, 'ly') && !NOUNS_ENDING_IN_LY.has(word);
}

/** A lower-case word in -ed: a past form ("demonstrated"). */
function readsAsPastForm(token: Token): boolean {
  return token.isWord && !token.capitalised && endsWithSuffix(token.lower, 'ed');
}

/**
 * Whether the -ed word at `k` describes the noun after it: right after an article, maybe with an -ly adverb between
 * ("a hastily called meeting", "the retired surgeon"), a past form is no verb.
 */
function describesNounAfter(tokens: readonly Token[], from: number, k: number): boolean {
  if (!tokens[k].lower.endsWith('ed') || k - 1 < from) return false;
  return ARTICLES.has(tokens[k - 1].lower) ||
    (k - 2 >= from && ARTICLES.has(tokens[k - 2].lower) && tokens[k - 1].lower.endsWith('ly'));
}

/** A lower-case word that reads as a verb after the word before it ("Fallon responded", "Trump makes"). */
function readsAsVerb(word: string, previous: Token): boolean {
  if (endsWithSuffix(word, 'ed')) return true;
  // "Roe says …" has its verb after the name; "Roe’s aides …" has the noun the possessive owns.
  return previous.capitalised && !DETERMINERS.has(previous.lower) && !isPossessiveForm(previous.lower) &&
    endsWithSuffix(word, 's') && !endsWithSuffix(word, 'ss');
}

/**
 * Whether a word in -s after a singular noun for a person, a text or a body is the verb of a sentence's subject
 * ("The senator likes …", "The ad hits …", "The agency waves off …"). Only for the subject a sentence opens with:
 * inside other phrases the same pair is as often a noun and its plural ("the harbour master plans").
 */
function readsAsVerbAfterSubjectNoun(word: string, previous: Token): boolean {
  const noun = previous.lower;
  if (!endsWithSuffix(word, 's') || endsWithSuffix(word, 'ss') || previous.capitalised || endsWithSuffix(noun, 's')) return false;
  if (ROLE_WORDS.has(noun) || TEXT_NOUNS.has(noun) || isPersonNoun(noun)) return true;
  // "The agency waves off …"; but "the campaign ads", "the party leaders" are plurals that a body's noun modifies.
  return ORGANIZATION_NOUNS.has(noun) && !GROUP_NOUNS.has(word) && !TEXT_NOUNS.has(word) && !isPersonNoun(word.slice(0, -1));
}

/**
 * Whether the subject read over `range` may have used words that no speech verb reports: someone, a group, a text
 * for its authors ("The survey asks whether …", "the ad hits Smith for “…”") or a body for its officers ("The agency
 * declined to detail its “…”"); not another thing, nor a place. ("Party elders …" has the capitalised "Party" as a
 * modifier, not a body.)
 */
function subjectMayUseWords(tokens: readonly Token[], range: { start: number; end: number }, source: Source): boolean {
  if (source.kind === 'place') return false;
  if (source.kind !== 'thing') return true;
  const head = headWord(tokens, range.start, range.end);
  return TEXT_NOUNS.has(head) || (ORGANIZATION_NOUNS.has(head) && !tokens[range.end - 1].capitalised);
}

/** The head of the noun phrase `[start, end)`: its last word before a preposition ("report" in "the report of the …"). */
function headWord(tokens: readonly Token[], start: number, end: number): string {
  let head = '';
  for (let k = start; k < end && !NOUN_PHRASE_PREPOSITIONS.has(tokens[k].lower); k++) if (tokens[k].isWord) head = tokens[k].lower;
  return head;
}

/** Whether the phrase at `start` counts a share of people in its first words: "31 percent of", "just 8%". */
function countsShare(tokens: readonly Token[], start: number): boolean {
  for (let k = start; k < Math.min(start + SHARE_WORDS, tokens.length); k++) {
    if (tokens[k].lower === 'percent' || endsWithSuffix(tokens[k].lower, '%')) return true;
  }
  return false;
}

/**
 * Whether the noun phrase `[start, end)` is a poll: a poll noun before any preposition ("a poll of 1,000 voters
 * released Monday", not "a speech to the survey team").
 */
function namesPoll(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end && !NOUN_PHRASE_PREPOSITIONS.has(tokens[k].lower); k++) {
    if (POLL_NOUNS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Where the run of capitalised words (a speaker's label, "Jane Roe", "Sen. Roe") before a colon starts. */
function colonLabelStart(tokens: readonly Token[], from: number, colon: number): number {
  let labelStart = colon;
  while (labelStart > from && colon - labelStart < 6 && (tokens[labelStart - 1].capitalised ||
    tokens[labelStart - 1].lower === '.')) labelStart--;
  return labelStart;
}

/** The next comma or dash in `[from, to)`: where an introductory phrase may end. */
function findForward(tokens: readonly Token[], from: number, to: number, lower: string): number {
  for (let k = from; k < to; k++) if (tokens[k].lower === lower) return k;
  return -1;
}

const DASHES = new Set(['-', '—', '–', '―']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Verbs after an empty "it" ("It was …", "It seems …"; negated ones with "n’t" set aside: "wasn’t", "won’t"). */
const FORMS_OF_BE = new Set([
  'is', 'was', 'will', 'wo', 'would', 'seems', 'seemed', 'may', 'might', 'could', 'has', 'had', 'does', 'did', '’s', "'s",
]);
/** How many words the subject of a closing clause joined on by "and" may have ("and her husband cut in"). */
const JOINED_SUBJECT_WORDS = 4;
/** How long a paragraph signing the quotation above it may be ("- Jane Roe, a nurse from Ohio."). */
const SIGNATURE_PARAGRAPH_LENGTH = 80;
/** Dashes that sign a quotation with its speaker's name (`“…” ― Name`, `“…” — Name`). */
const SIGNATURE_DASHES = new Set(['―', '—', '–']);
/** How many tokens a noun for a body may take with its modifiers and determiner ("the city police department"). */
const BODY_NOUN_TOKENS = 4;
/** How many tokens a title or role before a name in an appositive may take ("state Sen.", "her chief of staff"). */
const APPOSITIVE_TITLE_TOKENS = 4;
/** Past forms of verdicts, passive when the words follow at once ("emails rated “confidential”"). */
const VERDICT_PARTICIPLES = new Set(['rated', 'ruled', 'judged', 'deemed']);
/** How many tokens at a sentence's end a set-off attribution may take (", Kunin said in an interview ."). */
const CLOSING_ATTRIBUTION_TOKENS = 10;
/** How far past a `?”` or `!”` the attribution opening the next sentence is looked for, in characters. */
const NEXT_SENTENCE_REACH = 200;
/** How many tokens a dash signature's name may take ("Rep. Ana M. Ruiz"). */
const SIGNATURE_MAX_WORDS = 6;
const COORDINATORS = new Set(['and', 'but', 'or', 'then']);

/** The index of the last token before `before` that is not a filler ("also", "has"), or `from - 1`. */
function previousNonFiller(tokens: readonly Token[], from: number, before: number): number {
  let k = before - 1;
  while (k >= from && isFiller(tokens[k])) k--;
  return k;
}

/** How many tokens after a quote its cue may stand and still read as its own (`“…,” the senator from X said`). */
const NEAR_CUE_WINDOW = 16;
/** How many words may follow a quote the sentence runs on from before its cue (`“…” Smith added`). */
const NEAR_CUE_WORDS_AFTER_RUN_ON = 4;
const COMMA = 0x2c;
/** Marks that, closing a quote's words, set it off from the writer's sentence after it (`“…,” X said`). */
const SETTING_OFF_MARKS = new Set([',', '!', '?', '—', '–', '-'].map((mark) => mark.charCodeAt(0)));
/** Marks that, closing a later quote's words, set off the cue after it as a comma would (`“…,” he says`). */
const COMMA_LIKE_MARKS = new Set([',', '!', '?'].map((mark) => mark.charCodeAt(0)));
/** Punctuation that may stand between a quote and its cue (a currency sign in a name: "the $20 Club"). */
const NEAR_CUE_PUNCTUATION = new Set(['.', ',', '-', '—', '–', '(', ')', '&', '$', '€', '£']);
/** Indefinite pronouns that stand for speakers ("Another said", "read one", "Others chanted"). */
const INDEFINITE_SPEAKERS = new Set(['another', 'one', 'others', 'some', 'many', 'several', 'both', 'few', 'someone', 'somebody']);
/** How many tokens before a quote a possessive noun of saying may stand ("Trump’s call for a total ban on “…”"). */
const POSSESSIVE_REACH = 16;
/** Nouns of saying: with a possessive, they name whose words follow. */
const SPEECH_NOUNS = new Set([
  'call', 'calls', 'claim', 'claims', 'warning', 'warnings', 'promise', 'promises', 'pledge', 'vow', 'remark', 'remarks',
  'comment', 'comments', 'words', 'statement', 'assertion', 'description', 'slogan', 'mantra', 'motto', 'tweet',
  'tweets', 'quip', 'accusation', 'insistence', 'argument', 'contention', 'suggestion', 'prediction', 'boast',
  'refrain', 'catchphrase', 'dictum', 'demand', 'declaration', 'admission', 'answer', 'reply', 'response', 'message',
  'chant', 'chants', 'cry', 'cries',
  'shout', 'shouts', 'retort',
]);
/** How many tokens an inverted cue's subject and its appositive may take before a participle's comma. */
const INVERTED_SUBJECT_WORDS = 16;
/** Words of time that may stand between a comma and the participle it sets off: ", before calling …". */
const PARTICIPLE_TIME_WORDS = new Set(['before', 'after', 'while', 'then']);
/** Modal verbs, which a capitalised name may look like ("Will", "May"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
/** Nouns of saying whose predicate names the words themselves ("Her slogan is “…”"). */
const SLOGAN_NOUNS = new Set(['slogan', 'mantra', 'motto', 'refrain', 'catchphrase']);
/** Words that join a noun of saying to its content ("call for", "claim that", "warning:"). */
const SPEECH_NOUN_LINKS = new Set(['that', 'for', 'of', 'to', ':', ',', 'about', 'on']);
/** Possessive pronouns, with the pronoun each resolves as. */
const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);
/** Adverbs set between commas inside a clause ("Smith, meanwhile, said"), which are never its subject. */
const PARENTHETICAL_ADVERBS = new Set([
  'meanwhile', 'however', 'though', 'too', 'also', 'instead', 'moreover', 'nevertheless', 'nonetheless', 'therefore',
  'likewise', 'meantime', 'incidentally', 'separately', 'later', 'earlier', 'today', 'yesterday', 'then',
]);
/** How many words may follow a term in its phrase before a comma and a reporting "as" ("“regional” candidate, as"). */
const NOUNS_AFTER_TERM = 2;
/** How many tokens a title and a name may take ("Former Gov. Ada M. Quill"). */
const NAME_WITH_TITLE_TOKENS = 8;
/** Pronouns that stand as a clause's subject (not "it", which is as often empty: "it is clear that …"). */
const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words that open a subordinate clause ("when Roe knocked …", "as Roe denounced …"). */
const SUBORDINATORS = new Set(['when', 'as', 'while', 'because', 'after', 'before', 'since', 'although', 'though', 'once', 'until']);
/** How far back "so" or "such" may stand before the "that" of a clause of result ("such a force on the quay that"). */
const RESULT_CLAUSE_REACH = 8;
/** The most tokens an appositive between a name and its "who" holds ("Roe, a retired nurse from the bay, who"). */
const APPOSITIVE_MAX_TOKENS = 9;
/** The longest appositive read for a role after a name: "a retired teacher at Harbour Point Middle School". */
const APPOSITIVE_ROLE_MAX_LENGTH = 80;
/** The characters that close an appositive: a comma, a full stop, a semicolon, a dash or a line break. */
const APPOSITIVE_ROLE_ENDS = new Set([0x2c, 0x2e, 0x3b, 0x2014, 0x2013, 0x0a, 0x0d]);
/** The longest noun for kin that tells a gender ("granddaughter"): a longer word is not cut out to be looked up. */
const KIN_NOUN_MAX_LENGTH = 13;
/** How far back (in characters) "the union" looks for the union it stands for: several paragraphs of news. */
const BODY_NOUN_REACH = 4000;
/** The most tokens between "quoted" and "as saying": "quoted Wassim Bouhlel, a Nice native, as saying". */
const QUOTED_PHRASE_MAX_TOKENS = 16;
/** The participles of saying after "quoted X as": "as saying", "as telling reporters", "as writing". */
const SAYING_PARTICIPLES = new Set(['saying', 'telling', 'writing', 'stating', 'declaring', 'warning']);
/** The most tokens "To" and its person may take before their comma: "To the retired pilots of the bay,". */
const VIEWPOINT_WORDS = 8;
/** Passive participles that take an agent and an "as" before what the agent calls a thing: "seen by critics as". */
const AS_PARTICIPLES = new Set([
  'seen', 'known', 'viewed', 'regarded', 'described', 'labeled', 'labelled', 'branded', 'characterized', 'characterised',
  'portrayed', 'perceived', 'hailed', 'derided', 'dismissed', 'denounced', 'cast', 'painted', 'billed', 'touted',
]);
/** The most words an agent may take between "by" and "as": "by some of the Republicans in the House as". */
const AGENT_WORDS = 8;
/** The longest paragraph read as a headline (see `isHeadline`). */
const HEADLINE_MAX_LENGTH = 160;
/** Nouns of amount that count what follows their "of": "a lot of people", "a number of voters". */
const AMOUNT_NOUNS = new Set(['lot', 'number', 'handful', 'couple', 'majority', 'minority', 'group']);
/** The most adverbs read back over between a contracted "’s" and its participle: "what’s today typically called". */
const CONTRACTION_ADVERBS = 4;
/** Words whose contracted "’s" is "is": "what’s called", "it’s known as". */
const IMPERSONAL_SUBJECTS = new Set(['what', 'that', 'it', 'which', 'this', 'there']);
/** Nouns for polls, whose findings are the words of the share of people they count. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** How far back from a cue the subordinator of its clause is looked for: "once the state Senate goes on". */
const SUBORDINATE_CUE_REACH = 6;
/** How far into a subject its share is read: "just 8 percent", "31% of". */
const SHARE_WORDS = 3;
/** How many tokens before its comma a person named for "who" may stand ("Jane Roe on camera, who …"). */
const RELATIVE_PERSON_REACH = 6;
/** The most tokens from a noun of saying to the quote across a phrase ("argument in favor of “…”"). */
const LINKED_PHRASE_TOKENS = 5;
/** Words that introduce someone new ("a longshoreman", "another resident", "one voter"). */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'another', 'one']);
/** Verbs whose "to" and cue say what their own subject says ("used to say", "wants to tell"), besides past forms in -ed. */
const CONTROLLING_VERBS = new Set([
  'used', 'want', 'wants', 'had', 'has', 'have', 'going', 'like', 'likes', 'love', 'loves', 'need', 'needs', 'tried', 'began',
  'seem', 'seems', 'refuse', 'refuses', 'decline', 'declines',
]);
/** Pronouns that are objects, never a subject ("Ask yourself: …", "Tell them: …" are the writer's imperatives). */
const OBJECT_PRONOUNS = new Set([
  'you', 'me', 'us', 'him', 'them', 'yourself', 'yourselves', 'myself', 'ourselves', 'himself', 'herself', 'themselves', 'itself',
]);
/**
 * Words that join on a clause with its own subject: "…, while the governor loves …", "in which Roe …", "why Roe …",
 * "… its history — Roe cites …" (an em or en dash opens a clause as "and" does).
 */
const JOINED_CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'when', 'which', 'why', '—', '–']);
/** Words that open the clause a colon closes with a subject of its own: "so odd that a spokesman could only quip:". */
const COLON_CLAUSE_OPENERS = new Set([...JOINED_CLAUSE_OPENERS, 'that']);
/** Words that open a subordinate clause a participle after its comma may hang from ("where the crowd gathered, chanting"). */
const PARTICIPLE_CLAUSE_OPENERS = new Set(['where', 'when', 'while']);
/** Words that open a clause of its own whose subject follows ("and he …", "even though she …", ", they …"). */
const CLAUSE_OPENERS = new Set([',', ';', 'and', 'but', 'though', 'although', 'while', 'because', 'so', 'when', 'after', 'before', 'since', 'as', 'why', 'once', 'until', 'where', 'which']);
/** Whether the hyphen token `token` has a blank on either side: a dash typed as " - " or " -- ". */
function isTypedDash(text: string, token: Token): boolean {
  return isBlank(text.charCodeAt(token.start - 1)) || isBlank(text.charCodeAt(token.end));
}

/**
 * How many tokens the dash ending at `at` takes: 1 for an em or en dash, 2 for a typed "--" (two hyphens), 0 when
 * there is none.
 */
function dashWidth(tokens: readonly Token[], from: number, at: number): number {
  if (at < from) return 0;
  if (APPOSITIVE_DASHES.has(tokens[at].lower)) return 1;
  return at > from && tokens[at].lower === '-' && tokens[at - 1].lower === '-' && tokens[at - 1].end === tokens[at].start ? 2 : 0;
}

/** Cues that take no object, so a name right after them is their subject ("said Jones", "added Smith"). */
const INTRANSITIVE_CUES = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'noted', 'explained']);
/** Prepositions a quote's subject may hold between the quote and the cue ("a message on the website reads"). */
const SUBJECT_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'about']);
/** Dashes that set off an appositive between a subject and its verb ("X — a teacher from Y — says"). */
const APPOSITIVE_DASHES = new Set(['—', '–']);

/** Past participles of verbs of perception: "was heard saying", "can be seen telling". */
const PERCEPTION_PARTICIPLES = new Set(['heard', 'overheard', 'seen', 'caught', 'filmed', 'recorded']);
/** Nouns for a telling of what someone said, whose writer gives the words ("an account of Roe saying …"). */
const REPORT_NOUNS = new Set([
  'account', 'accounts', 'report', 'reports', 'story', 'stories', 'description', 'recollection', 'memoir', 'book',
]);
/** Verbs whose object a participle after it describes as seen or heard ("shows the mayor saying …"). */
const SHOWING_VERBS = new Set([
  'show', 'shows', 'showed', 'showing', 'hear', 'hears', 'heard', 'see', 'sees', 'saw', 'watch', 'watches', 'watched',
  'catch', 'catches', 'caught', 'capture', 'captures', 'captured', 'feature', 'features', 'featured', 'depict',
  'depicts', 'depicted', 'film', 'filmed',
]);
/** Forms of "be" before a past participle: the cue is passive ("was asked", "were told"). */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Words between a passive cue and the quote that completes it ("described as a “…”"). */
const COMPLEMENT_OPENERS = new Set(['as', 'a', 'an', 'the']);
/**
 * A courtesy title ending a description before a name, with the blanks and commas around it ("Mr", "Mrs.", "Ms"),
 * and "Dr" after a description ("lead author Dr Mei Chen"), which is then the role; alone, "Dr" is one.
 */
const COURTESY_TITLE_AT_END = /(?:(?:^|[\s,]+)(?:Mr|Mrs|Ms|Miss|Mx)\.?|[\s,]+Dr\.?)?[\s,]*$/u;

/** Irregular past participles of cues, which follow "is" or "was" in the passive ("was told", "is said to …"). */
const IRREGULAR_PASSIVE_CUES = new Set(['told', 'said', 'written', 'known', 'seen', 'heard', 'shown', 'sworn', 'quoted', 'found']);

/**
 * Irregular past participles that open a participle phrase before the subject ("Told of the ruling, Quill …",
 * "Born in Ohio, …"); not "said", which opens an inverted attribution ("Said Roe, …").
 */
const OPENING_IRREGULAR_PARTICIPLES = new Set([
  'told', 'shown', 'given', 'known', 'seen', 'written', 'taken', 'caught', 'found', 'heard', 'born', 'sworn', 'driven',
  'shaken', 'struck', 'beaten', 'left', 'brought', 'hit', 'stung',
]);

/** Whether a cue's word reads as a past participle, as in a passive ("was asked", "is said", "written by"). */
function isPassiveCueForm(word: string): boolean {
  return endsWithSuffix(word, 'ed') || IRREGULAR_PASSIVE_CUES.has(word);
}
/** Passive cues whose subject is the one addressed, not the speaker ("Smith was asked, “…”"). */
const PASSIVE_QUESTION_CUES = new Set(['asked', 'told', 'questioned', 'pressed', 'quizzed']);
/** How many tokens a dateline may run before its dash ("WASHINGTON, Dec. 8 (UPI) —"). */
const DATELINE_TOKENS = 12;
/** "is telling", "was saying": the participle is the verb of its own clause. */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'keep', 'keeps', 'kept', '’s', "'s", '’re', "'re"]);

/** Nouns of time after "this", "last" or "next" ("this week", "last spring"). */
const TIME_NOUNS = new Set([
  'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'time', 'spring', 'summer', 'fall',
  'autumn', 'winter', 'season', 'term', 'session', 'cycle', 'decade', 'century', 'quarter',
]);

/** Whether `quote` is left open and its closing mark ends the paragraph `below` (see `findSignatureInMarks`). */
function marksCloseBelow(quote: FoundQuote, below: string): boolean {
  return !/["”»]$/u.test(quote.text) && /["”»]\s*$/u.test(below);
}

/** Whether `token` names a time: a noun of time or a capitalised day ("this week", "last Tuesday"). */
function isTimeWord(text: string, token: Token): boolean {
  return TIME_NOUNS.has(token.lower) || TIME_UNITS.has(token.lower) || DAY_WORD.test(text.slice(token.start, token.end));
}

/** Words that open an adverbial before a subject when no comma sets it off ("On Sunday Smith said"). */
const LEADING_ADVERBIALS = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later']);
/** How many tokens an introductory phrase may run before its comma. */
const INTRODUCTION_REACH = 24;
/** Words that open an introductory phrase, which a comma closes before the subject ("While in Iowa, Trump …"). */
const INTRODUCTORY_WORDS = new Set([
  ...LEADING_ADVERBIALS, 'over', 'during', 'after', 'before', 'since', 'for', 'with', 'without', 'under', 'amid',
  'despite', 'while', 'when', 'as', 'although', 'though', 'because', 'if', 'following', 'like', 'unlike', 'by',
  'from', 'to', 'speaking', 'asked', 'once', 'until', 'upon', 'within', 'throughout', 'instead', 'still',
  'meanwhile', 'however', 'now', 'then', 'yet', 'also', 'indeed', 'moreover', 'likewise', 'similarly', 'again',
  'given', 'even', 'among', 'here', 'there', 'outside', 'inside', 'across', 'around', 'near', 'back',
]);

/**
 * Whether the "that" at `k` opens a clause of result after "so" or "such" ("grew into such a power that Roe visited
 * …", "grew so strong that …"): a clause of its own, not words reported by a verb before it.
 */
function opensResultClause(tokens: readonly Token[], from: number, k: number): boolean {
  if (tokens[k].lower !== 'that') return false;
  for (let t = k - 1; t >= from && t >= k - RESULT_CLAUSE_REACH; t--) {
    if (!tokens[t].isWord) return false;
    if (tokens[t].lower === 'so' || tokens[t].lower === 'such') return t + 1 < k;
  }
  return false;
}

/**
 * The sentence's first word after coordinators and fillers, and a comma setting off a coordinator ("And, when …" →
 * "when"), from `from` and at most `end`.
 */
function openingWord(tokens: readonly Token[], from: number, end: number): number {
  let start = from;
  while (start < end && (COORDINATORS.has(tokens[start].lower) || isFiller(tokens[start]) ||
    (start > from && tokens[start].lower === ',' && COORDINATORS.has(tokens[start - 1].lower)))) start++;
  return start;
}

/** Whether the sentence opens with an introductory phrase: one of those words, or a word and a comma. */
function isIntroductory(tokens: readonly Token[], start: number, end: number, text: string): boolean {
  const first = tokens[start];
  if (INTRODUCTORY_WORDS.has(first.lower)) return true;
  // "Finally, …", "Separately the …": an adverb in -ly; not a name that ends like one ("Carly Fiorina", "Kelly Ayotte").
  if (endsWithSuffix(first.lower, 'ly') && first.lower.length > 4 && !(start + 1 < end && tokens[start + 1].capitalised)) return true;
  if (TIME_UNITS.has(first.lower)) return true; // "Hours later, …", "Minutes after the vote, …"
  if (endsWithSuffix(first.lower, 'ed') || endsWithSuffix(first.lower, 'ing')) return true; // "Preceded at the lectern by …,"
  if (OPENING_IRREGULAR_PARTICIPLES.has(first.lower)) return true; // "Told of the ruling, …", "Shown the photo, …"
  // "Sunday morning, …", "In March, …": a day or a month opens a phrase of time, not the subject.
  const firstText = text.slice(first.start, first.end);
  if (isDayOrMonth(firstText) && findForward(tokens, start + 1, Math.min(end, start + 4), ',') > 0) {
    return true;
  }
  // "A month later, …", "Likewise, …": a few lower-case words (after a sentence word) before a comma.
  const firstIsName = first.capitalised && !SENTENCE_WORDS.has(firstText);
  if (firstIsName || PRONOUNS.has(first.lower)) return false;
  for (let k = start + 1; k < end && k < start + 6; k++) {
    // "Another critic, Lauren Tribble, likened …": a description named by the appositive after it is the subject.
    if (tokens[k].lower === ',') return !(DETERMINERS.has(first.lower) && namedAppositiveEnd(tokens, k, end) > 0);
    if (tokens[k].capitalised || !tokens[k].isWord) return false;
  }
  return false;
}

/** The closing comma of a run of capitalised words set off after the comma at `comma` (", Lauren Tribble,"), or -1. */
function namedAppositiveEnd(tokens: readonly Token[], comma: number, end: number): number {
  let word = comma + 1;
  while (word < end && word - comma <= 6 && (tokens[word].capitalised || tokens[word].lower === '.')) word++;
  return word > comma + 1 && word < end && tokens[word].lower === ',' ? word : -1;
}

/** Whether the word at `k` can open a subject: a name, a pronoun, a determiner, or a role before a name. */
function opensSubject(tokens: readonly Token[], k: number, end: number): boolean {
  const token = tokens[k];
  // "After the show, (conservative) commentator Ada Quill imagined …": a lower-case role, maybe after one modifier,
  // before a name opens the subject too.
  const role = isRoleNoun(token.lower) ? k : k + 1 < end && token.isWord && isRoleNoun(tokens[k + 1].lower) ? k + 1 : -1;
  return token.capitalised || PRONOUNS.has(token.lower) || DETERMINERS.has(token.lower) ||
    (APPROXIMATORS.has(token.lower) && opensCount(tokens, k, end)) ||
    (role >= 0 && role + 1 < end && tokens[role + 1].capitalised);
}

/** Words that make a number that follows them approximate ("about 200 protesters"). */
const APPROXIMATORS = new Set(['about', 'nearly', 'roughly', 'around', 'almost', 'approximately', 'some']);

/** Words that count people in the plural ("Hundreds of dockers", "Dozens …"). */
const COUNTING_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores']);

/**
 * Whether a count of people opens at `k`: "Hundreds of …", or a number, maybe after a word that makes it
 * approximate ("200 dockers", "about 200 dockers"), with a word after the number; a number the comma of a date
 * follows ("Jan. 5, 2016, …") counts nothing.
 */
function opensCount(tokens: readonly Token[], k: number, end: number): boolean {
  const lower = tokens[k].lower;
  if (COUNTING_WORDS.has(lower)) return true;
  const number = APPROXIMATORS.has(lower) ? k + 1 : k;
  return number + 1 < end && startsWithDigit(tokens[number].lower) && tokens[number + 1].isWord;
}

/** Prepositions that may open a sentence's participle phrase ("In declaring …,", "After calling …,"). */
const OPENING_PARTICIPLE_PREPOSITIONS = new Set([
  'after', 'before', 'in', 'by', 'while', 'when', 'since', 'upon', 'on', 'without', 'despite',
]);

/** Prepositions a participle of moving or standing takes its place with ("marching through the square"). */
const PARTICIPLE_OBJECT_PREPOSITIONS = new Set([
  'through', 'near', 'outside', 'inside', 'along', 'across', 'around', 'into', 'onto', 'toward', 'towards', 'past',
  'behind', 'beside', 'down', 'up', 'over', 'under', 'on', 'in', 'at', 'by', 'from',
]);

/** Prepositions of time or place before a capitalised word that is not the subject ("on Friday", "in Iowa"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since', 'until', 'by']);

/** Whether a pronoun of `wanted` gender may stand for someone of `actual` gender (either unknown: yes). */
function compatibleGender(wanted: Gender | null, actual: Gender | null): boolean {
  return wanted === null || actual === null || wanted === actual;
}

function confidenceOf(method: AttributionMethod, source: Source): number {
  const base = method === 'follow-on' ? FOLLOW_ON_CONFIDENCE : method === 'bracketed' ? 0.8 : 0.9;
  if (source.kind === 'pronoun') return source.antecedent ? base - 0.15 : base - 0.4;
  if (source.kind === 'thing') return base - 0.2;
  return base;
}

/**
 * The document's tokens: one array kept from one document to the next with the token objects in it, each slot's
 * object rewritten in place by the next document (see {@link tokenSlot}). A document's tokens all live until its
 * attribution ends, about a hundred thousand for a megabyte of news: made new each time, every one (and the array,
 * growing to hold them) was copied by the collections of the young generation that ran meanwhile, which cost more
 * than making them. Results never hold a token (spans are copied out of them), so once `run` is done they are free.
 * Documents are attributed one at a time, start to end, so one array serves them all.
 */
const documentTokens: Token[] = [];
/**
 * The words around a nested quotation, in a parent quotation's words: one array rewritten in place from one nested
 * quotation to the next, as {@link documentTokens} is from one document to the next.
 */
const nestedTokens: Token[] = [];
/**
 * `cueStartsBefore` (see `Attributor`) for {@link nestedTokens}, so that the look-arounds in a parent's words end
 * where no cue lies ahead, as they do in the document's. The words read span at most twice the nested reach, and no
 * character gives more than one token.
 */
const nestedCueStartsBefore = new Int32Array(2 * NESTED_REACH_CHARACTERS + 2);
/**
 * Objects nothing holds at the moment, kept to be used again, `limit` at most: a document's tokens and sentences live
 * until its attribution ends, and made new for each document, every one was copied by the collections of the young
 * generation that ran meanwhile (see {@link documentTokens}).
 */
class Spares<T> {
  private readonly items: T[] = [];
  /**
   * How many of `items` are spare: the slots past it hold stale references. A count of its own rather than the
   * array's length, as popping an array shrinks its storage and pushing grows it again, a new copy each time.
   */
  private count = 0;

  constructor(private readonly limit: number) {}

  take(): T | undefined {
    return this.count > 0 ? this.items[--this.count] : undefined;
  }

  give(item: T): void {
    if (this.count < this.limit) this.items[this.count++] = item;
  }

  /** Keeps at most `limit` objects, stale references included, so that memory stays bounded. */
  bound(limit: number): void {
    if (this.items.length <= limit) return;
    this.items.length = limit;
    this.count = Math.min(this.count, limit);
  }
}

/**
 * At most this many tokens (some 40 MB) are kept for the next document, so that memory stays bounded after a huge one:
 * enough for ten megabytes of news. A smaller document's own tokens replace them.
 */
const KEPT_TOKENS = 1 << 20;
/**
 * Token objects no array holds at the moment, for the next token put past an array's end (see {@link tokenSlot}). An
 * array cut shorter ({@link cutTokens}) leaves its objects here: the document's tokens are cut to the sentences
 * holding quotes before the sentences read later are added after them, and without this each of those was a new
 * object for every document (a fifth of its tokens), and each nested quotation's words were new objects too.
 */
const spareTokens = new Spares<Token>(KEPT_TOKENS);
/**
 * Sentence objects of the documents before, for the next one's (see `Attributor.addSentence`): at most as many as
 * some seventeen megabytes of news hold.
 */
const spareSentences = new Spares<Sentence>(1 << 17);

/** Cuts `tokens` to its first `count`, the objects cut off kept for later tokens (see {@link spareTokens}). */
function cutTokens(tokens: Token[], count: number): void {
  for (let t = tokens.length - 1; t >= count; t--) spareTokens.give(tokens[t]);
  tokens.length = count;
}

/**
 * The counts of `Attributor.cueStartsBefore`, kept from one document to the next as the tokens are: made anew, a
 * megabyte of news took a few hundred kilobytes of them, and as much again, copied, once the sentences read late
 * outgrew them.
 */
let cueStartCounts = new Int32Array(1);

/** {@link cueStartCounts}, grown to hold at least `count` counts, those it holds kept. */
function cueStartCountsFor(count: number): Int32Array<ArrayBuffer> {
  if (cueStartCounts.length < count) {
    const grown = new Int32Array(Math.max(2 * cueStartCounts.length, count));
    grown.set(cueStartCounts);
    cueStartCounts = grown;
  }
  return cueStartCounts;
}

/**
 * Lets the finished document's tokens, which nothing reads any more, wait for the next, within {@link KEPT_TOKENS}
 * (their counts of cue starts too).
 */
function keepTokensBounded(tokens: Token[]): void {
  if (tokens.length > KEPT_TOKENS) tokens.length = KEPT_TOKENS;
  if (cueStartCounts.length > KEPT_TOKENS + 1) cueStartCounts = new Int32Array(KEPT_TOKENS + 1);
  spareTokens.bound(KEPT_TOKENS - tokens.length);
}

/**
 * The token object at `out[at]`, `at` at most `out.length`, for the caller to rewrite: past the end a spare one (see
 * {@link spareTokens}) or a new one is added; one already there, an earlier document's (see {@link documentTokens}),
 * is reused.
 */
function tokenSlot(out: Token[], at: number): Token {
  if (at === out.length) {
    out.push(spareTokens.take() ?? { start: 0, end: 0, lower: '', isWord: false, capitalised: false, cueStart: false, quote: -1 });
  }
  return out[at];
}

/** Sets `out[at]` (see {@link tokenSlot}). */
function putToken(out: Token[], at: number, start: number, end: number, lower: string, isWord: boolean,
  capitalised: boolean, cueStart: boolean, quote: number): void {
  const token = tokenSlot(out, at);
  token.start = start;
  token.end = end;
  token.lower = lower;
  token.isWord = isWord;
  token.capitalised = capitalised;
  token.cueStart = cueStart;
  token.quote = quote;
}

/**
 * Sets `cueStartsBefore[t + 1]` for each `t` in `[from, to)`: how many tokens up to `tokens[t]` may start a cue,
 * counting on from `cueStartsBefore[from]`. A function of its own that stores nothing on the attributor: written as
 * a method, its loop was compiled while it ran, and the store after the loop (V8 found no type feedback for it)
 * threw that compiled code away on every document.
 */
function countCueStarts(tokens: readonly Token[], from: number, to: number, cueStartsBefore: Int32Array): void {
  for (let t = from; t < to; t++) {
    cueStartsBefore[t + 1] = cueStartsBefore[t] + (tokens[t].cueStart ? 1 : 0);
  }
}

/**
 * Puts the first and the last token of `text[start, end)` (one token when it holds one) in `out` from `out[count]`
 * on (see {@link putToken}); returns the number of tokens `out` holds then. Each is found by tokenizing only the
 * word or mark that holds it (a mark, a blank or the text's end stands on either side of a word).
 */
function putEndTokens(text: string, start: number, end: number, out: Token[], count: number): number {
  if (start >= end) return count;
  // A word runs on over word characters, and over an apostrophe or a hyphen with word characters on both sides.
  let firstEnd = start + 1;
  if (isWordCode(text.charCodeAt(start))) {
    while (firstEnd < end && (isWordCode(text.charCodeAt(firstEnd)) || (isInnerJoiner(text.charCodeAt(firstEnd)) &&
      firstEnd + 1 < end && isWordCode(text.charCodeAt(firstEnd + 1))))) firstEnd++;
  }
  let lastStart = end - 1;
  if (isWordCode(text.charCodeAt(lastStart))) {
    while (lastStart > start && (isWordCode(text.charCodeAt(lastStart - 1)) || (isInnerJoiner(text.charCodeAt(lastStart - 1)) &&
      lastStart - 1 > start && isWordCode(text.charCodeAt(lastStart - 2))))) lastStart--;
  }
  if (tokenize(text, start, firstEnd, END_TOKENS, 0) === 0) return count;
  putCopy(out, count++, END_TOKENS[0]);
  const first = END_TOKENS[0].start;
  const last = END_TOKENS[tokenize(text, lastStart, end, END_TOKENS, 0) - 1];
  if (last.start !== first) putCopy(out, count++, last);
  return count;
}

/** The tokens of a word or mark read by {@link putEndTokens} (two at most), rewritten from one to the next. */
const END_TOKENS: Token[] = [];

/** Sets `out[at]` (see {@link tokenSlot}) to a copy of `token`, whose cue test is copied too rather than made again. */
function putCopy(out: Token[], at: number, token: Token): void {
  const copy = tokenSlot(out, at);
  copy.start = token.start;
  copy.end = token.end;
  copy.lower = token.lower;
  copy.isWord = token.isWord;
  copy.capitalised = token.capitalised;
  copy.cueStart = token.cueStart;
  copy.quote = token.quote;
}

/** The token standing for a whole quotation (or a piece of one). */
function quoteToken(span: Span, quote: number): Token {
  return { start: span.start, end: span.end, lower: '', isWord: false, capitalised: false, cueStart: false, quote };
}

/** Sets `out[at]` (see {@link tokenSlot}) to the token standing for a quotation (or a piece of one). */
function putQuoteToken(out: Token[], at: number, span: Span, quote: number): void {
  putToken(out, at, span.start, span.end, '', false, false, false, quote);
}

/**
 * Puts the word and punctuation tokens of `text[start, end)` in `out` from `out[count]` on (see {@link putToken}),
 * by default after its last; returns the number of tokens `out` holds then, from its start.
 */
function tokenize(text: string, start: number, end: number, out: Token[], count = out.length): number {
  // A word's characters are read once, for its end, its case and its hash in the table of shared lower-cased words,
  // which gives most words without a new string. Words the table does not take (letters beyond ASCII, long words)
  // are cut from the stretch lower-cased at once, built only when one occurs; where lower-casing changes the length
  // (a rare letter such as "İ"), offsets would drift, so such a word is lower-cased on its own.
  let lowered: string | null = null;
  // The tables and the hash the loop over characters uses, read into locals once per call: a name of this module
  // (or an imported one) is a slot of the module's context, and each read of it in the loop was a load, a check that
  // it is initialised and a check of its kind, per character (measured: an eighth fewer instructions tokenizing a
  // whole megabyte; on the short stretches the stage tokenizes, within the count's noise).
  const asciiWordCodes = ASCII_WORD_CODES;
  const wordCodes = WORD_CODES;
  const hashOn = wordHash;
  const shareableLength = SHARED_WORD_MAX_LENGTH;
  let i = start;
  // Each character is read once (the one that stops a word is carried over as the next to look at): reading a
  // character costs more than the tests made on it.
  let code = i < end ? text.charCodeAt(i) : 0;
  while (i < end) {
    if (isWordCode(code)) {
      let j = i;
      /** The character at `j`, a word character at the top of the loop; once past the word, the one that stopped it. */
      let wordCode = code;
      let hash = 0;
      let shareable = true;
      let capitalised = false;
      /** Whether an inner apostrophe joins the word: only then can it be a contraction such as "he’s". */
      let hasApostrophe = false;
      for (;;) {
        // ASCII letters and digits, the bulk of a word, in a loop of their own: one read of the table tells that the
        // word goes on and gives the code the table of shared words stores (measured: an eighth fewer of the
        // tokenizer's instructions than a test of each character's range, then a read of the table, in one loop for
        // every kind of character).
        let shared = 0;
        while (wordCode < 0x80 && (shared = asciiWordCodes[wordCode]) !== 0) {
          capitalised ||= wordCode >= 0x41 && wordCode <= 0x5a;
          if (j - i < shareableLength) wordCodes[j - i] = shared;
          hash = hashOn(hash, shared);
          if (++j === end) break;
          wordCode = text.charCodeAt(j);
        }
        if (j === end) break;
        if (wordCode >= 0x80 && isWordCode(wordCode)) {
          // A letter beyond ASCII, whose lower case the table of shared words does not tell.
          shareable = false;
          if (j - i < shareableLength) wordCodes[j - i] = -1;
          hash = hashOn(hash, -1);
          if (++j === end) break;
          wordCode = text.charCodeAt(j);
          continue;
        }
        // Inner apostrophes and hyphens belong to the word (don’t, Russia’s, al-Assad); a trailing one does not.
        if (j + 1 === end || !isInnerJoiner(wordCode)) break;
        const next = text.charCodeAt(j + 1);
        if (!isWordCode(next)) break;
        hasApostrophe ||= wordCode !== 0x2d;
        if (j - i < shareableLength) wordCodes[j - i] = wordCode;
        hash = hashOn(hash, wordCode);
        j++;
        wordCode = next;
      }
      let lower: string;
      let cueStart: boolean;
      if (shareable && j - i <= SHARED_WORD_MAX_LENGTH) {
        lower = sharedLowerCaseWord(j - i, hash, wordCodes);
        // The hash read with the characters tells a cue's first word too, with no look-up by string.
        cueStart = mayStartCueHashed(hash, wordCodes, j - i);
      } else {
        lowered ??= text.slice(start, end).toLowerCase();
        if (lowered.length === end - start) {
          lower = lowered.slice(i - start, j - start);
          capitalised = false;
          for (let k = i; k < j && !capitalised; k++) capitalised = text.charCodeAt(k) !== lowered.charCodeAt(k - start);
        } else {
          const word = text.slice(i, j);
          lower = word.toLowerCase();
          capitalised = lower !== word;
        }
        cueStart = mayStartCue(lower);
      }
      const contraction = hasApostrophe ? contractionAt(lower) : 0;
      if (contraction > 0) {
        // "he’s", "they’re": the pronoun and its verb are two words, so the pronoun reads as a subject.
        const pronoun = lower.slice(0, contraction);
        const verb = lower.slice(contraction);
        putToken(out, count++, i, i + contraction, pronoun, true, capitalised, mayStartCue(pronoun), -1);
        putToken(out, count++, i + contraction, j, verb, true, false, mayStartCue(verb), -1);
      } else {
        putToken(out, count++, i, j, lower, true, capitalised, cueStart, -1);
      }
      i = j;
      code = wordCode;
      continue;
    }
    if (!isBlank(code) && code !== 0x0a && code !== 0x0d) putToken(out, count++, i, i + 1, String.fromCharCode(code), false, false, false, -1);
    if (++i < end) code = text.charCodeAt(i);
  }
  return count;
}

/** Whether every token of `tokens[from, to)` is punctuation, capitalised or a number, as a dateline's are. */
function allNameLike(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token.isWord && !token.capitalised && !startsWithDigit(token.lower)) return false;
  }
  return true;
}

/** Pronouns that take a contracted verb ("he’s", "we’re", "I’ll"). */
const CONTRACTING_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'that']);
/** Contracted verbs, without their apostrophe. */
const CONTRACTED_VERBS = new Set(['s', 're', 'll', 'd', 've', 'm']);

const CONTRACTION_MAX_LENGTH = 7;

/** Where the contracted verb starts in a lower-cased word such as "he’s", or 0 when the word is not one. */
function contractionAt(lower: string): number {
  // The longest contraction is a four-letter pronoun, an apostrophe and a two-letter verb ("they’re"): longer
  // words are turned away before any search.
  if (lower.length > CONTRACTION_MAX_LENGTH || lower.length < 3) return 0;
  const curly = lower.indexOf('’');
  const straight = lower.indexOf("'");
  const apostrophe = curly < 0 || (straight >= 0 && straight < curly) ? straight : curly;
  if (apostrophe <= 0) return 0;
  return CONTRACTING_PRONOUNS.has(lower.slice(0, apostrophe)) && CONTRACTED_VERBS.has(lower.slice(apostrophe + 1))
    ? apostrophe
    : 0;
}

/** The lower-cased codes of the word `tokenize` is reading, for the table of shared words (see `sharedLowerCaseWord`). */
const WORD_CODES = new Int32Array(SHARED_WORD_MAX_LENGTH);

/**
 * For each ASCII code, its lower case when it is a word character (a letter or digit), else 0: one read tells
 * `tokenize` both whether the character continues a word and what the table of shared words stores for it.
 */
const ASCII_WORD_CODES = Int32Array.from({ length: 0x80 }, (_, code) => (isWordCode(code) ? lowerCaseWordCode(code) : 0));

/** An apostrophe or a hyphen, which joins the word characters on either side of it into one word. */
function isInnerJoiner(code: number): boolean {
  return isApostrophe(code) || code === 0x2d;
}

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code === 0x2019 || code === 0x2018 || code === 0x201c || code === 0x201d || code === 0x2014 || code === 0x2013) {
    return false;
  }
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code));
}

/**
 * Where the head noun of the subject `range` ends: before the first preposition after its first word, so that the
 * phrase after the noun is set aside ("spokeswoman" in "A spokeswoman for the harbour board").
 */
function headEndOf(tokens: readonly Token[], range: { start: number; end: number }): number {
  let end = range.start + 1;
  while (end < range.end && !NOUN_PHRASE_PREPOSITIONS.has(tokens[end].lower)) end++;
  return end;
}

function isFiller(token: Token): boolean {
  return token.isWord && !token.capitalised && (SUBJECT_VERB_FILLERS.has(token.lower) ||
    (endsWithSuffix(token.lower, 'ly') && token.lower.length > 4 && !NOUNS_ENDING_IN_LY.has(token.lower)) ||
    endsWithNegation(token.lower));
}

function isSentenceEnd(lower: string): boolean {
  return lower === '.' || lower === '!' || lower === '?';
}

/** Whether `code` is a character `isSentenceEnd` takes for a token: `.`, `!` or `?`. */
function isSentenceEndCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** The number of tokens of the cue starting at `tokens[at]`, within `[at, to)`; 0 when none starts there. */
function cueLength(tokens: readonly Token[], at: number, to: number): number {
  if (!tokens[at].cueStart) return 0;
  // After a determiner or a possessive the word is a noun: "his remarks", "Clinton's claims", "the reports". (A lone
  // "’s" is the verb split off a pronoun: "she’s said".)
  const previous = at > 0 ? tokens[at - 1] : undefined;
  if (previous && previous.isWord && (NOUN_MARKERS.has(previous.lower) || isPossessiveForm(previous.lower))) return 0;
  // A capitalised word after another word is a name ("Secretary of State", "Reading, Pa."), not a verb.
  if (tokens[at].capitalised && previous && previous.isWord) return 0;
  const word = tokens[at].lower;
  const next = at + 1 < to ? tokens[at + 1] : undefined;
  // "thanks to the plan" is a preposition; "articles from noted scholars" an adjective before its noun.
  if (word === 'thanks' && next?.lower === 'to') return 0;
  // "easier said than done" is an idiom, not a report.
  if (word === 'said' && next?.lower === 'than' && previous?.lower === 'easier') return 0;
  if (endsWithSuffix(word, 'ed') && previous && NOUN_PHRASE_PREPOSITIONS.has(previous.lower) && next?.isWord &&
    !next.capitalised && !NOUN_MARKERS.has(next.lower) && next.lower !== 'that') return 0;
  // "his anti-Muslim remarks": a cue ending in -s reads as a verb only after a name or a pronoun ("Smith notes",
  // "who responds"), or where it ends the clause ("the ad states:", "the report notes that").
  if (endsWithSuffix(word, 's') && word !== 'says' && previous && previous.isWord && !previous.capitalised &&
    !PRONOUNS.has(previous.lower) && previous.lower !== 'who' && !isFiller(previous) && !endsClause(tokens[at + 1]) &&
    !opensClauseSubject(tokens, at)) return 0;
  // The words are gathered into one reused array of fixed length: this runs for every word that may start a cue.
  // (Emptying it and pushing again would give it new storage each time.) The slots past the words hold '', which no
  // cue's word equals, so a cue longer than the words there finds no match, as past the end of a shorter array.
  let count = 0;
  for (let k = at; k < to && count < CUE_WINDOW_WORDS && tokens[k].isWord; k++) CUE_WINDOW[count++] = tokens[k].lower;
  for (; count < CUE_WINDOW_WORDS; count++) CUE_WINDOW[count] = '';
  return cueLengthAt(CUE_WINDOW, 0);
}

/**
 * "While the mayor calls the fee “…”", "because the report notes …": a word in -s after an article and a singular
 * noun for a person, a text or a body, right after a word that opens a clause, is that clause's verb.
 */
function opensClauseSubject(tokens: readonly Token[], at: number): boolean {
  return at >= 3 && ARTICLES.has(tokens[at - 2].lower) && SUBORDINATORS.has(tokens[at - 3].lower) &&
    readsAsVerbAfterSubjectNoun(tokens[at].lower, tokens[at - 1]);
}

/**
 * Whether `token` is a cue of one word: its cue-start flag turns most words away before the look-up (`isCueAlone`).
 */
function isOneWordCue(token: Token): boolean {
  return token.cueStart && isCueAlone(token.lower);
}

/** Whether the token after a cue closes its clause: punctuation, a quote, or "that". */
function endsClause(next: Token | undefined): boolean {
  return next === undefined || next.quote >= 0 || (!next.isWord && next.lower !== '-') || next.lower === 'that';
}

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'my', 'our', 'your', 'these', 'those', 'whose']);

/** The lower-cased words of `tokens[from, to)` up to the first non-word, for cue matching. */
function lowerWords(tokens: readonly Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to && k < from + CUE_WINDOW_WORDS && tokens[k].isWord; k++) words.push(tokens[k].lower);
  return words;
}

/** The longest cue's length in words ("said in a statement released"). */
const CUE_WINDOW_WORDS = 6;
/** The words a cue is matched against, reused from one look-up to the next (see `cueLength`). */
const CUE_WINDOW: string[] = new Array<string>(CUE_WINDOW_WORDS).fill('');

function hasWordBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].isWord) return true;
  return false;
}

function spanOf(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

/** Whether a token is an apostrophe standing alone ("Forbes’" splits into the name and its apostrophe). */
function isApostropheToken(lower: string): boolean {
  return lower.length === 1 && isApostrophe(lower.charCodeAt(0));
}

// The tests on a word's ending below read its last characters: they run for many tokens, where a regular
// expression each time cost more than the rule it served.

/**
 * The run of letters that ends `phrase`, trailing white space set aside ("resident" in "a local resident "), or ''.
 * Read backwards from the end: a regular expression anchored at the end tries every start and may read a long
 * phrase many times over.
 */
function trailingLetters(phrase: string): string {
  const end = phrase.trimEnd().length;
  let start = end;
  while (start > 0) {
    const low = phrase.charCodeAt(start - 1);
    // A letter beyond the Basic Multilingual Plane is a surrogate pair, tested as one character.
    const width = start > 1 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(phrase.charCodeAt(start - 2)) ? 2 : 1;
    if (!isLetterAt(phrase, start - width, width)) break;
    start -= width;
  }
  return phrase.slice(start, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const LETTER = /^\p{L}$/u;

/** Whether the `width` code units at `at` (one, or a surrogate pair) are a letter. */
function isLetterAt(text: string, at: number, width: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(text.slice(at, at + width));
}

/** Whether `code` is white space as `\s` reads it in a regular expression (`trimEnd` removes the same). */
function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/u.test(String.fromCharCode(code));
}

/**
 * `word.endsWith(suffix)`, read in place: the word-class tests below run for most tokens a rule reads, and each
 * `endsWith` was a call into the engine's built-ins costing several times this loop.
 */
function endsWithSuffix(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length;
  if (offset < 0) return false;
  for (let k = 0; k < suffix.length; k++) if (word.charCodeAt(offset + k) !== suffix.charCodeAt(k)) return false;
  return true;
}

/** Whether `lower` ends in an apostrophe and "s" ("roe’s", and the lone verb "’s" split off "she’s"). */
function endsWithApostropheS(lower: string): boolean {
  return lower.length >= 2 && lower.charCodeAt(lower.length - 1) === 0x73 && isApostrophe(lower.charCodeAt(lower.length - 2));
}

/** Whether the word `lower` is a possessive such as "roe’s": an apostrophe and "s" after at least one character. */
function isPossessiveForm(lower: string): boolean {
  return lower.length >= 3 && endsWithApostropheS(lower);
}

/** Whether the word `lower` ends in a negation "n’t" ("wasn’t", "don't"). */
function endsWithNegation(lower: string): boolean {
  const length = lower.length;
  return length >= 3 && lower.charCodeAt(length - 1) === 0x74 && isApostrophe(lower.charCodeAt(length - 2)) &&
    lower.charCodeAt(length - 3) === 0x6e;
}

/** Whether `lower` starts with an ASCII digit (what `\d` matches). */
function startsWithDigit(lower: string): boolean {
  return isDigitCode(lower.charCodeAt(0));
}

/** Whether the word at `k` is a possessive: "Roe’s", or "Forbes’" whose trailing apostrophe is a token of its own. */
function isPossessiveWord(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (endsWithApostropheS(token.lower)) return true;
  const next = k + 1 < tokens.length ? tokens[k + 1] : null;
  return next !== null && isApostropheToken(next.lower) && next.start === token.end && endsWithSuffix(token.lower, 's');
}

/**
 * The end of the first sentence in `tokens`, after the quotation at 0: a full stop after a lower-case word or a
 * bracket ("shouted to the crowd."; "Sen." and "D.C." are abbreviations), or a question or exclamation mark.
 */
function firstSentenceEnd(tokens: readonly Token[]): number {
  for (let k = 1; k < tokens.length; k++) {
    const lower = tokens[k].lower;
    if (lower === '!' || lower === '?') return k;
    if (lower === '.' && (tokens[k - 1].lower === ')' || (tokens[k - 1].isWord && !tokens[k - 1].capitalised))) return k;
  }
  return tokens.length;
}

function lastWord(tokens: readonly Token[], start: number, end: number): Token | null {
  for (let k = end - 1; k >= start; k--) if (tokens[k].isWord) return tokens[k];
  return null;
}

/** The last token `lower` before `before`, within `from` and the reach of a cue, not across a quote; else -1. */
function findBackward(tokens: readonly Token[], from: number, before: number, lower: string): number {
  for (let k = before - 1; k >= from && k >= before - REACH; k--) {
    if (tokens[k].lower === lower) return k;
    if (tokens[k].quote >= 0) return -1;
  }
  return -1;
}

/**
 * Words that count people before a description without being part of the role ("one harbour pilot", "another"); not
 * before "of", which makes them the role's head ("one of the mayor's aides").
 */
const COUNTING_WORDS_BEFORE_ROLE = new RegExp(`^(?:(?:${[...QUANTIFIERS, 'another', 'other'].join('|')})(?:\\s+(?!of\\b)|$))+`, 'iu');

/**
 * The role that the words before a name or set off beside it give, or null when they give none: a role holds a
 * title or a capitalised word ("Sen.", "Centcom spokesman Army Col.", "Republican") or a noun for a person or people
 * ("campaign manager"), after any word that counts people ("one", "another"). "An angry Hollande", "the late Henry
 * Hyde", "Trump, in Kentucky," and a name's particle ("de Blasio") describe, place or name the person: no role.
 */
function readRole(words: string): string | null {
  const role = words.replace(COUNTING_WORDS_BEFORE_ROLE, '');
  const parts = role.split(/\s+/u).filter((part) => part !== '');
  if (parts.length === 0) return null;
  const first = parts[0].toLowerCase();
  // "who represents Reyes": a relative clause says something of the speaker, but is no role.
  if (ROLE_LINKING_WORDS.has(first) || RELATIVE_PRONOUNS.has(first)) return null;
  // "speaking to reporters", "standing beside her": a participle's phrase says what the speaker was doing; "acting
  // director", "managing editor" are offices, a noun for people after the participle.
  if (parts.length > 1 && !startsWithCapital(parts[0]) && endsWithSuffix(first, 'ing') && !namesPeopleAsWritten(parts[1])) {
    return null;
  }
  return parts.some((part) => startsWithCapital(part) || namesPeopleAsWritten(part)) ? role : null;
}

/** {@link readRole}, worked out once per wording: a speaker's role comes back with each of their quotations. */
const describedRole = rememberedByWord(readRole, 1024);

/**
 * {@link namesPeople} for a word as written: its letters lower-cased; not an adjective of office that ends as a noun
 * for a person does ("former", "senior", "late").
 */
function namesPeopleAsWritten(word: string): boolean {
  const letters = word.toLowerCase().replace(/[^\p{L}-]+/gu, '');
  return !OFFICE_ADJECTIVES.has(letters) && namesPeople(letters);
}

/** Adjectives before a role that end like nouns for people ("former", "senior", "late", "interim"). */
const OFFICE_ADJECTIVES = new Set(['former', 'late', 'senior', 'junior', 'interim', 'inner', 'outer', 'upper', 'lower']);

/** Words that link a phrase on, which no role starts with ("in Kentucky", "and migration"). */
const ROLE_LINKING_WORDS = new Set([...NOUN_PHRASE_PREPOSITIONS, ...SUBJECT_PREPOSITIONS, ...COORDINATORS, 'nor']);

function stripDeterminer(phrase: string): string {
  return phrase.replace(/^(?:the|a|an|this|that|these|those)(?:\s+|$)/iu, '').replace(/[’']s$/u, '').trim();
}

/**
 * `spans` sorted by start, those starting together in the order given, as a stable sort leaves them. Sorted as
 * numbers in a typed array, each the start times the count plus the index, with no comparator for the sort to
 * call: calling one cost ten times the instructions. Should those numbers pass 2^53, where they would no longer be
 * exact, the comparator does the work.
 */
function sortedByStart<T extends Span>(spans: T[]): T[] {
  const count = spans.length;
  let lastStart = 0;
  for (const span of spans) lastStart = Math.max(lastStart, span.start);
  if (!Number.isSafeInteger((lastStart + 1) * count)) return spans.sort((a, b) => a.start - b.start);
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k++) keys[k] = spans[k].start * count + k;
  keys.sort();
  const sorted: T[] = [];
  for (let k = 0; k < count; k++) sorted.push(spans[keys[k] % count]);
  return sorted;
}

/** The starts of `spans`, in their order. */
function startsOf(spans: readonly Span[]): Int32Array<ArrayBuffer> {
  const starts = new Int32Array(spans.length);
  for (let k = 0; k < spans.length; k++) starts[k] = spans[k].start;
  return starts;
}

/** Whether a word is a plural noun for people or bodies ("teachers", "unions"), which a "they" may stand for. */
function namesPeopleOrBodies(word: string): boolean {
  if (!endsWithSuffix(word, 's') || endsWithSuffix(word, 'ss')) return false;
  return namesPeople(word) || ORGANIZATION_NOUNS.has(word.slice(0, -1));
}

/** The number of `starts` (sorted) at or before `position`: `upperBound` over the spans they come from. */
function countStartsAtOrBefore(starts: ArrayLike<number>, position: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle] <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index after the spans of `spans[low, high)` (sorted by start) that start at or before `position`. */
function upperBound(spans: readonly Span[], position: number, low = 0, high = spans.length): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].start <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
