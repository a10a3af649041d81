//! The networks of Discourse Network Analyzer from the tagged statements that have a speaker and
//! a target ([`Tally`]).
//!
//! - affiliation (two-mode, actor–target): weight = number of statements (any label); edge
//!   attribute `net` = sum of the label values / weight ((Support − Oppose) / weight with the
//!   default codebook) and a count per label (`n_<label>`);
//! - congruence, conflict, subtract (one-mode, actors): with n(a,t,s) the statements of actor a
//!   on target t with label s, q(s) the label's value on the agreement scale and range = max − min
//!   of the values, `congruence(a,b) = Σ_t Σ_{s1,s2} n(a,t,s1)·n(b,t,s2)·(1 − |q(s1) − q(s2)| /
//!   range)`, conflict the same with `|q(s1) − q(s2)| / range`, subtract = congruence − conflict.
//!   Labels without a value are left out.
//! - normalisation of the one-mode networks: none, average (÷ `(c_a + c_b) / 2` with c an actor's
//!   statements on the scale) or Jaccard (÷ m10 + m01 + m11 over (target, label) cells).
//!
//! Undirected; edges of weight 0 are left out.

use std::collections::HashMap;

use super::Tally;

/// Which network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetworkKind {
    /// Two-mode, actor–target.
    Affiliation,
    /// One-mode: agreement on the same targets.
    Congruence,
    /// One-mode: disagreement on the same targets.
    Conflict,
    /// One-mode: congruence − conflict.
    Subtract,
}

impl NetworkKind {
    /// Every kind.
    pub const ALL: [Self; 4] = [Self::Affiliation, Self::Congruence, Self::Conflict, Self::Subtract];

    /// The lowercase name (command line, file descriptions).
    pub fn name(self) -> &'static str {
        match self {
            Self::Affiliation => "affiliation",
            Self::Congruence => "congruence",
            Self::Conflict => "conflict",
            Self::Subtract => "subtract",
        }
    }
}

/// How one-mode edge weights are normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Normalization {
    /// Raw sums.
    #[default]
    None,
    /// Divided by the mean number of statements on the scale of the two actors.
    Average,
    /// Divided by m10 + m01 + m11 over the (target, label) cells of the two actors.
    Jaccard,
}

impl Normalization {
    /// Every normalisation.
    pub const ALL: [Self; 3] = [Self::None, Self::Average, Self::Jaccard];

    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Average => "average",
            Self::Jaccard => "jaccard",
        }
    }
}

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// A speaker.
    Actor,
    /// A target.
    Target,
}

impl NodeKind {
    /// The `type` attribute: `actor` or `target`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Actor => "actor",
            Self::Target => "target",
        }
    }
}

/// A node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The name (the `label` attribute).
    pub label: String,
    /// Actor or target.
    pub kind: NodeKind,
    /// Its tagged statements in the network.
    pub statements: u32,
}

/// An undirected edge between two nodes (indices into [`Network::nodes`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// One end.
    pub source: usize,
    /// The other end.
    pub target: usize,
    /// The weight.
    pub weight: f64,
    /// Values of [`Network::edge_attributes`], in their order.
    pub attributes: Vec<f64>,
}

/// A network ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// Which network.
    pub kind: NetworkKind,
    /// How weights were normalised (always none for affiliation).
    pub normalization: Normalization,
    /// Nodes: actors first, then (affiliation only) targets.
    pub nodes: Vec<Node>,
    /// Edges of non-zero weight.
    pub edges: Vec<Edge>,
    /// Names of the edge attributes besides `weight`.
    pub edge_attributes: Vec<String>,
}

/// Why a network cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetworkError {
    /// A normalisation was asked for the two-mode network.
    #[error("normalisation {0} applies to the one-mode networks (congruence, conflict, subtract), not to affiliation")]
    TwoModeNormalization(&'static str),
}

/// What two actors share, summed over their targets: enough for every one-mode network.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PairSums {
    /// `Σ n_a·n_b·(1 − d)`.
    pub congruence: f64,
    /// `Σ n_a·n_b·d`.
    pub conflict: f64,
    /// `Σ n_a·n_b` over (target, label) cells where both have statements.
    pub m11: f64,
    /// `Σ n_a` over those cells.
    pub shared_a: f64,
    /// `Σ n_b` over those cells.
    pub shared_b: f64,
}

impl PairSums {
    /// The edge weight of a one-mode network for actors with `ca` and `cb` statements on the
    /// scale; `None` for affiliation or a zero denominator.
    pub fn weight(&self, kind: NetworkKind, norm: Normalization, ca: f64, cb: f64) -> Option<f64> {
        let raw = match kind {
            NetworkKind::Affiliation => return None,
            NetworkKind::Congruence => self.congruence,
            NetworkKind::Conflict => self.conflict,
            NetworkKind::Subtract => self.congruence - self.conflict,
        };
        let denominator = match norm {
            Normalization::None => 1.0,
            Normalization::Average => f64::midpoint(ca, cb),
            Normalization::Jaccard => (ca - self.shared_a) + (cb - self.shared_b) + self.m11,
        };
        (denominator > 0.0).then(|| raw / denominator)
    }
}

/// The pair sums of every two actors who spoke on a common target with labels on the scale,
/// keyed by (a, b) with a < b, and each actor's statements on the scale (c).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OneMode {
    /// Statements on the scale per actor.
    pub on_scale: Vec<f64>,
    /// Sums per actor pair (a < b).
    pub pairs: Vec<((u32, u32), PairSums)>,
}

impl OneMode {
    /// Sums the pairs of a tally.
    pub fn of(tally: &Tally) -> Self {
        let values = &tally.labels.values;
        let range = tally.labels.range();
        let scale: Vec<(usize, f64)> = values.iter().enumerate().filter_map(|(k, v)| v.map(|v| (k, v))).collect();
        let mut on_scale = vec![0.0; tally.actors.len()];
        let mut by_target: Vec<Vec<(u32, Vec<f64>)>> = vec![Vec::new(); tally.targets.len()];
        for c in &tally.cells {
            let n: Vec<f64> = scale.iter().map(|&(k, _)| f64::from(c.counts[k])).collect();
            let total: f64 = n.iter().sum();
            if total > 0.0 {
                on_scale[c.actor as usize] += total;
                by_target[c.target as usize].push((c.actor, n));
            }
        }
        let distance = |i: usize, j: usize| if range > 0.0 { (scale[i].1 - scale[j].1).abs() / range } else { 0.0 };
        let mut sums: HashMap<(u32, u32), PairSums> = HashMap::new();
        for actors in &by_target {
            for (x, (a, na)) in actors.iter().enumerate() {
                for (b, nb) in &actors[x + 1..] {
                    add_pair(sums.entry((*a, *b)).or_default(), na, nb, &distance);
                }
            }
        }
        let mut pairs: Vec<((u32, u32), PairSums)> = sums.into_iter().collect();
        pairs.sort_unstable_by_key(|p| p.0);
        Self { on_scale, pairs }
    }

    /// The weighted edges (a, b, weight) of one network kind, zero weights left out.
    pub fn edges(&self, kind: NetworkKind, norm: Normalization) -> Vec<(u32, u32, f64)> {
        self.pairs
            .iter()
            .filter_map(|&((a, b), s)| {
                let w = s.weight(kind, norm, self.on_scale[a as usize], self.on_scale[b as usize])?;
                (w != 0.0 && w.is_finite()).then_some((a, b, w))
            })
            .collect()
    }
}

/// Adds what actors with counts `na` and `nb` (per label on the scale) on one target share.
fn add_pair(sum: &mut PairSums, na: &[f64], nb: &[f64], distance: &impl Fn(usize, usize) -> f64) {
    for (i, &x) in na.iter().enumerate() {
        if x == 0.0 {
            continue;
        }
        for (j, &y) in nb.iter().enumerate() {
            let d = distance(i, j);
            sum.congruence += x * y * (1.0 - d);
            sum.conflict += x * y * d;
        }
        if nb[i] > 0.0 {
            sum.m11 += x * nb[i];
            sum.shared_a += x;
            sum.shared_b += nb[i];
        }
    }
}

/// Makes a network of a tally.
pub fn network(tally: &Tally, kind: NetworkKind, norm: Normalization) -> Result<Network, NetworkError> {
    if kind == NetworkKind::Affiliation {
        if norm != Normalization::None {
            return Err(NetworkError::TwoModeNormalization(norm.name()));
        }
        return Ok(affiliation(tally));
    }
    let mut statements = vec![0u32; tally.actors.len()];
    for c in &tally.cells {
        statements[c.actor as usize] += c.tagged();
    }
    let nodes = actor_nodes(tally, &statements);
    let one = OneMode::of(tally);
    let edges = one
        .edges(kind, norm)
        .into_iter()
        .map(|(a, b, weight)| Edge { source: a as usize, target: b as usize, weight, attributes: Vec::new() })
        .collect();
    Ok(Network { kind, normalization: norm, nodes, edges, edge_attributes: Vec::new() })
}

/// The actors with tagged statements as nodes; `statements` per actor of the tally.
fn actor_nodes(tally: &Tally, statements: &[u32]) -> Vec<Node> {
    tally
        .actors
        .iter()
        .zip(statements)
        .map(|(a, &n)| Node { label: a.clone(), kind: NodeKind::Actor, statements: n })
        .collect()
}

/// The two-mode network: actors and targets with tagged statements, an edge per cell.
fn affiliation(tally: &Tally) -> Network {
    let mut actor_n = vec![0u32; tally.actors.len()];
    let mut target_n = vec![0u32; tally.targets.len()];
    for c in &tally.cells {
        actor_n[c.actor as usize] += c.tagged();
        target_n[c.target as usize] += c.tagged();
    }
    // only nodes with tagged statements, renumbered
    let mut nodes = Vec::new();
    let mut actor_ix = vec![usize::MAX; actor_n.len()];
    for (i, a) in tally.actors.iter().enumerate().filter(|(i, _)| actor_n[*i] > 0) {
        actor_ix[i] = nodes.len();
        nodes.push(Node { label: a.clone(), kind: NodeKind::Actor, statements: actor_n[i] });
    }
    let mut target_ix = vec![usize::MAX; target_n.len()];
    for (i, t) in tally.targets.iter().enumerate().filter(|(i, _)| target_n[*i] > 0) {
        target_ix[i] = nodes.len();
        nodes.push(Node { label: t.clone(), kind: NodeKind::Target, statements: target_n[i] });
    }
    let labels = &tally.labels;
    let edges = tally
        .cells
        .iter()
        .filter(|c| c.tagged() > 0)
        .map(|c| {
            let weight = c.tagged();
            let mut attributes = vec![labels.net(&c.counts, weight).unwrap_or(0.0)];
            attributes.extend(c.counts.iter().map(|&n| f64::from(n)));
            let (source, target) = (actor_ix[c.actor as usize], target_ix[c.target as usize]);
            Edge { source, target, weight: f64::from(weight), attributes }
        })
        .collect();
    let mut edge_attributes = vec!["net".to_owned()];
    edge_attributes.extend(labels.names.iter().map(|n| format!("n_{n}")));
    Network { kind: NetworkKind::Affiliation, normalization: Normalization::None, nodes, edges, edge_attributes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Scope;
    use crate::analysis::tests::project;

    const S: Option<&str> = Some("Support");
    const O: Option<&str> = Some("Oppose");
    const N: Option<&str> = Some("Neutral");

    /// Three actors, two targets, every label kind:
    /// - A: talks S S O, budget S, (talks Neutral)
    /// - B: talks S, budget O O
    /// - C: talks O, (talks untagged)
    fn tally() -> Tally {
        let p = project(&[
            ("A", "talks", S),
            ("A", "talks", S),
            ("A", "talks", O),
            ("A", "budget", S),
            ("A", "talks", N),
            ("B", "talks", S),
            ("B", "budget", O),
            ("B", "budget", O),
            ("C", "talks", O),
            ("C", "talks", None),
        ]);
        Tally::of(&p, &Scope::default())
    }

    fn weight(n: &Network, a: &str, b: &str) -> Option<f64> {
        let ix = |name: &str| n.nodes.iter().position(|x| x.label == name).unwrap();
        let (a, b) = (ix(a), ix(b));
        n.edges.iter().find(|e| (e.source, e.target) == (a, b) || (e.source, e.target) == (b, a)).map(|e| e.weight)
    }

    fn close(x: Option<f64>, y: f64) {
        assert!(x.is_some_and(|x| (x - y).abs() < 1e-12), "{x:?} != {y}");
    }

    #[test]
    fn affiliation_counts_statements_with_net_and_counts_per_label() {
        let n = network(&tally(), NetworkKind::Affiliation, Normalization::None).unwrap();
        let labels: Vec<(&str, NodeKind)> = n.nodes.iter().map(|x| (x.label.as_str(), x.kind)).collect();
        assert_eq!(
            labels,
            [
                ("A", NodeKind::Actor),
                ("B", NodeKind::Actor),
                ("C", NodeKind::Actor),
                ("budget", NodeKind::Target),
                ("talks", NodeKind::Target)
            ]
        );
        assert_eq!(n.edge_attributes[..3], ["net", "n_Support", "n_Oppose"]);
        // A–talks: S S O N = 4 statements, net (2 − 1) / 4
        let e = n.edges.iter().find(|e| e.source == 0 && e.target == 4).unwrap();
        assert!((e.weight - 4.0).abs() < 1e-12);
        assert_eq!(e.attributes, [0.25, 2.0, 1.0, 1.0, 0.0, 0.0]);
        close(weight(&n, "B", "budget"), 2.0);
        close(weight(&n, "C", "talks"), 1.0);
        assert_eq!(n.edges.len(), 5, "C's untagged statement is no edge weight");
        assert_eq!(n.nodes[0].statements, 5);
        assert!(network(&tally(), NetworkKind::Affiliation, Normalization::Average).is_err());
    }

    /// By hand, range = 2 (Support +1, Oppose −1), Neutral off the scale:
    /// - A–B on talks: A (S2, O1) × B (S1): SS 2·1·1 = 2 agree, OS 1·1 disagree;
    ///   on budget: A (S1) × B (O2): 2 disagree → congruence 2, conflict 3.
    /// - A–C on talks: A (S2, O1) × C (O1): SO 2 disagree, OO 1 agree → congruence 1, conflict 2.
    /// - B–C on talks: B (S1) × C (O1): conflict 1, congruence 0 (no edge).
    #[test]
    fn congruence_conflict_and_subtract_by_hand() {
        let t = tally();
        let cong = network(&t, NetworkKind::Congruence, Normalization::None).unwrap();
        close(weight(&cong, "A", "B"), 2.0);
        close(weight(&cong, "A", "C"), 1.0);
        assert_eq!(weight(&cong, "B", "C"), None, "weight 0: no edge");
        let conf = network(&t, NetworkKind::Conflict, Normalization::None).unwrap();
        close(weight(&conf, "A", "B"), 3.0);
        close(weight(&conf, "A", "C"), 2.0);
        close(weight(&conf, "B", "C"), 1.0);
        let sub = network(&t, NetworkKind::Subtract, Normalization::None).unwrap();
        close(weight(&sub, "A", "B"), -1.0);
        close(weight(&sub, "A", "C"), -1.0);
        close(weight(&sub, "B", "C"), -1.0);
        assert_eq!(cong.nodes.len(), 3);
        assert!(cong.edge_attributes.is_empty());
    }

    /// `c_A` = 4 (S S O on talks, S on budget; Neutral off the scale), `c_B` = 3, `c_C` = 1.
    /// average: A–B ÷ 3.5, A–C ÷ 2.5, B–C ÷ 2.
    /// Jaccard over (target, label) cells on the scale:
    /// - A–B: both in (talks,S): m11 = 2·1 = 2, shared A 2, B 1; m10 = 4 − 2 = 2, m01 = 3 − 1 = 2 → ÷ 6
    /// - A–C: both in (talks,O): m11 = 1, m10 = 3, m01 = 0 → ÷ 4
    /// - B–C: no shared cell: m10 = 3, m01 = 1, m11 = 0 → ÷ 4
    #[test]
    fn average_and_jaccard_normalisation_by_hand() {
        let t = tally();
        let cong = network(&t, NetworkKind::Congruence, Normalization::Average).unwrap();
        close(weight(&cong, "A", "B"), 2.0 / 3.5);
        close(weight(&cong, "A", "C"), 1.0 / 2.5);
        let conf = network(&t, NetworkKind::Conflict, Normalization::Average).unwrap();
        close(weight(&conf, "B", "C"), 1.0 / 2.0);
        let sub = network(&t, NetworkKind::Subtract, Normalization::Average).unwrap();
        close(weight(&sub, "A", "B"), -1.0 / 3.5);
        let jc = network(&t, NetworkKind::Congruence, Normalization::Jaccard).unwrap();
        close(weight(&jc, "A", "B"), 2.0 / 6.0);
        close(weight(&jc, "A", "C"), 1.0 / 4.0);
        let jf = network(&t, NetworkKind::Conflict, Normalization::Jaccard).unwrap();
        close(weight(&jf, "A", "B"), 3.0 / 6.0);
        close(weight(&jf, "B", "C"), 1.0 / 4.0);
        let js = network(&t, NetworkKind::Subtract, Normalization::Jaccard).unwrap();
        close(weight(&js, "A", "C"), -1.0 / 4.0);
    }

    /// Values 2 / 1 / −2 on a three-point scale (range 4): Support 2 and Neutral 1 are 1/4 apart.
    #[test]
    fn graded_values_weigh_partial_agreement() {
        let mut p = project(&[("A", "t", S), ("B", "t", N), ("C", "t", O)]);
        p.codebook.labels[0].value = Some(2.0);
        p.codebook.labels[1].value = Some(-2.0);
        p.codebook.labels[2].value = Some(1.0);
        let t = Tally::of(&p, &Scope::default());
        let cong = network(&t, NetworkKind::Congruence, Normalization::None).unwrap();
        close(weight(&cong, "A", "B"), 0.75);
        close(weight(&cong, "B", "C"), 0.25);
        assert_eq!(weight(&cong, "A", "C"), None);
        let conf = network(&t, NetworkKind::Conflict, Normalization::None).unwrap();
        close(weight(&conf, "A", "C"), 1.0);
    }
}
