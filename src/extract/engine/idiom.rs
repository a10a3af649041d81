//! Rule "a verb of saying in an idiom reports nothing": „viele Betriebe schreiben rote Zahlen“,
//! “the vote wrote history”, « le club a écrit une page de son histoire », “her silence spoke
//! volumes”: the verb with this object says nothing. A sorted table of the cue lemmas, the
//! modifier an object needs and the object words that make an idiom of them.

use super::parsed::Parsed;
use super::state::CueSite;
use crate::extract::lexicon::{Lang, flag};

/// Cue lemmas, the modifier their idiom's object needs right before it ("" for none) and the
/// object word (sorted; lowercase): „rote Zahlen schreiben“, “speak volumes”.
const IDIOMS: [(&str, &str, &str); 9] = [
    ("schreiben", "", "geschichte"),
    ("schreiben", "rote", "zahlen"),
    ("schreiben", "schwarze", "zahlen"),
    ("speak", "", "volumes"),
    ("sprechen", "", "bände"),
    ("write", "", "history"),
    ("écrire", "", "histoire"),
    ("écrire", "", "page"),
    ("écrire", "", "pages"),
];

/// Most tokens from the verb to its idiom's object, on either side (German puts the object
/// before a verb at the end): the object and up to three words between.
const OBJECT_REACH: usize = 4;

/// Whether the cue of `site` stands in an idiom: one of its objects (with its modifier) within
/// [`OBJECT_REACH`] tokens after it, or before it in German, with only words that are no
/// preposition between (“wrote history”, „schrieben bereits rote Zahlen“; not « a écrit sur sa
/// page », „schrieb zu den Zahlen“).
pub(super) fn is_idiom(p: &Parsed<'_>, site: CueSite<'_>, lang: Lang) -> bool {
    let lemma = site.c.lemma;
    let lo = IDIOMS.partition_point(|(l, _, _)| *l < lemma);
    let idioms = &IDIOMS[lo..lo + IDIOMS[lo..].partition_point(|(l, _, _)| *l == lemma)];
    if idioms.is_empty() {
        return false;
    }
    let between = |k: usize| p.toks[k].is_word() && !p.toks[k].has(flag::PREP);
    let object = |k: usize| {
        idioms.iter().any(|&(_, modifier, o)| {
            o == p.toks[k].lower && (modifier.is_empty() || k > 0 && p.toks[k - 1].lower == modifier)
        })
    };
    let after = (site.i + 1..site.e.min(site.i + 1 + OBJECT_REACH)).take_while(|&k| between(k)).any(object);
    let before = lang == Lang::De
        && (site.s.max(site.i.saturating_sub(OBJECT_REACH))..site.i).rev().take_while(|&k| between(k)).any(object);
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
        // (an object word behind a preposition, or without its modifier, is no idiom's)
        for text in [
            "Port\nLe conseil s'est réuni.\n\nLa maire Ada Lind a écrit sur sa page que le port fermerait.\n",
            "Hafen\nDer Rat tagte.\n\nDas Ministerium schrieb zu den Zahlen, der Hafen sei sicher.\n",
            "Port\nThe board met.\n\nHistory professor Ada Lind wrote that the port would close.\n",
        ] {
            let v = run(text);
            assert!(!v.is_empty(), "{text}: {v:?}");
        }
        // (the same verbs with another object report)
        let v = run("Port\nThe board met.\n\nAda Lind wrote that the port would close.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Ada Lind"), "{v:?}");
    }
}
