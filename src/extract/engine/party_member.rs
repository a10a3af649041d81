//! Rule "a party member noun with its party is the person just named": after „Ministerin Eva
//! Roth verteidigte den Plan“, „…, sagte die Politikerin der Grünen Mitte“ is Eva Roth, not a
//! speaker called „Politikerin der Grünen Mitte“ — the German genitive form of „die
//! Grünen-Politikerin“. Only a noun of a party's member (not „die Sprecherin der Partei“, a
//! person of her own) after the cue, of the gender of the person just named.

use super::parsed::Parsed;
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::Lang;
use crate::extract::names::SplitName;

/// German nouns of a party's member, lowercase, sorted.
const MEMBER_NOUNS: [&str; 4] = ["abgeordnete", "abgeordneter", "politiker", "politikerin"];

impl<'a> Engine<'a> {
    /// The person just named before token `a` when `sp` is a member noun with a party's name in
    /// the genitive after a German cue („sagte die Politikerin der Grünen Mitte“).
    pub(super) fn party_member_named_before(
        &self,
        p: &Parsed<'a>,
        a: usize,
        sp: &SplitName,
        trailing: bool,
    ) -> Option<Speaker> {
        if self.lang != Lang::De || !trailing || sp.name.is_empty() || sp.indefinite {
            return None;
        }
        let mut words = sp.role.split_whitespace();
        let (Some(noun), Some(particle), None) = (words.next(), words.next(), words.next()) else { return None };
        let member = MEMBER_NOUNS.binary_search(&noun.to_lowercase().as_str()).is_ok();
        if !member || !matches!(particle, "der" | "des") {
            return None;
        }
        let person = self.person_just_before(p.base + p.toks[a].start)?;
        let named = person.name.contains(' ') && person.via != Via::Description;
        // (the gender by the article: „die Abgeordnete“ is a woman, the noun alone says nothing)
        let wanted = super::gender::de_article_gender(p.toks[a].lower);
        let held = self.gender_of(&person.name);
        let clash = wanted != 0 && held != 0 && held & wanted == 0 || self.gender_conflict(&person, noun);
        (named && !clash).then_some(Speaker { via: Via::RoleAnaphor, ..person })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn member_nouns_are_sorted() {
        assert!(super::MEMBER_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_party_member_noun_with_its_party_after_the_cue_is_the_person_just_named() {
        // (a spokesperson of a party is someone of her own)
        let v = run("Hafen\nHafenministerin Eva Roth hat den Plan verteidigt. Der Hafen werde erweitert, sagte die \
                     Sprecherin der Grünen Mitte am Montag.\n");
        assert!(v.iter().any(|(_, s, t)| s != "Eva Roth" && t == "Der Hafen werde erweitert"), "{v:?}");
        // (the article's gender: „die Abgeordnete“ is no man)
        let v = run("Hafen\nHafenminister Jan Roth hat den Plan verteidigt. Der Hafen werde erweitert, sagte die \
                     Abgeordnete der Grünen Mitte am Montag.\n");
        assert!(v.iter().any(|(_, s, t)| s != "Jan Roth" && t == "Der Hafen werde erweitert"), "{v:?}");
        let v = run("Hafen\nHafenministerin Eva Roth hat den Plan verteidigt. Der Hafen werde erweitert, sagte die \
                     Politikerin der Grünen Mitte am Montag.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Eva Roth" && t == "Der Hafen werde erweitert"), "{v:?}");
        // (not a person of the other gender)
        let v = run("Hafen\nHafenminister Jan Roth hat den Plan verteidigt. Der Hafen werde erweitert, sagte die \
                     Politikerin der Grünen Mitte am Montag.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Jan Roth"), "{v:?}");
    }
}
