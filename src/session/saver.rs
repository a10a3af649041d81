//! The saver thread: keeps its own copy of the project up to date by replaying the desk's
//! changes, and saves, exports and writes the recovery file from that copy, so that none of it
//! copies the project on the GUI thread.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

use super::jobs::{Outcome, Reporter};
use crate::analysis::graph_io::{GraphFormat, write_network};
use crate::analysis::network::{NetworkKind, Normalization, network};
use crate::analysis::{Overview, Scope, Tally};
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
    /// Compute the overview of the copy.
    Overview(Reporter),
    /// Compute the agreement between the coders of the copy; tags that name no coder are the
    /// named one's.
    Agreement(String, Reporter),
    /// Export the copy as an Excel workbook.
    Xlsx(PathBuf, Reporter),
    /// Export a network of the copy.
    Network {
        /// Where.
        path: PathBuf,
        /// Which network.
        kind: NetworkKind,
        /// Its normalisation.
        normalization: Normalization,
        /// The file format.
        format: GraphFormat,
        /// Where the result goes.
        report: Reporter,
    },
    /// Read a tag file and match it to the copy.
    MatchTags {
        /// The tag file.
        path: PathBuf,
        /// The coder written on every tag, if one is forced.
        coder: Option<String>,
        /// The coder of rows without one.
        default_coder: String,
        /// Where the result goes.
        report: Reporter,
    },
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
                ToSaver::Overview(report) => {
                    if report.send(Outcome::Overview(Arc::new(Overview::compute(&project)))) {
                        continue;
                    }
                    return;
                }
                ToSaver::Agreement(name, report) => {
                    let agreement = crate::analysis::agreement::agreement_of(&[(name.as_str(), &project)]);
                    if report.send(Outcome::Agreement(Arc::new(agreement))) {
                        continue;
                    }
                    return;
                }
                ToSaver::Xlsx(path, report) => (report, xlsx(&project, &path)),
                ToSaver::Network { path, kind, normalization, format, report } => {
                    (report, export_network(&project, &path, kind, normalization, format))
                }
                ToSaver::MatchTags { path, coder, default_coder, report } => {
                    let matched = match_tags(&project, &path, coder.as_deref(), &default_coder);
                    if report.send(Outcome::Tags(matched)) {
                        continue;
                    }
                    return;
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

/// Writes the Excel workbook atomically; returns the number of statement rows.
fn xlsx(project: &Project, path: &Path) -> Result<usize, String> {
    let mut rows = 0;
    crate::io::atomic::write_atomic(path, false, |f| {
        let report = crate::io::xlsx::write_workbook(f, project).map_err(|e| std::io::Error::other(e.to_string()))?;
        rows = report.rows;
        Ok::<(), std::io::Error>(())
    })
    .map(|_| rows)
    .map_err(err)
}

/// Writes a network of the whole project atomically; returns the number of edges.
fn export_network(
    project: &Project,
    path: &Path,
    kind: NetworkKind,
    normalization: Normalization,
    format: GraphFormat,
) -> Result<usize, String> {
    let net = network(&Tally::of(project, &Scope::default()), kind, normalization).map_err(err)?;
    crate::io::atomic::write_atomic(path, false, |f| write_network(f, &net, format))
        .map(|_| net.edges.len())
        .map_err(err)
}

/// Reads a tag file and matches it to the project.
fn match_tags(
    project: &Project,
    path: &Path,
    coder: Option<&str>,
    default_coder: &str,
) -> Result<Vec<crate::io::tags::TagUpdate>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rows = crate::io::tags::read_tag_rows(std::io::BufReader::new(file)).map_err(err)?;
    let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    crate::io::tags::match_rows(project, &rows, coder, default_coder, &now).map_err(err)
}
