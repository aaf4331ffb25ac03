/**
 * Writes syntaxes/seed.tmLanguage.json, the TextMate grammar of seed articles (`node out/scripts/grammar.js`).
 *
 * The grammar gives the first colour, one line at a time; the editor decorations carry the analysis. Its regexes
 * are built here from word lists because speed decides their shape (measured by `npm run bench`):
 * - vscode-textmate searches every regex of the active rule on every call, so related rules share one regex;
 * - Oniguruma skips quickly to where a match can start only when it can tell a regex's first characters, so every
 *   alternative starts with literal characters (never an optional group, a look-behind or a class mixing ASCII with
 *   other characters), and word lists become factored alternations (tries) that reject a position after one letter;
 * - line-start rules live in a paragraph rule that is entered at the start of each line, so that they are not searched
 *   again inside the line;
 * - lines shorter than 1000 bytes are searched by Oniguruma's RegSet, which tries every regex of the rule position by
 *   position and caches nothing between calls: a regex with nothing for the engine to skip to (`$`, an alternation
 *   mixing `$` with a mark) is run at every character. Rules therefore end at the line's own "\n" (vscode-textmate
 *   appends it to every line), which the engine finds by a fast character search, never at `$`;
 * - a look-ahead class of the possible first letters lets a word list reject most words after one comparison.
 */
import * as fs from 'fs';
import * as path from 'path';

type Rule = Record<string, unknown>;
type Captures = Record<string, { name: string }>;

/** One or more spaces, no-break spaces included. */
const SPACE = '[\\s\\u00a0]+';

/** Characters with a meaning in a regex outside a class. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/;

/**
 * A factored alternation matching exactly the given words (a space in a word matches any run of spaces):
 * ["said", "says", "told"] becomes `(?:sa(?:id|ys)|told)`, which the engine rejects after one character.
 */
export function wordTrie(words: readonly string[]): string {
  interface TrieNode { children: Map<string, TrieNode>; endsWord: boolean }
  if (words.length === 0 || words.includes('')) {
    throw new Error('a word trie needs words, none of them empty');
  }
  const root: TrieNode = { children: new Map(), endsWord: false };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.children.get(char);
      if (child === undefined) {
        child = { children: new Map(), endsWord: false };
        node.children.set(char, child);
      }
      node = child;
    }
    node.endsWord = true;
  }
  const atom = (char: string): string => (char === ' ' ? SPACE : REGEX_SPECIAL.test(char) ? `\\${char}` : char);
  /** The alternatives that follow a node, each a regex for one way to go on. */
  const branchesAfter = (node: TrieNode): string[] => {
    const branches = [...node.children.keys()].sort().map((char) => ({ char, rest: build(node.children.get(char)!) }));
    // Branches that end after one plain character share a class: [ds] rather than d|s.
    const singles = branches.filter((branch) => branch.rest === '' && branch.char !== ' ');
    const longer = branches.filter((branch) => !singles.includes(branch)).map((branch) => atom(branch.char) + branch.rest);
    return singles.length > 1
      ? [...longer, `[${singles.map((branch) => (/[\]\\^-]/.test(branch.char) ? `\\${branch.char}` : branch.char)).join('')}]`]
      : [...longer, ...singles.map((branch) => atom(branch.char))];
  };
  const build = (node: TrieNode): string => {
    const parts = branchesAfter(node);
    if (parts.length === 0) {
      return '';
    }
    const isOneAtom = parts.length === 1 && /^(\\.|.|\[[^\]]*\])$/u.test(parts[0]);
    if (node.endsWord) {
      return isOneAtom ? `${parts[0]}?` : `(?:${parts.join('|')})?`;
    }
    return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
  };
  return `(?:${branchesAfter(root).join('|')})`;
}

const capitaliseFirst = (word: string): string => word[0].toUpperCase() + word.slice(1);

/** Each word as written, with a capital first letter, and in title case ("Secretary of State"). */
function withCapitals(words: readonly string[]): string[] {
  const titleCase = (word: string): string => word.split(' ').map((part) => (part === 'of' ? part : capitaliseFirst(part))).join(' ');
  return [...new Set(words.flatMap((word) => [word, capitaliseFirst(word), titleCase(word)]))].sort();
}

/** Number of capture groups in an Oniguruma pattern: "(" not escaped, not in a class, not followed by "?". */
export function captureGroupCount(pattern: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      i++;
    } else if (inClass) {
      inClass = char !== ']';
    } else if (char === '[') {
      inClass = true;
      if (pattern[i + 1] === ']' || (pattern[i + 1] === '^' && pattern[i + 2] === ']')) {
        i += pattern[i + 1] === '^' ? 2 : 1;
      }
    } else if (char === '(' && pattern[i + 1] !== '?') {
      count++;
    }
  }
  return count;
}

interface Alternative {
  readonly pattern: string;
  /** Scope of the whole alternative. */
  readonly scope?: string;
  /** Scopes of capture groups inside the pattern, by their number within it. */
  readonly groups?: Readonly<Record<number, string>>;
}

/** One regex for several rules (fewer regexes make a faster grammar), each alternative keeping its own scopes. */
function alternatives(comment: string, ...rules: Alternative[]): Rule {
  const captures: Captures = {};
  let group = 0;
  for (const rule of rules) {
    group++;
    if (rule.scope !== undefined) {
      captures[String(group)] = { name: rule.scope };
    }
    for (const [inner, scope] of Object.entries(rule.groups ?? {})) {
      captures[String(group + Number(inner))] = { name: scope };
    }
    group += captureGroupCount(rule.pattern);
  }
  return { comment, match: rules.map((rule) => `(${rule.pattern})`).join('|'), captures };
}

/**
 * Alternatives that all start a word: the word boundary is tested once, in front of them all, rather than once in
 * front of each of them at every candidate position.
 */
function alternativesAtWordStart(comment: string, ...rules: Alternative[]): Rule {
  const rule = alternatives(comment, ...rules);
  return { ...rule, match: `\\b(?:${String(rule.match)})` };
}

function quotation(name: string, begin: string, end: string, patterns: string[], comment?: string): Rule {
  return {
    ...(comment === undefined ? {} : { comment }),
    name,
    begin,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.seed' } },
    end,
    endCaptures: { 1: { name: 'punctuation.definition.string.end.seed' } },
    patterns: patterns.map((include) => ({ include })),
  };
}

// ---- Dates ----

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTHS_NOT_MAY = MONTHS.filter((month) => month !== 'May'); // "may" is mostly a verb
const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_ABBREVIATIONS = ['Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.'];
/** "Oct." may be followed by anything; "October" by no letter. */
const WORD_END = '(?:(?<=\\.)|(?!\\p{L}))';

const MONTH = wordTrie([...MONTHS, ...MONTH_ABBREVIATIONS]) + WORD_END;
const WEEKDAY = wordTrie([...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS]) + WORD_END;
const DAY = '(?:[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)?\\b';
const YEAR = '[12][0-9]{3}\\b';
const MONTH_DAY_YEAR = `${MONTH}${SPACE}(?:${YEAR}|${DAY}(?:,?${SPACE}${YEAR})?)|${DAY}${SPACE}${MONTH}(?:,?${SPACE}${YEAR})?`;
const CALENDAR_DATE = `(?:${WEEKDAY},?${SPACE}(?:${MONTH_DAY_YEAR})|${MONTH_DAY_YEAR}|${wordTrie(MONTHS_NOT_MAY)}\\b)`;
const ISO_DATE = '\\b[12][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\\b';
const NUMERIC_DATE = '\\b[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})\\b';

const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'];
const AGO = `${SPACE}${wordTrie(UNITS)}${SPACE}(?:ago|earlier|later)\\b`;

const RELATIVE_DAYS = ['yesterday', 'today', 'tomorrow', 'tonight'];
const DEICTICS = ['last', 'next', 'this', 'earlier this', 'later this'];
const COUNTS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'a few', 'several'];

/** "last Tuesday", "two days ago", "yesterday", with the first word as `firstWordCase` writes it. */
function relativeDate(firstWordCase: (word: string) => string): string {
  const periods = ['week', 'weekend', 'month', 'year', 'spring', 'summer', 'fall', 'autumn', 'winter', 'morning',
    'afternoon', 'evening', 'night', ...WEEKDAYS, ...MONTHS_NOT_MAY];
  const days = RELATIVE_DAYS.map(firstWordCase);
  const deictics = DEICTICS.map(firstWordCase);
  const counts = COUNTS.map(firstWordCase);
  return `(?:${wordTrie(days)}|${wordTrie(deictics)}${SPACE}${wordTrie(periods)}|${wordTrie(counts)}${AGO})\\b`;
}

/**
 * A look-ahead for the first letters of the words: most words of a sentence fail it at their first letter, before
 * the word list is tried.
 */
export function firstLetterCheck(words: readonly string[]): string {
  const initials = [...new Set(words.map((word) => word[0]))].sort();
  if (initials.some((initial) => !/^\p{Ll}$/u.test(initial))) {
    throw new Error('first letters are checked for words in lower case only');
  }
  return `(?=[${initials.join('')}])`;
}

const RELATIVE_DATE_CAPITALISED = `(?:${relativeDate(capitaliseFirst)}|${wordTrie(WEEKDAYS)}\\b)`;
const DIGITS_AGO = `\\b[0-9]+${AGO}`;

/** A year after a preposition ("since 2012"), checked behind the digits so the search runs on the rare years. */
const LIKELY_YEAR = '(?:1[89]|20)[0-9]{2}';
const YEAR_AFTER_PREPOSITION = `\\b${LIKELY_YEAR}\\b(?<=${
  withCapitals(['in', 'since', 'until', 'by', 'from', 'through', 'before', 'after', 'during', 'early', 'late'])
    .map((preposition) => `\\b${preposition}[\\s\\u00a0]${LIKELY_YEAR}`).join('|')})(?![,.][0-9])`;

const UPDATED = `${wordTrie(['Updated', 'Published', 'Posted', 'Last updated', 'Last Updated'])}(?::|(?=${SPACE}[A-Z0-9]))`;

// ---- Attribution cues and titles ----

const CUES = [
  'according to', 'pointed out', 'as quoted by',
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling',
  'added', 'adds', 'adding', 'wrote', 'writes', 'asked', 'asks',
  'noted', 'noting', 'argued', 'argues', 'arguing', 'insisted', 'insists', 'insisting',
  'explained', 'explains', 'explaining', 'stated', 'declared', 'declares', 'announced', 'announces',
  'claimed', 'replied', 'replies', 'responded', 'responds', 'continued', 'recalled', 'recalls',
  'warned', 'warns', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes',
  'confirmed', 'confirms', 'denied', 'denies', 'suggested', 'suggests', 'testified', 'testifies',
  'tweeted', 'remarked', 'observed', 'emphasized', 'emphasised', 'stressed', 'concluded',
  'complained', 'cautioned', 'predicted', 'quipped', 'shouted', 'yelled', 'whispered',
  'reported', 'wondered', 'quoted', 'quoting', 'citing', 'cited',
];
const CUES_OPENING_A_SENTENCE = ['According to', 'Asked', 'Citing', 'Quoting'];

/** Offices also written in lower case before a name: "spokesman Tom Becker", "team captain Jasmine Oduya". */
const LOWER_CASE_TITLES = [
  'president', 'prime minister', 'minister', 'secretary', 'chancellor', 'governor', 'senator', 'mayor',
  'councilman', 'councilwoman', 'council member', 'commissioner', 'director', 'chairman', 'chairwoman',
  'spokesman', 'spokeswoman', 'spokesperson', 'sheriff', 'coach', 'captain', 'professor', 'judge', 'ambassador',
];
const CAPITALISED_TITLES = [
  ...withCapitals([...LOWER_CASE_TITLES, 'premier', 'representative', 'congressman', 'congresswoman', 'councillor',
    'councilor', 'alderman', 'chairperson', 'detective', 'superintendent', 'secretary of state'])
    .filter((title) => /^\p{Lu}/u.test(title)),
  // "Deputy Mayor Ana Ruiz": the modifier and the office are marked alike.
  'Deputy', 'Vice', 'Acting', 'Assistant', 'Associate', 'Interim',
  'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister', 'Interior Minister',
  'Health Minister', 'Foreign Secretary', 'Defense Secretary', 'Police Chief', 'Fire Chief',
  'Colonel', 'Lieutenant', 'Sergeant', 'Corporal', 'Admiral', 'Commander',
  'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Reverend',
  'Sir', 'Dame', 'Sheikh', 'Emir', 'Sultan',
  'Gov.', 'Sen.', 'Rep.', 'Gen.', 'Col.', 'Lt.', 'Maj.', 'Capt.', 'Sgt.', 'Cpl.', 'Adm.', 'Cmdr.', 'Rev.', 'Prof.',
  'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Supt.', 'Det.', 'Insp.',
];
const BEFORE_A_NAME = '(?=[ \\u00a0]+[\\p{Lu}\\[])';

// ---- Quotations, brackets, captions, datelines ----

/** An opening single mark follows no letter or digit and is not an elision ('90s, 'em, 'til, rock 'n' roll). */
const SINGLE_BEGIN = "(?:'|‘)(?<![\\p{L}\\p{N}]['‘])(?!(?:[Ee]m|[Tt]il|[Cc]ause|[Tt]is|[Tt]was|n)\\b|\\d\\ds\\b)(?=\\S)";
/**
 * The end of a line: the "\n" that vscode-textmate appends to every line. Unlike `$` the engine can search for it.
 */
const LINE_END = '\\n';
/** A closing single mark follows a non-space and no letter follows it ("don’t" stays inside); a double mark ends it. */
const SINGLE_END = `(['’])(?<=\\S['’])(?![\\p{L}\\p{N}])|(?=”|")|${LINE_END}`;
const INSERTION = '(\\[)[^\\[\\]]*+(\\])';
/**
 * A parenthesis naming a photographer or agency: "(Photo: …)", "(AP Photo/…)", "(… via AP)". The look-ahead for the
 * closing parenthesis comes first, so that an unclosed one fails at once instead of being searched again at every "via".
 */
const CREDIT = '\\((?=[^()]*+\\))(?:(?:Photos?|Image|Video|Illustration|Credit|Photo[ \\u00a0]credit|Courtesy|File[ \\u00a0]photo)\\b[^()]*+'
  + '|[^()]*?(?:\\bvia[ \\u00a0]+\\p{Lu}|\\bPhoto/|Getty[ \\u00a0]Images|Shutterstock)[^()]*+)\\)';
/** The place a story was filed from, in capitals before a dash: "WESTFIELD — ". */
const PLACE_DATELINE = "(\\p{Lu}[\\p{Lu}\\p{M}'’.\\- ]*\\p{Lu}\\.?(?:,(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}.]*)+)?)"
  + '(?=[ \\u00a0]+(?:—|–|--)[ \\u00a0])';

export function buildSeedGrammar(): Rule {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Seed Article',
    scopeName: 'text.seed',
    comment: 'Generated by scripts/grammar.ts, which explains the shape of its regexes: edit that file, not this one.',
    patterns: [{ include: '#headline' }, { include: '#caption' }, { include: '#paragraph' }],
    repository: {
      headline: {
        comment: 'The first non-blank line: \\A matches only at the start of the first line, and the rule stays open over leading blank lines.',
        name: 'markup.heading.seed',
        begin: '\\A',
        end: '(?<=\\S)\\s*$',
        patterns: [{ include: '#quotations' }, { include: '#insertion' }],
      },
      caption: {
        comment: 'A line that ends with a photo credit is a caption.',
        name: 'markup.italic.caption.seed',
        begin: `^(?=.*${CREDIT}\\s*$)`,
        end: LINE_END,
        patterns: [{ include: '#quotations' }, { include: '#brackets' }, { include: '#dates-titles-cues' },
          { include: '#numeric-dates' }],
      },
      paragraph: {
        comment: 'Every other line, entered at its start (where a dateline place is marked) so that line-start rules are not searched inside the line.',
        begin: `^(?=.)(?:${PLACE_DATELINE})?`,
        beginCaptures: { 1: { name: 'markup.bold.dateline.seed' } },
        end: LINE_END,
        patterns: [{ include: '#quotations' }, { include: '#brackets' }, { include: '#dates-titles-cues' },
          { include: '#numeric-dates' }, { include: '#lower-case-words' }],
      },
      quotations: {
        patterns: [{ include: '#quote-double-curly' }, { include: '#quote-double-straight' }, { include: '#quote-single' }],
      },
      'quote-double-curly': quotation('string.quoted.double.seed', '“', `(”)|${LINE_END}`, ['#quote-single-innermost', '#insertion'],
        'A quotation still open at the end of its line ends there: each paragraph of a long quotation reopens the mark.'),
      'quote-double-straight': quotation('string.quoted.double.seed', '"', `(")|${LINE_END}`, ['#quote-single-innermost', '#insertion']),
      'quote-single': quotation('string.quoted.single.seed', SINGLE_BEGIN, SINGLE_END, ['#quote-double-innermost', '#insertion'],
        "O'Neill, it’s, '90s and 'em hold apostrophes, not quotation marks. A double mark ends an unclosed single quotation so that its enclosing one can close."),
      'quote-single-innermost': quotation('string.quoted.single.seed', SINGLE_BEGIN, SINGLE_END, ['#insertion'],
        'Nesting stops at two levels, so that a line of opening marks cannot build an ever deeper stack.'),
      'quote-double-innermost': quotation('string.quoted.double.seed', '“', `(”)|${LINE_END}`, ['#insertion'],
        'A curly double quotation inside a single one (the British order); nesting stops here.'),
      insertion: {
        comment: "An editor's [bracketed insertion] or clarification, as in “He [the mayor] said …”.",
        name: 'markup.inserted.bracketed.seed',
        match: INSERTION,
        captures: {
          1: { name: 'punctuation.definition.insertion.begin.seed' },
          2: { name: 'punctuation.definition.insertion.end.seed' },
        },
      },
      brackets: alternatives('[Bracketed insertions] and (photo credits).',
        {
          pattern: INSERTION,
          scope: 'markup.inserted.bracketed.seed',
          groups: { 1: 'punctuation.definition.insertion.begin.seed', 2: 'punctuation.definition.insertion.end.seed' },
        },
        { pattern: CREDIT, scope: 'comment.line.credit.seed' }),
      'dates-titles-cues': alternativesAtWordStart(
        'Calendar dates (Oct. 18, 2015; Tuesday, Feb. 6, 2024; 4 March 2024), relative dates with a capital (Sunday, Last week), "Updated:", a title before a name (Deputy Mayor, Col., Dr.) and cues that open a sentence (According to).',
        { pattern: CALENDAR_DATE, scope: 'constant.numeric.date.seed' },
        { pattern: RELATIVE_DATE_CAPITALISED, scope: 'constant.numeric.date.relative.seed' },
        { pattern: UPDATED, scope: 'keyword.other.updated.seed' },
        { pattern: `${wordTrie(CAPITALISED_TITLES)}${BEFORE_A_NAME}`, scope: 'entity.name.type.title.seed' },
        { pattern: `${wordTrie(CUES_OPENING_A_SENTENCE)}\\b`, scope: 'support.function.cue.seed' }),
      'numeric-dates': alternatives(
        'Dates written in digits: 2024-03-04, 3/4/2024, 3 weeks ago, and a year after a preposition (since 2012).',
        { pattern: ISO_DATE, scope: 'constant.numeric.date.seed' },
        { pattern: NUMERIC_DATE, scope: 'constant.numeric.date.seed' },
        { pattern: DIGITS_AGO, scope: 'constant.numeric.date.relative.seed' },
        { pattern: YEAR_AFTER_PREPOSITION, scope: 'constant.numeric.date.year.seed' }),
      'lower-case-words': alternatives(
        'Cues (said, told, according to), titles (spokesman, president) and relative dates (last week, two days ago) in lower case, found from the space before them: a search that may start at any space costs far less than one that may start at any lower-case letter.',
        { pattern: ` ${firstLetterCheck(CUES)}(${wordTrie(CUES)})\\b`, groups: { 1: 'support.function.cue.seed' } },
        {
          pattern: ` ${firstLetterCheck(LOWER_CASE_TITLES)}(${wordTrie(LOWER_CASE_TITLES)})${BEFORE_A_NAME}`,
          groups: { 1: 'entity.name.type.title.seed' },
        },
        {
          pattern: ` ${firstLetterCheck([...RELATIVE_DAYS, ...DEICTICS, ...COUNTS])}(${relativeDate((word) => word)})`,
          groups: { 1: 'constant.numeric.date.relative.seed' },
        }),
    },
  };
}

export const SEED_GRAMMAR_FILE = path.join('syntaxes', 'seed.tmLanguage.json');

export function seedGrammarText(): string {
  return `${JSON.stringify(buildSeedGrammar(), null, 2)}\n`;
}

if (require.main === module) {
  const file = path.resolve(__dirname, '..', '..', SEED_GRAMMAR_FILE);
  fs.writeFileSync(file, seedGrammarText());
  console.log(`wrote ${file}`);
}
