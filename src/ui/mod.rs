//! The egui views of the desk. They read the [`Desk`] and return [`Action`]s that the app
//! applies after the frame; they never change the project, parse text or touch files.

pub mod actors;
pub mod agreement;
pub mod codebook;
pub mod commands;
mod filters;
mod items;
pub mod network_view;
pub mod overview;
mod settle;
pub mod source;
mod statements;

use std::path::PathBuf;

use egui::{Color32, Key, Modifiers, RichText, Ui};

use crate::desk::{Command, Desk};
use crate::model::DocumentId;
use commands::Cmd;

/// What the analyst asked for in a frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A command on the desk (select, tag, sort, filter, undo…).
    Desk(Command),
    /// File ▸ New project.
    NewProject,
    /// File ▸ Open briefings…
    OpenBriefings,
    /// File ▸ Open folder… (every briefing under it)
    OpenFolder,
    /// File ▸ Open project…
    OpenProject,
    /// File ▸ Open recent ▸ path.
    OpenPath(PathBuf),
    /// File ▸ Save.
    Save,
    /// File ▸ Save As…
    SaveAs,
    /// File ▸ Export ▸ Excel workbook….
    ExportXlsx,
    /// File ▸ Export network….
    ExportNetwork {
        /// Which network.
        kind: crate::analysis::network::NetworkKind,
        /// Its normalisation.
        normalization: crate::analysis::network::Normalization,
    },
    /// File ▸ Import tags….
    ImportTags,
    /// File ▸ Merge coders' projects….
    MergeProjects,
    /// File ▸ Export CSV…; `view_only` exports only the rows shown.
    ExportCsv {
        /// Only the rows of the current view.
        view_only: bool,
        /// The plain "data" preset (pandas, R) instead of "excel".
        data: bool,
    },
    /// View ▸ theme.
    Dark(bool),
    /// File ▸ Quit.
    Quit,
    /// Preferences: the coder's name.
    Coder(String),
    /// Read a text document again with this encoding.
    Reopen {
        /// The document.
        document: DocumentId,
        /// An `encoding_rs` label.
        encoding: String,
    },
}

/// Encodings offered to reopen a text briefing with.
pub const ENCODINGS: [&str; 12] = [
    "UTF-8",
    "windows-1252",
    "ISO-8859-1",
    "ISO-8859-2",
    "windows-1250",
    "windows-1251",
    "KOI8-R",
    "ISO-8859-7",
    "windows-1253",
    "UTF-16LE",
    "UTF-16BE",
    "macintosh",
];

/// What the status bar shows besides the desk's counters.
#[derive(Debug, Clone, Default)]
pub struct Status {
    /// The last error or notice, and whether it is an error.
    pub message: Option<(String, bool)>,
    /// Progress of a background job (label, 0..1).
    pub progress: Option<(String, f32)>,
    /// Why the project is read-only, if it is.
    pub read_only: Option<String>,
    /// The file the desk was to show and could not open (then there is nothing "saved").
    pub not_opened: Option<String>,
}

/// What the main area shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Main {
    /// The statements table with the items and the source (Ctrl+1).
    #[default]
    Statements,
    /// The overview (Ctrl+2).
    Overview,
}

/// Transient view state (not saved with the project).
#[derive(Debug, Default)]
pub struct ViewState {
    /// What the main area shows.
    pub main: Main,
    /// The overview's data and controls.
    pub overview: overview::OverviewState,
    /// The filter text being typed.
    pub filter_text: String,
    /// What is typed into the search field of the speaker or document filter list.
    pub list_search: String,
    /// Put the keyboard focus into the filter field on the next frame.
    pub focus_filter: bool,
    /// The last cursor the source view scrolled to.
    pub source_scrolled_to: Option<crate::model::StatementId>,
    /// The fields being corrected.
    editor: Option<source::Editor>,
    /// The statement's fields when the editor was loaded.
    editor_base: Option<source::Editor>,
    /// Put the keyboard focus into this field on the next frame (keys T and N).
    pub focus_field: Option<Field>,
    /// Text selected in the source: document and character range (equal ends: the caret).
    pub source_selection: Option<(DocumentId, usize, usize)>,
    /// Screen position of each shown statement's first character in the source view.
    pub span_points: Vec<(crate::model::StatementId, egui::Pos2)>,
    /// Key A: add the source selection as a statement.
    pub add_requested: bool,
    /// Id of the source text widget: keys keep working while it has the focus (it is read-only).
    pub source_id: Option<egui::Id>,
    /// The codebook being edited (the window is open while `Some`).
    pub codebook_draft: Option<Vec<codebook::DraftLabel>>,
    /// The coder name being edited (the preferences window is open while `Some`).
    pub prefs_draft: Option<String>,
    /// The last scroll request of the table that was carried out.
    scrolled: Option<u64>,
    /// A speaker about to be renamed everywhere (the question is shown while `Some`).
    pub rename: Option<source::Rename>,
    /// A menu to open on the next frame (Alt+F, F10…).
    open_menu: Option<Cmd>,
    /// The Help ▸ Keys window is open.
    pub keys_open: bool,
    /// A dialog of the app (path, recovery, unsaved changes…) has the keyboard.
    pub app_dialog: bool,
    /// The Actors and Targets windows.
    pub lists: actors::ListsState,
    /// The settle queue is open (Analysis ▸ Settle disagreements…).
    pub settle_open: bool,
    /// The Agreement window and its figures.
    pub agreement: agreement::AgreementState,
}

impl ViewState {
    /// Whether a dialog window has the keyboard: desk keys wait.
    pub fn dialog_open(&self) -> bool {
        self.app_dialog
            || self.codebook_draft.is_some()
            || self.prefs_draft.is_some()
            || self.rename.is_some()
            || self.keys_open
            || self.lists.open()
            || self.agreement.open
    }
}

/// A field of the statement editor that a key focuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Speaker (after a statement is added from a selection).
    Speaker,
    /// Target (key T).
    Target,
    /// Note (key N).
    Note,
}

/// Adds the bundled Hack font as a fallback to the proportional family: egui's Ubuntu font has
/// Latin, Greek and Cyrillic but no arrows (▲ ▼ → ▸), which the desk draws.
pub fn setup_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    if fonts.font_data.contains_key("Hack") {
        if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
            if !family.iter().any(|f| f == "Hack") {
                family.push("Hack".to_owned());
            }
        }
    }
    ctx.set_fonts(fonts);
}

/// Parses `#rrggbb`; grey when it is not a colour.
pub fn color_of(hex: &str) -> Color32 {
    let h = hex.trim_start_matches('#');
    let c = |i: usize| h.get(i..i + 2).and_then(|x| u8::from_str_radix(x, 16).ok());
    match (h.len(), c(0), c(2), c(4)) {
        (6, Some(r), Some(g), Some(b)) => Color32::from_rgb(r, g, b),
        _ => Color32::GRAY,
    }
}

/// The whole desk: menu, items, filter bar, statements table, source view, status bar.
pub fn desk_ui(
    ui: &mut Ui,
    desk: &Desk,
    view: &mut ViewState,
    status: &Status,
    recent: &[PathBuf],
    dark: bool,
) -> Vec<Action> {
    let mut out = Vec::new();
    view.add_requested = false;
    keys_ui(ui, desk, view, &mut out);
    egui::Panel::top("menu").show(ui, |ui| menu_ui(ui, desk, view, recent, dark, &mut out));
    egui::Panel::bottom("status").show(ui, |ui| status_ui(ui, desk, status));
    if view.settle_open && view.main == Main::Statements {
        egui::Panel::bottom("settle").show(ui, |ui| settle::queue_ui(ui, desk, &mut view.settle_open, &mut out));
    }
    if view.main == Main::Overview {
        egui::CentralPanel::default_margins().show(ui, |ui| overview::overview_ui(ui, desk, view, &mut out));
        codebook::codebook_ui(ui.ctx(), desk, &mut view.codebook_draft, &mut out);
        codebook::prefs_ui(ui.ctx(), &mut view.prefs_draft, &mut out);
        windows_ui(ui.ctx(), desk, view, &mut out);
        return out;
    }
    // the side panels start at a share of the window and never take most of it
    let width = ui.ctx().content_rect().width();
    egui::Panel::left("items")
        .default_size((width * 0.21).clamp(150.0, 340.0))
        .min_size(140.0)
        .max_size((width * 0.32).max(160.0))
        .resizable(true)
        .show(ui, |ui| items::items_ui(ui, desk, &mut out));
    egui::Panel::right("source")
        .default_size((width * 0.25).clamp(220.0, 480.0))
        .min_size(200.0)
        .max_size((width * 0.4).max(220.0))
        .resizable(true)
        .show(ui, |ui| source::source_ui(ui, desk, view, &mut out));
    egui::CentralPanel::default_margins().show(ui, |ui| {
        filters::filter_ui(ui, desk, view, &mut out);
        ui.separator();
        // all columns stay reachable on narrow windows
        egui::ScrollArea::horizontal()
            .id_salt("statements_hscroll")
            .auto_shrink(false)
            .show(ui, |ui| statements::statements_ui(ui, desk, view, &mut out));
    });
    codebook::codebook_ui(ui.ctx(), desk, &mut view.codebook_draft, &mut out);
    codebook::prefs_ui(ui.ctx(), &mut view.prefs_draft, &mut out);
    windows_ui(ui.ctx(), desk, view, &mut out);
    out
}

/// Keyboard: the keys of the command table, then the codebook's stance keys. Plain keys are
/// ignored while a text field has the focus, and every key while a popup or dialog is open.
fn keys_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let ctx = ui.ctx().clone();
    let typing = ctx.egui_wants_keyboard_input() && ctx.memory(egui::Memory::focused) != view.source_id;
    let blocked = egui::Popup::is_any_open(&ctx) || view.dialog_open();
    let pressed = ctx.input_mut(|i| commands::pressed(i, typing, blocked));
    for cmd in pressed {
        invoke(cmd, desk, view, out);
    }
    if typing || blocked {
        return;
    }
    // in the settle queue a tag settles the statement and the next unsettled one comes
    let queue = |cmd: Command| {
        if view.settle_open { Command::ThenNextUnsettled(Box::new(cmd)) } else { cmd }
    };
    ctx.input_mut(|i| {
        // Alt+1…9 first: a plain digit key would also match them
        for (k, coder) in desk.view().coders().iter().take(9).enumerate() {
            let Some(key) = Key::from_name(&(k + 1).to_string()) else { continue };
            if i.consume_key(Modifiers::ALT, key) {
                out.push(Action::Desk(queue(Command::TakeTag(coder.clone()))));
            }
        }
        for label in &desk.project().codebook.labels {
            let Some(key) = label.key.and_then(|k| Key::from_name(&k.to_string())) else { continue };
            if i.consume_key(Modifiers::NONE, key) {
                let label = Some(label.name.clone());
                let cmd = if view.settle_open {
                    queue(Command::Stance { label, advance: false })
                } else {
                    Command::Stance { label, advance: true }
                };
                out.push(Action::Desk(cmd));
            }
        }
    });
}

/// Carries out a command of the command table (from a key or a menu).
fn invoke(cmd: Cmd, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let action = match cmd {
        Cmd::NewProject => Action::NewProject,
        Cmd::OpenBriefings => Action::OpenBriefings,
        Cmd::OpenFolder => Action::OpenFolder,
        Cmd::OpenProject => Action::OpenProject,
        Cmd::Save => Action::Save,
        Cmd::SaveAs => Action::SaveAs,
        Cmd::Quit => Action::Quit,
        Cmd::Undo => Action::Desk(Command::Undo),
        Cmd::Redo => Action::Desk(Command::Redo),
        Cmd::Delete => Action::Desk(Command::Delete),
        Cmd::Down => Action::Desk(Command::Move(1)),
        Cmd::Up => Action::Desk(Command::Move(-1)),
        Cmd::PageDown => Action::Desk(Command::Move(20)),
        Cmd::PageUp => Action::Desk(Command::Move(-20)),
        Cmd::ClearStance => Action::Desk(Command::Stance { label: None, advance: false }),
        Cmd::Codebook => {
            view.prefs_draft = None;
            view.codebook_draft = Some(codebook::draft_of(&desk.project().codebook));
            return;
        }
        Cmd::Preferences => {
            view.codebook_draft = None;
            view.prefs_draft = Some(desk.state().coder().to_owned());
            return;
        }
        Cmd::Find => {
            view.focus_filter = true;
            return;
        }
        Cmd::FocusTarget => {
            view.focus_field = Some(Field::Target);
            return;
        }
        Cmd::FocusNote => {
            view.focus_field = Some(Field::Note);
            return;
        }
        Cmd::AddSelection => {
            view.add_requested = true;
            return;
        }
        Cmd::SettleQueue | Cmd::NextUnsettled | Cmd::PrevUnsettled | Cmd::Agreement => {
            return invoke_coders(cmd, desk, view, out);
        }
        Cmd::MenuFile | Cmd::MenuEdit | Cmd::MenuView | Cmd::MenuHelp | Cmd::MenuAnalysis => {
            view.open_menu = Some(cmd);
            return;
        }
        Cmd::Keys => {
            view.keys_open = true;
            return;
        }
        Cmd::Actors => {
            view.lists.actors_open = true;
            view.lists.targets_open = false;
            return;
        }
        Cmd::Targets => {
            view.lists.targets_open = true;
            view.lists.actors_open = false;
            return;
        }
        Cmd::ShowStatements => {
            view.main = Main::Statements;
            return;
        }
        Cmd::ShowOverview => {
            view.main = Main::Overview;
            return;
        }
        Cmd::ExportXlsx => Action::ExportXlsx,
        Cmd::ImportTags => Action::ImportTags,
        Cmd::MergeProjects => Action::MergeProjects,
    };
    out.push(action);
}

/// The commands of several coders: the settle queue, its steps and the Agreement window.
fn invoke_coders(cmd: Cmd, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    match cmd {
        Cmd::SettleQueue => {
            view.settle_open = !view.settle_open;
            if view.settle_open {
                view.main = Main::Statements;
                // keys settle in the final and the all-coders views, not in one coder's
                if matches!(desk.view().shown(), crate::desk::Shown::Coder(_)) {
                    out.push(Action::Desk(Command::Show(crate::desk::Shown::All)));
                }
                out.push(Action::Desk(Command::Unsettled(0)));
            }
        }
        Cmd::NextUnsettled => out.push(Action::Desk(Command::Unsettled(1))),
        Cmd::PrevUnsettled => out.push(Action::Desk(Command::Unsettled(-1))),
        Cmd::Agreement => view.agreement.open = true,
        _ => {}
    }
}

fn menu_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, recent: &[PathBuf], dark: bool, out: &mut Vec<Action>) {
    let open = view.open_menu.take();
    egui::MenuBar::new().ui(ui, |ui| {
        let file = ui.menu_button("File", |ui| file_menu_ui(ui, desk, view, recent, out)).response;
        let edit = ui.menu_button("Edit", |ui| edit_menu_ui(ui, desk, view, out)).response;
        let v = ui
            .menu_button("View", |ui| {
                if ui.selectable_label(!dark, "Light theme").clicked() {
                    out.push(Action::Dark(false));
                }
                if ui.selectable_label(dark, "Dark theme").clicked() {
                    out.push(Action::Dark(true));
                }
                ui.separator();
                for cmd in [Cmd::ShowStatements, Cmd::ShowOverview] {
                    menu_item_ui(ui, cmd, desk, view, out);
                }
                ui.separator();
                egui::gui_zoom::zoom_menu_buttons(ui);
            })
            .response;
        let analysis = ui
            .menu_button("Analysis", |ui| {
                for cmd in [Cmd::SettleQueue, Cmd::Agreement] {
                    menu_item_ui(ui, cmd, desk, view, out);
                }
            })
            .response;
        let help = ui.menu_button("Help", |ui| menu_item_ui(ui, Cmd::Keys, desk, view, out)).response;
        let button = match open {
            Some(Cmd::MenuFile) => Some(file),
            Some(Cmd::MenuEdit) => Some(edit),
            Some(Cmd::MenuView) => Some(v),
            Some(Cmd::MenuAnalysis) => Some(analysis),
            Some(Cmd::MenuHelp) => Some(help),
            _ => None,
        };
        if let Some(b) = button {
            egui::Popup::open_id(ui.ctx(), egui::Popup::default_response_id(&b));
            ui.ctx().request_repaint();
        }
        ui.separator();
        for (main, cmd) in [(Main::Statements, Cmd::ShowStatements), (Main::Overview, Cmd::ShowOverview)] {
            let tip = commands::shortcut_text(ui.ctx(), cmd);
            let label = commands::spec(cmd).map_or("", |s| s.label);
            if ui.selectable_label(view.main == main, label).on_hover_text(tip).clicked() {
                invoke(cmd, desk, view, out);
            }
        }
    });
}

/// The windows that may be open over either main view: rename, keys, actors, targets.
fn windows_ui(ctx: &egui::Context, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    source::rename_ui(ctx, &mut view.rename, out);
    keys_window_ui(ctx, desk, &mut view.keys_open);
    let stale = view.agreement.stale(desk.state().revision());
    agreement::agreement_ui(ctx, &mut view.agreement, stale);
    actors::actors_ui(ctx, desk, view, out);
    actors::targets_ui(ctx, desk, view, out);
}

/// Help ▸ Keys (F1): every key of the desk, from the command table and the codebook.
fn keys_window_ui(ctx: &egui::Context, desk: &Desk, open: &mut bool) {
    if !*open {
        return;
    }
    let mut shown = true;
    egui::Window::new("Keys").open(&mut shown).collapsible(false).resizable(true).default_width(420.0).show(
        ctx,
        |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() * 0.7).show(ui, |ui| {
                egui::Grid::new("keys_grid").num_columns(2).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
                    for c in commands::COMMANDS.iter().filter(|c| !c.keys.is_empty()) {
                        let keys: Vec<String> = c.keys.iter().map(|k| commands::key_text(ctx, k)).collect();
                        ui.label(RichText::new(keys.join(", ")).monospace());
                        ui.label(c.label.trim_end_matches('…'));
                        ui.end_row();
                    }
                    for l in desk.project().codebook.labels.iter().filter(|l| l.key.is_some()) {
                        ui.label(RichText::new(l.key.map(String::from).unwrap_or_default()).monospace());
                        ui.label(format!("Tag the selection {} and move to the next untagged row", l.name));
                        ui.end_row();
                    }
                    for (keys, what) in [
                        ("Alt+1…9", "Take coder 1…9's tag (coders in name order) as the final tag"),
                        ("T, N", "In the statement fields: Tab takes a suggested target (or the last one)"),
                        ("Enter, Esc", "Apply or revert the statement fields; Esc also closes menus and dialogs"),
                        ("Ctrl+click, Shift+click", "Select several rows; tagging applies to all"),
                        ("Ctrl +, Ctrl −, Ctrl 0", "Zoom in, out, reset"),
                    ] {
                        ui.label(RichText::new(keys).monospace());
                        ui.label(what);
                        ui.end_row();
                    }
                });
            });
        },
    );
    *open = shown && !ctx.input(|i| i.key_pressed(Key::Escape));
}

fn file_menu_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, recent: &[PathBuf], out: &mut Vec<Action>) {
    for cmd in [Cmd::NewProject, Cmd::OpenBriefings, Cmd::OpenFolder, Cmd::OpenProject] {
        menu_item_ui(ui, cmd, desk, view, out);
    }
    ui.add_enabled_ui(!recent.is_empty(), |ui| {
        ui.menu_button("Open recent", |ui| {
            for p in recent {
                if ui.button(p.display().to_string()).clicked() {
                    out.push(Action::OpenPath(p.clone()));
                }
            }
        });
    });
    ui.separator();
    menu_item_ui(ui, Cmd::Save, desk, view, out);
    menu_item_ui(ui, Cmd::SaveAs, desk, view, out);
    ui.separator();
    ui.menu_button("Export CSV", |ui| {
        for (label, view_only, data) in [
            ("All statements, for Excel…", false, false),
            ("All statements, for pandas / R…", false, true),
            ("Rows shown, for Excel…", true, false),
            ("Rows shown, for pandas / R…", true, true),
        ] {
            if ui.button(label).clicked() {
                out.push(Action::ExportCsv { view_only, data });
            }
        }
    });
    ui.menu_button("Export", |ui| {
        menu_item_ui(ui, Cmd::ExportXlsx, desk, view, out);
        ui.menu_button("Network", |ui| network_menu_ui(ui, view, out));
    });
    menu_item_ui(ui, Cmd::ImportTags, desk, view, out);
    menu_item_ui(ui, Cmd::MergeProjects, desk, view, out);
    ui.separator();
    menu_item_ui(ui, Cmd::Quit, desk, view, out);
}

/// File ▸ Export ▸ Network: the type and normalisation (those of the network view), then the
/// file (`.graphml`, `.gexf` or `.csv`).
fn network_menu_ui(ui: &mut Ui, view: &mut ViewState, out: &mut Vec<Action>) {
    use crate::analysis::network::{NetworkKind, Normalization};
    let net = &mut view.overview.network;
    let mut kind = net.export_kind;
    for k in NetworkKind::ALL {
        ui.radio_value(&mut kind, k, k.name());
    }
    ui.separator();
    let mut normalization = net.export_normalization;
    ui.add_enabled_ui(kind != NetworkKind::Affiliation, |ui| {
        for n in Normalization::ALL {
            ui.radio_value(&mut normalization, n, format!("normalisation {}", n.name()));
        }
    });
    net.export_kind = kind;
    net.export_normalization = normalization;
    ui.separator();
    if ui.button("Export network… (.graphml, .gexf, .csv)").clicked() {
        let normalization = if kind == NetworkKind::Affiliation { Normalization::None } else { normalization };
        out.push(Action::ExportNetwork { kind, normalization });
    }
}

/// A menu entry for a command of the command table.
fn menu_item_ui(ui: &mut Ui, cmd: Cmd, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    if commands::button(ui, cmd, None, true) {
        invoke(cmd, desk, view, out);
    }
}

fn edit_menu_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let history = desk.state().history();
    let undo = history.undo_name().map(|n| format!("Undo {n}"));
    if commands::button(ui, Cmd::Undo, undo, history.undo_name().is_some()) {
        invoke(Cmd::Undo, desk, view, out);
    }
    let redo = history.redo_name().map(|n| format!("Redo {n}"));
    if commands::button(ui, Cmd::Redo, redo, history.redo_name().is_some()) {
        invoke(Cmd::Redo, desk, view, out);
    }
    ui.separator();
    if commands::button(ui, Cmd::Delete, None, !desk.view().selected().is_empty()) {
        invoke(Cmd::Delete, desk, view, out);
    }
    ui.separator();
    for cmd in [Cmd::Actors, Cmd::Targets, Cmd::Codebook, Cmd::Preferences] {
        menu_item_ui(ui, cmd, desk, view, out);
    }
}

fn status_ui(ui: &mut Ui, desk: &Desk, status: &Status) {
    ui.horizontal(|ui| {
        let total = desk.project().statements.len();
        let shown = desk.view().table().rows().len();
        ui.label(format!("{shown} of {total} statements shown"));
        ui.separator();
        let share = if total == 0 { 0.0 } else { desk.tagged() as f32 * 100.0 / total as f32 };
        let by = match desk.view().shown() {
            crate::desk::Shown::Coder(c) => format!(" by {c}"),
            _ => String::new(),
        };
        ui.label(format!("{} tagged{by} ({share:.0} %)", desk.tagged()));
        ui.separator();
        for (label, n) in desk.project().codebook.labels.iter().zip(desk.view().per_stance()) {
            ui.label(RichText::new(format!("{} {n}", label.name)).color(color_of(&label.color)));
        }
        ui.separator();
        coders_status_ui(ui, desk);
        if let Some(why) = &status.read_only {
            ui.label(RichText::new("read-only").strong()).on_hover_text(why);
        } else if let Some(file) = status.not_opened.as_ref().filter(|_| desk.project().documents.is_empty()) {
            ui.label(RichText::new("nothing open").color(ui.visuals().error_fg_color))
                .on_hover_text(format!("{file} could not be opened"));
        } else if desk.state().unsaved() > 0 {
            ui.label(RichText::new("unsaved changes").strong());
        } else {
            ui.label("saved");
        }
        if let Some((label, f)) = &status.progress {
            ui.separator();
            ui.add(egui::ProgressBar::new(*f).text(label.as_str()).desired_width(200.0));
        }
        if let Some((msg, error)) = &status.message {
            ui.separator();
            let text = RichText::new(msg);
            ui.label(if *error { text.color(ui.visuals().error_fg_color) } else { text });
        }
    });
}

/// With more than one coder: settled / unsettled disagreements and agreements, and whose tag
/// the stance keys write.
fn coders_status_ui(ui: &mut Ui, desk: &Desk) {
    if desk.view().coders().len() < 2 {
        return;
    }
    let c = desk.view().coding_counts();
    let text = format!("settled {} / unsettled {}", c.settled, c.unsettled);
    let unsettled = if c.unsettled > 0 { RichText::new(text).strong() } else { RichText::new(text) };
    ui.label(unsettled).on_hover_text(format!(
        "statements whose coders disagree: {} settled, {} not yet (Analysis ▸ Settle disagreements…); {} where the \
         coders agree",
        c.settled, c.unsettled, c.agree
    ));
    ui.label(format!("agree {}", c.agree));
    ui.separator();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse() {
        assert_eq!(color_of("#2e7d32"), Color32::from_rgb(0x2e, 0x7d, 0x32));
        assert_eq!(color_of("nonsense"), Color32::GRAY);
        assert_eq!(color_of("#zzzzzz"), Color32::GRAY);
    }
}
