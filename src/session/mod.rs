//! The life of an open project outside the GUI: where it is saved, its lock, its recovery slot,
//! the saver thread with its copy of the project, and the background jobs (reading briefings,
//! loading, saving, exporting, autosaving), each tracked by id.
//!
//! Nothing here waits: a job's result is applied to the desk through [`Command`]s when
//! [`Session::poll`] sees it, and what the analyst must be told comes back as [`Event`]s.
//! Results of jobs started for a project that was closed meanwhile are dropped.

pub mod jobs;
pub mod saver;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jobs::{JobKind, Jobs, Outcome, Running, Waker};
use saver::ToSaver;

use crate::analysis::graph_io::GraphFormat;
use crate::analysis::network::{NetworkKind, Normalization};
use crate::desk::{Command, Desk};
use crate::io::export::Preset;
use crate::io::lock::ProjectLock;
use crate::io::project::{EXTENSION, is_project_path, load_project};
use crate::io::recovery::{self, Pending, RecoverySlot};
use crate::io::{Opened, briefing, read_briefings};
use crate::model::{DocumentId, Project, StatementId};

/// How long after the last edit the recovery file is written.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(1);

/// Something the analyst should know, or something the GUI must do.
#[derive(Debug)]
pub enum Event {
    /// A message for the status bar; `error` shows it as an error.
    Notice {
        /// The message.
        text: String,
        /// Whether it reports a failure.
        error: bool,
    },
    /// A file is now in use (for the recent files list).
    Remember(PathBuf),
    /// A project was read: put a new desk on it and call [`Session::open`].
    Loaded(Loaded),
    /// A project file could not be opened: show why in a window (the desk stays as it was).
    OpenFailed {
        /// The file.
        file: PathBuf,
        /// Where in the file it is wrong, when the error has a place.
        place: Option<String>,
        /// The whole message.
        error: String,
    },
    /// The agreement between the project's coders as it was at `revision`
    /// ([`Session::request_agreement`]).
    Agreement {
        /// Every agreement figure.
        agreement: Arc<crate::analysis::agreement::Agreement>,
        /// The desk's revision it was computed from.
        revision: u64,
    },
    /// The overview of the project as it was at `revision` ([`Session::request_overview`]).
    Overview {
        /// What the overview shows.
        overview: Arc<crate::analysis::Overview>,
        /// The desk's revision it was computed from.
        revision: u64,
    },
}

/// A project read from a file or a recovery file.
#[derive(Debug)]
pub struct Loaded {
    /// The project.
    pub project: Project,
    /// Its file (for a recovery: the file it is the recovery of).
    pub path: Option<PathBuf>,
    /// Why it opens read-only (a newer format), if it does.
    pub read_only: Option<String>,
    /// What to tell the analyst once it is open.
    pub note: String,
    /// It came from a recovery file: unsaved until saved.
    pub from_recovery: bool,
}

/// The open project's file, lock, recovery and background work.
#[derive(Debug)]
pub struct Session {
    path: Option<PathBuf>,
    lock: Option<ProjectLock>,
    read_only: Option<String>,
    recovery: Option<Arc<Mutex<RecoverySlot>>>,
    recovery_dir: Option<PathBuf>,
    pending_recovery: Vec<Pending>,
    /// The lock of the file a Save As is writing, taken before the write.
    pending_lock: Option<(PathBuf, ProjectLock)>,
    saver: Sender<ToSaver>,
    /// Counts the projects this session has had open; jobs of an earlier one are not applied.
    generation: u64,
    jobs: Jobs,
    last_edit: Option<Instant>,
    seen_edits: usize,
    events: Vec<Event>,
}

fn notice(text: String, error: bool) -> Event {
    Event::Notice { text, error }
}

impl Session {
    /// A session on `project`, saved at `path` (if it is); recovery files go to `recovery_dir`
    /// (none when `None`). The lock is taken here: a project open elsewhere is read-only.
    pub fn new(project: &Project, path: Option<PathBuf>, recovery_dir: Option<PathBuf>) -> Self {
        let pending_recovery = recovery_dir.as_deref().map(recovery::pending).unwrap_or_default();
        let mut s = Self {
            path,
            lock: None,
            read_only: None,
            recovery: None,
            recovery_dir,
            pending_recovery,
            pending_lock: None,
            saver: saver::spawn(project.clone()),
            generation: 0,
            jobs: Jobs::default(),
            last_edit: None,
            seen_edits: 0,
            events: Vec::new(),
        };
        s.take_lock();
        s
    }

    /// Sets what wakes the GUI when a job reports.
    pub fn set_waker(&self, waker: Waker) {
        self.jobs.set_waker(waker);
    }

    /// Where the project is saved, if it is.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Why the project is read-only, if it is.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// Whether background work is running.
    pub fn busy(&self) -> bool {
        self.jobs.busy()
    }

    /// The progress of a long job, for the status bar.
    pub fn progress(&self) -> Option<(String, f32)> {
        self.jobs.progress()
    }

    /// Recovery files of earlier sessions waiting for the analyst's answer.
    pub fn pending_recovery(&self) -> &[Pending] {
        &self.pending_recovery
    }

    fn take_lock(&mut self) {
        self.lock = None;
        self.read_only = None;
        if let Some(path) = &self.path {
            match ProjectLock::acquire(path) {
                Ok(l) => self.lock = Some(l),
                Err(e) => {
                    self.read_only = Some(e.to_string());
                    self.events.push(notice(e.to_string(), true));
                }
            }
        }
        // a fresh recovery slot for this project
        self.recovery = None;
        if self.read_only.is_none() {
            self.open_recovery_slot();
        }
    }

    fn open_recovery_slot(&mut self) {
        if let Some(dir) = &self.recovery_dir {
            match RecoverySlot::open(dir, self.path.as_deref()) {
                Ok(slot) => self.recovery = Some(Arc::new(Mutex::new(slot))),
                Err(e) => self.events.push(notice(format!("no recovery file: {e}"), true)),
            }
        }
    }

    /// Closes the open project (its recovery file goes) and opens `project`, saved at `path`:
    /// a new saver copy, the lock, a recovery slot. `closing` is the project being closed.
    pub fn open(&mut self, closing: &Project, project: &Project, path: Option<PathBuf>) {
        self.discard_recovery(closing);
        self.generation += 1;
        self.pending_lock = None;
        self.saver = saver::spawn(project.clone());
        self.path = path;
        self.seen_edits = 0;
        self.last_edit = None;
        self.take_lock();
    }

    /// Opens the project read-only (a newer format): no lock, no recovery.
    pub fn make_read_only(&mut self, why: String) {
        self.lock = None;
        self.recovery = None;
        self.read_only = Some(why);
    }

    /// Sends the desk's changes to the saver's copy of the project.
    pub fn flush(&mut self, desk: &mut Desk) {
        for c in desk.take_changes() {
            if self.saver.send(ToSaver::Change(c)).is_err() {
                // the copy is lost with its thread: start again from the desk's project (which
                // already has every change)
                self.saver = saver::spawn(desk.project().clone());
                return;
            }
        }
    }

    /// Sends work to the saver; a saver that died is started again on a copy of `project`.
    fn send_saver(&mut self, project: &Project, msg: ToSaver) -> bool {
        match self.saver.send(msg) {
            Ok(()) => true,
            Err(std::sync::mpsc::SendError(msg)) => {
                self.saver = saver::spawn(project.clone());
                if self.saver.send(msg).is_ok() {
                    true
                } else {
                    self.events.push(notice("the saver stopped: nothing was written".to_owned(), true));
                    false
                }
            }
        }
    }

    /// Saves the project to its file; `false` when it has none (or is read-only): ask where.
    pub fn save(&mut self, desk: &mut Desk) -> bool {
        match self.path.clone() {
            Some(p) if self.read_only.is_none() => {
                self.start_save(desk, p);
                true
            }
            _ => false,
        }
    }

    /// Saves the project to `path` (the extension added when missing), locking it first: never
    /// over a project open elsewhere.
    pub fn save_as(&mut self, desk: &mut Desk, mut path: PathBuf) {
        if !is_project_path(&path) {
            let name = format!("{}{EXTENSION}", path.file_name().unwrap_or_default().to_string_lossy());
            path.set_file_name(name);
        }
        if self.path.as_deref() != Some(path.as_path()) || self.lock.is_none() {
            match ProjectLock::acquire(&path) {
                Ok(l) => self.pending_lock = Some((path.clone(), l)),
                Err(e) => {
                    self.events.push(notice(format!("not saved: {e}"), true));
                    return;
                }
            }
        }
        self.start_save(desk, path);
    }

    fn start_save(&mut self, desk: &mut Desk, path: PathBuf) {
        let edits = desk.state().unsaved();
        self.flush(desk);
        let label = format!("saving {}", path.display());
        let report = self.jobs.start(JobKind::Save { path: path.clone(), edits }, self.generation, Some(label));
        self.send_saver(desk.project(), ToSaver::Save(path, report));
    }

    /// Exports CSV: every statement, or only the rows the table shows.
    pub fn export(&mut self, desk: &mut Desk, path: PathBuf, view_only: bool, preset: Preset) {
        // never over the project file or one of its briefings
        let inputs: Vec<&Path> = self
            .path
            .as_deref()
            .into_iter()
            .chain(desk.project().documents.iter().map(|d| Path::new(d.path.as_str())))
            .collect();
        if let Err(e) = crate::io::files::check_output(&path, &inputs) {
            self.events.push(notice(format!("export failed: {e}"), true));
            return;
        }
        let keep: Option<HashSet<StatementId>> = view_only.then(|| {
            let statements = &desk.project().statements;
            desk.view().table().rows().iter().filter_map(|&i| statements.get(i as usize)).map(|s| s.id).collect()
        });
        self.flush(desk);
        let report = self.jobs.start(JobKind::Export(path.clone()), self.generation, None);
        self.send_saver(desk.project(), ToSaver::Export { path, keep, preset, report });
    }

    /// Computes the overview from the saver's copy (after the desk's changes), off the GUI
    /// thread; [`Event::Overview`] when done. `false` while one is being computed.
    pub fn request_overview(&mut self, desk: &mut Desk) -> bool {
        if self.jobs.any(|k| matches!(k, JobKind::Overview(_))) {
            return false;
        }
        let revision = desk.state().revision();
        self.flush(desk);
        let report = self.jobs.start(JobKind::Overview(revision), self.generation, None);
        self.send_saver(desk.project(), ToSaver::Overview(report))
    }

    /// Computes the agreement between the project's coders from the saver's copy, off the GUI
    /// thread; [`Event::Agreement`] when done. `false` while one is being computed.
    pub fn request_agreement(&mut self, desk: &mut Desk) -> bool {
        if self.jobs.any(|k| matches!(k, JobKind::Agreement(_))) {
            return false;
        }
        let revision = desk.state().revision();
        // a tag that names no coder is the project's: its file's name
        let name = self
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| {
                let n = n.to_string_lossy();
                n.strip_suffix(EXTENSION).map_or_else(|| n.to_string(), str::to_owned)
            })
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "project".to_owned());
        self.flush(desk);
        let report = self.jobs.start(JobKind::Agreement(revision), self.generation, None);
        self.send_saver(desk.project(), ToSaver::Agreement(name, report))
    }

    /// Exports the project as an Excel workbook.
    pub fn export_xlsx(&mut self, desk: &mut Desk, path: PathBuf) {
        self.flush(desk);
        let report = self.jobs.start(JobKind::ExportXlsx(path.clone()), self.generation, None);
        self.send_saver(desk.project(), ToSaver::Xlsx(path, report));
    }

    /// Exports a network of the project; the format follows the extension.
    pub fn export_network(&mut self, desk: &mut Desk, path: PathBuf, kind: NetworkKind, normalization: Normalization) {
        let Some(format) = GraphFormat::from_path(&path) else {
            let text = format!("{}: the file name must end in .graphml, .gexf or .csv", path.display());
            self.events.push(notice(text, true));
            return;
        };
        self.flush(desk);
        let report = self.jobs.start(JobKind::ExportNetwork(path.clone()), self.generation, None);
        self.send_saver(desk.project(), ToSaver::Network { path, kind, normalization, format, report });
    }

    /// Reads a tag file and matches it to the project off the GUI thread; the tags are applied
    /// as one undoable edit when it is accepted.
    pub fn import_tags(&mut self, desk: &mut Desk, path: PathBuf) {
        if self.read_only.is_some() {
            self.events.push(notice("read-only: use File ▸ Save As to work on a copy".to_owned(), true));
            return;
        }
        self.flush(desk);
        let default_coder = desk.state().coder().to_owned();
        let report = self.jobs.start(JobKind::ImportTags(path.clone()), self.generation, None);
        self.send_saver(desk.project(), ToSaver::MatchTags { path, coder: None, default_coder, report });
    }

    /// Reads briefings (files, and every briefing under folders) on a worker thread; they are
    /// added to the desk when read.
    pub fn read_briefings(&mut self, paths: Vec<PathBuf>) {
        if self.read_only.is_some() {
            let text = "read-only: briefings are not added (File ▸ Save As to work on a copy)";
            self.events.push(notice(text.to_owned(), true));
            return;
        }
        let report = self.jobs.start(JobKind::ReadBriefings, self.generation, Some("reading briefings".into()));
        std::thread::spawn(move || {
            // folders are walked here, off the GUI thread: an archive can hold 70,000 files
            let expanded = crate::io::folders::expand(&paths);
            // ids are the desk's to give: these are replaced when the briefings are added
            let mut opened = read_briefings(&expanded.files, DocumentId(0), 0, |done, all, _| {
                report.send(Outcome::Progress(done, all));
            });
            if let Some((first, why)) = expanded.skipped.first() {
                let n = expanded.skipped.len();
                opened
                    .warnings
                    .push(format!("skipped {n} file(s) that are no briefings ({}: {why}…)", first.display()));
            }
            report.send(Outcome::Briefings(opened));
        });
    }

    /// Reads a project file on a worker thread; [`Event::Loaded`] when read.
    pub fn load_project(&mut self, desk: &Desk, path: PathBuf) {
        if desk.state().unsaved() > 0 {
            let text = format!("{} not opened: save or undo the changes of the open project first", path.display());
            self.events.push(notice(text, true));
            return;
        }
        let label = format!("opening {}", path.display());
        let report = self.jobs.start(JobKind::LoadProject(path.clone()), self.generation, Some(label));
        std::thread::spawn(move || {
            report.send(Outcome::Project(load_project(&path)));
        });
    }

    /// Reads a text document again with another encoding and extracts it afresh.
    pub fn reread(&mut self, desk: &Desk, document: DocumentId, encoding: String) {
        if self.read_only.is_some() {
            self.events.push(notice("read-only: use File ▸ Save As to work on a copy".to_owned(), true));
            return;
        }
        let Some(path) = desk.document(document).map(|d| PathBuf::from(&d.path)) else { return };
        let report = self.jobs.start(JobKind::Reread(path.clone(), encoding.clone()), self.generation, None);
        std::thread::spawn(move || {
            let result = briefing::reread_with_encoding(document, &path, &encoding).map_err(|e| e.to_string());
            report.send(Outcome::Reread(result.map(|mut doc| {
                let ex = crate::extract::extract_document(&doc.text, document, 0);
                doc.items = ex.items;
                (doc, ex.statements)
            })));
        });
    }

    /// Takes the work kept in a recovery file (when the desk has no unsaved changes).
    pub fn recover(&mut self, desk: &Desk) {
        if desk.state().unsaved() > 0 {
            self.events.push(notice("save or undo the changes first, then recover".to_owned(), true));
            return;
        }
        if self.pending_recovery.is_empty() {
            return;
        }
        let p = self.pending_recovery.remove(0);
        let report = self.jobs.start(JobKind::Recover(p.recovery_of.clone()), self.generation, None);
        std::thread::spawn(move || {
            let result = recovery::recover(&p).map_err(|e| format!("cannot recover: {e}")).map(|project| {
                let kept = recovery::discard_pending(&p).err().map(|e| format!("; {} was kept: {e}", p.path.display()));
                (project, kept.unwrap_or_default())
            });
            report.send(Outcome::Recovered(result));
        });
    }

    /// Removes the first pending recovery file (the analyst chose Discard).
    pub fn discard_pending(&mut self) {
        if self.pending_recovery.is_empty() {
            return;
        }
        let p = self.pending_recovery.remove(0);
        let report = self.jobs.start(JobKind::ClearRecovery, self.generation, None);
        std::thread::spawn(move || {
            let result = recovery::discard_pending(&p).map(|()| 0).map_err(|e| format!("{}: {e}", p.path.display()));
            report.send(Outcome::Written(result));
        });
    }

    /// Removes this desk's recovery file after the saver's queued writes (the slot ends with it).
    pub fn discard_recovery(&mut self, project: &Project) {
        if let Some(slot) = self.recovery.take() {
            let report = self.jobs.start(JobKind::ClearRecovery, self.generation, None);
            self.send_saver(project, ToSaver::ClearRecovery(slot, report));
        }
    }

    /// Writes the recovery file about a second after the last edit. Returns how long to wait
    /// before looking again, while a write is due.
    pub fn autosave(&mut self, desk: &mut Desk) -> Option<Duration> {
        let edits = desk.state().history().undo_len() + desk.state().unsaved();
        if edits != self.seen_edits {
            self.seen_edits = edits;
            self.last_edit = Some(Instant::now());
        }
        if !desk.state().unrecovered() {
            return None;
        }
        let last = self.last_edit?;
        let wait = AUTOSAVE_AFTER.saturating_sub(last.elapsed());
        if !wait.is_zero() || self.jobs.any(|k| *k == JobKind::WriteRecovery) {
            return Some(wait.max(Duration::from_millis(50)));
        }
        let slot = self.recovery.clone()?;
        desk.run(Command::Recovered);
        self.flush(desk);
        let report = self.jobs.start(JobKind::WriteRecovery, self.generation, None);
        self.send_saver(desk.project(), ToSaver::Recovery(slot, report));
        None
    }

    /// Applies the results of finished jobs to the desk; returns what to tell the analyst.
    pub fn poll(&mut self, desk: &mut Desk) -> Vec<Event> {
        while let Some((running, outcome)) = self.jobs.try_next() {
            self.finish(desk, running, outcome);
        }
        std::mem::take(&mut self.events)
    }

    /// Waits until background jobs are done, applying their results (tests and shutdown only:
    /// the GUI never waits).
    pub fn wait_for_jobs(&mut self, desk: &mut Desk, timeout: Duration) -> Vec<Event> {
        let until = Instant::now() + timeout;
        while self.jobs.busy() {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            if let Some((running, outcome)) = self.jobs.next_within(left.min(Duration::from_millis(20))) {
                self.finish(desk, running, outcome);
            }
        }
        std::mem::take(&mut self.events)
    }

    fn finish(&mut self, desk: &mut Desk, running: Running, outcome: Outcome) {
        let current = running.generation == self.generation;
        match (running.kind, outcome) {
            (JobKind::ReadBriefings, Outcome::Briefings(opened)) => self.briefings_read(desk, current, opened),
            (JobKind::LoadProject(path), Outcome::Project(r)) => self.project_loaded(desk, path, r),
            (JobKind::Recover(of), Outcome::Recovered(r)) => match r {
                Ok((project, kept)) => {
                    let note = format!("recovered: save to keep it{kept}");
                    let loaded = Loaded { project, path: of, read_only: None, note, from_recovery: true };
                    self.events.push(Event::Loaded(loaded));
                }
                Err(e) => self.events.push(notice(e, true)),
            },
            (JobKind::Reread(path, encoding), Outcome::Reread(r)) => match r {
                Ok((document, statements)) if current => {
                    let what = desk.run(Command::ReplaceDocument { document, statements }).unwrap_or_default();
                    self.events.push(notice(format!("{} read again as {encoding}: {what}", path.display()), false));
                }
                Ok(_) => {}
                Err(e) => self.events.push(notice(e, true)),
            },
            (JobKind::Save { path, edits }, Outcome::Written(r)) => self.saved(desk, current, &path, edits, r),
            (JobKind::Export(path), Outcome::Written(r)) => self.events.push(match r {
                Ok(rows) => notice(format!("exported {rows} rows to {}", path.display()), false),
                Err(e) => notice(format!("export failed: {}: {e}", path.display()), true),
            }),
            (JobKind::Overview(revision), Outcome::Overview(overview)) => {
                if current {
                    self.events.push(Event::Overview { overview, revision });
                }
            }
            (JobKind::Agreement(revision), Outcome::Agreement(agreement)) => {
                if current {
                    self.events.push(Event::Agreement { agreement, revision });
                }
            }
            (JobKind::ExportXlsx(path), Outcome::Written(r)) => self.events.push(match r {
                Ok(rows) => notice(format!("exported a workbook of {rows} statements to {}", path.display()), false),
                Err(e) => notice(format!("export failed: {}: {e}", path.display()), true),
            }),
            (JobKind::ExportNetwork(path), Outcome::Written(r)) => self.events.push(match r {
                Ok(edges) => notice(format!("exported a network of {edges} edges to {}", path.display()), false),
                Err(e) => notice(format!("export failed: {}: {e}", path.display()), true),
            }),
            (JobKind::ImportTags(path), Outcome::Tags(r)) => self.tags_matched(desk, current, &path, r),
            (JobKind::WriteRecovery, Outcome::Written(Err(e))) => {
                self.events.push(notice(format!("recovery file not written: {e}"), true));
            }
            (JobKind::ClearRecovery, Outcome::Written(Err(e))) => {
                self.events.push(notice(format!("recovery file not removed: {e}"), true));
            }
            (_, Outcome::Written(Ok(_))) => {}
            (kind, outcome) => {
                self.events.push(notice(format!("internal: {kind:?} ended with {outcome:?}"), true));
            }
        }
    }

    fn tags_matched(
        &mut self,
        desk: &mut Desk,
        current: bool,
        path: &Path,
        result: Result<Vec<crate::io::tags::TagUpdate>, String>,
    ) {
        match result {
            Ok(_) if !current => {}
            Ok(updates) => {
                let msg = desk.run(Command::ImportTags(updates)).unwrap_or_default();
                self.events.push(notice(format!("{}: {msg}", path.display()), false));
            }
            Err(e) => self.events.push(notice(format!("{}: nothing imported: {e}", path.display()), true)),
        }
    }

    fn briefings_read(&mut self, desk: &mut Desk, current: bool, opened: Opened) {
        if !current {
            let text = "briefings read for the project closed meanwhile were not added".to_owned();
            self.events.push(notice(text, true));
            return;
        }
        let n = opened.documents.len();
        let mut msg = format!("opened {n} briefing(s), {} statements", opened.statements.len());
        for f in &opened.failed {
            msg = format!("{msg}; could not open {}", f.reason);
        }
        for w in &opened.warnings {
            msg = format!("{msg}; {w}");
        }
        let error = !opened.failed.is_empty();
        if n > 0 {
            desk.run(Command::AddDocuments { documents: opened.documents, statements: opened.statements });
        }
        self.events.push(notice(msg, error));
    }

    fn project_loaded(
        &mut self,
        desk: &Desk,
        path: PathBuf,
        result: Result<crate::io::project::LoadedProject, crate::io::project::ProjectError>,
    ) {
        match result {
            Ok(_) if desk.state().unsaved() > 0 => {
                let text = format!("{} not opened: the open project changed meanwhile", path.display());
                self.events.push(notice(text, true));
            }
            Ok(loaded) => {
                let warnings = loaded.warnings.len();
                let extra =
                    if warnings > 0 { format!(" ({warnings} statement texts restored)") } else { String::new() };
                self.events.push(Event::Remember(path.clone()));
                self.events.push(Event::Loaded(Loaded {
                    project: loaded.project,
                    note: format!("opened {}{extra}", path.display()),
                    path: Some(path),
                    read_only: loaded.read_only,
                    from_recovery: false,
                }));
            }
            Err(e) => {
                let (place, error) = (e.place(), e.to_string());
                self.events.push(Event::OpenFailed { file: path, place, error });
            }
        }
    }

    fn saved(&mut self, desk: &mut Desk, current: bool, path: &Path, edits: usize, r: Result<usize, String>) {
        match r {
            Ok(_) if !current => {}
            Ok(_) => {
                desk.run(Command::Saved { edits });
                if self.path.as_deref() != Some(path) {
                    // Save As: the lock taken before the write, a recovery slot of its own
                    self.path = Some(path.to_path_buf());
                    self.events.push(Event::Remember(path.to_path_buf()));
                    self.lock = self.pending_lock.take().filter(|(p, _)| *p == path).map(|(_, l)| l);
                    self.read_only = None;
                    self.discard_recovery(desk.project());
                    self.open_recovery_slot();
                } else if desk.state().unsaved() == 0 {
                    // nothing newer than the file: the recovery file would only confuse
                    if let Some(slot) = self.recovery.clone() {
                        let report = self.jobs.start(JobKind::ClearRecovery, self.generation, None);
                        self.send_saver(desk.project(), ToSaver::ClearRecovery(slot, report));
                        desk.run(Command::Recovered);
                    }
                }
            }
            Err(e) => {
                self.pending_lock = None;
                self.events.push(notice(format!("not saved: {e}"), true));
                return;
            }
        }
        self.events.push(notice(format!("saved {}", path.display()), false));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Project {
        crate::desk::tests::project_of("Talks\n“We stay,” said Ann Lee.\n")
    }

    fn scratch(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("stancedesk-session-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn save_as_locks_writes_and_marks_the_desk_saved_without_blocking_the_caller() {
        let dir = scratch("saveas");
        let project = sample();
        let mut desk = Desk::new(project.clone(), "ann".into());
        let mut s = Session::new(&project, None, Some(dir.join("recovery")));
        let first = desk.project().statements[0].id;
        desk.run(Command::Chip { id: first, label: "Support".into() });
        assert_eq!(desk.state().unsaved(), 1);
        s.save_as(&mut desk, dir.join("p"));
        assert!(s.busy());
        let events = s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        assert_eq!(desk.state().unsaved(), 0);
        let path = dir.join("p.stance.json");
        assert_eq!(s.path(), Some(path.as_path()));
        assert!(events.iter().any(|e| matches!(e, Event::Notice { text, error: false } if text.starts_with("saved"))));
        let saved = load_project(&path).unwrap().project;
        assert_eq!(saved.statements[0].stance.as_deref(), Some("Support"));
        // a second session cannot take the lock: read-only
        let other = Session::new(&saved, Some(path), None);
        assert!(other.read_only().is_some_and(|w| w.contains("already open")));
    }

    #[test]
    fn an_export_over_the_open_project_is_refused() {
        let dir = scratch("export-self");
        let project = sample();
        let mut desk = Desk::new(project.clone(), "ann".into());
        let mut s = Session::new(&project, None, Some(dir.join("recovery")));
        s.save_as(&mut desk, dir.join("p"));
        s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        let path = dir.join("p.stance.json");
        let before = std::fs::read(&path).unwrap();
        s.export(&mut desk, path.clone(), false, Preset::Excel);
        let events = s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        assert!(
            events.iter().any(|e| matches!(e, Event::Notice { text, error: true } if text.contains("also an input")))
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn the_overview_and_imports_run_on_the_saver_and_come_back_as_events() {
        let dir = scratch("overview");
        let project = sample();
        let mut desk = Desk::new(project.clone(), "ann".into());
        let mut s = Session::new(&project, None, None);
        let first = desk.project().statements[0].id;
        let tags = dir.join("tags.csv");
        std::fs::write(&tags, format!("statement_id,stance,target\r\n{first},Oppose,talks\r\n")).unwrap();
        s.import_tags(&mut desk, tags);
        s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        assert_eq!(desk.statement(first).unwrap().stance.as_deref(), Some("Oppose"));
        assert!(s.request_overview(&mut desk));
        assert!(!s.request_overview(&mut desk), "one at a time");
        let events = s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        let Some(Event::Overview { overview, revision }) =
            events.into_iter().find(|e| matches!(e, Event::Overview { .. }))
        else {
            panic!("no overview")
        };
        assert_eq!(revision, desk.state().revision());
        assert_eq!(overview.tagged, 1);
        assert_eq!(overview.matrix.targets, ["talks"]);
        let bad = dir.join("bad.csv");
        std::fs::write(&bad, format!("statement_id,stance\r\n{first},Endorse\r\n")).unwrap();
        s.import_tags(&mut desk, bad);
        let events = s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        assert!(
            events.iter().any(|e| matches!(e, Event::Notice { text, error: true } if text.contains("line 2: unknown")))
        );
        s.export_network(&mut desk, dir.join("n.gexf"), NetworkKind::Affiliation, Normalization::None);
        s.export_xlsx(&mut desk, dir.join("p.xlsx"));
        let events = s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        assert_eq!(events.iter().filter(|e| matches!(e, Event::Notice { error: false, .. })).count(), 2, "{events:?}");
        assert!(dir.join("n.gexf").exists() && dir.join("p.xlsx").exists());
    }

    #[test]
    fn results_of_a_closed_project_are_not_applied() {
        let dir = scratch("stale");
        let brief = dir.join("b.txt");
        std::fs::write(&brief, "Talks\n“We stay,” said Ann Lee.\n").unwrap();
        let project = sample();
        let mut desk = Desk::new(project.clone(), "ann".into());
        let mut s = Session::new(&project, None, None);
        s.read_briefings(vec![brief]);
        let fresh = Project::default();
        s.open(desk.project(), &fresh, None);
        desk = Desk::new(fresh, "ann".into());
        let events = s.wait_for_jobs(&mut desk, Duration::from_secs(20));
        assert!(desk.project().documents.is_empty());
        assert!(
            events
                .iter()
                .any(|e| matches!(e, Event::Notice { text, error: true } if text.contains("closed meanwhile")))
        );
    }
}
