//! Rule "a medium named by its kind stands for the outlet cited last": after « Selon Marianne,
//! … » or “…, the Harbour Gazette reported”, a later « précise l'hebdomadaire », “the newspaper
//! said”, „berichtete die Zeitung“ is that outlet, not a speaker called “newspaper”. The outlet
//! is the speaker of the last statement cited from a medium that has a name and no person's
//! role, and is no person (no role word, no first name): by a verb of publishing, or by a source
//! marker when the name is of one word.

use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{Lang, PronounKind};

/// Nouns that name a medium by its kind, by language (sorted by language, then noun). Not
/// “agency”, « agence »: a government agency is one too.
const MEDIA_KINDS: [(Lang, &str); 18] = [
    (Lang::En, "broadcaster"),
    (Lang::En, "daily"),
    (Lang::En, "magazine"),
    (Lang::En, "newspaper"),
    (Lang::En, "paper"),
    (Lang::En, "weekly"),
    (Lang::De, "blatt"),
    (Lang::De, "magazin"),
    (Lang::De, "nachrichtenagentur"),
    (Lang::De, "sender"),
    (Lang::De, "tageszeitung"),
    (Lang::De, "wochenzeitung"),
    (Lang::De, "zeitung"),
    (Lang::Fr, "hebdomadaire"),
    (Lang::Fr, "journal"),
    (Lang::Fr, "magazine"),
    (Lang::Fr, "mensuel"),
    (Lang::Fr, "quotidien"),
];

/// Whether the German word `lower` names a medium by its kind, also as the last part of a
/// compound („Tageszeitung“, „Presse-Agentur“ after its hyphen is „agentur“, „Nachrichtensender“).
pub(super) fn is_de_medium(lower: &str) -> bool {
    let last = lower.rsplit('-').next().unwrap_or(lower);
    last == "agentur" || MEDIA_KINDS.iter().any(|&(lang, kind)| lang == Lang::De && last.ends_with(kind))
}

/// Source markers that cite a medium or a person (lowercase, sorted; en, de, fr): the cited
/// outlet is then a name of one word (« selon Marianne », not « selon Jean Roe »).
const SOURCE_MARKERS: [&str; 4] = ["according to", "d’après", "laut", "selon"];

/// Verbs of publishing that cite a medium (lowercase, sorted; en, de, fr).
const PUBLICATION_CUES: [&str; 13] = [
    "berichtet",
    "berichtete",
    "published",
    "reported",
    "reports",
    "revealed",
    "révèle",
    "révélé",
    "schreibt",
    "schrieb",
    "writes",
    "wrote",
    "écrit",
];

/// How many statements back the outlet cited last is looked for.
const LOOK_BACK: usize = 24;

impl Engine<'_> {
    /// The outlet a definite media noun `description` (one word: “newspaper”, « hebdomadaire »)
    /// at byte `pos` stands for, if one was cited before.
    pub(super) fn outlet_cited_before(&self, description: &str, pos: usize) -> Option<Speaker> {
        let mut words = description.split_whitespace();
        let (Some(kind), None) = (words.next(), words.next()) else { return None };
        let kind = kind.to_lowercase();
        if !MEDIA_KINDS.iter().any(|&(lang, k)| lang == self.lang && k == kind) {
            return None;
        }
        let cited = self.out.iter().rev().take(LOOK_BACK).filter(|o| o.end <= pos).find(|o| {
            let cue = o.cue.to_lowercase();
            let published = PUBLICATION_CUES.binary_search(&cue.as_str()).is_ok();
            let marked = SOURCE_MARKERS.binary_search(&cue.as_str()).is_ok() && !o.speaker.contains(' ');
            // (no person: “Ministerin” or “Ada Lind” who wrote is no outlet)
            let person = crate::extract::names::has_role_word(&o.speaker) || self.gender_of(&o.speaker) != 0;
            (published || marked) && o.role.is_empty() && o.speaker.starts_with(char::is_uppercase) && !person
        })?;
        Some(Speaker {
            name: cited.speaker.as_str().into(),
            role: "".into(),
            kind: PronounKind::Org,
            via: Via::RoleAnaphor,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn tables_are_sorted() {
        assert!(super::MEDIA_KINDS.windows(2).all(|w| (w[0].0 as u8, w[0].1) < (w[1].0 as u8, w[1].1)));
        assert!(super::PUBLICATION_CUES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::SOURCE_MARKERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_person_who_wrote_is_no_outlet() {
        let v = run("Hafen\nDie Ministerin schrieb, die Fähren blieben. Der Sender berichtete, der Hafen schließe.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Sender" && t == "der Hafen schließe"), "{v:?}");
    }

    #[test]
    fn a_medium_named_by_its_kind_stands_for_the_outlet_cited_last() {
        let v = run("Port\nLe port est fermé.\n\nSelon Vigie, la jetée restera fermée tout l'été. « Les travaux \
                     prendront des mois », précise l'hebdomadaire.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Vigie" && t == "Les travaux prendront des mois"), "{v:?}");
        let v = run("Port\nThe pier was shut.\n\nThe pier will stay shut all summer, the Harbour Gazette reported. \
                     “The repairs will take months,” the newspaper said.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Harbour Gazette" && t == "The repairs will take months,"), "{v:?}");
        // (with no outlet cited before, the noun stays)
        let v = run("Port\nThe pier was shut.\n\n“The repairs will take months,” the newspaper said.\n");
        assert!(v.iter().any(|(_, s, _)| s == "newspaper"), "{v:?}");
    }
}
