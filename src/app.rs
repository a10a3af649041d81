//! The eframe application: owns the desk, runs the actions the views return, and does the slow
//! work (reading briefings, saving, autosave) on worker threads so the UI never waits.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::desk::{Change, Command, Desk};
use crate::io::export::{Preset, export_csv};
use crate::io::lock::{ProjectLock, user_name};
use crate::io::project::{is_project_path, load_project, save_project};
use crate::io::recovery::{self, Pending, RecoverySlot};
use crate::io::{Opened, briefing, read_briefings};
use crate::model::{DocumentId, Project, StatementId};
use crate::ui::{self, Action, Status, ViewState};

/// The bundled sample briefing, opened when the desk starts without files.
pub const SAMPLE: &str = include_str!("../assets/sample_briefing.txt");

/// How long after the last edit the recovery file is written.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(1);

/// Preferences kept between runs (eframe storage).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The coder written on tags.
    pub coder: String,
    /// Recently opened project and briefing files, newest first.
    pub recent: Vec<PathBuf>,
    /// Dark theme.
    pub dark: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Self { coder: user_name(), recent: Vec::new(), dark: false }
    }
}

/// Results of worker threads.
enum Job {
    Progress(usize, usize),
    Opened(u64, Opened),
    ProjectLoaded(PathBuf, Result<crate::io::project::LoadedProject, String>),
    Saved { generation: u64, path: PathBuf, edits: usize, result: Result<Option<PathBuf>, String> },
    Exported { path: PathBuf, result: Result<usize, String> },
    RecoveryWritten(Result<(), String>),
    RecoveryCleared(Result<(), String>),
    Picked { purpose: Purpose, paths: Option<Vec<PathBuf>>, took: Duration },
}

/// Work for the saver thread, which keeps its own copy of the project up to date by replaying
/// the desk's changes, so that saving, exporting and autosaving never copy the project on the
/// UI thread.
enum ToSaver {
    Change(Change),
    Save {
        path: PathBuf,
        edits: usize,
    },
    Export {
        path: PathBuf,
        keep: Option<HashSet<StatementId>>,
        preset: Preset,
    },
    Recovery(Arc<Mutex<RecoverySlot>>),
    /// Remove the recovery file (after the queued writes), keeping or ending the slot.
    ClearRecovery(Arc<Mutex<RecoverySlot>>),
}

/// Starts a saver thread on a copy of `project`; it ends when the returned sender is dropped
/// and its queue is done.
fn spawn_saver(
    project: Project,
    generation: u64,
    jobs: Sender<Job>,
    repaint: Arc<OnceLock<egui::Context>>,
) -> Sender<ToSaver> {
    let (tx, rx) = channel::<ToSaver>();
    std::thread::spawn(move || {
        let mut project = project;
        let mut idx = crate::desk::edit::index_of(&project);
        while let Ok(msg) = rx.recv() {
            let job = match msg {
                ToSaver::Change(c) => {
                    c.replay(&mut project, &mut idx);
                    continue;
                }
                ToSaver::Save { path, edits } => {
                    let result = save_project(&path, &project).map_err(|e| e.to_string());
                    Job::Saved { generation, path, edits, result }
                }
                ToSaver::Export { path, keep, preset } => {
                    let rows = keep.as_ref().map_or(project.statements.len(), HashSet::len);
                    let result = crate::io::atomic::write_atomic(&path, false, |f| {
                        export_csv(f, &project, |s| keep.as_ref().is_none_or(|k| k.contains(&s.id)), preset)
                            .map_err(std::io::Error::from)
                    })
                    .map(|_| rows)
                    .map_err(|e| e.to_string());
                    Job::Exported { path, result }
                }
                ToSaver::Recovery(slot) => Job::RecoveryWritten(
                    slot.lock()
                        .map_err(|e| e.to_string())
                        .and_then(|mut s| s.write(&project).map_err(|e| e.to_string())),
                ),
                ToSaver::ClearRecovery(slot) => Job::RecoveryCleared(
                    slot.lock().map_err(|e| e.to_string()).and_then(|mut s| s.clear().map_err(|e| e.to_string())),
                ),
            };
            if jobs.send(job).is_err() {
                return;
            }
            if let Some(c) = repaint.get() {
                c.request_repaint();
            }
        }
    });
    tx
}

/// What a file dialog or path prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Briefings to add.
    OpenBriefings,
    /// A project to open.
    OpenProject,
    /// Where to save the project.
    SaveAs,
    /// Where to export CSV.
    Export {
        /// Only the rows shown.
        view_only: bool,
        /// The "data" preset.
        data: bool,
    },
}

impl Purpose {
    fn title(self) -> &'static str {
        match self {
            Self::OpenBriefings => "Open briefings",
            Self::OpenProject => "Open project",
            Self::SaveAs => "Save project as",
            Self::Export { .. } => "Export CSV",
        }
    }
}

/// The in-app path field shown with every file dialog (and alone where no dialog exists).
struct PathPrompt {
    purpose: Purpose,
    text: String,
    note: Option<String>,
}

/// The Stance Desk application.
pub struct DeskApp {
    /// The working state.
    pub desk: Desk,
    /// Transient view state.
    pub view: ViewState,
    /// The status bar's message, progress and read-only reason.
    pub status: Status,
    /// Preferences.
    pub prefs: Prefs,
    lock: Option<ProjectLock>,
    recovery: Option<Arc<Mutex<RecoverySlot>>>,
    recovery_dir: Option<PathBuf>,
    recovery_busy: bool,
    pending_recovery: Vec<Pending>,
    last_edit: Option<Instant>,
    seen_edits: usize,
    tx: Sender<Job>,
    rx: Receiver<Job>,
    ctx: Option<egui::Context>,
    repaint: Arc<OnceLock<egui::Context>>,
    saver: Sender<ToSaver>,
    /// Counts the projects this app has had open; jobs of an earlier one are not applied.
    generation: u64,
    /// The lock of the file a Save As is writing, taken before the write.
    pending_lock: Option<(PathBuf, ProjectLock)>,
    busy: usize,
    prompt: Option<PathPrompt>,
    close_prompt: bool,
    allow_close: bool,
    /// A reopen with another encoding waiting for the analyst's yes (it drops tags).
    confirm_reopen: Option<(DocumentId, String, usize)>,
    /// Use the native file dialog (off in tests and where `STANCEDESK_NO_NATIVE_DIALOG` is set).
    pub native_dialogs: bool,
}

impl DeskApp {
    /// A desk on a project (or the sample when `None`), with preferences; recovery files go to
    /// the user's data folder.
    pub fn new(project: Option<(Project, Option<PathBuf>)>, prefs: Prefs) -> Self {
        Self::with_recovery_dir(project, prefs, recovery::recovery_dir())
    }

    /// Like [`DeskApp::new`] with the recovery folder given (`None`: no recovery files).
    pub fn with_recovery_dir(
        project: Option<(Project, Option<PathBuf>)>,
        prefs: Prefs,
        recovery_dir: Option<PathBuf>,
    ) -> Self {
        let (project, path) = project.unwrap_or_else(|| (sample_project(), None));
        let (tx, rx) = channel();
        let repaint = Arc::new(OnceLock::new());
        let saver = spawn_saver(project.clone(), 0, tx.clone(), Arc::clone(&repaint));
        let desk = Desk::new(project, path, prefs.coder.clone());
        let pending_recovery = recovery_dir.as_deref().map(recovery::pending).unwrap_or_default();
        let mut app = Self {
            desk,
            view: ViewState::default(),
            status: Status::default(),
            prefs,
            lock: None,
            recovery: None,
            recovery_dir,
            recovery_busy: false,
            pending_recovery,
            last_edit: None,
            seen_edits: 0,
            tx,
            rx,
            ctx: None,
            repaint,
            saver,
            generation: 0,
            pending_lock: None,
            busy: 0,
            prompt: None,
            close_prompt: false,
            allow_close: false,
            confirm_reopen: None,
            native_dialogs: std::env::var_os("STANCEDESK_NO_NATIVE_DIALOG").is_none(),
        };
        app.take_lock();
        app
    }

    /// Opens files given on the command line: project files open, briefings are added.
    pub fn open_paths(&mut self, paths: Vec<PathBuf>) {
        let (projects, briefings): (Vec<PathBuf>, Vec<PathBuf>) = paths.into_iter().partition(|p| is_project_path(p));
        if let Some(p) = projects.into_iter().next() {
            self.load_project_now(&p);
        }
        if !briefings.is_empty() {
            self.start_open_briefings(briefings);
        }
    }

    fn take_lock(&mut self) {
        self.lock = None;
        self.status.read_only = None;
        if let Some(path) = self.desk.path.clone() {
            match ProjectLock::acquire(&path) {
                Ok(l) => self.lock = Some(l),
                Err(e) => {
                    self.status.read_only = Some(e.to_string());
                    self.notice(e.to_string(), true);
                }
            }
        }
        // a fresh recovery slot for this project
        self.recovery = None;
        if self.status.read_only.is_none() {
            if let Some(dir) = &self.recovery_dir {
                match RecoverySlot::open(dir, self.desk.path.as_deref()) {
                    Ok(slot) => self.recovery = Some(Arc::new(Mutex::new(slot))),
                    Err(e) => self.notice(format!("no recovery file: {e}"), true),
                }
            }
        }
    }

    fn notice(&mut self, msg: String, error: bool) {
        self.status.message = Some((msg, error));
    }

    /// One frame of the desk inside `ui`: views, then actions, then finished jobs.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        if self.ctx.is_none() {
            self.ctx = Some(ui.ctx().clone());
            let _ = self.repaint.set(ui.ctx().clone());
            ui::setup_fonts(ui.ctx());
        }
        self.poll_jobs();
        self.drop_files(ui.ctx());
        let actions = ui::desk_ui(ui, &self.desk, &mut self.view, &self.status, &self.prefs.recent, self.prefs.dark);
        self.desk.scroll_to = None;
        for a in actions {
            self.act(a, ui.ctx());
        }
        self.prompt_ui(ui.ctx());
        self.recovery_ui(ui.ctx());
        self.confirm_reopen_ui(ui.ctx());
        self.close_ui(ui.ctx());
        self.autosave(ui.ctx());
        self.flush_changes();
    }

    fn drop_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if !dropped.is_empty() {
            self.open_paths(dropped);
        }
    }

    /// Applies one action.
    pub fn act(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Desk(cmd) => {
                let editing = matches!(
                    cmd,
                    Command::Stance { .. }
                        | Command::Chip { .. }
                        | Command::Delete
                        | Command::Correct { .. }
                        | Command::Add { .. }
                        | Command::Split { .. }
                        | Command::Merge
                        | Command::Codebook { .. }
                        | Command::Undo
                        | Command::Redo
                );
                if editing && self.status.read_only.is_some() {
                    self.notice("read-only: use File ▸ Save As to work on a copy".to_owned(), true);
                    return;
                }
                if let Some(msg) = self.desk.run(cmd) {
                    self.notice(msg, false);
                }
            }
            Action::NewProject => {
                if self.desk.unsaved > 0 {
                    self.notice("save or undo the changes first (File ▸ Save)".to_owned(), true);
                    return;
                }
                self.replace_project(Project::default(), None);
            }
            Action::OpenBriefings => self.ask_path(Purpose::OpenBriefings),
            Action::OpenProject => self.ask_path(Purpose::OpenProject),
            Action::OpenPath(p) => self.open_paths(vec![p]),
            Action::Save => match self.desk.path.clone() {
                Some(p) if self.status.read_only.is_none() => self.start_save(p),
                _ => self.ask_path(Purpose::SaveAs),
            },
            Action::SaveAs => self.ask_path(Purpose::SaveAs),
            Action::ExportCsv { view_only, data } => self.ask_path(Purpose::Export { view_only, data }),
            Action::Dark(dark) => {
                self.prefs.dark = dark;
                ctx.set_theme(if dark { egui::Theme::Dark } else { egui::Theme::Light });
            }
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Reopen { document, encoding } => {
                let tagged = self.desk.tagged_in(document);
                if tagged > 0 {
                    self.confirm_reopen = Some((document, encoding, tagged));
                } else {
                    self.reopen(document, &encoding);
                }
            }
            Action::Coder(name) => {
                self.prefs.coder.clone_from(&name);
                self.desk.run(Command::Coder(name));
            }
        }
    }

    /// Reads a text document again with another encoding and extracts it afresh.
    fn reopen(&mut self, document: DocumentId, encoding: &str) {
        if self.status.read_only.is_some() {
            self.notice("read-only: use File ▸ Save As to work on a copy".to_owned(), true);
            return;
        }
        let Some(path) = self.desk.document(document).map(|d| PathBuf::from(&d.path)) else { return };
        match briefing::reread_with_encoding(document, &path, encoding) {
            Ok(mut doc) => {
                let ex = crate::extract::extract_document(&doc.text, document, 0);
                doc.items = ex.items;
                let n = ex.statements.len();
                let lost = self.desk.replace_document(doc, ex.statements);
                let lost = if lost > 0 { format!("; {lost} tags dropped") } else { String::new() };
                self.notice(format!("{} read again as {encoding}: {n} statements{lost}", path.display()), false);
            }
            Err(e) => self.notice(e.to_string(), true),
        }
    }

    fn confirm_reopen_ui(&mut self, ctx: &egui::Context) {
        let Some((document, encoding, tagged)) = self.confirm_reopen.clone() else { return };
        let mut choice = None;
        egui::Window::new("Reopen with another encoding?").collapsible(false).resizable(false).show(ctx, |ui| {
            ui.label(format!(
                "Reading the document again as {encoding} extracts its statements afresh: the {tagged} tagged statements of this document lose their tags."
            ));
            ui.horizontal(|ui| {
                if ui.button("Reopen").clicked() {
                    choice = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(false);
                }
            });
        });
        if let Some(go) = choice {
            self.confirm_reopen = None;
            if go {
                self.reopen(document, &encoding);
            }
        }
    }

    fn replace_project(&mut self, project: Project, path: Option<PathBuf>) {
        self.discard_recovery();
        self.generation += 1;
        self.pending_lock = None;
        self.saver = spawn_saver(project.clone(), self.generation, self.tx.clone(), Arc::clone(&self.repaint));
        self.desk = Desk::new(project, path, self.prefs.coder.clone());
        self.view = ViewState::default();
        self.seen_edits = 0;
        self.take_lock();
    }

    fn remember(&mut self, path: &Path) {
        let p = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.prefs.recent.retain(|x| x != &p);
        self.prefs.recent.insert(0, p);
        self.prefs.recent.truncate(10);
    }

    fn load_project_now(&mut self, path: &Path) {
        if self.desk.unsaved > 0 {
            self.notice(
                format!("{} not opened: save or undo the changes of the open project first", path.display()),
                true,
            );
            return;
        }
        let tx = self.tx.clone();
        let path = path.to_path_buf();
        let ctx = self.ctx.clone();
        self.busy += 1;
        self.status.progress = Some((format!("opening {}", path.display()), 0.0));
        std::thread::spawn(move || {
            let r = load_project(&path).map_err(|e| e.to_string());
            let _ = tx.send(Job::ProjectLoaded(path, r));
            if let Some(c) = ctx {
                c.request_repaint();
            }
        });
        // small projects open at once (and tests see them in the next frame)
        self.wait_briefly();
    }

    /// Waits up to 300 ms for running jobs, so that quick work never shows a progress bar.
    fn wait_briefly(&mut self) {
        let until = Instant::now() + Duration::from_millis(300);
        while self.busy > 0 && Instant::now() < until {
            match self.rx.recv_timeout(until.saturating_duration_since(Instant::now())) {
                Ok(job) => self.finish(job),
                Err(_) => break,
            }
        }
    }

    /// Reads briefings on a worker thread with progress; they are added when done.
    pub fn start_open_briefings(&mut self, paths: Vec<PathBuf>) {
        for p in &paths {
            self.remember(p);
        }
        if self.status.read_only.is_some() {
            self.notice("read-only: briefings are not added (File ▸ Save As to work on a copy)".to_owned(), true);
            return;
        }
        let generation = self.generation;
        let first_doc = next_doc_id(&self.desk.project);
        let first_st = self.desk.project.next_statement_id().0;
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        self.busy += 1;
        self.status.progress = Some(("reading briefings".to_owned(), 0.0));
        std::thread::spawn(move || {
            let progress_tx = tx.clone();
            let c2 = ctx.clone();
            let opened = read_briefings(&paths, first_doc, first_st, |done, all, _| {
                let _ = progress_tx.send(Job::Progress(done, all));
                if let Some(c) = &c2 {
                    c.request_repaint();
                }
            });
            let _ = tx.send(Job::Opened(generation, opened));
            if let Some(c) = ctx {
                c.request_repaint();
            }
        });
        self.wait_briefly();
    }

    /// Sends the desk's changes to the saver's copy of the project.
    fn flush_changes(&mut self) {
        for c in self.desk.take_changes() {
            if self.saver.send(ToSaver::Change(c)).is_err() {
                // the copy is lost with its thread: start again from the desk's project (which
                // already has every change)
                self.saver =
                    spawn_saver(self.desk.project.clone(), self.generation, self.tx.clone(), Arc::clone(&self.repaint));
                return;
            }
        }
    }

    fn send_saver(&mut self, msg: ToSaver) -> bool {
        self.flush_changes();
        match self.saver.send(msg) {
            Ok(()) => true,
            Err(std::sync::mpsc::SendError(msg)) => {
                // the saver thread ended (it never should): a new one on a copy of the project
                self.saver =
                    spawn_saver(self.desk.project.clone(), self.generation, self.tx.clone(), Arc::clone(&self.repaint));
                if self.saver.send(msg).is_ok() {
                    true
                } else {
                    self.notice("the saver stopped: nothing was written".to_owned(), true);
                    false
                }
            }
        }
    }

    fn start_save(&mut self, path: PathBuf) {
        let edits = self.desk.unsaved;
        self.status.progress = Some((format!("saving {}", path.display()), 0.5));
        if self.send_saver(ToSaver::Save { path, edits }) {
            self.busy += 1;
            self.wait_briefly();
        }
    }

    fn start_export(&mut self, path: PathBuf, view_only: bool, preset: Preset) {
        let keep: Option<HashSet<StatementId>> = view_only
            .then(|| self.desk.table.rows().iter().map(|&i| self.desk.project.statements[i as usize].id).collect());
        if self.send_saver(ToSaver::Export { path, keep, preset }) {
            self.busy += 1;
            self.wait_briefly();
        }
    }

    fn poll_jobs(&mut self) {
        while let Ok(job) = self.rx.try_recv() {
            self.finish(job);
        }
    }

    fn finish(&mut self, job: Job) {
        match job {
            Job::Progress(done, all) => {
                self.status.progress =
                    Some((format!("reading briefings {done}/{all}"), done as f32 / all.max(1) as f32));
            }
            Job::Opened(generation, opened) => {
                self.busy = self.busy.saturating_sub(1);
                self.status.progress = None;
                if generation != self.generation {
                    self.notice("briefings read for the project closed meanwhile were not added".to_owned(), true);
                    return;
                }
                let n = opened.documents.len();
                let st = opened.statements.len();
                let mut msg = format!("opened {n} briefing(s), {st} statements");
                for f in &opened.failed {
                    msg = format!("{msg}; could not open {}", f.reason);
                }
                for w in &opened.warnings {
                    msg = format!("{msg}; {w}");
                }
                let error = !opened.failed.is_empty();
                if n > 0 {
                    self.desk.add_documents(opened.documents, opened.statements);
                }
                self.notice(msg, error);
            }
            Job::ProjectLoaded(path, result) => {
                self.busy = self.busy.saturating_sub(1);
                self.status.progress = None;
                match result {
                    Ok(_) if self.desk.unsaved > 0 => {
                        self.notice(format!("{} not opened: the open project changed meanwhile", path.display()), true);
                    }
                    Ok(loaded) => {
                        self.remember(&path);
                        let warnings = loaded.warnings.len();
                        self.replace_project(loaded.project, Some(path.clone()));
                        if let Some(why) = loaded.read_only {
                            self.lock = None;
                            self.status.read_only = Some(why.clone());
                            self.notice(why, true);
                        } else if self.status.read_only.is_none() {
                            let extra = if warnings > 0 {
                                format!(" ({warnings} statement texts restored)")
                            } else {
                                String::new()
                            };
                            self.notice(format!("opened {}{extra}", path.display()), false);
                        }
                    }
                    Err(e) => self.notice(e, true),
                }
            }
            Job::Saved { generation, path, edits, result } => {
                self.busy = self.busy.saturating_sub(1);
                self.status.progress = None;
                match result {
                    Ok(_) if generation != self.generation => self.notice(format!("saved {}", path.display()), false),
                    Ok(_) => {
                        self.desk.unsaved = self.desk.unsaved.saturating_sub(edits);
                        if self.desk.path.as_deref() != Some(path.as_path()) {
                            // Save As: the lock taken before the write, a recovery slot of its own
                            self.desk.path = Some(path.clone());
                            self.remember(&path);
                            self.lock = self.pending_lock.take().filter(|(p, _)| *p == path).map(|(_, l)| l);
                            self.status.read_only = None;
                            self.discard_recovery();
                            if let Some(dir) = self.recovery_dir.clone() {
                                match RecoverySlot::open(&dir, Some(&path)) {
                                    Ok(slot) => self.recovery = Some(Arc::new(Mutex::new(slot))),
                                    Err(e) => self.notice(format!("no recovery file: {e}"), true),
                                }
                            }
                        } else if self.desk.unsaved == 0 {
                            // nothing newer than the file: the recovery file would only confuse
                            if let Some(slot) = self.recovery.clone() {
                                self.send_saver(ToSaver::ClearRecovery(slot));
                                self.busy += 1;
                                self.desk.unrecovered = false;
                            }
                        }
                        self.notice(format!("saved {}", path.display()), false);
                    }
                    Err(e) => {
                        self.pending_lock = None;
                        self.notice(format!("not saved: {e}"), true);
                    }
                }
            }
            Job::Exported { path, result } => {
                self.busy = self.busy.saturating_sub(1);
                match result {
                    Ok(rows) => self.notice(format!("exported {rows} rows to {}", path.display()), false),
                    Err(e) => self.notice(format!("export failed: {}: {e}", path.display()), true),
                }
            }
            Job::RecoveryCleared(r) => {
                self.busy = self.busy.saturating_sub(1);
                if let Err(e) = r {
                    self.notice(format!("recovery file not removed: {e}"), true);
                }
            }
            Job::RecoveryWritten(r) => {
                self.recovery_busy = false;
                if let Err(e) = r {
                    self.notice(format!("recovery file not written: {e}"), true);
                }
            }
            Job::Picked { purpose, paths, took } => match paths {
                Some(paths) if !paths.is_empty() => {
                    self.prompt = None;
                    self.use_paths(purpose, paths);
                }
                _ => {
                    if took < Duration::from_millis(400) {
                        // the dialog came back at once: there is none on this system
                        if let Some(p) = &mut self.prompt {
                            p.note =
                                Some("No system file dialog is available here: type or paste the path.".to_owned());
                        }
                    } else {
                        self.prompt = None;
                    }
                }
            },
        }
    }

    fn use_paths(&mut self, purpose: Purpose, paths: Vec<PathBuf>) {
        match purpose {
            Purpose::OpenBriefings => self.open_paths(paths),
            Purpose::OpenProject => {
                if let Some(p) = paths.into_iter().next() {
                    self.load_project_now(&p);
                }
            }
            Purpose::SaveAs => {
                if let Some(mut p) = paths.into_iter().next() {
                    if !is_project_path(&p) {
                        let name = format!("{}.stance.json", p.file_name().unwrap_or_default().to_string_lossy());
                        p.set_file_name(name);
                    }
                    if self.desk.path.as_deref() != Some(p.as_path()) || self.lock.is_none() {
                        // lock the target before writing it: never over a project open elsewhere
                        match ProjectLock::acquire(&p) {
                            Ok(l) => self.pending_lock = Some((p.clone(), l)),
                            Err(e) => {
                                self.notice(format!("not saved: {e}"), true);
                                return;
                            }
                        }
                    }
                    self.start_save(p);
                }
            }
            Purpose::Export { view_only, data } => {
                if let Some(p) = paths.into_iter().next() {
                    self.start_export(p, view_only, if data { Preset::Data } else { Preset::Excel });
                }
            }
        }
    }

    /// Shows the path prompt and, where there is one, the system's file dialog (on a worker
    /// thread, so a dialog that never returns cannot freeze the desk).
    fn ask_path(&mut self, purpose: Purpose) {
        self.prompt = Some(PathPrompt { purpose, text: String::new(), note: None });
        if !self.native_dialogs {
            return;
        }
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        let start_dir = self.desk.path.as_ref().and_then(|p| p.parent().map(Path::to_path_buf));
        std::thread::spawn(move || {
            let t = Instant::now();
            let mut d = rfd::FileDialog::new().set_title(purpose.title());
            if let Some(dir) = start_dir {
                d = d.set_directory(dir);
            }
            let paths = match purpose {
                Purpose::OpenBriefings => d
                    .add_filter(
                        "Briefings",
                        &[
                            "txt", "text", "md", "markdown", "html", "htm", "docx", "odt", "pdf", "eml", "rss", "atom",
                            "xml",
                        ],
                    )
                    .add_filter("All files", &["*"])
                    .pick_files(),
                Purpose::OpenProject => d.add_filter("Stance Desk projects", &["json"]).pick_file().map(|p| vec![p]),
                Purpose::SaveAs => d.add_filter("Stance Desk projects", &["json"]).save_file().map(|p| vec![p]),
                Purpose::Export { .. } => d.add_filter("CSV", &["csv"]).save_file().map(|p| vec![p]),
            };
            let _ = tx.send(Job::Picked { purpose, paths, took: t.elapsed() });
            if let Some(c) = ctx {
                c.request_repaint();
            }
        });
    }

    fn prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.prompt else { return };
        let mut go = None;
        let mut cancel = false;
        egui::Window::new(prompt.purpose.title()).collapsible(false).resizable(true).show(ctx, |ui| {
            let multi = prompt.purpose == Purpose::OpenBriefings;
            ui.label(if multi { "Paths, one per line (or use the system dialog, if it opened):" } else { "Path:" });
            let edit = if multi {
                ui.add(egui::TextEdit::multiline(&mut prompt.text).desired_rows(3).desired_width(460.0))
            } else {
                ui.add(egui::TextEdit::singleline(&mut prompt.text).desired_width(460.0))
            };
            edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Path"));
            if prompt.text.is_empty() {
                edit.request_focus();
            }
            if let Some(n) = &prompt.note {
                ui.label(egui::RichText::new(n).weak());
            }
            ui.horizontal(|ui| {
                let enter = !multi && edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button("OK").clicked() || enter {
                    let paths: Vec<PathBuf> =
                        prompt.text.lines().map(str::trim).filter(|l| !l.is_empty()).map(PathBuf::from).collect();
                    if !paths.is_empty() {
                        go = Some((prompt.purpose, paths));
                    }
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    cancel = true;
                }
            });
        });
        if let Some((purpose, paths)) = go {
            self.prompt = None;
            self.use_paths(purpose, paths);
        } else if cancel {
            self.prompt = None;
        }
    }

    fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(p) = self.pending_recovery.first().cloned() else { return };
        let mut choice = None;
        egui::Window::new("Recover unsaved work?").collapsible(false).resizable(false).show(ctx, |ui| {
            let what =
                p.recovery_of.as_ref().map_or_else(|| "an unsaved project".to_owned(), |s| s.display().to_string());
            let when = p
                .modified
                .map(|m| chrono::DateTime::<chrono::Local>::from(m).format("%Y-%m-%d %H:%M:%S").to_string())
                .unwrap_or_default();
            ui.label(format!("Stance Desk did not close cleanly. Work on {what} was kept at {when}."));
            ui.horizontal(|ui| {
                if ui.button("Recover").clicked() {
                    choice = Some(true);
                }
                if ui.button("Discard").clicked() {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) if self.desk.unsaved > 0 => {
                self.notice("save or undo the changes first, then recover".to_owned(), true);
            }
            Some(true) => {
                self.pending_recovery.remove(0);
                match recovery::recover(&p) {
                    Ok(project) => {
                        self.replace_project(project, p.recovery_of.clone());
                        self.desk.unsaved = 1;
                        self.desk.unrecovered = true;
                        let _ = recovery::discard_pending(&p);
                        self.notice("recovered: save to keep it".to_owned(), false);
                    }
                    Err(e) => self.notice(format!("cannot recover: {e}"), true),
                }
            }
            Some(false) => {
                self.pending_recovery.remove(0);
                if let Err(e) = recovery::discard_pending(&p) {
                    self.notice(format!("cannot remove {}: {e}", p.path.display()), true);
                }
            }
            None => {}
        }
    }

    fn close_ui(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.desk.unsaved > 0 {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_prompt = true;
        }
        if !self.close_prompt {
            return;
        }
        let mut choice = None;
        egui::Window::new("Unsaved changes").collapsible(false).resizable(false).show(ctx, |ui| {
            ui.label(format!("{} change(s) are not saved.", self.desk.unsaved));
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    choice = Some(0);
                }
                if ui.button("Don't save").clicked() {
                    choice = Some(1);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => {
                self.close_prompt = false;
                self.act(Action::Save, ctx);
                if self.desk.unsaved == 0 {
                    self.allow_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Some(1) => {
                self.close_prompt = false;
                self.allow_close = true;
                self.discard_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(_) => self.close_prompt = false,
            None => {}
        }
    }

    /// Removes this desk's recovery file after the saver's queued writes (the slot ends with it).
    fn discard_recovery(&mut self) {
        if let Some(slot) = self.recovery.take() {
            self.recovery_busy = false;
            if self.send_saver(ToSaver::ClearRecovery(slot)) {
                self.busy += 1;
            }
        }
    }

    /// Writes the recovery file about a second after the last edit, on a worker thread.
    fn autosave(&mut self, ctx: &egui::Context) {
        let edits = self.desk.history.undo_len() + self.desk.unsaved;
        if edits != self.seen_edits {
            self.seen_edits = edits;
            self.last_edit = Some(Instant::now());
        }
        if !self.desk.unrecovered {
            return;
        }
        let Some(last) = self.last_edit else { return };
        let wait = AUTOSAVE_AFTER.saturating_sub(last.elapsed());
        if !wait.is_zero() || self.recovery_busy {
            ctx.request_repaint_after(wait.max(Duration::from_millis(50)));
            return;
        }
        let Some(slot) = self.recovery.clone() else { return };
        self.desk.unrecovered = false;
        self.recovery_busy = self.send_saver(ToSaver::Recovery(slot));
    }

    /// Waits until background jobs are done (tests, shutdown).
    pub fn wait_for_jobs(&mut self, timeout: Duration) {
        let until = Instant::now() + timeout;
        while (self.busy > 0 || self.recovery_busy) && Instant::now() < until {
            if let Ok(job) = self.rx.recv_timeout(Duration::from_millis(20)) {
                self.finish(job);
            }
        }
    }

    /// The prompt shown, if any (tests).
    pub fn prompt_purpose(&self) -> Option<Purpose> {
        self.prompt.as_ref().map(|p| p.purpose)
    }

    /// Recovery files waiting for the analyst's answer.
    pub fn pending_recovery(&self) -> &[Pending] {
        &self.pending_recovery
    }
}

fn next_doc_id(p: &Project) -> DocumentId {
    p.next_document_id()
}

/// The bundled sample as a project.
pub fn sample_project() -> Project {
    let mut p = Project::default();
    if let Ok((mut doc, _)) =
        briefing::document_from_bytes(DocumentId(0), Path::new("sample_briefing.txt"), SAMPLE.as_bytes())
    {
        let ex = crate::extract::extract_document(&doc.text, doc.id, 0);
        doc.items = ex.items;
        p.documents.push(doc);
        p.statements = ex.statements;
    }
    p
}

impl eframe::App for DeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, "prefs", &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.wait_for_jobs(Duration::from_secs(30));
        if self.desk.unsaved == 0 || self.allow_close {
            self.discard_recovery();
            self.wait_for_jobs(Duration::from_secs(10));
        }
    }
}

/// Starts the desk window on `files` (the sample when empty).
pub fn run(files: Vec<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Stance Desk")
            .with_inner_size([1360.0, 860.0])
            .with_min_inner_size([720.0, 420.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "stancedesk",
        options,
        Box::new(move |cc| {
            let prefs: Prefs = cc.storage.and_then(|s| eframe::get_value(s, "prefs")).unwrap_or_default();
            cc.egui_ctx.set_theme(if prefs.dark { egui::Theme::Dark } else { egui::Theme::Light });
            let mut app = DeskApp::new(None, prefs);
            if !files.is_empty() {
                // files replace the sample
                app.replace_project(Project::default(), None);
                app.open_paths(files);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot start the desk window: {e}"))
}
