//! Rule "a sentence pointing back at the plain sentence before": in „Deutschland will ein
//! weiteres System liefern. Das teilte das Ministerium am Nachmittag mit.“, « La centrale
//! fermera en 2030. C'est ce qu'a annoncé le ministre lundi. » the second sentence names the
//! source of the first: a back reference (`de/back_references.txt`, or an opening of several
//! words such as « C'est ce qu'… »), a verb of saying and its subject, and nothing reported
//! after them. The first sentence, which no cue attributed, is that source's position. (The
//! same words after a quotation are read in unclaimed.rs.)

use super::Engine;
use super::parsed::{Parsed, trim_punct};
use crate::extract::lexicon::{CueKind, Lang, flag};

impl<'a> Engine<'a> {
    /// Emits the sentence `prev` as the position of the source the sentence `cur` names by
    /// pointing back at it; whether it did. `prev` had no statement and holds no quotation.
    pub(super) fn back_referenced_sentence(
        &mut self,
        p: &Parsed<'a>,
        prev: (usize, usize),
        cur: (usize, usize),
    ) -> bool {
        let ((ps, pe), (s, e)) = (prev, cur);
        if self.lang == Lang::En || self.quotes_only || (ps..pe).any(|k| p.is_quote(k)) || s >= e {
            return false;
        }
        let Some((v, _)) = self.back_reference_verb(p, s, e) else { return false };
        let Some(c) = self.cue_at(p, v).filter(|c| c.kind == CueKind::Verb) else { return false };
        // (the subject after the verb and its inserts; nothing reported after it: only
        // circumstances and the separable particle, „… am Nachmittag mit.“)
        let j = self.inserts_end(p, v + 1, e);
        let Some((na, nb)) = self.np_after(p, j, e) else { return false };
        let reports =
            (nb..e).any(|k| p.is_quote(k) || p.punct(k, ',') || p.punct(k, ':') || p.toks[k].has(flag::COMPL));
        if reports {
            return false;
        }
        let Some(mut sp) = self.resolve(p, na, nb, true) else { return false };
        // (rule "a relay citing its source", relay.rs)
        if let Some(cited) = self.cited_source(p, &sp, nb, e) {
            sp = cited;
        }
        let end = trim_punct(p, ps, pe);
        let cue = if c.continuation().is_some() { c.lemma.to_owned() } else { p.word(v).to_owned() };
        self.emit_clause(p, ps, end, sp, &cue, 0.6);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::Position;

    #[test]
    fn a_sentence_pointing_back_at_the_plain_sentence_before_names_its_source() {
        let v = run("Hafen\n\nDie Fähre soll im Mai wieder fahren. Das teilte das Hafenamt am Nachmittag mit.\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Hafenamt" && t == "Die Fähre soll im Mai wieder fahren"),
            "{v:?}"
        );
        let v = run("Port\n\nLe ferry reprendra en mai. C'est ce qu'a annoncé la maire Ada Lind lundi.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "Le ferry reprendra en mai"), "{v:?}");
        // (not when the second sentence reports something itself)
        let v = run("Hafen\n\nDie Fähre fährt wieder. Das sagte der Hafenchef, der Betrieb sei sicher.\n");
        assert!(!v.iter().any(|(_, _, t)| t == "Die Fähre fährt wieder"), "{v:?}");
    }
}
