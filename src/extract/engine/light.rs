//! Rule "an English light verb reports with its noun of content": “took the view that …”,
//! “made the case that …”, “raised the possibility that …”, “floated the idea that …” — a verb
//! that says little by itself (take, hold, make, raise, float, share) reports when a noun of
//! content (view, case, point, idea, …) follows it, then “that”. Elsewhere (“made a cake”, “took
//! the train”) it is no cue.

use super::parsed::Parsed;
use crate::extract::lexicon::{cue_trait, flag};

/// Lemmas of English light verbs that report only with a noun of content (sorted).
const LIGHT_VERBS: [&str; 6] = ["float", "hold", "make", "raise", "share", "take"];

/// English nouns of content that a light verb reports with (lowercase, sorted).
const CONTENT_NOUNS: [&str; 16] = [
    "argument",
    "assessment",
    "belief",
    "case",
    "concern",
    "concerns",
    "conviction",
    "fear",
    "fears",
    "hope",
    "idea",
    "notion",
    "point",
    "position",
    "possibility",
    "view",
];

/// The most words between the light verb and its noun (an article and an adjective: “made the
/// strong case”).
const MAX_BEFORE_NOUN: usize = 2;

/// Whether `lemma` is an English light verb of [`LIGHT_VERBS`].
pub(super) fn is_light_verb(lemma: &str) -> bool {
    LIGHT_VERBS.binary_search(&lemma).is_ok()
}

/// Clears the cue of every English light verb of paragraph `p` that no noun of content and
/// “that” follow, so that no rule takes it for a verb of saying (“made a cake”); a form marked
/// ambiguous (“raise”) keeps its cue for its own verb context rule.
pub(super) fn unmark_light_verbs(p: &mut Parsed<'_>) {
    for i in 0..p.toks.len() {
        // (an ambiguous form keeps the verb context rule of its own: “raised” in a readout)
        let light = p.toks[i].cue.is_some_and(|c| is_light_verb(c.lemma) && !c.has(cue_trait::AMBIGUOUS));
        if light && !reports_with_content_noun(p, i) {
            p.toks[i].cue = None;
        }
    }
}

/// Whether a noun of content, then “that”, follows the light verb at token `i` (after at most
/// two lowercase words: an article, a possessive, an adjective).
pub(super) fn reports_with_content_noun(p: &Parsed<'_>, i: usize) -> bool {
    let word = |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && !t.cap);
    (i + 1..=i + 1 + MAX_BEFORE_NOUN).take_while(|&k| word(k)).any(|k| {
        CONTENT_NOUNS.binary_search(&p.toks[k].lower).is_ok()
            && p.toks.get(k + 1).is_some_and(|t| t.is_word() && t.has(flag::COMPL))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::Position;

    #[test]
    fn tables_are_sorted() {
        assert!(super::LIGHT_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::CONTENT_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn an_english_light_verb_reports_with_its_noun_of_content() {
        let v = run("Port\nMayor Ada Lind took the view that the port would stay open.\n");
        assert_eq!(v, [(Position, "Ada Lind".into(), "the port would stay open".into())]);
        let v = run(
            "Port\nAda Lind made the case that fees should fall. Tom Reed raised the possibility that the pier would close.\n",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        // (without its noun it reports nothing)
        assert!(
            run("Port\nAda Lind made a cake that nobody ate. Tom Reed took the train that left at noon.\n").is_empty()
        );
    }
}
