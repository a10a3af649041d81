//! Settling disagreements between coders: the settle queue (Analysis ▸ Settle
//! disagreements…, Ctrl+Shift+D), a panel that steps through the unsettled disagreements in
//! table order, and the small per-coder chips of the "All coders" view.
//!
//! The queue moves the desk's cursor (so the source pane shows the statement in its text), shows
//! each coder's tag with a button to take it (Alt+1…9, the coders in name order), and leaves the
//! stance keys to set the final tag directly; after either it moves on to the next unsettled
//! disagreement. Undo is the desk's (Ctrl+Z).

use egui::{Color32, RichText, Sense, Ui, vec2};

use super::{Action, color_of, commands};
use crate::desk::{Command, Desk, Writer};
use crate::model::{CoderTag, Coding, StanceLabel, Statement};

/// Width of a coder's chip in the "All coders" view.
pub(super) const CODER_CHIP: f32 = 22.0;

/// The shortest prefix (1 to 3 characters) of each coder's name that tells it from the others.
pub(super) fn coder_initials(coders: &[String]) -> Vec<String> {
    let prefix = |c: &str, k: usize| c.chars().take(k).collect::<String>();
    coders
        .iter()
        .map(|c| {
            let k =
                (1..=3).find(|&k| coders.iter().filter(|o| *o != c).all(|o| prefix(o, k) != prefix(c, k))).unwrap_or(3);
            prefix(c, k)
        })
        .collect()
}

/// A coder's chip: the coder's initials on the colour of the label the coder gave (an outline
/// when the coder did not tag the statement); the tag on hover.
pub(super) fn coder_chip_ui(ui: &mut Ui, s: &Statement, coder: &str, initials: &str, labels: &[StanceLabel]) {
    let tag = s.coder_tag(coder);
    let stance = tag.and_then(|t| t.stance.as_deref());
    let color = stance.and_then(|l| labels.iter().find(|x| x.name == l)).map(|l| color_of(&l.color));
    let size = vec2(CODER_CHIP, ui.text_style_height(&egui::TextStyle::Small) + 6.0);
    let (rect, r) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter();
    let text_color = match (stance, color) {
        (Some(_), Some(c)) => {
            painter.rect_filled(rect, 3.0, c);
            Color32::WHITE
        }
        (Some(_), None) => {
            painter.rect_filled(rect, 3.0, Color32::GRAY);
            Color32::WHITE
        }
        (None, _) => {
            let weak = ui.visuals().weak_text_color();
            painter.rect_stroke(rect, 3.0, egui::Stroke::new(1.0, weak), egui::StrokeKind::Inside);
            weak
        }
    };
    painter.text(rect.center(), egui::Align2::CENTER_CENTER, initials, egui::FontId::proportional(11.0), text_color);
    let said = stance.unwrap_or("untagged");
    let name = format!("{coder}: {said} {}", s.id);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    r.on_hover_text(tag.map_or_else(|| format!("{coder}: not tagged"), describe));
}

/// "ann: Support · target Ukraine aid · note first tag".
fn describe(t: &CoderTag) -> String {
    let mut d = vec![format!("{}: {}", t.coder, t.stance.as_deref().unwrap_or("no stance"))];
    if !t.target.trim().is_empty() {
        d.push(format!("target {}", t.target.trim()));
    }
    if !t.note.is_empty() {
        d.push(format!("note {}", t.note));
    }
    d.join(" · ")
}

/// A label as a small coloured chip with its name ("—" for none).
fn label_chip_ui(ui: &mut Ui, stance: Option<&str>, labels: &[StanceLabel]) {
    match stance {
        Some(l) => {
            let color = labels.iter().find(|x| x.name == l).map_or(Color32::GRAY, |x| color_of(&x.color));
            ui.label(RichText::new(format!(" {l} ")).color(Color32::WHITE).background_color(color).strong());
        }
        None => {
            ui.label(RichText::new("—").weak());
        }
    }
}

/// What the stance keys do on the cursor's statement, for the status bar and the queue.
pub(super) fn keys_text(desk: &Desk) -> Option<String> {
    match desk.key_writer()? {
        Writer::Coder(c) => Some(format!("Keys tag as {c}")),
        Writer::Final(_) => Some("Keys settle the final tag".to_owned()),
    }
}

/// The settle queue, a panel under the table; `open` becomes false when it is closed.
pub(super) fn queue_ui(ui: &mut Ui, desk: &Desk, open: &mut bool, out: &mut Vec<Action>) {
    header_ui(ui, desk, open, out);
    let Some(s) = desk.view().cursor().and_then(|id| desk.statement(id)) else {
        ui.label(RichText::new("No statement selected.").weak());
        return;
    };
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("{}:", if s.speaker.is_empty() { "(no speaker)" } else { &s.speaker })).strong(),
        );
        ui.add(egui::Label::new(format!("“{}”", s.text)).truncate());
    });
    coder_rows_ui(ui, desk, s, out);
    let keys: Vec<String> = desk.project().codebook.labels.iter().filter_map(|l| l.key).map(String::from).collect();
    let keys = match (keys.first(), keys.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.clone(),
        _ => String::new(),
    };
    let hint = format!(
        "Take a coder's tag, or press a stance key {keys} to set the final tag yourself; then the next unsettled one \
         comes. Ctrl+Z undoes."
    );
    ui.label(RichText::new(hint).weak());
}

/// "Settle disagreements  2 of 3 unsettled  [◀ Previous] [Next ▶]  [Close]".
fn header_ui(ui: &mut Ui, desk: &Desk, open: &mut bool, out: &mut Vec<Action>) {
    let rows = desk.view().table().unsettled_rows(desk.project());
    let total = desk.view().coding_counts().unsettled;
    let at = desk.view().cursor_row(desk.state()).and_then(|r| rows.binary_search(&r).ok());
    ui.horizontal(|ui| {
        ui.label(RichText::new("Settle disagreements").strong().size(15.0));
        let place = match (at, rows.len()) {
            (_, 0) if total == 0 => "every disagreement is settled".to_owned(),
            (_, 0) => "no unsettled disagreement in the rows shown".to_owned(),
            (Some(k), m) => format!("{} of {m} unsettled", k + 1),
            (None, m) => format!("{m} unsettled (the selected row is not one)"),
        };
        ui.label(RichText::new(place).strong());
        if total > rows.len() {
            ui.label(RichText::new(format!("({} hidden by the filters)", total - rows.len())).weak());
        }
        ui.separator();
        let ctx = ui.ctx().clone();
        let key = |cmd| commands::shortcut_text(&ctx, cmd);
        let prev = egui::Button::new("◀ Previous").shortcut_text(key(commands::Cmd::PrevUnsettled));
        if ui.add_enabled(!rows.is_empty(), prev).clicked() {
            out.push(Action::Desk(Command::Unsettled(-1)));
        }
        let next = egui::Button::new("Next ▶").shortcut_text(key(commands::Cmd::NextUnsettled));
        if ui.add_enabled(!rows.is_empty(), next).clicked() {
            out.push(Action::Desk(Command::Unsettled(1)));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let close = egui::Button::new("Close").shortcut_text(key(commands::Cmd::SettleQueue));
            if ui.add(close).clicked() {
                *open = false;
            }
        });
    });
}

/// One row per coder of the project: Alt+k, "Take ann's", ann, the label, target and note;
/// then the final tag.
fn coder_rows_ui(ui: &mut Ui, desk: &Desk, s: &Statement, out: &mut Vec<Action>) {
    let labels = &desk.project().codebook.labels;
    egui::Grid::new("settle_coders").num_columns(5).spacing([12.0, 3.0]).show(ui, |ui| {
        for (k, coder) in desk.view().coders().iter().enumerate() {
            let tag = s.coder_tag(coder);
            let alt = if k < 9 { format!("Alt+{}", k + 1) } else { String::new() };
            let take = egui::Button::new(format!("Take {coder}'s")).shortcut_text(alt);
            let can = tag.is_some_and(|t| t.stance.is_some());
            if ui.add_enabled(can, take).on_hover_text("settle the final tag with this coder's tag").clicked() {
                out.push(Action::Desk(Command::ThenNextUnsettled(Box::new(Command::TakeTag(coder.clone())))));
            }
            ui.label(RichText::new(coder).strong());
            label_chip_ui(ui, tag.and_then(|t| t.stance.as_deref()), labels);
            field_ui(ui, "target", tag.map_or("", |t| t.target.trim()));
            field_ui(ui, "note", tag.map_or("", |t| t.note.as_str()));
            ui.end_row();
        }
        ui.label("");
        ui.label(RichText::new("Final").strong());
        label_chip_ui(ui, s.stance.as_deref(), labels);
        let state = match s.coding() {
            Coding::Disagree { settled: false } => "the coders disagree: not settled".to_owned(),
            Coding::Disagree { settled: true } => format!("settled by {}", s.settled_by),
            Coding::Agree => "the coders agree".to_owned(),
            Coding::Single => "one coder tagged it".to_owned(),
            Coding::Untagged => "untagged".to_owned(),
        };
        ui.label(RichText::new(state).weak());
        field_ui(ui, "target", s.target.trim());
        ui.end_row();
    });
}

fn field_ui(ui: &mut Ui, what: &str, value: &str) {
    if value.is_empty() {
        ui.label("");
    } else {
        ui.add(egui::Label::new(format!("{what}: {value}")).truncate());
    }
}

#[cfg(test)]
mod tests {
    use super::coder_initials;

    #[test]
    fn initials_are_the_shortest_prefix_that_tells_coders_apart() {
        let c = |v: &[&str]| coder_initials(&v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert_eq!(c(&["ann", "bob", "cy"]), ["a", "b", "c"]);
        assert_eq!(c(&["ann", "anna", "bob"]), ["ann", "ann", "b"]);
        assert_eq!(c(&["alice", "ann"]), ["al", "an"]);
    }
}
