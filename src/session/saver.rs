//! The saver thread: keeps its own copy of the project up to date by replaying the desk's
//! changes, and saves, exports and writes the recovery file from that copy, so that none of it
//! copies the project on the GUI thread.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

use super::jobs::{Outcome, Reporter};
use crate::desk::Change;
use crate::io::export::{Preset, export_csv};
use crate::io::project::save_project;
use crate::io::recovery::RecoverySlot;
use crate::model::{Project, StatementId};

/// Work for the saver thread.
pub enum ToSaver {
    /// A change of the project, to replay on the copy.
    Change(Change),
    /// Save the copy to `path`.
    Save(PathBuf, Reporter),
    /// Export the copy (only the statements in `keep`, when given) as CSV.
    Export {
        /// Where.
        path: PathBuf,
        /// The statements to export; all when `None`.
        keep: Option<HashSet<StatementId>>,
        /// Excel or data.
        preset: Preset,
        /// Where the result goes.
        report: Reporter,
    },
    /// Write the copy to the recovery slot.
    Recovery(Arc<Mutex<RecoverySlot>>, Reporter),
    /// Remove the recovery file (after the queued writes), keeping or ending the slot.
    ClearRecovery(Arc<Mutex<RecoverySlot>>, Reporter),
}

/// Starts a saver thread on a copy of `project`; it ends when the returned sender is dropped
/// and its queue is done.
pub fn spawn(project: Project) -> Sender<ToSaver> {
    let (tx, rx) = channel::<ToSaver>();
    std::thread::spawn(move || {
        let mut project = project;
        let mut idx = crate::desk::edit::index_of(&project);
        while let Ok(msg) = rx.recv() {
            let (report, result) = match msg {
                ToSaver::Change(c) => {
                    c.replay(&mut project, &mut idx);
                    continue;
                }
                ToSaver::Save(path, report) => (report, save_project(&path, &project).map(|_| 0).map_err(err)),
                ToSaver::Export { path, keep, preset, report } => {
                    (report, export(&project, &path, keep.as_ref(), preset))
                }
                ToSaver::Recovery(slot, report) => {
                    (report, slot.lock().map_err(err).and_then(|mut s| s.write(&project).map(|()| 0).map_err(err)))
                }
                ToSaver::ClearRecovery(slot, report) => {
                    (report, slot.lock().map_err(err).and_then(|mut s| s.clear().map(|()| 0).map_err(err)))
                }
            };
            if !report.send(Outcome::Written(result)) {
                return;
            }
        }
    });
    tx
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Writes the CSV export atomically; returns the number of rows.
fn export(
    project: &Project,
    path: &Path,
    keep: Option<&HashSet<StatementId>>,
    preset: Preset,
) -> Result<usize, String> {
    let rows = keep.map_or(project.statements.len(), HashSet::len);
    crate::io::atomic::write_atomic(path, false, |f| {
        export_csv(f, project, |s| keep.is_none_or(|k| k.contains(&s.id)), preset).map_err(std::io::Error::from)
    })
    .map(|_| rows)
    .map_err(err)
}
