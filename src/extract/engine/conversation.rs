//! Rule "a pronoun after a first-person subject is the person the speaker talked to": in “I
//! spoke with Ada Lind, the union's president, and she told me …”, „Ich habe mit Jan Roth
//! gesprochen, und er sagte …“ the speaker is not the one the pronoun stands for, so a “she” or
//! “he” later in the sentence is the person the sentence names (the one last named before the
//! pronoun), not the subject of an earlier sentence. So is a pronoun opening the next
//! sentence (“I spoke to Mayor Ada Lind today. She told me …”).

use super::parsed::Parsed;
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{PronounKind, flag};

/// First-person subjects that open a sentence (lowercase, sorted), with English contractions.
const FIRST_PERSON: [&str; 11] = ["i", "i'd", "i'm", "i've", "ich", "je", "nous", "we", "we'd", "we've", "wir"];

impl<'a> Engine<'a> {
    /// The person a third-person pronoun at token `a` stands for when its sentence, or the
    /// sentence right before one the pronoun opens, opens with a first-person subject: the last
    /// person named by a name of two words or more after that subject and before the pronoun,
    /// unless their known gender differs from the pronoun's.
    pub(super) fn conversation_partner(&mut self, p: &Parsed<'a>, a: usize) -> Option<Speaker> {
        let pronoun = &p.toks[a];
        let gender = pronoun.flags & (flag::FEMALE | flag::MALE);
        if PronounKind::of(pronoun.flags) != Some(PronounKind::Person) || gender == 0 {
            return None;
        }
        let k = p.sentence_of(a)?;
        let &(s, _) = p.sents.get(k)?;
        // (or a pronoun opening the sentence right after the first-person one: “I spoke to
        // Mayor Ada Lind today. She told me …”)
        let opening = match first_person_opening(p, s).filter(|&o| o < a) {
            Some(o) => o,
            None if super::speaker::after_opening_conjunction(p, s) == a && k > 0 => {
                first_person_opening(p, p.sents[k - 1].0)?
            }
            None => return None,
        };
        let &(ra, rb) = p.runs.iter().rev().find(|&&(ra, rb)| ra > opening && rb <= a)?;
        let sp = self.split_span(p, ra, rb);
        if sp.org || !sp.name.contains(' ') {
            return None;
        }
        let full = self.names.full(&sp.name);
        let known = self.gender_of(&full);
        if known != 0 && known != gender {
            return None;
        }
        let role = self.names.role(&full).unwrap_or_default().to_owned();
        Some(Speaker { name: full.into(), role: role.into(), kind: PronounKind::Person, via: Via::Pronoun })
    }
}

/// Where the sentence starting at token `s` opens with a first-person subject (after an
/// opening conjunction), if it does.
fn first_person_opening(p: &Parsed<'_>, s: usize) -> Option<usize> {
    let opening = super::speaker::after_opening_conjunction(p, s);
    let first = p.toks.get(opening).filter(|t| t.is_word())?;
    let lower = first.lower.replace('’', "'");
    FIRST_PERSON.binary_search(&lower.as_str()).is_ok().then_some(opening)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn first_person_subjects_are_sorted() {
        assert!(super::FIRST_PERSON.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_pronoun_after_a_first_person_subject_is_the_person_named_in_the_sentence() {
        let v = run("SECRETARY LIND: Thank you all.\n\nBen Ott spoke first. I've spoken today with Ada Vance, the \
                     union's president, and she told me that the pier was unsafe.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Vance" && t == "the pier was unsafe"), "{v:?}");
        // (a pronoun opening the sentence after the first-person one)
        let v = run("SECRETARY LIND: Thank you all.\n\nBen Ott spoke first. I spoke to Mayor Ada Vance at seven \
                     today. She told me that the pier was unsafe.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Vance" && t == "the pier was unsafe"), "{v:?}");
        // (not after a third-person subject: the pronoun may be the subject)
        let v = run("Port\nThe pier is shut.\n\nBen Ott spoke today with Ada Vance, and he said that the pier was \
                     unsafe.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ben Ott" && t == "the pier was unsafe"), "{v:?}");
    }
}
