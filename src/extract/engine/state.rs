//! The state a reader keeps: what one sentence's cues have found, and who spoke last.

use super::Speaker;
use crate::extract::lexicon::CueWord;

/// What one sentence's cues have found so far.
#[derive(Default)]
pub(super) struct SentenceState {
    /// Quotations a cue has taken (indices into the paragraph's quotes).
    pub(super) claimed: Vec<usize>,
    /// Reported clauses emitted, as token ranges.
    pub(super) clauses: Vec<(usize, usize)>,
    /// The attributions made, in the order of their cues.
    pub(super) attributed: Vec<Attribution>,
}

/// A cue with the speaker it was attributed to.
#[derive(Debug, Clone)]
pub(super) struct Attribution {
    /// Index of the cue token.
    pub(super) cue: usize,
    /// The speaker.
    pub(super) speaker: Speaker,
    /// The cue as written.
    pub(super) cue_text: String,
}

/// Who spoke last, as a reader keeps it: the antecedents of pronouns and of quotes that follow
/// without a cue. Cloned to try a rule and restored when the rule fails.
#[derive(Debug, Clone, Default)]
pub(super) struct Antecedents {
    /// The last person a statement was attributed to.
    pub(super) person: Option<Speaker>,
    /// Where the last named person was mentioned as a speaker (byte offset in the text).
    pub(super) person_pos: usize,
    /// The last organisation a statement was attributed to.
    pub(super) org: Option<Speaker>,
    /// The last group a statement was attributed to.
    pub(super) group: Option<Speaker>,
    /// The last statement's speaker and cue.
    pub(super) statement: Option<(Speaker, String)>,
    /// When the last statement was reported inside another's clause (“Roe said Doe told …”):
    /// the reporter's speaker and cue.
    pub(super) reporter: Option<(Speaker, String)>,
}

impl Antecedents {
    /// Restores the last person and the last statement from `saved`, keeping the rest.
    pub(super) fn restore_speakers(&mut self, saved: Self) {
        self.person = saved.person;
        self.statement = saved.statement;
    }

    /// Who goes on speaking after the last statement (rule "nested reports"): the reporter of a
    /// nested report, else the last statement's speaker, with the cue.
    pub(super) fn speaking_on(&self) -> Option<&(Speaker, String)> {
        self.reporter.as_ref().or(self.statement.as_ref())
    }
}

/// Where a cue stands: its sentence, its token, the cue and its text.
#[derive(Debug, Clone, Copy)]
pub(super) struct CueSite<'c> {
    /// The sentence's first token.
    pub(super) s: usize,
    /// The end of the sentence (exclusive).
    pub(super) e: usize,
    /// The cue token.
    pub(super) i: usize,
    /// The cue.
    pub(super) c: CueWord,
    /// The cue as it will be reported (“said”, “according to”).
    pub(super) text: &'c str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::PronounKind;

    fn speaker(name: &str) -> Speaker {
        Speaker { name: name.into(), role: "".into(), kind: PronounKind::Person, via: super::super::Via::Named }
    }

    #[test]
    fn restoring_the_speakers_keeps_the_rest() {
        let saved = Antecedents {
            person: Some(speaker("A")),
            statement: Some((speaker("A"), "said".into())),
            ..Antecedents::default()
        };
        let mut now = Antecedents {
            person: Some(speaker("B")),
            person_pos: 7,
            org: Some(speaker("C")),
            ..Antecedents::default()
        };
        now.restore_speakers(saved);
        assert_eq!(now.person, Some(speaker("A")));
        assert_eq!(now.statement.map(|s| s.1), Some("said".to_owned()));
        assert_eq!((now.person_pos, now.org), (7, Some(speaker("C"))));
    }
}
