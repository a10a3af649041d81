//! The statements table. Its columns are one table ([`COLUMNS`]): title (from
//! [`Column::title`]), width and cell, so a column is added or changed in one place.

use egui::{Color32, RichText, Ui};
use egui_extras::{Column as TableColumn, TableBuilder, TableRow};

use super::{Action, ViewState, color_of};
use crate::desk::table::Column;
use crate::desk::{Command, Desk};
use crate::model::{StanceLabel as Label, Statement, StatementKind};

/// How wide a column starts.
#[derive(Debug, Clone, Copy)]
enum Width {
    /// This many points, at least `min`.
    Initial(f32, f32),
    /// What is left, at least this many points.
    Remainder(f32),
    /// Room for one chip per codebook label.
    Chips,
}

/// What a cell is drawn from.
struct CellData<'a> {
    s: &'a Statement,
    headline: &'a str,
    labels: &'a [Label],
    row_height: f32,
}

/// One column of the table.
struct ColumnSpec {
    column: Column,
    width: Width,
    cell: fn(&mut Ui, &CellData<'_>, &mut Vec<Action>),
}

/// The columns in display order.
const COLUMNS: [ColumnSpec; 9] = [
    ColumnSpec { column: Column::Item, width: Width::Initial(60.0, 40.0), cell: |ui, c, _| text(ui, c.headline) },
    ColumnSpec { column: Column::Speaker, width: Width::Initial(96.0, 40.0), cell: |ui, c, _| text(ui, &c.s.speaker) },
    ColumnSpec { column: Column::Role, width: Width::Initial(72.0, 40.0), cell: |ui, c, _| text(ui, &c.s.role) },
    ColumnSpec { column: Column::Kind, width: Width::Initial(56.0, 40.0), cell: |ui, c, _| text(ui, kind_name(c.s)) },
    ColumnSpec { column: Column::Statement, width: Width::Remainder(160.0), cell: statement_cell },
    ColumnSpec { column: Column::Cue, width: Width::Initial(40.0, 30.0), cell: |ui, c, _| text(ui, &c.s.cue) },
    ColumnSpec { column: Column::Stance, width: Width::Chips, cell: chips_cell },
    ColumnSpec { column: Column::Target, width: Width::Initial(64.0, 40.0), cell: |ui, c, _| text(ui, &c.s.target) },
    ColumnSpec { column: Column::Note, width: Width::Initial(64.0, 40.0), cell: |ui, c, _| text(ui, &c.s.note) },
];

fn kind_name(s: &Statement) -> &'static str {
    match s.kind {
        StatementKind::Quote => "Quote",
        StatementKind::Position => "Position",
    }
}

fn text(ui: &mut Ui, t: &str) {
    ui.add(egui::Label::new(t).truncate().selectable(false));
}

fn statement_cell(ui: &mut Ui, c: &CellData<'_>, _: &mut Vec<Action>) {
    ui.add(egui::Label::new(&c.s.text).truncate().selectable(false)).on_hover_text(&c.s.text);
}

/// One chip per stance label: click to set, click the set one to clear.
fn chips_cell(ui: &mut Ui, c: &CellData<'_>, out: &mut Vec<Action>) {
    ui.spacing_mut().item_spacing.x = 2.0;
    for l in c.labels {
        let on = c.s.stance.as_deref() == Some(l.name.as_str());
        let color = color_of(&l.color);
        let short: String = l.name.chars().take(1).collect();
        let text =
            if on { RichText::new(short).color(Color32::WHITE).strong() } else { RichText::new(short).color(color) };
        let mut b = egui::Button::new(text).min_size(egui::vec2(19.0, c.row_height - 4.0));
        b = if on { b.fill(color) } else { b.stroke(egui::Stroke::new(1.0, color)) };
        let r = ui.add(b);
        let name = format!("{} {}", l.name, c.s.id);
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, &name));
        let key = l.key.map(|k| format!(" (key {k})")).unwrap_or_default();
        if r.on_hover_text(format!("{}{key}; click again to clear", l.name)).clicked() {
            out.push(Action::Desk(Command::Chip { id: c.s.id, label: l.name.clone() }));
        }
    }
}

fn table_column(width: Width, labels: usize) -> TableColumn {
    match width {
        Width::Initial(w, min) => TableColumn::initial(w).at_least(min),
        Width::Remainder(min) => TableColumn::remainder().at_least(min),
        Width::Chips => TableColumn::initial(26.0 * labels.max(1) as f32 + 8.0).at_least(50.0),
    }
    .clip(true)
}

/// The statements table: sortable headers, rows with chips, click to select.
pub fn statements_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let v = desk.view();
    let rows = v.table().rows();
    let labels = &desk.project().codebook.labels;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut table = TableBuilder::new(ui)
        .id_salt("statements_table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for c in &COLUMNS {
        table = table.column(table_column(c.width, labels.len()));
    }
    if let Some((n, row)) = v.scroll_request() {
        if view.scrolled != Some(n) {
            view.scrolled = Some(n);
            table = table.scroll_to_row(row, None);
        }
    }
    table.header(22.0, |mut h| header_ui(&mut h, desk, out)).body(|body| {
        body.rows(row_height, rows.len(), |mut row| {
            let Some(s) = desk.project().statements.get(rows[row.index()] as usize) else { return };
            row.set_selected(v.selected().contains(&s.id));
            let headline =
                desk.document(s.document).and_then(|d| d.items.get(s.item as usize)).map_or("", |it| &it.headline);
            let data = CellData { s, headline, labels, row_height };
            for c in &COLUMNS {
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

fn header_ui(h: &mut egui_extras::TableRow<'_, '_>, desk: &Desk, out: &mut Vec<Action>) {
    let sort = desk.view().table().sort();
    for c in &COLUMNS {
        let col = c.column;
        h.col(|ui| {
            let arrow = match sort {
                Some((c, false)) if c == col => " ▲",
                Some((c, true)) if c == col => " ▼",
                _ => "",
            };
            let b = ui.add(egui::Button::new(RichText::new(format!("{}{arrow}", col.title())).strong()).frame(false));
            if b.on_hover_text(format!("Sort by {} (click again to reverse)", col.title())).clicked() {
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
}
