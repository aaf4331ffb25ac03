import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import { findParagraphs } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

function entitiesOf(text: string): Entity[] {
  const entities = findEntities(text, findParagraphs(text));
  for (const entity of entities) {
    for (const mention of entity.mentions) assert.strictEqual(text.slice(mention.start, mention.end), mention.text);
  }
  return entities;
}

/** Each entity as "type name: mention, mention". */
function summary(text: string): string[] {
  return entitiesOf(text).map((entity) => `${entity.type} ${entity.name}: ${entity.mentions.map((mention) => mention.text).join(', ')}`);
}

function find(text: string, name: string): Entity | undefined {
  return entitiesOf(text).find((entity) => entity.name === name);
}

suite('entities', () => {
  suite('people', () => {
    test('a nickname in marks between a given name and a surname is inside one person\'s mention, not in the name', () => {
      assert.deepStrictEqual(
        summary('Delegate Carla “Cici” Marsh spoke first. Later Marsh thanked Dwayne "Big Wave" Otieno.'),
        ['person Carla Marsh: Carla “Cici” Marsh, Marsh', 'person Dwayne Otieno: Dwayne "Big Wave" Otieno'],
      );
      // After a word that is no given name, the marks are a term: "Clinton" and "Tuesday" are not one name.
      assert.ok(!entitiesOf('Rivals called Quillon “Crooked Ada” Tuesday.').some((entity) => entity.name.includes('Tuesday')));
    });

    test('a name is one person however many blanks stand between its words, and its mentions keep them', () => {
      const text = 'Mayor Lena Ortiz spoke first. Later Lena  Ortiz thanked Lena\tOrtiz, Lena\u00a0Ortiz and Lena Ortiz.';
      assert.deepStrictEqual(summary(text), ['person Lena Ortiz: Lena Ortiz, Lena  Ortiz, Lena\tOrtiz, Lena\u00a0Ortiz, Lena Ortiz']);
    });

    test('more common given names make a person without a title: "Mensah thanked Danny Oduya"', () => {
      assert.deepStrictEqual(summary('Mensah thanked Danny Oduya. Later Gareth Pryce and Cerys Lloyd left.'), [
        'person Danny Oduya: Danny Oduya',
        'person Gareth Pryce: Gareth Pryce',
        'person Cerys Lloyd: Cerys Lloyd',
      ]);
    });

    test('a sports position before a name is a role, not part of the name: "Striker Kofi Mensah"', () => {
      assert.deepStrictEqual(summary('Striker Kofi Mensah scored twice. Goalkeeper Lars Quillby saved a penalty.'), [
        'person Kofi Mensah: Kofi Mensah',
        'person Lars Quillby: Lars Quillby',
      ]);
    });

    test('a month that is also a given name opens a name, except after a word of time', () => {
      assert.deepStrictEqual(summary('Former Gov. Jan Quillby spoke first. Later Quillby thanked reporter April Marsh, and Marsh smiled.'), [
        'person Jan Quillby: Jan Quillby, Quillby',
        'person April Marsh: April Marsh, Marsh',
      ]);
      // "in April", "since June", "a June rally": the month dates the clause; the name after it is someone else.
      const dated = summary('In April Quillby won the vote. Since June Marsh has led a June Marsh rally. Ada Quillby and Ben Marsh spoke.');
      assert.ok(!dated.some((line) => line.includes('April') || line.includes('June')), dated.join('; '));
    });

    test('a lone given name set off right after a role is a person: "His wife, Morwenna, …"', () => {
      assert.deepStrictEqual(summary('Walter Pendry kept the light. His wife, Morwenna, was less worried.'), [
        'person Walter Pendry: Walter Pendry',
        'person Morwenna: Morwenna',
      ]);
      // Closing the sentence after an inverted cue: "added his wife, Morwenna."
      assert.deepStrictEqual(summary('“It never fell,” added his wife, Morwenna.'), ['person Morwenna: Morwenna']);
      // After a noun that is no role, the word is not taken for a person.
      assert.ok(!entitiesOf('The chairman of the group, Quarrow, spoke.').some((entity) => entity.type === 'person'));
    });

    test('a name set off after a role in the plural is a person: "one of the mayor’s aides, Jo Marsh"', () => {
      assert.deepStrictEqual(summary('“Ask him,” said one of the mayor’s aides, Jo Marsh.'), ['person Jo Marsh: Jo Marsh']);
      assert.deepStrictEqual(summary('The storm kept two of the harbour pilots, Ivo Brandt and Lena Ortiz, ashore.'), [
        'person Ivo Brandt: Ivo Brandt',
        'person Lena Ortiz: Lena Ortiz',
      ]);
    });

    test('local titles stay outside the name; after "Title of" the field ends where a given name starts', () => {
      assert.deepStrictEqual(summary('Town Manager Beth Ocampo and County Clerk Tom Reyes spoke. Ocampo left.'), [
        'person Beth Ocampo: Beth Ocampo, Ocampo',
        'person Tom Reyes: Tom Reyes',
      ]);
      // A title's modifier right before a given name holds the office: "County Executive Ron Baptiste".
      assert.deepStrictEqual(summary('County Executive Ron Baptiste spoke. Forecaster Liz Dorsey agreed. Baptiste left.'), [
        'person Ron Baptiste: Ron Baptiste, Baptiste',
        'person Liz Dorsey: Liz Dorsey',
      ]);
      const field = summary('Director of Harbour Safety Ingrid Solberg spoke. Solberg left.');
      assert.ok(field.includes('person Ingrid Solberg: Ingrid Solberg, Solberg'), field.join('; '));
      // A title ending a body's name after its "of" is part of it; "Clerk of Courts" names no one.
      assert.deepStrictEqual(summary('The Office of the City Manager replied.'), ['organization Office of the City Manager: Office of the City Manager']);
      assert.ok(!entitiesOf('The Clerk of Courts office closed early.').some((entity) => entity.type === 'person'));
    });

    test('titles and nationality stay outside the name; the surname joins the full name', () => {
      assert.deepStrictEqual(
        summary('Norwegian Foreign Minister Ingrid Solberg met dockworkers. Solberg said the port would stay open.'),
        ['person Ingrid Solberg: Ingrid Solberg, Solberg'],
      );
    });

    test('British honorifics without a period, and letters after the name, stay outside it', () => {
      assert.deepStrictEqual(summary('Dr Ingrid Solberg and Cllr Tunde Okafor met dockworkers.'), [
        'person Ingrid Solberg: Ingrid Solberg',
        'person Tunde Okafor: Tunde Okafor',
      ]);
      assert.deepStrictEqual(summary('The port, said Ingrid Solberg MP, would stay open.'), ['person Ingrid Solberg: Ingrid Solberg']);
    });

    test('"Mr", "Mrs", "Ms" and "Sir" without a period are titles before a name, not words opening the sentence', () => {
      assert.deepStrictEqual(summary('The ferry was late again. Their leader, Mr Tegwyn, said nothing. Mrs Odell Brand laughed.'), [
        'person Tegwyn: Tegwyn',
        'person Odell Brand: Odell Brand',
      ]);
      assert.deepStrictEqual(summary('Sir Hollis Wainwright opened the bridge.'), ['person Hollis Wainwright: Hollis Wainwright']);
    });

    test('a title that is also a given name ("Amir") is the given name before a surname, the title before "of"', () => {
      assert.deepStrictEqual(summary('Dr Amir Rashidi, a lecturer, spoke first. Amir Farouk agreed.'), [
        'person Amir Rashidi: Amir Rashidi',
        'person Amir Farouk: Amir Farouk',
      ]);
      assert.deepStrictEqual(summary('The Amir of Kuwait spoke first.'), ['place Kuwait: Kuwait']);
    });

    test('letters after a name alone name no body, and the seat after "MP for" is a place', () => {
      assert.deepStrictEqual(summary('Ingrid Solberg MP spoke first. The MP for West Pellow added more. She wrote to her MP twice.'), [
        'person Ingrid Solberg: Ingrid Solberg',
        'place West Pellow: West Pellow',
      ]);
    });

    test('a party-and-state tag set off after a name is no name of its own: "Sen. Ada Quill, R-Idaho, …"', () => {
      assert.deepStrictEqual(summary('Sen. Ingrid Solberg, R-Idaho, the panel’s chairman, and Rep. Tom Reyes, D-N.M., spoke.'), [
        'person Ingrid Solberg: Ingrid Solberg',
        'person Tom Reyes: Tom Reyes',
      ]);
    });

    test('a full name after the speech verb that follows a quotation is a person, known given name or not', () => {
      assert.deepStrictEqual(summary('“A patient film,” wrote Rosalind Achebe-Hart in the Northern Review.'), [
        'person Rosalind Achebe-Hart: Rosalind Achebe-Hart', 'organization Northern Review: Northern Review',
      ]);
      // Without the quotation, a name of unknown shape after a verb is not taken for a person on that alone.
      assert.deepStrictEqual(summary('Critics wrote Rosalind Achebe-Hart a letter.'), []);
    });

    test('a civic office in an appositive after a name is a role: "Rosa Finch, the council’s treasurer, …"', () => {
      assert.deepStrictEqual(summary('The meeting opened late. Rosa Finch, the council’s treasurer, spoke first.'), [
        'person Rosa Finch: Rosa Finch',
      ]);
    });

    test('the American "Councilor" is a title, as "Councillor" is', () => {
      assert.deepStrictEqual(summary('Councilor Josefina Tull spoke. Councillor Ada Quill left.'), [
        'person Josefina Tull: Josefina Tull', 'person Ada Quill: Ada Quill',
      ]);
    });

    test('"of" after a person\'s name starts another name: "Sen. Ingrid Solberg of Maine"', () => {
      assert.deepStrictEqual(summary('Sen. Ingrid Solberg of Maine said the port would stay open.'), [
        'person Ingrid Solberg: Ingrid Solberg',
        'place Maine: Maine',
      ]);
      assert.deepStrictEqual(summary('Attorney General Ingrid Solberg of the Department of Justice spoke.'), [
        'person Ingrid Solberg: Ingrid Solberg',
        'organization Department of Justice: Department of Justice',
      ]);
      // A name that is no known given name, after a title: the same.
      assert.deepStrictEqual(summary('Senator Harlan Pruitt of Kansas spoke. Pruitt left.'), [
        'person Harlan Pruitt: Harlan Pruitt, Pruitt',
        'place Kansas: Kansas',
      ]);
      // "of" right after the title names its field, before the holder's name.
      assert.deepStrictEqual(summary('Under Secretary of State for Political Affairs Wendy Tallis resigned.'), [
        'person Wendy Tallis: Wendy Tallis',
      ]);
    });

    test('military ranks after a unit name: "Navy Capt. Ruth Amadi"', () => {
      assert.deepStrictEqual(summary('The order came from Navy Capt. Ruth Amadi, who later retired.'), ['person Ruth Amadi: Ruth Amadi']);
    });

    test('honorifics: a later "Mr. Okafor" is a mention of "Tunde Okafor"', () => {
      assert.deepStrictEqual(summary('Tunde Okafor opened the bakery in spring. Mr. Okafor bakes at night.'), [
        'person Tunde Okafor: Tunde Okafor, Okafor',
      ]);
    });

    test('particles inside a name, and the surname after an Arabic article', () => {
      assert.deepStrictEqual(summary('The award went to Karim al-Masri last year, and al-Masri thanked his staff. Later Masri left.'), [
        'person Karim al-Masri: Karim al-Masri, al-Masri, Masri',
      ]);
      assert.deepStrictEqual(summary('A letter from Pieter van der Berg arrived.'), ['person Pieter van der Berg: Pieter van der Berg']);
    });

    test('a two-word name with no other evidence is a person; a role appositive confirms it', () => {
      assert.deepStrictEqual(summary('Yusra Benali, a retired engineer, built the bridge.'), ['person Yusra Benali: Yusra Benali']);
    });

    test('a bracketed clarification is a mention', () => {
      assert.deepStrictEqual(summary('“The mayor [Lena Ortiz] agreed,” the clerk wrote.'), ['person Lena Ortiz: Lena Ortiz']);
    });

    test('a name in capitals that is a known person ("OKAFOR:" in a transcript) joins that person', () => {
      assert.deepStrictEqual(summary('Tunde Okafor took questions.\n\nOKAFOR: We stay out.'), [
        'person Tunde Okafor: Tunde Okafor, OKAFOR',
      ]);
    });

    test('a bracketed tag after a person is not their acronym; a party label before the name is not part of it', () => {
      assert.deepStrictEqual(summary('Democrat Lena Ortiz (R-Ind.) and Jane Roe (AP) spoke. AP later left.'), [
        'person Lena Ortiz: Lena Ortiz',
        'person Jane Roe: Jane Roe',
        'organization AP: AP, AP',
      ]);
    });

    test('a sentence-initial verb form before a name is not part of it', () => {
      assert.deepStrictEqual(summary('Thanking Mira Castell, who led them, the crew left.'), ['person Mira Castell: Mira Castell']);
    });

    test('a sentence-initial role noun before a full name is not part of it, and makes it a person', () => {
      assert.deepStrictEqual(summary('Ferryworker Odile Brannagh waved the boats in.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Beekeeper Tomas Vrell said the hives were empty.'), ['person Tomas Vrell: Tomas Vrell']);
      assert.deepStrictEqual(summary('Librarian Tomas Vrell said the shelves were empty.'), ['person Tomas Vrell: Tomas Vrell']);
    });

    test('"May" opening a sentence is the surname of a person named in full, not a month or a question', () => {
      const text = 'Hilda May chairs the board. May said the vote would pass. May 4 was quiet. May I ask? May’s aides agreed.';
      assert.deepStrictEqual(summary(text), ['person Hilda May: Hilda May, May, May']);
      assert.deepStrictEqual(summary('May said the vote would pass.'), []);
    });

    test('a person of unknown first name is kept on a sign only a person gives', () => {
      assert.deepStrictEqual(summary('The ferry was late, said Odile Brannagh.'), []);
      assert.deepStrictEqual(summary('The ferry was late, Odile Brannagh said.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh, who runs the ferry, waved.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh is the ferry captain.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('The ferry was late, according to Odile Brannagh.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh waved. Brannagh smiled.'), ['person Odile Brannagh: Odile Brannagh, Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh waved. She smiled.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh waved. “We sail at dawn,” she said.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh waved. “We sail at dawn,” the crew said.'), []);
      // In single marks, the apostrophes of the quotation's words do not close it.
      assert.deepStrictEqual(summary('Odile Brannagh waved. ‘We’ll sail at dawn,’ she said.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary("Odile Brannagh waved. 'We'll sail at dawn,' the crew said."), []);
      assert.deepStrictEqual(summary('The photographer, Odile Brannagh, waved.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh, 52, waved.'), ['person Odile Brannagh: Odile Brannagh']);
      assert.deepStrictEqual(summary('Odile Brannagh, 2015, waved.'), []);
      assert.deepStrictEqual(summary('Odile T. Brannagh waved.'), ['person Odile T. Brannagh: Odile T. Brannagh']);
    });

    test('a surname that is also a title ("King") joins the person named in full; a title alone names no one', () => {
      assert.deepStrictEqual(summary('Pastor Martin Luther Major led the march. Major says the pilots will talk.'), [
        'person Martin Luther Major: Martin Luther Major, Major',
      ]);
      assert.deepStrictEqual(summary('Carole King chairs the board. King says the pilots will talk.'), [
        'person Carole King: Carole King, King',
      ]);
      assert.deepStrictEqual(summary('Ines Marlow met the harbour board. President says the pilots will talk.'), [
        'person Ines Marlow: Ines Marlow',
      ]);
    });

    test('a surname shared by two people stays unlinked rather than guessed, a person of its own', () => {
      const found = entitiesOf('Anna Holm and Erik Holm run the farm. Holm said the harvest was late.');
      assert.deepStrictEqual(found.map((entity) => `${entity.type} ${entity.name}`), ['person Anna Holm', 'person Erik Holm', 'person Holm']);
      assert.deepStrictEqual(found.map((entity) => entity.mentions.length), [1, 1, 1]);
    });
  });

  suite('organisations', () => {
    test('a company\'s name without "Inc.", "Foods", "Partners" … is the company, wherever it stands', () => {
      const text = 'Halvorsen Foods Inc. agreed to buy Brightwater Logistics on Wednesday. Halvorsen shares fell, and ' +
        'a spokeswoman for Brightwater said the deal was fair.\n\nBrightwater operates 19 warehouses.';
      assert.deepStrictEqual(summary(text), [
        'organization Halvorsen Foods Inc.: Halvorsen Foods Inc., Halvorsen',
        'organization Brightwater Logistics: Brightwater Logistics, Brightwater, Brightwater',
      ]);
    });

    test('one plain word and "and" open a body\'s name: "Securities and Exchange Commission", not "House and Senate"', () => {
      const text = 'The Securities and Exchange Commission wrote to the Ways and Means Committee. Both the House and Senate met.';
      const names = entitiesOf(text).map((entity) => entity.name);
      assert.deepStrictEqual(names.slice(0, 2), ['Securities and Exchange Commission', 'Ways and Means Committee']);
      assert.ok(!names.some((name) => name.startsWith('House and')), names.join(', '));
      // A word of a name read before is that name: "Goodlatte and Benghazi Committee" are two.
      const named = 'Rep. Bob Goodlatte spoke. Goodlatte and Benghazi Committee staff met.';
      assert.ok(!entitiesOf(named).some((entity) => entity.name.startsWith('Goodlatte and')));
    });

    test('a club\'s name without "FC" is the club: "Harbor City FC 3, Millbrook 1 … Harbor City led"', () => {
      const text = 'Harbor City FC beat Millbrook on Saturday. Harbor City captain Lena Marsh scored twice.';
      assert.deepStrictEqual(find(text, 'Harbor City FC')?.mentions.map((mention) => mention.text), ['Harbor City FC', 'Harbor City']);
    });

    test('a short company name stays a person\'s surname, and two companies\' shared one names neither', () => {
      const surname = 'Ada Halvorsen runs Halvorsen Foods Inc. in Bergen. Halvorsen said the plant would stay open.';
      assert.strictEqual(find(surname, 'Ada Halvorsen')?.mentions.length, 2);
      const shared = 'Calder Group sued Calder Partners on Monday. Investors asked Calder to explain.';
      assert.deepStrictEqual(['Calder Group', 'Calder Partners'].map((name) => find(shared, name)?.mentions.length), [1, 1]);
    });

    test('a name that "the" opens and a plural ends is a team, a band or a body, and its plural alone joins it', () => {
      const text = 'The Harbour Rovers beat the Bergen Gulls on Sunday. Fans of the Marsh Street Singers sang. ' +
        'Ferries ran to the Virgin Islands. The Gulls play again in May.';
      assert.deepStrictEqual(summary(text), [
        'organization Harbour Rovers: Harbour Rovers',
        'organization Bergen Gulls: Bergen Gulls, Gulls',
        'organization Marsh Street Singers: Marsh Street Singers',
        'place Virgin Islands: Virgin Islands',
      ]);
    });

    test('firms named for ports, securities, logistics, shipping or insurance are organisations', () => {
      assert.deepStrictEqual(summary('Northgate Ports cut 400 jobs. Ada Quill, an analyst at Fjord Securities, agreed.'), [
        'organization Northgate Ports: Northgate Ports',
        'person Ada Quill: Ada Quill',
        'organization Fjord Securities: Fjord Securities',
      ]);
    });

    test('a plural of people before "for" heads a body\'s name: "Citizens for Fair Tolls", "Veterans for Clean Harbours"', () => {
      assert.deepStrictEqual(summary('The group Citizens for Fair Tolls met Veterans for Clean Harbours on the quay.'), [
        'organization Citizens for Fair Tolls: Citizens for Fair Tolls',
        'organization Veterans for Clean Harbours: Veterans for Clean Harbours',
      ]);
      // A word before the plural belongs to the body's name too: "Welsh Parents for …" is no person nor place.
      assert.deepStrictEqual(summary('She founded Welsh Parents for Quill in May.'), ['organization Welsh Parents for Quill: Welsh Parents for Quill']);
    });

    test('a name right after a noun for a publication or a body ("the journal Polar Letters") is that body\'s', () => {
      assert.deepStrictEqual(summary('The study, published in the journal Polar Letters, used floats. The newspaper Harbour Echo agreed.'), [
        'organization Polar Letters: Polar Letters',
        'organization Harbour Echo: Harbour Echo',
      ]);
      // Set off by commas after the noun: "The ferry company, Nordlys Marine, said …".
      assert.deepStrictEqual(summary('The ferry company, Nordlys Marine, said it had followed every rule.'), ['organization Nordlys Marine: Nordlys Marine']);
    });

    test('"to" and "on" with a clause go on with a body\'s name, not with a place or a day', () => {
      assert.deepStrictEqual(
        summary('Staff at the Committee to Shield Reporters met members of the Council on Coastal Fisheries.'),
        ['organization Committee to Shield Reporters: Committee to Shield Reporters', 'organization Council on Coastal Fisheries: Council on Coastal Fisheries'],
      );
      assert.ok(!entitiesOf('The Harbour Committee on Monday sent the bill from the Committee to Congress.')
        .some((entity) => /(?: on | to )/u.test(entity.name)));
      assert.ok(!entitiesOf('She teaches at Brandt University on Long Island.').some((entity) => entity.name.includes(' on ')));
    });

    test('a body\'s name may end on an event word after "of", where an event\'s name is none', () => {
      assert.ok(find('Analysts at the Institute for the History of War agreed. The Tide War ended.', 'Institute for the History of War'));
      assert.ok(!find('Analysts at the Institute for the History of War agreed. The Tide War ended.', 'Tide War'));
    });

    test('organisation words make an organisation, with "of"/"for" inside the name', () => {
      assert.deepStrictEqual(summary('A report by the Coastal Institute for Marine Studies and the Harbour Workers Union was cited.'), [
        'organization Coastal Institute for Marine Studies: Coastal Institute for Marine Studies',
        'organization Harbour Workers Union: Harbour Workers Union',
      ]);
    });

    test('"and" inside an organisation\'s name: "of X and Y", unless Y heads a name of its own or is a person', () => {
      assert.deepStrictEqual(summary('The Department of Harbours and Inland Waterways said the port would stay open.'), [
        'organization Department of Harbours and Inland Waterways: Department of Harbours and Inland Waterways',
      ]);
      assert.deepStrictEqual(summary('A letter from the Department of Harbours and Fisheries Bureau was cited.'), [
        'organization Department of Harbours: Department of Harbours',
        'organization Fisheries Bureau: Fisheries Bureau',
      ]);
      assert.deepStrictEqual(summary('A letter from the Department of Harbours and Ingrid Solberg was cited.'), [
        'organization Department of Harbours: Department of Harbours',
        'person Ingrid Solberg: Ingrid Solberg',
      ]);
    });

    test('names joined by "&" are a firm\'s; a title in the field an organisation is "of" is no title', () => {
      assert.deepStrictEqual(summary('The report by Okafor & Solberg was cited.'), ['organization Okafor & Solberg: Okafor & Solberg']);
      assert.deepStrictEqual(summary('A letter from the Ministry of Justice was cited.'), ['organization Ministry of Justice: Ministry of Justice']);
    });

    test('"Name (ACRONYM)" makes the acronym a mention of the name', () => {
      assert.deepStrictEqual(
        summary('The Northern Fisheries Council (NFC) met on Monday. NFC members voted, and [Northern Fisheries Council] staff agreed.'),
        ['organization Northern Fisheries Council: Northern Fisheries Council, NFC, NFC, Northern Fisheries Council'],
      );
    });

    test('a word before "spokesman", "officials" or "fighters" is an organisation; so is "the X newspaper"', () => {
      assert.deepStrictEqual(summary('said Vantora spokesman Ali Reza, according to the Tidewater newspaper.'), [
        'organization Vantora: Vantora',
        'person Ali Reza: Ali Reza',
        'organization Tidewater: Tidewater',
      ]);
    });

    test('"X-based Y": X is named, Y is an organisation', () => {
      assert.deepStrictEqual(summary('Members of Lisbon-based Marvell joined.'), [
        'place Lisbon: Lisbon',
        'organization Marvell: Marvell',
      ]);
    });

    test('a generic word alone is not an organisation: "the Army", "the Ministry"', () => {
      assert.deepStrictEqual(summary('The statement came from the Ministry, not the Army.'), []);
    });
  });

  suite('transcripts', () => {
    test('a label in capitals with a title ("SEN. MORALES-VANCE:") is a mention of the person named in full', () => {
      const text = 'Sen. Teo Morales-Vance asked first.\n\nSEN. MORALES-VANCE: “Did you see it?”\n\n' +
        'SENATOR MORALES-VANCE: “Twice?”\n\nWe loved the JUSTICE LEAGUE TRAILERS.';
      assert.deepStrictEqual(summary(text), ['person Teo Morales-Vance: Teo Morales-Vance, MORALES-VANCE, MORALES-VANCE']);
    });
  });

  suite('ordinary words', () => {
    test('contractions of "I" and sentence adverbs are no names, wherever they stand', () => {
      const text = 'Ada Quill spoke. "I\'ve told the mayor I\'ll answer," she said. Separately, the EU\'s spokesman left. ' +
        'Interestingly Quill stayed.';
      assert.deepStrictEqual(entitiesOf(text).map((entity) => entity.name), ['Ada Quill', 'EU']);
    });
  });

  suite('places', () => {
    test('what a thing is "-based" in is a place, even after "the"; a word opening a sentence needs more', () => {
      const text = 'Halvorsen Foods Inc., the Minneapolis-based maker of snacks, grew. Corn-based ethanol fell.';
      assert.deepStrictEqual(summary(text), ['organization Halvorsen Foods Inc.: Halvorsen Foods Inc.', 'place Minneapolis: Minneapolis']);
    });

    test('a direction before a known place is a place, whatever follows', () => {
      assert.deepStrictEqual(summary('Ada Lim, a South Florida-based pastor, spoke. West Peru said nothing.'), [
        'person Ada Lim: Ada Lim', 'place South Florida: South Florida', 'place West Peru: West Peru',
      ]);
    });

    test('gazetteer places, with possessives left out of the mention', () => {
      assert.deepStrictEqual(summary('Kenya’s exports to Norway rose, and Peru\'s fell.'), [
        'place Kenya: Kenya',
        'place Norway: Norway',
        'place Peru: Peru',
      ]);
    });

    test('unknown places from context: "in northern X", "suburb of X", "X air base", "X Province"', () => {
      assert.deepStrictEqual(
        summary('Fighting in northern Dorvask spread to a suburb of Telmar, then to Karsk air base and Ulvan Province.'),
        ['place Dorvask: Dorvask', 'place Telmar: Telmar', 'place Karsk: Karsk', 'place Ulvan: Ulvan'],
      );
    });

    test('state abbreviations and place prefixes: "Calif.", "N.Y.", "Fort Wayne"', () => {
      assert.deepStrictEqual(summary('From Fresno, Calif., to Albany, N.Y., and on to Fort Wayne.'), [
        'place Fresno: Fresno',
        'place California: Calif',
        'place New York: N.Y.',
        'place Fort Wayne: Fort Wayne',
      ]);
    });

    test('"U.S." and "United States" are one place', () => {
      assert.deepStrictEqual(summary('The U.S. embassy said the United States would help.'), ['place United States: U.S., United States']);
    });

    test('a capitalised landmark word makes a place: "Calder River", "Westfield City Hall"', () => {
      assert.deepStrictEqual(summary('Boats on the Tarrow River passed Mill Street and the Elmfield Town Hall.'), [
        'place Tarrow River: Tarrow River',
        'place Mill Street: Mill Street',
        'place Elmfield Town Hall: Elmfield Town Hall',
      ]);
    });

    test('a landmark word ends the name of a place even after a body’s word or a title: "Statehouse Press Room"', () => {
      assert.deepStrictEqual(summary('They met in the Harbour Board Situation Room, then in the Mayor Ada Quill Press Room.'), [
        'place Harbour Board Situation Room: Harbour Board Situation Room',
        'place Mayor Ada Quill Press Room: Mayor Ada Quill Press Room',
      ]);
      // A surname shaped like a landmark word stays a person's after a given name.
      assert.deepStrictEqual(summary('Rep. Mary Ann Hall and Rep. Tom Hill voted no.'), ['person Mary Ann Hall: Mary Ann Hall', 'person Tom Hill: Tom Hill']);
    });

    test('a wire dateline in capitals names a place and joins its other mentions', () => {
      assert.deepStrictEqual(summary('GLENBROOK — The mill in Glenbrook closed.\n\nOSLO, Norway — Talks began.'), [
        'place Glenbrook: GLENBROOK, Glenbrook',
        'place Oslo: OSLO',
        'place Norway: Norway',
      ]);
      assert.deepStrictEqual(summary('KESTREL BAY, March 4 (Wire) - Talks began.\n\nGLENBROOK (Wire) - The mill closed.'), [
        'place Kestrel Bay: KESTREL BAY',
        'place Glenbrook: GLENBROOK',
      ]);
      assert.deepStrictEqual(summary('NATO - the alliance - met.'), ['organization NATO: NATO']);
    });

    test('multiword places are one mention', () => {
      assert.deepStrictEqual(summary('Ships left Saudi Arabia for New Zealand.'), [
        'place Saudi Arabia: Saudi Arabia',
        'place New Zealand: New Zealand',
      ]);
    });
  });

  suite('what is not an entity', () => {
    test('two capitalised words with no sign of a person are not a person', () => {
      assert.deepStrictEqual(summary('Tollard Lumber bought the mill. Prices rose.'), []);
      // The nearest "she" goes to a person: a programme before it must not be one.
      const text = 'Laura Brooks leads the college. Students rely on Harlow Grants to pay fees. She wants more of them.';
      assert.deepStrictEqual(summary(text).map((line) => line.split(':')[0]), ['person Laura Brooks']);
    });

    test('a plural common noun ends no person\'s name; "the" before an unsupported name makes it an organisation', () => {
      assert.deepStrictEqual(summary('Quarry Workers marched. Fellow Republicans cheered.'), []);
      assert.deepStrictEqual(summary('Two bakers appeared on the Shark Pool.'), ['organization Shark Pool: Shark Pool']);
    });

    test('nationality, religious and ethnic adjectives', () => {
      assert.deepStrictEqual(summary('Syrian, Kurdish and Sunni fighters met Russian and Iraqi Shiite officers.'), []);
    });

    test('ordinary words capitalised at a sentence start', () => {
      assert.deepStrictEqual(summary('After the storm, boats stayed in. Control was lost. Prior warnings failed. Troops waited.'), []);
    });

    test('a capitalised first word that the text also uses in lower case is not part of the name', () => {
      assert.deepStrictEqual(summary('Boats were delayed. Delayed Harbour Authority staff went home.'), [
        'organization Harbour Authority: Harbour Authority',
      ]);
    });

    test('a short capitalised first word counts as used in lower case only as a whole word, before or after it', () => {
      assert.deepStrictEqual(summary('Officers were sworn in. Sworn Harbour Authority staff went home.'), [
        'organization Harbour Authority: Harbour Authority',
      ]);
      assert.deepStrictEqual(summary('Sworn Harbour Authority staff went home. They were sworn.'), [
        'organization Harbour Authority: Harbour Authority',
      ]);
      assert.deepStrictEqual(summary('Officers were unsworn, swornly. Sworn Harbour Authority staff went home.'), [
        'organization Sworn Harbour Authority: Sworn Harbour Authority',
      ]);
    });

    test('a sentence-initial word is kept when it is a name known from elsewhere in the text', () => {
      assert.deepStrictEqual(summary('The deal was signed by Marta Lindqvist. Lindqvist left early.'), [
        'person Marta Lindqvist: Marta Lindqvist, Lindqvist',
      ]);
    });

    test('a lone capitalised word with no evidence is not a name', () => {
      assert.deepStrictEqual(summary('The photo was shared on the group’s Facebook page with Aurora filters.'), []);
    });

    test('shouted text and title-case slogans are not names', () => {
      assert.deepStrictEqual(summary('Signs read “SAVE OUR MILL” and “Keep The Lights On” all week.'), []);
    });

    test('events, days and laws are not people: "Election Day", "Harbour Festival"', () => {
      assert.deepStrictEqual(summary('Polls close on Election Day, before the Harbour Festival and the Clean Water Act vote.'), []);
    });

    test('months, weekdays and pronouns', () => {
      assert.deepStrictEqual(summary('On Monday in October, I said He was late.'), []);
    });
  });

  suite('headlines', () => {
    test('in a title-case line only names known from the body or the gazetteer count', () => {
      const text = 'Harbour Strike Spreads From Lisbon as Okafor Warns\n\nTunde Okafor, a dockworker, spoke at noon.';
      assert.deepStrictEqual(summary(text), ['place Lisbon: Lisbon', 'person Tunde Okafor: Okafor, Tunde Okafor']);
    });
  });

  suite('output', () => {
    test('entities are sorted by first mention, mentions in document order, names canonical', () => {
      const text = 'Okafor spoke. Then Peru answered.\n\nTunde Okafor left Peru for Chile. Okafor returned.';
      const found = entitiesOf(text);
      assert.deepStrictEqual(found.map((entity) => entity.name), ['Tunde Okafor', 'Peru', 'Chile']);
      for (const entity of found) {
        for (let index = 1; index < entity.mentions.length; index++) {
          assert.ok(entity.mentions[index].start >= entity.mentions[index - 1].end);
        }
      }
    });

    test('offsets are UTF-16 code units, after emoji and across CRLF', () => {
      const text = '😀😀 Hello.\r\nThe mayor of Oslo, Kari Dahl, spoke.';
      const dahl = find(text, 'Kari Dahl');
      assert.ok(dahl);
      assert.strictEqual(dahl.mentions[0].start, text.indexOf('Kari Dahl'));
    });

    test('empty and blank input give nothing', () => {
      assert.deepStrictEqual(summary(''), []);
      assert.deepStrictEqual(summary('\n \u00a0\n'), []);
    });
  });
});
