//! Rule "a speech-act noun with its owner reports a position": “Lind's claim that the vote was
//! rigged”, “her warning that talks would fail”, „Mosers erneute Forderung, den Hafen an
//! einen Investor zu verkaufen“, „seine Forderung, dass …“: the owner (a possessive name or pronoun
//! before the noun, maybe with an adjective between) says the clause after the noun. The nouns
//! are the word lists' speech nouns (`*/speech_nouns.txt`).

use super::parsed::{Parsed, trim_punct};
use super::state::SentenceState;
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{Lang, PronounKind, flag};
use crate::extract::names::{is_possessive, strip_possessive};
use crate::extract::tokens::TokKind;

/// Possessive pronouns that own a speech noun, with the pronoun class they stand for.
const OWNER_PRONOUNS: [(&str, u64); 12] = [
    ("her", flag::PRON_PERSON | flag::FEMALE),
    ("his", flag::PRON_PERSON | flag::MALE),
    ("ihr", flag::PRON_PERSON | flag::FEMALE),
    ("ihre", flag::PRON_PERSON | flag::FEMALE),
    ("ihrer", flag::PRON_PERSON | flag::FEMALE),
    ("leur", flag::PRON_GROUP),
    ("sa", flag::PRON_PERSON),
    ("sein", flag::PRON_PERSON | flag::MALE),
    ("seine", flag::PRON_PERSON | flag::MALE),
    ("seiner", flag::PRON_PERSON | flag::MALE),
    ("son", flag::PRON_PERSON),
    ("their", flag::PRON_GROUP),
];

/// Nouns of a reply that, with their owner, open a quotation after a colon (lowercase, sorted; en,
/// de, fr; the word lists' speech nouns count too): “Lind's answer: “…””, „Mosers Antwort: „…““, « La réponse du ministre : « … » ».
const REPLY_NOUNS: [&str; 21] = [
    "answer",
    "antwort",
    "botschaft",
    "comment",
    "commentaire",
    "conclusion",
    "fazit",
    "kommentar",
    "message",
    "reaction",
    "reaktion",
    "replik",
    "reply",
    "response",
    "retort",
    "réaction",
    "réplique",
    "réponse",
    "urteil",
    "verdict",
    "verdikt",
];

impl<'a> Engine<'a> {
    /// Rule "a reply noun with its owner before a colon": in „Höckes Antwort: „…““, „Die Antwort
    /// des AfD-Politikers: „…““, “His verdict: “…”” the owner of the noun says the quotation after
    /// the colon at `colon` (the sentence starting at `s`, at most six words before the colon).
    pub(super) fn reply_label_owner(&mut self, p: &Parsed<'a>, s: usize, colon: usize) -> Option<Speaker> {
        let words = (s..colon).filter(|&k| p.toks[k].is_word()).count();
        let reply = |k: usize| {
            let t = &p.toks[k];
            t.is_word() && (REPLY_NOUNS.binary_search(&t.lower).is_ok() || t.has(flag::SPEECH_NOUN))
        };
        let k = (s..colon).find(|&k| reply(k)).filter(|_| (2..=6).contains(&words))?;
        if k + 1 == colon {
            // the owner before the noun: „Höckes Antwort“, “Lind's answer”, “Her verdict”
            return self.speech_owner(p, s, k);
        }
        // the owner after it: „des AfD-Politikers“, “of the minister”, « du ministre »
        let t = &p.toks[k + 1];
        if !(t.is_word() && t.flags & (flag::DET | flag::PARTICLE_OF) != 0) {
            return None;
        }
        let from = if t.has(flag::PARTICLE_OF) && !t.has(flag::DET) { k + 2 } else { k + 1 };
        let (a, b) = self.np_after(p, from, colon).filter(|&(_, b)| b == colon)?;
        let mut sp = self.resolve(p, a, b, true)?;
        super::source::in_nominative(p, a, &mut sp);
        Some(sp)
    }

    /// Emits the position of a speech-act noun at token `i` of the sentence `[s, e)` when its
    /// owner stands before it and its clause after it; whether it did.
    pub(super) fn speech_noun(
        &mut self,
        p: &Parsed<'a>,
        (s, e): (usize, usize),
        i: usize,
        st: &mut SentenceState,
    ) -> bool {
        // (cheap tests first: this runs on every word that is no cue)
        let t = &p.toks[i];
        let listed = t.has(flag::SPEECH_NOUN) && (t.cap == (self.lang == Lang::De));
        if !listed || i <= s {
            return false;
        }
        let Some(start) = self.speech_clause_start(p, i, e) else { return false };
        let Some(owner) = self.speech_owner(p, s, i) else { return false };
        let end = self.speech_clause_end(p, start, e);
        if end <= start + 1 {
            return false;
        }
        self.emit_clause(p, start, end, owner.clone(), p.word(i), 0.55);
        st.clauses.push((start, end));
        // (its quoted words are the owner's as well: “her claim that she “never sent” …”)
        for q in (start..end).filter_map(|k| p.toks[k].quote()) {
            st.claimed.push(q);
            self.emit_quote(p, q, owner.clone(), p.word(i), 0.5);
        }
        true
    }

    /// The owner of the noun at `i`: a possessive name or pronoun right before it, or before one
    /// lowercase adjective (“Lind's repeated claim”, „Mosers erneute Forderung“).
    fn speech_owner(&mut self, p: &Parsed<'a>, s: usize, i: usize) -> Option<Speaker> {
        let adjective =
            p.toks[i - 1].is_word() && !p.toks[i - 1].cap && p.toks[i - 1].flags & (flag::FUNC | flag::DET) == 0;
        let k = if adjective && i >= s + 2 { i - 2 } else { i - 1 };
        let w = &p.toks[k];
        if !w.is_word() {
            return None;
        }
        if let Some(&(_, flags)) = OWNER_PRONOUNS.iter().find(|(word, _)| *word == w.lower) {
            return self.pronoun_of(flags, p.base + w.start).filter(|sp| !sp.name.is_empty());
        }
        // a name with its possessive or (German) genitive “s”
        let word = p.word(k);
        let stem = if is_possessive(word) {
            strip_possessive(word)
        } else if self.lang == Lang::De && w.cap && word.len() > 3 {
            word.strip_suffix('s')?
        } else {
            return None;
        };
        let full = self.names.full(stem);
        if full.split_whitespace().count() < 2 {
            return None;
        }
        let role = self.names.role(&full).unwrap_or_default().to_owned();
        Some(Speaker { name: full.into(), role: role.into(), kind: PronounKind::Person, via: Via::Named })
    }

    /// Where the clause of the noun at `i` starts: after “that” (English), after the comma
    /// that follows the noun within three words, and after „dass“ there (German).
    fn speech_clause_start(&self, p: &Parsed<'a>, i: usize, e: usize) -> Option<usize> {
        if self.lang == Lang::En {
            return p.toks.get(i + 1).is_some_and(|t| t.is("that")).then_some(i + 2).filter(|&k| k < e);
        }
        let comma = (i + 1..e.min(i + 4)).find(|&k| p.punct(k, ','))?;
        let start = comma + 1;
        let dass = p.toks.get(start).is_some_and(|t| t.is("dass"));
        Some(if dass { start + 1 } else { start }).filter(|&k| k < e)
    }

    /// Where the clause from `start` ends: a German „zu“ infinitive ends after its verb; else at a
    /// semicolon or dash, or the sentence end.
    fn speech_clause_end(&self, p: &Parsed<'a>, start: usize, e: usize) -> usize {
        if self.lang == Lang::De {
            let zu = (start..e).find(|&k| {
                p.toks[k].is("zu")
                    && p.toks.get(k + 2).is_none_or(|n| matches!(n.kind, TokKind::Punct(',' | '.' | ';')))
            });
            if let Some(zu) = zu {
                return (zu + 2).min(e);
            }
        }
        let stop = (start..e).find(|&k| matches!(p.toks[k].kind, TokKind::Punct(';' | '—' | '–'))).unwrap_or(e);
        trim_punct(p, start, stop)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_speech_noun_with_its_owner_reports_a_position() {
        let v = run(
            "Port\nMayor Ada Lind spoke on Monday. Lind's claim that the ferry would run again surprised the unions.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t.starts_with("the ferry would run again")), "{v:?}");
        let v =
            run("Hafen\nBürgermeister Jan Moser ist im Amt. Zusätzliche Unruhe löste Mosers erneute Forderung aus, \
                     den Hafen an einen Investor zu verkaufen. Die Gewerkschaft ist empört.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Moser" && t == "den Hafen an einen Investor zu verkaufen"), "{v:?}");
    }

    #[test]
    fn tables_are_sorted() {
        assert!(super::REPLY_NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::OWNER_PRONOUNS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_reply_noun_with_its_owner_before_a_colon_names_the_speaker() {
        let intro = "Hafen\n\nIm Rat stritten Bürgermeister Jan Moser und Kämmerin Ute Hahn über die Fähre.";
        for s in ["Mosers Antwort:", "Die Antwort der Kämmerin:", "Sein Fazit:"] {
            let v = run(&format!("{intro} {s} „Die Kasse ist leer.“\n"));
            let who = if s.contains("Kämmerin") { "Ute Hahn" } else { "Jan Moser" };
            assert!(v.iter().any(|(_, sp, t)| sp == who && t.starts_with("Die Kasse")), "{s}: {v:?}");
        }
        let v = run("Port\n\nMayor Ada Lind met the unions on Monday. Lind's answer: “The ferry stays.”\n");
        assert!(v.iter().any(|(_, sp, t)| sp == "Ada Lind" && t.starts_with("The ferry")), "{v:?}");
    }

    #[test]
    fn a_speech_noun_without_an_owner_reports_nothing() {
        let v = run(
            "Port\nMayor Ada Lind spoke on Monday. The claim that the ferry would run again surprised the unions.\n",
        );
        assert!(v.is_empty(), "{v:?}");
    }
}
