//! German adverbial clauses: rule "a cue closing a German adverbial clause before a main clause
//! reports nothing": in „Wenn Anna Berg von ihrer ersten Operation erzählt, muss sie lachen“
//! the cue ends a clause opened by a subordinator, and the main clause after the comma opens
//! with its finite verb and its subject („muss sie“) — what follows is the sentence's own
//! statement, not what was told. Reported speech after such a clause opens with its subject
//! („Als der Minister erklärte, die Lage sei ernst, …“) or „dass“, and stays a report.

use super::Engine;
use super::parsed::Parsed;
use super::state::CueSite;
use crate::extract::lexicon::{Lang, PronounKind, flag};

impl<'a> Engine<'a> {
    /// Whether the cue of `site` closes a German adverbial clause that a main clause follows
    /// (see the module).
    pub(super) fn de_cue_closes_adverbial_clause(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let (s, e, i) = (site.s, site.e, site.i);
        let opener = &p.toks[s];
        // (a comparison is a source: „Wie die Polizei mitteilte, …“)
        let subordinate = opener.is_word() && opener.has(flag::SUBORDINATOR) && !opener.has(flag::COMPARISON);
        if self.lang != Lang::De || !subordinate || i + 3 >= e || !p.punct(i + 1, ',') {
            return false;
        }
        let one_clause = !(s + 1..i).any(|k| p.punct(k, ',') || p.is_quote(k));
        one_clause && main_clause_verb_at(p, i + 2)
    }
}

/// Whether token `k` is the finite verb that opens a German main clause, followed by its
/// subject: a lowercase word that is no article, pronoun, function word, preposition,
/// complementiser or time, before a pronoun, an article or a capitalised word („muss sie“,
/// „lacht die Ärztin“, „war Berg“).
fn main_clause_verb_at(p: &Parsed<'_>, k: usize) -> bool {
    let t = &p.toks[k];
    let not_verb = flag::DET | flag::FUNC | flag::PREP | flag::COMPL | flag::TIME | flag::CONJ | flag::INDEF;
    let verb =
        t.is_word() && !t.cap && t.cue.is_none() && t.flags & not_verb == 0 && PronounKind::of(t.flags).is_none();
    let subject = p.toks.get(k + 1).is_some_and(|n| {
        n.is_word() && (n.cap || n.has(flag::DET) || PronounKind::of(n.flags).is_some() && n.lower != "es")
    });
    verb && subject
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_cue_closing_a_german_adverbial_clause_before_a_main_clause_reports_nothing() {
        let v =
            run("Praxis\nDie Praxis schließt.\n\nWenn Anna Berg von ihrer ersten Operation erzählt, muss sie lachen. \
                     Es sei eine lange Nacht gewesen, erzählt die 56-Jährige.\n");
        assert!(!v.iter().any(|(_, _, t)| t.contains("lachen")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Anna Berg" && t == "Es sei eine lange Nacht gewesen"), "{v:?}");
        // (reported speech after such a clause stays a report)
        let v = run(
            "Praxis\nDie Praxis schließt.\n\nAls Minister Paul Roth erklärte, die Lage sei ernst, wurde es still.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Paul Roth" && t.starts_with("die Lage sei ernst")), "{v:?}");
    }
}
