//! Verbs of saying: who the speaker of a cue verb is, and what they said.

use super::parsed::{Parsed, clause_floor, looks_like_clause, quote_ends_at, rest_is_punct, trim_punct};
use super::state::{Attribution, SentenceState};
use super::{Engine, Speaker};
use crate::extract::lexicon::{CueKind, CueWord, Lang, PronounKind, cue_trait, flag};
use crate::extract::names::split_phrase;
use crate::extract::tokens::{TokKind, Token};

impl<'a> Engine<'a> {
    #[allow(clippy::too_many_arguments, clippy::too_many_lines)]
    pub(super) fn verb_cue(
        &mut self,
        p: &Parsed<'a>,
        s: usize,
        e: usize,
        i: usize,
        c: CueWord,
        cue_text: &str,
        st: &mut SentenceState,
    ) -> Option<(Speaker, String)> {
        // "as if to say", "for telling"
        if i >= s + 2 && p.toks[i - 1].is("to") && p.toks[i - 2].is("if") {
            return None;
        }
        // a cue inside another statement's clause: only the verbs of saying count there
        if st.clauses.iter().any(|&(a, b)| a <= i && i < b) && !c.has(cue_trait::CORE) {
            return None;
        }
        if i > s && p.toks[i - 1].is_word() && p.toks[i - 1].has(flag::POSSESSIVE) {
            return None; // "his vow", "the claim": a noun
        }
        if i > s && p.toks[i - 1].is_word() && p.toks[i - 1].has(flag::PASSIVE_AUX) {
            return None; // passive: "was accused of"
        }
        let (j0, neg) = self.skip_back(p, s, i);
        let mut speaker: Option<Speaker> = None;
        let mut trailing_before: Option<usize> = None; // index of the token the attribution follows
        let mut post_subject_end: Option<usize> = None;
        let mut participle_relay = false;

        let infinitive = i > s && p.toks[i - 1].is("to") && c.kind != CueKind::Participle;
        if c.kind == CueKind::Participle || infinitive {
            if j0 > s && (p.toks[j0 - 1].has(flag::PREP) && !p.toks[j0 - 1].is("by")) {
                return None;
            }
            // "quoted an official as saying"
            if j0 > s && p.toks[j0 - 1].is("as") {
                let lo = s.max(j0.saturating_sub(14));
                if let Some(qk) = (lo..j0 - 1).rev().find(|&k| p.toks[k].has(flag::QUOTING)) {
                    if let Some((a, b)) = self.np_after(p, qk + 1, j0 - 1) {
                        if let Some(mut sp) = self.resolve(p, a, b, false) {
                            if let Some((ra, rb)) = self.np_before(p, s, qk) {
                                let relay = self.np_words(p, ra, rb);
                                let rs = split_phrase(&relay);
                                let by = if rs.name.is_empty() { rs.description } else { rs.name };
                                sp.role = format!(
                                    "{} (quoted by {by})",
                                    if sp.role.is_empty() { "source" } else { &sp.role }
                                )
                                .into();
                            }
                            speaker = Some(sp);
                            participle_relay = true;
                        }
                    }
                }
            }
            if speaker.is_none() {
                if let Some(Attribution { cue: last_cue, speaker: last_sp, .. }) = st.attributed.last().cloned() {
                    let saved = self.ante.clone();
                    let embedded = self.subject_before(p, last_cue + 1, j0).filter(|sp| {
                        sp.kind == PronounKind::Person
                            && sp.name.split_whitespace().count() >= 2
                            && sp.name != last_sp.name
                    });
                    if embedded.is_none() {
                        self.ante = saved;
                    }
                    speaker = embedded.or(Some(last_sp));
                }
            }
            if speaker.is_none() {
                speaker = self.subject_before(p, s, j0);
            }
            if j0 > s
                && (p.is_quote(j0 - 1) || p.punct(j0 - 1, ',') && p.is_quote(j0.saturating_sub(2)))
                && participle_relay
            {
                trailing_before = Some(j0 - 1);
            }
        } else if j0 > s && p.toks[j0 - 1].is_word() && p.toks[j0 - 1].has(flag::CONJ) && !st.attributed.is_empty() {
            speaker = st.attributed.last().map(|a| a.speaker.clone());
        } else if j0 > s && p.toks[j0 - 1].is_word() && p.toks[j0 - 1].has(flag::RELATIVE) {
            if let Some((a, b)) =
                self.np_before(p, s, if j0 >= s + 2 && p.punct(j0 - 2, ',') { j0 - 2 } else { j0 - 1 })
            {
                speaker = self.resolve(p, a, b, false);
            }
        } else if j0 > s && (p.punct(j0 - 1, ',') || p.is_quote(j0 - 1)) {
            // inverted: “…,” said Sakaliene / …, sagt der Vorsitzende
            let np = self.np_after(p, i + 1, e);
            let quote_right_before = quote_ends_at(p, s, j0);
            let apposition =
                if quote_right_before || !p.punct(j0 - 1, ',') { None } else { self.appositive_subject(p, s, j0 - 1) };
            if let Some(sp) = apposition {
                speaker = Some(sp);
            } else if let Some((a, b)) = np {
                speaker = self.resolve_with_apposition(p, a, b, e, true);
                post_subject_end = Some(b);
                let quote_before = p.is_quote(j0 - 1) || j0 >= s + 2 && p.is_quote(j0 - 2);
                let ends = b >= e
                    || matches!(p.toks[b].kind, TokKind::Punct('.' | ';' | '!' | '?'))
                    || p.punct(b, ',')
                    || self.ends_soon(p, b, e);
                if quote_before || ends || self.lang != Lang::De {
                    trailing_before = Some(j0 - 1);
                }
            } else if let Some(sp) = self.appositive_subject(p, s, j0 - 1) {
                speaker = Some(sp);
            }
        } else if let Some((a, b)) = self.np_before(p, s, j0) {
            let (k, neg2) = self.skip_back(p, s, a);
            let neg = neg || neg2;
            let after_cue_ends = i + 1 >= e
                || matches!(p.toks[i + 1].kind, TokKind::Punct('.' | ';' | '!' | '?'))
                || p.punct(i + 1, ',') && !p.is_quote(i + 2)
                || self.ends_soon(p, i + 1, e);
            let quote_before = k > s && quote_ends_at(p, s, k);
            let k = if k >= s + 2
                && p.toks[k - 1].is_word()
                && p.toks[k - 1].has(flag::COMPARISON)
                && p.punct(k - 2, ',')
            {
                k - 1
            } else {
                k
            };
            if k > s && (p.punct(k - 1, ',') || p.is_quote(k - 1)) && !neg && (quote_before || after_cue_ends) {
                speaker = self.resolve(p, a, b, true);
                trailing_before = Some(k - 1);
            } else if !neg && self.lang == Lang::De && self.np_is_object(p, s, a) {
                speaker = self.sentence_subject(p, s, e);
            } else if !neg {
                let german_v2 = self.lang == Lang::De && self.v2_subject(p, i + 1, e);
                if let (true, Some((pa, pb))) = (german_v2, self.np_after(p, i + 1, e)) {
                    speaker = self.resolve(p, pa, pb, false);
                    post_subject_end = Some(pb);
                } else {
                    speaker = self.resolve(p, a, b, false);
                }
            }
        } else if self.lang != Lang::En && self.v2_subject(p, i + 1, e) {
            if let Some((pa, pb)) = self.np_after(p, i + 1, e) {
                speaker = self.resolve(p, pa, pb, false);
                post_subject_end = Some(pb);
            }
        } else if self.lang == Lang::De && !neg {
            // verb-final participle: "Bendels hatte … gesagt, dass …"
            speaker = self.sentence_subject(p, s, e);
        }
        if neg {
            return None;
        }
        let sp = speaker?;
        st.attributed.push(Attribution { cue: i, speaker: sp.clone(), cue_text: cue_text.to_owned() });

        if let Some(tb) = trailing_before {
            // the statement stands before the attribution
            let mut t = tb;
            if p.punct(t, ',') && t > s {
                t -= 1;
            }
            if let Some(q) = p.toks[t].quote() {
                st.claimed.push(q);
                self.emit_quote(p, q, sp.clone(), cue_text, 0.9);
                // frame words before the quote make it a mixed position
                let mut lo = clause_floor(p, s, t, &st.clauses);
                if let Some(d) =
                    (lo..t).rev().find(|&k| matches!(p.toks[k].kind, TokKind::Punct('—' | '–' | ':' | ';')))
                {
                    lo = d + 1;
                }
                let frame = (lo..t).filter(|&k| p.toks[k].is_word()).count();
                if frame >= 2 && !participle_relay {
                    self.emit_clause(p, lo, t + 1, sp.clone(), cue_text, 0.7);
                    st.clauses.push((lo, t + 1));
                }
            } else {
                let lo = clause_floor(p, s, t + 1, &st.clauses);
                let words = (lo..=t).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
                if words >= 3 && !(lo..=t).any(|k| p.toks[k].is_word() && p.toks[k].has(flag::WH) && k == lo) {
                    self.emit_clause(p, lo, t + 1, sp.clone(), cue_text, 0.7);
                    st.clauses.push((lo, t + 1));
                    if let Some(q) = p.toks[lo].quote() {
                        if p.quote_words(q) >= 4 {
                            st.claimed.push(q);
                            self.emit_quote(p, q, sp.clone(), cue_text, 0.7);
                        }
                    }
                }
            }
            // “A,” said S, “B.”: a quote right after the attribution
            let after = post_subject_end.unwrap_or(i + 1);
            let mut k = after;
            while k < e && !p.is_quote(k) && !matches!(p.toks[k].kind, TokKind::Punct('.' | ';')) && k - after < 25 {
                if self.cue_at(p, k).is_some() {
                    break;
                }
                k += 1;
            }
            if k < e && p.is_quote(k) && (p.punct(k - 1, ',') || p.punct(k - 1, ':')) {
                if let Some(q) = p.toks[k].quote() {
                    st.claimed.push(q);
                    self.emit_quote(p, q, sp, cue_text, 0.9);
                }
            }
            return None;
        }

        // the statement follows the cue
        let mut cs = post_subject_end.unwrap_or(i + 1);
        cs = self.skip_fwd(p, e, cs);
        if cs >= e {
            return None;
        }
        if p.punct(cs, ':') && cs + 1 >= e {
            return Some((sp, cue_text.to_owned()));
        }
        // a quote introduced by the cue: said: “…” / saying, “…” / said “…”
        let mut k = cs;
        if p.punct(k, ':') || p.punct(k, ',') {
            k += 1;
        }
        if p.toks.get(k).is_some_and(|t| t.is("quote")) {
            k += 1;
            if p.punct(k, ',') || p.punct(k, ':') {
                k += 1;
            }
        }
        if let Some(q) = p.toks.get(k).and_then(Token::quote) {
            if k < e && rest_is_punct(p, k + 1, e) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.9);
                return None;
            }
        }
        if c.kind == CueKind::Label {
            return None; // other quotes of the sentence are picked up as characterisations
        }
        // said of the situation: “…”
        if let Some(colon) = (cs..e.min(cs + 12)).find(|&k| p.punct(k, ':')) {
            if (cs..colon).all(|k| self.cue_at(p, k).is_none() && !p.is_quote(k))
                && !(cs..colon).any(|k| p.toks[k].is_word() && p.toks[k].has(flag::COMPL))
            {
                if let Some(q) = p.toks.get(colon + 1).and_then(Token::quote) {
                    st.claimed.push(q);
                    self.emit_quote(p, q, sp, cue_text, 0.85);
                    return None;
                }
            }
        }
        // find the start of the reported clause
        let mut start = cs;
        let look = e.min(cs + 12);
        let comp = (cs..look).find(|&k| {
            p.toks[k].is_word()
                && p.toks[k].has(flag::COMPL)
                && !(p.toks[k].is("that")
                    && k > cs
                    && p.toks[k - 1].is_word()
                    // a far "that" after a plain noun is relative ("said the plan that …"); after a
                    // time, a name or an audience ("told Congress that") it opens the clause
                    && !p.toks[k - 1].has(flag::TIME)
                    && !p.toks[k - 1].cap
                    && !p.toks[k - 1].has(flag::AUDIENCE)
                    && k - cs > 6)
                && (cs..k).all(|m| !p.punct(m, '.') && self.cue_at(p, m).is_none_or(|_| m == i))
        });
        if let Some(k) = comp {
            start = k + 1;
        } else if p.punct(cs, ':') {
            start = cs + 1;
        } else if self.lang == Lang::De {
            if let Some(k) = (cs..e.min(cs + 8)).find(|&k| p.punct(k, ',')) {
                start = k + 1;
            } else if p.punct(cs, ',') {
                start = cs + 1;
            }
        } else if self.lang == Lang::Fr && p.punct(cs, ',') {
            start = cs + 1;
        } else if c.has(cue_trait::OBJECT) {
            // told reporters / told the BBC / told investigators
            let obj = self.np_after(p, cs, e).map_or(cs + 1, |(_, b)| b);
            start = if p.toks.get(cs).is_some_and(|t| t.is_word() && !t.cap && t.lower.ends_with('s')) {
                cs + 1
            } else {
                obj
            };
            start = self.skip_fwd(p, e, start);
            if p.toks.get(start).is_some_and(|t| t.is("on") || t.is("in")) {
                return None;
            }
        } else if self.lang == Lang::En {
            // said in a statement / said on Friday
            if p.toks.get(start).is_some_and(|t| t.is_word() && t.has(flag::CIRCUMSTANCE)) {
                let mut k = start;
                while k < e && !p.punct(k, ',') && !p.toks[k].is("that") && k - start < 8 {
                    k += 1;
                }
                if k < e && (p.punct(k, ',') || p.toks[k].is("that")) {
                    start = k + 1;
                } else {
                    return None;
                }
            }
        }
        if start >= e {
            return None;
        }
        // a quote that fills the clause is the statement itself: said that „…“
        if let Some(q) = p.toks[start].quote() {
            if rest_is_punct(p, start + 1, e) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.85);
                return None;
            }
        }
        let first = &p.toks[start];
        if first.is_word() && (first.has(flag::WH) || first.is("to") && c.has(cue_trait::NOT_TO)) {
            return None;
        }
        if first.is_punct(',') || first.is_punct('(') {
            return None;
        }
        // where the clause ends
        let mut end = e;
        let mut k = start;
        let mut colon_quote = None;
        let mut second_clause = None;
        while k < e {
            let t = &p.toks[k];
            if t.is_punct(':') && k > start {
                if let Some(q) = p.toks.get(k + 1).and_then(Token::quote) {
                    colon_quote = Some(q);
                    end = k;
                    break;
                }
            }
            if t.is_punct(',') || t.is_punct(';') || t.is_punct('—') || t.is_punct('–') {
                let n = k + 1;
                let nx = p.toks.get(n);
                let next_cue = nx.and_then(|_| self.cue_at(p, n));
                if next_cue.is_some_and(|c| matches!(c.kind, CueKind::Participle | CueKind::SourcePrefix))
                    || nx.is_some_and(|t| t.has(flag::CLAUSE_BREAK))
                        && (n..e.min(n + 4)).any(|m| self.cue_at(p, m).is_some() || p.toks[m].is("only"))
                {
                    end = k;
                    break;
                }
                // …, X said. at the end belongs to another attribution
                if let Some((_, b)) = self.np_after(p, n, e) {
                    if b < e && self.cue_at(p, b).is_some_and(|c| c.kind == CueKind::Verb) && rest_is_punct(p, b + 1, e)
                    {
                        end = k;
                        break;
                    }
                }
            }
            if t.is_word() && t.has(flag::CONJ) && k > start {
                if p.toks.get(k + 1).is_some_and(|n| n.has(flag::COMPL)) && (comp.is_some() || c.has(cue_trait::CORE)) {
                    second_clause = Some(k + 2);
                    end = k;
                    break;
                }
                let m = (k + 1..e.min(k + 5))
                    .find(|&m| self.cue_at(p, m).is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Label)));
                if let Some(m) = m {
                    if (k + 1..m).all(|x| p.toks[x].is_word() && (p.toks[x].has(flag::AUX) || p.toks[x].has(flag::NEG)))
                    {
                        end = k;
                        break;
                    }
                }
                // "…, but the BBC's editor Jon Sopel said …": another speaker's attribution
                if let Some((_, b)) = self.np_after(p, k + 1, e) {
                    let mut m = b;
                    while m < e && p.toks[m].is_word() && p.toks[m].has(flag::AUX) {
                        m += 1;
                    }
                    if m < e
                        && p.toks[b].cap | p.toks[k + 1].cap | p.toks[k + 1].has(flag::DET)
                        && self.cue_at(p, m).is_some_and(|c| c.kind == CueKind::Verb)
                    {
                        end = k;
                        break;
                    }
                }
            }
            k += 1;
        }
        let mut end = trim_punct(p, start, end);
        let words = (start..end).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
        if words < 3 {
            return None;
        }
        let to_infinitive = p.toks[start].is("to") && c.has(cue_trait::TO_CLAUSE);
        if comp.is_none()
            && p.toks[start].is_word()
            && p.toks[start].has(flag::PREP)
            && self.lang == Lang::En
            && !to_infinitive
        {
            return None;
        }
        if comp.is_none()
            && self.lang == Lang::En
            && !c.has(cue_trait::CORE)
            && !to_infinitive
            && !looks_like_clause(p, start, end)
        {
            return None;
        }
        // a clause that is one quote and nothing else
        if end == start + 1 {
            if let Some(q) = p.toks[start].quote() {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.85);
                return None;
            }
        }
        if comp.is_none() && self.lang == Lang::En && !c.has(cue_trait::CORE) {
            if let Some(k) = (start..end).find(|&k| p.punct(k, ',')) {
                end = k;
                if !to_infinitive && !looks_like_clause(p, start, end)
                    || (start..end).filter(|&k| p.toks[k].is_word()).count() < 3
                {
                    return None;
                }
            }
        }
        let conf = if comp.is_some() { 0.8 } else { 0.65 };
        self.emit_clause(p, start, end, sp.clone(), cue_text, conf);
        st.clauses.push((start, end));
        if let Some(q) = colon_quote {
            st.claimed.push(q);
            self.emit_quote(p, q, sp.clone(), ":", 0.8);
        }
        if let Some(a) = second_clause {
            let b = trim_punct(p, a, e);
            if let (Some(q), true) = (p.toks.get(a).and_then(Token::quote), b == a + 1) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.8);
            } else if b > a + 1 {
                self.emit_clause(p, a, b, sp, cue_text, conf);
                st.clauses.push((a, b));
            }
        }
        None
    }
}
