/**
 * Small built-in word lists the generator needs beside the noun lexicon. Kept short on purpose:
 * function words, role nouns, months, weekdays, number words, common given names and a few
 * cities. Countries come from `Intl.DisplayNames` (see countries.ts).
 */

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

export const STOP_WORDS = {
  de: words(`der die das den dem des ein eine einer einen einem eines kein keine keiner keinen
    keinem und oder aber doch sondern denn sowie auch noch nur schon sehr mehr weniger nicht nie
    ich du er sie es wir ihr man sich mich dich uns euch ihm ihn ihnen sein seine seiner seinen
    seinem seines ihre ihrer ihren ihrem ihres unser unsere dies diese dieser diesen diesem dieses
    jener jene jenes welche welcher welches was wer wie wo wann warum weshalb ob dass da weil als
    wenn wobei womit wozu nachdem bevor während obwohl damit so zu zum zur im in ins am an ans auf
    aus bei beim mit nach seit von vom vor über unter um für gegen ohne durch bis zwischen neben
    hinter wegen laut trotz ist sind war waren wird werden wurde wurden worden sei seien hat haben
    hatte hatten habe kann können konnte konnten muss müssen musste soll sollen sollte will wollen
    wollte darf dürfen möchte alle alles allem allen aller viele vielen einige andere anderen
    anderer etwa rund fast bereits jetzt heute gestern morgen dann damals hier dort dabei dazu
    daran darauf davon jedoch zudem außerdem allerdings also etwa ja nein bitte immer wieder
    selbst ebenfalls beide beiden jeder jede jedes jeden jedem ihr ihm dessen deren denen`),
  en: words(`the a an and or but nor so yet of to in on at by for with from into onto upon
    about above after before during since until against among between through over under
    without within this that these those it its he she they we you i me him her them us his
    their our your my mine is are was were be been being has have had do does did will would
    shall should can could may might must not no as if than then there here when where why how
    what which who whom whose all any some each every both either neither other others such
    very more most less least also only just even still already again ever never out up down
    off too`)
} as const;

export const DETERMINERS = words(`der die das den dem des ein eine einer einen einem eines
  kein keine keiner keinen keinem keines dieser diese dieses diesen diesem jener jene jenes
  sein seine seiner seinen seinem seines ihr ihre ihrer ihren ihrem ihres unser unsere
  unserer unseren unserem jeder jede jedes jeden jedem alle beiden zwei drei vier mehrere
  einige viele the a an this that these those his her its their our`);

export const PREPOSITIONS = words(`in im ins an am ans auf aus bei beim mit nach seit von vom
  vor über unter um für gegen ohne durch bis zwischen neben hinter wegen laut trotz zu zum zur
  of in on at by for with from into to about after before during since until against among
  between through over under`);

/** Words that open a subordinate clause: a main clause ends at a comma before one of them. */
export const SUBORDINATORS = words(`dass da weil nachdem als wenn ob obwohl während bevor damit
  sodass wobei indem seit seitdem bis falls sofern der die das dem den deren dessen denen welche
  welcher welches wo wie um und aber sondern doch denn that which who whom whose because since
  although while when where after before if unless whereas though as so and but`);

/** Nouns that name an office or job and precede or follow a person's name. */
export const ROLE_HEADS = [
  'minister',
  'ministerin',
  'präsident',
  'präsidentin',
  'kanzler',
  'kanzlerin',
  'sprecher',
  'sprecherin',
  'chef',
  'chefin',
  'leiter',
  'leiterin',
  'direktor',
  'direktorin',
  'vorsitzende',
  'vorsitzender',
  'bürgermeister',
  'bürgermeisterin',
  'abgeordnete',
  'abgeordneter',
  'trainer',
  'trainerin',
  'experte',
  'expertin',
  'botschafter',
  'botschafterin',
  'richter',
  'richterin',
  'anwalt',
  'anwältin',
  'general',
  'kommissar',
  'kommissarin',
  'gründer',
  'gründerin',
  'manager',
  'managerin',
  'spieler',
  'spielerin',
  'autor',
  'autorin',
  'professor',
  'professorin',
  'forscher',
  'forscherin',
  'könig',
  'königin',
  'papst',
  'sekretär',
  'sekretärin',
  'gouverneur',
  'senator',
  'senatorin',
  'kandidat',
  'kandidatin',
  'obmann',
  'obfrau',
  'landeshauptmann',
  'landeshauptfrau',
  'stadtrat',
  'stadträtin',
  'klubobmann',
  'ceo',
  'minister',
  'president',
  'chancellor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'mayor',
  'governor',
  'senator',
  'king',
  'queen',
  'prince',
  'professor',
  'coach',
  'leader',
  'secretary',
  'ambassador',
  'judge',
  'general',
  'founder',
  'manager',
  'author',
  'pope',
  'emperor',
  'bishop',
  'captain'
];

/** Titles before a name that are not roles of their own. */
export const TITLES = words(`Dr Dr. Prof Prof. Herr Frau Mr Mr. Mrs Mrs. Ms Ms. Sir Dame
  Mag Mag. Ing Ing.`);

/** Heads of common-noun phrases that name an organisation (`das chinesische Handelsministerium`). */
export const ORGANISATION_HEADS = [
  'ministerium',
  'regierung',
  'behörde',
  'amt',
  'partei',
  'gericht',
  'gerichtshof',
  'konzern',
  'unternehmen',
  'bank',
  'polizei',
  'armee',
  'kommission',
  'verband',
  'agentur',
  'parlament',
  'rat',
  'gewerkschaft',
  'verein',
  'klub',
  'club',
  'universität',
  'institut',
  'stiftung',
  'ministry',
  'government',
  'agency',
  'company',
  'party',
  'court',
  'council',
  'commission',
  'university',
  'institute',
  'association',
  'union',
  'parliament',
  'department',
  'committee',
  'corporation',
  'bank',
  'army',
  'police'
];

/** Tokens that end a company or organisation name (`Hikvision Canada Inc`). */
export const ORGANISATION_SUFFIXES = words(`Inc Inc. Ltd Ltd. Corp Corp. AG GmbH SE KG Co
  Co. LLC plc PLC Group Holding Holdings Bank Partei Party Union Verein Klub Club FC SC SV`);

export const MONTHS: Record<'de' | 'en', string[]> = {
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(
    ' '
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' '
  )
};
/** Austrian month names, read as their standard forms. */
export const MONTH_ALIASES: Record<string, number> = { Jänner: 1, Feber: 2 };

export const WEEKDAYS: Record<'de' | 'en', string[]> = {
  de: 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(' '),
  en: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ')
};

export const NUMBER_WORDS: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwanzig: 20,
  dreißig: 30,
  hundert: 100,
  tausend: 1000,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  hundred: 100,
  thousand: 1000
};

/** Units and counted nouns a number question may ask about. */
export const UNITS = words(`Prozent Euro Dollar Franken Pfund Cent Millionen Milliarden Million
  Milliarde Tausend Jahre Jahren Monate Monaten Wochen Tage Tagen Stunden Minuten Sekunden
  Kilometer Meter Kilogramm Tonnen Grad Punkte Punkten Menschen Personen Mitarbeiter
  Einwohner Tore Stimmen Prozentpunkte percent per cent euros dollars million billion
  people years months weeks days hours minutes miles kilometres kilometers metres meters
  tons tonnes degrees points votes`);

/**
 * Common given names (international, as met in German and English news). A capitalised word on
 * this list followed by another capitalised word starts a person's name.
 */
export const GIVEN_NAMES = words(`Alexander Alfred Andrea Andreas Angela Anna Anne Annalena
  Anton Barack Bernd Bill Boris Brigitte Carl Carlos Charles Christian Christine Christoph
  Claudia Daniel David Dieter Donald Elisabeth Elizabeth Emmanuel Eva Florian Frank Franz
  Friedrich Georg George Gerhard Günter Hans Heinz Helmut Herbert Hillary Horst Jacques James
  Jan Jean Jens Joachim Joe Johann Johannes John Josef Joseph Julia Justin Jürgen Karl Katharina
  Kevin Klaus Kurt Lars Laura Leonhard Lukas Manfred Margaret Maria Marie Mark Markus Martin
  Martina Matthias Max Melanie Michael Michaela Mike Monika Nicola Nicolas Norbert Olaf Oliver
  Pamela Paul Peter Philipp Rainer Reinhold Richard Robert Rudolf Sabine Sandra Sarah Sebastian
  Sigmar Stefan Stephan Susanne Thomas Tim Ursula Vladimir Walter Werner Wilhelm Wladimir
  Wolfgang Xi Recep Theresa Tony Gordon Hugo Marco Mario Paolo Pierre François Nicolas
  Christa Erwin Gabriele Helga Ingrid Johanna Karin Renate Ulrike Doris Heinz-Christian
  Alexis Angelika Hannes Harald Heinrich Hermann Ernst Erich Fritz Gustav Otto Reinhard
  Sophie Ludwig Viktor Victor Marine Jeremy Hillary Bernie Ted Marco Jeb Nancy Emily William
  Henry Edward Robert Elon Jeff Steve Tim Sundar Satya Ronald Jimmy Ban Kofi António Antonio`);

/** Major cities, by the article's language (multi-word names included). */
export const CITIES: Record<'de' | 'en', Set<string>> = {
  de: new Set(
    `Wien,Graz,Linz,Salzburg,Innsbruck,Klagenfurt,Villach,Bregenz,Eisenstadt,St. Pölten,Berlin,
    Hamburg,München,Köln,Frankfurt,Stuttgart,Düsseldorf,Dresden,Leipzig,Hannover,Nürnberg,Bremen,
    Bonn,Zürich,Genf,Bern,Basel,Paris,London,Rom,Madrid,Barcelona,Lissabon,Brüssel,Amsterdam,Prag,
    Budapest,Warschau,Moskau,Kiew,Athen,Istanbul,Ankara,Stockholm,Oslo,Kopenhagen,Helsinki,Dublin,
    Mailand,Venedig,Neapel,Washington,New York,Boston,Chicago,Los Angeles,San Francisco,Toronto,
    Vancouver,Montreal,Ottawa,Peking,Shanghai,Hongkong,Hangzhou,Shenzhen,Tokio,Seoul,Delhi,Mumbai,
    Bangkok,Singapur,Sydney,Melbourne,Kairo,Nairobi,Johannesburg,Lagos,Teheran,Bagdad,Damaskus,
    Jerusalem,Tel Aviv,Riad,Dubai,Buenos Aires,Lima,Havanna,Straßburg,Brüssel,Minsk,Belgrad,
    Zagreb,Ljubljana,Bratislava,Bukarest,Sofia,Sarajevo,Taipeh,Manila,Jakarta,Hanoi,Kabul`
      .split(',')
      .map((c) => c.trim())
  ),
  en: new Set(
    `Vienna,Berlin,Hamburg,Munich,Cologne,Frankfurt,Zurich,Geneva,Paris,London,Rome,Madrid,
    Barcelona,Lisbon,Brussels,Amsterdam,Prague,Budapest,Warsaw,Moscow,Kyiv,Athens,Istanbul,
    Stockholm,Oslo,Copenhagen,Helsinki,Dublin,Milan,Venice,Naples,Washington,New York,Boston,
    Chicago,Los Angeles,San Francisco,Toronto,Vancouver,Montreal,Ottawa,Beijing,Shanghai,
    Hong Kong,Hangzhou,Shenzhen,Tokyo,Seoul,Delhi,Mumbai,Bangkok,Singapore,Sydney,Melbourne,Cairo,
    Nairobi,Johannesburg,Lagos,Tehran,Baghdad,Damascus,Jerusalem,Tel Aviv,Dubai,Buenos Aires,
    Lima,Havana,Miami,Houston,Denver,Seattle,Atlanta,Philadelphia,Detroit,Dallas,Phoenix,
    Edinburgh,Manchester,Liverpool,Oxford,Cambridge,Manila,Jakarta,Hanoi,Kabul,Santa Clara,
    San Diego,San Jose,Las Vegas,New Orleans`
      .split(',')
      .map((c) => c.trim())
  )
};

/** Continents and world regions: places with distractors of their own kind. */
export const CONTINENTS: Record<'de' | 'en', string[]> = {
  de: 'Europa Asien Afrika Nordamerika Südamerika Australien Antarktis Lateinamerika Ozeanien'.split(
    ' '
  ),
  en: [
    'Europe',
    'Asia',
    'Africa',
    'North America',
    'South America',
    'Australia',
    'Antarctica',
    'Latin America',
    'Oceania'
  ]
};

/** Heads of a place phrase that is neither a country nor a city (`in Xinjiang`, `Provinz`). */
export const PLACE_PREPOSITIONS = words(`in im nach aus bei von nahe in at from near to`);

/**
 * Verbs of saying: `sagte`, `erklärte`, `so` before a speaker, or `said` in English. Used to
 * find who is quoted.
 */
export const SAYING_VERBS = words(`sagte sagten sagt erklärte erklärten erklärt betonte betont
  meinte meint sprach fügte warnte warnt kritisierte kritisiert forderte fordert teilte
  antwortete schrieb schreibt berichtete berichtet hieß heißt so said says told stated added
  warned wrote explained announced argued claimed`);

/**
 * German words machine translation picks for English words with another sense (`ties` →
 * `Krawatten` for relations, `charges` → `Gebühren` for accusations). A sentence that uses one
 * in a news report is likely garbled, so it is not used as the stem of a question.
 */
export const TRANSLATION_FALSE_FRIENDS = ['krawatte', 'gebühren'];
