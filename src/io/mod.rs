//! The I/O shell around the pure core: reading briefing files, writing statement tables.
//!
//! Readers work over bytes and `Read`, writers over `Write`; nothing here knows about the GUI.

pub mod briefing;
pub mod export;

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
    for (n, path) in paths.iter().enumerate() {
        let id = project.next_document_id();
        match briefing::read_briefing(id, path) {
            Ok((mut doc, warning)) => {
                if let Some(w) = warning {
                    warnings.push(format!("{}: {w}", path.display()));
                }
                let ex = extract_document(&doc.text, id, project.next_statement_id().0);
                doc.items = ex.items;
                project.documents.push(doc);
                project.statements.extend(ex.statements);
            }
            Err(e) => failed.push(FailedFile { path: path.clone(), reason: e.to_string() }),
        }
        progress(n + 1, paths.len(), path);
    }
    let _ = DocumentId(0);
    (failed, warnings)
}
