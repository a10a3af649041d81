//! English cue forms that are no report, or a finite verb after all: “a Lind-style retort” is a
//! noun, “Hospitals told to cut waiting lists” a passive, “Asked if he thought …,” the question
//! put to the speaker; “Lind is calling for …” a progressive whose subject stands before “is”.
//! Guards of verb.rs's cue rules, one rule per function.

use super::Engine;
use super::parsed::Parsed;
use super::state::CueSite;
use crate::extract::lexicon::{Lang, cue_trait, flag};
use crate::extract::tokens::Token;

/// English nouns of a quantity that take a plural verb after “a” (sorted): “a third say”, “a
/// majority believe”.
const EN_QUANTITY_NOUNS: [&str; 10] =
    ["dozen", "few", "fifth", "half", "lot", "majority", "minority", "number", "plurality", "third"];

impl<'a> Engine<'a> {
    /// Rule "a cue inside the question put to the speaker reports nothing" (English): in “Asked
    /// if he thought the email went too far, Devine responded: …” the words before the opening
    /// clause's comma are the reporter's question.
    pub(super) fn en_in_question_clause(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let s = site.s;
        self.lang == Lang::En
            && matches!(p.toks[s].lower, "asked" | "pressed" | "questioned")
            && p.toks.get(s + 1).is_some_and(|t| matches!(t.lower, "if" | "whether" | "about" | "why" | "what" | "how"))
            && !(s..site.i).any(|k| p.punct(k, ','))
    }

    /// Rule "a verb that needs its addressee, right before “to”, is a passive" (English): in
    /// “Hospitals told to cut waiting lists”, “Workers urged to stay home” (headlines and
    /// reduced clauses drop the “were”) the subject is told, not telling — the active verb
    /// names whom it tells (“told reporters to stay calm”).
    pub(super) fn en_bare_passive(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let addressee_verb = site.c.has(cue_trait::OBJECT) || matches!(site.c.lemma, "urge" | "order" | "ask");
        self.lang == Lang::En
            && addressee_verb
            && (p.toks[site.i].lower.ends_with("ed") || p.toks[site.i].lower == "told")
            && p.toks.get(site.i + 1).is_some_and(|t| t.is("to"))
            && p.toks.get(site.i + 2).is_some_and(|t| t.is_word() && !t.cap)
    }

    /// Rule "an English cue's base form after an article is a noun": “a Lind-style retort”, “the
    /// Monday night debate” — the lemma's own form after “a” / “an”, or after “the” and a last
    /// word that is no plural noun (“The unions warn that …” is a verb), with up to three words
    /// between.
    pub(super) fn en_noun_after_article(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let (s, i) = (site.s, site.i);
        if self.lang != Lang::En || p.toks[i].lower != site.c.lemma || i == s {
            return false;
        }
        let modifier = |t: &Token<'_>| t.is_word() && t.flags & (flag::FUNC | flag::DET | flag::CONJ) == 0;
        let mut j = i;
        while j > s && i - j < 3 && modifier(&p.toks[j - 1]) {
            j -= 1;
        }
        if j == s || !p.toks[j - 1].is_word() {
            return false;
        }
        let article = p.toks[j - 1].lower;
        // (no plural between, nor a quantity: “the Khans say”, “a few experts say”, “a third
        // say”)
        let plural =
            (j..i).any(|k| p.toks[k].lower.ends_with('s') || EN_QUANTITY_NOUNS.binary_search(&p.toks[k].lower).is_ok());
        // (after “the”, only a modifier no plural noun can be: a capitalised word, a time or a
        // number, a compound: “the Monday debate”, “the 1968 contest”, “the four-way contest”)
        let w = &p.toks[i - 1];
        let modifier = w.cap || w.has(flag::TIME) || w.lower.contains(|c: char| c.is_ascii_digit() || c == '-');
        !plural && (matches!(article, "a" | "an") || article == "the" && j < i && modifier)
    }

    /// Rule "an English progressive is a finite verb": “Lind is calling for new elections”,
    /// “The ministry was warning that …”, “Unions have been demanding …” — an “-ing” form after a
    /// form of “be” (adverbs between: “is now saying”) has the subject before the auxiliary, as a
    /// verb of saying has; it is no participle continuing another clause, nor a passive.
    pub(super) fn is_progressive(&self, p: &Parsed<'a>, s: usize, i: usize) -> bool {
        if self.lang != Lang::En || !p.toks[i].lower.ends_with("ing") {
            return false;
        }
        let mut j = i;
        let adverb = |k: usize| {
            let t = &p.toks[k];
            t.is_word() && t.has(flag::AUX) && !t.has(flag::PASSIVE_AUX) || super::insert::is_en_manner_adverb(p, s, k)
        };
        while j > s && adverb(j - 1) {
            j -= 1;
        }
        // (with nothing after it, the form is an adjective: “it is demanding and
        // time-consuming”, “the metaphor is telling in its own right”, “they are responding,”)
        let object = p.toks.get(i + 1).is_some_and(|t| {
            t.quote().is_some() || t.is_word() && t.flags & flag::CONJ == 0 && !(t.has(flag::PREP) && t.lower == "in")
        });
        object && j > s && p.toks[j - 1].is_word() && p.toks[j - 1].has(flag::PASSIVE_AUX) && !p.toks[j - 1].is("being")
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn an_english_cue_s_base_form_after_an_article_is_a_noun() {
        assert!(super::EN_QUANTITY_NOUNS.windows(2).all(|w| w[0] < w[1]));
        for s in [
            "Tom Reed sent a Lind-style retort to the board.",
            "Tom Reed gave a loud sigh and left.",
            "Tom Reed lost the Monday debate to Ada Lind.",
        ] {
            let v = run(&format!("Port\nThe pier reopened. {s}\n"));
            assert!(v.is_empty(), "{s}: {v:?}");
        }
        // (plurals and quantities take the verb's base form)
        for (s, who) in [
            ("The unions warn that the pier will flood.", "unions"),
            ("A third say that the pier will flood.", "third"),
        ] {
            let v = run(&format!("Port\nThe pier reopened. {s}\n"));
            assert!(v.iter().any(|(_, sp, t)| sp == who && t == "the pier will flood"), "{s}: {v:?}");
        }
    }

    #[test]
    fn a_verb_that_needs_its_addressee_right_before_to_is_a_passive() {
        for s in ["Ferry crews told to stay in port.", "Fishermen urged to keep off the pier as the storm nears."] {
            let v = run(&format!("Port\nThe pier reopened. {s}\n"));
            assert!(v.is_empty(), "{s}: {v:?}");
        }
        let v = run("Port\nThe pier reopened. Ada Lind urged the crews to stay in port.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the crews to stay in port"), "{v:?}");
    }

    #[test]
    fn the_question_put_to_the_speaker_reports_nothing_and_ends_at_its_comma() {
        let v = run(
            "Port\nTom Reed spoke on Monday. Asked if he thought the fees went too far, Devine responded: “I guess so.”\n",
        );
        assert!(v.iter().all(|(_, _, t)| !t.contains("fees went too far")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Devine" && t == "I guess so."), "{v:?}");
    }

    #[test]
    fn an_organisation_s_name_in_quotation_marks_after_its_kind_speaks() {
        let v = run("Port\nThe pier reopened. The campaign group “Save the Pier” warned that the fees would rise.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Save the Pier" && t == "the fees would rise"), "{v:?}");
        let v = run("Hafen\nDer Pier ist offen. Der Verein „Pro Hafen“ fordert eine neue Brücke für die Fähre.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Pro Hafen"), "{v:?}");
    }

    #[test]
    fn an_english_progressive_is_a_finite_verb() {
        let v = run("Port\nThe pier reopened. Ada Lind is now saying that the new fees are too high.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the new fees are too high"), "{v:?}");
        let v = run("Port\nThe pier reopened. The harbour board has been warning that the quay will flood.\n");
        assert!(v.iter().any(|(_, s, t)| s.ends_with("board") && t == "the quay will flood"), "{v:?}");
        let v = run("Port\nThe pier reopened. Tom Reed is calling the fee “a tax on fishermen”.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Tom Reed" && t == "a tax on fishermen"), "{v:?}");
        // (with nothing after it, the form is an adjective)
        let v = run("Port\nThe pier reopened. Tom Reed said the work is demanding and slow.\n");
        assert!(v.iter().all(|(_, _, t)| t != "and slow"), "{v:?}");
        let v = run("Port\nThe pier reopened. The fishermen are responding, and the mayor is silent.\n");
        assert!(v.is_empty(), "{v:?}");
    }
}
