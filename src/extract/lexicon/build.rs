//! Building the word table from the word lists under `words/` (read into the program with
//! `include_str!`): the class of every listed word, and the cue every form of a cue verb is.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::list::{Entry, entries};
use super::table::WordTable;
use super::{CueKind, CueWord, Lang, WordEntry, cue_trait, flag};

/// A word list and the class flag its words get.
pub(super) struct ClassList {
    /// Path under `words/`, for the tests' messages.
    #[cfg_attr(not(test), expect(dead_code, reason = "read by the tests of the lists"))]
    pub path: &'static str,
    /// The text of the list.
    pub text: &'static str,
    /// The flag of its words.
    pub flag: u64,
    /// The language the list holds for, or `None` for every language.
    pub lang: Option<Lang>,
}

/// The class lists, each as `(directory, list name, flag, language it holds in or None)`: the
/// list's text is `words/DIRECTORY/NAME.txt`.
macro_rules! class_lists {
    ($(($dir:ident, $base:ident, $flag:expr, $lang:expr)),* $(,)?) => {
        &[$(ClassList {
            path: concat!(stringify!($dir), "/", stringify!($base), ".txt"),
            text: include_str!(concat!("words/", stringify!($dir), "/", stringify!($base), ".txt")),
            flag: $flag,
            lang: $lang,
        }),*]
    };
}

/// The lists whose words all get one class flag. A list's directory names the language of its
/// words (`any/` for words shared by the languages); a list holds in documents of every
/// language unless it names one, as the pronouns, German Konjunktiv I and French elisions do.
pub(super) const CLASS_LISTS: &[ClassList] = class_lists![
    (en, function_words, flag::FUNC, None),
    (de, function_words, flag::FUNC, None),
    (fr, function_words, flag::FUNC, None),
    (en, determiners, flag::DET, None),
    (de, determiners, flag::DET, None),
    (fr, determiners, flag::DET, None),
    (en, role_words, flag::ROLE, None),
    (de, role_words, flag::ROLE, None),
    (fr, role_words, flag::ROLE, None),
    (en, org_words, flag::ORG, None),
    (de, org_words, flag::ORG, None),
    (fr, org_words, flag::ORG, None),
    (en, time_words, flag::TIME, None),
    (de, time_words, flag::TIME, None),
    (fr, time_words, flag::TIME, None),
    (en, prepositions, flag::PREP, None),
    (de, prepositions, flag::PREP, None),
    (fr, prepositions, flag::PREP, None),
    (en, aux_adverbs, flag::AUX, None),
    (de, aux_adverbs, flag::AUX, None),
    (fr, aux_adverbs, flag::AUX, Some(Lang::Fr)),
    (en, negations, flag::NEG, None),
    (de, negations, flag::NEG, None),
    (fr, negations, flag::NEG, None),
    (en, role_modifiers, flag::MODIFIER, None),
    (fr, role_modifiers, flag::MODIFIER, None),
    (en, complementizers, flag::COMPL, None),
    (de, complementizers, flag::COMPL, None),
    (fr, complementizers, flag::COMPL, None),
    (en, wh_words, flag::WH, None),
    (de, wh_words, flag::WH, None),
    (fr, wh_words, flag::WH, None),
    (any, genitive_particles, flag::PARTICLE_OF, None),
    (en, months, 0, None),
    (de, months, 0, None),
    (fr, months, 0, None),
    (en, fragment_markers, flag::FRAGMENT, None),
    (de, fragment_markers, flag::FRAGMENT, None),
    (fr, fragment_markers, flag::FRAGMENT, None),
    (en, clause_openers, flag::CLAUSE_OPENER, None),
    (de, clause_openers, flag::CLAUSE_OPENER, None),
    (fr, clause_openers, flag::CLAUSE_OPENER, None),
    (en, plural_non_speakers, flag::NON_SPEAKER, None),
    (en, plain_determiners, flag::PLAIN_DET, None),
    (en, role_complements, flag::ROLE_COMPLEMENT, None),
    (fr, role_complements, flag::ROLE_COMPLEMENT, None),
    (en, indefinites, flag::INDEF, None),
    (de, indefinites, flag::INDEF, None),
    (fr, indefinites, flag::INDEF, None),
    (en, perfect_auxiliaries, flag::PERFECT_AUX, None),
    (de, perfect_auxiliaries, flag::PERFECT_AUX, None),
    (fr, perfect_auxiliaries, flag::PERFECT_AUX, None),
    (en, source_links, flag::SOURCE_LINK, None),
    (en, time_leads, flag::TIME_LEAD, None),
    (de, time_leads, flag::TIME_LEAD, None),
    (fr, time_leads, flag::TIME_LEAD, None),
    (en, time_adverbs, flag::TIME_ADVERB, None),
    (en, possessives, flag::POSSESSIVE, None),
    (de, possessives, flag::POSSESSIVE, None),
    (fr, possessives, flag::POSSESSIVE, None),
    (en, passive_auxiliaries, flag::PASSIVE_AUX, None),
    (de, passive_auxiliaries, flag::PASSIVE_AUX, None),
    (fr, passive_auxiliaries, flag::PASSIVE_AUX, None),
    (en, quoting_verbs, flag::QUOTING, None),
    (de, quoting_verbs, flag::QUOTING, None),
    (en, conjunctions, flag::CONJ, None),
    (de, conjunctions, flag::CONJ, None),
    (fr, conjunctions, flag::CONJ, None),
    (en, relative_pronouns, flag::RELATIVE, None),
    (fr, relative_pronouns, flag::RELATIVE, None),
    (en, comparisons, flag::COMPARISON, None),
    (de, comparisons, flag::COMPARISON, None),
    (fr, comparisons, flag::COMPARISON, None),
    (en, audiences, flag::AUDIENCE, None),
    (en, clause_breaks, flag::CLAUSE_BREAK, None),
    (en, finite_verb_markers, flag::FINITE, None),
    (fr, finite_verb_markers, flag::FINITE, Some(Lang::Fr)),
    (any, courtesy_titles, flag::COURTESY, None),
    (any, address_titles, flag::ADDRESS, None),
    (any, questioner_labels, flag::QUESTIONER, None),
    (de, subordinators, flag::SUBORDINATOR, Some(Lang::De)),
    (de, source_nouns, flag::SOURCE_NOUN, Some(Lang::De)),
    (de, genitive_articles, flag::GENITIVE_ART, Some(Lang::De)),
    (de, self_references, flag::SELF_REF, Some(Lang::De)),
    (de, quote_sources, flag::QUOTE_SOURCE, Some(Lang::De)),
    (de, back_references, flag::BACK_REF, Some(Lang::De)),
    (fr, subordinators, flag::SUBORDINATOR, Some(Lang::Fr)),
    (any, abbreviations, flag::ABBREV, None),
    (any, name_particles, flag::NAME_PARTICLE, None),
    (any, leading_particles, flag::LEAD_PARTICLE, None),
    (en, group_nouns, flag::GROUP_NOUN, None),
    (de, group_nouns, flag::GROUP_NOUN, None),
    (fr, group_nouns, flag::GROUP_NOUN, None),
    (en, speech_nouns, flag::SPEECH_NOUN, Some(Lang::En)),
    (de, speech_nouns, flag::SPEECH_NOUN, Some(Lang::De)),
    (en, org_descriptors, flag::ORG_DESCRIPTOR, None),
    (de, org_descriptors, flag::ORG_DESCRIPTOR, None),
    (fr, org_descriptors, flag::ORG_DESCRIPTOR, None),
    (en, attribution_tails, flag::TAIL_CUE, Some(Lang::En)),
    (de, attribution_tails, flag::TAIL_CUE, Some(Lang::De)),
    (fr, attribution_tails, flag::TAIL_CUE, Some(Lang::Fr)),
    (en, circumstance_prepositions, flag::CIRCUMSTANCE, Some(Lang::En)),
    (en, pronouns, 0, Some(Lang::En)),
    (de, pronouns, 0, Some(Lang::De)),
    (fr, pronouns, 0, Some(Lang::Fr)),
    (de, konjunktiv, flag::KONJ, Some(Lang::De)),
    (de, object_markers, flag::OBJECT_MARKER, Some(Lang::De)),
    (de, accusatives, flag::ACCUSATIVE, Some(Lang::De)),
    (fr, elisions, flag::ELISION, Some(Lang::Fr)),
];

/// The words that mark a text's language, per language.
pub(super) const LANGUAGE_MARKERS: [(&str, Lang); 3] = [
    (include_str!("words/en/language_markers.txt"), Lang::En),
    (include_str!("words/de/language_markers.txt"), Lang::De),
    (include_str!("words/fr/language_markers.txt"), Lang::Fr),
];

/// English verbs of saying, as lemmas with their frames.
pub(super) const EN_CUE_VERBS: &str = include_str!("words/en/cue_verbs.txt");
/// English verbs that characterise: cues of quotes only.
pub(super) const EN_LABEL_VERBS: &str = include_str!("words/en/label_verbs.txt");
/// Forms of English cue verbs that the rules do not make.
pub(super) const EN_IRREGULAR: &str = include_str!("words/en/irregular.txt");
/// Forms of English cue verbs that are never cues.
pub(super) const EN_NOT_CUES: &str = include_str!("words/en/not_cues.txt");
/// English source markers.
pub(super) const EN_SOURCES: &str = include_str!("words/en/sources.txt");
/// German endings of abstract nouns.
pub(super) const DE_ABSTRACT_ENDINGS: &str = include_str!("words/de/abstract_endings.txt");
/// Endings of French feminine role nouns.
pub(super) const FR_FEMININE_ENDINGS: &str = include_str!("words/fr/feminine_endings.txt");
/// Titles of address and office abbreviations before a name.
pub(super) const COURTESY_TITLES: &str = include_str!("words/any/courtesy_titles.txt");
/// First names of women.
pub(super) const FEMALE_FIRST_NAMES: &str = include_str!("words/any/female_first_names.txt");
/// First names of men.
pub(super) const MALE_FIRST_NAMES: &str = include_str!("words/any/male_first_names.txt");
/// German cues with their forms.
pub(super) const DE_CUES: &str = include_str!("words/de/cues.txt");
/// French cues with their forms.
pub(super) const FR_CUES: &str = include_str!("words/fr/cues.txt");
/// Endings of role compounds, per language.
pub(super) const ROLE_SUFFIXES: [&str; 3] = [
    include_str!("words/en/role_suffixes.txt"),
    include_str!("words/de/role_suffixes.txt"),
    include_str!("words/fr/role_suffixes.txt"),
];
/// Endings of German organisation compounds (“Gesundheitsministerium”, “Nasser-Krankenhaus”).
pub(super) const ORG_SUFFIXES: [&str; 1] = [include_str!("words/de/org_suffixes.txt")];

/// The marks of a list entry that set a class flag of its word (`+time` in the list of months).
fn class_flag(mark: &str) -> u64 {
    match mark {
        "function" => flag::FUNC,
        "time" => flag::TIME,
        "abbreviation" => flag::ABBREV,
        "numbered" => flag::ABBREV | flag::NUMBERED,
        "person" => flag::PRON_PERSON,
        "org" => flag::PRON_ORG,
        "group" => flag::PRON_GROUP,
        "joins" => flag::ROLE_JOIN,
        "female" => flag::FEMALE,
        "male" => flag::MALE,
        _ => 0,
    }
}

/// The languages a list entry holds in: the list's language, else those named by `only=`
/// (`only=en,de`), else every language (`None`).
fn entry_langs(e: &Entry, list: Option<Lang>) -> Option<[bool; 3]> {
    if let Some(lang) = list {
        let mut v = [false; 3];
        v[lang as usize] = true;
        return Some(v);
    }
    let only = e.value("only")?;
    let mut v = [false; 3];
    for code in only.split(',') {
        for (lang, name) in [(Lang::En, "en"), (Lang::De, "de"), (Lang::Fr, "fr")] {
            if code == name {
                v[lang as usize] = true;
            }
        }
    }
    Some(v)
}

/// The words that mark a text's language (`+capital`: also capitalised), built once, by their
/// [`super::short_word_key`]: only words of 2 to 5 letters are looked up.
pub(super) fn language_markers() -> &'static super::FastMap<u64, Lang> {
    static M: OnceLock<super::FastMap<u64, Lang>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = super::FastMap::default();
        for (text, lang) in LANGUAGE_MARKERS {
            for e in entries(text).filter(|e| (2..=5).contains(&e.head.len())) {
                m.insert(super::short_word_key(e.head.as_bytes()), lang);
                if e.has("capital") {
                    let mut cap = e.head.to_owned();
                    cap[..1].make_ascii_uppercase();
                    m.insert(super::short_word_key(cap.as_bytes()), lang);
                }
            }
        }
        m
    })
}

/// The cue traits that an entry's marks give.
fn traits(e: &Entry) -> u8 {
    let mut t = 0;
    for mark in e.marks() {
        t |= match mark {
            "core" => cue_trait::CORE,
            "object" => cue_trait::OBJECT,
            "not-to" => cue_trait::NOT_TO,
            "to-clause" => cue_trait::TO_CLAUSE,
            "ambiguous" => cue_trait::AMBIGUOUS,
            "noun" => cue_trait::NOUN,
            "anaphoric" => cue_trait::ANAPHORIC,
            "initial" => cue_trait::INITIAL,
            _ => 0,
        };
    }
    t
}

/// The regular forms of an English verb: lemma, third person, past, gerund; a verb marked
/// `+double` also gets the forms with its last consonant doubled.
pub(super) fn en_forms(lemma: &str, doubled: bool) -> Vec<String> {
    let mut v = vec![lemma.to_owned()];
    let b = lemma;
    let y_stem = b.ends_with('y') && !b.ends_with("ay") && !b.ends_with("ey");
    // third person
    if y_stem {
        v.push(format!("{}ies", &b[..b.len() - 1]));
    } else if b.ends_with("sh") || b.ends_with("ch") || b.ends_with("ss") || b.ends_with('x') {
        v.push(format!("{b}es"));
    } else {
        v.push(format!("{b}s"));
    }
    // past and gerund
    if b.ends_with('e') {
        v.push(format!("{b}d"));
        v.push(format!("{}ing", b.strip_suffix('e').unwrap_or(b)));
    } else if y_stem {
        v.push(format!("{}ied", &b[..b.len() - 1]));
        v.push(format!("{b}ing"));
    } else if doubled {
        let last = b.chars().last().unwrap_or('x');
        v.push(format!("{b}{last}ed"));
        v.push(format!("{b}{last}ing"));
        v.push(format!("{b}ed"));
        v.push(format!("{b}ing"));
    } else {
        v.push(format!("{b}ed"));
        v.push(format!("{b}ing"));
    }
    v
}

/// The cue forms of each language.
pub(super) struct Cues {
    /// Form -> cue, indexed by [`Lang`].
    pub by_lang: [HashMap<&'static str, CueWord>; 3],
    /// German finite forms that every lemma they belong to separates from its prefix („teilte“
    /// of „mitteilen“, „hielt“ of „festhalten“ and „vorhalten“) -> those prefixes.
    pub de_particles: HashMap<&'static str, Vec<&'static str>>,
}

/// Separable prefixes of German verbs (sorted): a finite form in a main clause leaves its
/// prefix at the clause's end („teilte … mit“, „stellte klar“, „wies … zurück“). Inseparable
/// prefixes (be-, er-, ver-, über-, unter-, wider-) stay out.
pub(super) const DE_SEPARABLE_PREFIXES: [&str; 25] = [
    "ab",
    "an",
    "auf",
    "aus",
    "bei",
    "bekannt",
    "dagegen",
    "dar",
    "ein",
    "entgegen",
    "fest",
    "fort",
    "gegenüber",
    "heraus",
    "hervor",
    "hin",
    "hinzu",
    "klar",
    "kund",
    "mit",
    "nach",
    "vor",
    "weg",
    "zu",
    "zurück",
];

/// The separable prefix of a German lemma: the longest that leaves a verb of its own (“hinzu”
/// of „hinzufügen“, not “hin”), None for a lemma without one or of two words.
fn separable_prefix(lemma: &'static str) -> Option<&'static str> {
    if lemma.contains(' ') {
        return None;
    }
    DE_SEPARABLE_PREFIXES
        .iter()
        .filter(|pre| lemma.starts_with(**pre) && lemma.len() >= pre.len() + 4)
        .max_by_key(|pre| pre.len())
        .copied()
}

/// The German verb forms whose every lemma separates from its prefix, with those prefixes: a
/// listed form that lacks the prefix (“teilte” of „mitteilen“) is finite, and cues only with
/// the prefix after it. A form with a lemma of no prefix („rief“ of „rufen“) needs none.
fn de_particles(text: &'static str) -> HashMap<&'static str, Vec<&'static str>> {
    let mut out: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    let mut free: Vec<&'static str> = Vec::new();
    for e in entries(text).filter(|e| source_kind(e).is_none()) {
        let prefix = separable_prefix(e.head);
        for form in e.forms() {
            match prefix.filter(|pre| !form.starts_with(*pre)) {
                Some(pre) => out.entry(form).or_default().push(pre),
                None => free.push(form),
            }
        }
    }
    for form in free {
        out.remove(form);
    }
    out
}

/// The source marker kind an entry's marks give (`+before`, `+after`), if any.
fn source_kind(e: &Entry) -> Option<CueKind> {
    if e.has("before") {
        Some(CueKind::SourcePrefix)
    } else if e.has("after") {
        Some(CueKind::SourceSuffix)
    } else {
        None
    }
}

/// A form that lives as long as the program (the tables are built once).
fn keep(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The English cue forms: verbs and label verbs with their forms, less the forms that are never
/// cues, and the source markers.
fn english() -> HashMap<&'static str, CueWord> {
    let irregular: HashMap<&str, Entry> = entries(EN_IRREGULAR).map(|e| (e.head, e)).collect();
    let mut en: HashMap<&'static str, CueWord> = HashMap::new();
    for (text, label) in [(EN_CUE_VERBS, false), (EN_LABEL_VERBS, true)] {
        for e in entries(text) {
            let lemma = e.head;
            let forms: Vec<&'static str> = match irregular.get(lemma) {
                Some(irr) => irr.forms().collect(),
                None => en_forms(lemma, e.has("double")).into_iter().map(keep).collect(),
            };
            let one_ambiguous = e.value("ambiguous");
            for form in forms {
                let kind = if label {
                    CueKind::Label
                } else if form.ends_with("ing") {
                    CueKind::Participle
                } else {
                    CueKind::Verb
                };
                let mut t = traits(&e);
                if one_ambiguous == Some(form) {
                    t |= cue_trait::AMBIGUOUS;
                }
                en.entry(form).or_insert(CueWord { kind, lemma, traits: t });
            }
        }
    }
    // forms marked +ambiguous stay cues where a verb's context shows them (“reports that”)
    for e in entries(EN_NOT_CUES) {
        if e.has("ambiguous") {
            if let Some(c) = en.get_mut(e.head) {
                c.traits |= cue_trait::AMBIGUOUS;
            }
        } else {
            en.remove(e.head);
        }
    }
    add_listed(&mut en, EN_SOURCES, Lang::En);
    en
}

/// Adds the cues of a list of `lemma: forms` entries (verbs, or source markers when marked so).
/// French present participles of cue verbs ("précisant", "ajoutant") are participle cues: the
/// speaker is the sentence's, before them.
fn add_listed(map: &mut HashMap<&'static str, CueWord>, text: &'static str, lang: Lang) {
    // +label: a verb that characterises (“bezeichnete … als „…““): a cue of quotes only
    let verb_kind = |e: &Entry| if e.has("label") { CueKind::Label } else { CueKind::Verb };
    for e in entries(text) {
        let kind = source_kind(&e).unwrap_or_else(|| verb_kind(&e));
        let traits = traits(&e);
        for form in e.forms() {
            let participle = kind == CueKind::Verb && lang == Lang::Fr && form.ends_with("ant");
            let kind = if participle { CueKind::Participle } else { kind };
            // (a form of a separable lemma keeps it over a plain one: „rief“ is „aufrufen“ for
            // the particle after it, „rufen“ otherwise, lexicon::de_particles)
            let separable = |c: &CueWord| lang == Lang::De && separable_prefix(c.lemma).is_some();
            if map.get(form).is_some_and(separable) && separable_prefix(e.head).is_none() {
                continue;
            }
            map.insert(form, CueWord { kind, lemma: e.head, traits });
        }
    }
    // German and French plural forms by rule, where no listed form has them already
    for e in entries(text).filter(|e| lang != Lang::En && source_kind(e).is_none()) {
        for form in e.forms() {
            if let Some(plural) = plural_form(form, lang == Lang::Fr) {
                map.entry(keep(plural)).or_insert(CueWord { kind: verb_kind(&e), lemma: e.head, traits: traits(&e) });
            }
        }
        // the French imperfect, the tense of reported speech (“il accusait”, “ils estimaient”),
        // and the past participle agreeing with its subject (“elle s'est félicitée”)
        if lang == Lang::Fr {
            let reflexive = FR_REFLEXIVE_CUES.binary_search(&e.head).is_ok();
            let agreed: Vec<String> = e.forms().filter(|_| reflexive).flat_map(agreed_participles).collect();
            for form in imparfait_forms(e.head).into_iter().chain(agreed) {
                map.entry(keep(form)).or_insert(CueWord { kind: verb_kind(&e), lemma: e.head, traits: traits(&e) });
            }
        }
    }
}

/// French cue lemmas used as reflexive verbs, whose past participle agrees with the subject
/// after « être » (« elle s'est félicitée », « ils se sont déclarés »), sorted. Other verbs take
/// « avoir », and their agreeing forms are mostly adjectives (« les économies avancées »).
const FR_REFLEXIVE_CUES: [&str; 8] =
    ["alarmer", "déclarer", "emporter", "féliciter", "indigner", "inquiéter", "insurger", "étonner"];

/// The forms of a French past participle in “-é” that agree with a feminine or plural subject,
/// by rule: “félicité” → “félicitée”, “félicités”, “félicitées” (after “s'est”, “se sont”, “a
/// été”); none for other forms (not “dit”, whose “dite” is mostly “so-called”).
pub(super) fn agreed_participles(form: &str) -> Vec<String> {
    if form.contains(' ') || !form.ends_with('é') || form.chars().count() < 4 {
        return Vec::new();
    }
    vec![format!("{form}e"), format!("{form}s"), format!("{form}es")]
}

/// The imperfect of a French infinitive, third person singular and plural, by rule: “accuser”
/// → “accusait”, “accusaient” (“annoncer” → “annonçait”, “juger” → “jugeait”, “répondre” →
/// “répondait”, “dire” → “disait”, “écrire” → “écrivait”); none for other verbs.
pub(super) fn imparfait_forms(lemma: &str) -> Vec<String> {
    let stem = match lemma {
        "dire" => "dis".to_owned(),
        "écrire" => "écriv".to_owned(),
        _ => {
            if let Some(s) = lemma.strip_suffix("cer") {
                format!("{s}ç")
            } else if let Some(s) = lemma.strip_suffix("ger") {
                format!("{s}ge")
            } else if let Some(s) =
                lemma.strip_suffix("er").or_else(|| lemma.strip_suffix("dre").map(|_| &lemma[..lemma.len() - 2]))
            {
                s.to_owned()
            } else {
                return Vec::new();
            }
        }
    };
    if stem.contains(' ') || stem.chars().count() < 2 {
        return Vec::new();
    }
    vec![format!("{stem}ait"), format!("{stem}aient")]
}

/// The third person plural of a listed singular form: German past tense “warnte” → “warnten”,
/// “schrieb” → “schrieben”; French present “dénonce” → “dénoncent”.
pub(super) fn plural_form(form: &str, french: bool) -> Option<String> {
    if form.contains(' ') {
        return None;
    }
    if french {
        return (form.ends_with('e') && form.chars().count() > 3).then(|| format!("{form}nt"));
    }
    if form.ends_with("te") {
        return Some(format!("{form}n"));
    }
    // strong past tenses end in neither “t” nor “e” nor “n” (“sprach”, “hob”, “verwies”)
    let last = form.chars().last()?;
    (form.chars().count() >= 3 && !matches!(last, 't' | 'e' | 'n')).then(|| format!("{form}en"))
}

/// The cue forms of English, German and French, built once.
pub(super) fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let mut de = HashMap::new();
        add_listed(&mut de, DE_CUES, Lang::De);
        let mut fr = HashMap::new();
        add_listed(&mut fr, FR_CUES, Lang::Fr);
        Cues { by_lang: [english(), de, fr], de_particles: de_particles(DE_CUES) }
    })
}

/// The endings of role compounds, with a bit per hashed ending of three bytes that rules most
/// words out before any ending is compared.
pub(super) struct Suffixes {
    /// The endings, as bytes, with their last three bytes as a number ([`tail3`]), sorted by
    /// it: a word is compared only with the endings that end as it does.
    pub list: Vec<(u32, &'static [u8])>,
    /// Bits of the hashed last three bytes of every ending ([`tail_bit`]).
    pub tails: [u64; 4],
}

/// The last three bytes of a word as a number, to compare endings at once.
pub(super) fn tail3(b: &[u8]) -> u32 {
    let n = b.len();
    u32::from(b[n - 3]) << 16 | u32::from(b[n - 2]) << 8 | u32::from(b[n - 1])
}

/// The bit of [`Suffixes::tails`] for a word of at least three bytes.
pub(super) fn tail_bit(b: &[u8]) -> usize {
    (tail3(b).wrapping_mul(0x9E37_79B1) >> 24) as usize
}

/// The role endings, built once.
pub(super) fn role_suffixes() -> &'static Suffixes {
    static R: OnceLock<Suffixes> = OnceLock::new();
    R.get_or_init(|| suffixes(&ROLE_SUFFIXES))
}

/// The organisation endings, built once.
pub(super) fn org_suffixes() -> &'static Suffixes {
    static R: OnceLock<Suffixes> = OnceLock::new();
    R.get_or_init(|| suffixes(&ORG_SUFFIXES))
}

/// The endings of some lists with the bits of their last three bytes.
fn suffixes(lists: &[&'static str]) -> Suffixes {
    // (endings shorter than three bytes could never match: a word is looked up by its last three)
    let mut list: Vec<(u32, &'static [u8])> = lists
        .iter()
        .flat_map(|text| entries(text))
        .map(|e| e.head.as_bytes())
        .filter(|s| s.len() >= 3)
        .map(|s| (tail3(s), s))
        .collect();
    list.sort_unstable();
    let mut tails = [0u64; 4];
    for (_, s) in &list {
        let k = tail_bit(s);
        tails[k / 64] |= 1 << (k % 64);
    }
    Suffixes { list, tails }
}

/// A listed word while the table is built.
#[derive(Default)]
struct Listed {
    word: &'static str,
    flags: u64,
    lang_flags: [u64; 3],
    month: u8,
}

/// Every listed word with its entry, built once. Small enough to stay in cache, so looking up a
/// word that is in no list costs one hash and a probe.
pub(super) fn word_table() -> &'static WordTable {
    static T: OnceLock<WordTable> = OnceLock::new();
    T.get_or_init(|| {
        let cues = cues();
        // every listed word with its flags (in every language, and per language) and month
        let mut words: Vec<Listed> = Vec::new();
        let mut index: HashMap<&'static str, usize> = HashMap::new();
        let mut at = |w: &'static str| {
            *index.entry(w).or_insert_with(|| {
                words.push(Listed { word: w, ..Listed::default() });
                words.len() - 1
            })
        };
        let mut listed = Vec::new();
        for list in CLASS_LISTS {
            for e in entries(list.text) {
                let flags = e.marks().fold(list.flag, |f, m| f | class_flag(m));
                let month = e.value("month").and_then(|m| m.parse().ok()).unwrap_or(0);
                listed.push((at(e.head), flags, entry_langs(&e, list.lang), month));
            }
        }
        for map in &cues.by_lang {
            let mut forms: Vec<&'static str> = map.keys().copied().collect();
            forms.sort_unstable();
            for w in forms {
                listed.push((at(w), 0, None, 0));
            }
        }
        for (i, flags, langs, month) in listed {
            let w = &mut words[i];
            match langs {
                None => w.flags |= flags,
                Some(langs) => {
                    for (l, on) in langs.iter().enumerate() {
                        if *on {
                            w.lang_flags[l] |= flags;
                        }
                    }
                }
            }
            w.month = w.month.max(month);
        }
        let mut table = WordTable::with_capacity(words.len());
        for w in words {
            let role = super::suffix_flags(w.word.as_bytes());
            let flags = w.flags | role;
            let lang_cue = |lang: Lang| cues.by_lang[lang as usize].get(w.word);
            table.insert(WordEntry {
                flags,
                by_lang: w.lang_flags.map(|f| f | flags),
                cues: [lang_cue(Lang::En), lang_cue(Lang::De), lang_cue(Lang::Fr)],
                word: w.word,
                month: w.month,
            });
        }
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list with its path; `multiword` lists may have lemmas of several words.
    fn all_lists() -> Vec<(&'static str, &'static str, bool)> {
        let mut v: Vec<(&str, &str, bool)> = CLASS_LISTS.iter().map(|l| (l.path, l.text, false)).collect();
        v.extend([
            ("en/cue_verbs.txt", EN_CUE_VERBS, false),
            ("en/label_verbs.txt", EN_LABEL_VERBS, false),
            ("en/irregular.txt", EN_IRREGULAR, false),
            ("en/not_cues.txt", EN_NOT_CUES, false),
            ("en/sources.txt", EN_SOURCES, true),
            ("de/cues.txt", DE_CUES, true),
            ("de/abstract_endings.txt", DE_ABSTRACT_ENDINGS, false),
            ("fr/feminine_endings.txt", FR_FEMININE_ENDINGS, false),
            ("any/female_first_names.txt", FEMALE_FIRST_NAMES, false),
            ("any/male_first_names.txt", MALE_FIRST_NAMES, false),
            ("fr/cues.txt", FR_CUES, true),
            ("en/role_suffixes.txt", ROLE_SUFFIXES[0], false),
            ("de/role_suffixes.txt", ROLE_SUFFIXES[1], false),
            ("fr/role_suffixes.txt", ROLE_SUFFIXES[2], false),
            ("de/org_suffixes.txt", ORG_SUFFIXES[0], false),
        ]);
        v
    }

    #[test]
    fn language_markers_are_words_of_two_to_five_ascii_letters() {
        // (the language guess looks up only such words, by a key that holds them whole)
        for (text, _) in LANGUAGE_MARKERS {
            for e in entries(text) {
                assert!(
                    (2..=5).contains(&e.head.len()) && e.head.bytes().all(|b| b.is_ascii_alphabetic()),
                    "{:?}",
                    e.head
                );
            }
        }
    }

    #[test]
    fn lists_are_sorted_lowercase_and_without_repeats() {
        for (path, text, multiword) in all_lists() {
            let heads: Vec<&str> = entries(text).map(|e| e.head).collect();
            assert!(!heads.is_empty(), "{path} is empty");
            for pair in heads.windows(2) {
                assert!(pair[0] < pair[1], "{path}: {:?} before {:?} (unsorted or repeated)", pair[0], pair[1]);
            }
            for e in entries(text) {
                assert_eq!(e.head, e.head.to_lowercase(), "{path}: not lowercase");
                // a token is one word: an entry of two words would never match
                assert!(multiword || !e.head.contains(' '), "{path}: {:?} is two words", e.head);
                assert!(e.forms().all(|f| f == f.to_lowercase()), "{path}: a form of {:?} is not lowercase", e.head);
            }
        }
    }

    #[test]
    fn english_cue_lists_hold_lemmas() {
        let lemmas: Vec<Entry> = entries(EN_CUE_VERBS).chain(entries(EN_LABEL_VERBS)).collect();
        for e in &lemmas {
            assert!(!e.head.ends_with("ed") && !e.head.ends_with("ing"), "{:?} is inflected", e.head);
            for other in &lemmas {
                let made = en_forms(other.head, other.has("double"));
                assert!(
                    other.head == e.head || !made.iter().any(|f| f == e.head),
                    "{:?} is a form of {:?}",
                    e.head,
                    other.head
                );
            }
        }
        for e in entries(EN_IRREGULAR) {
            assert!(entries(EN_CUE_VERBS).any(|v| v.head == e.head), "irregular {:?} is no cue verb", e.head);
        }
        // every form that is never a cue is a form some lemma makes
        for e in entries(EN_NOT_CUES) {
            let made = lemmas.iter().any(|l| {
                entries(EN_IRREGULAR).find(|i| i.head == l.head).map_or_else(
                    || en_forms(l.head, l.has("double")).iter().any(|f| f == e.head),
                    |i| i.forms().any(|f| f == e.head),
                )
            });
            assert!(made, "{:?} in not_cues.txt is no cue form", e.head);
        }
    }

    #[test]
    fn german_and_french_lists_hold_infinitives() {
        // (an adjective of stance is its own one form: „zuversichtlich“)
        let adjective = |e: &Entry| e.has("ambiguous") && e.forms().eq([e.head]);
        for e in entries(DE_CUES).filter(|e| source_kind(e).is_none() && !adjective(e)) {
            assert!(e.head.ends_with('n'), "{:?} is no German infinitive", e.head);
        }
        // (a light verb's lemma has its infinitive first: « faire part »)
        for e in entries(FR_CUES).filter(|e| source_kind(e).is_none()) {
            let infinitive = e.head.split(' ').next().unwrap_or(e.head);
            assert!(infinitive.ends_with('r') || infinitive.ends_with("re"), "{:?} is no French infinitive", e.head);
        }
        // (a German finite form may stand under lemmas of different separable prefixes: „hielt“
        // of „festhalten“ and „vorhalten“, „rief“ of „rufen“ and „aufrufen“)
        for text in [DE_CUES, FR_CUES] {
            let mut forms: Vec<(&str, Option<&str>)> = entries(text)
                .flat_map(|e| {
                    let prefix = separable_prefix(e.head);
                    e.forms().map(|f| (f, prefix.filter(|p| !f.starts_with(p)))).collect::<Vec<_>>()
                })
                .collect();
            let n = forms.len();
            forms.sort_unstable();
            forms.dedup();
            assert_eq!(forms.len(), n, "a form is listed under two lemmas");
        }
    }

    #[test]
    fn a_german_form_needs_the_prefix_of_each_separable_lemma() {
        assert!(DE_SEPARABLE_PREFIXES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(super::super::de_particles("teilte"), ["mit"]);
        let mut held = super::super::de_particles("hielt").to_vec();
        held.sort_unstable();
        assert_eq!(held, ["dagegen", "entgegen", "fest", "vor"]);
        // (a form of a lemma without a prefix needs none: „rief“ of „rufen“; nor does a form
        // with its prefix: „mitgeteilt“)
        assert!(super::super::de_particles("rief").is_empty());
        assert!(super::super::de_particles("mitgeteilt").is_empty());
    }

    #[test]
    fn plural_forms_by_rule() {
        assert_eq!(plural_form("warnte", false).as_deref(), Some("warnten"));
        assert_eq!(plural_form("schrieb", false).as_deref(), Some("schrieben"));
        assert_eq!(plural_form("betont", false), None);
        assert_eq!(plural_form("dénonce", true).as_deref(), Some("dénoncent"));
        assert_eq!(plural_form("dénoncé", true), None);
        let de = &cues().by_lang[Lang::De as usize];
        assert_eq!(de.get("berichteten").map(|c| c.lemma), Some("berichten"));
        let fr = &cues().by_lang[Lang::Fr as usize];
        assert_eq!(fr.get("soulignent").map(|c| c.lemma), Some("souligner"));
    }

    #[test]
    fn french_imperfect_by_rule() {
        assert_eq!(imparfait_forms("accuser"), ["accusait", "accusaient"]);
        assert_eq!(agreed_participles("félicité"), ["félicitée", "félicités", "félicitées"]);
        assert!(agreed_participles("dit").is_empty() && agreed_participles("félicite").is_empty());
        assert!(FR_REFLEXIVE_CUES.windows(2).all(|w| w[0] < w[1]));
        let fr = &cues().by_lang[Lang::Fr as usize];
        assert_eq!(fr.get("félicitée").map(|c| c.lemma), Some("féliciter"));
        assert!(fr.get("annoncée").is_none());
        assert_eq!(imparfait_forms("annoncer"), ["annonçait", "annonçaient"]);
        assert_eq!(imparfait_forms("juger"), ["jugeait", "jugeaient"]);
        assert_eq!(imparfait_forms("répondre"), ["répondait", "répondaient"]);
        assert_eq!(imparfait_forms("dire"), ["disait", "disaient"]);
        assert!(imparfait_forms("selon").is_empty());
        let fr = &cues().by_lang[Lang::Fr as usize];
        assert_eq!(fr.get("accusait").map(|c| c.lemma), Some("accuser"));
    }

    #[test]
    fn marks_become_traits_and_classes() {
        let en = &cues().by_lang[Lang::En as usize];
        assert!(en["said"].has(cue_trait::CORE) && en["said"].has(cue_trait::NOT_TO));
        assert!(en["told"].has(cue_trait::OBJECT) && en["vowed"].has(cue_trait::TO_CLAUSE));
        assert!(en["written"].has(cue_trait::AMBIGUOUS) && !en["wrote"].has(cue_trait::AMBIGUOUS));
        assert!(en["stated"].has(cue_trait::AMBIGUOUS) && !en.contains_key("state"));
        assert_eq!(en["according"].kind, CueKind::SourcePrefix);
        assert_eq!(en["snapped"].kind, CueKind::Verb);
        assert_eq!(cues().by_lang[Lang::De as usize]["nannte"].kind, CueKind::Label);
        assert_eq!(cues().by_lang[Lang::Fr as usize]["qualifié"].kind, CueKind::Label);
        assert_eq!(class_flag("time"), flag::TIME);
        assert_eq!(super::super::lookup("märz").flags & flag::FUNC, flag::FUNC);
        assert_eq!(super::super::month("märz"), Some(3));
        assert_eq!(super::super::month("sept"), Some(9));
    }

    #[test]
    fn bank_and_fund_compounds_are_organisations() {
        // („die Landesbank“, „die Krankenkasse“; a company's legal form: „Kessel AG“)
        assert_eq!(super::super::suffix_flags("förderbank".as_bytes()), flag::ORG);
        assert_eq!(super::super::suffix_flags("ersatzkasse".as_bytes()), flag::ORG);
        assert!(super::super::lookup("ag").by_lang[Lang::De as usize] & flag::ORG != 0);
        assert!(super::super::lookup("gmbh").by_lang[Lang::De as usize] & flag::ORG != 0);
    }

    #[test]
    fn role_endings_make_role_words() {
        assert_eq!(super::super::suffix_flags("wahlkampfleiter".as_bytes()), flag::ROLE);
        assert_eq!(super::super::suffix_flags("leiter".as_bytes()), 0);
        assert!(super::super::lookup("parteichef").flags & flag::ROLE != 0);
        // (a town's treasurer and head of department: „Stadtkämmerer“, „Sozialdezernentin“)
        assert_eq!(super::super::suffix_flags("stadtkämmerer".as_bytes()), flag::ROLE);
        assert_eq!(super::super::suffix_flags("sozialdezernentin".as_bytes()), flag::ROLE);
        // occupations, in compounds too („der Industriemechaniker“); not those that are common
        // surnames („Fischer“, „Koch“), only their feminine forms
        assert!(super::super::lookup("industriemechaniker").flags & flag::ROLE != 0);
        assert!(super::super::lookup("kassiererin").flags & flag::ROLE != 0);
        assert_eq!(super::super::lookup("fischer").flags & flag::ROLE, 0);
        assert_eq!(super::super::lookup("koch").flags & flag::ROLE, 0);
        // the weak declension of a role: „des Präsidenten“, „dem Ökonomen“
        assert!(super::super::lookup("ökonomen").flags & flag::ROLE != 0);
    }

    #[test]
    fn organisation_endings_make_organisation_words() {
        assert!(super::super::lookup("nasser-krankenhaus").flags & flag::ORG != 0);
        assert!(super::super::lookup("gesundheitsministerium").flags & flag::ORG != 0);
        // a role ending wins: “Verbandschef” is a person
        assert_eq!(super::super::lookup("verbandschef").flags & (flag::ORG | flag::ROLE), flag::ROLE);
        assert_eq!(super::super::lookup("insgesamt").flags & flag::ORG, 0);
    }
}
