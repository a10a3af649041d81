//! Edits of a project as values that know their inverse (the command pattern).
//!
//! [`Edit::apply`] changes the project and returns the edit that undoes it, so undo and redo
//! store only what changed, never a copy of the whole project.

use std::collections::{HashMap, HashSet};

use crate::model::{Codebook, CoderTag, Project, Statement, StatementId, StatementKind};

/// The tags of one statement: the final tag, each coder's tag and who settled the final one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tags {
    /// The final tag (its `coder` is who set it).
    pub final_tag: CoderTag,
    /// Each coder's own tag, sorted by coder.
    pub coder_tags: Vec<CoderTag>,
    /// Who settled the final tag by adjudication (empty: it follows the coders).
    pub settled_by: String,
}

impl Tags {
    /// The tags of a statement.
    pub fn of(s: &Statement) -> Self {
        Self { final_tag: CoderTag::final_of(s), coder_tags: s.coder_tags.clone(), settled_by: s.settled_by.clone() }
    }

    /// The tags `s` gets from `change`, which runs on a statement that holds only `s`'s tags and
    /// says whether it changed them; `None` when it did not or they came out the same.
    pub fn after(s: &Statement, change: impl FnOnce(&mut Statement) -> bool) -> Option<Self> {
        let before = Self::of(s);
        let mut scratch = Statement::default();
        before.clone().swap(&mut scratch);
        if !change(&mut scratch) {
            return None;
        }
        let mut after = Self::default();
        after.swap(&mut scratch);
        (after != before).then_some(after)
    }

    fn swap(&mut self, s: &mut Statement) {
        s.swap_final(&mut self.final_tag);
        std::mem::swap(&mut self.coder_tags, &mut s.coder_tags);
        std::mem::swap(&mut self.settled_by, &mut s.settled_by);
    }
}

/// The extraction fields of one statement that the analyst may correct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    /// Speaker.
    pub speaker: String,
    /// Role or affiliation.
    pub role: String,
    /// Cue verb.
    pub cue: String,
    /// Quote or position.
    pub kind: StatementKind,
}

impl Fields {
    /// The fields of a statement.
    pub fn of(s: &Statement) -> Self {
        Self { speaker: s.speaker.clone(), role: s.role.clone(), cue: s.cue.clone(), kind: s.kind }
    }

    fn swap(&mut self, s: &mut Statement) {
        std::mem::swap(&mut self.speaker, &mut s.speaker);
        std::mem::swap(&mut self.role, &mut s.role);
        std::mem::swap(&mut self.cue, &mut s.cue);
        std::mem::swap(&mut self.kind, &mut s.kind);
    }
}

/// One undoable change.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// New tags for statements (one or many: bulk tagging is one edit).
    Tags(Vec<(StatementId, Tags)>),
    /// New extraction fields for statements (a speaker renamed everywhere is one edit).
    Fields(Vec<(StatementId, Fields)>),
    /// Statements removed.
    Remove(Vec<StatementId>),
    /// Statements added (by hand, or back by an undo).
    Insert(Vec<Statement>),
    /// A new codebook, and the tags of statements whose labels were renamed or went away.
    Codebook(Codebook, Vec<(StatementId, Tags)>),
    /// A new list of managed actors (merged names, kinds, attributes).
    Actors(Vec<crate::model::Actor>),
    /// A new list of managed targets (merged names, definitions).
    Targets(Vec<crate::model::TargetEntry>),
    /// Several edits as one (e.g. a split: remove one statement, insert two).
    Group(Vec<Edit>),
}

/// What an edit touched, for the views that cache per column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Touched {
    /// Tags changed.
    pub tags: bool,
    /// Speaker, role, cue or kind changed.
    pub fields: bool,
    /// Statements were added or removed.
    pub structure: bool,
    /// The codebook changed.
    pub codebook: bool,
    /// The lists of actors or targets changed.
    pub lists: bool,
}

impl Touched {
    fn merge(&mut self, o: Self) {
        self.tags |= o.tags;
        self.fields |= o.fields;
        self.structure |= o.structure;
        self.codebook |= o.codebook;
        self.lists |= o.lists;
    }
}

impl Edit {
    /// A short name for the Edit menu ("Undo tag 3 statements").
    pub fn describe(&self) -> String {
        let n = |k: usize| if k == 1 { "1 statement".to_owned() } else { format!("{k} statements") };
        match self {
            Self::Tags(v) => format!("tag {}", n(v.len())),
            Self::Fields(v) => format!("edit {}", n(v.len())),
            Self::Remove(v) => format!("delete {}", n(v.len())),
            Self::Insert(v) => format!("add {}", n(v.len())),
            Self::Codebook(..) => "codebook change".to_owned(),
            Self::Actors(..) => "actors change".to_owned(),
            Self::Targets(..) => "targets change".to_owned(),
            Self::Group(v) => v.first().map_or_else(|| "change".to_owned(), Edit::describe),
        }
    }

    /// Applies the edit; returns its inverse and what it touched. Statements that no longer
    /// exist are skipped. `idx` (statement id → position, see [`index_of`]) is kept up to date:
    /// tag and field edits only read it (no scan of the project), edits that add or remove
    /// statements rebuild it.
    pub fn apply(self, project: &mut Project, idx: &mut Index) -> (Edit, Touched) {
        match self {
            Self::Tags(mut changes) => {
                changes.retain(|(id, _)| idx.contains_key(id));
                for (id, tags) in &mut changes {
                    tags.swap(&mut project.statements[idx[id]]);
                }
                (Self::Tags(changes), Touched { tags: true, ..Touched::default() })
            }
            Self::Fields(mut changes) => {
                changes.retain(|(id, _)| idx.contains_key(id));
                for (id, f) in &mut changes {
                    f.swap(&mut project.statements[idx[id]]);
                }
                (Self::Fields(changes), Touched { fields: true, ..Touched::default() })
            }
            Self::Remove(ids) => {
                let gone: HashSet<StatementId> = ids.into_iter().collect();
                let mut removed = Vec::new();
                project.statements.retain(|s| {
                    if gone.contains(&s.id) {
                        removed.push(s.clone());
                        false
                    } else {
                        true
                    }
                });
                *idx = index_of(project);
                (Self::Insert(removed), Touched { structure: true, ..Touched::default() })
            }
            Self::Insert(statements) => {
                let ids: Vec<StatementId> =
                    statements.iter().filter(|s| !idx.contains_key(&s.id)).map(|s| s.id).collect();
                project.statements.extend(statements.into_iter().filter(|s| !idx.contains_key(&s.id)));
                // keep the project in document order, as it is saved
                let order: HashMap<_, _> = project.documents.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
                project.statements.sort_by_key(|s| (order.get(&s.document).copied(), s.range.start, s.range.end, s.id));
                *idx = index_of(project);
                (Self::Remove(ids), Touched { structure: true, ..Touched::default() })
            }
            Self::Codebook(mut codebook, mut stances) => {
                std::mem::swap(&mut codebook, &mut project.codebook);
                stances.retain(|(id, _)| idx.contains_key(id));
                for (id, tags) in &mut stances {
                    tags.swap(&mut project.statements[idx[id]]);
                }
                (Self::Codebook(codebook, stances), Touched { tags: true, codebook: true, ..Touched::default() })
            }
            Self::Actors(mut actors) => {
                std::mem::swap(&mut actors, &mut project.actors);
                (Self::Actors(actors), Touched { lists: true, ..Touched::default() })
            }
            Self::Targets(mut targets) => {
                std::mem::swap(&mut targets, &mut project.targets);
                (Self::Targets(targets), Touched { lists: true, ..Touched::default() })
            }
            Self::Group(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                let mut touched = Touched::default();
                for e in edits {
                    let (inv, t) = e.apply(project, idx);
                    touched.merge(t);
                    inverses.push(inv);
                }
                inverses.reverse();
                (Self::Group(inverses), touched)
            }
        }
    }
}

/// Position of each statement in [`Project::statements`] by id.
pub type Index = HashMap<StatementId, usize>;

/// Builds the index of a project's statements.
pub fn index_of(project: &Project) -> Index {
    project.statements.iter().enumerate().map(|(i, s)| (s.id, i)).collect()
}

/// One step of the history: what the analyst did, in words, and the edit that undoes (or
/// redoes) it.
#[derive(Debug, Clone)]
struct Step {
    name: String,
    edit: Edit,
}

/// Undo and redo stacks of edits.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Every edit applied (new, undone or redone), in order, until taken: a copy of the
    /// project elsewhere (the saver's) replays them.
    applied: Vec<Edit>,
}

/// How many edits are kept for undo.
const HISTORY_LIMIT: usize = 10_000;

impl History {
    /// Applies an edit as a new step named `name` ("tag 4 statements Oppose"): it can be
    /// undone; the redo stack is cleared.
    pub fn apply(&mut self, name: String, edit: Edit, project: &mut Project, idx: &mut Index) -> Touched {
        self.applied.push(edit.clone());
        let (inverse, touched) = edit.apply(project, idx);
        self.undo.push(Step { name, edit: inverse });
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        touched
    }

    /// Undoes the last edit; its name and what it touched, `None` when there is none.
    pub fn undo(&mut self, project: &mut Project, idx: &mut Index) -> Option<(String, Touched)> {
        let step = self.undo.pop()?;
        self.applied.push(step.edit.clone());
        let (inverse, touched) = step.edit.apply(project, idx);
        self.redo.push(Step { name: step.name.clone(), edit: inverse });
        Some((step.name, touched))
    }

    /// Redoes the last undone edit; its name and what it touched, `None` when there is none.
    pub fn redo(&mut self, project: &mut Project, idx: &mut Index) -> Option<(String, Touched)> {
        let step = self.redo.pop()?;
        self.applied.push(step.edit.clone());
        let (inverse, touched) = step.edit.apply(project, idx);
        self.undo.push(Step { name: step.name.clone(), edit: inverse });
        Some((step.name, touched))
    }

    /// Takes the edits applied since the last call, in order.
    pub fn take_applied(&mut self) -> Vec<Edit> {
        std::mem::take(&mut self.applied)
    }

    /// What Undo would undo.
    pub fn undo_name(&self) -> Option<&str> {
        self.undo.last().map(|s| s.name.as_str())
    }

    /// What Redo would redo.
    pub fn redo_name(&self) -> Option<&str> {
        self.redo.last().map(|s| s.name.as_str())
    }

    /// Number of edits that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        let p = crate::desk::tests::project_of(
            "Talks stall\n“We will not move,” said Defence Minister Ann Lee. She added that talks would go on.\n",
        );
        assert!(p.statements.len() >= 2);
        p
    }

    #[test]
    fn every_edit_undoes_and_redoes_exactly() {
        let original = project();
        let id0 = original.statements[0].id;
        let id1 = original.statements[1].id;
        let tag = Tags {
            final_tag: CoderTag {
                stance: Some("Oppose".into()),
                target: "talks".into(),
                coder: "ann".into(),
                tagged_at: Some("2026-11-28T05:00:00+00:00".into()),
                ..CoderTag::default()
            },
            ..Tags::default()
        };
        let mut renamed = Fields::of(&original.statements[0]);
        renamed.speaker = "Ann B. Lee".into();
        let mut cb = Codebook::default();
        cb.labels.remove(1);
        let edits = vec![
            Edit::Tags(vec![(id0, tag.clone()), (id1, tag)]),
            Edit::Fields(vec![(id0, renamed)]),
            Edit::Remove(vec![id0]),
            Edit::Codebook(cb, vec![(id1, Tags::default())]),
            Edit::Group(vec![Edit::Remove(vec![id1]), Edit::Remove(vec![id0])]),
        ];
        let mut p = original.clone();
        let mut idx = index_of(&p);
        let mut h = History::default();
        let mut states = vec![p.clone()];
        for e in edits {
            h.apply(e.describe(), e, &mut p, &mut idx);
            assert_eq!(idx, index_of(&p), "the index follows the edits");
            states.push(p.clone());
        }
        assert!(p.statements.len() < original.statements.len());
        for want in states.iter().rev().skip(1) {
            h.undo(&mut p, &mut idx).unwrap();
            assert_eq!(&p, want);
            assert_eq!(idx, index_of(&p));
        }
        assert!(h.undo(&mut p, &mut idx).is_none());
        for want in states.iter().skip(1) {
            h.redo(&mut p, &mut idx).unwrap();
            assert_eq!(&p, want);
        }
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut p = project();
        let id = p.statements[0].id;
        let mut idx = index_of(&p);
        let mut h = History::default();
        h.apply("delete 1 statement".into(), Edit::Remove(vec![id]), &mut p, &mut idx);
        h.undo(&mut p, &mut idx);
        assert_eq!(h.undo_name(), None);
        assert_eq!(h.redo_name(), Some("delete 1 statement"));
        h.apply("tag 1 statement".into(), Edit::Tags(vec![(id, Tags::default())]), &mut p, &mut idx);
        assert!(h.redo_name().is_none());
    }
}
