//! Corrections of the extraction: fields of a statement, statements added from a selection,
//! split and merged. Each is one undoable edit.

use super::edit::{self, Edit};
use super::{Desk, count};
use crate::model::{CharRange, DocumentId, Statement, StatementId, StatementKind};

impl Desk {
    /// Corrects the cursor statement: its extraction fields, and target and note on the whole
    /// selection (one undo step). Says what it did.
    pub(super) fn correct(
        &mut self,
        id: StatementId,
        fields: &edit::Fields,
        target: Option<&str>,
        note: Option<&str>,
    ) -> Option<String> {
        let old = self.state.statement(id)?.clone();
        let mut edits = Vec::new();
        let mut said = Vec::new();
        if edit::Fields::of(&old) != *fields {
            edits.push(Edit::Fields(vec![(id, fields.clone())]));
            said.push(format!("corrected {id}"));
        }
        if target.is_some() || note.is_some() {
            // target and note go to the whole selection when the statement is part of it
            let selected = self.view.selected();
            let ids: Vec<StatementId> =
                if selected.contains(&id) { selected.iter().copied().collect() } else { vec![id] };
            let retagged = self.state.retag(&ids, self.writer(), |t| {
                if let Some(x) = target {
                    x.trim().clone_into(&mut t.target);
                }
                if let Some(x) = note {
                    x.clone_into(&mut t.note);
                }
            });
            if let Some(Edit::Tags(v)) = &retagged {
                let what = match (target, note) {
                    (Some(t), None) if t.trim().is_empty() => "cleared the target of".to_owned(),
                    (Some(t), None) => format!("set target \"{}\" on", t.trim()),
                    (None, Some(_)) => "set the note of".to_owned(),
                    _ => "set target and note of".to_owned(),
                };
                said.push(format!("{what} {}", count(v.len())));
                if let Some(t) = target.map(str::trim).filter(|t| !t.is_empty()) {
                    self.view.target_used(t);
                }
            }
            edits.extend(retagged);
        }
        let edit = match edits.len() {
            0 => return None,
            1 => edits.remove(0),
            _ => Edit::Group(edits),
        };
        let name = said.join(", ");
        Some(self.apply(edit, name.clone(), capitalised(&name)))
    }

    /// Renames a speaker on every statement that has it, in one undo step.
    pub(super) fn rename_speaker(&mut self, from: &str, to: &str) -> Option<String> {
        let to = to.trim();
        if from.is_empty() || to.is_empty() || from == to {
            return None;
        }
        let changes: Vec<(StatementId, edit::Fields)> = self
            .state
            .project()
            .statements
            .iter()
            .filter(|s| s.speaker == from)
            .map(|s| {
                let mut f = edit::Fields::of(s);
                to.clone_into(&mut f.speaker);
                (s.id, f)
            })
            .collect();
        if changes.is_empty() {
            return None;
        }
        let n = count(changes.len());
        let name = format!("rename \"{from}\" to \"{to}\" on {n}");
        Some(self.apply(Edit::Fields(changes), name.clone(), capitalised(&name)))
    }

    /// How many statements have this speaker.
    pub fn speaker_count(&self, speaker: &str) -> usize {
        self.state.project().statements.iter().filter(|s| s.speaker == speaker).count()
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
            coder_tags: Vec::new(),
            settled_by: String::new(),
            added_by: self.state.coder().to_owned(),
        })
    }

    /// A new statement over `range` of `template`'s document that keeps `template`'s speaker,
    /// role, cue, kind, item and tags (the parts of a split, the result of a merge).
    fn statement_like(&self, template: &Statement, range: CharRange, id: StatementId) -> Option<Statement> {
        let text = self.new_statement(template.document, range, id)?.text;
        let added_by = self.state.coder().to_owned();
        Some(Statement { id, range, text, confidence: 1.0, added_by, ..template.clone() })
    }

    /// Adds a statement for a character range of a document (text selected in the source).
    pub(super) fn add(&mut self, document: DocumentId, range: CharRange) -> String {
        if range.is_empty() {
            return "select some text in the source first".to_owned();
        }
        let id = self.state.new_statement_id();
        let Some(mut s) = self.new_statement(document, range, id) else {
            return "nothing to add: the selection is empty".to_owned();
        };
        let suggested = self.attribution_before(document, range.start);
        let done = match &suggested {
            Some((speaker, _)) => {
                format!("Added {id}; speaker \"{speaker}\" from the attribution before it: keep it or type another")
            }
            None => format!("Added {id}: type its speaker"),
        };
        if let Some((speaker, role)) = suggested {
            (s.speaker, s.role) = (speaker, role);
        }
        let done = self.apply(Edit::Insert(vec![s]), format!("add {id}"), done);
        self.view.select_only(&self.state, id);
        done
    }

    /// The speaker and role of the nearest statement of `document` that ends before `at`.
    fn attribution_before(&self, document: DocumentId, at: usize) -> Option<(String, String)> {
        self.state
            .project()
            .statements
            .iter()
            .filter(|s| s.document == document && s.range.end <= at && !s.speaker.is_empty())
            .max_by_key(|s| (s.range.end, s.range.start))
            .map(|s| (s.speaker.clone(), s.role.clone()))
    }

    /// The part of `range` of a document left after [`clean_edges`] at the chosen edges.
    fn cleaned(&self, document: DocumentId, range: CharRange, start: bool, end: bool) -> CharRange {
        let Some(text) = self
            .state
            .byte_range(document, range)
            .and_then(|b| self.state.document(document).and_then(|d| d.text.get(b)))
        else {
            return range;
        };
        let keep = clean_edges(text, start, end);
        let lead = text[..keep.start].chars().count();
        let tail = text[keep.end..].chars().count();
        if keep.is_empty() {
            return range;
        }
        CharRange { start: range.start + lead, end: range.end - tail }
    }

    /// Splits a statement in two at a character offset of its document.
    pub(super) fn split(&mut self, id: StatementId, at: usize) -> Option<String> {
        let old = self.state.statement(id)?.clone();
        if at <= old.range.start || at >= old.range.end {
            return Some("put the caret inside the statement to split it".to_owned());
        }
        let first = self.state.new_statement_id();
        let second = self.state.new_statement_id();
        let doc = old.document;
        let head = self.cleaned(doc, CharRange { start: old.range.start, end: at }, false, true);
        let tail = self.cleaned(doc, CharRange { start: at, end: old.range.end }, true, false);
        let (Some(a), Some(b)) = (self.statement_like(&old, head, first), self.statement_like(&old, tail, second))
        else {
            return Some("both parts of a split need some text".to_owned());
        };
        let edit = Edit::Group(vec![Edit::Remove(vec![id]), Edit::Insert(vec![a, b])]);
        let done = self.apply(edit, format!("split {id}"), format!("Split {id} into {first} and {second}"));
        self.view.select_only(&self.state, first);
        Some(done)
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
        let range = self.cleaned(parts[0].document, range, true, true);
        let merged = self.statement_like(&parts[0], range, id)?;
        let ids: Vec<StatementId> = parts.iter().map(|s| s.id).collect();
        let n = count(ids.len());
        let edit = Edit::Group(vec![Edit::Remove(ids), Edit::Insert(vec![merged])]);
        let done = self.apply(edit, format!("merge {n}"), format!("Merged {n} into {id}"));
        self.view.select_only(&self.state, id);
        Some(done)
    }
}

/// "set target" → "Set target".
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Quotation marks that may stand at the edge of a piece of a quote.
const QUOTE_MARKS: [char; 11] = ['“', '”', '„', '‟', '"', '«', '»', '‹', '›', '‘', '‚'];
/// Marks that open a quotation.
const OPENERS: [char; 7] = ['“', '„', '"', '«', '»', '‘', '‚'];
/// Marks that close a quotation, each with the marks that open it.
const CLOSERS: [(char, &str); 6] = [('”', "“„"), ('“', "„"), ('"', "\""), ('»', "«"), ('«', "»"), ('’', "‘‚")];

/// The last closing quotation mark of `text` whose opening mark stands before it.
fn last_closer(text: &str) -> Option<(usize, char)> {
    text.char_indices().rev().find(|&(i, c)| {
        CLOSERS.iter().any(|&(close, open)| close == c && text[..i].contains(|o: char| open.contains(o)))
    })
}
/// The most words an attribution at an edge has ("said the foreign minister Anna Berg,").
const ATTRIBUTION_WORDS: usize = 8;

/// The part of a piece of statement text to keep after a split or merge, as a byte range: at
/// the chosen edges, an attribution outside the quotation ("…,” said X," / ", said X, “…"),
/// quotation marks, white space and joining punctuation go; a sentence's closing . ! ? stays.
pub fn clean_edges(text: &str, start: bool, end: bool) -> std::ops::Range<usize> {
    let (mut a, mut b) = (0, text.len());
    if start {
        if let Some(q) = text.find(OPENERS) {
            let before = text[..q].trim();
            let attribution = !before.is_empty()
                && before.ends_with([',', ':'])
                && !before.contains(QUOTE_MARKS)
                && before.split_whitespace().count() <= ATTRIBUTION_WORDS;
            if attribution {
                a = q;
            }
        }
        let rest = &text[a..b];
        a += rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(&c) || ",;:—–-.!?".contains(c))
                .len();
    }
    if end {
        if let Some((q, mark)) = last_closer(&text[a..b]) {
            let close = a + q + mark.len_utf8();
            let after = text[close..b].trim();
            let closed_clause = text[a..a + q].trim_end().ends_with([',', '.', '!', '?'])
                || text[close..b].trim_start().starts_with(',');
            let attribution = !after.is_empty()
                && closed_clause
                && !after.contains(QUOTE_MARKS)
                && after.split_whitespace().count() <= ATTRIBUTION_WORDS;
            if attribution {
                b = close;
            }
        }
        b = a + text[a..b]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || QUOTE_MARKS.contains(&c) || c == '’' || ",;:—–-".contains(c)
            })
            .len();
    }
    a..b.max(a)
}

#[cfg(test)]
mod tests {
    use super::clean_edges;

    fn kept(t: &str, start: bool, end: bool) -> &str {
        &t[clean_edges(t, start, end)]
    }

    #[test]
    fn a_piece_after_a_split_loses_the_attribution_and_marks_at_its_new_edge() {
        assert_eq!(kept("“We hold the line,” said Anna Berg, ", false, true), "“We hold the line");
        assert_eq!(kept(", “and we will not move.”", true, false), "and we will not move.”");
        assert_eq!(kept(" said Anna Berg, “and we will not move.”", true, false), "and we will not move.”");
        assert_eq!(kept("the plan “would fail” within weeks", false, true), "the plan “would fail” within weeks");
        assert_eq!(kept(" said Anna Berg, “and we will", true, true), "and we will");
        assert_eq!(kept("„Wir bleiben“, sagte Anna Berg,", false, true), "„Wir bleiben");
    }

    #[test]
    fn merged_edges_keep_a_closing_full_stop_and_unchanged_clean_text() {
        assert_eq!(kept("The talks failed.", true, true), "The talks failed.");
        assert_eq!(kept("“Never.”", true, true), "Never.");
        assert_eq!(kept("  — and then, ", true, true), "and then");
    }
}
