//! The desk's dialogs: file dialogs (on a thread, with an in-app path field beside them),
//! recovery, reopening with another encoding, and closing with unsaved changes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::DeskApp;
use crate::ui::Action;

/// What a file dialog or path prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Briefings to add.
    OpenBriefings,
    /// A folder of briefings to add.
    OpenFolder,
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
    /// Where to export the Excel workbook.
    ExportXlsx,
    /// Where to export a network.
    ExportNetwork {
        /// Which network.
        kind: crate::analysis::network::NetworkKind,
        /// Its normalisation.
        normalization: crate::analysis::network::Normalization,
    },
    /// A tag file to import.
    ImportTags,
    /// The coders' projects to merge (two or more).
    MergeInputs,
    /// Where to write the merged project.
    MergeOutput,
}

impl Purpose {
    fn title(self) -> &'static str {
        match self {
            Self::OpenBriefings => "Open briefings",
            Self::OpenFolder => "Open folder",
            Self::OpenProject => "Open project",
            Self::SaveAs => "Save project as",
            Self::Export { .. } => "Export CSV",
            Self::ExportXlsx => "Export Excel workbook",
            Self::ExportNetwork { .. } => "Export network (.graphml, .gexf or .csv)",
            Self::ImportTags => "Import tags (CSV)",
            Self::MergeInputs => "Merge coders' projects: the projects (two or more)",
            Self::MergeOutput => "Merge coders' projects: save the merged project as",
        }
    }
}

/// The in-app path field shown with every file dialog (and alone where no dialog exists).
pub struct PathPrompt {
    pub(super) purpose: Purpose,
    text: String,
    note: Option<String>,
}

/// What a system file dialog returned, and how long it took.
pub struct Picked {
    purpose: Purpose,
    paths: Option<Vec<PathBuf>>,
    took: Duration,
}

/// The extensions the open dialog offers for briefings.
const BRIEFING_EXTENSIONS: [&str; 13] =
    ["txt", "text", "md", "markdown", "html", "htm", "docx", "odt", "pdf", "eml", "rss", "atom", "xml"];

/// Runs the system's file dialog for `purpose` (blocks its thread until answered).
fn pick(purpose: Purpose, start_dir: Option<PathBuf>) -> Option<Vec<PathBuf>> {
    let mut d = rfd::FileDialog::new().set_title(purpose.title());
    if let Some(dir) = start_dir {
        d = d.set_directory(dir);
    }
    match purpose {
        Purpose::OpenBriefings => {
            d.add_filter("Briefings", &BRIEFING_EXTENSIONS).add_filter("All files", &["*"]).pick_files()
        }
        Purpose::OpenFolder => d.pick_folder().map(|p| vec![p]),
        Purpose::OpenProject => d.add_filter("Stance Desk projects", &["json"]).pick_file().map(|p| vec![p]),
        Purpose::SaveAs => d.add_filter("Stance Desk projects", &["json"]).save_file().map(|p| vec![p]),
        Purpose::Export { .. } => d.add_filter("CSV", &["csv"]).save_file().map(|p| vec![p]),
        Purpose::ExportXlsx => d.add_filter("Excel workbook", &["xlsx"]).save_file().map(|p| vec![p]),
        Purpose::ExportNetwork { .. } => {
            d.add_filter("Networks", &["graphml", "gexf", "csv"]).save_file().map(|p| vec![p])
        }
        Purpose::ImportTags => d.add_filter("CSV", &["csv"]).pick_file().map(|p| vec![p]),
        Purpose::MergeInputs => d.add_filter("Stance Desk projects", &["json"]).pick_files(),
        Purpose::MergeOutput => d.add_filter("Stance Desk projects", &["json"]).save_file().map(|p| vec![p]),
    }
}

impl DeskApp {
    /// Shows the path prompt and, where there is one, the system's file dialog (on a worker
    /// thread, so a dialog that never returns cannot freeze the desk).
    pub(super) fn ask_path(&mut self, purpose: Purpose) {
        self.prompt = Some(PathPrompt { purpose, text: String::new(), note: None });
        if !self.native_dialogs {
            return;
        }
        let tx = self.picks.0.clone();
        let ctx = self.ctx.clone();
        let start_dir = self.session.path().and_then(|p| p.parent().map(Path::to_path_buf));
        std::thread::spawn(move || {
            let t = Instant::now();
            let paths = pick(purpose, start_dir);
            // the desk may be gone by now: then nobody needs the answer
            if tx.send(Picked { purpose, paths, took: t.elapsed() }).is_ok() {
                if let Some(c) = ctx {
                    c.request_repaint();
                }
            }
        });
    }

    /// The answer of a system file dialog.
    pub(super) fn picked(&mut self, picked: Picked) {
        match picked.paths {
            Some(paths) if !paths.is_empty() => {
                self.prompt = None;
                self.use_paths(picked.purpose, paths);
            }
            _ if picked.took < Duration::from_millis(400) => {
                // the dialog came back at once: there is none on this system
                if let Some(p) = &mut self.prompt {
                    p.note = Some("No system file dialog is available here: type or paste the path.".to_owned());
                }
            }
            _ => self.prompt = None,
        }
    }

    pub(super) fn prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.prompt else { return };
        let mut go = None;
        let mut cancel = false;
        egui::Window::new(prompt.purpose.title()).collapsible(false).resizable(true).show(ctx, |ui| {
            let multi = matches!(prompt.purpose, Purpose::OpenBriefings | Purpose::MergeInputs);
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

    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
        if self.recovery_later {
            return;
        }
        let Some(p) = self.session.pending_recovery().first() else { return };
        let what = p.recovery_of.as_ref().map_or_else(|| "an unsaved project".to_owned(), |s| s.display().to_string());
        let when = p
            .modified
            .map(|m| chrono::DateTime::<chrono::Local>::from(m).format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default();
        let mut choice = None;
        egui::Window::new("Recover unsaved work?").collapsible(false).resizable(false).show(ctx, |ui| {
            ui.label(format!("Stance Desk did not close cleanly. Work on {what} was kept at {when}."));
            ui.horizontal(|ui| {
                if ui.button("Recover").clicked() {
                    choice = Some(Some(true));
                }
                if ui.button("Discard").clicked() {
                    choice = Some(Some(false));
                }
                if ui.button("Later").on_hover_text("Ask again at the next start (Esc)").clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    choice = Some(None);
                }
            });
        });
        match choice {
            Some(Some(true)) => self.session.recover(&self.desk),
            Some(Some(false)) => self.session.discard_pending(),
            Some(None) => self.recovery_later = true,
            None => {}
        }
    }

    /// The window that says why a project could not be opened: the file, the place, the message.
    pub(super) fn open_failed_ui(&mut self, ctx: &egui::Context) {
        let Some((file, place, error)) = &self.open_failed else { return };
        let mut close = false;
        egui::Window::new("Could not open the project").collapsible(false).resizable(true).show(ctx, |ui| {
            ui.set_max_width(640.0);
            ui.label(egui::RichText::new(crate::io::files::shown(file)).strong());
            if let Some(place) = place {
                ui.label(format!("at {place}"));
            }
            ui.label(egui::RichText::new(crate::io::files::escape_controls(error)).color(ui.visuals().error_fg_color));
            ui.label("The file was not changed.");
            close = ui.button("OK").clicked();
        });
        if close {
            self.open_failed = None;
        }
    }

    pub(super) fn confirm_reopen_ui(&mut self, ctx: &egui::Context) {
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
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    choice = Some(false);
                }
            });
        });
        if let Some(go) = choice {
            self.confirm_reopen = None;
            if go {
                self.session.reread(&self.desk, document, encoding);
            }
        }
    }

    pub(super) fn close_ui(&mut self, ctx: &egui::Context) {
        let unsaved = self.desk.state().unsaved();
        if self.close_when_saved && !self.session.busy() && self.prompt.is_none() {
            // saved: close; the save failed or was cancelled: stay
            self.close_when_saved = false;
            if unsaved == 0 {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                return;
            }
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && unsaved > 0 {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_prompt = true;
        }
        if !self.close_prompt {
            return;
        }
        let mut choice = None;
        egui::Window::new("Unsaved changes").collapsible(false).resizable(false).show(ctx, |ui| {
            ui.label(format!("{unsaved} change(s) are not saved."));
            ui.horizontal(|ui| {
                for (n, label) in ["Save", "Don't save", "Cancel"].into_iter().enumerate() {
                    if ui.button(label).clicked() {
                        choice = Some(n);
                    }
                }
                if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => {
                self.close_prompt = false;
                self.act(Action::Save, ctx);
                // the save runs in the background: the window closes when it is done
                self.close_when_saved = true;
            }
            Some(1) => {
                self.close_prompt = false;
                self.allow_close = true;
                self.session.discard_recovery(self.desk.project());
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(_) => self.close_prompt = false,
            None => {}
        }
    }
}
