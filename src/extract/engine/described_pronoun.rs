//! Rule "a pronoun after a described person's statement is that person": after “A witness said
//! the contracts were rigged.”, « Un témoin a expliqué que … », „Eine Anwohnerin sagte, …“ the
//! person pronoun of the next sentence's attribution (“he added”, « a-t-il ajouté », „sagte
//! sie“) stands for the witness — the one who just spoke, though unnamed — not for the person
//! named last before them. Only for someone introduced so in the paragraph, with an indefinite
//! article; not when someone was named since, nor when the pronoun's gender is not the
//! description's.

use super::parsed::Parsed;
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{PronounKind, flag};

impl<'a> Engine<'a> {
    /// The described person who made the statement of the sentence before, for the person
    /// pronoun at token `a` (see the module); None otherwise.
    pub(super) fn described_speaker_before(&self, p: &Parsed<'a>, a: usize) -> Option<Speaker> {
        if !self.prev_had || PronounKind::of(p.toks[a].flags) != Some(PronounKind::Person) {
            return None;
        }
        let (sp, _) = self.ante.statement.as_ref()?;
        if sp.via != Via::Description || sp.kind != PronounKind::Person || sp.name.is_empty() {
            return None;
        }
        // (no one named since that statement: “A witness spoke. Then Mayor Ada Lind arrived. She
        // said …”)
        let last_end = self.out.last().map_or(0, |o| o.end);
        let pos = p.base + p.toks[a].start;
        let named_since = self
            .subject_mentions
            .iter()
            .rev()
            .take_while(|(at, _)| *at >= last_end)
            .any(|(at, m)| *at < pos && m.via != Via::Description);
        let gender = p.toks[a].flags & (flag::FEMALE | flag::MALE);
        let described = self.gender_of(&sp.name);
        let fits = gender == 0 || described == 0 || described == gender;
        if named_since || !fits {
            return None;
        }
        // (introduced as someone new, with an indefinite article, earlier in the paragraph: “a
        // witness”, « un témoin »; a definite description, « l'élu », stands for someone named)
        let head = sp.name.split_whitespace().next_back()?.to_lowercase();
        let (ps, pe) = (0, p.sents[p.sentence_of(a)?].0);
        let introduced = (ps..pe).any(|k| {
            p.toks[k].is_word()
                && p.toks[k].lower == head
                && (k.saturating_sub(4).max(ps)..k).any(|j| p.toks[j].is_word() && p.toks[j].has(flag::INDEF))
        });
        introduced.then(|| sp.clone())
    }

    /// Rule "a pronoun of another gender than the person found is the described person
    /// before": in “Mayor Paul Ross defended the plan. One resident disagreed. “…,” she said.”
    /// “she” cannot be Paul Ross (a man by his first name or title); the subject of the
    /// sentence before, a person described by a role noun (“resident”, « une riveraine »), is
    /// who speaks — when its own gender, if shown, fits. None otherwise.
    pub(super) fn other_gender_described_before(
        &mut self,
        p: &Parsed<'a>,
        a: usize,
        found: &Speaker,
    ) -> Option<Speaker> {
        let gender = p.toks[a].flags & (flag::FEMALE | flag::MALE);
        let known = self.person_gender(&found.name);
        if gender == 0 || known == 0 || known == gender || found.kind != PronounKind::Person {
            return None;
        }
        let (ps, pe) = p.sents[p.sentence_of(a)?.checked_sub(1)?];
        let sp = self.sentence_subject(p, ps, pe)?;
        let described = sp.via == Via::Description && sp.kind == PronounKind::Person;
        let own = self.gender_of(&sp.name);
        (described && (own == 0 || own == gender)).then_some(sp)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_pronoun_after_a_described_person_s_statement_is_that_person() {
        let v = run("Port\nProsecutor Alan Webb asked for two years. A witness said the contracts were rigged. \
                     “Everything was decided in the mayor's office,” he added.\n");
        assert!(v.iter().any(|(_, s, t)| s == "witness" && t.starts_with("Everything")), "{v:?}");
        let v =
            run("Port\nLe procureur Alain Ferrand a requis deux ans. Un témoin a expliqué que les marchés étaient \
                     verrouillés. « Tout se décidait chez le maire », a-t-il ajouté.\n");
        assert!(v.iter().any(|(_, s, t)| s == "témoin" && t.starts_with("Tout se décidait")), "{v:?}");
        // (not a pronoun of the other gender: „Anwohnerin“ is no „er“)
        let v =
            run("Hafen\nHafenchef Jan Moser kam spät. Eine Anwohnerin sagte, der Pier sei laut. „Das stimmt nicht“, \
                     sagte er.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Moser" && t == "Das stimmt nicht"), "{v:?}");
        // (and in the sentences after, while no one else is named)
        let v = run("Port\nMayor Paul Ross defended the plan. One resident, who asked not to be named, disagreed. \
                     “The noise is unbearable,” she said. She added that nobody had asked her.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Paul Ross"), "{v:?}");
    }

    #[test]
    fn a_pronoun_of_another_gender_than_the_person_found_is_the_described_person_before() {
        let v = run("Port\nLe maire Paul Roux a défendu le projet. Une riveraine, qui vit ici depuis trente ans, \
                     n'est pas d'accord. « Le bruit est insupportable », dit-elle.\n");
        assert!(v.iter().any(|(_, s, t)| s == "riveraine" && t == "Le bruit est insupportable"), "{v:?}");
    }
}
