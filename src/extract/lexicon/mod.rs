//! Word knowledge for English, German and French: speech cues, pronouns, determiners, role
//! words and the other word classes the rules ask about.
//!
//! The words are data: one list per class and language under `words/` (see [`list`] for the
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
}

/// Looks a lowercase word up in the cue lexicon of `lang`.
pub fn cue(word_lower: &str, lang: Lang) -> Option<CueWord> {
    build::cues().by_lang[lang as usize].get(word_lower).copied()
}

/// Whether a word (as UTF-8 bytes) ends like a role compound (“Wahlkampfleiter”, “Parteichef”):
/// a word longer than six bytes that ends in one of the listed role endings.
pub fn role_suffix_bytes(b: &[u8]) -> bool {
    if b.len() <= 6 {
        return false;
    }
    let suffixes = build::role_suffixes();
    let k = build::tail_bit(b);
    suffixes.tails[k / 64] & (1 << (k % 64)) != 0 && suffixes.list.iter().any(|s| b.ends_with(s))
}

/// The number of a month (1 to 12) named by a lowercase word (“march”, “märz”, “sept”).
pub fn month(w: &str) -> Option<u32> {
    let m = lookup(w).month;
    (m != 0).then_some(u32::from(m))
}

/// Personal pronouns that can be speakers, with what they refer to.
pub fn pronoun(w: &str, lang: Lang) -> Option<PronounKind> {
    use PronounKind::{Group, Org, Person};
    match (lang, w) {
        (Lang::En, "he" | "she") | (Lang::De, "er") | (Lang::Fr, "il" | "elle") => Some(Person),
        (Lang::En, "it") | (Lang::De, "es") => Some(Org),
        (Lang::En, "they") | (Lang::Fr, "ils" | "elles") => Some(Group),
        (Lang::De, "sie") => Some(Person),
        _ => None,
    }
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

/// Indefinite determiners: the phrase describes an unnamed speaker.
pub fn is_indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "ein" | "eine" | "einer" | "eines" | "einen" | "un" | "une" | "another" | "one")
}

/// Guesses the language of a text from counts of frequent function words.
pub fn detect_lang(text: &str) -> Lang {
    let (mut en, mut de, mut fr) = (0u32, 0u32, 0u32);
    // ASCII words only (every cue word below is ASCII): no decoding, no allocation
    let head = &text.as_bytes()[..text.len().min(3000)];
    let (mut at, mut counted) = (0, 0);
    while at < head.len() && counted < 300 {
        // the next run of ASCII letters; words of 2 to 5 letters count
        while at < head.len() && !head[at].is_ascii_alphabetic() {
            at += 1;
        }
        let start = at;
        while at < head.len() && head[at].is_ascii_alphabetic() {
            at += 1;
        }
        let w = &head[start..at];
        if !(2..=5).contains(&w.len()) {
            continue;
        }
        counted += 1;
        match w {
            b"the" | b"and" | b"of" | b"said" | b"to" | b"is" | b"that" | b"The" => en += 1,
            b"der" | b"die" | b"und" | b"das" | b"nicht" | b"ist" | b"dass" | b"sich" | b"Der" | b"Die" | b"Das" => {
                de += 1;
            }
            b"le" | b"la" | b"les" | b"et" | b"des" | b"est" | b"une" | b"dans" | b"que" | b"du" | b"pas" | b"au"
            | b"sur" | b"Le" | b"La" | b"Les" => fr += 1,
            _ => {}
        }
    }
    if de > en && de >= fr {
        Lang::De
    } else if fr > en && fr > de {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// Bit flags of a word's classes: listed words have them in the word table (see [`lookup`]).
/// Each flag belongs to one list under `words/`.
pub mod flag {
    /// Function words, capitalised only because they open a sentence (`any/function_words.txt`).
    pub const FUNC: u32 = 1;
    /// Determiners and articles (`any/determiners.txt`).
    pub const DET: u32 = 1 << 1;
    /// A role word (`any/role_words.txt`) or a compound ending in a role (`any/role_suffixes.txt`).
    pub const ROLE: u32 = 1 << 2;
    /// Words that make a name an organisation (`any/org_words.txt`).
    pub const ORG: u32 = 1 << 3;
    /// Day, month and time words (`any/time_words.txt`, `any/months.txt`).
    pub const TIME: u32 = 1 << 4;
    /// Prepositions (`any/prepositions.txt`).
    pub const PREP: u32 = 1 << 5;
    /// Auxiliaries and adverbs between a speaker and the cue (`any/aux_adverbs.txt`).
    pub const AUX: u32 = 1 << 6;
    /// Negations of a cue (`any/negations.txt`).
    pub const NEG: u32 = 1 << 7;
    /// Lowercase modifiers of a role phrase (`any/role_modifiers.txt`).
    pub const MODIFIER: u32 = 1 << 8;
    /// Complementisers (`any/complementizers.txt`).
    pub const COMPL: u32 = 1 << 9;
    /// Question words (`any/wh_words.txt`).
    pub const WH: u32 = 1 << 10;
    /// Genitive particles (`any/genitive_particles.txt`).
    pub const PARTICLE_OF: u32 = 1 << 11;
}

/// A small multiplicative hasher for short word keys (`SipHash` is needlessly slow here).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

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
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

/// What the lexicon knows about a lowercase word: its class flags and the cue it is per language.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordEntry {
    /// Class flags ([`flag`]).
    pub flags: u32,
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

/// Looks a lowercase word up: its class flags and cues. Words in no list get only the role
/// flag that compound endings give ("Wahlkampfleiter").
pub fn lookup(w: &str) -> &'static WordEntry {
    lookup_lower_bytes(w.as_bytes())
}

/// [`lookup`] of the UTF-8 bytes of a lowercase word.
pub fn lookup_lower_bytes(w: &[u8]) -> &'static WordEntry {
    static UNLISTED: WordEntry = WordEntry { flags: 0, cues: [None; 3], word: "", month: 0 };
    static UNLISTED_ROLE: WordEntry = WordEntry { flags: flag::ROLE, cues: [None; 3], word: "", month: 0 };
    if let Some(e) = build::word_table().get(w) {
        return e;
    }
    if role_suffix_bytes(w) { &UNLISTED_ROLE } else { &UNLISTED }
}

/// Looks a word in any case up ([`lookup`] of its lowercase form); a short ASCII word is
/// lowercased on the stack, without a string.
pub fn lookup_any_case(w: &str) -> &'static WordEntry {
    let b = w.as_bytes();
    if b.len() <= 32 && b.is_ascii() {
        let mut buf = [0u8; 32];
        for (d, c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        return lookup_lower_bytes(&buf[..b.len()]);
    }
    lookup(&lowercase(w))
}

/// The class flags of a word in any case.
pub fn flags_of(w: &str) -> u32 {
    lookup_any_case(w).flags
}

/// The class flags of a lowercase word.
pub fn word_flags(w: &str) -> u32 {
    lookup(w).flags
}

/// Whether the lowercase word `w` has the class `bit` ([`flag`]).
pub fn has_flag(w: &str, bit: u32) -> bool {
    word_flags(w) & bit != 0
}

#[cfg(test)]
mod tests {
    use super::*;

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
