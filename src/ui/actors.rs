//! The Actors and Targets windows: the managed lists with counts, search and sort; merging
//! (with one-click suggestions for likely aliases), kinds, attributes and definitions; a click on
//! a name shows its statements.

use std::collections::BTreeSet;

use egui::{RichText, Ui};
use egui_extras::{Column as TableColumn, TableBuilder};

use super::{Action, ViewState};
use crate::desk::names::{ActorRow, TargetRow};
use crate::desk::table::{ActorFilter, Filter};
use crate::desk::{Command, Desk};
use crate::model::{Actor, ActorKind};

/// What the two windows keep between frames.
#[derive(Debug, Default)]
pub struct ListsState {
    /// The Actors window is open.
    pub actors_open: bool,
    /// The Targets window is open.
    pub targets_open: bool,
    search: String,
    by_count: bool,
    /// Names ticked for merging.
    ticked: BTreeSet<String>,
    /// The actor whose kind and attributes are being edited.
    editing: Option<ActorDraft>,
    /// The target whose definition is being edited, and the text.
    defining: Option<(String, String)>,
}

/// An actor's kind and attributes as edited.
#[derive(Debug, Clone, Default)]
struct ActorDraft {
    name: String,
    kind: Option<ActorKind>,
    attributes: Vec<(String, String)>,
}

impl ListsState {
    /// Whether one of the windows is open.
    pub fn open(&self) -> bool {
        self.actors_open || self.targets_open
    }
}

/// The rows that match the search, sorted by name or by statements.
fn matching<'a, T>(
    rows: &'a [T],
    search: &str,
    by_count: bool,
    key: impl Fn(&T) -> (&str, usize, &[String]),
) -> Vec<&'a T> {
    let q = search.trim().to_lowercase();
    let mut v: Vec<&T> = rows
        .iter()
        .filter(|r| {
            let (name, _, aliases) = key(r);
            q.is_empty() || name.to_lowercase().contains(&q) || aliases.iter().any(|a| a.to_lowercase().contains(&q))
        })
        .collect();
    if by_count {
        v.sort_by_key(|r| std::cmp::Reverse(key(r).1));
    }
    v
}

/// The Actors window.
pub(super) fn actors_ui(ctx: &egui::Context, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    if !view.lists.actors_open {
        return;
    }
    let mut open = true;
    egui::Window::new("Actors").open(&mut open).default_size([620.0, 460.0]).show(ctx, |ui| {
        let rows = desk.view().actors(desk.project());
        search_bar_ui(ui, &mut view.lists, rows.len(), "actors");
        suggestions_ui(ui, desk, out);
        merge_bar_ui(ui, &mut view.lists, "actors", out);
        let shown = matching(rows, &view.lists.search, view.lists.by_count, |r| (&r.name, r.statements, &r.aliases));
        actor_table_ui(ui, &shown, &mut view.lists, out);
        actor_editor_ui(ui, &mut view.lists, out);
    });
    view.lists.actors_open = open && !ctx.input(|i| i.key_pressed(egui::Key::Escape));
}

fn search_bar_ui(ui: &mut Ui, lists: &mut ListsState, total: usize, what: &str) {
    ui.horizontal(|ui| {
        ui.label("Search");
        let r = ui.add(egui::TextEdit::singleline(&mut lists.search).hint_text(format!("{total} {what}")));
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Search {what}")));
        ui.label("Sort");
        ui.selectable_value(&mut lists.by_count, false, "by name");
        ui.selectable_value(&mut lists.by_count, true, "by statements");
    });
}

/// Likely aliases, each merged with one click.
fn suggestions_ui(ui: &mut Ui, desk: &Desk, out: &mut Vec<Action>) {
    let sugg = desk.view().alias_suggestions(desk.project());
    if sugg.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(format!("Likely the same actor ({})", sugg.len())).default_open(true).show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("suggestions").max_height(110.0).show(ui, |ui| {
            for s in sugg.iter().take(50) {
                ui.horizontal(|ui| {
                    let b = ui.small_button(format!("Merge \"{}\" into \"{}\"", s.merge, s.keep));
                    if b.on_hover_text(s.why).clicked() {
                        out.push(Action::Desk(Command::MergeActors {
                            into: s.keep.clone(),
                            names: vec![s.merge.clone()],
                        }));
                    }
                });
            }
        });
    });
}

/// Merge the ticked names into one of them.
fn merge_bar_ui(ui: &mut Ui, lists: &mut ListsState, what: &str, out: &mut Vec<Action>) {
    if lists.ticked.len() < 2 {
        ui.label(RichText::new(format!("Tick two or more {what} to merge them.")).weak());
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Merge {} into:", lists.ticked.len()));
        let mut pick = None;
        for name in &lists.ticked {
            if ui.button(name).clicked() {
                pick = Some(name.clone());
            }
        }
        if let Some(into) = pick {
            let names: Vec<String> = lists.ticked.iter().cloned().collect();
            let cmd = if what == "actors" {
                Command::MergeActors { into, names }
            } else {
                Command::MergeTargets { into, names }
            };
            out.push(Action::Desk(cmd));
            lists.ticked.clear();
        }
    });
}

fn actor_table_ui(ui: &mut Ui, rows: &[&ActorRow], lists: &mut ListsState, out: &mut Vec<Action>) {
    let height = (ui.available_height() - if lists.editing.is_some() { 150.0 } else { 0.0 }).max(120.0);
    TableBuilder::new(ui)
        .id_salt("actors_table")
        .striped(true)
        .max_scroll_height(height)
        .column(TableColumn::exact(22.0))
        .column(TableColumn::remainder().at_least(140.0).clip(true))
        .column(TableColumn::initial(90.0).clip(true))
        .column(TableColumn::exact(100.0))
        .column(TableColumn::initial(160.0).clip(true))
        .header(20.0, |mut h| header_ui(&mut h, &["", "Actor", "Kind", "Statements", "Aliases · attributes"]))
        .body(|body| {
            body.rows(22.0, rows.len(), |mut row| {
                let r = rows[row.index()];
                row.col(|ui| tick_ui(ui, &mut lists.ticked, &r.name));
                row.col(|ui| {
                    if name_button_ui(ui, "Actor", &r.name, "Show this actor's statements") {
                        let filter = Filter {
                            actor: Some(ActorFilter { name: r.name.clone(), names: r.names() }),
                            ..Filter::default()
                        };
                        out.push(Action::Desk(Command::Filter(filter)));
                    }
                });
                row.col(|ui| {
                    if ui
                        .small_button(r.kind.map_or("—", ActorKind::as_str))
                        .on_hover_text("Edit kind and attributes")
                        .clicked()
                    {
                        lists.editing = Some(ActorDraft {
                            name: r.name.clone(),
                            kind: r.kind,
                            attributes: r.attributes.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                        });
                    }
                });
                row.col(|ui| {
                    ui.label(format!("{} ({} tagged)", r.statements, r.tagged));
                });
                row.col(|ui| aliases_ui(ui, r, out));
            });
        });
}

/// The header row of a list: its titles, bold.
fn header_ui(h: &mut egui_extras::TableRow<'_, '_>, titles: &[&str]) {
    for t in titles {
        h.col(|ui| {
            ui.strong(*t);
        });
    }
}

/// A name in a list as a flat button ("Actor X" for screen readers and tests); true on a click.
fn name_button_ui(ui: &mut Ui, what: &str, name: &str, tip: &str) -> bool {
    let b = ui.add(egui::Button::new(name).frame(false).truncate());
    b.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{what} {name}")));
    b.on_hover_text(tip).clicked()
}

fn tick_ui(ui: &mut Ui, ticked: &mut BTreeSet<String>, name: &str) {
    let mut on = ticked.contains(name);
    let r = ui.checkbox(&mut on, "");
    r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, format!("Tick {name}")));
    if r.changed() {
        if on {
            ticked.insert(name.to_owned());
        } else {
            ticked.remove(name);
        }
    }
}

/// The aliases (each can be taken off again) and the attributes of an actor.
fn aliases_ui(ui: &mut Ui, r: &ActorRow, out: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        for a in &r.aliases {
            let b = ui.small_button(format!("{a} ×"));
            if b.on_hover_text("Take this name off: it becomes an actor of its own").clicked() {
                out.push(Action::Desk(Command::SplitAlias { actor: r.name.clone(), alias: a.clone() }));
            }
        }
        for (k, v) in &r.attributes {
            ui.label(RichText::new(format!("{k}: {v}")).weak());
        }
    });
}

/// The kind and free attributes of one actor.
fn actor_editor_ui(ui: &mut Ui, lists: &mut ListsState, out: &mut Vec<Action>) {
    let Some(d) = lists.editing.as_mut() else { return };
    ui.separator();
    ui.strong(&d.name);
    ui.horizontal(|ui| {
        ui.label("Kind");
        ui.selectable_value(&mut d.kind, None, "—");
        for k in ActorKind::ALL {
            ui.selectable_value(&mut d.kind, Some(k), k.as_str());
        }
    });
    let mut remove = None;
    for (n, (k, v)) in d.attributes.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(k).hint_text("attribute (party, country…)").desired_width(140.0));
            ui.add(egui::TextEdit::singleline(v).hint_text("value").desired_width(180.0));
            if ui.small_button("×").clicked() {
                remove = Some(n);
            }
        });
    }
    if let Some(n) = remove {
        d.attributes.remove(n);
    }
    let mut done = false;
    ui.horizontal(|ui| {
        if ui.button("Add attribute").clicked() {
            d.attributes.push((String::new(), String::new()));
        }
        if ui.button("Apply").clicked() {
            let attributes = d
                .attributes
                .iter()
                .filter(|(k, _)| !k.trim().is_empty())
                .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
                .collect();
            let actor = Actor { name: d.name.clone(), aliases: Vec::new(), kind: d.kind, attributes };
            out.push(Action::Desk(Command::SetActor(actor)));
            done = true;
        }
        if ui.button("Cancel").clicked() {
            done = true;
        }
    });
    if done {
        lists.editing = None;
    }
}

/// The Targets window.
pub(super) fn targets_ui(ctx: &egui::Context, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    if !view.lists.targets_open {
        return;
    }
    let mut open = true;
    egui::Window::new("Targets").open(&mut open).default_size([560.0, 420.0]).show(ctx, |ui| {
        let rows = desk.view().target_list(desk.project());
        search_bar_ui(ui, &mut view.lists, rows.len(), "targets");
        merge_bar_ui(ui, &mut view.lists, "targets", out);
        let shown = matching(rows, &view.lists.search, view.lists.by_count, |r| (&r.name, r.statements, &r.aliases));
        target_table_ui(ui, &shown, &mut view.lists, out);
        definition_ui(ui, &mut view.lists, out);
    });
    view.lists.targets_open = open && !ctx.input(|i| i.key_pressed(egui::Key::Escape));
}

fn target_table_ui(ui: &mut Ui, rows: &[&TargetRow], lists: &mut ListsState, out: &mut Vec<Action>) {
    let height = (ui.available_height() - if lists.defining.is_some() { 110.0 } else { 0.0 }).max(120.0);
    TableBuilder::new(ui)
        .id_salt("targets_table")
        .striped(true)
        .max_scroll_height(height)
        .column(TableColumn::exact(22.0))
        .column(TableColumn::initial(160.0).clip(true))
        .column(TableColumn::exact(70.0))
        .column(TableColumn::remainder().at_least(120.0).clip(true))
        .header(20.0, |mut h| header_ui(&mut h, &["", "Target", "Statements", "Definition · merged names"]))
        .body(|body| {
            body.rows(22.0, rows.len(), |mut row| {
                let r = rows[row.index()];
                row.col(|ui| tick_ui(ui, &mut lists.ticked, &r.name));
                row.col(|ui| {
                    if name_button_ui(ui, "Target", &r.name, "Show the statements with this target") {
                        out.push(Action::Desk(Command::Filter(Filter {
                            text: String::new(),
                            ..target_filter(&r.name)
                        })));
                    }
                });
                row.col(|ui| {
                    ui.label(r.statements.to_string());
                });
                row.col(|ui| {
                    let text = if r.definition.is_empty() { "define…".to_owned() } else { r.definition.clone() };
                    let merged =
                        if r.aliases.is_empty() { String::new() } else { format!(" · {}", r.aliases.join(", ")) };
                    if ui.add(egui::Button::new(format!("{text}{merged}")).frame(false).truncate()).clicked() {
                        lists.defining = Some((r.name.clone(), r.definition.clone()));
                    }
                });
            });
        });
}

/// The filter of one target's statements: its name in the text search is too loose, so the
/// filter matches the target exactly.
fn target_filter(name: &str) -> Filter {
    Filter { target: Some(name.to_owned()), ..Filter::default() }
}

fn definition_ui(ui: &mut Ui, lists: &mut ListsState, out: &mut Vec<Action>) {
    let Some((name, text)) = lists.defining.as_mut() else { return };
    ui.separator();
    ui.strong(format!("What \"{name}\" covers"));
    let r = ui.add(egui::TextEdit::multiline(text).desired_rows(2).desired_width(f32::INFINITY));
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Target definition"));
    let mut done = false;
    ui.horizontal(|ui| {
        if ui.button("Apply").clicked() {
            out.push(Action::Desk(Command::DefineTarget { target: name.clone(), definition: text.clone() }));
            done = true;
        }
        if ui.button("Cancel").clicked() {
            done = true;
        }
    });
    if done {
        lists.defining = None;
    }
}
