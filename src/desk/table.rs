//! The statements table as the analyst sees it: filtered, sorted, never reordering the project.
//!
//! Rows are statement indices into [`Project::statements`]. Sorting sorts a permutation of all
//! statements by a precomputed rank per column (computed once per column, kept until that column
//! changes), stably, so the previous order breaks ties. Filtering walks a lowercase copy of each
//! statement's searchable text, built once.

use std::cell::OnceCell;

use crate::model::{Coding, DocumentId, Project, Statement, StatementKind};

/// Whose tags the table shows, and whose tag the stance keys write.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Shown {
    /// The final tags; keys write the analyst's own tag, or settle the final tag of a statement
    /// other coders tagged.
    #[default]
    Final,
    /// One coder's tags; keys write that coder's tag.
    Coder(String),
    /// Every coder's tag side by side (keys as for the final tags).
    All,
}

impl Shown {
    /// The stance this view shows for a statement.
    pub fn stance<'a>(&self, s: &'a Statement) -> Option<&'a str> {
        match self {
            Self::Coder(c) => s.coder_tag(c).and_then(|t| t.stance.as_deref()),
            Self::Final | Self::All => s.stance.as_deref(),
        }
    }

    /// The target this view shows for a statement.
    pub fn target<'a>(&self, s: &'a Statement) -> &'a str {
        match self {
            Self::Coder(c) => s.coder_tag(c).map_or("", |t| t.target.as_str()),
            Self::Final | Self::All => &s.target,
        }
    }

    /// The note this view shows for a statement.
    pub fn note<'a>(&self, s: &'a Statement) -> &'a str {
        match self {
            Self::Coder(c) => s.coder_tag(c).map_or("", |t| t.note.as_str()),
            Self::Final | Self::All => &s.note,
        }
    }
}

impl Shown {
    /// The view's name in the view picker and the status bar.
    pub fn name(&self) -> &str {
        match self {
            Self::Final => "Final",
            Self::Coder(c) => c,
            Self::All => "All coders",
        }
    }
}

/// A column of the statements table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// News item headline (then document order).
    Item,
    /// Speaker.
    Speaker,
    /// Role.
    Role,
    /// Quote or position.
    Kind,
    /// The statement text.
    Statement,
    /// Cue verb.
    Cue,
    /// Stance (untagged first).
    Stance,
    /// Target.
    Target,
    /// Note.
    Note,
    /// Extraction confidence (the doubtful rows first when ascending).
    Confidence,
}

impl Column {
    /// All columns in display order.
    pub const ALL: [Column; 10] = [
        Column::Item,
        Column::Speaker,
        Column::Role,
        Column::Kind,
        Column::Confidence,
        Column::Statement,
        Column::Cue,
        Column::Stance,
        Column::Target,
        Column::Note,
    ];

    /// Header label.
    pub fn title(self) -> &'static str {
        match self {
            Self::Item => "Item",
            Self::Speaker => "Speaker",
            Self::Role => "Role",
            Self::Kind => "Kind",
            Self::Statement => "Statement",
            Self::Cue => "Cue",
            Self::Stance => "Stance",
            Self::Target => "Target",
            Self::Note => "Note",
            Self::Confidence => "Conf.",
        }
    }

    fn slot(self) -> usize {
        self as usize
    }

    /// Whether a change of tags changes this column.
    fn is_tag(self) -> bool {
        matches!(self, Self::Stance | Self::Target | Self::Note)
    }
}

/// A share from 0 to 1 in thousandths (values outside are clamped, NaN is 0).
#[allow(clippy::cast_sign_loss, reason = "clamped to 0..=1000 before the cast")]
pub fn thousandths(x: f32) -> u16 {
    let x = if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
    (x * 1000.0).round() as u16
}

/// Which stance the stance filter keeps (the stance of the view shown: the final one or one
/// coder's).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StanceFilter {
    /// Every statement.
    #[default]
    Any,
    /// Statements without a stance.
    Untagged,
    /// Statements with this label.
    Label(String),
}

/// Which statements the coders filter keeps: where the coders' tags disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CodingFilter {
    /// Every statement.
    #[default]
    Any,
    /// Statements whose coders disagree, settled or not.
    Disagree,
    /// Statements whose coders disagree and that nobody settled yet.
    Unsettled,
}

impl CodingFilter {
    /// Whether a statement of this coding passes.
    pub fn keeps(self, coding: Coding) -> bool {
        match self {
            Self::Any => true,
            Self::Disagree => matches!(coding, Coding::Disagree { .. }),
            Self::Unsettled => coding == Coding::Disagree { settled: false },
        }
    }
}

/// The statements of one actor, under any of its names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorFilter {
    /// The canonical name (shown in the filter bar).
    pub name: String,
    /// Every speaker name that means the actor, sorted.
    pub names: Vec<String>,
}

impl ActorFilter {
    /// The filter of the actor named `name`: its canonical name and aliases when the project
    /// lists it, else the name alone.
    pub fn of(project: &Project, name: &str) -> Self {
        let mut names = vec![name.to_owned()];
        if let Some(a) = project.actors.iter().find(|a| a.name == name) {
            names.extend(a.aliases.iter().cloned());
        }
        names.sort();
        names.dedup();
        Self { name: name.to_owned(), names }
    }
}

/// The filter bar.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Free text, matched case-insensitively against statement, speaker and role.
    pub text: String,
    /// Only quotes or only positions.
    pub kind: Option<StatementKind>,
    /// Stance.
    pub stance: StanceFilter,
    /// Only this speaker (exact).
    pub speaker: Option<String>,
    /// Only the statements of this actor: any of its names (canonical name and aliases).
    pub actor: Option<ActorFilter>,
    /// Only the statements with this target (exact).
    pub target: Option<String>,
    /// Only this document.
    pub document: Option<DocumentId>,
    /// Only this item of a document.
    pub item: Option<(DocumentId, u32)>,
    /// Only the doubtful statements: those with a confidence below [`Filter::doubt_threshold`].
    pub doubtful: bool,
    /// The analyst's threshold of doubt in hundredths; `None` is [`DEFAULT_DOUBT`].
    pub doubt_below: Option<u8>,
    /// Only the statements whose coders disagree (or only the unsettled ones).
    pub coding: CodingFilter,
}

/// Statements with a confidence below this are doubtful unless the analyst sets another threshold.
pub const DEFAULT_DOUBT: f32 = 0.5;

impl Filter {
    /// The confidence below which a statement is doubtful.
    pub fn doubt_threshold(&self) -> f32 {
        self.doubt_below.map_or(DEFAULT_DOUBT, |p| f32::from(p) / 100.0)
    }

    /// Whether statement `s` is doubtful: extracted with a confidence below the threshold.
    pub fn is_doubtful(&self, s: &Statement) -> bool {
        s.confidence < self.doubt_threshold()
    }

    /// Whether the filter keeps `s`; its stance and target are those of the view `shown`.
    fn keeps(&self, s: &Statement, shown: &Shown, haystack: &str, needle: &str) -> bool {
        let stance = shown.stance(s);
        if self.kind.is_some_and(|k| k != s.kind) {
            return false;
        }
        if self.doubtful && !self.is_doubtful(s) {
            return false;
        }
        match &self.stance {
            StanceFilter::Any => {}
            StanceFilter::Untagged => {
                if stance.is_some() {
                    return false;
                }
            }
            StanceFilter::Label(l) => {
                if stance != Some(l.as_str()) {
                    return false;
                }
            }
        }
        if self.coding != CodingFilter::Any && !self.coding.keeps(s.coding()) {
            return false;
        }
        if self.speaker.as_deref().is_some_and(|sp| sp != s.speaker) {
            return false;
        }
        if self.actor.as_ref().is_some_and(|a| a.names.binary_search(&s.speaker).is_err()) {
            return false;
        }
        if self.target.as_deref().is_some_and(|t| t != shown.target(s).trim()) {
            return false;
        }
        if self.document.is_some_and(|d| d != s.document) {
            return false;
        }
        if self.item.is_some_and(|(d, i)| d != s.document || i != s.item) {
            return false;
        }
        needle.is_empty() || haystack.contains(needle)
    }
}

/// The filtered, sorted view of the statements.
#[derive(Debug, Default)]
pub struct Table {
    /// All statement indices in the current sort order.
    order: Vec<u32>,
    /// The rows shown: `order` filtered.
    rows: Vec<u32>,
    /// Sort column and whether it is descending.
    sort: Option<(Column, bool)>,
    /// The filter in force.
    filter: Filter,
    /// Rank of each statement per column (index = column slot), built on first use.
    ranks: [Option<Vec<u32>>; 10],
    /// Lowercase "statement speaker role" per statement.
    haystack: Vec<String>,
    /// Whose stance the stance column shows, sorts and filters by.
    shown: Shown,
    /// The rows (positions in `rows`) of unsettled disagreements, made when the settle queue
    /// asks and dropped whenever the rows change.
    unsettled: OnceCell<Vec<usize>>,
}

impl Table {
    /// Builds the view of a project in document order, unfiltered.
    pub fn new(project: &Project) -> Self {
        let mut t = Self::default();
        t.rebuild(project);
        t
    }

    /// Rebuilds everything after statements were added or removed; keeps sort and filter.
    pub fn rebuild(&mut self, project: &Project) {
        self.ranks = Default::default();
        self.haystack = project.statements.iter().map(haystack).collect();
        self.order = (0..project.statements.len() as u32).collect();
        if let Some((col, desc)) = self.sort {
            self.sort = None;
            self.sort_by(project, col, desc);
        }
        self.refilter(project);
    }

    /// After tags changed: drops the ranks of tag columns and filters again.
    pub fn tags_changed(&mut self, project: &Project) {
        for c in Column::ALL.into_iter().filter(|c| c.is_tag()) {
            self.ranks[c.slot()] = None;
        }
        self.refilter(project);
    }

    /// After speakers, roles, cues or kinds changed.
    pub fn fields_changed(&mut self, project: &Project) {
        for c in [Column::Speaker, Column::Role, Column::Kind, Column::Cue] {
            self.ranks[c.slot()] = None;
        }
        self.haystack = project.statements.iter().map(haystack).collect();
        self.refilter(project);
    }

    /// The rows shown, as statement indices.
    pub fn rows(&self) -> &[u32] {
        &self.rows
    }

    /// The sort in force.
    pub fn sort(&self) -> Option<(Column, bool)> {
        self.sort
    }

    /// The filter in force.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// Shows another coder's stance (or the final one): the stance column sorts and filters
    /// by it from now on.
    pub fn set_shown(&mut self, project: &Project, shown: &Shown) {
        if *shown == self.shown {
            return;
        }
        self.shown = shown.clone();
        for c in Column::ALL.into_iter().filter(|c| c.is_tag()) {
            self.ranks[c.slot()] = None;
        }
        match self.sort {
            Some((col, desc)) if col.is_tag() => self.sort_by(project, col, desc),
            _ => self.refilter(project),
        }
    }

    /// The rows (positions among [`Table::rows`]) whose coders disagree and that nobody
    /// settled, in table order (made on first use after the rows changed).
    pub fn unsettled_rows(&self, project: &Project) -> &[usize] {
        self.unsettled.get_or_init(|| {
            let st = &project.statements;
            self.rows
                .iter()
                .enumerate()
                .filter(|(_, i)| {
                    st.get(**i as usize).is_some_and(|s| s.coding() == Coding::Disagree { settled: false })
                })
                .map(|(r, _)| r)
                .collect()
        })
    }

    /// Sets the filter and filters again.
    pub fn set_filter(&mut self, project: &Project, filter: Filter) {
        if filter != self.filter {
            self.filter = filter;
            self.refilter(project);
        }
    }

    /// A header click: sorts by `col` ascending, or reverses when it already sorts by it.
    pub fn click_header(&mut self, project: &Project, col: Column) {
        let desc = matches!(self.sort, Some((c, false)) if c == col);
        self.sort_by(project, col, desc);
    }

    /// Sorts all statements by `col`, stably: the previous order breaks ties.
    pub fn sort_by(&mut self, project: &Project, col: Column, desc: bool) {
        let (hay, shown) = (&self.haystack, &self.shown);
        let ranks = self.ranks[col.slot()].get_or_insert_with(|| ranks_of(project, col, hay, shown));
        if desc {
            self.order.sort_by_key(|&i| std::cmp::Reverse(ranks[i as usize]));
        } else {
            self.order.sort_by_key(|&i| ranks[i as usize]);
        }
        self.sort = Some((col, desc));
        self.refilter(project);
    }

    fn refilter(&mut self, project: &Project) {
        let needle = self.filter.text.trim().to_lowercase();
        let st = &project.statements;
        let hay = &self.haystack;
        let (f, shown) = (&self.filter, &self.shown);
        self.rows = self
            .order
            .iter()
            .copied()
            .filter(|&i| {
                let i = i as usize;
                st.get(i).is_some_and(|s| f.keeps(s, shown, hay.get(i).map_or("", String::as_str), &needle))
            })
            .collect();
        self.unsettled = OnceCell::new();
    }
}

fn haystack(s: &Statement) -> String {
    let mut h = String::with_capacity(s.text.len() + s.speaker.len() + s.role.len() + 2);
    h.push_str(&s.text.to_lowercase());
    h.push('\u{1f}');
    h.push_str(&s.speaker.to_lowercase());
    h.push('\u{1f}');
    h.push_str(&s.role.to_lowercase());
    h
}

/// The rank of every statement by one column (the stance as `shown`): equal values get equal
/// ranks.
fn ranks_of(project: &Project, col: Column, haystack: &[String], shown: &Shown) -> Vec<u32> {
    let st = &project.statements;
    let n = st.len();
    let mut idx: Vec<u32> = (0..n as u32).collect();
    let mut ranks = vec![0u32; n];
    match col {
        Column::Item => {
            // item order = document order, then item index
            let doc_rank: std::collections::HashMap<_, _> =
                project.documents.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
            let key = |i: u32| {
                let s = &st[i as usize];
                (doc_rank.get(&s.document).copied().unwrap_or(usize::MAX), s.item)
            };
            idx.sort_by_key(|&i| key(i));
            assign(&mut ranks, &idx, |a, b| key(a) == key(b));
        }
        Column::Kind => {
            for (i, s) in st.iter().enumerate() {
                ranks[i] = u32::from(s.kind == StatementKind::Position);
            }
        }
        Column::Confidence => {
            // the bits of a float in 0..=1 grow with its value; equal values get equal ranks
            for (i, s) in st.iter().enumerate() {
                ranks[i] = u32::from(thousandths(s.confidence));
            }
        }
        Column::Stance => {
            // untagged first, then labels in codebook order, unknown labels last
            let labels = &project.codebook.labels;
            for (i, s) in st.iter().enumerate() {
                ranks[i] = match shown.stance(s) {
                    None => 0,
                    Some(l) => labels.iter().position(|x| x.name == l).map_or(u32::MAX, |p| p as u32 + 1),
                };
            }
        }
        _ => {
            // statement, speaker and role are lowercased once in the filter's haystack
            // ("statement\u{1f}speaker\u{1f}role"): their keys borrow from it
            let field = |i: usize, k: usize| haystack.get(i).and_then(|h| h.split('\u{1f}').nth(k)).unwrap_or("");
            let owned: Vec<String>;
            let keys: Vec<&str> = match col {
                Column::Statement => (0..n).map(|i| field(i, 0)).collect(),
                Column::Speaker => (0..n).map(|i| field(i, 1)).collect(),
                Column::Role => (0..n).map(|i| field(i, 2)).collect(),
                _ => {
                    owned = st
                        .iter()
                        .map(|s| match col {
                            Column::Cue => s.cue.to_lowercase(),
                            Column::Target => shown.target(s).to_lowercase(),
                            _ => shown.note(s).to_lowercase(),
                        })
                        .collect();
                    owned.iter().map(String::as_str).collect()
                }
            };
            // empty values last, the rest alphabetically (by lowercase)
            idx.sort_unstable_by(|&a, &b| {
                let (ka, kb) = (keys[a as usize], keys[b as usize]);
                ka.is_empty().cmp(&kb.is_empty()).then_with(|| ka.cmp(kb))
            });
            assign(&mut ranks, &idx, |a, b| keys[a as usize] == keys[b as usize]);
        }
    }
    ranks
}

fn assign(ranks: &mut [u32], sorted: &[u32], same: impl Fn(u32, u32) -> bool) {
    let mut rank = 0u32;
    for (k, &i) in sorted.iter().enumerate() {
        if k > 0 && !same(sorted[k - 1], i) {
            rank += 1;
        }
        ranks[i as usize] = rank;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CharRange, Document, StatementId};

    fn st(id: u64, speaker: &str, kind: StatementKind, text: &str, stance: Option<&str>) -> Statement {
        Statement {
            id: StatementId(id),
            document: DocumentId(0),
            kind,
            speaker: speaker.into(),
            cue: "said".into(),
            text: text.into(),
            range: CharRange { start: id as usize, end: id as usize + 1 },
            confidence: 1.0,
            stance: stance.map(Into::into),
            ..Statement::default()
        }
    }

    fn project() -> Project {
        let mut p = Project::default();
        p.documents.push(Document {
            id: DocumentId(0),
            file_name: "a".into(),
            path: String::new(),
            sha256: String::new(),
            encoding: String::new(),
            format: String::new(),
            date: None,
            text: String::new(),
            items: vec![],
        });
        p.statements = vec![
            st(0, "Lee", StatementKind::Quote, "Alpha", Some("Oppose")),
            st(1, "Abe", StatementKind::Position, "beta", None),
            st(2, "Lee", StatementKind::Position, "Gamma Ünï", Some("Support")),
            st(3, "Abe", StatementKind::Quote, "delta", None),
        ];
        p
    }

    fn ids(t: &Table, p: &Project) -> Vec<u64> {
        t.rows().iter().map(|&i| p.statements[i as usize].id.0).collect()
    }

    #[test]
    fn sorting_is_stable_and_reverses_on_a_second_click() {
        let p = project();
        let mut t = Table::new(&p);
        t.click_header(&p, Column::Kind);
        assert_eq!(ids(&t, &p), [0, 3, 1, 2]);
        // by speaker: ties keep the kind order
        t.click_header(&p, Column::Speaker);
        assert_eq!(ids(&t, &p), [3, 1, 0, 2]);
        t.click_header(&p, Column::Speaker);
        assert_eq!(t.sort(), Some((Column::Speaker, true)));
        assert_eq!(ids(&t, &p), [0, 2, 3, 1]);
    }

    #[test]
    fn confidence_sorts_doubtful_first_and_filters_below_the_analysts_threshold() {
        let mut p = project();
        for (s, c) in p.statements.iter_mut().zip([0.9, 0.3, 0.65, 0.45]) {
            s.confidence = c;
        }
        let mut t = Table::new(&p);
        t.click_header(&p, Column::Confidence);
        assert_eq!(ids(&t, &p), [1, 3, 2, 0]);
        // default threshold 0.5
        t.set_filter(&p, Filter { doubtful: true, ..Filter::default() });
        assert_eq!(ids(&t, &p), [1, 3]);
        assert!(t.filter().is_doubtful(&p.statements[3]) && !t.filter().is_doubtful(&p.statements[2]));
        // the analyst raises it to 0.7
        t.set_filter(&p, Filter { doubtful: true, doubt_below: Some(70), ..Filter::default() });
        assert_eq!(ids(&t, &p), [1, 3, 2]);
    }

    #[test]
    fn stance_sorts_untagged_first_then_codebook_order() {
        let p = project();
        let mut t = Table::new(&p);
        t.click_header(&p, Column::Stance);
        assert_eq!(ids(&t, &p), [1, 3, 2, 0]);
    }

    #[test]
    fn filters_combine() {
        let p = project();
        let mut t = Table::new(&p);
        t.set_filter(&p, Filter { text: "ÜNÏ".into(), ..Filter::default() });
        assert_eq!(ids(&t, &p), [2]);
        t.set_filter(&p, Filter { text: "abe".into(), ..Filter::default() });
        assert_eq!(ids(&t, &p), [1, 3]);
        t.set_filter(
            &p,
            Filter { stance: StanceFilter::Untagged, kind: Some(StatementKind::Quote), ..Filter::default() },
        );
        assert_eq!(ids(&t, &p), [3]);
        t.set_filter(&p, Filter { stance: StanceFilter::Label("Oppose".into()), ..Filter::default() });
        assert_eq!(ids(&t, &p), [0]);
        t.set_filter(&p, Filter { speaker: Some("Lee".into()), ..Filter::default() });
        assert_eq!(ids(&t, &p), [0, 2]);
        let mut p = p;
        p.statements[2].target = " talks ".into();
        p.statements[1].target = "talks".into();
        t.set_filter(&p, Filter { speaker: Some("Lee".into()), target: Some("talks".into()), ..Filter::default() });
        assert_eq!(ids(&t, &p), [2], "an actor x target cell");
    }

    #[test]
    fn tag_changes_refilter_and_resort() {
        let mut p = project();
        let mut t = Table::new(&p);
        t.set_filter(&p, Filter { stance: StanceFilter::Untagged, ..Filter::default() });
        assert_eq!(t.rows().len(), 2);
        p.statements[1].stance = Some("Mixed".into());
        t.tags_changed(&p);
        assert_eq!(ids(&t, &p), [3]);
    }

    fn coded() -> Project {
        use crate::model::CoderTag;
        let tag = |coder: &str, stance: &str| CoderTag {
            coder: coder.into(),
            stance: Some(stance.into()),
            target: "talks".into(),
            tagged_at: Some("2026-01-01T00:00:00Z".into()),
            ..CoderTag::default()
        };
        let mut p = project();
        for s in &mut p.statements {
            s.stance = None;
        }
        // 0: ann and bo agree; 1: they disagree; 2: they disagree, settled; 3: only bo
        for (i, tags) in [(0, [("ann", "Oppose"), ("bo", "Oppose")]), (1, [("ann", "Support"), ("bo", "Oppose")])] {
            for (c, l) in tags {
                p.statements[i].set_coder_tag(tag(c, l));
            }
        }
        p.statements[2].set_coder_tag(tag("ann", "Mixed"));
        p.statements[2].set_coder_tag(tag("bo", "Support"));
        p.statements[2].settle("lead", tag("lead", "Mixed"));
        p.statements[3].set_coder_tag(tag("bo", "Support"));
        p
    }

    #[test]
    fn the_stance_column_follows_the_coder_shown() {
        let p = coded();
        let mut t = Table::new(&p);
        t.set_filter(&p, Filter { stance: StanceFilter::Label("Support".into()), ..Filter::default() });
        assert_eq!(ids(&t, &p), [3], "final tags: 1 has none while its coders disagree");
        t.set_shown(&p, &Shown::Coder("ann".into()));
        assert_eq!(ids(&t, &p), [1]);
        t.set_shown(&p, &Shown::Coder("bo".into()));
        assert_eq!(ids(&t, &p), [2, 3]);
        t.set_filter(&p, Filter::default());
        t.click_header(&p, Column::Stance);
        // bo: 0 Oppose, 1 Oppose, 2 Support, 3 Support; Support comes first in the codebook
        assert_eq!(ids(&t, &p), [2, 3, 0, 1]);
        // back to ann's: re-sorted by ann's stance (3 untagged first, Support, Oppose, Mixed)
        t.set_shown(&p, &Shown::Coder("ann".into()));
        assert_eq!(ids(&t, &p), [3, 1, 0, 2]);
        t.click_header(&p, Column::Target);
        assert_eq!(ids(&t, &p), [1, 0, 2, 3], "ann's targets (the empty one last)");
    }

    #[test]
    fn the_target_filter_follows_the_coder_shown() {
        let p = coded();
        let mut t = Table::new(&p);
        t.set_filter(&p, Filter { target: Some("talks".into()), ..Filter::default() });
        assert_eq!(ids(&t, &p), [0, 2, 3], "final tags: 1 has none while its coders disagree");
        t.set_shown(&p, &Shown::Coder("ann".into()));
        assert_eq!(ids(&t, &p), [0, 1, 2], "ann never tagged 3");
    }

    #[test]
    fn the_coders_filter_keeps_disagreements_or_only_unsettled_ones() {
        let p = coded();
        let mut t = Table::new(&p);
        t.set_filter(&p, Filter { coding: CodingFilter::Disagree, ..Filter::default() });
        assert_eq!(ids(&t, &p), [1, 2]);
        t.set_filter(&p, Filter { coding: CodingFilter::Unsettled, ..Filter::default() });
        assert_eq!(ids(&t, &p), [1]);
        assert_eq!(t.unsettled_rows(&p), [0]);
        // combined with other filters
        t.set_filter(&p, Filter { coding: CodingFilter::Disagree, speaker: Some("Lee".into()), ..Filter::default() });
        assert_eq!(ids(&t, &p), [2]);
        t.set_filter(&p, Filter::default());
        assert_eq!(t.unsettled_rows(&p), [1], "rows of unsettled disagreements, in table order");
    }
}
