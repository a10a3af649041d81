//! The I/O shell around the pure core: reading briefing files, project files, writing tables.
//!
//! Readers work over bytes and `Read`, writers over `Write`; files on disk are replaced only
//! through [`atomic`]. Nothing here knows about the GUI.

pub mod atomic;
pub mod briefing;
pub mod decoding;
pub mod export;
pub mod files;
pub mod folders;
pub mod formats;
mod json_scan;
pub mod lock;
pub mod markup;
pub mod merge;
mod parallel;
pub mod pdf;
pub mod project;
mod project_layout;
mod project_lines;
pub mod recovery;
pub mod tags;
pub mod xlsx;

use std::path::{Path, PathBuf};

use crate::extract::extract_document;
use crate::model::{Document, DocumentId, Project, Statement};

/// A briefing that could not be opened, and why.
#[derive(Debug)]
pub struct FailedFile {
    /// The path given.
    pub path: PathBuf,
    /// The reason, for the analyst.
    pub reason: String,
}

/// Briefings read and extracted, ready to be added to a project.
#[derive(Debug, Default)]
pub struct Opened {
    /// The documents, with their items.
    pub documents: Vec<Document>,
    /// Their statements, in document order.
    pub statements: Vec<Statement>,
    /// Files that could not be read.
    pub failed: Vec<FailedFile>,
    /// Warnings for the analyst (e.g. bad bytes replaced).
    pub warnings: Vec<String>,
}

/// One briefing read and extracted by [`read_each`], or why it could not be read.
#[derive(Debug)]
pub enum Briefing {
    /// The document with its items, its statements in document order, and a warning for the
    /// analyst (e.g. bad bytes replaced).
    Read(Document, Vec<Statement>, Option<String>),
    /// The file could not be read.
    Failed(FailedFile),
}

/// Reads briefings one at a time and hands each to `each` with its place in `paths`,
/// numbering documents from `first_doc` and statements from `first_statement`; only one
/// document is held at a time. The first error `each` returns stops the reading.
pub fn read_each<E>(
    paths: &[PathBuf],
    first_doc: DocumentId,
    first_statement: u64,
    mut each: impl FnMut(usize, &Path, Briefing) -> Result<(), E>,
) -> Result<(), E> {
    let mut next_doc = first_doc;
    let mut next_statement = first_statement;
    for (n, path) in paths.iter().enumerate() {
        let briefing = match briefing::read_briefing(next_doc, path) {
            Ok((mut doc, warning)) => {
                // a fault in a rule fails this briefing, not the whole import
                let text = &doc.text;
                match std::panic::catch_unwind(|| extract_document(text, next_doc, next_statement)) {
                    Ok(ex) => {
                        next_statement += ex.statements.len() as u64;
                        next_doc = DocumentId(next_doc.0 + 1);
                        doc.items = ex.items;
                        Briefing::Read(doc, ex.statements, warning.map(|w| format!("{}: {w}", path.display())))
                    }
                    Err(_) => Briefing::Failed(extraction_fault(path)),
                }
            }
            Err(e) => Briefing::Failed(FailedFile { path: path.clone(), reason: e.to_string() }),
        };
        each(n, path, briefing)?;
    }
    Ok(())
}

/// Reads briefings and extracts their items and statements, numbering documents from
/// `first_doc` and statements from `first_statement`. `progress` is called after each file with
/// (files done, files in all, path). Files that fail are listed; the others are read.
pub fn read_briefings(
    paths: &[PathBuf],
    first_doc: DocumentId,
    first_statement: u64,
    mut progress: impl FnMut(usize, usize, &Path),
) -> Opened {
    let mut out = Opened::default();
    let all = paths.len();
    let read = read_each(paths, first_doc, first_statement, |n, path, briefing| {
        match briefing {
            Briefing::Read(doc, statements, warning) => {
                out.warnings.extend(warning);
                out.documents.push(doc);
                out.statements.extend(statements);
            }
            Briefing::Failed(f) => out.failed.push(f),
        }
        progress(n + 1, all, path);
        Ok::<(), std::convert::Infallible>(())
    });
    match read {
        Ok(()) => out,
        Err(never) => match never {},
    }
}

/// Reads briefings and extracts their items and statements into `project`.
///
/// Files that fail are returned with their reason; the others are added. `progress` is called
/// after each file with (files done, files in all, path).
pub fn add_briefings(
    project: &mut Project,
    paths: &[PathBuf],
    progress: impl FnMut(usize, usize, &Path),
) -> (Vec<FailedFile>, Vec<String>) {
    let opened = read_briefings(paths, project.next_document_id(), project.next_statement_id().0, progress);
    project.documents.extend(opened.documents);
    project.statements.extend(opened.statements);
    (opened.failed, opened.warnings)
}

/// The failed file for a fault of the extraction on the briefing at `path`: its reason names the
/// file, as a reading error's does, so that the analyst knows which one to report.
fn extraction_fault(path: &Path) -> FailedFile {
    FailedFile {
        path: path.to_owned(),
        reason: format!(
            "{}: the extraction failed on this briefing (a fault in Stance Desk; please report it with the file)",
            path.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    /// Regression: a fault of the extraction was reported without the file's name, so that an
    /// import of several briefings did not say which one failed.
    #[test]
    fn an_extraction_fault_did_not_name_its_file() {
        let f = super::extraction_fault(std::path::Path::new("briefs/wire 3.txt"));
        assert!(f.reason.starts_with("briefs/wire 3.txt: the extraction failed"), "{}", f.reason);
    }
}
