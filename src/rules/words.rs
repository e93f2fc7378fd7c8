//! Closed word lists the entity rules use: head nouns, honorifics, speech
//! verbs and capitalised words that are not names. The lexicon
//! ([`NameLists`](crate::names::NameLists)) folds them, with the embedded
//! name lists, into one table of word classes, so rules ask
//! [`Context::has`](super::Context::has) instead of scanning lists.

/// Word classes: bits of a word's entry in the lexicon.
pub(crate) mod class {
    /// Capitalised but not a name (`The`, `Monday`, `President`).
    pub(crate) const NOT_NAME: u32 = 1;
    /// A short title or honorific (`Mr`, `President`, `General`).
    pub(crate) const HONORIFIC: u32 = 1 << 1;
    /// Ends an institution's name (`Council`, `Corp`).
    pub(crate) const INSTITUTION_HEAD: u32 = 1 << 2;
    /// Begins an institution's name before `of` (`Ministry`).
    pub(crate) const INSTITUTION_PREFIX: u32 = 1 << 3;
    /// Ends a place's name (`Province`, `Square`).
    pub(crate) const PLACE_HEAD: u32 = 1 << 4;
    /// A lower-case head that belongs to the name (`square`).
    pub(crate) const LOWER_PLACE_HEAD: u32 = 1 << 5;
    /// A building noun (`building`, `palace`).
    pub(crate) const BUILDING: u32 = 1 << 6;
    /// A verb of saying (`said`).
    pub(crate) const SPEECH: u32 = 1 << 7;
    /// A verb that makes a place its government's voice (`warned`).
    pub(crate) const GOVERNMENT_VERB: u32 = 1 << 8;
    /// An auxiliary (`has`, `is`).
    pub(crate) const AUXILIARY: u32 = 1 << 9;
    /// A ministry's domain (`health`, `interior`).
    pub(crate) const MINISTRY_DOMAIN: u32 = 1 << 10;
    /// A generic institution head (`ministry`).
    pub(crate) const GENERIC_INSTITUTION: u32 = 1 << 11;
    /// A name particle (`da`, `bin`).
    pub(crate) const PARTICLE: u32 = 1 << 12;
    /// A connector inside institution names (`of`, `for`).
    pub(crate) const NAME_CONNECTOR: u32 = 1 << 13;
    /// A given name.
    pub(crate) const FIRST_NAME: u32 = 1 << 14;
    /// A surname.
    pub(crate) const SURNAME: u32 = 1 << 15;
    /// Usually written in lower case.
    pub(crate) const COMMON: u32 = 1 << 16;
    /// The last word of some title (`minister`, `president`).
    pub(crate) const TITLE_END: u32 = 1 << 17;
    /// A preposition before a place or body (`in`, `from`).
    pub(crate) const LOCATIVE: u32 = 1 << 18;
    /// A verb of sport results (`beat`, `defeated`).
    pub(crate) const SPORT_VERB: u32 = 1 << 19;
    /// First or last word of names of things that are no people: laws,
    /// operations, events, works (`Act`, `Operation`, `Festival`).
    pub(crate) const NOT_PERSON_HEAD: u32 = 1 << 20;
    /// Like `NOT_PERSON_HEAD`, but also a surname (`Law`, `Day`).
    pub(crate) const THING_HEAD: u32 = 1 << 21;
    /// A lower-case noun that introduces an organisation's name
    /// (`company`, `newspaper`).
    pub(crate) const ORGANISATION_NOUN: u32 = 1 << 22;
    /// The first word of some title (`prime` of `prime minister`): a run
    /// of words that starts with no such word is no title, and is not
    /// looked up as a phrase. The last bit the lexicon holds.
    pub(crate) const TITLE_START: u32 = 1 << 23;
}

/// Every classed list with its class, for building the lexicon.
pub(crate) const CLASSED_LISTS: &[(&[&str], u32)] = &[
    (NOT_NAMES, class::NOT_NAME),
    (HONORIFICS, class::HONORIFIC),
    (INSTITUTION_HEADS, class::INSTITUTION_HEAD),
    (INSTITUTION_PREFIXES, class::INSTITUTION_PREFIX),
    (PLACE_HEADS, class::PLACE_HEAD),
    (LOWER_PLACE_HEADS, class::LOWER_PLACE_HEAD),
    (BUILDING_NOUNS, class::BUILDING),
    (SPEECH_VERBS, class::SPEECH),
    (GOVERNMENT_VERBS, class::GOVERNMENT_VERB),
    (AUXILIARIES, class::AUXILIARY),
    (MINISTRY_DOMAINS, class::MINISTRY_DOMAIN),
    (GENERIC_INSTITUTION_HEADS, class::GENERIC_INSTITUTION),
    (PARTICLES, class::PARTICLE),
    (NAME_CONNECTORS, class::NAME_CONNECTOR),
    (LOCATIVES, class::LOCATIVE),
    (SPORT_VERBS, class::SPORT_VERB),
    (NOT_PERSON_HEADS, class::NOT_PERSON_HEAD),
    (THING_HEADS, class::THING_HEAD),
    (ORGANISATION_NOUNS, class::ORGANISATION_NOUN),
];

/// Words that make a capitalised name a law, an operation, an event or a
/// work rather than a person: `Sherman Act`, `Operation Iraqi Freedom`,
/// `Dakota Access Pipeline`, `Lantern Festival`. Never surnames.
pub(crate) const NOT_PERSON_HEADS: &[&str] = &[
    "act", "acts", "laws", "regulations", "treaty", "convention", "accords", "amendment",
    "statute", "operation", "pipeline", "festival", "programme", "initiative", "championship",
    "championships", "olympics", "crisis", "scandal", "summit", "doctrine", "protocol",
    "materials", "indians", "americans", "natives", "anime", "manga", "guidelines",
];

/// Like [`NOT_PERSON_HEADS`], but also surnames (`Jude Law`, `Doris Day`):
/// they end a person's name only after a known given name.
pub(crate) const THING_HEADS: &[&str] = &[
    "law", "bill", "code", "line", "plan", "program", "award", "prize", "cup", "games", "war",
    "project", "fair", "expo", "day", "week", "month", "year", "highway", "tunnel", "dam", "ship",
    "rule", "rules", "agreement", "accord", "ordinance", "decree", "regulation", "memorial",
];

/// Lower-case nouns that introduce an organisation's name: `the Mexican
/// company Cultura Colectiva`, `rescue charity Sea-Eye`, `a tissue company
/// called LifeCell`.
pub(crate) const ORGANISATION_NOUNS: &[&str] = &[
    "company", "firm", "charity", "broadcaster", "newspaper", "daily", "journal", "magazine",
    "website", "distributor", "retailer", "airline", "carrier", "startup", "manufacturer",
    "insurer", "publisher", "nonprofit", "non-profit", "organization", "organisation",
    "subsidiary", "tabloid", "weekly", "outlet", "agency", "group", "lender", "chain",
    "conglomerate", "consultancy",
];

/// Prepositions before a place or body: `in Chad`, `from Reading`.
pub(crate) const LOCATIVES: &[&str] = &[
    "in", "at", "from", "to", "near", "into", "across", "of", "via", "towards", "toward",
    "outside", "inside", "throughout", "around", "through", "between", "visit", "visited",
];

/// Verbs of sport results: `Chicago beat Boston`.
pub(crate) const SPORT_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "drew", "edged", "routed", "thrashed", "trounced", "blanked",
    "downed", "outscored", "overcame", "whipped", "crushed", "hammered", "upset", "held",
];

/// True if `word` is one of `list`, ignoring ASCII case.
#[inline]
pub(crate) fn is_in(list: &[&str], word: &str) -> bool {
    list.iter()
        .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
}

/// Nouns that end an institution's name: `Coordination Council`,
/// `Acme Corp`.
pub(crate) const INSTITUTION_HEADS: &[&str] = &[
    "ministry", "council", "committee", "commission", "agency", "party", "court", "bank",
    "university", "army", "police", "institute", "association", "union", "federation",
    "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "company",
    "co.", "ag", "sa", "gmbh", "nv", "airlines", "airways", "organisation", "organization",
    "office", "department", "service", "services", "authority", "board", "bureau", "fund",
    "foundation", "assembly", "parliament", "senate", "congress", "club", "league", "front",
    "movement", "alliance", "coalition", "network", "exchange", "industries", "holdings", "motors",
    "systems", "technologies", "communications", "telecom", "reserve", "guard", "forces", "navy",
    "command", "school", "college", "hospital", "church", "academy", "trust", "society", "centre",
    "center", "cabinet", "government", "administration", "tribunal", "brigade", "brigades",
    "battalion", "regiment", "mission", "secretariat", "directorate", "prosecutor's",
    "inspectorate", "chamber", "caucus", "junta", "militia", "guards", "securities", "bancorp",
    "airline", "railways", "railway", "energy", "petroleum", "oil", "pharmaceuticals", "resources",
    "partners", "capital", "investments", "media", "press", "times", "post", "journal", "herald",
    "tribune", "gazette", "broadcasting", "radio", "television", "tv", "news", "magazine",
    "studios", "records", "united", "rovers", "wanderers", "athletic", "city", "county", "albion",
    "hotspur", "olympique", "sporting", "fc", "cf", "division", "section", "unit", "force",
    "embassy", "consulate", "rescue", "partnership", "observatory", "laboratory", "laboratories",
];

/// Heads that begin an institution's name before `of`: `Ministry of
/// Health`, `University of Chicago`.
pub(crate) const INSTITUTION_PREFIXES: &[&str] = &[
    "ministry", "university", "bank", "department", "institute", "council", "court", "federation",
    "union", "association", "organization", "organisation", "office", "bureau", "board", "academy",
    "church", "party", "commission", "committee", "league", "college", "school", "house",
    "chamber", "society", "agency", "secretariat", "congress", "assembly", "army", "corps",
    "museum", "order", "conference", "alliance", "front", "movement", "division", "section",
    "unit", "center", "centre", "centers", "centres", "service", "administration", "force",
    "corporation", "authority", "commissioner", "inspector",
];

/// Heads that end a place's name: `Xinjiang Province`, `Ala-Too Square`.
pub(crate) const PLACE_HEADS: &[&str] = &[
    "province", "region", "square", "street", "river", "mountains", "mountain", "island",
    "islands", "lake", "valley", "sea", "gulf", "bay", "strait", "straits", "desert", "airport",
    "avenue", "road", "bridge", "park", "district", "oblast", "prefecture", "peninsula", "coast",
    "canal", "ocean", "plateau", "hills", "heights", "boulevard", "mount", "krai", "governorate",
    "county", "state", "territory", "village", "town", "city", "harbour", "harbor", "port",
    "beach", "falls", "glacier", "basin", "delta", "highway", "palace", "stadium", "cathedral",
    "mosque", "temple", "tower", "hall", "castle", "parish", "creek", "estuary", "jail", "prison",
    "penitentiary", "station", "memorial",
];

/// Lower-case place heads that belong to a name before them: `Ala-Too
/// square`, `Abbey road`.
pub(crate) const LOWER_PLACE_HEADS: &[&str] = &["square", "street", "avenue", "road", "boulevard"];

/// Nouns for buildings; `the X building, known as the Y` names a place.
pub(crate) const BUILDING_NOUNS: &[&str] = &[
    "building", "palace", "square", "hall", "tower", "complex", "headquarters", "residence",
    "compound", "mosque", "church", "stadium", "house", "monument", "memorial", "bridge",
    "airport", "station", "prison", "camp", "base",
];

/// Honorifics and short titles written before names; the longer titles
/// (`Prime Minister`, `Foreign Minister`) come from `gazetteers/titles.txt`.
pub(crate) const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
    "sir", "dame", "lord", "lady", "president", "premier", "chancellor", "minister", "senator",
    "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
    "judge", "justice", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.",
    "captain", "capt.", "sergeant", "sgt.", "admiral", "commander", "marshal", "king", "queen",
    "prince", "princess", "emperor", "sheikh", "sheik", "pope", "cardinal", "bishop", "archbishop",
    "rabbi", "imam", "ayatollah", "father", "reverend", "rev.", "ambassador", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director",
    "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "leader",
    "deputy", "speaker", "prosecutor", "attorney", "commissioner", "inspector", "detective",
    "officer", "chief", "ceo", "executive", "founder", "dictator", "tsar", "czar", "attorneys",
    "agent", "agents", "magistrate", "constable", "superintendent", "sheriff", "councilor",
    "councillor", "trooper", "co-author", "youtuber", "warden", "honorable", "sultan", "emir",
    "seyed", "sayyid", "judges", "prosecutors", "investigator", "counsel", "solicitor",
];

/// Verbs of saying right after a name: `Simmons said`.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "added", "declared", "stated", "announced", "insisted", "argued",
    "warned", "wrote", "replied", "explained", "noted", "asked", "urged", "claimed", "denied",
    "confirmed", "admitted", "recalled", "believes", "thinks", "predicted",
];

/// Verbs that make a place the voice of its government: `Beijing said`,
/// `Washington has warned`, `Bishkek is eager`.
pub(crate) const GOVERNMENT_VERBS: &[&str] = &[
    "said", "says", "announced", "denied", "accused", "warned", "urged", "demanded", "rejected",
    "condemned", "agreed", "insisted", "threatened", "called", "signed", "imposed", "sanctioned",
    "recognised", "recognized", "protested", "vowed", "pledged", "refused", "approved", "welcomed",
    "criticised", "criticized", "responded", "retaliated", "expelled", "summoned", "eager", "keen",
    "wants", "hopes", "seeks", "sought", "claims", "claimed",
];

/// Auxiliaries between a subject and its verb.
pub(crate) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "was", "will", "would", "could", "also", "again", "has also",
];

/// Lower-case words that qualify a definite `the … ministry`: `the health
/// ministry`, `the interior ministry`.
pub(crate) const MINISTRY_DOMAINS: &[&str] = &[
    "health", "interior", "foreign", "defence", "defense", "finance", "education", "justice",
    "economy", "economic", "agriculture", "energy", "emergency", "emergencies", "culture",
    "labour", "labor", "transport", "trade", "environment", "information", "communications",
    "tourism", "industry", "security", "social", "welfare", "housing", "youth", "sports", "oil",
    "water", "science", "religious", "home", "treasury", "war", "intelligence", "election",
    "electoral", "royal", "provincial",
];

/// Lower-case generic heads that name an institution after a definite
/// determiner and a domain word.
pub(crate) const GENERIC_INSTITUTION_HEADS: &[&str] = &[
    "ministry", "ministries", "department", "commission", "council", "navy", "military", "army",
    "embassy", "police", "office", "coastguard",
];

/// Capitalised words that are not names: sentence openers, pronouns,
/// function words, months and weekdays (dates are the date rules' business).
pub(crate) const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "to", "of", "and", "or",
    "but", "if", "as", "after", "before", "when", "while", "since", "until", "during", "though",
    "although", "because", "so", "yet", "then", "thus", "also", "still", "even", "only", "just",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
    "this", "that", "these", "those", "there", "here", "what", "who", "which", "where", "why",
    "how", "some", "many", "most", "more", "all", "both", "each", "every", "any", "no", "not",
    "none", "other", "another", "such", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "first", "second", "third", "last", "next", "new", "old", "mr", "mrs",
    "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "however", "meanwhile",
    "instead", "like", "unlike", "about", "against", "between", "into", "over", "under", "up",
    "down", "out", "off", "across", "around", "among", "without", "within", "through", "despite",
    "according", "asked", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do",
    "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
    "let", "please", "yes", "no", "not", "now", "later", "earlier", "once", "again", "never",
    "always", "often", "clearly", "unfortunately", "fortunately", "across", "opposition", "police",
    "government", "state", "protesters", "demonstrators", "people", "officials", "sources",
    "analysts", "critics", "supporters", "leaders", "president", "minister", "prime", "former",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "internet", "christmas", "easter", "ramadan", "god", "am", "pm", "a.m.", "p.m.", "tv", "ok",
    "hurricane", "typhoon", "cyclone", "storm", "tropical",
];

/// Particles that stand inside a person's or place's name when a
/// capitalised word follows: `Leonardo da Vinci`, `Osama bin Laden`.
pub(crate) const PARTICLES: &[&str] = &[
    "de", "du", "des", "del", "della", "der", "den", "van", "von", "al", "el", "bin", "ibn", "da",
    "dos", "das", "y", "la", "le",
];

/// Words that may continue an institution's name after `Ministry of …`:
/// `Organization for Security and Co-operation in Europe`.
pub(crate) const NAME_CONNECTORS: &[&str] = &["of", "for", "and", "the", "in", "on", "&", "de"];

/// Surname endings common in the world's news beyond English; they mark a
/// person only together with other evidence.
pub(crate) const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "ev", "eva", "yev", "yeva", "bekov", "bekova", "enko", "escu", "sson", "sen",
    "vich", "wicz", "ski", "ska", "sky", "shvili", "dze", "yan", "ian", "uly", "kyzy", "zoda",
    "zade", "zadeh", "oglu", "ović", "ovic", "evic", "inho", "ez", "aev", "iev", "yeva",
];
