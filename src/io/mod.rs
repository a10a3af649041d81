//! The I/O shell around the pure core: reading briefing files, project files, writing tables.
//!
//! Readers work over bytes and `Read`, writers over `Write`; files on disk are replaced only
//! through [`atomic`]. Nothing here knows about the GUI.

pub mod atomic;
pub mod briefing;
pub mod export;
pub mod formats;
pub mod lock;
mod parallel;
pub mod pdf;
pub mod project;
mod project_lines;
pub mod recovery;

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
    let mut next_doc = first_doc;
    let mut next_statement = first_statement;
    for (n, path) in paths.iter().enumerate() {
        match briefing::read_briefing(next_doc, path) {
            Ok((mut doc, warning)) => {
                if let Some(w) = warning {
                    out.warnings.push(format!("{}: {w}", path.display()));
                }
                let ex = extract_document(&doc.text, next_doc, next_statement);
                next_statement += ex.statements.len() as u64;
                next_doc = DocumentId(next_doc.0 + 1);
                doc.items = ex.items;
                out.documents.push(doc);
                out.statements.extend(ex.statements);
            }
            Err(e) => out.failed.push(FailedFile { path: path.clone(), reason: e.to_string() }),
        }
        progress(n + 1, paths.len(), path);
    }
    out
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
