//! Who stands where on what: the actor × target matrix (statements per cell, the net stance of
//! the tagged ones, the split per label) and the figures of each actor.

use std::collections::HashMap;

use super::{Labels, Scope, Tally, scoped};
use crate::model::Project;

/// One cell of the matrix: the statements of one actor on one target.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixCell {
    /// Statements (tagged or not).
    pub statements: u32,
    /// Tagged statements.
    pub tagged: u32,
    /// The net stance of the tagged ones (see [`Labels::net`]); `None` when none is tagged.
    pub net: Option<f64>,
    /// Tagged statements per label.
    pub counts: Vec<u32>,
}

/// How rows or columns are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Order {
    /// Most statements first (name breaks ties).
    #[default]
    Activity,
    /// By name, case-insensitively.
    Name,
}

/// The actor × target matrix of the statements that have a speaker and a target.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Matrix {
    /// Speakers (rows), by name.
    pub actors: Vec<String>,
    /// Targets (columns), by name.
    pub targets: Vec<String>,
    /// Statements per actor (row totals).
    pub actor_totals: Vec<u32>,
    /// Statements per target (column totals).
    pub target_totals: Vec<u32>,
    /// Rows by activity (indices into `actors`).
    pub actors_by_activity: Vec<u32>,
    /// Columns by activity (indices into `targets`).
    pub targets_by_activity: Vec<u32>,
    cells: HashMap<(u32, u32), MatrixCell>,
}

/// Indices ordered by total, largest first (the name order breaks ties).
fn by_activity(totals: &[u32]) -> Vec<u32> {
    let mut ix: Vec<u32> = (0..totals.len() as u32).collect();
    ix.sort_by_key(|&i| std::cmp::Reverse(totals[i as usize]));
    ix
}

impl Matrix {
    /// The matrix of a tally.
    pub fn of(tally: &Tally) -> Self {
        let mut actor_totals = vec![0u32; tally.actors.len()];
        let mut target_totals = vec![0u32; tally.targets.len()];
        let mut cells = HashMap::with_capacity(tally.cells.len());
        for c in &tally.cells {
            let tagged = c.tagged();
            let statements = tagged + c.untagged;
            actor_totals[c.actor as usize] += statements;
            target_totals[c.target as usize] += statements;
            let net = tally.labels.net(&c.counts, tagged);
            cells.insert((c.actor, c.target), MatrixCell { statements, tagged, net, counts: c.counts.clone() });
        }
        Self {
            actors: tally.actors.clone(),
            targets: tally.targets.clone(),
            actors_by_activity: by_activity(&actor_totals),
            targets_by_activity: by_activity(&target_totals),
            actor_totals,
            target_totals,
            cells,
        }
    }

    /// The cell of an actor and a target (indices), if they have statements.
    pub fn cell(&self, actor: u32, target: u32) -> Option<&MatrixCell> {
        self.cells.get(&(actor, target))
    }

    /// The number of non-empty cells.
    pub fn cell_count(&self) -> usize {
        self.cells.len()
    }

    /// Row indices in an order.
    pub fn rows(&self, order: Order) -> Vec<u32> {
        match order {
            Order::Activity => self.actors_by_activity.clone(),
            Order::Name => (0..self.actors.len() as u32).collect(),
        }
    }

    /// Column indices in an order.
    pub fn columns(&self, order: Order) -> Vec<u32> {
        match order {
            Order::Activity => self.targets_by_activity.clone(),
            Order::Name => (0..self.targets.len() as u32).collect(),
        }
    }
}

/// The figures of one actor (speaker).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorStats {
    /// The name.
    pub name: String,
    /// All statements.
    pub statements: u32,
    /// Tagged statements.
    pub tagged: u32,
    /// Tagged statements per label.
    pub counts: Vec<u32>,
    /// The targets of the statements with their number of statements, most first.
    pub targets: Vec<(String, u32)>,
}

/// The figures of every actor (a speaker, or the actor the project lists it under) of a project
/// in a scope, most statements first. `labels` must
/// hold every label used (those of a [`Tally`] of the same project do).
pub fn actor_stats(project: &Project, scope: &Scope, labels: &Labels) -> Vec<ActorStats> {
    // statements, tagged, per label, per target
    type Figures<'a> = (u32, u32, Vec<u32>, HashMap<&'a str, u32>);
    let mut by_name: HashMap<&str, Figures<'_>> = HashMap::new();
    let canonical = project.actor_names();
    for (s, _) in scoped(project, scope) {
        if s.speaker.is_empty() {
            continue;
        }
        let actor = canonical.get(s.speaker.as_str()).copied().unwrap_or(s.speaker.as_str());
        let e = by_name.entry(actor).or_insert_with(|| (0, 0, vec![0; labels.len()], HashMap::new()));
        e.0 += 1;
        if let Some(l) = &s.stance {
            e.1 += 1;
            if let Some(k) = labels.names.iter().position(|n| n == l) {
                e.2[k] += 1;
            }
        }
        let t = s.target.trim();
        if !t.is_empty() {
            *e.3.entry(t).or_default() += 1;
        }
    }
    let mut out: Vec<ActorStats> = by_name
        .into_iter()
        .map(|(name, (statements, tagged, counts, targets))| {
            let mut targets: Vec<(String, u32)> = targets.into_iter().map(|(t, n)| (t.to_owned(), n)).collect();
            targets.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            ActorStats { name: name.to_owned(), statements, tagged, counts, targets }
        })
        .collect();
    out.sort_by(|a, b| b.statements.cmp(&a.statements).then_with(|| a.name.cmp(&b.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::project;

    #[test]
    fn cells_hold_counts_net_and_split_and_orders_follow_activity_or_name() {
        let p = project(&[
            ("Lee", "talks", Some("Support")),
            ("Lee", "talks", Some("Support")),
            ("Lee", "talks", Some("Oppose")),
            ("Lee", "talks", Some("Neutral")),
            ("Lee", "talks", None),
            ("Abe", "budget", Some("Oppose")),
            ("Abe", "talks", None),
            ("Kim", "", Some("Support")),
        ]);
        let m = Matrix::of(&Tally::of(&p, &Scope::default()));
        assert_eq!(m.actors, ["Abe", "Lee"]);
        assert_eq!(m.targets, ["budget", "talks"]);
        let lee_talks = m.cell(1, 1).unwrap();
        assert_eq!((lee_talks.statements, lee_talks.tagged), (5, 4));
        assert_eq!(lee_talks.net, Some(0.25), "(2 − 1) / 4");
        assert_eq!(lee_talks.counts, [2, 1, 1, 0, 0]);
        let abe_talks = m.cell(0, 1).unwrap();
        assert_eq!((abe_talks.statements, abe_talks.net), (1, None));
        assert_eq!(m.cell(0, 0).unwrap().net, Some(-1.0));
        assert!(m.cell(1, 0).is_none());
        assert_eq!(m.cell_count(), 3);
        assert_eq!(m.rows(Order::Activity), [1, 0]);
        assert_eq!(m.rows(Order::Name), [0, 1]);
        assert_eq!(m.columns(Order::Activity), [1, 0]);
        assert_eq!(m.target_totals, [1, 6]);
    }

    #[test]
    fn actor_figures_count_every_statement_of_a_speaker() {
        let p = project(&[
            ("Lee", "talks", Some("Support")),
            ("Lee", "budget", Some("Oppose")),
            ("Lee", "talks", None),
            ("Lee", "", Some("Support")),
            ("Abe", "", None),
            ("", "talks", Some("Support")),
        ]);
        let labels = Tally::of(&p, &Scope::default()).labels;
        let a = actor_stats(&p, &Scope::default(), &labels);
        assert_eq!(a.len(), 2);
        assert_eq!((a[0].name.as_str(), a[0].statements, a[0].tagged), ("Lee", 4, 3));
        assert_eq!(a[0].counts[..2], [2, 1]);
        assert_eq!(a[0].targets, [("talks".to_owned(), 2), ("budget".to_owned(), 1)]);
        assert_eq!((a[1].statements, a[1].tagged), (1, 0));
    }
}
