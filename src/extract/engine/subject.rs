//! Rule "a participle's speaker is no object": the subject of a participle (“…, saying …”),
//! an infinitive (“… to declare”) or a verb coordinated with the one before (“… and said”) is
//! the nearest phrase before it that is no object of the main clause (“Lind endorsed Daly,
//! saying …”, “… in Alaska and Canada, saying …”), unless an infinitive's (“led Lind to
//! declare”); past an object, and for a coordinated verb, only a phrase that opens a clause.
//! A participle after “with” has its own subject right before it (“…, with Italy demanding …”).

use super::parsed::{Parsed, is_time};
use super::{Engine, Speaker};
use crate::extract::lexicon::{Lang, PronounKind, flag};
use crate::extract::names::{is_adjectival_compound, is_possessive};

impl<'a> Engine<'a> {
    /// Rule "a participle with its own subject after 'with'": in “…, with Italy demanding
    /// faster deportations and Spain warning that …”, “Poland objected, with Prime Minister Jan
    /// Roe saying …” the phrase right before the participle (at `j0`) speaks — after “with”, or
    /// after “and” in a “with” phrase of the same sentence.
    pub(super) fn absolute_subject(&mut self, p: &Parsed<'a>, s: usize, j0: usize) -> Option<Speaker> {
        if self.lang != Lang::En {
            return None;
        }
        let (a, b) = self.np_before(p, s, j0).filter(|&(a, b)| b == j0 && a > s)?;
        let a = head_start(p, s, a);
        if a == s {
            return None;
        }
        let before = &p.toks[a - 1];
        if !(before.is("with") || before.is("and") && in_with_phrase(p, s, a - 1)) {
            return None;
        }
        self.resolve(p, a, b, false)
    }

    /// Rule "a described subject of coordinated verbs": in “A retired ironworker stood up and
    /// told the crowd that …”, “The owner smiled and said …” the description opening the
    /// sentence or its clause (an article and at most three lowercase words, from `s` or after
    /// an opening phrase's comma) is the subject of the
    /// verb after “and” (at `and`), when one or two plain lowercase words stand between (a verb,
    /// maybe with its particle).
    pub(super) fn described_subject_of_coordination(
        &mut self,
        p: &Parsed<'a>,
        s: usize,
        and: usize,
    ) -> Option<Speaker> {
        // (or after an opening phrase and its comma: “At a town meeting last week, a retired
        // ironworker stood up and told …”)
        let s = (s..and).rev().find(|&k| p.punct(k, ',')).map_or(s, |comma| comma + 1);
        let opens = p.toks[s].is_word() && p.toks[s].flags & (flag::DET | flag::INDEF) != 0;
        let plain = |k: usize| is_plain_lowercase(&p.toks[k]);
        if !opens || and < s + 3 {
            return None;
        }
        // (the verb before “and”, maybe with its particle: “stood up”)
        let particle = p.toks[and - 1].is_word() && p.toks[and - 1].flags & (flag::PREP | flag::FUNC) != 0;
        let verb = if particle { and - 2 } else { and - 1 };
        // (a verb with its object is no description and its verb: in “The company cut jobs and
        // said …”, “A shopkeeper thanked customers and said …” the word before “and” is a plural
        // object; a description ends in a noun, not a participle)
        let object = p.toks[verb].lower.ends_with('s');
        let participle = p.toks[verb - 1].lower.ends_with("ed");
        if !plain(verb) || object || participle || verb < s + 2 || verb > s + 4 || !(s + 1..verb).all(plain) {
            return self.described_subject_before_object(p, s, and);
        }
        self.resolve(p, s, verb, false)
    }

    /// Rule "a described subject of coordinated verbs" with an object: in “The union welcomed
    /// the plan but said …”, “The company posted a loss and said …” the description (an
    /// article and one to three lowercase words from `s`) ends at a verb that is a cue or ends
    /// in “-ed”; its object (up to eight words, no punctuation) runs to “and” or “but” (at
    /// `and`). Not after a verb of no such form: “The company cut jobs and said …” is read no
    /// further.
    fn described_subject_before_object(&mut self, p: &Parsed<'a>, s: usize, and: usize) -> Option<Speaker> {
        let plain = |k: usize| is_plain_lowercase(&p.toks[k]);
        let verb = (s + 2..and.min(s + 5)).find(|&k| !plain(k) || p.toks[k].lower.ends_with("ed"))?;
        let v = &p.toks[verb];
        let verb_like = v.is_word() && !v.cap && (v.cue.is_some() || v.lower.ends_with("ed"));
        let object_plain = (verb + 1..and).all(|k| p.toks[k].is_word());
        if !verb_like || !(s + 1..verb).all(plain) || !object_plain || and <= verb + 1 || and > verb + 9 {
            return None;
        }
        self.resolve(p, s, verb, false)
    }

    /// The nearest subject before a participle, an infinitive or a coordinated verb (`of`):
    /// not after a preposition, not a possessive, not a verb's object unless an infinitive's
    /// (“led Lind to declare …”); a coordinated verb's subject opens a clause (“Lind stood with
    /// other GOP leaders and urged …”).
    pub(super) fn subject_before(&mut self, p: &Parsed<'a>, s: usize, idx: usize, of: SubjectOf) -> Option<Speaker> {
        let control = of == SubjectOf::Infinitive;
        let mut j = idx;
        let mut passed_object = of == SubjectOf::Coordinated;
        while j > s && idx - j < 40 {
            let t = &p.toks[j - 1];
            // (a parenthesis is no subject: “behind Sen. Ted Cruz (R-Texas) Wednesday, saying”)
            if let Some(open) = super::cue::party_parenthetical(p, s, j) {
                j = open;
                continue;
            }
            // (a role noun too: “France's agriculture minister …, arguing …”)
            // (and an owner's noun: “Ryan’s campaign shrugged off …, telling …”)
            let owned = j >= s + 2 && p.toks[j - 2].cap && is_possessive(p.toks[j - 2].lower);
            let named = t.cap && !t.has(flag::FUNC) && !is_adjectival_compound(p.word(j - 1));
            let candidate = t.is_word()
                && (named || PronounKind::of(t.flags).is_some() || t.has(flag::ROLE) || owned)
                && !is_possessive(t.lower);
            if candidate {
                if let Some((a, b)) = self.np_before(p, s, j) {
                    // (after a preposition, also before the comma that precedes the cue: “on
                    // Facebook, telling …”)
                    // (a determiner or possessive may stand between: “on his Facebook page”)
                    let at = head_start(p, s, a);
                    // (or before its apposition and that comma: “about Tom Reed, the
                    // front-runner, saying …”)
                    let apposition_to_cue = || {
                        self.np_after(p, b + 1, idx)
                            .is_some_and(|(na, nb)| na == b + 1 && nb + 1 == idx && p.punct(nb, ','))
                    };
                    let after_prep = at > s
                        && p.toks[at - 1].is_word()
                        && p.toks[at - 1].has(flag::PREP)
                        && (!p.punct(b, ',') || b + 1 == idx || apposition_to_cue());
                    // (nor a predicate after “as”: “Lind stayed on as an adviser, claiming …”)
                    let predicate = predicative_after_comparison(p, s, at);
                    // (and never a time: “said on Tuesday, saying …”; nor a verb's object:
                    // “Lind quit the board, accusing …”, “Lind endorsed Daly, saying …”)
                    let time = is_time(p, a, b);
                    let object =
                        !control && (self.governed_phrase(p, s, a) || at < a && self.governed_phrase(p, s, at));
                    // (past an object, only a phrase that opens a clause is its subject: “Putin
                    // conceded that Russian soldiers fought in Ukraine, saying …”)
                    let opens = !passed_object || opens_clause(p, s, a, b);
                    if !after_prep && !predicate && !time && !object && opens {
                        // (the role with its complement: “a spokesperson for the ministry”)
                        // (the longest phrase from the same start that ends within six words)
                        let b = if org_complement_after(p, b) {
                            // (an organisation's complement: its capitalised words, joined by
                            // “and”: “Department for Business and Trade”)
                            let part = |k: usize| {
                                p.toks[k].is_word()
                                    && (p.toks[k].cap
                                        || p.toks[k].is("and")
                                            && p.toks.get(k + 1).is_some_and(|t| t.is_word() && t.cap))
                            };
                            (b + 1..idx).find(|&k| !part(k)).unwrap_or(idx)
                        } else if role_complement_after(p, a, b) {
                            (b + 2..idx.min(b + 8))
                                .rev()
                                .find(|&k| self.np_before(p, s, k).is_some_and(|(ka, _)| ka == a))
                                .unwrap_or(b)
                        } else {
                            b
                        };
                        return self.resolve(p, a, b, false);
                    }
                    passed_object |= object;
                    j = a;
                    continue;
                }
            }
            j -= 1;
        }
        None
    }
}

/// Whether a token is a plain lowercase word of a description or a verb: no cue, function
/// word, article or preposition.
fn is_plain_lowercase(t: &crate::extract::tokens::Token<'_>) -> bool {
    t.is_word() && !t.cap && t.cue.is_none() && t.flags & (flag::FUNC | flag::DET | flag::PREP) == 0
}

/// Rule "a predicate after 'as' is no subject": whether the phrase starting at token `at`
/// (after `s`) follows a word of comparison as the predicate of the clause before — with an
/// indefinite article or as a bare lowercase role (“stayed on as a member of the board”,
/// “served as adviser”, « comme ministre »), not as a clause of its own (“as the minister
/// said”); a bare role after “while” too (“while mayor of Springfield”).
fn predicative_after_comparison(p: &Parsed<'_>, s: usize, at: usize) -> bool {
    let t = &p.toks[at];
    let bare_role = t.has(flag::ROLE) && !t.cap;
    // (also a bare role after “while”: “praised the plan while mayor of Springfield, saying …”)
    let while_role = at > s && p.toks[at - 1].is("while") && bare_role;
    at > s
        && p.toks[at - 1].is_word()
        && (p.toks[at - 1].has(flag::COMPARISON) && (t.lower == "a" || t.has(flag::INDEF) || bare_role) || while_role)
        && t.is_word()
}

/// Where the phrase at token `a` starts with its determiner or possessive (“his”, “the”)
/// when one stands before it (after `s`), over a number between them (“the two Centre Party
/// members”).
fn head_start(p: &Parsed<'_>, s: usize, a: usize) -> usize {
    let number = |k: usize| {
        let t = &p.toks[k];
        t.is_word() && !t.cap && (t.has(flag::INDEF) || t.lower.bytes().all(|c| c.is_ascii_digit()))
    };
    let k = if a > s + 1 && number(a - 1) { a - 1 } else { a };
    let det = k > s && p.toks[k - 1].is_word() && p.toks[k - 1].flags & (flag::DET | flag::POSSESSIVE) != 0;
    if det { k - 1 } else { a }
}

impl<'a> Engine<'a> {
    /// Rule "a participle's speaker is no object": whether the phrase at token `a` (after `s`)
    /// is governed by what stands before it, so that it cannot be the subject of a participle
    /// cue after it — a verb or an adjective (a lowercase content word: “endorsed Daly, saying”,
    /// “in eastern Ukraine, saying”), or a coordination whose first phrase is governed so (“in
    /// Alaska and Canada, saying”).
    fn governed_phrase(&self, p: &Parsed<'a>, s: usize, a: usize) -> bool {
        // (a cue governs when it has its subject before it, “Beck criticized Christian voters,
        // declaring …”; an inverted one does not: “…,” said Lind, adding …)
        let cue_ok = |k: usize| p.toks[k].cue.is_none() || k > s && p.toks[k - 1].is_word();
        // (nor does the head of a phrase before a name: “Republican hopeful Sen. Ted Cruz”;
        // a word in “-ed” after a name, or one before an article, is a verb: “Lind endorsed
        // Daly”, “Lind quit the board”)
        let modified = |k: usize| {
            k > s && !p.toks[k].lower.ends_with("ed") && {
                let m = &p.toks[k - 1];
                m.is_word() && (m.cap && k - 1 > s || m.has(flag::DET) || is_possessive(m.lower))
            }
        };
        let content = |k: usize| {
            let t = &p.toks[k];
            t.is_word()
                && !t.cap
                && t.flags
                    & (flag::FUNC
                        | flag::PREP
                        | flag::CONJ
                        | flag::AUX
                        | flag::QUOTING
                        | flag::ROLE
                        | flag::MODIFIER
                        | flag::ORG
                        | flag::GROUP_NOUN)
                    == 0
                && cue_ok(k)
                && (p.toks[k + 1].has(flag::DET) || !modified(k))
        };
        if a <= s {
            return false;
        }
        if content(a - 1) {
            return true;
        }
        let v = &p.toks[a - 1];
        if !(v.is("and") || v.is("or")) {
            return false;
        }
        self.np_before(p, s, a - 1).is_some_and(|(a2, _)| {
            a2 > s && (content(a2 - 1) || p.toks[a2 - 1].is_word() && p.toks[a2 - 1].has(flag::PREP))
        })
    }
}

/// Whether token `k` (after `s`) stands in a “with” phrase: “with” before it in the same
/// stretch without a comma, within sixteen tokens (“…, with Italy demanding X and …”).
pub(super) fn in_with_phrase(p: &Parsed<'_>, s: usize, k: usize) -> bool {
    (s.max(k.saturating_sub(16))..k).rev().take_while(|&x| !p.punct(x, ',')).any(|x| p.toks[x].is("with"))
}

/// The cue a subject is looked for before (see [`Engine::subject_before`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SubjectOf {
    /// “…, saying …”
    Participle,
    /// “… to declare …”
    Infinitive,
    /// “… and said …”
    Coordinated,
}

/// Whether the phrase `a..b` opens a clause (at `s`, after a comma or an opening function word)
/// and a verb may follow it (no article, possessive or pronoun right after: “Given his …”).
fn opens_clause(p: &Parsed<'_>, s: usize, a: usize, b: usize) -> bool {
    let at_start = a == s || p.punct(a - 1, ',') || a == s + 1 && p.toks[s].is_word() && p.toks[s].has(flag::FUNC);
    let noun_next = p.toks.get(b).is_some_and(|t| {
        t.is_word()
            && (t.flags & (flag::DET | flag::POSSESSIVE | flag::PREP) != 0 || PronounKind::of(t.flags).is_some())
    });
    at_start && (!noun_next || role_complement_after(p, a, b) || org_complement_after(p, b))
}

/// Whether the organisation's head word ending a phrase at `b` takes its capitalised complement
/// after “for” or “of”: “The Consumer Council for Water welcomed … but said …”, “The Ministry
/// of Defence declined to comment but said …”.
fn org_complement_after(p: &Parsed<'_>, b: usize) -> bool {
    let head = b.checked_sub(1).map(|k| &p.toks[k]);
    head.is_some_and(|h| h.is_word() && h.cap && h.has(flag::ORG) && !h.has(flag::ROLE))
        && p.toks.get(b).is_some_and(|t| t.is("for") || t.is("of"))
        && p.toks.get(b + 1).is_some_and(|t| t.is_word() && t.cap)
}

/// Whether a role phrase `[a, b)` takes its complement at `b`: “A spokesperson for the ministry
/// declined to comment but said …”. The phrase opens with an article, a possessive or a
/// capitalised word (not a bare predicate: “while secretary of state, saying …”).
fn role_complement_after(p: &Parsed<'_>, a: usize, b: usize) -> bool {
    let opened =
        p.toks[a].is_word() && (p.toks[a].cap || p.toks[a].flags & (flag::DET | flag::INDEF | flag::POSSESSIVE) != 0);
    opened
        && b > a
        && p.toks[b - 1].has(flag::ROLE)
        && p.toks.get(b).is_some_and(|t| t.is_word() && t.has(flag::ROLE_COMPLEMENT))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_role_with_its_complement_is_the_subject_of_a_coordinated_cue() {
        let v = run(
            "Port\nThe pier is shut. A spokesperson for the ministry declined to comment but said the pier must reopen.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "spokesperson for the ministry" && t == "the pier must reopen"), "{v:?}");
        // (not a bare role: a predicate)
        let v = run("Port\nAda Lind praised the pier while mayor of Springfield, saying the pier must reopen.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the pier must reopen"), "{v:?}");
    }

    #[test]
    fn a_party_in_parentheses_is_no_participle_subject() {
        let v = run(
            "Port\nAda Lind threw her support behind Sen. Tom Reed (R-Maine) on Wednesday, saying the pier must reopen.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the pier must reopen"), "{v:?}");
    }

    #[test]
    fn a_capitalised_compound_adjective_is_no_participle_subject() {
        let v = run(
            "Port\nAlthough Reed has not yet run, Ada Lind sent a typical Lind-style jab his way by suggesting that Reed was \
                     poorer than he claims.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t.starts_with("Reed was poorer")), "{v:?}");
    }

    #[test]
    fn a_prepositional_object_with_its_apposition_is_no_participle_subject() {
        let v = run("Port\nAda Lind was upset about Tom Reed, the current favourite, saying the fees must fall.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the fees must fall"), "{v:?}");
    }

    #[test]
    fn a_participle_with_its_own_subject_after_with() {
        let v = run(
            "Port\nThe pier was shut.\n\nThe talks stalled, with Norway demanding lower fees and Sweden warning that \
                     the ferries would stop.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Sweden" && t == "the ferries would stop"), "{v:?}");
        let v = run(
            "Port\nThe pier was shut.\n\nThe union objected, with its leader Ada Lind saying the fees were too high.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the fees were too high"), "{v:?}");
    }

    #[test]
    fn a_participle_s_speaker_is_no_object_of_the_main_clause() {
        for clause in [
            "Ada Lind attacked the council over the ferries to Oslo and Bergen",
            "Ada Lind endorsed Omar Daly",
            "Ada Lind admitted that the ferries never reached northern Norway",
            "Ada Lind criticised Harbor Board members for backing Omar Daly",
            // (an object after a preposition and a possessive: “on his Facebook page”)
            "Ada Lind shared a letter on her Facebook page",
        ] {
            let v = run(&format!("Port\nThe pier was shut.\n\n{clause}, saying, “We need more ferries now.”\n"));
            assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "We need more ferries now."), "{clause}: {v:?}");
        }
        // (an owner's noun is a subject, the owner's noun that is an object is not)
        let v =
            run("Port\nThe pier was shut.\n\nAda Lind’s campaign rejected Omar Daly’s claims, saying, “We need more \
             ferries now.”\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind’s campaign" && t == "We need more ferries now."), "{v:?}");
        // (the object before an infinitive is its subject)
        let v = run("Port\nThe pier was shut.\n\nThe vote led Ada Lind to declare that the ferries would stay.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the ferries would stay"), "{v:?}");
    }

    #[test]
    fn a_cue_coordinated_with_a_verb_before_it_shares_its_subject() {
        for (verb, cue) in [("smiled", "said"), ("thanked Omar Daly", "then said"), ("paused", "added")] {
            let v =
                run(&format!("Port\nThe pier was shut.\n\nAda Lind {verb} and {cue}, “We need more ferries now.”\n"));
            assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "We need more ferries now."), "{verb}: {v:?}");
        }
        let v = run("Port\nThe pier was shut.\n\nAda Lind nodded and added that the ferries would stay.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the ferries would stay"), "{v:?}");
        // (and with “but”, after a refusal)
        let v = run(
            "Port\nThe pier was shut.\n\nAda Lind declined to comment on the fees but said the ferries would stay.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the ferries would stay"), "{v:?}");
    }

    #[test]
    fn a_participle_s_subject_is_no_object_with_its_article() {
        let v = run("Port\nThe port is closed. Ada Lind quit the Harbour Board on Monday, accusing its chair of \
                     hiding the losses.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Ada Lind"), "{v:?}");
        // (a number between the article and the object's name)
        let v = run("Port\nThe vote passed.\n\nAda Lind thanked the two Harbour Party members who abstained, saying \
                     they had put the town first.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "they had put the town first"), "{v:?}");
    }

    #[test]
    fn a_predicate_after_as_is_no_participle_subject() {
        let v =
            run("Board\nA vote was held.\n\nAda Lind stayed on as a member of the board until May, claiming she had \
                     been ignored.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "she had been ignored"), "{v:?}");
        let v =
            run("Board\nA vote was held.\n\nAda Lind served as adviser to the mayor, warning the budget was short.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the budget was short"), "{v:?}");
    }

    #[test]
    fn a_described_subject_of_coordinated_verbs() {
        let v = run(
            "Port\nThe port is shut.\n\nA retired docker stood up and told the meeting that the pier should have been fixed.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "retired docker" && t.starts_with("the pier")), "{v:?}");
        let v = run(
            "Port\nThe port is shut.\n\nAt the meeting on Monday, a retired docker stood up and told the crowd that the pier was unsafe.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "retired docker" && t.starts_with("the pier")), "{v:?}");
        let v = run("Port\nThe port is shut.\n\nThe ferry owner smiled and said the fares would stay.\n");
        assert!(v.iter().any(|(_, s, t)| s == "ferry owner" && t.starts_with("the fares")), "{v:?}");
        let v = run("Port\nThe port is shut.\n\nA local shopkeeper thanked customers and said the pier must reopen.\n");
        assert!(v.iter().all(|(_, s, _)| !s.contains("thanked")), "{v:?}");
    }

    #[test]
    fn a_described_subject_of_a_verb_with_its_object_and_a_cue() {
        let v = run("Port\nThe port is shut.\n\nThe port union welcomed the offer but said the strike would go on.\n");
        assert!(v.iter().any(|(_, s, t)| s == "port union" && t == "the strike would go on"), "{v:?}");
        let v = run("Port\nThe port is shut.\n\nThe harbour board posted a loss and said fees would rise in May.\n");
        assert!(v.iter().any(|(_, s, t)| s == "harbour board" && t == "fees would rise in May"), "{v:?}");
        let v = run(
            "Port\nThe port is shut.\n\nThe Consumer Council for Water welcomed the offer but said fees would rise.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Consumer Council for Water" && t == "fees would rise"), "{v:?}");
        let v = run("Port\nThe port is shut.\n\nThe harbour board approved the offer but said fees would rise.\n");
        assert!(v.iter().any(|(_, s, t)| s == "harbour board" && t == "fees would rise"), "{v:?}");
        let v = run("Port\nThe port is shut.\n\nThe Department for Ports and Trade welcomed the offer but said fees \
                     would rise.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Department for Ports and Trade"), "{v:?}");
        // (no verb of that form: the description is not read past it)
        let v = run("Port\nThe port is shut.\n\nThe harbour board cut jobs and said fees would rise in May.\n");
        assert!(v.iter().all(|(_, s, _)| !s.contains("board cut")), "{v:?}");
    }
}
