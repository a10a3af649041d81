//! Rule "a relay citing its source": in „…, meldete die Nachrichtenagentur Tass unter Berufung
//! auf den Kreml“, « …, a rapporté l'AFP, citant une source policière », “…, Reuters reported,
//! citing two officials” the subject of the cue only passes on what the source it cites said:
//! the source speaks, with the relay in its role (“source (quoted by Tass)”), as in “quoted an
//! official as saying” (verb.rs). A table of the citing phrases per language.

use super::parsed::Parsed;
use super::{Engine, Speaker};
use crate::extract::lexicon::Lang;

/// Phrases that open the source a relay cites, by language (lowercase, sorted).
const CITING: [(Lang, &[&str]); 5] = [
    (Lang::En, &["citing"]),
    (Lang::De, &["unter", "berufung", "auf"]),
    (Lang::De, &["unter", "verweis", "auf"]),
    (Lang::Fr, &["citant"]),
    (Lang::Fr, &["en", "citant"]),
];

/// How many words a citing phrase of [`CITING`] at token `k` has (before `e`), if one starts
/// there.
pub(super) fn citing_words(p: &Parsed<'_>, k: usize, e: usize, lang: Lang) -> Option<usize> {
    let fits = |words: &[&str]| k + words.len() < e && p.words_at(k, words);
    CITING.iter().filter(|(l, _)| *l == lang).find(|(_, words)| fits(words)).map(|(_, words)| words.len())
}

impl<'a> Engine<'a> {
    /// The source cited right after the relay's phrase, which ends before token `k` (a comma
    /// may stand between), with the relay `relay` in its role; None when no citing phrase
    /// follows (before `e`).
    pub(super) fn cited_source(&mut self, p: &Parsed<'a>, relay: &Speaker, k: usize, e: usize) -> Option<Speaker> {
        let k = if p.punct(k, ',') { k + 1 } else { k };
        let n = citing_words(p, k, e, self.lang)?;
        let (a, b) = self.np_after(p, k + n, e)?;
        let mut sp = self.resolve(p, a, b, false).filter(|sp| !sp.name.is_empty())?;
        let role = if sp.role.is_empty() { "source" } else { &sp.role };
        sp.role = format!("{role} (quoted by {})", relay.name).into();
        Some(sp)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn citing_phrases_are_sorted() {
        assert!(super::CITING.windows(2).all(|w| (w[0].0 as u8, w[0].1) < (w[1].0 as u8, w[1].1)));
    }

    #[test]
    fn a_relay_citing_its_source_passes_on_the_source_s_words() {
        let v =
            run("Hafen\n\nDie Fähre fahre wieder, meldete die Agentur Nordpress unter Berufung auf das Hafenamt.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Hafenamt" && t == "Die Fähre fahre wieder"), "{v:?}");
        let v = run(
            "Hafen\n\nDie Fähre fährt wieder. Das meldete die Agentur Nordpress unter Berufung auf das Hafenamt.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Hafenamt" && t == "Die Fähre fährt wieder"), "{v:?}");
        let v =
            run("Port\n\nLe ferry reprendra en mai, a rapporté l'agence Nordpresse, citant la capitainerie du port.\n");
        assert!(v.iter().any(|(_, s, t)| s.contains("capitainerie") && t == "Le ferry reprendra en mai"), "{v:?}");
    }
}
