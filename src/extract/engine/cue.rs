//! Finding cues: whether a token is a cue here, and the words a cue may stand apart from its
//! speaker or its statement by.

use super::Engine;
use super::parsed::Parsed;
use crate::extract::lexicon::{CueKind, CueWord, Lang, PronounKind, cue_trait, flag};
use crate::extract::tokens::TokKind;

impl<'a> Engine<'a> {
    /// The cue at token `i`, if it is one here: not inside a name (“United States”), a light
    /// verb's complement only after the light verb (« a fait savoir », „machte deutlich“), an ambiguous form
    /// only as a verb, “according” only before “to”, no English verb after “the”.
    // (always inline: measured, the call alone costs more than the test on most words)
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(super) fn cue_at(&self, p: &Parsed<'a>, i: usize) -> Option<CueWord> {
        // (the cheap test inline: this runs on every word, and most are no cue word)
        let t = p.toks.get(i)?;
        if !t.is_word() || t.cue.is_none() {
            return None;
        }
        self.cue_of_word(p, i)
    }

    /// [`Self::cue_at`] at a word `i` that is listed as a cue.
    fn cue_of_word(&self, p: &Parsed<'a>, i: usize) -> Option<CueWord> {
        let t = &p.toks[i];
        let c = t.cue?;
        // (rule "a thing called “…” is named, not characterised": parsed.rs)
        if c.kind == CueKind::Label && self.lang == Lang::En && super::parsed::names_a_thing(p, i) {
            return None;
        }
        // a capitalised cue word after another capitalised word is part of a name ("United States")
        if t.cap && i > 0 && p.toks[i - 1].cap && p.toks[i - 1].is_word() {
            return None;
        }
        if self.lang != Lang::En && c.kind == CueKind::Verb && !light_verb_before(p, i, *c) {
            return None;
        }
        if self.lang == Lang::De && !de_cue_here(p, i, c) {
            return None;
        }
        if is_adverbial_as(p, i, self.lang) {
            return None;
        }
        // rule "an English light verb reports with its noun of content": the light verbs left
        // marked have it (light.rs)
        let light = self.lang == Lang::En && super::light::is_light_verb(c.lemma);
        if light && !c.has(cue_trait::AMBIGUOUS) {
            return Some(*c);
        }
        if c.has(cue_trait::AMBIGUOUS) && !self.ambiguous_as_verb(p, i, c, light) {
            return None;
        }
        match c.kind {
            // “nach Angaben”, “nach palästinensischen Angaben”: a source noun within two words
            CueKind::SourcePrefix if c.has(cue_trait::INITIAL) => {
                p.sents.binary_search_by_key(&i, |&(a, _)| a).is_ok().then_some(*c)
            }
            CueKind::SourcePrefix if c.has(cue_trait::NOUN) => self.source_noun_after(p, i).map(|_| *c),
            CueKind::SourcePrefix if let Some(next) = c.continuation() => {
                p.toks.get(i + 1).filter(|n| n.is(next)).map(|_| *c)
            }
            CueKind::Verb if self.lang == Lang::En && i > 0 && p.toks[i - 1].is("the") => None,
            // a French cue form after an elided preposition is a noun (“d’avance”)
            CueKind::Verb | CueKind::Label
                if self.lang == Lang::Fr
                    && i > 0
                    && p.toks[i - 1].has(flag::PREP)
                    && p.toks[i - 1].lower.ends_with('’') =>
            {
                None
            }
            // rule "a French participle opening the sentence describes its subject": « Plus
            // nuancé, le député juge … », « Agacé, le ministre a répondu … » (no auxiliary: no
            // cue)
            CueKind::Verb | CueKind::Label
                if self.lang == Lang::Fr && is_fr_past_participle(t.lower) && opens_before_comma(p, i) =>
            {
                None
            }
            _ => Some(*c),
        }
    }

    /// Whether the ambiguous cue form `c` at token `i` stands as a verb: "states" is mostly a
    /// noun, so forms that are mostly nouns or adjectives ("the Baltic states", "the written
    /// ruling") are cues only after an auxiliary, before "that", a colon, a quote or the
    /// sentence end, in a readout or headline after their subject, right after a quotation, or
    /// (a `light` verb) before its noun of content.
    fn ambiguous_as_verb(&self, p: &Parsed<'a>, i: usize, c: &CueWord, light: bool) -> bool {
        let after_aux = i > 0 && p.toks[i - 1].has(flag::PERFECT_AUX);
        let verb_like = p.toks.get(i + 1).is_none_or(|n| {
            n.has(flag::COMPL)
                || n.quote().is_some()
                || matches!(n.kind, TokKind::Punct(':' | ',' | '.'))
                // (a verb of a to-clause before “to”: “vows to fight”)
                || c.has(cue_trait::TO_CLAUSE) && n.is("to")
                // (and its particle before “that”: “pointed out that …”)
                || n.is("out") && p.toks.get(i + 2).is_some_and(|m| m.has(flag::COMPL))
        }) || light && super::light::reports_with_content_noun(p, i);
        // in a readout, after its subject or “and” (“Harlan welcomed … and raised …”), and
        // in a headline after its subject (“Rutte vows to cut …”)
        let readout_verb = (self.readout || self.in_headline)
            && i > 0
            && p.toks[i - 1].is_word()
            && (p.toks[i - 1].cap || p.toks[i - 1].has(flag::CONJ) || PronounKind::of(p.toks[i - 1].flags).is_some());
        // (and right after a quotation, inverted: “…!” beamed Ada Lind)
        let after_quote = i > 0 && (p.is_quote(i - 1) || i > 1 && p.punct(i - 1, ',') && p.is_quote(i - 2));
        after_aux || verb_like || readout_verb || after_quote
    }

    /// The source noun right after the marker at `i` or after one lowercase adjective (“nach
    /// Angaben”, “nach palästinensischen Angaben”).
    pub(super) fn source_noun_after(&self, p: &Parsed<'a>, i: usize) -> Option<usize> {
        let noun = |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && t.has(flag::SOURCE_NOUN));
        if noun(i + 1) {
            return Some(i + 1);
        }
        let adjective = p.toks.get(i + 1).is_some_and(|t| t.is_word() && !t.cap && t.cue.is_none());
        (adjective && noun(i + 2)).then_some(i + 2)
    }

    /// Skips auxiliaries, adverbs and time phrases backwards from `i`; returns the new index and
    /// whether a negation was passed.
    pub(super) fn skip_back(&self, p: &Parsed<'a>, lo: usize, mut i: usize) -> (usize, bool) {
        let mut neg = false;
        // (the French „ne“ negates only with its second part after the verb: „ne répond pas“;
        // alone it is expletive, « avant que la rapporteure ne rappelle que … »)
        let i0 = i;
        let second_part = || {
            (i0..(i0 + 4).min(p.toks.len()))
                .any(|k| matches!(p.toks[k].lower, "pas" | "jamais" | "plus" | "rien" | "guère" | "point"))
        };
        while i > lo {
            let t = &p.toks[i - 1];
            if !t.is_word() {
                // rule "a party and state in parentheses after a name": “Rep. Ada Lind (D-Ohio) said”
                // and rule "an insert between the auxiliary and the participle": « La
                // Maison-Blanche a, de son côté, indiqué que … »
                // (and rule "a stance insert between the subject and its verb", insert.rs)
                let insert = || super::insert::subject_insert(p, lo, i).filter(|_| self.lang == Lang::Fr);
                match party_parenthetical(p, lo, i).or_else(|| super::insert::aux_insert(p, lo, i)).or_else(insert) {
                    Some(open) => {
                        i = open;
                        continue;
                    }
                    None => break,
                }
            }
            // (French adverbs and stance inserts of several words in the verb group, insert.rs)
            if let Some(n) = (self.lang == Lang::Fr).then(|| super::insert::fr_verb_group_words(p, lo, i)).flatten() {
                i -= n;
            } else if t.has(flag::NEG) {
                let particle = self.lang == Lang::Fr && matches!(t.lower, "ne" | "n’");
                neg |= !particle || second_part();
                i -= 1;
            } else if self.lang == Lang::Fr
                && i - 1 > lo
                && super::insert::is_fr_object_clitic(t.lower)
                && !p.toks[i - 2].has(flag::CONJ)
            {
                // rule "a French object pronoun before the verb": « Le ministre lui a répondu
                // que … » — the clitic is no part of the subject (a stressed pronoun in a joint
                // subject is: « Son avocat et lui ont affirmé … »)
                i -= 1;
            } else if t.has(flag::AUX) && !(t.cap && i - 1 == lo && t.lower != "has")
                || self.lang == Lang::En && super::insert::is_en_manner_adverb(p, lo, i - 1)
                || self.lang == Lang::Fr && super::insert::is_fr_verb_adverb(p, lo, i - 1)
            {
                i -= 1;
            } else if t.has(flag::TIME) {
                i -= 1;
                if i > lo && p.toks[i - 1].has(flag::TIME_LEAD) {
                    i -= 1;
                }
            } else {
                break;
            }
        }
        (i, neg)
    }

    /// Skips time phrases forward from `i`.
    pub(super) fn skip_fwd(&self, p: &Parsed<'a>, e: usize, mut i: usize) -> usize {
        while i < e {
            let t = &p.toks[i];
            if t.is_word()
                && (t.has(flag::TIME)
                    || (t.has(flag::TIME_ADVERB) || t.has(flag::TIME_LEAD))
                        && p.toks.get(i + 1).is_some_and(|n| n.is_word() && n.has(flag::TIME)))
            {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    /// Whether only a short adverbial ("in a statement", "on Friday") follows before the sentence ends.
    pub(super) fn ends_soon(&self, p: &Parsed<'a>, from: usize, e: usize) -> bool {
        let n = e.saturating_sub(from);
        n <= 6
            && (from..e).all(|k| {
                let t = &p.toks[k];
                // (a finite verb makes a clause: “told me the real number of rebels was …”; and a
                // quotation, no title, is what was said: „sprach von „Chaos““)
                let quoted = p.is_quote(k) && !super::parsed::is_title(p, 0, k);
                !quoted && (!t.is_word() || !t.has(flag::COMPL) && !t.has(flag::FINITE) && self.cue_at(p, k).is_none())
            })
            && p.toks.get(from).is_some_and(|t| {
                t.is_word() && (t.has(flag::PREP) || t.has(flag::TIME) || t.has(flag::AUDIENCE) || t.cap)
            })
    }
}

/// Whether the German cue `c` at token `i` is one here: a separable verb with its particle; no
/// adjective of stance after a Konjunktiv copula; „ausgehen“ only with „davon“.
fn de_cue_here(p: &Parsed<'_>, i: usize, c: &CueWord) -> bool {
    if c.kind == CueKind::Verb && !particle_after(p, i) {
        return false;
    }
    if c.lemma == "sagen" && other_verb_of_sagen(p, i) {
        return false;
    }
    // rule "a German adjective of stance after a Konjunktiv copula is reported": in „Sie sei
    // zuversichtlich, dass …, sagte Lind“ the adjective is inside what the cue after reports
    let konjunktiv_copula = i > 0 && matches!(p.toks[i - 1].lower, "sei" | "seien" | "wäre" | "wären");
    if konjunktiv_copula && c.has(cue_trait::AMBIGUOUS) {
        return false;
    }
    // rule "„davon ausgehen“ assumes": „geht davon aus, dass …“ reports, „geht aus dem Haus“
    // does not — „davon“ next to the form
    c.lemma != "ausgehen" || (i.saturating_sub(1)..i + 3).any(|k| p.toks.get(k).is_some_and(|t| t.lower == "davon"))
}

/// Rule "„sagen“ with another verb's particle is that other verb": „sagte den Termin ab“
/// (cancelled), „sagte Hilfe zu“ (promised), „sagte als Zeugin aus“ (testified) — the particle
/// closes the clause of the form at token `i` (before any punctuation or quotation).
/// Testimony with what it says stays a report („sagte aus, dass …“, „sagte aus, er habe …“,
/// „sagte aus: …“).
fn other_verb_of_sagen(p: &Parsed<'_>, i: usize) -> bool {
    let end = p.sentence_of(i).map_or(p.toks.len(), |k| p.sents[k].1);
    let close = (i + 1..end).find(|&k| !p.toks[k].is_word()).unwrap_or(end);
    let Some(last) = close.checked_sub(1).filter(|&k| k > i) else { return false };
    match p.toks[last].lower {
        "ab" | "zu" => true,
        "aus" => !(p.punct(close, ',') || p.punct(close, ':')),
        _ => false,
    }
}

/// Rule "a light verb's complement is a cue only after the light verb": « a fait savoir », « a
/// laissé entendre » (not « reste à savoir », « se faire entendre »), „machte deutlich“, „machte
/// klar“ (not „deutlich mehr“, „ist klar“). Whether the cue `c` at token `i`, when its lemma
/// has two words, has the other one (the light verb: « faire » of « faire savoir », „machen“
/// of „deutlich machen“) right before it; true for a cue of one word.
fn light_verb_before(p: &Parsed<'_>, i: usize, c: CueWord) -> bool {
    let t = &p.toks[i];
    let Some(light) = c.lemma.split_once(' ').map(|(a, b)| if t.lower == b { a } else { b }) else { return true };
    let stem = light.char_indices().nth(3).map_or(light, |(n, _)| &light[..n]);
    i > 0 && p.toks[i - 1].is_word() && p.toks[i - 1].lower.starts_with(stem)
}

/// Rule "a German separable verb needs its particle": a finite form of a cue whose lemma has a
/// separable prefix and that lacks it (“stellte” of „klarstellen“, “teilte” of „mitteilen“,
/// “schlug” of „vorschlagen“) is that cue only when the prefix follows as a word in its
/// sentence („stellte am Montag klar“; not „Die Frage stellte Mareike Thiele“, „schlug Alarm“).
/// True for any other cue or form.
fn particle_after(p: &Parsed<'_>, i: usize) -> bool {
    let particles = crate::extract::lexicon::de_particles(p.toks[i].lower);
    if particles.is_empty() {
        return true;
    }
    let end = p.sentence_of(i).map_or(p.toks.len(), |k| p.sents[k].1);
    (i + 1..end).any(|k| p.toks[k].is_word() && particles.contains(&p.toks[k].lower))
}

/// Whether the word at token `i` stands within the sentence's first two words, before a
/// comma, with no auxiliary before it.
fn opens_before_comma(p: &Parsed<'_>, i: usize) -> bool {
    let Some(s) = p.sentence_of(i).map(|k| p.sents[k].0) else { return false };
    let no_aux = (s..i).all(|k| p.toks[k].is_word() && !p.toks[k].has(flag::AUX));
    i <= s + 1 && no_aux && p.punct(i + 1, ',')
}

/// The opening parenthesis of a short parenthetical of words ending just before token `i` and
/// following a capitalised word (“Lind (D-Ohio)”, “Lind (R)”) or the name it abbreviates, when
/// there is one; a parenthetical of up to three lowercase words after a capitalised word too
/// (“Roe (independent)”, « Roux (sans étiquette) »).
pub(super) fn party_parenthetical(p: &Parsed<'_>, lo: usize, i: usize) -> Option<usize> {
    if i == 0 || !matches!(p.toks[i - 1].kind, TokKind::Punct(')')) {
        return None;
    }
    let open = (lo.max(i.saturating_sub(8))..i - 1).rev().find(|&k| matches!(p.toks[k].kind, TokKind::Punct('(')))?;
    let inner = open + 1..i - 1;
    let plain = inner.clone().all(|k| p.toks[k].is_word() || matches!(p.toks[k].kind, TokKind::Punct('-' | '.' | ',')));
    let first_cap = p.toks[open + 1].is_word() && p.toks[open + 1].cap;
    // (or after the lowercase word ending a name the abbreviation spells: « Médecins sans
    // frontières (MSF) »)
    let after_name = open > lo
        && p.toks[open - 1].is_word()
        && (p.toks[open - 1].cap || super::acronym::abbreviated_name_before(p, lo, open).is_some());
    // rule "a lowercase label after a name": “Jane Roe (independent)”, « Paul Roux (sans
    // étiquette) », „Jens Rau (parteilos)“, an age “(45)” — at most three words, none a verb or
    // a cue, after a capitalised word
    let label = || {
        inner.len() <= 3
            && p.toks[open - 1].cap
            && inner.clone().all(|k| {
                let t = &p.toks[k];
                t.is_word() && t.cue.is_none() && t.flags & (flag::FINITE | flag::AUX) == 0
            })
    };
    (!inner.is_empty() && plain && after_name && (first_cap || label())).then_some(open)
}

/// Whether a French word ends like a past participle (« nuancé », « agacée », « interrogés »).
pub(super) fn is_fr_past_participle(word: &str) -> bool {
    ["é", "ée", "és", "ées"].iter().any(|end| word.ends_with(end))
}

/// Rule "“as announced” is no statement": a cue participle right after „wie“, « comme » or
/// “as” with no subject between („hat wie angekündigt begonnen“, « a commencé comme annoncé »,
/// “began as announced”) says how something happened, not who said it (English: a form in
/// “-ed”; “was quoted as saying” reports).
fn is_adverbial_as(p: &Parsed<'_>, i: usize, lang: Lang) -> bool {
    // (the cheap test first: this runs for every cue form)
    let Some(before) = i.checked_sub(1).and_then(|k| p.toks.get(k)).filter(|t| t.is_word() && t.lower.len() <= 6)
    else {
        return false;
    };
    // (an agent after it names a source: “as confirmed by the ministry”, « comme annoncé par
    // le ministre »)
    let agent = p.toks.get(i + 1).is_some_and(|t| matches!(t.lower, "by" | "par" | "von" | "vom"));
    !agent
        && match lang {
            Lang::De => before.lower == "wie",
            Lang::Fr => before.lower == "comme",
            Lang::En => before.lower == "as" && p.toks[i].lower.ends_with("ed"),
        }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::Position;

    /// Regression: a paragraph opening with a comma (a fragment cut from its sentence) made the
    /// party-parenthetical check read before the paragraph's first token (an overflow).
    #[test]
    fn party_parenthetical_overflowed_on_a_paragraph_opening_with_a_comma() {
        let v = run("Port\nThe port is shut.\n\n, who runs the port, said on Friday the gates would reopen.\n");
        assert!(v.iter().all(|(_, _, t)| !t.starts_with(',')), "{v:?}");
    }

    #[test]
    fn as_announced_is_no_statement() {
        let v = run("Hafen\nDer Streik hat wie angekündigt um drei Uhr begonnen. Das bestätigte eine Sprecherin.\n");
        assert!(v.iter().all(|(_, s, _)| !s.contains("Streik")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Sprecherin" && t.starts_with("Der Streik")), "{v:?}");
        let v = run("Port\nLa grève a commencé comme annoncé à trois heures, a confirmé la syndicaliste.\n");
        assert_eq!(v.len(), 1, "{v:?}");
        // (“quoted as saying” reports)
        let v = run("Port\nAda Lind was quoted as saying that the pier would close.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Position && s == "Ada Lind"), "{v:?}");
    }

    #[test]
    fn sagen_with_another_verb_s_particle_is_that_verb() {
        for text in [
            "Als erste Zeugin sagte am Nachmittag eine Pflegekraft aus.",
            "Die Stadt sagte das Hafenfest am Montag ab.",
            "Der Minister sagte den Fischern Hilfe zu.",
        ] {
            assert!(run(&format!("Hafen\nDer Pier ist zu. {text}\n")).is_empty(), "{text}");
        }
        // (testimony with what it says, and a particle inside what is said, report)
        for text in
            ["Der Zeuge sagte aus, dass er nichts gesehen habe.", "Der Zeuge sagte aus, er habe nichts gesehen."]
        {
            let v = run(&format!("Hafen\nDer Pier ist zu. {text}\n"));
            assert!(v.iter().any(|(_, _, t)| t.contains("nichts gesehen")), "{text}: {v:?}");
        }
        let v = run("Hafen\nDer Pier ist zu. Roth sagte, das Fest falle aus.\n");
        assert!(v.iter().any(|(_, _, t)| t == "das Fest falle aus"), "{v:?}");
    }

    #[test]
    fn the_french_ne_negates_with_its_second_part_only() {
        assert!(run("Port\nLe ministre ne répond pas aux questions, alors que la grève continue.\n").is_empty());
        // (an expletive „ne“ is no negation)
        let v = run("Port\nLe débat a duré, avant que la ministre ne rappelle que les quais étaient fermés.\n");
        assert!(v.iter().any(|(_, s, t)| s == "ministre" && t == "les quais étaient fermés"), "{v:?}");
    }

    #[test]
    fn a_french_participle_opening_the_sentence_describes_its_subject() {
        let v = run("Port\nLe port est fermé.\n\nPlus nuancé, le maire Omar Daly juge que la fermeture est injuste.\n");
        assert!(!v.iter().any(|(_, _, t)| t.starts_with("le maire")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t == "la fermeture est injuste"), "{v:?}");
    }

    #[test]
    fn a_light_verb_s_complement_is_a_cue_only_after_the_light_verb() {
        for (text, speaker) in [
            ("Hafen\nDer Hafen ist zu.\n\nIna Berg machte deutlich, dass die Fähre im Mai fährt.\n", "Ina Berg"),
            ("Hafen\nDer Hafen ist zu.\n\nIna Berg machte klar, dass die Fähre im Mai fährt.\n", "Ina Berg"),
            ("Port\nLe port est fermé.\n\nIna Berg a fait savoir que le ferry partira en mai.\n", "Ina Berg"),
            ("Port\nLe port est fermé.\n\nIna Berg a fait part de son inquiétude face à la fermeture.\n", "Ina Berg"),
        ] {
            let v = run(text);
            assert!(v.iter().any(|(_, s, _)| s == speaker), "{text}: {v:?}");
        }
        assert!(run("Hafen\nDer Hafen ist zu.\n\nDie Gebühren sind deutlich höher als im Mai.\n").is_empty());
        assert!(run("Port\nLe port est fermé.\n\nReste à savoir si le ferry partira en mai.\n").is_empty());
        assert!(run("Port\nLe port est fermé.\n\nUne part des ferries partira en mai.\n").is_empty());
    }

    #[test]
    fn writing_is_a_cue_only_where_a_verb_s_context_shows_it() {
        let v = run("Port\nThe pier was shut.\n\nAda Lind shared the news, writing “We will rebuild the pier.”\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "We will rebuild the pier."), "{v:?}");
        assert!(run("Port\nThe pier was shut.\n\nThe deal must be confirmed in writing by the port.\n").is_empty());
    }

    #[test]
    fn a_french_adverb_of_several_words_in_the_verb_group() {
        for s in ["a de nouveau appelé", "a une nouvelle fois appelé", "a par ailleurs appelé", "a de son côté appelé"]
        {
            let v = run(&format!("Port\nLe port est fermé. La maire Ina Berg {s} les ferries à attendre la marée.\n"));
            assert!(v.iter().any(|(_, sp, _)| sp == "Ina Berg"), "{s}: {v:?}");
        }
    }

    #[test]
    fn a_stance_insert_between_the_subject_and_its_verb() {
        let v =
            run("Port\nLe port est fermé. La mairie, de son côté, a accusé les armateurs de retarder les travaux.\n");
        assert!(v.iter().any(|(k, sp, t)| *k == Position && sp == "mairie" && t == "retarder les travaux"), "{v:?}");
    }

    #[test]
    fn an_insert_between_the_auxiliary_and_the_participle() {
        let v = run(
            "Port\nLe port est fermé depuis lundi. La mairie a, de son côté, indiqué que les ferries attendraient.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "mairie" && t == "les ferries attendraient"), "{v:?}");
        let v = run("Port\nThe port is closed. The harbour board has, however, said that the ferries would wait.\n");
        assert!(v.iter().any(|(_, _, t)| t == "the ferries would wait"), "{v:?}");
    }

    #[test]
    fn a_french_ministry_with_its_named_complement_speaks_whole() {
        let v = run(
            "Port\nLe port est fermé depuis lundi. Le ministère russe de la Défense a affirmé que le port était miné.\n",
        );
        assert!(v.iter().any(|(_, s, _)| s == "ministère russe de la Défense"), "{v:?}");
    }

    #[test]
    fn an_ambiguous_form_is_a_cue_only_as_a_verb() {
        assert!(run("Port\nThe Baltic states agreed on new harbour fees for the coming year.\n").is_empty());
        let v = run("Port\nThe ministry states that the pier will stay closed all week.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "the pier will stay closed all week"), "{v:?}");
    }

    #[test]
    fn an_ambiguous_verb_with_its_particle_before_that_is_a_cue() {
        let v = run(
            "Port\nMayor Ada Lind pointed out that the port would stay open. The statement points to a deeper problem.\n",
        );
        assert_eq!(v, [(Position, "Ada Lind".into(), "the port would stay open".into())]);
        let v = run(
            "Port\nAda Lind worried that the port would close. The forecast was grim. Lind forecast that prices would rise.\n",
        );
        assert_eq!(v.len(), 2, "{v:?}");
    }

    #[test]
    fn an_adjective_of_stance_after_a_copula_is_a_cue() {
        let v =
            run("Port\nMayor Ada Lind remains hopeful that the port will reopen. Presidential hopefuls met in Iowa.\n");
        assert_eq!(v, [(Position, "Ada Lind".into(), "the port will reopen".into())]);
        let v = run("Port\nAda Lind was sceptical that the talks would succeed.\n");
        assert_eq!(v, [(Position, "Ada Lind".into(), "the talks would succeed".into())]);
    }

    #[test]
    fn an_infinitive_after_going_on_is_the_subject_s() {
        let v = run("Port\nMayor Ada Lind went on to say that the port would stay open.\n");
        assert_eq!(v, [(Position, "Ada Lind".into(), "the port would stay open".into())]);
    }

    #[test]
    fn davon_ausgehen_assumes() {
        let v = run("Hafen\nDie Hafenchefin Ada Lind geht davon aus, dass die Fähre im Mai fährt.\n");
        assert_eq!(v, [(Position, "Ada Lind".into(), "die Fähre im Mai fährt".into())]);
        assert!(run("Hafen\nDie Hafenchefin Ada Lind geht aus dem Haus, dass es kracht.\n").is_empty());
    }

    #[test]
    fn a_german_or_french_adjective_of_stance_is_a_cue() {
        let v = run(
            "Hafen\nDie Hafenchefin Ada Lind ist zuversichtlich, dass die Fähre im Mai fährt. Sicher ist, dass sie fährt.\n",
        );
        assert_eq!(v, [(Position, "Ada Lind".into(), "die Fähre im Mai fährt".into())]);
        let v = run("Port\nLa maire Anne Vogt est persuadée que le port restera ouvert.\n");
        assert_eq!(v, [(Position, "Anne Vogt".into(), "le port restera ouvert".into())]);
    }

    #[test]
    fn time_words_stand_between_speaker_and_cue() {
        let v = run("Port\nMayor Ines Sala on Monday said the ferry would run again in June.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Position && s == "Ines Sala"), "{v:?}");
    }

    #[test]
    fn a_french_object_pronoun_stands_between_subject_and_verb() {
        for obj in ["lui", "leur", "nous"] {
            let v = run(&format!(
                "Port\nLa maire Ada Lind est venue.\n\nLe ministre du Port {obj} a répondu qu'un débat serait organisé.\n"
            ));
            assert!(
                v.iter().any(|(_, s, t)| s == "ministre du Port" && t == "un débat serait organisé"),
                "{obj}: {v:?}"
            );
        }
        // (a stressed pronoun in a joint subject stays in it)
        let v =
            run("Port\nLa maire Ada Lind est venue.\n\nSon avocat et lui ont affirmé que le port restait ouvert.\n");
        assert!(v.iter().all(|(_, s, _)| !s.ends_with(" et")), "{v:?}");
    }

    #[test]
    fn a_capitalised_cue_inside_a_name_is_none() {
        assert!(run("Port\nThe United States Note Office opened a branch at the harbour today.\n").is_empty());
    }

    #[test]
    fn a_french_cue_form_after_an_elided_preposition_is_a_noun() {
        let v = run(
            "Port\nLe député Paul Roux a visité le port de la ville. Pour Paul Roux, le résultat du vote était connu d’avance.\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Paul Roux" && t.ends_with("d’avance")), "{v:?}");
    }

    #[test]
    fn a_party_parenthetical_stands_between_name_and_cue() {
        let v = run("Port\nThe ferry stopped. “We will not pay the fee,” Rep. Ines Sala (D-Maine) said.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ines Sala" && t.starts_with("We will not")), "{v:?}");
    }

    #[test]
    fn a_lowercase_label_after_a_name_stands_between_name_and_cue() {
        let v = run("Port\nThe council met. Jane Roe (independent) said the fee was too high.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jane Roe" && t.starts_with("the fee")), "{v:?}");
        let v = run("Port\nLe conseil a voté. Paul Roux (sans étiquette) a estimé que le péage était trop cher.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Paul Roux" && t.starts_with("le péage")), "{v:?}");
        let v = run("Hafen\nDer Rat tagte. Jens Rau (parteilos) sagte, die Gebühr sei zu hoch.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jens Rau" && t.starts_with("die Gebühr")), "{v:?}");
    }

    #[test]
    fn echoed_is_a_cue_and_echoes_a_noun() {
        let v =
            run("Port\nThe pier was full.\n\nCaptain Ines Sala echoed:\n\n“The fees must go down before summer.”\n");
        assert!(v.iter().any(|(_, s, _)| s == "Ines Sala"), "{v:?}");
        assert!(run("Port\nLoud echoes of the storm reached the old pier at night.\n").is_empty());
    }

    #[test]
    fn a_time_phrase_after_the_cue_before_a_quotation_or_clause() {
        let v = run("Port\nThe pier is shut.\n\nThe mayor said last week, “No ferry can wait forever.”\n");
        assert!(
            v.iter().any(|(k, _, t)| *k == crate::model::StatementKind::Quote && t.starts_with("No ferry")),
            "{v:?}"
        );
        let v = run("Port\nThe pier is shut.\n\nThe mayor said this morning, the ferry would wait.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "the ferry would wait"), "{v:?}");
    }

    #[test]
    fn french_note_is_a_cue_only_in_a_verb_s_context() {
        let v = super::super::tests::run("Port\nLe port ferme. Le trafic est « quasiment arrêté », note l’office.\n");
        assert!(v.iter().any(|(_, s, t)| s == "office" && t.starts_with("Le trafic")), "{v:?}");
        // (the noun: « prend note de »)
        let v = super::super::tests::run("Port\nLe port ferme. Le maire prend note de la décision.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn french_attaquer_attributes_only_quotations() {
        let v =
            super::super::tests::run("Port\nLe port ferme. « Vous fermez sans concertation », a attaqué Ina Roux.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Roux" && t == "Vous fermez sans concertation"), "{v:?}");
        let v = super::super::tests::run("Port\nLe port ferme. Les pirates ont attaqué un cargo dans la nuit.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_german_separable_verb_needs_its_particle() {
        // (no particle: „stellte“ is no „klarstellen“, „schlug“ no „vorschlagen“)
        let v = super::super::tests::run(
            "Hafen\n\nDie Frage nach der Fähre stellte Ina Roth, Mutter zweier Kinder aus Kiel.\n",
        );
        assert!(v.is_empty(), "{v:?}");
        // (the particle at the clause's end, or after the quotation)
        let v = super::super::tests::run(
            "Hafen\n\nDie Hafenchefin Ina Roth stellte am Montag klar, dass die Fähre fährt. „Wir bleiben“, teilte \
             der Verein mit.\n",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        // (a form of a separable cue listed with its particle: „schlug … vor“, not „schlug Alarm“)
        let v = super::super::tests::run(
            "Hafen\n\nStadtrat Jan Roth schlug Alarm. Stadträtin Ina Roth schlug vor, die Fähre zu kaufen.\n",
        );
        assert_eq!(
            v,
            [(crate::model::StatementKind::Position, "Ina Roth".to_owned(), "die Fähre zu kaufen".to_owned())]
        );
    }
}
