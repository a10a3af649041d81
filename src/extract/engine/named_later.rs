//! Rule "a described person named later": features and reports often bring in an ordinary
//! person by a description and name them a sentence or two later with the same description
//! and the name in apposition (“A nurse who lives across the river said she had quit. “…,” said
//! the nurse, Amanda Pryor, 34.”; « Une habitante du quai raconte que … « … », confie
//! l'habitante, Marie Roux. »; „Eine Anwohnerin berichtet, … „…“, sagt die Anwohnerin, Eva
//! Lind.“). The statements given to the bare description just before are that person's.

use super::parsed::Parsed;
use super::{Engine, Speaker};
use crate::extract::lexicon::{PronounKind, flag};

/// Nouns that name any person (sorted): “the man, Walter Dobbs” names the person described
/// just before by any description (“a retired ironworker”).
const ANY_PERSON: [&str; 6] = ["femme", "frau", "homme", "man", "mann", "woman"];

/// How far back (in bytes of the document) a statement of the description may stand.
const REACH: usize = 2_000;

/// How many of the latest statements are looked at.
const LATEST: usize = 6;

impl Engine<'_> {
    /// After the speaker phrase `[a, comma)` (a definite article and one noun) was found to be
    /// `person` by the name in apposition after its comma, gives the latest statements whose
    /// speaker is that noun (maybe with its complement, as the tool gave it), without a role, to
    /// `person`; for a noun for anyone (“the man”), the statements of the one description that
    /// spoke last, when it is no plural (see the module).
    pub(super) fn name_described_before(&mut self, p: &Parsed<'_>, a: usize, comma: usize, person: &Speaker) {
        let definite = comma == a + 2 && p.toks[a].is_word() && p.toks[a].has(flag::DET) && !p.toks[a].has(flag::INDEF);
        let head = &p.toks[a + 1];
        let named = person.kind == PronounKind::Person && person.name.contains(' ');
        // (a noun for anyone names the description just before, lowercase as the tool gives it;
        // German „man“ is a function word too)
        let any_person = ANY_PERSON.binary_search(&head.lower).is_ok();
        let noun = head.is_word() && head.flags & flag::ORG == 0 && (any_person || head.flags & flag::FUNC == 0);
        if !definite || !named || !noun {
            return;
        }
        let pos = p.base + p.toks[a].start;
        // (a noun for anyone stands for the one description that spoke last, a single person's:
        // not “officials”, and not a description before someone else spoke)
        let last = self.out.last().map(|o| o.speaker.clone()).unwrap_or_default();
        let one_described = last.starts_with(char::is_lowercase) && !last.ends_with('s');
        for o in self.out.iter_mut().rev().take(LATEST).take_while(|o| o.start + REACH >= pos) {
            // (the description may have kept its complement: « habitante du quai »)
            let same = if any_person {
                one_described && o.speaker == last
            } else {
                let speaker = o.speaker.to_lowercase();
                speaker.strip_prefix(head.lower).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            };
            if any_person && !same {
                break;
            }
            if o.role.is_empty() && same {
                o.speaker = person.name.to_string();
                o.role = person.role.to_string();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_described_person_named_later_made_the_statements_before() {
        let v = run(
            "Ferry\nThe ferry stopped in May.\n\nA nurse who lives across the river said she had quit her job. \"I was spending two hours in the car,\" said the nurse, Amanda Pryor, 34.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Amanda Pryor" && t.starts_with("she had quit")), "{v:?}");
        assert!(v.iter().all(|(_, s, _)| s != "nurse"), "{v:?}");
        let v = run(
            "Port\nLe port ferme.\n\nUne habitante du quai raconte que l'eau est montée très vite. « J'ai tout perdu », confie l'habitante, Marie Roux.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Marie Roux" && t.starts_with("l'eau est")), "{v:?}");
    }

    #[test]
    fn a_noun_for_anyone_names_the_description_before() {
        let v = run(
            "Ferry\nThe ferry stopped in May.\n\nA retired docker told the meeting that the pier was unsafe. The man, Walter Dobbs, 81, later said he had built it.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Walter Dobbs" && t.starts_with("the pier")), "{v:?}");
    }

    #[test]
    fn another_description_keeps_its_statements() {
        let v = run(
            "Ferry\nThe ferry stopped in May.\n\nA nurse who lives across the river said she had quit her job. \"We lost a lot,\" said the pilot, Dan Mills.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "nurse" && t.starts_with("she had quit")), "{v:?}");
    }
}
