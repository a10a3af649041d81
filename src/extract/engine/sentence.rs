//! Paragraphs and sentences: the cue loop, quotations no cue claimed, nested quotations and
//! German reported speech.

use super::parsed::Parsed;
use super::state::{Attribution, SentenceState};
use super::verb::CueSite;
use super::{Engine, Speaker, bounded};
use crate::extract::lexicon::{CueKind, Lang, PronounKind, flag};
use crate::extract::quotes::find_quotes;
use crate::extract::tokens::{Token, sentences, tokenize};
use crate::model::StatementKind;

impl<'a> Engine<'a> {
    /// Processes one body paragraph. Returns a speaker when it ends in "… said:" before a list.
    pub(super) fn paragraph(
        &mut self,
        p: &Parsed<'a>,
        prev_para: Option<&Speaker>,
        prev_open: Option<&Speaker>,
    ) -> Option<(Speaker, String)> {
        let sents = &p.sents;
        let mut para_speaker: Option<Speaker> = None;
        let mut prev_sentence_had = false;
        let mut list = None;
        let n_sents = sents.len();
        for (si, &(s, e)) in sents.iter().enumerate() {
            let before = self.out.len();
            let r = self.sentence(
                p,
                s,
                e,
                para_speaker.as_ref().or(if si == 0 { prev_open.or(prev_para) } else { None }),
                prev_sentence_had || si == 0 && prev_para.is_some(),
            );
            if let Some(l) = r {
                if si + 1 == n_sents {
                    list = Some(l);
                }
            }
            prev_sentence_had = self.out.len() > before;
            if prev_sentence_had {
                para_speaker = self.ante.statement.as_ref().map(|x| x.0.clone());
            }
        }
        list
    }

    /// Processes one sentence `[s, e)` of paragraph `p`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn sentence(
        &mut self,
        p: &Parsed<'a>,
        s: usize,
        e: usize,
        context: Option<&Speaker>,
        prev_had: bool,
    ) -> Option<(Speaker, String)> {
        let mut st = SentenceState::default();
        let mut list = None;
        let mut i = s;
        while i < e {
            let Some(c) = self.cue_at(p, i) else {
                i += 1;
                continue;
            };
            let cue_text = if c.continuation().is_some() { c.lemma.to_owned() } else { p.word(i).to_owned() };
            match c.kind {
                CueKind::SourcePrefix | CueKind::SourceSuffix => {
                    self.source_marker(p, s, e, i, c, &cue_text, &mut st);
                }
                CueKind::Verb | CueKind::Label | CueKind::Participle => {
                    if let Some(l) = self.verb_cue(p, CueSite { s, e, i, c, text: &cue_text }, &mut st) {
                        list = Some(l);
                    }
                }
            }
            i += if c.continuation().is_some() { 2 } else { 1 };
        }
        // quotes no cue claimed
        for k in s..e {
            let Some(q) = p.toks[k].quote() else { continue };
            if st.claimed.contains(&q) {
                continue;
            }
            if self.quotes_only {
                // inside a quotation: a quoted phrase in a reported clause is the reporter's words
                if let Some(Attribution { cue: ci, speaker: sp, cue_text: ct }) =
                    st.attributed.iter().rev().find(|a| a.cue < k)
                {
                    let ci = *ci;
                    let flagged = k >= 2 && (p.toks[k - 1].is("quote") || p.toks[k - 2].is("quote"));
                    if st.clauses.iter().any(|&(a, b)| a <= k && k < b && a > ci) && (flagged || p.quote_words(q) >= 3)
                    {
                        let (sp, ct) = (sp.clone(), ct.clone());
                        self.emit_quote(p, q, sp, &ct, 0.6);
                    }
                }
                continue;
            }
            if st.clauses.iter().any(|&(a, b)| a <= k && k < b) {
                continue;
            }
            if self.is_fragment(p, s, k) {
                continue;
            }
            let words = p.quote_words(q);
            // a cue of this sentence: the nearest before, else the nearest after
            let near = st
                .attributed
                .iter()
                .rev()
                .find(|a| a.cue < k)
                .or_else(|| st.attributed.iter().find(|a| a.cue > k))
                .cloned();
            if let Some(Attribution { speaker: sp, cue_text: ct, .. }) = near {
                self.emit_quote(p, q, sp, &ct, 0.6);
                continue;
            }
            // "…, in an interview with the paper: « … »": the sentence's subject speaks
            if k > s && p.punct(k - 1, ':') {
                if let Some(sp) = self.named_subject(p, s, k) {
                    self.emit_quote(p, q, sp, ":", 0.6);
                    continue;
                }
            }
            let content = p.s[p.quotes[q].start..p.quotes[q].end].trim_end();
            let sentence_like =
                words >= 6 || (words >= 3 && (content.ends_with(['.', '!', '?', ',']) || !p.quotes[q].closed));
            if !sentence_like {
                continue;
            }
            if let Some(sp) =
                context.cloned().or_else(|| self.ante.statement.as_ref().filter(|_| prev_had).map(|x| x.0.clone()))
            {
                let ct = self.ante.statement.as_ref().map(|x| x.1.clone()).unwrap_or_default();
                self.emit_quote(p, q, sp, &ct, 0.5);
            } else {
                self.emit_quote(p, q, Speaker { name: "".into(), role: "".into(), kind: PronounKind::Person }, "", 0.3);
            }
        }
        if !self.quotes_only {
            for k in s..e {
                if let Some(q) = p.toks[k].quote() {
                    let (a, b) = (p.base + p.quotes[q].start, p.base + p.quotes[q].end);
                    if self
                        .out
                        .iter()
                        .rev()
                        .take(16)
                        .any(|st| st.start == a && st.end == b && st.kind == StatementKind::Quote)
                    {
                        self.nested_quotes(p, q);
                    }
                }
            }
        }
        // German reported speech in Konjunktiv I right after a statement
        if self.lang == Lang::De
            && st.attributed.is_empty()
            && st.clauses.is_empty()
            && st.claimed.is_empty()
            && prev_had
        {
            let konj = (s..e).any(|k| p.toks[k].is_word() && p.toks[k].has(flag::KONJ));
            let has_quote_only = (s..e).all(|k| p.toks[k].quote().is_some() || !p.toks[k].is_word());
            if konj && !has_quote_only {
                if let Some(sp) = self.ante.statement.as_ref().map(|x| x.0.clone()) {
                    self.emit_clause(p, s, e, sp, "", 0.5);
                }
            }
        }
        list
    }

    /// Quotations inside a quotation that the quoted words attribute themselves: “I heard him ask,
    /// quote, ‘So is it done?’” — run the rules over the quote's words, keeping only quotes.
    pub(super) fn nested_quotes(&mut self, p: &Parsed<'a>, q: usize) {
        let outer = &p.quotes[q];
        // quotes are in order of their opening marks: one nested in this one comes right after it
        if !p
            .quotes
            .get(q + 1)
            .is_some_and(|n| n.depth > outer.depth && n.open >= outer.start && n.close <= outer.end + 4)
        {
            return;
        }
        let inner_s = &p.s[outer.start..outer.end];
        let quotes = find_quotes(inner_s);
        let toks = tokenize(inner_s, &quotes, self.lang, self.arena);
        let sents = bounded(sentences(inner_s, &toks, &quotes));
        let sub = Parsed { base: p.base + outer.start, s: inner_s, quotes, toks, sents, runs: Vec::new() };
        let (saved, quotes_only) = (self.ante.clone(), self.quotes_only);
        self.quotes_only = true;
        for &(a, b) in &sub.sents {
            self.sentence(&sub, a, b, None, false);
        }
        (self.ante, self.quotes_only) = (saved, quotes_only);
    }

    /// Whether the quotation at token `k` is a label ("the so-called “…”", "the slogan “…”").
    pub(super) fn is_fragment(&self, p: &Parsed<'a>, s: usize, k: usize) -> bool {
        let prev = |n: usize| if k >= s + n { Some(&p.toks[k - n]) } else { None };
        let marker = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.has(flag::FRAGMENT));
        marker(prev(1)) || marker(prev(2)) && prev(1).is_some_and(|t| t.has(flag::DET) || t.is_word() && !t.cap)
    }
}
