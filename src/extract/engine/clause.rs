//! The statement after a cue verb: a quote the cue introduces (said: “…”), or the reported
//! clause (said that …), where it starts and where it ends.

use super::parsed::{Parsed, looks_like_clause, opens_subordinate, rest_is_punct, trim_punct};
use super::state::{CueSite, SentenceState};
use super::{Engine, Speaker};
use crate::extract::lexicon::{CueKind, CueWord, Lang, PronounKind, cue_trait, flag};
use crate::extract::tokens::{TokKind, Token};

/// Where a reported clause ends, and what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClauseEnd {
    /// The clause runs to this token.
    At(usize),
    /// The clause ends at a colon before this quote, which the speaker says too.
    ColonQuote(usize, usize),
    /// The clause ends at a conjunction before a second clause of the same speaker that starts
    /// at the second token: “said that … and that …”.
    SecondClause(usize, usize),
}

/// German separable verb particles (sorted): „warf … vor,“, „forderte … auf,“, „kündigte … an,“.
const DE_SEPARABLE_PARTICLES: [&str; 18] = [
    "ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "hin", "hinzu", "klar", "mit", "nach", "vor",
    "weiter", "zu", "zurück",
];

/// Whether `word` is the separable particle of the German cue lemma `lemma` („vor“ of
/// „vorwerfen“, „ab“ of „ablehnen“).
fn de_particle_of(lemma: &str, word: &str) -> bool {
    DE_SEPARABLE_PARTICLES.binary_search(&word).is_ok() && lemma.len() > word.len() + 3 && lemma.starts_with(word)
}

/// Rule "a German relative clause after the object": whether the comma at `k` (before `e`)
/// opens a relative clause — a relative pronoun (der, die, das, den, dem, deren, dessen, maybe
/// after a preposition; no article before its noun) that no noun with its verb right after it
/// follows, as it would in a reported main clause („…, der Plan sei gescheitert“, „…, das rote
/// Dreieck symbolisiere …“).
fn de_relative_after(p: &Parsed<'_>, k: usize, e: usize) -> bool {
    let mut r = k + 1;
    if p.toks.get(r).is_some_and(|t| t.is_word() && t.has(flag::PREP)) {
        r += 1;
    }
    // (an article before its noun is no pronoun: „von den USA“)
    let pronoun =
        p.toks.get(r).is_some_and(|t| {
            t.is_word() && matches!(t.lower, "der" | "die" | "das" | "den" | "dem" | "deren" | "dessen")
        }) && p.toks.get(r + 1).is_some_and(|t| t.is_word() && !t.cap);
    // (the verb after the noun: finite, or a Konjunktiv I form in “-e”: „das rote Dreieck
    // symbolisiere“)
    let verb = |t: &Token<'_>| {
        t.is_word() && (t.flags & (flag::FINITE | flag::KONJ | flag::AUX) != 0 || !t.cap && t.lower.ends_with('e'))
    };
    // (the pronoun is then the noun's article: only adjectives or adverbs stand between)
    let modifier = |t: &Token<'_>| {
        t.is_word() && t.flags & (flag::DET | flag::PRON_PERSON | flag::PRON_GROUP | flag::PRON_ORG) == 0
    };
    let main = (r + 1..e.min(r + 4)).any(|m| {
        p.toks[m].is_word()
            && p.toks[m].cap
            && p.toks.get(m + 1).is_some_and(verb)
            && (r + 1..m).all(|j| modifier(&p.toks[j]))
    });
    pronoun && !main
}

/// Nouns of posted media (lowercase, sorted; en, de, fr): “posted a photo of the letter”,
/// „teilte ein Video der Demo“, « a publié une photo » — a picture is shown, not said.
const MEDIA_OBJECTS: [&str; 16] = [
    "bild",
    "capture",
    "clip",
    "foto",
    "gif",
    "image",
    "lien",
    "link",
    "meme",
    "photo",
    "photograph",
    "picture",
    "screenshot",
    "selfie",
    "video",
    "vidéo",
];

/// Rule "a posted picture is no statement": the cue's object from `start` opens with an article
/// and a media noun (with at most one adjective before it).
fn is_media_object(p: &Parsed<'_>, start: usize, e: usize) -> bool {
    let det = p.toks.get(start).is_some_and(|t| t.is_word() && t.flags & (flag::DET | flag::INDEF) != 0);
    let media = |k: usize| k < e && p.toks[k].is_word() && MEDIA_OBJECTS.binary_search(&p.toks[k].lower).is_ok();
    det && (media(start + 1) || media(start + 2))
}

impl<'a> Engine<'a> {
    /// The statement after the cue: a quote it introduces, else a reported clause. Returns the
    /// speaker and cue when the sentence ends in a colon before a list.
    pub(super) fn statement_after(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        post_subject_end: Option<usize>,
        sp: Speaker,
        st: &mut SentenceState,
    ) -> Option<(Speaker, String)> {
        let e = site.e;
        let from = post_subject_end.unwrap_or_else(|| Self::after_cue(p, site.c, site.i));
        let cs = self.skip_fwd(p, e, from);
        // rule "a colon after the cue's adverbs opens the statement": “said bluntly: …”,
        // „kritisierte sie scharf: …“, « a déclaré lundi : … »
        let cs = adverbs_before_colon(p, cs, e, |k| self.de_object_noun_at(p, k)).unwrap_or(cs);
        if cs >= e {
            return None;
        }
        if p.punct(cs, ':') && cs + 1 >= e {
            return Some((sp, site.text.to_owned()));
        }
        if let Some(q) = introduced_quote(p, cs, e) {
            st.claimed.push(q);
            self.emit_quote(p, q, sp, site.text, 0.9);
            return None;
        }
        // rules "a characterisation with 'as' is a position" and "a characterisation by quoted
        // words is a quote" (characterise.rs)
        if let Some(end) = self.characterisation_end(p, site.c, cs, e) {
            self.emit_clause(p, cs, end, sp, site.text, 0.65);
            st.clauses.push((cs, end));
            return None;
        }
        if let Some(q) = super::characterise::characterised_quote(p, site.c, cs, e)
            .or_else(|| super::characterise::predicative_quote(p, site.c, cs, e))
        {
            st.claimed.push(q);
            self.emit_quote(p, q, sp, site.text, 0.8);
            return None;
        }
        if site.c.kind == CueKind::Label && !self.readout {
            // other quotes of the sentence are picked up as characterisations
            self.characterised_object(p, site, cs, sp);
            return None;
        }
        if let Some(q) = self.colon_quote(p, cs, e) {
            st.claimed.push(q);
            self.emit_quote(p, q, sp, site.text, 0.85);
            return None;
        }
        // rule "a quotation after the addressee": “told his radio audience on Monday, “…””
        if site.c.has(cue_trait::OBJECT) {
            if let Some(q) = self.quote_after_words(p, cs, e) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, site.text, 0.8);
                return None;
            }
        }
        // rule "a German separable particle before a comma opens the statement": „warf seinem
        // Herausforderer, Björn Winter, vor, die Unwahrheit zu sagen“
        let cs = self.de_after_particle(p, site, cs).unwrap_or(cs);
        // rule "an attitude voiced by a noun" (phrasal.rs): “voiced unease over …”
        if let Some(start) = Self::attitude_object(p, site.c, cs, e) {
            self.reported_clause(p, site, start, None, sp, st);
            return None;
        }
        // rule "a German quotation that is the whole object before a comma": „spricht von
        // „Piraterie“, die Regierung mahnt …“ — the quotation, not what follows the comma
        if self.lang == Lang::De {
            let comma = (cs..e.min(cs + 8)).find(|&k| p.punct(k, ','));
            if let Some(q) = comma.and_then(|k| super::whole_object_quote(p, cs, k)) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, site.text, 0.7);
                return None;
            }
        }
        // a time phrase after the cue and a comma (“said this morning, our embassy is …”)
        let cs = if cs > from && p.punct(cs, ',') && cs + 1 < e { cs + 1 } else { cs };
        let comp = self.complementizer(p, site, cs);
        let start = self.clause_start(p, site, cs, comp)?;
        self.reported_clause(p, site, start, comp, sp, st);
        None
    }

    /// Rule "a characterisation with its object is a position": in “Roe called the minister's
    /// plan “reckless” and “unfunded”” the object (from `cs` to its last quotation) names what
    /// several quoted words characterise: the object with its quotations is the position, the
    /// quoted words stay quotes of their own. Not when the object is only a pronoun (“called it
    /// “reckless””) or has one quotation (“slammed the hearings as a “disgrace””): there the
    /// quote is the statement.
    fn characterised_object(&mut self, p: &Parsed<'a>, site: CueSite<'_>, cs: usize, sp: Speaker) {
        let e = site.e;
        // (or before a conjunction and the next cue: “called the claim “a cheap shot” and said
        // the mayor had “never …””)
        let end = (cs..e)
            .find(|&k| {
                matches!(p.toks[k].kind, TokKind::Punct(';' | ':'))
                    || p.punct(k, ',') && !p.is_quote(k.saturating_sub(1))
                    || k > cs && p.toks[k].is_word() && p.toks[k].has(flag::CONJ) && self.breaks_at_conjunction(p, e, k)
            })
            .unwrap_or(e);
        // (up to its last quotation: a time or place after it is no part of it)
        let Some(last) = (cs..end).rev().find(|&k| p.is_quote(k)) else { return };
        let first = (cs..last).find(|&k| p.is_quote(k)).unwrap_or(last);
        let noun = (cs..first).any(|k| {
            let t = &p.toks[k];
            t.is_word()
                && PronounKind::of(t.flags).is_none()
                && t.flags & (flag::DET | flag::FUNC | flag::CONJ | flag::PREP) == 0
        });
        // (one quotation after its object is the statement itself: “slammed the hearings as a
        // “disgrace””; several would split one characterisation into fragments)
        if !noun || first == last {
            return;
        }
        let end = last + 1;
        // (its quotations stay free for the quote rules: no clause is noted)
        self.emit_clause(p, cs, end, sp, site.text, 0.6);
    }

    /// Where the statement starts after the separable particle of the German cue at `site` when
    /// the particle stands later in the sentence before a comma, after an object with a comma
    /// (“warf seinem Gegner, X, vor, …”): after that comma. None for other cues.
    fn de_after_particle(&self, p: &Parsed<'a>, site: CueSite<'_>, cs: usize) -> Option<usize> {
        if self.lang != Lang::De {
            return None;
        }
        let lemma = site.c.lemma;
        let k = (cs..site.e.min(cs + 12)).find(|&k| {
            let t = &p.toks[k];
            t.is_word() && de_particle_of(lemma, t.lower) && p.punct(k + 1, ',')
        })?;
        // (only where the object holds a comma: else the clause rules find the start)
        let comma_inside = (cs..k).any(|m| p.punct(m, ','));
        (comma_inside && k + 2 < site.e).then_some(k + 2)
    }

    /// A quotation ending the sentence after up to ten plain words and a comma (“told host Ada
    /// Lind, “…””): no cue, complementiser, finite verb or other quotation before it.
    fn quote_after_words(&self, p: &Parsed<'a>, cs: usize, e: usize) -> Option<usize> {
        let comma = (cs + 1..e.min(cs + 11)).find(|&k| p.punct(k, ','))?;
        let plain = (cs..comma).all(|k| {
            let t = &p.toks[k];
            t.is_word() && t.flags & (flag::COMPL | flag::FINITE) == 0 && self.cue_at(p, k).is_none() || t.is_punct('.')
        });
        let q = p.toks.get(comma + 1).and_then(Token::quote)?;
        (plain && rest_is_punct(p, comma + 2, e)).then_some(q)
    }

    /// A quote after the cue and a colon, with only a few words between: “said of the
    /// situation: “…””. None when a cue, a quote or a complementiser comes first.
    fn colon_quote(&self, p: &Parsed<'a>, cs: usize, e: usize) -> Option<usize> {
        let colon = (cs..e.min(cs + 12)).find(|&k| p.punct(k, ':'))?;
        // (a dash and a name before the colon hand the quotation over, unclaimed.rs)
        let dash = (cs..colon).any(|k| super::unclaimed::dash_source(p, k, e).is_some());
        // (a medium's name in quotation marks is no quotation: „sagte der „Zeit“: „…““)
        let plain = !dash
            && (cs..colon)
                .all(|k| self.cue_at(p, k).is_none() && (!p.is_quote(k) || super::parsed::is_title(p, cs, k)))
            && !(cs..colon).any(|k| p.toks[k].is_word() && p.toks[k].has(flag::COMPL));
        if !plain {
            return None;
        }
        p.toks.get(colon + 1).and_then(Token::quote)
    }

    /// The complementiser that opens the clause (“that”, “dass”, “que”) within twelve tokens of
    /// `cs`, before any full stop or other cue. A far “that” after a plain noun is a relative
    /// pronoun (“said the plan that …”); after a time, a name or an audience (“told Congress
    /// that”) it opens the clause; in English, a “that” after a finite verb of a bare clause is
    /// that clause's own (“said Rome would block any deal that …”).
    fn complementizer(&self, p: &Parsed<'a>, site: CueSite<'_>, cs: usize) -> Option<usize> {
        let look = site.e.min(cs + 12);
        (cs..look).find(|&k| {
            p.toks[k].is_word()
                && p.toks[k].has(flag::COMPL)
                && !(p.toks[k].is("that")
                    && k > cs
                    && p.toks[k - 1].is_word()
                    && !p.toks[k - 1].has(flag::TIME)
                    && !p.toks[k - 1].cap
                    && !p.toks[k - 1].has(flag::AUDIENCE)
                    && k - cs > 6)
                // “discussed that with Mr Trump”: a “that” before a preposition is an object (not
                // before one of circumstance: “said that during the talks …”)
                && !(p.toks[k].is("that")
                    && p.toks.get(k + 1).is_some_and(|n| n.is_word() && n.has(flag::PREP) && !n.has(flag::CIRCUMSTANCE)))
                // (rule "a 'that' after a bare clause's verb is a relative pronoun": “said Rome
                // would block any deal that did not …”)
                && !(self.lang == Lang::En
                    && p.toks[k].is("that")
                    && (cs..k).any(|m| p.toks[m].is_word() && p.toks[m].has(flag::FINITE)))
                && (cs..k).all(|m| {
                    !p.punct(m, '.')
                        && (self.cue_at(p, m).is_none_or(|_| m == site.i)
                            || Self::is_attitude_noun_of(site.c, &p.toks[m]))
                })
                && !self.fr_relative_que(p, cs, k)
        })
    }

    /// Whether the words after a comma (from `n`) open a clause of their own, which ends the
    /// report before it: a relative clause with its own attribution (“…, to which O'Malley
    /// interjected: …”), a German subject and its cue („…, die Bundesregierung mahnt …“), a
    /// French relative « que », maybe after a noun in apposition (« …, des accusations que le
    /// gouvernement rejette »).
    fn own_clause_after_comma(&self, p: &Parsed<'a>, n: usize, e: usize) -> bool {
        let nx = p.toks.get(n);
        // rule "a relative clause with its own attribution ends the report"
        let prep_which = nx.is_some_and(|t| t.is_word() && t.has(flag::PREP))
            && p.toks.get(n + 1).is_some_and(|t| t.is("which") || t.is("whom"))
            && (n + 2..e.min(n + 7)).any(|m| self.cue_at(p, m).is_some());
        let de_main = self.lang == Lang::De
            && nx.is_some_and(|t| t.is_word() && t.has(flag::DET) && !t.has(flag::RELATIVE))
            && self.np_after(p, n, e).is_some_and(|(_, b)| self.cue_at(p, b).is_some_and(|c| c.kind == CueKind::Verb));
        let que = |m: usize| p.toks.get(m).is_some_and(|t| t.is_word() && matches!(t.lower, "que" | "qu'" | "qu’"));
        let fr_relative = self.lang == Lang::Fr
            && (que(n) || nx.is_some_and(|t| t.is_word() && t.has(flag::DET)) && (n + 2..e.min(n + 4)).any(que));
        prep_which || de_main || fr_relative
    }

    /// Rule "a French « que » after a comma and a noun is a relative pronoun": in « a réagi à
    /// l'ouverture du sommet, que les Etats-Unis boycottent », « accusant Pretoria de mauvais
    /// traitements, des accusations que le gouvernement rejette » the « que » at `k` opens a
    /// relative clause about the noun, no reported clause of the cue (its object from `cs`).
    fn fr_relative_que(&self, p: &Parsed<'a>, cs: usize, k: usize) -> bool {
        if self.lang != Lang::Fr || k <= cs {
            return false;
        }
        let Some(comma) = (cs..k).rev().find(|&m| p.punct(m, ',')) else { return false };
        // (not after an incise between two commas: « reconnaît, sous le couvert de l'anonymat,
        // qu'une partie … »)
        if (cs..comma).any(|m| p.punct(m, ',')) || p.toks.get(cs).is_some_and(|t| !t.is_word()) {
            return false;
        }
        let seg = comma + 1;
        let noun_before = comma > cs && p.toks[comma - 1].is_word() && !p.toks[comma - 1].has(flag::TIME);
        seg == k && noun_before || seg < k && p.toks[seg].is_word() && p.toks[seg].has(flag::DET)
    }

    /// Where the reported clause starts: after the complementiser or a colon; in German after
    /// the first comma (“sagte er, die Lage …”); in French after a comma; after the addressee of
    /// a verb that names one (“told reporters …”); in English after a circumstance (“said in a
    /// statement that …”, “said on Friday, …”). None when there is no clause.
    fn clause_start(&self, p: &Parsed<'a>, site: CueSite<'_>, cs: usize, comp: Option<usize>) -> Option<usize> {
        let e = site.e;
        // (a verb of answering reports only a that-clause or what follows a colon: not “hit
        // back at critics on Monday, saying …”)
        if Self::answers(site.c) && comp.is_none() && !p.punct(cs, ':') {
            return None;
        }
        let mut start = cs;
        if let Some(k) = comp {
            start = k + 1;
        } else if let Some(k) = Self::object_after_particle(p, site.c, cs).filter(|_| site.c.kind == CueKind::Verb) {
            // (the object after the particle: “called for calm”, “warned against a trade war”)
            start = k;
        } else if let Some(k) = self.accusation_start(p, site.c, cs, e) {
            start = k;
        } else if p.punct(cs, ':') {
            start = cs + 1;
        } else if self.lang == Lang::De && comp.is_none() && self.de_short_object(p, cs, e).is_some() {
            // (“kritisierte die Pläne vorsichtig, ohne …”: the object, not what follows the comma)
        } else if self.lang == Lang::De {
            // (a relative clause after the object belongs to it: „kritisierte den Plan, der die
            // Fähre stilllegen würde“)
            if let Some(k) = (cs..e.min(cs + 8)).find(|&k| p.punct(k, ',')).filter(|&k| !de_relative_after(p, k, e)) {
                start = k + 1;
            } else if p.punct(cs, ',') {
                start = cs + 1;
            }
        } else if self.lang == Lang::Fr && p.punct(cs, ',') {
            start = cs + 1;
        } else if site.c.has(cue_trait::OBJECT) {
            start = self.after_addressee(p, cs, e)?;
        } else if self.lang == Lang::En && p.toks.get(start).is_some_and(|t| t.is_word() && t.has(flag::CIRCUMSTANCE)) {
            let mut k = start;
            while k < e && !p.punct(k, ',') && !p.toks[k].is("that") && k - start < 8 {
                k += 1;
            }
            if !(k < e && (p.punct(k, ',') || p.toks[k].is("that"))) {
                return None;
            }
            start = k + 1;
        }
        // (the cue's direct object only: not „schrieb, das Foto zeige …“, nor the subject of an
        // English bare clause, “said the image harked back to …”)
        let object = start == cs && (self.lang != Lang::En || !site.c.has(cue_trait::CORE));
        (start < e && !(object && is_media_object(p, start, e))).then_some(start)
    }

    /// After the addressee of a verb that names one: “told reporters …”, “told the BBC …”.
    /// None when a circumstance follows (“told … on Monday”, “told … after the vote”).
    fn after_addressee(&self, p: &Parsed<'a>, cs: usize, e: usize) -> Option<usize> {
        let obj = self.np_after(p, cs, e).map_or(cs + 1, |(_, b)| b);
        let plural = p.toks.get(cs).is_some_and(|t| t.is_word() && !t.cap && t.lower.ends_with('s'));
        let start = self.skip_fwd(p, e, if plural { cs + 1 } else { obj });
        // (any preposition: “told reporters after the vote”, “told the BBC on Monday”)
        let circumstance = flag::PREP | flag::SUBORDINATOR | flag::CIRCUMSTANCE;
        if p.toks.get(start).is_some_and(|t| t.is_word() && t.flags & circumstance != 0 && !t.is("that")) {
            return None;
        }
        Some(start)
    }

    /// The reported clause from `start`: emitted as a position (or as a quote when a quote
    /// fills it), with a quote after a colon and a second clause that belong to it.
    fn reported_clause(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        start: usize,
        comp: Option<usize>,
        sp: Speaker,
        st: &mut SentenceState,
    ) {
        let (e, c, cue_text) = (site.e, site.c, site.text);
        // a quote that fills the clause is the statement itself: said that „…“
        if let Some(q) = p.toks[start].quote() {
            if rest_is_punct(p, start + 1, e) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.85);
                return;
            }
        }
        let first = &p.toks[start];
        let account = first.is_word() && is_account_of_how(c.lemma, first.lower);
        if first.is_word() && (first.has(flag::WH) && !account || first.is("to") && c.has(cue_trait::NOT_TO)) {
            return;
        }
        if first.is_punct(',') || first.is_punct('(') || pro_form_object(p, start, e) {
            return;
        }
        // rule "a conjunction right after the cue coordinates, it opens no statement": in „…, die
        // Gewerkschaft habe den Streik angekündigt und verstoße damit …“ the cue ends its own
        // clause and „und“ goes on with the sentence
        if start == site.i + 1 && comp.is_none() && first.is_word() && first.has(flag::CONJ) {
            return;
        }
        // rule "an adversative clause after the cue's comma is no object": “… announced last
        // week, but the benches were quiet” reports nothing
        if start > site.i + 1 && p.punct(start - 1, ',') && first.is_word() && matches!(first.lower, "but" | "yet") {
            return;
        }
        // rule "German reflexive cue names a topic": “äußerte sich zur Lage” says nothing itself
        // (only right after the cue: after a complementiser or a comma the reflexive is the
        // clause's own, „sagte, dass sich beide Seiten …“, „forderte sie auf, sich zu einigen“)
        if self.lang == Lang::De && first.is("sich") && comp.is_none() && start == site.i + 1 {
            return;
        }
        // rule "German subordinate clause ends at its comma": a cue right after the comma opens
        // the main clause ("Während X es begrüßt hatte, warnte Y, …"), it is no reported speech
        if self.lang == Lang::De && comp.is_none() && self.cue_at(p, start).is_some() {
            return;
        }
        // (nor is a participle's clause, in any language: « a démenti, assurant que … »,
        // “denied it, saying …” — the participle reports on its own)
        let participle = self.cue_at(p, start).is_some_and(|c| c.kind == CueKind::Participle);
        if comp.is_none() && start > site.i + 1 && p.punct(start - 1, ',') && participle {
            return;
        }
        let stop = self.clause_end(p, site, start, comp);
        let end = match stop {
            ClauseEnd::At(k) | ClauseEnd::ColonQuote(k, _) | ClauseEnd::SecondClause(k, _) => k,
        };
        let Some(end) = self.clause_body_end(p, site, start, trim_punct(p, start, end), comp, &sp, st) else {
            // (the first clause may have been a quotation alone: « a assuré que « … » et que … »)
            if let ClauseEnd::SecondClause(_, a) = stop {
                self.second_clause(p, site, a, sp, st, 0.8);
            }
            return;
        };
        // rule "a German separable particle closes the cue, not the statement": „lehnt den
        // Plan ab“, „rief zur Mäßigung auf“ — the particle the cue's lemma opens with
        let separable = self.lang == Lang::De
            && end > start + 1
            && p.toks[end - 1].is_word()
            && !p.toks[end - 1].cap
            && de_particle_of(c.lemma, p.toks[end - 1].lower);
        let end = if separable { end - 1 } else { end };
        let conf = if comp.is_some() { 0.8 } else { 0.65 };
        self.emit_clause(p, start, end, sp.clone(), cue_text, conf);
        st.clauses.push((start, end));
        // rule "quoted words in a particle's object": “called for “a full investigation” of the
        // attack” gives the position and the quoted words as a quote of their own
        if start > site.i + 1 && Self::opens_object(p, c, start - 1) {
            for q in (start..end).filter_map(|k| p.toks[k].quote()).filter(|&q| p.quote_words(q) >= 2) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp.clone(), cue_text, 0.6);
            }
        }
        match stop {
            ClauseEnd::ColonQuote(_, q) => {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, ":", 0.8);
            }
            ClauseEnd::SecondClause(_, a) => self.second_clause(p, site, a, sp, st, conf),
            ClauseEnd::At(_) => {}
        }
    }

    /// Emits the second clause of the same cue, from token `a` to the sentence's end: “said that
    /// … and that …” (a quotation alone is a quote).
    fn second_clause(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        a: usize,
        sp: Speaker,
        st: &mut SentenceState,
        conf: f32,
    ) {
        let b = trim_punct(p, a, site.e);
        if let (Some(q), true) = (p.toks.get(a).and_then(Token::quote), b == a + 1) {
            st.claimed.push(q);
            self.emit_quote(p, q, sp, site.text, 0.8);
        } else if b > a + 1 {
            self.emit_clause(p, a, b, sp, site.text, conf);
            st.clauses.push((a, b));
        }
    }

    /// Rule "a German object of two words": German compounds pack into two words what English
    /// says in more (“forderte konkretere Schritte”, “kritisierte die Übernahmepläne”): an
    /// article or adjective, then a noun, maybe an adverb, and the sentence ends or an
    /// infinitive clause of circumstance follows (“…, ohne die USA zu nennen”). Where the object
    /// ends.
    fn de_short_object(&self, p: &Parsed<'a>, start: usize, end: usize) -> Option<usize> {
        let end = trim_punct(p, start, end);
        let plain = |t: &Token<'_>| {
            t.is_word() && !t.cap && t.flags & (flag::PREP | flag::FUNC | flag::TIME | flag::COMPL) & !flag::DET == 0
        };
        let noun = |t: &Token<'_>| {
            t.is_word() && t.cap && t.flags & (flag::TIME | flag::FUNC) == 0 && t.lower.chars().count() >= 6
        };
        // (after the cue's comma comes a clause: „sagte, der Umsatz sinke“)
        let after_comma = start > 0 && p.punct(start - 1, ',');
        if self.lang != Lang::De
            || after_comma
            || end < start + 2
            || !plain(&p.toks[start])
            || !noun(&p.toks[start + 1])
        {
            return None;
        }
        let mut k = start + 2;
        // (an adverb: “vorsichtig”; no infinitive: „den Streit beizulegen“)
        if k < end
            && plain(&p.toks[k])
            && !p.toks[k].has(flag::DET)
            && p.toks[k].cue.is_none()
            && !p.toks[k].lower.ends_with("en")
        {
            k += 1;
        }
        let circumstance = p.punct(k, ',')
            && p.toks.get(k + 1).is_some_and(|t| matches!(t.lower, "ohne" | "um" | "statt" | "anstatt"));
        (k >= end || circumstance).then_some(start + 2)
    }

    /// Checks the clause `[start, end)` and returns where its body ends. An English clause
    /// without a complementiser must look like one: no preposition first, a finite verb after
    /// a verb that is no verb of saying proper (then it also ends at a comma), unless the verb
    /// takes a to-infinitive (“vowed to fight”). A clause that is one quote is emitted as that
    /// quote. None when nothing is to be emitted as a clause.
    #[allow(clippy::too_many_arguments)]
    fn clause_body_end(
        &mut self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        start: usize,
        end: usize,
        comp: Option<usize>,
        sp: &Speaker,
        st: &mut SentenceState,
    ) -> Option<usize> {
        let c = site.c;
        let words = clause_words(p, start, end);
        // a dash after the cue closes an aside (“… - again Peter may elaborate - are thorough”)
        if comp.is_none() {
            if let Some(object_end) = self.de_short_object(p, start, end) {
                return Some(object_end);
            }
        }
        // (after a particle the object may be short: “accused X of lying”, “called for calm”)
        let particle = start > site.i + 1
            && (Self::opens_object(p, c, start - 1)
                || self.accusation_start(p, c, site.i + 1, site.e) == Some(start)
                || Self::attitude_object(p, c, site.i + 1, site.e) == Some(start));
        // (and a quotation that is the whole object is a statement of its own: „sprach von „Chaos““)
        let short_ok = particle || super::whole_object_quote(p, start, end).is_some();
        if words < if short_ok { 1 } else { 3 } || matches!(p.toks[start].kind, TokKind::Punct('-' | '–' | '—')) {
            return None;
        }
        // (also after the addressee: “urged leaders to open talks”)
        let to_after_object = (start + 1..end.min(start + 6)).find(|&k| p.toks[k].is("to")).is_some_and(|k| {
            (start..k).all(|m| p.toks[m].is_word() && p.toks[m].flags & (flag::FINITE | flag::COMPL) == 0)
        });
        let to_infinitive = (p.toks[start].is("to") || to_after_object) && c.has(cue_trait::TO_CLAUSE);
        let bare_en = comp.is_none() && self.lang == Lang::En;
        // (a preposition before a number is an approximation: “said about 1,200 workers could
        // be sent home”)
        let approximation = p
            .toks
            .get(start + 1)
            .is_some_and(|n| p.word(start + 1).starts_with(|c: char| c.is_ascii_digit()) && n.is_word());
        if bare_en
            && p.toks[start].is_word()
            && p.toks[start].has(flag::PREP)
            && !to_infinitive
            && !particle
            && !approximation
        {
            return None;
        }
        let narrow = bare_en && !c.has(cue_trait::CORE) && !self.readout && !particle;
        if self.lang == Lang::Fr && comp.is_none() && fr_said_object(p, c, start, end) {
            return None;
        }
        // rule "quoted words that open the object": “described “broad support” for a mission”
        // reports more than the quoted words
        let quoted_object = p.is_quote(start) && (start + 1..end).filter(|&k| p.toks[k].is_word()).count() >= 2;
        if narrow && !to_infinitive && !quoted_object && !looks_like_clause(p, start, end) {
            return None;
        }
        // a clause that is one quote and nothing else
        if end == start + 1 {
            if let Some(q) = p.toks[start].quote() {
                st.claimed.push(q);
                self.emit_quote(p, q, sp.clone(), site.text, 0.85);
                return None;
            }
        }
        let mut end = end;
        // (a German separable verb's particle closes the clause: “sprach sich für … aus”)
        if particle && self.lang == Lang::De && end > start + 1 && p.toks[end - 1].is("aus") {
            end -= 1;
        }
        if narrow {
            if let Some(k) = (start..end).find(|&k| p.punct(k, ',')) {
                end = k;
                if !to_infinitive && !looks_like_clause(p, start, end)
                    || (start..end).filter(|&k| p.toks[k].is_word()).count() < 3
                {
                    return None;
                }
            }
        }
        Some(end)
    }

    /// Where the clause from `start` ends: the first break ([`Self::clause_break`]) or the
    /// sentence end.
    fn clause_end(&self, p: &Parsed<'a>, site: CueSite<'_>, start: usize, comp: Option<usize>) -> ClauseEnd {
        (start..site.e).find_map(|k| self.clause_break(p, site, start, k, comp)).unwrap_or(ClauseEnd::At(site.e))
    }

    /// Whether the clause from `start` ends at token `k`: at a colon before a quote; at a comma
    /// (or at a quotation with its comma inside: “… “for some time,” adding …”) before a
    /// participle or source cue (“…, adding”, “…, according to”), before a clause break word
    /// and a cue (“…, while X said”), before another speaker's trailing attribution (“…, X
    /// said.”), before the main verb after a relative clause holding the cue (“Price, who
    /// argued that …, will speak”) or before an opening adverbial clause's main clause; at a
    /// conjunction before a second complementiser (“and that …”), before a cue after only
    /// auxiliaries (“and has warned”), or before another speaker's attribution (“but the BBC's
    /// editor said …”, “…, with Italy demanding … and Spain warning …”).
    fn clause_break(
        &self,
        p: &Parsed<'a>,
        site: CueSite<'_>,
        start: usize,
        k: usize,
        comp: Option<usize>,
    ) -> Option<ClauseEnd> {
        let t = &p.toks[k];
        if t.is_punct(':') && k > start {
            if let Some(q) = p.toks.get(k + 1).and_then(Token::quote) {
                return Some(ClauseEnd::ColonQuote(k, q));
            }
        }
        // (rule "a dash and a name before a colon hand over the quotation", unclaimed.rs)
        if k > start && super::unclaimed::dash_source(p, k, site.e).is_some() {
            return Some(ClauseEnd::At(k));
        }
        if (t.is_punct(',') || t.is_punct(';') || t.is_punct('—') || t.is_punct('–'))
            && self.breaks_after_comma(p, site, k)
        {
            return Some(ClauseEnd::At(k));
        }
        // (the comma inside a closing quotation, in the English way: “… “normalising
        // detention,” while the committee urged …”)
        let comma_inside = t.quote().is_some() && p.ends_in_comma(k);
        if comma_inside && k > start && self.breaks_after_comma(p, site, k) {
            return Some(ClauseEnd::At(k + 1));
        }
        // “voiced unease over the talks while also acknowledging that …”: a clause-break word
        // before a participle cue ends the object of the first cue (no comma needed)
        if t.is_word() && t.has(flag::CLAUSE_BREAK) && k > start {
            let participle = (k + 1..site.e.min(k + 4))
                .take_while(|&m| p.toks[m].is_word())
                .any(|m| self.cue_at(p, m).is_some_and(|c| c.kind == CueKind::Participle));
            if participle {
                return Some(ClauseEnd::At(k));
            }
        }
        if t.is_word() && t.has(flag::CONJ) && k > start {
            let core = comp.is_some() || site.c.has(cue_trait::CORE);
            if p.toks.get(k + 1).is_some_and(|n| n.has(flag::COMPL)) && core {
                return Some(ClauseEnd::SecondClause(k, k + 2));
            }
            if self.breaks_at_conjunction(p, site.e, k) {
                return Some(ClauseEnd::At(k));
            }
        }
        None
    }

    /// The comma rules of [`Self::clause_break`], for the punctuation at `k`.
    fn breaks_after_comma(&self, p: &Parsed<'a>, site: CueSite<'_>, k: usize) -> bool {
        let e = site.e;
        let n = k + 1;
        let nx = p.toks.get(n);
        let next_cue = nx.and_then(|_| self.cue_at(p, n));
        // rule "German zu-infinitive ends before a relative clause": “forderte ihn auf, den Plan
        // zu stoppen, der …”
        if self.lang == Lang::De && k >= 2 && p.toks[k - 2].is("zu") && self.relative_clause_follows(p, k, e) {
            return true;
        }
        // rule "participle after a linking word": “…, tout en affirmant …”, “…, en précisant …”
        let link =
            |m: usize| p.toks[m].is_word() && !p.toks[m].cap && p.toks[m].lower.len() <= 4 && p.toks[m].cue.is_none();
        let linked = (n..e.min(n + 2)).take_while(|&m| link(m)).last();
        let linked_cue = linked.filter(|&m| m + 1 < e).and_then(|m| self.cue_at(p, m + 1));
        // (a labelling verb's “-ing” form is a participle too: “…, calling them “insulting””)
        let labelling = |c: CueWord| c.kind == CueKind::Label && nx.is_some_and(|t| t.lower.ends_with("ing"));
        if self.own_clause_after_comma(p, n, e) {
            return true;
        }
        if next_cue.is_some_and(|c| matches!(c.kind, CueKind::Participle | CueKind::SourcePrefix) || labelling(c))
            || linked_cue.is_some_and(|c| c.kind == CueKind::Participle)
            || nx.is_some_and(|t| t.has(flag::CLAUSE_BREAK))
                && ((n..e.min(n + 4)).any(|m| self.cue_at(p, m).is_some() || p.toks[m].is("only"))
                    // (after a longer subject: “…, while the Port Authority urged …”, “…, while
                    // economists at a bank argued …”: a verb cue within seven words)
                    || self.np_after(p, n + 1, e).is_some_and(|(_, b)| {
                        self.cue_at(p, b).is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Label))
                    })
                    || (n + 1..e.min(n + 8))
                        .take_while(|&m| p.toks[m].is_word())
                        .any(|m| self.cue_at(p, m).is_some_and(|c| c.kind == CueKind::Verb)))
        {
            return true;
        }
        // rule "a report in a relative clause ends where the relative clause does": “Price, who
        // argued that the tax is unfair, will speak …”: the comma before the main verb (an
        // auxiliary, finite verb or verb of saying in lowercase) closes the report (“Brill, who
        // wrote the law, called it …”)
        // (or a personal pronoun and its verb open the main clause: « Interrogé sur les propos
        // de la ministre, qui avait parlé d'un « accord », il a souri »)
        // (not after a subordinate clause inside the report: “who warned that if fares rose,
        // she would resign, spoke …”)
        let subordinate_inside = || (site.i + 1..k).any(|m| opens_subordinate(p, m, self.lang));
        let pronoun_subject = super::parsed::opens_pronoun_clause(p, n) && !subordinate_inside();
        let main_verb = pronoun_subject
            || nx.is_some_and(|t| {
                t.is_word()
                    && !t.cap
                    && (t.flags & (flag::AUX | flag::FINITE) != 0
                        || next_cue.is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Label)))
            });
        if main_verb && self.cue_in_relative_clause(p, site) {
            return true;
        }
        // …, X said. (or “…, X told reporters on Monday.”) at the end belongs to another
        // attribution; and after a subordinate clause
        // that holds the cue, “When it was put to her that …, Ellison said …” opens the main
        // clause with another attribution
        // (rule "a clause in an opening subordinate clause ends before the main clause": also
        // before a main clause without a cue, “When Reed suggested that …, Price fired back: …”)
        let subordinate = opens_subordinate(p, site.s, self.lang) && site.i > site.s;
        let main_verb_after = |b: usize| {
            p.toks.get(b).is_some_and(|t| t.is_word() && !t.cap && t.flags & (flag::FUNC | flag::PREP | flag::DET) == 0)
        };
        self.np_after(p, n, e).is_some_and(|(_, b)| {
            let cue = self.cue_at(p, b).is_some_and(|c| c.kind == CueKind::Verb);
            // (a subject, an auxiliary and a cue before a colon: « …, le ministre a répondu : »)
            let aux_cue = b + 2 < e
                && p.toks[b].is_word()
                && p.toks[b].has(flag::AUX)
                && self.cue_at(p, b + 1).is_some_and(|c| c.kind == CueKind::Verb)
                && p.punct(b + 2, ':');
            b < e
                && (aux_cue
                    || cue
                        && (rest_is_punct(p, b + 1, e)
                            || self.lang == Lang::En && self.circumstance_tail(p, b + 1, e, 4)
                            || subordinate && p.toks[n].cap)
                    || self.lang == Lang::En && subordinate && p.toks[n].cap && main_verb_after(b))
        })
    }

    /// Whether the cue at `site.i` opens a relative clause after a comma (“…, who said”, “…,
    /// who has long argued”).
    fn cue_in_relative_clause(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let (j, _) = self.skip_back(p, site.s, site.i);
        j >= site.s + 2 && p.toks[j - 1].is_word() && p.toks[j - 1].has(flag::RELATIVE) && p.punct(j - 2, ',')
    }

    /// The conjunction rules of [`Self::clause_break`], for the conjunction at `k`.
    fn breaks_at_conjunction(&self, p: &Parsed<'a>, e: usize, k: usize) -> bool {
        let m = (k + 1..e.min(k + 5))
            .find(|&m| self.cue_at(p, m).is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Label)));
        if let Some(m) = m {
            if (k + 1..m).all(|x| p.toks[x].is_word() && (p.toks[x].has(flag::AUX) || p.toks[x].has(flag::NEG))) {
                return true;
            }
        }
        // “…, but the BBC's editor Jon Sopel said …”: another speaker's attribution
        // (after a possessive too: “…, and its director general, …”)
        let from =
            if p.toks.get(k + 1).is_some_and(|t| t.is_word() && t.has(flag::POSSESSIVE)) { k + 2 } else { k + 1 };
        let Some((_, b)) = self.np_after(p, from, e) else { return false };
        // (its apposition between commas too: “…, and its director general, Pieter Aalst, urged …”)
        let b = if p.punct(b, ',') {
            (b + 2..e.min(b + 6))
                .find(|&c| p.punct(c, ','))
                .filter(|&c| (b + 1..c).all(|x| p.toks[x].is_word() && p.toks[x].cap))
                .map_or(b, |c| c + 1)
        } else {
            b
        };
        let mut m = b;
        while m < e && p.toks[m].is_word() && p.toks[m].has(flag::AUX) {
            m += 1;
        }
        // (or another speaker's participle in a “with” phrase: “…, with Italy demanding X and
        // Spain warning that …”)
        let with_phrase = || super::subject::in_with_phrase(p, 0, k);
        m < e
            // (or a subject pronoun: “…, and he has told leaders that …”)
            && (p.toks[b].cap
                || p.toks[k + 1].cap
                || p.toks[k + 1].flags & (flag::DET | flag::POSSESSIVE) != 0
                || b == k + 2 && PronounKind::of(p.toks[k + 1].flags).is_some())
            && self
                .cue_at(p, m)
                .is_some_and(|c| c.kind == CueKind::Verb || c.kind == CueKind::Participle && with_phrase())
    }
}

/// Rule "a French participle of saying reports a clause, not a noun": whether the words from
/// `start` (before `end`) after the cue `c`, with no complementiser, are a noun object of a
/// participle of saying — « répondant aux questions », « confirmant une information » report
/// nothing; « précisant : « … » », « affirmant avoir réagi » do (stance verbs keep their
/// object: « dénonçant une dérive »).
fn fr_said_object(p: &Parsed<'_>, c: CueWord, start: usize, end: usize) -> bool {
    c.kind == CueKind::Participle
        && c.has(cue_trait::CORE)
        && !p.is_quote(start)
        && !(start > 0 && p.punct(start - 1, ':'))
        && !fr_infinitive_at(p, start, end)
}

/// Whether a French infinitive opens the words from `start` (before `end`), after a negation
/// (« avoir réagi », « ne pas vouloir », « être prêt »): a lowercase word in “-er”, “-ir” or
/// “-re” that is no article, function word, preposition or possessive (« notre », « entre »).
fn fr_infinitive_at(p: &Parsed<'_>, start: usize, end: usize) -> bool {
    let k = (start..end).find(|&k| !(p.toks[k].is_word() && p.toks[k].has(flag::NEG))).unwrap_or(end);
    p.toks.get(k).is_some_and(|t| {
        k < end
            && t.is_word()
            && !t.cap
            && t.flags & (flag::DET | flag::FUNC | flag::PREP | flag::POSSESSIVE) == 0
            && (t.lower.ends_with("er") || t.lower.ends_with("ir") || t.lower.ends_with("re"))
    })
}

/// How many words the clause `[start, end)` has, a quotation counted by its words up to three
/// (“said Russia “will respond””: four, no short object).
fn clause_words(p: &Parsed<'_>, start: usize, end: usize) -> usize {
    let quote_words = |q: usize| p.s[p.quotes[q].start..p.quotes[q].end].split_whitespace().take(3).count().max(1);
    (start..end)
        .map(|k| match p.toks[k].quote() {
            Some(q) => quote_words(q),
            None => usize::from(p.toks[k].is_word()),
        })
        .sum()
}

/// A quote the cue introduces and that ends the sentence: said: “…” / saying, “…” / said “…”
/// / said, quote, “…”.
fn introduced_quote(p: &Parsed<'_>, cs: usize, e: usize) -> Option<usize> {
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
    let q = p.toks.get(k).and_then(Token::quote)?;
    (k < e && rest_is_punct(p, k + 1, e)).then_some(q)
}

/// Verbs of giving an account (lemmas, sorted): their „wie“, “how”, « comment » clause is
/// what the speaker reported.
const ACCOUNT_VERBS: [&str; 9] =
    ["beschreiben", "describe", "detail", "décrire", "détailler", "erzählen", "raconter", "recount", "schildern"];

/// Rule "an account of how": in „Die Zeugin schilderte, wie der Pier eingestürzt sei“, “she
/// described how the pier collapsed” the clause of manner after a verb of giving an account is
/// the statement (other question words after a cue open a question, no statement).
fn is_account_of_how(lemma: &str, wh: &str) -> bool {
    matches!(wh, "wie" | "how" | "comment") && ACCOUNT_VERBS.binary_search(&lemma).is_ok()
}

/// Rule "a colon after the cue's adverbs opens the statement": the colon within four words
/// after `cs` (before `e`) when only adverbs and adverbials stand before it — lowercase words
/// that are no finite verb or complementiser, and capitalised ones only as a time or after a
/// preposition, so no new subject (“said bluntly: …”, „sagte am Montag deutlich: …“); or, right
/// before the colon, the cue's object noun (`object_noun`: „äußerte scharfe Kritik: …“).
fn adverbs_before_colon(p: &Parsed<'_>, cs: usize, e: usize, object_noun: impl Fn(usize) -> bool) -> Option<usize> {
    let colon = (cs + 1..e.min(cs + 5)).find(|&k| p.punct(k, ':'))?;
    let adverbs = (cs..colon).all(|k| {
        let t = &p.toks[k];
        let adverbial = !t.cap || t.has(flag::TIME) || k > cs && p.toks[k - 1].has(flag::PREP);
        let object = k + 1 == colon && object_noun(k);
        t.is_word() && (adverbial || object) && t.flags & (flag::FINITE | flag::COMPL) == 0
    });
    adverbs.then_some(colon)
}

/// Rule "a verb of saying with a pro-form for its object reports nothing" (English): in
/// “The Secretary has said as much to our partners”, “he'll say it again in Nairobi”, “she said
/// it in the debate” the words from `start` (before `e`) are “as much”, “so”, “it” or “this” with
/// only a preposition, “again” or a mark that ends a clause after them — no clause (“said it
/// may rain”, “said that on Monday …” are clauses).
fn pro_form_object(p: &Parsed<'_>, start: usize, e: usize) -> bool {
    let at = |k: usize, w: &str| k < e && p.toks[k].is_word() && p.toks[k].is(w);
    let mut after = if at(start, "as") && at(start + 1, "much") {
        start + 2
    } else if ["so", "it", "this"].iter().any(|w| at(start, w)) {
        start + 1
    } else {
        return false;
    };
    if at(after, "again") {
        after += 1;
    }
    // (a quotation later in the sentence is the statement: “explained this in the past: “…””)
    let quoted = (after..e).any(|k| p.is_quote(k));
    // (not “it to”: “believing it to be …” has a clause)
    let infinitive = at(start, "it") && at(after, "to");
    let ends = after >= e
        || p.toks[after].is_word() && p.toks[after].has(flag::PREP) && !infinitive
        || matches!(p.toks[after].kind, TokKind::Punct(',' | '.' | ';'));
    ends && !quoted
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::{Position, Quote};

    #[test]
    fn a_conjunction_right_after_the_cue_opens_no_statement() {
        let v = run("Hafen\nDer Hafen ist zu.\n\nDie Firma hatte argumentiert, die Gewerkschaft habe den Streik zu \
                     spät angekündigt und verstoße damit gegen den Vertrag.\n");
        assert!(v.iter().all(|(_, _, t)| !t.starts_with("und")), "{v:?}");
        assert!(v.iter().any(|(_, s, _)| s == "Firma"), "{v:?}");
    }

    #[test]
    fn an_adversative_clause_after_the_cue_s_comma_is_no_object() {
        let v = run(
            "Port\nThe pier is shut.\n\nShe pointed to the new fund announced last week, but the benches stayed quiet.\n",
        );
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_subject_and_its_quoted_predicate_is_a_position() {
        // (a one-word subject and a quotation that says the rest: the quotation counts by its
        // words, so the clause is no short object)
        let v = run("Port\nThe pier is shut.\n\nAda Lind said Norland \"will not pay for the new pier\".\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "Norland \"will not pay for the new pier\"".to_owned())]);
        let v = run("Port\nThe pier is shut.\n\nAda Lind said \"no\".\n");
        assert!(v.iter().all(|x| x.0 == Quote), "{v:?}");
    }

    #[test]
    fn a_participle_after_a_cue_and_its_comma_reports_on_its_own() {
        let v =
            run("Port\nLe port est fermé depuis lundi et les pêcheurs sont en colère contre la mairie. Le maire a \
                     démenti, assurant que le port rouvrira.\n");
        assert_eq!(v, [(Position, "maire".to_owned(), "le port rouvrira".to_owned())]);
        // (a gerund after a preposition is the cue's content: “accused him of opposing …”)
        let v = run("Port\nThe port is shut. The mayor accused the council of opposing the new pier.\n");
        assert!(v.iter().any(|(_, _, t)| t.contains("opposing the new pier")), "{v:?}");
    }

    #[test]
    fn an_account_of_how() {
        let v = run("Hafen\nDer Pier ist zu. Hafenchefin Ada Lind schilderte, wie der Sturm den Pier zerstört habe.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "wie der Sturm den Pier zerstört habe".to_owned())]);
        let v = run("Port\nThe pier is shut. Mayor Ada Lind described how the storm had wrecked the pier.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "how the storm had wrecked the pier".to_owned())]);
        // (another question word, or another verb, opens a question: no statement)
        assert!(run("Port\nThe pier is shut. Mayor Ada Lind asked how the storm had wrecked the pier.\n").is_empty());
        assert!(run("Hafen\nDer Pier ist zu. Ada Lind schilderte, warum der Pier zu sei.\n").is_empty());
    }

    #[test]
    fn tables_are_sorted() {
        assert!(super::ACCOUNT_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::DE_SEPARABLE_PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::MEDIA_OBJECTS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_german_relative_clause_after_the_object_belongs_to_it() {
        let intro = "Hafen\n\nDer Hafen bleibt zu.";
        for (s, text) in [
            ("Moser kritisierte den Plan, der die Fähre stilllegen würde.", "den Plan, der die Fähre stilllegen würde"),
            (
                "Moser forderte einen Neuanfang, den der Hafen dringend brauche.",
                "einen Neuanfang, den der Hafen dringend brauche",
            ),
            // a reported main clause after the comma stays the statement
            ("Moser sagte, der Plan sei gescheitert.", "der Plan sei gescheitert"),
            ("Moser sagte, der etwa 40 Jahre alte Kran sei defekt.", "der etwa 40 Jahre alte Kran sei defekt"),
        ] {
            let v = run(&format!("{intro} {s}\n"));
            assert!(v.iter().any(|(k, _, t)| *k == Position && t == text), "{s}: {v:?}");
        }
    }

    #[test]
    fn a_circumstance_after_the_addressee_is_no_statement() {
        let v = run(
            "Port\n\nThe board met on Monday. “We have won the vote,” the harbour chief told reporters after the vote.\n",
        );
        assert!(v.iter().all(|(k, _, t)| *k != Position || !t.starts_with("after")), "{v:?}");
        assert!(v.iter().any(|(k, _, _)| *k == Quote), "{v:?}");
    }

    #[test]
    fn a_posted_picture_is_no_statement() {
        for text in [
            "Hafen\n\nDie Hafenchefin Ina Berg postete ein Foto der leeren Mole.\n",
            "Port\n\nLa maire Ina Berg a publié une vidéo du quai vide.\n",
        ] {
            let v = run(text);
            assert!(v.is_empty(), "{v:?}");
        }
        // a clause about the picture is one
        let v = run("Hafen\n\nDie Hafenchefin Ina Berg schrieb, das Foto zeige die leere Mole.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Position && s == "Ina Berg"), "{v:?}");
        let v = run("Port\n\nHarbour master Ina Berg said the video showed the empty pier.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Position && s == "Ina Berg"), "{v:?}");
    }

    #[test]
    fn a_characterisation_with_its_object_and_several_quotes_is_a_position() {
        let v = run(
            "Port\nThe harbour is closed. The mayor called the ferry plan \"reckless\" and \"unfunded\" on Monday.\n",
        );
        assert!(
            v.contains(&(Position, "mayor".to_owned(), "the ferry plan \"reckless\" and \"unfunded\"".to_owned())),
            "{v:?}"
        );
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "reckless"), "{v:?}");
        // (one quotation is the statement itself)
        let v = run("Port\nThe harbour is closed. The mayor slammed the ferry plan as a \"disgrace.\"\n");
        assert!(!v.is_empty() && v.iter().all(|(k, _, _)| *k == Quote), "{v:?}");
        // (the object ends before a conjunction and the next cue: one quotation again)
        let v = run("Port\nThe harbour is closed. Ada Lind called the claim “a cheap shot” and said the mayor had \
                     “never taken a bribe.”\n");
        assert!(v.iter().all(|(_, _, t)| !t.contains("and said")), "{v:?}");
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "a cheap shot"), "{v:?}");
    }

    #[test]
    fn a_clause_in_an_opening_subordinate_clause_ends_before_the_main_attribution() {
        let v = run(
            "Port\nWhen it was put to her that the unions had threatened a strike, Ellison said she would not be bullied.\n",
        );
        assert!(v.iter().all(|(_, _, t)| !t.contains("Ellison said")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ellison" && t == "she would not be bullied"), "{v:?}");
    }

    #[test]
    fn a_report_in_a_relative_clause_ends_where_the_relative_clause_does() {
        for rel in ["who argued", "who has long argued", "who’s argued"] {
            let v = run(&format!(
                "Port\nThe pier was shut.\n\nAda Lind, {rel} that the fee is unfair, will speak on Monday.\n"
            ));
            assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the fee is unfair"), "{rel}: {v:?}");
        }
        // (also before a main verb that is a verb of saying itself)
        let v = run("Port\nThe pier was shut.\n\nAda Lind, who argued that the fee was unfair, called the vote a \
                     mistake.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the fee was unfair"), "{v:?}");
    }

    #[test]
    fn a_clause_break_word_before_a_participle_ends_the_object() {
        let v = run(
            "Port\nThe port is closed. Mayor Ada Lind praised the dock workers while also warning that the port needs money.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the port needs money"), "{v:?}");
        assert!(v.iter().all(|(_, _, t)| !t.contains("while also")), "{v:?}");
    }

    #[test]
    fn a_labelling_participle_after_a_comma_ends_the_clause_and_goes_on_with_the_speaker() {
        let v = run(
            "Port\nAda Lind rejected claims that the board had been slow, calling them “insulting to the crews”.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t.ends_with("the board had been slow")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "insulting to the crews"), "{v:?}");
    }

    #[test]
    fn another_speaker_after_and_a_possessive_and_an_apposition_ends_the_clause() {
        let v = run(
            "Port\nThe harbour board estimated that a strike would cost 40 million crowns, and its chairman, Tom Reed, urged both sides to talk.\n",
        );
        assert!(
            v.iter().any(|(_, s, t)| s.ends_with("board") && t == "a strike would cost 40 million crowns"),
            "{v:?}"
        );
        assert!(v.iter().any(|(_, s, t)| s == "Tom Reed" && t == "both sides to talk"), "{v:?}");
    }

    #[test]
    fn regression_a_german_reflexive_after_dass_is_the_clause_s_own() {
        let v =
            run("Hafen\nDie Lage im Hafen ist angespannt. Ina Berg sagte, dass sich beide Seiten einigen müssten.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "sich beide Seiten einigen müssten"), "{v:?}");
        // (right after the cue the reflexive names a topic)
        let v = run("Hafen\nDie Lage im Hafen ist angespannt. Ina Berg äußerte sich zur Lage.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_german_separable_particle_after_an_apposition_opens_the_statement() {
        let v = run(
            "Hafen\nDer Hafen bleibt zu. Jana Vogt warf ihrem Gegner von der FDP, Tim Berg, vor, die Lotsen zu täuschen.\n",
        );
        assert_eq!(v, [(Position, "Jana Vogt".to_owned(), "die Lotsen zu täuschen".to_owned())]);
        // (a zu-infinitive after a two-word object is no adverb)
        let v = run("Hafen\nDer Hafen bleibt zu. Jana Vogt forderte die Reeder auf, den Streit beizulegen.\n");
        assert_eq!(v, [(Position, "Jana Vogt".to_owned(), "den Streit beizulegen".to_owned())]);
    }

    #[test]
    fn a_french_que_after_a_comma_and_a_noun_is_a_relative_pronoun() {
        let v =
            run("Port\nLa maire Ina Roux a accusé l'armateur de négligence, des accusations que la société rejette.\n");
        assert_eq!(v, [(Position, "Ina Roux".to_owned(), "négligence".to_owned())]);
        // (an incise between two commas leaves the « que » a complementiser)
        let v = run("Port\nLa maire Ina Roux a reconnu, sous le couvert de l'anonymat, que le port fermera.\n");
        assert_eq!(v, [(Position, "Ina Roux".to_owned(), "le port fermera".to_owned())]);
    }

    #[test]
    fn a_german_quoted_noun_after_von_is_the_whole_statement() {
        // (one word after the preposition, a capitalised noun: no name, and short enough)
        let v = run("Hafen\nDer Hafen bleibt zu. Ministerin Jana Vogt sprach von „Chaos“.\n");
        assert_eq!(v, [(Quote, "Jana Vogt".to_owned(), "Chaos".to_owned())]);
        // (before a comma and a main clause of its own, whose subject precedes its verb)
        let v = run("Hafen\nDer Hafen bleibt zu. Die Reederei spricht von „Erpressung“, die Stadt mahnt zur Ruhe.\n");
        assert_eq!(v, [(Quote, "Reederei".to_owned(), "Erpressung".to_owned())]);
    }

    #[test]
    fn a_german_separable_particle_closes_the_cue_not_the_statement() {
        let v = run("Hafen\nDer Hafen bleibt zu. Ministerin Jana Vogt lehnte den Vorschlag der Reederei ab.\n");
        assert_eq!(v, [(Position, "Jana Vogt".to_owned(), "den Vorschlag der Reederei".to_owned())]);
        let v = run("Hafen\nDer Hafen bleibt zu. Ministerin Jana Vogt rief die Lotsen zur Mäßigung auf.\n");
        assert_eq!(v, [(Position, "Jana Vogt".to_owned(), "die Lotsen zur Mäßigung".to_owned())]);
    }

    #[test]
    fn regression_a_short_german_clause_after_the_cue_s_comma_keeps_its_verb() {
        let v = run("Hafen\nDer Hafen bleibt zu. Ministerin Jana Vogt sagte, der Umsatz sinke.\n");
        assert_eq!(v, [(Position, "Jana Vogt".to_owned(), "der Umsatz sinke".to_owned())]);
    }

    #[test]
    fn quote_introduced_by_the_cue() {
        let v = run("Port\nHarbour master Ivo Pranjic said: “We keep the north quay open.”\n");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ivo Pranjic" && t.starts_with("We keep")), "{v:?}");
    }

    #[test]
    fn regression_that_before_a_circumstance_opens_the_clause() {
        let v = run("Port\nAda Lind said that during the storm, the pier had flooded twice.\n");
        assert!(
            v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "during the storm, the pier had flooded twice"),
            "{v:?}"
        );
        let v = run("Port\nAda Lind said that in 2009, the pier had flooded twice.\n");
        assert!(v.iter().any(|(_, _, t)| t == "in 2009, the pier had flooded twice"), "{v:?}");
        // (a quotation after the circumstance fills the clause)
        let v = run("Port\nAda Lind recalled that in 2009, “I called all my lenders and asked for time.”\n");
        assert!(
            v.iter()
                .any(|(k, s, t)| *k == Quote && s == "Ada Lind" && t == "I called all my lenders and asked for time."),
            "{v:?}"
        );
    }

    #[test]
    fn a_report_in_a_relative_clause_ends_before_a_pronoun_and_its_verb() {
        let v =
            run("Port\nLe maire Paul Roux est venu.\n\nInterrogé sur les propos de la ministre, qui avait parlé d'un \
                     « accord à portée de main », il a souri.\n");
        assert!(
            v.iter().any(|(k, t_s, t)| *k == Quote && t_s == "ministre" && t == "accord à portée de main"),
            "{v:?}"
        );
        let v =
            run("Port\nThe mayor Paul Roux came.\n\nAsked about the minister, who had said that a deal was close, \
                     he smiled.\n");
        assert!(v.iter().any(|(_, _, t)| t == "a deal was close"), "{v:?}");
        // (not after a subordinate clause inside the report)
        let v = run("Port\nLe conseil a siégé.\n\nLa ministre Ada Lind, qui a affirmé que lorsque le port fermerait, \
                     elle démissionnerait, a quitté la salle.\n");
        assert!(v.iter().any(|(_, _, t)| t == "lorsque le port fermerait, elle démissionnerait"), "{v:?}");
    }

    #[test]
    fn an_adverbial_clause_between_the_cue_and_its_quotation() {
        for (text, who) in [
            ("Port\nAda Lind said in May, when the pier closed, “We need more ferries now.”\n", "Ada Lind"),
            ("Port\nAda Lind said when the pier closed, “We need more ferries now.”\n", "Ada Lind"),
            (
                "Port\nAda Lind a déclaré mardi, lorsque la séance a repris, « nous ne céderons pas sur les ferries ».\n",
                "Ada Lind",
            ),
        ] {
            let v = run(text);
            assert!(v.iter().any(|(k, s, _)| *k == Quote && s == who), "{text}: {v:?}");
        }
    }

    #[test]
    fn quote_after_a_colon_and_a_few_words() {
        let v = run("Port\nHarbour master Ivo Pranjic said of the storm: “It was the worst in years.”\n");
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ivo Pranjic"), "{v:?}");
    }

    #[test]
    fn a_verb_of_saying_with_a_pro_form_for_its_object_reports_nothing() {
        let v = run("Port\nThe port is shut.\n\nThe mayor has said as much to the unions, and she will say it again \
                     in Oslo. She said so on Monday.\n");
        assert!(v.is_empty(), "{v:?}");
        // (a clause after the pronoun is one: “said it may rain”, “believes it to be …”)
        let v = run("Port\nThe port is shut.\n\nMayor Ada Lind said it may reopen in May.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "it may reopen in May".to_owned())]);
    }

    #[test]
    fn a_medium_s_name_in_quotation_marks_before_the_colon_is_no_quote() {
        // (the addressee's title before the colon: the quotation after it is the statement)
        let v = run("Hafen\nHafenchefin Ada Lind sagte der „Kieler Rundschau“: „Wir prüfen alles.“\n");
        assert_eq!(v, [(Quote, "Ada Lind".to_owned(), "Wir prüfen alles.".to_owned())]);
        let v = run("Port\nHarbour master Ivo Pranjic told the “Harbour Herald”: “We will check everything.”\n");
        assert_eq!(v, [(Quote, "Ivo Pranjic".to_owned(), "We will check everything.".to_owned())]);
    }

    #[test]
    fn a_german_or_french_date_with_an_ordinal_dot_ends_no_clause() {
        let v = run("Hafen\nDie Senatorin Ida Falk sagte, der Hafen sei seit dem 4. März geschlossen worden.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ida Falk" && t.ends_with("geschlossen worden")), "{v:?}");
    }

    #[test]
    fn a_german_subordinate_cue_does_not_report_the_main_clause() {
        let v = run(
            "Hafen\nWährend der Bürgermeister den Plan zuvor begrüßt hatte, warnte die Senatorin Ida Falk, die Kosten würden steigen.\n",
        );
        assert!(!v.iter().any(|(_, _, t)| t.starts_with("warnte")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ida Falk" && t.starts_with("die Kosten")), "{v:?}");
    }

    #[test]
    fn clause_after_an_addressee_and_a_circumstance() {
        let v = run("Port\nMayor Ines Sala told reporters the ferry would run again by June.\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Ines Sala" && t == "the ferry would run again by June")
        );
        let v = run("Port\nMayor Ines Sala said in a statement that the ferry would run again by June.\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Ines Sala" && t == "the ferry would run again by June")
        );
    }

    #[test]
    fn clause_ends_before_a_participle_and_keeps_a_second_clause() {
        let v = run("Port\nMayor Ines Sala said that the quay was safe, adding that the cranes were new.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "the quay was safe"), "{v:?}");
        // (also after a first clause that is a quotation alone)
        let v = run("Port\nMayor Ines Sala said that “nothing was decided” and that the cranes were new.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ines Sala" && t == "the cranes were new"), "{v:?}");
        let v = run("Port\nMayor Ines Sala said that the quay was safe and that the cranes were new.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "the quay was safe"), "{v:?}");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "the cranes were new"), "{v:?}");
    }

    #[test]
    fn a_clause_ends_at_a_quotation_with_its_comma_inside_before_a_clause_break() {
        let v = run("Port\nThe pier was shut.\n\nThe union said the plan risked “ruining the harbour,” while the \
                     Port Authority urged the council to keep the pier open.\n");
        assert!(v.iter().any(|(_, s, t)| s == "union" && t == "the plan risked “ruining the harbour,”"), "{v:?}");
        assert!(v.iter().any(|(_, s, _)| s == "Port Authority"), "{v:?}");
        // (a conjunction and a subject pronoun before a cue: “…, and he has told …”)
        let v =
            run("Port\nThe pier was shut.\n\nThe mayor said the plan was “unfair,” and he has told the council that \
                     he will fight it.\n");
        assert!(v.iter().any(|(_, _, t)| t == "the plan was “unfair,”"), "{v:?}");
        // (after a longer subject without an article: “…, while economists at the bank argued …”)
        let v = run("Port\nThe pier was shut.\n\nThe union said the plan was risky, while economists at the Harbour \
                     Bank argued that it would pay off.\n");
        assert!(v.iter().any(|(_, s, t)| s == "union" && t == "the plan was risky"), "{v:?}");
    }

    #[test]
    fn a_that_after_a_bare_clause_s_verb_is_a_relative_pronoun() {
        let v = run("Port\nThe pier was shut.\n\nAda Lind said Oslo would block any deal that raised the fees.\n");
        assert!(
            v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "Oslo would block any deal that raised the fees"),
            "{v:?}"
        );
    }

    #[test]
    fn a_french_participle_of_saying_reports_a_clause_not_a_noun() {
        let v = run(
            "Port\nLe port est fermé.\n\nLe maire, répondant aux questions des habitants, a promis une solution.\n",
        );
        assert!(v.iter().all(|(_, _, t)| !t.starts_with("aux questions")), "{v:?}");
        for object in ["que le port restera ouvert", "avoir réagi trop tard", "ne pas vouloir céder"] {
            let v = run(&format!("Port\nLe port est fermé.\n\nLe maire a parlé, tout en précisant {object}.\n"));
            assert!(v.iter().any(|(k, _, _)| *k == Position), "{object}: {v:?}");
        }
    }

    #[test]
    fn narrow_verbs_need_a_finite_clause() {
        assert!(run("Port\nMayor Ines Sala revealed plans for a larger ferry terminal.\n").is_empty());
        let v = run("Port\nMayor Ines Sala vowed to build a larger ferry terminal soon.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t.starts_with("to build")), "{v:?}");
    }

    #[test]
    fn a_clause_ends_before_a_linked_participle() {
        let v = run("Port\nLe maire a reconnu une erreur de calcul, tout en affirmant que le port restera ouvert.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "le port restera ouvert"), "{v:?}");
        assert!(!v.iter().any(|(_, _, t)| t.contains("tout en")), "{v:?}");
        // a paragraph that ends after the linking words
        let _ = run("Port\nLe maire a reconnu une erreur de calcul, tout en\n");
    }

    #[test]
    fn a_german_reflexive_cue_reports_nothing() {
        let v = run("Hafen\nDie Hafenbehörden äußerten sich zur Ursache des Unfalls nicht.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn quoted_words_that_open_the_object() {
        let v = run("Port\nMayor Ines Sala described “strong interest” in a second pier for the ferries.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t.ends_with("for the ferries")), "{v:?}");
    }

    #[test]
    fn a_german_zu_infinitive_ends_before_a_relative_clause() {
        let v = run(
            "Hafen\nDie Ministerin forderte den Rat auf, den Hafen zu schließen, der seit Jahren Verluste macht.\n",
        );
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "den Hafen zu schließen"), "{v:?}");
    }

    #[test]
    fn that_before_a_preposition_is_an_object() {
        let v = run("Port\nThe fees were not discussed. I've discussed that with the mayor earlier.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_dash_after_the_cue_closes_an_aside() {
        let v = run("Port\nThe checks - again the mayor may elaborate - are very thorough and take time.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_to_infinitive_after_the_addressee() {
        let v = run("Port\nMayor Ina Berg spoke on Monday. The mayor urged residents to stay indoors until noon.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "residents to stay indoors until noon"), "{v:?}");
    }

    #[test]
    fn a_quotation_after_the_addressee() {
        let v = run(
            "Port\nThe show aired. Lind told her radio audience on Monday, “The fees will rise again this year.”\n",
        );
        assert_eq!(v, vec![(Quote, "Lind".to_owned(), "The fees will rise again this year.".to_owned())]);
    }

    #[test]
    fn a_german_object_of_two_words() {
        let v = run("Die Partei streitet. Brand verlangte eine Mitgliederbefragung.");
        assert_eq!(v, [(Position, "Brand".to_owned(), "eine Mitgliederbefragung".to_owned())]);
        let v =
            run("Die Partei streitet. Brand kritisierte die Übernahmepläne vorsichtig, ohne die Regierung zu nennen.");
        assert_eq!(v, [(Position, "Brand".to_owned(), "die Übernahmepläne".to_owned())]);
        // not a time or a place
        assert!(run("Die Partei streitet. Brand sagte am Montag.").is_empty());
    }

    #[test]
    fn a_colon_after_the_cue_s_adverbs_opens_the_statement() {
        for (text, said) in [
            ("Port\nThe port is shut.\n\nAda Lind said bluntly: the fees will rise.\n", "the fees will rise"),
            (
                "Praxis\nDie Praxis schließt.\n\nAnna Berg sagte am Montag deutlich: Die Praxen würden allein gelassen.\n",
                "Die Praxen würden allein gelassen",
            ),
        ] {
            let v = run(text);
            assert!(v.iter().any(|(_, _, t)| t == said), "{v:?}");
        }
    }
}
