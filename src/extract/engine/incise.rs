//! Rule "an attribution inside French guillemets": French typography puts the attribution of a
//! quotation that goes on after it inside the marks — « Ce plan est injuste, a réagi Paul
//! Roux. Nous le combattrons. » — so the marks enclose two quotations and the incise between
//! them. The incise (a comma, a verb in the attribution slot and its subject, ending its sentence)
//! gives the speaker of both parts.

use super::parsed::Parsed;
use super::state::SentenceState;
use super::{Engine, bounded};
use crate::extract::lexicon::Lang;
use crate::extract::quotes::find_quotes;
use crate::extract::tokens::{sentences, tokenize};
use crate::model::StatementKind;

/// Fewest words of the part of a quotation before the incise.
const MIN_PART_WORDS: usize = 3;

impl<'a> Engine<'a> {
    /// Splits the French quotations of the sentence `[s, e)` that hold an incise: emits both parts
    /// as the incise subject's quotations and claims the quotation.
    pub(super) fn quote_incises(&mut self, p: &Parsed<'a>, s: usize, e: usize, st: &mut SentenceState) {
        if self.lang != Lang::Fr {
            return;
        }
        for k in s..e {
            let Some(q) = p.toks[k].quote() else { continue };
            if !st.claimed.contains(&q) && self.quote_incise(p, q) {
                st.claimed.push(q);
            }
        }
    }

    /// Whether the quotation `q` holds an incise (then both parts are emitted).
    fn quote_incise(&mut self, p: &Parsed<'a>, q: usize) -> bool {
        let (start, end) = (p.quotes[q].start, p.quotes[q].end);
        let inner = &p.s[start..end];
        // (cheap test first: a comma, and a full stop with words after it)
        let Some(comma) = inner.find(", ") else { return false };
        if !inner[comma..].trim_end().trim_end_matches(['.', '!', '?']).contains(". ") {
            return false;
        }
        let quotes = find_quotes(inner);
        let toks = tokenize(inner, &quotes, self.lang, self.arena);
        let sents = bounded(sentences(inner, &toks, &quotes));
        let sub = Parsed { base: p.base + start, s: inner, quotes, toks, sents, runs: Vec::new() };
        for (i, &(a, b)) in sub.sents.iter().enumerate() {
            let Some(&(next, _)) = sub.sents.get(i + 1) else { break };
            for c in a + MIN_PART_WORDS..b {
                if !sub.punct(c, ',') {
                    continue;
                }
                let Some((sp, verb)) = self.attribution_slot(&sub, c - 1, b) else { continue };
                let (s1, e1) = (sub.toks[a].start, sub.toks[c].start);
                let (s2, e2) = (sub.toks[next].start, inner.trim_end().len());
                let words = |x: usize, y: usize| inner[x..y].split_whitespace().take(MIN_PART_WORDS.max(2)).count();
                if words(s1, e1) < MIN_PART_WORDS || words(s2, e2) < 2 {
                    return false;
                }
                // (the text before this sentence is the first part too)
                let s1 = if i == 0 { s1 } else { 0 };
                let base = p.base + start;
                self.emit(StatementKind::Quote, sp.clone(), &verb, base + s1, base + e1, 0.8);
                self.emit(StatementKind::Quote, sp, &verb, base + s2, base + e2, 0.8);
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::Quote;

    #[test]
    fn an_incise_inside_guillemets_attributes_both_parts() {
        let v =
            run("Réforme\nLe débat est vif. « Ce plan est injuste pour les retraités, a réagi le député Paul Roux. \
                     Nous le combattrons. »\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Paul Roux" && t == "Ce plan est injuste pour les retraités"),
            "{v:?}"
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Paul Roux" && t.starts_with("Nous le combattrons")),
            "{v:?}"
        );
        // (a quotation without an incise stays whole)
        let v = run(
            "Réforme\nLe débat est vif. « Ce plan est injuste, et nous le combattrons. Point final », a dit Paul Roux.\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Paul Roux" && t.starts_with("Ce plan est injuste, et")),
            "{v:?}"
        );
    }
}
