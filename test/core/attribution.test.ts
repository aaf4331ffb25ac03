import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Quote } from '../../src/core/types';

/** Every sentence here is made up for the rule it checks. */
function quotesOf(text: string): Quote[] {
  return analyze(text).quotes;
}

/** The quote that starts with `opening`, as [speaker name, mention text, attribution]. */
function reading(text: string, opening: string): [string | null, string | null, string | null] {
  const quote = quotesOf(text).find((candidate) => candidate.content.startsWith(opening));
  assert.ok(quote, `no quote starting ${opening}`);
  return [quote.speaker?.name ?? null, quote.speaker?.text ?? null, quote.attribution];
}

suite('attribution', () => {
  suite('documents one after another', () => {
    test('a document reads the same after a longer one and after a shorter one', () => {
      const text = [
        'Mara Quill, the ferry captain, said the crossing was late. “The fog came in fast,” she said.',
        '“We waited an hour.” Quill added that no one was hurt.',
        'The harbour office, according to its director Ivo Brandt, “will review the timetable.”',
      ].join('\n\n');
      // Longer documents whose words differ from its own, in case and in place, and a shorter one.
      const others = [
        `“Well,” said the mayor. ${text.toUpperCase()} THE END, HE SAID.\n\n${text.toUpperCase()}`,
        `“Well.” ${text.toLowerCase()}\n\n${text}\n\nHe said, “It's ‘fine,’ really.”`,
        '“Yes,” Brandt said.',
      ];
      for (const other of others) {
        quotesOf(other);
        const quotes = quotesOf(text);
        assert.deepStrictEqual(quotes.map((quote) => quote.speaker?.name), ['Mara Quill', 'Mara Quill', 'Ivo Brandt']);
        assert.deepStrictEqual(quotes.map((quote) => quote.cue?.text), ['said', 'added', 'according to']);
      }
    });
  });

  suite('cues after the quote', () => {
    test('“…” NOUN added by AGENT: the agent of the participle used the words', () => {
      const text = 'Senators blocked the bill because of “poison pill” riders added by the Harbour Party on other issues.';
      assert.deepStrictEqual(reading(text, 'poison pill')[2], 'cue-after');
      assert.match(reading(text, 'poison pill')[1] ?? '', /Harbour Party/);
    });

    test('an irregular participle’s agent after the quote is the speaker, without its "by": "“…,” written by AGENT"', () => {
      const text = 'The crew sang “Salt and Sorrow,” written by a harbour comedy troupe, all the way home.';
      assert.deepStrictEqual(reading(text, 'Salt and Sorrow')[1], 'a harbour comedy troupe');
    });

    test('“…,” as NAME said: the "as" clause reports the quote', () => {
      const text = 'Still, the fact that the race “is a coin toss,” as Dora Vance said on the radio, only adds to it.';
      assert.deepStrictEqual(reading(text, 'is a coin toss'), ['Dora Vance', 'Dora Vance', 'cue-after']);
    });

    test('a term’s phrase closed by “, as NAME said” is reported by that clause: a “…” candidate, as NAME suggested', () => {
      const text = 'The wins show that Ada Quill is more than a “harbour” candidate, as Dora Vance suggested last week.';
      assert.deepStrictEqual(reading(text, 'harbour'), ['Dora Vance', 'Dora Vance', 'cue-after']);
      // A possessive whose apostrophe stands alone ("Rhodes’") is part of the clause's subject.
      const possessive = 'Ada Quill is more than a “harbour” candidate, as Rhodes’ campaign manager suggested after the vote.';
      assert.deepStrictEqual(reading(possessive, 'harbour')[1], 'Rhodes’ campaign manager');
      // An "as" of time names no one.
      const time = 'Ada Quill stayed a “harbour” candidate, as the race moved on.';
      assert.notStrictEqual(reading(time, 'harbour')[1], 'the race');
    });

    test('a sentence-final “, ROLE NAME said” attributes a fragment far before it', () => {
      const text = 'The plan will carry “a lot of weight” and help members win, party spokesman Neil Brook said.';
      assert.deepStrictEqual(reading(text, 'a lot of weight'), ['Neil Brook', 'Neil Brook', 'cue-after']);
    });

    test('a whole utterance missing its comma still takes the cue after a long subject', () => {
      const text = '“It was fine,” Bo Tan said. “We met him at home” the paper’s editor John Roe replied.';
      assert.deepStrictEqual(reading(text, 'We met him'), ['John Roe', 'John Roe', 'cue-after']);
    });

    test('“…,” NAME said', () => {
      assert.deepStrictEqual(reading('“The pier will reopen in May,” Lena Ostrova said.', 'The pier'),
        ['Lena Ostrova', 'Lena Ostrova', 'cue-after']);
    });

    test('“…,” said ROLE NAME: the role stays outside the name', () => {
      const [quote] = quotesOf('“The pier will reopen in May,” said harbour spokesman Tomas Reyes.');
      assert.strictEqual(quote.speaker?.name, 'Tomas Reyes');
      assert.strictEqual(quote.speaker?.role, 'harbour spokesman');
      assert.strictEqual(quote.cue?.text, 'said');
    });

    test('“…,” NAME, the Y of Z, said', () => {
      assert.deepStrictEqual(
        reading('“We are ready,” Ines Barros, the head of the ferry union, said on Friday.', 'We are ready'),
        ['Ines Barros', 'Ines Barros', 'cue-after'],
      );
    });

    test('a quotation over two paragraphs takes the cue after its end, not the previous speaker', () => {
      const text = '“The tide tables are wrong,” Ivo Brandt said.\n\n' +
        '“We checked them twice.\n\n“Nobody listened,” Marta Quill said.';
      const quote = quotesOf(text).find((candidate) => candidate.content.startsWith('We checked'));
      assert.ok(quote);
      assert.strictEqual(quote.speaker?.name, 'Marta Quill');
      assert.strictEqual(quote.attribution, 'cue-after');
      assert.strictEqual(text.slice(quote.speaker.start, quote.speaker.end), 'Marta Quill');
    });

    test('“…,” ROLE NAME told: a currency sign in the role does not cut the cue off', () => {
      const text = 'The union plans a march, the Daily Ledger reports. “We cannot pay rent,” the $20 Club organiser ' +
        'Kendall Fells told a local station.';
      assert.deepStrictEqual(reading(text, 'We cannot'), ['Kendall Fells', 'Kendall Fells', 'cue-after']);
    });

    test('“…?” NAME asked: a question mark does not cut the writer’s sentence', () => {
      assert.deepStrictEqual(reading('“Who pays for the dredging?” Councillor Abel Moss asked.', 'Who pays'),
        ['Abel Moss', 'Abel Moss', 'cue-after']);
    });

    test('a description with no name is the speaker, without its determiner', () => {
      assert.deepStrictEqual(
        reading('“The water rose overnight,” said a fisherman from the lower harbour, who asked not to be named.', 'The water'),
        ['fisherman from the lower harbour', 'a fisherman from the lower harbour', 'cue-after'],
      );
    });

    test('“…,” NAME — the Y of Z — says: an appositive between dashes', () => {
      assert.deepStrictEqual(
        reading('Corin Vale — a ferry pilot from Dunmore — says the channel is “too shallow for the new boats.”', 'too shallow'),
        ['Corin Vale', 'Corin Vale', 'cue-before'],
      );
    });

    test('"A former senator -- NAME, who … -- said": typed double hyphens set off a naming appositive', () => {
      const [quote] = quotesOf('A former senator -- Ada Quill, who lost in 2008 -- said the mayor “failed the town.”');
      assert.strictEqual(quote.speaker?.name, 'Ada Quill');
      assert.strictEqual(quote.speaker?.role, 'former senator');
    });

    test('a courtesy title before a name is no role: "Mr. Bevan", "harbour master Mrs Ada Quill"', () => {
      const [mister, missus] = quotesOf('Mr. Bevan said, “No.”\n\nHarbour master Mrs Ada Quill said, “Yes.”');
      assert.strictEqual(mister.speaker?.name, 'Bevan');
      assert.strictEqual(mister.speaker?.role, null);
      assert.strictEqual(missus.speaker?.role, 'Harbour master');
      // "Dr" after a description leaves the description as the role; alone it is the role.
      const [author, doctor] = quotesOf('“It held,” said lead author Dr Mei Chen.\n\n“It did,” said Dr Ian Roe.');
      assert.strictEqual(author.speaker?.role, 'lead author');
      assert.strictEqual(doctor.speaker?.role, 'Dr');
    });

    test('a description set off before a name is that person’s role: "A harbour pilot, Jo Marsh, said"', () => {
      const text = [
        'A harbour pilot, Jo Marsh, said, “Ask him.”',
        'Ada Quill spoke first. Her campaign manager, Ivo Brandt, said: “When I asked her, she said: ‘Wait.’”',
      ].join('\n\n');
      assert.deepStrictEqual(quotesOf(text).map((quote) => [quote.speaker?.name, quote.speaker?.role]), [
        ['Jo Marsh', 'harbour pilot'], ['Ivo Brandt', 'Her campaign manager'], ['Ada Quill', null],
      ]);
    });

    test('words that describe, count or place the person, begin the name, or say what they were doing are no role', () => {
      const text = [
        '“It is over,” an angry Ada Quill replied.',
        '“It is not,” said one harbour pilot, Tom Reyes.',
        'Ines Marlow, in Bergen, said, “We sail at dawn.”',
        'Piet de Vries spoke last. “We will see,” de Vries said.',
        '“Ask the co-host,” said the retired neurosurgeon Ian Roe.',
        'Jo Marsh, one of the mayor’s aides, said, “Ask him.”',
        '“Build it,” the late Ida Vance once said.',
        'Ana Ortiz, who represents Reyes, said, “No comment.”',
        'Ada Quill, speaking to reporters in Bergen, said, “Not yet.”',
        '“Soon,” said acting director Lena Holt.',
        '“Later,” said Wyoming port chairman Eli Dunn.',
      ].join('\n\n');
      const roles = quotesOf(text).map((quote) => [quote.speaker?.name, quote.speaker?.role]);
      assert.deepStrictEqual(roles, [
        ['Ada Quill', null], ['Tom Reyes', 'harbour pilot'], ['Ines Marlow', null], ['Piet de Vries', null],
        ['Ian Roe', 'retired neurosurgeon'], ['Jo Marsh', 'one of the mayor’s aides'], ['Ida Vance', null],
        ['Ana Ortiz', null], ['Ada Quill', null], ['Lena Holt', 'acting director'], ['Eli Dunn', 'Wyoming port chairman'],
      ]);
    });

    test('a description whose noun a participle follows: "a source involved in the talks"', () => {
      assert.deepStrictEqual(
        reading('“The deal is close,” says a source involved in the harbour talks.', 'The deal')[1],
        'a source involved',
      );
    });

    test('a subject holding a preposition after a set-off quote: "a notice on the gate reads"', () => {
      assert.deepStrictEqual(reading('“Closed for repairs!” a notice on the gate reads.', 'Closed')[2], 'cue-after');
    });

    test('“…,” NAME, R-Ky., said: a party tag is an appositive, and a weekday is never the speaker', () => {
      assert.deepStrictEqual(
        reading('“The vote will hold,” Senator Aldo Brunner, R-Ky., said Tuesday.', 'The vote'),
        ['Aldo Brunner', 'Aldo Brunner', 'cue-after'],
      );
    });

    test('a lone capitalised word between the quote and its cue is a name, even one like "Will"', () => {
      assert.deepStrictEqual(reading('“The tide turned early,” Will wrote.', 'The tide')[1], 'Will');
      assert.notStrictEqual(reading('“Nobody saw it coming,” Then said Ines Barros.', 'Nobody')[1], 'Then');
    });

    test('“…” by NAME’s outlet: a publication between the name and "for" is not the speaker', () => {
      assert.deepStrictEqual(reading('“Turnout was low,” wrote Mara Ellery for Harbor Weekly.', 'Turnout')[1], 'Mara Ellery');
    });

    test('an indefinite pronoun speaks for people in view: "read one", "Another said"', () => {
      const text = 'Banners lined the pier. “Save the ferry,” read one. Another said, “Fares down now.”';
      assert.deepStrictEqual(reading(text, 'Save the ferry')[1], 'one');
      assert.deepStrictEqual(reading(text, 'Fares down')[1], 'Another');
      assert.deepStrictEqual(reading('The pier was full. Someone called it a “floating market.”', 'floating')[1], 'Someone');
    });

    test('a description joined by "and" after a set-off quote: “…,” the X and Y said', () => {
      const text = '“The tolls must go,” the Dunmore senator and former ferry pilot said in a statement.';
      assert.strictEqual(reading(text, 'The tolls')[2], 'cue-after');
    });

    test('a sentence that ends on a quote does not take the next sentence’s cue', () => {
      const text = 'Ada Quill said the mayor “broke the port.” Ines Barros called Quill a “sore loser.”';
      assert.deepStrictEqual(reading(text, 'broke the port')[0], 'Ada Quill');
      assert.deepStrictEqual(reading(text, 'sore loser')[0], 'Ines Barros');
    });

    test('“…” that X can win, said NAME: the name after the comma and the cue is the speaker', () => {
      const text = '“It seems unlikely” that Dana Ruiz can catch Ada Quill, said Oskar Vinter, a pollster.';
      assert.deepStrictEqual(reading(text, 'It seems')[0], 'Oskar Vinter');
    });

    test('the cue lexicon goes beyond said: conceded, quipped, went on to say', () => {
      assert.deepStrictEqual(reading('“We were late,” Ada Quill conceded.', 'We were')[0], 'Ada Quill');
      assert.deepStrictEqual(reading('“Bring boots,” Ada Quill quipped.', 'Bring')[0], 'Ada Quill');
      const [quote] = quotesOf('Ada Quill went on to say “The rest can wait.”');
      assert.strictEqual(quote.cue?.text, 'went on to say');
    });
    test('a quotation standing alone, signed with a hyphen and a name: “….” - NAME.', () => {
      const text = 'The claims were checked.\n\n“Ferry fares doubled in a year.” - Ada Quill. The fares rose by a third.';
      assert.deepStrictEqual(reading(text, 'Ferry fares'), ['Ada Quill', 'Ada Quill', 'cue-after']);
    });

    test('a short paragraph opening with a dash signs the quotation above it', () => {
      const text = 'The claims were checked.\n\n“Ferry fares doubled in a year.”\n\n- Ada Quill, harbour pilot.\n\nThey rose by a third.';
      assert.deepStrictEqual(reading(text, 'Ferry fares'), ['Ada Quill', 'Ada Quill', 'cue-after']);
    });

    test('a participle after "with" and a noun for a text or for people: they say the words', () => {
      const text = 'Quill tied Reyes to the mayor, with one of her ads asking, “Is Tom Reyes fit to serve?”';
      assert.deepStrictEqual(reading(text, 'Is Tom Reyes'), ['one of her ads', 'one of her ads', 'cue-before']);
      const people = 'The parade filled the quay, with many marchers and sailors chanting “Save the pier.”';
      assert.deepStrictEqual(reading(people, 'Save the pier')[1], 'many marchers and sailors');
      const thing = 'Quill tied Reyes to the mayor, with the harbour debate asking, “Is Tom Reyes fit to serve?”';
      assert.notStrictEqual(reading(thing, 'Is Tom Reyes')[1], 'the harbour debate');
    });

    test('a quotation left open above a short paragraph that opens with a name and closes the marks is signed by it', () => {
      const text = 'The claims were checked.\n\n"Ferry fares doubled in a year.\nAda Quill, Harbour Institute."\n\nThey rose.';
      assert.deepStrictEqual(reading(text, 'Ferry fares'), ['Ada Quill', 'Ada Quill', 'cue-after']);
      const closed = 'The claims were checked.\n\n"Ferry fares doubled in a year."\nAda Quill, Harbour Institute."\n\nThey rose.';
      assert.strictEqual(reading(closed, 'Ferry fares')[0], null);
    });

    test('in a run of signed quotations each belongs to the signature right after it, the next opening at once', () => {
      for (const dash of ['―', '—', '--', '-']) {
        const text = `Readers wrote in.\n\n“Fix the roads.” ${dash} Ana Ruiz “Lower the fares.” ${dash} Ben Lo “More parks.” ${dash} Cara Diaz`;
        const speakers = quotesOf(text).map((quote) => quote.speaker?.name ?? null);
        assert.deepStrictEqual(speakers, ['Ana Ruiz', 'Ben Lo', 'Cara Diaz'], dash);
      }
    });

    test('a hyphen after a fragment in the writer’s sentence is a byline, not a signature', () => {
      const text = 'Ada Quill said the port was “still the busiest on the coast.”--Oskar Vinter.';
      assert.deepStrictEqual(reading(text, 'still the busiest')[0], 'Ada Quill');
    });

    test('“…,” SUBJECT states: "states" closing the attribution is a cue, as a noun it is not', () => {
      const text = '“Fares will fall,” a voice in the harbour advert states.';
      assert.deepStrictEqual(reading(text, 'Fares will fall')[1], 'a voice in the harbour advert');
      assert.strictEqual(reading('“Fares will fall all winter,” the ferry runs between the states.', 'Fares')[0], null);
    });

    test('a pronoun takes its sentence’s subject when that is a surname two people share', () => {
      const text = 'Anna Brandt and Ivo Brandt run the ferry. Tom Vinter runs the pier. ' +
        'Brandt said that this week she had shown the real face of Vinter, whom she called a “fraud.”';
      assert.deepStrictEqual(reading(text, 'fraud')[0], 'Brandt');
    });

    test('a typed dash closes an aside before or after the subject as an em dash does', () => {
      for (const dash of ['-', '--', '—']) {
        const text = `In May ${dash} a week after Roe left office ${dash} the harbour board told the Gazette that “no records were found.”`;
        assert.deepStrictEqual(reading(text, 'no records')[1], 'the harbour board', dash);
      }
      assert.deepStrictEqual(reading('“The ferry is late,” said Ada Quill - a nurse from the harbour - on Monday.', 'The ferry')[1], 'Ada Quill');
      assert.deepStrictEqual(reading('The Harbour-Pier Trust said “no records were found.”', 'no records')[1], 'Harbour-Pier Trust');
    });

    test('words reported with "that" stay the earlier cue’s when the cue after them opens a clause of its own', () => {
      const text = 'Even as Roe claimed that “the ferry was never late,” one of her aides said the timetable had slipped.';
      assert.deepStrictEqual(reading(text, 'the ferry'), ['Roe', 'Roe', 'cue-before']);
      const closing = 'Roe believes that “the ferry was never late,” one of her aides said.';
      assert.deepStrictEqual(reading(closing, 'the ferry')[1], 'one of her aides');
    });

    test('a sentence closing on a second speaker joined by "and" hands the next quotation to that speaker', () => {
      const text = '“Tell her I said hello,” Ines Barros said, and her husband cut in. “Don’t forget the cake.”';
      assert.deepStrictEqual(reading(text, 'Don’t forget'), ['her husband', 'her husband', 'follow-on']);
      const nodded = '“Tell her I said hello,” Ines Barros said, and her husband nodded. “Don’t forget the cake.”';
      assert.deepStrictEqual(reading(nodded, 'Don’t forget')[0], 'Ines Barros');
    });

    test('a noun for a thing that ends like a noun for a person ("pier", "water") is not a weak subject', () => {
      assert.deepStrictEqual(reading('The pier is “the heart of the town.”', 'the heart')[0], null);
      assert.deepStrictEqual(reading('The water is “cold as sin” in March.', 'cold as')[0], null);
      assert.deepStrictEqual(reading('The government is “out of ideas,” Roe said.', 'out of')[0], 'Roe');
      assert.deepStrictEqual(reading('The mayor is “the heart of the town.”', 'the heart')[1], 'The mayor');
    });

    test('a question ending in its mark takes the attribution after it, across an appositive or a cue of two words', () => {
      const text = 'The crew waited on the quay. “Will the ferry run tonight?” Ada Quill, the harbour master, asked the crew.';
      assert.deepStrictEqual(reading(text, 'Will the ferry'), ['Ada Quill', 'Ada Quill', 'cue-after']);
      const introduced = 'Lind wrote back, telling her, “You were right all along!” She replied that it was luck.';
      assert.deepStrictEqual(reading(introduced, 'You were right')[0], 'Lind');
      const wentOn = 'Ines Barros spoke first. “Who could blame them?” Oskar Vinter went on, as if she had not spoken.';
      assert.deepStrictEqual(reading(wentOn, 'Who could'), ['Oskar Vinter', 'Oskar Vinter', 'cue-after']);
      const statement = '“The ferry will run,” said Ines Barros. “We checked the engines.” She noted that the fog was lifting.';
      assert.deepStrictEqual(reading(statement, 'We checked')[2], 'follow-on');
    });

    test('"this" before a noun of time is when, before other nouns it opens the subject', () => {
      const text = '“The crew does not like him,” this source told the Gazette. “The crew left,” this morning Quill said.';
      assert.deepStrictEqual(reading(text, 'The crew does')[1], 'this source');
      assert.deepStrictEqual(reading(text, 'The crew left')[1], 'Quill');
    });

    test('a quotation interrupted by an aside takes the cue after its second piece', () => {
      const text = 'Ines Barros runs the polls. “I doubt the old story” -- that the mayor is soft -- “will hold,” says Oskar Vinter.';
      assert.deepStrictEqual(reading(text, 'I doubt')[0], 'Oskar Vinter');
    });

    test('a capitalised cue after a quotation that ends its sentence introduces the next one', () => {
      const text = 'The pilot spoke last. Stated Vinter: “The channel is silting up.” Continued Vinter: “We need a dredger.”';
      const quotes = quotesOf(text);
      assert.deepStrictEqual(quotes.map((quote) => [quote.speaker?.text, quote.cue?.text]), [
        ['Vinter', 'Stated'],
        ['Vinter', 'Continued'],
      ]);
    });
    test('"can be heard asking": the subject of a passive verb of perception speaks, not the verb', () => {
      assert.deepStrictEqual(reading('“Is the pier open?” a reporter can be heard asking the mayor.', 'Is the pier')[0], 'reporter');
      assert.deepStrictEqual(reading('“Is the pier open?” Ada Quill was overheard asking.', 'Is the pier')[0], 'Ada Quill');
    });

    test('a participle describing the text after the quote stays in its subject ("the report released Friday said")', () => {
      const text = '“The claim is speculative,” the report released Friday said.';
      assert.deepStrictEqual(reading(text, 'The claim'), ['report released Friday', 'the report released Friday', 'cue-after']);
    });

  });

  suite('cues before the quote', () => {
    test('"when NAME lamented the “…” … and criticized the “…”": the second verb shares the clause’s subject', () => {
      const text = 'The worry grew when Ada Quill lamented the “gloomy” mood of the race and criticized the “petty politics” on show.';
      assert.deepStrictEqual(reading(text, 'petty politics')[0], 'Ada Quill');
    });

    test('"on Sunday NAME said": the day after its preposition is when, the name after it who', () => {
      assert.deepStrictEqual(reading('On Sunday Ada Quill said the plan was “a fraud.”', 'a fraud')[0], 'Ada Quill');
      assert.deepStrictEqual(reading('The port shut. Then on Sunday Ada Quill said: “It is a fraud.”', 'It is')[0], 'Ada Quill');
    });

    test('a description after a name in an introductory phrase is its appositive: "Preceded by Roe, the master, Quill …"', () => {
      const text = 'Preceded at the lectern by Tom Reyes, the harbour master and fierce critic, Ada Quill launched into a ' +
        'lament for the “countless riders” of the ferry.';
      assert.deepStrictEqual(reading(text, 'countless riders')[0], 'Ada Quill');
      const letter = 'In a letter to Tom Reyes, the mayor wrote that the plan was “dead.”';
      assert.deepStrictEqual(reading(letter, 'dead')[1], 'the mayor');
    });

    test('an irregular participle opens an introductory phrase, not the subject: "Told of the ruling, Quill …"', () => {
      const told = 'Told of the ruling, Ada Quill shook her head: “We will appeal.”';
      assert.deepStrictEqual(reading(told, 'We will appeal')[0], 'Ada Quill');
      const shown = 'Shown the photograph, the harbour master shrugged: “I have never seen that boat.”';
      assert.deepStrictEqual(reading(shown, 'I have never seen')[1], 'the harbour master');
    });

    test('a definite description by title or age ("the judge", "the 45-year-old") is the person last given it', () => {
      const judge = 'Judge Harold Okoye warned the gallery. “This is not a theatre,” the judge said.';
      assert.deepStrictEqual(reading(judge, 'This is not a theatre').slice(0, 2), ['Harold Okoye', 'the judge']);
      const senator = 'Sen. Ada Quill met Tom Reyes on Monday. “We will win,” the senator said.';
      assert.deepStrictEqual(reading(senator, 'We will win')[0], 'Ada Quill');
      const minister = 'Prime Minister Helen Carver met Foreign Minister Alan Price. “We cannot wait,” the prime minister said.';
      assert.deepStrictEqual(reading(minister, 'We cannot wait')[0], 'Helen Carver');
      // An age set off after a name: "Gareth Pryce, 45, … The 45-year-old said".
      const aged = 'Gareth Pryce, 45, from Swansea, met Tom Reyes, 52. “I panicked,” the 45-year-old said.';
      assert.deepStrictEqual(reading(aged, 'I panicked')[0], 'Gareth Pryce');
      // A role given in an appositive after the name: "Ada Quill, the council’s treasurer, …".
      const appositive = 'Ada Quill, the council’s treasurer, met Tom Reyes. “We cannot pay,” said the treasurer.';
      assert.deepStrictEqual(reading(appositive, 'We cannot pay')[0], 'Ada Quill');
      // No one given the title: the description stands as it is.
      const none = 'Tom Reyes met Ada Quill on Monday. “We will win,” the senator said.';
      assert.deepStrictEqual(reading(none, 'We will win')[0], 'senator');
    });

    test('a body named "Citizens for …" speaks under its whole name', () => {
      const group = 'Taxpayers welcomed the delay. “This buys time,” the group Citizens for Fair Tolls said in a statement.';
      assert.deepStrictEqual(reading(group, 'This buys time').slice(0, 2), ['Citizens for Fair Tolls', 'Citizens for Fair Tolls']);
    });

    test('"the MP" (and "the MP for" a seat) is the person last named with those letters after the name', () => {
      const member = 'Tom Ashby MP met Ada Quill. He called the plan rushed. The MP for West Pellow added: “We need a say.”';
      assert.deepStrictEqual(reading(member, 'We need a say').slice(0, 2), ['Tom Ashby', 'The MP for West Pellow']);
      const short = 'Ada Quill MP met Tom Reyes on Monday. “We will win,” the MP said.';
      assert.deepStrictEqual(reading(short, 'We will win')[0], 'Ada Quill');
      // No one named with the letters: the description stands.
      const none = 'Tom Reyes met Ada Quill on Monday. “We will win,” the MP said.';
      assert.deepStrictEqual(reading(none, 'We will win')[0], 'MP');
    });

    test('an inverted cue\'s description named by a lone given name closing the sentence is that person', () => {
      const wife = 'Walter Pendry kept the light. “It never fell,” added his wife, Morwenna.';
      assert.deepStrictEqual(reading(wife, 'It never fell').slice(0, 2), ['Morwenna', 'Morwenna']);
    });

    test('an inverted cue\'s description named by the appositive after it is that person: "said the captain, Jo Marsh"', () => {
      const captain = '“We are done,” said the club’s captain, Jo Marsh.';
      assert.deepStrictEqual(reading(captain, 'We are done').slice(0, 2), ['Jo Marsh', 'Jo Marsh']);
      const sister = '“It is a day we never wanted,” added his sister, Cerys Lloyd, 31. “He loved that ride.”';
      assert.deepStrictEqual(reading(sister, 'He loved that ride')[0], 'Cerys Lloyd');
      // No name after the comma: the description stays.
      const clause = '“We are done,” said the club’s captain, who left early.';
      assert.deepStrictEqual(reading(clause, 'We are done')[0], 'club’s captain');
    });

    test('an AP party tag set off by commas is no speaker: "Sen. Ana Ruiz, D-N.M., the bill’s sponsor, said …"', () => {
      const dotted = 'Sen. Rosa Vega, D-N.M., said she was “deeply frustrated” by the delay.';
      assert.deepStrictEqual(reading(dotted, 'deeply frustrated')[0], 'Rosa Vega');
      const described = 'Sen. Rosa Vega, D-Ariz., the bill’s main sponsor, said she was “deeply frustrated” by the delay.';
      assert.deepStrictEqual(reading(described, 'deeply frustrated')[0], 'Rosa Vega');
    });

    test('a capitalised word of time inside the sentence is a name: "Told of the vote, Early described …"', () => {
      const early = 'Told of the harbour vote, Early described it as “a farce” and left.';
      assert.deepStrictEqual(reading(early, 'a farce')[0], 'Early');
      const late = 'At the meeting, Late called the ferry plan “a scandal.”';
      assert.deepStrictEqual(reading(late, 'a scandal')[0], 'Late');
    });

    test('a role before a name opens the subject after an introductory phrase: "After the show, pundit Ada Quill …"', () => {
      const text = 'After the show, harbour commentator Ada Quill imagined Reyes was thinking: “What have I done?”';
      assert.deepStrictEqual(reading(text, 'What have I done')[0], 'Ada Quill');
    });

    test('the clause a colon closes introduces the words when it has a subject of its own: "so odd that X could quip:"', () => {
      const text = 'The hour was so odd that a spokesman for Ada Quill could only quip: “I guess the pier was booked.”';
      assert.deepStrictEqual(reading(text, 'I guess the pier')[1], 'a spokesman for Ada Quill');
    });

    test('a name after "to" right before the colon is spoken to; the sentence’s subject speaks', () => {
      const text = 'Ada Quill, the mayor, delivered a blunt message to Tom Reyes: “Stop attacking the port.”';
      assert.deepStrictEqual(reading(text, 'Stop attacking')[0], 'Ada Quill');
    });

    test('"those surveyed" are people, and speak', () => {
      assert.deepStrictEqual(reading('Those surveyed said Ada Quill has the “best experience.”', 'best experience').slice(0, 2),
        ['Those surveyed', 'Those surveyed']);
    });

    test('a share of those polled answers through the poll: "In a poll …, 31 percent said “…”"', () => {
      const text = 'In a Harbour Gazette poll released Monday, 31 percent of anglers said the quota was “far too low.” ' +
        'In a speech on Monday, 12 percent of the crowd said they felt “left out.”';
      assert.match(reading(text, 'far too low')[1] ?? '', /^a Harbour Gazette poll/);
      // An opening phrase that is no poll leaves the share its own words.
      assert.deepStrictEqual(reading(text, 'left out')[1], '12 percent of the crowd');
      // The share opens the subject even when the cue's reading keeps only its end.
      const joined = 'In a Harbour Gazette poll released Monday, 31% of anglers and Republican-leaning pilots said they ' +
        'were “very worried.”';
      assert.match(reading(joined, 'very worried')[1] ?? '', /^a Harbour Gazette poll/);
    });

    test('the poll that finds what a share says is their source: "The survey finds that, while 40% say “…”"', () => {
      const text = 'The ferry survey also finds that, while 40% of riders say the service is “out of touch,” most like it.';
      assert.deepStrictEqual(reading(text, 'out of touch')[1], 'The ferry survey');
    });

    test('"a lot of" and "a number of" count the people after them: "A lot of riders said “…”"', () => {
      assert.deepStrictEqual(reading('A lot of riders said the new timetable was “a mess.”', 'a mess')[1], 'A lot of riders');
    });

    test('a group of people opening the sentence speaks: "Officials said, “…”"', () => {
      const text = 'The ferry ran late again. Officials said, “The engine is being replaced.” Pollsters say it is a “dead heat.”';
      assert.deepStrictEqual(reading(text, 'The engine')[1], 'Officials');
      assert.deepStrictEqual(reading(text, 'dead heat')[1], 'Pollsters');
      assert.deepStrictEqual(reading('The pollsters call it a “toss-up.”', 'toss-up')[1], 'The pollsters');
    });

    test('a capitalised sentence word for people opening the sentence speaks too: "Critics said “…”"', () => {
      const text = 'The council approved the new car park on Monday. Critics said “the town has been sold to developers.”';
      assert.deepStrictEqual(reading(text, 'the town has')[1], 'Critics');
      assert.deepStrictEqual(reading('Critics have called the car park “a monument to waste.”', 'a monument')[1], 'Critics');
    });

    test('a verb of saying after a contracted "’s" is a cue: "she’s said"', () => {
      const text = 'Ever since Mary Quill announced her run last year, she’s said the same thing at every stop: “It is about us.”';
      const [quote] = quotesOf(text);
      assert.deepStrictEqual([quote.speaker?.name, quote.speaker?.text, quote.cue?.text], ['Mary Quill', 'she', 'said']);
    });

    test('"who" right after a name, with no comma, stands for that name', () => {
      const text = 'Roe then praised Ada Quill who said the pier was “a disgrace.”';
      assert.deepStrictEqual(reading(text, 'a disgrace'), ['Ada Quill', 'who', 'pronoun']);
      // After a phrase naming a thing, "who" stands for the person named at its end.
      const post = 'The ferry stopped. Readers shared a note from Ada Quill who wrote, “Nobody asked the crew.”';
      assert.deepStrictEqual(reading(post, 'Nobody asked'), ['Ada Quill', 'who', 'pronoun']);
    });

    test('a first name ending in -ly is a name, not an introductory adverb', () => {
      const text = 'Molly Tarrant backed the ferry plan on Monday, saying it is time for “a real harbour.”';
      assert.deepStrictEqual(reading(text, 'a real harbour')[0], 'Molly Tarrant');
    });

    test('a passive naming cue takes the agent after its quote: "has been called “…” by NAME"', () => {
      const text = 'This habit of the harbour board has been called “quiet theft” by Ada Quill, a pilot.';
      assert.deepStrictEqual(reading(text, 'quiet theft')[0], 'Ada Quill');
      const other = 'Vinter said the loss was reported in a “hit piece” by the Harbour Gazette.';
      assert.deepStrictEqual(reading(other, 'hit piece')[1], 'Vinter');
    });

    test('a second verb after "and" shares the subject of the clause holding the first', () => {
      const text = 'The rivals clashed again, such as when Ada Quill knocked Oskar Vinter on trade and called him a “moderate.”';
      assert.deepStrictEqual(reading(text, 'moderate')[0], 'Ada Quill');
      const phrase = 'Ines Barros praised Vinter as the winner of the debate and has taunted Quill for “losing the port.”';
      assert.deepStrictEqual(reading(phrase, 'losing the port')[0], 'Ines Barros');
    });

    test('"Another critic, NAME, likened … “…”": the named appositive is the subject, not an introductory phrase', () => {
      const text = 'Another critic, Lauren H. Tribble, likened the rules to “burning the charter” in May.';
      assert.deepStrictEqual(reading(text, 'burning the charter')[0], 'Lauren H. Tribble');
    });

    test('"without X asking" after a fragment is not its speaker: the cue before wins', () => {
      const text = 'Frustrated, Ada Brill said she “cannot walk down the street” without reporters asking her about it.';
      assert.deepStrictEqual(reading(text, 'cannot walk'), ['Ada Brill', 'Ada Brill', 'cue-before']);
    });

    test('a second verb shares a subject that opens with a plural possessive: "The islanders’ leader NAME …"', () => {
      const text = 'The islanders’ leader Ines Marlow called the plan “late” and said they would “believe it when they see it.”';
      assert.deepStrictEqual(reading(text, 'believe it'), ['Ines Marlow', 'Ines Marlow', 'cue-before']);
    });

    test('"he laughed and said": the pronoun before the first verb is the subject of the second', () => {
      const text = 'When Rob Mook was asked if Kim Park would hold a briefing, he laughed and said, “We will see.”';
      const [, mention, attribution] = reading(text, 'We will see');
      assert.deepStrictEqual([mention, attribution], ['he', 'pronoun']);
    });

    test('a party tag in parentheses and an aside do not hide the subject of a term', () => {
      const text = 'Senate leader Harold Rein (D-Nev.), in particular, has been steadily pounding Lee as a “con artist” for weeks.';
      assert.deepStrictEqual(reading(text, 'con artist')[0], 'Harold Rein');
    });

    test('an adverb ends the sentence subject: "X openly admires Y as a “…”" is X\'s', () => {
      const quote = quotesOf('Rand Lee openly admires the banker Ivo Petrov as a “strong leader” of the town.')
        .find((candidate) => candidate.content.startsWith('strong leader'));
      assert.strictEqual(quote?.speaker?.name, 'Rand Lee');
      assert.strictEqual(quote?.cue?.text, 'admires');
    });

    test('"X said in PLACE that Y described … “…”": the words reached the writer through X', () => {
      const text = 'Rand Lee said in Ohio that Kim Park once described the pact as “the gold standard” of deals.';
      assert.deepStrictEqual(reading(text, 'the gold standard'), ['Rand Lee', 'Rand Lee', 'cue-before']);
    });

    test('"X admitted that Y had called …": a role before the reported clause\'s subject keeps the words X\'s', () => {
      const text = 'Ada Quill admitted that Harbour Director Ivo Brandt had never called the pier “unsafe” at all.';
      assert.deepStrictEqual(reading(text, 'unsafe'), ['Ada Quill', 'Ada Quill', 'cue-before']);
    });

    test('the subject before a cue starts at its article: "at which point the crowd chanted"', () => {
      const text = 'The speech ran long, at which point the crowd chanted “Finish it!” at the stage.';
      assert.deepStrictEqual(reading(text, 'Finish it'), ['crowd', 'the crowd', 'cue-before']);
    });

    test('a later clause opening with an adverbial phrase keeps its own subject: "and at one point the crowd chanted"', () => {
      const text = 'Anne Lee said the plan was wrong, and at one point the crowd chanted “Go home.”';
      assert.deepStrictEqual(reading(text, 'Go home'), ['crowd', 'the crowd', 'cue-before']);
    });

    test('a participle after "and NAME" has NAME as its subject, not the earlier clause\'s', () => {
      const text = 'Both men issued a statement, Lee saying he was “very pleased” and Park calling it a “good talk.”';
      assert.deepStrictEqual(reading(text, 'very pleased'), ['Lee', 'Lee', 'cue-before']);
      assert.deepStrictEqual(reading(text, 'good talk'), ['Park', 'Park', 'cue-before']);
    });

    test('NAME said: “…” and NAME said, “…”', () => {
      assert.deepStrictEqual(reading('Mira Holt said: “Nothing is settled.”', 'Nothing')[0], 'Mira Holt');
      assert.deepStrictEqual(reading('Mira Holt said, “Nothing is settled.”', 'Nothing'),
        ['Mira Holt', 'Mira Holt', 'cue-before']);
    });

    test('a fragment inside the writer’s sentence takes the cue’s subject', () => {
      assert.deepStrictEqual(reading('Mira Holt told reporters the delay was “regrettable but brief.”', 'regrettable')[0],
        'Mira Holt');
    });

    test('according to X before the quote', () => {
      assert.deepStrictEqual(reading('According to Mira Holt, the plan was “dead on arrival.”', 'dead'),
        ['Mira Holt', 'Mira Holt', 'according-to']);
    });

    test('a speaker label: NAME: “…”', () => {
      assert.deepStrictEqual(reading('Holt: “We will appeal.”', 'We will')[1], 'Holt');
    });
  });

  suite('structure around the cue', () => {
    test('two people named as one subject both said the words, before or after the cue', () => {
      const met = 'Ada Quill met Tom Reyes on Monday.';
      assert.deepStrictEqual(reading(`${met} Quill and Reyes both said the deal was “a fair one.”`, 'a fair'),
        ['Ada Quill and Tom Reyes', 'Quill and Reyes', 'cue-before']);
      assert.deepStrictEqual(reading(`${met} Later, Quill and Reyes said, “It is done.”`, 'It is'),
        ['Ada Quill and Tom Reyes', 'Quill and Reyes', 'cue-before']);
      assert.deepStrictEqual(reading(`${met} “It is done,” Quill and Reyes said.`, 'It is'),
        ['Ada Quill and Tom Reyes', 'Quill and Reyes', 'cue-after']);
      assert.deepStrictEqual(reading(`${met} “It is done,” said Quill and Reyes in a statement.`, 'It is'),
        ['Ada Quill and Tom Reyes', 'Quill and Reyes', 'cue-after']);
    });

    test('two organisations named as one subject both said the words, "the" before either name', () => {
      const named = 'Microsoft sued the Harbour Trust and Google on Monday.';
      assert.deepStrictEqual(reading(`${named} “We will appeal,” Microsoft and Google said.`, 'We will'),
        ['Microsoft and Google', 'Microsoft and Google', 'cue-after']);
      assert.deepStrictEqual(reading(`${named} “It is over,” said the Harbour Trust and Google.`, 'It is'),
        ['Harbour Trust and Google', 'Harbour Trust and Google', 'cue-after']);
      assert.deepStrictEqual(reading(`${named} The Harbour Trust and Google said, “It is over.”`, 'It is'),
        ['Harbour Trust and Google', 'Harbour Trust and Google', 'cue-before']);
      // A person and an organisation are not joined: the speaker found stays alone.
      assert.deepStrictEqual(reading(`Ada Quill met Google. “It is done,” said Google and Quill.`, 'It is')[0], 'Google');
    });

    test('a "they" after two names said as one stands for both', () => {
      const people = 'Ada Quill met Tom Reyes on Monday. “It is done,” said Quill and Reyes. “We are glad,” they added.';
      assert.deepStrictEqual(reading(people, 'We are'), ['Ada Quill and Tom Reyes', 'they', 'pronoun']);
      const bodies = 'Microsoft sued Google. “We will appeal,” Microsoft and Google said. “Soon,” they added.';
      assert.deepStrictEqual(reading(bodies, 'Soon'), ['Microsoft and Google', 'they', 'pronoun']);
    });

    test('a name joined to the speaker’s by "and" in another role is not a second speaker', () => {
      const met = 'Ada Quill met Tom Reyes and Ben Ortiz on Monday.';
      // The object of another verb, the owner of the speaker, and names joined after another cue.
      assert.deepStrictEqual(reading(`${met} Ortiz praised Quill and Reyes said the deal was “a fair one.”`, 'a fair'),
        ['Tom Reyes', 'Reyes', 'cue-before']);
      assert.deepStrictEqual(reading(`${met} “It is done,” said Quill and Reyes’s aide.`, 'It is'),
        ['Ada Quill', 'Quill', 'cue-after']);
      assert.deepStrictEqual(reading(`${met} “It is done,” Quill told Ortiz and Reyes.`, 'It is'),
        ['Ada Quill', 'Quill', 'cue-after']);
    });

    test('"came" and a noun of saying from a source after the words: "“…,” came the reply from the mayor"', () => {
      const text = 'The chair called a vote. “Count them,” came shouts from the crowd, as the board stood up.';
      assert.deepStrictEqual(reading(text, 'Count them').slice(0, 2), ['crowd', 'the crowd']);
      assert.deepStrictEqual(reading('“No,” came the reply from Ada Quill.', 'No')[0], 'Ada Quill');
      // Without a noun of saying, "came" tells nothing about the words.
      assert.strictEqual(reading('“No,” came too late for the board.', 'No')[0], null);
    });

    test('a participle right after a when-clause is that clause’s, before the main clause’s cue', () => {
      const text = 'Tom Reyes wrote a post. “Too late?” He tweeted when Mary Lee ended the debate with a nod to the ' +
        '“Harbour Lights” film, remarking, “Thank you all.”';
      assert.deepStrictEqual(reading(text, 'Thank you all'), ['Mary Lee', 'Mary Lee', 'cue-before']);
    });

    test('a verdict reports the judge’s view; its participle right before the words describes what was judged', () => {
      const ruled = 'The fact-checkers at the Harbour Post then ruled that the claim is “true,” citing the tide tables.';
      assert.deepStrictEqual(reading(ruled, 'true')[0], 'fact-checkers at the Harbour Post');
      assert.deepStrictEqual(reading('The panel rated the claim “mostly false.”', 'mostly')[0], 'panel');
      const passive = 'The Harbour Trust has said 40 of the files were withheld, most of them rated “secret,” a low grade.';
      assert.deepStrictEqual(reading(passive, 'secret')[0], 'Harbour Trust');
    });

    test('after a "?”" or "!”" a long subject with a title, a nickname or a party tag still closes the attribution', () => {
      const text = '“Save the pier!” Ortiz’s niece, state Sen. Mary Lee (D-Bay City), shouted to the crowd.';
      assert.deepStrictEqual(reading(text, 'Save the pier'), ['Mary Lee', 'Mary Lee', 'cue-after']);
      const nickname = '“Save the pier!” Ortiz’s niece, state Sen. Mary “Molly” Lee (D-Bay City), shouted to the crowd.';
      assert.deepStrictEqual(reading(nickname, 'Save the pier'), ['Mary Lee', 'Mary “Molly” Lee', 'cue-after']);
      // A cue in a later sentence is not the attribution.
      assert.strictEqual(reading('“Why now?” The board met at noon. Mary Lee said the vote was close.', 'Why now')[0], null);
    });

    test('a description named by its appositive is that person, unless the appositive is a clause about another', () => {
      assert.deepStrictEqual(reading('Ortiz’s niece, state Sen. Mary Lee, said the fee was “unfair.”', 'unfair')[0], 'Mary Lee');
      const clause = 'A retired nurse, who voted for Mary Lee, said the fee was “unfair.”';
      assert.notStrictEqual(reading(clause, 'unfair')[0], 'Mary Lee');
    });

    test('"which" stands for the body named right before it, with a comma or without', () => {
      const text = 'The figures came from the Harbour Trust, which called the results “alarming.”';
      assert.deepStrictEqual(reading(text, 'alarming'), ['Harbour Trust', 'which', 'pronoun']);
      const bare = 'Reporters turned to the Kent Harbour Trust which reported “no unusual tides.”';
      assert.deepStrictEqual(reading(bare, 'no unusual'), ['Kent Harbour Trust', 'which', 'pronoun']);
      const common = 'The figures came from the county agency, which said the fee was “unfair.”';
      assert.deepStrictEqual(reading(common, 'unfair'), ['county agency', 'which', 'pronoun']);
      // A text with no comma is still no one's: "a letter which says …".
      assert.notStrictEqual(reading('Ada Quill wrote a letter which says the fee is “dead.”', 'dead')[1], 'which');
    });

    test('a person shown saying the words: "footage of NAME saying", "a video of the mayor telling", "shows X saying"', () => {
      const footage = 'The harbour ad ends with footage of Ben Ortiz saying, “I will fix the pier.”';
      assert.deepStrictEqual(reading(footage, 'I will fix')[0], 'Ben Ortiz');
      const video = 'The clip is a video of the mayor telling reporters “we have no plan.”';
      assert.deepStrictEqual(reading(video, 'we have no plan')[0], 'mayor');
      const shows = 'The new spot shows the mayor warning that “the tide waits for no one.”';
      assert.deepStrictEqual(reading(shows, 'the tide')[0], 'mayor');
      // A thing before the participle, and an account of what someone said, stay as they were.
      assert.deepStrictEqual(reading('The board issued a statement saying the fee is “fair.”', 'fair')[0], 'board');
      const account = 'In her memoir, Ada Quill gives an account of Ben Ortiz telling a clerk to “go home.”';
      assert.deepStrictEqual(reading(account, 'go home')[0], 'Ada Quill');
    });

    test('an -ed cue after an article, maybe with an adverb, describes a noun: "a hastily called, late-night meeting"', () => {
      const text = 'Following a hastily called, late-night meeting, the harbour board issued a statement calling the fee “a mistake.”';
      assert.deepStrictEqual(reading(text, 'a mistake')[0], 'harbour board');
      const plain = 'Following the hastily called meeting, the harbour board issued a statement calling the fee “a mistake.”';
      assert.deepStrictEqual(reading(plain, 'a mistake')[0], 'harbour board');
    });

    test('a past form right after the article opening the subject describes its noun: "The retired surgeon"', () => {
      const text = 'The retired surgeon spoke to the parish radio, noting from his farm that the case was “far from simple.”';
      assert.deepStrictEqual(reading(text, 'far from')[0], 'retired surgeon');
      const embattled = 'The embattled mayor spoke at the pier, calling the fee “a mistake.”';
      assert.deepStrictEqual(reading(embattled, 'a mistake')[0], 'embattled mayor');
      // Read back from a cue too: the whole phrase speaks, not just its noun.
      assert.deepStrictEqual(reading('Ada Quill left. Then the retired surgeon said “this is a hard case.”', 'this is')[1], 'the retired surgeon');
    });

    test('a verb in -s after "while/when/because the NOUN" is that clause’s cue: "While the mayor calls the fee “…”"', () => {
      const text = 'While the mayor calls the fee “necessary,” Tom Reyes says it is “a tax.”';
      assert.deepStrictEqual(reading(text, 'necessary')[0], 'mayor');
      assert.deepStrictEqual(reading(text, 'a tax')[0], 'Tom Reyes');
      assert.deepStrictEqual(reading('Because the report notes a “steep decline,” the board will meet.', 'steep')[0], 'report');
    });

    test('a cue inside a clause opening the sentence is that clause’s, not the words after the main clause’s subject', () => {
      const after = 'When Ada Quill said the plan was dead, the board voted to “revisit” it.';
      assert.deepStrictEqual(reading(after, 'revisit')[0], 'board');
      const film = 'And, in a film that Judge Ivo Brandt called “tasteless,” Tom Reyes voiced a wish to “sink the fleet.”';
      assert.deepStrictEqual(reading(film, 'tasteless')[0], 'Ivo Brandt');
      assert.deepStrictEqual(reading(film, 'sink the')[0], 'Tom Reyes');
      const whilst = 'While Ivo Brandt calls the ferry “a relic,” Ada Quill dwells on the “timetable.”';
      assert.deepStrictEqual(reading(whilst, 'timetable')[0], 'Ada Quill');
      // "As NAME said, …" reports the words after it; a main clause about a thing leaves the cue where it was.
      assert.deepStrictEqual(reading('As Ada Quill said, the plan is “dead.”', 'dead')[0], 'Ada Quill');
      assert.deepStrictEqual(reading('When Ada Quill said it, the room went “very quiet.”', 'very quiet')[0], 'Ada Quill');
    });

    test('a verb of saying after "to" is the words of the one a causative verb made act: "prompted NAME to call"', () => {
      assert.deepStrictEqual(reading('The fee prompted Ada Quill to call it “a disaster.”', 'a disaster')[0], 'Ada Quill');
      const counter = 'The rumour spread fast, leading harbour officials like Ada Quill to reply that “the docks are safe.”';
      // "like" opens an example after the head: the officials speak, Ada Quill among them.
      assert.deepStrictEqual(reading(counter, 'the docks')[0], 'harbour officials like Ada Quill');
      const joined = 'The gaffe prompted Tom Reyes to tell a story about gulls and call Ada Quill “a weather vane.”';
      assert.deepStrictEqual(reading(joined, 'a weather')[0], 'Tom Reyes');
      assert.deepStrictEqual(reading('Tom Reyes read the memo. The fee led him to call it “a disaster.”', 'a disaster')[0], 'Tom Reyes');
      // A verb that only asks leaves the words unsaid: no causative, no such reading.
      assert.notStrictEqual(reading('The board asked Tom Reyes to call it “a disaster.”', 'a disaster')[0], 'Tom Reyes');
    });

    test('a participle after a noun whose object pronoun stands for the subject describes that noun', () => {
      const text = 'The mayor stayed away from the pier until the gazette’s leader urging her to quit her “glass office.”';
      assert.deepStrictEqual(reading(text, 'glass')[0], 'gazette’s leader');
      const letter = 'Ada Quill backed down only after a letter from the union urging her to drop the “shameful” plan.';
      assert.deepStrictEqual(reading(letter, 'shameful')[0], 'letter from the union');
      // "her" before a noun is a possessive, and may be the subject's.
      const staff = 'Ada Quill left a memo telling her staff the plan was “a disaster.”';
      assert.deepStrictEqual(reading(staff, 'a disaster')[0], 'Ada Quill');
    });

    test('a participle describing people inside the subject: they speak, not the object of its preposition', () => {
      assert.deepStrictEqual(reading('Fishermen marching through the square chanted “No more quotas!”', 'No more')[0], 'Fishermen');
      assert.deepStrictEqual(reading('A man wearing a Harbour Trust cap shouted “Go home!”', 'Go home')[0], 'man');
      assert.deepStrictEqual(reading('The nurses standing near the pier yelled “Shame!”', 'Shame')[0], 'nurses');
      // Without a participle, the prepositional phrase stays inside the subject.
      assert.deepStrictEqual(reading('Workers at the plant chanted “Save our jobs!”', 'Save our')[0], 'Workers at the plant');
    });

    test('words closing a participle phrase that opens the sentence are the main clause subject’s', () => {
      assert.deepStrictEqual(reading('Calling the ferry plan a “disaster,” Ada Quill left the room.', 'disaster'),
        ['Ada Quill', 'Ada Quill', 'cue-before']);
      assert.deepStrictEqual(reading('After calling the ferry plan a “disaster,” Ada Quill left the room.', 'disaster')[0],
        'Ada Quill');
      assert.deepStrictEqual(reading('Despite calling the ferry plan a “disaster,” Ada Quill voted for it.', 'disaster')[0],
        'Ada Quill');
      assert.deepStrictEqual(reading('Having called the ferry plan a “disaster,” Ada Quill voted for it.', 'disaster')[0],
        'Ada Quill');
      assert.deepStrictEqual(reading('Citing “safety concerns,” the agency closed the pier.', 'safety concerns')[1], 'the agency');
      assert.deepStrictEqual(reading('Calling the plan a “disaster” for the town, Ada Quill left.', 'disaster')[0], 'Ada Quill');
      // A thing after the phrase did not say them.
      assert.deepStrictEqual(reading('Calling for a “fresh start,” the plan went to the board.', 'fresh start')[0], null);
    });

    test('an adverb between a noun subject and its past-tense verb stays out of the subject', () => {
      const text = 'In declaring the ferry plan “not fair,” the old harbour master again showed his knack for timing.';
      assert.deepStrictEqual(reading(text, 'not fair')[1], 'the old harbour master');
    });

    test('"easier said than done" is an idiom, not a cue', () => {
      assert.deepStrictEqual(reading('But “fixing the pier” is easier said than done.', 'fixing the pier'), [null, null, null]);
    });

    test('the pope is a person’s role', () => {
      const text = 'In declaring the wall plan “not kind,” the Latin American pope again showed his knack for timing.';
      assert.deepStrictEqual(reading(text, 'not kind')[1], 'the Latin American pope');
    });

    test('a second verb after "and" takes the pronoun opening the nearest joined clause', () => {
      const text = 'Ada Quill pledged to fix the ferry and she, once again, promised a “harbour revolution” and said ' +
        'that she would stand up to the “billionaire class” in town.';
      const quote = quotesOf(text).find((candidate) => candidate.content.startsWith('billionaire'));
      assert.strictEqual(quote?.speaker?.start, text.indexOf('she,'));
    });

    test('a second verb after "and" takes the subject of a clause of result: "such a force that NAME met … and called"', () => {
      const such = 'The guild grew into such a power on the docks that Ada Quill visited its hall and called it “our best ally.”';
      assert.deepStrictEqual(reading(such, 'our best')[0], 'Ada Quill');
      const so = 'The union grew so strong that Ada Quill met its members and called it “our best ally.”';
      assert.deepStrictEqual(reading(so, 'our best')[0], 'Ada Quill');
      // A "that" after a verb of saying reports: the words reached the writer through its subject.
      const reported = 'Tom Reyes said that Ada Quill met its members and called it “our best ally.”';
      assert.deepStrictEqual(reading(reported, 'our best')[0], 'Tom Reyes');
    });

    test('a second verb after "and" takes a named subject opening a clause joined on by a comma and "and"', () => {
      const text = 'Some captains called for a strike, and the Harbour League denounced the fee and said it would “pull every boat.”';
      assert.deepStrictEqual(reading(text, 'pull every boat')[0], 'Harbour League');
    });

    test('"that" right after a noun for a text stands for the text: "letters that called him “…”"', () => {
      const text = 'Ada Quill and her aides wrote a series of letters that called him an “absent landlord,” and he left.';
      const [quote] = quotesOf(text);
      assert.deepStrictEqual([quote.speaker?.text, quote.antecedent?.text], ['that', 'a series of letters']);
    });

    test('"long" between the auxiliary and the cue is an adverb: "X has long argued"', () => {
      assert.deepStrictEqual(reading('Ada Quill has long argued that the pier is “a death trap.”', 'a death trap')[1], 'Ada Quill');
    });

    test('a quantifier floating after the subject is set aside: "X and Y both said"', () => {
      const [quote] = quotesOf('Tom Reyes and Ada Quill both said the vote was “rigged.”');
      assert.deepStrictEqual([quote.speaker?.name, quote.speaker?.text, quote.cue?.text], ['Tom Reyes and Ada Quill', 'Tom Reyes and Ada Quill', 'said']);
      assert.deepStrictEqual(reading('The senators all said the vote was “rigged.”', 'rigged')[1], 'The senators');
    });

    test('a relative clause with no comma between the subject and its verb is set aside', () => {
      assert.deepStrictEqual(reading('An official who asked not to be named said the pier was “finished.”', 'finished')[1],
        'An official');
      assert.deepStrictEqual(reading('“The pier is done,” a fisherman who spoke on condition of anonymity said.', 'The pier')[1],
        'a fisherman');
      // A clause of its own inside the relative clause keeps its subject.
      const nested = 'He is the pilot who won fame when he yelled “Hold fast!” at the captain.';
      assert.deepStrictEqual(reading(nested, 'Hold fast')[1], 'he');
    });

    test('a participle after a text noun describes it: "according to a report released Tuesday"', () => {
      const text = 'The pier is “unsafe,” according to a report released Tuesday by the harbour board.';
      assert.deepStrictEqual(reading(text, 'unsafe')[2], 'according-to');
    });

    test('a parenthetical ", NAME said," makes NAME the one the words came through', () => {
      const text = 'Ada Quill left early. The Gazette, Quill said, called the vote “highly suspicious.”';
      const [quote] = quotesOf(text);
      assert.deepStrictEqual([quote.speaker?.name, quote.cue?.text], ['Ada Quill', 'said']);
    });

    test('NAME, AGE, of PLACE, said: both appositives are set aside', () => {
      const text = 'Cory Vance, 22, of Flint, Mich., said he still hoped for a convention “surprise,” and went home.';
      assert.deepStrictEqual(reading(text, 'surprise'), ['Cory Vance', 'Cory Vance', 'cue-before']);
    });

    test('an age is no role: the appositive after it is, and an age alone gives none', () => {
      const described = quotesOf('“The water rose fast,” Ines Marlow, 52, a ferry pilot, said on Tuesday.')[0].speaker;
      assert.deepStrictEqual([described?.name, described?.role], ['Ines Marlow', 'a ferry pilot']);
      const aged = quotesOf('“The water rose fast,” Ines Marlow, 52, said on Tuesday.')[0].speaker;
      assert.deepStrictEqual([aged?.name, aged?.role], ['Ines Marlow', null]);
    });

    test('a cue inside a relative clause set off by commas does not reach the quote after the clause', () => {
      const text = 'Rhea Doyle said that the ferry plan, which some have argued was rushed, was an “insult” to the island.';
      assert.deepStrictEqual(reading(text, 'insult'), ['Rhea Doyle', 'Rhea Doyle', 'cue-before']);
    });

    test('a comma between two adjectives after an article does not close the relative clause', () => {
      const text = 'The crowd cheered Ada Quill, who described her rival as a stubborn, careless captain who was “lost at sea.”';
      assert.deepStrictEqual(reading(text, 'lost at sea').slice(0, 2), ['Ada Quill', 'who']);
    });

    test('"’s" after "what", "it" … is "is": "what’s typically called “…”" names a thing; "She’s called it" is hers', () => {
      const text = 'The pilots hope to harness that power for what’s today typically called “the long pier.” Ada Quill? ' +
        'She’s called it a “folly.”';
      assert.strictEqual(reading(text, 'the long pier')[0], null);
      assert.deepStrictEqual(reading(text, 'folly')[1], 'She');
    });

    test('a question cue opening the sentence with "by" is passive: "Asked by NAME if X “gets” it, …"', () => {
      const text = 'Asked by Ada Quill if Reyes “gets” the harbour, the mayor avoided a plain answer.';
      assert.deepStrictEqual(reading(text, 'gets')[0], 'Ada Quill');
      const answer = 'Asked by Ada Quill about the pier, Reyes said, “It stays.”';
      assert.deepStrictEqual(reading(answer, 'It stays')[0], 'Reyes');
    });

    test('a passive participle’s agent names a thing "as" the quote: "seen by organizers as a “lifeline”"', () => {
      const text = 'The board will discuss the ferry, an option seen by the harbour organizers as a “lifeline” for the island.';
      assert.deepStrictEqual(reading(text, 'lifeline')[1], 'the harbour organizers');
      const after = 'The inquiry, often labeled as a “witch hunt” by Ada Quill, ran for two years.';
      assert.deepStrictEqual(reading(after, 'witch hunt')[0], 'Ada Quill');
    });

    test('a cue in a subordinate clause after a reported "that" speaks to that clause: "said that once X goes on …, “…”"', () => {
      const text = 'Ada Quill said that once Tom Reyes goes on leave, “I will walk every pier in town.”';
      assert.deepStrictEqual(reading(text, 'I will walk')[0], 'Ada Quill');
    });

    test('a cue’s word between an article and "of" is a noun: "he sounded a rare note of doubt, saying “…”"', () => {
      const text = 'Ada Quill thanked the crew. She sounded a rare note of doubt, saying, “I am not sure we deserve it.”';
      assert.deepStrictEqual(reading(text, 'I am not sure').slice(0, 2), ['Ada Quill', 'She']);
    });

    test('a participle cue takes the subject of the adverbial clause it hangs from', () => {
      const text = 'Mayor Tom Reyes avoids the word, though at a briefing last week he used harsher terms, saying the ' +
        'plan "must be scrapped."';
      assert.deepStrictEqual(reading(text, 'must be'), ['Tom Reyes', 'he', 'pronoun']);
    });

    test('a participle after a reported clause shares the subject of the speech verb', () => {
      const text = 'Tom Reyes said he would veto the bill, adding that it was "a mess."';
      assert.deepStrictEqual(reading(text, 'a mess'), ['Tom Reyes', 'Tom Reyes', 'cue-before']);
    });

    test('a relative clause whose cue introduces the quote keeps it', () => {
      const text = 'The board heard the mayor, Rhea Doyle, who declared at the meeting, “The ferry must run.”';
      const [quote] = quotesOf(text);
      assert.strictEqual(quote.speaker?.name, 'Rhea Doyle');
      assert.strictEqual(quote.cue?.text, 'declared');
    });

    test('"X was asked by Y, “…”": the one asking is the speaker', () => {
      assert.deepStrictEqual(
        reading('Dara Mendel was asked by moderator Felix Orr, “Will you raise the harbour fees?”', 'Will you')[0],
        'Felix Orr',
      );
    });

    test('"X was asked, “…”" names no one who asked', () => {
      assert.strictEqual(reading('At the forum, Dara Mendel was asked, “Will you raise the harbour fees?”', 'Will you')[0], null);
    });

    test('a sentence opening with "Asked which …" does not take the question for a speaker', () => {
      assert.deepStrictEqual(
        reading('Mira Holt toured the docks. Asked which pier she liked best, she replied: “The old one.”', 'The old one')[1],
        'she',
      );
    });

    test('"NAME, AGE, who said …": the relative pronoun stands for the name, not the age', () => {
      const [quote] = quotesOf('The dog was found by Harriet Lome, 64, who said it looked “like a wet mop.”');
      assert.strictEqual(quote.speaker?.name, 'Harriet Lome');
      assert.strictEqual(quote.speaker?.text, 'who');
      assert.strictEqual(quote.antecedent?.text, 'Harriet Lome');
    });

    test('a named person right before a colon introduces the quote', () => {
      const text = 'The early lead does not surprise pollster Renata Kuhl: “Small towns vote first and loudest.”';
      assert.deepStrictEqual(reading(text, 'Small towns')[0], 'Renata Kuhl');
    });

    test('a dateline with a date and an agency is not the subject', () => {
      const text = 'PORTVILLE, Dec. 8 (WNS) — In reply to the plan, the mayor’s chief aide rallied staff, saying: “We start now.”';
      assert.deepStrictEqual(reading(text, 'We start')[1], 'the mayor’s chief aide');
    });

    test('words quoted in a later clause belong to that clause’s pronoun subject', () => {
      const text = 'Ada Quill ran the shelter for years, and she long used that record to answer critics who call it “a mess.”';
      assert.deepStrictEqual(reading(text, 'a mess')[1], 'she');
    });

    test('"X, meanwhile, said": a parenthetical adverb is not the subject', () => {
      assert.deepStrictEqual(
        reading('Ada Quill, meanwhile, who runs the shelter, said the plan was “too little, too late.”', 'too little')[0],
        'Ada Quill',
      );
    });

    test('"The trouble, says NAME, a historian, is that “…”": the cue is inverted after a phrase that cannot speak', () => {
      const text = 'The trouble with the port, says Carl Ames, a historian at Dunmore College, is that it was “built for sail.”';
      assert.deepStrictEqual(reading(text, 'built for sail')[0], 'Carl Ames');
    });

    test('a person subject keeps the cue after an appositive: "X, a Y, told NAME, “…”"', () => {
      const text = 'Dana Ruiz, a ferry pilot for twenty years, told Harbor Weekly, “The channel is silting up.”';
      assert.deepStrictEqual(reading(text, 'The channel')[0], 'Dana Ruiz');
    });

    test('a contracted pronoun subject ("He’s predicting") and an adverb before the participle', () => {
      assert.deepStrictEqual(reading('Ivo Brandt spoke at noon. He’s predicting a “very strong” season.', 'very strong')[1], 'He');
      const text = 'The results are not final, but the Brandt campaign is already claiming a “clear mandate.”';
      assert.deepStrictEqual(reading(text, 'clear mandate')[1], 'the Brandt campaign');
    });

    test('a sentence opening with a participle and a preposition ("Informed of …,") is no inverted cue', () => {
      const text = 'Informed of the vote, Ines Barros described it as “news to me.”';
      assert.deepStrictEqual(reading(text, 'news to me')[0], 'Ines Barros');
    });

    test('a city and its state inside an appositive or an opening phrase are not the subject', () => {
      const text = 'Ada Quill, during a visit to Dunmore, Ohio, said she was “ready to build.”';
      assert.deepStrictEqual(reading(text, 'ready to build')[0], 'Ada Quill');
      const opening = 'At a forum in Aspen, Colo., the harbour master ended by quoting an old rule: “Ships first.”';
      assert.deepStrictEqual(reading(opening, 'Ships first')[1], 'the harbour master');
    });

    test('a two-word state after a city in an opening phrase: "Speaking in Salem, New Hampshire, NAME …"', () => {
      const text = 'Speaking at a town hall in Salem, New Hampshire, Ada Quill went after Ivo Brandt, calling him “a quitter.”';
      assert.deepStrictEqual(reading(text, 'a quitter')[0], 'Ada Quill');
    });

    test('a name between a dash and a colon labels the quote, before any cue in the words ahead of the dash', () => {
      const text = 'Pollsters agree - Dana Ruiz: “Keep calling voters until the last day.”';
      assert.deepStrictEqual(reading(text, 'Keep calling')[0], 'Dana Ruiz');
    });

    test('"Hours later, she …": a span of time opening the sentence is not its subject', () => {
      const text = 'Ada Quill left the meeting early. Hours later, she issued a statement calling the vote “a mistake.”';
      assert.deepStrictEqual(reading(text, 'a mistake')[1], 'she');
    });

    test('a pronoun right before the cue is its subject after an opening phrase: "At the bottom it reads, “…”"', () => {
      const text = 'The Harbour Trust sent a letter. At the bottom it reads, “Thank you for everything.”';
      assert.deepStrictEqual(reading(text, 'Thank you')[1], 'it');
      assert.deepStrictEqual(reading(text, 'Thank you')[0], 'Harbour Trust');
    });

    test('a participle’s subject: the sentence’s, after "Here in …,", "Hundreds of …", or its first pronoun', () => {
      assert.deepStrictEqual(reading('Here in Dunmore, Ada Quill stepped up her campaign, saying, “Ferries first.”', 'Ferries')[0],
        'Ada Quill');
      assert.deepStrictEqual(reading('Hundreds of ferry workers marched on the pier, chanting “Fair pay now!”', 'Fair pay')[1],
        'Hundreds of ferry workers');
      assert.deepStrictEqual(reading('Ada Quill waited. When she returned she began by saying, “We won.”', 'We won')[1], 'she');
    });

    test('a count opening the sentence is its subject when a comma right after its verb leads to the participle', () => {
      // "Hundreds of … gathered," reads like an opening phrase, but the comma closes the whole clause.
      assert.deepStrictEqual(reading('Hundreds of ferry workers gathered, chanting “Fair pay now!”', 'Fair pay')[1],
        'Hundreds of ferry workers');
      assert.deepStrictEqual(reading('300 dock workers gathered, chanting “Fair pay now!”', 'Fair pay')[1], '300 dock workers');
      assert.deepStrictEqual(reading('About 300 dock workers gathered, chanting “Fair pay now!”', 'Fair pay')[1],
        'About 300 dock workers');
    });

    test('"about" and a number open the subject after an opening phrase', () => {
      const text = 'Outside the town hall, about 300 dock workers gathered in two groups, holding signs and chanting “Fair pay now!”';
      assert.deepStrictEqual(reading(text, 'Fair pay')[1], 'about 300 dock workers');
      // The year of a date after its day is no count: the subject comes after it.
      assert.deepStrictEqual(reading('On Jan. 5, 2016, Ada Quill met the crew, saying “Fair pay now!”', 'Fair pay')[0], 'Ada Quill');
    });

    test('"what NAME called “…”" reports NAME’s words', () => {
      assert.deepStrictEqual(reading('The town hoped to shed what Mayor Ines Barros called “a tired image.”', 'a tired')[0],
        'Ines Barros');
    });

    test('a possessive noun of saying names whose words the quote holds, not a verdict on them', () => {
      assert.deepStrictEqual(reading('Turnout rose after Ines Barros’s call for “a town that votes.”', 'a town that')[0],
        'Ines Barros');
      const verdict = 'Dana Ruiz denounced Ines Barros’s remarks as “cheap and cruel.”';
      assert.deepStrictEqual(reading(verdict, 'cheap and')[0], 'Dana Ruiz');
    });

    test('"NAME - who previously said …": a relative pronoun after a dash', () => {
      const text = 'Council leader Dana Ruiz - who previously said she would “fight every cut” - voted for the budget.';
      assert.deepStrictEqual(reading(text, 'fight every cut')[0], 'Dana Ruiz');
    });
  });

  suite('subjects of sentences with no speech verb', () => {
    test('"close to", "opposed to" inside a subject: "A person close to him said …" is the whole phrase, with its cue', () => {
      const text = 'A person close to the coach said the players had “stopped listening.”';
      const quote = quotesOf(text)[0];
      assert.deepStrictEqual([quote.speaker?.text, quote.cue?.text], ['A person close to the coach', 'said']);
      const appositive = 'A person close to him, who asked not to be named, said Ada Quill was told “the players had stopped listening.”';
      assert.deepStrictEqual(quotesOf(appositive)[0].cue?.text, 'said');
    });

    test('a participle’s subject named in an appositive is that person: "A spokesman, Aled Pryce, declined …, saying"', () => {
      const described = 'A spokesman, Aled Pryce, declined to comment further, saying only that the review was “ongoing.”';
      assert.deepStrictEqual(reading(described, 'ongoing')[0], 'Aled Pryce');
      const quote = quotesOf(described)[0];
      assert.strictEqual(quote.speaker?.role, 'spokesman');
      // A name whose first word ends like a participle or an adverb ("Aled", "Early") opens no introductory phrase.
      const named = 'Aled Pryce, a spokesman, declined to comment, saying the review was “ongoing.”';
      assert.deepStrictEqual(reading(named, 'ongoing')[0], 'Aled Pryce');
      const adverbLike = 'Rex Early chairs the district. Informed of the vote, Early described it as “news to me.”';
      assert.deepStrictEqual(reading(adverbLike, 'news to me')[0], 'Rex Early');
    });

    test('"To NAME," opening a sentence gives that person’s view: "To Ada Quill, the pier is a “lifeline”"', () => {
      const text = 'Tom Reyes owns the ferry. To Ada Quill, Reyes is the “kind and caring” man who saved the pier.';
      assert.deepStrictEqual(reading(text, 'kind and caring')[0], 'Ada Quill');
      // "To date," opens with a time, not a person.
      const time = 'Tom Reyes owns the ferry. To date, Reyes is the “kind and caring” owner of the pier.';
      assert.deepStrictEqual(reading(time, 'kind and caring')[0], 'Tom Reyes');
    });

    test('a word in -s after a body’s noun is its verb, unless it names people or texts: "The agency waves off …"', () => {
      const text = 'The ferry agency waves off the delay as having “minimal” impact.';
      assert.deepStrictEqual(reading(text, 'minimal')[1], 'The ferry agency');
      const plural = 'The campaign aides praise the plan as a “lifeline” for the port.';
      assert.notStrictEqual(reading(plural, 'lifeline')[1], 'The campaign');
    });

    test('a clause joined on with a named subject of its own is nearer to the words: "…, while the mayor loves “…”"', () => {
      const text = 'The two share a taste in books. Ada Quill likes “Salt Roads,” while the harbour master loves “Fog Lines.”';
      assert.deepStrictEqual(reading(text, 'Fog Lines')[1], 'the harbour master');
      assert.deepStrictEqual(reading(text, 'Salt Roads')[1], 'Ada Quill');
      // A clause opening the sentence leads into the main clause, whose subject says more.
      const opening = 'When Ada Quill finally sat down, “we cheered.”';
      assert.notStrictEqual(reading(opening, 'we cheered')[1], 'Ada Quill');
    });

    test('a body named by a common noun is a joined clause’s subject too: "… when the party meets to choose “…”"', () => {
      const text = 'Ada Quill wants a seat when the party meets in June to choose the “floor” captains.';
      assert.deepStrictEqual(reading(text, 'floor')[1], 'the party');
      // A thing there names no one nearer: the sentence's subject stays.
      const thing = 'Ada Quill wants a seat when the hall opens in June for the “floor” captains.';
      assert.deepStrictEqual(reading(thing, 'floor')[1], 'Ada Quill');
    });

    test('a clause a dash opens with a named subject of its own: "… history — NAME cites the act, “…”"', () => {
      const text = 'The old picture of the port ignored its history — Ada Quill cites the 1970 act, “the banners on the quay” ' +
        'and the strike as proof.';
      assert.deepStrictEqual(reading(text, 'the banners')[1], 'Ada Quill');
      // A cue before the dash (here a participle describing the sailor) belongs to another clause.
      const earlierCue = 'The old picture of the grumpy sailor shouting at gulls ignored its history — Ada Quill cites the ' +
        '1970 act, “the banners on the quay” and the strike as proof.';
      assert.deepStrictEqual(reading(earlierCue, 'the banners')[1], 'Ada Quill');
      // An article after a dash opens an aside as often: no phrase of it is taken for a speaker.
      const aside = 'Ada Quill is known for her mild manner – the harshest she ever got was to call the pier “a wreck” in print.';
      assert.notStrictEqual(reading(aside, 'a wreck')[2], 'cue-before');
    });

    test('a clause opened by "which" or "why" with a named subject of its own: "in which NAME expressed hope that “…”"', () => {
      const text = 'Quill gave an interview to the Harbour Gazette, in which Reyes expressed hope that the pier would not be ' +
        '“another lost cause.”';
      assert.deepStrictEqual(reading(text, 'another lost cause')[1], 'Reyes');
      const second = 'The ferry levy, which Reyes had called a “disgrace” and promised to “scrap,” stays in place.';
      assert.deepStrictEqual(reading(second, 'scrap')[1], 'Reyes');
      const why = 'The ferry lost money. This is why Ada Quill can’t just cry “foul” at every turn.';
      assert.deepStrictEqual(reading(why, 'foul')[1], 'Ada Quill');
    });

    test('a pronoun opening the sentence is its subject whatever the verb’s form, before any follow-on', () => {
      const text = 'Ivo Brandt said the race was close. But she laid off staff and began to plan for “if we do not win.”';
      assert.deepStrictEqual(reading(text, 'if we do not')[1], 'she');
    });

    test('a day opening the sentence before a comma is when, not who: "Sunday morning, X … and accused …"', () => {
      const text = 'Sunday morning, Ada Quill slammed the plan and accused Oskar Vinter of a “flip-flop.”';
      assert.deepStrictEqual(reading(text, 'flip-flop')[0], 'Ada Quill');
    });

    test('an adverb after a pronoun subject stands before its verb: "She often speaks of “…”"', () => {
      const text = 'Ada Quill ran the port for years. She often speaks of “the long winter” in her talks.';
      assert.deepStrictEqual(reading(text, 'the long winter'), ['Ada Quill', 'She', 'pronoun']);
    });

    test('a text speaks for its authors, other things do not', () => {
      const text = 'The harbour survey asks whether anyone has “trouble reaching the ferry.” The fog hid “the old pier.”';
      assert.deepStrictEqual(reading(text, 'trouble reaching')[0], 'harbour survey');
      assert.strictEqual(reading(text, 'the old pier')[0], null);
    });

    test('a body named by a common noun speaks for its officers: "The non-profit is seeking “…”"', () => {
      assert.deepStrictEqual(reading('The non-profit is seeking “bold ideas” for the pier.', 'bold ideas')[1], 'The non-profit');
      const service = 'The news service pointed to a finding that the crew was short “despite repeated requests” from the port.';
      assert.deepStrictEqual(reading(service, 'despite repeated')[1], 'The news service');
    });

    test('the results of a vote or a poll speak as a text does', () => {
      const text = 'The results also showed the weakness of “old money” as a label.';
      assert.deepStrictEqual(reading(text, 'old money')[1], 'The results');
    });

    test('a body named by a common noun (agency, council, campaign) is the subject that used the words', () => {
      assert.deepStrictEqual(reading('The agency declined to detail the inquiry’s “exact scope.”', 'exact scope')[1], 'The agency');
      assert.deepStrictEqual(reading('The council voted on Monday to condemn the “reckless talk” of the mayor.', 'reckless talk')[1],
        'The council');
    });

    test('a verb in -s after a singular noun for a speaker or a text ends the subject: "The advert hits …"', () => {
      const text = 'Ada Quill spoke at the pier. The harbour advert hits the council for “ignoring the ferry.”';
      assert.deepStrictEqual(reading(text, 'ignoring the ferry')[1], 'The harbour advert');
      assert.deepStrictEqual(reading('The senator likes “The Long Winter,” a radio drama.', 'The Long')[0], 'senator');
    });

    test('"as" opens a clause whose pronoun subject used the words', () => {
      const text = 'Oskar Vinter met Ada Quill on the pier. Quill won applause as he kept talking about “the old ferry.”';
      assert.deepStrictEqual(reading(text, 'the old ferry')[1], 'he');
    });

    test('a quote inside a relative clause is the words of the name its "who" stands for', () => {
      const text = 'The crew trusts Oskar Vinter. Ada Quill, who goes by “Captain,” runs the night ferry.';
      assert.deepStrictEqual(reading(text, 'Captain')[0], 'Ada Quill');
      const closed = 'Ada Quill, a pilot who sailed for years, called the pier “a ruin.”';
      assert.deepStrictEqual(reading(closed, 'a ruin')[1], 'Ada Quill');
    });

    test('a passive cue or a passive naming verb names no speaker', () => {
      const text = 'Ada Quill runs the port. The harbour master is said to be “furious” with the council.';
      assert.strictEqual(reading(text, 'furious')[0], null);
      assert.strictEqual(reading('Her new book is titled “Low Water,” and it sold well.', 'Low Water')[0], null);
    });

    test('a possessive right before a quote owns the noun of saying right after it: "Roe’s “…” remark"', () => {
      const text = 'The crew met on Monday. Ada Quill’s “low water” remark angered the pilots.';
      assert.deepStrictEqual(reading(text, 'low water')[0], 'Ada Quill');
      assert.strictEqual(reading('The crew met on Monday. Ada Quill’s “low water” boat sank.', 'low water')[0], null);
    });

    test('"thanks to" and an -ed adjective after a preposition are no cues', () => {
      const thanks = 'In a May note issued by her firm, Ada Quill boasted that, thanks to her patented “Tide Chart,” she won.';
      assert.deepStrictEqual(reading(thanks, 'Tide Chart').slice(0, 2), ['Ada Quill', 'Ada Quill']);
      const adjective = 'Her lawyers relied on charts from noted sailors to defend the view that the ferry is “unsafe at night.”';
      assert.strictEqual(reading(adjective, 'unsafe')[1], 'Her lawyers');
    });

    test('a naming verb that is no speech cue makes the quote right after it a name: "the ad titled “…”"', () => {
      const text = '“We must act,” Ada Quill says in the advert titled “High Water,” which ran all week.';
      assert.deepStrictEqual(reading(text, 'High Water'), [null, null, null]);
      assert.deepStrictEqual(reading(text, 'We must act')[0], 'Ada Quill');
    });

    test('a day or month between the possessive and its noun of saying: "her March comment that, “…”"', () => {
      const text = 'Ada Quill runs the port. The pilots still resent her March comment that, “The ferry can wait.”';
      assert.deepStrictEqual(reading(text, 'The ferry can wait').slice(1), ['her', 'pronoun']);
      const day = 'The pilots walked out. They blamed Tom Reyes’s Tuesday remarks that “the ferry can wait.”';
      assert.deepStrictEqual(reading(day, 'the ferry can wait')[0], 'Tom Reyes');
      const after = 'The pilots walked out. Tom Reyes stood by his remark Tuesday that “the ferry can wait,” and left.';
      assert.deepStrictEqual(reading(after, 'the ferry can wait').slice(1), ['his', 'pronoun']);
    });

    test('a sentence opening with a determiner and no comma opens with its subject: "This harbour master spoke …"', () => {
      const text = 'This harbour master spoke instead about “dredging the channel.”';
      assert.deepStrictEqual(reading(text, 'dredging')[0], 'harbour master');
      const appositive = 'One such letter, seen by the Gazette, includes a “no-strike” clause.';
      assert.deepStrictEqual(reading(appositive, 'no-strike')[1], 'One such letter');
    });

    test('an empty "it" before a negated verb stands for no one', () => {
      const text = 'The Harbour Board met on Monday. It wasn’t just the cries of “Shame!” that shook the room.';
      assert.strictEqual(reading(text, 'Shame')[0], null);
    });
  });

  suite('clauses with a pronoun subject', () => {
    test('"why", "where", "once" and "until" open a clause whose pronoun subject used the words', () => {
      const text = 'Tom Reyes grew up by the pier. That’s why he wanted to “go the extra mile” for the crew.';
      assert.deepStrictEqual(reading(text, 'go the extra mile'), ['Tom Reyes', 'he', 'pronoun']);
    });

    test('"which" opens a clause whose pronoun subject used the words: "… one in which he took credit for “…”"', () => {
      const text = 'Tom Reyes posted twice. Then came a third post, one in which he took credit for “saving the pier.”';
      assert.deepStrictEqual(reading(text, 'saving the pier'), ['Tom Reyes', 'he', 'pronoun']);
    });

    test('a sentence with no subject to read still gives the words to the "who" of its nearest clause', () => {
      const text = '“The crew is angry,” said Ada Quill, who thinks the board “must listen to the pilots.”';
      assert.deepStrictEqual(reading(text, 'must listen'), ['Ada Quill', 'who', 'pronoun']);
    });

    test('the nearest "as he …" clause reaches past an earlier quote joined on by "and"', () => {
      const text = 'Ivo Brandt is winning applause as he keeps talking about the “power of us” and how the port ' +
        'wants to be a kind of “matchmaker” for jobs.';
      assert.deepStrictEqual(reading(text, 'matchmaker')[1], 'he');
    });
  });

  suite('possessive nouns of saying', () => {
    test('reach a dozen words and more, and past an earlier quote in the same list', () => {
      const text = 'Given his past comments on building a sea wall to keep out the so-called harbour “pirates” and ' +
        '“thieves,” Ivo Brandt is clear.';
      assert.deepStrictEqual(reading(text, 'pirates').slice(1), ['his', 'pronoun']);
      assert.deepStrictEqual(reading(text, 'thieves').slice(1), ['his', 'pronoun']);
    });

    test('a crowd’s chants and cries are its words: "their chants of “…”"', () => {
      const text = 'More than 300 Quill supporters roared when the harbour vote was called. But their chants of ' +
        '“Ada! Ada! Ada!” were cut short when the screens moved on.';
      assert.deepStrictEqual(reading(text, 'Ada! Ada!').slice(1), ['their', 'pronoun']);
      assert.deepStrictEqual(reading('The rally ended with Ivo Brandt’s cry of “Fair fares now!”', 'Fair fares')[0], 'Ivo Brandt');
    });
  });

  suite('quotes a general structure gives a speaker', () => {
    test('a title with one modifier before its work noun is nobody’s words: the “…” theme song', () => {
      const [quote] = quotesOf('He strode onstage to the “Harbour Lights” theme song on Friday.');
      assert.strictEqual(quote.speaker, null);
      assert.match(quote.unattributedReason ?? '', /title/);
    });

    test('the name of an award, an event or a product beside its noun is nobody’s words', () => {
      for (const text of ['Ada Quill took home the festival’s “Golden Oar” award for her film.',
        'Ada Quill has launched the “Safe Harbour” app for skippers.']) {
        const [quote] = quotesOf(text);
        assert.strictEqual(quote.speaker, null, text);
        assert.match(quote.unattributedReason ?? '', /title/);
      }
    });

    test('a possessive noun of saying before a colon introduces its owner’s words: "Her response: “…”"', () => {
      const text = 'Mary Roe met the press on Friday. Her response: “The harbour stays closed.”';
      assert.deepStrictEqual(reading(text, 'The harbour stays closed'), ['Mary Roe', 'Her', 'pronoun']);
    });

    test('"Her answer was that “…”", "Her slogan is “…”": the predicate of a noun of saying holds its owner’s words', () => {
      const answer = 'Mary Roe spoke next. Her answer was that “the family comes first,” and she sat down.';
      assert.deepStrictEqual(reading(answer, 'the family comes first'), ['Mary Roe', 'Her', 'pronoun']);
      const slogan = 'Mary Roe spoke next. Her campaign slogan is “Roe for the coast.”';
      assert.deepStrictEqual(reading(slogan, 'Roe for the coast')[0], 'Mary Roe');
      const verdict = 'Mary Roe spoke next. Her claim is “absurd.”';
      assert.strictEqual(reading(verdict, 'absurd')[0], null);
    });

    test('a capitalised modal before a past tense is a name: "Will described him as a “…”"', () => {
      const text = 'The columnist wrote again. Instead, Will described the mayor as a “caricature of a leader.”';
      assert.deepStrictEqual(reading(text, 'caricature').slice(1), ['Will', 'cue-before']);
      const modal = 'The columnist wrote again. Critics, he said, will call it “a stunt.”';
      assert.notStrictEqual(reading(modal, 'a stunt')[1], 'will');
    });

    test('a capitalised modal before a verb in -s is a name: "While Will concedes her grit is “…”"', () => {
      const text = 'While Will concedes the mayor’s grit is “rare steel,” he backs Quill.';
      assert.deepStrictEqual(reading(text, 'rare steel').slice(1), ['Will', 'cue-before']);
    });

    test('"The message from NAME was clear: “…”": the name after "from" ends before its verb', () => {
      const text = 'The message from Ada Quill was clear: “The harbour stays closed.”';
      assert.deepStrictEqual(reading(text, 'The harbour stays closed').slice(0, 2), ['Ada Quill', 'Ada Quill']);
    });

    test('a participle after an inverted cue shares its subject: “…,” said NAME, urging …', () => {
      const text = '“Let him decide,” said Ada Quill, urging the board to “give him time.”';
      assert.deepStrictEqual(reading(text, 'give him time'), ['Ada Quill', 'Ada Quill', 'cue-before']);
      const appositive = '“Let him decide,” said Ada Quill, a nurse, adding that the board should “wait a week.”';
      assert.deepStrictEqual(reading(appositive, 'wait a week')[0], 'Ada Quill');
    });

    test('a word of time may stand between the comma and the participle: “…,” said the captain, before calling …', () => {
      const text = '“We sail at noon,” said the ferry captain, before calling the new timetable “a shambles.”';
      assert.deepStrictEqual(reading(text, 'a shambles').slice(0, 2), ['ferry captain', 'the ferry captain']);
      const then = '“Sit down,” says the harbour master, then adding that the vote was “rushed.”';
      assert.deepStrictEqual(reading(then, 'rushed').slice(0, 2), ['harbour master', 'the harbour master']);
    });

    test('an appositive is found past a title ending with a comma, or past a term inside it', () => {
      const text = 'Ivo Brandt, a guest on the quiz show, “Harbour Nights,” who later worked for the station, said his boss ' +
        'was “always kind.”';
      assert.deepStrictEqual(reading(text, 'always kind').slice(0, 2), ['Ivo Brandt', 'Ivo Brandt']);
      const term = '“We have had better weeks,” harbour pilot Ivo Brandt, wearing a cap and “Vote Roe” pins, said quietly.';
      assert.deepStrictEqual(reading(term, 'We have had better weeks').slice(0, 2), ['Ivo Brandt', 'Ivo Brandt']);
    });

    test('a participle after "The NOUN VERB," takes the sentence’s subject as a cue, not as a weak reading', () => {
      const [quote] = quotesOf('The nurse spoke first, saying “the ward is full.”');
      assert.deepStrictEqual([quote.speaker?.text, quote.cue?.text], ['The nurse', 'saying']);
    });

    test('"was found guilty of “…”" is a passive: its subject did not say the words', () => {
      const text = 'The owners argue that a skipper was found guilty of “reckless mooring.”';
      assert.deepStrictEqual(reading(text, 'reckless mooring').slice(1), ['The owners', 'cue-before']);
    });

    test('a cue whose object is a possessive noun of saying with "that" leaves the words to the possessor', () => {
      const text = 'The pilots walked out. They condemned Tom Reyes’s claim that “the ferry can wait.”';
      assert.deepStrictEqual(reading(text, 'the ferry can wait')[0], 'Tom Reyes');
      const verdict = 'The pilots walked out. They called Tom Reyes’s remarks “a disgrace.”';
      assert.deepStrictEqual(reading(verdict, 'a disgrace')[1], 'They');
      // The noun's "that" clause may have its own subject, a name or a pronoun, before the words.
      const named = 'The pilots walked out. They blamed the press for harping on Tom Reyes’s claim that Mayor Ada Quill “sank the ferry.”';
      assert.deepStrictEqual(reading(named, 'sank the ferry')[0], 'Tom Reyes');
      const pronoun = 'The pilots walked out. They condemned Tom Reyes’s claim that he “saved the ferry.”';
      assert.deepStrictEqual(reading(pronoun, 'saved the ferry')[0], 'Tom Reyes');
      // The preposition linking the possessor on is no part of its phrase: no role "of".
      const linked = 'Ann Lee blamed the press for making an issue out of Tom Reyes’s claim that Mayor Ada Quill “sank the ferry.”';
      const [quote] = quotesOf(linked);
      assert.deepStrictEqual([quote.speaker?.text, quote.speaker?.role], ['Tom Reyes', null]);
    });

    test('after an introductory phrase, a subject opening with a determiner is the participle’s subject', () => {
      const text = 'Outside the town hall, the farmers waited for hours, waving flags and chanting “Fair prices now.”';
      assert.deepStrictEqual(reading(text, 'Fair prices').slice(1), ['the farmers', 'cue-before']);
    });
  });

  suite('titles of works', () => {
    test('a programme’s title after a network’s possessive is nobody’s words, and a follow-on looks past it', () => {
      const text = '“We will rebuild,” Ivo Brandt said on KLM’s “Morning Harbour.” “The money is there.”';
      const quotes = quotesOf(text);
      assert.strictEqual(quotes[1].speaker, null);
      assert.match(quotes[1].unattributedReason ?? '', /title/);
      assert.deepStrictEqual([quotes[2].speaker?.name, quotes[2].attribution], ['Ivo Brandt', 'follow-on']);
    });

    test('a title after a role and a possessive is nobody’s words, and its comma closes the appositive holding it', () => {
      const text = 'Ada Quill, star of the network’s “Harbour Lights,” thanked the mayor for “making the pier safe.”';
      assert.deepStrictEqual(reading(text, 'Harbour Lights'), [null, null, null]);
      assert.deepStrictEqual(reading(text, 'making the pier'), ['Ada Quill', 'Ada Quill', 'cue-before']);
    });

    test('a title beside a noun for a work, or a role in one, is nobody’s words', () => {
      const text = 'Mara Lind, who starred in “Salt Roads” and the “Grey Harbour” reboot, praised the film “Low Tide.”';
      for (const title of ['Salt Roads', 'Grey Harbour', 'Low Tide']) {
        assert.strictEqual(reading(text, title)[0], null, title);
      }
      assert.strictEqual(reading('Ivo Brandt is now host of “Night Ferry.”', 'Night Ferry')[0], null);
      const list = 'Ivo Brandt, who had roles in “Salt Roads,” “Low Tide” and “Grey Harbour,” left early.';
      for (const title of ['Salt Roads', 'Low Tide', 'Grey Harbour']) assert.strictEqual(reading(list, title)[0], null, title);
    });

    test('a title after a part of a work ("an episode of “…”"), or made of digits, is nobody’s words', () => {
      const text = 'On Sunday’s broadcast of “Harbour Week,” the port’s director, Ivo Brandt, said the pier would reopen.';
      assert.deepStrictEqual(reading(text, 'Harbour Week'), [null, null, null]);
      assert.deepStrictEqual(reading('Mara Lind makes the case in her new documentary “1919.”', '1919')[0], null);
    });

    test('a title right after "told", or with a small word in lower case, is nobody’s words', () => {
      const text = '“We will rebuild,” Ivo Brandt told “Morning Harbour,” and later said so on KLM’s “Tea with Ada Quill.”';
      assert.strictEqual(reading(text, 'Morning Harbour')[0], null);
      assert.strictEqual(reading(text, 'Tea with')[0], null);
      assert.strictEqual(reading(text, 'We will rebuild')[0], 'Ivo Brandt');
      const interview = 'Ivo Brandt said the pier was safe, in an interview with “Harbour Hour.”';
      assert.strictEqual(reading(interview, 'Harbour Hour')[0], null);
    });

    test('words in quotation marks beside a work noun are still words when not in title case', () => {
      assert.strictEqual(reading('Mara Lind said the film was “a slow, sad mess.”', 'a slow')[0], 'Mara Lind');
    });

    test('a nickname between a first name and a surname is nobody’s words', () => {
      const text = 'Ivo Brandt said the idea came from the harbour master, Tomas “Red” Reyes, last spring.';
      assert.strictEqual(reading(text, 'Red')[0], null);
      assert.match(quotesOf(text)[0].unattributedReason ?? '', /nickname/);
    });

    test('an attribute value in embedded markup is nobody’s words', () => {
      const text = 'Ivo Brandt wrote: <post author="@ivob" date="2016-05-01">The ferry is late again.</post>';
      assert.ok(quotesOf(text).every((quote) => quote.speaker === null));
    });

    test('a title-case quotation that is someone’s words is still attributed', () => {
      assert.deepStrictEqual(reading('Ivo Brandt told the crowd: “Build It Now!”', 'Build It')[0], 'Ivo Brandt');
    });
  });

  suite('asides and the quote’s own clause', () => {
    test('"each" floating after the subject leaves a naming verb reporting words', () => {
      const text = 'Amid what the Harbour Post and the Bay Times each called a “rough week” for Vale, the board met.';
      assert.deepStrictEqual(reading(text, 'rough week')[0], 'Bay Times');
    });

    test('a noun of saying reaches its words across a short phrase ending in a link, not across a verb', () => {
      const text = 'Critics list the land grabs by Mark Vale, and his confusing argument in favor of “free fish” for all.';
      assert.deepStrictEqual(reading(text, 'free fish'), ['Mark Vale', 'his', 'pronoun']);
      assert.strictEqual(reading('Mark Vale spoke at length. His argument in the hall was “weak.”', 'weak')[0], null);
    });

    test('"who responds" after a comma is a cue, and "who" after a thing stands for the person named just before', () => {
      const text = '“Go to the pier,” Mark Vale says to Jane Roe on camera, who responds warmly: “Okay!”';
      assert.deepStrictEqual(reading(text, 'Okay'), ['Jane Roe', 'who', 'pronoun']);
    });

    test('a possessive noun of saying owning the words wins over a cue at the end of a long sentence', () => {
      const text = 'But while Mark Vale’s old statements, including his promise to stay “neutral” in the harbour talks, ' +
        'have worried the fishers, he offered new promises on Monday.';
      assert.deepStrictEqual(reading(text, 'neutral'), ['Mark Vale', 'his', 'pronoun']);
    });

    test('a naming verb after a person’s appositive reports that person’s words; after a thing it names', () => {
      const text = 'He guarded the delegates in 1976, in what Jane Roe, treasurer for a rival campaign, called “hand-to-hand combat.”';
      assert.deepStrictEqual(reading(text, 'hand-to-hand combat'), ['Jane Roe', 'Jane Roe', 'cue-before']);
      assert.strictEqual(reading('The old boat, called “Heron,” sank on Monday.', 'Heron')[0], null);
    });

    test('"who" after a long clause stands for the phrase before its comma, not for a name two commas back', () => {
      const text = 'Before May, Mark Vale was doubted by the old regulars at his harbour café, who wondered if “he would last the summer.”';
      assert.deepStrictEqual(reading(text, 'he would last')[0], 'old regulars at his harbour café');
      assert.deepStrictEqual(reading('Jane Roe, a retired nurse from the bay, who wondered if “it would last,” left.', 'it would last')[0],
        'Jane Roe');
    });

    test('an object pronoun after a cue opening the sentence is the writer’s imperative, not an inverted subject', () => {
      const text = 'Ask yourself: Which town will Jane Roe win with her message of low taxes and rivals as the “enemy,” in the end?';
      assert.deepStrictEqual(reading(text, 'enemy'), ['Jane Roe', 'her', 'pronoun']);
    });

    test('"from" before a colon names a source only when a noun phrase follows it', () => {
      const text = 'At the briefing, the reporters ranged from curious to angry: “Why now?”';
      assert.deepStrictEqual(reading(text, 'Why now')[1], 'the reporters');
    });

    test('a participle after a "where" clause takes that clause’s subject, not the sentence’s', () => {
      const text = 'Mark Vale spoke near the old pier, where about 50 protesters had gathered on Monday, chanting “no quota, no peace.”';
      assert.deepStrictEqual(reading(text, 'no quota')[1], 'about 50 protesters');
    });

    test('a clause opened by "that" after a cue is no inverted subject', () => {
      const text = 'Mark Vale said he would allow some boats in, in cases where “common sense” made clear that the boat was safe.';
      assert.deepStrictEqual(reading(text, 'common sense')[0], 'Mark Vale');
    });

    test('words ending an opening subordinate clause are its cue’s, not the main clause’s after them', () => {
      const yelled = 'When a man in the crowd yelled, “Fraud,” Mark Vale laughed and said, “Not today.”';
      assert.deepStrictEqual(reading(yelled, 'Fraud')[1], 'a man in the crowd');
      const said = 'After Jane Roe said that small boats might do better in “calmer waters,” Mark Vale said: “I disagree.”';
      assert.deepStrictEqual(reading(said, 'calmer waters')[0], 'Jane Roe');
      assert.deepStrictEqual(reading(said, 'I disagree')[0], 'Mark Vale');
      // A comma after the cue's own object closes the clause: the words after it are the main clause's.
      const asked = 'When a reporter asked about the cost, “We will see,” Mark Vale said.';
      assert.deepStrictEqual(reading(asked, 'We will see')[0], 'Mark Vale');
    });

    test('a participle after a term set off by its comma does not give the term to the sentence’s subject', () => {
      const text = 'Ann Lee faulted the press for harping on Mark Vale’s claim that the mayor “sank the pier,” saying they missed the point.';
      assert.deepStrictEqual(reading(text, 'sank the pier'), ['Mark Vale', 'Mark Vale', 'cue-before']);
    });

    test('"by her own admission" gives the possessor as the speaker of the clause it vouches for', () => {
      const text = 'Jane Roe kept a private server. The server by her own admission was a “mistake.”';
      assert.deepStrictEqual(reading(text, 'mistake'), ['Jane Roe', 'her', 'pronoun']);
    });

    test('the pronoun subject of the clause holding the quote, with a verb of thinking, is the mention', () => {
      const text = 'Mark Vale says that even though he would replace the chief, he actually thinks she did a “decent job.”';
      assert.deepStrictEqual(reading(text, 'decent job'), ['Mark Vale', 'he', 'pronoun']);
    });

    test('a dateline set off by a horizontal bar is not the subject of a sentence’s verb', () => {
      const text = 'WASHINGTON ― Mark Vale told friends that the mayor knew it and thought the fuss was a “badge of honor.”';
      assert.deepStrictEqual(reading(text, 'badge of honor')[0], 'Mark Vale');
    });

    test('a later clause with its own pronoun subject that a colon closes introduces the words', () => {
      const text = 'Mark Vale said both plans are “dead on arrival,” but he gave the mayor a small compliment: “She never quits.”';
      assert.deepStrictEqual(reading(text, 'She never quits'), ['Mark Vale', 'he', 'pronoun']);
      assert.deepStrictEqual(reading(text, 'dead on arrival'), ['Mark Vale', 'Mark Vale', 'cue-before']);
    });

    test('what an inverted cue describes “as” something is its object, not the speaker', () => {
      const text = 'Ada Roe, who guesses that her costs were “in the millions,” described the strain as awful.';
      assert.deepStrictEqual(reading(text, 'in the millions')[0], 'Ada Roe');
    });

    test('a cue inside an aside closed by dashes before the quote is not the quote’s', () => {
      const text = 'He even told the crowd that his boat is not small - as Roe has said - and he can “promise” it floats.';
      assert.deepStrictEqual(reading(text, 'promise')[1], 'He');
    });

    test('words resumed after a dashed aside holding another quote keep the speaker before the aside', () => {
      const text = 'Ben Vale said, “We will fix the pier” — at which point the crowd yelled “Fix it!” — “and open the market.”';
      assert.deepStrictEqual(reading(text, 'and open the market'), ['Ben Vale', 'Ben Vale', 'cue-before']);
      assert.deepStrictEqual(reading(text, 'Fix it!')[1], 'the crowd');
    });
  });

  suite('pronouns and follow-on quotes', () => {
    test('a she after a wife named by her given name alone is the wife: "his wife, Jane, … she said"', () => {
      const text = 'Walter Pendry kept the light. His wife, Morwenna, was less worried. “It never fell,” she said.';
      assert.deepStrictEqual(reading(text, 'It never fell')[0], 'Morwenna');
    });

    test('a he or she after a sentence whose subject introduces someone ("A longshoreman who …") goes on with them', () => {
      const text = 'Ines Halvorsen spoke first. A longshoreman who asked not to be named said morale was low. “People are scared,” he said.';
      assert.deepStrictEqual(reading(text, 'People are scared').slice(0, 2), ['longshoreman', 'he']);
      // When the sentence names someone, the he or she may be them: "A reporter asked Tom Reyes …. He replied".
      const named = 'A reporter asked Tom Reyes how he felt. He replied: “Tired.”';
      assert.deepStrictEqual(reading(named, 'Tired')[0], 'Tom Reyes');
    });

    test('someone introduced with a phrase after the noun ("A spokeswoman for the board …") is who a she goes on with', () => {
      const text = 'Dr Mei Quillan led the study. A spokeswoman for the harbour board said it would meet in May. ' +
        '“Science like this is what we need,” she said.';
      assert.deepStrictEqual(reading(text, 'Science like this').slice(0, 2), ['spokeswoman for the harbour board', 'she']);
      // The same across a paragraph break, where the sentence holds no quotation of its own.
      const paragraphs = 'Dr Mei Quillan led the study.\n\nA spokeswoman for the Arctic Council said members would meet in May.\n\n' +
        '“Science like this is what we need,” she said.';
      assert.deepStrictEqual(reading(paragraphs, 'Science like this').slice(0, 2), ['spokeswoman for the Arctic Council', 'she']);
    });

    test('an "it" after a description of a body named in an appositive ("The ferry company, Nordlys Marine, …") is the named body', () => {
      const text = 'The ferry company, Nordlys Marine, said in a statement that it had followed every rule. “We are confident,” it said.';
      assert.deepStrictEqual(reading(text, 'We are confident').slice(0, 2), ['Nordlys Marine', 'it']);
    });

    test('a "they" subject goes on with the people or bodies the sentence before was about', () => {
      const workers = 'Dockworkers in Bergen walked out on Monday. “We have had enough,” they said.';
      assert.deepStrictEqual(reading(workers, 'We have had enough').slice(0, 2), ['Dockworkers in Bergen', 'they']);
      const pair = 'Tom Reyes and Ada Quill met the mayor. “We agreed on nothing,” they said.';
      assert.deepStrictEqual(reading(pair, 'We agreed on nothing')[0], 'Tom Reyes and Ada Quill');
      const unions = 'The unions met ministers in Oslo on Friday. “We will strike,” they said.';
      assert.deepStrictEqual(reading(unions, 'We will strike')[0], 'unions');
      // A thing is no one who speaks: "The talks ended late." leaves the "they" as it is.
      const talks = 'The talks ended late. “We will strike,” they said.';
      assert.deepStrictEqual(reading(talks, 'We will strike')[0], 'they');
    });

    test('a noun for kin before a name tells its gender: "her father, Tomas" is no "she"', () => {
      const text = 'Ines Halloran learned the trade from her father, Tomas, who learned it from his uncle. ' +
        'When she asked to apprentice, the answer was no. “He said no twice,” she recalled.';
      assert.deepStrictEqual(reading(text, 'He said no')[0], 'Ines Halloran');
    });

    test('a "she" after a sentence opening with the words of a "he" goes on with someone else', () => {
      const text = 'Mateus Lund and Ama Kessler spoke on Saturday. “I wrote it for my grandmother,” he said. ' +
        '“She got stung,” she said.';
      assert.deepStrictEqual(reading(text, 'I wrote')[0], 'Mateus Lund');
      assert.deepStrictEqual(reading(text, 'She got stung')[0], 'Ama Kessler');
    });

    test('a "they" after a sentence opening with a group\'s words goes on with the group, not with one person', () => {
      const chained = 'Dockworkers in Bergen walked out. “We will not go back,” they said. “Not ever,” they added.';
      assert.deepStrictEqual(reading(chained, 'Not ever').slice(0, 2), ['Dockworkers in Bergen', 'they']);
      const group = 'Ada Quill met the teachers. “We will not go back,” the teachers said. “Not ever,” they added.';
      assert.deepStrictEqual(reading(group, 'Not ever').slice(0, 2), ['teachers', 'they']);
      // One person's words hand on no "they".
      const person = 'Ada Quill met the strikers. “We will not go back,” Quill said. “Not ever,” they added.';
      assert.notStrictEqual(reading(person, 'Not ever')[0], 'Ada Quill');
    });

    test('"the union", "the department": "the" and a noun for a body stand for the body last named with it', () => {
      const union = 'The Harbour Union called the strike. “It is legal,” the union said. “Read the law,” it added.';
      assert.deepStrictEqual(reading(union, 'It is legal').slice(0, 2), ['Harbour Union', 'the union']);
      assert.deepStrictEqual(reading(union, 'Read the law').slice(0, 2), ['Harbour Union', 'it']);
      // The nearest body with that noun: not the Harbour Union for "the council".
      const council = 'The Harbour Union met the Bergen City Council. “We are listening,” the council said.';
      assert.deepStrictEqual(reading(council, 'We are listening')[0], 'Bergen City Council');
      // No body named with the noun: the description stays as written.
      assert.deepStrictEqual(reading('“It is legal,” the union said.', 'It is legal')[0], 'union');
    });

    test('an "it" subject goes on with the body or text the sentence before was about, not a place named in it', () => {
      const company = 'Talks were held in Bergen. The ferry company said in a statement that it had followed every rule. ' +
        '“We are confident the process was fair,” it said.';
      assert.deepStrictEqual(reading(company, 'We are confident').slice(0, 2), ['ferry company', 'it']);
      const board = '“We will not sell,” the harbour board wrote in a letter to Bergen. “The quay stays open,” it added.';
      assert.deepStrictEqual(reading(board, 'The quay stays open').slice(0, 2), ['harbour board', 'it']);
      const memo = 'The memo was sent to staff in Bergen.\n\nIt said the quay would be “closed until further notice.”';
      assert.deepStrictEqual(reading(memo, 'closed until').slice(0, 2), ['memo', 'It']);
      // An "it" going on from one before goes on with the same.
      const chain = 'The memo was sent to staff in Bergen. It said the quay was “unsafe.” It also said the move was “overdue.”';
      assert.deepStrictEqual(reading(chain, 'overdue')[0], 'memo');
      // A possessor is not what the sentence is about.
      const possessor = 'Ada Quill’s campaign in Texas quickly backtracked. In cases of abortion, it said, “the woman is a victim.”';
      assert.deepStrictEqual(reading(possessor, 'the woman is a victim')[0], 'Ada Quill’s campaign in Texas');
      // An attribution closing the sentence goes on, not its subject.
      const according = 'The council will close the quay, according to the Harbour Trust, which owns it. It said the move was “overdue.”';
      assert.deepStrictEqual(reading(according, 'overdue')[0], 'Harbour Trust');
    });

    test('words going on from a sentence about their speaker have no cue: the name is no word of saying', () => {
      const quote = quotesOf('Does he miss it? Walter Penhallow pauses. “Every single night.”')[0];
      assert.deepStrictEqual([quote.speaker?.name, quote.cue, quote.attribution], ['Walter Penhallow', null, 'follow-on']);
    });

    test('"who" after a thing stands for the people its phrase ends on: "fire from local shopkeepers, who say …"', () => {
      const text = 'The plan drew fire from local shopkeepers, who say it will “kill the high street.”';
      assert.deepStrictEqual(reading(text, 'kill the high street'), ['local shopkeepers', 'who', 'pronoun']);
    });

    test('a family speaks as a group: "The family of one victim said: ‘…’"', () => {
      const victim = 'In a statement read outside court, the family of one victim said: “No sentence will bring him back.”';
      assert.deepStrictEqual(reading(victim, 'No sentence').slice(0, 2), ['family of one victim', 'the family of one victim']);
      // A noun in -ly is no adverb between the subject and its verb.
      const her = 'Her family said: “We are heartbroken.”';
      assert.deepStrictEqual(reading(her, 'We are heartbroken').slice(0, 2), ['Her family', 'Her family']);
    });

    test('an age used as a noun names a person: "The 19-year-old, who …, described the night as “…”"', () => {
      const text = 'The 19-year-old, who joined the ferry crew last summer, described the storm as “terrifying.”';
      assert.deepStrictEqual(reading(text, 'terrifying').slice(0, 2), ['19-year-old', 'The 19-year-old']);
    });

    test('"who" after a thing stands for the person or body its phrase ends on: "a lecture from the mayor, who …"', () => {
      const mayor = 'The crew sat through a long lecture from the harbour mayor, who called the delay “unacceptable.”';
      assert.deepStrictEqual(reading(mayor, 'unacceptable'), ['harbour mayor', 'who', 'pronoun']);
      const union = 'Protest came at once from the dockworkers union, who called the plan “reckless.”';
      assert.deepStrictEqual(reading(union, 'reckless').slice(0, 2), ['dockworkers union', 'who']);
      // The head is a person: "who" stands for it, not for the one after "of".
      const wife = 'The wife of the harbour master, who called the plan “reckless,” left early.';
      assert.deepStrictEqual(reading(wife, 'reckless').slice(0, 2), ['wife of the harbour master', 'who']);
    });

    test('centering reads a sentence left out of the document\'s reading, and past one about a thing to the one before', () => {
      const thing = 'Ada Quill met Lena Ortiz at the hall. The hall was full. She took the stage. “We stay.”';
      assert.deepStrictEqual(reading(thing, 'We stay').slice(0, 2), ['Ada Quill', 'She']);
      // A sentence whose subject is people described may be about someone else: no centre, the nearest name.
      const sister = 'Ada Quill met Lena Ortiz at the hall. Her sister was late. She took the stage. “We stay.”';
      assert.strictEqual(reading(sister, 'We stay')[0], 'Lena Ortiz');
      // Across paragraphs the reading left out holds no quotation: "Ada Quill arrived" is still the sentence before.
      const paragraphs = '“We sail,” said Lena Ortiz.\n\nAda Quill arrived later to meet Ortiz.\n\nShe took the stage.\n\n“We stay,” she said.';
      assert.strictEqual(reading(paragraphs, 'We stay')[0], 'Ada Quill');
    });

    test('a he or she that is the subject of the sentence before hands on its own centre', () => {
      const text = 'Ada Quill met Lena Ortiz at the hall. She took the stage. “We stay,” she said.';
      assert.strictEqual(reading(text, 'We stay')[0], 'Ada Quill');
      const leftOut = 'Ada Quill met Lena Ortiz at the hall. In May, she won. She took the stage. “We stay,” she said.';
      assert.strictEqual(reading(leftOut, 'We stay')[0], 'Ada Quill');
    });

    test('British and Welsh given names carry their gender: a "he" skips Maud, a "she" keeps her over a later woman', () => {
      const he = 'Maud Penrose has watched the ferry for years. “I remember the first crossing,” she says.\n\n' +
        'Her neighbour, Bill Tregaskis, has his own memories. He worked on the boats for decades. “You got to know everyone,” he says.';
      assert.deepStrictEqual(reading(he, 'You got to know')[0], 'Bill Tregaskis');
      const she = 'Maud Penrose watched the ferry. The council leader, Jenna Hoskin, spoke. Penrose is not convinced. ' +
        'She has written twice and received, she says, “two polite letters.”';
      assert.deepStrictEqual(reading(she, 'two polite letters')[0], 'Maud Penrose');
    });

    test('a he or she skips a name whose given name is of the other gender, read from the second word when the first tells nothing', () => {
      const scalia = 'Ada Quill stood up. The hall fell quiet as the clerk read the ruling of Justice Antonin Scalia. “It was wrong,” she said.';
      assert.strictEqual(reading(scalia, 'It was wrong')[0], 'Ada Quill');
      const king = 'Mark Ortiz sang first. The hall then heard Billie Jean King. “It was fun,” he said.';
      assert.strictEqual(reading(king, 'It was fun')[0], 'Mark Ortiz');
      // A full name whose given name tells nothing gives way to a name of the pronoun's gender a little before it.
      const unknown = 'Ada Quill spoke first. The clerk read a note from Judge Zoltan Brisk. “It was wrong,” she said.';
      assert.strictEqual(reading(unknown, 'It was wrong')[0], 'Ada Quill');
      // A title's modifier before a given name ("Marine") is no part of the name, whose given name tells the gender.
      const marine = 'Marine John Tiegen sat down. The crowd watched Ivo Brandt on a screen. Tiegen was tired. “It was long,” he said.';
      assert.strictEqual(reading(marine, 'It was long')[0], 'John Tiegen');
    });

    test('a he or she never stands for a name of unknown gender that ends on an acronym (no person\'s name does)', () => {
      const text = 'Ivo Brandt waited. Listeners heard an interview with Harbor XM. “We go on,” he said.';
      assert.notStrictEqual(reading(text, 'We go on')[0], 'Harbor XM');
    });

    test('a he or she opening its sentence as the subject goes on with the subject before it, not the nearest name', () => {
      const text = 'Tom Reyes met Governor Ben Ortiz at the ferry office on Tuesday. He later called the plan a “disaster.”';
      assert.deepStrictEqual(reading(text, 'disaster'), ['Tom Reyes', 'He', 'pronoun']);
      const after = 'Mary Lee thanked her sister, Ann Ortiz, for the loan. But she said the shop was still “in trouble.”';
      assert.deepStrictEqual(reading(after, 'in trouble')[0], 'Mary Lee');
      // Not when the pronoun is no subject, nor when the subject's gender disagrees.
      const object = 'Tom Reyes met Governor Ben Ortiz on Tuesday. Reporters asked him about the “disaster.”';
      assert.notStrictEqual(reading(object, 'disaster')[0], 'Tom Reyes');
      const gender = 'Mary Lee met Governor Ben Ortiz on Tuesday. He later called the plan a “disaster.”';
      assert.deepStrictEqual(reading(gender, 'disaster')[0], 'Ben Ortiz');
      // A possessor is not the subject.
      const owner = 'Tom Reyes’s claim stunned Ben Ortiz on Friday. He called the plan “baseless.”';
      assert.notStrictEqual(reading(owner, 'baseless')[0], 'Tom Reyes');
    });

    test('a he or she right after the quotation opening its sentence goes on with the subject before it', () => {
      const text = 'Tom Reyes praised Governor Ben Ortiz on Tuesday. “We owe him a great deal,” he said.';
      assert.deepStrictEqual(reading(text, 'We owe'), ['Tom Reyes', 'he', 'pronoun']);
      // After a sentence closing with a set-off attribution, its speaker is who goes on.
      const closing = 'Ben Ortiz won the crowd over, Tom Reyes said. “He was very sharp,” he said.';
      assert.deepStrictEqual(reading(closing, 'He was very')[0], 'Tom Reyes');
      const opening = 'Speaking in Kent, Tom Reyes says he will meet Ben Ortiz. “We will talk,” he said.';
      assert.deepStrictEqual(reading(opening, 'We will talk')[0], 'Tom Reyes');
    });

    test('after a sentence opening with a quotation, a he or she goes on with that quotation’s speaker', () => {
      const text = '“The talks went well,” Tom Reyes said after meeting Governor Ben Ortiz. He called the plan “a mess.”';
      assert.deepStrictEqual(reading(text, 'a mess'), ['Tom Reyes', 'He', 'pronoun']);
    });

    test('a he or she never stands for a name that an article opens, a place or a body whatever its type', () => {
      const text = 'Tom Reyes spoke first. The meeting ended at the Kent Valley Farmers headquarters. He called the ' +
        'vote “a sham.”';
      assert.deepStrictEqual(reading(text, 'a sham')[0], 'Tom Reyes');
    });

    test('a he or she never stands for the writer named in a byline', () => {
      const text = 'By Mary Lee\n\nThe harbour was quiet on Monday. “It is sad to see,” she said.';
      assert.deepStrictEqual(reading(text, 'It is sad'), ['she', 'she', 'pronoun']);
      const named = 'By Mary Lee\n\nAnn Ortiz runs the pier. “It is sad to see,” she said.';
      assert.deepStrictEqual(reading(named, 'It is sad')[0], 'Ann Ortiz');
    });

    test('words standing alone after a sentence whose last clause names a person take that person', () => {
      const text = 'What the plan means is left to the riders, since Ada Quill spoke only in riddles at the meeting. ' +
        '“We have to be a lot tougher.” “We are not there yet.”';
      assert.deepStrictEqual(reading(text, 'We have to be')[0], 'Ada Quill');
      assert.deepStrictEqual(reading(text, 'We are not there')[0], 'Ada Quill');
    });

    test('a participle describing the noun before it is no cue for the words after its sentence', () => {
      const text = 'Ada Quill runs the ferry. “This is a play about the rich,” said Ivo Brandt, who also stars in it. ' +
        'But the giant Quill face beaming from billboards has not hurt sales. “It has done very well.”';
      assert.deepStrictEqual(reading(text, 'It has done')[0], 'Ivo Brandt');
      const statement = 'At Ada Quill’s direction, the Harbour Trust issued a statement apologizing to riders for the ' +
        'emails, which included staff members suggesting a new fee.\n\n“We regret every word of it.”';
      assert.deepStrictEqual(reading(statement, 'We regret')[0], 'Harbour Trust');
    });

    test('an introductory phrase closed by a comma inside a title\'s marks is not the subject of its sentence', () => {
      const text = 'On “Face the Harbour,” Sen. Ada Quill (Vt.), who lost the primary, named exhaustion as the reason. ' +
        '“The younger people are tired.”';
      assert.deepStrictEqual(reading(text, 'The younger people')[0], 'Ada Quill');
    });

    test('words standing alone after a headline are no one\'s the headline names only in title case', () => {
      const text = 'Ferry Talks Collapse Over Harbour Fees\n\n“We came here in good faith.” The talks ended at noon.';
      assert.deepStrictEqual(reading(text, 'We came here'), [null, null, null]);
    });

    test('a quote in capitals standing alone with no stop is a subhead, not a follow-on', () => {
      const text = '“We will rebuild,” Ada Quill said.\n\n“THE PIER COMES FIRST”\n\nThe vote is on Monday.';
      assert.deepStrictEqual(reading(text, 'THE PIER'), [null, null, null]);
      const shout = '“We will rebuild,” Ada Quill said. “WE WILL NOT MOVE!”';
      assert.deepStrictEqual(reading(shout, 'WE WILL')[0], 'Ada Quill');
    });

    test('a short phrase in quotation marks that opens a sentence as its subject does not go on the speaker’s words', () => {
      const text = 'The files were marked “restricted,” Ada Quill said. “Restricted” is the lowest level of secrecy.';
      assert.strictEqual(reading(text, 'Restricted')[0], null);
      const goesOn = 'The files were marked “restricted,” Ada Quill said. “We never saw them.”';
      assert.strictEqual(reading(goesOn, 'We never')[0], 'Ada Quill');
    });

    test('a cue that introduces the next quote is not the cue after the quote that ends the sentence before it', () => {
      const text = 'When I wrote to Roe, he replied, “It was a good day for the harbour.” He added, “I will miss it.”';
      const [first, second] = quotesOf(text);
      assert.deepStrictEqual([first.speaker?.text, first.cue?.text], ['he', 'replied']);
      assert.deepStrictEqual([second.speaker?.text, second.cue?.text], ['He', 'added']);
    });

    test('a fragment in a sentence with its own subject is that subject’s, not the previous speaker’s', () => {
      const text = '“The harbour is silting up,” Ada Quill said. Rhea Doyle wants the council to “act before the spring.”';
      assert.deepStrictEqual(reading(text, 'act before'), ['Rhea Doyle', 'Rhea Doyle', 'cue-before']);
    });

    test('she is not resolved to a man, nor he to a woman', () => {
      const text = 'Margaret Oduya met Thomas Brill at the harbour office. She called the plan “a start.”';
      assert.deepStrictEqual(reading(text, 'a start')[0], 'Margaret Oduya');
      const other = 'Thomas Brill met Margaret Oduya at the harbour office. He called the plan “a start.”';
      assert.deepStrictEqual(reading(other, 'a start')[0], 'Thomas Brill');
    });

    test('a pronoun later in a sentence stands for the sentence’s subject before a nearer name', () => {
      const text = 'The Harbour Board condemned the Dredging Company and vowed to fight what it called “a land grab.”';
      assert.deepStrictEqual(reading(text, 'a land grab')[0], 'Harbour Board');
    });

    test('an honorific tells the gender where the given name does not', () => {
      const text = 'Mrs. Kestrel Ame spoke first, then Mr. Oskar Vinter. She called the delay “shameful.”';
      assert.deepStrictEqual(reading(text, 'shameful')[0], 'Kestrel Ame');
    });

    test('a pronoun subject is resolved to the nearest person before it', () => {
      const text = 'Mayor Petra Lindqvist opened the bridge on Monday.\n\nShe added that the tolls were “temporary.”';
      const [quote] = quotesOf(text);
      assert.strictEqual(quote.speaker?.text, 'She');
      assert.strictEqual(quote.speaker?.name, 'Petra Lindqvist');
      assert.strictEqual(quote.attribution, 'pronoun');
      assert.strictEqual(quote.antecedent?.text, 'Petra Lindqvist');
    });

    test('it is resolved to an organisation', () => {
      const text = 'The Harbour Authority closed the north dock. It described the closure as “a precaution.”';
      const [quote] = quotesOf(text);
      assert.strictEqual(quote.speaker?.text, 'It');
      assert.strictEqual(quote.speaker?.name, 'Harbour Authority');
    });

    test('a quote with no cue right after an attributed one continues it, in the next paragraph too', () => {
      const text = '“We lost the spring catch,” said Oskar Vinter. “The summer will be worse.”\n\n“Then we sell the boats.”';
      const quotes = quotesOf(text);
      assert.deepStrictEqual(quotes.map((quote) => [quote.speaker?.name, quote.attribution]), [
        ['Oskar Vinter', 'cue-after'],
        ['Oskar Vinter', 'follow-on'],
        ['Oskar Vinter', 'follow-on'],
      ]);
    });

    test('a paragraph ending in a cue and a colon introduces the quotation opening the next', () => {
      const text = 'Oskar Vinter spoke for the pilots.\n\nVinter told the board:\n\n“The channel is silting up.”';
      assert.deepStrictEqual(reading(text, 'The channel'), ['Oskar Vinter', 'Vinter', 'cue-before']);
      const bare = 'The harbour plan was published.\n\nThe plan reads as follows:\n\n“Dredging starts in May.”';
      assert.strictEqual(reading(bare, 'Dredging')[0], null);
    });

    test('a follow-on quote takes a lone capitalised cue subject, but not a thing’s', () => {
      const text = 'The port closed in March. Quill announced on Monday a lawsuit. “We are seeking a court order against it.”';
      assert.deepStrictEqual(reading(text, 'We are seeking')[0], 'Quill');
      const thing = 'The port closed in March. The plan states that it stays shut. “We are seeking a court order against it.”';
      assert.strictEqual(reading(thing, 'We are seeking')[0], null);
    });

    test('a follow-on quote looks past a term that ends the previous sentence', () => {
      const text = '“We will rebuild,” said Ada Quill, who hosts the radio show “Harbour Hour.” “Then we reopen the port.”';
      assert.deepStrictEqual(reading(text, 'Then we reopen'), ['Ada Quill', 'Ada Quill', 'follow-on']);
    });

    test('a quote far from any attributed one is left unattributed, with a reason', () => {
      const text = '“We lost the spring catch,” said Oskar Vinter.\n\nThe market opened late.\n\nPrices fell.\n\n“Nobody came.”';
      const last = quotesOf(text)[1];
      assert.strictEqual(last.speaker, null);
      assert.strictEqual(last.attribution, null);
      assert.strictEqual(last.confidence, 0);
      assert.ok(last.unattributedReason && last.unattributedReason.length > 10);
    });
  });

  suite('via and nesting', () => {
    test('“…,” said X, according to Y: X is the speaker, Y the channel', () => {
      const [quote] = quotesOf('“The dam is cracked,” said a retired engineer, according to the Valley Courier.');
      assert.strictEqual(quote.speaker?.name, 'retired engineer');
      assert.deepStrictEqual(quote.via.map((via) => via.text), ['the Valley Courier']);
    });

    test('X said “…”, according to Y: the cue before the words names the speaker, Y the channel', () => {
      const [quote] = quotesOf('Ada Quill told the board the dam was “cracked,” according to the Valley Courier.');
      assert.deepStrictEqual([quote.speaker?.name, quote.cue?.text], ['Ada Quill', 'told']);
      assert.deepStrictEqual(quote.via.map((via) => via.text), ['Valley Courier']);
      // With no cue before the words, "according to" names their source.
      const [alone] = quotesOf('The dam was “cracked,” according to the Valley Courier.');
      assert.deepStrictEqual([alone.speaker?.name, alone.attribution, alone.via], ['Valley Courier', 'according-to', []]);
    });

    test('X quoted Y as saying “…” and Y was quoted by X as saying “…”: Y is the speaker, X the channel', () => {
      const active = quotesOf('State radio quoted Interior Minister Ivo Brandt as saying that “order is maintained.”')[0];
      assert.deepStrictEqual([active.speaker?.name, active.cue?.text], ['Ivo Brandt', 'as saying']);
      assert.deepStrictEqual(active.via.map((via) => via.text), ['State radio']);
      const passive = quotesOf('Ivo Brandt was quoted by the Valley Courier as saying, “Order is maintained.”')[0];
      assert.deepStrictEqual([passive.speaker?.name, passive.cue?.text], ['Ivo Brandt', 'as saying']);
      assert.deepStrictEqual(passive.via.map((via) => via.text), ['Valley Courier']);
      // "quoted" with no "as saying" after it is the subject's own quoting.
      assert.strictEqual(quotesOf('Ivo Brandt quoted the mayor: “Order is maintained.”')[0].speaker?.name, 'Ivo Brandt');
    });

    test('a bracketed clarification names the nested quote’s speaker', () => {
      const text = '“The minister [Hana Kovac] told us, ‘The budget stands,’” Ivo Brandt said.';
      const quotes = quotesOf(text);
      assert.strictEqual(quotes[0].speaker?.name, 'Ivo Brandt');
      assert.strictEqual(quotes[1].parent, 0);
      assert.strictEqual(quotes[1].speaker?.name, 'Hana Kovac');
      assert.strictEqual(quotes[1].attribution, 'bracketed');
    });

    test('a he or she inside someone\'s words who says the nested words is someone else, never the one quoted', () => {
      const text = 'Lena Ortiz came to the dock on Monday. Later Ada Quill spoke to reporters. ' +
        '“She told me, ‘We will not sell,’ and I believed her,” Quill said.';
      const quotes = quotesOf(text);
      assert.strictEqual(quotes[0].speaker?.name, 'Ada Quill');
      assert.strictEqual(quotes[1].speaker?.name, 'Lena Ortiz');
      // With no one else of that gender named, the pronoun stands for no one rather than for the speaker.
      const alone = quotesOf('Ada Quill was there. “She told me, ‘We will not sell,’ and I believed her,” Quill said.');
      assert.deepStrictEqual([alone[1].speaker?.name, alone[1].antecedent], ['She', null]);
      // "I" inside the words is still the one quoted.
      assert.strictEqual(quotesOf('“I said, ‘We will not sell,’ and I meant it,” Ada Quill said.')[1].speaker?.name, 'Ada Quill');
    });

    test('a cue after "to" and a verb with no object between ("used to say") is that verb\'s subject\'s, nested or not', () => {
      const text = '“Her father used to say, ‘Never sell the boat,’ and he was right,” Ada Quill said.';
      assert.deepStrictEqual(reading(text, 'Never sell'), ['Her father', 'Her father', 'cue-before']);
      const wanted = '“My aunt wanted to tell them, ‘Keep the boat,’ but she left,” Ada Quill said.';
      assert.strictEqual(reading(wanted, 'Keep the boat')[0], 'My aunt');
      // "to" before a noun of saying is no verb's: "pointed to reports that X called …" stays X's.
      assert.strictEqual(reading('Ada Quill pointed to reports that Ivo Brandt called the plan “a scam.”', 'a scam')[0], 'Ivo Brandt');
    });

    test('a nested quote is read in its own sentence of its parent’s words, not by a cue in the sentence before or after', () => {
      const text = '“Lena Ortiz said she would call. We saw ‘Closed for good’ on the door. Then Ivo Brandt wrote back,” Ada Quill said.';
      const quotes = quotesOf(text);
      assert.strictEqual(quotes[1].parent, 0);
      assert.strictEqual(quotes[1].speaker, null);
      // The same words with the cue inside that sentence name the speaker.
      const inside = quotesOf('“It was late. Lena Ortiz told us, ‘Closed for good.’ Then we left,” Ada Quill said.');
      assert.strictEqual(inside[1].speaker?.name, 'Lena Ortiz');
    });

    test('a nested quote with nothing naming its speaker stays unattributed', () => {
      const quotes = quotesOf('“The word ‘sorry’ never came up at the meetings,” Ivo Brandt said.');
      assert.strictEqual(quotes[1].speaker, null);
      assert.ok(quotes[1].unattributedReason);
    });
  });

  suite('group nouns and terms', () => {
    test('a nickname in marks inside a name is a term, and the whole name speaks, before or after the words', () => {
      const before = 'Carla “Cici” Marsh said, “The ferry stays.”';
      assert.deepStrictEqual(reading(before, 'The ferry'), ['Carla Marsh', 'Carla “Cici” Marsh', 'cue-before']);
      const after = '“The ferry stays,” said Carla “Cici” Marsh, a teacher.';
      assert.deepStrictEqual(reading(after, 'The ferry'), ['Carla Marsh', 'Carla “Cici” Marsh', 'cue-after']);
      const nickname = quotesOf(after).find((quote) => quote.content === 'Cici');
      assert.strictEqual(nickname?.kind, 'term');
      assert.strictEqual(nickname?.speaker, null);
    });

    test('a term in a sentence about what befell its subject names no one', () => {
      const [quote] = quotesOf('The ferry captain was caught in a “rogue wave” near the pier.');
      assert.strictEqual(quote.speaker, null);
    });

    test('a group noun the text links to an organisation takes its name', () => {
      const text = 'Volunteers with the Coastal Watch Society counted the birds. ' +
        'The gulls, according to the volunteers, are “back in numbers.”';
      const [quote] = quotesOf(text);
      assert.strictEqual(quote.speaker?.text, 'the volunteers');
      assert.strictEqual(quote.speaker?.name, 'Coastal Watch Society');
    });

    test('a quoted name after "called" is nobody’s words', () => {
      const [quote] = quotesOf('The crew sailed on a trawler called “Grey Heron” last spring.');
      assert.strictEqual(quote.speaker, null);
      assert.strictEqual(quote.kind, 'term');
    });
  });

  suite('possessors and the people they own', () => {
    test('a name before a plural noun for people modifies it: "Quill supporters chanted" are the supporters', () => {
      const text = 'Ada Quill spoke at the pier. Quill supporters chanted “Keep the ferries!”';
      assert.deepStrictEqual(reading(text, 'Keep the')[0], 'Quill supporters');
      const advisers = 'Ada Quill spoke at the pier. Later, Quill economic advisers said “the fee will stay.”';
      assert.deepStrictEqual(reading(advisers, 'the fee')[0], 'Quill economic advisers');
      // The name alone still speaks.
      assert.deepStrictEqual(reading('Ada Quill spoke at the pier. Quill said “the fee will stay.”', 'the fee')[0], 'Ada Quill');
    });

    test('a name before a singular noun for a person, after a word introducing that person, modifies it too', () => {
      const text = [
        'Ada Quill won the vote on Monday.',
        '“It was never close,” one Quill aide said.',
        '“We knew,” said a Quill spokesman.',
        'A senior Quill adviser added, “Nobody doubted it.”',
        '“Yes,” Quill said.',
      ].join('\n\n');
      assert.deepStrictEqual(quotesOf(text).map((quote) => [quote.speaker?.name, quote.speaker?.role]), [
        ['one Quill aide', null], ['Quill spokesman', null], ['senior Quill adviser', null], ['Ada Quill', null],
      ]);
    });

    test('a possessor owns a noun for people whatever its ending: "Reyes’s relatives said" are the relatives', () => {
      const text = [
        'Tomas Reyes was hurt at the pier on Tuesday.',
        'Reyes’s relatives said they had “more questions than answers.”',
        'Reyes’s neighbours watched the footage and said it was “hard to bear.”',
        'His children called the delay “cruel.”',
        '“He will walk again,” a close Reyes ally said.',
        'Reyes’s brother-in-law called the pier “a trap.”',
        'Reyes’s team said the report was “late.”',
      ].join('\n\n');
      assert.deepStrictEqual(quotesOf(text).map((quote) => quote.speaker?.name), [
        'Reyes’s relatives', 'Reyes’s neighbours', 'His children', 'close Reyes ally', 'Reyes’s brother-in-law',
        'Reyes’s team',
      ]);
    });

    test('a possessor linked on by a preposition owns the noun of saying: "the pull of Roe’s “…” promise"', () => {
      const text = 'Ada Roe spoke first. The pull of Ada Roe’s “big boat” promise counts. So does the Bank of Harbour’s ' +
        '“free ferry” pledge.';
      assert.deepStrictEqual(reading(text, 'big boat')[0], 'Ada Roe');
      // A preposition inside a name is part of it.
      assert.deepStrictEqual(reading(text, 'free ferry')[0], 'Bank of Harbour');
    });

    test('a name’s possessive before a noun for a person: that person speaks, not the name', () => {
      const text = 'Ida Marsh’s husband told the paper, “We never saw it coming.”';
      assert.deepStrictEqual(reading(text, 'We never saw'), ['Ida Marsh’s husband', 'Ida Marsh’s husband', 'cue-before']);
    });

    test('"he" after such a speaker stands for that person, not for the name inside the phrase', () => {
      const text = 'Mark Vale’s spokesman said the move was “final.” The school, he added, had “no choice.”';
      assert.deepStrictEqual(reading(text, 'no choice'), ['Mark Vale’s spokesman', 'he', 'pronoun']);
    });

    test('a possessive written with a bare apostrophe owns its noun too', () => {
      const text = 'Pia Jennings’ lawyer said the deal was “a sham from the start.”';
      assert.deepStrictEqual(reading(text, 'a sham')[0], 'Pia Jennings’ lawyer');
    });

    test('a possessive before a thing still gives the name: "Jane Holt’s campaign said"', () => {
      const text = 'Jane Holt’s campaign said the claim was “a sham from the start.”';
      assert.deepStrictEqual(reading(text, 'a sham')[0], 'Jane Holt');
    });

    test('"in NAME’s words" keeps the whole name after the preposition', () => {
      const text = 'The fair moved north because, in Jane Holt’s words, “the light is better there.”';
      assert.deepStrictEqual(reading(text, 'the light')[0], 'Jane Holt');
    });

    test('"in NAME’ words": a name after "in" and before a possessive is no place, even opening the sentence', () => {
      assert.deepStrictEqual(reading('The fair moved north because, in Rawlins’ words, “the light is better there.”', 'the light')[0], 'Rawlins');
      assert.deepStrictEqual(reading('In Rawlins’ words, “the light is better there.”', 'the light')[0], 'Rawlins');
    });

    test('a surname that is also a nationality joins the person named in full', () => {
      const text = 'Mark Cuban met the board on Friday.\n\nCuban said the plan was “a fine start.”';
      assert.deepStrictEqual(reading(text, 'a fine start')[0], 'Mark Cuban');
      const entities = analyze(text).entities;
      assert.strictEqual(entities.find((entity) => entity.name === 'Mark Cuban')?.mentions.length, 2);
    });

    test('a compass word before a nationality is part of it, so "South Korean-born" names no one', () => {
      const { entities } = analyze('South Korean-born Mia Tran holds little hope. “I was shocked,” she said.');
      assert.ok(!entities.some((entity) => entity.name === 'South Korean'));
    });

    test('a nationality alone, with nobody of that surname, is still no name', () => {
      const { entities } = analyze('Cuban cigars sold out. Cuban officials said the port would “open soon.”');
      assert.ok(!entities.some((entity) => entity.name === 'Cuban'));
    });
  });

  test('every quote is either attributed with a confidence or unattributed with a reason', () => {
    const text = '“One,” said Ada Quill. A “term” here. “Two.”\n\nShe called it “three.”';
    for (const quote of quotesOf(text)) {
      if (quote.speaker) {
        assert.ok(quote.confidence > 0 && quote.confidence <= 1);
        assert.strictEqual(quote.unattributedReason, null);
        assert.notStrictEqual(quote.attribution, null);
      } else {
        assert.strictEqual(quote.confidence, 0);
        assert.strictEqual(quote.attribution, null);
        assert.ok(quote.unattributedReason);
      }
    }
  });
});
