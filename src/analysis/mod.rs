//! What the tags say, without any GUI: who stands where on what (the actor × target matrix, the
//! stance over time, each actor's statements) and who sides with whom (the networks of Discourse
//! Network Analyzer: affiliation, congruence, conflict, subtract), with their writers (`GraphML`,
//! GEXF, CSV adjacency) and a force-directed layout for drawing them.
//!
//! Everything here is computed from a [`Project`] and plain data; the desk runs it off the GUI
//! thread and the command line runs it directly.

pub mod agreement;
pub mod graph_io;
pub mod layout;
pub mod matrix;
pub mod network;
mod overview;
pub mod timeline;

use std::collections::HashMap;

use chrono::NaiveDate;

pub use overview::{Overview, OverviewNetwork};

use crate::model::{Codebook, Document, DocumentId, Project, Statement};

/// Which statements an analysis looks at (everything by default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Only statements of documents with these file names (all when empty).
    pub documents: Vec<String>,
    /// Only documents dated on or after this day; undated documents are left out when set.
    pub from: Option<NaiveDate>,
    /// Only documents dated on or before this day; undated documents are left out when set.
    pub to: Option<NaiveDate>,
    /// Only statements on these targets (all when empty).
    pub targets: Vec<String>,
}

impl Scope {
    /// Whether the scope keeps a statement of document `doc`.
    pub fn keeps(&self, s: &Statement, doc: Option<&Document>) -> bool {
        if !self.documents.is_empty() && !doc.is_some_and(|d| self.documents.contains(&d.file_name)) {
            return false;
        }
        if self.from.is_some() || self.to.is_some() {
            let Some(day) = doc.and_then(|d| d.date.as_deref()).and_then(parse_date) else { return false };
            if self.from.is_some_and(|f| day < f) || self.to.is_some_and(|t| day > t) {
                return false;
            }
        }
        self.targets.is_empty() || self.targets.iter().any(|t| t == s.target.trim())
    }
}

/// A document date (`YYYY-MM-DD`, anything after the tenth character ignored).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// The statements of a project that a scope keeps, each with its document.
pub fn scoped<'a>(
    project: &'a Project,
    scope: &'a Scope,
) -> impl Iterator<Item = (&'a Statement, Option<&'a Document>)> {
    let docs: HashMap<DocumentId, &Document> = project.documents.iter().map(|d| (d.id, d)).collect();
    project.statements.iter().filter_map(move |s| {
        let doc = docs.get(&s.document).copied();
        scope.keeps(s, doc).then_some((s, doc))
    })
}

/// The stance labels an analysis counts: the codebook's in its order, then any label found on a
/// statement but missing from the codebook (not on the agreement scale).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Labels {
    /// Label names.
    pub names: Vec<String>,
    /// Colours (`#rrggbb`; grey for labels missing from the codebook).
    pub colors: Vec<String>,
    /// Value on the agreement scale, `None` when the label is not on it.
    pub values: Vec<Option<f64>>,
}

impl Labels {
    /// The labels of a codebook.
    pub fn of(codebook: &Codebook) -> Self {
        Self {
            names: codebook.labels.iter().map(|l| l.name.clone()).collect(),
            colors: codebook.labels.iter().map(|l| l.color.clone()).collect(),
            values: codebook.labels.iter().map(crate::model::StanceLabel::scale_value).collect(),
        }
    }

    /// The index of a label, added (without value) when missing.
    pub fn index_or_add(&mut self, name: &str) -> usize {
        if let Some(k) = self.names.iter().position(|n| n == name) {
            return k;
        }
        self.names.push(name.to_owned());
        self.colors.push("#9e9e9e".to_owned());
        self.values.push(None);
        self.names.len() - 1
    }

    /// The number of labels.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no labels.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Max − min of the values on the scale (0 with fewer than two distinct values).
    pub fn range(&self) -> f64 {
        let vals = self.values.iter().flatten();
        let max = vals.clone().copied().fold(f64::NEG_INFINITY, f64::max);
        let min = vals.copied().fold(f64::INFINITY, f64::min);
        if max > min { max - min } else { 0.0 }
    }

    /// The net stance of counts per label: the sum of the values of the labelled statements
    /// divided by `n` (with the default codebook, (Support − Oppose) / n); `None` when `n` is 0.
    pub fn net(&self, counts: &[u32], n: u32) -> Option<f64> {
        if n == 0 {
            return None;
        }
        let sum: f64 = counts.iter().zip(&self.values).filter_map(|(&c, v)| v.map(|v| v * f64::from(c))).sum();
        Some(sum / f64::from(n))
    }
}

/// The statements of one actor on one target: counts per label and untagged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyCell {
    /// Index into [`Tally::actors`].
    pub actor: u32,
    /// Index into [`Tally::targets`].
    pub target: u32,
    /// Tagged statements per label (index into [`Tally::labels`]).
    pub counts: Vec<u32>,
    /// Statements without a stance.
    pub untagged: u32,
}

impl TallyCell {
    /// Tagged statements.
    pub fn tagged(&self) -> u32 {
        self.counts.iter().sum()
    }
}

/// The statements that have a speaker and a target, counted per actor, target and label.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    /// Speakers, sorted by name (case-insensitively).
    pub actors: Vec<String>,
    /// Targets (trimmed), sorted by name (case-insensitively).
    pub targets: Vec<String>,
    /// The labels counted.
    pub labels: Labels,
    /// One cell per actor and target with statements, sorted by actor, then target.
    pub cells: Vec<TallyCell>,
}

/// Names sorted case-insensitively (exact order breaks ties), with each name's new index.
fn sorted_names(names: Vec<&str>) -> (Vec<String>, HashMap<&str, u32>) {
    let mut names = names;
    names.sort_by_cached_key(|n| (n.to_lowercase(), (*n).to_owned()));
    let index = names.iter().enumerate().map(|(i, n)| (*n, i as u32)).collect();
    (names.into_iter().map(str::to_owned).collect(), index)
}

impl Tally {
    /// Counts the statements of `project` that `scope` keeps and that have a speaker and a target.
    /// A speaker the project lists under an actor counts as that actor (its canonical name).
    pub fn of(project: &Project, scope: &Scope) -> Self {
        let mut labels = Labels::of(&project.codebook);
        let canonical = project.actor_names();
        let mut cells: HashMap<(&str, &str), (Vec<u32>, u32)> = HashMap::new();
        for (s, _) in scoped(project, scope) {
            let target = s.target.trim();
            if s.speaker.is_empty() || target.is_empty() {
                continue;
            }
            let actor = canonical.get(s.speaker.as_str()).copied().unwrap_or(s.speaker.as_str());
            let label = s.stance.as_deref().map(|l| labels.index_or_add(l));
            let cell = cells.entry((actor, target)).or_insert_with(|| (Vec::new(), 0));
            match label {
                Some(k) => {
                    if cell.0.len() <= k {
                        cell.0.resize(k + 1, 0);
                    }
                    cell.0[k] += 1;
                }
                None => cell.1 += 1,
            }
        }
        let mut actors: Vec<&str> = cells.keys().map(|k| k.0).collect();
        actors.sort_unstable();
        actors.dedup();
        let mut targets: Vec<&str> = cells.keys().map(|k| k.1).collect();
        targets.sort_unstable();
        targets.dedup();
        let (actor_names, actor_ix) = sorted_names(actors);
        let (target_names, target_ix) = sorted_names(targets);
        let n = labels.len();
        let mut out: Vec<TallyCell> = cells
            .into_iter()
            .map(|((a, t), (mut counts, untagged))| {
                counts.resize(n, 0);
                TallyCell { actor: actor_ix[a], target: target_ix[t], counts, untagged }
            })
            .collect();
        out.sort_unstable_by_key(|c| (c.actor, c.target));
        Self { actors: actor_names, targets: target_names, labels, cells: out }
    }

    /// The tally of the actors `keep` accepts (by index), renumbered in the same order.
    #[must_use]
    pub fn only_actors(&self, keep: impl Fn(u32) -> bool) -> Self {
        let mut new_index = vec![u32::MAX; self.actors.len()];
        let mut actors = Vec::new();
        for (i, a) in self.actors.iter().enumerate() {
            if keep(i as u32) {
                new_index[i] = actors.len() as u32;
                actors.push(a.clone());
            }
        }
        let cells = self
            .cells
            .iter()
            .filter(|c| new_index[c.actor as usize] != u32::MAX)
            .map(|c| TallyCell { actor: new_index[c.actor as usize], ..c.clone() })
            .collect();
        Self { actors, targets: self.targets.clone(), labels: self.labels.clone(), cells }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{CharRange, StatementId, StatementKind};

    /// A statement of `speaker` on `target` with `stance`, in document `doc`.
    pub(crate) fn st(id: u64, doc: u32, speaker: &str, target: &str, stance: Option<&str>) -> Statement {
        Statement {
            id: StatementId(id),
            document: DocumentId(doc),
            kind: StatementKind::Quote,
            speaker: speaker.into(),
            range: CharRange { start: 0, end: 0 },
            confidence: 1.0,
            stance: stance.map(Into::into),
            target: target.into(),
            ..Statement::default()
        }
    }

    /// A document with a file name and a date.
    pub(crate) fn doc(id: u32, name: &str, date: Option<&str>) -> Document {
        Document {
            id: DocumentId(id),
            file_name: name.into(),
            path: String::new(),
            sha256: String::new(),
            encoding: String::new(),
            format: String::new(),
            date: date.map(Into::into),
            text: String::new(),
            items: vec![],
        }
    }

    /// A project of `(speaker, target, stance)` statements, all in one dated document.
    pub(crate) fn project(rows: &[(&str, &str, Option<&str>)]) -> Project {
        let mut p = Project::default();
        p.documents.push(doc(0, "a.txt", Some("2026-03-02")));
        p.statements = rows.iter().enumerate().map(|(i, (a, t, s))| st(i as u64, 0, a, t, *s)).collect();
        p
    }

    #[test]
    fn the_tally_counts_per_actor_target_and_label_and_skips_missing_speakers_or_targets() {
        let p = project(&[
            ("Lee", "talks", Some("Support")),
            ("Lee", " talks ", Some("Support")),
            ("Lee", "talks", None),
            ("abe", "talks", Some("Oppose")),
            ("Abe", "Budget", Some("Rebuff")),
            ("", "talks", Some("Support")),
            ("Lee", "", Some("Support")),
        ]);
        let t = Tally::of(&p, &Scope::default());
        assert_eq!(t.actors, ["Abe", "abe", "Lee"]);
        assert_eq!(t.targets, ["Budget", "talks"]);
        assert_eq!(t.labels.names.last().map(String::as_str), Some("Rebuff"), "unknown labels are added");
        assert_eq!(t.labels.values.last(), Some(&None));
        assert_eq!(t.cells.len(), 3);
        let lee = &t.cells[2];
        assert_eq!((lee.actor, lee.target, lee.counts[0], lee.untagged, lee.tagged()), (2, 1, 2, 1, 2));
        assert_eq!(t.cells[0].counts[5], 1);
        let only = t.only_actors(|a| a == 2);
        assert_eq!(only.actors, ["Lee"]);
        assert_eq!(only.cells.len(), 1);
        assert_eq!(only.cells[0].actor, 0);
    }

    #[test]
    fn scopes_filter_by_document_date_and_target() {
        let mut p = project(&[("Lee", "talks", Some("Support")), ("Abe", "budget", Some("Oppose"))]);
        p.documents.push(doc(1, "b.txt", None));
        p.statements.push(st(9, 1, "Kim", "talks", Some("Oppose")));
        let count = |scope: &Scope| scoped(&p, scope).count();
        assert_eq!(count(&Scope::default()), 3);
        assert_eq!(count(&Scope { documents: vec!["b.txt".into()], ..Scope::default() }), 1);
        let day = parse_date("2026-03-02");
        assert_eq!(count(&Scope { from: day, ..Scope::default() }), 2, "undated documents are left out");
        assert_eq!(count(&Scope { to: parse_date("2026-03-01"), ..Scope::default() }), 0);
        assert_eq!(count(&Scope { targets: vec!["talks".into()], ..Scope::default() }), 2);
        assert_eq!(parse_date("2026-03-02T10:00"), day);
        assert_eq!(parse_date("March"), None);
    }

    #[test]
    fn labels_give_the_range_and_the_net_stance() {
        let mut l = Labels::of(&Codebook::default());
        assert!((l.range() - 2.0).abs() < 1e-12);
        assert_eq!(l.net(&[3, 1, 1, 0, 0], 5), Some(0.4));
        assert_eq!(l.net(&[0; 5], 0), None);
        l.values = vec![Some(1.0), None, None, None, None];
        assert!(l.range().abs() < 1e-12);
    }
}
