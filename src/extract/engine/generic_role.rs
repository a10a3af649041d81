//! Rule "a generic role noun stands for the person just named": “the politician”, « l'élu », « le
//! dirigeant », „der Politiker“ name no office of their own, only a kind of person: with the
//! definite article they stand for the person named just before (“Le député Paul Roux affirme
//! … selon l'élu”), not for a speaker called “élu”, nor for the holder of another office.

use super::{Engine, Speaker};
use crate::extract::lexicon::{flag, flags_of};

/// Role nouns that name a kind of person rather than an office (lowercase, sorted; en, de, fr).
/// (Not “official” nor “executive”: English writes “the official” for an unnamed official
/// described before.)
const GENERIC_ROLE_NOUNS: [&str; 12] = [
    "dirigeant",
    "dirigeante",
    "patron",
    "politician",
    "politicien",
    "politicienne",
    "politiker",
    "politikerin",
    "responsable",
    "édile",
    "élu",
    "élue",
];

/// Whether the lowercase word is a generic role noun.
fn is_generic_role_noun(lower: &str) -> bool {
    GENERIC_ROLE_NOUNS.binary_search(&lower).is_ok()
}

impl Engine<'_> {
    /// The person a definite generic role description (`description`, its article dropped: “élu”,
    /// “politician”) at byte `pos` stands for: the person named just before. None for any other
    /// description or when no one was.
    pub(super) fn generic_role_person(&self, description: &str, pos: usize) -> Option<Speaker> {
        let mut words = description.split_whitespace();
        let head = words.next_back()?.to_lowercase();
        // (the noun alone or with one adjective: “the senior official”, « le jeune élu »)
        if words.count() > 1 || !is_generic_role_noun(&head) || !self.definite_at(pos) {
            return None;
        }
        self.person_just_before(pos).filter(|p| p.name.contains(' ') && !self.gender_conflict(p, description))
    }

    /// Whether the phrase at byte `pos` opens with a definite article (“the”, « le », „der“),
    /// an elided one too (« l'élu »).
    fn definite_at(&self, pos: usize) -> bool {
        let first = self.text.get(pos..).and_then(|at| at.split_whitespace().next()).unwrap_or_default();
        let lower = first.to_lowercase();
        if lower.starts_with("l'") || lower.starts_with("l’") {
            return true;
        }
        is_definite_article(&lower)
    }
}

/// Whether a word is a definite article (“the”, « le », „der“; no indefinite one).
pub(super) fn is_definite_article(word: &str) -> bool {
    let f = flags_of(word);
    f & flag::DET != 0 && f & flag::INDEF == 0
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::*;

    #[test]
    fn nouns_are_sorted() {
        assert!(GENERIC_ROLE_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_generic_role_noun_is_the_person_just_named() {
        for (text, who) in [
            (
                "Port\nLe port est fermé.\n\nLe député Paul Roux affirme que les quais sont vétustes. Les travaux auraient dû commencer en mai, selon l'élu, qui réclame une enquête.\n",
                "Paul Roux",
            ),
            (
                "Port\nLe port est fermé.\n\nLa société va faire appel, a fait savoir son directeur, Paul Roux. Le dirigeant assure que les quais sont sûrs.\n",
                "Paul Roux",
            ),
            (
                "Hafen\nDer Hafen ist zu.\n\nStadtrat Jens Ohm kritisierte die Pläne. Der Politiker sagte, die Kais seien marode.\n",
                "Jens Ohm",
            ),
        ] {
            let v = run(text);
            assert!(!v.is_empty() && v.iter().all(|(_, s, _)| s == who), "{text}: {v:?}");
        }
        // (English, after the cue: “…, said the politician”)
        let v = run(
            "Port\nThe port is shut.\n\nCouncillor Jens Ohm criticised the plan. The plan is far too costly, said the politician.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Jens Ohm" && t == "The plan is far too costly"), "{v:?}");
        // (an indefinite one is someone new)
        let v = run(
            "Hafen\nDer Hafen ist zu.\n\nStadtrat Jens Ohm kritisierte die Pläne. Ein Politiker der Opposition sagte, die Kais seien marode.\n",
        );
        assert!(v.iter().all(|(_, s, _)| s != "Jens Ohm"), "{v:?}");
    }
}
