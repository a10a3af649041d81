//! Rule "the accused is the person named by an initial": German and French reports name a
//! suspect or defendant by first name and the initial of the surname („Dariusz K.“, « Karim
//! B. »), as press codes ask. „Der Angeklagte“, „die Beschuldigte“, « le prévenu » then stand for
//! the person last named so, not for the lawyer or prosecutor who spoke before.

use super::{Engine, Speaker, Via};
use crate::extract::lexicon::PronounKind;

/// Nouns of a person accused or suspected (lowercase, sorted): German adjectival nouns in their
/// forms, French nouns in both genders.
const ACCUSED_NOUNS: [&str; 18] = [
    "accusé",
    "accusée",
    "angeklagte",
    "angeklagten",
    "angeklagter",
    "beschuldigte",
    "beschuldigten",
    "beschuldigter",
    "prévenu",
    "prévenue",
    "suspect",
    "suspecte",
    "tatverdächtige",
    "tatverdächtigen",
    "tatverdächtiger",
    "verdächtige",
    "verdächtigen",
    "verdächtiger",
];

/// Whether `name`'s last word is a surname's initial (“K.” or “K”).
fn ends_in_initial(name: &str) -> bool {
    let Some(last) = name.split_whitespace().next_back() else { return false };
    let mut letters = last.trim_end_matches('.').chars();
    name.contains(' ') && matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase())
}

impl Engine<'_> {
    /// The person the description of an accused (its last word in [`ACCUSED_NOUNS`]) at byte
    /// `pos` stands for: the last subject mention before it named by an initial; None when there
    /// is none.
    pub(super) fn accused_named_by_initial(&self, description: &str, pos: usize) -> Option<Speaker> {
        let head = description.split_whitespace().next_back()?.to_lowercase();
        if ACCUSED_NOUNS.binary_search(&head.as_str()).is_err() {
            return None;
        }
        let k = self.subject_mentions.partition_point(|(at, _)| *at < pos);
        let (_, m) = self.subject_mentions[..k].iter().rev().find(|(_, m)| ends_in_initial(&m.name))?;
        let name = self.names.full(&m.name);
        let role = self.names.role(&name).unwrap_or_default().to_owned();
        Some(Speaker { name: name.into(), role: role.into(), kind: PronounKind::Person, via: Via::RoleAnaphor })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn tables_are_sorted() {
        assert!(super::ACCUSED_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_accused_is_the_person_named_by_an_initial() {
        let v = run("Prozess\nDer 47-jährige Jonas W. ließ über seinen Verteidiger Ole Brandt erklären, er habe \
                     nichts gewusst. „Mein Mandant bereut“, sagte Brandt. Der Angeklagte selbst sagte: „Es tut mir \
                     leid.“\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jonas W" && t == "Es tut mir leid."), "{v:?}");
        assert!(v.iter().all(|(_, s, t)| s != "Ole Brandt" || t != "Es tut mir leid."), "{v:?}");
    }
}
