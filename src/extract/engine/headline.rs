//! Headlines: attributions in a headline, and headline quotes that the body repeats.

use super::parsed::Parsed;
use super::state::{CueSite, SentenceState};
use super::{Engine, RawStatement, Speaker, Via};
use crate::extract::items::Para;
use crate::extract::lexicon::{CueKind, Lang, PronounKind, flag, flags_of};
use crate::model::StatementKind;

impl<'a> Engine<'a> {
    /// Attributions in a headline, once its item's body is known: a speaker before a colon
    /// ([`Self::headline_colon_speaker`]), else the headline's verb cues (present-tense forms that
    /// are also nouns count after the subject; a participle after a comma is the subject's), with
    /// its quoted words.
    pub(super) fn headline(&mut self, p: &Parsed<'a>, item_first_out: usize) {
        if self.headline_colon_speaker(p, item_first_out) {
            return;
        }
        let before = self.out.len();
        let saved = self.ante.clone();
        self.in_headline = true;
        for &(s, e) in &p.sents {
            let mut st = SentenceState::default();
            for i in s..e {
                if let Some(c) = self.phrasal_cue(p, i).or_else(|| self.cue_at(p, i)) {
                    // rule "a headline's audience is no speaker": “…, MPs told” is a passive
                    let told_last = c.lemma == "tell" && p.toks.get(i + 1).is_none_or(|t| !t.is_word());
                    let ct = p.word(i).to_owned();
                    let site = CueSite { s, e, i, c, text: &ct };
                    if c.kind == CueKind::Verb && !told_last {
                        self.verb_cue(p, site, &mut st);
                    } else if c.kind == CueKind::Participle && i > s && p.punct(i - 1, ',') {
                        self.headline_participle(p, site, &mut st);
                    }
                }
            }
        }
        self.in_headline = false;
        if self.out.len() == before {
            self.ante.restore_speakers(saved);
        }
        self.headline_roles_named_below(item_first_out, before);
        self.headline_clause_quotes(p, before);
    }

    /// Rule "a role in a headline is the holder its story names": in « Le ministre des
    /// Transports appelle à « la responsabilité » » over « Le ministre des Transports, Ada Roux,
    /// a appelé … », “The minister urges calm” over “Transport Minister Ada Roe said …” the
    /// headline's statements (from `from`) by a role description are those of the item's body
    /// speaker (statements `body..from`) whose role has the description's role word.
    fn headline_roles_named_below(&mut self, body: usize, from: usize) {
        for k in from..self.out.len() {
            let st = &self.out[k];
            if !st.speaker.starts_with(char::is_lowercase) || !st.role.is_empty() {
                continue;
            }
            let Some(head) = st.speaker.split_whitespace().find(|w| flags_of(w) & flag::ROLE != 0) else { continue };
            let head = head.to_lowercase();
            let found = body_speaker_by_head(&self.out[body..from], &st.speaker.to_lowercase(), &head)
                .filter(|(_, _, org)| !org);
            if let Some((name, role, _)) = found {
                self.out[k].speaker = name;
                self.out[k].role = role;
            }
        }
    }

    /// Rule "a participle after a headline's comma is its subject's": in “Breton quits
    /// Commission, accusing von der Leyen of …” the name opening the headline speaks (a
    /// headline's object has no article to tell it from a subject).
    fn headline_participle(&mut self, p: &Parsed<'a>, site: CueSite<'_>, st: &mut SentenceState) {
        let Some((a, b)) = self.sentence_opening(p, 0).filter(|&(a, _)| a == site.s && p.toks[a].cap) else {
            return;
        };
        if let Some(sp) = self.resolve(p, a, b, false) {
            self.statement_after(p, site, None, sp, st);
        }
    }

    /// Rule "a headline's subject is the role noun opening its story": in a digest's item
    /// “Orbán slams EU migration pact” / “Hungary’s prime minister told lawmakers …” the role
    /// noun opening the first body paragraph stands for the person the headline opens with.
    /// That person: a name of one to three words opening the headline, no organisation.
    pub(super) fn headline_subject(&mut self, p: &Parsed<'a>) -> Option<Speaker> {
        let &(s, e) = p.sents.first()?;
        // (a name opening with its particle: “Von der Leyen unveils …”)
        let with_particle = particle_name(p, s, e);
        let (a, b) = with_particle.or_else(|| self.sentence_opening(p, 0))?;
        let sp = self.split_span(p, a, b);
        let words = sp.name.split_whitespace().count();
        // (a headline that is a sentence: the name, then a verb in lowercase — not “Port”)
        let verb_after = p.toks.get(b).is_some_and(|t| t.is_word() && !t.cap && !t.has(flag::FUNC)) && e >= b + 2;
        // (a word the text also writes in lowercase is a common noun: “Budget row deepens”)
        let common = words == 1 && self.lowercase_words.contains(p.toks[a].lower);
        if sp.org
            || !sp.role.is_empty()
            || !(1..=3).contains(&words)
            || !p.toks[a].cap
            || a != s
            || !verb_after
            || common
        {
            return None;
        }
        let name = if with_particle.is_some() { &p.s[p.toks[a].start..p.toks[b - 1].end] } else { &sp.name };
        let full = self.names.full(name);
        Some(Speaker { name: full.into(), role: "".into(), kind: PronounKind::Person, via: Via::RoleAnaphor })
    }

    /// “White House: Trump still working on …”: a speaker before the colon who speaks in the
    /// item's body says the rest, and so does a person's name before a claim (“Orbán: Europe
    /// must stop migration now”, [`person_claim`]). Whether the rule applied.
    fn headline_colon_speaker(&mut self, p: &Parsed<'a>, item_first_out: usize) -> bool {
        let Some(colon) = p.toks.iter().position(|t| t.is_punct(':')) else { return false };
        if colon == 0 || colon + 1 >= p.toks.len() {
            return false;
        }
        let Some((a, b)) = self.np_before(p, 0, colon).filter(|&(a, _)| a == 0) else { return false };
        let sp = self.split_span(p, a, b);
        let name = self.names.full(&sp.name);
        // rule "a name before a headline's colon and a quotation after it": “Mayor Ann Vale:
        // ‘We will not give up on the port’” is her quote, whether the body repeats it or not
        // (a name of two words or more, a role or an organisation: not a topic, “Strike: ‘…’”)
        let quoted = p.toks[colon + 1].quote().filter(|_| super::parsed::rest_is_punct(p, colon + 2, p.toks.len()));
        if let Some(q) = quoted.filter(|_| !name.is_empty() && (sp.org || name.contains(' ') || !sp.role.is_empty())) {
            let kind = if sp.org { PronounKind::Org } else { PronounKind::Person };
            let speaker = Speaker { name: name.into(), role: sp.role.as_str().into(), kind, via: Via::Named };
            self.emit_quote(p, q, speaker, ":", 0.6);
            return true;
        }
        if colon + 2 >= p.toks.len() {
            return false;
        }
        let spoke = self.out[item_first_out..].iter().find(|st| !name.is_empty() && st.speaker == name);
        // rule "a role or an organisation's kind before a headline's colon": in „Ministerin: Lage
        // ist ernst“, “Ministry: subsidy is no lasting fix” the one of the item's body whose role
        // or name ends in that word speaks (the body names her: „Gesundheitsministerin Eva Roth
        // sagte …“)
        let head = sp.description.split_whitespace().next_back().unwrap_or_default();
        let kind_word = flags_of(head) & (flag::ROLE | flag::ORG) != 0;
        let head = head.to_lowercase();
        // (a claim, not a section's title: “Official Spokesperson: morning lobby briefing”;
        // German headlines leave out the verb, „Ökonomen: Lücke größer als gedacht“)
        let n = p.toks.len();
        let claim = self.lang == Lang::De
            || super::parsed::looks_like_clause(p, colon + 1, n)
            || (colon + 1..n).any(|k| p.is_quote(k));
        let by_kind = (kind_word && claim && spoke.is_none() && !name.contains(' ') && head.chars().count() >= 4)
            .then(|| body_speaker_by_head(&self.out[item_first_out..], &sp.description.to_lowercase(), &head))
            .flatten();
        let (who, role, org) = match (by_kind, spoke) {
            (Some(found), _) => found,
            (None, Some(st)) => (name, st.role.clone(), sp.org),
            // rule "a person's name before a headline's colon and a claim after it": “Orbán:
            // Europe must stop migration now”, „Scholz: Wir werden …“ — a name of one to three
            // capitalised words, and a modal, auxiliary or first person in the claim's first
            // five words (not a topic: “Brexit: what happens next”)
            // (a German word before the colon is a person only as a name the text gives in
            // full: „Scholz: …“, not „Rente: Minister will …“, German capitalising its nouns)
            (None, None)
                if person_claim(p, (a, b), colon)
                    && !sp.org
                    && sp.role.is_empty()
                    && !name.is_empty()
                    && (self.lang != Lang::De || name.contains(' ')) =>
            {
                (name, String::new(), false)
            }
            (None, None) => return false,
        };
        let kind = if org { PronounKind::Org } else { PronounKind::Person };
        self.emit_clause(
            p,
            colon + 1,
            n,
            Speaker { name: who.into(), role: role.into(), kind, via: Via::Named },
            ":",
            0.6,
        );
        true
    }

    /// A headline's quoted words inside a reported clause made since statement `before` are the
    /// speaker's words too.
    fn headline_clause_quotes(&mut self, p: &Parsed<'a>, before: usize) {
        let made: Vec<RawStatement> = self.out[before..].to_vec();
        for st in made.iter().filter(|st| st.kind == StatementKind::Position) {
            for (qi, q) in p.quotes.iter().enumerate() {
                let (a, b) = (p.base + q.start, p.base + q.end);
                if q.depth == 0 && st.start <= a && b <= st.end && p.quote_words(qi) >= 1 {
                    let sp = Speaker {
                        name: st.speaker.as_str().into(),
                        role: st.role.as_str().into(),
                        kind: PronounKind::Person,
                        via: Via::Named,
                    };
                    self.emit(StatementKind::Quote, sp, &st.cue, a, b, 0.6);
                }
            }
        }
    }

    /// A quote in a headline that a body statement repeats (a quote, or a position holding the
    /// same words) takes that statement's speaker; a
    /// quoted crosshead inside a story takes the speaker of the statement just before it. Only
    /// the next statements (and the one before) are searched, so that the work stays linear in
    /// the text.
    pub(super) fn resolve_headline_quotes(&mut self, parsed: &[Parsed<'_>], paras: &[Para]) {
        /// How many statements after a headline quote are searched.
        const LOOK_AHEAD: usize = 200;
        /// How far after a headline quote (in bytes) statements are searched.
        const LOOK_AHEAD_BYTES: usize = 5_000;
        self.out.sort_by_key(|s| (s.start, s.end));
        let mut found_quotes = Vec::new();
        for (pi, para) in paras.iter().enumerate() {
            if !para.headline {
                continue;
            }
            let p = &parsed[pi];
            for (qi, q) in p.quotes.iter().enumerate() {
                let (a, b) = (p.base + q.start, p.base + q.end);
                if q.depth != 0 || p.quote_words(qi) < 3 && !is_crosshead(p, qi) {
                    continue;
                }
                let first_after = self.out.partition_point(|s| s.start < a);
                let lo = first_after.saturating_sub(8);
                let covering =
                    (lo..self.out.len().min(lo + 16)).find(|&k| self.out[k].start <= a && b <= self.out[k].end);
                // (a headline's description of its speakers yields to the named speaker the
                // body gives the words: “‘It came up through the floorboards’: residents
                // describe …” is the resident quoted below)
                let described = covering.filter(|&k| self.out[k].speaker.starts_with(char::is_lowercase));
                if covering.is_some() && described.is_none() {
                    continue;
                }
                let needle = self.text[a..b].to_lowercase();
                let needle_words = words_of(&needle);
                let found = self.out[first_after..]
                    .iter()
                    .take(LOOK_AHEAD)
                    .take_while(|s| s.start < b + LOOK_AHEAD_BYTES)
                    // (a position that holds the words repeats them too: “… affirmant avoir
                    // réagi à des « insultes racistes »”)
                    .find(|s| {
                        if s.start == a || s.speaker.is_empty() {
                            return false;
                        }
                        let hay = self.text[s.start..s.end].to_lowercase();
                        hay.contains(&needle) || words_in_order(&needle_words, &hay)
                    });
                if let Some(k) = described {
                    if let Some((name, role)) = found
                        .filter(|s| s.speaker.starts_with(char::is_uppercase))
                        .map(|s| (s.speaker.clone(), s.role.clone()))
                    {
                        let st = &mut self.out[k];
                        (st.speaker, st.role) = (name, role);
                    }
                    continue;
                }
                // rule "a quoted crosshead": a heading inside a story that is only a short
                // quotation (« Désaccord total » between two paragraphs) gives the words of the
                // one the story was quoting just before
                let crosshead = || {
                    let before = self.out[..first_after].last().filter(|s| s.start + CROSSHEAD_BYTES > a)?;
                    (pi > 0 && is_crosshead(p, qi) && !before.speaker.is_empty()).then_some((before, 0.4))
                };
                if let Some((src, confidence)) = found.map(|s| (s, 0.5)).or_else(crosshead) {
                    let sp = Speaker {
                        name: src.speaker.as_str().into(),
                        role: src.role.as_str().into(),
                        kind: PronounKind::Person,
                        via: Via::Named,
                    };
                    found_quotes.push((sp, a, b, confidence));
                }
            }
        }
        for (sp, a, b, confidence) in found_quotes {
            self.emit(StatementKind::Quote, sp, "", a, b, confidence);
        }
    }
}

/// Modals, auxiliaries of the future and first-person pronouns that make the words after a
/// headline's colon a claim (lowercase, sorted; en, de, fr).
const CLAIM_WORDS: [&str; 28] = [
    "can", "cannot", "doit", "doivent", "faut", "i", "ich", "je", "kann", "muss", "must", "müssen", "need", "nous",
    "shall", "should", "soll", "sollte", "va", "vont", "we", "werden", "will", "wir", "wird", "won't", "won’t",
    "would",
];

/// The first statement of `body` whose speaker's role holds the whole `description`
/// (lowercase), else the first whose role or name has a word ending in `head` (lowercase:
/// “ministerin” fits „Gesundheitsministerin“, “ministry” “Ministry of Health”): its speaker,
/// role and whether it was the name (an organisation).
fn body_speaker_by_head(body: &[RawStatement], description: &str, head: &str) -> Option<(String, String, bool)> {
    let whole = body.iter().find(|st| !st.speaker.is_empty() && st.role.to_lowercase().contains(description));
    if let Some(st) = whole {
        return Some((st.speaker.clone(), st.role.clone(), false));
    }
    let fits = |text: &str| text.split_whitespace().any(|w| w.to_lowercase().ends_with(head));
    body.iter().find_map(|st| {
        if st.speaker.is_empty() {
            None
        } else if fits(&st.role) {
            Some((st.speaker.clone(), st.role.clone(), false))
        } else if fits(&st.speaker) && st.role.is_empty() {
            Some((st.speaker.clone(), String::new(), true))
        } else {
            None
        }
    })
}

/// Whether the headline's words before the colon at `colon` (the phrase `[a, b)`) are a
/// person's name and a claim follows: one to three capitalised words without a role or
/// organisation word, then, in the claim's first five words, a modal, a future auxiliary
/// (“must”, “will”, „werden“) or a first-person pronoun ([`CLAIM_WORDS`]); no question.
fn person_claim(p: &Parsed<'_>, (a, b): (usize, usize), colon: usize) -> bool {
    let name = b == colon
        && (1..=3).contains(&(b - a))
        && (a..b).all(|k| p.toks[k].is_word() && p.toks[k].cap && p.toks[k].flags & (flag::ROLE | flag::ORG) == 0)
        // (an interview's “Q:” is a question, not a name)
        && p.word(a).chars().count() >= 2;
    let claim = (colon + 1..p.toks.len().min(colon + 6))
        .any(|k| p.toks[k].is_word() && CLAIM_WORDS.binary_search(&p.toks[k].lower).is_ok());
    let question =
        p.toks.get(colon + 1).is_some_and(|t| t.is_word() && t.has(flag::WH)) || p.toks.iter().any(|t| t.is_punct('?'));
    name && claim && !question
}

/// A name that opens the sentence `[s, e)` with its particle written in capitals (“Von der
/// Leyen”, “De Villepin”, “Van Rompuy”): the particle words, then capitalised words.
fn particle_name(p: &Parsed<'_>, s: usize, e: usize) -> Option<(usize, usize)> {
    let particle = |k: usize| k < e && p.toks[k].is_word() && p.toks[k].has(flag::NAME_PARTICLE);
    let article = |k: usize| k < e && p.toks[k].is_word() && !p.toks[k].cap && p.toks[k].has(flag::DET);
    if !(particle(s) && p.toks[s].cap) {
        return None;
    }
    let mut k = s + 1;
    while particle(k) || article(k) {
        k += 1;
    }
    let first = k;
    while k < e && p.toks[k].is_word() && p.toks[k].cap {
        k += 1;
    }
    (k > first).then_some((s, k))
}

/// Rule "a headline quote shortens what the body quotes": whether the words `n` (three or more,
/// of the headline's quotation) stand in `hay` in their order, with at most as many other words between them as
/// the needle has (« Les salariés paient l’addition » in « ce sont les salariés qui paient
/// l’addition »). Both lowercase.
fn words_in_order(n: &[&str], hay: &str) -> bool {
    let h = words_of(hay);
    if n.len() < 3 {
        return false;
    }
    (0..h.len()).filter(|&i| h[i] == n[0]).any(|i| {
        let window = &h[i..h.len().min(i + 2 * n.len())];
        let mut rest = n.iter().peekable();
        for w in window {
            if rest.peek().is_some_and(|x| *x == w) {
                rest.next();
            }
        }
        rest.peek().is_none()
    })
}

/// The words of `t` (letters and digits).
fn words_of(t: &str) -> Vec<&str> {
    t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// How far before a quoted crosshead (in bytes) the statement it repeats may start.
const CROSSHEAD_BYTES: usize = 3_000;

/// Whether quotation `qi` is all its paragraph says (with any punctuation), in one to eight
/// words: a quoted crosshead.
fn is_crosshead(p: &Parsed<'_>, qi: usize) -> bool {
    let alone = p.toks.iter().all(|t| t.quote() == Some(qi) || !t.is_word() && t.quote().is_none());
    p.quotes[qi].depth == 0 && alone && (1..=8).contains(&p.quote_words(qi))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::{Position, Quote};

    #[test]
    fn an_organisation_before_a_colon_speaks_when_the_body_has_it() {
        let v = run(
            "Port Authority: pier stays closed all week\nThe Port Authority said the pier was unsafe after the storm.\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "Port Authority" && t.starts_with("pier stays")),
            "{v:?}"
        );
    }

    #[test]
    fn a_headline_cue_with_quoted_words() {
        let v = run(
            "Mayor Sala says ferry “will run again” in June\nMayor Ines Sala spoke at the pier on Monday morning.\n",
        );
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "will run again"), "{v:?}");
    }

    #[test]
    fn a_headline_s_description_of_its_speakers_yields_to_the_named_speaker_below() {
        let v = run("Port\n\n‘The water came up through the floor’, residents describe\n\nAda Lind, 74, was woken at \
                     3am. “The water came up through the floor in ten minutes,” she said.\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote
                && s == "Ada Lind"
                && t.starts_with("The water came up through the floor")
                && !t.contains("minutes")),
            "{v:?}"
        );
    }

    #[test]
    fn a_quoted_crosshead_repeats_the_speaker_before_it() {
        let v = run(
            "Hafen\n\nDie Gewerkschafterin Ina Morel traf den Kanzler. „Ich habe ihn eindringlich gewarnt“, sagt sie.\n\n„Totaler Dissens“\n\nFür die Gewerkschaft gibt es nur einen Weg.\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ina Morel" && t == "Totaler Dissens"), "{v:?}");
        // regression: a crosshead whose words a position below quotes is that position's speaker's
        let v = run(
            "Hafen\n\nDie Gewerkschafterin Ina Morel traf den Kanzler. „Ich habe ihn gewarnt“, sagt sie.\n\n„Totaler Dissens“\n\n\
             Hafenchef Omar Daly räumte ein, es herrsche „totaler Dissens“ über die Gebühren.\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Omar Daly" && t == "Totaler Dissens"), "{v:?}");
        // a title that is a quotation, with no statement before it, names no one
        let v = run("„Totaler Dissens“\n\nDie Gewerkschaft sieht nur einen Weg.\n");
        assert!(v.iter().all(|(_, _, t)| t != "Totaler Dissens"), "{v:?}");
    }

    #[test]
    fn a_headline_name_with_its_particle_is_the_story_s_subject() {
        let v = run("Feed\n\nVan der Berg unveils harbour plan\nThe mayor said the plan would cut waiting times.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Position && s == "Van der Berg"), "{v:?}");
    }

    #[test]
    fn a_headline_verb_that_is_also_a_noun() {
        for verb in ["vows", "pledges"] {
            let v = run(&format!("Feed\n\nLind {verb} to reopen the harbour\nThe mayor spoke at the pier.\n"));
            assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Lind" && t == "to reopen the harbour"), "{v:?}");
        }
        // a noun after a possessive stays a noun
        let v = run("Feed\n\nPort\n\nThe mayor repeated her vows to the town.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn claim_words_are_sorted() {
        assert!(super::CLAIM_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_name_before_a_headline_s_colon_and_a_quotation_after_it() {
        // (the body need not repeat it: a live blog's entry headline)
        let v =
            run("Port live\n\n14:05 GMT\n\nMayor Ada Lind: ‘We will not give up on the port’\n\nThe mayor spoke on \
                     Monday to reporters at the harbour.\n");
        assert_eq!(v, [(Quote, "Ada Lind".to_owned(), "We will not give up on the port".to_owned())]);
        let v = run("Hafen\n\nBürgermeisterin Ada Lind: „Wir geben den Hafen nicht auf“\n\nSie sprach am Montag.\n");
        assert_eq!(v, [(Quote, "Ada Lind".to_owned(), "Wir geben den Hafen nicht auf".to_owned())]);
        // (a topic before the colon is no speaker)
        let v = run("Port live\n\nStrike: “We will not give up on the port”\n\nThe mayor spoke on Monday.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_name_before_a_headline_s_colon_and_a_claim_after_it() {
        let v = run("Feed\n\nLind: The harbour must stay open\nThe mayor spoke at the pier.\n");
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Lind" && t == "The harbour must stay open"), "{v:?}");
        for head in
            ["Harbour: what happens next", "Q: Will the harbour stay open?", "Lind: Will the harbour stay open?"]
        {
            let v = run(&format!("Feed\n\n{head}\nThe mayor spoke at the pier.\n"));
            assert!(v.is_empty(), "{head}: {v:?}");
        }
    }

    #[test]
    fn a_participle_after_a_headline_s_comma_is_its_subject_s() {
        let v = run(
            "Feed\n\nLind quits harbour board, accusing chair of reckless spending\nThe former treasurer left on Monday.\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Lind" && t.contains("reckless spending")), "{v:?}");
    }

    #[test]
    fn a_headline_s_audience_is_no_speaker() {
        let v =
            run("Ferry fees will rise, MPs told\n\nTransport minister Ada Lind said on Tuesday the fees would rise.\n");
        assert!(v.iter().all(|(_, s, _)| s != "MPs"), "{v:?}");
    }

    #[test]
    fn a_headline_s_subject_is_the_role_noun_opening_its_story() {
        let v = run(
            "Orbán slams the migration pact\nHungary’s prime minister told lawmakers the asylum rules had failed.\n\n\
                     Scholz calls for calm\nThe German chancellor urged voters to stay calm.\n",
        );
        assert_eq!(v[0].1, "Orbán", "{v:?}");
    }

    #[test]
    fn regression_a_common_noun_opening_a_headline_is_no_person() {
        let v = run("Budget row deepens\nThe finance minister said the budget would be cut by a tenth.\n");
        assert_eq!(v[0].1, "finance minister", "{v:?}");
    }

    #[test]
    fn a_role_or_an_organisation_s_kind_before_a_headline_s_colon_is_the_one_of_the_body() {
        let v =
            run("Hafen\nDer Hafen ist zu.\n\nMinisterin: Lage ist ernst\n\nGesundheitsministerin Eva Roth sagte am \
                     Montag, die Lage sei ernst. Man prüfe alle Optionen.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Eva Roth" && t == "Lage ist ernst"), "{v:?}");
        let v = run("Port\nThe port is shut.\n\nMinistry: subsidy is no lasting fix\n\nThe Ministry of Ports said a \
                     subsidy could not last. It would review the fees.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ministry of Ports" && t == "subsidy is no lasting fix"), "{v:?}");
        // (a section's title is no claim)
        let v = run("Port\nThe port is shut.\n\nMinistry: morning press briefing\n\nThe Ministry of Ports said a \
                     subsidy could not last.\n");
        assert!(v.iter().all(|(_, _, t)| t != "morning press briefing"), "{v:?}");
    }

    #[test]
    fn a_role_in_a_headline_is_the_holder_its_story_names() {
        let v =
            run("Grève\nLe trafic est perturbé.\n\nLe ministre des Transports appelle à « la responsabilité »\n\nLe \
                     ministre des Transports, Paul Roux, a appelé les contrôleurs à « la responsabilité » avant les \
                     vacances.\n");
        let rows: Vec<_> = v.iter().filter(|(_, _, t)| t == "la responsabilité").collect();
        assert!(!rows.is_empty() && rows.iter().all(|(_, s, _)| s == "Paul Roux"), "{v:?}");
    }

    #[test]
    fn regression_a_german_noun_before_a_headline_s_colon_is_no_person() {
        let v = run("Rente: Minister will Beamte einbeziehen\nBundesminister Jan Roth will die Rente umbauen.\n");
        assert!(v.is_empty(), "{v:?}");
        let v = run("Roth: Wir müssen die Rente retten\nBundesminister Jan Roth will die Rente umbauen.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t == "Wir müssen die Rente retten"), "{v:?}");
    }

    #[test]
    fn a_headline_quote_shortens_what_the_body_quotes() {
        let v = run(
            "Croissance\nLa croissance ralentit.\n\n« L’économie ne plonge pas », a expliqué Marie Roux, économiste.\n\n« Les salariés paient l’addition »\n\n« Ce sont les salariés qui paient l’addition », a déclaré Ana Lopez, syndicaliste.\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Ana Lopez" && t == "Les salariés paient l’addition"),
            "{v:?}"
        );
        let n = ["les", "salariés", "paient"];
        assert!(super::words_in_order(&n, "ce sont les salariés qui paient"));
        assert!(!super::words_in_order(&n, "les salariés de la ville, dit-on, ne paient"));
    }
}
