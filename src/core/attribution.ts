/**
 * Speaker attribution: who said each quotation, found the way a careful reader finds it.
 *
 * The document is tokenized once, each top-level quotation piece standing as a single token, and split into
 * sentences. For each quotation, in document order, the engine tries in turn:
 *  1. a cue right after the quotation in its sentence (`“…,” X said`, `“…,” said X`, `“…,” X, the Y of Z, said`);
 *  2. the nearest cue before it in its sentence (`X said: “…”`, `X added that … “…”`, `according to X, “…”`);
 *  3. "according to X" anywhere else in its sentence;
 *  4. the previous sentence: its quotation's speaker, or its cue's subject (a follow-on quote);
 * and resolves pronouns to the nearest compatible antecedent outside quotations. A quotation nested in another is
 * attributed the same way inside its parent's words, where a bracketed clarification
 * ("The president [Vladimir Putin] said") names the speaker. Canonical names come from the entity clusters; a
 * group noun ("the activists") takes the name of the organisation the text links it to ("activists with the …
 * Observatory"). When nothing in the text supports a speaker, the speaker is null and the reason is given.
 */
import { cueLengthAt, isAccordingTo, isParticipleCue } from './cues';
import type { FoundQuote } from './quotes';
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
  'previously', 'recently', 'earlier', 'further', 'again', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'once',
  'had', 'even', 'still', 'only', 'just', 'often', 'never', 'always', 'first', 'last', 'since', 'yesterday', 'today',
  'tonight', 'now', 'soon', 'too', 'not', 'never', 'cannot', 'should', 'can', 'shall',
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
  'organisers', 'advocates', 'authorities', 'executives', 'strategists', 'advisers', 'advisors', 'investigators',
  'monitors', 'fighters', 'rebels', 'residents', 'witnesses', 'people', 'protesters', 'demonstrators',
]);
/** Singular nouns for a person ("the spokesman", "a resident"): a he or she can stand for them. */
const PERSON_NOUN = /(?:man|woman|person|er|or|ist|ent|ant|ian|ee|ive|ate|ier|chief|head|aide|official|resident|expert|source|judge|analyst|witness|candidate|nominee|leader|member|boss|wife|husband|mother|father|son|daughter|friend)$/;

const FOLLOW_ON_CONFIDENCE = 0.7;

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
    this.results = found.map((quote) => ({
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
      unattributedReason: null,
    }));
  }

  run(): Quote[] {
    this.tokenizeDocument();
    for (let s = 0; s < this.sentences.length; s++) {
      const sentence = this.sentences[s];
      this.learnGroupLinks(sentence);
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
    this.paragraphs.forEach((paragraph, p) => {
      const pieces = piecesByParagraph[p];
      const sentenceSpans = findSentences(this.text, paragraph, pieces.map((piece) => piece.span));
      let pieceIndex = 0;
      for (const span of sentenceSpans) {
        const from = this.tokens.length;
        let position = span.start;
        while (position < span.end) {
          const piece = pieces[pieceIndex];
          const stop = piece && piece.span.start < span.end ? piece.span.start : span.end;
          tokenize(this.text, position, stop, this.tokens);
          if (stop === span.end) break;
          const quote = piece.quote;
          if (!this.tokenOfQuote.has(quote)) {
            this.tokenOfQuote.set(quote, this.tokens.length);
          }
          this.tokens.push({ ...piece.span, lower: '', isWord: false, capitalised: false, quote });
          position = piece.span.end;
          pieceIndex++;
        }
        this.sentences.push({ from, to: this.tokens.length, paragraph: p });
      }
    });
  }

  /** Records "activists with the Syrian Observatory …": later, "the activists" is that organisation. */
  private learnGroupLinks(sentence: Sentence): void {
    for (let t = sentence.from; t + 1 < sentence.to; t++) {
      const noun = this.tokens[t];
      if (!GROUP_NOUNS.has(noun.lower)) continue;
      const preposition = this.tokens[t + 1].lower;
      if (preposition !== 'with' && preposition !== 'of' && preposition !== 'from' && preposition !== 'at') continue;
      let next = t + 2;
      if (next < sentence.to && this.tokens[next].lower === 'the') next++;
      if (next >= sentence.to) continue;
      const mention = this.mentionAt(this.tokens[next].start);
      if (mention && mention.entity.type === 'organization') this.groupLinks.set(noun.lower, mention.entity);
    }
  }

  // ── Top-level quotes ────────────────────────────────────────────────────────────────────────────────────

  private attributeTopLevel(quoteIndex: number, tokenIndex: number, sentenceIndex: number): void {
    const sentence = this.sentences[sentenceIndex];
    const finding =
      this.findInSentence(this.tokens, sentence.from, sentence.to, tokenIndex) ??
      this.findFollowOn(quoteIndex, sentenceIndex, tokenIndex);
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
   * A speaker for the quote at token `at` from the cues of the token range `[from, to)`: the range is the quote's
   * sentence (for a nested quote, its parent's words).
   */
  private findInSentence(tokens: readonly Token[], from: number, to: number, at: number): Finding | null {
    return this.findCueAfter(tokens, at, to, false) ?? this.findCueBefore(tokens, from, at) ??
      this.findCueAfter(tokens, at, to, true) ?? this.findAccordingToAfter(tokens, at, to);
  }

  /**
   * `“…,” X said` / `“…,” said X` / `“…,” X, the Y of Z, said`: near the quote (a few words, across commas and
   * other quotes only), or, when `far`, anywhere later in the sentence (`“…” for Clinton, forcing her …, said X`).
   */
  private findCueAfter(tokens: readonly Token[], at: number, to: number, far: boolean): Finding | null {
    const window = far ? to : Math.min(to, at + NEAR_CUE_WINDOW);
    let inAppositive = false;
    for (let k = at + 1; k < window; k++) {
      const token = tokens[k];
      if (!token.isWord) {
        if (token.lower === ',' && k > at + 1 && tokens[k - 1].isWord) inAppositive = true;
        if (far || token.quote >= 0 || NEAR_CUE_PUNCTUATION.has(token.lower)) continue;
        return null;
      }
      const length = cueLengthAt(lowerWords(tokens, k, to), 0);
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
        const hasSubjectBetween = tokens.slice(at + 1, k).some((between) => between.isWord);
        const source = hasSubjectBetween
          ? this.subjectBefore(tokens, at + 1, k)
          : this.nounPhraseAfter(tokens, k + length, to);
        if (source) {
          const afterSource = hasSubjectBetween ? k + length : this.tokenAfter(tokens, source.mention.end, to);
          finding = { source, cue, method: 'cue-after', via: this.viaAfter(tokens, afterSource, to) };
        }
      }
      if (finding || !far) return finding;
    }
    return null;
  }

  /** `X said: “…”`, `X added that … “…”`, `According to X, “…”`: the nearest cue before the quote with a subject. */
  private findCueBefore(tokens: readonly Token[], from: number, at: number): Finding | null {
    for (let k = at - 1; k >= from; k--) {
      const token = tokens[k];
      if (!token.isWord) continue;
      // A cue's first word: skip the later words of a multiword cue, so "according to" is read from "according".
      const length = cueLengthAt(lowerWords(tokens, k, at), 0);
      if (length === 0 || k + length > at) continue;
      const cue = spanOf(tokens, k, k + length);
      const cueWords = lowerWords(tokens, k, k + length);
      if (isAccordingTo(cueWords)) {
        const source = this.nounPhraseAfter(tokens, k + length, at);
        if (source) return { source, cue, method: 'according-to', via: [] };
        continue;
      }
      // "is telling …" has its subject before it; ", saying …" shares the sentence's subject.
      const progressive = k > from && PROGRESSIVE_AUXILIARIES.has(tokens[k - 1].lower);
      let source = isParticipleCue(cueWords[0]) && !progressive
        ? this.sentenceSubject(tokens, from, k)
        : this.subjectBefore(tokens, from, k);
      let afterCue = this.tokenAfter(tokens, cue.end, at);
      if (!source) {
        const before = previousNonFiller(tokens, from, k);
        if (before >= from && COORDINATORS.has(tokens[before].lower)) {
          // "X referred to … but described …": the second verb shares the sentence's subject.
          source = this.sentenceSubject(tokens, from, before);
        } else if (before >= from && tokens[before].lower === ',' && !isParticipleCue(cueWords[0]) &&
          k + length < at && tokens[k + length].capitalised) {
          // "The paradox, says X, historian at Y, is that …": the cue is inverted mid-sentence.
          source = this.nounPhraseAfter(tokens, k + length, at);
          if (source) afterCue = this.tokenAfter(tokens, source.mention.end, at);
        }
      }
      if (source) {
        return { source, cue, method: source.bracketed ? 'bracketed' : 'cue-before', via: this.viaAfter(tokens, afterCue, at) };
      }
    }
    return this.findSpeakerLabel(tokens, from, at);
  }

  /** `Clinton: “…”`, a transcript's or a list's speaker label: a short name, a colon, the quote. */
  private findSpeakerLabel(tokens: readonly Token[], from: number, at: number): Finding | null {
    const colon = at - 1;
    if (colon <= from || tokens[colon].lower !== ':' || colon - from > 5) return null;
    for (let k = from; k < colon; k++) if (tokens[k].isWord && !tokens[k].capitalised) return null;
    const source = this.analysePhrase(tokens, from, colon);
    return source ? { source, cue: tokens[colon], method: 'cue-before', via: [] } : null;
  }

  /** "according to X" elsewhere in the quote's sentence, after the quote. */
  private findAccordingToAfter(tokens: readonly Token[], at: number, to: number): Finding | null {
    for (let k = at + 1; k + 1 < to; k++) {
      if (tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
      const source = this.nounPhraseAfter(tokens, k + 2, to);
      if (source) return { source, cue: spanOf(tokens, k, k + 2), method: 'according-to', via: [] };
    }
    return null;
  }

  /** "…, according to the Guardian newspaper": who the words reached the writer through. */
  private viaAfter(tokens: readonly Token[], from: number, to: number): TextSpan[] {
    for (let k = from; k + 1 < to; k++) {
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
    for (let t = tokenIndex - 1; t >= sentence.from; t--) {
      const earlier = this.tokens[t].quote;
      if (earlier >= 0 && earlier !== quoteIndex && this.results[earlier].speaker) return this.inherit(earlier);
    }
    const previous = this.sentences[sentenceIndex - 1];
    if (!previous || previous.paragraph < sentence.paragraph - 1) return null;
    const sameParagraph = previous.paragraph === sentence.paragraph;
    const startsParagraph = !sameParagraph && tokenIndex === sentence.from;
    if (!sameParagraph && !startsParagraph) return null;
    for (let t = previous.to - 1; t >= previous.from; t--) {
      const earlier = this.tokens[t].quote;
      if (earlier >= 0) return this.results[earlier].speaker ? this.inherit(earlier) : null;
    }
    for (let k = previous.from; k < previous.to; k++) {
      if (!this.tokens[k].isWord) continue;
      const length = cueLengthAt(lowerWords(this.tokens, k, previous.to), 0);
      if (length === 0) continue;
      const cueWords = lowerWords(this.tokens, k, k + length);
      const source = isAccordingTo(cueWords)
        ? this.nounPhraseAfter(this.tokens, k + length, previous.to)
        : this.subjectBefore(this.tokens, previous.from, k);
      if (source && source.kind !== 'thing') {
        return { source, cue: spanOf(this.tokens, k, k + length), method: 'follow-on', via: [] };
      }
    }
    return null;
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
    const innerTokens: Token[] = [];
    const innerStart = parent.start + 1;
    tokenize(this.text, innerStart, nested.start, innerTokens);
    const at = innerTokens.length;
    innerTokens.push({ start: nested.start, end: nested.end, lower: '', isWord: false, capitalised: false, quote: index });
    tokenize(this.text, nested.end, Math.max(nested.end, parent.end - 1), innerTokens);
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
    if (end <= from) return null;
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
    if (tokens[end - 1].lower === ',') {
      // "X, the Y of Z, said": the appositive runs back to the previous comma; the subject stands before it.
      const comma = findBackward(tokens, from, end - 1, ',');
      const appositiveStart = comma + 1;
      const first = tokens[appositiveStart];
      const isAppositive = comma > from && first !== undefined && appositiveStart < end - 1 &&
        (!first.capitalised || DETERMINERS.has(first.lower) || /^\d/.test(first.lower) || first.lower === 'who');
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
    return this.analysePhrase(tokens, start, end);
  }

  /**
   * The subject of a sentence whose cue is a participle or a second verb ("X responded on Twitter, calling …",
   * "X referred to … but described …"): the noun phrase the sentence opens with (after an introductory phrase
   * set off by a comma), up to the first word that reads as its verb.
   */
  private sentenceSubject(tokens: readonly Token[], from: number, cue: number): Source | null {
    let start = from;
    if (start < cue && LEADING_ADVERBIALS.has(tokens[start].lower)) {
      const comma = findForward(tokens, start, Math.min(cue, start + 8), ',');
      if (comma < 0) return null;
      start = comma + 1;
    }
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
      if (!token.capitalised && end > start && (readsAsVerb(token.lower, tokens[end - 1]) ||
        CLAUSE_STOPS.has(token.lower) || cueLengthAt([token.lower], 0) > 0)) break;
      end++;
    }
    return end > start ? this.analysePhrase(tokens, start, end) : null;
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
      start--;
    }
    // A leading "On Sunday" or "Last week" without a comma: the subject starts after it.
    while (start < end && (tokens[start].lower === '.' || tokens[start].lower === '-')) start++;
    if (end - start > 2 && LEADING_ADVERBIALS.has(tokens[start].lower)) start += 2;
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
    if (end - start === 1 && PRONOUNS.has(first.lower)) return this.resolvePronoun(first);
    if (end - start === 1 && !first.capitalised && (DETERMINERS.has(first.lower) || CLAUSE_STOPS.has(first.lower))) {
      return null;
    }
    // The head is the phrase before its first preposition that is not inside a name ("Observatory for Human").
    let headEnd = start;
    while (headEnd < end) {
      const token = tokens[headEnd];
      if (NOUN_PHRASE_PREPOSITIONS.has(token.lower) && headEnd > start && !this.insideName(tokens, headEnd, end)) break;
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
      if (runStart < headEnd && !(runStart === headEnd - 1 && PRONOUNS.has(tokens[runStart].lower))) {
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
    const source: Source = {
      mention,
      name: description,
      role: null,
      kind: PERSON_NOUN.test(headWord.lower) ? 'person' : 'thing',
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
    const base: Source = { mention, name: this.text.slice(token.start, token.end), role: null, kind: 'pronoun', antecedent: null, bracketed: false };
    if (pronoun === 'i' || pronoun === 'we') return base;
    const types: EntityType[] = pronoun === 'it' ? ['organization', 'place'] : pronoun === 'they' ? ['organization'] : ['person'];
    const kinds: Source['kind'][] = pronoun === 'they' ? ['group'] : pronoun === 'it' ? [] : ['person'];
    const entityMention = this.nearestMentionBefore(token.start, types);
    let bestStart = entityMention ? entityMention.start : -1;
    let antecedent: TextSpan | null = entityMention ? this.textSpan(entityMention) : null;
    let name = entityMention ? entityMention.entity.name : null;
    for (let k = this.commonNounSpeakers.length - 1; k >= 0; k--) {
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
    quote.confidence = confidenceOf(method, source);
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

/** A lower-case word that reads as a verb after the word before it ("Fallon responded", "Trump makes"). */
function readsAsVerb(word: string, previous: Token): boolean {
  if (word.endsWith('ed')) return true;
  return previous.capitalised && word.endsWith('s') && !word.endsWith('ss');
}

function findForward(tokens: readonly Token[], from: number, to: number, lower: string): number {
  for (let k = from; k < to; k++) if (tokens[k].lower === lower) return k;
  return -1;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'then']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'our']);

/** The index of the last token before `before` that is not a filler ("also", "has"), or `from - 1`. */
function previousNonFiller(tokens: readonly Token[], from: number, before: number): number {
  let k = before - 1;
  while (k >= from && isFiller(tokens[k])) k--;
  return k;
}

/** How many tokens after a quote its cue may stand and still read as its own (`“…,” the senator from X said`). */
const NEAR_CUE_WINDOW = 16;
/** Punctuation that may stand between a quote and its cue. */
const NEAR_CUE_PUNCTUATION = new Set(['.', ',', '-', '—', '–', '(', ')']);

/** "is telling", "was saying": the participle is the verb of its own clause. */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'keeps', 'kept']);

/** Words that open an adverbial before a subject when no comma sets it off ("On Sunday Smith said"). */
const LEADING_ADVERBIALS = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later']);

function confidenceOf(method: AttributionMethod, source: Source): number {
  const base = method === 'follow-on' ? FOLLOW_ON_CONFIDENCE : method === 'bracketed' ? 0.8 : 0.9;
  if (source.kind === 'pronoun') return source.antecedent ? base - 0.15 : base - 0.4;
  if (source.kind === 'thing') return base - 0.2;
  return base;
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

/** The lower-cased words of `tokens[from, to)` up to the first non-word, for cue matching. */
function lowerWords(tokens: readonly Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to && k < from + 6 && tokens[k].isWord; k++) words.push(tokens[k].lower);
  return words;
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
  return phrase.replace(/^(?:the|a|an|this|that|these|those)\s+/iu, '').replace(/[’']s$/u, '').trim();
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
