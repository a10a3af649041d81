//! The statements table. Its columns are one table ([`COLUMNS`]): title (from
//! [`Column::title`]), width and cell, so a column is added or changed in one place.

use egui::{Color32, RichText, Ui};
use egui_extras::{Column as TableColumn, TableBuilder, TableRow};

use super::settle::{CODER_CHIP, coder_chip_ui, coder_initials};
use super::{Action, ViewState, color_of};
use crate::desk::table::Column;
use crate::desk::{Command, Desk, Shown};
use crate::model::{StanceLabel as Label, Statement, StatementKind};

/// How wide a column is.
#[derive(Debug, Clone, Copy)]
enum Width {
    /// Starts at this many points, at least `min`; the analyst can resize it.
    Initial(f32, f32),
    /// What is left, at least this many points.
    Remainder(f32),
    /// Exactly one chip per codebook label: never resized, never cut.
    Chips,
}

/// Width of one stance chip and the space between chips.
const CHIP: f32 = 19.0;
const CHIP_GAP: f32 = 2.0;

/// The order in which columns give way when the table is narrow (first hidden first); the
/// speaker, the statement and the stance chips always stay.
const HIDE_ORDER: [Column; 7] =
    [Column::Item, Column::Cue, Column::Note, Column::Role, Column::Confidence, Column::Kind, Column::Target];

/// Space between the label chips and the coders' chips.
const CODERS_GAP: f32 = 8.0;

/// Width of the chips column for `labels` labels and, in the "All coders" view, `coders`
/// coders' chips.
fn chips_width(labels: usize, coders: usize) -> f32 {
    let n = labels.max(1) as f32;
    let own = n * CHIP + (n - 1.0) * CHIP_GAP + 12.0;
    if coders == 0 { own } else { own + CODERS_GAP + coders as f32 * (CODER_CHIP + CHIP_GAP) }
}

/// The columns shown at a table width, and the most each resizable one may take so that the
/// statement keeps its minimum and the chips (`chips` wide) stay on screen.
fn layout(width: f32, chips: f32) -> (Vec<&'static ColumnSpec>, f32) {
    let fixed = |c: &ColumnSpec| match c.width {
        Width::Initial(w, _) => w,
        Width::Remainder(min) => min,
        Width::Chips => chips,
    };
    let spacing = 8.0;
    let mut shown: Vec<&ColumnSpec> = COLUMNS.iter().collect();
    let need = |shown: &[&ColumnSpec]| shown.iter().map(|c| fixed(c) + spacing).sum::<f32>();
    for col in HIDE_ORDER {
        if need(&shown) <= width {
            break;
        }
        shown.retain(|c| c.column != col);
    }
    // what is left (or missing, on a very narrow table) is shared by the resizable columns
    let resizable = shown.iter().filter(|c| matches!(c.width, Width::Initial(..))).count().max(1);
    let slack = (width - need(&shown)) / resizable as f32;
    (shown, slack)
}

/// What a cell is drawn from.
struct CellData<'a> {
    s: &'a Statement,
    headline: &'a str,
    /// The definition of the statement's target, from the project's list of targets.
    definition: Option<&'a str>,
    labels: &'a [Label],
    row_height: f32,
    /// Whether the statement's confidence is below the analyst's threshold of doubt.
    doubtful: bool,
    /// Whose stance the chips show.
    shown: &'a Shown,
    /// The coders whose chips follow the label chips ("All coders" view; else empty), and
    /// their initials.
    coders: &'a [String],
    initials: &'a [String],
}

/// One column of the table.
struct ColumnSpec {
    column: Column,
    width: Width,
    cell: fn(&mut Ui, &CellData<'_>, &mut Vec<Action>),
}

/// The columns in display order.
const COLUMNS: [ColumnSpec; 10] = [
    ColumnSpec { column: Column::Item, width: Width::Initial(70.0, 40.0), cell: |ui, c, _| text(ui, c.headline) },
    ColumnSpec { column: Column::Speaker, width: Width::Initial(110.0, 50.0), cell: |ui, c, _| text(ui, &c.s.speaker) },
    ColumnSpec { column: Column::Role, width: Width::Initial(80.0, 40.0), cell: |ui, c, _| text(ui, &c.s.role) },
    ColumnSpec { column: Column::Kind, width: Width::Initial(40.0, 30.0), cell: kind_cell },
    ColumnSpec { column: Column::Confidence, width: Width::Initial(44.0, 34.0), cell: confidence_cell },
    ColumnSpec { column: Column::Statement, width: Width::Remainder(STATEMENT_ROOM), cell: statement_cell },
    ColumnSpec { column: Column::Cue, width: Width::Initial(48.0, 30.0), cell: |ui, c, _| text(ui, &c.s.cue) },
    ColumnSpec { column: Column::Stance, width: Width::Chips, cell: chips_cell },
    ColumnSpec { column: Column::Target, width: Width::Initial(80.0, 40.0), cell: target_cell },
    ColumnSpec {
        column: Column::Note,
        width: Width::Initial(60.0, 40.0),
        cell: |ui, c, _| text(ui, c.shown.note(c.s)),
    },
];

/// Room the statement's text should have before other columns are shown; it never gets
/// narrower than [`STATEMENT_MIN`].
const STATEMENT_ROOM: f32 = 260.0;
const STATEMENT_MIN: f32 = 160.0;

/// The target (of the view shown); its definition on hover.
fn target_cell(ui: &mut Ui, c: &CellData<'_>, _: &mut Vec<Action>) {
    let target = c.shown.target(c.s);
    let label = egui::Label::new(target).truncate().selectable(false);
    match c.definition {
        Some(d) => {
            ui.add(label.show_tooltip_when_elided(false)).on_hover_text(format!("{target}: {d}"));
        }
        None => {
            ui.add(label);
        }
    }
}

/// "Q" or "P", the word on hover.
fn kind_cell(ui: &mut Ui, c: &CellData<'_>, _: &mut Vec<Action>) {
    let (short, long) = match c.s.kind {
        StatementKind::Quote => ("Q", "quote"),
        StatementKind::Position => ("P", "position"),
    };
    ui.add(egui::Label::new(short).selectable(false)).on_hover_text(long);
}

/// The confidence as a number; a doubtful row (below the threshold of doubt) shows "?" in the
/// warning colour, so review starts where the errors are.
fn confidence_cell(ui: &mut Ui, c: &CellData<'_>, _: &mut Vec<Action>) {
    let shown = format!("{:.2}", c.s.confidence);
    if c.doubtful {
        let t = egui::RichText::new(format!("? {shown}")).color(ui.visuals().warn_fg_color);
        ui.add(egui::Label::new(t).selectable(false)).on_hover_text("doubtful: check speaker and text");
    } else {
        ui.add(egui::Label::new(shown).selectable(false));
    }
}

fn text(ui: &mut Ui, t: &str) {
    ui.add(egui::Label::new(t).truncate().selectable(false));
}

/// The statement's text in one line; a cut text shows whole on hover (once: the label's own
/// tooltip).
fn statement_cell(ui: &mut Ui, c: &CellData<'_>, _: &mut Vec<Action>) {
    text(ui, &c.s.text);
}

/// One chip per stance label (the stance of the view shown): click to set, click the set one to
/// clear; in the "All coders" view each coder's chip follows.
fn chips_cell(ui: &mut Ui, c: &CellData<'_>, out: &mut Vec<Action>) {
    ui.spacing_mut().item_spacing.x = CHIP_GAP;
    ui.spacing_mut().button_padding.x = 3.0;
    let stance = c.shown.stance(c.s);
    for l in c.labels {
        let on = stance == Some(l.name.as_str());
        let color = color_of(&l.color);
        let short: String = l.name.chars().take(1).collect();
        let text =
            if on { RichText::new(short).color(Color32::WHITE).strong() } else { RichText::new(short).color(color) };
        let mut b = egui::Button::new(text).min_size(egui::vec2(CHIP, c.row_height - 4.0));
        b = if on { b.fill(color) } else { b.stroke(egui::Stroke::new(1.0, color)) };
        let r = ui.add(b);
        let name = format!("{} {}", l.name, c.s.id);
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, &name));
        let key = l.key.map(|k| format!(" (key {k})")).unwrap_or_default();
        if r.on_hover_text(format!("{}{key}; click again to clear", l.name)).clicked() {
            out.push(Action::Desk(Command::Chip { id: c.s.id, label: l.name.clone() }));
        }
    }
    if !c.coders.is_empty() {
        ui.add_space(CODERS_GAP - CHIP_GAP);
        for (coder, initials) in c.coders.iter().zip(c.initials) {
            coder_chip_ui(ui, c.s, coder, initials, c.labels);
        }
    }
}

fn table_column(width: Width, chips: f32, slack: f32) -> TableColumn {
    match width {
        Width::Initial(w, min) => {
            let most = (w + slack).max(min);
            TableColumn::initial(w.min(most)).at_least(min).at_most(most).clip(true)
        }
        Width::Remainder(_) => TableColumn::remainder().at_least(STATEMENT_MIN).clip(true),
        Width::Chips => TableColumn::exact(chips).resizable(false),
    }
}

/// The statements table: sortable headers, rows with chips, click to select.
pub fn statements_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let v = desk.view();
    let rows = v.table().rows();
    let labels = &desk.project().codebook.labels;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let view_shown = v.shown();
    let coders: &[String] = if *view_shown == Shown::All { v.coders() } else { &[] };
    let initials = coder_initials(coders);
    let chips = chips_width(labels.len(), coders.len());
    let (shown, slack) = layout(ui.available_width(), chips);
    // the widths the analyst set are kept per set of columns shown (and chips width)
    let key: u32 = shown.iter().map(|c| 1u32 << c.column as u32).sum::<u32>() + ((coders.len() as u32) << 16);
    let mut table = TableBuilder::new(ui)
        .id_salt(("statements_table", key))
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for c in &shown {
        table = table.column(table_column(c.width, chips, slack));
    }
    if let Some((n, row)) = v.scroll_request() {
        if view.scrolled != Some(n) {
            view.scrolled = Some(n);
            table = table.scroll_to_row(row, None);
        }
    }
    table.header(22.0, |mut h| header_ui(&mut h, desk, &shown, out)).body(|body| {
        body.rows(row_height, rows.len(), |mut row| {
            let Some(s) = desk.project().statements.get(rows[row.index()] as usize) else { return };
            row.set_selected(v.selected().contains(&s.id));
            let headline =
                desk.document(s.document).and_then(|d| d.items.get(s.item as usize)).map_or("", |it| &it.headline);
            let target = view_shown.target(s);
            let definition = (!target.is_empty())
                .then(|| desk.project().targets.iter().find(|t| t.name == target.trim()))
                .flatten()
                .map(|t| t.definition.as_str())
                .filter(|d| !d.is_empty());
            let doubtful = v.table().filter().is_doubtful(s);
            let data = CellData {
                s,
                headline,
                definition,
                labels,
                row_height,
                doubtful,
                shown: view_shown,
                coders,
                initials: &initials,
            };
            for c in &shown {
                row.col(|ui| (c.cell)(ui, &data, out));
            }
            row_click(&row, s, out);
        });
    });
}

fn row_click(row: &TableRow<'_, '_>, s: &Statement, out: &mut Vec<Action>) {
    let r = row.response();
    if r.clicked() {
        let m = r.ctx.input(|i| i.modifiers);
        out.push(Action::Desk(Command::Select { id: s.id, extend: m.command, range: m.shift }));
    }
}

fn header_ui(h: &mut egui_extras::TableRow<'_, '_>, desk: &Desk, shown: &[&ColumnSpec], out: &mut Vec<Action>) {
    let sort = desk.view().table().sort();
    for c in shown {
        let col = c.column;
        h.col(|ui| {
            let arrow = match sort {
                Some((c, false)) if c == col => " ▲",
                Some((c, true)) if c == col => " ▼",
                _ => "",
            };
            let title = match (col, desk.view().shown()) {
                (Column::Stance, Shown::Coder(c)) => format!("Stance: {c}"),
                (Column::Stance, Shown::All) => "Final · coders".to_owned(),
                _ => col.title().to_owned(),
            };
            let b = ui.add(egui::Button::new(RichText::new(format!("{title}{arrow}")).strong()).frame(false));
            if b.on_hover_text(format!("Sort by {title} (click again to reverse)")).clicked() {
                out.push(Action::Desk(Command::Sort(col)));
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_column_table_has_every_column_once_in_display_order() {
        let cols: Vec<Column> = COLUMNS.iter().map(|c| c.column).collect();
        assert_eq!(cols, Column::ALL);
    }

    #[test]
    fn narrow_tables_hide_columns_in_order_and_keep_speaker_statement_and_chips() {
        let names = |w: f32| -> Vec<Column> { layout(w, chips_width(5, 0)).0.iter().map(|c| c.column).collect() };
        assert_eq!(names(2000.0), Column::ALL);
        let narrow = names(500.0);
        assert_eq!(narrow, [Column::Speaker, Column::Statement, Column::Stance]);
        let mid = names(700.0);
        assert!(mid.contains(&Column::Target) && !mid.contains(&Column::Cue), "{mid:?}");
        assert!(!names(850.0).contains(&Column::Item));
        // what is shown fits, with room for the statement's minimum
        for w in [500.0, 560.0, 700.0, 900.0, 1200.0] {
            let (shown, slack) = layout(w, chips_width(5, 0));
            let fixed: f32 = shown
                .iter()
                .map(|c| match c.width {
                    Width::Initial(w, _) => w + slack,
                    Width::Remainder(min) => min,
                    Width::Chips => chips_width(5, 0),
                } + 8.0)
                .sum();
            assert!(fixed <= w + 0.5, "{w}: {fixed}");
        }
        // the "All coders" view: three coders' chips widen the stance column, which still stays
        let all = chips_width(5, 3);
        assert!(all > chips_width(5, 0) + 3.0 * CODER_CHIP);
        let cols: Vec<Column> = layout(700.0, all).0.iter().map(|c| c.column).collect();
        assert!(cols.contains(&Column::Stance) && cols.contains(&Column::Statement), "{cols:?}");
    }
}
