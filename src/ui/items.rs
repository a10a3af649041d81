//! The items panel: one row per news item with its quotes, positions and share tagged; a
//! click shows only that item's statements. Columns with nothing to show (no document has a
//! date, a single document) are left out, so the headline gets the width.

use egui::{RichText, Ui};
use egui_extras::{Column as TableColumn, TableBuilder};

use super::Action;
use crate::desk::{Command, Desk, ItemColumn, ItemRow};

/// One column of the items table.
struct ItemSpec {
    column: ItemColumn,
    title: &'static str,
    tip: &'static str,
    /// Fixed width; `None`: the headline, which takes what is left.
    width: Option<f32>,
    cell: fn(&ItemRow) -> String,
}

/// The columns in display order.
const ITEM_COLUMNS: [ItemSpec; 6] = [
    ItemSpec {
        column: ItemColumn::Headline,
        title: "Headline",
        tip: "headline (document order when unsorted)",
        width: None,
        cell: |it| it.headline.clone(),
    },
    ItemSpec {
        column: ItemColumn::Document,
        title: "Document",
        tip: "document (document order)",
        width: Some(52.0),
        cell: |it| it.file_name.clone(),
    },
    ItemSpec { column: ItemColumn::Date, title: "Date", tip: "date", width: Some(76.0), cell: |it| it.date.clone() },
    ItemSpec {
        column: ItemColumn::Quotes,
        title: "Q",
        tip: "quotes",
        width: Some(24.0),
        cell: |it| it.quotes.to_string(),
    },
    ItemSpec {
        column: ItemColumn::Positions,
        title: "P",
        tip: "positions",
        width: Some(24.0),
        cell: |it| it.positions.to_string(),
    },
    ItemSpec {
        column: ItemColumn::Tagged,
        title: "Tagged",
        tip: "share tagged",
        width: Some(44.0),
        cell: |it| format!("{}/{}", it.tagged, it.quotes + it.positions),
    },
];

/// The columns worth showing for these items.
fn shown_columns(items: &[ItemRow], documents: usize) -> Vec<&'static ItemSpec> {
    let any_date = items.iter().any(|it| !it.date.is_empty());
    ITEM_COLUMNS
        .iter()
        .filter(|c| match c.column {
            ItemColumn::Date => any_date,
            ItemColumn::Document => documents > 1,
            _ => true,
        })
        .collect()
}

/// The items panel.
pub(super) fn items_ui(ui: &mut Ui, desk: &Desk, out: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.heading("Items");
        let any = desk.view().table().filter().item.is_some();
        if ui.add_enabled(any, egui::Button::new("All items")).clicked() {
            out.push(Action::Desk(Command::Item(None)));
        }
    });
    let items = desk.view().items();
    let shown = shown_columns(items, desk.project().documents.len());
    let current = desk.view().table().filter().item;
    let key: u32 = shown.iter().map(|c| 1u32 << c.column as u32).sum();
    let mut table =
        TableBuilder::new(ui).id_salt(("items_table", key)).striped(true).resizable(true).sense(egui::Sense::click());
    for c in &shown {
        table = table.column(match c.width {
            None => TableColumn::remainder().at_least(60.0).clip(true),
            Some(w) => TableColumn::initial(w).at_least(w.min(30.0)).clip(true),
        });
    }
    table
        .header(20.0, |mut h| {
            for c in &shown {
                h.col(|ui| header_cell_ui(ui, desk, c, out));
            }
        })
        .body(|body| {
            body.rows(20.0, items.len(), |mut row| {
                let it = &items[row.index()];
                let key = (it.document, it.item);
                row.set_selected(current == Some(key));
                for c in &shown {
                    row.col(|ui| {
                        ui.add(egui::Label::new((c.cell)(it)).truncate().selectable(false));
                    });
                }
                if row.response().clicked() {
                    out.push(Action::Desk(Command::Item(if current == Some(key) { None } else { Some(key) })));
                }
            });
        });
}

fn header_cell_ui(ui: &mut Ui, desk: &Desk, c: &ItemSpec, out: &mut Vec<Action>) {
    let arrow = match desk.view().items_sort() {
        Some((col, false)) if col == c.column => " ▲",
        Some((col, true)) if col == c.column => " ▼",
        _ => "",
    };
    let b = ui.add(egui::Button::new(RichText::new(format!("{}{arrow}", c.title)).strong()).frame(false));
    if b.on_hover_text(format!("Sort by {}", c.tip)).clicked() {
        out.push(Action::Desk(Command::SortItems(c.column)));
    }
}
