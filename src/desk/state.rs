//! The one owner of the open project: the project itself, its undo history, the log of changes
//! a copy of the project replays, the indexes by id and the ids handed out. Every change of the
//! project goes through here; the view ([`crate::desk::View`]) is told what changed.

use std::collections::HashMap;

use super::Change;
use super::edit::{self, Edit, History, Tags, Touched};
use crate::model::{CharIndex, CharRange, CoderTag, Document, DocumentId, Project, Statement, StatementId};

/// Whose tag a tag edit writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Writer {
    /// This coder's own tag; the final tag follows the coders' tags unless it was settled.
    Coder(String),
    /// The final tag, set directly by this adjudicator.
    Final(String),
}

/// Hands out statement and document ids: the only place new ids come from. The next id never
/// goes down, so an id deleted and then restored by undo is never given to another statement.
#[derive(Debug, Clone, Copy)]
struct Ids {
    next_statement: u64,
    next_document: u32,
}

impl Ids {
    fn after(project: &Project) -> Self {
        Self { next_statement: project.next_statement_id().0, next_document: project.next_document_id().0 }
    }

    fn statement(&mut self) -> StatementId {
        let id = StatementId(self.next_statement);
        self.next_statement += 1;
        id
    }

    fn document(&mut self) -> DocumentId {
        let id = DocumentId(self.next_document);
        self.next_document += 1;
        id
    }
}

/// The open project and everything that changes with it.
#[derive(Debug)]
pub struct ProjectState {
    project: Project,
    history: History,
    /// Statement position by id, kept up to date by the edits.
    index: edit::Index,
    /// Document position by id.
    doc_index: HashMap<DocumentId, usize>,
    /// Character-to-byte index of each document's text.
    char_index: HashMap<DocumentId, CharIndex>,
    /// Changes not yet taken by [`ProjectState::take_changes`].
    changes: Vec<Change>,
    ids: Ids,
    /// Changes since the last save.
    unsaved: usize,
    /// Changes since the last recovery write.
    unrecovered: bool,
    /// The coder written on tags.
    coder: String,
    /// Counts every change of the project (analyses computed from it know when they are stale).
    revision: u64,
}

impl ProjectState {
    /// The state of a project just opened, with `coder` writing the tags.
    pub fn new(project: Project, coder: String) -> Self {
        let mut s = Self {
            ids: Ids::after(&project),
            project,
            history: History::default(),
            index: edit::Index::new(),
            doc_index: HashMap::new(),
            char_index: HashMap::new(),
            changes: Vec::new(),
            unsaved: 0,
            unrecovered: false,
            coder,
            revision: 0,
        };
        s.reindex_documents();
        s.index = edit::index_of(&s.project);
        s
    }

    /// The project.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Changes since the last save.
    pub fn unsaved(&self) -> usize {
        self.unsaved
    }

    /// Whether there are changes the recovery file does not have yet.
    pub fn unrecovered(&self) -> bool {
        self.unrecovered
    }

    /// The coder written on new tags.
    pub fn coder(&self) -> &str {
        &self.coder
    }

    /// The statement with this id (no scan).
    pub fn statement(&self, id: StatementId) -> Option<&Statement> {
        self.index.get(&id).and_then(|&i| self.project.statements.get(i))
    }

    /// The position of a statement in the project's list.
    pub fn position(&self, id: StatementId) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// Whether a statement with this id exists.
    pub fn contains(&self, id: StatementId) -> bool {
        self.index.contains_key(&id)
    }

    /// The document with this id (no scan).
    pub fn document(&self, id: DocumentId) -> Option<&Document> {
        self.doc_index.get(&id).and_then(|&i| self.project.documents.get(i))
    }

    /// Byte range in the document's text of a character range.
    pub fn byte_range(&self, doc: DocumentId, r: CharRange) -> Option<std::ops::Range<usize>> {
        let d = self.document(doc)?;
        let idx = self.char_index.get(&doc)?;
        Some(idx.byte_at(&d.text, r.start)?..idx.byte_at(&d.text, r.end)?)
    }

    /// Tagged statements of a document.
    pub fn tagged_in(&self, doc: DocumentId) -> usize {
        self.project.statements.iter().filter(|s| s.document == doc && s.stance.is_some()).count()
    }

    /// A new statement id.
    pub(super) fn new_statement_id(&mut self) -> StatementId {
        self.ids.statement()
    }

    /// Applies an edit through the history as a step named `name` ("tag 4 statements Oppose").
    pub(super) fn apply(&mut self, name: String, edit: Edit) -> Touched {
        let t = self.history.apply(name, edit, &mut self.project, &mut self.index);
        self.edited();
        t
    }

    /// Undoes the last edit, if there is one: its name and what it touched.
    pub(super) fn undo(&mut self) -> Option<(String, Touched)> {
        let t = self.history.undo(&mut self.project, &mut self.index)?;
        self.edited();
        Some(t)
    }

    /// Redoes the last undone edit, if there is one: its name and what it touched.
    pub(super) fn redo(&mut self) -> Option<(String, Touched)> {
        let t = self.history.redo(&mut self.project, &mut self.index)?;
        self.edited();
        Some(t)
    }

    fn edited(&mut self) {
        let applied = self.history.take_applied();
        self.changes.extend(applied.into_iter().map(Change::Edit));
        self.dirty();
    }

    /// A number that grows with every change of the project (edits, undo, redo, documents).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn dirty(&mut self) {
        self.revision += 1;
        self.unsaved += 1;
        self.unrecovered = true;
    }

    fn reindex_documents(&mut self) {
        self.doc_index = self.project.documents.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
        for d in &self.project.documents {
            self.char_index.entry(d.id).or_insert_with(|| CharIndex::new(&d.text));
        }
    }

    /// Adds documents and their statements (opened briefings) with ids given here, whatever ids
    /// the reader used, so that briefings read while the project changed never collide with
    /// it. Not an undoable edit. Returns the first new statement's id.
    pub(super) fn add_documents(
        &mut self,
        mut docs: Vec<Document>,
        mut statements: Vec<Statement>,
    ) -> Option<StatementId> {
        let mut doc_map = HashMap::new();
        for d in &mut docs {
            let new = self.ids.document();
            doc_map.insert(d.id, new);
            d.id = new;
        }
        for s in &mut statements {
            s.id = self.ids.statement();
            if let Some(&d) = doc_map.get(&s.document) {
                s.document = d;
            }
        }
        let first = statements.first().map(|s| s.id);
        self.changes.push(Change::Documents(docs.clone(), statements.clone()));
        self.project.documents.extend(docs);
        self.project.statements.extend(statements);
        self.dirty();
        self.reindex_documents();
        self.index = edit::index_of(&self.project);
        first
    }

    /// Replaces a document read again (another encoding) and its statements, which get new
    /// ids. Returns how many tagged statements went, `None` when the document is not there.
    pub(super) fn replace_document(&mut self, mut doc: Document, mut statements: Vec<Statement>) -> Option<usize> {
        let old = self.document(doc.id)?.id;
        doc.id = old;
        let lost = self.tagged_in(old);
        for s in &mut statements {
            s.id = self.ids.statement();
            s.document = old;
        }
        self.changes.push(Change::ReplaceDocument(doc.clone(), statements.clone()));
        self.char_index.remove(&old);
        super::replace_document(&mut self.project, doc, statements);
        self.dirty();
        self.reindex_documents();
        self.index = edit::index_of(&self.project);
        Some(lost)
    }

    /// The tag edit for `ids`: `writer` says whose tag each statement gets (a coder's own tag,
    /// or the final tag by adjudication) and `change` edits a copy of that tag; the coder (or
    /// adjudicator) and the time are written on it. Statements whose tag does not change are
    /// left out; `None` when none change. A coder who writes a tag joins the project's coders.
    pub(super) fn retag(
        &mut self,
        ids: &[StatementId],
        writer: impl Fn(&Statement) -> Writer,
        change: impl Fn(&mut CoderTag),
    ) -> Option<Edit> {
        let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
        let mut joined: Vec<String> = Vec::new();
        let changes: Vec<(StatementId, Tags)> = ids
            .iter()
            .filter_map(|&id| {
                let tags = Tags::after(self.statement(id)?, |scratch| {
                    scratch.adopt_final_tag(&self.coder);
                    let w = writer(scratch);
                    let mut tag = match &w {
                        Writer::Coder(c) => scratch
                            .coder_tag(c)
                            .cloned()
                            .unwrap_or_else(|| CoderTag { coder: c.clone(), ..CoderTag::default() }),
                        Writer::Final(_) => CoderTag::final_of(scratch),
                    };
                    let before = tag.clone();
                    change(&mut tag);
                    if (&tag.stance, &tag.target, &tag.note) == (&before.stance, &before.target, &before.note) {
                        return false;
                    }
                    tag.tagged_at = Some(now.clone());
                    match w {
                        Writer::Coder(c) => {
                            tag.coder.clone_from(&c);
                            scratch.set_coder_tag(tag);
                            if !joined.contains(&c) {
                                joined.push(c);
                            }
                        }
                        Writer::Final(by) => {
                            tag.coder.clone_from(&by);
                            scratch.settle(&by, tag);
                        }
                    }
                    true
                })?;
                Some((id, tags))
            })
            .collect();
        if changes.is_empty() {
            return None;
        }
        self.join_coders(joined);
        Some(Edit::Tags(changes))
    }

    /// Adds coders to the project's list (in the order they first tagged).
    fn join_coders(&mut self, coders: impl IntoIterator<Item = String>) {
        let before = self.project.coders.len();
        for c in coders {
            if !c.is_empty() && !self.project.coders.contains(&c) {
                self.project.coders.push(c);
            }
        }
        if self.project.coders.len() > before {
            self.changes.push(Change::Coders(self.project.coders.clone()));
        }
    }

    /// The tag edit for tags imported from a spreadsheet (already matched and checked): each
    /// becomes its coder's tag; the coders join the project's coders. `None` when nothing
    /// changes.
    pub(super) fn imported_tags(&mut self, updates: Vec<crate::io::tags::TagUpdate>) -> Option<Edit> {
        let mut joined = Vec::new();
        let changes: Vec<(StatementId, Tags)> = updates
            .into_iter()
            .filter_map(|u| {
                let id = u.id;
                let coder = u.coder.clone();
                let tags = Tags::after(self.statement(id)?, |scratch| {
                    scratch.adopt_final_tag(&self.coder);
                    scratch.set_coder_tag(u.into_tag());
                    true
                })?;
                joined.push(coder);
                Some((id, tags))
            })
            .collect();
        self.join_coders(joined);
        (!changes.is_empty()).then_some(Edit::Tags(changes))
    }

    /// Takes the changes made since the last call, in order (for the saver's copy).
    pub fn take_changes(&mut self) -> Vec<Change> {
        std::mem::take(&mut self.changes)
    }

    /// Sets the coder written on new tags.
    pub(super) fn set_coder(&mut self, name: String) {
        self.coder = name;
    }

    /// `edits` changes were saved.
    pub(super) fn saved(&mut self, edits: usize) {
        self.unsaved = self.unsaved.saturating_sub(edits);
    }

    /// The recovery file has (or is being given) every change.
    pub(super) fn recovered(&mut self) {
        self.unrecovered = false;
    }

    /// The project came from a recovery file: unsaved until saved.
    pub(super) fn came_from_recovery(&mut self) {
        self.unsaved = self.unsaved.max(1);
        self.unrecovered = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::tests::project_of;

    #[test]
    fn ids_never_go_down_after_a_delete_and_undo() {
        let mut s = ProjectState::new(project_of("Talks\n“We stay,” said Ann Lee.\n"), "ann".into());
        let last = s.project().statements.last().map(|x| x.id).unwrap();
        s.apply("delete 1 statement".into(), Edit::Remove(vec![last]));
        let fresh = s.new_statement_id();
        assert!(fresh.0 > last.0);
        s.undo();
        assert!(s.statement(last).is_some());
        assert!(s.new_statement_id().0 > fresh.0);
    }

    #[test]
    fn every_change_is_logged_once_and_marks_the_project_unsaved() {
        let mut s = ProjectState::new(project_of("Talks\n“We stay,” said Ann Lee.\n"), "ann".into());
        let id = s.project().statements[0].id;
        let e = s.retag(&[id], |_| Writer::Coder("ann".into()), |t| t.stance = Some("Support".into()));
        s.apply("tag 1 statement".into(), e.unwrap());
        assert_eq!(s.unsaved(), 1);
        assert!(s.unrecovered());
        let changes = s.take_changes();
        assert_eq!(changes.len(), 2, "the coder joined, then the tag: {changes:?}");
        assert!(s.take_changes().is_empty());
        s.saved(1);
        assert_eq!(s.unsaved(), 0);
    }
}
