//! File ▸ Merge coders' projects…: the projects (two or more), then where to save the merge. The
//! merge runs on a worker thread and is written atomically; the merged project then opens (after
//! the same unsaved-changes check as Open) and its report shows in a window.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::DeskApp;
use super::dialogs::Purpose;
use crate::io::files::{escape_controls, shown};
use crate::io::merge::{merge_files, summary};
use crate::io::project::{EXTENSION, is_project_path};

/// A merge written: where, and what its report says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeDone {
    /// The merged project's file.
    pub output: PathBuf,
    /// What the merged project holds.
    pub summary: String,
    /// The report, one finding a line.
    pub lines: Vec<String>,
}

/// The merge being asked for, run or shown.
#[derive(Debug, Default)]
pub struct Merging {
    /// The projects chosen, waiting for the output.
    inputs: Vec<PathBuf>,
    /// The running merge's answer.
    running: Option<Receiver<Result<MergeDone, String>>>,
    /// The report shown in its window.
    pub report: Option<MergeDone>,
}

impl Merging {
    /// Whether a merge is running.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }
}

impl DeskApp {
    /// File ▸ Merge coders' projects…: asks for the projects (none while changes are unsaved:
    /// the merged project opens in place of this one).
    pub(super) fn merge_projects(&mut self) {
        if self.desk.state().unsaved() > 0 {
            self.notice("save or undo the changes first: the merged project opens in place of this one".into(), true);
            return;
        }
        if self.merging.busy() {
            self.notice("a merge is running".into(), true);
            return;
        }
        self.merging.inputs.clear();
        self.ask_path(Purpose::MergeInputs);
    }

    /// The paths given for a step of the merge: the projects, then the output.
    pub(super) fn merge_paths(&mut self, purpose: Purpose, mut paths: Vec<PathBuf>) {
        if purpose == Purpose::MergeInputs {
            if paths.len() < 2 {
                self.notice("choose two or more projects to merge".into(), true);
                return;
            }
            self.merging.inputs = paths;
            self.ask_path(Purpose::MergeOutput);
            return;
        }
        let Some(mut output) = paths.pop() else { return };
        if !is_project_path(&output) {
            let name = format!("{}{EXTENSION}", output.file_name().unwrap_or_default().to_string_lossy());
            output.set_file_name(name);
        }
        let inputs = std::mem::take(&mut self.merging.inputs);
        let (tx, rx) = channel();
        let ctx = self.ctx.clone();
        self.notice(format!("merging {} projects into {}…", inputs.len(), shown(&output)), false);
        std::thread::spawn(move || {
            let result = merge_files(&output, &inputs)
                .map(|done| MergeDone {
                    summary: summary(&done.merged.project, inputs.len()),
                    lines: done.warnings.into_iter().chain(done.merged.report.lines()).collect(),
                    output,
                })
                .map_err(|e| e.to_string());
            // the desk may be gone by now: then nobody needs the answer
            if tx.send(result).is_ok() {
                if let Some(c) = ctx {
                    c.request_repaint();
                }
            }
        });
        self.merging.running = Some(rx);
    }

    /// A finished merge: the merged project opens and the report shows.
    pub(super) fn poll_merge(&mut self) {
        let Some(rx) = &self.merging.running else { return };
        let result = match rx.try_recv() {
            Ok(r) => r,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err("the merge stopped without an answer".to_owned()),
        };
        self.merging.running = None;
        match result {
            Ok(done) => {
                self.notice(format!("{}; saved {}", done.summary, shown(&done.output)), false);
                self.remember(&done.output);
                self.session.load_project(&self.desk, done.output.clone());
                self.merging.report = Some(done);
            }
            Err(e) => self.notice(format!("not merged: {e}"), true),
        }
    }

    /// The merge report's window: what the merged project holds, then deletions, differing
    /// corrections and conflicts, one a line.
    pub(super) fn merge_report_ui(&mut self, ctx: &egui::Context) {
        let Some(done) = &self.merging.report else { return };
        let mut open = true;
        let mut close = false;
        egui::Window::new("Merge report").open(&mut open).collapsible(false).resizable(true).default_width(640.0).show(
            ctx,
            |ui| {
                ui.label(egui::RichText::new(escape_controls(&done.summary)).strong());
                ui.label(format!("saved {}", shown(&done.output)));
                ui.separator();
                let row = ui.text_style_height(&egui::TextStyle::Monospace);
                egui::ScrollArea::both().max_height(ctx.content_rect().height() * 0.6).show_rows(
                    ui,
                    row,
                    done.lines.len(),
                    |ui, rows| {
                        for line in &done.lines[rows] {
                            ui.label(egui::RichText::new(escape_controls(line)).monospace());
                        }
                    },
                );
                close = ui.button("OK").clicked();
            },
        );
        if !open || close {
            self.merging.report = None;
        }
    }
}
