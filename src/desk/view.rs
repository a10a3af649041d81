//! The desk's view of the project: the statements table, the selection and cursor, the items
//! table and the counters of the status bar. It never changes the project; it is rebuilt or
//! updated from what an edit touched ([`View::touched`]), never per frame.

use std::collections::{BTreeSet, HashMap, HashSet};

use std::cell::OnceCell;

use super::edit::Touched;
use super::names::{ActorRow, AliasSuggestion, TargetRow, actor_rows, suggestions, target_rows};
use super::state::ProjectState;
pub use super::table::Shown;
use super::table::Table;
use crate::model::{Coding, DocumentId, Project, StatementId, StatementKind};

/// A column of the items table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemColumn {
    /// Headline.
    Headline,
    /// Document file name (then position in the document).
    Document,
    /// Document date.
    Date,
    /// Number of quotes.
    Quotes,
    /// Number of positions.
    Positions,
    /// Share of statements tagged.
    Tagged,
}

impl ItemColumn {
    /// Whether the column's values change when statements are tagged or removed.
    fn counts(self) -> bool {
        matches!(self, Self::Quotes | Self::Positions | Self::Tagged)
    }
}

/// One news item as the items table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    /// Its document.
    pub document: DocumentId,
    /// Index in the document's items.
    pub item: u32,
    /// Headline.
    pub headline: String,
    /// Document file name.
    pub file_name: String,
    /// Document date.
    pub date: String,
    /// Quotes in the item.
    pub quotes: usize,
    /// Positions in the item.
    pub positions: usize,
    /// Tagged statements in the item.
    pub tagged: usize,
    /// Position of the item in document order (index of its counters).
    slot: usize,
}

/// Where the statements tagged by two or more coders stand (for the status bar).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CodingCounts {
    /// The coders agree.
    pub agree: usize,
    /// The coders disagree and someone settled the final tag.
    pub settled: usize,
    /// The coders disagree and nobody settled it yet.
    pub unsettled: usize,
}

/// What the desk shows of the project.
#[derive(Debug)]
pub struct View {
    shown: Shown,
    table: Table,
    selected: BTreeSet<StatementId>,
    cursor: Option<StatementId>,
    /// The row the table should scroll to, numbered so that each request is seen once.
    scroll: Option<(u64, usize)>,
    scrolls: u64,
    items: Vec<ItemRow>,
    items_sort: Option<(ItemColumn, bool)>,
    /// Speakers with their number of statements, sorted by name.
    speakers: Vec<(String, usize)>,
    /// Documents with their number of statements, in project order.
    documents: Vec<(DocumentId, usize)>,
    per_stance: Vec<usize>,
    targets: Vec<String>,
    /// The target set last, offered first when a target field is empty.
    last_target: Option<String>,
    tagged: usize,
    /// Agreements and disagreements between coders, counted with the tags.
    coding: CodingCounts,
    /// The coders whose tags the statements have, sorted.
    coders: Vec<String>,
    /// Item slot of each statement (by position in the project's statements).
    stmt_slot: Vec<u32>,
    /// The statements of each item.
    by_item: HashMap<(DocumentId, u32), Vec<StatementId>>,
    /// The actors list, made when a window asks for it and dropped on every change.
    actor_rows: OnceCell<Vec<ActorRow>>,
    /// Likely aliases among the actors, likewise.
    alias_suggestions: OnceCell<Vec<AliasSuggestion>>,
    /// The targets list, likewise.
    target_rows: OnceCell<Vec<TargetRow>>,
}

impl View {
    /// The view of a project just opened, nothing selected.
    pub fn new(project: &Project) -> Self {
        let mut v = Self {
            shown: Shown::Final,
            table: Table::new(project),
            selected: BTreeSet::new(),
            cursor: None,
            scroll: None,
            scrolls: 0,
            items: Vec::new(),
            items_sort: None,
            speakers: Vec::new(),
            documents: Vec::new(),
            per_stance: Vec::new(),
            targets: Vec::new(),
            last_target: None,
            tagged: 0,
            coding: CodingCounts::default(),
            coders: Vec::new(),
            stmt_slot: Vec::new(),
            by_item: HashMap::new(),
            actor_rows: OnceCell::new(),
            alias_suggestions: OnceCell::new(),
            target_rows: OnceCell::new(),
        };
        v.reindex(project);
        v
    }

    /// Whose tags the table shows.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// Shows another coder's tags (or the final ones, or all): the stance column, its sort and
    /// filter and the counters follow.
    pub(super) fn show(&mut self, state: &ProjectState, shown: Shown) {
        if shown == self.shown {
            return;
        }
        self.table.set_shown(state.project(), &shown);
        self.shown = shown;
        self.recount(state.project());
        self.drop_hidden_selection(state);
        self.keep_cursor_visible(state);
    }

    /// Agreements, settled and unsettled disagreements between coders.
    pub fn coding_counts(&self) -> CodingCounts {
        self.coding
    }

    /// The coders whose tags the statements have, sorted.
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// The statements table (filter, sort, rows).
    pub fn table(&self) -> &Table {
        &self.table
    }

    /// Selected statements.
    pub fn selected(&self) -> &BTreeSet<StatementId> {
        &self.selected
    }

    /// The focused statement (keyboard cursor, source view).
    pub fn cursor(&self) -> Option<StatementId> {
        self.cursor
    }

    /// The latest request to scroll the table to a row: its number (each request has a new one)
    /// and the row.
    pub fn scroll_request(&self) -> Option<(u64, usize)> {
        self.scroll
    }

    /// The items table, in its sort order.
    pub fn items(&self) -> &[ItemRow] {
        &self.items
    }

    /// The sort of the items table.
    pub fn items_sort(&self) -> Option<(ItemColumn, bool)> {
        self.items_sort
    }

    /// Speakers with their number of statements, sorted by name (for the speaker filter).
    pub fn speakers(&self) -> &[(String, usize)] {
        &self.speakers
    }

    /// Documents with their number of statements, in project order (for the document filter;
    /// counted with the items, never per frame).
    pub fn documents(&self) -> &[(DocumentId, usize)] {
        &self.documents
    }

    /// Statements per stance label (same order as the codebook).
    pub fn per_stance(&self) -> &[usize] {
        &self.per_stance
    }

    /// Targets used so far, sorted, for completion.
    pub fn targets(&self) -> &[String] {
        &self.targets
    }

    /// The target set last (Tab puts it into an empty target field).
    pub fn last_target(&self) -> Option<&str> {
        self.last_target.as_deref()
    }

    /// Remembers the target set last.
    pub fn target_used(&mut self, target: &str) {
        self.last_target = Some(target.to_owned());
    }

    /// Number of statements tagged in the view shown (a running counter, never a per-frame
    /// scan).
    pub fn tagged(&self) -> usize {
        self.tagged
    }

    /// The statements of one item, by id (no scan of the project).
    pub fn item_statement_ids(&self, document: DocumentId, item: u32) -> &[StatementId] {
        self.by_item.get(&(document, item)).map_or(&[], Vec::as_slice)
    }

    /// Position of a statement among the rows shown.
    pub fn row_of(&self, state: &ProjectState, id: StatementId) -> Option<usize> {
        let i = state.position(id)? as u32;
        self.table.rows().iter().position(|&r| r == i)
    }

    /// The statement shown in row `row`.
    pub fn id_at_row(&self, project: &Project, row: usize) -> Option<StatementId> {
        self.table.rows().get(row).and_then(|&i| project.statements.get(i as usize)).map(|s| s.id)
    }

    /// The row of the cursor.
    pub fn cursor_row(&self, state: &ProjectState) -> Option<usize> {
        self.cursor.and_then(|c| self.row_of(state, c))
    }

    /// The actors with their counts, sorted by name (made on first use after a change).
    pub fn actors(&self, project: &Project) -> &[ActorRow] {
        self.actor_rows.get_or_init(|| actor_rows(project))
    }

    /// Likely aliases among the actors, the most statements first.
    pub fn alias_suggestions(&self, project: &Project) -> &[AliasSuggestion] {
        self.alias_suggestions.get_or_init(|| suggestions(self.actors(project), 200))
    }

    /// The targets with their counts and definitions, sorted by name.
    pub fn target_list(&self, project: &Project) -> &[TargetRow] {
        self.target_rows.get_or_init(|| target_rows(project))
    }

    fn forget_lists(&mut self) {
        self.actor_rows = OnceCell::new();
        self.alias_suggestions = OnceCell::new();
        self.target_rows = OnceCell::new();
    }

    /// Updates the view after an edit touched the project.
    pub fn touched(&mut self, state: &ProjectState, t: Touched) {
        self.forget_lists();
        let project = state.project();
        if t.structure || t.codebook {
            self.structure_changed(state);
        } else {
            if t.tags {
                self.recount(project);
                self.table.tags_changed(project);
            }
            if t.fields {
                self.reindex(project);
                self.table.fields_changed(project);
            }
        }
    }

    /// Updates the view after statements or documents came or went.
    pub fn structure_changed(&mut self, state: &ProjectState) {
        self.forget_lists();
        self.reindex(state.project());
        self.table.rebuild(state.project());
        self.selected.retain(|id| state.contains(*id));
        if self.cursor.is_some_and(|c| !state.contains(c)) {
            self.cursor = self.selected.iter().next().copied();
        }
    }

    fn reindex(&mut self, project: &Project) {
        self.rebuild_items(project);
        self.sort_items(project);
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for s in project.statements.iter().filter(|s| !s.speaker.is_empty()) {
            *counts.entry(s.speaker.as_str()).or_default() += 1;
        }
        let mut speakers: Vec<(String, usize)> = counts.into_iter().map(|(s, n)| (s.to_owned(), n)).collect();
        speakers.sort_by_cached_key(|(s, _)| (s.to_lowercase(), s.clone()));
        self.speakers = speakers;
    }

    /// Rebuilds the items table and the statement → item mapping (after statements or
    /// documents were added or removed), then the counters.
    fn rebuild_items(&mut self, p: &Project) {
        let mut items = Vec::new();
        let mut slot_of = HashMap::new();
        for d in &p.documents {
            for (n, it) in d.items.iter().enumerate() {
                slot_of.insert((d.id, n as u32), items.len());
                items.push(ItemRow {
                    document: d.id,
                    item: n as u32,
                    headline: it.headline.clone(),
                    file_name: d.file_name.clone(),
                    date: d.date.clone().unwrap_or_default(),
                    slot: items.len(),
                    quotes: 0,
                    positions: 0,
                    tagged: 0,
                });
            }
        }
        self.stmt_slot =
            p.statements.iter().map(|s| slot_of.get(&(s.document, s.item)).map_or(u32::MAX, |&k| k as u32)).collect();
        let mut by_item: HashMap<(DocumentId, u32), Vec<StatementId>> = HashMap::new();
        for s in &p.statements {
            by_item.entry((s.document, s.item)).or_default().push(s.id);
        }
        self.by_item = by_item;
        self.items = items;
        self.recount(p);
    }

    /// Recomputes the counters of the items table and the status bar: one pass over the
    /// statements with array updates only (after every edit, never per frame).
    fn recount(&mut self, p: &Project) {
        let mut counts = vec![[0usize; 3]; self.items.len()];
        let mut per_stance = vec![0; p.codebook.labels.len()];
        let mut tagged = 0;
        let mut coding = CodingCounts::default();
        let mut coders: Vec<&str> = Vec::new();
        for (pos, s) in p.statements.iter().enumerate() {
            let stance = self.shown.stance(s);
            if let Some(c) = self.stmt_slot.get(pos).and_then(|&k| counts.get_mut(k as usize)) {
                match s.kind {
                    StatementKind::Quote => c[0] += 1,
                    StatementKind::Position => c[1] += 1,
                }
                c[2] += usize::from(stance.is_some());
            }
            if let Some(l) = stance {
                tagged += 1;
                if let Some(k) = p.codebook.labels.iter().position(|x| x.name == l) {
                    per_stance[k] += 1;
                }
            }
            if s.coder_tags.is_empty() {
                continue;
            }
            for t in &s.coder_tags {
                if !coders.contains(&t.coder.as_str()) {
                    coders.push(&t.coder);
                }
            }
            match s.coding() {
                Coding::Agree => coding.agree += 1,
                Coding::Disagree { settled: true } => coding.settled += 1,
                Coding::Disagree { settled: false } => coding.unsettled += 1,
                Coding::Untagged | Coding::Single => {}
            }
        }
        coders.sort_unstable();
        self.coders = coders.into_iter().map(str::to_owned).collect();
        self.coding = coding;
        let mut per_doc: HashMap<DocumentId, usize> = HashMap::new();
        for it in &mut self.items {
            if let Some(c) = counts.get(it.slot) {
                [it.quotes, it.positions, it.tagged] = *c;
            }
            *per_doc.entry(it.document).or_default() += it.quotes + it.positions;
        }
        self.documents = p.documents.iter().map(|d| (d.id, per_doc.get(&d.id).copied().unwrap_or(0))).collect();
        let mut targets: Vec<String> = p
            .statements
            .iter()
            .map(|s| s.target.trim())
            .chain(p.targets.iter().map(|t| t.name.as_str()))
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        targets.sort_unstable();
        targets.dedup();
        targets.sort_by_cached_key(|t| t.to_lowercase());
        self.targets = targets;
        self.per_stance = per_stance;
        self.tagged = tagged;
        if self.items_sort.is_some_and(|(c, _)| c.counts()) {
            self.sort_items(p);
        }
    }

    /// Sorts the items table by a column; a second click on the same column reverses.
    pub fn click_items_header(&mut self, project: &Project, col: ItemColumn) {
        let desc = matches!(self.items_sort, Some((c, false)) if c == col);
        self.items_sort = Some((col, desc));
        self.sort_items(project);
    }

    /// Sorts the items table by its sort column, stably (document order breaks ties).
    fn sort_items(&mut self, project: &Project) {
        let Some((col, desc)) = self.items_sort else { return };
        let order: HashMap<DocumentId, usize> = project.documents.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
        self.items.sort_by_key(|it| (order.get(&it.document).copied(), it.item));
        let share = |it: &ItemRow| {
            let total = it.quotes + it.positions;
            (it.tagged * 10_000).checked_div(total).unwrap_or(0)
        };
        let cmp = |a: &ItemRow, b: &ItemRow| match col {
            ItemColumn::Headline => a.headline.cmp(&b.headline),
            ItemColumn::Document => order.get(&a.document).cmp(&order.get(&b.document)).then(a.item.cmp(&b.item)),
            ItemColumn::Date => a.date.cmp(&b.date),
            ItemColumn::Quotes => a.quotes.cmp(&b.quotes),
            ItemColumn::Positions => a.positions.cmp(&b.positions),
            ItemColumn::Tagged => share(a).cmp(&share(b)),
        };
        if desc {
            self.items.sort_by(|a, b| cmp(b, a));
        } else {
            self.items.sort_by(cmp);
        }
    }

    /// The table with another filter; hidden rows leave the selection.
    pub fn set_filter(&mut self, state: &ProjectState, filter: super::table::Filter) {
        self.table.set_filter(state.project(), filter);
        self.drop_hidden_selection(state);
        self.keep_cursor_visible(state);
    }

    /// Sorts the statements table by a column (a second click reverses).
    pub fn click_header(&mut self, state: &ProjectState, col: super::table::Column) {
        self.table.click_header(state.project(), col);
        self.scroll_to(self.cursor_row(state));
    }

    fn scroll_to(&mut self, row: Option<usize>) {
        if let Some(row) = row {
            self.scrolls += 1;
            self.scroll = Some((self.scrolls, row));
        }
    }

    /// Selects only `id` and scrolls to it.
    pub fn select_only(&mut self, state: &ProjectState, id: StatementId) {
        self.selected.clear();
        self.selected.insert(id);
        self.cursor = Some(id);
        self.scroll_to(self.row_of(state, id));
    }

    /// Selects nothing.
    pub fn select_none(&mut self) {
        self.selected.clear();
        self.cursor = None;
    }

    /// A click on a row: select it; `extend` (Ctrl) toggles it, `range` (Shift) selects from
    /// the cursor to it.
    pub fn click_row(&mut self, state: &ProjectState, id: StatementId, extend: bool, range: bool) {
        if range {
            if let (Some(a), Some(b)) = (self.cursor_row(state), self.row_of(state, id)) {
                let (lo, hi) = (a.min(b), a.max(b));
                for r in lo..=hi {
                    if let Some(x) = self.id_at_row(state.project(), r) {
                        self.selected.insert(x);
                    }
                }
                self.cursor = Some(id);
                return;
            }
        }
        if extend {
            if !self.selected.remove(&id) {
                self.selected.insert(id);
            }
            self.cursor = Some(id);
        } else {
            self.select_only(state, id);
        }
    }

    /// Moves the cursor by `by` rows (negative is up), staying inside the rows.
    pub fn move_cursor(&mut self, state: &ProjectState, by: i32) {
        let rows = self.table.rows().len();
        if rows == 0 {
            return;
        }
        let next = match self.cursor_row(state) {
            Some(r) if by < 0 => r.saturating_sub(by.unsigned_abs() as usize),
            Some(r) => r.saturating_add(by.unsigned_abs() as usize).min(rows - 1),
            None => 0,
        };
        if let Some(id) = self.id_at_row(state.project(), next) {
            self.select_only(state, id);
        }
    }

    /// Moves the cursor to the next untagged row after `row`, where the cursor was (wrapping),
    /// if there is one. When the tagged row left the view (an "untagged" filter), the row that
    /// slid into its place is the next one.
    pub fn next_untagged(&mut self, state: &ProjectState, row: usize) {
        let n = self.table.rows().len();
        if n == 0 {
            self.select_none();
            return;
        }
        let (at, first) = match self.cursor_row(state) {
            Some(r) => (r, 1),
            None => (row.min(n - 1), 0),
        };
        let statements = &state.project().statements;
        for k in first..first + n {
            let r = (at + k) % n;
            let Some(s) = statements.get(self.table.rows()[r] as usize) else { continue };
            if self.shown.stance(s).is_none() {
                let id = s.id;
                self.select_only(state, id);
                return;
            }
        }
    }

    /// Moves the cursor to the next (`by` > 0) or previous (`by` < 0) unsettled disagreement in
    /// table order, wrapping; `by` = 0 stays on the cursor's row when it is one, else takes the
    /// next. Says whether there is one.
    pub fn step_unsettled(&mut self, state: &ProjectState, by: i32) -> bool {
        let at = self.cursor_row(state);
        let rows = self.table.unsettled_rows(state.project());
        let (Some(&first), Some(&last)) = (rows.first(), rows.last()) else { return false };
        let to = match (at, by.signum()) {
            (None, -1) => last,
            (None, _) => first,
            (Some(r), -1) => rows.iter().rev().find(|&&x| x < r).copied().unwrap_or(last),
            (Some(r), 0) => rows.iter().find(|&&x| x >= r).copied().unwrap_or(first),
            (Some(r), _) => rows.iter().find(|&&x| x > r).copied().unwrap_or(first),
        };
        if let Some(id) = self.id_at_row(state.project(), to) {
            self.select_only(state, id);
        }
        true
    }

    /// After settling `id` (the cursor, at `row` before the edit): the next unsettled
    /// disagreement after it; when its row left the view, the row that slid into its place
    /// counts as the next one.
    pub fn next_unsettled_after(&mut self, state: &ProjectState, id: StatementId, row: usize) {
        let still = self.row_of(state, id);
        let rows = self.table.unsettled_rows(state.project());
        let next = match still {
            Some(r) => rows.iter().find(|&&x| x > r).or(rows.first()),
            None => rows.iter().find(|&&x| x >= row).or(rows.first()),
        };
        match next.copied().and_then(|r| self.id_at_row(state.project(), r)) {
            Some(next) => self.select_only(state, next),
            None => self.keep_cursor_visible_at(state, row),
        }
    }

    /// After an edit that may have hidden the cursor's row: the row now at `row` takes it.
    pub fn keep_cursor_visible_at(&mut self, state: &ProjectState, row: usize) {
        if self.cursor_row(state).is_none() {
            let n = self.table.rows().len();
            match self.id_at_row(state.project(), row.min(n.saturating_sub(1))) {
                Some(id) if n > 0 => self.select_only(state, id),
                _ => self.select_none(),
            }
        }
    }

    /// Keeps only the selected rows still shown (a filter never leaves hidden rows selected).
    fn drop_hidden_selection(&mut self, state: &ProjectState) {
        if self.selected.len() <= 1 {
            return;
        }
        let shown: HashSet<u32> = self.table.rows().iter().copied().collect();
        self.selected.retain(|id| state.position(*id).is_some_and(|i| shown.contains(&(i as u32))));
    }

    /// Keeps the cursor on a shown row: the first one when its row is hidden.
    pub fn keep_cursor_visible(&mut self, state: &ProjectState) {
        match self.cursor_row(state) {
            None => match self.id_at_row(state.project(), 0) {
                Some(id) => self.select_only(state, id),
                None => self.select_none(),
            },
            row => self.scroll_to(row),
        }
    }
}
