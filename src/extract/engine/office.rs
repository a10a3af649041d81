//! Rule "a description naming another office is someone else": a role description that stands
//! for a person named before must not name an office that person's known role lacks.
//! - English and French: « le Premier ministre » is no « ministre de l'Intérieur » named before
//!   — a capitalised word of the description (no article or function word) that the role lacks.
//! - German capitalises every noun, so its offices are told by their head: „der Sprecher“ is no
//!   „FDP-Chef“ named before, „der Generalsekretär“ no „Ministerpräsident“; „der Parteichef“ may
//!   be the „FDP-Chef“, and „der Regierungschef“ or „der SPD-Politiker“ anyone (a chief, a
//!   politician, a party member are no one office).
//! - The roles of a trial are offices too: the accused, the defence, the prosecution, a witness
//!   are different people („der Angeklagte“ is no „Verteidiger“ named before; a plain „Anwalt“
//!   is left out, as the press calls the defence lawyer so too).

use super::Speaker;
use crate::extract::lexicon::{flag, flags_of};

/// German heads of an office one person holds that leads something (lowercase, sorted): a
/// description ending in one of them names that office; a generic leader noun may stand for it.
const DE_LEADING_OFFICES: [&str; 5] = ["bürgermeister", "kanzler", "landrat", "minister", "präsident"];

/// German heads of an office one person holds that leads nothing (lowercase, sorted): no
/// generic leader noun stands for them (a spokesperson is no chief).
const DE_SERVING_OFFICES: [&str; 14] = [
    "angeklagte",
    "angeklagter",
    "botschafter",
    "generalsekretär",
    "kläger",
    "kommissar",
    "richter",
    "sekretär",
    "sprecher",
    "staatsanwalt",
    "staatsanwält",
    "verteidiger",
    "zeuge",
    "zeugin",
];

/// German generic leader nouns (lowercase, sorted): journalists call the holder of any leading
/// office so („der Parteichef“, „die Fraktionsvorsitzende“).
const DE_LEADER_HEADS: [&str; 4] = ["chef", "leiter", "vorsitzende", "vorsitzender"];

/// Endings a German office word takes after its head: feminine, genitive, plural.
const DE_ENDINGS: [&str; 6] = ["", "en", "in", "innen", "n", "s"];

/// What a German role word says of its holder's office.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DeOffice {
    /// A named office: whether it leads something, whether it is its deputy („Vizekanzler“),
    /// and its head.
    Named { leading: bool, deputy: bool, head: &'static str },
    /// A generic leader noun („Chef“, „Vorsitzende“).
    Leader,
}

/// The longest head of `table` that `lower` ends in, before an ending.
fn head_in(lower: &str, table: &[&'static str]) -> Option<&'static str> {
    table
        .iter()
        .copied()
        .filter(|o| DE_ENDINGS.iter().any(|e| lower.strip_suffix(e).is_some_and(|stem| stem.ends_with(o))))
        .max_by_key(|o| o.len())
}

/// The German office a word names (`word` in any case); None for a word of no office
/// („Politiker“, „Christdemokrat“).
fn de_office(word: &str) -> Option<DeOffice> {
    let lower = word.to_lowercase();
    let deputy = lower.starts_with("vize");
    let leading = head_in(&lower, &DE_LEADING_OFFICES);
    let serving = head_in(&lower, &DE_SERVING_OFFICES);
    let named = match (leading, serving) {
        (Some(l), Some(s)) if s.len() > l.len() => Some((false, s)),
        (Some(l), _) => Some((true, l)),
        (None, Some(s)) => Some((false, s)),
        (None, None) => None,
    };
    match named {
        Some((leading, head)) => Some(DeOffice::Named { leading, deputy, head }),
        None => head_in(&lower, &DE_LEADER_HEADS).map(|_| DeOffice::Leader),
    }
}

/// Whether a German `description` names an office other than the one of `person`'s known role:
/// two named offices that differ (in head or deputy), or a generic leader noun and an office
/// that leads nothing. False when either names no office, or the person's role is unknown.
fn de_other_office(person: &Speaker, description: &str) -> bool {
    let office_of = |phrase: &str| phrase.split_whitespace().next_back().and_then(de_office);
    let (Some(described), Some(held)) = (office_of(description), office_of(&person.role)) else {
        return false;
    };
    match (described, held) {
        (DeOffice::Leader, DeOffice::Leader) => false,
        (DeOffice::Leader, DeOffice::Named { leading, deputy, .. })
        | (DeOffice::Named { leading, deputy, .. }, DeOffice::Leader) => !leading || deputy,
        (a, b) => a != b,
    }
}

/// English and French words of a named office (lowercase, sorted), each with its office (the
/// masculine or common form): two different offices are held by two people — „le ministre“ is
/// no « sénateur » named before. Generic nouns (« l'élu », “the official”, « le dirigeant »)
/// are no named office and may stand for anyone.
const OFFICE_WORDS: [(&str, &str); 50] = [
    ("accusé", "accusé"),
    ("accusée", "accusé"),
    ("ambassadeur", "ambassadeur"),
    ("ambassador", "ambassador"),
    ("ambassadrice", "ambassadeur"),
    ("attorney", "lawyer"),
    ("avocat", "avocat"),
    ("avocate", "avocat"),
    ("chancelier", "chancelier"),
    ("chancelière", "chancelier"),
    ("chancellor", "chancellor"),
    ("commissaire", "commissaire"),
    ("commissioner", "commissioner"),
    ("congressman", "representative"),
    ("congresswoman", "representative"),
    ("defendant", "defendant"),
    ("député", "député"),
    ("députée", "député"),
    ("gouverneur", "gouverneur"),
    ("governor", "governor"),
    ("judge", "judge"),
    ("juge", "juge"),
    ("lawyer", "lawyer"),
    ("maire", "maire"),
    ("mayor", "mayor"),
    ("minister", "minister"),
    ("ministre", "ministre"),
    ("plaintiff", "plaintiff"),
    ("porte-parole", "porte-parole"),
    ("premier", "premier"),
    ("president", "president"),
    ("procureur", "procureur"),
    ("procureure", "procureur"),
    ("prosecutor", "prosecutor"),
    ("préfet", "préfet"),
    ("préfète", "préfet"),
    ("président", "président"),
    ("présidente", "président"),
    ("prévenu", "prévenu"),
    ("prévenue", "prévenu"),
    ("representative", "representative"),
    ("secretary", "secretary"),
    ("senator", "senator"),
    ("spokesman", "spokesperson"),
    ("spokesperson", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("sénateur", "sénateur"),
    ("sénatrice", "sénateur"),
    ("témoin", "témoin"),
    ("witness", "witness"),
];

/// The named office of the last office word in `phrase` (English or French), if any.
fn office_in(phrase: &str) -> Option<&'static str> {
    phrase.split_whitespace().rev().find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
        OFFICE_WORDS.binary_search_by_key(&w.as_str(), |&(word, _)| word).ok().map(|k| OFFICE_WORDS[k].1)
    })
}

/// Whether an English or French `description` and `person`'s role name two different offices
/// (« le ministre » and « sénateur », “the mayor” and “Governor”).
fn named_other_office(person: &Speaker, description: &str) -> bool {
    matches!((office_in(description), office_in(&person.role)), (Some(a), Some(b)) if a != b)
}

/// Whether an English or French `description` has a capitalised word (no article or function
/// word) that `person`'s role lacks, when the person has a role.
fn capitalised_other_office(person: &Speaker, description: &str) -> bool {
    let role = person.role.to_lowercase();
    let role_words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
    !role.is_empty()
        && description.split_whitespace().any(|w| {
            w.starts_with(char::is_uppercase)
                && flags_of(w) & (flag::DET | flag::FUNC) == 0
                && !role_words.contains(&w.to_lowercase().as_str())
        })
}

/// Whether `description` (in German when `german`) names an office `person`'s role does not
/// hold, so that it cannot stand for that person.
pub(super) fn other_office(person: &Speaker, description: &str, german: bool) -> bool {
    if german {
        de_other_office(person, description)
    } else {
        capitalised_other_office(person, description) || named_other_office(person, description)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::*;
    use crate::extract::engine::Via;
    use crate::extract::lexicon::PronounKind;

    fn person(role: &str) -> Speaker {
        Speaker { name: "Eva Brandt".into(), role: role.into(), kind: PronounKind::Person, via: Via::Named }
    }

    #[test]
    fn tables_are_sorted() {
        for table in [&DE_LEADING_OFFICES[..], &DE_SERVING_OFFICES, &DE_LEADER_HEADS, &DE_ENDINGS] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }

    #[test]
    fn office_words_are_sorted() {
        assert!(OFFICE_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn an_english_or_french_description_of_another_named_office_is_someone_else() {
        assert!(named_other_office(&person("sénateur"), "ministre"));
        assert!(named_other_office(&person("Governor"), "mayor"));
        assert!(!named_other_office(&person("ministre de l'Intérieur"), "ministre"));
        assert!(!named_other_office(&person("sénatrice"), "sénateur"));
        assert!(!named_other_office(&person("députée"), "élue"));
        assert!(!named_other_office(&person(""), "ministre"));
    }

    #[test]
    fn a_german_office_is_its_longest_head_with_its_ending() {
        let named = |leading, deputy, head| Some(DeOffice::Named { leading, deputy, head });
        assert_eq!(de_office("Generalsekretärin"), named(false, false, "generalsekretär"));
        assert_eq!(de_office("Staatssekretärs"), named(false, false, "sekretär"));
        assert_eq!(de_office("Ministerpräsidenten"), named(true, false, "präsident"));
        assert_eq!(de_office("Vizekanzler"), named(true, true, "kanzler"));
        assert_eq!(de_office("Regierungssprecherin"), named(false, false, "sprecher"));
        assert_eq!(de_office("Parteichef"), Some(DeOffice::Leader));
        assert_eq!(de_office("Fraktionsvorsitzende"), Some(DeOffice::Leader));
        assert_eq!(de_office("SPD-Politikerin"), None);
    }

    #[test]
    fn a_german_description_of_another_office_is_someone_else() {
        assert!(de_other_office(&person("FDP-Chef"), "Sprecher"));
        assert!(de_other_office(&person("Generalsekretär"), "Parteichef"));
        assert!(de_other_office(&person("Ministerpräsidentin"), "Sprecherin"));
        assert!(de_other_office(&person("Bundeskanzler"), "Vizekanzler"));
        assert!(!de_other_office(&person("Bundesinnenministerin"), "Ministerin"));
        assert!(!de_other_office(&person("Ministerpräsident"), "Regierungschef"));
        assert!(!de_other_office(&person(""), "Sprecher"));
    }

    #[test]
    fn a_german_spokesperson_after_a_named_chief_is_someone_else() {
        let v = run(
            "Hafen\nHafenchefin Eva Brandt verteidigte den Plan am Freitag. „Die Fähren fahren weiter“, sagte der Sprecher.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Sprecher" && t == "Die Fähren fahren weiter"), "{v:?}");
        // (the office named again is the same person)
        let v = run(
            "Hafen\nHafensprecherin Eva Brandt verteidigte den Plan am Freitag. „Die Fähren fahren weiter“, sagte die Sprecherin.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Eva Brandt" && t == "Die Fähren fahren weiter"), "{v:?}");
    }

    #[test]
    fn a_description_naming_another_office_is_someone_else() {
        assert!(capitalised_other_office(&person("ministre de l'Intérieur"), "Premier ministre"));
        assert!(!capitalised_other_office(&person("Premier ministre"), "Premier ministre"));
        let v = run(
            "Port\nLe ministre de l'Intérieur, Paul Marin, a visité le port. « Nous tiendrons », a martelé le Premier ministre devant les dockers.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Premier ministre" && t == "Nous tiendrons"), "{v:?}");
        // (the office named again is the same person)
        let v = run(
            "Port\nLe Premier ministre, Paul Marin, a visité le port. « Nous tiendrons », a martelé le Premier ministre devant les dockers.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Paul Marin" && t == "Nous tiendrons"), "{v:?}");
    }
}
