//! Several coders on one statement: each coder's own tag, and the final tag that everything
//! downstream reads (the table's default view, filters, counts, exports, the overview).
//!
//! The final tag lives in the statement's tag fields (`stance`, `target`, `note`, `coder`,
//! `tagged_at`). It is either *settled* (set by adjudication: `settled_by` names who did it) or
//! *derived* from the coders' tags:
//!
//! - no coder tag: no final tag;
//! - the coders who set a stance agree on stance and target (one coder alone always agrees):
//!   the final tag is the latest of their tags;
//! - they disagree: no final tag until someone settles it.
//!
//! A tag that sets no stance (only a target or a note) counts for the final tag only while no
//! coder has set a stance.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Statement;

/// One coder's tag of one statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoderTag {
    /// Who tagged.
    pub coder: String,
    /// Stance label, `None` when the coder set only a target or a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<String>,
    /// What the stance is about.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// Free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tagged_at: Option<String>,
}

impl CoderTag {
    /// True when the tag says nothing (no stance, target or note): such a tag is not kept.
    pub fn is_empty(&self) -> bool {
        self.stance.is_none() && self.target.trim().is_empty() && self.note.is_empty()
    }

    /// The final tag of a statement as a tag (its coder is who set it).
    pub fn final_of(s: &Statement) -> Self {
        Self {
            coder: s.coder.clone(),
            stance: s.stance.clone(),
            target: s.target.clone(),
            note: s.note.clone(),
            tagged_at: s.tagged_at.clone(),
        }
    }

    /// Whether two tags say the same about the statement: same stance, and the same target up to
    /// case and surrounding spaces.
    pub fn agrees_with(&self, other: &Self) -> bool {
        self.stance == other.stance && same_target(&self.target, &other.target)
    }
}

fn same_target(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.len() == b.len() && a.chars().zip(b.chars()).all(|(x, y)| x.to_lowercase().eq(y.to_lowercase()))
}

/// Where a statement stands between its coders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    /// No coder set a stance.
    Untagged,
    /// One coder set a stance.
    Single,
    /// Two or more coders set a stance and agree (stance and target).
    Agree,
    /// Two or more coders set a stance and disagree; `settled` when someone adjudicated.
    Disagree {
        /// The final tag was set by adjudication.
        settled: bool,
    },
}

impl Statement {
    /// The tag `coder` gave this statement, if any.
    pub fn coder_tag(&self, coder: &str) -> Option<&CoderTag> {
        self.coder_tags.iter().find(|t| t.coder == coder)
    }

    /// Puts `tag` in place of its coder's tag (an empty tag removes it); the coders' tags stay
    /// sorted by coder, and an unsettled final tag follows.
    pub fn set_coder_tag(&mut self, tag: CoderTag) {
        let at = self.coder_tags.binary_search_by(|t| t.coder.as_str().cmp(&tag.coder));
        match (at, tag.is_empty()) {
            (Ok(i), true) => {
                self.coder_tags.remove(i);
            }
            (Ok(i), false) => self.coder_tags[i] = tag,
            (Err(i), false) => self.coder_tags.insert(i, tag),
            (Err(_), true) => {}
        }
        if self.settled_by.is_empty() {
            self.derive_final();
        }
    }

    /// Sets the final tag by adjudication of `by`: `tag` may be one coder's tag taken as it is
    /// (its coder stays on the final tag) or one set directly. An empty tag takes the
    /// settlement back (the final tag follows the coders again).
    pub fn settle(&mut self, by: &str, tag: CoderTag) {
        if tag.is_empty() {
            self.settled_by.clear();
            self.derive_final();
            return;
        }
        by.clone_into(&mut self.settled_by);
        self.set_final(tag);
    }

    /// Renames or removes stance labels (`map`: old name → new name, `None` to untag) in every
    /// coder's tag and the final tag; says whether anything changed. A settled final tag whose
    /// label went away is no longer settled.
    pub fn relabel(&mut self, map: &HashMap<&str, Option<&str>>) -> bool {
        let mut changed = false;
        for t in &mut self.coder_tags {
            if let Some(new) = t.stance.as_deref().and_then(|old| map.get(old)) {
                t.stance = new.map(str::to_owned);
                changed = true;
            }
        }
        self.coder_tags.retain(|t| !t.is_empty());
        if let Some(new) = self.stance.as_deref().and_then(|old| map.get(old)).copied() {
            changed = true;
            if !self.settled_by.is_empty() {
                self.stance = new.map(str::to_owned);
                if new.is_none() {
                    self.settled_by.clear();
                }
            }
        }
        if changed && self.settled_by.is_empty() {
            if self.coder_tags.is_empty() {
                // a final tag without coder tags (written before coders were kept)
                if let Some(new) = self.stance.as_deref().and_then(|old| map.get(old)).copied() {
                    self.stance = new.map(str::to_owned);
                }
            } else {
                self.derive_final();
            }
        }
        changed
    }

    /// Gives a final tag that no coder's tag backs (a project made in memory, or read from a
    /// table of final tags) to its coder, or to `fallback` when it names none, so that the
    /// coders' tags account for it.
    pub fn adopt_final_tag(&mut self, fallback: &str) {
        let tag = CoderTag::final_of(self);
        if self.coder_tags.is_empty() && self.settled_by.is_empty() && !tag.is_empty() {
            let coder = if tag.coder.is_empty() { fallback.to_owned() } else { tag.coder.clone() };
            self.coder.clone_from(&coder);
            self.coder_tags.push(CoderTag { coder, ..tag });
        }
    }

    /// Renames targets (`is_old` on the trimmed target) to `into` in every coder's tag and the
    /// final tag; says whether anything changed.
    pub fn rename_target(&mut self, is_old: impl Fn(&str) -> bool, into: &str) -> bool {
        let mut changed = false;
        for target in self.coder_tags.iter_mut().map(|t| &mut t.target).chain(std::iter::once(&mut self.target)) {
            if is_old(target.trim()) {
                into.clone_into(target);
                changed = true;
            }
        }
        changed
    }

    /// Recomputes the final tag from the coders' tags (see the module's rules).
    pub fn derive_final(&mut self) {
        let with_stance: Vec<&CoderTag> = self.coder_tags.iter().filter(|t| t.stance.is_some()).collect();
        let candidates: Vec<&CoderTag> =
            if with_stance.is_empty() { self.coder_tags.iter().collect() } else { with_stance };
        let agreed = candidates.windows(2).all(|w| w[0].agrees_with(w[1]));
        let chosen = if agreed { candidates.iter().max_by(|a, b| a.tagged_at.cmp(&b.tagged_at)) } else { None };
        let tag = chosen.map(|t| (*t).clone()).unwrap_or_default();
        self.set_final(tag);
    }

    fn set_final(&mut self, mut tag: CoderTag) {
        self.swap_final(&mut tag);
    }

    /// Swaps the final tag's fields with `tag` (the command pattern's undo swaps them back).
    pub fn swap_final(&mut self, tag: &mut CoderTag) {
        std::mem::swap(&mut self.stance, &mut tag.stance);
        std::mem::swap(&mut self.target, &mut tag.target);
        std::mem::swap(&mut self.note, &mut tag.note);
        std::mem::swap(&mut self.coder, &mut tag.coder);
        std::mem::swap(&mut self.tagged_at, &mut tag.tagged_at);
    }

    /// Where the statement stands between its coders.
    pub fn coding(&self) -> Coding {
        let mut tagged = self.coder_tags.iter().filter(|t| t.stance.is_some());
        let Some(first) = tagged.next() else { return Coding::Untagged };
        let mut n = 1;
        let mut agree = true;
        for t in tagged {
            n += 1;
            agree &= t.agrees_with(first);
        }
        match (n, agree) {
            (1, _) => Coding::Single,
            (_, true) => Coding::Agree,
            (_, false) => Coding::Disagree { settled: !self.settled_by.is_empty() },
        }
    }

    /// True when the statement has tags of coders other than `coder` (tagging it in the final
    /// view is then adjudication, not coding).
    pub fn tagged_by_others(&self, coder: &str) -> bool {
        self.coder_tags.iter().any(|t| t.coder != coder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CharRange, DocumentId, StatementId, StatementKind};

    fn statement() -> Statement {
        Statement {
            id: StatementId(1),
            document: DocumentId(0),
            kind: StatementKind::Quote,
            speaker: "Ann Lee".into(),
            cue: "said".into(),
            range: CharRange { start: 0, end: 5 },
            confidence: 1.0,
            ..Statement::default()
        }
    }

    fn tag(coder: &str, stance: &str, target: &str, at: &str) -> CoderTag {
        CoderTag {
            coder: coder.into(),
            stance: (!stance.is_empty()).then(|| stance.to_owned()),
            target: target.into(),
            note: String::new(),
            tagged_at: Some(at.into()),
        }
    }

    #[test]
    fn one_coder_s_tag_is_the_final_tag() {
        let mut s = statement();
        s.set_coder_tag(tag("ann", "Support", "tariffs", "2026-01-01T10:00:00Z"));
        assert_eq!((s.stance.as_deref(), s.coder.as_str(), s.target.as_str()), (Some("Support"), "ann", "tariffs"));
        assert_eq!(s.coding(), Coding::Single);
        // clearing it leaves no tag at all
        s.set_coder_tag(CoderTag { coder: "ann".into(), ..CoderTag::default() });
        assert!(s.coder_tags.is_empty() && s.stance.is_none() && s.coder.is_empty());
        assert_eq!(s.coding(), Coding::Untagged);
    }

    #[test]
    fn agreeing_coders_give_the_latest_tag_and_disagreeing_ones_none() {
        let mut s = statement();
        s.set_coder_tag(tag("bo", "Oppose", "Tariffs ", "2026-01-02T00:00:00Z"));
        s.set_coder_tag(tag("ann", "Oppose", "tariffs", "2026-01-01T00:00:00Z"));
        assert_eq!(s.coding(), Coding::Agree);
        assert_eq!((s.stance.as_deref(), s.coder.as_str()), (Some("Oppose"), "bo"));
        assert_eq!(s.coder_tags.iter().map(|t| t.coder.as_str()).collect::<Vec<_>>(), ["ann", "bo"]);
        s.set_coder_tag(tag("cy", "Support", "tariffs", "2026-01-03T00:00:00Z"));
        assert_eq!(s.coding(), Coding::Disagree { settled: false });
        assert!(s.stance.is_none(), "no final tag while coders disagree");
    }

    #[test]
    fn a_settled_final_tag_stays_until_taken_back() {
        let mut s = statement();
        s.set_coder_tag(tag("ann", "Support", "", "2026-01-01T00:00:00Z"));
        s.set_coder_tag(tag("bo", "Oppose", "", "2026-01-01T00:00:00Z"));
        s.settle("lead", tag("lead", "Mixed", "", "2026-01-05T00:00:00Z"));
        assert_eq!(s.coding(), Coding::Disagree { settled: true });
        assert_eq!((s.stance.as_deref(), s.coder.as_str(), s.settled_by.as_str()), (Some("Mixed"), "lead", "lead"));
        // a coder changing their tag does not undo the settlement
        s.set_coder_tag(tag("bo", "Neutral", "", "2026-01-06T00:00:00Z"));
        assert_eq!(s.stance.as_deref(), Some("Mixed"));
        s.settle("lead", CoderTag::default());
        assert!(s.settled_by.is_empty() && s.stance.is_none());
    }

    #[test]
    fn a_note_without_stance_counts_only_while_nobody_set_a_stance() {
        let mut s = statement();
        s.set_coder_tag(CoderTag { coder: "ann".into(), note: "check".into(), ..CoderTag::default() });
        assert_eq!((s.note.as_str(), s.coder.as_str()), ("check", "ann"));
        assert_eq!(s.coding(), Coding::Untagged);
        s.set_coder_tag(tag("bo", "Support", "", "2026-01-01T00:00:00Z"));
        assert_eq!((s.stance.as_deref(), s.note.as_str(), s.coder.as_str()), (Some("Support"), "", "bo"));
        assert!(s.tagged_by_others("ann") && s.tagged_by_others("bo"));
        assert!(s.coder_tag("ann").is_some() && s.coder_tag("cy").is_none());
    }

    #[test]
    fn relabelling_merges_labels_in_every_coder_s_tag() {
        let mut s = statement();
        s.set_coder_tag(tag("ann", "Support", "", "2026-01-01T00:00:00Z"));
        s.set_coder_tag(tag("bo", "Endorse", "", "2026-01-02T00:00:00Z"));
        assert!(s.stance.is_none());
        let map: HashMap<&str, Option<&str>> = [("Endorse", Some("Support"))].into();
        assert!(s.relabel(&map));
        assert_eq!((s.coding(), s.stance.as_deref()), (Coding::Agree, Some("Support")));
        let gone: HashMap<&str, Option<&str>> = [("Support", None)].into();
        assert!(s.relabel(&gone));
        assert!(s.coder_tags.is_empty() && s.stance.is_none());
        assert!(!s.relabel(&gone));
    }

    #[test]
    fn a_final_tag_without_coder_tags_is_adopted_by_its_coder() {
        let mut s = statement();
        s.stance = Some("Support".into());
        s.adopt_final_tag("me");
        assert_eq!(s.coder_tags.len(), 1);
        assert_eq!((s.coder.as_str(), s.coder_tag("me").and_then(|t| t.stance.as_deref())), ("me", Some("Support")));
        s.adopt_final_tag("other");
        assert_eq!(s.coder_tags.len(), 1, "adopted once");
    }
}
