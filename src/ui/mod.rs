//! The egui views of the desk. They read the [`Desk`] and return [`Action`]s that the app
//! applies after the frame; they never change the project, parse text or touch files.

pub mod codebook;
pub mod commands;
pub mod network_view;
pub mod overview;
pub mod source;
mod statements;

use std::path::PathBuf;

use egui::{Color32, Key, Modifiers, RichText, Ui};
use egui_extras::{Column as TableColumn, TableBuilder};

use crate::desk::table::{Filter, StanceFilter};
use crate::desk::{Command, Desk, ItemColumn};
use crate::model::{DocumentId, StatementKind};
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
}

/// A field of the statement editor that a key focuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
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
    if view.main == Main::Overview {
        egui::CentralPanel::default_margins().show(ui, |ui| overview::overview_ui(ui, desk, view, &mut out));
        codebook::codebook_ui(ui.ctx(), desk, &mut view.codebook_draft, &mut out);
        codebook::prefs_ui(ui.ctx(), &mut view.prefs_draft, &mut out);
        return out;
    }
    egui::Panel::left("items")
        .default_size(250.0)
        .min_size(160.0)
        .resizable(true)
        .show(ui, |ui| items_ui(ui, desk, &mut out));
    egui::Panel::right("source")
        .default_size(310.0)
        .min_size(200.0)
        .resizable(true)
        .show(ui, |ui| source::source_ui(ui, desk, view, &mut out));
    egui::CentralPanel::default_margins().show(ui, |ui| {
        filter_ui(ui, desk, view, &mut out);
        ui.separator();
        // all columns stay reachable on narrow windows
        egui::ScrollArea::horizontal()
            .id_salt("statements_hscroll")
            .auto_shrink(false)
            .show(ui, |ui| statements::statements_ui(ui, desk, view, &mut out));
    });
    codebook::codebook_ui(ui.ctx(), desk, &mut view.codebook_draft, &mut out);
    codebook::prefs_ui(ui.ctx(), &mut view.prefs_draft, &mut out);
    out
}

/// Keyboard: the keys of the command table, then the codebook's stance keys. Plain keys are
/// ignored while a text field has the focus.
fn keys_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let ctx = ui.ctx().clone();
    let typing = ctx.egui_wants_keyboard_input() && ctx.memory(egui::Memory::focused) != view.source_id;
    let pressed = ctx.input_mut(|i| commands::pressed(i, typing));
    for cmd in pressed {
        invoke(cmd, desk, view, out);
    }
    if typing {
        return;
    }
    ctx.input_mut(|i| {
        for label in &desk.project().codebook.labels {
            let Some(key) = label.key.and_then(|k| Key::from_name(&k.to_string())) else { continue };
            if i.consume_key(Modifiers::NONE, key) {
                out.push(Action::Desk(Command::Stance { label: Some(label.name.clone()), advance: true }));
            }
        }
    });
}

/// Carries out a command of the command table (from a key or a menu).
fn invoke(cmd: Cmd, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let action = match cmd {
        Cmd::NewProject => Action::NewProject,
        Cmd::OpenBriefings => Action::OpenBriefings,
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
            view.codebook_draft = Some(codebook::draft_of(&desk.project().codebook));
            return;
        }
        Cmd::Preferences => {
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
    };
    out.push(action);
}

fn menu_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, recent: &[PathBuf], dark: bool, out: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, desk, view, recent, out));
        ui.menu_button("Edit", |ui| edit_menu_ui(ui, desk, view, out));
        ui.menu_button("View", |ui| {
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
        });
        ui.separator();
        for (main, cmd) in [(Main::Statements, Cmd::ShowStatements), (Main::Overview, Cmd::ShowOverview)] {
            let tip = commands::shortcut_text(ui.ctx(), cmd);
            if ui.selectable_label(view.main == main, commands::spec(cmd).label).on_hover_text(tip).clicked() {
                invoke(cmd, desk, view, out);
            }
        }
    });
}

fn file_menu_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, recent: &[PathBuf], out: &mut Vec<Action>) {
    for cmd in [Cmd::NewProject, Cmd::OpenBriefings, Cmd::OpenProject] {
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
    for cmd in [Cmd::Codebook, Cmd::Preferences] {
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
        ui.label(format!("{} tagged ({share:.0} %)", desk.tagged()));
        ui.separator();
        for (label, n) in desk.project().codebook.labels.iter().zip(desk.view().per_stance()) {
            ui.label(RichText::new(format!("{} {n}", label.name)).color(color_of(&label.color)));
        }
        ui.separator();
        if let Some(why) = &status.read_only {
            ui.label(RichText::new("read-only").strong()).on_hover_text(why);
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

fn items_ui(ui: &mut Ui, desk: &Desk, out: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.heading("Items");
        let any = desk.view().table().filter().item.is_some();
        if ui.add_enabled(any, egui::Button::new("All items")).clicked() {
            out.push(Action::Desk(Command::Item(None)));
        }
    });
    let current = desk.view().table().filter().item;
    TableBuilder::new(ui)
        .id_salt("items_table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(TableColumn::remainder().at_least(70.0).clip(true))
        .column(TableColumn::initial(56.0).at_least(30.0).clip(true))
        .column(TableColumn::initial(62.0).at_least(30.0).clip(true))
        .column(TableColumn::auto())
        .column(TableColumn::auto())
        .column(TableColumn::auto())
        .header(20.0, |mut h| {
            for (col, title, tip) in [
                (ItemColumn::Headline, "Headline", "headline (document order when unsorted)"),
                (ItemColumn::Document, "Document", "document (document order)"),
                (ItemColumn::Date, "Date", "date"),
                (ItemColumn::Quotes, "Q", "quotes"),
                (ItemColumn::Positions, "P", "positions"),
                (ItemColumn::Tagged, "Tagged", "share tagged"),
            ] {
                h.col(|ui| {
                    let arrow = match desk.view().items_sort() {
                        Some((c, false)) if c == col => " ▲",
                        Some((c, true)) if c == col => " ▼",
                        _ => "",
                    };
                    let b = ui.add(egui::Button::new(RichText::new(format!("{title}{arrow}")).strong()).frame(false));
                    if b.on_hover_text(format!("Sort by {tip}")).clicked() {
                        out.push(Action::Desk(Command::SortItems(col)));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(20.0, desk.view().items().len(), |mut row| {
                let it = &desk.view().items()[row.index()];
                let key = (it.document, it.item);
                row.set_selected(current == Some(key));
                row.col(|ui| {
                    ui.add(egui::Label::new(&it.headline).truncate().selectable(false))
                        .on_hover_text(format!("{}\n{} {}", it.headline, it.file_name, it.date));
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(&it.file_name).truncate().selectable(false));
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(&it.date).truncate().selectable(false));
                });
                row.col(|ui| {
                    ui.label(it.quotes.to_string());
                });
                row.col(|ui| {
                    ui.label(it.positions.to_string());
                });
                row.col(|ui| {
                    ui.label(format!("{}/{}", it.tagged, it.quotes + it.positions));
                });
                if row.response().clicked() {
                    out.push(Action::Desk(Command::Item(if current == Some(key) { None } else { Some(key) })));
                }
            });
        });
}

fn filter_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let f = desk.view().table().filter();
    let mut next: Filter = f.clone();
    ui.horizontal_wrapped(|ui| {
        ui.label("Filter");
        let edit = ui.add(
            egui::TextEdit::singleline(&mut view.filter_text)
                .hint_text("text, speaker or role (Ctrl+F)")
                .desired_width(220.0),
        );
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Filter text"));
        if view.focus_filter {
            edit.request_focus();
            view.focus_filter = false;
        }
        if edit.changed() {
            next.text.clone_from(&view.filter_text);
        }
        egui::ComboBox::new("kind_filter", "Kind")
            .selected_text(match f.kind {
                None => "Any kind",
                Some(StatementKind::Quote) => "Quotes",
                Some(StatementKind::Position) => "Positions",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut next.kind, None, "Any kind");
                ui.selectable_value(&mut next.kind, Some(StatementKind::Quote), "Quotes");
                ui.selectable_value(&mut next.kind, Some(StatementKind::Position), "Positions");
            });
        let stance_text = match &f.stance {
            StanceFilter::Any => "Any stance".to_owned(),
            StanceFilter::Untagged => "Untagged".to_owned(),
            StanceFilter::Label(l) => l.clone(),
        };
        egui::ComboBox::new("stance_filter", "Stance").selected_text(stance_text).show_ui(ui, |ui| {
            ui.selectable_value(&mut next.stance, StanceFilter::Any, "Any stance");
            ui.selectable_value(&mut next.stance, StanceFilter::Untagged, "Untagged");
            for l in &desk.project().codebook.labels {
                ui.selectable_value(&mut next.stance, StanceFilter::Label(l.name.clone()), &l.name);
            }
        });
        egui::ComboBox::new("speaker_filter", "Speaker")
            .selected_text(f.speaker.clone().unwrap_or_else(|| "Any speaker".to_owned()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut next.speaker, None, "Any speaker");
                for s in desk.view().speakers() {
                    ui.selectable_value(&mut next.speaker, Some(s.clone()), s);
                }
            });
        let doc_name = |id: Option<DocumentId>| {
            id.and_then(|id| desk.document(id)).map_or_else(|| "Any document".to_owned(), |d| d.file_name.clone())
        };
        egui::ComboBox::new("document_filter", "Document").selected_text(doc_name(f.document)).show_ui(ui, |ui| {
            ui.selectable_value(&mut next.document, None, "Any document");
            for d in &desk.project().documents {
                ui.selectable_value(&mut next.document, Some(d.id), format!("{} ({})", d.file_name, d.encoding));
            }
        });
        if let Some(t) = &f.target {
            let chip =
                ui.button(format!("Target: {t} ×")).on_hover_text("Only statements on this target; click to drop");
            if chip.clicked() {
                next.target = None;
            }
        }
        if *f != Filter::default() && ui.button("Clear filters").clicked() {
            view.filter_text.clear();
            next = Filter::default();
        }
    });
    if next != *f {
        out.push(Action::Desk(Command::Filter(next)));
    }
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
