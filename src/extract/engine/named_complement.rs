//! Rule "a role with a named complement is its holder": in “The mayor of New York said …”,
//! “The daughter of Jan Roe told reporters …”, « L'avocat de Jean Roux a dit … », „Der Anwalt
//! von Jan Roth sagte …“ the one named after the particle is not the speaker: the holder of the
//! role is, named when the text gives a person that role (« L'avocat de Jean Roux, Me Ada
//! Lind, … » before), else described by it (“mayor of New York”). A complement of one word
//! keeps the rule "a role's complement is no speaker" of speaker.rs.

use super::{Engine, Speaker, Via};
use crate::extract::lexicon::PronounKind;
use crate::extract::names::{SplitName, has_role_word, split_phrase};

impl Engine<'_> {
    /// The holder of the role in `sp` when its role ends in a particle before a name of several
    /// words (a person's, a place's): a person whose role the text gives with that complement,
    /// else the description. None for other phrases.
    pub(super) fn holder_of_named_complement(&self, sp: &SplitName) -> Option<Speaker> {
        // (the name index last: this runs on every phrase resolved)
        if sp.name.is_empty() || !role_before_particle(sp) {
            return None;
        }
        let full = self.names.full(&sp.name);
        if !full.contains(' ') {
            return None;
        }
        let head = sp.role.split_whitespace().nth_back(1)?;
        // (a person named before the particle is the one: “Representative Jan Roe of New York”)
        let before: Vec<&str> = sp.role.split_whitespace().collect();
        let named = split_phrase(&before[..before.len() - 1]);
        if !named.org && named.name.contains(' ') {
            let person = self.names.full(&named.name);
            let role = self.names.role(&person).unwrap_or_default().to_owned();
            return Some(Speaker {
                name: person.into(),
                role: role.into(),
                kind: PronounKind::Person,
                via: Via::Named,
            });
        }
        // (the person the text gives this role with this complement)
        let holder = self.names.by_role_word(&head.to_lowercase()).into_iter().find_map(|n| {
            let role = self.names.role(n).filter(|r| r.contains(&*full) || r.contains(sp.name.as_str()))?;
            (n != full).then_some((n, role))
        });
        if let Some((n, role)) = holder {
            return Some(Speaker {
                name: n.into(),
                role: role.into(),
                kind: PronounKind::Person,
                via: Via::RoleAnaphor,
            });
        }
        // (a complement of one word by its full name: “a spokeswoman for Kestrel” is one for
        // “Kestrel Ferries”, named so before)
        let desc = sp.description.trim_end_matches(',');
        let desc = match desc.strip_suffix(sp.name.as_str()) {
            Some(head) if !sp.name.contains(' ') => format!("{head}{full}"),
            _ => desc.to_owned(),
        };
        Some(Speaker { name: desc.into(), role: "".into(), kind: PronounKind::Person, via: Via::Description })
    }
}

/// Whether the role of `sp` ends in a particle after a role word, before a name that is no
/// organisation's (“lawyer for”, « avocat de », „Anwalt von“; a place's too: “mayor of”).
fn role_before_particle(sp: &SplitName) -> bool {
    if sp.org || sp.role.is_empty() {
        return false;
    }
    let mut role_words = sp.role.split_whitespace();
    let (Some(particle), Some(head)) = (role_words.next_back(), role_words.next_back()) else { return false };
    let is_particle = super::speaker::is_complement_particle(particle) || particle.eq_ignore_ascii_case("for");
    is_particle && has_role_word(head)
}

/// Whether `sp` is a role with a name of several words as its complement (a person's, “lawyer
/// for Jan Roe”, or a place's, “mayor of New York”): the name holds no role, and a name in
/// apposition after it holds this one.
pub(super) fn is_named_complement(sp: &SplitName) -> bool {
    sp.name.contains(' ') && role_before_particle(sp)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_named_complement_is_given_by_its_full_name() {
        let v =
            run("Ferries\nKestrel Ferries cut fares.\n\nA spokeswoman for Kestrel said the roster was still open.\n");
        assert!(v.iter().any(|(_, s, _)| s == "spokeswoman for Kestrel Ferries"), "{v:?}");
    }

    #[test]
    fn a_role_with_a_named_complement_is_its_holder() {
        for (text, who) in [
            ("Port\nThe mayor of Port Ellen said that the ferry would run.\n", "mayor of Port Ellen"),
            ("Port\nThe daughter of Jan Roe told reporters that the ferry would run.\n", "daughter of Jan Roe"),
            ("Port\nL'avocat de Jean Roux a dit que le ferry reprendrait.\n", "avocat de Jean Roux"),
            ("Hafen\nDer Anwalt von Jan Roth sagte, die Fähre fahre wieder.\n", "Anwalt von Jan Roth"),
            // (the person given that role before)
            (
                "Port\nAda Lind, l'avocate de Jean Roux, est arrivée. L'avocate de Jean Roux a dit que le ferry reprendrait.\n",
                "Ada Lind",
            ),
        ] {
            let v = run(text);
            assert!(v.iter().any(|(_, s, _)| s == who), "{text}: {v:?}");
        }
        // (the name in apposition after it holds the role, and is the subject after it)
        for text in [
            "Trial\nTom Berg opened the case.\n\nThe lawyer for Jan Roe, Ada Lind, spoke first. “The plans were sound,” she said.\n",
            "Procès\nTom Berg a ouvert le procès.\n\nL'avocate de Jean Roux, Ada Lind, a pris la parole. « Les plans étaient bons », a-t-elle dit.\n",
        ] {
            let v = run(text);
            assert!(v.iter().any(|(_, s, _)| s == "Ada Lind"), "{text}: {v:?}");
        }
        // (a person named before the particle and a place)
        let v = run("Port\nRepresentative Jan Roe of Port Ellen said that the ferry would run.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Jan Roe"), "{v:?}");
        // (an office with its portfolio before a name keeps the name)
        let v = run("Port\nSecretary of State Jan Roe said that the ferry would run.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Jan Roe"), "{v:?}");
    }
}
