//! The I/O shell around the pure core: reading briefing files, project files, writing tables.
//!
//! Readers work over bytes and `Read`, writers over `Write`; files on disk are replaced only
//! through [`atomic`]. Nothing here knows about the GUI.

pub mod atomic;
pub mod briefing;
pub mod export;
pub mod lock;
pub mod project;
pub mod recovery;

use std::path::{Path, PathBuf};

use crate::extract::extract_document;
use crate::model::{DocumentId, Project};

/// A briefing that could not be opened, and why.
#[derive(Debug)]
pub struct FailedFile {
    /// The path given.
    pub path: PathBuf,
    /// The reason, for the analyst.
    pub reason: String,
}

/// Reads briefings and extracts their items and statements into `project`.
///
/// Files that fail are returned with their reason; the others are added. `progress` is called
/// after each file with (files done, files in all, path).
pub fn add_briefings(
    project: &mut Project,
    paths: &[PathBuf],
    mut progress: impl FnMut(usize, usize, &Path),
) -> (Vec<FailedFile>, Vec<String>) {
    let mut failed = Vec::new();
    let mut warnings = Vec::new();
    // running counters: the next ids without a scan of the project per file
    let mut next_doc = project.next_document_id();
    let mut next_statement = project.next_statement_id().0;
    for (n, path) in paths.iter().enumerate() {
        match briefing::read_briefing(next_doc, path) {
            Ok((mut doc, warning)) => {
                if let Some(w) = warning {
                    warnings.push(format!("{}: {w}", path.display()));
                }
                let ex = extract_document(&doc.text, next_doc, next_statement);
                next_statement += ex.statements.len() as u64;
                next_doc = DocumentId(next_doc.0 + 1);
                doc.items = ex.items;
                project.documents.push(doc);
                project.statements.extend(ex.statements);
            }
            Err(e) => failed.push(FailedFile { path: path.clone(), reason: e.to_string() }),
        }
        progress(n + 1, paths.len(), path);
    }
    (failed, warnings)
}
