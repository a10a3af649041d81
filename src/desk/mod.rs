//! The desk's working state without any GUI: the open project, the table view, the selection,
//! the undo history and the tagging rules. The egui views in [`crate::ui`] read it and return
//! [`Command`]s; [`crate::app`] applies them here.

pub mod edit;
pub mod table;

use std::collections::BTreeSet;
use std::path::PathBuf;

use edit::{Edit, History, Tags, Touched};
use table::{Column, Filter, Table};

use crate::model::{Project, StatementId};

/// Something the analyst asked for in a frame; applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select a row (replacing the selection); `extend` adds it (Ctrl-click), `range` selects
    /// from the cursor to it (Shift-click).
    Select {
        /// The statement clicked.
        id: StatementId,
        /// Ctrl held.
        extend: bool,
        /// Shift held.
        range: bool,
    },
    /// Move the cursor by rows (negative is up).
    Move(i32),
    /// Set this stance on the selection (or clear it when every selected row has it already);
    /// `None` clears. `advance` moves on to the next untagged row afterwards.
    Stance {
        /// Label name, `None` to clear.
        label: Option<String>,
        /// Move to the next untagged row.
        advance: bool,
    },
    /// Set the stance chip of one row (toggle): the row becomes the selection.
    Chip {
        /// The row's statement.
        id: StatementId,
        /// Label name.
        label: String,
    },
    /// Sort by a column (a second click reverses).
    Sort(Column),
    /// Replace the filter.
    Filter(Filter),
    /// Filter to one item of a document (or clear with `None`).
    Item(Option<(crate::model::DocumentId, u32)>),
    /// Undo the last edit.
    Undo,
    /// Redo.
    Redo,
    /// Delete the selected statements.
    Delete,
    /// Correct the cursor statement: extraction fields (the speaker renamed on every statement
    /// of that speaker when `everywhere`), and target and note on the whole selection.
    Correct {
        /// The statement being corrected.
        id: StatementId,
        /// Its new speaker, role, cue and kind.
        fields: edit::Fields,
        /// Rename the old speaker on every statement.
        everywhere: bool,
        /// New target for the selection (`None`: unchanged).
        target: Option<String>,
        /// New note for the selection (`None`: unchanged).
        note: Option<String>,
    },
    /// Add a statement for a character range of a document (text selected in the source).
    Add {
        /// The document.
        document: crate::model::DocumentId,
        /// Character range in its text.
        range: crate::model::CharRange,
    },
    /// Split a statement in two at a character offset of its document.
    Split {
        /// The statement.
        id: StatementId,
        /// Document character offset strictly inside the statement.
        at: usize,
    },
    /// Merge the selected statements (of one document) into one.
    Merge,
    /// Replace the codebook; `relabel` maps old label names to new ones (`None`: untag), for
    /// labels renamed or removed.
    Codebook {
        /// The new codebook.
        codebook: crate::model::Codebook,
        /// Old label → new label or untagged.
        relabel: Vec<(String, Option<String>)>,
    },
    /// Set the coder written on new tags.
    Coder(String),
    /// Sort the items table by a column (a second click reverses).
    SortItems(ItemColumn),
}

/// A change of the project, in the order it happened, for a copy of the project kept
/// elsewhere (the saver thread's): replaying the changes on a copy of the project as it was
/// gives the project as it is, with no copy of the whole project per save.
#[derive(Debug, Clone)]
pub enum Change {
    /// An edit applied (new, undone or redone).
    Edit(Edit),
    /// Documents and statements added.
    Documents(Vec<crate::model::Document>, Vec<crate::model::Statement>),
    /// The list of coders.
    Coders(Vec<String>),
    /// A document read again (another encoding): its text and all its statements replaced.
    ReplaceDocument(crate::model::Document, Vec<crate::model::Statement>),
}

impl Change {
    /// Replays the change on a copy of the project (with its statement index).
    pub fn replay(self, project: &mut Project, idx: &mut edit::Index) {
        match self {
            Self::Edit(e) => {
                e.apply(project, idx);
            }
            Self::Documents(docs, statements) => {
                project.documents.extend(docs);
                project.statements.extend(statements);
                *idx = edit::index_of(project);
            }
            Self::Coders(c) => project.coders = c,
            Self::ReplaceDocument(doc, statements) => {
                replace_document(project, doc, statements);
                *idx = edit::index_of(project);
            }
        }
    }
}

/// Puts `doc` in place of the document with its id and `statements` in place of that
/// document's statements, in document order.
fn replace_document(project: &mut Project, doc: crate::model::Document, statements: Vec<crate::model::Statement>) {
    let id = doc.id;
    if let Some(d) = project.documents.iter_mut().find(|d| d.id == id) {
        *d = doc;
    }
    let at = project.statements.iter().position(|s| s.document == id).unwrap_or(project.statements.len());
    project.statements.retain(|s| s.document != id);
    let at = at.min(project.statements.len());
    project.statements.splice(at..at, statements);
}

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

/// One news item as the items table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    /// Its document.
    pub document: crate::model::DocumentId,
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

/// The working state of an open project.
#[derive(Debug)]
pub struct Desk {
    /// The project.
    pub project: Project,
    /// Where it is saved, if it is.
    pub path: Option<PathBuf>,
    /// The table view.
    pub table: Table,
    /// Selected statements.
    pub selected: BTreeSet<StatementId>,
    /// The focused statement (keyboard cursor, source view).
    pub cursor: Option<StatementId>,
    /// Undo/redo.
    pub history: History,
    /// Changes since the last save.
    pub unsaved: usize,
    /// Changes since the last recovery write.
    pub unrecovered: bool,
    /// The coder written on tags.
    pub coder: String,
    /// Statement index by id, kept up to date by the edits.
    index: edit::Index,
    /// Document position by id.
    doc_index: std::collections::HashMap<crate::model::DocumentId, usize>,
    /// Tagged statements (running counter, never a per-frame scan).
    tagged: usize,
    /// If set, the scroll target for the table (row index) on the next frame.
    pub scroll_to: Option<usize>,
    /// The items table (recomputed after each edit, never per frame).
    pub items: Vec<ItemRow>,
    /// Speakers, sorted, for the speaker filter.
    pub speakers: Vec<String>,
    /// Statements per stance label (same order as the codebook).
    pub per_stance: Vec<usize>,
    /// Targets used so far, sorted, for completion.
    pub targets: Vec<String>,
    /// Sort of the items table.
    pub items_sort: Option<(ItemColumn, bool)>,
    /// The next statement id to hand out; never goes down, so an id deleted and then restored
    /// by undo is never given to another statement.
    next_id: u64,
    /// The next document id to hand out.
    next_doc: u32,
    /// Changes not yet taken by [`Desk::take_changes`].
    changes: Vec<Change>,
    /// Item slot of each statement (by position in the project's statements).
    stmt_slot: Vec<u32>,
    /// The statements of each item.
    by_item: std::collections::HashMap<(crate::model::DocumentId, u32), Vec<StatementId>>,
    /// Character-to-byte index of each document's text.
    char_index: std::collections::HashMap<crate::model::DocumentId, crate::model::CharIndex>,
}

impl Desk {
    /// A desk on a project; the first row is selected.
    pub fn new(project: Project, path: Option<PathBuf>, coder: String) -> Self {
        let table = Table::new(&project);
        let mut d = Self {
            project,
            path,
            table,
            selected: BTreeSet::new(),
            cursor: None,
            history: History::default(),
            unsaved: 0,
            unrecovered: false,
            coder,
            index: edit::Index::new(),
            doc_index: std::collections::HashMap::new(),
            tagged: 0,
            scroll_to: None,
            items: Vec::new(),
            speakers: Vec::new(),
            per_stance: Vec::new(),
            targets: Vec::new(),
            items_sort: None,
            next_id: 0,
            next_doc: 0,
            changes: Vec::new(),
            stmt_slot: Vec::new(),
            by_item: std::collections::HashMap::new(),
            char_index: std::collections::HashMap::new(),
        };
        d.next_id = d.project.next_statement_id().0;
        d.next_doc = d.project.next_document_id().0;
        d.reindex();
        if let Some(&first) = d.table.rows().first() {
            let id = d.project.statements[first as usize].id;
            d.select_only(id);
        }
        d
    }

    /// Byte range in the document's text of a character range.
    pub fn byte_range(
        &self,
        doc: crate::model::DocumentId,
        r: crate::model::CharRange,
    ) -> Option<std::ops::Range<usize>> {
        let d = self.document(doc)?;
        let idx = self.char_index.get(&doc)?;
        Some(idx.byte_at(&d.text, r.start)?..idx.byte_at(&d.text, r.end)?)
    }

    /// Takes the changes made since the last call, in order (for the saver's copy).
    pub fn take_changes(&mut self) -> Vec<Change> {
        self.changes.extend(self.history.take_applied().into_iter().map(Change::Edit));
        std::mem::take(&mut self.changes)
    }

    fn note_edits(&mut self) {
        let applied = self.history.take_applied();
        self.changes.extend(applied.into_iter().map(Change::Edit));
    }

    /// The statements of one item (no scan of the project).
    pub fn item_statements(
        &self,
        document: crate::model::DocumentId,
        item: u32,
    ) -> impl Iterator<Item = &crate::model::Statement> {
        self.by_item.get(&(document, item)).into_iter().flatten().filter_map(|&id| self.statement(id))
    }

    /// The document with this id (no scan of the documents).
    pub fn document(&self, id: crate::model::DocumentId) -> Option<&crate::model::Document> {
        self.doc_index.get(&id).and_then(|&i| self.project.documents.get(i))
    }

    fn reindex(&mut self) {
        self.doc_index = self.project.documents.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
        for d in &self.project.documents {
            self.char_index.entry(d.id).or_insert_with(|| crate::model::CharIndex::new(&d.text));
        }
        self.index = edit::index_of(&self.project);
        self.rebuild_items();
        self.sort_items();
        let mut speakers: Vec<String> =
            self.project.statements.iter().map(|s| s.speaker.clone()).filter(|s| !s.is_empty()).collect();
        speakers.sort_by_key(|s| s.to_lowercase());
        speakers.dedup();
        self.speakers = speakers;
    }

    /// Recomputes the counters shown in the items table and the status bar (O(statements),
    /// once per edit).
    /// Rebuilds the items table and the statement → item mapping (after statements or
    /// documents were added or removed), then the counters.
    fn rebuild_items(&mut self) {
        let p = &self.project;
        let mut items = Vec::new();
        let mut slot_of = std::collections::HashMap::new();
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
        let mut by_item: std::collections::HashMap<(crate::model::DocumentId, u32), Vec<StatementId>> =
            std::collections::HashMap::new();
        for s in &p.statements {
            by_item.entry((s.document, s.item)).or_default().push(s.id);
        }
        self.by_item = by_item;
        self.items = items;
        self.recount();
    }

    /// Recomputes the counters of the items table and the status bar: one pass over the
    /// statements with array updates only (after every edit, never per frame).
    fn recount(&mut self) {
        let p = &self.project;
        let mut counts = vec![[0usize; 3]; self.items.len()];
        let mut per_stance = vec![0; p.codebook.labels.len()];
        let mut tagged = 0;
        for (pos, s) in p.statements.iter().enumerate() {
            if let Some(c) = self.stmt_slot.get(pos).and_then(|&k| counts.get_mut(k as usize)) {
                match s.kind {
                    crate::model::StatementKind::Quote => c[0] += 1,
                    crate::model::StatementKind::Position => c[1] += 1,
                }
                c[2] += usize::from(s.stance.is_some());
            }
            if let Some(l) = &s.stance {
                tagged += 1;
                if let Some(k) = p.codebook.labels.iter().position(|x| &x.name == l) {
                    per_stance[k] += 1;
                }
            }
        }
        for it in &mut self.items {
            if let Some(c) = counts.get(it.slot) {
                [it.quotes, it.positions, it.tagged] = *c;
            }
        }
        let mut targets: Vec<String> =
            p.statements.iter().map(|s| s.target.trim()).filter(|t| !t.is_empty()).map(str::to_owned).collect();
        targets.sort_unstable();
        targets.dedup();
        targets.sort_by_cached_key(|t| t.to_lowercase());
        self.targets = targets;
        self.per_stance = per_stance;
        self.tagged = tagged;
        if matches!(self.items_sort, Some((c, _)) if c != ItemColumn::Headline && c != ItemColumn::Document && c != ItemColumn::Date)
        {
            self.sort_items();
        }
    }

    /// The statement with this id.
    pub fn statement(&self, id: StatementId) -> Option<&crate::model::Statement> {
        self.index.get(&id).and_then(|&i| self.project.statements.get(i))
    }

    /// Number of tagged statements.
    pub fn tagged(&self) -> usize {
        self.tagged
    }

    /// Position of a statement among the rows shown.
    pub fn row_of(&self, id: StatementId) -> Option<usize> {
        let i = *self.index.get(&id)? as u32;
        self.table.rows().iter().position(|&r| r == i)
    }

    fn id_at_row(&self, row: usize) -> Option<StatementId> {
        self.table.rows().get(row).map(|&i| self.project.statements[i as usize].id)
    }

    fn select_only(&mut self, id: StatementId) {
        self.selected.clear();
        self.selected.insert(id);
        self.cursor = Some(id);
        self.scroll_to = self.row_of(id);
    }

    /// Applies a command; returns an error or notice for the status bar, if any.
    pub fn run(&mut self, cmd: Command) -> Option<String> {
        match cmd {
            Command::Select { id, extend, range } => {
                if range {
                    if let (Some(a), Some(b)) = (self.cursor.and_then(|c| self.row_of(c)), self.row_of(id)) {
                        let (lo, hi) = (a.min(b), a.max(b));
                        for r in lo..=hi {
                            if let Some(x) = self.id_at_row(r) {
                                self.selected.insert(x);
                            }
                        }
                        self.cursor = Some(id);
                        return None;
                    }
                }
                if extend {
                    if !self.selected.remove(&id) {
                        self.selected.insert(id);
                    }
                    self.cursor = Some(id);
                } else {
                    self.select_only(id);
                }
            }
            Command::Move(by) => {
                let rows = self.table.rows().len();
                if rows == 0 {
                    return None;
                }
                let at = self.cursor.and_then(|c| self.row_of(c));
                let next = match at {
                    Some(r) if by < 0 => r.saturating_sub(by.unsigned_abs() as usize),
                    Some(r) => r.saturating_add(by.unsigned_abs() as usize).min(rows - 1),
                    None => 0,
                };
                if let Some(id) = self.id_at_row(next) {
                    self.select_only(id);
                }
            }
            Command::Stance { label, advance } => {
                let ids: Vec<StatementId> = self.selected.iter().copied().collect();
                let row = self.cursor.and_then(|c| self.row_of(c)).unwrap_or(0);
                self.set_stance(&ids, label.as_deref());
                if advance {
                    self.next_untagged(row);
                } else {
                    self.keep_cursor_visible_at(row);
                }
            }
            Command::Chip { id, label } => {
                if !self.selected.contains(&id) || self.selected.len() == 1 {
                    self.select_only(id);
                }
                let ids: Vec<StatementId> = self.selected.iter().copied().collect();
                let all_have =
                    ids.iter().all(|&i| self.statement(i).and_then(|s| s.stance.as_deref()) == Some(&*label));
                self.set_stance(&ids, if all_have { None } else { Some(label.as_str()) });
            }
            Command::Sort(col) => {
                self.table.click_header(&self.project, col);
                self.scroll_to = self.cursor.and_then(|c| self.row_of(c));
            }
            Command::Filter(f) => {
                self.table.set_filter(&self.project, f);
                self.drop_hidden_selection();
                self.keep_cursor_visible();
            }
            Command::Item(item) => {
                let mut f = self.table.filter().clone();
                f.item = item;
                self.table.set_filter(&self.project, f);
                self.drop_hidden_selection();
                self.keep_cursor_visible();
            }
            Command::Undo => match self.history.undo(&mut self.project, &mut self.index) {
                Some(t) => {
                    self.note_edits();
                    self.touched(t);
                }
                None => return Some("nothing to undo".to_owned()),
            },
            Command::Redo => match self.history.redo(&mut self.project, &mut self.index) {
                Some(t) => {
                    self.note_edits();
                    self.touched(t);
                }
                None => return Some("nothing to redo".to_owned()),
            },
            Command::Correct { id, fields, everywhere, target, note } => {
                return self.correct(id, &fields, everywhere, target.as_deref(), note.as_deref());
            }
            Command::Add { document, range } => return Some(self.add(document, range)),
            Command::Split { id, at } => return self.split(id, at),
            Command::Merge => return self.merge(),
            Command::Codebook { codebook, relabel } => {
                let map: std::collections::HashMap<&str, &Option<String>> =
                    relabel.iter().map(|(old, new)| (old.as_str(), new)).collect();
                let changes: Vec<(StatementId, Option<String>)> = self
                    .project
                    .statements
                    .iter()
                    .filter_map(|s| {
                        let old = s.stance.as_deref()?;
                        map.get(old).map(|new| (s.id, (*new).clone()))
                    })
                    .collect();
                let n = changes.len();
                self.apply(Edit::Codebook(codebook, changes));
                return (n > 0).then(|| format!("codebook changed; {n} statements relabelled"));
            }
            Command::Coder(name) => {
                self.coder = name;
            }
            Command::SortItems(col) => {
                let desc = matches!(self.items_sort, Some((c, false)) if c == col);
                self.items_sort = Some((col, desc));
                self.sort_items();
            }
            Command::Delete => {
                let ids: Vec<StatementId> = self.selected.iter().copied().collect();
                if ids.is_empty() {
                    return None;
                }
                let row = self.cursor.and_then(|c| self.row_of(c)).unwrap_or(0);
                self.apply(Edit::Remove(ids));
                let rows = self.table.rows().len();
                if let Some(id) = self.id_at_row(row.min(rows.saturating_sub(1))) {
                    self.select_only(id);
                } else {
                    self.selected.clear();
                    self.cursor = None;
                }
            }
        }
        None
    }

    fn alloc_id(&mut self) -> StatementId {
        let id = StatementId(self.next_id);
        self.next_id += 1;
        id
    }

    /// Adds documents and their statements (opened briefings) to the project, with ids given
    /// here (whatever ids the reader used), so that briefings read while the project changed
    /// never collide with it. Not an undoable edit.
    pub fn add_documents(
        &mut self,
        mut docs: Vec<crate::model::Document>,
        mut statements: Vec<crate::model::Statement>,
    ) {
        let mut doc_map = std::collections::HashMap::new();
        for d in &mut docs {
            let new = crate::model::DocumentId(self.next_doc);
            self.next_doc += 1;
            doc_map.insert(d.id, new);
            d.id = new;
        }
        for s in &mut statements {
            s.id = self.alloc_id();
            if let Some(&d) = doc_map.get(&s.document) {
                s.document = d;
            }
        }
        let first = statements.first().map(|s| s.id);
        self.changes.push(Change::Documents(docs.clone(), statements.clone()));
        self.project.documents.extend(docs);
        self.project.statements.extend(statements);
        self.unsaved += 1;
        self.unrecovered = true;
        self.reindex();
        self.table.rebuild(&self.project);
        if self.cursor.is_none() {
            if let Some(id) = first {
                self.select_only(id);
            }
        }
    }

    fn correct(
        &mut self,
        id: StatementId,
        fields: &edit::Fields,
        everywhere: bool,
        target: Option<&str>,
        note: Option<&str>,
    ) -> Option<String> {
        let old = self.statement(id)?.clone();
        let mut edits = Vec::new();
        let mut changes = vec![(id, fields.clone())];
        if everywhere && fields.speaker != old.speaker && !old.speaker.is_empty() {
            for s in &self.project.statements {
                if s.id != id && s.speaker == old.speaker {
                    let mut f = edit::Fields::of(s);
                    f.speaker.clone_from(&fields.speaker);
                    changes.push((s.id, f));
                }
            }
        }
        changes.retain(|(i, f)| self.statement(*i).is_some_and(|s| edit::Fields::of(s) != *f));
        let renamed = changes.len();
        if !changes.is_empty() {
            edits.push(Edit::Fields(changes));
        }
        if target.is_some() || note.is_some() {
            // target and note go to the whole selection when the statement is part of it
            let ids: Vec<StatementId> =
                if self.selected.contains(&id) { self.selected.iter().copied().collect() } else { vec![id] };
            let retagged = self.retag(&ids, |t| {
                if let Some(x) = target {
                    x.trim().clone_into(&mut t.target);
                }
                if let Some(x) = note {
                    x.clone_into(&mut t.note);
                }
                true
            });
            edits.extend(retagged);
        }
        match edits.len() {
            0 => None,
            1 => {
                self.apply(edits.remove(0));
                (renamed > 1).then(|| format!("renamed the speaker on {renamed} statements"))
            }
            _ => {
                self.apply(Edit::Group(edits));
                (renamed > 1).then(|| format!("renamed the speaker on {renamed} statements"))
            }
        }
    }

    /// A new statement for a range of a document, with the id after the largest.
    fn new_statement(
        &self,
        document: crate::model::DocumentId,
        range: crate::model::CharRange,
        id: StatementId,
    ) -> Option<crate::model::Statement> {
        let doc = self.document(document)?;
        let bytes = self.byte_range(document, range)?;
        let text = doc.text.get(bytes)?;
        if text.trim().is_empty() {
            return None;
        }
        let item = doc.items.iter().rposition(|it| it.range.start <= range.start).unwrap_or(0) as u32;
        let quoted = text.starts_with(['“', '"', '„', '«', '»', '‘', '\'', '‚', '‹']);
        Some(crate::model::Statement {
            id,
            document,
            item,
            kind: if quoted { crate::model::StatementKind::Quote } else { crate::model::StatementKind::Position },
            speaker: String::new(),
            role: String::new(),
            cue: String::new(),
            text: text.to_owned(),
            range,
            confidence: 1.0,
            stance: None,
            target: String::new(),
            note: String::new(),
            coder: String::new(),
            tagged_at: None,
        })
    }

    /// A new statement over `range` of `template`'s document that keeps `template`'s speaker,
    /// role, cue, kind, item and tags (the parts of a split, the result of a merge).
    fn statement_like(
        &self,
        template: &crate::model::Statement,
        range: crate::model::CharRange,
        id: StatementId,
    ) -> Option<crate::model::Statement> {
        let text = self.new_statement(template.document, range, id)?.text;
        Some(crate::model::Statement { id, range, text, confidence: 1.0, ..template.clone() })
    }

    fn add(&mut self, document: crate::model::DocumentId, range: crate::model::CharRange) -> String {
        if range.is_empty() {
            return "select some text in the source first".to_owned();
        }
        let id = self.alloc_id();
        let Some(s) = self.new_statement(document, range, id) else {
            return "nothing to add: the selection is empty".to_owned();
        };
        self.apply(Edit::Insert(vec![s]));
        self.select_only(id);
        format!("added {id}: set its speaker in the fields above the source")
    }

    fn split(&mut self, id: StatementId, at: usize) -> Option<String> {
        let old = self.statement(id)?.clone();
        if at <= old.range.start || at >= old.range.end {
            return Some("put the caret inside the statement to split it".to_owned());
        }
        let first = self.alloc_id();
        let second = self.alloc_id();
        let mk = |new: StatementId, r: crate::model::CharRange| self.statement_like(&old, r, new);
        let (Some(a), Some(b)) = (
            mk(first, crate::model::CharRange { start: old.range.start, end: at }),
            mk(second, crate::model::CharRange { start: at, end: old.range.end }),
        ) else {
            return Some("both parts of a split need some text".to_owned());
        };
        self.apply(Edit::Group(vec![Edit::Remove(vec![id]), Edit::Insert(vec![a, b])]));
        self.select_only(first);
        None
    }

    fn merge(&mut self) -> Option<String> {
        let mut parts: Vec<crate::model::Statement> =
            self.selected.iter().filter_map(|&i| self.statement(i).cloned()).collect();
        if parts.len() < 2 {
            return Some("select two or more statements to merge (Ctrl-click)".to_owned());
        }
        if parts.iter().any(|s| s.document != parts[0].document || s.item != parts[0].item) {
            return Some("only statements of one news item can be merged".to_owned());
        }
        parts.sort_by_key(|s| s.range.start);
        let range = crate::model::CharRange {
            start: parts[0].range.start,
            end: parts.iter().map(|s| s.range.end).max().unwrap_or(parts[0].range.end),
        };
        let id = self.alloc_id();
        let merged = self.statement_like(&parts[0], range, id)?;
        let ids = parts.iter().map(|s| s.id).collect();
        self.apply(Edit::Group(vec![Edit::Remove(ids), Edit::Insert(vec![merged])]));
        self.select_only(id);
        None
    }

    /// Sorts the items table by its sort column, stably (document order breaks ties).
    fn sort_items(&mut self) {
        let Some((col, desc)) = self.items_sort else { return };
        let order: std::collections::HashMap<crate::model::DocumentId, usize> =
            self.project.documents.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
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

    /// Replaces a document read again (another encoding) and its statements; returns how many
    /// tagged statements went. Not undoable: the statements are new, with new ids.
    pub fn replace_document(
        &mut self,
        mut doc: crate::model::Document,
        mut statements: Vec<crate::model::Statement>,
    ) -> usize {
        let Some(old) = self.document(doc.id).map(|d| d.id) else { return 0 };
        doc.id = old;
        let lost = self.project.statements.iter().filter(|s| s.document == old && s.stance.is_some()).count();
        for s in &mut statements {
            s.id = self.alloc_id();
            s.document = old;
        }
        self.changes.push(Change::ReplaceDocument(doc.clone(), statements.clone()));
        self.char_index.remove(&old);
        replace_document(&mut self.project, doc, statements);
        self.unsaved += 1;
        self.unrecovered = true;
        self.reindex();
        self.table.rebuild(&self.project);
        self.selected.retain(|id| self.index.contains_key(id));
        if self.cursor.is_none_or(|c| !self.index.contains_key(&c)) {
            let first = self.project.statements.iter().find(|s| s.document == old).map(|s| s.id);
            match first {
                Some(id) => self.select_only(id),
                None => self.keep_cursor_visible(),
            }
        }
        lost
    }

    /// Tagged statements of a document.
    pub fn tagged_in(&self, doc: crate::model::DocumentId) -> usize {
        self.project.statements.iter().filter(|s| s.document == doc && s.stance.is_some()).count()
    }

    /// Applies an edit through the history.
    pub fn apply(&mut self, edit: Edit) {
        let t = self.history.apply(edit, &mut self.project, &mut self.index);
        self.note_edits();
        self.touched(t);
    }

    fn touched(&mut self, t: Touched) {
        self.unsaved += 1;
        self.unrecovered = true;
        if t.structure || t.codebook {
            self.reindex();
            self.table.rebuild(&self.project);
            self.selected.retain(|id| self.index.contains_key(id));
            if self.cursor.is_some_and(|c| !self.index.contains_key(&c)) {
                self.cursor = self.selected.iter().next().copied();
            }
        } else {
            if t.tags {
                self.recount();
                self.table.tags_changed(&self.project);
            }
            if t.fields {
                self.reindex();
                self.table.fields_changed(&self.project);
            }
        }
    }

    fn set_stance(&mut self, ids: &[StatementId], label: Option<&str>) {
        // a stance set is attributed to the coder; a stance cleared clears the attribution
        if let Some(edit) = self.retag(ids, |t| {
            t.stance = label.map(str::to_owned);
            label.is_some()
        }) {
            self.apply(edit);
        }
    }

    /// The tag edit for `ids`: `change` edits a copy of each statement's tags and says whether
    /// the coder and time are written on it (else they are cleared). Statements whose tags do
    /// not change are left out; `None` when none change. The coder joins the project's coders.
    fn retag(&mut self, ids: &[StatementId], change: impl Fn(&mut Tags) -> bool) -> Option<Edit> {
        let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
        let mut attributed = false;
        let changes: Vec<(StatementId, Tags)> = ids
            .iter()
            .filter_map(|&id| {
                let mut t = Tags::of(self.statement(id)?);
                let before = t.clone();
                let stamp = change(&mut t);
                if t == before {
                    return None;
                }
                if stamp {
                    t.coder.clone_from(&self.coder);
                    t.tagged_at = Some(now.clone());
                    attributed = true;
                } else {
                    t.coder.clear();
                    t.tagged_at = None;
                }
                Some((id, t))
            })
            .collect();
        if changes.is_empty() {
            return None;
        }
        if attributed && !self.coder.is_empty() && !self.project.coders.contains(&self.coder) {
            self.project.coders.push(self.coder.clone());
            self.changes.push(Change::Coders(self.project.coders.clone()));
        }
        Some(Edit::Tags(changes))
    }

    /// Moves the cursor to the next untagged row after `row`, where the cursor was (wrapping),
    /// if there is one. When the tagged row left the view (an "untagged" filter), the row that
    /// slid into its place is the next one.
    fn next_untagged(&mut self, row: usize) {
        let n = self.table.rows().len();
        if n == 0 {
            self.selected.clear();
            self.cursor = None;
            return;
        }
        let (at, first) = match self.cursor.and_then(|c| self.row_of(c)) {
            Some(r) => (r, 1),
            None => (row.min(n - 1), 0),
        };
        for k in first..first + n {
            let r = (at + k) % n;
            let i = self.table.rows()[r] as usize;
            if self.project.statements[i].stance.is_none() {
                let id = self.project.statements[i].id;
                self.select_only(id);
                return;
            }
        }
    }

    /// After an edit that may have hidden the cursor's row: the row now at `row` takes it.
    fn keep_cursor_visible_at(&mut self, row: usize) {
        if self.cursor.and_then(|c| self.row_of(c)).is_none() {
            let n = self.table.rows().len();
            match self.id_at_row(row.min(n.saturating_sub(1))) {
                Some(id) if n > 0 => self.select_only(id),
                _ => {
                    self.selected.clear();
                    self.cursor = None;
                }
            }
        }
    }

    /// Keeps only the selected rows still shown (a filter never leaves hidden rows selected).
    fn drop_hidden_selection(&mut self) {
        if self.selected.len() <= 1 {
            return;
        }
        let shown: std::collections::HashSet<u32> = self.table.rows().iter().copied().collect();
        let index = &self.index;
        self.selected.retain(|id| index.get(id).is_some_and(|&i| shown.contains(&(i as u32))));
    }

    fn keep_cursor_visible(&mut self) {
        if self.cursor.and_then(|c| self.row_of(c)).is_none() {
            match self.id_at_row(0) {
                Some(id) => self.select_only(id),
                None => {
                    self.selected.clear();
                    self.cursor = None;
                }
            }
        } else {
            self.scroll_to = self.cursor.and_then(|c| self.row_of(c));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocumentId;

    /// A one-document project extracted from `text` (also used by the tests of `edit`).
    pub(crate) fn project_of(text: &str) -> Project {
        let ex = crate::extract::extract_document(text, DocumentId(0), 0);
        let mut p = Project::default();
        p.documents.push(crate::model::Document {
            id: DocumentId(0),
            file_name: "a.txt".into(),
            path: String::new(),
            sha256: String::new(),
            encoding: "UTF-8".into(),
            format: "text".into(),
            date: None,
            text: text.into(),
            items: ex.items,
        });
        p.statements = ex.statements;
        p
    }

    fn desk() -> Desk {
        let p = project_of(
            "Talks stall\n“We will not move,” said Defence Minister Ann Lee. “Never,” she added. \
             Mr Roe said talks would go on. He warned that time was short.\n",
        );
        assert!(p.statements.len() >= 4, "{:?}", p.statements);
        Desk::new(p, None, "ann".into())
    }

    #[test]
    fn first_row_selected_and_keys_tag_and_advance() {
        let mut d = desk();
        let first = d.project.statements[0].id;
        assert_eq!(d.cursor, Some(first));
        d.run(Command::Stance { label: Some("Support".into()), advance: true });
        let s = d.statement(first).unwrap();
        assert_eq!(s.stance.as_deref(), Some("Support"));
        assert_eq!(s.coder, "ann");
        assert!(s.tagged_at.is_some());
        assert_eq!(d.cursor, Some(d.project.statements[1].id));
        assert_eq!(d.tagged(), 1);
        assert_eq!(d.project.coders, ["ann"]);
        d.run(Command::Undo);
        assert_eq!(d.tagged(), 0);
        d.run(Command::Redo);
        assert_eq!(d.tagged(), 1);
    }

    #[test]
    fn chip_toggles_and_bulk_tags_the_selection() {
        let mut d = desk();
        let a = d.project.statements[0].id;
        let b = d.project.statements[2].id;
        d.run(Command::Chip { id: a, label: "Oppose".into() });
        assert_eq!(d.statement(a).unwrap().stance.as_deref(), Some("Oppose"));
        d.run(Command::Chip { id: a, label: "Oppose".into() });
        assert_eq!(d.statement(a).unwrap().stance, None, "second click clears");
        d.run(Command::Select { id: b, extend: false, range: true });
        assert!(d.selected.len() >= 3);
        d.run(Command::Stance { label: Some("Mixed".into()), advance: false });
        assert_eq!(d.tagged(), d.selected.len());
        d.run(Command::Undo);
        assert_eq!(d.tagged(), 0, "bulk tagging is one undo step");
    }

    #[test]
    fn delete_and_undo_keep_ids() {
        let mut d = desk();
        let n = d.project.statements.len();
        let a = d.project.statements[0].id;
        d.run(Command::Delete);
        assert_eq!(d.project.statements.len(), n - 1);
        assert!(d.statement(a).is_none());
        assert_eq!(d.table.rows().len(), n - 1);
        d.run(Command::Undo);
        assert_eq!(d.project.statements[0].id, a);
        assert_eq!(d.table.rows().len(), n);
    }

    #[test]
    fn correct_renames_everywhere_and_tags_the_selection() {
        let mut d = desk();
        let first = d.project.statements[0].clone();
        let same: Vec<StatementId> =
            d.project.statements.iter().filter(|s| s.speaker == first.speaker).map(|s| s.id).collect();
        assert!(same.len() >= 2, "{:?}", d.project.statements);
        let mut f = edit::Fields::of(&first);
        f.speaker = "Ann B. Lee".into();
        let msg = d.run(Command::Correct {
            id: first.id,
            fields: f,
            everywhere: true,
            target: Some("talks".into()),
            note: None,
        });
        assert!(msg.is_some_and(|m| m.contains("renamed")));
        for id in &same {
            assert_eq!(d.statement(*id).unwrap().speaker, "Ann B. Lee");
        }
        assert_eq!(d.statement(first.id).unwrap().target, "talks");
        assert_eq!(d.targets, ["talks"]);
        assert!(d.speakers.contains(&"Ann B. Lee".to_owned()));
        d.run(Command::Undo);
        for id in &same {
            assert_eq!(d.statement(*id).unwrap().speaker, first.speaker, "one undo step");
        }
        assert_eq!(d.statement(first.id).unwrap().target, "");
    }

    #[test]
    fn add_split_merge_keep_text_equal_to_the_source_and_undo() {
        let mut d = desk();
        let before = d.project.clone();
        let doc = d.project.documents[0].id;
        // add "Talks stall" (the headline)
        d.run(Command::Add { document: doc, range: crate::model::CharRange { start: 0, end: 11 } });
        let added = d.cursor.unwrap();
        assert_eq!(d.statement(added).unwrap().text, "Talks stall");
        assert!((d.statement(added).unwrap().confidence - 1.0).abs() < f32::EPSILON);
        // split it after "Talks"
        d.run(Command::Split { id: added, at: 5 });
        let a = d.cursor.unwrap();
        assert_eq!(d.statement(a).unwrap().text, "Talks");
        assert!(d.statement(added).is_none());
        let b = d.project.statements.iter().find(|s| s.text == " stall").map(|s| s.id).unwrap();
        // merge them back
        d.run(Command::Select { id: b, extend: true, range: false });
        d.run(Command::Merge);
        let m = d.cursor.unwrap();
        assert_eq!(d.statement(m).unwrap().text, "Talks stall");
        for s in &d.project.statements {
            let doc = d.document(s.document).unwrap();
            assert_eq!(&doc.text[d.byte_range(doc.id, s.range).unwrap()], s.text);
        }
        d.run(Command::Undo);
        d.run(Command::Undo);
        d.run(Command::Undo);
        assert_eq!(d.project, before);
    }

    #[test]
    fn removing_and_renaming_labels_relabels_statements_in_one_undo_step() {
        let mut d = desk();
        let (a, b) = (d.project.statements[0].id, d.project.statements[1].id);
        d.run(Command::Chip { id: a, label: "Support".into() });
        d.run(Command::Chip { id: b, label: "Oppose".into() });
        let mut cb = d.project.codebook.clone();
        cb.labels.retain(|l| l.name != "Oppose");
        cb.labels[0].name = "Backs".into();
        let msg = d.run(Command::Codebook {
            codebook: cb,
            relabel: vec![("Support".into(), Some("Backs".into())), ("Oppose".into(), None)],
        });
        assert!(msg.is_some_and(|m| m.contains("2 statements")));
        assert_eq!(d.statement(a).unwrap().stance.as_deref(), Some("Backs"));
        assert_eq!(d.statement(b).unwrap().stance, None);
        assert_eq!(d.per_stance.len(), 4);
        d.run(Command::Undo);
        assert_eq!(d.statement(a).unwrap().stance.as_deref(), Some("Support"));
        assert_eq!(d.statement(b).unwrap().stance.as_deref(), Some("Oppose"));
        assert_eq!(d.project.codebook, crate::model::Codebook::default());
    }

    #[test]
    fn replaying_the_changes_on_a_copy_gives_the_project() {
        let mut d = desk();
        let mut copy = d.project.clone();
        let mut idx = edit::index_of(&copy);
        let a = d.project.statements[0].id;
        d.run(Command::Stance { label: Some("Support".into()), advance: true });
        d.run(Command::Chip { id: a, label: "Oppose".into() });
        d.run(Command::Delete);
        d.run(Command::Undo);
        d.run(Command::Undo);
        d.run(Command::Redo);
        let doc = d.project.documents[0].id;
        d.run(Command::Add { document: doc, range: crate::model::CharRange { start: 0, end: 5 } });
        // a document read again: new text, new statements
        let mut again = d.project.documents[0].clone();
        again.text = "New headline\n“Fresh words,” she said.\n".into();
        let ex = crate::extract::extract_document(&again.text, doc, 0);
        again.items = ex.items;
        d.replace_document(again, ex.statements);
        assert!(d.project.statements.iter().all(|s| s.document != doc || s.text != "Talks"));
        for c in d.take_changes() {
            c.replay(&mut copy, &mut idx);
        }
        assert_eq!(copy, d.project);
        assert!(d.take_changes().is_empty());
    }

    #[test]
    fn moving_stays_inside_the_rows() {
        let mut d = desk();
        d.run(Command::Move(-1));
        assert_eq!(d.row_of(d.cursor.unwrap()), Some(0));
        d.run(Command::Move(1000));
        assert_eq!(d.row_of(d.cursor.unwrap()), Some(d.table.rows().len() - 1));
    }
}
