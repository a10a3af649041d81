//! Word knowledge for English, German and French: speech cues, pronouns, determiners, role
//! words and the other word classes the rules ask about.
//!
//! The words are data: one list per class and language under `words/` (see `list.rs` for the
//! format), read into the program with `include_str!` and built once into one word table
//! ([`lookup`]). Everything is matched on lowercase word forms. English verb forms are made from
//! the lemma, so that “say”, “says”, “said” and “saying” need one entry.

mod build;
mod list;
mod table;

use std::collections::HashMap;

/// Language of a document, guessed from its function words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
}

/// What a cue word does in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A verb of saying that can introduce a clause or a quote ("said", "sagt", "déclare").
    Verb,
    /// A present participle of such a verb ("saying", "adding").
    Participle,
    /// A verb that characterises rather than reports ("called it a “disgrace”"): quotes only.
    Label,
    /// A source marker before the source ("according to X", "laut X", "selon X").
    SourcePrefix,
    /// A source marker after the source ("X zufolge").
    SourceSuffix,
}

/// A recognised cue: its kind and the lemma it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueWord {
    /// Role of the word.
    pub kind: CueKind,
    /// Dictionary form.
    pub lemma: &'static str,
    /// What the verb's frame allows ([`cue_trait`]).
    pub traits: u8,
}

impl CueWord {
    /// Whether the cue has the trait `bit` ([`cue_trait`]).
    pub fn has(&self, bit: u8) -> bool {
        self.traits & bit != 0
    }

    /// For a source marker of two words (“according to”), the word that must follow the form.
    pub fn continuation(&self) -> Option<&'static str> {
        match self.kind {
            CueKind::SourcePrefix | CueKind::SourceSuffix => self.lemma.split_once(' ').map(|(_, next)| next),
            _ => None,
        }
    }
}

/// Traits of a cue verb's frame, from the marks of its entry in the word lists.
pub mod cue_trait {
    /// A verb of saying proper, which may take a bare clause (`+core`: “said the talks failed”).
    pub const CORE: u8 = 1;
    /// Names its addressee before the clause (`+object`: “told reporters that …”).
    pub const OBJECT: u8 = 1 << 1;
    /// A following “to” opens no statement (`+not-to`: “said to be”).
    pub const NOT_TO: u8 = 1 << 2;
    /// Takes a to-infinitive as what is said (`+to-clause`: “vowed to fight”).
    pub const TO_CLAUSE: u8 = 1 << 3;
    /// The form is mostly a noun or adjective (`+ambiguous`: “the Baltic states”): a cue only in a
    /// verb's context.
    pub const AMBIGUOUS: u8 = 1 << 4;
    /// A source marker that stands before a source noun (`+noun`: “nach Angaben des Ministeriums”,
    /// “nach palästinensischen Angaben”).
    pub const NOUN: u8 = 1 << 5;
    /// A source marker that refers back to the last source (`+anaphoric`: “demnach”).
    pub const ANAPHORIC: u8 = 1 << 6;
    /// A source marker only at the start of a sentence, before a person and a comma
    /// (`+initial`: “Pour la ministre, le port …”).
    pub const INITIAL: u8 = 1 << 7;
}

/// The regular forms of an English verb (lemma, third person, past, gerund), as the cue
/// lexicon makes them: for tables of verbs that are kept as lemmas.
pub fn en_verb_forms(lemma: &str) -> Vec<String> {
    build::en_forms(lemma, false)
}

/// The separable prefixes one of which must follow the German cue form `word_lower` in its
/// sentence for it to be a cue („teilte“ → „mit“; „stellte“ → „klar“, „fest“); empty for a
/// form that needs none.
pub fn de_particles(word_lower: &str) -> &'static [&'static str] {
    build::cues().de_particles.get(word_lower).map_or(&[], Vec::as_slice)
}

/// Looks a lowercase word up in the cue lexicon of `lang`.
pub fn cue(word_lower: &str, lang: Lang) -> Option<CueWord> {
    build::cues().by_lang[lang as usize].get(word_lower).copied()
}

/// The class flag a word's ending gives it: [`flag::ROLE`] for a role compound, else
/// [`flag::ORG`] for an organisation compound (“Gesundheitsministerium”), else none.
pub fn suffix_flags(b: &[u8]) -> u64 {
    if ends_in(b, build::role_suffixes()) {
        flag::ROLE
    } else if ends_in(b, build::org_suffixes()) {
        flag::ORG
    } else {
        0
    }
}

/// Whether a word longer than six bytes ends in one of `suffixes`.
fn ends_in(b: &[u8], suffixes: &build::Suffixes) -> bool {
    if b.len() <= 6 {
        return false;
    }
    let k = build::tail_bit(b);
    if suffixes.tails[k / 64] & (1 << (k % 64)) == 0 {
        return false;
    }
    let t = build::tail3(b);
    let from = suffixes.list.partition_point(|&(key, _)| key < t);
    suffixes.list[from..].iter().take_while(|&&(key, _)| key == t).any(|&(_, s)| b.ends_with(s))
}

/// Whether a German word ends like an abstract or common noun (`de/abstract_endings.txt`:
/// “Entscheidung”, “Operation”), so that a phrase with it names no person.
pub fn de_abstract_noun(word: &str) -> bool {
    static ENDINGS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    word.len() > 5 && ends_like(word, &ENDINGS, build::DE_ABSTRACT_ENDINGS)
}

/// Whether a French word ends like a feminine noun of a role (`fr/feminine_endings.txt`:
/// “présidente”, “directrice”, “députée”).
pub fn fr_feminine(word: &str) -> bool {
    static ENDINGS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    word.chars().count() > 4 && ends_like(word, &ENDINGS, build::FR_FEMININE_ENDINGS)
}

/// The office an abbreviated title stands for (`office=` in `any/courtesy_titles.txt`): “sen”
/// → “senator”, “gov” → “governor”; lowercase, without the dot.
pub fn office_of_title(word: &str) -> Option<&'static str> {
    // (hashed: every role word is looked up; the list has each title once)
    static OFFICES: std::sync::OnceLock<FastMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let offices = OFFICES.get_or_init(|| {
        list::entries(build::COURTESY_TITLES).filter_map(|e| Some((e.head, e.value("office")?))).collect()
    });
    offices.get(word).copied()
}

/// The gender a first name gives (`any/female_first_names.txt`, `any/male_first_names.txt`):
/// [`flag::FEMALE`], [`flag::MALE`], or 0 for a name in neither list.
pub fn first_name_gender(word: &str) -> u64 {
    // (one hashed lookup: the lists hold hundreds of names and most words are in neither)
    static NAMES: std::sync::OnceLock<FastMap<&'static str, u64>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut m = FastMap::default();
        for (text, gender) in [(build::FEMALE_FIRST_NAMES, flag::FEMALE), (build::MALE_FIRST_NAMES, flag::MALE)] {
            // (a name in both lists would stay female, as the female list is read first; a test
            // keeps the lists apart)
            for e in list::entries(text) {
                m.entry(e.head).or_insert(gender);
            }
        }
        m
    });
    // (a name is looked up without allocating when it is plain ASCII: most are)
    let mut buf = [0u8; 24];
    let lower: std::borrow::Cow<'_, str> = if word.is_ascii() && word.len() <= buf.len() {
        let bytes = &mut buf[..word.len()];
        bytes.copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
        std::borrow::Cow::Borrowed(std::str::from_utf8(bytes).unwrap_or_default())
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    };
    names.get(lower.as_ref()).copied().or_else(|| compound_first_name_gender(&lower)).unwrap_or(0)
}

/// Heads of compound first names and the gender they give the compound (lowercase, sorted):
/// Jean-Baptiste, Marie-Hélène, Klaus-Dieter.
const COMPOUND_FIRST_NAME_HEADS: [(&str, u64); 10] = [
    ("anne", flag::FEMALE),
    ("hans", flag::MALE),
    ("jean", flag::MALE),
    ("karl", flag::MALE),
    ("klaus", flag::MALE),
    ("marc", flag::MALE),
    ("marie", flag::FEMALE),
    ("paul", flag::MALE),
    ("pierre", flag::MALE),
    ("rose", flag::FEMALE),
];

/// Rule "a compound first name takes the gender of its head": a hyphenated word whose first part
/// heads compound first names (“jean-baptiste”, “marie-hélène”, “klaus-dieter”) and whose second
/// part is a word of letters.
fn compound_first_name_gender(lower: &str) -> Option<u64> {
    let (head, rest) = lower.split_once('-')?;
    if rest.len() < 2 || !rest.chars().all(char::is_alphabetic) {
        return None;
    }
    COMPOUND_FIRST_NAME_HEADS.binary_search_by(|(h, _)| (*h).cmp(head)).ok().map(|k| COMPOUND_FIRST_NAME_HEADS[k].1)
}

/// Whether `word` ends in one of the endings of the word list `text`, read into `endings` once.
fn ends_like(word: &str, endings: &'static std::sync::OnceLock<Vec<&'static str>>, text: &'static str) -> bool {
    endings.get_or_init(|| list::entries(text).map(|e| e.head).collect()).iter().any(|e| word.ends_with(e))
}

/// The number of a month (1 to 12) named by a lowercase word (“march”, “märz”, “sept”).
pub fn month(w: &str) -> Option<u32> {
    let m = lookup(w).month;
    (m != 0).then_some(u32::from(m))
}

/// What a pronoun can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    /// he, she, er, il, elle
    Person,
    /// it
    Org,
    /// they
    Group,
}

impl PronounKind {
    /// What a word with the (language's) class `flags` refers to, if it is a pronoun that can
    /// be a speaker (`*/pronouns.txt`).
    pub fn of(flags: u64) -> Option<Self> {
        if flags & flag::PRON_PERSON != 0 {
            Some(Self::Person)
        } else if flags & flag::PRON_ORG != 0 {
            Some(Self::Org)
        } else if flags & flag::PRON_GROUP != 0 {
            Some(Self::Group)
        } else {
            None
        }
    }
}

/// A word table kept as data (sorted, in the rule's source) and looked up through a hash set of
/// it built on first use: one hash instead of a binary search's string comparisons, for the
/// tables that rules look words up in at every word.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<FastSet<&'static str>>,
}

impl WordSet {
    /// The set of the words of `words`.
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Self { words, set: std::sync::OnceLock::new() }
    }

    /// Whether the set holds `w`.
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(w)
    }
}

/// A word of up to 7 bytes as one number: its bytes and its length.
fn short_word_key(w: &[u8]) -> u64 {
    w.iter().rev().fold(w.len() as u64, |x, &b| x << 8 | u64::from(b))
}

/// Which bytes are ASCII letters, by value.
const ASCII_LETTERS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphabetic();
        b += 1;
    }
    t
};

/// Guesses the language of a text from counts of frequent function words
/// (`*/language_markers.txt`) among its first words.
pub fn detect_lang(text: &str) -> Lang {
    let mut counts = [0u32; 3];
    let markers = build::language_markers();
    // ASCII words only (every marker is ASCII): no decoding, no allocation
    let head = &text.as_bytes()[..text.len().min(3000)];
    let (mut at, mut counted) = (0, 0);
    let letter = |b: u8| ASCII_LETTERS[usize::from(b)];
    while at < head.len() && counted < 300 {
        // the next run of ASCII letters; words of 2 to 5 letters count
        while at < head.len() && !letter(head[at]) {
            at += 1;
        }
        let start = at;
        while at < head.len() && letter(head[at]) {
            at += 1;
        }
        let w = &head[start..at];
        if !(2..=5).contains(&w.len()) {
            continue;
        }
        counted += 1;
        if let Some(&lang) = markers.get(&short_word_key(w)) {
            counts[lang as usize] += 1;
        }
    }
    let [en, de, fr] = counts;
    if de > en && de >= fr {
        Lang::De
    } else if fr > en && fr > de {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// Bit flags of a word's classes: listed words have them in the word table (see [`lookup`]).
/// Each flag belongs to a list under `words/` (one file per language) or to a mark in a list.
/// Most lists hold in documents of every language; a few only in documents of their own
/// language ([`WordEntry::by_lang`], the flags of tokens): pronouns, Konjunktiv I, German
/// object markers, French elisions and English circumstance prepositions.
pub mod flag {
    /// Function words, capitalised only because they open a sentence (`*/function_words.txt`).
    pub const FUNC: u64 = 1;
    /// Determiners and articles (`*/determiners.txt`).
    pub const DET: u64 = 1 << 1;
    /// A role word (`*/role_words.txt`) or a compound ending in a role (`*/role_suffixes.txt`).
    pub const ROLE: u64 = 1 << 2;
    /// Words that make a name an organisation (`*/org_words.txt`).
    pub const ORG: u64 = 1 << 3;
    /// Day, month and time words (`*/time_words.txt`, `*/months.txt`).
    pub const TIME: u64 = 1 << 4;
    /// Prepositions (`*/prepositions.txt`).
    pub const PREP: u64 = 1 << 5;
    /// Auxiliaries and adverbs between a speaker and the cue (`*/aux_adverbs.txt`).
    pub const AUX: u64 = 1 << 6;
    /// Negations of a cue (`*/negations.txt`).
    pub const NEG: u64 = 1 << 7;
    /// Lowercase modifiers of a role phrase (`*/role_modifiers.txt`).
    pub const MODIFIER: u64 = 1 << 8;
    /// Complementisers (`*/complementizers.txt`).
    pub const COMPL: u64 = 1 << 9;
    /// Question words (`*/wh_words.txt`).
    pub const WH: u64 = 1 << 10;
    /// Genitive particles (`*/genitive_particles.txt`).
    pub const PARTICLE_OF: u64 = 1 << 11;
    /// Verbs in Konjunktiv I, German only (`de/konjunktiv.txt`).
    pub const KONJ: u64 = 1 << 12;
    /// Words that make the next quotation a label (`*/fragment_markers.txt`).
    pub const FRAGMENT: u64 = 1 << 13;
    /// Words that open a relative or joined clause after a comma (`*/clause_openers.txt`).
    pub const CLAUSE_OPENER: u64 = 1 << 14;
    /// Plural nouns that are never a speaker (`*/plural_non_speakers.txt`).
    pub const NON_SPEAKER: u64 = 1 << 15;
    /// Determiners before a plain noun speaker (`*/plain_determiners.txt`).
    pub const PLAIN_DET: u64 = 1 << 16;
    /// Prepositions that join a role and its complement (`*/role_complements.txt`).
    pub const ROLE_COMPLEMENT: u64 = 1 << 17;
    /// Indefinite determiners (`*/indefinites.txt`).
    pub const INDEF: u64 = 1 << 18;
    /// Auxiliaries of the perfect (`*/perfect_auxiliaries.txt`).
    pub const PERFECT_AUX: u64 = 1 << 19;
    /// Words between a source marker and the named source (`*/source_links.txt`).
    pub const SOURCE_LINK: u64 = 1 << 20;
    /// Words that lead a time word (`*/time_leads.txt`).
    pub const TIME_LEAD: u64 = 1 << 21;
    /// Words a time word may follow right after a cue (`*/time_adverbs.txt`).
    pub const TIME_ADVERB: u64 = 1 << 22;
    /// Possessive determiners and articles, per language (`*/possessives.txt`).
    pub const POSSESSIVE: u64 = 1 << 23;
    /// Auxiliaries of the passive (`*/passive_auxiliaries.txt`).
    pub const PASSIVE_AUX: u64 = 1 << 24;
    /// Verbs that relay a source (`*/quoting_verbs.txt`).
    pub const QUOTING: u64 = 1 << 25;
    /// Conjunctions that join a second report (`*/conjunctions.txt`).
    pub const CONJ: u64 = 1 << 26;
    /// Relative pronouns before a cue (`*/relative_pronouns.txt`).
    pub const RELATIVE: u64 = 1 << 27;
    /// Words of comparison before a trailing attribution (`*/comparisons.txt`).
    pub const COMPARISON: u64 = 1 << 28;
    /// Addressees after a cue (`*/audiences.txt`).
    pub const AUDIENCE: u64 = 1 << 29;
    /// Prepositions of a circumstance after a cue, English only (`en/circumstance_prepositions.txt`).
    pub const CIRCUMSTANCE: u64 = 1 << 30;
    /// Words after a comma that end a reported clause (`*/clause_breaks.txt`).
    pub const CLAUSE_BREAK: u64 = 1 << 31;
    /// Auxiliaries and modals that mark a finite clause (`*/finite_verb_markers.txt`).
    pub const FINITE: u64 = 1 << 32;
    /// German words that make the next phrase an object (`de/object_markers.txt`).
    pub const OBJECT_MARKER: u64 = 1 << 33;
    /// Titles of address (`*/courtesy_titles.txt`).
    pub const COURTESY: u64 = 1 << 34;
    /// Lowercase particles inside a name (`*/name_particles.txt`).
    pub const NAME_PARTICLE: u64 = 1 << 35;
    /// Particles that open a phrase without being a role (`*/leading_particles.txt`).
    pub const LEAD_PARTICLE: u64 = 1 << 36;
    /// Nouns that describe an organisation after its name (`*/org_descriptors.txt`).
    pub const ORG_DESCRIPTOR: u64 = 1 << 37;
    /// French elided words, French only (`fr/elisions.txt`).
    pub const ELISION: u64 = 1 << 38;
    /// Abbreviations: a dot after one ends no sentence (`+abbreviation`, `*/abbreviations.txt`).
    pub const ABBREV: u64 = 1 << 39;
    /// Abbreviations that only stand before a number (`+numbered`: “No. 10”).
    pub const NUMBERED: u64 = 1 << 40;
    /// Cue forms that attribute a quote right before them (`*/attribution_tails.txt`).
    pub const TAIL_CUE: u64 = 1 << 41;
    /// Pronouns for a person, per language (`+person` in `*/pronouns.txt`).
    pub const PRON_PERSON: u64 = 1 << 42;
    /// Pronouns for an organisation, per language (`+org`).
    pub const PRON_ORG: u64 = 1 << 43;
    /// Pronouns for a group, per language (`+group`).
    pub const PRON_GROUP: u64 = 1 << 44;
    /// Titles of address only, never a role (`any/address_titles.txt`: Mr, Frau, Mme).
    pub const ADDRESS: u64 = 1 << 45;
    /// Transcript labels of the ones who ask (`any/questioner_labels.txt`: "JOURNALIST:").
    pub const QUESTIONER: u64 = 1 << 46;
    /// Subordinating conjunctions of adverbial clauses (`*/subordinators.txt`: "während", "lorsque").
    pub const SUBORDINATOR: u64 = 1 << 47;
    /// Nouns that name a source's account after a marker (`de/source_nouns.txt`: “nach Angaben”).
    pub const SOURCE_NOUN: u64 = 1 << 48;
    /// German articles of the masculine and neuter genitive (`de/genitive_articles.txt`: “des”).
    pub const GENITIVE_ART: u64 = 1 << 49;
    /// German words before a source noun that point to the subject (`de/self_references.txt`:
    /// “nach eigenen Angaben”).
    pub const SELF_REF: u64 = 1 << 50;
    /// Role complements that stay inside a title before capitalised words (`+joins` in
    /// `*/role_complements.txt`: “Vice President for Government Relations”).
    pub const ROLE_JOIN: u64 = 1 << 51;
    /// Titles and pronouns of a woman (`+female` in `any/courtesy_titles.txt` and `*/pronouns.txt`).
    pub const FEMALE: u64 = 1 << 52;
    /// Titles and pronouns of a man (`+male`).
    pub const MALE: u64 = 1 << 53;
    /// Words that name a quotation's source after it (`de/quote_sources.txt`: „…“, so X).
    pub const QUOTE_SOURCE: u64 = 1 << 54;
    /// German words that open a sentence pointing back at the quotation before it
    /// (`de/back_references.txt`: „…“ Das sagte X).
    pub const BACK_REF: u64 = 1 << 55;
    /// Nouns for a source that is the people around someone, not one person
    /// (`*/group_nouns.txt`: “the family”, „die Angehörigen“, « l'entourage »).
    pub const GROUP_NOUN: u64 = 1 << 56;
    /// Nouns of a speech act whose clause is what was said (`*/speech_nouns.txt`: “claim”,
    /// „Forderung“).
    pub const SPEECH_NOUN: u64 = 1 << 57;
    /// German determiners in the accusative only (`de/accusatives.txt`: „einen“, „ihren“).
    pub const ACCUSATIVE: u64 = 1 << 58;
}

/// A small multiplicative hasher for short word keys (`SipHash` is needlessly slow here).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    /// Mixes one 8-byte chunk in.
    #[inline]
    fn mix(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // murmur3's finaliser: every output bit depends on every input bit (hashbrown indexes
        // buckets by the low bits)
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
    fn write(&mut self, bytes: &[u8]) {
        // each 8 bytes as a little-endian number, the last ones zero-padded
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(table::le_number(c));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.mix(table::le_number(rest));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }
}

/// What the lexicon knows about a lowercase word: its class flags and the cue it is per language.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordEntry {
    /// Class flags that hold in every language ([`flag`]).
    pub flags: u64,
    /// Class flags in English, German and French documents (indexed by [`Lang`]): `flags` and
    /// the classes of the language's own lists.
    pub by_lang: [u64; 3],
    /// The cue the word is in English, German and French (indexed by [`Lang`]).
    pub cues: [Option<&'static CueWord>; 3],
    /// The listed word itself, lowercase; empty for words in no list.
    pub word: &'static str,
    /// The number of the month the word names, 0 for other words.
    pub month: u8,
}

/// A `HashMap` with the fast word hasher.
pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// A `HashSet` with the fast word hasher.
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<WordHasher>>;

/// Lowercase form of a word, borrowed when it is lowercase already.
pub fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    let (mut ascii, mut upper) = (true, false);
    for &b in s.as_bytes() {
        ascii &= b.is_ascii();
        upper |= b.is_ascii_uppercase();
    }
    if ascii {
        if upper { std::borrow::Cow::Owned(s.to_ascii_lowercase()) } else { std::borrow::Cow::Borrowed(s) }
    } else if s.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Looks a lowercase word up: its class flags and cues. Words in no list get only the role or
/// organisation flag that compound endings give ("Wahlkampfleiter", "Gesundheitsministerium").
pub fn lookup(w: &str) -> &'static WordEntry {
    lookup_lower_bytes(w.as_bytes())
}

/// [`lookup`] of the UTF-8 bytes of a lowercase word.
pub fn lookup_lower_bytes(w: &[u8]) -> &'static WordEntry {
    static UNLISTED: WordEntry = WordEntry { flags: 0, by_lang: [0; 3], cues: [None; 3], word: "", month: 0 };
    static UNLISTED_ROLE: WordEntry =
        WordEntry { flags: flag::ROLE, by_lang: [flag::ROLE; 3], cues: [None; 3], word: "", month: 0 };
    static UNLISTED_ORG: WordEntry =
        WordEntry { flags: flag::ORG, by_lang: [flag::ORG; 3], cues: [None; 3], word: "", month: 0 };
    if let Some(e) = build::word_table().get(w) {
        return e;
    }
    match suffix_flags(w) {
        flag::ROLE => &UNLISTED_ROLE,
        flag::ORG => &UNLISTED_ORG,
        _ => &UNLISTED,
    }
}

/// Looks a word in any case up ([`lookup`] of its lowercase form); a short ASCII word is
/// lowercased on the stack, without a string.
pub fn lookup_any_case(w: &str) -> &'static WordEntry {
    let b = w.as_bytes();
    if b.len() <= 32 && b.is_ascii() {
        let mut buf = [0u8; 32];
        let lower = &mut buf[..b.len()];
        lower.copy_from_slice(b);
        lower.make_ascii_lowercase();
        return lookup_lower_bytes(lower);
    }
    lookup(&lowercase(w))
}

/// The class flags of a word in any case.
pub fn flags_of(w: &str) -> u64 {
    lookup_any_case(w).flags
}

/// The class flags of a word as compared without regard to ASCII case only: a word with other
/// capitals (“À”) matches no listed word.
pub fn flags_ascii_case(w: &str) -> u64 {
    if w.is_ascii() { lookup_any_case(w).flags } else { lookup(&w.to_ascii_lowercase()).flags }
}

/// The class flags of a lowercase word in a document of language `lang`.
pub fn flags_in(w: &str, lang: Lang) -> u64 {
    lookup(w).by_lang[lang as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_hasher_reads_each_eight_bytes_as_a_little_endian_number() {
        use std::hash::Hasher;
        // (the definition: each chunk of up to 8 bytes zero-padded, mixed in turn)
        let reference = |bytes: &[u8]| {
            let mut h = 0u64;
            for chunk in bytes.chunks(8) {
                let mut buf = [0u8; 8];
                buf[..chunk.len()].copy_from_slice(chunk);
                h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            }
            h
        };
        for text in ["", "a", "minister", "spokeswoman", "spokespersonship", "Bundesgesundheitsministerin", "é’«"] {
            let mut h = WordHasher::default();
            h.write(text.as_bytes());
            assert_eq!(h.0, reference(text.as_bytes()), "{text}");
        }
        // (numbers as the bytes the default methods would write)
        let (mut a, mut b) = (WordHasher::default(), WordHasher::default());
        a.write_u8(7);
        a.write_usize(300);
        b.write(&[7]);
        b.write(&300usize.to_ne_bytes());
        assert_eq!(a.0, b.0);
    }

    #[test]
    fn an_office_abbreviation_names_its_office() {
        assert_eq!(office_of_title("sen"), Some("senator"));
        assert_eq!(office_of_title("gov"), Some("governor"));
        assert_eq!(office_of_title("mr"), None);
    }

    #[test]
    fn a_first_name_gives_a_gender_and_no_name_gives_both() {
        assert_eq!(first_name_gender("Eleanor"), flag::FEMALE);
        assert_eq!(first_name_gender("jens"), flag::MALE);
        assert_eq!(first_name_gender("Andrea"), 0);
        // (names of English, German and French news alike, accents kept)
        for (name, gender) in
            [("Dorothy", flag::FEMALE), ("Bärbel", flag::FEMALE), ("Gareth", flag::MALE), ("Clément", flag::MALE)]
        {
            assert_eq!(first_name_gender(name), gender, "{name}");
        }
        // (no word or place that a capital opens: “Carol”, “Tyrone”, “Clare”)
        for word in ["Carol", "Tyrone", "Clare", "Will", "May"] {
            assert_eq!(first_name_gender(word), 0, "{word}");
        }
        let read = |text: &'static str| list::entries(text).map(|e| e.head).collect::<Vec<_>>();
        let male = read(build::MALE_FIRST_NAMES);
        assert!(read(build::FEMALE_FIRST_NAMES).iter().all(|f| male.binary_search(f).is_err()));
    }

    #[test]
    fn english_forms_are_generated() {
        for w in [
            "said",
            "says",
            "saying",
            "added",
            "adding",
            "snapped",
            "snapping",
            "testified",
            "argued",
            "arguing",
            "told",
            "acknowledging",
            "insisted",
            "vowed",
            "replied",
        ] {
            assert!(cue(w, Lang::En).is_some(), "{w}");
        }
        assert_eq!(cue("saying", Lang::En).map(|c| c.kind), Some(CueKind::Participle));
        assert_eq!(cue("called", Lang::En).map(|c| c.kind), Some(CueKind::Label));
        assert!(cue("statement", Lang::En).is_none());
        assert!(cue("state", Lang::En).is_none());
    }

    #[test]
    fn german_and_french_cues() {
        assert_eq!(cue("sagt", Lang::De).map(|c| c.lemma), Some("sagen"));
        assert_eq!(cue("laut", Lang::De).map(|c| c.kind), Some(CueKind::SourcePrefix));
        assert_eq!(cue("zufolge", Lang::De).map(|c| c.kind), Some(CueKind::SourceSuffix));
        assert_eq!(cue("estimé", Lang::Fr).map(|c| c.lemma), Some("estimer"));
        assert_eq!(cue("selon", Lang::Fr).map(|c| c.kind), Some(CueKind::SourcePrefix));
        assert_eq!(cue("d’", Lang::Fr).and_then(|c| c.continuation()), Some("après"));
        assert!(cue("nach", Lang::De).is_some_and(|c| c.has(cue_trait::NOUN)));
    }

    #[test]
    fn pronouns_and_possessives_hold_per_language() {
        assert_eq!(PronounKind::of(flags_in("sie", Lang::De)), Some(PronounKind::Person));
        assert_eq!(PronounKind::of(flags_in("sie", Lang::En)), None);
        assert_eq!(PronounKind::of(flags_in("they", Lang::En)), Some(PronounKind::Group));
        assert_eq!(PronounKind::of(flags_in("elles", Lang::Fr)), Some(PronounKind::Group));
        assert_eq!(PronounKind::of(flags_in("es", Lang::De)), Some(PronounKind::Org));
        // French “a” is the auxiliary of “a déclaré”, elsewhere an article
        assert!(flags_in("a", Lang::En) & flag::POSSESSIVE != 0 && flags_in("a", Lang::Fr) & flag::POSSESSIVE == 0);
        assert!(flags_in("his", Lang::Fr) & flag::POSSESSIVE != 0);
    }

    /// Regression: the French auxiliaries held in every language, so that the English article
    /// “a” was an auxiliary and “The manager of a club, who …, said” found no subject.
    #[test]
    fn the_french_auxiliary_a_is_no_english_auxiliary() {
        assert!(flags_in("a", Lang::Fr) & flag::AUX != 0);
        assert!(flags_in("a", Lang::En) & flag::AUX == 0 && flags_in("a", Lang::De) & flag::AUX == 0);
        assert!(flags_in("hat", Lang::De) & flag::AUX != 0);
    }

    #[test]
    fn ascii_case_lookup_keeps_other_capitals() {
        assert!(flags_ascii_case("MR") & flag::COURTESY != 0);
        assert!(flags_ascii_case("L’") & flag::LEAD_PARTICLE != 0);
        assert!(flags_ascii_case("À") & flag::LEAD_PARTICLE == 0 && flags_of("À") & flag::LEAD_PARTICLE != 0);
    }

    #[test]
    fn german_local_offices_and_trades_are_roles_by_their_ending() {
        // (compounds of an office or trade: no such word is listed whole)
        for w in ["ortsvorsteherin", "bezirksvorsteher", "stadträtin", "intensivpflegerin", "chefvolkswirt", "rektor"]
        {
            assert!(lookup(w).flags & flag::ROLE != 0, "{w}");
        }
        // (the works council itself is a body, not a role: „der Betriebsrat“)
        assert_eq!(lookup("betriebsrat").flags & flag::ROLE, 0);
    }

    #[test]
    fn a_compound_first_name_takes_the_gender_of_its_head() {
        assert!(COMPOUND_FIRST_NAME_HEADS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(first_name_gender("Jean-Baptiste"), flag::MALE);
        assert_eq!(first_name_gender("Marie-Hélène"), flag::FEMALE);
        assert_eq!(first_name_gender("Klaus-Dieter"), flag::MALE);
        // (a double surname is none, nor a head before a number)
        assert_eq!(first_name_gender("Demir-Schäfer"), 0);
        assert_eq!(first_name_gender("Jean-2"), 0);
    }

    #[test]
    fn two_word_source_markers_name_their_second_word() {
        assert_eq!(cue("according", Lang::En).and_then(|c| c.continuation()), Some("to"));
        assert_eq!(cue("laut", Lang::De).and_then(|c| c.continuation()), None);
    }

    #[test]
    fn language_detection() {
        assert_eq!(detect_lang("The minister said that the plan is good and the talks go on."), Lang::En);
        assert_eq!(detect_lang("Die Ministerin sagte, dass die Pläne nicht gut sind und das ist klar."), Lang::De);
        assert_eq!(
            detect_lang("La ministre a déclaré que les plans sont bons et une décision est prise dans la nuit."),
            Lang::Fr
        );
    }
}
