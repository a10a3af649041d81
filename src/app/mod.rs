//! The eframe application: draws the views, runs the actions they return (on the desk through
//! [`Command`]s, on the [`Session`] for files and background work), and shows the dialogs. The
//! GUI thread never waits: slow work runs in the session's jobs and file dialogs on threads.

mod dialogs;
mod merge;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::desk::{Command, Desk};
use crate::io::briefing;
use crate::io::export::Preset;
use crate::io::lock::user_name;
use crate::io::project::is_project_path;
use crate::io::recovery::{self, Pending};
use crate::model::{DocumentId, Project};
use crate::session::{Event, Loaded, Session};
use crate::ui::{self, Action, Status, ViewState};
use dialogs::{PathPrompt, Picked, Purpose};

pub use crate::session::AUTOSAVE_AFTER;

/// The bundled sample briefing, opened when the desk starts without files.
pub const SAMPLE: &str = include_str!("../../assets/sample_briefing.txt");

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

/// The Stance Desk application.
pub struct DeskApp {
    /// The working state.
    pub desk: Desk,
    /// The open project's file, lock, recovery and background jobs.
    pub session: Session,
    /// Transient view state.
    pub view: ViewState,
    /// The status bar's message, progress and read-only reason.
    pub status: Status,
    /// Preferences.
    pub prefs: Prefs,
    ctx: Option<egui::Context>,
    prompt: Option<PathPrompt>,
    picks: (std::sync::mpsc::Sender<Picked>, std::sync::mpsc::Receiver<Picked>),
    close_prompt: bool,
    /// The recovery question was put off (Esc): asked again at the next start.
    recovery_later: bool,
    /// Close the window once the save asked for by the close dialog is done.
    close_when_saved: bool,
    allow_close: bool,
    /// A reopen with another encoding waiting for the analyst's yes (it drops tags).
    confirm_reopen: Option<(DocumentId, String, usize)>,
    /// A project that could not be opened: file, place, message (shown in a window).
    open_failed: Option<(PathBuf, Option<String>, String)>,
    /// Use the native file dialog (off in tests and where `STANCEDESK_NO_NATIVE_DIALOG` is set).
    pub native_dialogs: bool,
    /// File ▸ Merge coders' projects…: its steps, the running merge and its report.
    pub merging: merge::Merging,
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
        let session = Session::new(&project, path, recovery_dir);
        let desk = Desk::new(project, prefs.coder.clone());
        let mut app = Self {
            desk,
            session,
            view: ViewState::default(),
            status: Status::default(),
            prefs,
            ctx: None,
            prompt: None,
            picks: std::sync::mpsc::channel(),
            close_prompt: false,
            recovery_later: false,
            close_when_saved: false,
            allow_close: false,
            confirm_reopen: None,
            open_failed: None,
            native_dialogs: std::env::var_os("STANCEDESK_NO_NATIVE_DIALOG").is_none(),
            merging: merge::Merging::default(),
        };
        app.status.read_only = app.session.read_only().map(str::to_owned);
        let events = app.session.poll(&mut app.desk);
        app.handle(events);
        app
    }

    /// Opens files given on the command line: project files open, briefings are added.
    pub fn open_paths(&mut self, paths: Vec<PathBuf>) {
        let (projects, briefings): (Vec<PathBuf>, Vec<PathBuf>) = paths.into_iter().partition(|p| is_project_path(p));
        if let Some(p) = projects.into_iter().next() {
            self.session.load_project(&self.desk, p);
        }
        if !briefings.is_empty() {
            for p in &briefings {
                self.remember(p);
            }
            self.session.read_briefings(briefings);
        }
    }

    fn notice(&mut self, msg: String, error: bool) {
        self.status.message = Some((msg, error));
    }

    /// One frame of the desk inside `ui`: finished jobs, views, then actions and dialogs.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        if self.ctx.is_none() {
            let ctx = ui.ctx().clone();
            self.ctx = Some(ctx.clone());
            self.session.set_waker(Arc::new(move || ctx.request_repaint()));
            ui::setup_fonts(ui.ctx());
        }
        self.poll();
        self.drop_files(ui.ctx());
        self.status.progress = self.session.progress();
        self.status.read_only = self.session.read_only().map(str::to_owned);
        self.view.app_dialog = self.prompt.is_some()
            || (!self.session.pending_recovery().is_empty() && !self.recovery_later)
            || self.confirm_reopen.is_some()
            || self.close_prompt;
        // the overview is computed off the GUI thread, again after every change while it shows
        if self.view.main == ui::Main::Overview && self.view.overview.stale(self.desk.state().revision()) {
            self.session.request_overview(&mut self.desk);
        }
        // likewise the agreement between coders while its window is open
        if self.view.agreement.open && self.view.agreement.stale(self.desk.state().revision()) {
            self.session.request_agreement(&mut self.desk);
        }
        let actions = ui::desk_ui(ui, &self.desk, &mut self.view, &self.status, &self.prefs.recent, self.prefs.dark);
        for a in actions {
            self.act(a, ui.ctx());
        }
        self.prompt_ui(ui.ctx());
        self.recovery_ui(ui.ctx());
        self.confirm_reopen_ui(ui.ctx());
        self.open_failed_ui(ui.ctx());
        self.merge_report_ui(ui.ctx());
        self.close_ui(ui.ctx());
        if let Some(wait) = self.session.autosave(&mut self.desk) {
            ui.ctx().request_repaint_after(wait);
        }
        self.session.flush(&mut self.desk);
        self.poll();
    }

    /// Applies what finished in the background (jobs and file dialogs).
    fn poll(&mut self) {
        let events = self.session.poll(&mut self.desk);
        self.handle(events);
        while let Ok(picked) = self.picks.1.try_recv() {
            self.picked(picked);
        }
        self.poll_merge();
    }

    fn handle(&mut self, events: Vec<Event>) {
        for e in events {
            match e {
                Event::Notice { text, error } => self.notice(text, error),
                Event::Remember(path) => self.remember(&path),
                Event::Loaded(loaded) => self.loaded(loaded),
                Event::OpenFailed { file, place, error } => self.open_failed(file, place, error),
                Event::Overview { overview, revision } => self.view.overview.set(overview, revision),
                Event::Agreement { agreement, revision } => self.view.agreement.set(agreement, revision),
            }
        }
    }

    /// A project that could not be opened: its window, and no "saved" for a desk that shows
    /// nothing of it.
    fn open_failed(&mut self, file: PathBuf, place: Option<String>, error: String) {
        let name = crate::io::files::shown(&file);
        self.notice(format!("{name} not opened (see the window)"), true);
        if self.desk.project().documents.is_empty() {
            self.status.not_opened = Some(name);
        }
        self.open_failed = Some((file, place, error));
    }

    /// A project read: a new desk on it.
    fn loaded(&mut self, loaded: Loaded) {
        self.status.not_opened = None;
        self.replace_project(loaded.project, loaded.path);
        if loaded.from_recovery {
            self.desk.run(Command::FromRecovery);
        }
        if let Some(why) = loaded.read_only {
            self.session.make_read_only(why.clone());
            self.notice(why, true);
        } else if self.session.read_only().is_none() {
            self.notice(loaded.note, false);
        }
        self.status.read_only = self.session.read_only().map(str::to_owned);
    }

    fn drop_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if !dropped.is_empty() {
            self.open_paths(dropped);
        }
    }

    /// Applies one action. The status bar's old message goes: it says what this action did.
    pub fn act(&mut self, action: Action, ctx: &egui::Context) {
        self.status.message = None;
        match action {
            Action::Desk(cmd) => {
                if cmd.is_edit() && self.session.read_only().is_some() {
                    self.notice("read-only: use File ▸ Save As to work on a copy".to_owned(), true);
                    return;
                }
                if let Some(msg) = self.desk.run(cmd) {
                    self.notice(msg, false);
                }
            }
            Action::NewProject => {
                if self.desk.state().unsaved() > 0 {
                    self.notice("save or undo the changes first (File ▸ Save)".to_owned(), true);
                    return;
                }
                self.replace_project(Project::default(), None);
            }
            Action::OpenBriefings => self.ask_path(Purpose::OpenBriefings),
            Action::OpenFolder => self.ask_path(Purpose::OpenFolder),
            Action::OpenProject => self.ask_path(Purpose::OpenProject),
            Action::OpenPath(p) => self.open_paths(vec![p]),
            Action::Save => {
                if !self.session.save(&mut self.desk) {
                    self.ask_path(Purpose::SaveAs);
                }
            }
            Action::SaveAs => self.ask_path(Purpose::SaveAs),
            Action::ExportCsv { view_only, data } => self.ask_path(Purpose::Export { view_only, data }),
            Action::ExportXlsx => self.ask_path(Purpose::ExportXlsx),
            Action::ExportNetwork { kind, normalization } => {
                self.ask_path(Purpose::ExportNetwork { kind, normalization });
            }
            Action::ImportTags => self.ask_path(Purpose::ImportTags),
            Action::MergeProjects => self.merge_projects(),
            Action::Dark(dark) => {
                self.prefs.dark = dark;
                ctx.set_theme(if dark { egui::Theme::Dark } else { egui::Theme::Light });
            }
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Reopen { document, encoding } => {
                let tagged = self.desk.state().tagged_in(document);
                if tagged > 0 {
                    self.confirm_reopen = Some((document, encoding, tagged));
                } else {
                    self.session.reread(&self.desk, document, encoding);
                }
            }
            Action::Coder(name) => {
                self.prefs.coder.clone_from(&name);
                self.desk.run(Command::Coder(name));
            }
        }
    }

    /// Closes the open project and opens `project` in its place.
    fn replace_project(&mut self, project: Project, path: Option<PathBuf>) {
        let closing = std::mem::replace(&mut self.desk, Desk::new(project, self.prefs.coder.clone()));
        self.session.open(closing.project(), self.desk.project(), path);
        self.view = ViewState::default();
        let events = self.session.poll(&mut self.desk);
        self.handle(events);
    }

    fn remember(&mut self, path: &Path) {
        let p = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.prefs.recent.retain(|x| x != &p);
        self.prefs.recent.insert(0, p);
        self.prefs.recent.truncate(10);
    }

    /// Uses the paths the analyst gave for `purpose`.
    fn use_paths(&mut self, purpose: Purpose, paths: Vec<PathBuf>) {
        let Some(first) = paths.first().cloned() else { return };
        match purpose {
            Purpose::OpenBriefings | Purpose::OpenFolder => self.open_paths(paths),
            Purpose::OpenProject => self.session.load_project(&self.desk, first),
            Purpose::SaveAs => self.session.save_as(&mut self.desk, first),
            Purpose::Export { view_only, data } => {
                let preset = if data { Preset::Data } else { Preset::Excel };
                self.session.export(&mut self.desk, first, view_only, preset);
            }
            Purpose::ExportXlsx => self.session.export_xlsx(&mut self.desk, first),
            Purpose::ExportNetwork { kind, normalization } => {
                self.session.export_network(&mut self.desk, first, kind, normalization);
            }
            Purpose::ImportTags => self.session.import_tags(&mut self.desk, first),
            Purpose::MergeInputs | Purpose::MergeOutput => self.merge_paths(purpose, paths),
        }
    }

    /// Waits until background jobs are done and applies them (tests, shutdown).
    pub fn wait_for_jobs(&mut self, timeout: Duration) {
        self.session.flush(&mut self.desk);
        let events = self.session.wait_for_jobs(&mut self.desk, timeout);
        self.handle(events);
    }

    /// The prompt shown, if any (tests).
    pub fn prompt_purpose(&self) -> Option<Purpose> {
        self.prompt.as_ref().map(|p| p.purpose)
    }

    /// Recovery files waiting for the analyst's answer.
    pub fn pending_recovery(&self) -> &[Pending] {
        self.session.pending_recovery()
    }
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
        if self.desk.state().unsaved() == 0 || self.allow_close {
            self.session.discard_recovery(self.desk.project());
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
            // files replace the sample: it is only extracted when the desk opens without files
            let start = (!files.is_empty()).then(|| (Project::default(), None));
            let mut app = DeskApp::new(start, prefs);
            app.open_paths(files);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot start the desk window: {e}"))
}
