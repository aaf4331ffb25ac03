/**
 * Word lists the entity and attribution stages share: titles and honorifics, organisation words, a gazetteer of
 * places, nationality adjectives, first names, and the small words that may sit inside a name.
 *
 * Everything here is data plus tiny lookups. Lists are written as space- or `|`-separated strings (cheap to parse
 * once, easy to read and extend). Lookups are case-sensitive where capitalisation is the evidence (a capitalised
 * "General" before a name is a title; "general" in "a major general" is a role word) and say so. Answers worked out
 * from the lists are remembered per word for the process ({@link rememberedByWord}, {@link SpellingTable}).
 */
import { detachedSlice, wordHash } from './text';

/** A word list written as one space-separated string, as a set. */
export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

function phrases(list: string): Set<string> {
  return new Set(list.split('|').map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0));
}

/**
 * Capitalised titles and honorifics that stand before a name ("Sen. Warren", "Prime Minister Medvedev",
 * "Army Col. Steve Warren"), abbreviations also without their period as British style writes them ("Dr Ada Quill",
 * "Cllr Ben Ortiz"). One word each; multiword titles ("Prime Minister", "Secretary of State") are runs of
 * these plus {@link TITLE_MODIFIERS}.
 */
export const TITLES: ReadonlySet<string> = words(`
  Mr. Mrs. Ms. Miss Mx. Dr. Prof. Professor Rev. Reverend Fr. Father Sister Brother Sheikh Sheik Imam Rabbi Pastor
  Bishop Archbishop Cardinal Pope Ayatollah Mullah Sir Dame Lord Lady Hon. Judge Justice
  Sen. Senator Rep. Representative Gov. Governor Lt. Gov. Mayor Councilman Councilwoman Councillor Councilor Alderman
  Assemblyman Assemblywoman Congressman Congresswoman Delegate Speaker Ambassador Envoy Consul Commissioner Director Chairman
  Chairwoman Chair Chancellor Minister Premier President Secretary Secretary-General Treasurer Attorney Solicitor
  Prosecutor Sheriff Inspector Superintendent Detective Officer Constable Chief Commander Commandant
  King Queen Prince Princess Emir Amir Sultan Duke Duchess Count Baron Tsar Czar Shah
  Gen. General Lt. Lieutenant Col. Colonel Maj. Major Capt. Captain Cmdr. Commodore Adm. Admiral Brig. Brigadier
  Sgt. Sergeant Cpl. Corporal Pvt. Private Spc. Specialist Ens. Ensign Cmdt. Marshal
  Spokesman Spokeswoman Spokesperson Leader Whip
  Manager Administrator Clerk Coach Provost Auditor Comptroller Coroner Magistrate Supervisor Selectman Selectwoman
  Warden Trustee
  Mr Mrs Ms Mx Dr Prof Rev Revd Cllr Sgt Insp Supt
`);

/**
 * Words that are part of a title only next to one ("Prime Minister", "Foreign Minister", "Defense Secretary",
 * "Supreme Leader", "Secretary of State"). Alone they are ordinary words or part of an organisation's name.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(`
  Prime Foreign Defense Defence Interior Finance Justice Health Education Energy Trade Economy Agriculture Labor Labour
  Transport Culture Information Home Deputy Acting Former Supreme Grand Chief Executive General Attorney State
  Majority Minority
  Senior Junior Assistant Associate Under Lt. Lieutenant Maj. Major Brig. Brigadier Rear Vice Surgeon Inspector
  Majority Minority Opposition Party House Senate Army Navy Air Marine Police Military Security Intelligence
  Presidential Republican Democratic
  Staff Field Lance Warrant Crown Vice
`);

/**
 * Lower-case words that describe a person's role when they stand right before or just after a name
 * ("spokesman Steve Warren", "Qassem Soleimani, a major general"). Evidence that the name is a person.
 */
export const ROLE_WORDS: ReadonlySet<string> = words(`
  spokesman spokeswoman spokesperson president minister secretary senator governor mayor general colonel commander
  officer official analyst researcher expert professor director chairman chairwoman chief leader ambassador envoy
  diplomat lawyer attorney judge prosecutor journalist reporter correspondent editor author writer activist
  resident witness doctor nurse survivor victim mother father son daughter wife husband brother sister cleric
  founder executive manager adviser advisor aide lawmaker legislator candidate premier chancellor king queen prince
  captain lieutenant sergeant major admiral commissioner economist scientist historian negotiator deputy
  pope pontiff bishop archbishop
  niece nephew cousin aunt uncle grandson granddaughter grandmother grandfather stepson stepdaughter
  striker goalkeeper goalie midfielder defender winger quarterback pitcher batsman bowler jockey referee umpire skipper
  treasurer councillor councilor councilman councilwoman alderman assemblyman assemblywoman congressman congresswoman
  clerk sheriff coach superintendent inspector detective constable trustee supervisor comptroller auditor coroner
  magistrate warden administrator selectman selectwoman provost chairperson
`);

/**
 * Nouns for films, shows, books and other works (and for awards, events and products, named the same way), whose
 * titles are set in quotation marks next to them ("the film “Low Water,”", "the “Harbour Lights” star", "the “Golden
 * Oar” award", "the “Safe Harbour” app"): lower-case forms. Nobody says a title.
 */
export const WORK_NOUNS: ReadonlySet<string> = words(`
  film films movie movies show shows series sitcom drama comedy documentary podcast podcasts programme program
  episode episodes segment broadcast book books novel novels memoir song songs album single track anthem musical play
  opera poem column blog newsletter magazine reboot sequel remake franchise award awards prize pageant tour festival
  conference summit gala concert feature app hashtag
`);

/**
 * People known for a work, before "of"/"in" and its title ("host of “…”", "starred in “…”") or after it ("the “…”
 * star"): lower-case forms.
 */
export const WORK_ROLES: ReadonlySet<string> = words(`
  star stars starred starring host hosts co-host anchor creator creators author producer director actor actress
  cast role roles
`);

/**
 * Nouns for texts, recordings and polls, which "say", "find" or "call for" things as their authors do ("the report
 * found “…”", "the ad hits Smith for “…”"): lower-case singular and plural forms.
 */
export const TEXT_NOUNS: ReadonlySet<string> = words(`
  report reports document documents ad ads advert advertisement commercial spot video videos letter letters memo
  memos statement statements survey surveys poll polls study studies petition petitions complaint complaints
  lawsuit suit filing filings indictment order ruling rulings decision opinion resolution bill law platform
  editorial article articles column op-ed book books post posts tweet tweets email emails e-mail page website
  site message messages release transcript transcripts analysis review audit affidavit brief motion verdict
  agreement contract clause policy guidelines manual playbook sign signs banner banners placard placards slogan
  headline headlines cover story paper pamphlet flier flyer brochure mailer script speech results
`);

/**
 * Lower-case nouns for a body that speaks through its officers ("The agency declined to detail the “…”", "the
 * campaign called it “…”"): as the subject of a sentence quoting words, they used them.
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = words(`
  agency campaign committee department ministry administration government company firm party union council
  commission bureau court board newspaper network nonprofit non-profit service organization organisation foundation
  association coalition
`);

/**
 * Common nouns for things and places that end the way nouns for people do (-er, -or, -ant, -ent, -ate, -ive,
 * "pier", "water", "floor"), so a suffix test alone would let "the pier" stand for a speaker. Words in -ment are
 * left out: the suffix test sets them aside itself.
 */
export const THING_NOUNS_WITH_PERSON_ENDINGS: ReadonlySet<string> = words(`
  pier tier water paper number order matter power center centre corner border river floor door error mirror
  weather winter summer tower counter chamber theater theatre shelter quarter computer sector factor motor elevator
  event talent accident incident content intent plant restaurant climate debate estate rate state plate
  gate date mandate senate electorate archive initiative incentive motive tree narrative directive alternative
  perspective objective slate letter answer banner poster flyer trailer chapter charter sticker disaster thriller
`);

/** Nouns that end an organisation's name ("Defense Department", "Human Rights Watch", "Quds Force"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = words(`
  Department Ministry Agency Network Journal Watch Party Committee Council Institute Institution University College
  School Academy Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC Co. Company Group Holdings Force Forces Guards Guard
  Army Navy Corps Militia Brigade Brigades Battalion Regiment Division Command News Times Post Observatory
  Organization Organisation Association Union Federation Foundation Commission Bureau Office Service Services Court
  Senate Congress Parliament Assembly Duma Knesset Front Movement Bank Fund Church Mosque Center Centre Club Herald
  Tribune Gazette Press Radio Television TV Channel Review Magazine Daily Telegraph Chronicle Monitor Observer
  Hospital Airlines Airways Authority Administration Board Coalition Alliance League Society Trust Police Cabinet
  Government Exchange Reserve Industries Laboratories Labs Systems Technologies Media Broadcasting Studios Records
  Consortium Cooperative Partners Associates Campaign Caucus Directorate Secretariat Embassy Consulate Mission
  Ledger Courier Sentinel Inquirer Bulletin Register Examiner Dispatch Globe Gazette Journal Enquirer Advertiser
  Networks Resources Solutions Strategies Investments Communications Pharmaceuticals Motors
  Ports Securities Logistics Shipping Insurance FC F.C. AFC
`);

/**
 * Plural common nouns that end the name of a programme, a group or a thing, never a person's ("Pell Grants",
 * "Fellow Republicans", "Coal Fields"). Surnames ending in "s" ("Williams", "Adams") are not nouns and are not here.
 */
export const COMMON_PLURAL_NOUNS: ReadonlySet<string> = words(`
  Grants Acts Games Awards Days Services Sciences Affairs Rights Loans Benefits Credits Subsidies Bonds Taxes Tariffs
  States Nations Republicans Democrats Americans Voters Workers Women Men People Veterans Citizens Students Teachers
  Families Children Kids Parents Fellows Scholars Leaders Members Officials Fields Mines Lives Matters Issues Comments
  Challenges Interests Tools Allegations Efforts Studies Stories Products Sales Markets Goods Sports Talks Hearings
  Results Records Rules Laws Standards Reforms Programs Programmes Plans Funds Accounts Assets Prices Jobs Wages
`);

/** Verbs and words right after a name that only a person takes ("Okafor said", "Okafor, who …"). */
export const PERSON_FOLLOWERS: ReadonlySet<string> = words(`
  said says told added wrote asked argued explained noted stated tweeted insisted warned declared replied recalled
  acknowledged admitted claimed complained countered responded testified recounted conceded quipped joked who
`);

/**
 * Nouns that end the name of a place or a landmark ("Calder River", "Westfield City Hall", "Larkin Reservoir").
 * "Park" is left out: it is as often a surname.
 */
export const PLACE_WORDS: ReadonlySet<string> = words(`
  Bridge River Creek Lake Lakes Reservoir Crossing Hall Street Avenue Road Boulevard Square Plaza Valley Mountain
  Mountains Hill Hills Heights Island Islands Bay Beach Harbor Harbour Point Airport Station Stadium Arena Zoo Museum
  Library Dam Canyon Falls Springs County Township Borough Tower Palace Castle Cathedral Forest Desert Peninsula
  Strait Sea Ocean Coast Canal Highway Freeway Bridge Pier Wharf Marina Farm Ranch Mall Cemetery Memorial Monument
  Room
`);

/** Organisations well known by a name with no organisation word in it. Canonical spelling, case-sensitive. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = phrases(`
  Islamic State|ISIS|ISIL|Daesh|Hezbollah|Hizbollah|Hamas|Taliban|al-Qaeda|al-Qaida|Al Qaeda|Al-Qaeda|al-Shabab|
  Boko Haram|Nusra Front|Jabhat al-Nusra|Houthis|Peshmerga|NATO|United Nations|UN|U.N.|European Union|EU|E.U.|
  Pentagon|Kremlin|White House|Downing Street|Elysee|Congress|Senate|Interpol|Europol|Red Cross|Red Crescent|
  Amnesty International|Greenpeace|Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC|CNN|NPR|PBS|
  Al Jazeera|Xinhua|Tass|TASS|Interfax|RIA Novosti|Sputnik|Guardian|Economist|FBI|CIA|NSA|DHS|EPA|FDA|CDC|WHO|IMF|
  World Bank|OPEC|OSCE|UNICEF|UNHCR|UNESCO|Centcom|CENTCOM|Fatah|Likud|Democrats|Republicans|Conservatives|Tories|
  Labour|Gazprom|Rosneft|Google|Apple|Microsoft|Amazon|Boeing|Airbus|General Motors|General Electric|Ford|Toyota|
  USA Today|NBC|ABC|CBS|MSNBC|CNBC|Fox|Politico|Breitbart|Axios|ProPublica|Gallup|Quinnipiac|GOP|DNC|RNC|
  Food and Drug Administration|Marks and Spencer|Procter and Gamble|Johnson and Johnson
`);

/**
 * Nouns that end the name of an event, a day or a law rather than of a person, organisation or place
 * ("Election Day", "Presidential Debates", "Affordable Care Act"): a run ending in one is not an entity.
 */
export const EVENT_WORDS: ReadonlySet<string> = words(`
  Day Days Eve Week Weekend Festival Olympics Games Cup Championship Championships Debate Debates Summit Conference
  Convention Election Elections Primary Primaries War Revolution Act Bill Amendment Award Awards Prize Agreement
  Accord Treaty Plan Initiative Program Programme Protocol Doctrine Crisis Massacre Uprising Spring Trial Tour Marathon
`);

/**
 * Country and regional adjectives ("Syrian", "Russian"), and the religious and ethnic ones news uses the same way
 * ("Shiite", "Sunni", "Kurdish"). They are not entities; before a title or a name they belong to the description.
 */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = words(`
  Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
  Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese Bolivian Bosnian Botswanan
  Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean
  Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Djiboutian Dominican Dutch Ecuadorian Egyptian
  Emirati English Eritrean Estonian Ethiopian Fijian Filipino Finnish French Gabonese Gambian Georgian German Ghanaian
  Greek Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi
  Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani Kenyan Korean Kosovar Kuwaiti Kyrgyz
  Lao Laotian Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian
  Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan Monegasque Mongolian Montenegrin Moroccan
  Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian
  Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Salvadoran Samoan Saudi Scottish Senegalese
  Serbian Sierra Leonean Singaporean Slovak Slovenian Somali Spanish Sri Lankan Sudanese Surinamese Swazi Swedish
  Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tongan Trinidadian Tunisian Turkish Turkmen Ugandan Ukrainian
  Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean
  African Arab Arabian Asian European Latin Western Eastern Northern Southern Middle Nordic Scandinavian Baltic
  Balkan Caucasian Persian Slavic Soviet Ottoman Gulf Pacific Atlantic Mediterranean Caribbean Hispanic Latino
  Shiite Shia Shi'ite Sunni Alawite Druze Yazidi Christian Muslim Jewish Catholic Protestant Orthodox Evangelical
  Hindu Buddhist Sikh Islamist Jihadist Salafist Salafi Wahhabi Kurdish Kurd Pashtun Tajik Uighur Uyghur Turkmen
  Baluch Berber Bedouin Coptic Maronite Armenian Assyrian Chechen Tatar Hutu Tutsi Amazigh
  Democratic Republican Democrat Conservative Liberal Libertarian Socialist Communist Marxist Leninist Federal Allied
`);

/** Countries, US states, capitals and large cities: capitalised words that name a place wherever they stand. */
export const PLACES: ReadonlySet<string> = phrases(`
  Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
  Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|
  Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|
  Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|
  Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|
  Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|
  Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|
  Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|
  Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|
  Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|
  Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|
  Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|
  Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|
  Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
  Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|
  Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|
  Northern Ireland|United States|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|
  Gaza|Gaza Strip|West Bank|Golan Heights|Crimea|Donbas|Kurdistan|Chechnya|Tibet|Xinjiang|Hong Kong|Macau|
  Greenland|Puerto Rico|Europe|Asia|Africa|Middle East|Latin America|Balkans|Caucasus|Sahel|Levant|Arctic|Antarctica|
  Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
  Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
  Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
  Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
  West Virginia|Wisconsin|Wyoming|District of Columbia|
  Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|Minsk|Brussels|Belmopan|
  Thimphu|La Paz|Sarajevo|Gaborone|Brasilia|Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|Santiago|Beijing|Bogota|
  Kinshasa|Brazzaville|San Jose|Zagreb|Havana|Nicosia|Prague|Copenhagen|Quito|Cairo|San Salvador|Asmara|Tallinn|
  Addis Ababa|Helsinki|Paris|Libreville|Banjul|Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|Georgetown|
  Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Rome|
  Kingston|Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Monrovia|Tripoli|Vilnius|
  Antananarivo|Lilongwe|Kuala Lumpur|Bamako|Valletta|Nouakchott|Mexico City|Chisinau|Ulaanbaatar|Podgorica|
  Rabat|Maputo|Naypyidaw|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington|Managua|Niamey|Abuja|Pyongyang|Skopje|
  Oslo|Muscat|Islamabad|Panama City|Asuncion|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Dakar|
  Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|Cape Town|Seoul|Juba|Madrid|Colombo|Khartoum|Paramaribo|
  Stockholm|Bern|Geneva|Zurich|Damascus|Taipei|Dushanbe|Dodoma|Bangkok|Lome|Tunis|Ankara|Ashgabat|Kampala|Kyiv|Kiev|
  Abu Dhabi|Dubai|London|Washington, D.C.|Montevideo|Tashkent|Caracas|Hanoi|Sanaa|Lusaka|Harare|
  Aleppo|Homs|Hama|Idlib|Latakia|Raqqa|Deir ez-Zor|Palmyra|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Tikrit|Najaf|
  Karbala|Benghazi|Misrata|Aden|Alexandria|Gaza City|Ramallah|Hebron|Tel Aviv|Haifa|Istanbul|Izmir|Antalya|Mashhad|
  Isfahan|Tabriz|Shiraz|Qom|Jeddah|Mecca|Medina|Karachi|Lahore|Peshawar|Quetta|Kandahar|Herat|Mazar-i-Sharif|
  Mumbai|Kolkata|Chennai|Bangalore|Hyderabad|Shanghai|Guangzhou|Shenzhen|Wuhan|Chongqing|Tianjin|Osaka|Busan|
  Ho Chi Minh City|Saigon|Lagos|Kano|Johannesburg|Durban|Casablanca|Marrakesh|Khartoum|Mombasa|
  St. Petersburg|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Sochi|Grozny|Vladivostok|Kharkiv|Odessa|Donetsk|
  Luhansk|Mariupol|Lviv|Sevastopol|Milan|Naples|Barcelona|Munich|Hamburg|Frankfurt|Cologne|Marseille|Lyon|
  Manchester|Birmingham|Glasgow|Edinburgh|Belfast|Toronto|Montreal|Vancouver|Sydney|Melbourne|Sao Paulo|
  Rio de Janeiro|Guadalajara|Monterrey|Medellin|Chicago|Los Angeles|Houston|Phoenix|Philadelphia|San Antonio|
  San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Baltimore|New Orleans|Las Vegas|
  Brooklyn|Manhattan|Queens|the Bronx|Bronx|Staten Island|Silicon Valley|Hollywood
`);

/** Other names for a place in {@link PLACES}, so that "U.S." and "United States" are one entity. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['U.S.', 'United States'], ['US', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'],
  ['America', 'United States'], ['U.K.', 'United Kingdom'], ['UK', 'United Kingdom'], ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'], ['UAE', 'United Arab Emirates'], ['U.A.E.', 'United Arab Emirates'],
  ['Burma', 'Myanmar'], ['Holland', 'Netherlands'], ['Czechia', 'Czech Republic'], ['Kiev', 'Kyiv'],
  ['Saigon', 'Ho Chi Minh City'], ['Saint Petersburg', 'St. Petersburg'], ['DRC', 'Congo'],
  // US state abbreviations as news writes them (the period is not part of the name).
  ['Ala', 'Alabama'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'], ['Colo', 'Colorado'],
  ['Conn', 'Connecticut'], ['Fla', 'Florida'], ['Ill', 'Illinois'], ['Kan', 'Kansas'], ['Ky', 'Kentucky'],
  ['Md', 'Maryland'], ['Mich', 'Michigan'], ['Minn', 'Minnesota'], ['Mont', 'Montana'], ['Neb', 'Nebraska'],
  ['Nev', 'Nevada'], ['Okla', 'Oklahoma'], ['Tenn', 'Tennessee'], ['Tex', 'Texas'], ['Vt', 'Vermont'],
  ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'], ['N.Y.', 'New York'], ['N.J.', 'New Jersey'], ['N.H.', 'New Hampshire'],
  ['N.M.', 'New Mexico'], ['N.C.', 'North Carolina'], ['N.D.', 'North Dakota'], ['S.C.', 'South Carolina'],
  ['S.D.', 'South Dakota'], ['R.I.', 'Rhode Island'], ['W.Va.', 'West Virginia'], ['D.C.', 'District of Columbia'],
  ['NYC', 'New York City'],
]);

/**
 * Lower-case nouns that, right after a capitalised name, make it a place ("Kweires air base", "Aleppo province",
 * "Homs countryside"). `air base` is matched on its last word.
 */
export const PLACE_FOLLOWERS: ReadonlySet<string> = words(`
  base airport airbase province governorate region district county city town village border countryside suburb
  suburbs neighborhood neighbourhood area valley river mountains desert coast island islands port harbor harbour
  crossing checkpoint refugee camp
`);

/** Capitalised words that begin a place's name ("Fort Wayne", "Port St. Lucie", "Mount Sinai", "Cape Town"). */
export const PLACE_PREFIXES: ReadonlySet<string> = words('Fort Ft. Port Mount Mt. Cape Lake Lago Monte Rio San Santa Sao');

/** Capitalised words that end a place's name and are kept out of the canonical name ("Aleppo Province"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = words('Province Governorate');

/** Lower-case nouns that, before "of NAME", make the name a place ("suburb of Dahiyeh", "outskirts of Aleppo"). */
export const PLACE_OF_NOUNS: ReadonlySet<string> = words(`
  suburb suburbs city town village outskirts province region district capital neighborhood neighbourhood streets
  center centre heart north south east west northeast northwest southeast southwest
`);

/** Prepositions that, right before a capitalised name, suggest a place ("in Al-Bab", "near Homs"). Weak evidence. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = words('in near outside inside across throughout around into');

/** Compass adjectives that may stand between a place preposition and the place ("in northern Homs"). */
export const DIRECTION_ADJECTIVES: ReadonlySet<string> = words(`
  northern southern eastern western central northeastern northwestern southeastern southwestern north south east
  west rural urban
`);

/**
 * Lower-case nouns that, right after a capitalised name, make it an organisation ("Centcom spokesman",
 * "Hezbollah fighters", "the Guardian newspaper").
 */
export const ORGANIZATION_FOLLOWERS: ReadonlySet<string> = words(`
  spokesman spokeswoman spokesperson official officials fighters militants terrorists militiamen members member
  supporters loyalists commanders leadership newspaper paper agency network group militia faction rebels insurgents
  employees staff executives shareholders board chief chairman
`);

/**
 * Lower-case hyphen suffixes ("Lebanon-based", "U.S.-led"): the capitalised part before them is a place or an
 * organisation, and a name right after `-based` is an organisation.
 */
export const NAME_HYPHEN_SUFFIXES: ReadonlySet<string> = words('based led backed funded run owned allied born made aligned controlled held');

/**
 * Lower-case words that may sit inside a name between capitalised ones ("Syrian Observatory for Human Rights",
 * "Ludwig van Beethoven", "Osama bin Laden"). `of`, `for` and `the` join only after an organisation word or a title.
 */
export const NAME_PARTICLES: ReadonlySet<string> = words('de del della der den di da do dos das du la le van von bin ibn bint al el ben');
export const NAME_JOINERS: ReadonlySet<string> = words('of for');

/**
 * Organisation words that head a name of their own: after "and" they begin another organisation ("the Department of
 * Defense and State Department"), where other words continue the first ("the Department of Health and Human Services").
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = words(`
  Department Ministry Office Bureau Agency Committee Commission Council Administration Authority Court Embassy
  Association Institute Center Centre Foundation Society Union Federation Coalition Organization Organisation
  University College School Party Church
`);

/**
 * Bodies whose names go on with "to" or "on" and a clause ("Committee to Protect Journalists", "Council on Foreign
 * Relations"); after other heads those words lead to a place or time ("Hofstra University on Long Island").
 */
export const CLAUSE_NAMED_HEADS: ReadonlySet<string> = words(`
  Committee Commission Council Center Centre Coalition Institute Campaign Alliance Conference Caucus Project
`);

/** Letters after a person's name that are no part of it ("Ada Quill MP", "Ben Ortiz QC"). */
export const POST_NOMINALS: ReadonlySet<string> = words('MP MEP MSP MLA MPP TD QC KC OBE MBE CBE KBE DBE FRS');

/** Arabic article and kinship prefixes written with a hyphen inside a name ("al-Assad", "el-Sisi", "Abu-Bakr"). */
export const NAME_PREFIX_PATTERN = /^(?:al|el|ad|ash|as|at|ar|an|az|ud|bin|ibn|abu|abd)-\p{Lu}/u;

/** Common given names, so that "Dmitry Medvedev" is a person even without a title. */
export const FIRST_NAMES: ReadonlySet<string> = words(`
  John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald
  Steven Steve Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
  Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
  Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith
  Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert
  Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Bill
  Barack Hillary Bernie Ted Marco Rand Mitt Newt Jeb Chris Mike Tom Tim Jim Bob Dick Ben Sam Nick Tony Ash Rex Lindsey
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
  Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
  Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn
  Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan
  Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail
  Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte
  Rose Alexis Kayla Angela Nikki Condoleezza Madeleine Samantha Nancy Elizabeth Theresa Angela Hillary
  Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Mikhail Nikolai Ivan Boris Igor Yuri Oleg Andrei Viktor Pavel
  Anatoly Gennady Maria Olga Natalia Svetlana Irina Tatiana Yulia Petro Volodymyr Arseniy Vitali Vitaly
  Mohammed Muhammad Mohammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain Omar Abdullah Abdul Khalid Khaled Mahmoud
  Mustafa Ibrahim Youssef Yusuf Yousef Samir Tariq Karim Nabil Walid Bashar Hafez Rami Maher Qassem Qasem Hassan
  Hasan Nouri Haider Haidar Masoud Massoud Javad Hassan Mahmoud Ali Akbar Recep Ahmet Mevlut Binali Abu Salman Fahd
  Faisal Saud Tamim Zayed Osama Ayman Hamid Hamad Rashid Saleh Salah Fatima Aisha Layla Leila Yasmin Mariam Nour
  Benjamin Ehud Ariel Shimon Yitzhak Avigdor Naftali Yair Moshe Mahmoud Ismail Khaled Fayez Saeb Marwan
  Xi Li Wang Zhang Liu Chen Hu Wen Jiang Deng Mao Shinzo Fumio Yoshihide Junichiro Kim Moon Park Lee Narendra
  Manmohan Rahul Sonia Imran Nawaz Benazir Pervez Asif Shehbaz Hamid Ashraf Jacob Nelson Thabo Cyril Goodluck
  Muhammadu Uhuru Paul Yoweri Robert Emmanuel Francois Nicolas Jacques Angela Gerhard Helmut Olaf Horst Theresa
  Tony Gordon David Boris Keir Rishi Justin Stephen Jean Pierre Luiz Jair Dilma Cristina Mauricio Hugo Nicolas Evo
  Martin Luther Enrique Andres Felipe Juan Carlos Pedro Pablo Javier Miguel Luis Jorge Mario Matteo Silvio Giuseppe Emmanuel
  Francesco Alexis Recep Abdel Fattah Hosni Anwar Gamal Moammar Muammar Saddam Nouri Haider Ruhollah Hassan
  Jane Kate Katie Anne Annie Ellen Eleanor Lena Nina Tina Dana Erin Molly Claire Clara Sofia Sophie Lucy Lily Chloe
  Zoe Ella Mia Ava Leah Eva Alicia Carla Monica Vanessa Wendy Holly Kristen Stacey Tracy Paula Gwen Jill Liz Debbie
  Elaine Valerie Sally Connie Leslie Sonya Chelsea Heidi Ingrid Greta Astrid Sigrid Hanna Johanna Ines Lucia Elena
  Al Ed Dan Phil Pat Jon Josh Jake Matt Ron Don Mitch Harry Howard Hugh Lester Colin Cory Jeff Todd Chuck Marc Fred
  Victor Chad Brad Alex Malcolm Jimmy Jared Derek Greg Doug Rick Ricky Ray Ken Kenny Lou Max Leo Oscar Felix Hans
  Carole Billie Marcia Lois Peggy Kathy Cathy Sue Susie Carrie Joanne Jennie Jenny Jessie Bonnie Tammy Terri Sherry
  Sheila Rita Irene Norma Bertha Edna Ethel Gladys Hazel Lillian Mildred Wanda Vera Vivian Yolanda Yvonne Agnes
  Beatrice Bernice Charlene Darlene Eileen Elsie Florence Geraldine Gina Jeanne Josephine Juanita Kristina Leona
  Lorraine Loretta Lucille Mabel Marjorie Marlene Maureen Meredith Miriam Nora Pauline Phyllis Regina Roberta
  Rosemary Sylvia Thelma Whitney Tiffany Courtney Kristy Lindsay Caitlin Kaitlyn Madeline Jenna Kendra Kara Tara
  Krista Kelsey Jasmine Keisha Latoya Tanya Meghan Colleen Erica Erika Candace Felicia Kristine Patty Becky Nellie
  Hattie Clarence Ernest Herbert Frederick Leroy Jimmie Clifford Theodore Dwight Woodrow Ulysses Rutherford Millard
  Abraham Dustin Darrell Darryl Tyrone Terrence Reginald Cedric Dwayne Jamal Kareem Hakeem Rahm Reince Kellyanne
  Huma Ivanka Melania Omarosa Megyn Michele Tulsi Kamala Joni Dianne
  Lars Erik Sven Nils Jan Piet Pieter Dirk Kofi Kwame Chinua Chidi Ngozi Wole Femi Craig Rudy Veronica Esther
  Francisco Darren Daryl Cameron Terence Megan Kristin Kirsten Toni Olive
  Ana Ada Antonin Betsy Marsha Elise Susana
  Danny Gareth Ian Rob Jonas Marit Mei Kari Cerys Eleri Alys Owen Rhys Siobhan Niamh Declan Fiona Callum Alistair Nigel
  Graham Trevor Clive Gavin Dominic Rupert Imogen Harriet Priya Ravi Arjun Tunde
  Amir
`);

/**
 * Capitalised words that are ordinary words at the start of a sentence, never a name on their own ("After", "The",
 * "He", "According"). Names never need them: a name that happens to be one (a person called "Will") is still
 * found where it stands mid-sentence.
 */
export const SENTENCE_WORDS: ReadonlySet<string> = words(`
  The A An This That These Those He She It They We I You His Her Its Their Our My Your Him Them Us Me Who Whom Whose
  Which What When Where Why How Whether If Then Than There Here In On At For With By From To Of Off Into Onto Upon
  After Before During While Until Since As Because Although Though Even Just Only Also Still Yet But And Or Nor So
  However Meanwhile Instead Moreover Furthermore Nevertheless Nonetheless Otherwise Therefore Thus Indeed Besides
  Some Many Most More Much All Both Each Every Either Neither No Not None Other Another Such Any Several Few Little
  Last Next First Second Third Fourth Fifth Final Finally Later Earlier Now Today Tonight Yesterday Tomorrow Once
  One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Hundreds Thousands Millions Dozens
  According Asked Like Likely Unlike Prior Over Under About Around Among Between Against Through Throughout Without
  Within Along Across Behind Beyond Despite Except Inside Outside Toward Towards Via Per Whereas Whatever Whoever
  Perhaps Maybe Yes Well Oh Please Thanks Thank Let Do Does Did Is Are Was Were Be Been Being Have Has Had Will Would
  Can Could Shall Should May Might Must Ought Where's It's That's There's He's She's They're We're I'm I've I'd
  I'll We'll You'll He'll She'll They'll It'll We've You've They've We'd You'd He'd She'd They'd You're Let's
  Separately Additionally Ultimately Similarly Likewise Overall Afterward Afterwards Eventually Previously Initially
  Currently Recently Specifically Notably Accordingly Consequently Hence Already Again Clearly Obviously Apparently
  Fortunately Unfortunately Interestingly Importantly Increasingly Typically Generally Traditionally Historically
  Originally Officially Publicly Privately Together Elsewhere Nearby Twice Soon
  Mr Mrs Ms Sir Madam Our Everyone Everybody Nobody Someone Somebody Anyone Anything Something Nothing Everything
  Officials Residents Troops Soldiers Rebels Police Activists Witnesses Analysts Experts Critics Supporters Protesters
  Photo Photos Video Image Caption Source Sources Update Updated Editor's Note Read More See Watch Related Advertisement
  Breaking Exclusive Opinion Analysis Comment Reporting Additional Writing Copyright Follow Click Subscribe Share
  Contact Listen Sign Download Email Tweet Latest EDT EST CDT CST MDT MST PDT PST GMT UTC BST CET
`);

/** Month names and their news abbreviations, capitalised: date words, never part of a name. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['January', 1], ['Jan', 1], ['February', 2], ['Feb', 2], ['March', 3], ['Mar', 3], ['April', 4], ['Apr', 4],
  ['May', 5], ['June', 6], ['Jun', 6], ['July', 7], ['Jul', 7], ['August', 8], ['Aug', 8], ['September', 9],
  ['Sept', 9], ['Sep', 9], ['October', 10], ['Oct', 10], ['November', 11], ['Nov', 11], ['December', 12], ['Dec', 12],
]);

/** Weekday names, capitalised, with their `Date.getUTCDay()` number. */
export const WEEKDAY_NAMES: ReadonlyMap<string, number> = new Map([
  ['Sunday', 0], ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6],
]);

/**
 * Abbreviations written with a final period that does not end a sentence ("Col. Steve Warren", "Oct. 5"). Single
 * capital initials ("J.") and dotted acronyms ("U.S.") are recognised by shape, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = words(`
  Mr. Mrs. Ms. Mx. Dr. Prof. Rev. Fr. Hon. Sen. Rep. Gov. Lt. Gen. Col. Maj. Capt. Cmdr. Adm. Brig. Sgt. Cpl. Pvt.
  Spc. Ens. Cmdt. Gen. St. Ste. Mt. Ft. Jr. Sr. Corp. Inc. Ltd. Co. Bros. No. Nos. Vol. Ave. Blvd. Rd. Dept. Univ.
  Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. vs. etc. approx. est. a.m. p.m.
`);

/** True for a title word, one of {@link TITLES}. Case-sensitive: only the capitalised form stands before a name. */
export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

/** True for a nationality, regional, religious or ethnic adjective ("Syrian", "Shiite"). */
export function isNationalityAdjective(word: string): boolean {
  return NATIONALITY_ADJECTIVES.has(word);
}

/**
 * Endings of lower-case nouns for what a person does ("dockworker", "engineer", "policeman", "biologist"), beyond the
 * listed {@link ROLE_WORDS}: read before a name or in an appositive, they say the name is a person's.
 */
const ROLE_NOUN_ENDING = /^(?:chair|spokes|congress|police|fire|fisher|business|sales|council|news|camera|middle|handy|gun|lay|trades|crafts|states)(?:man|woman|men|women)$|^[a-z]{3,}(?:worker|maker|keeper|owner|holder|fighter|farmer|teacher|driver|engineer|officer|manager|leader|member|person|ologist|ician|grapher|smith|wright|surgeon)$|^(?:head|engineer|teacher|farmer|driver|manager|member|worker|owner|nurse|pilot|chef|coach|student|pastor|priest|rabbi|imam|soldier|veteran|designer|developer|consultant|organizer|organiser|volunteer|lobbyist|strategist|pollster|donor|voter|retiree|surgeon|physician|architect|artist|musician|singer|actor|actress|athlete|player|entrepreneur|investor|banker|trader|fisherman|miner|mechanic|electrician|plumber|carpenter|baker|butcher|clerk|cashier|guard|sheriff|detective|trooper|firefighter|paramedic|inmate|plaintiff|defendant|suspect|fan|critic|blogger|host|anchor|commentator|columnist|novelist|poet|photographer|filmmaker|director|librarian|custodian|janitor|caretaker|forecaster|meteorologist|coordinator|administrator|supervisor|trustee|dentist|pharmacist|therapist|psychiatrist|chemist|accountant|attendant|lecturer|tutor|midwife|ranger|warden|waiter|waitress|bartender|barber|tailor|landlord|tenant)$/;

/**
 * `compute` remembered by word for the whole process, for answers that depend on the word lists only: the same
 * words come back in every document. Forgets everything once `kept` words are remembered, so memory stays bounded.
 * For a word still in the text, not yet cut out as a string, a {@link SpellingTable} does the same.
 */
export function rememberedByWord<T>(compute: (word: string) => T, kept: number): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      if (answers.size >= kept) answers.clear();
      // Kept for later documents: a copy of its own, not a view into the document the word was cut from.
      const detached = detachedSlice(word, 0, word.length);
      answer = compute(detached);
      answers.set(detached, answer);
    }
    return answer;
  };
}

/** The longest spelling a {@link SpellingTable} remembers; a longer one (no word or name is) is worked out each time. */
const MAX_REMEMBERED_SPELLING = 128;

/**
 * The code units of a word as a reader takes them from the text, and their {@link spellingHash}: what a
 * {@link SpellingTable} looks the word up by ({@link SpellingTable.recallRead}) without reading the text again. A
 * reader that finds the word's end as it goes starts it with `clear` and hands over each code unit it reads with
 * `push`; a stretch already known is read with `read`, and a word ending at a known place with `readBack`.
 */
export class WordBeingRead {
  /** The word's code units, up to {@link MAX_REMEMBERED_SPELLING} of them (a longer word's rest is only hashed). */
  readonly codes = new Uint16Array(MAX_REMEMBERED_SPELLING);
  length = 0;
  hash = 0;

  clear(): void {
    this.length = 0;
    this.hash = 0;
  }

  push(code: number): void {
    if (this.length < MAX_REMEMBERED_SPELLING) this.codes[this.length] = code;
    this.length++;
    this.hash = spellingHash(this.hash, code);
  }

  /**
   * Reads `text[start, end)` as the whole word. The length and hash are kept in locals while the stretch is read and
   * stored once at its end: `push` writes both fields at every code unit.
   */
  read(text: string, start: number, end: number): void {
    const { codes } = this;
    const length = end - start;
    const stored = Math.min(length, MAX_REMEMBERED_SPELLING);
    let hash = 0;
    for (let index = 0; index < stored; index++) {
      const code = text.charCodeAt(start + index);
      codes[index] = code;
      hash = spellingHash(hash, code);
    }
    for (let index = stored; index < length; index++) hash = spellingHash(hash, text.charCodeAt(start + index));
    this.length = length;
    this.hash = hash;
  }

  /**
   * Reads back the word that ends at `end`: the code units `takes` accepts, down to `floor` at most; returns where it
   * starts. Each code unit is read once, backwards: the hash is worked out as `push` would work it out forwards (a
   * code unit's weight is 31 to the power of the number of units after it, modulo 2^30, which the 30-bit hash keeps),
   * and the units are put in order once the word's start is known.
   */
  readBack(text: string, end: number, floor: number, takes: (code: number) => boolean): number {
    const { codes } = this;
    let start = end;
    let hash = 0;
    let weight = 1;
    while (start > floor) {
      const code = text.charCodeAt(start - 1);
      if (!takes(code)) break;
      const length = end - start;
      if (length < MAX_REMEMBERED_SPELLING) codes[length] = code;
      hash = (hash + Math.imul(code, weight)) & SPELLING_HASH_MASK;
      weight = Math.imul(weight, 31);
      start--;
    }
    const length = end - start;
    // A longer word's last units were kept, but a table works such a word out from the text.
    for (let low = 0, high = Math.min(length, MAX_REMEMBERED_SPELLING) - 1; low < high; low++, high--) {
      const code = codes[low];
      codes[low] = codes[high];
      codes[high] = code;
    }
    this.length = length;
    this.hash = hash;
    return start;
  }
}

/**
 * {@link wordHash} kept to 30 bits: a small integer, which V8 stores in an object's field as it is, where a larger
 * one is boxed as a number and read back through the box ({@link WordBeingRead} updates its hash at every character).
 */
function spellingHash(hash: number, code: number): number {
  return wordHash(hash, code) & SPELLING_HASH_MASK;
}

const SPELLING_HASH_MASK = 0x3fffffff;

/** The numbers a {@link SpellingTable} keeps for a slot, and where each stands among them. */
const SLOT_FIELDS = 4;
const SLOT_HASH = 0;
const SLOT_OFFSET = 1;
const SLOT_LENGTH = 2;
const SLOT_ANSWER = 3;

/**
 * `compute`, remembered for the whole process by the spelling of a stretch of text: `recall(text, start, end)` is
 * `compute(text.slice(start, end))`, worked out once per distinct spelling. The stretch is looked up by a hash of its
 * code units and compared with the spelling remembered, without being cut out of the text: a `Map` keyed by the
 * slice would allocate a string at every call, and hash it anew. News repeats its words (names above all), so most
 * calls find their answer without allocating.
 *
 * The spellings are kept as code units in one typed array, not as strings: reading a character of a string costs V8
 * a dozen instructions (it checks how the string is stored at every read), reading a typed array's element a few, and
 * the comparison reads every character of the spelling. A reader that takes the word's characters from the text
 * anyway hands them over as they are read ({@link recallRead}), so that the text is read once, not three times (to
 * find the word, to hash it, to compare it).
 *
 * Forgets everything once `kept` spellings are remembered or their characters fill the store (an open-addressing
 * table cleared when half full, so that probe runs stay short), so memory stays bounded.
 *
 * A slot's hash, offset, length and answer's index sit side by side in one array ({@link slots}), and the answers
 * are kept in the order they were worked out: a probe then reads one cache line for the slot and one for the
 * answer, among answers mostly worked out early and so close together, where an array per field and answers by slot
 * cost a line each. The tables are large (some tens of thousands of slots), the stages between two look-ups evict
 * them from the cache, and a missed line cost more than the rest of the probe (measured: the entities stage a few
 * per cent faster on a megabyte of news, for the same instruction count).
 */
export class SpellingTable<T> {
  private readonly mask: number;
  /**
   * For each slot, {@link SLOT_FIELDS} numbers from `SLOT_FIELDS * slot` on: the spelling's hash, where it starts in
   * {@link stored}, its length (-1 for an empty slot) and its answer's index in {@link answers}.
   */
  private readonly slots: Int32Array;
  /** The answers in the order they were worked out. */
  private readonly answers: T[] = [];
  /** The remembered spellings' code units, one after another. */
  private readonly stored: Uint16Array;
  private storedLength = 0;
  /** The word {@link recall} reads its stretch into. */
  private readonly scratch = new WordBeingRead();

  constructor(private readonly compute: (spelling: string) => T, private readonly kept: number) {
    let slots = 2;
    while (slots < 2 * kept) slots *= 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(SLOT_FIELDS * slots);
    this.forgetAll();
    // Room for `kept` spellings of sixteen code units on average: words and names are shorter.
    this.stored = new Uint16Array(16 * kept);
  }

  /** `compute(text.slice(start, end))`, worked out once per distinct spelling. */
  recall(text: string, start: number, end: number): T {
    // Read into one scratch word, then looked up as a word a reader handed over is.
    const word = this.scratch;
    word.read(text, start, end);
    return this.recallRead(word, text, start);
  }

  /** {@link recall} of the word `word` holds, just read from `text` at `start`. */
  recallRead(word: WordBeingRead, text: string, start: number): T {
    // The fields in locals: optimised code otherwise loads them again, and checks their objects, at every step.
    const { length, hash, codes } = word;
    if (length > MAX_REMEMBERED_SPELLING) return this.compute(text.slice(start, start + length));
    const { slots, mask, stored } = this;
    let slot = hash & mask;
    for (; slots[SLOT_FIELDS * slot + SLOT_LENGTH] >= 0; slot = (slot + 1) & mask) {
      const field = SLOT_FIELDS * slot;
      if (slots[field + SLOT_HASH] !== hash || slots[field + SLOT_LENGTH] !== length) continue;
      const offset = slots[field + SLOT_OFFSET];
      let index = 0;
      while (index < length && stored[offset + index] === codes[index]) index++;
      if (index === length) return this.answers[slots[field + SLOT_ANSWER]];
    }
    return this.remember(slot, hash, text, start, start + length);
  }

  /** Works out and remembers the answer for `text[start, end)`, whose hash is `hash`, at the free slot `slot`. */
  private remember(slot: number, hash: number, text: string, start: number, end: number): T {
    const length = end - start;
    if (length > MAX_REMEMBERED_SPELLING) return this.compute(text.slice(start, end));
    // The answer is kept for later documents, and may hold the spelling: a copy of its own, not a view into this one.
    const answer = this.compute(detachedSlice(text, start, end));
    if (this.answers.length >= this.kept || this.storedLength + length > this.stored.length) {
      this.forgetAll();
      this.answers.length = 0;
      this.storedLength = 0;
      slot = hash & this.mask;
    }
    for (let index = 0; index < length; index++) this.stored[this.storedLength + index] = text.charCodeAt(start + index);
    const field = SLOT_FIELDS * slot;
    this.slots[field + SLOT_HASH] = hash;
    this.slots[field + SLOT_OFFSET] = this.storedLength;
    this.slots[field + SLOT_LENGTH] = length;
    this.slots[field + SLOT_ANSWER] = this.answers.length;
    this.answers.push(answer);
    this.storedLength += length;
    return answer;
  }

  /** Marks every slot empty. */
  private forgetAll(): void {
    for (let field = SLOT_LENGTH; field < this.slots.length; field += SLOT_FIELDS) this.slots[field] = -1;
  }
}

/**
 * {@link ROLE_NOUN_ENDING}'s answer by word: the same words are asked about again and again around names, and the
 * expression tries every ending at every position.
 */
const hasRoleNounEnding = rememberedByWord((word) => ROLE_NOUN_ENDING.test(word), 4096);

/** True for a lower-case noun naming a person's role or trade: one of {@link ROLE_WORDS}, or one shaped like one. */
export function isRoleNoun(word: string): boolean {
  return ROLE_WORDS.has(word) || hasRoleNounEnding(word);
}

/** True for a word that ends an organisation's name ("Department", "Watch"). */
export function isOrganizationWord(word: string): boolean {
  return ORGANIZATION_WORDS.has(word);
}

/** The gazetteer's canonical name for a place ("U.S." → "United States"), or null when `name` is not a known place. */
export function canonicalPlace(name: string): string | null {
  return CANONICAL_PLACES.get(name) ?? null;
}

/**
 * Every place and alias with its canonical name, an alias winning over a place of the same spelling: one look-up
 * for {@link canonicalPlace}, which runs for every name and many neighbouring words.
 */
const CANONICAL_PLACES: ReadonlyMap<string, string> = new Map([
  ...[...PLACES].map((place): [string, string] => [place, place]),
  ...PLACE_ALIASES,
]);

/**
 * Lower-case nouns for a publication or a body that stand right before its name as an appositive ("the journal
 * Nature", "the group Citizens for Sound Budgets", "the broadcaster NRK"): evidence that the name is an organisation's.
 */
export const ORGANIZATION_APPOSITION_NOUNS: ReadonlySet<string> = words(`
  journal newspaper magazine broadcaster publisher group firm company agency network charity
`);
