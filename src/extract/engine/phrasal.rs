//! Rule "a verb with its particle reports a position": “Scholz called for calm”, “Lind warned
//! against a trade war”, “pushed for talks”. The particle, not the verb alone, makes these verbs
//! of stance (“called the plan reckless” labels, “pushed the door” reports nothing); what follows
//! the particle is the position. Two sorted tables: English verb forms that are no cue alone, and
//! the particles that open the object of cue verbs.

use super::Engine;
use super::parsed::Parsed;
use crate::extract::lexicon::{CueKind, CueWord, Lang};

/// Forms of English verbs that report a position only before their particle (sorted), with the
/// particle and the lemma of the pair.
const PHRASAL_FORMS: [(&str, &str, &str); 12] = [
    ("call", "for", "call for"),
    ("called", "for", "call for"),
    ("calling", "for", "call for"),
    ("calls", "for", "call for"),
    ("press", "for", "press for"),
    ("pressed", "for", "press for"),
    ("presses", "for", "press for"),
    ("pressing", "for", "press for"),
    ("push", "for", "push for"),
    ("pushed", "for", "push for"),
    ("pushes", "for", "push for"),
    ("pushing", "for", "push for"),
];

/// Cue lemmas (sorted) with a particle that opens their object: “warned against a trade war”,
/// “argued for a pause”, « appelle à une censure ».
const CUE_PARTICLES: [(&str, &str); 7] = [
    ("appeler", "à"),
    ("argue", "against"),
    ("argue", "for"),
    ("plaider", "pour"),
    ("plead", "for"),
    ("warn", "against"),
    ("warn", "of"),
];

/// Cue lemmas (sorted) whose object is the one accused and whose particle, after it, opens
/// what they are accused of: “accused the minister of lying”, « l'accuse d'avoir menti ».
const ACCUSATIONS: [(&str, &str); 3] = [("accuse", "of"), ("accuser", "de"), ("accuser", "d’")];

impl<'a> Engine<'a> {
    /// Where what the cue `c` accuses someone of starts, its object (the one accused) standing
    /// between the cue's next token `cs` and the particle: after the particle, within eight words
    /// without a comma or another cue.
    pub(super) fn accusation_start(&self, p: &Parsed<'a>, c: CueWord, cs: usize, e: usize) -> Option<usize> {
        if !ACCUSATIONS.iter().any(|(l, _)| *l == c.lemma) {
            return None;
        }
        let particle =
            |k: usize| p.toks[k].is_word() && ACCUSATIONS.iter().any(|&(l, w)| l == c.lemma && w == p.toks[k].lower);
        let k = (cs + 1..e.min(cs + 9))
            .take_while(|&k| !p.punct(k, ',') && self.cue_at(p, k).is_none())
            .find(|&k| particle(k))?;
        (k + 1 < e).then_some(k + 1)
    }

    /// The cue of an English verb form at token `i` that reports only before its particle
    /// (“calls for”), when the particle follows.
    pub(super) fn phrasal_cue(&self, p: &Parsed<'a>, i: usize) -> Option<CueWord> {
        if self.lang != Lang::En || !p.toks[i].is_word() || p.toks[i].cap {
            return None;
        }
        let k = PHRASAL_FORMS.binary_search_by_key(&p.toks[i].lower, |&(f, _, _)| f).ok()?;
        let (_, particle, lemma) = PHRASAL_FORMS[k];
        let next = p.toks.get(i + 1)?;
        (next.is_word() && next.lower == particle).then_some(CueWord { kind: CueKind::Verb, lemma, traits: 0 })
    }

    /// Whether the token at `k`, right after the cue `c`, is the particle that opens the cue's
    /// object (“for” after “call for”, “against” after “warn”).
    pub(super) fn opens_object(p: &Parsed<'a>, c: CueWord, k: usize) -> bool {
        let Some(t) = p.toks.get(k).filter(|t| t.is_word()) else { return false };
        let pairs = CUE_PARTICLES.iter().filter(|(l, _)| *l == c.lemma).map(|&(_, particle)| particle);
        let own = c.lemma.split_once(' ').is_some_and(|(_, particle)| particle == t.lower);
        own || pairs.into_iter().any(|particle| particle == t.lower)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::{Position, Quote};

    #[test]
    fn tables_are_sorted() {
        assert!(super::PHRASAL_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(super::CUE_PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::ACCUSATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_verb_with_its_particle_reports_a_position() {
        let v = run("Trade\nThe talks stalled. German Chancellor Ada Lind called for calm after the attack.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "calm after the attack".to_owned())]);
        let v = run("Trade\nThe talks stalled. Ada Lind warned against a trade war with Europe.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "a trade war with Europe".to_owned())]);
        // (without its particle the verb reports nothing)
        assert!(run("Trade\nThe talks stalled. Ada Lind called the hotel on Monday.\n").is_empty());
    }

    #[test]
    fn quoted_words_in_a_particle_s_object_are_a_quote_as_well() {
        let v = run(
            "Trade\nThe talks stalled. Ada Lind called for “a full and independent investigation” of the attack.\n",
        );
        assert!(v.iter().any(|(k, _, t)| *k == Position && t.starts_with("“a full")), "{v:?}");
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "a full and independent investigation"), "{v:?}");
    }

    #[test]
    fn what_someone_is_accused_of_is_the_position() {
        let v =
            run("Trade\nThe talks stalled. Ada Lind accused the Commission president of questionable governance.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "questionable governance".to_owned())]);
        let v = run(
            "Grève\nLa grève continue. Le député Paul Martin a accusé le gouvernement d'avoir menti aux Français.\n",
        );
        assert_eq!(v, [(Position, "Paul Martin".to_owned(), "avoir menti aux Français".to_owned())]);
    }
}
