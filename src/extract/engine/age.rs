//! Rule "a person described by their age is an anaphor": „Der 52-Jährige fügte hinzu“, “the
//! 52-year-old said” stand for the person just named, in every language and wherever the
//! description stands; with an indefinite article (“a 34-year-old said”) the description is
//! someone new. (French names ages by a noun phrase, « l'homme de 52 ans », or a decade noun the
//! phrase finder does not take as a person, « le septuagénaire »: not covered.)

use super::{Engine, Speaker};
use crate::extract::names::SplitName;

/// Endings of words that name a person by age after a number (lowercase, sorted): German
/// “-jährige(n/r)”, English “-year-old”.
const AGE_ENDINGS: [&str; 4] = ["-jährige", "-jährigen", "-jähriger", "-year-old"];

/// Whether `word` names a person by age: a number joined to an age ending (“52-Jährige”,
/// “34-year-old”).
pub(super) fn is_age_noun(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let lower = word.to_lowercase();
    AGE_ENDINGS.iter().any(|end| {
        lower.strip_suffix(end).is_some_and(|stem| !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The number of the first age noun in `phrase` (“52” of “52-Jährige”), if any.
fn age_in(phrase: &str) -> Option<&str> {
    phrase.split_whitespace().find(|w| is_age_noun(w)).and_then(|w| w.split('-').next())
}

/// Whether `person`'s role gives an age other than the one `description` names.
fn other_age(person: &Speaker, description: &str) -> bool {
    matches!((age_in(&person.role), age_in(description)), (Some(a), Some(b)) if a != b)
}

impl Engine<'_> {
    /// The person the age description `sp` at byte `pos` stands for: the person just named
    /// before it. None when the description names no age, is indefinite, or no one was named.
    ///
    /// (A German article gives the gender, `gender`: „die 29-Jährige“ is no man named before.)
    pub(super) fn age_anaphor(&self, sp: &SplitName, pos: usize, gender: u64) -> Option<Speaker> {
        if sp.indefinite || !sp.description.split_whitespace().any(is_age_noun) {
            return None;
        }
        self.person_just_before(pos).filter(|person| !self.age_misfits(person, sp, gender))
    }

    /// Whether the age description `sp` at byte `pos` has an article of the gender `gender` that
    /// the person just named does not have („die 29-Jährige“ after a man), or another age than
    /// the one the text gave them („die 34-Jährige“ after „der 52-jährige Dariusz K.“): then it
    /// stands for someone the text describes only so, not for the last speaker either.
    pub(super) fn age_clash(&self, sp: &SplitName, pos: usize, gender: u64) -> bool {
        if sp.indefinite || !sp.description.split_whitespace().any(is_age_noun) {
            return false;
        }
        self.person_just_before(pos).is_some_and(|person| self.age_misfits(&person, sp, gender))
    }

    /// Whether the age description `sp`, of the article's gender `gender` (0 for none), cannot
    /// stand for `person`: a gender or an age the text gave them that differs.
    fn age_misfits(&self, person: &Speaker, sp: &SplitName, gender: u64) -> bool {
        let known = self.person_gender(&person.name);
        gender != 0 && known != 0 && known != gender || other_age(person, &sp.description)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::is_age_noun;

    #[test]
    fn age_endings_are_sorted() {
        assert!(super::AGE_ENDINGS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn age_nouns_need_a_number_or_a_decade() {
        assert!(is_age_noun("52-Jährige") && is_age_noun("34-year-old") && is_age_noun("70-Jähriger"));
        assert!(!is_age_noun("Jährige") && !is_age_noun("-year-old") && !is_age_noun("x-Jähriger"));
    }

    #[test]
    fn an_age_description_stands_for_the_person_just_named() {
        let v = run("Hafen\n„Ich gehe“, sagte Hafenchef Omar Daly. Der 52-Jährige fügte hinzu: „Ich bereue nichts.“\n");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t == "Ich bereue nichts."), "{v:?}");
        let v = run("Port\nPort chief Omar Daly resigned on Friday. The 52-year-old said he had no regrets.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t.starts_with("he had no regrets")), "{v:?}");
    }

    #[test]
    fn an_indefinite_age_description_is_someone_new() {
        let v = run("Port\nPort chief Omar Daly resigned. A 34-year-old said the port would close.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Omar Daly"), "{v:?}");
    }

    #[test]
    fn an_age_description_with_another_age_is_someone_else() {
        let v = run("Klinik\nDie Klinik schließt.\n\nDer 52-jährige Jonas W. bedauert das. „Es tut mir leid“, \
                     sagte er. Die 34-Jährige berichtete, sie sei getäuscht worden.\n");
        assert!(v.iter().any(|(_, s, t)| s == "34-Jährige" && t.starts_with("sie sei")), "{v:?}");
    }

    #[test]
    fn a_german_age_description_agrees_with_its_article() {
        let v = run(
            "Klinik\nDie Klinik schließt.\n\nChefarzt Tobias Lenk bedauert das. Eine junge Frau wartet. „Ich hoffe \
                     das Beste“, sagt die 29-Jährige.\n",
        );
        assert!(v.iter().all(|(_, s, _)| !s.contains("Tobias Lenk")), "{v:?}");
    }
}
