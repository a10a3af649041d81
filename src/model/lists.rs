//! The actors and targets of a project as lists with their counts: every managed actor and
//! every speaker no actor lists, every managed target and every target written on a statement.

use std::collections::BTreeMap;

use super::{ActorKind, Project};

/// One actor as the actors window lists it: a managed actor, or a speaker no actor lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorRow {
    /// The canonical name.
    pub name: String,
    /// Its other names, sorted.
    pub aliases: Vec<String>,
    /// Person, organisation or source, when set.
    pub kind: Option<ActorKind>,
    /// Free attributes.
    pub attributes: BTreeMap<String, String>,
    /// Statements under any of its names.
    pub statements: usize,
    /// Of those, tagged.
    pub tagged: usize,
}

impl ActorRow {
    /// The canonical name and the aliases, sorted (the actor filter's names).
    pub fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = std::iter::once(self.name.clone()).chain(self.aliases.iter().cloned()).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The actors of a project: every managed actor and every speaker no actor lists, with
/// their counts, sorted by name.
pub fn actor_rows(project: &Project) -> Vec<ActorRow> {
    let canonical = project.actor_names();
    let mut rows: BTreeMap<&str, ActorRow> = BTreeMap::new();
    for a in &project.actors {
        rows.insert(
            &a.name,
            ActorRow {
                name: a.name.clone(),
                aliases: a.aliases.clone(),
                kind: a.kind,
                attributes: a.attributes.clone(),
                ..ActorRow::default()
            },
        );
    }
    for s in project.statements.iter().filter(|s| !s.speaker.is_empty()) {
        let name = canonical.get(s.speaker.as_str()).copied().unwrap_or(s.speaker.as_str());
        let row = rows.entry(name).or_insert_with(|| ActorRow { name: name.to_owned(), ..ActorRow::default() });
        row.statements += 1;
        row.tagged += usize::from(s.stance.is_some());
    }
    rows.into_values().collect()
}

/// One target as the targets window lists it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TargetRow {
    /// The name written on statements.
    pub name: String,
    /// Names merged into it.
    pub aliases: Vec<String>,
    /// What it covers.
    pub definition: String,
    /// Statements with this target.
    pub statements: usize,
}

/// The targets of a project: the managed list and every target written on a statement, with
/// counts, sorted by name.
pub fn target_rows(project: &Project) -> Vec<TargetRow> {
    let mut rows: BTreeMap<&str, TargetRow> = BTreeMap::new();
    for t in &project.targets {
        rows.insert(
            &t.name,
            TargetRow {
                name: t.name.clone(),
                aliases: t.aliases.clone(),
                definition: t.definition.clone(),
                statements: 0,
            },
        );
    }
    for s in project.statements.iter().filter(|s| !s.target.trim().is_empty()) {
        let name = s.target.trim();
        rows.entry(name).or_insert_with(|| TargetRow { name: name.to_owned(), ..TargetRow::default() }).statements += 1;
    }
    rows.into_values().collect()
}
