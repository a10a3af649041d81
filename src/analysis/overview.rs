//! Everything the desk's overview shows, computed in one pass over a project (off the GUI
//! thread): the matrix, each actor's figures, the stance over time and the actor network.

use super::matrix::{ActorStats, Matrix, actor_stats};
use super::network::{NetworkKind, Normalization, OneMode};
use super::timeline::Timeline;
use super::{Labels, Scope, Tally};
use crate::model::Project;

/// Most actors the network view shows (the most active ones).
pub const NETWORK_ACTORS: usize = 300;

/// The one-mode network of the most active actors, for the network view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverviewNetwork {
    /// The actors shown, most tagged statements first.
    pub actors: Vec<String>,
    /// Their tagged statements on a target.
    pub statements: Vec<u32>,
    /// How many actors have tagged statements on a target in all.
    pub all_actors: usize,
    one_mode: OneMode,
}

impl OverviewNetwork {
    fn of(tally: &Tally) -> Self {
        let mut tagged = vec![0u32; tally.actors.len()];
        for c in &tally.cells {
            tagged[c.actor as usize] += c.tagged();
        }
        let mut order: Vec<u32> = (0..tally.actors.len() as u32).filter(|&a| tagged[a as usize] > 0).collect();
        let all_actors = order.len();
        order.sort_by_key(|&a| std::cmp::Reverse(tagged[a as usize]));
        order.truncate(NETWORK_ACTORS);
        // the tally keeps name order: number the kept actors in activity order afterwards
        let mut keep = vec![false; tally.actors.len()];
        for &a in &order {
            keep[a as usize] = true;
        }
        let mut sub = tally.only_actors(|a| keep[a as usize]);
        let kept_in_name_order: Vec<u32> = (0..tally.actors.len() as u32).filter(|&a| keep[a as usize]).collect();
        let mut rank = vec![0u32; kept_in_name_order.len()];
        for (r, &a) in order.iter().enumerate() {
            if let Ok(pos) = kept_in_name_order.binary_search(&a) {
                rank[pos] = r as u32;
            }
        }
        for c in &mut sub.cells {
            c.actor = rank[c.actor as usize];
        }
        sub.cells.sort_unstable_by_key(|c| (c.actor, c.target));
        Self {
            actors: order.iter().map(|&a| tally.actors[a as usize].clone()).collect(),
            statements: order.iter().map(|&a| tagged[a as usize]).collect(),
            all_actors,
            one_mode: OneMode::of(&sub),
        }
    }

    /// The edges (a, b, weight) of a one-mode network among the actors shown.
    pub fn edges(&self, kind: NetworkKind, norm: Normalization) -> Vec<(u32, u32, f64)> {
        self.one_mode.edges(kind, norm)
    }
}

/// What the overview shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Overview {
    /// The labels counted (the codebook's, then unknown ones).
    pub labels: Labels,
    /// The actor × target matrix.
    pub matrix: Matrix,
    /// Every speaker's figures, most statements first.
    pub actors: Vec<ActorStats>,
    /// The stance over time.
    pub timeline: Timeline,
    /// The actor network of the most active actors.
    pub network: OverviewNetwork,
    /// Statements in the project.
    pub statements: usize,
    /// Tagged statements in the project.
    pub tagged: usize,
}

impl Overview {
    /// Computes the overview of a whole project.
    pub fn compute(project: &Project) -> Self {
        let scope = Scope::default();
        let tally = Tally::of(project, &scope);
        let timeline = Timeline::of(project, &scope);
        let mut labels = tally.labels.clone();
        for n in &timeline.labels.names {
            labels.index_or_add(n);
        }
        Self {
            matrix: Matrix::of(&tally),
            actors: actor_stats(project, &scope, &labels),
            network: OverviewNetwork::of(&tally),
            timeline,
            statements: project.statements.len(),
            tagged: project.statements.iter().filter(|s| s.stance.is_some()).count(),
            labels,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::project;

    #[test]
    fn the_overview_has_every_part_and_the_network_puts_the_most_active_first() {
        let p = project(&[
            ("A", "t", Some("Support")),
            ("B", "t", Some("Support")),
            ("B", "t", Some("Support")),
            ("C", "u", Some("Oppose")),
            ("C", "t", Some("Oppose")),
            ("C", "t", Some("Oppose")),
            ("D", "t", None),
        ]);
        let o = Overview::compute(&p);
        assert_eq!((o.statements, o.tagged), (7, 6));
        assert_eq!(o.matrix.actors.len(), 4);
        assert_eq!(o.actors[0].name, "C");
        assert_eq!(o.network.actors, ["C", "B", "A"], "D has nothing tagged");
        assert_eq!(o.network.statements, [3, 2, 1]);
        assert_eq!(o.network.all_actors, 3);
        // B–A agree (2·1), C–B and C–A disagree
        let cong = o.network.edges(NetworkKind::Congruence, Normalization::None);
        assert_eq!(cong, [(1, 2, 2.0)]);
        let conf = o.network.edges(NetworkKind::Conflict, Normalization::None);
        assert_eq!(conf, [(0, 1, 4.0), (0, 2, 2.0)]);
        assert_eq!(o.timeline.days.len(), 3, "(day, target, label) entries");
    }
}
