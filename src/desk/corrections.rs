//! Corrections of the extraction: fields of a statement, statements added from a selection,
//! split and merged. Each is one undoable edit.

use super::Desk;
use super::edit::{self, Edit};
use crate::model::{CharRange, DocumentId, Statement, StatementId, StatementKind};

impl Desk {
    /// Corrects the cursor statement: extraction fields (the speaker renamed on every statement
    /// of that speaker when `everywhere`), and target and note on the whole selection.
    pub(super) fn correct(
        &mut self,
        id: StatementId,
        fields: &edit::Fields,
        everywhere: bool,
        target: Option<&str>,
        note: Option<&str>,
    ) -> Option<String> {
        let old = self.state.statement(id)?.clone();
        let mut edits = Vec::new();
        let mut changes = vec![(id, fields.clone())];
        if everywhere && fields.speaker != old.speaker && !old.speaker.is_empty() {
            for s in &self.state.project().statements {
                if s.id != id && s.speaker == old.speaker {
                    let mut f = edit::Fields::of(s);
                    f.speaker.clone_from(&fields.speaker);
                    changes.push((s.id, f));
                }
            }
        }
        changes.retain(|(i, f)| self.state.statement(*i).is_some_and(|s| edit::Fields::of(s) != *f));
        let renamed = changes.len();
        if !changes.is_empty() {
            edits.push(Edit::Fields(changes));
        }
        if target.is_some() || note.is_some() {
            // target and note go to the whole selection when the statement is part of it
            let selected = self.view.selected();
            let ids: Vec<StatementId> =
                if selected.contains(&id) { selected.iter().copied().collect() } else { vec![id] };
            let retagged = self.state.retag(&ids, |t| {
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
        let edit = match edits.len() {
            0 => return None,
            1 => edits.remove(0),
            _ => Edit::Group(edits),
        };
        self.apply(edit);
        (renamed > 1).then(|| format!("renamed the speaker on {renamed} statements"))
    }

    /// A new statement for a range of a document, untagged and unattributed.
    fn new_statement(&self, document: DocumentId, range: CharRange, id: StatementId) -> Option<Statement> {
        let doc = self.state.document(document)?;
        let bytes = self.state.byte_range(document, range)?;
        let text = doc.text.get(bytes)?;
        if text.trim().is_empty() {
            return None;
        }
        let item = doc.items.iter().rposition(|it| it.range.start <= range.start).unwrap_or(0) as u32;
        let quoted = text.starts_with(['“', '"', '„', '«', '»', '‘', '\'', '‚', '‹']);
        Some(Statement {
            id,
            document,
            item,
            kind: if quoted { StatementKind::Quote } else { StatementKind::Position },
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
    fn statement_like(&self, template: &Statement, range: CharRange, id: StatementId) -> Option<Statement> {
        let text = self.new_statement(template.document, range, id)?.text;
        Some(Statement { id, range, text, confidence: 1.0, ..template.clone() })
    }

    /// Adds a statement for a character range of a document (text selected in the source).
    pub(super) fn add(&mut self, document: DocumentId, range: CharRange) -> String {
        if range.is_empty() {
            return "select some text in the source first".to_owned();
        }
        let id = self.state.new_statement_id();
        let Some(s) = self.new_statement(document, range, id) else {
            return "nothing to add: the selection is empty".to_owned();
        };
        self.apply(Edit::Insert(vec![s]));
        self.view.select_only(&self.state, id);
        format!("added {id}: set its speaker in the fields above the source")
    }

    /// Splits a statement in two at a character offset of its document.
    pub(super) fn split(&mut self, id: StatementId, at: usize) -> Option<String> {
        let old = self.state.statement(id)?.clone();
        if at <= old.range.start || at >= old.range.end {
            return Some("put the caret inside the statement to split it".to_owned());
        }
        let first = self.state.new_statement_id();
        let second = self.state.new_statement_id();
        let (Some(a), Some(b)) = (
            self.statement_like(&old, CharRange { start: old.range.start, end: at }, first),
            self.statement_like(&old, CharRange { start: at, end: old.range.end }, second),
        ) else {
            return Some("both parts of a split need some text".to_owned());
        };
        self.apply(Edit::Group(vec![Edit::Remove(vec![id]), Edit::Insert(vec![a, b])]));
        self.view.select_only(&self.state, first);
        None
    }

    /// Merges the selected statements (of one news item) into one.
    pub(super) fn merge(&mut self) -> Option<String> {
        let mut parts: Vec<Statement> =
            self.view.selected().iter().filter_map(|&i| self.state.statement(i).cloned()).collect();
        if parts.len() < 2 {
            return Some("select two or more statements to merge (Ctrl-click)".to_owned());
        }
        if parts.iter().any(|s| s.document != parts[0].document || s.item != parts[0].item) {
            return Some("only statements of one news item can be merged".to_owned());
        }
        parts.sort_by_key(|s| s.range.start);
        let range = CharRange {
            start: parts[0].range.start,
            end: parts.iter().map(|s| s.range.end).max().unwrap_or(parts[0].range.end),
        };
        let id = self.state.new_statement_id();
        let merged = self.statement_like(&parts[0], range, id)?;
        let ids = parts.iter().map(|s| s.id).collect();
        self.apply(Edit::Group(vec![Edit::Remove(ids), Edit::Insert(vec![merged])]));
        self.view.select_only(&self.state, id);
        None
    }
}
