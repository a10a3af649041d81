//! Verbs of saying: who the speaker of a cue verb is, and whether the statement stands before
//! the attribution (“…,” said X) or after it (X said that …, see [`super::clause`]).
//!
//! [`Engine::verb_cue`] runs the rules in order: the guards that make a cue word no report,
//! then one speaker rule (participle, continuation after a conjunction, relative clause,
//! inverted attribution, subject before the cue, German verb-second and verb-final subjects),
//! then the statement rules.

use super::parsed::{
    Parsed, clause_floor, closing_quote, is_indirect_question, is_time, is_title, looks_like_clause, quote_ends_at,
    trim_punct,
};
use super::state::{Attribution, CueSite, SentenceState};
use super::subject::SubjectOf;
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{CueKind, Lang, PronounKind, cue_trait, flag, flags_of};
use crate::extract::names::{is_possessive, split_phrase, strip_possessive};
use crate::extract::tokens::{TokKind, Token};

/// Cues that are adjectives after “be”, « être », not passives (“was clear that …”, « est
/// convaincu que … »), sorted.
const ADJECTIVE_CUES: [&str; 14] = [
    "adamant",
    "certain",
    "clear",
    "confident",
    "convaincre",
    "convince",
    "hopeful",
    "insistent",
    "optimistic",
    "persuader",
    "pessimistic",
    "sceptical",
    "skeptical",
    "worry",
];

/// Most words between a German perfect auxiliary and its participle cue that the rule "a German
/// perfect's object before its participle" looks through.
const MIDDLE_FIELD_WORDS: usize = 10;

/// French adverbs of degree (sorted): a cue form after one and a verb is an adjective (« s'est
/// montré plus nuancé »), no report.
const FR_DEGREE_ADVERBS: [&str; 5] = ["assez", "moins", "plus", "trop", "très"];

/// Whether the words `[s, open)` opening a sentence are an English description with its
/// complement (“A person familiar with the matter”, “An official at the ministry”): an article,
/// at most eight words, no cue, verb-like word or quotation, and a role or source noun in it.
fn described_opening(p: &Parsed<'_>, s: usize, open: usize) -> bool {
    let plain = (s..open).all(|k| p.toks[k].is_word() && p.toks[k].cue.is_none() && !p.toks[k].has(flag::AUX));
    let noun = (s..open).any(|k| super::phrase::is_source_noun(&p.toks[k]));
    p.toks[s].flags & (flag::DET | flag::INDEF) != 0 && open <= s + 8 && plain && noun
}

/// What the speaker rules found for a cue verb.
#[derive(Debug, Default)]
struct Found {
    /// The speaker, if any rule found one.
    speaker: Option<Speaker>,
    /// The token the attribution follows, when the statement stands before the cue.
    trailing_before: Option<usize>,
    /// The end of a subject written after the cue (“sagt Keuter, …”).
    post_subject_end: Option<usize>,
    /// Whether the speaker is relayed by another (“quoted X as saying”).
    relay: bool,
}

/// Rule "a post reports its clause": the English “post” reports only a clause it introduces
/// with “that”, a colon or a quotation within a few words (“posted on X that …”, “posted on
/// Facebook: …”); what is posted otherwise is a thing (“posted a video”, “posted a loss”).
fn posts_no_clause(p: &Parsed<'_>, site: CueSite<'_>) -> bool {
    site.c.lemma == "post"
        && !(site.i + 1..site.e.min(site.i + 6))
            .any(|k| p.toks[k].is("that") || p.punct(k, ':') || p.is_quote(k) && k == site.i + 1)
}

/// The passive auxiliary of a German passive of quoting, „„…“, wird X zitiert“: a form of
/// „werden“ right after the quotation and its comma (from `s`, before the participle at `i`).
fn quoted_passive_aux(p: &Parsed<'_>, s: usize, i: usize) -> Option<usize> {
    let aux = (s + 1..i).find(|&k| DE_PASSIVE_AUXILIARIES.binary_search(&p.toks[k].lower).is_ok())?;
    (aux >= s + 2 && p.punct(aux - 1, ',') && p.is_quote(aux - 2)).then_some(aux)
}

/// Whether `word` is a name's possessive (“Lind's”), not a pronoun's contraction (“He's
/// said”, “That's”).
fn is_name_possessive(word: &str) -> bool {
    if !is_possessive(word) {
        return false;
    }
    let f = flags_of(&strip_possessive(word).to_lowercase());
    f & (flag::FUNC | flag::DET) == 0 && PronounKind::of(f).is_none()
}

impl<'a> Engine<'a> {
    /// Attributes a verb cue: finds its speaker and emits what they said. Returns the speaker and
    /// cue when the sentence ends in “… said:” before a list.
    pub(super) fn verb_cue(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        st: &mut SentenceState,
    ) -> Option<(Speaker, String)> {
        if self.is_no_report(p, site, st) {
            return None;
        }
        // (rule "making it clear": the “it” of “made it clear that …” is no subject)
        let it_clear = site.c.lemma == "clear"
            && site.i >= site.s + 2
            && p.toks[site.i - 1].is("it")
            && matches!(p.toks[site.i - 2].lower, "make" | "made" | "makes" | "making");
        let (j0, neg) = self.skip_back(p, site.s, if it_clear { site.i - 2 } else { site.i });
        let found = self.verb_speaker(p, site, j0, neg, st)?;
        if neg {
            return None;
        }
        let sp = found.speaker?;
        // (rule "a described person named later" with the name as the subject: “The man, Walter
        // Dobbs, 81, later said …”, named_later.rs)
        let named_next = p.toks.get(site.s + 3).is_some_and(|t| t.is_word() && sp.name.starts_with(p.word(site.s + 3)));
        if p.punct(site.s + 2, ',') && named_next {
            self.name_described_before(p, site.s, site.s + 2, &sp);
        }
        // rule "a thing under an opening source marker is no speaker": in « Pour la CGT, ces
        // chiffres confirment « … » », „Für den Verband belegen die Zahlen …“ the figures say
        // nothing; the source the sentence opens with speaks all of it (source.rs)
        if self.thing_under_source_marker(p, site, &sp) {
            return None;
        }
        st.attributed.push(Attribution { cue: site.i, speaker: sp.clone(), cue_text: site.text.to_owned() });
        if let Some(tb) = found.trailing_before {
            // rule "an adverbial clause before the cue is no reported speech": the clause after
            // the speaker is ("Während X es begrüßt hatte, warnte Y, die Kosten …")
            let lo = clause_floor(p, site.s, tb, &st.clauses);
            // (and an indirect question is none: „Auf die Frage, ob …, antwortete sie …“)
            if p.toks[lo].is_word() && p.toks[lo].has(flag::SUBORDINATOR) || is_indirect_question(p, lo, tb) {
                return self.statement_after(p, site, found.post_subject_end, sp, st);
            }
            if let Some((after, end)) = self.parenthetical_end(p, site, tb, found.post_subject_end) {
                // rule "parenthetical attribution": “The measures, she said, would cost millions”;
                // after one opening word the clause after it is the statement (“So, as the
                // ministry said, the problem was …”)
                let lo = after_colon(p, lo, tb);
                // rule "a clause, its inserted cue and a coordinated clause": in “Reservoirs
                // were needed, he said, but they could be sited elsewhere”, „Die Lage sei ernst,
                // sagte er, aber man arbeite daran“ each clause is a statement of its own
                if looks_like_clause(p, lo, tb) && is_clause_joint(p, after) && after + 2 < end {
                    self.emit_clause(p, lo, tb, sp.clone(), site.text, 0.7);
                    self.emit_clause(p, after + 1, end, sp, site.text, 0.7);
                    st.clauses.push((lo, end));
                    return None;
                }
                let before = (lo..tb).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
                let lo = if before <= 1 { after } else { lo };
                self.emit_clause(p, lo, end, sp, site.text, 0.7);
                st.clauses.push((lo, end));
                return None;
            }
            // rule "a participle clause before the subject reports nothing itself": after
            // “Citing “…”, the spokeswoman told reporters that …” the clause after the cue is
            // the statement as well (what the participle clause quotes stays a quotation)
            // (and a French past participle: « Interrogé sur …, le ministre a répondu : « … » »)
            let first = &p.toks[site.s];
            let participle_opener = first.is_word()
                && first.cap
                && match self.lang {
                    Lang::En => first.lower.ends_with("ing"),
                    Lang::Fr => super::cue::is_fr_past_participle(first.lower),
                    Lang::De => false,
                };
            if participle_opener {
                // (the clause of an English participle may quote the speaker: “Citing “…”, …”)
                if self.lang == Lang::En {
                    self.statement_before(p, site, tb, &sp, found.relay, st);
                }
                return self.statement_after(p, site, found.post_subject_end, sp, st);
            }
            self.statement_before(p, site, tb, &sp, found.relay, st);
            self.quote_after_attribution(p, site, found.post_subject_end, sp, st);
            return None;
        }
        self.statement_after(p, site, found.post_subject_end, sp, st)
    }

    /// Guards: cue words that report nothing here. “as if to say”; a cue inside another
    /// statement's clause that is no verb of saying proper; a noun after a possessive or
    /// article (“his vow”, “the claim”); a passive (“was accused of”).
    fn is_no_report(&self, p: &Parsed<'a>, site: CueSite<'_>, st: &SentenceState) -> bool {
        let (s, i) = (site.s, site.i);
        let before = |k: usize| i >= s + k && p.toks[i - k].is_word();
        before(2) && p.toks[i - 1].is("to") && p.toks[i - 2].is("if")
            || st.clauses.iter().any(|&(a, b)| a <= i && i < b) && !site.c.has(cue_trait::CORE)
            || before(1) && p.toks[i - 1].has(flag::POSSESSIVE)
            // (a capitalised name's possessive too: “Lind's answer”, “Moser's claim”)
            // (not a pronoun's contraction: “She's told them …”)
            || before(1)
                && p.toks[i - 1].cap
                && is_name_possessive(p.word(i - 1))
                && PronounKind::of(p.toks[i - 1].flags).is_none()
            || before(1)
                && p.toks[i - 1].has(flag::PASSIVE_AUX)
                && !ADJECTIVE_CUES.contains(&site.c.lemma)
                && !self.is_progressive(p, s, i)
            || before(1) && self.de_present_passive(p, i) && !(site.c.lemma == "zitieren" && quoted_passive_aux(p, s, i).is_some())
            || before(2) && self.fr_degree_adjective(p, i)
            || self.en_noun_after_article(p, site)
            || self.en_bare_passive(p, site)
            || self.en_in_question_clause(p, site)
            || self.de_cue_closes_adverbial_clause(p, site)
            || self.is_standing_elsewhere(p, site)
            || super::relation::reads_without_document(p, site)
            || super::idiom::is_idiom(p, site, self.lang)
            || posts_no_clause(p, site)
    }

    /// The subject phrase of a German perfect whose object stands between the auxiliary and the
    /// participle cue (ending at `end`): „Katrin Albers hat die Arbeitgeber aufgefordert“ — the
    /// phrase before the auxiliary, when it opens the sentence (at `s`); after a fronted phrase,
    /// the phrase right after the auxiliary („Am Montag hat Albers die Arbeitgeber …“).
    fn de_perfect_object(&self, p: &Parsed<'a>, s: usize, end: usize, neg: bool) -> Option<(usize, usize)> {
        if self.lang != Lang::De || neg {
            return None;
        }
        let (a, _) = self.np_before(p, s, end)?;
        // (the auxiliary opens the middle field, which holds the object with its article or
        // quantifier, „die Arbeitgeber“, „beide Seiten“, and maybe a phrase after it, „die
        // Anwohner in den Vororten“, „nach dem Sturm die Bürger“: words only, no verb of saying)
        let middle = |k: &usize| p.toks[*k].is_word() && p.toks[*k].cue.is_none_or(|c| c.kind != CueKind::Verb);
        let aux =
            (s + 1..a).rev().take(MIDDLE_FIELD_WORDS).take_while(middle).find(|&k| p.toks[k].has(flag::PERFECT_AUX))?;
        self.de_subject_of_aux(p, s, aux, a)
    }

    /// The subject of the German perfect whose auxiliary stands at `aux` in the sentence from
    /// `s`, its middle field ending before `end`: the phrase before the auxiliary opening the
    /// sentence or a reported clause, else the one right after it (verb second after a fronted
    /// phrase).
    fn de_subject_of_aux(&self, p: &Parsed<'a>, s: usize, aux: usize, end: usize) -> Option<(usize, usize)> {
        // (a party in brackets after the subject: „Eva Roth (SPD) hat …“)
        let before = if p.punct(aux - 1, ')') {
            (s + 1..aux - 1).rev().take(4).find(|&k| p.punct(k, '(')).unwrap_or(aux)
        } else {
            aux
        };
        // (at the sentence start, or a reported clause's after its comma: „…, der Vorstand habe
        // in der Sitzung des Aufsichtsrats erklärt, …“)
        let opens = |k: usize| k == s || k > s && p.punct(k - 1, ',');
        let opening = self
            .np_before(p, s, before)
            .filter(|&(sa, _)| opens(sa) || sa > s && p.toks[sa - 1].has(flag::DET) && opens(sa - 1));
        if opening.is_some() {
            return opening;
        }
        // (verb second after a fronted phrase: „Am Montag hat die Ministerin die Bürger
        // aufgerufen“ — the subject right after the auxiliary, the object after it)
        self.np_after(p, aux + 1, end).filter(|&(sa, sb)| sa == aux + 1 && sb <= end && opens_subject(&p.toks[sa]))
    }

    /// Rule "a German quotation in the middle field is no statement before the cue": in
    /// „Konzernchef Jan Roth hatte bei der Vorstellung seines »Plans 2030« erklärt, …“ the
    /// quotation right before the participle `j0` stands between the perfect's auxiliary and
    /// the participle: the subject is the phrase opening the sentence before the auxiliary, or
    /// the one right after it after a fronted phrase („Noch im März hatte Jan Roth …“).
    fn de_quote_in_middle_field(&mut self, p: &Parsed<'a>, s: usize, j0: usize) -> Option<Speaker> {
        if self.lang != Lang::De || j0 < s + 3 || !p.is_quote(j0 - 1) {
            return None;
        }
        let aux = (s + 1..j0 - 1).find(|&k| p.toks[k].is_word() && p.toks[k].has(flag::PERFECT_AUX))?;
        let (a, b) = self.de_subject_of_aux(p, s, aux, j0 - 1)?;
        self.resolve(p, a, b, false)
    }

    /// Rule "a French cue form after an adverb of degree is an adjective": « s'est montré plus
    /// nuancé » — the adverb after a verb that is no auxiliary (« a aussi déclaré », « n'a plus
    /// dit » are verbs of saying).
    fn fr_degree_adjective(&self, p: &Parsed<'a>, i: usize) -> bool {
        let degree = FR_DEGREE_ADVERBS.binary_search(&p.toks[i - 1].lower).is_ok();
        let verb_before = p.toks[i - 2].is_word() && p.toks[i - 2].flags & (flag::AUX | flag::NEG) == 0;
        self.lang == Lang::Fr && degree && verb_before
    }

    /// Rule "a German present passive": “Dem Kapitän wird vorgeworfen, …” — “wird” or “werden”
    /// before a participle (ending in “-t”, or in “-en” with “ge” inside) is a passive, whose
    /// dative names no speaker; before an infinitive it is a future (“wird sagen”).
    /// (Also a participle that ends its clause after a passive auxiliary further back, with no
    /// perfect auxiliary between: „Die Kunden würden per E-Mail informiert“, „Sie wurde am
    /// Abend gefragt, …“; not „Sie hat die Kunden informiert“.)
    fn de_present_passive(&self, p: &Parsed<'a>, i: usize) -> bool {
        let w = p.toks[i].lower;
        let participle = w.ends_with('t') || w.ends_with("en") && w[..w.len() - 2].contains("ge");
        if self.lang != Lang::De || !participle {
            return false;
        }
        let passive = |t: &Token<'_>| DE_PASSIVE_AUXILIARIES.binary_search(&t.lower).is_ok();
        // (or „worden“ after it, the perfect passive: „Es seien keine Schäden festgestellt
        // worden“)
        if passive(&p.toks[i - 1]) || p.toks.get(i + 1).is_some_and(|t| t.is("worden")) {
            return true;
        }
        // (and the state passive with „sein“: „Viele Häuser seien nicht versichert“; not a
        // participle of a stance: „sie sei überzeugt, dass …“)
        let state = |t: &Token<'_>| {
            DE_STATE_AUXILIARIES.binary_search(&t.lower).is_ok() && DE_STANCE_PARTICIPLES.binary_search(&w).is_err()
        };
        let clause_end = p.toks.get(i + 1).is_none_or(|t| !t.is_word());
        let aux = (0..i)
            .rev()
            .take(12)
            .take_while(|&k| p.toks[k].is_word() && !p.toks[k].has(flag::PERFECT_AUX))
            .find(|&k| passive(&p.toks[k]) || state(&p.toks[k]));
        clause_end && aux.is_some()
    }

    /// The speaker rules, in order; `j0` is where the cue's auxiliaries and adverbs begin.
    /// `None` when a rule rules the cue out altogether.
    fn verb_speaker(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        j0: usize,
        neg: bool,
        st: &SentenceState,
    ) -> Option<Found> {
        let (s, e, i, c) = (site.s, site.e, site.i, site.c);
        let infinitive = i > s && p.toks[i - 1].is("to") && c.kind != CueKind::Participle;
        // (an English labelling verb's “-ing” form is a participle too: “…, calling it “…””)
        let labelling = c.kind == CueKind::Label && self.lang == Lang::En && p.toks[i].lower.ends_with("ing");
        let progressive = self.is_progressive(p, s, i);
        if (c.kind == CueKind::Participle || labelling || infinitive) && !progressive {
            return self.participle_speaker(p, (s, j0), st, infinitive, c.lemma == "add" || labelling);
        }
        if self.lang == Lang::De && c.lemma == "zitieren" {
            if let Some(found) = self.de_quoted_passive(p, site).or_else(|| self.quoted_object(p, site, j0)) {
                return Some(found);
            }
        }
        if self.is_impersonal(p, site) {
            return Some(self.impersonal_found(p, site, j0));
        }
        let word_before = j0 > s && p.toks[j0 - 1].is_word();
        // (a title right before the cue is no speaker: the phrase before it is the one to read)
        let title = j0 > s && is_title(p, s, j0 - 1);
        let np_end = if title { j0 - 1 } else { j0 };
        let mut found = Found::default();
        if word_before && p.toks[j0 - 1].has(flag::CONJ) && !st.attributed.is_empty() {
            // conjunction continuation: “… and has since said …” is the same speaker
            found.speaker = st.attributed.last().map(|a| a.speaker.clone());
        } else if word_before && self.lang == Lang::En && (p.toks[j0 - 1].is("and") || p.toks[j0 - 1].is("but")) {
            // rule "a cue coordinated with a verb before it shares its subject": “Price smiled
            // and said …”, “Price thanked Tom Reed and then added …”, “Rojas declined to
            // comment but said …” (English: measured on polnear; German and French word order
            // puts other phrases there)
            found.speaker = self
                .subject_before(p, s, j0 - 1, SubjectOf::Coordinated)
                .or_else(|| self.described_subject_of_coordination(p, s, j0 - 1));
        } else if word_before && p.toks[j0 - 1].has(flag::RELATIVE) {
            found.speaker = self.relative_speaker(p, s, j0);
        } else if let Some(found_v2) = self.de_after_subordinate_clause(p, site, j0) {
            found = found_v2;
        } else if j0 > s && (p.punct(j0 - 1, ',') || p.is_quote(j0 - 1) && !title) {
            found = self.inverted_speaker(p, site, j0);
        } else if self.lang == Lang::En && i == s && p.toks[i].cap && p.toks[i].is("said") {
            // rule "a fronted verb of saying": “Said Ada Lind, who grew up there, “…”” (only
            // “Said”: “Say Mexico demanded …” supposes)
            let np = self.np_after(p, i + 1, e).filter(|&(a, _)| p.toks[a].cap);
            found = self.subject_after_cue(p, np);
        } else if let Some(sp) = self.subject_of_relative_clause(p, s, j0) {
            found.speaker = Some(sp);
        } else if self.lang == Lang::Fr && j0 > s && p.toks[j0 - 1].lower == "on" {
            found.speaker = self.circle_of_on(p, s, j0 - 1);
        } else if title && self.lang == Lang::De && p.toks[s].is_word() && p.toks[s].has(flag::PREP) {
            // verb second after a fronted phrase with a title: „Im Gespräch mit der „Welt“
            // verteidigte Lind …“: the subject follows the cue
            let np = self.np_after(p, i + 1, e).filter(|&(pa, _)| opens_subject(&p.toks[pa]));
            found = self.subject_after_cue(p, np);
        } else if let Some(np) = self.de_perfect_object(p, s, np_end, neg) {
            // rule "a German perfect's object before its participle": „Albers hat die
            // Arbeitgeber aufgefordert, …“ — the subject stands before the auxiliary
            found.speaker = self.resolve(p, np.0, np.1, false);
        } else if let Some((a, b)) = self.np_before(p, s, np_end).filter(|&(a, b)| !opening_adverb(p, a, b)) {
            // (rule "an English subject with its prepositional complements", phrase.rs)
            let a = if j0 == np_end { self.en_head_before_complement(p, s, a) } else { a };
            found = self.subject_speaker(p, site, (a, b), neg);
            if let Some(reporter) = self.reporter_of_pronoun(p, (a, b), st, found.speaker.as_ref()) {
                found.speaker = Some(reporter);
            }
        } else if self.lang != Lang::En && j0 == s + 1 && opening_adverb(p, s, j0) {
            // verb second after an opening adverb: “Zudem warnte sie vor …”
            let np = self.subject_after_adverb(p, i, e);
            found = self.subject_after_cue(p, np);
        } else if self.lang != Lang::En && self.v2_subject(p, i + 1, e) {
            // verb second: “Dann sagt Keuter, …”
            let np = self.np_after(p, i + 1, e);
            found = self.subject_after_cue(p, np);
        } else if let Some(np) = self.de_subject_after_fronted_phrase(p, site).filter(|_| !neg) {
            found = self.subject_after_cue(p, Some(np));
        } else if self.lang == Lang::De && !neg {
            // verb-final participle: “Bendels hatte … gesagt, dass …”; in a clause its
            // complementiser opens, the subject after it: „Richtig ist, dass der Minister darauf
            // hingewiesen hat, …“
            let clause = (s..i).rev().find(|&k| p.punct(k, ',')).filter(|&c| {
                p.toks.get(c + 1).is_some_and(|t| t.is_word() && t.flags & (flag::COMPL | flag::SUBORDINATOR) != 0)
            });
            let from = clause.map_or(s, |c| c + 2);
            found.speaker = self.sentence_subject(p, from, e);
        }
        // (rule "a German quotation in the middle field is no statement before the cue", when
        // the cue found no one after the quotation)
        if found.speaker.is_none() {
            if let Some(sp) = self.de_quote_in_middle_field(p, s, j0) {
                found = Found { speaker: Some(sp), ..Found::default() };
            }
        }
        Some(found)
    }

    /// Rule "a pronoun reporting inside a report is the reporter": in “The driver told
    /// investigators that he believed he had been cleared”, « Le maire a assuré qu'il pensait
    /// … » the personal pronoun `[a, b)` subject of a cue inside the clause another cue of the
    /// sentence reported is that cue's speaker, a person of the pronoun's gender. A reporter whose
    /// gender the text does not show gives way to the pronoun's own antecedent (`found`) when
    /// that one shows the pronoun's gender.
    fn reporter_of_pronoun(
        &self,
        p: &Parsed<'a>,
        (a, b): (usize, usize),
        st: &SentenceState,
        found: Option<&Speaker>,
    ) -> Option<Speaker> {
        let t = p.toks.get(a).filter(|t| b == a + 1 && t.is_word())?;
        if PronounKind::of(t.flags) != Some(PronounKind::Person) || t.has(flag::SELF_REF) {
            return None;
        }
        st.clauses.iter().find(|&&(ca, cb)| ca <= a && a < cb)?;
        let outer = &st.attributed.last()?.speaker;
        let gender = t.flags & (flag::FEMALE | flag::MALE);
        let held = self.gender_of(&outer.name);
        let other_fits = found.is_some_and(|f| gender != 0 && self.gender_of(&f.name) == gender);
        let agrees = gender == 0 || held == gender || held == 0 && !other_fits;
        (outer.kind == PronounKind::Person && !outer.name.is_empty() && agrees).then(|| outer.clone())
    }

    /// Rule "German impersonal report" (impersonal.rs): the source the impersonal cue names,
    /// or with none named the one the sentence before reported („Die Behörde bestätigte den
    /// Vorgang. Man prüfe die Sache, hieß es.“).
    fn impersonal_found(&mut self, p: &Parsed<'a>, site: CueSite<'_>, j0: usize) -> Found {
        let (s, e) = (site.s, site.e);
        let (speaker, end) = self.impersonal_source(p, site);
        // (a source phrase opening the sentence ends with its quoted name, no statement: „In einer
        // Stellungnahme des Bündnisses „Wildes Land“ heißt es: …“)
        let opening_source = speaker.is_some() && p.toks[s].is_word() && p.toks[s].has(flag::PREP) && end <= site.i + 2;
        let speaker = speaker
            .or_else(|| self.ante.statement.as_ref().filter(|_| self.prev_had && end + 1 >= e).map(|x| x.0.clone()));
        let trailing = j0 > s && !opening_source && (p.punct(j0 - 1, ',') || p.is_quote(j0 - 1));
        Found { speaker, trailing_before: trailing.then(|| j0 - 1), post_subject_end: Some(end), relay: false }
    }

    /// The speaker found as the subject phrase `np` after the cue, with where it ends; none
    /// when there is no such phrase.
    fn subject_after_cue(&mut self, p: &Parsed<'a>, np: Option<(usize, usize)>) -> Found {
        let Some((pa, pb)) = np else { return Found::default() };
        Found { speaker: self.resolve(p, pa, pb, false), post_subject_end: Some(pb), ..Found::default() }
    }

    /// The subject after the cue at `i` when an adverb opens the sentence (“Zudem warnte sie
    /// …”): a capitalised word or a pronoun, or an article before a person's or an
    /// organisation's noun (“Zudem forderte der Minister …”).
    fn subject_after_adverb(&self, p: &Parsed<'a>, i: usize, e: usize) -> Option<(usize, usize)> {
        let speaker_noun = |a: usize, b: usize| (a..b).any(|k| p.toks[k].flags & (flag::ROLE | flag::ORG) != 0);
        self.np_after(p, i + 1, e).filter(|&(a, b)| {
            opens_subject(&p.toks[a])
                && (p.toks[a].cap || PronounKind::of(p.toks[a].flags).is_some() || speaker_noun(a, b))
        })
    }

    /// Rule "German verb second after a fronted phrase": in „Am Montag warnte der Minister vor
    /// …“, „Nach dem Treffen forderte Lind …“ the words before the cue (from `s` to `j0`) are a
    /// phrase opened by a preposition, or times and adverbs only, without a comma, quotation or
    /// verb (up to the cue at `site.i`): the subject follows the cue (after any inserts). The
    /// subject phrase, or None.
    fn de_subject_after_fronted_phrase(&self, p: &Parsed<'a>, site: CueSite<'_>) -> Option<(usize, usize)> {
        let (s, e, i) = (site.s, site.e, site.i);
        if self.lang != Lang::De || i <= s {
            return None;
        }
        // (a parenthesis inside: „Auf X (ehemals Twitter) schrieb …“)
        let mut depth = 0usize;
        let plain = (s..i).all(|k| {
            let t = &p.toks[k];
            if t.is_punct('(') || t.is_punct(')') {
                depth = if t.is_punct('(') { depth + 1 } else { depth.saturating_sub(1) };
                return true;
            }
            depth > 0 || t.is_word() && t.flags & flag::FINITE == 0 && t.cue.is_none()
        });
        let t = &p.toks[s];
        let fronted = t.has(flag::PREP)
            || (s..i).all(|k| {
                p.toks[k].has(flag::TIME) || p.toks[k].has(flag::FUNC) && PronounKind::of(p.toks[k].flags).is_none()
            });
        if !plain || !fronted || PronounKind::of(t.flags).is_some() {
            return None;
        }
        let from = self.inserts_end(p, i + 1, e);
        self.np_after(p, from, e).filter(|&(a, _)| opens_subject(&p.toks[a]))
    }

    /// Rule "German quoting verb": „…“, zitierte die Zeitung den Minister / Die Zeitung zitierte
    /// den Minister mit den Worten: „…“: the one quoted, the verb's object, speaks, not the one
    /// quoting. The object follows the subject after the cue, or the cue itself when the subject
    /// stands before it.
    fn quoted_object(&mut self, p: &Parsed<'a>, site: CueSite<'_>, j0: usize) -> Option<Found> {
        let (s, e, i) = (site.s, site.e, site.i);
        let trailing = j0 > s && (p.punct(j0 - 1, ',') || p.is_quote(j0 - 1));
        let from = if trailing { self.np_after(p, i + 1, e)?.1 } else { i + 1 };
        let (a, b) = self.np_after(p, from, e)?;
        let t = &p.toks[a];
        if !(t.cap || t.has(flag::DET) || PronounKind::of(t.flags).is_some() || matches!(t.lower, "ihn" | "ihm")) {
            return None;
        }
        let speaker = if matches!(t.lower, "ihn" | "ihm") {
            self.pronoun_of(flag::PRON_PERSON | flag::MALE, p.base + t.start)
        } else {
            self.resolve(p, a, b, false)
        };
        Some(Found { speaker, trailing_before: trailing.then(|| j0 - 1), post_subject_end: Some(b), relay: true })
    }

    /// Rule "German quoted in the passive": in „„…“, wird Geschäftsführer Ada Lind in der
    /// Mitteilung zitiert“ the subject of the passive („wird“, „wurde“ after the quotation and
    /// its comma, before the participle at `site.i`) is the one quoted, and the quotation before
    /// is theirs.
    fn de_quoted_passive(&mut self, p: &Parsed<'a>, site: CueSite<'_>) -> Option<Found> {
        let aux = quoted_passive_aux(p, site.s, site.i)?;
        let (a, b) = self.np_after(p, aux + 1, site.i).filter(|&(a, _)| a == aux + 1)?;
        let speaker = self.resolve(p, a, b, false);
        Some(Found { speaker, trailing_before: Some(aux - 1), post_subject_end: Some(b), relay: false })
    }

    /// Participle or infinitive cue (“…, saying …”, “… to say”, also an English labelling verb's
    /// “-ing” form: “…, calling it …”): a relayed speaker (“quoted X as saying”), else the
    /// participle's own subject after “with” (subject.rs), else the speaker of the
    /// sentence's last attribution (or a named person between it and the cue), else the nearest
    /// subject before that is no object of the main clause — an infinitive's may be (“led Lind
    /// to declare”) — else, for a participle opening the sentence, the last speaker. Never
    /// after a preposition (“for saying”).
    fn participle_speaker(
        &mut self,
        p: &Parsed<'a>,
        (s, j0): (usize, usize),
        st: &SentenceState,
        infinitive: bool,
        adding: bool,
    ) -> Option<Found> {
        // (after a dateline: “PARIS, 14 janvier (AFP) - Les syndicats …, estimant …”, mod.rs;
        // its subject is the sentence's, also when the walk back finds none)
        let dateline = super::dateline_end(p, s, j0).filter(|&d| d < j0);
        let s = dateline.unwrap_or(s);
        // (“went on to say”: “on” is the particle of “go on”, the infinitive's verb)
        let go_on = infinitive
            && j0 >= s + 2
            && p.toks[j0 - 1].is("on")
            && matches!(p.toks[j0 - 2].lower, "go" | "goes" | "going" | "gone" | "went");
        if j0 > s && (p.toks[j0 - 1].has(flag::PREP) && !p.toks[j0 - 1].is("by")) && !go_on {
            return None;
        }
        let mut found = Found::default();
        if let Some(sp) = self.relayed_speaker(p, s, j0) {
            found.speaker = Some(sp);
            found.relay = true;
        }
        if found.speaker.is_none() && !infinitive {
            found.speaker = self.absolute_subject(p, s, j0);
        }
        if found.speaker.is_none() {
            found.speaker = self.continued_speaker(p, j0, st, adding);
        }
        if found.speaker.is_none() {
            // (an infinitive's subject may be the object before it: “led Lind to declare …”)
            let of = if infinitive { SubjectOf::Infinitive } else { SubjectOf::Participle };
            found.speaker = self.subject_before(p, s, j0, of);
        }
        if found.speaker.is_none() && dateline.is_some() {
            found.speaker = self.sentence_subject(p, s, j0);
        }
        // rule "a participle opening the sentence goes on with the last speaker": “… Maher
        // stated. Adding, “…””
        if found.speaker.is_none() && j0 == s && !infinitive && self.prev_had {
            found.speaker = self.ante.statement.as_ref().map(|x| x.0.clone());
        }
        if found.relay && j0 > s && (p.is_quote(j0 - 1) || p.punct(j0 - 1, ',') && p.is_quote(j0.saturating_sub(2))) {
            found.trailing_before = Some(j0 - 1);
        }
        Some(found)
    }

    /// Relayed source: “The paper quoted an official as saying …”: the official speaks, with the
    /// relay in the role (“official (quoted by the paper)”).
    fn relayed_speaker(&mut self, p: &Parsed<'a>, s: usize, j0: usize) -> Option<Speaker> {
        if !(j0 > s && p.toks[j0 - 1].is("as")) {
            return None;
        }
        let lo = s.max(j0.saturating_sub(14));
        let qk = (lo..j0 - 1).rev().find(|&k| p.toks[k].has(flag::QUOTING))?;
        let (a, b) = self.np_after(p, qk + 1, j0 - 1)?;
        let mut sp = self.resolve(p, a, b, false)?;
        if let Some((ra, rb)) = self.np_before(p, s, qk) {
            let relay = self.np_words(p, ra, rb);
            let rs = split_phrase(&relay);
            let by = if rs.name.is_empty() { rs.description } else { rs.name };
            sp.role = format!("{} (quoted by {by})", if sp.role.is_empty() { "source" } else { &sp.role }).into();
        }
        Some(sp)
    }

    /// Continuation of the last attribution: “X said …, adding …” is X, unless a named person
    /// of two words stands between (“…, with Anna Berg adding …”).
    fn continued_speaker(&mut self, p: &Parsed<'a>, j0: usize, st: &SentenceState, adding: bool) -> Option<Speaker> {
        let Attribution { cue: last_cue, speaker: last_sp, .. } = st.attributed.last().cloned()?;
        // rule "'adding' goes on with the speaker": the participle of adding (or of labelling,
        // “calling them “…””) says more of what the last cue's speaker said, never what the one
        // reported did (“Lind told the radio that Reed “had a crazy plan,” adding, “He lost every
        // vote.””)
        if adding {
            return Some(last_sp);
        }
        let saved = self.ante.clone();
        // the addressee of the last cue is no speaker (“…,” Carson tells Breitbart News, responding …)
        // (nor is the last cue's object, a phrase no verb follows: “Lind criticised Tom Reed on
        // Monday, saying …”; a phrase before a verb, or a word in “-ed”, opens the reported
        // clause: “Lind said Tom Reed had left, saying …”, “said Reed quieted the room, telling …”)
        let told = self.cue_at(p, last_cue).is_some_and(|c| c.has(cue_trait::OBJECT));
        let verb = |t: &Token<'_>| {
            t.is_word() && (t.flags & (flag::FINITE | flag::AUX) != 0 || !t.cap && t.lower.ends_with("ed"))
        };
        let object = |b: usize| told || !p.toks.get(b).is_some_and(verb);
        let lo = match self.np_after(p, last_cue + 1, j0) {
            Some((a, b)) if a == last_cue + 1 && object(b) => b,
            _ => last_cue + 1,
        };
        let embedded = self.subject_before(p, lo, j0, SubjectOf::Participle).filter(|sp| {
            sp.kind == PronounKind::Person && sp.name.split_whitespace().count() >= 2 && sp.name != last_sp.name
        });
        if embedded.is_none() {
            self.ante = saved;
        }
        embedded.or(Some(last_sp))
    }

    /// Relative clause: “Lena Holm, who said …”: the phrase before the relative pronoun speaks.
    fn relative_speaker(&mut self, p: &Parsed<'a>, s: usize, j0: usize) -> Option<Speaker> {
        let end = if j0 >= s + 2 && p.punct(j0 - 2, ',') { j0 - 2 } else { j0 - 1 };
        // (a party in parentheses may stand after the name: “Tom Hartigan (Labour), who …”)
        let end = if end > s { super::cue::party_parenthetical(p, s, end).unwrap_or(end) } else { end };
        let (a, b) = self.np_before(p, s, end)?;
        if p.punct(end, ',') {
            if let Some(named) = self.name_before_apposition(p, s, end) {
                return Some(named);
            }
        }
        self.resolve(p, a, b, false)
    }

    /// Whether `sp`, the speaker found for the cue of `site`, is a thing (a description with no
    /// word of a person, an organisation, a group or a source) in a sentence that opens with a
    /// source marker and its comma (see [`Self::verb_cue`]).
    fn thing_under_source_marker(&self, p: &Parsed<'a>, site: CueSite<'_>, sp: &Speaker) -> bool {
        let thing = sp.via == Via::Description
            && sp.kind != PronounKind::Person
            && sp
                .name
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_uppercase) && flags_of(w) & super::SPEAKER_NOUNS == 0);
        let marker = p.toks[site.s].cue.is_some_and(|c| c.kind == CueKind::SourcePrefix)
            && (site.s + 1..site.i).any(|k| p.punct(k, ','));
        thing && marker
    }

    /// Rule "a relative clause after an apposition is about the name": in “Ada Roe, an
    /// economist at the university, who warned …” the description between the commas before the
    /// relative pronoun's comma `open` (after `s`) is the name's before it, and the name speaks,
    /// with the description as its role.
    fn name_before_apposition(&mut self, p: &Parsed<'a>, s: usize, open: usize) -> Option<Speaker> {
        let c1 = (s + 1..open).rev().find(|&k| p.punct(k, ','))?;
        let first = p.toks.get(c1 + 1).filter(|t| t.is_word())?;
        // (a description: an article or a lowercase role word opens it; or a party and state:
        // “Sen. Ada Brill, D-Maine, who …”)
        let description = !first.cap && (first.flags & (flag::DET | flag::INDEF) != 0 || first.has(flag::ROLE));
        let tag = super::parsed::is_party_state_tag(p, c1 + 1, open);
        if !tag && (!description || c1 + 2 >= open) {
            return None;
        }
        let (na, nb) = self.np_before(p, s, c1).filter(|&(_, nb)| nb == c1)?;
        let named = self.split_span(p, na, nb);
        if named.name.is_empty() || named.org {
            return None;
        }
        let mut sp = self.resolve(p, na, nb, false)?;
        if sp.role.is_empty() && !tag {
            let from = if first.flags & (flag::DET | flag::INDEF) != 0 { c1 + 2 } else { c1 + 1 };
            sp.role = super::clean_role(&p.s[p.toks[from].start..p.toks[open - 1].end]).into();
        }
        Some(sp)
    }

    /// Inverted attribution after a comma or quote: “…,” said Sakaliene / …, sagt der
    /// Vorsitzende. Or a subject with an apposition before the cue: “Holm, speaking on Friday,
    /// said …”.
    fn inverted_speaker(&mut self, p: &Parsed<'a>, site: CueSite<'_>, j0: usize) -> Found {
        let (s, e, i) = (site.s, site.e, site.i);
        if let Some(sp) = self.circle_after_on(p, i + 1, e) {
            return Found { speaker: Some(sp), trailing_before: Some(j0 - 1), ..Found::default() };
        }
        let quote_right_before = quote_ends_at(p, s, j0);
        // rule "an English verb with a noun object does not invert": “…, rejected the takeoff”
        // is a verb and its object; after a clause only a verb of saying proper stands before
        // its subject (“…, said the mayor”), after a quotation any verb may (“…,” scoffed Lind)
        let inverts = self.lang != Lang::En || site.c.has(cue_trait::CORE) || quote_right_before;
        let np = inverts
            .then(|| self.np_after(p, self.inverted_subject_start(p, Self::after_cue(p, site.c, i), e), e))
            .flatten()
            .map(|(a, b)| (a, self.fr_adjective_after(p, b, e)));
        // a German or French subject after the cue that ends the attribution is the speaker, not
        // a phrase before an apposition (“…, zwei Frauen verletzt worden, meldete das Klinikum”)
        let inverted =
            self.lang != Lang::En && np.is_some_and(|(a, b)| p.toks[a].is_word() && self.subject_ends(p, b, e));
        let apposition = if quote_right_before || !p.punct(j0 - 1, ',') {
            None
        } else if let Some(sp) = self.subject_before_relative(p, s, j0 - 1) {
            Some(sp)
        } else if let Some(sp) = self.subject_with_appositions(p, s, j0 - 1) {
            Some(sp)
        } else if inverted {
            // (a name and its apposition opening the sentence are handled just above)
            None
        } else {
            self.appositive_subject(p, s, j0 - 1)
        };
        let mut found = Found::default();
        if let Some(sp) = apposition {
            found.speaker = Some(sp);
            // rule "a trailing attribution with an apposition": “The motion passed, the
            // speaker, Woo Sang-jin, announced.” — the statement stands before the pair
            // (only when the attribution ends the sentence: “As part of his plea, Lazar, 44,
            // said that …” reports what follows)
            // (an opening adjective phrase is no statement: « Plus mesuré, le secrétaire général,
            // Jean Roux, juge la réforme mal calibrée »)
            let ends = self.circumstance_tail(p, i + 1, e, 6) && adjective_before_pair(p, s, j0 - 1).is_none();
            found.trailing_before = self.trailing_pair_start(p, s, j0 - 1).filter(|_| ends);
        } else if let Some((a, b)) = np {
            found.speaker = self.document_from(p, (a, b), e).or_else(|| self.resolve_with_apposition(p, a, b, e, true));
            // (rule "a relay citing its source", relay.rs)
            if let Some(cited) = found.speaker.clone().and_then(|relay| self.cited_source(p, &relay, b, e)) {
                found.speaker = Some(cited);
            }
            found.post_subject_end = Some(b);
            let quote_before = p.is_quote(j0 - 1) || j0 >= s + 2 && p.is_quote(j0 - 2);
            if quote_before || self.subject_ends(p, b, e) || self.lang != Lang::De {
                found.trailing_before = Some(j0 - 1);
            }
        } else if let Some(sp) = self.appositive_subject(p, s, j0 - 1) {
            found.speaker = Some(sp);
        }
        found
    }

    /// Rule "French “on” speaks for the circle the sentence opens with": in “Dans l'entourage du
    /// président, on assure que …”, “À Matignon, on explique …” the place or circle after the
    /// opening preposition, up to the comma before “on” (at `on`), speaks; else no one known.
    fn circle_of_on(&mut self, p: &Parsed<'a>, s: usize, on: usize) -> Option<Speaker> {
        let opens = p.toks[s].is_word() && p.toks[s].has(flag::PREP) || p.toks[s].lower == "du";
        if !opens || on < s + 3 || !p.punct(on - 1, ',') {
            return None;
        }
        // (“du côté de X”: the circle is after “de”)
        let from = if p.toks[s + 1].lower == "côté" { s + 2 } else { s + 1 };
        let (a, b) = self.np_after(p, from, on - 1)?;
        (b == on - 1).then(|| self.resolve(p, a, b, false)).flatten()
    }

    /// Rule "French inverted “on” speaks for the place after it": in « … », indique-t-on au
    /// département d'État / confie-t-on dans l'entourage du ministre the phrase after the
    /// preposition that follows “on” (at `k`, right after the cue) speaks, up to the sentence end.
    fn circle_after_on(&mut self, p: &Parsed<'a>, k: usize, e: usize) -> Option<Speaker> {
        let on = p.toks.get(k)?;
        if self.lang != Lang::Fr || !on.is_word() || on.lower != "on" {
            return None;
        }
        let prep =
            p.toks.get(k + 1).filter(|t| t.is_word() && (t.has(flag::PREP) || matches!(t.lower, "au" | "aux")))?;
        // (“du côté de la mairie”: the place is after “de”; an elided article is no part of it)
        let side = prep.lower == "du" && p.toks.get(k + 2).is_some_and(|t| t.lower == "côté");
        let mut from = k + if side { 4 } else { 2 };
        while p.toks.get(from).is_some_and(|t| t.is_word() && t.has(flag::ELISION)) {
            from += 1;
        }
        // (the phrase runs to the sentence end: “au département d'État”)
        let end = trim_punct(p, from, e);
        let plain = (from..end).all(|j| {
            let t = &p.toks[j];
            t.is_word() && t.flags & flag::FINITE == 0 && t.cue.is_none_or(|c| c.kind != CueKind::Verb)
        });
        if !(plain && end > from && end - from <= 6) {
            return None;
        }
        let text = p.s[p.toks[from].start..p.toks[end - 1].end].trim();
        let place = Speaker { name: text.into(), role: "".into(), kind: PronounKind::Org, via: Via::Description };
        // (a plain noun opening the place is its head: “département d'État”, not “État”)
        if !p.toks[from].cap && !p.toks[from].has(flag::DET) {
            return Some(place);
        }
        Some(self.resolve(p, from, end, false).unwrap_or(place))
    }

    /// Where an inverted subject after the cue (at `k`) starts: after a French addressee
    /// (“indique à l'AFP un conseiller”) or an adverb (“souligne aussi la famille”, “ajoute
    /// encore le ministre”).
    fn inverted_subject_start(&self, p: &Parsed<'a>, k: usize, e: usize) -> usize {
        // rule "words between an inverted cue and its subject" (insert.rs)
        let k = if self.lang == Lang::En { k } else { self.inserts_end(p, k, e) };
        self.addressee_end(p, k, e).unwrap_or(k)
    }

    /// Rule "German verb second after a subordinate clause": in “Wie Reuters meldet, fordert die
    /// Organisation einen Abzug” / “Während X es begrüßt hatte, warnte der Gesandte, …” the cue
    /// right after the comma that closes a clause opened by a subordinator is the main verb: its
    /// subject follows it.
    fn de_after_subordinate_clause(&mut self, p: &Parsed<'a>, site: CueSite<'_>, j0: usize) -> Option<Found> {
        let (s, e, i) = (site.s, site.e, site.i);
        // (a subordinator, or a comparison: “Wie Reuters meldet, …”)
        let opens = p.toks[s].is_word() && p.toks[s].flags & (flag::SUBORDINATOR | flag::COMPARISON) != 0;
        let closes = j0 > s + 2 && p.punct(j0 - 1, ',') && !(s + 1..j0 - 1).any(|k| p.punct(k, ','));
        if self.lang != Lang::De || !opens || !closes {
            return None;
        }
        let (a, b) = self.np_after(p, i + 1, e).filter(|&(a, _)| opens_subject(&p.toks[a]))?;
        let speaker = self.resolve(p, a, b, false)?;
        Some(Found { speaker: Some(speaker), post_subject_end: Some(b), ..Found::default() })
    }

    /// Rule "a relative clause without commas between subject and cue": in “A minister who asked
    /// not to be named said …”, “un ministre qui a requis l'anonymat reconnaît que …” the phrase
    /// before “who” / “qui” speaks: the clause runs to the cue (at `j0`) without a comma,
    /// quotation or cue, in at most ten words.
    fn subject_of_relative_clause(&mut self, p: &Parsed<'a>, s: usize, j0: usize) -> Option<Speaker> {
        if self.lang == Lang::De {
            return self.de_antecedent_of_relative_clause(p, s, j0);
        }
        let lo = s.max(j0.saturating_sub(11));
        let r = (lo..j0).rev().find(|&k| p.toks[k].is_word() && matches!(p.toks[k].lower, "who" | "qui"))?;
        let clean =
            (r + 1..j0).all(|k| p.toks[k].is_word() && self.cue_at(p, k).is_none_or(|c| !c.has(cue_trait::CORE)));
        if r == s || !clean || r + 1 >= j0 {
            return None;
        }
        // (after an opening phrase and its comma: “Interrogé par Le Parisien, un ministre qui …”)
        let s = (s..r).rev().find(|&k| p.punct(k, ',')).map_or(s, |k| k + 1);
        let (a, b) = self.np_before(p, s, r)?;
        let opens = (s..a).all(|k| p.toks[k].is_word() && p.toks[k].flags & (flag::DET | flag::INDEF) != 0);
        if b != r || !opens {
            return None;
        }
        self.resolve(p, s.min(a), b, false)
    }

    /// Rule "a German relative clause ends in its verb": in „ein Antrag der CDU-Fraktion, der ein
    /// schnelleres Verfahren für den Abschuss auffälliger Tiere verlangt“ the relative pronoun
    /// after the comma is the cue's subject (when no article follows it, which would open the
    /// clause's own subject: „die Forderung, die die Partei stellt“), so the phrase before the
    /// comma speaks, not the noun before the verb; the clause runs to the cue (at `j0`) without a
    /// comma or quotation.
    fn de_antecedent_of_relative_clause(&mut self, p: &Parsed<'a>, s: usize, j0: usize) -> Option<Speaker> {
        let comma = (s..j0).rev().find(|&k| !p.toks[k].is_word())?;
        // (also right before the cue: „einer Pflegerin, die geschrieben habe, …“)
        let relative = comma + 1 < j0
            && p.punct(comma, ',')
            && matches!(p.toks[comma + 1].lower, "der" | "die" | "das" | "welcher" | "welche")
            && (comma + 2 == j0 || !p.toks[comma + 2].has(flag::DET) || p.toks[comma + 2].has(flag::INDEF));
        if !relative {
            return None;
        }
        let (a, b) = self.np_before(p, s, comma).filter(|&(_, b)| b == comma)?;
        // (with the origin after a person's noun: „einer Pflegerin aus Halbergen, die …“)
        let origin = a > s + 1 && p.toks[a - 1].is("aus");
        let a = origin
            .then(|| self.np_before(p, s, a - 1).filter(|&(_, nb)| nb == a - 1))
            .flatten()
            .map_or(a, |(na, _)| na);
        self.resolve(p, a, b, false)
    }

    /// Rule "a relative clause after the subject": in “Beck, who supported Sen. Ted Cruz,
    /// R-Texas, and opposed Trump, said …” the phrase opening the sentence before “, who” speaks,
    /// not the last phrase before the cue's comma (at `comma`).
    fn subject_before_relative(&mut self, p: &Parsed<'a>, s: usize, comma: usize) -> Option<Speaker> {
        // (a German relative pronoun is an article's form: „Eine Anwohnerin, die den Unfall
        // gesehen hatte, schilderte …“)
        let de_relative = |t: &Token<'_>| self.lang == Lang::De && is_de_relative_form(t.lower);
        let relative_at =
            |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && (t.has(flag::RELATIVE) || de_relative(t)));
        let first = (s + 1..comma).find(|&k| p.punct(k, ','))?;
        // (after an apposition: “Ada Roe, an economist at …, who advises the city, warned …”)
        let later =
            (first + 1..comma).find(|&k| p.punct(k, ',') && relative_at(k + 1) && p.toks[k + 1].has(flag::RELATIVE));
        if let Some(open) = later.filter(|_| !relative_at(first + 1)) {
            return self.name_before_apposition(p, s, open);
        }
        let open = first;
        let relative = relative_at(open + 1);
        // (a German relative clause ends in its verb; an article before a name that ends at the
        // comma opens an apposition: „Die Vorsitzende, die Ministerin Ada Lind (SPD), sagte“)
        let de_apposition = self.lang == Lang::De && (!p.toks[comma - 1].is_word() || p.toks[comma - 1].cap);
        if !relative || de_relative(&p.toks[open + 1]) && de_apposition {
            return None;
        }
        let article = |k: usize| p.toks[k].is_word() && p.toks[k].flags & (flag::DET | flag::INDEF) != 0;
        let (a, b) = match self.np_before(p, s, open) {
            Some((a, b)) if b == open && (s..a).all(article) => (a, b),
            // (a description with its complement: “A person familiar with the matter, who …”,
            // „Die Leiterin einer Schule auf der Alb, die …“)
            _ if self.lang == Lang::En && described_opening(p, s, open) => (s, open),
            _ if self.lang == Lang::De
                && p.toks[s].is_word()
                && p.toks[s].flags & (flag::DET | flag::INDEF) != 0
                && open <= s + 8
                && (s..open).all(|k| p.toks[k].is_word() && !p.toks[k].has(flag::FINITE)) =>
            {
                (s, open)
            }
            _ => return None,
        };
        self.resolve(p, a, b, false).filter(|sp| !sp.name.is_empty())
    }

    /// Rule "a subject with its appositions before the cue": “Yin Myint May, 60, a doctor, said
    /// …”, “Mario Keller, Spitzenkandidat der CDU, kündigte Widerstand an” — words before the cue's comma (at `comma`) with no verb, complementiser or quotation
    /// are no reported clause but the subject and what describes it: the name opening them speaks.
    fn subject_with_appositions(&mut self, p: &Parsed<'a>, s: usize, comma: usize) -> Option<Speaker> {
        // (a perfect's auxiliary is a verb too: « L'expert, consulté par la mairie, a rendu un
        // avis, indique la préfecture » is a clause and its inverted attribution)
        // (not English “a”, an article there)
        let aux = if self.lang == Lang::En { 0 } else { flag::PERFECT_AUX };
        let verbs = flag::FINITE | flag::COMPL | flag::RELATIVE | aux;
        let verbless = (s..comma).all(|k| {
            let t = &p.toks[k];
            !p.is_quote(k) && !(t.is_word() && (t.flags & verbs != 0 || self.cue_at(p, k).is_some()))
        });
        let first_comma = (s..comma).find(|&k| p.punct(k, ','))?;
        // (a German apposition ends in a noun, a name or a number: a lowercase word before the
        // cue's comma closes a clause, „Neue Beamte, Abgeordnete und Selbstständige sollten
        // Beiträge zahlen, sagte der Minister“)
        // (not a relative clause about the name: „Sander (Grüne), deren Partei das Ministerium
        // führt, räumte … ein“)
        let relative = p
            .toks
            .get(first_comma + 1)
            .is_some_and(|t| is_de_relative_form(t.lower) || matches!(t.lower, "welche" | "welcher"));
        let de_clause = self.lang == Lang::De
            && comma > s
            && !relative
            && p.toks[comma - 1].is_word()
            && !p.toks[comma - 1].cap
            && !p.toks[comma - 1].lower.starts_with(|c: char| c.is_ascii_digit());
        // (capitalised first, or after an opening phrase's comma: see below)
        if !verbless || de_clause || !(p.toks[s].cap || s > 0 && p.punct(s - 1, ',')) {
            return None;
        }
        // (an opening adjective phrase names no one: « Plus mesuré, le secrétaire général de FO,
        // Jean Roux, juge … » — the subject and its apposition follow it)
        if let Some(first_comma) = adjective_before_pair(p, s, comma) {
            return self.subject_with_appositions(p, first_comma + 1, comma);
        }
        let named = |sp: &Speaker| !sp.name.is_empty() && sp.name.split_whitespace().count() >= 2;
        // (a description with its article is no name: see below)
        // (not after a coordination: “The company and the minister, Ada Lind, confirmed …”)
        // (or its possessive: « Son président de groupe, Mathieu Ferrand, a indiqué … »)
        let first = self.np_after(p, s, first_comma).filter(|&(_, b)| b == first_comma || p.punct(b, '('));
        let first_sp = first.and_then(|(a, b)| self.resolve(p, a, b, false));
        // (a role word in it, or what it resolves to a description: „Der Ärztliche Leiter des
        // Landkreises, Jan Roth, warnte …“, « Son homologue belge, Jan Roth, a jugé … »)
        let description = first_sp.as_ref().is_some_and(|sp| sp.via == Via::Description);
        let described = p.toks[s].flags & (flag::DET | flag::POSSESSIVE) != 0
            && (description || (s + 1..first_comma).any(|k| p.toks[k].has(flag::ROLE)))
            && !(s + 1..first_comma)
                .any(|k| p.toks[k].has(flag::CONJ) && !super::parsed::in_truncated_compound(p, k, first_comma));
        let mut anaphor = None;
        if let Some(sp) = first_sp {
            // (a description, even one resolved to someone named before, yields to the
            // apposition, which names the person: “The shadow foreign secretary, Andrew Felton,
            // said …”)
            // (and a role's complement is no name for it: “The mayor of West Yorkshire, Sunita
            // Bains, told …”)
            if named(&sp) && !described {
                return Some(sp);
            }
            anaphor = Some(sp).filter(named);
        }
        // rule "a description, then the name between commas": “The Israeli defence minister,
        // Yoav Dagan, said …”, « Le ministre de la Défense, Yoav Dagan, a affirmé … »
        if !described || (first_comma + 1..comma).any(|k| p.punct(k, ',')) {
            return anaphor;
        }
        // (a party in parentheses may follow the name: « Jean Roux (divers droite) »)
        let ends = |nb: usize| nb == comma || p.punct(nb, '(') && p.punct(comma - 1, ')');
        let Some((na, nb)) = self.np_after(p, first_comma + 1, comma).filter(|&(_, nb)| ends(nb)) else {
            return anaphor;
        };
        let Some(sp) = self.resolve(p, na, nb, false).filter(named) else { return anaphor };
        let role = p.s[p.toks[s + 1].start..p.toks[first_comma - 1].end].to_owned();
        Some(if sp.role.is_empty() { Speaker { role: role.into(), ..sp } } else { sp })
    }

    /// Where the sentence ends when its attribution stands inside the clause (“The measures, she
    /// said, would cost millions”): plain words before the attribution's comma at `tb`, and
    /// after the attribution a comma and two words or more without another verb cue; a quotation
    /// among them only when a verb opens them (“The bill, she said, would deliver “…””).
    fn parenthetical_end(
        &self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        tb: usize,
        subject_end: Option<usize>,
    ) -> Option<(usize, usize)> {
        let e = site.e;
        if !p.punct(tb, ',') || tb == site.s || p.is_quote(tb - 1) {
            return None;
        }
        let c = subject_end.unwrap_or(site.i + 1);
        if !p.punct(c, ',') {
            return None;
        }
        let end = trim_punct(p, c + 1, e);
        let words = (c + 1..end).filter(|&k| p.toks[k].is_word()).count();
        // (a quotation may stand inside the clause when a verb opens the part after the cue:
        // “The bill, she said, would deliver “the biggest programme …””; “A,” she said, “B.” is
        // two quotations, and “…, the operator said, in a decision she called “…”” no clause)
        let quoted = (c + 1..end).any(|k| p.is_quote(k));
        let verb_opens = p.toks.get(c + 1).is_some_and(|t| {
            let verb = flag::AUX | flag::FINITE | flag::PERFECT_AUX | flag::PASSIVE_AUX | flag::KONJ;
            let en_past = self.lang == Lang::En && super::parsed::is_ed_past(t);
            t.is_word() && !t.cap && (t.flags & verb != 0 || en_past)
        });
        let clean = (!quoted || verb_opens)
            && (c + 1..end).all(|k| !self.cue_at(p, k).is_some_and(|x| x.kind == CueKind::Verb));
        // (a name after the subject's comma is its apposition: « …, a affirmé le gouverneur de
        // la région, Viatcheslav Gladkov. »)
        let name_word = |k: usize| p.toks[k].is_word() && (p.toks[k].cap || p.toks[k].has(flag::NAME_PARTICLE));
        let name = (c + 1..end).all(name_word);
        // (nor a name with a circumstance after it: « …, a annoncé le ministre, Bruno Castaing,
        // lors d'un point presse. »)
        let name_then_circumstance = (c + 2..end)
            .find(|&k| !name_word(k))
            .is_some_and(|k| p.punct(k, ',') && k > c + 2 && self.circumstance_tail(p, k + 1, e, 10));
        // (nor is the source a relay cites: « …, a rapporté l'AFP, citant une source policière »)
        let citing = super::relay::citing_words(p, c + 1, e, self.lang).is_some();
        // (nor a relative clause about the subject: « …, affirme le syndicat Port Libre, qui a
        // publié une analyse », “…, says the union, which published …”)
        let relative = p.toks.get(c + 1).is_some_and(|t| t.is_word() && t.has(flag::RELATIVE));
        (words >= 2 && clean && !name && !name_then_circumstance && !citing && !relative).then_some((c + 1, end))
    }

    /// Where a trailing attribution's subject with its apposition starts, when two phrases
    /// separated by a comma stand between the comma at `open` and the cue's comma at `comma`
    /// (“…, the assembly speaker, Woo Sang-jin, announced.”, “…, Woo Sang-jin, the speaker,
    /// said.”), one of them a name, and a clause of three words or more before `open`.
    fn trailing_pair_start(&self, p: &Parsed<'a>, s: usize, comma: usize) -> Option<usize> {
        // each phrase: plain words back to the comma before it ([`Self::trailing_phrase_start`])
        let phrase_start = |end: usize| self.trailing_phrase_start(p, s, end).filter(|&m| p.punct(m, ','));
        let mid = phrase_start(comma)?;
        let open = phrase_start(mid)?;
        let name = |k: usize| p.toks[k].cap && !p.toks[k].has(flag::DET);
        // (a clause before it, not an opening phrase: “On CNN Tuesday, his wife, Jane, called for …”)
        let words = (s..open).filter(|&k| p.toks[k].is_word()).count();
        ((name(open + 1) || name(mid + 1)) && words >= 3 && looks_like_clause(p, s, open)).then_some(open)
    }

    /// The comma before a speaker phrase starting at `a` when only plain words of a noun phrase
    /// stand between (“…, port officials said”, “…, a spokesman for the port said”): at most six
    /// words, none a cue, pronoun, verb marker, conjunction or complementiser.
    fn trailing_phrase_start(&self, p: &Parsed<'a>, s: usize, a: usize) -> Option<usize> {
        let lo = a.saturating_sub(7).max(s);
        let m = (lo..a).rev().find(|&m| !p.toks[m].is_word())?;
        let plain = (m + 1..a).all(|x| {
            let t = &p.toks[x];
            t.is_word()
                && t.cue.is_none()
                && PronounKind::of(t.flags).is_none()
                && t.flags & (flag::FINITE | flag::CONJ | flag::COMPL | flag::SUBORDINATOR | flag::RELATIVE | flag::WH)
                    == 0
        });
        (m > s && m + 1 < a && plain && (p.punct(m, ',') || p.is_quote(m))).then_some(m)
    }

    /// Whether the words `[s, k)` before a cue are a French indefinite description opening the
    /// sentence: « un » or « une », a lowercase noun, then its complement (a participle, a
    /// preposition and its phrase), at most eight words, no verb, comma or quotation.
    fn fr_indefinite_subject(&self, p: &Parsed<'a>, s: usize, k: usize) -> bool {
        let opens = p.toks[s].is_word() && matches!(p.toks[s].lower, "un" | "une");
        let noun = p.toks.get(s + 1).is_some_and(|t| t.is_word() && !t.cap && t.cue.is_none());
        let plain = (s + 2..k).all(|m| {
            let t = &p.toks[m];
            t.is_word() && t.cue.is_none() && t.flags & (flag::FINITE | flag::COMPL | flag::RELATIVE) == 0
        });
        self.lang == Lang::Fr && opens && noun && k >= s + 4 && k <= s + 8 && plain
    }

    /// Rule "a French subject keeps its adjective before a circumstance": in « …, a affirmé
    /// l'armée de l'air ukrainienne sur Telegram » the adjective at `b` after the subject's noun
    /// belongs to it when a preposition, a comma or the sentence's end follows. Where the subject
    /// ends.
    fn fr_adjective_after(&self, p: &Parsed<'a>, b: usize, e: usize) -> usize {
        let adjective = p.toks.get(b).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && t.cue.is_none()
                && t.flags & (flag::TIME | flag::PREP | flag::DET | flag::FINITE | flag::COMPL | flag::FUNC) == 0
        });
        let then = b + 1 >= e
            || p.toks[b + 1].is_word() && p.toks[b + 1].has(flag::PREP)
            || p.punct(b + 1, ',')
            || p.punct(b + 1, '(');
        if self.lang == Lang::Fr && adjective && then { b + 1 } else { b }
    }

    /// Whether an inverted attribution's subject ending at `b` ends it: the sentence or a clause
    /// ends there, or soon, or a relative clause about the subject follows.
    fn subject_ends(&self, p: &Parsed<'a>, b: usize, e: usize) -> bool {
        b >= e
            || matches!(p.toks[b].kind, TokKind::Punct('.' | ';' | '!' | '?'))
            || p.punct(b, ',')
            || self.ends_soon(p, b, e)
            || self.relative_clause_follows(p, b, e)
            || self.circumstance_then_comma(p, b, e)
            || self.de_attribution_tail(p, b, e)
    }

    /// Rule "German attribution after a reported clause": in “Die Debatte sei falsch, sagte sie
    /// dem Sender.” the words after the subject (an addressee, time and place, a verb particle)
    /// close the attribution: up to ten words to the sentence end, none a complementiser, a
    /// finite verb or a cue, and no quotation but a short name („Bild“).
    fn de_attribution_tail(&self, p: &Parsed<'a>, b: usize, e: usize) -> bool {
        self.lang == Lang::De && e > b && self.circumstance_tail(p, b, e, 10)
    }

    /// Whether the tokens from `b` to the sentence end `e` are at most `max` words of an
    /// attribution's circumstances (an addressee, a time, a place: “dem Sender”, “am Montag in
    /// Berlin”, “der „Bild““): no complementiser, finite verb, subordinator, relative pronoun or
    /// cue, and no quotation but a short name.
    pub(super) fn circumstance_tail(&self, p: &Parsed<'a>, b: usize, e: usize, max: usize) -> bool {
        let end = trim_punct(p, b, e);
        end <= b
            || end - b <= max
                && (b..end).all(|k| {
                    let t = &p.toks[k];
                    if t.is_word() {
                        t.flags & (flag::COMPL | flag::FINITE | flag::SUBORDINATOR | flag::RELATIVE) == 0
                            && self.cue_at(p, k).is_none()
                    } else {
                        t.is_punct('-') || t.quote().is_some_and(|q| super::parsed::is_name(p, q))
                    }
                })
    }

    /// A short circumstance after an inverted subject, then a comma: “…, a indiqué sa famille
    /// dans un communiqué, confirmant …”, “…, sagte er am Montag in Berlin, …”.
    fn circumstance_then_comma(&self, p: &Parsed<'a>, b: usize, e: usize) -> bool {
        self.circumstance_comma(p, b, e).is_some_and(|k| k >= b + 3)
    }

    /// The comma after a short circumstance from `b` (a preposition and at least one word, no
    /// cue, the comma within six tokens), before the sentence end `e`.
    fn circumstance_comma(&self, p: &Parsed<'a>, b: usize, e: usize) -> Option<usize> {
        if !p.toks.get(b).is_some_and(|t| t.is_word() && t.has(flag::PREP)) {
            return None;
        }
        let k = (b + 1..e.min(b + 6)).find(|&k| !p.toks[k].is_word())?;
        (k >= b + 2 && p.punct(k, ',') && (b + 1..k).all(|m| self.cue_at(p, m).is_none())).then_some(k)
    }

    /// Rule "a trailing attribution's circumstance, then a participle": in “…, Ada Lind said on
    /// Thursday, adding that …”, “…, the union said on Monday, raising fears of delays” the
    /// attribution ends before the comma: a short circumstance from `b` (opened by a
    /// preposition), a comma, and an English participle in “-ing” or a French one in “-ant”.
    fn circumstance_then_participle(&self, p: &Parsed<'a>, b: usize, e: usize) -> bool {
        let Some(comma) = self.circumstance_comma(p, b, e) else { return false };
        let participle = |t: &Token<'_>| match self.lang {
            Lang::En => t.lower.ends_with("ing"),
            Lang::Fr => t.lower.ends_with("ant"),
            Lang::De => false,
        };
        p.toks.get(comma + 1).is_some_and(|t| t.is_word() && !t.cap && participle(t))
    }

    /// Rule "German relative clause after a trailing attribution": after the subject (and a verb
    /// particle) a comma opens a relative clause about the subject, not what was said (“…, teilte
    /// das Klinikum mit, in das die Verletzten gebracht wurden”): a relative pronoun, maybe after
    /// a preposition, is an article followed by no noun phrase.
    pub(super) fn relative_clause_follows(&self, p: &Parsed<'a>, b: usize, e: usize) -> bool {
        if self.lang != Lang::De {
            return false;
        }
        let mut k = b;
        if p.toks.get(k).is_some_and(|t| t.is_word() && !t.cap && !t.has(flag::DET)) {
            k += 1; // a verb particle: “teilte … mit”
        }
        if !p.punct(k, ',') {
            return false;
        }
        k += 1;
        if p.toks.get(k).is_some_and(|t| t.is_word() && t.has(flag::PREP)) {
            k += 1;
        }
        let article = p.toks.get(k).is_some_and(|t| t.is_word() && !t.cap && t.has(flag::DET));
        let noun_phrase = p.toks.get(k + 1).is_some_and(|t| t.is_word() && t.cap) || self.de_adjective(p, k + 1, e);
        article && k + 1 < e && !noun_phrase
    }

    /// A subject phrase right before the cue (`np`): a trailing attribution after a comma or
    /// quote when nothing follows the cue (“…, the ministry said.”); in German an object before
    /// the cue (“über seinen Anwalt”) leaves the sentence subject, and verb second puts the
    /// subject after the cue; otherwise the phrase speaks (“Lopez said …”).
    fn subject_speaker(&mut self, p: &Parsed<'a>, site: CueSite<'_>, np: (usize, usize), neg: bool) -> Found {
        let (s, e, i) = (site.s, site.e, site.i);
        let (a, b) = np;
        let (k, neg2) = self.skip_back(p, s, a);
        let neg = neg || neg2;
        // (a particle opening the cue's object starts a statement: “a appelé à la retenue”)
        let after_cue_ends = i + 1 >= e
            || matches!(p.toks[i + 1].kind, TokKind::Punct('.' | ';' | '!' | '?'))
            || p.punct(i + 1, ',') && !p.is_quote(i + 2)
            || self.ends_soon(p, i + 1, e) && !Self::opens_object(p, site.c, i + 1)
            || site.c.has(cue_trait::OBJECT) && self.addressee_ends(p, i + 1, e)
            || self.circumstance_then_participle(p, i + 1, e) && opens_a_clause(p, s, k);
        // (not a quotation that ends its own sentence before a new one, opened by a capitalised
        // pronoun, with its clause: ““We will win.” She said Clinton would lose.”)
        let pronoun = p.toks[k].cap && PronounKind::of(p.toks[k].flags).is_some();
        let new_sentence = k > s && p.ends_in_stop(k - 1) && pronoun && !after_cue_ends;
        let quote_before = k > s && quote_ends_at(p, s, k) && !new_sentence;
        // “…, as the minister said”
        let comparison = k >= s + 2 && p.toks[k - 1].is_word() && p.toks[k - 1].has(flag::COMPARISON);
        let k = if comparison && p.punct(k - 2, ',') { k - 1 } else { k };
        let mut found = Found::default();
        // rule "a German subject with its place": “Eine Lehrerin aus Jena schilderte …”
        let place = if a > s + 1 && p.toks[a - 1].has(flag::DET) { a - 2 } else { a.saturating_sub(1) };
        if !neg && a > s && self.subject_of_place(p, s, place) {
            found.speaker = Some(Self::place_description(p, s, b));
            return found;
        }
        // rule "a French indefinite description with its complement": « Une commerçante installée
        // à quelques mètres assure … » — the description opening the sentence speaks, not the
        // last noun before the cue
        if !neg && self.fr_indefinite_subject(p, s, b) {
            // (« un porte-parole de l'entreprise »: the company, spokesperson.rs)
            let sp = self.split_span(p, s, b);
            let company = self.spokesperson_org(p, (s, b), &sp);
            found.speaker = company.or_else(|| Some(Self::place_description(p, s, b)));
            return found;
        }
        // rule "trailing speaker phrase with plain words": “…, port officials said.”, “…, a
        // spokesman for the port said.”: the phrase runs back to the comma
        // (not German, which inverts a trailing attribution: „…, sagten Hafenbeamte“; „…, hatte im
        // Zeugenstand geschildert, …“ is the sentence's own verb)
        let widened = if k > s && (p.punct(k - 1, ',') || closing_quote(p, s, k - 1))
            || neg
            || !after_cue_ends
            || self.lang == Lang::De
        {
            None
        } else {
            self.trailing_phrase_start(p, s, a)
        };
        if let Some(m) = widened {
            found.speaker = self.resolve(p, m + 1, b, true);
            found.trailing_before = Some(m);
        } else if k > s
            && (p.punct(k - 1, ',') || closing_quote(p, s, k - 1))
            && !neg
            && (quote_before || after_cue_ends)
            && !self.de_new_main_clause(p, k - 1, a)
        {
            found.speaker = self.resolve(p, a, b, true);
            found.trailing_before = Some(k - 1);
        } else if !neg && self.lang == Lang::De && (self.np_is_object(p, s, a) || self.de_object_before_cue(p, site)) {
            // verb second after a fronted object: the subject follows the cue (“In einer
            // Stellungnahme erklärte die Gewerkschaft, …”), else it opens the sentence
            let after = self.np_after(p, i + 1, e).filter(|&(pa, _)| opens_subject(&p.toks[pa]));
            if let Some((pa, pb)) = after {
                found.speaker = self.resolve(p, pa, pb, false);
                found.post_subject_end = Some(pb);
            } else {
                found.speaker = self.sentence_subject(p, s, e);
            }
        } else if !neg {
            // (the expletive “es” too: “Es berichtet die Zeitung Haaretz, dass …”)
            let expletive = self.lang == Lang::De && a == s && b == s + 1 && p.toks[s].lower == "es";
            let adverb = expletive || self.de_adverb_vorfeld(p, s, a, b);
            // (a time opening the sentence never speaks: “Am Montag plädierten sie …”)
            let time = is_time(p, a, b);
            // (a reflexive after the cue stands before the subject: „Zurückhaltender äußerte sich
            // Landrätin Ina Roth“)
            let j = if adverb && p.toks.get(i + 1).is_some_and(|t| t.lower == "sich") { i + 2 } else { i + 1 };
            // (after a comparative the subject follows the verb whatever ends it: rule "a German
            // comparative opening the sentence is no name", parsed.rs)
            let comparative = adverb && super::parsed::is_de_comparative_opening(p, a);
            let german_v2 = self.lang == Lang::De
                && (time
                    || comparative
                    || self.v2_subject_with(p, j, e, adverb) && !self.de_object_noun_after(p, a, i, e));
            if let (true, Some((pa, pb))) = (german_v2, self.np_after(p, j, e)) {
                found.speaker = self.resolve(p, pa, pb, false);
                found.post_subject_end = Some(pb);
            } else {
                found.speaker = self.resolve(p, a, b, false);
            }
        }
        found
    }

    /// Rule "a German noun after the verb of a subject is its object": in „Die Gewerkschaft
    /// äußerte Kritik: …“ the phrase before the verb at `i`, opened by an article at `a`, is the
    /// subject; the one capitalised word after the verb, which the text never gives as a name,
    /// is a noun, the verb's object, no subject in verb second („Dann sagt Keuter: …“). So is a
    /// person's name right before the verb: „Jonas Weide rät Verbrauchern, …“.
    fn de_object_noun_after(&self, p: &Parsed<'a>, a: usize, i: usize, e: usize) -> bool {
        let article = p.toks[a].is_word() && p.toks[a].has(flag::DET) && a < i;
        let named = a < i && p.toks[i - 1].cap && self.names.first_at(p.word(i - 1)).is_some();
        let Some((na, nb)) = self.np_after(p, i + 1, e) else { return false };
        (article || named) && nb == na + 1 && self.de_object_noun_at(p, na)
    }

    /// Whether token `k` is a German noun that cannot be a name: capitalised, no pronoun or
    /// abbreviation, and never given as a name by the text („Kritik“).
    pub(super) fn de_object_noun_at(&self, p: &Parsed<'a>, k: usize) -> bool {
        let t = &p.toks[k];
        self.lang == Lang::De
            && t.is_word()
            && t.cap
            && PronounKind::of(t.flags).is_none()
            && !crate::extract::names::is_acronym(p.word(k))
            && self.names.first_at(p.word(k)).is_none()
    }

    /// Rule "a German subject before its verb after a comma opens a main clause": German
    /// inverts a trailing attribution („…, warnte die Regierung“), so in „Moskau spricht von
    /// „Piraterie“, die Bundesregierung mahnt zur Besonnenheit“ the subject after the comma at
    /// `comma`, starting at `a`, and its verb say something of their own.
    fn de_new_main_clause(&self, p: &Parsed<'a>, comma: usize, a: usize) -> bool {
        self.lang == Lang::De && p.punct(comma, ',') && a == comma + 1 && p.toks[a].is_word()
    }

    /// Rule "an addressee ends a trailing attribution": in “Ukraine needs weapons now,
    /// Zelenskyy tells allies.” up to four words of an addressee (no verb, complementiser,
    /// preposition or cue) from `from`, then the sentence end or a short circumstance.
    fn addressee_ends(&self, p: &Parsed<'a>, from: usize, e: usize) -> bool {
        let mut k = from;
        while k < e && k < from + 4 && p.toks[k].is_word() && self.cue_at(p, k).is_none() {
            let t = &p.toks[k];
            if t.flags & (flag::COMPL | flag::FINITE | flag::PREP | flag::TIME | flag::CONJ | flag::WH) != 0 {
                break;
            }
            k += 1;
        }
        k > from
            && (k >= e || matches!(p.toks[k].kind, TokKind::Punct('.' | ';' | '!' | '?')) || self.ends_soon(p, k, e))
    }

    /// The statement before a trailing attribution, ending at token `tb`: a quote (“…,” said
    /// X), with any frame words before it as a mixed position, or a clause (“Talks will go on,
    /// the ministry said”).
    fn statement_before(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        tb: usize,
        sp: &Speaker,
        relay: bool,
        st: &mut SentenceState,
    ) {
        let (s, cue_text) = (site.s, site.text);
        let mut t = tb;
        if p.punct(t, ',') && t > s {
            t -= 1;
        }
        if let Some(q) = p.toks[t].quote() {
            st.claimed.push(q);
            self.emit_quote(p, q, sp.clone(), cue_text, 0.9);
            // frame words before the quote make it a mixed position
            let mut lo = clause_floor(p, s, t, &st.clauses);
            if let Some(d) = (lo..t).rev().find(|&k| matches!(p.toks[k].kind, TokKind::Punct('—' | '–' | ':' | ';')))
            {
                lo = d + 1;
            }
            let frame = (lo..t).filter(|&k| p.toks[k].is_word()).count();
            if frame >= 2 && !relay {
                self.emit_clause(p, lo, t + 1, sp.clone(), cue_text, 0.7);
                st.clauses.push((lo, t + 1));
            }
            return;
        }
        // rule "a report inside a trailing attribution's statement": in “The two leaders agreed
        // to meet, a spokesman said.” the inner report's clause runs up to the comma: the
        // spokesman says the whole sentence before it, the inner report included
        let nested = st.clauses.iter().any(|&(a, b)| a > s && a <= t && b >= t) && p.punct(tb, ',');
        let lo = if nested { s } else { clause_floor(p, s, t + 1, &st.clauses) };
        // (after a speaker's label opening the sentence: „Roth: Wir haben zu lange gewartet, das
        // gebe ich zu.“, a title's dot too: “MS. VALE: Look, the President has been clear.”)
        let label_end = after_colon(p, s, t.min(s + 4));
        let label = label_end > s + 1 && (s..label_end - 1).all(|m| p.toks[m].cap || m > s && p.punct(m, '.'));
        let lo = if label { lo.max(label_end) } else { lo };
        // rule "a colon before a trailing attribution opens its statement": in „Kritik kam von der
        // Opposition: Die Pläne seien unausgegoren, sagte X.“ the words before the colon are the
        // writer's
        let spoken = |from: usize| (from..=t).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
        let lo = match (lo..t).rev().find(|&k| p.punct(k, ':')) {
            Some(d) if spoken(d + 1) >= 3 => d + 1,
            _ => lo,
        };
        let words = spoken(lo);
        if words < 3 || p.toks[lo].is_word() && p.toks[lo].has(flag::WH) {
            return;
        }
        self.emit_clause(p, lo, t + 1, sp.clone(), cue_text, 0.7);
        st.clauses.push((lo, t + 1));
        if let Some(q) = p.toks[lo].quote() {
            if p.quote_words(q) >= 4 {
                st.claimed.push(q);
                self.emit_quote(p, q, sp.clone(), cue_text, 0.7);
            }
        }
    }

    /// Split quote: “A,” said S, “B.”: a quote right after the attribution (after a comma or
    /// colon, before the sentence's next cue) is the same speaker's.
    fn quote_after_attribution(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        post_subject_end: Option<usize>,
        sp: Speaker,
        st: &mut SentenceState,
    ) {
        let e = site.e;
        let after = post_subject_end.unwrap_or(site.i + 1);
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
                self.emit_quote(p, q, sp, site.text, 0.9);
            }
        }
    }
}

/// Forms of German „werden“ that make a participle at the clause's end a passive (sorted).
const DE_PASSIVE_AUXILIARIES: [&str; 6] = ["werden", "wird", "wurde", "wurden", "würde", "würden"];

/// Forms of German „sein“ that make a participle at the clause's end a state passive (sorted).
const DE_STATE_AUXILIARIES: [&str; 8] = ["ist", "sei", "seien", "sind", "war", "waren", "wäre", "wären"];

/// German participles of a stance that report after „sein“ (sorted): „sie sei überzeugt, dass
/// …“, „er ist besorgt, dass …“ are no state passive.
const DE_STANCE_PARTICIPLES: [&str; 9] =
    ["begeistert", "besorgt", "empört", "entsetzt", "enttäuscht", "erfreut", "erleichtert", "verärgert", "überzeugt"];

/// Where a clause before `t` starts when a transcript label or a colon stands before it
/// (“MR. DOE: The channel is ready, the ministry said”): after the last colon.
pub(super) fn after_colon(p: &Parsed<'_>, lo: usize, t: usize) -> usize {
    (lo..t).rev().find(|&k| p.punct(k, ':')).map_or(lo, |k| k + 1)
}

/// The comma after an adjective phrase opening the sentence at `s` when a phrase and its
/// apposition follow it, each before a comma, up to `comma` (« Plus mesuré, le secrétaire
/// général de FO, Jean Roux, juge … »); a noun phrase with one apposition (“Two past elections,
/// a century apart, suggest …”) is the subject itself.
fn adjective_before_pair(p: &Parsed<'_>, s: usize, comma: usize) -> Option<usize> {
    let first = (s..comma).find(|&k| p.punct(k, ','))?;
    let pair_after = (first + 2..comma).any(|k| p.punct(k, ','));
    (pair_after && adjectival_opener(p, s, first)).then_some(first)
}

/// Whether the words `[s, comma)` opening a sentence are an adjective phrase before its comma
/// (« Plus mesuré, … », “Visibly angry, …”): up to three words, no role, no article or possessive
/// first, and a lowercase word that is no function word or name particle.
fn adjectival_opener(p: &Parsed<'_>, s: usize, comma: usize) -> bool {
    comma <= s + 3
        && (s..comma).all(|k| p.toks[k].is_word() && !p.toks[k].has(flag::ROLE))
        && !p.toks[s].has(flag::DET | flag::POSSESSIVE)
        && (s + 1..comma).any(|k| !p.toks[k].cap && p.toks[k].flags & (flag::FUNC | flag::NAME_PARTICLE) == 0)
}

/// Whether a word opens a subject phrase after a German verb: a capitalised word, an article
/// or possessive, or a pronoun (“fordert die Hamas”, “forderte dessen Gesandter”, “sagte er”).
fn opens_subject(t: &Token<'_>) -> bool {
    t.is_word() && (t.cap || t.flags & (flag::DET | flag::POSSESSIVE) != 0 || PronounKind::of(t.flags).is_some())
}

/// Rule "verb second after an opening adverb": a lone function word before the cue that is no
/// pronoun (“Zudem warnte sie …”, “Ensuite a déclaré …”) is no speaker; the subject follows the verb.
fn opening_adverb(p: &Parsed<'_>, a: usize, b: usize) -> bool {
    b == a + 1 && p.toks[a].is_word() && p.toks[a].has(flag::FUNC) && PronounKind::of(p.toks[a].flags).is_none()
}

/// Whether the words from `s` to the subject at `k` may be a statement before a trailing
/// attribution: four words or more, not opened by a preposition or subordinator (“In New
/// Hampshire, Rubio railed …”, “As Europe faces …, Germany pledged …”).
fn opens_a_clause(p: &Parsed<'_>, s: usize, k: usize) -> bool {
    // (the statement ends at the last comma before the subject phrase)
    let k = (s..k).rev().find(|&j| p.punct(j, ',')).unwrap_or(k);
    let words = (s..k).filter(|&j| p.toks[j].is_word()).count();
    let first = &p.toks[s];
    words >= 4 && !(first.is_word() && first.flags & (flag::PREP | flag::SUBORDINATOR | flag::COMPARISON) != 0)
}

/// Whether a lowercase word is a form of the German relative pronoun that is also an
/// article's form („der“, „die“, „deren“, …): after a comma it opens a relative clause.
fn is_de_relative_form(lower: &str) -> bool {
    matches!(lower, "der" | "die" | "das" | "dem" | "den" | "denen" | "deren" | "dessen")
}

/// Words that join a second clause to the one before (lowercase, sorted): “…, he said, but
/// they …”, „…, sagte er, aber …“, « …, a-t-il dit, mais … ».
const CLAUSE_JOINTS: [&str; 12] =
    ["aber", "although", "and", "but", "doch", "et", "jedoch", "mais", "though", "und", "while", "yet"];

/// Whether token `k` joins a second clause to the one before ([`CLAUSE_JOINTS`]).
fn is_clause_joint(p: &Parsed<'_>, k: usize) -> bool {
    p.toks.get(k).is_some_and(|t| t.is_word() && CLAUSE_JOINTS.binary_search(&t.lower).is_ok())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_roles};
    use crate::model::StatementKind::{Position, Quote};

    #[test]
    fn an_indirect_question_is_no_statement() {
        let v = run(
            "Wahl\nDie Wahl ist vorbei.\n\nAuf die Frage, ob sie sich ein Bündnis vorstellen könne, antwortete die \
                     Ministerin Eva Roth ausweichend. Das sei nicht die Frage des Abends.\n",
        );
        assert!(v.iter().all(|(_, _, t)| !t.contains("Bündnis")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Eva Roth" && t.starts_with("Das sei")), "{v:?}");
        let v = run("Wahl\nDie Wahl ist vorbei.\n\nDer Kandidat Jan Roth sagte, die Partei sei stark. Ob er selbst \
                     Minister werden wolle, ließ Roth offen.\n");
        assert!(v.iter().all(|(_, _, t)| !t.starts_with("Ob er")), "{v:?}");
        let v = run("Port\nThe port is shut.\n\nAsked whether the pier would reopen, the mayor Ada Lind said \
                     nothing.\n");
        assert!(v.iter().all(|(_, _, t)| !t.contains("pier")), "{v:?}");
    }

    #[test]
    fn a_clause_its_inserted_cue_and_a_coordinated_clause_are_two_statements() {
        assert!(super::CLAUSE_JOINTS.windows(2).all(|w| w[0] < w[1]));
        let v = run("Port\nAda Lind chairs the board.\n\nThe pier was needed, she said, but it could be built on the \
                     north shore.\n");
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Ada Lind" && t == "The pier was needed"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "it could be built on the north shore"), "{v:?}");
        // (a subject alone before the cue: one statement)
        let v = run("Port\nAda Lind chairs the board.\n\nThe new measures, she said, would cost the town millions.\n");
        assert!(v.iter().any(|(_, _, t)| t.starts_with("The new measures")), "{v:?}");
    }

    #[test]
    fn a_trailing_attribution_s_circumstance_then_a_participle() {
        let v = run("Port\nThe port.\n\nNurses will strike next week, Ada Lind said on Thursday, adding that talks \
                     had failed.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "Nurses will strike next week"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "talks had failed"), "{v:?}");
        let v = run("Port\nThe port.\n\nDockers will walk out on Monday, the Harbour Workers’ Union said on \
                     Thursday, raising fears of delays.\n");
        assert_eq!(v, [(Position, "Harbour Workers’ Union".to_owned(), "Dockers will walk out on Monday".to_owned())]);
        // (not an opening adverbial: “In Kent, Lind railed on Tuesday, saying …”)
        let v = run("Port\nThe port.\n\nIn Kent, Ada Lind railed on Tuesday, saying the plan was weak.\n");
        assert!(v.iter().all(|(_, _, t)| t != "In Kent"), "{v:?}");
    }

    #[test]
    fn a_german_relative_clause_s_antecedent_is_the_cue_s_subject() {
        let v = run("Wolf\nDer Wolf.\n\nAnlass war ein Antrag der Bauernpartei, der ein schnelleres Verfahren für \
                     den Abschuss auffälliger Tiere verlangt. Die Geduld der Halter sei erschöpft.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Tiere"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Bauernpartei" && t == "Die Geduld der Halter sei erschöpft"), "{v:?}");
        // (a relative pronoun right before the cue, and a person's noun with its origin)
        let v =
            run("Klinik\nDie Abgeordnete Eva Roth sprach.\n\nSie las den Brief einer Pflegerin aus Halbergen, die \
                     geschrieben habe, die Station schließe zu früh.\n");
        assert!(
            v.iter().any(|(_, s, t)| s == "Pflegerin aus Halbergen" && t == "die Station schließe zu früh"),
            "{v:?}"
        );
    }

    #[test]
    fn a_post_reports_its_clause() {
        let v = run("Port\nThe pier is shut.\n\nAda Lind posted on social media that the pier would reopen in May.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "the pier would reopen in May".to_owned())]);
        // (not what is posted: a thing; nor the newspaper of that name)
        let v = run("Port\nThe pier is shut.\n\nAda Lind posted a video of the pier on social media.\n");
        assert!(v.is_empty(), "{v:?}");
        let r = run_roles("Port\nThe pier is shut.\n\nAda Lind, an editor for the Post, said the pier would reopen.\n");
        assert_eq!(r, [("Ada Lind".to_owned(), "editor for the Post".to_owned())]);
    }

    #[test]
    fn a_report_inside_a_trailing_attribution_s_statement() {
        let v = run(
            "Port\n\nThe harbour board met on Monday. The mayor said the pier would reopen in May, the clerk told reporters.\n",
        );
        assert!(
            v.iter().any(|(k, sp, t)| *k == Position
                && sp == "clerk"
                && t == "The mayor said the pier would reopen in May"),
            "{v:?}"
        );
        assert!(v.iter().any(|(_, sp, t)| sp == "mayor" && t == "the pier would reopen in May"), "{v:?}");
    }

    #[test]
    fn a_transcript_label_with_a_title_s_dot_is_no_part_of_a_statement() {
        let text = "Briefing by Press Secretary Ada Lind\n\nMS. LIND: Good afternoon. The ferries will run again soon.\n\n\
                    Q: Will the mayor intervene?\n\nMS. LIND: Look, the mayor has been very clear. She wants the port open.\n\n\
                    Q: And the strike?\n\nMS. LIND: We are monitoring it closely every day.\n";
        let v = run(text);
        assert!(v.iter().all(|(_, _, t)| !t.contains("LIND")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Lind" && t.starts_with("Look, the mayor")), "{v:?}");
    }

    #[test]
    fn a_name_after_the_subject_s_comma_is_its_apposition_not_the_statement() {
        let v = run(
            "Port\nLe port est fermé.\n\nDeux ferries sont bloqués, a affirmé sur Telegram le maire de la ville, Paul Roux.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Paul Roux" && t == "Deux ferries sont bloqués"), "{v:?}");
    }

    #[test]
    fn a_parenthesis_inside_a_german_fronted_phrase() {
        let v = run(
            "Hafen\n\nDer Hafen bleibt zu. Auf X (früher Twitter) schrieb Bürgermeister Jan Roth: „Das war überfällig.“\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t == "Das war überfällig."), "{v:?}");
    }

    #[test]
    fn french_attributions_with_a_named_apposition() {
        // (an inverted attribution whose apposition a circumstance follows)
        let v = run(
            "Port\nLe port est fermé. Deux quais ont brûlé, a annoncé le ministre de la Mer, Paul Roux, lors d'un point presse à Brest.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Paul Roux" && t == "Deux quais ont brûlé"), "{v:?}");
        // (a possessive before the description)
        let v = run("Port\nLe port est fermé. Son président de groupe, Paul Roux, a indiqué que le port rouvrirait.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Paul Roux" && t == "le port rouvrirait"), "{v:?}");
    }

    #[test]
    fn a_trailing_attribution_with_an_apposition() {
        for s in ["the harbour master, Omar Daly, announced", "Omar Daly, the harbour master, announced"] {
            let v = run(&format!("Port\n\nThe board met on Monday. The pier reopened after two weeks, {s}.\n"));
            assert!(
                v.iter().any(|(_, sp, t)| sp == "Omar Daly" && t == "The pier reopened after two weeks"),
                "{s}: {v:?}"
            );
        }
        // an opening phrase is no statement, and a clause after the cue is reported
        let v = run("Port\n\nThe board met on Monday. On the radio Tuesday, his deputy, Omar Daly, called for calm.\n");
        assert!(v.iter().any(|(_, sp, t)| sp == "Omar Daly" && t == "calm"), "{v:?}");
    }

    #[test]
    fn regression_a_pronoun_s_contraction_is_no_name_s_possessive() {
        // (“She's told them …” is “she has told them”, not “Lind's answer”)
        let v = run(
            "Port\nThe pier is shut.\n\nMayor Ada Lind met the owners. She's told them very directly that the fees must fall.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the fees must fall"), "{v:?}");
        // (a name's possessive stays no report)
        let v = run("Port\nThe pier is shut.\n\nLind's warning that the fees must fall went unheard.\n");
        assert!(v.iter().all(|(_, _, t)| t != "the fees must fall"), "{v:?}");
    }

    #[test]
    fn a_german_quotation_in_the_middle_field_is_no_statement_before_the_cue() {
        for text in [
            "Werk\nDie Lage ist ernst.\n\nKonzernchef Jan Roth hatte bei der Vorstellung seines »Plans 2030« erklärt, alle Standorte hätten eine Zukunft.\n",
            "Werk\nDie Lage ist ernst.\n\nNoch im März hatte Konzernchef Jan Roth bei der Vorstellung seines »Plans 2030« erklärt, alle Standorte hätten eine Zukunft.\n",
        ] {
            let v = run(text);
            assert!(
                v.iter().any(|(_, s, t)| s == "Jan Roth" && t == "alle Standorte hätten eine Zukunft"),
                "{text}: {v:?}"
            );
            // (the title is no quote: a name with its number)
            assert!(v.iter().all(|(k, _, _)| *k == Position), "{text}: {v:?}");
        }
        // (a characterisation keeps its subject with the apposition: not the object „die
        // Entscheidung“ after the auxiliary)
        let v = run(
            "Werk\nDie Lage ist ernst.\n\nDer Bürgermeister von Kiel, Jan Roth, hatte die Entscheidung als »Katastrophe für die Stadt« bezeichnet.\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Jan Roth"), "{v:?}");
    }

    #[test]
    fn a_german_verb_final_cue_in_a_dass_clause_has_its_subject_after_dass() {
        for text in [
            "Hafen\nDer Hafen ist zu.\n\nRichtig ist, dass Hafenchef Jan Roth wiederholt darauf hingewiesen hat, dass die Gebühren steigen.\n",
            "Hafen\nDer Hafen ist zu.\n\nFest steht, dass Hafenchef Jan Roth gestern erklärt hat, dass die Gebühren steigen.\n",
        ] {
            let v = run(text);
            assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t == "die Gebühren steigen"), "{text}: {v:?}");
        }
    }

    #[test]
    fn a_relative_clause_after_a_trailing_subject_is_no_part_of_the_statement() {
        for (text, said) in [
            (
                "Port\nLe conseil a siégé.\n\nLe cas n'est pas isolé, affirme le syndicat Port Libre, qui a publié lundi une analyse.\n",
                "Le cas n'est pas isolé",
            ),
            (
                "Port\nThe board met.\n\nThe case is not isolated, says the union Port Free, which published an analysis on Monday.\n",
                "The case is not isolated",
            ),
        ] {
            let v = run(text);
            assert!(v.iter().any(|(_, _, t)| t == said), "{text}: {v:?}");
        }
    }

    #[test]
    fn french_degree_adverbs_are_sorted() {
        assert!(super::FR_DEGREE_ADVERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_french_cue_form_after_an_adverb_of_degree_is_an_adjective() {
        let v = run(
            "Port\nLe port est fermé. Son adjoint, Paul Roux, s'est montré plus nuancé, jugeant qu'aucune option ne devait être exclue.\n",
        );
        assert!(v.iter().all(|(_, sp, _)| sp != "plus"), "{v:?}");
        assert!(v.iter().any(|(_, sp, t)| sp == "Paul Roux" && t.starts_with("aucune option")), "{v:?}");
        // after an auxiliary the adverb is one of the verb group
        let v = run("Port\nLe port est fermé. La maire Ina Berg a aussi déclaré que les ferries attendraient.\n");
        assert!(v.iter().any(|(_, sp, t)| sp == "Ina Berg" && t == "les ferries attendraient"), "{v:?}");
    }

    #[test]
    fn guards_skip_nouns_passives_and_as_if() {
        assert!(run("Port\nHis claim about the harbour fees drew a lot of attention today.\n").is_empty());
        assert!(run("Port\nThe director was accused of hiding the harbour fees from the board.\n").is_empty());
    }

    #[test]
    fn regression_a_participle_after_a_cue_s_object_is_the_subject_s() {
        let v = run("Port\nAda Lind criticised Tom Reed on Monday, saying the fees would ruin the port.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the fees would ruin the port"), "{v:?}");
        // (a phrase before a verb opens the reported clause, and its subject goes on)
        let v = run("Port\nAn official said Tom Reed calmed the room, telling the crew that the pier would reopen.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Tom Reed" && t.starts_with("the pier would reopen")), "{v:?}");
    }

    #[test]
    fn regression_adding_after_a_reported_clause_with_a_named_subject_is_the_speaker_s() {
        let v = run("Port\nTom Reed told the radio that Ada Lind “had a crazy plan,” adding, “She lost every vote.”\n");
        assert!(v.iter().any(|(_, s, t)| s == "Tom Reed" && t == "She lost every vote."), "{v:?}");
    }

    #[test]
    fn participle_continues_the_last_speaker() {
        let v = run("Port\nHarbour chief Ola Dahl said the fees would rise, adding that “nobody likes it at all.”\n");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ola Dahl" && t.starts_with("nobody likes")), "{v:?}");
    }

    #[test]
    fn relayed_speaker_names_the_relay() {
        let v = run(
            "Port\nThe Harbour Gazette quoted pilot Erik Moen as saying: “The channel is too shallow for tankers.”\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Erik Moen"), "{v:?}");
    }

    #[test]
    fn relative_clause_speaker() {
        let v = run("Port\nThe inspector, Mara Lind, who said the cranes were unsafe, left early on Friday.\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Mara Lind" && t.starts_with("the cranes were unsafe")),
            "{v:?}"
        );
        // (a party in parentheses may stand between the name and its relative clause)
        let v = run("Port\nThat did little to calm Mara Lind (Labour), who warned that the cranes were unsafe.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Mara Lind" && t == "the cranes were unsafe"), "{v:?}");
    }

    #[test]
    fn inverted_attribution_after_a_quote() {
        let v = run(
            "Port\nMayor Ivo Pranjic visited the docks.\n“We will reopen the north quay next week,” said Pranjic.\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ivo Pranjic"), "{v:?}");
    }

    #[test]
    fn subject_before_the_cue_and_conjunction_continuation() {
        let v = run("Port\nMayor Ines Sala said the ferry fares would fall and added that the route would grow.\n");
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Ines Sala" && t == "the ferry fares would fall"));
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Ines Sala" && t == "the route would grow"), "{v:?}");
    }

    #[test]
    fn split_quote_keeps_the_speaker() {
        let v =
            run("Port\nMayor Erik Moen came ashore.\n“The tide is low,” said Moen, “so we wait until the evening.”\n");
        assert_eq!(v.iter().filter(|(k, s, _)| *k == Quote && s == "Erik Moen").count(), 2, "{v:?}");
    }

    #[test]
    fn german_verb_second_subject_after_the_cue() {
        let v = run("Hafen\nDann sagt Ministerin Jana Vogt, die Gebühren würden im Mai steigen.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Position && s == "Jana Vogt"), "{v:?}");
    }

    #[test]
    fn french_inverted_on_speaks_for_the_place_after_it() {
        let intro = "Port\nLe port est fermé depuis lundi et les ferries attendent au large. ";
        for (tail, speaker) in [
            ("indique-t-on au département d'État", "département d'État"),
            ("explique-t-on à l'Élysée", "Élysée"),
            ("confie-t-on dans l'entourage du ministre", "entourage du ministre"),
        ] {
            let v = run(&format!("{intro}« Nous suivons la situation de près », {tail}.\n"));
            assert_eq!(v, [(Quote, speaker.to_owned(), "Nous suivons la situation de près".to_owned())], "{tail}");
        }
    }

    #[test]
    fn german_verb_second_after_a_fronted_phrase() {
        let v = run(
            "Hafen\nDer Hafen bleibt geschlossen. Am Montag warnte Ministerin Jana Vogt vor einem Streik der Lotsen.\n",
        );
        assert_eq!(v, [(Position, "Jana Vogt".to_owned(), "einem Streik der Lotsen".to_owned())]);
        let v = run(
            "Hafen\nDer Hafen bleibt geschlossen. Nach dem Treffen forderte die Ministerin Jana Vogt eine Einigung.\n",
        );
        assert_eq!(v, [(Position, "Jana Vogt".to_owned(), "eine Einigung".to_owned())]);
        // (an adverb, then an article and a role noun)
        let v = run("Hafen\nDer Hafen bleibt geschlossen. Zudem forderte die Gewerkschaft eine Einigung.\n");
        assert_eq!(v, [(Position, "Gewerkschaft".to_owned(), "eine Einigung".to_owned())]);
    }

    #[test]
    fn a_particle_opening_the_object_starts_the_statement_after_an_opening_phrase() {
        let v = run("Port\nLe port est fermé depuis lundi. Lundi, le ministre des Transports a appelé à la retenue.\n");
        assert_eq!(v, [(Position, "ministre des Transports".to_owned(), "la retenue".to_owned())]);
        let v = run("Port\nThe port is closed. On Monday, the transport minister warned against a strike.\n");
        assert_eq!(v, [(Position, "minister".to_owned(), "a strike".to_owned())]);
    }

    #[test]
    fn german_relative_clause_after_a_trailing_attribution() {
        let v = run(
            "Hafen\nIn der Nacht seien drei Boote gesunken, teilte die Wasserpolizei mit, die den Hafen überwacht.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Wasserpolizei" && t.starts_with("In der Nacht")), "{v:?}");
        assert!(!v.iter().any(|(_, _, t)| t.contains("überwacht")), "{v:?}");
        let v = run("Hafen\nDer Hafen sei zu, teilte die Wasserpolizei mit, die Lage sei aber ruhig.\n");
        assert!(v.iter().any(|(_, _, t)| t == "die Lage sei aber ruhig"), "{v:?}");
    }

    #[test]
    fn german_subject_after_the_cue_beats_an_apposition() {
        let v =
            run("Hafen\nAm Montag seien ein Kind, zwei Frauen und ein Mann verletzt worden, meldete das Klinikum.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Klinikum" && t.starts_with("Am Montag")), "{v:?}");
    }

    #[test]
    fn parenthetical_attribution_inside_the_clause() {
        let v =
            run("Port\nMayor Ines Sala opened the pier. The new measures, she said, would cost the town millions.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ines Sala" && t.ends_with("cost the town millions")), "{v:?}");
        let v = run(
            "Hafen\nBürgermeisterin Ines Sala eröffnete den Pier. Die Maßnahmen, sagte sie, würden Millionen kosten.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ines Sala" && t.ends_with("Millionen kosten")), "{v:?}");
        // (with a quotation inside the clause after the cue, not opening it)
        let v =
            run("Port\nMayor Ines Sala opened the pier. The pier, she said, would bring “a new life” to the town.\n");
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Ines Sala" && t.ends_with("to the town")), "{v:?}");
        let v = run(
            "Port\nLa maire Ines Sala a inauguré la jetée. La jetée, a-t-elle ajouté, a apporté « une vie nouvelle ».\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Ines Sala" && t.ends_with("« une vie nouvelle »")),
            "{v:?}"
        );
        let v = run("Port\nMayor Ines Sala opened the pier. “The pier,” she said, “will bring a new life.”\n");
        assert!(v.iter().all(|(k, _, _)| *k == Quote), "{v:?}");
    }

    #[test]
    fn parenthetical_after_an_opening_word_reports_the_clause_after() {
        let v = run("Port\nMR. DOE: So, as the ministry said, the problem was the dredging.\n");
        assert!(v.iter().any(|(_, s, t)| s == "ministry" && t == "the problem was the dredging"), "{v:?}");
    }

    #[test]
    fn trailing_speaker_phrase_with_plain_words() {
        let v = run("Port\nThe pier opened.\nThe channel is blocked, port officials said.\n");
        assert!(v.iter().any(|(_, s, t)| s == "port officials" && t == "The channel is blocked"), "{v:?}");
        let v = run("Port\nThe pier opened.\nThe channel is blocked, two senior officials told reporters.\n");
        assert!(v.iter().any(|(_, _, t)| t == "The channel is blocked"), "{v:?}");
    }

    #[test]
    fn german_attribution_after_a_reported_clause() {
        // the addressee and circumstances after the subject close the attribution
        for tail in ["sagte sie dem Sender", "sagte er der Zeitung „Hafenblatt“", "sagte sie gegenüber dem Sender"]
        {
            let text = format!("Hafen\nIna Berg leitet den Hafen. Die Gebühren seien zu hoch, {tail}.\n");
            let v = run(&text);
            assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "Die Gebühren seien zu hoch"), "{tail}: {v:?}");
        }
        // a person's name before a dative article: the article opens the addressee
        let v = run("Hafen\nIna Berg leitet den Hafen. Die Gebühren seien zu hoch, sagte Berg der Zeitung.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "Die Gebühren seien zu hoch"), "{v:?}");
    }

    #[test]
    fn a_name_and_its_apposition_open_the_sentence() {
        let v = run(
            "Hafen\nInes Sala, Chefin der Reederei, kündigte Widerstand an. Sie sagte, die Gebühren seien zu hoch.\n",
        );
        assert!(v.iter().all(|(_, s, _)| s == "Ines Sala"), "{v:?}");
        assert!(v.iter().all(|(_, _, t)| !t.contains("Chefin der Reederei")), "{v:?}");
    }

    #[test]
    fn a_german_quoting_verb_gives_the_one_quoted() {
        let intro = "Hafen\nHafenchefin Ina Berg und der Reporter Omar Daly waren am Pier.\n\n";
        let v = run(&format!("{intro}„Wir öffnen bald“, zitierte die Zeitung die Hafenchefin.\n"));
        assert!(v.iter().any(|(_, s, _)| s == "Ina Berg"), "{v:?}");
        let v = run(&format!("{intro}Die Zeitung zitierte Hafenchefin Ina Berg mit den Worten: „Wir öffnen bald.“\n"));
        assert!(v.iter().any(|(_, s, _)| s == "Ina Berg"), "{v:?}");
    }

    #[test]
    fn be_clear_that_reports_a_position() {
        assert!(super::ADJECTIVE_CUES.windows(2).all(|w| w[0] < w[1]));
        for cue in ["was clear that", "made clear that", "has been very clear:"] {
            let v = run(&format!("Port\nIna Berg leads the port. The mayor {cue} the port would stay open.\n"));
            assert!(v.iter().any(|(_, _, t)| t == "the port would stay open"), "{cue}: {v:?}");
        }
    }

    #[test]
    fn the_addressee_and_a_place_are_no_speakers_of_a_participle() {
        let v = run(
            "Port\nThe pier was shut.\n\n“We need more ferries,” Ada Lind tells Harbour News, responding to reports that the fees would rise.\n",
        );
        assert!(v.iter().all(|(_, s, _)| s == "Ada Lind"), "{v:?}");
        let v = run(
            "Port\nThe pier was shut.\n\nAda Lind, a ferry captain, lashed out at the council on Facebook, telling it that the fees were too high.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t.starts_with("the fees")), "{v:?}");
    }

    #[test]
    fn a_participle_opening_the_sentence_goes_on_with_the_last_speaker() {
        let v = run("Port\nThe pier was shut.\n\nAda Lind said the fees were too high. Adding that the ferries \
                     would stop, she left the hall.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t.starts_with("the ferries would stop")), "{v:?}");
    }

    #[test]
    fn a_fronted_verb_of_saying() {
        let v =
            run("Port\nThe pier was shut.\n\nSaid Ada Lind, who grew up by the pier, “We were all so proud of it.”\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "We were all so proud of it."), "{v:?}");
        let v = run("Port\nThe pier was shut.\n\nAda Lind interjected, “We were all so proud of it.”\n");
        assert!(v.iter().any(|(_, s, _)| s == "Ada Lind"), "{v:?}");
    }

    #[test]
    fn a_labelling_verb_s_ing_form_is_a_participle() {
        let v =
            run("Port\nThe pier was shut.\n\nHarbour spokesperson Ina Berg said the pier would reopen in June.\n\n\
                     Mayor Omar Daly rejected the plan outright, calling it “a betrayal of the town.”\n");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t == "a betrayal of the town."), "{v:?}");
        assert!(v.iter().all(|(_, _, t)| !t.starts_with("Mayor Omar Daly rejected")), "{v:?}");
    }

    #[test]
    fn a_relative_clause_after_the_subject() {
        let v = run(
            "Port\nThe pier was shut.\n\nAda Lind, who backed Mayor Omar Daly, D-Port, and opposed the fees, said the ferry would run.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the ferry would run"), "{v:?}");
    }

    #[test]
    fn a_description_then_the_name_between_commas() {
        let v =
            run_roles("Port\nThe port is closed. The deputy harbour master, Omar Daly, said the ferries would wait.\n");
        assert_eq!(v, [("Omar Daly".to_owned(), "deputy harbour master".to_owned())]);
        let v = run_roles(
            "Port\nLe port est fermé depuis lundi. Le ministre des Transports, Paul Marchand, a affirmé que les ferries attendraient.\n",
        );
        assert_eq!(v, [("Paul Marchand".to_owned(), "ministre des Transports".to_owned())]);
        // (also inverted, with a lowercase complement)
        let v = run_roles(
            "Port\nLe port est fermé.\n\n« Les ferries attendront », a réagi le porte-parole de la direction portuaire, Paul Marchand.\n",
        );
        assert_eq!(v, [("Paul Marchand".to_owned(), "porte-parole de la direction portuaire".to_owned())]);
        // (not after a coordination)
        let v = run_roles(
            "Port\nThe port is closed. The firm and the harbour master, Omar Daly, said the ferries would wait.\n",
        );
        assert!(v.iter().all(|(_, r)| r != "firm and the harbour master"), "{v:?}");
        // (but a German compound cut at its hyphen is one noun, no coordination)
        let v = run_roles(
            "Hafen\nDer Hafen ist zu.\n\nDie Präsidentin der Fischerei- und Hafenkammer, Ina Wendt-Olsen, \
             kritisierte die Schließung.\n",
        );
        assert_eq!(v, [("Ina Wendt-Olsen".to_owned(), "Präsidentin der Fischerei- und Hafenkammer".to_owned())]);
        // (a description with no role word the lexicon lists, and a long German one)
        for text in [
            "Port\nLe port est fermé.\n\nSon homologue portugais, Rui Matos, a jugé l'accord « équilibré ».\n",
            "Hafen\nDer Hafen ist zu.\n\nDer Ärztliche Leiter Hafendienst des Kreises, Jan Roth, warnte vor längeren Wegen.\n",
            "Port\nThe port is closed.\n\nHis Portuguese counterpart, Rui Matos, called the deal “balanced”.\n",
        ] {
            let v = run_roles(text);
            assert!(v.iter().any(|(s, _)| s == "Rui Matos" || s == "Jan Roth"), "{text}: {v:?}");
        }
        // (a name whose surname is a title opens the sentence: its two appositions describe it)
        let v = run_roles(
            "Web\nSome firms were criticised.\n\nMara Prince, chief executive of Portnet, a harbour software firm, said that the sites stayed online for weeks.\n",
        );
        assert!(v.iter().all(|(s, _)| s == "Mara Prince"), "{v:?}");
    }

    #[test]
    fn a_colon_before_a_trailing_attribution_opens_its_statement() {
        let v = run("Hafen\nLob kam vom Hafen: Die Fähren seien wieder pünktlich, sagte Hafenchefin Ina Berg.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "Die Fähren seien wieder pünktlich"), "{v:?}");
        let v = run("Port\nThe mood was grim: the pier would close for good, a dock worker said.\n");
        assert!(v.iter().any(|(_, _, t)| t == "the pier would close for good"), "{v:?}");
    }

    #[test]
    fn a_german_noun_after_the_verb_of_a_subject_is_its_object() {
        for s in [
            "Die Hafenbehörde äußerte Kritik: Die Gebühren seien zu hoch.",
            "Auch die Hafenbehörde äußerte scharfe Kritik: Die Gebühren seien zu hoch.",
        ] {
            let v = run(&format!("Hafen\nDie Lage im Hafen ist angespannt. {s}\n"));
            assert!(v.iter().any(|(_, sp, t)| sp == "Hafenbehörde" && t == "Die Gebühren seien zu hoch"), "{s}: {v:?}");
        }
        // (after a person's name: the dative object of advice is no subject)
        for s in [
            "Hafenexpertin Jana Rieck rät Reedern, die Verträge zu prüfen.",
            "Jana Rieck empfiehlt Passagieren, früh zu buchen.",
        ] {
            let v = run(&format!("Hafen\nDie Lage im Hafen ist angespannt. {s}\n"));
            assert!(
                v.iter().any(|(_, sp, _)| sp == "Jana Rieck")
                    && v.iter().all(|(_, sp, _)| !sp.starts_with('R') && !sp.starts_with('P')),
                "{s}: {v:?}"
            );
        }
        // (a surname with its particles before the verb: „der“ opens no object there)
        let s = "Hafenchef Jens von der Lahn warf der Stadtverwaltung vor, die Kais zu vernachlässigen.";
        let v = run(&format!("Hafen\nDie Lage im Hafen ist angespannt. {s}\n"));
        assert!(v.iter().any(|(_, sp, _)| sp == "Jens von der Lahn"), "{s}: {v:?}");
    }

    #[test]
    fn a_german_perfect_s_object_before_its_participle_is_no_subject() {
        for s in [
            "Hafenchefin Ina Berg hat die Reeder aufgefordert, die Gebühren zu senken.",
            "Hafenchefin Ina Berg hat beide Seiten aufgerufen, sich zu einigen.",
            "Hafenchefin Ina Berg hatte gewarnt, dass die Fähren ausfallen.",
            // (in a reported clause, with a genitive in the middle field)
            "Der Lotse sagte, Hafenchefin Ina Berg habe in der Sitzung des Stadtrats am Montag erklärt, die Fähren fielen aus.",
            // (a phrase after the object, a party in brackets, a time before the object)
            "Hafenchefin Ina Berg (SPD) hat die Reeder in allen Häfen aufgerufen, die Gebühren zu senken.",
            "Hafenchefin Ina Berg hat nach dem Sturm die Reeder aufgefordert, die Kais zu räumen.",
            // (verb second after a fronted time)
            "Am Montag hat Hafenchefin Ina Berg die Reeder aufgefordert, die Kais zu räumen.",
        ] {
            let v = run(&format!("Hafen\nDie Lage im Hafen ist angespannt. {s}\n"));
            assert!(v.iter().any(|(_, sp, _)| sp == "Ina Berg"), "{s}: {v:?}");
            assert!(
                v.iter().all(|(_, sp, _)| sp != "Reeder" && sp != "Seiten" && !sp.starts_with("Stadtrat")),
                "{s}: {v:?}"
            );
        }
    }

    #[test]
    fn french_verbs_of_manner_after_a_quotation_attribute_it() {
        for (s, who) in [
            ("« On nous a menti », s'emporte Paul Roux, délégué syndical.", "Paul Roux"),
            ("« Personne ne veut de ce plan », souffle un conseiller.", "conseiller"),
            ("« C'est un scandale », peste Paul Roux.", "Paul Roux"),
        ] {
            let v = run(&format!("Port\nLe port est fermé. {s}\n"));
            assert!(v.iter().any(|(_, sp, _)| sp == who), "{s}: {v:?}");
        }
        // (« l'emporte » wins, and reports nothing)
        let v = run("Port\nLe port est fermé. Le candidat socialiste l'emporte avec 52 % des voix.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn the_it_of_made_it_clear_is_no_subject() {
        let v = run("Port\nThe pier reopened. After the vote, Devine made it clear that the fees would stay.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Devine" && t == "the fees would stay"), "{v:?}");
    }

    #[test]
    fn a_subject_with_its_appositions_before_the_cue() {
        let v = run("Port\nThe pier reopened. Ada Lind, 60, a ferry captain, said the new fees were too high.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the new fees were too high"), "{v:?}");
        assert!(v.iter().all(|(_, _, t)| !t.starts_with("Ada Lind")), "{v:?}");
    }

    #[test]
    fn a_description_s_apposition_names_the_speaker_though_the_description_fits_someone_before() {
        let v =
            run("Port\nFinance Secretary Ada Lind praised the fees. The shadow finance secretary, Omar Daly, said \
                     the fees were too high.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t == "the fees were too high"), "{v:?}");
        // (a role's complement is no name for it)
        let v = run("Port\nThe pier reopened. The mayor of North Harbour, Ada Lind, said the wall was holding.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the wall was holding"), "{v:?}");
        // (an inverted description's apposition may have a relative clause after it)
        let v = run(
            "Port\nLe port ferme. « C'est saturé », a prévenu le directeur du port, Omar Daly, qui plaide pour des fonds.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t == "C'est saturé"), "{v:?}");
        // (a party in parentheses may follow the name)
        let v =
            run("Port\nLe port ferme. Le maire du port, Jean Roux (divers droite), regrette « un coup de massue ».\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jean Roux" && t == "un coup de massue"), "{v:?}");
    }

    #[test]
    fn regression_a_sentence_opening_with_a_joining_word_before_appositions_does_not_panic() {
        // “For” joins roles (“Vice President for …”): as the sentence's first word it once made
        // the speaker phrase look one token before the sentence
        let v =
            run("Port\nThe pier reopened.\n\nFor years, a quiet town, a ferry stop, said nothing about the fees.\n");
        assert!(v.iter().all(|(_, s, _)| !s.starts_with("For")), "{v:?}");
    }

    #[test]
    fn an_addressee_ends_a_trailing_attribution() {
        let v = run("War talks\nUkraine needs long-range weapons now, Ada Lind tells allies.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "Ukraine needs long-range weapons now".to_owned())]);
        // (an addressee and then a clause is no trailing attribution)
        let v = run("War talks\nAda Lind told allies the war would go on.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "the war would go on".to_owned())]);
    }

    #[test]
    fn regression_a_german_perfect_after_a_relative_clause_is_no_trailing_attribution() {
        let v = run("Hafen\nEine Anwohnerin aus Kiel, die am Hafen wohnt, hatte im Rat geschildert, sie höre nachts \
                     die Kräne.\n");
        assert_eq!(v, [(Position, "Anwohnerin aus Kiel".to_owned(), "sie höre nachts die Kräne".to_owned())]);
    }

    #[test]
    fn a_french_indefinite_description_with_its_complement_speaks() {
        let v = run("Port\nLe maire a parlé. Une serveuse installée à quelques mètres assure que le quai a cédé.\n");
        assert_eq!(v, [(Position, "serveuse installée à quelques mètres".to_owned(), "le quai a cédé".to_owned())]);
    }

    #[test]
    fn a_french_inverted_subject_keeps_its_adjective_before_a_circumstance() {
        let v = run("Port\nDeux navires ont été touchés, dont un a coulé, a affirmé la marine marchande ukrainienne \
                     sur Telegram.\n");
        assert!(
            v.iter().any(|(_, s, t)| s == "marine marchande ukrainienne" && t.starts_with("Deux navires")),
            "{v:?}"
        );
        let v = run("Port\nLe port a été fermé lundi, a indiqué l’Agence portuaire européenne (APE).\n");
        assert!(v.iter().any(|(_, s, _)| s.starts_with("Agence portuaire européenne")), "{v:?}");
    }

    #[test]
    fn regression_a_german_list_before_a_trailing_attribution_is_no_name_and_apposition() {
        let v =
            run("Hafen\nMinister Jan Roth will den Hafen umbauen. Neue Reeder, Fischer und Lotsen sollten künftig \
                     Gebühren zahlen, sagte der Minister dem Sender.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t.starts_with("Neue Reeder")), "{v:?}");
        // (a relative clause about the name keeps the name the subject)
        let v = run("Hafen\nDer Rat tagte. Ina Roth (Grüne), deren Partei den Hafen führt, räumte Fehler ein, sagte \
                     aber, der Plan bleibe.\n");
        assert!(v.iter().all(|(_, s, _)| s == "Ina Roth"), "{v:?}");
    }

    #[test]
    fn regression_a_pronoun_opening_a_sentence_after_a_quotation_reports_its_own_clause() {
        let v = run("Port\nAda Lind spoke on Monday. \"We will win.\" She said Omar Daly would lose the vote.\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Ada Lind" && t == "Omar Daly would lose the vote"),
            "{v:?}"
        );
        // (a trailing pronoun and nothing after the cue: the quotation's attribution)
        let v = run("Port\nAda Lind spoke on Monday. \"We will win.\" She said.\n");
        assert_eq!(v, [(Quote, "Ada Lind".to_owned(), "We will win.".to_owned())]);
    }

    #[test]
    fn a_relative_clause_with_its_own_attribution_ends_the_report() {
        let v = run("Port\nAda Lind said the pier was safe, to which Omar Daly replied: \"It is not.\"\n");
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Ada Lind" && t == "the pier was safe"), "{v:?}");
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Omar Daly"), "{v:?}");
    }

    #[test]
    fn regression_a_clause_after_the_addressee_and_a_phrase_of_is_no_circumstance() {
        // (“told me the real number | of rebels was …”: a finite verb makes the rest a clause)
        let v = run("Port\nAda Lind claimed 60 pilots had signed, although one union officer told me the real number \
                     of pilots was far lower.\n");
        assert_eq!(
            v,
            [
                (Position, "Ada Lind".to_owned(), "60 pilots had signed".to_owned()),
                (Position, "union officer".to_owned(), "the real number of pilots was far lower".to_owned())
            ]
        );
    }

    #[test]
    fn a_german_subject_with_its_place() {
        let text = "Schule\nEine Lehrerin aus Jena schilderte die Lage an ihrer Schule. „Uns fehlen zwölf Kollegen“, sagte sie.\n";
        let v = run(text);
        assert!(v.iter().all(|(_, s, _)| s == "Lehrerin aus Jena"), "{v:?}");
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "Uns fehlen zwölf Kollegen"), "{v:?}");
    }

    #[test]
    fn a_german_adverb_opening_the_sentence_is_no_subject() {
        let v =
            run("Streit\nDie Union ist empört. Wörtlich sagte der CSU-Chef: „Wer nicht bleiben darf, muss gehen.“\n");
        assert_eq!(v, [(Quote, "CSU-Chef".to_owned(), "Wer nicht bleiben darf, muss gehen.".to_owned())]);
    }

    #[test]
    fn a_quoted_name_before_the_cue_is_no_quotation_it_closes() {
        let v = run(
            "Streit\nDie Union ist empört. Im Gespräch mit der „Welt“ sagte Hendrik Wüst, die Kommunen seien am Limit.\n",
        );
        assert_eq!(v, [(Position, "Hendrik Wüst".to_owned(), "die Kommunen seien am Limit".to_owned())]);
        // (and without a comma the fronted phrase with the title leaves the subject after the cue)
        let v =
            run("Streit\nDie Union ist empört. In der ARD-Sendung „Maischberger“ verteidigte Ada Lind den Schritt.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "den Schritt".to_owned())]);
        let v = run("Streit\nDie Union ist empört. Im Gespräch mit der „Welt“ verteidigte Ada Lind den Schritt.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "den Schritt".to_owned())]);
    }

    #[test]
    fn a_cue_with_a_colon_after_a_quotation_opens_a_sentence() {
        let v = run("Streit\nDie Union ist empört. Auf Nachfrage erklärte Ada Lind: „Die Zahlen sind rückläufig.“ \
                     Dazu sagte Nancy Faber später: „Wir sind auf dem richtigen Weg.“\n");
        assert_eq!(v[1], (Quote, "Nancy Faber".to_owned(), "Wir sind auf dem richtigen Weg.".to_owned()));
    }

    #[test]
    fn a_relative_clause_without_commas_between_subject_and_cue() {
        let v = run(
            "Pensions\nThe government is under pressure. A minister who asked not to be named said that the week had been difficult.\n",
        );
        assert_eq!(v, [(Position, "minister".to_owned(), "the week had been difficult".to_owned())]);
        let v =
            run("Retraites\nLe gouvernement est sous pression. Interrogé par Le Parisien, un ministre qui a requis \
                     l'anonymat reconnaît que la séquence est difficile.\n");
        assert_eq!(v, [(Position, "ministre".to_owned(), "la séquence est difficile".to_owned())]);
    }

    #[test]
    fn french_on_speaks_for_the_circle_the_sentence_opens_with() {
        let v = run(
            "Retraites\nLe gouvernement est sous pression. Dans l'entourage du président, on assure que rien n'est joué.\n",
        );
        assert_eq!(v, [(Position, "entourage du président".to_owned(), "rien n'est joué".to_owned())]);
    }

    #[test]
    fn a_german_present_passive_names_no_speaker() {
        let v = run(
            "Prozess\nDie Lage ist ernst und die Polizei ist vor Ort. Dem Kapitän wird vorgeworfen, die Ladung falsch angemeldet zu haben.\n",
        );
        assert!(v.is_empty(), "{v:?}");
        // (a passive auxiliary further back, the participle ending the clause: the sentence goes
        // on reporting the speaker before)
        let v = run("Hafen\nMinisterin Eva Roth sagte, der Plan sei gut. Die Bürger würden per Brief informiert.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Eva Roth" && t.starts_with("Die Bürger würden")), "{v:?}");
        // (the state passive with „sein“, but not a participle of a stance)
        let v = run("Hafen\nMinisterin Eva Roth sagte, der Plan sei gut. Viele Häuser seien nicht versichert, „weil \
                     uns niemand nimmt“.\n");
        assert!(v.iter().all(|(_, s, _)| s == "Eva Roth"), "{v:?}");
        assert!(super::DE_STANCE_PARTICIPLES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::DE_PASSIVE_AUXILIARIES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::DE_STATE_AUXILIARIES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_german_subject_before_its_relative_clause_speaks() {
        let v = run("Prozess\nDer Prozess läuft. Eine Anwohnerin, die den Unfall beobachtet hatte, schilderte die \
                     Sekunden vor dem Aufprall. „Ich habe die Motoren gehört“, sagte die 63-Jährige.\n");
        assert!(v.iter().all(|(_, s, _)| s == "Anwohnerin"), "{v:?}");
        assert_eq!(v.len(), 2, "{v:?}");
        // (a description with its complement before the relative clause)
        let v = run("Schule\nDie Lage ist ernst. Die Leiterin einer Schule auf der Alb, die ihren Namen nicht nennen \
                     möchte, sagte: „Bei uns fallen Stunden aus.“\n");
        assert!(v.iter().any(|(_, s, _)| s == "Leiterin einer Schule auf der Alb"), "{v:?}");
        // (an indefinite description with its place before the relative clause)
        let v =
            run("Wolf\nDer Wolf ist zurück. Ein Schäfer aus Parchim, der seit Jahren an der Elbe lebt, sagte: „Ich \
                     habe Tiere verloren.“\n");
        assert!(v.iter().any(|(_, s, _)| s == "Schäfer aus Parchim"), "{v:?}");
        // (and “er” after her is no “Anwohnerin”: a role noun's gender)
        let v = run("Prozess\nDer Angeklagte Dennis K. schwieg. Eine Anwohnerin, die den Unfall sah, schilderte die \
                     Sekunden davor. Am Mittwoch sprach der Angeklagte. „Es tut mir leid“, sagte er leise.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Dennis K" && t == "Es tut mir leid"), "{v:?}");
    }

    #[test]
    fn an_opening_adjective_phrase_is_no_speaker_and_no_statement() {
        let v = run("Réforme\nLe débat est vif. Plus mesuré, le secrétaire général du syndicat, Paul Roux, juge la \
                     réforme mal calibrée.\n");
        assert_eq!(v, [(Position, "Paul Roux".to_owned(), "la réforme mal calibrée".to_owned())]);
    }

    #[test]
    fn a_participle_clause_before_the_subject_leaves_the_clause_after_the_cue_reported() {
        let v =
            run("Port\nThe pier is shut. Citing “safety concerns,” the port's spokeswoman told reporters that the \
                     ferry would not sail.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t.starts_with("safety concerns")), "{v:?}");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "the ferry would not sail"), "{v:?}");
        // (a French past participle; a report in its relative clause ends before the main
        // clause's attribution, and the quotation after the colon is the speaker's)
        let v =
            run("Port\nLe ministre Paul Roux était à la radio. Interrogé sur la Cour des comptes, qui a estimé que \
                     l'effet restait « incertain », le ministre a répondu : « La Cour fait son travail. »\n");
        assert_eq!(
            v,
            [
                (Position, "Cour des comptes".to_owned(), "l'effet restait « incertain »".to_owned()),
                (Quote, "Paul Roux".to_owned(), "La Cour fait son travail.".to_owned())
            ]
        );
    }

    #[test]
    fn a_german_subject_with_a_possessive_after_a_fronted_phrase() {
        let v =
            run("UN\nDie Lage ist ernst und die Polizei ist vor Ort. Trotz der breiten Unterstützung für das Land \
                     forderte dessen UN-Gesandter konkretere Schritte.\n");
        assert_eq!(v, [(Position, "UN-Gesandter".to_owned(), "konkretere Schritte".to_owned())]);
    }

    #[test]
    fn adjectives_of_conviction_report_a_position() {
        let v = run("Trade\nThe talks stalled. Trade minister Ada Lind is confident that a deal can be reached.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "a deal can be reached".to_owned())]);
        let v = run(
            "Streit\nDie Lage ist ernst und die Polizei ist vor Ort. Ministerin Ada Lind zeigte sich überzeugt, dass \
                     die Kontrollen wirken.\n",
        );
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "die Kontrollen wirken".to_owned())]);
        // (the verb with an object is no cue)
        assert!(run("Trade\nThe talks stalled. Ada Lind convinced voters that a deal can be reached.\n").is_empty());
    }

    #[test]
    fn a_german_pronominal_adverb_opening_the_sentence_is_no_subject() {
        let v = run(
            "Blatt\nDie AfD hat ein Blatt verteilt. Darin behauptet die Partei, die Regierung plane eine neue Steuer.\n",
        );
        assert_eq!(v, [(Position, "AfD".to_owned(), "die Regierung plane eine neue Steuer".to_owned())]);
        // a fronted object with a possessive, and the negation at the end: no statement
        assert!(
            run("Blatt\nDie AfD hat ein Blatt verteilt. Auf unsere Anfrage antwortete die AfD nicht.\n").is_empty()
        );
    }

    #[test]
    fn german_verb_second_after_a_subordinate_clause() {
        let v = run(
            "Nahost\nDie Hamas hat den Vorschlag zurückgewiesen. Wie die Agentur Reuters meldet, fordert die Hamas \
                     einen vollständigen Abzug der Truppen.\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Hamas" && t == "einen vollständigen Abzug der Truppen"),
            "{v:?}"
        );
    }

    #[test]
    fn the_german_expletive_es_is_no_subject() {
        let v = run(
            "Nahost\nDie Lage ist ernst. Es berichtet die Zeitung Haaretz, dass weitere Gespräche geplant seien.\n",
        );
        assert_eq!(v, [(Position, "Zeitung Haaretz".to_owned(), "weitere Gespräche geplant seien".to_owned())]);
    }

    #[test]
    fn a_german_apposition_with_its_article_role_and_party_names_the_subject() {
        for sentence in [
            "Die Vorsitzende der Konferenz, die Ministerin Anna Berg (SPD), sagte, das Ticket sei in Gefahr.",
            "Die Vorsitzende der Konferenz, die sächsische Ministerin Anna Berg, sagte, das Ticket sei in Gefahr.",
        ] {
            let v = run(&format!("Ticket\nDas Ticket wird teurer.\n\n{sentence}\n"));
            assert!(v.iter().any(|(_, s, t)| s == "Anna Berg" && t == "das Ticket sei in Gefahr"), "{v:?}");
        }
        // (a relative clause, ending in its verb, stays one)
        let v = run("Unfall\nDie Straße ist gesperrt.\n\nEine Anwohnerin, die den Unfall gesehen hatte, sagte, das \
                     Auto sei zu schnell gewesen.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Anwohnerin"), "{v:?}");
    }

    #[test]
    fn a_relative_clause_after_an_apposition_is_about_the_name() {
        let v = run_roles(
            "Port\nThe port is shut.\n\nAda Roe, an economist at the Harbour Institute, who advises the city, warned \
             that small firms would suffer.\n",
        );
        assert_eq!(v, [("Ada Roe".to_owned(), "economist at the Harbour Institute".to_owned())]);
    }

    #[test]
    fn a_clause_with_a_french_perfect_before_an_inverted_attribution_is_the_statement() {
        // (the subject and its apposition are the clause's, not the speaker: the auxiliary
        // “a” makes a clause)
        let v = run("Port\nLe port ferme.\n\nL’expert du cabinet Roux, consulté par la mairie, a rendu un avis \
                     favorable, indique la préfecture du Gard.\n");
        assert!(
            v.iter().any(|(_, s, t)| s == "préfecture du Gard" && t.starts_with("L’expert du cabinet Roux")),
            "{v:?}"
        );
    }

    #[test]
    fn a_pronoun_reporting_inside_a_report_is_the_reporter() {
        // (not the person named last: “Ada Lind” before, nor a company)
        let v = run("Port\nAda Lind runs Norbeck Services. The pilot told investigators that he believed he \
                     had been cleared to land.\n");
        assert!(v.iter().any(|(_, s, t)| s == "pilot" && t == "he had been cleared to land"), "{v:?}");
        let v = run("Port\nMr Tom Reed met the mayor. The mayor told reporters that she believed the pier was \
                     safe.\n");
        assert!(v.iter().any(|(_, s, t)| s == "mayor" && t == "the pier was safe"), "{v:?}");
    }

    #[test]
    fn an_english_verb_with_a_noun_object_does_not_invert() {
        let v = run("Port\nThe port is shut.\n\nThe crew saw the ferry, rejected the landing and turned back.\n");
        assert!(v.is_empty(), "{v:?}");
        // (a verb of saying proper does, and any verb after a quotation)
        let v = run("Port\nThe port is shut.\n\nThe pier is unsafe, said the harbour master. “It is a farce,” \
                     scoffed Ada Lind.\n");
        assert!(v.iter().any(|(_, s, t)| s == "harbour master" && t == "The pier is unsafe"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "It is a farce,"), "{v:?}");
    }

    #[test]
    fn a_party_and_state_tag_after_a_name_is_no_speaker() {
        // (rule "an American party-and-state tag after a name", parsed.rs)
        for tag in ["D-Maine", "R-Okla.", "R-N.Y."] {
            let v = run(&format!(
                "Port\nThe port is shut.\n\nSen. Ada Brill, {tag}, who chairs the ports panel, argued that the \
                 ferries needed money.\n"
            ));
            assert!(v.iter().any(|(_, s, t)| s == "Ada Brill" && t == "the ferries needed money"), "{tag}: {v:?}");
        }
    }

    #[test]
    fn a_thing_under_an_opening_source_marker_is_no_speaker() {
        let v =
            run("Port\nLe port ferme.\n\nPour la CGT, ces chiffres confirment « l'échec de la politique du port ».\n");
        assert!(!v.is_empty() && v.iter().all(|(_, s, _)| s == "CGT"), "{v:?}");
    }

    #[test]
    fn a_german_perfect_passive_with_worden_reports_nothing_itself() {
        let v = run(
            "Werk\nDas Werk brennt.\n\nMinisterin Anna Berg sagte bei einem Besuch, es bestehe keine Gefahr. In der \
                     Luft seien keine gefährlichen Werte festgestellt worden. Auch das Wasser sei nicht belastet.\n",
        );
        assert!(v.iter().all(|(_, s, _)| s == "Anna Berg"), "{v:?}");
        assert!(v.iter().any(|(_, _, t)| t.starts_with("In der Luft seien")), "{v:?}");
    }

    #[test]
    fn a_subject_with_an_indefinite_complement_before_a_relative_clause() {
        let v = run(
            "Port\nThe port is shut.\n\nThe manager of a ferry firm, who asked not to be named, said fares would rise.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "manager of a ferry firm" && t == "fares would rise"), "{v:?}");
    }

    #[test]
    fn german_quoted_in_the_passive() {
        let v = run(
            "Hafen\nDer Hafen schließt.\n\nDer Betrieb läuft weiter. „Wir geben nicht auf“, wird Hafenchefin Ina Berg in der Mitteilung zitiert.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "Wir geben nicht auf"), "{v:?}");
    }
}
