//! Rule "a leader noun after a domain names the head of that domain": “the Fed chief”, “the
//! defense chief”, “the health boss” stand for the person named before whose role holds the
//! domain (“Fed Chair Jerome Powell”, “Defense Secretary …”), though the leader noun itself is
//! no word of that role. Journalists vary an office's title this way; the role index finds the
//! holder by the domain word. (English: German compounds such as „Bahnchef“ are found by the
//! role index's compounds already.)

use super::{Engine, Speaker};
use crate::extract::lexicon::{flag, flags_of};
use crate::extract::names::strip_possessive;

/// English nouns that name whoever leads something after their domain (“the Fed chief”),
/// lowercase, sorted.
const LEADER_NOUNS: [&str; 7] = ["boss", "chief", "czar", "head", "leader", "supremo", "tsar"];

/// The shortest domain word, in letters: shorter ones are initials or particles.
const MIN_DOMAIN_LEN: usize = 3;

/// Whether `lower` is an English leader noun (“chief”, “boss”).
pub(super) fn is_leader_noun(lower: &str) -> bool {
    LEADER_NOUNS.binary_search(&lower).is_ok()
}

/// The domain of a leader description (lowercase): the word before an English leader noun
/// (“Fed chief” → “fed”, “the EU's trade chief” → “trade”). None for any other description.
fn domain_of(description: &str) -> Option<String> {
    let words: Vec<&str> = description.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    if !is_leader_noun(&last) {
        return None;
    }
    let before = strip_possessive(words.get(words.len().checked_sub(2)?)?).to_lowercase();
    let plain = flags_of(&before) & (flag::DET | flag::FUNC | flag::POSSESSIVE | flag::ROLE) == 0;
    (plain && before.chars().count() >= MIN_DOMAIN_LEN).then_some(before)
}

impl Engine<'_> {
    /// The person a leader description at byte `pos` stands for: of those named before with
    /// the description's domain in their role, the one mentioned most recently. None when the
    /// description is no leader noun after a domain, or no one holds a role in that domain.
    pub(super) fn leader_of_domain(&self, description: &str, pos: usize) -> Option<Speaker> {
        let domain = domain_of(description)?;
        // (a person's name: no function word in it, as in a headline's run “Shared This”)
        let cands: Vec<&str> = self
            .names
            .by_role_word(&domain)
            .into_iter()
            .filter(|n| n.split_whitespace().all(|w| flags_of(w) & (flag::FUNC | flag::DET) == 0))
            .collect();
        self.holder_named_last(cands, pos)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::domain_of;

    #[test]
    fn leader_nouns_are_sorted() {
        assert!(super::LEADER_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_domain_is_the_word_before_the_leader_noun() {
        assert_eq!(domain_of("Fed chief").as_deref(), Some("fed"));
        assert_eq!(domain_of("EU's trade chief").as_deref(), Some("trade"));
        assert_eq!(domain_of("chief"), None);
        assert_eq!(domain_of("minister"), None);
    }

    #[test]
    fn a_leader_noun_after_a_domain_is_the_one_whose_role_holds_the_domain() {
        let v = run(
            "Port\nHealth Secretary Mara Quint defended the plan on Monday. The health chief told lawmakers that waiting lists would fall.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Mara Quint" && t.starts_with("waiting lists")), "{v:?}");
        let v = run("Port\nFed Chair Jon Pell spoke in Boston. The Fed chief said rates would stay high.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jon Pell" && t.starts_with("rates")), "{v:?}");
        // (no one named with a role in that domain: the description stays)
        let v = run(
            "Port\nHealth Secretary Mara Quint defended the plan. The transport chief told lawmakers that trains would run.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "transport chief" && t.starts_with("trains")), "{v:?}");
    }
}
