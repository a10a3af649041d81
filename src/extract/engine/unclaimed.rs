//! Quotations no cue of their sentence claimed: the speaker of a nearby cue, the sentence's
//! subject before a colon, the speaker of the paragraph or the previous statement; labels
//! (“the so-called “…””) are no statements.

use super::parsed::{Parsed, is_label_marker, is_name, main_clause_start};
use super::state::{Attribution, SentenceState};
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{CueKind, Lang, PronounKind, flag};
use crate::extract::quotes::find_quotes;
use crate::extract::tokens::tokenize;
use crate::extract::tokens::{TokKind, Token};
use crate::model::StatementKind;

impl<'a> Engine<'a> {
    /// The rules for the quotation `q` at token `k` of the sentence starting at `s`
    /// (`at` = `(s, k, q)`), which no cue claimed.
    pub(super) fn unclaimed_quote(
        &mut self,
        p: &Parsed<'a>,
        at: (usize, usize, usize),
        st: &SentenceState,
        context: Option<&Speaker>,
        prev_had: bool,
    ) {
        let (s, k, q) = at;
        if self.quotes_only {
            self.quote_in_quoted_clause(p, k, q, st);
            return;
        }
        if st.clauses.iter().any(|&(a, b)| a <= k && k < b) || self.is_fragment(p, s, k) {
            return;
        }
        if self.lang == Lang::Fr && self.quote_with_incise(p, q) {
            return;
        }
        if let Some((sp, cue_text, confidence)) = self.unclaimed_source(p, (s, k), st) {
            self.emit_quote(p, q, sp, &cue_text, confidence);
            return;
        }
        if is_sentence_like(p, q) || is_attributed_slot(p, k, q) {
            // (the person the sentence before is about speaks, before the paragraph's speaker:
            // „„…“, bat sie. Doch Krause ließ nicht locker. „…““)
            let subject = if prev_had { None } else { self.previous_subject(p, s, k) };
            self.follow_up_quote(p, q, subject.as_ref().or(context), prev_had);
        }
    }

    /// The speaker, cue and base confidence the rules give the unclaimed quotation at token `k`
    /// of the sentence starting at `s` (`at` = `(s, k)`): a cue of the sentence, the subject
    /// before a colon, “as X put it”, a sentence pointing back at it, a signature after a dash,
    /// “so X”, “X continued”, a verb in the attribution slot. None when no rule names one.
    fn unclaimed_source(
        &mut self,
        p: &Parsed<'a>,
        at: (usize, usize),
        st: &SentenceState,
    ) -> Option<(Speaker, String, f32)> {
        let (s, k) = at;
        // rule "a dash and a name before a colon hand over the quotation" (dash_source)
        let dash =
            (s..k.saturating_sub(2)).rev().take(10).find_map(|d| dash_source(p, d, k + 1).filter(|&(_, _, q)| q == k));
        if let Some((a, b, _)) = dash {
            if let Some(sp) = self.resolve(p, a, b, false) {
                return Some((sp, ":".to_owned(), 0.7));
            }
        }
        // (a quotation after the main clause's colon is not the opening adverbial clause's:
        // “When Reed suggested that …, Price fired back: “…””)
        // (nor a relative clause's before a personal pronoun and its verb: « Interrogé sur les
        // propos de la ministre, qui avait parlé d'un « … », il a souri : « … » »)
        let main = if k > s && p.punct(k - 1, ':') {
            pronoun_clause_before_colon(p, s, k - 1).unwrap_or_else(|| main_clause_start(p, s, k, self.lang))
        } else {
            s
        };
        // a cue of this sentence: the nearest before, else the nearest after
        let near = st
            .attributed
            .iter()
            .rev()
            .find(|a| a.cue < k && a.cue >= main)
            .or_else(|| st.attributed.iter().find(|a| a.cue > k));
        if let Some(Attribution { speaker, cue_text, .. }) = near {
            return Some((speaker.clone(), cue_text.clone(), 0.65));
        }
        // rule "a characterising participle with its agent" (characterise.rs)
        if let Some((v, a)) = super::characterise::characterising_agent(p, k) {
            let e = p.sentence_of(k).map_or(p.toks.len(), |j| p.sents[j].1);
            if let Some(sp) = self.np_after(p, a, e).and_then(|(a, b)| self.resolve(p, a, b, false)) {
                return Some((sp, p.word(v).to_owned(), 0.6));
            }
        }
        // rule "a quotation signed after a dash": “…” — Ada Lind(, teacher) (before a label's
        // colon: “QUOTE OF THE DAY: “…” — MEP Ada Lind”)
        if let Some(sp) = dash_signature(p, k).and_then(|b| self.resolve(p, k + 2, b, true)) {
            return Some((sp, String::new(), 0.6));
        }
        // “…, in an interview with the paper: « … »”: the sentence's subject speaks
        // (or a person the subject stands for: “Die Ministerin wurde deutlich: „…““)
        if k > s && p.punct(k - 1, ':') {
            let found = self
                .reply_label_owner(p, main, k - 1)
                .or_else(|| self.named_subject(p, main, k))
                .or_else(|| self.person_subject(p, main, k))
                .or_else(|| self.label_before_colon(p, main, k - 1));
            if let Some(sp) = found {
                return Some((sp, ":".to_owned(), 0.6));
            }
        }
        // rule "as someone put it": “As Ada Lind put it, “…””
        if let Some(sp) = self.as_put_it(p, s, k) {
            return Some((sp, "put it".to_owned(), 0.7));
        }
        // rule "a sentence pointing back at the quotation": „…“ Das sagte die Ministerin. / “…”
        // Those were the words of X.
        if let Some((sp, cue_text)) = self.back_reference_source(p, k) {
            return Some((sp, cue_text, 0.8));
        }
        // rule "German 'so' after a quotation": „…“, so die Ministerin.
        if let Some((a, b)) = Self::de_so_source(p, k) {
            if let Some(sp) = self.resolve(p, a, b, true) {
                return Some((sp, p.word(a - 1).to_owned(), 0.8));
            }
        }
        // rule "a name and 'continued' after a quotation": “…,” Brill continued.
        if let Some((a, b)) = self.continued_by(p, k) {
            if let Some(sp) = self.resolve(p, a, b, true) {
                return Some((sp, p.word(b).to_owned(), 0.6));
            }
        }
        // rule "a verb in the attribution slot after a quotation" (slot.rs)
        let e = p.sentence_of(k).map_or(p.toks.len(), |j| p.sents[j].1);
        self.attribution_slot(p, k, e).map(|(sp, cue_text)| (sp, cue_text, 0.6))
    }

    /// Rule "a bare quotation after a sentence about a person": “Tom Hale was unimpressed.
    /// “This is a bad day.”” / „Der Minister zeigte sich enttäuscht. „…““: a quotation that opens
    /// its sentence, with no statement since the sentence before it in the paragraph, belongs to
    /// that sentence's subject when it is a person (a name, a pronoun or a role resolved to one).
    fn previous_subject(&mut self, p: &Parsed<'a>, s: usize, k: usize) -> Option<Speaker> {
        if (s..k).any(|j| p.toks[j].is_word()) {
            return None;
        }
        self.subject_of_sentence_before(p, s)
    }

    /// The person the sentence before the one at `s` (in the paragraph) is about, its subject,
    /// when no statement was made since that sentence began.
    pub(super) fn subject_of_sentence_before(&mut self, p: &Parsed<'a>, s: usize) -> Option<Speaker> {
        let &(a, e) = p.sents.iter().rev().find(|&&(a, _)| a < s)?;
        if self.out.last().is_some_and(|o| o.end > p.base + p.toks[a].start) {
            return None;
        }
        self.person_subject(p, a, e.min(s))
    }

    /// Rule "a short label before a colon names the speaker": “Zuschauerin aus Gera: „…““,
    /// “A harbour worker: “…””: the sentence's words before the colon at `colon` are one phrase of
    /// at most six words, capitalised first, without a verb; a description speaks as well.
    fn label_before_colon(&mut self, p: &Parsed<'a>, s: usize, colon: usize) -> Option<Speaker> {
        let mut a = s;
        while a < colon && p.toks[a].is_word() && p.toks[a].has(flag::DET) {
            a += 1;
        }
        let words = (a..colon).filter(|&j| p.toks[j].is_word()).count();
        // capitalised words, and articles and prepositions inside (no verb: “In dem Papier
        // heißt es:” is no label)
        let plain = (a..colon).all(|j| {
            let t = &p.toks[j];
            t.is_word() && (t.cap || j > a && t.flags & (flag::DET | flag::PREP) != 0) && t.flags & flag::FINITE == 0
                || t.is_punct('(')
                || t.is_punct(')')
                || t.is_punct('-')
        });
        if !(plain && (1..=6).contains(&words) && p.toks[a].cap) {
            return None;
        }
        // a person described by place or origin (“Zuschauerin aus Gera”) is the whole phrase
        if (a..colon).any(|j| p.toks[j].is_word() && p.toks[j].has(flag::PREP)) {
            return Some(Self::place_description(p, a, colon));
        }
        self.resolve(p, a, colon, false).filter(|sp| !sp.name.is_empty())
    }

    /// Rule "a paragraph ending in a colon introduces the quotation below": above a paragraph
    /// (`next`) that opens with a quotation, “Donald Trump issued the following statement:” or
    /// “Mario Voigt, CDU-Spitzenkandidat:” gives the speaker: the last sentence's named subject,
    /// or the person its subject stands for, with the cue “:”.
    pub(super) fn colon_intro(&mut self, p: &Parsed<'a>, next: Option<&Parsed<'a>>) -> Option<(Speaker, String)> {
        let quote_below = next.is_some_and(|n| n.is_quote(0));
        if !(quote_below && p.s.trim_end().ends_with(':')) {
            return None;
        }
        let &(s, e) = p.sents.last()?;
        let colon = (s..e).rev().find(|&k| p.punct(k, ':'))?;
        // (not the opening adverbial clause's: “When Reed died in 1998, Mayor Ada Lind released
        // the following statement:”)
        let s = main_clause_start(p, s, colon, self.lang);
        let sp = self.named_subject(p, s, colon).or_else(|| self.person_subject(p, s, colon))?;
        Some((sp, ":".to_owned()))
    }

    /// The subject of the sentence `[s, e)` when it is a person: a name of two words or more,
    /// or a pronoun or role that stands for one.
    pub(super) fn person_subject(&mut self, p: &Parsed<'a>, s: usize, e: usize) -> Option<Speaker> {
        let sp = self.sentence_subject(p, s, e)?;
        let person = match sp.via {
            Via::Named => sp.name.contains(' '),
            Via::Pronoun | Via::RoleAnaphor => true,
            // rule "a role description before a colon speaks": “The governor was blunt: “…””
            Via::Description => crate::extract::names::has_role_word(&sp.name),
        };
        (sp.kind == PronounKind::Person && person).then_some(sp)
    }

    /// Rule "as someone put it": in “As Ada Lind put it, “…””, “As the Harbour Gazette's editor
    /// recently put it: “…”” the phrase between “as” and “put it” (adverbs skipped) says the
    /// quotation at token `k` of the sentence starting at `s`. English only.
    fn as_put_it(&mut self, p: &Parsed<'a>, s: usize, k: usize) -> Option<Speaker> {
        if self.lang != Lang::En {
            return None;
        }
        let put = (s + 2..k.saturating_sub(1))
            .find(|&m| (p.toks[m].is("put") || p.toks[m].is("puts")) && p.toks[m + 1].is("it") && m + 2 < k)?;
        let (j, _) = self.skip_back(p, s, put);
        // (an apposition between commas may stand before “put it”: “As Ada Lind, a professor of
        // law at Ridgefield, put it, “…””)
        let j = if j > s && p.ends_in_comma(j - 1) {
            (s..j - 1).rev().take(16).find(|&m| p.punct(m, ',')).unwrap_or(j)
        } else {
            j
        };
        let (a, b) = self.np_before(p, s, j)?;
        if !(a > s && p.toks[a - 1].is("as")) {
            return None;
        }
        self.resolve(p, a, b, false)
    }

    /// The name or pronoun of “…,” Brill continued: after the quotation at token `k` (and a
    /// comma), up to three capitalised words or a pronoun, then one auxiliary word
    /// (`aux_adverbs.txt`: “continued”) that ends the sentence. English only.
    fn continued_by(&self, p: &Parsed<'a>, k: usize) -> Option<(usize, usize)> {
        if self.lang != Lang::En {
            return None;
        }
        let a = if p.punct(k + 1, ',') { k + 2 } else { k + 1 };
        let n = p.toks.len();
        let named = |t: &Token<'_>| t.is_word() && (t.cap || PronounKind::of(t.flags).is_some());
        let b = (a..n.min(a + 4)).find(|&j| !named(&p.toks[j]))?;
        let aux = p.toks[b].is_word() && p.toks[b].has(flag::AUX);
        let end = b + 1 == n || matches!(p.toks[b + 1].kind, TokKind::Punct('.'));
        (b > a && aux && end).then_some((a, b))
    }

    /// Rule "French incise inside the quotation marks": « A, souligne-t-elle. B » is two quotes
    /// of the one the incise names. Returns whether the quote was split.
    fn quote_with_incise(&mut self, p: &Parsed<'a>, q: usize) -> bool {
        let (qs, qe) = (p.quotes[q].start, p.quotes[q].end);
        let inner = &p.s[qs..qe];
        let quotes = find_quotes(inner);
        let toks = tokenize(inner, &quotes, self.lang, self.arena);
        let found = (1..toks.len().saturating_sub(2)).find(|&k| {
            toks[k - 1].is_punct(',')
                && toks[k].cue.is_some_and(|c| c.kind == CueKind::Verb)
                && PronounKind::of(toks[k + 1].flags).is_some()
                && inner[toks[k].end..toks[k + 1].start].contains('-')
                && (toks[k + 2].is_punct('.') || toks[k + 2].is_punct(','))
        });
        let Some(k) = found else { return false };
        let Some(sp) = self.pronoun_of(toks[k + 1].flags, p.base + qs + toks[k + 1].start) else { return false };
        let a_end = toks[k - 1].start;
        let b_start = toks[k + 2].end + (inner[toks[k + 2].end..].len() - inner[toks[k + 2].end..].trim_start().len());
        if a_end == 0 || b_start >= inner.len() {
            return false;
        }
        let cue = &inner[toks[k].start..toks[k].end];
        self.emit(StatementKind::Quote, sp.clone(), cue, p.base + qs, p.base + qs + a_end, 0.8);
        self.emit(StatementKind::Quote, sp, cue, p.base + qs + b_start, p.base + qe, 0.8);
        true
    }

    /// Inside a quotation, a quoted phrase in a reported clause is the reporter's words: the
    /// clause's speaker says it when it is flagged (“quote, “…””) or has three words or more.
    fn quote_in_quoted_clause(&mut self, p: &Parsed<'a>, k: usize, q: usize, st: &SentenceState) {
        let Some(Attribution { cue: ci, speaker: sp, cue_text: ct }) = st.attributed.iter().rev().find(|a| a.cue < k)
        else {
            return;
        };
        let flagged = k >= 2 && (p.toks[k - 1].is("quote") || p.toks[k - 2].is("quote"));
        if st.clauses.iter().any(|&(a, b)| a <= k && k < b && a > *ci) && (flagged || p.quote_words(q) >= 3) {
            self.emit_quote(p, q, sp.clone(), ct, 0.6);
        }
    }

    /// A follow-up quote without a cue belongs to the reporter of a nested report when it speaks
    /// of the one reported ([`Self::nested_reporter`]), else to the paragraph's speaker
    /// (`context`), or to the previous statement's speaker when the previous sentence had one;
    /// else to nobody.
    fn follow_up_quote(&mut self, p: &Parsed<'a>, q: usize, context: Option<&Speaker>, prev_had: bool) {
        if let Some(sp) = self.nested_reporter(p, q, context) {
            self.emit_quote(p, q, sp, "", 0.5);
            return;
        }
        if let Some(sp) =
            context.cloned().or_else(|| self.ante.statement.as_ref().filter(|_| prev_had).map(|x| x.0.clone()))
        {
            let ct = self.ante.statement.as_ref().map(|x| x.1.clone()).unwrap_or_default();
            // (the next quotation right after the speaker's statement, “A,” she said. “B.”, is
            // theirs far more often than one after a break)
            let goes_on = prev_had && self.ante.statement.as_ref().is_some_and(|x| x.0.name == sp.name);
            self.emit_quote(p, q, sp, &ct, if goes_on { 0.6 } else { 0.5 });
        } else {
            self.emit_quote(
                p,
                q,
                Speaker { name: "".into(), role: "".into(), kind: PronounKind::Person, via: Via::Named },
                "",
                0.3,
            );
        }
    }

    /// Rule "a quotation about the one reported is the reporter's": after “Roe said Doe told
    /// the meeting that …”, a bare quotation that speaks of “he” (“He has no plan …”) is Roe's,
    /// not Doe's: the last statement (Doe's, the `context`) lies inside the one before it (Roe's),
    /// and the quotation at `q` has a third-person singular pronoun (of any gender: the rule
    /// does not check whose it is; French “il” is left out, it is also impersonal).
    fn nested_reporter(&self, p: &Parsed<'a>, q: usize, context: Option<&Speaker>) -> Option<Speaker> {
        let [.., outer, inner] = self.out.as_slice() else { return None };
        let nested = outer.start <= inner.start && inner.end <= outer.end && outer.speaker != inner.speaker;
        if !nested || context.is_some_and(|c| *c.name != *inner.speaker) {
            return None;
        }
        let (qs, qe) = (p.quotes[q].start, p.quotes[q].end);
        let third = p.s[qs..qe]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| THIRD_PERSON.binary_search(&w.to_lowercase().as_str()).is_ok());
        third.then(|| Speaker {
            name: outer.speaker.as_str().into(),
            role: outer.role.as_str().into(),
            kind: PronounKind::Person,
            via: Via::Pronoun,
        })
    }

    /// The source a sentence names right after the quotation at token `k` that ends its own
    /// sentence: a back reference (`de/back_references.txt`; openings of several words, French
    /// « C'est ce qu'… », English “Those were the words of”), a verb of saying and its subject
    /// in either order (“Das sagte die Ministerin am Montag.”, “So äußerte sich X.”, « C'est ce
    /// qu'a déclaré X lundi. », « C'est en ces termes que X a … », “So said X”), with the verb.
    fn back_reference_source(&mut self, p: &Parsed<'a>, k: usize) -> Option<(Speaker, String)> {
        let ends = |j: usize| p.toks[j].is_punct('.') || p.toks[j].is_punct('!') || p.toks[j].is_punct('?');
        let mut a = k + 1;
        while a < p.toks.len() && ends(a) {
            a += 1;
        }
        let (_, e) = p.sents[p.sentence_of(a)?];
        let (v, single) = self.back_reference_verb(p, a, e)?;
        // (after an opening of several words any verb reports: „Mit diesen Worten reagierte X“;
        // a lowercase word that is no article, function word or pronoun)
        let verb_like = |t: &Token<'_>| {
            t.is_word() && !t.cap && t.flags & (flag::DET | flag::FUNC) == 0 && PronounKind::of(t.flags).is_none()
        };
        let verb = v < e
            && if single { self.cue_at(p, v).is_some_and(|c| c.kind == CueKind::Verb) } else { verb_like(&p.toks[v]) };
        // (the subject may come first after « que » and after English “of”, “how”: « C'est en
        // ces termes que la présidente, Anne Morel, a ouvert … », “Those were the words of Ada
        // Lind”, “That was how Ada Lind put it”)
        let english_opening = self.lang == Lang::En && matches!(p.toks[v - 1].lower, "of" | "how" | "said");
        let subject_first =
            !single && v < e && (english_opening || !verb && matches!(p.toks[v - 1].lower, "que" | "qu’"));
        if subject_first {
            let (na, nb) = self.np_after(p, v, e)?;
            let sp = self.sentence_subject(p, v, e).or_else(|| self.resolve(p, na, nb, true))?;
            // (the verb after the subject and its apposition, else the opening's last word:
            // “words”, “said”)
            let mut j = nb;
            while j < e && (!p.toks[j].is_word() || p.toks[j].cap || p.toks[j].has(flag::AUX)) {
                j += 1;
            }
            let opening_word = if p.toks[v - 1].is("of") { v - 2 } else { v - 1 };
            let cue = if j < e && matches!(p.toks[v - 1].lower, "que" | "qu’" | "how") && verb_like(&p.toks[j]) {
                j
            } else {
                opening_word
            };
            return Some((sp, p.word(cue).to_owned()));
        }
        if !verb {
            return None;
        }
        // a reflexive or expletive pronoun after the verb (“äußerte sich”, “hieß es”) is no subject
        let mut j = self.inserts_end(p, v + 1, e);
        while j < e && p.toks[j].is_word() && matches!(p.toks[j].lower, "sich" | "es") {
            j += 1;
        }
        let (na, nb) = self.np_after(p, j, e)?;
        let sp = self.resolve(p, na, nb, true)?;
        Some((sp, p.word(v).to_owned()))
    }

    /// Where the verb after a back reference opening the sentence at token `a` (before `e`)
    /// stands, past any auxiliaries (« C'est ce qu'a déclaré »), and whether the opening is a
    /// single German word („Das sagte …“) rather than words of several (`BACK_REFERENCES`).
    pub(super) fn back_reference_verb(&self, p: &Parsed<'a>, a: usize, e: usize) -> Option<(usize, bool)> {
        let single = self.lang == Lang::De && p.toks[a].is_word() && p.toks[a].has(flag::BACK_REF);
        let mut v = if single { a + 1 } else { back_reference_words(p, a, e, self.lang)? };
        while v < e && p.toks[v].is_word() && p.toks[v].has(flag::AUX) && self.cue_at(p, v).is_none() {
            v += 1;
        }
        Some((v, single))
    }

    /// The source phrase of „…“, so X: after the quotation at token `k` (and a comma), "so" and
    /// a capitalised word or an article, up to eight words that end the sentence.
    pub(super) fn de_so_source(p: &Parsed<'a>, k: usize) -> Option<(usize, usize)> {
        // (after a comma or a dash: „…“ – so Hahn)
        let sep = p.punct(k + 1, ',') || p.punct(k + 1, '–') || p.punct(k + 1, '—') || p.punct(k + 1, '-');
        let so = if sep { k + 2 } else { k + 1 };
        if !p.toks.get(so).is_some_and(|t| t.is_word() && t.has(flag::QUOTE_SOURCE)) {
            return None;
        }
        let a = so + 1;
        let first = p.toks.get(a)?;
        if !(first.is_word() && (first.cap || first.has(flag::DET))) {
            return None;
        }
        let n = p.toks.len();
        let b = (a..n.min(a + 8)).find(|&j| !p.toks[j].is_word()).unwrap_or(n);
        let ends = b == n || matches!(p.toks[b].kind, TokKind::Punct('.' | ','));
        // (without a closing adverb: „…“, so Hahn weiter)
        let mut end = b;
        while end > a + 1 && !p.toks[end - 1].cap && !p.toks[end - 1].has(flag::DET) {
            end -= 1;
        }
        (ends && b > a && b - a <= 8).then_some((a, end))
    }

    /// Whether the quotation at token `k` is a label ("the so-called “…”", "the slogan “…”").
    fn is_fragment(&self, p: &Parsed<'a>, s: usize, k: usize) -> bool {
        let prev = |n: usize| if k >= s + n { Some(&p.toks[k - n]) } else { None };
        let marker = |t: Option<&Token>| t.is_some_and(is_label_marker);
        let named = |n: usize| k >= s + n && super::parsed::names_a_thing(p, k - n);
        marker(prev(1))
            || named(1)
            || named(2) && prev(1).is_some_and(|t| t.is("the"))
            || marker(prev(2)) && prev(1).is_some_and(|t| t.has(flag::DET) || t.is_word() && !t.cap)
            || prev(1).is_some_and(|t| t.is_word() && t.cue.is_none())
                && p.toks[k].quote().is_some_and(|q| is_name(p, q))
                && !(s..k).any(|j| self.cue_at(p, j).is_some_and(|c| c.kind == CueKind::Label))
            || self.is_title_or_label(p, k)
    }

    /// Rule "titles, nicknames and slogans are no statements" (wherever a rule would attribute
    /// the quotation at token `k`): an English quotation in Title Case outside a headline (“in
    /// “Why We Stopped Trusting Weather Apps,” Whitfield argues”), a quotation with its
    /// publisher in parentheses after it (“…” (Northern Review)), a name after “known as”
    /// (“known to fans as “Iron Mike,””), a label noun and its comma before it (“Its slogan,
    /// “…,””).
    pub(super) fn is_title_or_label(&self, p: &Parsed<'a>, k: usize) -> bool {
        let Some(q) = p.toks[k].quote() else { return false };
        let word = |n: usize, w: &str| k >= n && p.toks[k - n].is(w);
        self.lang == Lang::En && !self.in_headline && super::parsed::is_title_case(p, q)
            || super::parsed::has_publisher_after(p, k)
            || word(1, "as") && (2..=5).any(|n| word(n, "known"))
            || k >= 2 && p.punct(k - 1, ',') && is_label_marker(&p.toks[k - 2])
            || super::parsed::org_kind_before(p, 0, k)
    }
}

/// The end of a name signing the quotation at token `k` after a dash (“…” — Ada Lind): one to
/// seven capitalised words (a name's particles among them: “MEP Femke de Groot”) that end the
/// paragraph or stand before a comma or a full stop.
fn dash_signature(p: &Parsed<'_>, k: usize) -> Option<usize> {
    if !matches!(p.toks.get(k + 1)?.kind, TokKind::Punct('―' | '—' | '–')) {
        return None;
    }
    let a = k + 2;
    let part = |j: usize| {
        let t = &p.toks[j];
        t.is_word() && (t.cap || j > a && t.has(flag::NAME_PARTICLE) && p.toks.get(j + 1).is_some_and(|n| n.cap))
    };
    let lim = p.toks.len().min(a + 7);
    let b = (a..lim).find(|&j| !part(j)).unwrap_or(lim);
    let ends = b == p.toks.len() || matches!(p.toks[b].kind, TokKind::Punct(',' | '.'));
    (b > a && ends).then_some(b)
}

/// Rule "a dash and a name before a colon hand over the quotation": in a digest's line “But
/// polls did predict the caucus - Harbour Monitor: “…””, “Pollsters agree – Carl Bialik: “…””
/// the one to four capitalised words between the dash at token `k` and the colon before the
/// quotation are its source, whatever cue stands before the dash. The name's range and the
/// quotation's token, when the dash opens one.
pub(super) fn dash_source(p: &Parsed<'_>, k: usize, e: usize) -> Option<(usize, usize, usize)> {
    if !matches!(p.toks.get(k)?.kind, TokKind::Punct('-' | '–' | '—')) {
        return None;
    }
    // (“More from Jones:” gives more of a source named before)
    let a = if p.words_at(k + 1, &["more", "from"]) { k + 3 } else { k + 1 };
    // (capitalised words, initials with their full stops, and “and” between two names:
    // “Jeffrey M. Jones”, “Frank Newport and Jim Harter”)
    let part = |m: usize| {
        let t = &p.toks[m];
        t.is_word() && (t.cap || m > a && t.lower == "and" && p.toks.get(m + 1).is_some_and(|n| n.cap))
            || t.is_punct('.') && m > a && p.toks[m - 1].is_word() && p.toks[m - 1].lower.chars().count() == 1
    };
    let b = (a..e.min(a + 9)).find(|&m| !part(m))?;
    let quote_after = p.punct(b, ':') && p.is_quote(b + 1);
    // (of two names, the last speaks, as before a verb: “Newport and Harter said”)
    let a = (a..b).rev().find(|&m| p.toks[m].lower == "and").map_or(a, |m| m + 1);
    (b > a && quote_after).then_some((a, b, b + 1))
}

/// Openings of several words that point back at the quotation before them, the verb of saying
/// and its subject following in either order (sorted by language, then words): „Mit diesen
/// Worten reagierte X …“, « C'est ce qu'a déclaré X », “Those were the words of X”, “So said X”.
const BACK_REFERENCES: [(Lang, &[&str]); 8] = [
    (Lang::En, &["so", "said"]),
    (Lang::En, &["that", "was", "how"]),
    (Lang::En, &["those", "were", "the", "words", "of"]),
    (Lang::De, &["mit", "diesen", "sätzen"]),
    (Lang::De, &["mit", "diesen", "worten"]),
    (Lang::Fr, &["c’", "est", "ce", "qu’"]),
    (Lang::Fr, &["c’", "est", "en", "ces", "termes", "que"]),
    (Lang::Fr, &["c’", "est", "en", "ces", "termes", "qu’"]),
];

/// Rule "a sentence pointing back at the quotation" (words of several): where the words after
/// an opening of [`BACK_REFERENCES`] at token `a` start (before `e`).
fn back_reference_words(p: &Parsed<'_>, a: usize, e: usize, lang: Lang) -> Option<usize> {
    BACK_REFERENCES
        .iter()
        .filter(|(l, _)| *l == lang)
        .find_map(|(_, words)| (a + words.len() < e && p.words_at(a, words)).then_some(a + words.len()))
}

/// Third-person singular pronouns a quotation may speak of someone by (lowercase, sorted; en,
/// de, fr).
const THIRD_PERSON: [&str; 8] = ["elle", "er", "he", "her", "him", "his", "ihn", "she"];

/// Rule "a quotation before an inverted attribution is a statement": „…“, sagte er. / « … »,
/// a-t-il dit. — the comma stands outside the quotation marks in German and French, so the
/// quotation at token `k` (quotation `q`, of three words or more) is followed by a comma and a
/// lowercase verb-like word; it is a statement even when its speaker stays unknown.
fn is_attributed_slot(p: &Parsed<'_>, k: usize, q: usize) -> bool {
    let closed_words =
        |t: &Token<'_>| t.flags & (flag::CONJ | flag::SUBORDINATOR | flag::PREP | flag::DET | flag::COMPL) != 0;
    p.quote_words(q) >= 3
        && p.punct(k + 1, ',')
        && p.toks.get(k + 2).is_some_and(|t| t.is_word() && !t.cap && (!closed_words(t) || t.has(flag::AUX)))
}

/// Whether quotation `q` reads as a sentence: six words or more, or three with closing
/// punctuation inside the marks (or left open).
pub(super) fn is_sentence_like(p: &Parsed<'_>, q: usize) -> bool {
    let words = p.quote_words(q);
    let content = p.s[p.quotes[q].start..p.quotes[q].end].trim_end();
    words >= 6 || (words >= 3 && (content.ends_with(['.', '!', '?', ',']) || !p.quotes[q].closed))
}

/// Rule "a colon quotation after a personal pronoun's clause": where the clause before the colon
/// at `colon` (after `s`) starts when, after the last comma before the colon, it is a personal
/// pronoun and one to three words (“…, who had spoken of a deal, he smiled: “…””): at the
/// pronoun.
fn pronoun_clause_before_colon(p: &Parsed<'_>, s: usize, colon: usize) -> Option<usize> {
    let comma = (s..colon).rev().find(|&m| p.punct(m, ','))?;
    let pronoun = super::parsed::opens_pronoun_clause(p, comma + 1);
    let words = colon > comma + 2 && colon - comma - 2 <= 3 && (comma + 2..colon).all(|m| p.toks[m].is_word());
    (pronoun && words).then_some(comma + 1)
}
#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::{Position, Quote};

    #[test]
    fn a_role_description_before_a_colon_speaks() {
        let v = run(
            "Hafen\nBürgermeisterin Ada Lind sprach zuerst. Der Hafenchef gab sich kämpferisch: „Wir zahlen nicht.“\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Hafenchef" && t == "Wir zahlen nicht."), "{v:?}");
        let v = run("Port\nMayor Ada Lind spoke first. The governor was blunt: “We will not pay.”\n");
        assert!(v.iter().any(|(_, s, t)| s == "governor" && t == "We will not pay."), "{v:?}");
        // (a thing before the colon says nothing)
        let v = run("Hafen\nBürgermeisterin Ada Lind sprach zuerst. Der Hafen blieb leer: „Wir zahlen nicht.“\n");
        assert!(v.iter().all(|(_, s, _)| s != "Hafen"), "{v:?}");
    }

    #[test]
    fn a_signature_after_a_dash_comes_before_a_label_s_colon() {
        let v = run("Digest\nQUOTE OF THE DAY: \"The port must stay open for all of us.\" — Dutch MEP Ada van Berg, \
                     during the night's debate.\n");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "Ada van Berg", "{v:?}");
    }

    #[test]
    fn a_quotation_before_an_inverted_attribution_is_kept_when_its_speaker_is_unknown() {
        for text in
            ["Hafen\n\n„Die Fähre fährt wieder“, sagte er.\n", "Port\n\n« Le ferry reprendra », a-t-il ajouté.\n"]
        {
            let v = run(text);
            assert!(v.iter().any(|(k, _, t)| *k == Quote && (t.contains("ferry") || t.contains("Fähre"))), "{v:?}");
        }
        // a quoted phrase before a conjunction is no statement
        let v = run("Hafen\n\nEr nannte den Plan „teuer und ohne Nutzen“, und ging.\n");
        assert!(v.iter().all(|(k, _, _)| *k != Quote), "{v:?}");
    }

    #[test]
    fn a_quotation_about_the_one_reported_is_the_reporter_s() {
        let v = run(
            "Port\nSenator Ada Lind said Governor Tom Hale told the board that the pier would close.\n“He has no plan for the workers who depend on it.”\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ada Lind" && t.starts_with("He has no plan")), "{v:?}");
    }

    #[test]
    fn third_person_pronouns_are_sorted() {
        assert!(super::THIRD_PERSON.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_follow_up_quote_keeps_the_speaker() {
        let v = run(
            "Port\nMayor Ines Sala said the ferry would run again.\n“We have waited long enough for this,” she said.\n“And the fares will stay low for everyone.”\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ines Sala" && t.starts_with("And the fares")), "{v:?}");
    }

    #[test]
    fn a_bare_quotation_after_a_sentence_about_a_person() {
        let v = run(
            "Port\nTom Hale, the mayor of Springfield, was unimpressed by the deal. “This is a bad day for our town.”\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Tom Hale"), "{v:?}");
        let v = run(
            "Hafen\nDer Grünen-Politiker Jonas Weber zeigte sich enttäuscht. „Das ist ein fauler Kompromiss für alle.“\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Jonas Weber"), "{v:?}");
        // a sentence about a thing gives no speaker
        let v = run("Port\nThe ferry left the harbour at noon. “This is a bad day for our town.”\n");
        assert!(v.iter().all(|(_, s, _)| s.is_empty()), "{v:?}");
        let v = run("Port\nAprès la réunion, le port reste fermé. « Nous attendons des nouvelles du ministère. »\n");
        assert!(v.iter().all(|(_, s, _)| s.is_empty()), "{v:?}");
    }

    #[test]
    fn a_quotation_after_a_colon_belongs_to_the_person_the_subject_stands_for() {
        let v = run(
            "Hafen\nHafenchefin Ina Berg eröffnete den Pier. Die Hafenchefin wurde deutlich: „Die Gebühren müssen sinken.“\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ina Berg"), "{v:?}");
        let v = run("Port\nIna Berg runs the port. She was blunt: “The fees must come down this year.”\n");
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ina Berg"), "{v:?}");
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_quotation_below() {
        let v = run(
            "Port\nThe pier burned.\n\nIn response, Mayor Ada Lind issued the following statement:\n\n“Our thoughts are with the families of the crew.”\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ada Lind"), "{v:?}");
        // (an opening adverbial clause's subject is not the main clause's)
        let v = run(
            "Port\nThe pier burned.\n\nWhen Tom Reed retired in 1998, Mayor Ada Lind issued the following statement:\n\n“We thank him.”\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ada Lind"), "{v:?}");
    }

    #[test]
    fn a_short_label_before_a_colon_names_the_speaker() {
        let v = run("Hafen\nDer Pier ist zu.\n\nHafenarbeiterin aus Kiel: „Ich habe Angst um meine Arbeit.“\n");
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Hafenarbeiterin aus Kiel"), "{v:?}");
    }

    #[test]
    fn a_name_line_ending_in_a_colon_introduces_the_quotation_below() {
        let v = run("Hafen\nDer Pier ist zu.\n\nIna Berg, Hafenchefin:\n\n„Wir öffnen bald wieder.“\n");
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ina Berg"), "{v:?}");
    }

    #[test]
    fn as_someone_put_it() {
        for opening in [
            "As Ada Lind put it, ",
            "As the harbour master, Ada Lind, recently put it: ",
            "As Ada Lind, a professor of law at Ridgefield, put it, ",
            "As Ada Lind, author of “Tides,” put it, ",
        ] {
            let v = run(&format!("Port\nThe pier was shut.\n\n{opening}“The fees are simply too high.”\n"));
            assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ada Lind"), "{opening}: {v:?}");
        }
    }

    #[test]
    fn a_sentence_pointing_back_at_the_quotation_with_its_subject_first() {
        for (text, speaker, cue) in [
            ("“We will not accept this.” Those were the words of council leader Ada Lind.", "Ada Lind", "words"),
            ("“It is a dark day.” That was how union chief Ole Berg described the decision.", "Ole Berg", "described"),
            ("“Never again.” So said the union leader Tom Reed.", "Tom Reed", "said"),
            (
                "« Nous ne céderons pas. » C'est en ces termes que la présidente du port, Anne Morel, a ouvert la séance.",
                "Anne Morel",
                "ouvert",
            ),
            ("« Nous ne céderons pas. » C'est en ces termes qu'Anne Morel a ouvert la séance.", "Anne Morel", "ouvert"),
        ] {
            let v = super::super::tests::run_cues(&format!("Port\nMayor Paul Ross defended the pier.\n\n{text}\n"));
            assert!(v.iter().any(|(s, c)| s == speaker && c == cue), "{text}: {v:?}");
        }
    }

    #[test]
    fn a_french_sentence_pointing_back_at_the_quotation() {
        for next in
            ["C'est ce qu'a déclaré lundi Ina Berg, cheffe du port.", "C’est en ces termes qu’a réagi Ina Berg."]
        {
            let v = run(&format!("Port\nLe quai reste fermé.\n\n« Les taxes doivent baisser. » {next}\n"));
            assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ina Berg"), "{next}: {v:?}");
        }
    }

    #[test]
    fn a_dash_and_a_name_before_a_colon_hand_over_the_quotation() {
        let v = run(
            "Digest\n\nPollsters agree - Ada Lind: “The ferry polls were right.”\n\nBut polls did predict the vote \
                     – Harbour Monitor: “Turnout was high.”\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Ada Lind" && t == "The ferry polls were right."),
            "{v:?}"
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Harbour Monitor" && t == "Turnout was high."), "{v:?}");
        // (initials, a second name, “More from”)
        let v = run(
            "Digest\n\nFERRY POLLS WERE RIGHT - Ada B. Lind: “The polls held.”\n\nTurnout rose - Tom Reed and Ola Dahl: \
                     “Turnout was high.”\n\nWhat it means - More from Lind: “The count is a start.”\n",
        );
        for (who, said) in
            [("Ada B. Lind", "The polls held."), ("Ola Dahl", "Turnout was high."), ("Lind", "The count is a start.")]
        {
            assert!(v.iter().any(|(k, s, t)| *k == Quote && s.ends_with(who) && t == said), "{who}: {v:?}");
        }
    }

    #[test]
    fn back_references_are_sorted() {
        assert!(super::BACK_REFERENCES.windows(2).all(|w| (w[0].0 as u8, w[0].1) < (w[1].0 as u8, w[1].1)));
    }

    #[test]
    fn a_german_sentence_pointing_back_at_the_quotation() {
        for next in [
            "Das sagte Hafenchefin Ina Berg am Montag.",
            "So äußerte sich Hafenchefin Ina Berg.",
            "Mit diesen Worten reagierte Hafenchefin Ina Berg auf die Pläne.",
        ] {
            let v = run(&format!("Hafen\nDer Pier bleibt zu.\n\n„Die Gebühren müssen sinken.“ {next}\n"));
            assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ina Berg"), "{next}: {v:?}");
        }
        // a sentence that goes on about something else names no source
        let v = run("Hafen\nDer Pier bleibt zu.\n\n„Die Gebühren müssen sinken.“ Das Schiff lag im Hafen.\n");
        assert!(v.iter().all(|(_, s, _)| s.is_empty()), "{v:?}");
    }

    #[test]
    fn titles_nicknames_and_slogans_are_no_statements() {
        for s in [
            "“The Slow Decline of the Harbour Town” (Coastal Review) is a long read on the port.",
            "And in “Why We Stopped Trusting Ferry Timetables,” engineer Ada Lind argues that the ferries run late.",
            "Tom Reed, the skipper known to his crew as “Old Salt,” insisted that he would not retire.",
            "The company runs four ferries. Its motto, “Always on time, never on fire,” is on every hull.",
        ] {
            let v = run(&format!("Port\nThe pier reopened.\n\n{s}\n"));
            assert!(v.iter().all(|(k, _, _)| *k != Quote), "{s}: {v:?}");
        }
        // (a sentence in Title Case words is still a quote: capitals only, or a full stop inside)
        let v = run("Port\nThe pier reopened.\n\n“Like Oakland. Or Ferguson,” Tom Reed said.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Tom Reed"), "{v:?}");
    }

    #[test]
    fn labels_are_no_quotes() {
        assert!(run("Port\nThe so-called “harbour of hope” opened on a grey morning in May.\n").is_empty());
    }

    #[test]
    fn a_title_after_a_media_noun_is_no_quote_and_no_attribution_it_closes() {
        // (also after a German compound: „ZDF-Talkshow“)
        let v = run(
            "Streit\nDie Union ist empört. In der ZDF-Talkshow „Hart aber fair“ sagte Ada Lind, der Etat sei solide.\n",
        );
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "der Etat sei solide".to_owned())]);
        let v = run(
            "Budget\nThe opposition is angry. In the programme “The Port Tonight” Ada Lind said the budget was sound.\n",
        );
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "the budget was sound".to_owned())]);
        let v = run("Budget\nL'opposition est en colère contre le budget du gouvernement et de la majorité. \
                     Dans l'émission « C dans l'air », Ada Lind a affirmé que le budget était solide.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "le budget était solide".to_owned())]);
    }

    #[test]
    fn a_quote_after_a_sentence_about_a_person_is_theirs_before_the_paragraph_speaker() {
        let v = run(
            "Hafen\nDer Hafen bleibt zu. „Bleiben Sie bei den Fakten“, bat Moderatorin Lea Brandt. Doch Ministerin \
                     Jana Vogt ließ nicht locker. „Wer so rechnet, kann nicht regieren.“\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Jana Vogt" && t.starts_with("Wer so rechnet")), "{v:?}");
    }

    #[test]
    fn a_quote_after_a_colon_belongs_to_the_named_subject() {
        let v = run("Port\nOn Monday, Mayor Ines Sala, in a talk with a local paper: “The ferry will run again.”\n");
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ines Sala"), "{v:?}");
    }

    #[test]
    fn a_name_in_quotes_is_no_quote() {
        let v = run("Hafen\nDer Pier sei zerstört, erklärte der Bürgermeister gegenüber der Zeitung „Hafenblatt“.\n");
        assert!(!v.iter().any(|(k, _, _)| *k == Quote), "{v:?}");
        // a label verb's quote is the speaker's words
        let v = run(
            "Port\nMayor Ines Sala opened the pier. Sala assailed the critics as part of the “Old Guard” who oppose the port.\n",
        );
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "Old Guard"), "{v:?}");
    }

    #[test]
    fn a_french_incise_inside_the_quotation_marks() {
        let v = run(
            "Port\nLa maire Ina Berg a visité le port de la ville. « Le port restera ouvert, assure-t-elle. Nous trouverons les moyens de le financer. »\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ina Berg" && t == "Le port restera ouvert"), "{v:?}");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ina Berg" && t.starts_with("Nous trouverons")), "{v:?}");
    }

    #[test]
    fn a_quotation_signed_after_a_dash() {
        let v = run("Port\nThe pier was full.\n\n“The fees must go down before summer.” — Ines Sala, ferry captain\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ines Sala" && t.starts_with("The fees")), "{v:?}");
    }

    #[test]
    fn german_so_after_a_quotation_names_the_source() {
        let v = run("Hafen\nDer Pier bleibt zu.\n\n„Die Gebühren müssen sinken“, so Bürgermeisterin Ines Sala.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ines Sala" && t.starts_with("Die Gebühren")), "{v:?}");
    }

    #[test]
    fn a_name_and_continued_after_a_quotation() {
        let v = run(
            "Port\nMayor Ines Sala spoke. “The fees are too high,” she said.\n\n“Nobody will pay them,” Omar Daly continued.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t.starts_with("Nobody")), "{v:?}");
    }

    #[test]
    fn german_so_with_a_closing_adverb() {
        let v = run(
            "Duell\nEs wurde laut. Vogt rief dazwischen. „Ich lasse mich nicht beleidigen“, so Jörg Hahn weiter.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Jörg Hahn" && t == "Ich lasse mich nicht beleidigen"), "{v:?}");
    }

    #[test]
    fn a_quoted_name_may_hold_a_particle() {
        let v = run(
            "Nahost\nDie Lage ist ernst. Ministerin Ada Lind sprach mit der „Times of Israel“ über die Lage im Land.\n",
        );
        assert!(v.iter().all(|(_, _, t)| t != "Times of Israel"), "{v:?}");
    }

    #[test]
    fn a_colon_quotation_after_a_personal_pronoun_s_clause_is_the_pronoun_s() {
        let v =
            run("Port\nLe maire Paul Roux a parlé longuement.\n\nInterrogé sur les propos de la ministre, qui avait \
                     parlé d'un « accord », il a souri : « Elle est optimiste. C'est son métier. »\n");
        assert!(v.iter().any(|(_, s, t)| s == "Paul Roux" && t.starts_with("Elle est")), "{v:?}");
        let v =
            run("Port\nMayor Paul Roux spoke at length.\n\nAsked about the minister, who had spoken of a “deal”, he \
                     smiled: “She is an optimist. That is her job.”\n");
        assert!(v.iter().any(|(_, s, t)| s == "Paul Roux" && t.starts_with("She is")), "{v:?}");
    }
}
