//! The desk's working state without any GUI: the open project, the table view, the selection,
//! the undo history and the tagging rules. The egui views in [`crate::ui`] read it and return
//! [`Command`]s; [`crate::app`] applies them here.

mod corrections;
pub mod edit;
pub mod names;
pub mod state;
pub mod table;
pub mod view;

use edit::Edit;
use state::ProjectState;
pub use state::Writer;
use table::{Column, Filter};
pub use view::{ItemColumn, ItemRow, Shown, View};

use crate::model::{Document, Project, Statement, StatementId};

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
    /// Correct the cursor statement: its extraction fields, and target and note on the whole
    /// selection. Only this statement's speaker changes ([`Command::RenameSpeaker`] renames a
    /// speaker everywhere).
    Correct {
        /// The statement being corrected.
        id: StatementId,
        /// Its new speaker, role, cue and kind.
        fields: edit::Fields,
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
    /// Show another coder's tags in the table (or the final ones, or all side by side).
    Show(Shown),
    /// Settle the final tag of the selection with this coder's tag.
    TakeTag(String),
    /// Move the cursor to the next (> 0) or previous (< 0) unsettled disagreement in table
    /// order, wrapping; 0 stays on the cursor's row when it is one.
    Unsettled(i32),
    /// The settle queue: run a tagging command ([`Command::Stance`], [`Command::TakeTag`]) on
    /// the cursor's statement, then move on to the next unsettled disagreement.
    ThenNextUnsettled(Box<Command>),
    /// Sort the items table by a column (a second click reverses).
    SortItems(ItemColumn),
    /// Rename a speaker on every statement that has it (one undo step).
    RenameSpeaker {
        /// The speaker as it is now.
        from: String,
        /// The new name.
        to: String,
    },
    /// Merge actors into one: `into` is the canonical name, the others become its aliases.
    MergeActors {
        /// The canonical name.
        into: String,
        /// The actors merged into it.
        names: Vec<String>,
    },
    /// Set an actor's kind and attributes.
    SetActor(crate::model::Actor),
    /// Take a name off an actor (it becomes an actor of its own).
    SplitAlias {
        /// The actor.
        actor: String,
        /// The name taken off.
        alias: String,
    },
    /// Merge targets into one; their statements get its name.
    MergeTargets {
        /// The target kept.
        into: String,
        /// The targets merged into it.
        names: Vec<String>,
    },
    /// Set a target's definition.
    DefineTarget {
        /// The target.
        target: String,
        /// What it covers.
        definition: String,
    },
    /// Add documents and their statements (briefings read); they get new ids here.
    AddDocuments {
        /// The documents.
        documents: Vec<Document>,
        /// Their statements.
        statements: Vec<Statement>,
    },
    /// Replace a document read again (another encoding) and all its statements; not undoable.
    ReplaceDocument {
        /// The document, with the id of the one it replaces.
        document: Document,
        /// Its statements, extracted afresh.
        statements: Vec<Statement>,
    },
    /// Apply tags imported from a spreadsheet (matched and checked by [`crate::io::tags`]), as
    /// one undoable edit.
    ImportTags(Vec<crate::io::tags::TagUpdate>),
    /// `edits` changes were written to the project file.
    Saved {
        /// How many changes the save had.
        edits: usize,
    },
    /// The recovery file has every change (it is being written, or it was removed after a save).
    Recovered,
    /// The project was taken from a recovery file: it is unsaved until saved.
    FromRecovery,
}

impl Command {
    /// Whether the command changes the project (refused while the project is read-only).
    pub fn is_edit(&self) -> bool {
        match self {
            Self::ThenNextUnsettled(inner) => inner.is_edit(),
            Self::Stance { .. }
            | Self::Chip { .. }
            | Self::Delete
            | Self::Correct { .. }
            | Self::RenameSpeaker { .. }
            | Self::MergeActors { .. }
            | Self::SetActor(_)
            | Self::SplitAlias { .. }
            | Self::MergeTargets { .. }
            | Self::DefineTarget { .. }
            | Self::Add { .. }
            | Self::Split { .. }
            | Self::Merge
            | Self::Codebook { .. }
            | Self::Undo
            | Self::Redo
            | Self::AddDocuments { .. }
            | Self::ImportTags(_)
            | Self::TakeTag(_)
            | Self::ReplaceDocument { .. } => true,
            Self::Select { .. }
            | Self::Move(_)
            | Self::Sort(_)
            | Self::Filter(_)
            | Self::Item(_)
            | Self::Coder(_)
            | Self::Show(_)
            | Self::Unsettled(_)
            | Self::SortItems(_)
            | Self::Saved { .. }
            | Self::Recovered
            | Self::FromRecovery => false,
        }
    }
}

/// A change of the project, in the order it happened, for a copy of the project kept
/// elsewhere (the saver thread's): replaying the changes on a copy of the project as it was
/// gives the project as it is, with no copy of the whole project per save.
#[derive(Debug, Clone)]
pub enum Change {
    /// An edit applied (new, undone or redone).
    Edit(Edit),
    /// Documents and statements added.
    Documents(Vec<crate::model::Document>, Vec<Statement>),
    /// The list of coders.
    Coders(Vec<String>),
    /// A document read again (another encoding): its text and all its statements replaced.
    ReplaceDocument(Document, Vec<Statement>),
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
fn replace_document(project: &mut Project, doc: Document, statements: Vec<Statement>) {
    let id = doc.id;
    if let Some(d) = project.documents.iter_mut().find(|d| d.id == id) {
        *d = doc;
    }
    let at = project.statements.iter().position(|s| s.document == id).unwrap_or(project.statements.len());
    project.statements.retain(|s| s.document != id);
    let at = at.min(project.statements.len());
    project.statements.splice(at..at, statements);
}

/// "1 statement", "4 statements".
pub fn count(n: usize) -> String {
    if n == 1 { "1 statement".to_owned() } else { format!("{n} statements") }
}

/// How many statements an edit changes (its first part, for a group).
fn edit_len(edit: &Edit) -> usize {
    match edit {
        Edit::Tags(v) => v.len(),
        Edit::Fields(v) => v.len(),
        Edit::Remove(v) => v.len(),
        Edit::Insert(v) => v.len(),
        Edit::Codebook(_, v) => v.len(),
        Edit::Actors(v) => v.len(),
        Edit::Targets(v) => v.len(),
        Edit::Group(v) => v.first().map_or(0, edit_len),
    }
}

/// The working state of an open project: the project with its history ([`ProjectState`], the
/// only way to change it) and what the desk shows of it ([`View`]).
#[derive(Debug)]
pub struct Desk {
    state: ProjectState,
    view: View,
}

impl Desk {
    /// A desk on a project; the first row is selected.
    pub fn new(project: Project, coder: String) -> Self {
        let state = ProjectState::new(project, coder);
        let mut view = View::new(state.project());
        if let Some(id) = view.id_at_row(state.project(), 0) {
            view.select_only(&state, id);
        }
        Self { state, view }
    }

    /// The project, its history and counters of changes.
    pub fn state(&self) -> &ProjectState {
        &self.state
    }

    /// What the desk shows: table, selection, items, counters.
    pub fn view(&self) -> &View {
        &self.view
    }

    /// The project.
    pub fn project(&self) -> &Project {
        self.state.project()
    }

    /// The statement with this id.
    pub fn statement(&self, id: StatementId) -> Option<&Statement> {
        self.state.statement(id)
    }

    /// The document with this id.
    pub fn document(&self, id: crate::model::DocumentId) -> Option<&Document> {
        self.state.document(id)
    }

    /// Number of tagged statements.
    pub fn tagged(&self) -> usize {
        self.view.tagged()
    }

    /// Position of a statement among the rows shown.
    pub fn row_of(&self, id: StatementId) -> Option<usize> {
        self.view.row_of(&self.state, id)
    }

    /// The statements of one item (no scan of the project).
    pub fn item_statements(&self, document: crate::model::DocumentId, item: u32) -> impl Iterator<Item = &Statement> {
        self.view.item_statement_ids(document, item).iter().filter_map(|&id| self.state.statement(id))
    }

    /// Takes the changes made since the last call, in order (for the saver's copy).
    pub fn take_changes(&mut self) -> Vec<Change> {
        self.state.take_changes()
    }

    /// Applies a command; returns an error or notice for the status bar, if any.
    pub fn run(&mut self, cmd: Command) -> Option<String> {
        match cmd {
            Command::Select { id, extend, range } => self.view.click_row(&self.state, id, extend, range),
            Command::Move(by) => self.view.move_cursor(&self.state, by),
            Command::Stance { label, advance } => return self.stance(label.as_deref(), advance),
            Command::Chip { id, label } => return self.chip(id, &label),
            Command::Sort(col) => self.view.click_header(&self.state, col),
            Command::Filter(f) => self.view.set_filter(&self.state, f),
            Command::Item(item) => {
                let mut f = self.view.table().filter().clone();
                f.item = item;
                self.view.set_filter(&self.state, f);
            }
            Command::Undo => return Some(self.undo_redo(true)),
            Command::Redo => return Some(self.undo_redo(false)),
            Command::Correct { id, fields, target, note } => {
                return self.correct(id, &fields, target.as_deref(), note.as_deref());
            }
            Command::RenameSpeaker { from, to } => return self.rename_speaker(&from, &to),
            Command::MergeActors { into, names } => return self.merge_actors(&into, &names),
            Command::SetActor(actor) => return self.set_actor(actor),
            Command::SplitAlias { actor, alias } => return self.split_alias(&actor, &alias),
            Command::MergeTargets { into, names } => return self.merge_targets(&into, &names),
            Command::DefineTarget { target, definition } => return self.define_target(&target, &definition),
            Command::Add { document, range } => return Some(self.add(document, range)),
            Command::Split { id, at } => return self.split(id, at),
            Command::Merge => return self.merge(),
            Command::Codebook { codebook, relabel } => return Some(self.codebook(codebook, &relabel)),
            Command::Coder(name) => self.state.set_coder(name),
            Command::Show(shown) => self.view.show(&self.state, shown),
            Command::TakeTag(coder) => return Some(self.take_tag(&coder)),
            Command::Unsettled(by) => {
                if !self.view.step_unsettled(&self.state, by) {
                    return Some("No unsettled disagreement in the rows shown".to_owned());
                }
            }
            Command::ThenNextUnsettled(cmd) => return self.then_next_unsettled(*cmd),
            Command::SortItems(col) => self.view.click_items_header(self.state.project(), col),
            Command::Delete => return self.delete(),
            Command::AddDocuments { documents, statements } => self.add_documents(documents, statements),
            Command::ReplaceDocument { document, statements } => {
                return self.replace_document(document, statements);
            }
            Command::ImportTags(updates) => {
                let n = count(updates.len());
                return Some(match self.state.imported_tags(updates) {
                    Some(edit) => self.apply(
                        edit,
                        format!("import the tags of {n}"),
                        format!("Imported the tags of {n} (one undo step)"),
                    ),
                    None => "The tag file changes nothing".to_owned(),
                });
            }
            Command::Saved { edits } => self.state.saved(edits),
            Command::Recovered => self.state.recovered(),
            Command::FromRecovery => self.state.came_from_recovery(),
        }
        None
    }

    /// Applies an edit through the history as a step named `name` and updates the view;
    /// returns `done`, what the status bar says of it.
    fn apply(&mut self, edit: Edit, name: String, done: String) -> String {
        let t = self.state.apply(name, edit);
        self.view.touched(&self.state, t);
        done
    }

    fn undo_redo(&mut self, undo: bool) -> String {
        let t = if undo { self.state.undo() } else { self.state.redo() };
        match t {
            Some((name, t)) => {
                self.view.touched(&self.state, t);
                format!("{}: {name}", if undo { "Undid" } else { "Redid" })
            }
            None => (if undo { "Nothing to undo" } else { "Nothing to redo" }).to_owned(),
        }
    }

    fn selection(&self) -> Vec<StatementId> {
        self.view.selected().iter().copied().collect()
    }

    fn stance(&mut self, label: Option<&str>, advance: bool) -> Option<String> {
        let ids = self.selection();
        let row = self.view.cursor_row(&self.state).unwrap_or(0);
        let done = self.set_stance(&ids, label);
        if advance {
            self.view.next_untagged(&self.state, row);
        } else {
            self.view.keep_cursor_visible_at(&self.state, row);
        }
        done
    }

    fn chip(&mut self, id: StatementId, label: &str) -> Option<String> {
        if !self.view.selected().contains(&id) || self.view.selected().len() == 1 {
            self.view.select_only(&self.state, id);
        }
        let ids = self.selection();
        let shown = self.view.shown();
        let all_have = ids.iter().all(|&i| self.statement(i).and_then(|s| shown.stance(s)) == Some(label));
        self.set_stance(&ids, if all_have { None } else { Some(label) })
    }

    /// Runs a tagging command of the settle queue, then moves to the next unsettled
    /// disagreement after the cursor's statement.
    fn then_next_unsettled(&mut self, cmd: Command) -> Option<String> {
        let Some(id) = self.view.cursor() else { return self.run(cmd) };
        let row = self.view.cursor_row(&self.state).unwrap_or(0);
        let done = self.run(cmd);
        self.view.next_unsettled_after(&self.state, id, row);
        done
    }

    /// Whose tag the stance keys write on the cursor's statement (`None` without a cursor):
    /// for the status bar.
    pub fn key_writer(&self) -> Option<Writer> {
        let s = self.statement(self.view.cursor()?)?;
        Some(self.writer()(s))
    }

    /// Whose tag an edit of the analyst writes on a statement: the tag of the coder shown; in
    /// the final view the analyst's own tag, unless other coders tagged the statement (or it
    /// was settled), where the key settles the final tag.
    fn writer(&self) -> impl Fn(&Statement) -> Writer + use<> {
        let me = self.state.coder().to_owned();
        let shown = self.view.shown().clone();
        move |s| match &shown {
            Shown::Coder(c) => Writer::Coder(c.clone()),
            Shown::Final | Shown::All if s.tagged_by_others(&me) || !s.settled_by.is_empty() => {
                Writer::Final(me.clone())
            }
            Shown::Final | Shown::All => Writer::Coder(me.clone()),
        }
    }

    /// Sets (or clears) the stance of statements; says what it did.
    fn set_stance(&mut self, ids: &[StatementId], label: Option<&str>) -> Option<String> {
        let edit = self.state.retag(ids, self.writer(), |t| t.stance = label.map(str::to_owned))?;
        let n = count(edit_len(&edit));
        Some(match label {
            Some(l) => self.apply(edit, format!("tag {n} {l}"), format!("Tagged {n} {l}")),
            None => self.apply(edit, format!("clear the stance of {n}"), format!("Cleared the stance of {n}")),
        })
    }

    /// Settles the final tag of the selection with `coder`'s tag, where that coder tagged it.
    fn take_tag(&mut self, coder: &str) -> String {
        let me = self.state.coder().to_owned();
        let changes: Vec<(StatementId, edit::Tags)> = self
            .selection()
            .into_iter()
            .filter_map(|id| {
                let s = self.statement(id)?;
                let tag = s.coder_tag(coder)?.clone();
                let tags = edit::Tags::after(s, |scratch| {
                    scratch.settle(&me, tag);
                    true
                })?;
                Some((id, tags))
            })
            .collect();
        if changes.is_empty() {
            return format!("{coder} has not tagged the selection");
        }
        let n = count(changes.len());
        self.apply(Edit::Tags(changes), format!("take {coder}'s tag on {n}"), format!("Took {coder}'s tag on {n}"))
    }

    fn delete(&mut self) -> Option<String> {
        let ids = self.selection();
        if ids.is_empty() {
            return None;
        }
        let row = self.view.cursor_row(&self.state).unwrap_or(0);
        let n = count(ids.len());
        let done = self.apply(Edit::Remove(ids), format!("delete {n}"), format!("Deleted {n}"));
        let rows = self.view.table().rows().len();
        match self.view.id_at_row(self.state.project(), row.min(rows.saturating_sub(1))) {
            Some(id) => self.view.select_only(&self.state, id),
            None => self.view.select_none(),
        }
        Some(done)
    }

    fn codebook(&mut self, codebook: crate::model::Codebook, relabel: &[(String, Option<String>)]) -> String {
        let map: std::collections::HashMap<&str, Option<&str>> =
            relabel.iter().map(|(old, new)| (old.as_str(), new.as_deref())).collect();
        let changes: Vec<(StatementId, edit::Tags)> = if map.is_empty() {
            Vec::new()
        } else {
            self.project()
                .statements
                .iter()
                .filter_map(|s| edit::Tags::after(s, |scratch| scratch.relabel(&map)).map(|tags| (s.id, tags)))
                .collect()
        };
        let n = changes.len();
        let what = if n > 0 { format!(" ({} relabelled)", count(n)) } else { String::new() };
        self.apply(
            Edit::Codebook(codebook, changes),
            "codebook change".to_owned(),
            format!("Changed the codebook{what}"),
        )
    }

    fn add_documents(&mut self, documents: Vec<Document>, statements: Vec<Statement>) {
        let first = self.state.add_documents(documents, statements);
        self.view.structure_changed(&self.state);
        if self.view.cursor().is_none() {
            if let Some(id) = first {
                self.view.select_only(&self.state, id);
            }
        }
    }

    /// Replaces a document read again and its statements; says how many statements it has now
    /// and how many tags went.
    fn replace_document(&mut self, doc: Document, statements: Vec<Statement>) -> Option<String> {
        let id = doc.id;
        let n = statements.len();
        let lost = self.state.replace_document(doc, statements)?;
        let cursor_gone = self.view.cursor().is_none_or(|c| !self.state.contains(c));
        self.view.structure_changed(&self.state);
        if cursor_gone {
            let first = self.project().statements.iter().find(|s| s.document == id).map(|s| s.id);
            match first {
                Some(s) => self.view.select_only(&self.state, s),
                None => self.view.keep_cursor_visible(&self.state),
            }
        }
        let lost = if lost > 0 { format!("; {lost} tags dropped") } else { String::new() };
        Some(format!("{n} statements{lost}"))
    }
}

#[cfg(test)]
pub(crate) mod tests {
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

    /// A desk on a one-document project extracted from `text`.
    pub(crate) fn desk_of(text: &str) -> Desk {
        Desk::new(project_of(text), "ann".into())
    }

    fn desk() -> Desk {
        let p = project_of(
            "Talks stall\n“We will not move,” said Defence Minister Ann Lee. “Never,” she added. \
             Mr Roe said talks would go on. He warned that time was short.\n",
        );
        assert!(p.statements.len() >= 4, "{:?}", p.statements);
        Desk::new(p, "ann".into())
    }

    #[test]
    fn first_row_selected_and_keys_tag_and_advance() {
        let mut d = desk();
        let first = d.project().statements[0].id;
        assert_eq!(d.view().cursor(), Some(first));
        d.run(Command::Stance { label: Some("Support".into()), advance: true });
        let s = d.statement(first).unwrap();
        assert_eq!(s.stance.as_deref(), Some("Support"));
        assert_eq!(s.coder, "ann");
        assert!(s.tagged_at.is_some());
        assert_eq!(d.view().cursor(), Some(d.project().statements[1].id));
        assert_eq!(d.tagged(), 1);
        assert_eq!(d.project().coders, ["ann"]);
        d.run(Command::Undo);
        assert_eq!(d.tagged(), 0);
        d.run(Command::Redo);
        assert_eq!(d.tagged(), 1);
    }

    #[test]
    fn chip_toggles_and_bulk_tags_the_selection() {
        let mut d = desk();
        let a = d.project().statements[0].id;
        let b = d.project().statements[2].id;
        d.run(Command::Chip { id: a, label: "Oppose".into() });
        assert_eq!(d.statement(a).unwrap().stance.as_deref(), Some("Oppose"));
        d.run(Command::Chip { id: a, label: "Oppose".into() });
        assert_eq!(d.statement(a).unwrap().stance, None, "second click clears");
        d.run(Command::Select { id: b, extend: false, range: true });
        assert!(d.view().selected().len() >= 3);
        d.run(Command::Stance { label: Some("Mixed".into()), advance: false });
        assert_eq!(d.tagged(), d.view().selected().len());
        d.run(Command::Undo);
        assert_eq!(d.tagged(), 0, "bulk tagging is one undo step");
    }

    #[test]
    fn keys_write_the_analyst_s_tag_settle_other_coders_and_undo_all_of_it() {
        let mut d = desk();
        let a = d.project().statements[0].id;
        d.run(Command::Stance { label: Some("Support".into()), advance: false });
        let s = d.statement(a).unwrap();
        assert_eq!(s.coder_tag("ann").and_then(|t| t.stance.as_deref()), Some("Support"));
        assert_eq!((s.stance.as_deref(), s.coder.as_str(), s.settled_by.as_str()), (Some("Support"), "ann", ""));
        // bo codes the same statement in bo's view: a disagreement, no final tag
        d.run(Command::Show(Shown::Coder("bo".into())));
        d.run(Command::Select { id: a, extend: false, range: false });
        d.run(Command::Stance { label: Some("Oppose".into()), advance: false });
        let s = d.statement(a).unwrap();
        assert_eq!(s.coding(), crate::model::Coding::Disagree { settled: false });
        assert_eq!(d.project().coders, ["ann", "bo"]);
        // back in the final view a key settles it; taking bo's tag settles it with bo's
        d.run(Command::Show(Shown::Final));
        d.run(Command::Stance { label: Some("Mixed".into()), advance: false });
        let s = d.statement(a).unwrap();
        assert_eq!((s.stance.as_deref(), s.settled_by.as_str()), (Some("Mixed"), "ann"));
        assert_eq!(s.coder_tag("ann").and_then(|t| t.stance.as_deref()), Some("Support"), "ann's own tag stays");
        d.run(Command::TakeTag("bo".into()));
        let s = d.statement(a).unwrap();
        assert_eq!((s.stance.as_deref(), s.coder.as_str(), s.settled_by.as_str()), (Some("Oppose"), "bo", "ann"));
        for _ in 0..4 {
            d.run(Command::Undo);
        }
        let s = d.statement(a).unwrap();
        assert!(s.coder_tags.is_empty() && s.stance.is_none() && s.settled_by.is_empty());
    }

    /// A desk where ann and bo disagree on the first and the third statement.
    fn disagreeing() -> (Desk, StatementId, StatementId) {
        let mut d = desk();
        let (a, c) = (d.project().statements[0].id, d.project().statements[2].id);
        for (coder, label) in [("bo", "Oppose"), ("ann", "Support")] {
            d.run(Command::Show(Shown::Coder(coder.into())));
            for id in [a, c] {
                d.run(Command::Select { id, extend: false, range: false });
                d.run(Command::Stance { label: Some(label.into()), advance: false });
            }
        }
        d.run(Command::Show(Shown::Final));
        d.run(Command::Select { id: a, extend: false, range: false });
        (d, a, c)
    }

    #[test]
    fn the_settle_queue_steps_through_unsettled_disagreements_and_undo_brings_them_back() {
        let (mut d, a, c) = disagreeing();
        assert_eq!(d.view().coders(), ["ann", "bo"]);
        let counts = d.view().coding_counts();
        assert_eq!((counts.settled, counts.unsettled, counts.agree), (0, 2, 0));
        assert_eq!(d.key_writer(), Some(Writer::Final("ann".into())), "keys settle here");
        d.run(Command::Unsettled(0));
        assert_eq!(d.view().cursor(), Some(a), "the cursor's row is one");
        d.run(Command::Unsettled(-1));
        assert_eq!(d.view().cursor(), Some(c), "previous wraps");
        d.run(Command::Unsettled(1));
        assert_eq!(d.view().cursor(), Some(a), "next wraps");
        let msg = d.run(Command::ThenNextUnsettled(Box::new(Command::TakeTag("bo".into()))));
        assert_eq!(msg.as_deref(), Some("Took bo's tag on 1 statement"));
        let s = d.statement(a).unwrap();
        assert_eq!((s.stance.as_deref(), s.coder.as_str(), s.settled_by.as_str()), (Some("Oppose"), "bo", "ann"));
        assert_eq!(d.view().cursor(), Some(c), "on to the next unsettled");
        d.run(Command::ThenNextUnsettled(Box::new(Command::Stance { label: Some("Mixed".into()), advance: false })));
        assert_eq!(d.statement(c).unwrap().stance.as_deref(), Some("Mixed"));
        assert_eq!(d.view().cursor(), Some(c), "none left: the cursor stays");
        let counts = d.view().coding_counts();
        assert_eq!((counts.settled, counts.unsettled), (2, 0));
        assert!(d.run(Command::Unsettled(1)).is_some_and(|m| m.starts_with("No unsettled")));
        d.run(Command::Undo);
        assert_eq!(d.view().coding_counts().unsettled, 1);
        assert!(d.statement(c).unwrap().stance.is_none());
        // in a coder's view the keys write that coder's tag
        d.run(Command::Show(Shown::Coder("bo".into())));
        assert_eq!(d.key_writer(), Some(Writer::Coder("bo".into())));
        assert_eq!(d.tagged(), 2, "counters follow the coder shown");
    }

    #[test]
    fn settling_under_the_unsettled_filter_takes_the_row_that_slid_in() {
        let (mut d, a, c) = disagreeing();
        let f = Filter { coding: table::CodingFilter::Unsettled, ..Filter::default() };
        d.run(Command::Filter(f));
        assert_eq!(d.view().table().rows().len(), 2);
        assert_eq!(d.view().cursor(), Some(a));
        d.run(Command::ThenNextUnsettled(Box::new(Command::TakeTag("ann".into()))));
        assert_eq!(d.view().table().rows().len(), 1, "the settled one left the view");
        assert_eq!(d.view().cursor(), Some(c), "not skipped");
    }

    #[test]
    fn delete_and_undo_keep_ids() {
        let mut d = desk();
        let n = d.project().statements.len();
        let a = d.project().statements[0].id;
        d.run(Command::Delete);
        assert_eq!(d.project().statements.len(), n - 1);
        assert!(d.statement(a).is_none());
        assert_eq!(d.view().table().rows().len(), n - 1);
        d.run(Command::Undo);
        assert_eq!(d.project().statements[0].id, a);
        assert_eq!(d.view().table().rows().len(), n);
    }

    #[test]
    fn correcting_one_speaker_leaves_the_others_and_renaming_is_explicit() {
        let mut d = desk();
        let first = d.project().statements[0].clone();
        let same: Vec<StatementId> =
            d.project().statements.iter().filter(|s| s.speaker == first.speaker).map(|s| s.id).collect();
        assert!(same.len() >= 2, "{:?}", d.project().statements);
        let mut f = edit::Fields::of(&first);
        f.speaker = "Ann B. Lee".into();
        let msg = d.run(Command::Correct { id: first.id, fields: f, target: Some("talks".into()), note: None });
        assert_eq!(msg.as_deref(), Some(&*format!("Corrected {}, set target \"talks\" on 1 statement", first.id)));
        assert_eq!(d.statement(first.id).unwrap().speaker, "Ann B. Lee");
        for id in same.iter().filter(|&&i| i != first.id) {
            assert_eq!(d.statement(*id).unwrap().speaker, first.speaker, "only this statement");
        }
        assert_eq!(d.view().targets(), ["talks"]);
        assert_eq!(d.view().last_target(), Some("talks"));
        let msg = d.run(Command::Undo).unwrap();
        assert!(msg.starts_with("Undid: corrected"), "{msg}");
        assert_eq!(d.statement(first.id).unwrap().target, "");
        // everywhere: one explicit command, one undo step
        let msg = d.run(Command::RenameSpeaker { from: first.speaker.clone(), to: "Ann B. Lee".into() }).unwrap();
        assert_eq!(msg, format!("Rename \"{}\" to \"Ann B. Lee\" on {} statements", first.speaker, same.len()));
        for id in &same {
            assert_eq!(d.statement(*id).unwrap().speaker, "Ann B. Lee");
        }
        assert!(d.view().speakers().iter().any(|(s, n)| s == "Ann B. Lee" && *n == same.len()));
        d.run(Command::Undo);
        for id in &same {
            assert_eq!(d.statement(*id).unwrap().speaker, first.speaker, "one undo step");
        }
    }

    #[test]
    fn every_edit_undo_and_redo_says_what_it_did() {
        let mut d = desk();
        let a = d.project().statements[0].id;
        assert_eq!(
            d.run(Command::Chip { id: a, label: "Oppose".into() }).as_deref(),
            Some("Tagged 1 statement Oppose")
        );
        assert_eq!(d.run(Command::Undo).as_deref(), Some("Undid: tag 1 statement Oppose"));
        assert_eq!(d.run(Command::Redo).as_deref(), Some("Redid: tag 1 statement Oppose"));
        assert_eq!(d.state().history().undo_name(), Some("tag 1 statement Oppose"));
        assert_eq!(d.run(Command::Delete).as_deref(), Some("Deleted 1 statement"));
        assert_eq!(d.run(Command::Undo).as_deref(), Some("Undid: delete 1 statement"));
        assert_eq!(d.run(Command::Undo).as_deref(), Some("Undid: tag 1 statement Oppose"));
        assert_eq!(d.run(Command::Undo).as_deref(), Some("Nothing to undo"));
    }

    #[test]
    fn add_split_merge_keep_text_equal_to_the_source_and_undo() {
        let mut d = desk();
        let before = d.project().clone();
        let doc = d.project().documents[0].id;
        // add "Talks stall" (the headline)
        d.run(Command::Add { document: doc, range: crate::model::CharRange { start: 0, end: 11 } });
        let added = d.view().cursor().unwrap();
        assert_eq!(d.statement(added).unwrap().text, "Talks stall");
        assert!((d.statement(added).unwrap().confidence - 1.0).abs() < f32::EPSILON);
        // split it after "Talks"
        d.run(Command::Split { id: added, at: 5 });
        let a = d.view().cursor().unwrap();
        assert_eq!(d.statement(a).unwrap().text, "Talks");
        assert!(d.statement(added).is_none());
        // the new edge is cleaned: no leading space
        let b = d.project().statements.iter().find(|s| s.text == "stall").map(|s| s.id).unwrap();
        // merge them back
        d.run(Command::Select { id: b, extend: true, range: false });
        d.run(Command::Merge);
        let m = d.view().cursor().unwrap();
        assert_eq!(d.statement(m).unwrap().text, "Talks stall");
        for s in &d.project().statements {
            let doc = d.document(s.document).unwrap();
            assert_eq!(&doc.text[d.state().byte_range(doc.id, s.range).unwrap()], s.text);
        }
        d.run(Command::Undo);
        d.run(Command::Undo);
        d.run(Command::Undo);
        assert_eq!(*d.project(), before);
    }

    #[test]
    fn removing_and_renaming_labels_relabels_statements_in_one_undo_step() {
        let mut d = desk();
        let (a, b) = (d.project().statements[0].id, d.project().statements[1].id);
        d.run(Command::Chip { id: a, label: "Support".into() });
        d.run(Command::Chip { id: b, label: "Oppose".into() });
        let mut cb = d.project().codebook.clone();
        cb.labels.retain(|l| l.name != "Oppose");
        cb.labels[0].name = "Backs".into();
        let msg = d.run(Command::Codebook {
            codebook: cb,
            relabel: vec![("Support".into(), Some("Backs".into())), ("Oppose".into(), None)],
        });
        assert!(msg.is_some_and(|m| m.contains("2 statements")));
        assert_eq!(d.statement(a).unwrap().stance.as_deref(), Some("Backs"));
        assert_eq!(d.statement(b).unwrap().stance, None);
        assert_eq!(d.view().per_stance().len(), 4);
        d.run(Command::Undo);
        assert_eq!(d.statement(a).unwrap().stance.as_deref(), Some("Support"));
        assert_eq!(d.statement(b).unwrap().stance.as_deref(), Some("Oppose"));
        assert_eq!(d.project().codebook, crate::model::Codebook::default());
    }

    #[test]
    fn replaying_the_changes_on_a_copy_gives_the_project() {
        let mut d = desk();
        let mut copy = d.project().clone();
        let mut idx = edit::index_of(&copy);
        let a = d.project().statements[0].id;
        d.run(Command::Stance { label: Some("Support".into()), advance: true });
        d.run(Command::Chip { id: a, label: "Oppose".into() });
        d.run(Command::Delete);
        d.run(Command::Undo);
        d.run(Command::Undo);
        d.run(Command::Redo);
        let doc = d.project().documents[0].id;
        d.run(Command::Add { document: doc, range: crate::model::CharRange { start: 0, end: 5 } });
        // a document read again: new text, new statements
        let mut again = d.project().documents[0].clone();
        again.text = "New headline\n“Fresh words,” she said.\n".into();
        let ex = crate::extract::extract_document(&again.text, doc, 0);
        again.items = ex.items;
        d.run(Command::ReplaceDocument { document: again, statements: ex.statements });
        assert!(d.project().statements.iter().all(|s| s.document != doc || s.text != "Talks"));
        for c in d.take_changes() {
            c.replay(&mut copy, &mut idx);
        }
        assert_eq!(copy, *d.project());
        assert!(d.take_changes().is_empty());
    }

    #[test]
    fn imported_tags_are_one_undo_step_and_their_coders_join() {
        let mut d = desk();
        let ids: Vec<StatementId> = d.project().statements.iter().take(2).map(|s| s.id).collect();
        let rev = d.state().revision();
        let updates = ids
            .iter()
            .map(|&id| crate::io::tags::TagUpdate {
                id,
                stance: Some("Oppose".into()),
                target: "talks".into(),
                note: String::new(),
                coder: "excel".into(),
                tagged_at: Some("2026-03-01T10:00:00+01:00".into()),
            })
            .collect();
        let msg = d.run(Command::ImportTags(updates));
        assert!(msg.is_some_and(|m| m.contains("2 statements")));
        assert_eq!(d.tagged(), 2);
        assert_eq!(d.project().coders, ["excel"]);
        assert!(d.state().revision() > rev);
        d.run(Command::Undo);
        assert_eq!(d.tagged(), 0);
        assert_eq!(d.run(Command::ImportTags(Vec::new())).as_deref(), Some("The tag file changes nothing"));
    }

    #[test]
    fn moving_stays_inside_the_rows() {
        let mut d = desk();
        d.run(Command::Move(-1));
        assert_eq!(d.row_of(d.view().cursor().unwrap()), Some(0));
        d.run(Command::Move(1000));
        assert_eq!(d.row_of(d.view().cursor().unwrap()), Some(d.view().table().rows().len() - 1));
    }
}
