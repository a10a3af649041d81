//! Rule "a verb of saying in an idiom reports nothing": „viele Betriebe schreiben rote Zahlen“,
//! “the vote wrote history”, « le club a écrit une page de son histoire », “her silence spoke
//! volumes”: the verb with this object says nothing. A sorted table of the cue lemmas and the
//! object words that make an idiom of them.

use super::parsed::Parsed;
use super::state::CueSite;
use crate::extract::tokens::TokKind;

/// Cue lemmas and the object words that make them an idiom (sorted by lemma, then object;
/// lowercase).
const IDIOMS: [(&str, &str); 8] = [
    ("schreiben", "geschichte"),
    ("schreiben", "zahlen"),
    ("speak", "volumes"),
    ("sprechen", "bände"),
    ("write", "history"),
    ("écrire", "histoire"),
    ("écrire", "page"),
    ("écrire", "pages"),
];

/// Most tokens between the verb and its idiom's object, on either side (German puts the object
/// before a verb at the end).
const OBJECT_REACH: usize = 4;

/// Whether the cue of `site` stands in an idiom: one of its object words within
/// [`OBJECT_REACH`] words after it or before it, with no punctuation between.
pub(super) fn is_idiom(p: &Parsed<'_>, site: CueSite<'_>) -> bool {
    let lemma = site.c.lemma;
    let lo = IDIOMS.partition_point(|(l, _)| *l < lemma);
    let objects = &IDIOMS[lo..lo + IDIOMS[lo..].partition_point(|(l, _)| *l == lemma)];
    if objects.is_empty() {
        return false;
    }
    let word = |k: usize| matches!(p.toks[k].kind, TokKind::Word);
    let object = |k: usize| objects.iter().any(|&(_, o)| o == p.toks[k].lower);
    let after = (site.i + 1..site.e.min(site.i + 1 + OBJECT_REACH)).take_while(|&k| word(k)).any(object);
    let before = (site.s.max(site.i.saturating_sub(OBJECT_REACH))..site.i).rev().take_while(|&k| word(k)).any(object);
    after || before
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn idioms_are_sorted() {
        assert!(super::IDIOMS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_verb_of_saying_in_an_idiom_reports_nothing() {
        for text in [
            "Bahn\nDer Verband tagte am Montag. Viele Verkehrsbetriebe schrieben bereits rote Zahlen.\n",
            "Bahn\nDer Verband tagte am Montag, weil die Betriebe rote Zahlen schreiben.\n",
            "Port\nThe port board met. The vote wrote history for the town.\n",
            "Port\nLe conseil s'est réuni. Le club a écrit une page de son histoire.\n",
            "Port\nThe board met. Her silence spoke volumes about the deal.\n",
        ] {
            let v = run(text);
            assert!(v.is_empty(), "{text}: {v:?}");
        }
        // (the same verbs with another object report)
        let v = run("Port\nThe board met.\n\nAda Lind wrote that the port would close.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Ada Lind"), "{v:?}");
    }
}
