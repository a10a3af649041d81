//! German fronted objects: a German main clause puts its verb second, and what stands before
//! it need not be the subject. Rules "a German thing before the verb and a person after it"
//! („Das Urteil kritisierte die Ministerin scharf“) and "a German accusative before the verb"
//! („Ihren Beruf beschreibt sie als …“): the phrase before the cue is the object, and the
//! subject follows the cue; and, for the names a document gives (mentions.rs), "a German
//! phrase before the verb and a pronoun is no subject".

use super::Engine;
use super::parsed::Parsed;
use super::state::CueSite;
use crate::extract::lexicon::{Lang, PronounKind, flag};

impl<'a> Engine<'a> {
    /// Whether the words before the cue of `site` are a fronted object (see the module).
    pub(super) fn de_object_before_cue(&mut self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        self.de_accusative_vorfeld(p, site) || self.de_thing_before_person(p, site)
    }

    /// Rule "a German accusative before the verb": the sentence opens with a determiner in the
    /// accusative only („Einen Rücktritt lehnte er ab“, „Ihren Beruf beschreibt sie als …“),
    /// or with „den“ before a singular noun („Den Plan der Regierung kritisierte sie“), and
    /// runs as one phrase to the cue; a subject follows the cue.
    fn de_accusative_vorfeld(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let (s, e, i) = (site.s, site.e, site.i);
        if self.lang != Lang::De || i <= s + 1 || !p.toks[s].is_word() {
            return false;
        }
        let one_phrase = (s..i).all(|k| {
            let t = &p.toks[k];
            t.is_word() && t.cue.is_none() && t.flags & (flag::FINITE | flag::COMPL | flag::CONJ) == 0
        });
        let accusative =
            p.toks[s].has(flag::ACCUSATIVE) || p.toks[s].lower == "den" && singular_noun_after(p, s + 1, i);
        let subject_after = p.toks.get(i + 1).is_some_and(|t| {
            t.is_word() && (t.cap || t.has(flag::DET) || PronounKind::of(t.flags).is_some() && t.lower != "es")
        });
        one_phrase && accusative && subject_after && i + 1 < e
    }

    /// Rule "a German thing before the verb and a person after it": in „Eine Senkung der
    /// Gebühren lehnte Lind ab“, „Das Urteil kritisierte die Ministerin scharf“ the
    /// sentence opens with an article and a noun phrase of things (no person, organisation,
    /// group, source or speech noun), so it is the fronted object; the person named or
    /// described right after the cue is the subject.
    fn de_thing_before_person(&mut self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let (s, e, i) = (site.s, site.e, site.i);
        let speaker_like = super::SPEAKER_NOUNS | flag::SPEECH_NOUN;
        let opening = &p.toks[s];
        // (where a genitive complement after the head noun starts, if one does)
        let genitive = (s + 2..i)
            .find(|&g| matches!(p.toks[g].lower, "der" | "des") && p.toks[g - 1].is_word() && p.toks[g - 1].cap);
        let things = self.lang == Lang::De
            && i > s + 1
            && opening.is_word()
            && opening.flags & (flag::DET | flag::INDEF) != 0
            && PronounKind::of(opening.flags).is_none()
            && (s + 1..i).all(|k| {
                let t = &p.toks[k];
                // (a genitive after the head noun may name anyone: „Das Angebot der Bahn
                // nannte Uhlig …“)
                let complement = genitive.is_some_and(|g| g <= k);
                let head_ok = complement
                    || t.flags & speaker_like == 0 && !(t.cap && self.names.is_multiword(&p.s[t.start..t.end]));
                t.is_word() && t.cue.is_none() && t.flags & (flag::FINITE | flag::PREP) == 0 && head_ok
            });
        if !things {
            return false;
        }
        let Some((pa, pb)) = self.np_after(p, i + 1, e) else { return false };
        let sp = self.split_span(p, pa, pb);
        let named = !sp.name.is_empty() && !sp.org && self.names.is_multiword(&sp.name);
        let described = p.toks[pa].has(flag::DET) && (pa..pb).any(|k| p.toks[k].has(flag::ROLE));
        named || described
    }

    /// Rule "a German phrase before the verb and a pronoun is no subject": in „Konkrete
    /// Antworten habe sie nicht bekommen“, „Die Mietpreisbremse nannte er …“ the phrase that
    /// opens the sentence is the object; the pronoun after the finite verb at token `v` is the
    /// subject.
    pub(super) fn de_fronted_object(&self, p: &Parsed<'a>, v: usize) -> bool {
        let verb = p.toks.get(v).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && (t.flags & (flag::AUX | flag::KONJ | flag::PERFECT_AUX | flag::PASSIVE_AUX) != 0 || t.cue.is_some())
        });
        let pronoun = p
            .toks
            .get(v + 1)
            .is_some_and(|t| t.is_word() && matches!(t.lower, "er" | "sie" | "es" | "ich" | "wir" | "man" | "ihr"));
        self.lang == Lang::De && verb && pronoun
    }
}

/// Whether the noun after „den“ (its adjectives skipped, from `k` before `end`) is singular:
/// a masculine accusative („den Plan“, „den neuen Kurs“), not a dative plural, whose noun ends
/// in „-n“ („den Bürgern“, „den Ländern“).
fn singular_noun_after(p: &Parsed<'_>, k: usize, end: usize) -> bool {
    let noun = (k..end).find(|&m| p.toks[m].cap);
    noun.is_some_and(|m| (k..m).all(|a| p.toks[a].lower.ends_with("en")) && !p.toks[m].lower.ends_with('n'))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_german_thing_before_the_verb_and_a_person_after_it() {
        let v = run("Hafen\nHafenchefin Ada Lind will sparen. Eine Senkung der Gebühren lehnte Lind ab. Wer das \
                     verlange, solle „die Bücher lesen“.\n");
        assert!(v.iter().all(|(_, s, _)| s == "Ada Lind"), "{v:?}");
        assert!(v.iter().any(|(_, _, t)| t.starts_with("Wer das verlange")), "{v:?}");
        // (an organisation before the verb stays its subject)
        let v = run("Hafen\nHafenchefin Ada Lind will sparen. Die Reederei Nordlicht warnte Lind vor hohen Kosten. \
                     Der Hafen sei zu teuer.\n");
        assert!(!v.is_empty() && v.iter().all(|(_, s, _)| s == "Reederei Nordlicht"), "{v:?}");
    }

    #[test]
    fn a_genitive_after_a_fronted_thing_may_name_anyone() {
        let v = run("Hafen\nDie Deutsche Bahn streikt. Hafenchefin Ada Lind ist wütend. Das Angebot der Bahn \
                     bezeichnete Lind als „Provokation“.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "Provokation"), "{v:?}");
    }

    #[test]
    fn a_german_accusative_before_the_verb_has_its_subject_after_it() {
        let ctx = "Praxis\nDie Praxis schließt.\n\nAnna Berg leitet die Praxis seit 2001. ";
        for (sentence, said) in [
            ("Ihren Beruf beschreibt sie als „Handwerk und Geduld“.", "Handwerk und Geduld"),
            (
                "Den Kurs der Regierung kritisierte sie scharf: Die Praxen würden allein gelassen.",
                "Die Praxen würden allein gelassen",
            ),
            ("Einen Rücktritt lehnte sie ab, die Praxis bleibe offen.", "die Praxis bleibe offen"),
        ] {
            let v = run(&format!("{ctx}{sentence}\n"));
            assert!(v.iter().any(|(_, s, t)| s == "Anna Berg" && t == said), "{sentence}: {v:?}");
        }
    }

    #[test]
    fn a_german_phrase_before_the_verb_and_a_pronoun_is_no_subject() {
        let v = run("Hafen\n\nIna Roth verließ die Sitzung früh. Klare Zusagen habe sie nicht bekommen, sagte sie.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Roth" && t.starts_with("Klare Zusagen")), "{v:?}");
    }
}
