/**
 * Speaker attribution: who said each quotation, found the way a careful reader finds it.
 *
 * The sentences that hold a quotation (and the sentence before each) are tokenized once, each top-level
 * quotation piece standing as a single token. For each quotation, in document order, the engine tries in turn:
 *  1. a signature (`“…” ― Name`) or a cue right after the quotation (`“…,” X said`, `“…,” said X`,
 *     `“…,” X, the Y of Z, said`);
 *  2. the nearest cue before it in its sentence (`X said: “…”`, `X added that … “…”`, `according to X, “…”`,
 *     `…, adding “…”` through the clause's subject), or a colon introducing it (`Clinton: “…”`);
 *  3. a cue later in its sentence, or "according to X" anywhere in it;
 *  4. the previous sentence: its quotation's speaker, or its cue's subject (a follow-on quote);
 *  5. the subject of its own sentence, for words quoted inside a sentence about someone (less sure);
 * and resolves pronouns to the nearest compatible antecedent outside quotations. A quotation nested in another is
 * attributed the same way inside its parent's words, where a bracketed clarification
 * ("The president [Vladimir Putin] said") names the speaker. Canonical names come from the entity clusters; a
 * group noun ("the activists") takes the name of the organisation the text links it to ("activists with the …
 * Observatory"). When nothing in the text supports a speaker, the speaker is null and the reason is given.
 * Every look-around is bounded (`REACH`), so the work per quotation is constant and the whole stays linear.
 */
import { cueLengthAt, isAccordingTo, isNamingCue, isParticipleCue, mayStartCue } from './cues';
import type { FoundQuote } from './quotes';
import { ROLE_WORDS, SENTENCE_WORDS } from './lexicon';
import { findSentences } from './sentences';
import { isBlank } from './text';
import type { AttributionMethod, Entity, EntityType, Quote, Span, Speaker, TextSpan } from './types';

interface Token extends Span {
  /** The word lower-cased, or the punctuation character; '' for a quote. */
  lower: string;
  isWord: boolean;
  capitalised: boolean;
  /** For a token standing for a quotation (or a piece of one): its index in the quotes array; else -1. */
  quote: number;
}

/** A sentence as a range of tokens `[from, to)`. */
interface Sentence {
  from: number;
  to: number;
  paragraph: number;
  /** Position among all the document's sentences, including those left unread. */
  ordinal: number;
}

interface MentionRef extends Span {
  entity: Entity;
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
  cue: Span;
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
/** Words that end a subject when read backwards from its verb: the clause began after them. */
const CLAUSE_STOPS = new Set([
  'that', 'and', 'but', 'or', 'nor', 'while', 'when', 'as', 'because', 'since', 'although', 'though', 'if', 'which',
  'who', 'whom', 'whose', 'where', 'after', 'before', 'so', 'than', 'until', 'unless', 'whether', 'what', 'how',
  'why', 'once', 'said', 'says', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'to', 'not',
  'also', 'be', 'been', 'being', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'then',
  'by', 'on', 'during', 'about', 'into', 'over', 'against', 'under', 'through', 'like', 'even', 'just', 'yet',
  'still', 'now', 'there', 'here', 'all', 'both', 'either', 'neither', 'each', 'every', 'out', 'up', 'down', 'off',
]);
/** Words allowed between a subject and its verb ("Smith also said", "officials have repeatedly said"). */
const SUBJECT_VERB_FILLERS = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'could', 'might', 'may', 'must', 'then', 'later', 'once',
  'previously', 'recently', 'earlier', 'further', 'again', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'even',
  'still', 'only', 'just', 'often', 'never', 'always', 'first', 'last', 'since', 'yesterday', 'today', 'tonight',
  'now', 'soon', 'too', 'not', 'cannot', 'should', 'can', 'shall',
]);
/** Prepositions a noun phrase may hold ("resident of Beirut", "activists with the Observatory"). */
const NOUN_PHRASE_PREPOSITIONS = new Set(['of', 'for', 'with', 'from', 'at', 'in', 'to']);
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
  'rebels', 'residents', 'witnesses', 'people', 'protesters', 'demonstrators',
]);
/** The prepositions that join a group noun to its organisation: "activists with the …", "officials of …". */
const GROUP_LINK_PREPOSITIONS = new Set(['with', 'of', 'from', 'at']);
/** How far back from `position`, across blanks, a word may end and still be the word before it. */
const WORD_GAP = 3;

/** The span of the word (letters only) ending just before `position`, across a few blanks; null when none. */
function wordBefore(text: string, position: number): Span | null {
  let end = position;
  while (end > 0 && position - end < WORD_GAP && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 40 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < end ? { start, end } : null;
}

/** Words of a span of time before "ago": "less than two weeks ago", "a few days ago". */
const TIME_AMOUNT_WORDS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many',
  'than', 'less', 'more', 'about', 'nearly', 'almost', 'just', 'only', 'some', 'couple', 'of', 'minutes', 'minute',
  'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade',
]);
/** Words that count the noun after "of" ("one of the witnesses", "many of the delegates"). */
const QUANTIFIERS = new Set([
  'one', 'two', 'three', 'some', 'many', 'most', 'several', 'all', 'none', 'each', 'few', 'both',
]);
/** Nouns ending in -ing that name texts and events that speak ("said the ruling", "the filing states"). */
const ING_NOUNS = new Set([
  'ruling', 'rulings', 'filing', 'filings', 'briefing', 'hearing', 'meeting', 'posting', 'recording', 'listing',
  'finding', 'findings', 'warning', 'reading', 'writing', 'writings', 'building', 'wording', 'heading', 'opening',
]);
/** Adjectives that follow the noun they describe ("a person familiar with …", "an aide close to …"). */
const POSTPOSED_ADJECTIVES = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'speaking', 'granted']);

/**
 * Whether `token` opens a phrase after a noun that describes it ("a source involved in …", "officials briefed on
 * …", "a person familiar with …"): the noun before it is the head.
 */
function startsPostmodifier(token: Token, previous: Token): boolean {
  if (!token.isWord || token.capitalised || !previous.isWord || previous.capitalised) return false;
  if (DETERMINERS.has(previous.lower) || QUANTIFIERS.has(previous.lower)) return false;
  return POSTPOSED_ADJECTIVES.has(token.lower) || (token.lower.endsWith('ed') && PERSON_NOUN.test(previous.lower));
}

/** Capitalised number words, which open sentences without being names. */
const NUMBER_WORD = wordPattern(`One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen
  Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Hundreds Thousands Dozens Half Most Many Some
  Hours Days Weeks Months Years`);
/** Head words of descriptions that cannot be speakers: times, amounts, verb forms, adverbs. */
const NOT_A_SPEAKER_HEAD = wordPattern(`time times week weeks year years month months day days hour hours later
  earlier ago past point way fact case part end kind sort lot number percent thing things one ones that this which
  what`, '(?:ing|ly|ed)');
/** Singular nouns for a person ("the spokesman", "a resident"): a he or she can stand for them. */
const PERSON_NOUN = new RegExp(`(?:${`man woman person er or ist ent ant ian ee ive ate ier chief head aide official
  resident expert source judge analyst witness candidate nominee leader member boss wife husband mother father son
  daughter friend`.split(/\s+/).join('|')})$`);

/** A pattern matching exactly one of the blank-separated `words`, or any word ending in `suffix`. */
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
  private readonly tokens: Token[] = [];
  private readonly sentences: Sentence[] = [];
  /** For each top-level quote: the token standing for its first piece. */
  private readonly tokenOfQuote = new Map<number, number>();
  private readonly mentions: MentionRef[];
  /** Top-level quotation pieces, sorted: mentions inside them are not antecedents. */
  private readonly quotedSpans: Span[] = [];
  /** Group noun → organisation, as the text has linked them so far ("activists with the Observatory"). */
  private readonly groupLinks = new Map<string, Entity>();
  /** Speakers found so far that are not named entities ("the resident"), for pronoun resolution. */
  private readonly commonNounSpeakers: { mention: TextSpan; name: string; kind: Source['kind'] }[] = [];
  private readonly results: Quote[];

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly Span[],
    private readonly found: readonly FoundQuote[],
    entities: readonly Entity[],
  ) {
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, entity })))
      .sort((a, b) => a.start - b.start);
    this.results = found.map((quote) => unattributedQuote(quote, null));
  }

  run(): Quote[] {
    this.tokenizeDocument();
    const groupLinks = this.findGroupLinks();
    let nextLink = 0;
    for (let s = 0; s < this.sentences.length; s++) {
      const sentence = this.sentences[s];
      const sentenceEnd = sentence.to > sentence.from ? this.tokens[sentence.to - 1].end : 0;
      for (; nextLink < groupLinks.length && groupLinks[nextLink].position < sentenceEnd; nextLink++) {
        this.groupLinks.set(groupLinks[nextLink].noun, groupLinks[nextLink].entity);
      }
      for (let t = sentence.from; t < sentence.to; t++) {
        const quote = this.tokens[t].quote;
        if (quote >= 0 && this.tokenOfQuote.get(quote) === t) this.attributeTopLevel(quote, t, s);
      }
    }
    // Nested quotes last: "I said, ‘…’" inside a quotation needs its parent's speaker.
    this.found.forEach((quote, index) => {
      if (quote.parent !== null) this.attributeNested(index);
    });
    for (const quote of this.results) {
      if (!quote.speaker && !quote.unattributedReason) {
        quote.unattributedReason = 'Nothing in the text says who said this.';
      }
    }
    return this.results;
  }

  // ── Tokens and sentences ────────────────────────────────────────────────────────────────────────────────

  private tokenizeDocument(): void {
    const piecesByParagraph: { span: Span; quote: number }[][] = this.paragraphs.map(() => []);
    let paragraphIndex = 0;
    this.found.forEach((quote, index) => {
      if (quote.parent !== null) return;
      for (const piece of quote.pieces ?? [quote]) {
        while (paragraphIndex < this.paragraphs.length && this.paragraphs[paragraphIndex].end < piece.start) {
          paragraphIndex++;
        }
        if (paragraphIndex < this.paragraphs.length) piecesByParagraph[paragraphIndex].push({ span: piece, quote: index });
        this.quotedSpans.push(piece);
      }
    });
    // Only sentences holding a quote, and the sentence before each (for follow-on quotes), need reading.
    let ordinal = 0;
    this.paragraphs.forEach((paragraph, p) => {
      const pieces = piecesByParagraph[p];
      const nextHasQuote = (piecesByParagraph[p + 1]?.length ?? 0) > 0;
      if (pieces.length === 0 && !nextHasQuote) return;
      const sentenceSpans = findSentences(this.text, paragraph, pieces.map((piece) => piece.span));
      let pieceIndex = 0;
      sentenceSpans.forEach((span, index) => {
        const holdsQuote = (sentence: Span | undefined): boolean =>
          sentence !== undefined && pieceIndex < pieces.length && pieces[pieceIndex].span.start < sentence.end;
        const needed = holdsQuote(span) || (index + 1 < sentenceSpans.length ? holdsQuote(sentenceSpans[index + 1]) : nextHasQuote);
        if (needed) this.readSentence(span, pieces, pieceIndex, p, ordinal);
        while (pieceIndex < pieces.length && pieces[pieceIndex].span.start < span.end) pieceIndex++;
        ordinal++;
      });
    });
  }

  /** Tokenizes one sentence, each quotation piece in it standing as one token. */
  private readSentence(span: Span, pieces: readonly { span: Span; quote: number }[], firstPiece: number,
    paragraph: number, ordinal: number): void {
    const from = this.tokens.length;
    let position = span.start;
    let pieceIndex = firstPiece;
    while (position < span.end) {
      const piece = pieces[pieceIndex];
      const stop = piece && piece.span.start < span.end ? piece.span.start : span.end;
      tokenize(this.text, position, stop, this.tokens);
      if (stop === span.end) break;
      if (!this.tokenOfQuote.has(piece.quote)) this.tokenOfQuote.set(piece.quote, this.tokens.length);
      this.tokens.push(quoteToken(piece.span, piece.quote));
      position = piece.span.end;
      pieceIndex++;
    }
    this.sentences.push({ from, to: this.tokens.length, paragraph, ordinal });
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
      if (word && this.text.slice(word.start, word.end).toLowerCase() === 'the') word = wordBefore(this.text, word.start);
      if (!word || !GROUP_LINK_PREPOSITIONS.has(this.text.slice(word.start, word.end).toLowerCase())) continue;
      const nounSpan = wordBefore(this.text, word.start);
      const noun = nounSpan ? this.text.slice(nounSpan.start, nounSpan.end).toLowerCase() : '';
      if (GROUP_NOUNS.has(noun)) links.push({ position: mention.start, noun, entity: mention.entity });
    }
    return links;
  }

  // ── Top-level quotes ────────────────────────────────────────────────────────────────────────────────────

  private attributeTopLevel(quoteIndex: number, tokenIndex: number, sentenceIndex: number): void {
    const sentence = this.sentences[sentenceIndex];
    const finding =
      this.findInSentence(this.tokens, sentence.from, sentence.to, tokenIndex) ??
      this.findFollowOn(quoteIndex, sentenceIndex, tokenIndex) ??
      this.findSentenceSubject(sentence, tokenIndex);
    const quote = this.results[quoteIndex];
    if (finding) {
      this.apply(quote, finding);
    } else {
      quote.unattributedReason = quote.kind === 'term'
        ? 'A term set in quotation marks; its sentence names no one who used it.'
        : 'No cue (said, told, according to …) in its sentence, and it does not continue a quotation just before it.';
    }
  }

  /**
   * Words quoted inside a sentence about someone, with no speech verb ("Paul Ryan worried that the net was becoming
   * “a hammock …”", "Her aide calls her record a “blueprint”"): the sentence's subject used them. The verb right
   * after the subject stands as the cue; the confidence is lower than a speech verb's.
   */
  private findSentenceSubject(sentence: Sentence, tokenIndex: number): Finding | null {
    const range = this.sentenceSubjectRange(this.tokens, sentence.from, tokenIndex);
    if (!range || range.end >= tokenIndex) return null;
    let verbIndex = range.end;
    if (this.tokens[verbIndex].lower === ',') {
      // "Yang Shu, director of the institute, calls …": the verb follows the appositive.
      const closing = findForward(this.tokens, verbIndex + 1, Math.min(tokenIndex, verbIndex + REACH), ',');
      if (closing < 0) return null;
      verbIndex = closing + 1;
    }
    const verb = this.tokens[verbIndex];
    if (!verb.isWord || verb.capitalised) return null;
    // "It is strange that …", "It was Obama who …": an empty "it" before a form of "be" stands for no one.
    if (range.end - range.start === 1 && this.tokens[range.start].lower === 'it' && FORMS_OF_BE.has(verb.lower)) return null;
    const source = this.analysePhrase(this.tokens, range.start, range.end);
    if (!source || source.kind === 'thing' || source.kind === 'place') return null;
    return { source, cue: verb, method: 'cue-before', via: [], weak: true };
  }

  /**
   * A speaker for the quote at token `at` from the cues of the token range `[from, to)`: the range is the quote's
   * sentence (for a nested quote, its parent's words).
   */
  private findInSentence(tokens: readonly Token[], from: number, to: number, at: number): Finding | null {
    return this.findDashSignature(tokens, at, to) ?? this.findCueAfter(tokens, from, at, to, false) ??
      this.findCueBefore(tokens, from, at) ??
      this.findCueAfter(tokens, from, at, to, true) ?? this.findAccordingToAfter(tokens, at, to);
  }

  /** `“…” ― Pamela Padilla`: a quotation signed with a dash and a name, as in collected reactions or epigraphs. */
  private findDashSignature(tokens: readonly Token[], at: number, to: number): Finding | null {
    const dash = at + 1;
    if (dash + 1 >= to || !SIGNATURE_DASHES.has(tokens[dash].lower) || !tokens[dash + 1].capitalised) return null;
    let end = dash + 1;
    while (end < to && end - dash <= 6 && (tokens[end].capitalised || tokens[end].lower === '.')) end++;
    if (end < to && tokens[end].lower !== '.' && tokens[end].lower !== ',') return null;
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
    // A quote the writer's sentence runs on from (`“rigged” in a tweet, and …`) takes only a cue close by.
    const setOff = at + 1 >= to || !tokens[at + 1].isWord || /[,!?—–-]\s*$/u.test(this.quoteContentEnd(tokens[at]));
    let inAppositive = false;
    for (let k = at + 1; k < window; k++) {
      const token = tokens[k];
      if (!token.isWord) {
        if (token.lower === ',' && nameFollows) inAppositive = true;
        if (far || token.quote >= 0 || NEAR_CUE_PUNCTUATION.has(token.lower)) continue;
        return null;
      }
      if (!far && !setOff && k > at + NEAR_CUE_WORDS_AFTER_RUN_ON) return null;
      const length = cueLength(tokens, k, to);
      if (length === 0) {
        // Near the quote only a subject may stand before the cue: a clause word means the cue is another clause's.
        if (!far && !inAppositive && CLAUSE_STOPS.has(token.lower) && !FILLERS_BEFORE_CUE.has(token.lower)) return null;
        continue;
      }
      const cue = spanOf(tokens, k, k + length);
      const cueWords = lowerWords(tokens, k, k + length);
      let finding: Finding | null = null;
      if (isAccordingTo(cueWords)) {
        const source = this.nounPhraseAfter(tokens, k + length, to);
        if (source) finding = { source, cue, method: 'according-to', via: [] };
      } else {
        const hasSubjectBetween = hasWordBetween(tokens, at + 1, k);
        const inverted = !hasSubjectBetween || tokens[k - 1].lower === ','; // `“…” but …, says X`
        let source = hasSubjectBetween
          ? this.participleSubject(tokens, at + 1, k, cueWords[0]) ?? this.subjectBefore(tokens, at + 1, k)
          : isParticipleCue(cueWords[0])
            ? this.sentenceSubject(tokens, from, at) // `… “…,” saying …`
            : null;
        if (!source && inverted && !isParticipleCue(cueWords[0])) source = this.nounPhraseAfter(tokens, k + length, to);
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

  /** Whether the cue at `cue` (or the subject before it) follows a comma: `…, said X` / `…, X said`. */
  private setOffByComma(tokens: readonly Token[], at: number, cue: number, finding: Finding): boolean {
    if (tokens[cue - 1].lower === ',') return true;
    const subjectStart = this.tokenAfter(tokens, finding.source.mention.start, cue);
    let before = subjectStart - 1;
    while (before > at && tokens[before].isWord && !tokens[before].capitalised && DETERMINERS.has(tokens[before].lower)) before--;
    while (before > at && tokens[before].isWord && tokens[before].capitalised) before--;
    return before > at && tokens[before].lower === ',';
  }

  /** The last few characters of a quote token's words, for its closing punctuation. */
  private quoteContentEnd(token: Token): string {
    const quote = token.quote >= 0 ? this.found[token.quote] : null;
    return quote ? quote.content.slice(-3) : '';
  }

  /** `X said: “…”`, `X added that … “…”`, `According to X, “…”`: the nearest cue before the quote with a subject. */
  private findCueBefore(tokens: readonly Token[], from: number, at: number, lookForOuter = true): Finding | null {
    let pendingParticiple: number | null = null;
    for (let k = at - 1; k >= Math.max(from, at - REACH); k--) {
      const token = tokens[k];
      if (!token.isWord) continue;
      // A cue's first word: skip the later words of a multiword cue, so "according to" is read from "according".
      const length = cueLength(tokens, k, at);
      if (length === 0 || k + length > at) continue;
      const cue = spanOf(tokens, k, k + length);
      const cueWords = lowerWords(tokens, k, k + length);
      if (isAccordingTo(cueWords)) {
        const source = this.nounPhraseAfter(tokens, k + length, at);
        if (source) return { source, cue, method: 'according-to', via: [] };
        continue;
      }
      // "a play called “…”", "an account named “…”": the quote is a name, not anyone's words.
      const named = this.namedQuote(tokens, k, length);
      if (named >= 0) {
        if (named === at) return null;
        continue;
      }
      // "is telling …" has its subject before it; ", saying …" shares the sentence's subject.
      const progressive = k > from && PROGRESSIVE_AUXILIARIES.has(tokens[k - 1].lower);
      const participle = isParticipleCue(cueWords[0]) && !progressive;
      let source = participle
        ? this.participleSubject(tokens, from, k, cueWords[0])
        : this.subjectBefore(tokens, from, progressive ? k - 1 : k);
      if (participle && !source) {
        // ", adding …": the subject is an earlier verb's ("Fiorina said, adding …"), else the sentence's.
        pendingParticiple ??= k;
        continue;
      }
      let afterCue = this.tokenAfter(tokens, cue.end, at);
      if (!source) {
        const before = previousNonFiller(tokens, from, k);
        if (before >= from && COORDINATORS.has(tokens[before].lower)) {
          // "X referred to … but described …": the second verb shares the sentence's subject.
          source = this.sentenceSubject(tokens, from, before);
        } else if ((k === from || (before >= from && tokens[before].lower === ',')) && !isParticipleCue(cueWords[0]) &&
          k + length < at && (tokens[k + length].capitalised || (k === from && !CLAUSE_STOPS.has(tokens[k + length].lower)))) {
          // "Said Comey, “…”" at the sentence's start, or
          // "The paradox, says X, historian at Y, is that …": the cue is inverted mid-sentence.
          source = this.nounPhraseAfter(tokens, k + length, at);
          if (source) afterCue = this.tokenAfter(tokens, source.mention.end, at);
        }
      }
      if (source) {
        // "X said (that) Y called …": the words reached the writer through X, who is the one reporting them.
        const subjectStart = this.tokenAfter(tokens, source.mention.start, at);
        let before = subjectStart - 1;
        while (before > from && DETERMINERS.has(tokens[before].lower)) before--;
        if (lookForOuter && before > from && (tokens[before].lower === 'that' || cueLength(tokens, before, at) > 0)) {
          const outer = this.findCueBefore(tokens, from, before + (tokens[before].lower === 'that' ? 0 : 1), false);
          if (outer && outer.method !== 'according-to') return outer;
        }
        return { source, cue, method: source.bracketed ? 'bracketed' : 'cue-before', via: this.viaAfter(tokens, afterCue, at) };
      }
    }
    if (pendingParticiple !== null) {
      const source = this.sentenceSubject(tokens, from, pendingParticiple);
      if (source) return { source, cue: spanOf(tokens, pendingParticiple, pendingParticiple + 1), method: 'cue-before', via: [] };
    }
    return this.findColonIntroduction(tokens, from, at);
  }

  /**
   * A quote after a colon: a speaker label (`Clinton: “…”`, `… - Michael P. McDonald: “…”`), or a sentence whose
   * subject introduces the words (`He returned to his familiar lines: “…”`).
   */
  private findColonIntroduction(tokens: readonly Token[], from: number, at: number): Finding | null {
    const colon = at - 1;
    if (colon <= from || tokens[colon].lower !== ':') return null;
    let labelStart = colon;
    while (labelStart > from && colon - labelStart < 6 && (tokens[labelStart - 1].capitalised ||
      tokens[labelStart - 1].lower === '.')) labelStart--;
    const standsAlone = labelStart === from || DASHES.has(tokens[labelStart - 1].lower);
    const source = labelStart < colon && standsAlone
      ? this.analysePhrase(tokens, labelStart, colon)
      : this.sentenceSubject(tokens, from, colon);
    return source ? { source, cue: tokens[colon], method: 'cue-before', via: [] } : null;
  }

  /**
   * The token of the quote a naming cue introduces as a name ("a class called “Perception”", "the loophole called
   * an “inversion”"), or -1 when the cue reports words ("Trump called him a “loser”").
   */
  private namedQuote(tokens: readonly Token[], cue: number, length: number): number {
    if (!isNamingCue(tokens[cue].lower)) return -1;
    let next = cue + length;
    if (next < tokens.length && tokens[next].quote >= 0) return next;
    if (next + 1 >= tokens.length || !DETERMINERS.has(tokens[next].lower) || tokens[next + 1].quote < 0) return -1;
    next++;
    // "called an “inversion”" names only after a thing ("the loophole called an …"), not after its speaker.
    const before = cue > 0 ? tokens[cue - 1] : undefined;
    const afterThing = before !== undefined && before.isWord && !before.capitalised && !PRONOUNS.has(before.lower) &&
      !isFiller(before);
    return afterThing ? next : -1;
  }

  /** "according to X" elsewhere in the quote's sentence, after the quote. */
  private findAccordingToAfter(tokens: readonly Token[], at: number, to: number): Finding | null {
    for (let k = at + 1; k + 1 < Math.min(to, at + REACH); k++) {
      if (tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
      const source = this.nounPhraseAfter(tokens, k + 2, to);
      if (source) return { source, cue: spanOf(tokens, k, k + 2), method: 'according-to', via: [] };
    }
    return null;
  }

  /** "…, according to the Guardian newspaper": who the words reached the writer through. */
  private viaAfter(tokens: readonly Token[], from: number, to: number): TextSpan[] {
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
    for (let t = tokenIndex - 1; t >= Math.max(sentence.from, tokenIndex - REACH); t--) {
      const earlier = this.tokens[t].quote;
      if (earlier >= 0 && earlier !== quoteIndex && this.results[earlier].speaker) return this.inherit(earlier);
    }
    const previous = this.sentences[sentenceIndex - 1];
    if (!previous || previous.ordinal !== sentence.ordinal - 1 || previous.paragraph < sentence.paragraph - 1) return null;
    const sameParagraph = previous.paragraph === sentence.paragraph;
    const startsParagraph = !sameParagraph && tokenIndex === sentence.from;
    if (!sameParagraph && !startsParagraph) return null;
    for (let t = previous.to - 1; t >= Math.max(previous.from, previous.to - REACH); t--) {
      const earlier = this.tokens[t].quote;
      if (earlier >= 0) return this.results[earlier].speaker ? this.inherit(earlier) : null;
    }
    for (let k = previous.from; k < Math.min(previous.to, previous.from + REACH); k++) {
      if (!this.tokens[k].isWord) continue;
      const length = cueLength(this.tokens, k, previous.to);
      if (length === 0) continue;
      const cueWords = lowerWords(this.tokens, k, k + length);
      const source = isAccordingTo(cueWords)
        ? this.nounPhraseAfter(this.tokens, k + length, previous.to)
        : this.subjectBefore(this.tokens, previous.from, k);
      if (source && source.kind !== 'thing') {
        return { source, cue: spanOf(this.tokens, k, k + length), method: 'follow-on', via: [] };
      }
    }
    // A whole utterance standing alone after a sentence about someone ("Clinton touted her record. “We need …”"):
    // the words are that sentence's subject's.
    if (quote.kind !== 'utterance' || !this.standsAlone(sentence, tokenIndex)) return null;
    // Unless a quote of someone's stood earlier in the same paragraph: the words go on being theirs.
    const earlier = this.lastAttributedQuoteBefore(previous, sentence.paragraph);
    if (earlier !== null) return this.inherit(earlier);
    const subject = this.sentenceSubject(this.tokens, previous.from, previous.to);
    if (!subject || subject.kind === 'thing') return null;
    const subjectSpan = subject.mention;
    return { source: subject, cue: subjectSpan, method: 'follow-on', via: [] };
  }

  /** The last attributed top-level quote in `paragraph` before the end of `sentence`, within reach; else null. */
  private lastAttributedQuoteBefore(sentence: Sentence, paragraph: number): number | null {
    for (let t = sentence.to - 1; t >= Math.max(0, sentence.to - REACH); t--) {
      const token = this.tokens[t];
      if (token.start < this.paragraphs[paragraph].start) return null;
      if (token.quote >= 0 && this.results[token.quote].speaker) return token.quote;
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
      cue: previous.cue ?? { start: speaker.start, end: speaker.end },
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
    // The parent's words around the nested quote, within the reach of a cue.
    const innerTokens: Token[] = [];
    const innerStart = Math.max(parent.start + 1, nested.start - NESTED_REACH_CHARACTERS);
    const innerEnd = Math.min(Math.max(nested.end, parent.end - 1), nested.end + NESTED_REACH_CHARACTERS);
    tokenize(this.text, innerStart, nested.start, innerTokens);
    const at = innerTokens.length;
    innerTokens.push(quoteToken(nested, index));
    tokenize(this.text, nested.end, innerEnd, innerTokens);
    // The nested quote's own sentence inside the parent's words: from the last full stop before it.
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
    if (finding) this.apply(quote, finding);
    else quote.unattributedReason = 'Quoted inside someone else’s words, which do not say who said it.';
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
    if (end > from && tokens[end - 1].lower === 'ago') {
      // "The department less than two weeks ago said": the time between subject and verb is set aside.
      end--;
      while (end > from && end > cue - 8 && TIME_AMOUNT_WORDS.has(tokens[end - 1].lower)) end--;
    }
    if (end <= from) return null;
    if (tokens[end - 1].lower === 'who' || tokens[end - 1].lower === 'which') {
      // "X, the Y, who added …": the relative pronoun stands for the noun phrase before its comma.
      const comma = end - 2;
      if (comma <= from || tokens[comma].lower !== ',') return null;
      return this.phraseBefore(tokens, from, comma);
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
    if (APPOSITIVE_DASHES.has(tokens[end - 1].lower)) {
      // "X — a teacher from Y — says": an appositive set off by dashes, the subject before the first.
      const opening = findBackward(tokens, from, end - 1, tokens[end - 1].lower);
      if (opening <= from || opening + 1 >= end - 1) return null;
      const subject = this.subjectBefore(tokens, from, opening);
      if (!subject || subject.kind === 'pronoun') return subject;
      return { ...subject, role: subject.role ?? this.text.slice(tokens[opening + 1].start, tokens[end - 2].end) };
    }
    if (tokens[end - 1].lower === ',') {
      // "X, the Y of Z, said": the appositive runs back to the previous comma; the subject stands before it.
      const comma = findBackward(tokens, from, end - 1, ',');
      const appositiveStart = comma + 1;
      const first = tokens[appositiveStart];
      // An appositive describes: it opens with a determiner, a lower-case word, an age or "who", or ends with a
      // common noun ("Sanders' senior media adviser").
      const isAppositive = comma > from && first !== undefined && appositiveStart < end - 1 &&
        (!first.capitalised || DETERMINERS.has(first.lower) || /^\d/.test(first.lower) || first.lower === 'who' ||
          (tokens[end - 2].isWord && !tokens[end - 2].capitalised));
      if (!isAppositive) {
        // "Kasich (R-OH), said": a stray comma between subject and verb.
        return end - 1 > from && tokens[end - 2].isWord && tokens[end - 2].capitalised
          ? this.subjectBefore(tokens, from, end - 1)
          : null;
      }
      const subject = this.subjectBefore(tokens, from, comma);
      if (!subject || subject.kind === 'pronoun') return subject;
      const role = this.text.slice(tokens[appositiveStart].start, tokens[end - 2].end);
      return { ...subject, role: subject.role ?? role };
    }
    const start = this.phraseStart(tokens, from, end);
    if (start >= end) return null;
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
      // "Trump, …, on Friday described …": "Friday" is when, not who.
      return this.subjectBefore(tokens, from, start - 1);
    }
    if (NOUN_PHRASE_PREPOSITIONS.has(tokens[start].lower) || LEADING_ADVERBIALS.has(tokens[start].lower)) {
      // "with Donald Trump tweeting …": the name after the preposition is the subject of the participle.
      if (tokens[start].lower === 'with' && start + 1 < end && tokens[start + 1].capitalised) {
        return this.analysePhrase(tokens, start + 1, end);
      }
      // "X has in the past described …": an adverbial phrase, not the subject; the subject stands before it.
      return start > from && start < end ? this.subjectBefore(tokens, from, start) : null;
    }
    return this.analysePhrase(tokens, start, end);
  }

  /**
   * A participle's own subject when a name or pronoun stands right before it ("… – Trump calling it …",
   * "with Trump reportedly yelling: …"); null for other participles, whose subject is the sentence's.
   */
  private participleSubject(tokens: readonly Token[], from: number, cue: number, cueWord: string): Source | null {
    if (!isParticipleCue(cueWord)) return null;
    const before = previousNonFiller(tokens, from, cue);
    if (before < from || !tokens[before].isWord) return null;
    if (!tokens[before].capitalised && !PRONOUNS.has(tokens[before].lower)) return null;
    // Only a name that opens its own phrase ("…, Trump calling it …", "with Trump yelling …") is the subject;
    // "responded to a question on Facebook, writing" has none.
    const start = this.phraseStart(tokens, from, before + 1);
    const opener = start > from ? tokens[start - 1].lower : '';
    if (start > from && opener !== ',' && opener !== 'with' && !DASHES.has(opener)) return null;
    return this.subjectBefore(tokens, from, before + 1);
  }

  /**
   * The subject of a sentence whose cue is a participle or a second verb ("X responded on Twitter, calling …",
   * "X referred to … but described …"): the noun phrase the sentence opens with (after an introductory phrase
   * set off by a comma), up to the first word that reads as its verb.
   */
  private sentenceSubject(tokens: readonly Token[], from: number, cue: number): Source | null {
    const range = this.sentenceSubjectRange(tokens, from, cue);
    return range ? this.analysePhrase(tokens, range.start, range.end) : null;
  }

  /** The token range of the noun phrase a sentence opens with, before `cue`; see `sentenceSubject`. */
  private sentenceSubjectRange(tokens: readonly Token[], from: number, cue: number): { start: number; end: number } | null {
    let start = from;
    // A dateline ("WASHINGTON — …", "LA CROSSE, Wisc. — …") is not the subject.
    for (let k = start; k < Math.min(cue, start + 8); k++) {
      if (!DASHES.has(tokens[k].lower)) continue;
      if (tokens.slice(start, k).every((token) => !token.isWord || token.capitalised)) start = k + 1;
      break;
    }
    while (start < cue && (COORDINATORS.has(tokens[start].lower) || isFiller(tokens[start]))) start++;
    // "Over the years, …", "And last summer, while attending …, Rivera calls …": phrases set off by commas.
    for (let phrases = 0; phrases < 3 && start < cue && isIntroductory(tokens, start, cue, this.text); phrases++) {
      // The phrase ends at a comma that a subject follows ("In a long, frank interview, Lazar said …").
      let comma = findPhraseEnd(tokens, start, Math.min(cue, start + INTRODUCTION_REACH));
      while (comma >= 0 && comma + 1 < cue && !opensSubject(tokens[comma + 1])) {
        comma = findPhraseEnd(tokens, comma + 1, Math.min(cue, start + INTRODUCTION_REACH));
      }
      if (comma < 0) return null;
      start = comma + 1;
    }
    if (start < cue && tokens[start].capitalised && SENTENCE_WORDS.has(this.text.slice(tokens[start].start, tokens[start].end)) &&
      !DETERMINERS.has(tokens[start].lower) && !PRONOUNS.has(tokens[start].lower)) return null;
    let end = start;
    while (end < cue && end - start < 10) {
      const token = tokens[end];
      if (token.quote >= 0) break;
      if (!token.isWord) {
        if (token.lower === '.' || token.lower === '-') {
          end++;
          continue;
        }
        break;
      }
      if (!token.capitalised && end > start && (readsAsVerb(token.lower, tokens[end - 1]) || IRREGULAR_PAST.has(token.lower) ||
        CLAUSE_STOPS.has(token.lower) || cueLengthAt([token.lower], 0) > 0)) break;
      end++;
    }
    return end > start ? { start, end } : null;
  }

  /** The noun phrase ending at `end`, without a preposition before it ("from Mike Lee, who …" → Mike Lee). */
  private phraseBefore(tokens: readonly Token[], from: number, end: number): Source | null {
    let start = this.phraseStart(tokens, from, end);
    if (start < end && NOUN_PHRASE_PREPOSITIONS.has(tokens[start].lower)) start++;
    return start < end ? this.analysePhrase(tokens, start, end) : null;
  }

  /** The first token of the noun phrase that ends at `end`, read backwards to a clause boundary. */
  private phraseStart(tokens: readonly Token[], from: number, end: number): number {
    let start = end;
    while (start > from && end - start < 12) {
      const token = tokens[start - 1];
      if (token.quote >= 0) break;
      if (!token.isWord) {
        if (token.lower === '.' || token.lower === '-' || token.lower === '&') {
          start--;
          continue;
        }
        break;
      }
      if (CLAUSE_STOPS.has(token.lower) && !(token.capitalised && start - 1 > from)) break;
      // A verb ends the subject read backwards: "Rubio's campaign tweeted a video from an account called …".
      if (!token.capitalised && start < end && (cueLengthAt([token.lower], 0) > 0 ||
        (start - 2 >= from && readsAsVerb(token.lower, tokens[start - 2])))) break;
      start--;
    }
    // A leading "On Sunday" or "Last week" without a comma: the subject starts after it.
    while (start < end && (tokens[start].lower === '.' || tokens[start].lower === '-')) start++;
    if (end - start > 2 && LEADING_ADVERBIALS.has(tokens[start].lower) && tokens[start + 2].capitalised) start += 2;
    return start;
  }

  /** The noun phrase that starts at `from` (after an inverted cue or "according to"), read forwards. */
  private nounPhraseAfter(tokens: readonly Token[], from: number, to: number): Source | null {
    let end = from;
    while (end < to && end - from < 14) {
      const token = tokens[end];
      if (token.quote >= 0) break;
      if (!token.isWord) {
        if (token.lower === '.' || token.lower === '-' || token.lower === '&') {
          end++;
          continue;
        }
        break;
      }
      if (end === from && PRONOUNS.has(token.lower)) return this.resolvePronoun(token);
      const afterName = tokens[end - 1].capitalised || PRONOUNS.has(tokens[end - 1].lower);
      if (end > from && !token.capitalised && (CLAUSE_STOPS.has(token.lower) ||
        (afterName && readsAsVerb(token.lower, tokens[end - 1])) ||
        cueLengthAt([token.lower], 0) > 0) && !NOUN_PHRASE_PREPOSITIONS.has(token.lower)) break;
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
    return this.analysePhrase(tokens, from, end);
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
    if (end - start === 1 && !first.capitalised && (DETERMINERS.has(first.lower) || CLAUSE_STOPS.has(first.lower))) {
      return null;
    }
    // The head is the phrase before its first preposition that is not inside a name ("Observatory for Human").
    // A quantifier's head is what it counts: "one of two witnesses", "some of the protesters".
    const counted = QUANTIFIERS.has(first.lower) && start + 1 < end && tokens[start + 1].lower === 'of';
    let headEnd = counted ? start + 2 : start;
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
    if (headWord && headWord.capitalised) {
      // A name the entity finder did not cluster: the trailing run of capitalised words.
      let runStart = headEnd;
      while (runStart > start && (tokens[runStart - 1].capitalised || tokens[runStart - 1].lower === '.' ||
        tokens[runStart - 1].lower === '-' || tokens[runStart - 1].lower === '&')) runStart--;
      while (runStart < headEnd && !tokens[runStart].isWord) runStart++;
      const lone = runStart === headEnd - 1
        ? this.text.slice(tokens[runStart].start, tokens[runStart].end).replace(/’/gu, "'")
        : null;
      // A lone sentence word or number ("Another", "Six", "Thirteen") is capitalised without being a name.
      if (lone !== null && (SENTENCE_WORDS.has(lone) || NUMBER_WORD.test(lone) || PRONOUNS.has(lone.toLowerCase()))) {
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
    const isPerson = PERSON_NOUN.test(headWord.lower) || ROLE_WORDS.has(headWord.lower);
    // A description whose head is a time, an amount or a verb form cannot speak ("Hours later", "a lot").
    if (!isPerson && NOT_A_SPEAKER_HEAD.test(headWord.lower) && !ING_NOUNS.has(headWord.lower)) return null;
    const source: Source = {
      mention,
      name: description,
      role: null,
      kind: isPerson ? 'person' : 'thing',
      antecedent: null,
      bracketed: false,
    };
    this.rememberCommonNoun(source);
    return source;
  }

  /** Whether the preposition at `at` joins two capitalised words of one name ("Bank of America"). */
  private insideName(tokens: readonly Token[], at: number, end: number): boolean {
    const mention = this.mentionAt(tokens[at].start);
    if (mention) return true;
    return at > 0 && tokens[at - 1].capitalised && at + 1 < end && tokens[at + 1].capitalised &&
      tokens[at].lower !== 'at' && tokens[at].lower !== 'from' && tokens[at].lower !== 'in' && tokens[at].lower !== 'to';
  }

  /** The description before a name ("Centcom spokesman Army Col."), without a leading determiner; else null. */
  private roleBefore(tokens: readonly Token[], start: number, nameStart: number): string | null {
    if (tokens[start].start >= nameStart) return null;
    let end = start;
    while (end < tokens.length && tokens[end].end <= nameStart) end++;
    if (end === start) return null;
    const role = stripDeterminer(this.text.slice(tokens[start].start, tokens[end - 1].end)).replace(/[\s,]+$/u, '');
    return role === '' ? null : role;
  }

  private rememberCommonNoun(source: Source): void {
    this.commonNounSpeakers.push({ mention: this.textSpan(source.mention), name: source.name, kind: source.kind });
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
    const types: EntityType[] = pronoun === 'it' ? ['organization', 'place'] : pronoun === 'they' ? ['organization'] : ['person'];
    const kinds: Source['kind'][] = pronoun === 'they' ? ['group'] : pronoun === 'it' ? [] : ['person'];
    const entityMention = this.nearestMentionBefore(token.start, types);
    let bestStart = entityMention ? entityMention.start : -1;
    let antecedent: TextSpan | null = entityMention ? this.textSpan(entityMention) : null;
    let name = entityMention ? entityMention.entity.name : null;
    for (let k = this.commonNounSpeakers.length - 1; k >= Math.max(0, this.commonNounSpeakers.length - REACH); k--) {
      const speaker = this.commonNounSpeakers[k];
      if (speaker.mention.start >= token.start) continue;
      if (speaker.mention.start <= bestStart) break;
      if (kinds.includes(speaker.kind)) {
        bestStart = speaker.mention.start;
        antecedent = speaker.mention;
        name = speaker.name;
        break;
      }
    }
    if (!antecedent || name === null) return base;
    return { ...base, name, antecedent };
  }

  /** The nearest entity mention of one of `types` ending before `position`, outside quotations. */
  private nearestMentionBefore(position: number, types: readonly EntityType[]): MentionRef | null {
    let index = upperBound(this.mentions, position) - 1;
    for (let steps = 0; index >= 0 && steps < 200; index--, steps++) {
      const mention = this.mentions[index];
      if (mention.end > position || !types.includes(mention.entity.type)) continue;
      if (this.isQuoted(mention.start)) continue;
      return mention;
    }
    return null;
  }

  // ── Entity look-ups ─────────────────────────────────────────────────────────────────────────────────────

  private mentionAt(position: number): MentionRef | null {
    const index = upperBound(this.mentions, position) - 1;
    for (let k = index; k >= 0 && k > index - 4; k--) {
      const mention = this.mentions[k];
      if (mention.start <= position && position < mention.end) return mention;
    }
    return null;
  }

  /** The last entity mention of one of `types` lying within `[start, end)`. */
  private lastMention(start: number, end: number, types: readonly EntityType[]): MentionRef | null {
    let index = upperBound(this.mentions, end - 1) - 1;
    for (; index >= 0 && this.mentions[index].start >= start; index--) {
      const mention = this.mentions[index];
      if (mention.end <= end && types.includes(mention.entity.type)) return mention;
    }
    return null;
  }

  private isQuoted(position: number): boolean {
    const index = upperBound(this.quotedSpans, position) - 1;
    return index >= 0 && position < this.quotedSpans[index].end;
  }

  // ── Results ─────────────────────────────────────────────────────────────────────────────────────────────

  private apply(quote: Quote, finding: Finding): void {
    const { source, cue, method, via } = finding;
    const isPronoun = source.kind === 'pronoun';
    quote.speaker = { ...this.textSpan(source.mention), name: source.name, role: source.role };
    quote.cue = this.textSpan(cue);
    quote.attribution = isPronoun && method !== 'follow-on' ? 'pronoun' : method;
    quote.antecedent = source.antecedent;
    quote.via = via;
    quote.confidence = confidenceOf(method, source) * (finding.weak ? WEAK_FINDING_FACTOR : 1);
    quote.unattributedReason = null;
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
    let index = upperBound(tokens, position - 1);
    while (index < to && tokens[index].start < position) index++;
    return Math.min(index, to);
  }
}

/** Clause words that may still stand between a quote's subject and its cue (`“…,” Smith has said`). */
const FILLERS_BEFORE_CUE = new Set(['has', 'had', 'have', 'also', 'then', 'later', 'once', 'would', 'will', 'was', 'is', 'not', 'did']);

/** Common irregular past tenses, which end a subject read forwards ("Carly Fiorina threw her support …"). */
const IRREGULAR_PAST = new Set([
  'threw', 'took', 'made', 'gave', 'went', 'came', 'won', 'lost', 'spoke', 'got', 'put', 'set', 'led', 'left', 'met',
  'ran', 'saw', 'sent', 'spent', 'stood', 'struck', 'held', 'kept', 'brought', 'bought', 'built', 'began', 'broke',
  'chose', 'drew', 'drove', 'fell', 'felt', 'fought', 'found', 'grew', 'heard', 'hit', 'knew', 'let', 'meant',
  'paid', 'rose', 'sat', 'shook', 'shot', 'sold', 'sought', 'swore', 'taught', 'thought', 'tore', 'understood',
  'wore', 'withdrew', 'became', 'told', 'wrote', 'said', 'did', 'had', 'was', 'were',
]);

/** A lower-case word that reads as a verb after the word before it ("Fallon responded", "Trump makes"). */
function readsAsVerb(word: string, previous: Token): boolean {
  if (word.endsWith('ed')) return true;
  return previous.capitalised && !DETERMINERS.has(previous.lower) && word.endsWith('s') && !word.endsWith('ss');
}

/** The next comma or dash in `[from, to)`: where an introductory phrase may end. */
function findPhraseEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (tokens[k].lower === ',' || SIGNATURE_DASHES.has(tokens[k].lower)) return k;
  return -1;
}

function findForward(tokens: readonly Token[], from: number, to: number, lower: string): number {
  for (let k = from; k < to; k++) if (tokens[k].lower === lower) return k;
  return -1;
}

const DASHES = new Set(['-', '—', '–']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const FORMS_OF_BE = new Set(['is', 'was', 'will', 'would', 'seems', 'seemed', 'may', 'might', 'could', 'has', 'had']);
/** Dashes that sign a quotation with its speaker's name (`“…” ― Name`, `“…” — Name`). */
const SIGNATURE_DASHES = new Set(['―', '—', '–']);
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
/** Punctuation that may stand between a quote and its cue. */
const NEAR_CUE_PUNCTUATION = new Set(['.', ',', '-', '—', '–', '(', ')', '&']);
/** Dashes that set off an appositive between a subject and its verb ("X — a teacher from Y — says"). */
const APPOSITIVE_DASHES = new Set(['—', '–']);

/** "is telling", "was saying": the participle is the verb of its own clause. */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'keep', 'keeps', 'kept']);

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
  'given', 'even', 'among',
]);

/** Whether the sentence opens with an introductory phrase: one of those words, or a word and a comma. */
function isIntroductory(tokens: readonly Token[], start: number, end: number, text: string): boolean {
  const first = tokens[start];
  if (INTRODUCTORY_WORDS.has(first.lower) || (first.lower.endsWith('ly') && first.lower.length > 4)) return true;
  if (first.lower.endsWith('ed') || first.lower.endsWith('ing')) return true; // "Preceded at the lectern by …,"
  // "A month later, …", "Likewise, …": a few lower-case words (after a sentence word) before a comma.
  const firstIsName = first.capitalised && !SENTENCE_WORDS.has(text.slice(first.start, first.end));
  if (firstIsName || PRONOUNS.has(first.lower)) return false;
  for (let k = start + 1; k < end && k < start + 6; k++) {
    if (tokens[k].lower === ',') return true;
    if (tokens[k].capitalised || !tokens[k].isWord) return false;
  }
  return false;
}

/** A word that can open a subject: a name, a pronoun or a determiner. */
function opensSubject(token: Token): boolean {
  return token.capitalised || PRONOUNS.has(token.lower) || DETERMINERS.has(token.lower);
}

/** Prepositions of time or place before a capitalised word that is not the subject ("on Friday", "in Iowa"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since', 'until', 'by']);

function confidenceOf(method: AttributionMethod, source: Source): number {
  const base = method === 'follow-on' ? FOLLOW_ON_CONFIDENCE : method === 'bracketed' ? 0.8 : 0.9;
  if (source.kind === 'pronoun') return source.antecedent ? base - 0.15 : base - 0.4;
  if (source.kind === 'thing') return base - 0.2;
  return base;
}

/** The token standing for a whole quotation (or a piece of one). */
function quoteToken(span: Span, quote: number): Token {
  return { start: span.start, end: span.end, lower: '', isWord: false, capitalised: false, quote };
}

/** Appends the word and punctuation tokens of `text[start, end)` to `out`. */
function tokenize(text: string, start: number, end: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isBlank(code) || code === 0x0a || code === 0x0d) {
      i++;
      continue;
    }
    if (isWordCode(code)) {
      let j = i + 1;
      for (;;) {
        while (j < end && isWordCode(text.charCodeAt(j))) j++;
        // Inner apostrophes and hyphens belong to the word (don’t, Russia’s, al-Assad); a trailing one does not.
        const joiner = text.charCodeAt(j);
        if (j + 1 < end && (joiner === 0x2019 || joiner === 0x27 || joiner === 0x2d) && isWordCode(text.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      const word = text.slice(i, j);
      const lower = word.toLowerCase();
      out.push({ start: i, end: j, lower, isWord: true, capitalised: lower !== word, quote: -1 });
      i = j;
      continue;
    }
    out.push({ start: i, end: i + 1, lower: text[i], isWord: false, capitalised: false, quote: -1 });
    i++;
  }
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

function isFiller(token: Token): boolean {
  return token.isWord && !token.capitalised && (SUBJECT_VERB_FILLERS.has(token.lower) ||
    (token.lower.endsWith('ly') && token.lower.length > 4) || /n[’']t$/u.test(token.lower));
}

function isSentenceEnd(lower: string): boolean {
  return lower === '.' || lower === '!' || lower === '?';
}

/** The number of tokens of the cue starting at `tokens[at]`, within `[at, to)`; 0 when none starts there. */
function cueLength(tokens: readonly Token[], at: number, to: number): number {
  if (!mayStartCue(tokens[at].lower)) return 0;
  // After a determiner or a possessive the word is a noun: "his remarks", "Clinton's claims", "the reports".
  const previous = at > 0 ? tokens[at - 1] : undefined;
  if (previous && previous.isWord && (NOUN_MARKERS.has(previous.lower) || /[’']s$/u.test(previous.lower))) return 0;
  // A capitalised word after another word is a name ("Secretary of State", "Reading, Pa."), not a verb.
  if (tokens[at].capitalised && previous && previous.isWord) return 0;
  // "his anti-Muslim remarks": a cue ending in -s reads as a verb only after a name or a pronoun ("Smith notes"),
  // or where it ends the clause ("the ad states:", "the report notes that").
  const word = tokens[at].lower;
  if (word.endsWith('s') && word !== 'says' && previous && previous.isWord && !previous.capitalised &&
    !PRONOUNS.has(previous.lower) && !isFiller(previous) && !endsClause(tokens[at + 1])) return 0;
  return cueLengthAt(lowerWords(tokens, at, to), 0);
}

/** Whether the token after a cue closes its clause: punctuation, a quote, or "that". */
function endsClause(next: Token | undefined): boolean {
  return next === undefined || next.quote >= 0 || (!next.isWord && next.lower !== '-') || next.lower === 'that';
}

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'my', 'our', 'your', 'these', 'those', 'whose']);

/** The lower-cased words of `tokens[from, to)` up to the first non-word, for cue matching. */
function lowerWords(tokens: readonly Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to && k < from + 6 && tokens[k].isWord; k++) words.push(tokens[k].lower);
  return words;
}

function hasWordBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].isWord) return true;
  return false;
}

function spanOf(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

function lastWord(tokens: readonly Token[], start: number, end: number): Token | null {
  for (let k = end - 1; k >= start; k--) if (tokens[k].isWord) return tokens[k];
  return null;
}

function findBackward(tokens: readonly Token[], from: number, before: number, lower: string): number {
  for (let k = before - 1; k >= from; k--) {
    if (tokens[k].lower === lower) return k;
    if (tokens[k].quote >= 0) return -1;
  }
  return -1;
}

function stripDeterminer(phrase: string): string {
  return phrase.replace(/^(?:the|a|an|this|that|these|those)(?:\s+|$)/iu, '').replace(/[’']s$/u, '').trim();
}

/** The number of spans starting at or before `position` (spans sorted by start). */
function upperBound(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].start <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
