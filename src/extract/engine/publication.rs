//! Rule "a publication's owner speaks": after a source marker, a poll, a study, a report or a
//! count stands for whoever made it, named before the noun (“according to a Gallup poll”),
//! right after it in French (« selon un sondage Ifop »), or after a link word, maybe behind a
//! participle and its time (“according to figures from the Interior Ministry”, “a report
//! published on Tuesday by the audit office”, « selon une étude de l'Insee », „laut einem
//! Bericht des „Handelsblatts““). The owner speaks, and the statement starts after the owner.
//! A newspaper's name in quotation marks is the owner too.

use super::Engine;
use super::parsed::Parsed;
use crate::extract::lexicon::{Lang, WordSet, flag};

/// Nouns of something published or counted that speaks for its maker, besides the document
/// nouns of relation.rs (lowercase, sorted; en, de, fr together).
const PUBLICATION_NOUNS: [&str; 52] = [
    "analyse",
    "analysis",
    "article",
    "artikel",
    "assessment",
    "audit",
    "auswertung",
    "berechnungen",
    "bilan",
    "calculations",
    "calculs",
    "chiffres",
    "comptage",
    "count",
    "data",
    "daten",
    "données",
    "décompte",
    "enquête",
    "erhebung",
    "estimate",
    "estimates",
    "estimation",
    "estimations",
    "figures",
    "filing",
    "findings",
    "forecast",
    "gutachten",
    "numbers",
    "poll",
    "prognose",
    "projections",
    "prévisions",
    "recherchen",
    "research",
    "review",
    "schätzung",
    "schätzungen",
    "sondage",
    "statistics",
    "statistik",
    "statistiques",
    "studie",
    "studies",
    "study",
    "survey",
    "tally",
    "umfrage",
    "zahlen",
    "étude",
    "études",
];

/// Participles between a publication and its maker (lowercase, sorted): “published by”,
/// « réalisé par ».
const MAKER_PARTICIPLES: [&str; 24] = [
    "carried",
    "commandé",
    "commandée",
    "commissioned",
    "compiled",
    "conducted",
    "diffusé",
    "diffusée",
    "issued",
    "mené",
    "menée",
    "paru",
    "parue",
    "prepared",
    "published",
    "publié",
    "publiée",
    "publiées",
    "publiés",
    "released",
    "réalisé",
    "réalisée",
    "réalisés",
    "written",
];

/// Whether a lowercase word is a publication noun: one of [`PUBLICATION_NOUNS`] or a document
/// noun (“report”, « rapport », „Bericht“: [`super::relation::is_listed_document`]).
pub(super) fn is_publication_noun(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(&PUBLICATION_NOUNS);
    SET.contains(lower) || super::relation::is_listed_document(lower)
}

/// Whether a lowercase word is a participle that leads to a publication's maker.
fn is_maker_participle(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(&MAKER_PARTICIPLES);
    SET.contains(lower)
}

/// Whether token `k` links a publication to its maker in `lang`: “by”, « de », „des“ (not
/// English “of”, which names what was studied: “a survey of 2,000 voters”).
fn is_maker_link(p: &Parsed<'_>, k: usize, lang: Lang) -> bool {
    let Some(t) = p.toks.get(k).filter(|t| t.is_word()) else { return false };
    match lang {
        Lang::En => t.has(flag::SOURCE_LINK) && !t.is("of") || t.is("in"),
        Lang::Fr => matches!(t.lower, "de" | "du" | "des" | "par"),
        Lang::De => matches!(t.lower, "des" | "der" | "eines" | "einer" | "von"),
    }
}

/// Whether token `k` is a capitalised word that may open a maker's name (no function word, no
/// time: not “in March”).
pub(super) fn name_word(p: &Parsed<'_>, k: usize) -> bool {
    p.toks.get(k).is_some_and(|t| t.is_word() && t.cap && t.flags & (flag::FUNC | flag::TIME) == 0)
}

impl Engine<'_> {
    /// The maker of the publication the source phrase `np` names, before the sentence end `e`:
    /// the maker's tokens and the token after the whole phrase. None when the phrase names no
    /// publication or no maker.
    pub(super) fn publication_maker(
        &self,
        p: &Parsed<'_>,
        np: (usize, usize),
        e: usize,
    ) -> Option<((usize, usize), usize)> {
        let (a, _) = np;
        // (the phrase found may stop before the noun: “a Gallup poll”)
        let h =
            (a..e.min(a + 5)).take_while(|&k| p.toks[k].is_word()).find(|&k| is_publication_noun(p.toks[k].lower))?;
        let first = if p.toks[a].flags & (flag::DET | flag::INDEF) != 0 { a + 1 } else { a };
        // (its maker before it, in English: “a Gallup poll”, “a New York Times report”)
        if self.lang == Lang::En && h > first && (first..h).all(|k| name_word(p, k)) {
            return Some(((first, h), after_participle(p, h + 1, e)));
        }
        // (its maker right after it, in French: « un sondage Ifop »)
        if self.lang == Lang::Fr && name_word(p, h + 1) {
            let end = (h + 1..e).find(|&k| !name_word(p, k)).unwrap_or(e);
            return Some(((h + 1, end), after_participle(p, end, e)));
        }
        let mut k = h + 1;
        // (a participle, maybe with its time, then its agent: “published on Tuesday by”)
        if p.toks.get(k).is_some_and(|t| t.is_word() && is_maker_participle(t.lower)) {
            let agent = (k + 1..e.min(k + 6))
                .take_while(|&m| !p.punct(m, ','))
                .find(|&m| p.toks[m].is_word() && matches!(p.toks[m].lower, "by" | "par" | "von"))?;
            k = agent;
        } else if !is_maker_link(p, k, self.lang) {
            return None;
        }
        let owner = k + 1;
        // (a newspaper's name in quotation marks: „des „Handelsblatts““)
        if p.toks
            .get(owner)
            .and_then(crate::extract::tokens::Token::quote)
            .is_some_and(|q| super::parsed::is_name(p, q))
        {
            return Some(((owner, owner + 1), owner + 1));
        }
        let (oa, ob) = self.np_after(p, owner, e)?;
        // (a name among its words — in German, where every noun is capitalised, an
        // organisation's word or an abbreviation: not „eine Auswertung der Daten“; after “in”
        // only a name of capitalised words, “in The Harbour Times”, not “in the Baltic region”)
        let named = if self.lang == Lang::De {
            (oa..ob).any(|m| p.toks[m].has(flag::ORG) || crate::extract::names::is_acronym(p.word(m)))
        } else {
            (oa..ob).any(|m| name_word(p, m))
        };
        // (the name ends the phrase there: not “in the Baltic | region”)
        let all_names = (oa..ob).all(|m| name_word(p, m) || p.toks[m].has(flag::DET)) && (ob >= e || p.punct(ob, ','));
        let plain_in = p.toks[k].is("in") && !all_names;
        // (a German genitive keeps its article, which puts the name in the nominative:
        // „des Innenministeriums“ → “Innenministerium”, source.rs)
        let oa = if self.lang == Lang::De && p.toks[k].has(flag::DET) { k } else { oa };
        (named && !plain_in && !(oa..ob).all(|m| p.toks[m].has(flag::TIME))).then_some(((oa, ob), ob))
    }
}

/// Where the phrase of a publication's maker ending before `end` ends with the participle that
/// may follow it (“a Gallup poll published on Sunday, …”, « un sondage Ifop publié dimanche,
/// … »): at the comma closing the participle's words, else at `end`.
fn after_participle(p: &Parsed<'_>, end: usize, e: usize) -> usize {
    if !p.toks.get(end).is_some_and(|t| t.is_word() && is_maker_participle(t.lower)) {
        return end;
    }
    let comma = (end + 1..e.min(end + 8)).find(|&k| p.punct(k, ','));
    let plain = |c: usize| (end..c).all(|k| p.toks[k].flags & (flag::FINITE | flag::COMPL) == 0 && !p.is_quote(k));
    comma.filter(|&c| plain(c)).unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::*;
    use crate::model::StatementKind::Position;

    #[test]
    fn the_tables_are_sorted() {
        for t in [&PUBLICATION_NOUNS[..], &MAKER_PARTICIPLES[..]] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    /// The speaker and text of the one position of `sentence`, after a first sentence that sets
    /// the language.
    fn position(lead: &str, sentence: &str) -> (String, String) {
        let v = run(&format!("Title\n{lead}\n\n{sentence}\n"));
        let found = v.iter().rfind(|(k, _, _)| *k == Position).map(|(_, s, t)| (s.clone(), t.clone()));
        found.unwrap_or_default()
    }

    #[test]
    fn an_english_publication_speaks_for_its_maker() {
        let lead = "The strike goes on, the mayor said.";
        for (sentence, speaker, text) in [
            (
                "According to a Gallup poll published on Sunday, most voters back the strike.",
                "Gallup",
                "most voters back the strike",
            ),
            (
                "According to a report in The Harbour Times, the council is weighing a cap.",
                "Harbour Times",
                "the council is weighing a cap",
            ),
            (
                "According to figures from the Port Authority, 400 ships were held up.",
                "Port Authority",
                "400 ships were held up",
            ),
            (
                "According to data released on Monday by the Labour Office, wages fell last year.",
                "Labour Office",
                "wages fell last year",
            ),
        ] {
            let (s, t) = position(lead, sentence);
            assert!(s.ends_with(speaker) && t == text, "{sentence}: {s} / {t}");
        }
        // (not a time nor a place after “in”, nor what a survey studied after “of”)
        let (s, _) = position(lead, "According to a report in March, the council is weighing a cap.");
        assert_ne!(s, "March");
        let (s, _) = position(lead, "According to a report in the Baltic region, the council is weighing a cap.");
        assert!(!s.contains("Baltic"), "{s}");
        let (s, _) = position(lead, "According to a survey of 2,000 Britons, most voters back the strike.");
        assert!(!s.contains("Britons"), "{s}");
    }

    #[test]
    fn a_french_publication_speaks_for_its_maker() {
        let lead = "La grève continue, a déclaré le maire.";
        for (sentence, speaker, text) in [
            (
                "Selon un sondage Ifop publié dimanche, les Français soutiennent la grève.",
                "Ifop",
                "les Français soutiennent la grève",
            ),
            (
                "Selon un rapport du « Monde », le gouvernement prépare un plafonnement.",
                "Monde",
                "le gouvernement prépare un plafonnement",
            ),
            (
                "Selon un rapport publié mardi par la Cour des comptes, le déficit a doublé.",
                "Cour des comptes",
                "le déficit a doublé",
            ),
        ] {
            let (s, t) = position(lead, sentence);
            assert!(s.ends_with(speaker) && t == text, "{sentence}: {s} / {t}");
        }
    }

    #[test]
    fn a_german_newspaper_in_quotation_marks_speaks() {
        let lead = "Der Streik geht weiter, sagte der Bürgermeister.";
        let (s, t) = position(lead, "Laut einem Bericht des „Hafenblatts“ prüft die Stadt eine Deckelung.");
        assert_eq!((s.as_str(), t.as_str()), ("Hafenblatt", "prüft die Stadt eine Deckelung"));
        let (s, _) = position(lead, "Laut einem Bericht der „Nordischen Zeitung“ prüft die Stadt eine Deckelung.");
        assert_eq!(s, "Nordische Zeitung");
    }
}
