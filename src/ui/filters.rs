//! The filter bar: whose tags the table shows (with several coders), text, kind, stance,
//! coders' disagreement, speaker and document. Each label stands before its control; the speaker
//! and document lists have a search field and counts, so that thousands of speakers stay usable.

use egui::{Popup, PopupCloseBehavior, RichText, Ui};

use super::{Action, ViewState};
use crate::desk::table::{CodingFilter, Filter, StanceFilter};
use crate::desk::{Command, Desk, Shown};
use crate::model::StatementKind;

/// Most rows a filter list shows before the search narrows it.
const LIST_HEIGHT: f32 = 320.0;

/// The filter bar; a changed filter becomes a command.
pub(super) fn filter_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    let f = desk.view().table().filter();
    let mut next: Filter = f.clone();
    // several coders: a row of its own for whose tags the table shows and whether they disagree
    let coders = desk.view().coders().len() > 1;
    if coders || *desk.view().shown() != Shown::Final || f.coding != CodingFilter::Any {
        ui.horizontal(|ui| {
            shown_ui(ui, desk, out);
            ui.separator();
            coding_ui(ui, desk, f, &mut next);
            if let Some(keys) = super::settle::keys_text(desk) {
                ui.separator();
                ui.label(RichText::new(keys).weak());
            }
            if *desk.view().shown() == Shown::All {
                ui.separator();
                legend_ui(ui, desk.view().coders());
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        ui.label("Filter");
        let edit = ui.add(
            egui::TextEdit::singleline(&mut view.filter_text)
                .hint_text("text, speaker or role (Ctrl+F)")
                .desired_width(170.0),
        );
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Filter text"));
        if view.focus_filter {
            edit.request_focus();
            view.focus_filter = false;
        }
        if edit.changed() {
            next.text.clone_from(&view.filter_text);
        }
        kind_ui(ui, f, &mut next);
        stance_ui(ui, desk, f, &mut next);
        speaker_ui(ui, desk, view, &mut next);
        document_ui(ui, desk, view, &mut next);
        doubt_ui(ui, f, &mut next);
        if let Some(a) = &f.actor {
            if ui.button(format!("Actor: {} ×", short(&a.name, 24))).on_hover_text("Show every actor").clicked() {
                next.actor = None;
            }
        }
        if let Some(t) = &f.target {
            if ui.button(format!("Target: {} ×", short(t, 24))).on_hover_text("Show every target").clicked() {
                next.target = None;
            }
        }
        // the analyst's threshold of doubt is a setting, not a filter: clearing keeps it
        let cleared = Filter { doubt_below: f.doubt_below, ..Filter::default() };
        if *f != cleared && ui.button("Clear filters").clicked() {
            view.filter_text.clear();
            next = cleared;
        }
    });
    if next != *f {
        out.push(Action::Desk(Command::Filter(next)));
    }
}

/// "Show [Final ▾]": the final tags, one coder's, or all coders' side by side; the tooltip says
/// whose tag the stance keys write.
fn shown_ui(ui: &mut Ui, desk: &Desk, out: &mut Vec<Action>) {
    let shown = desk.view().shown();
    let mut picked = shown.clone();
    ui.label("Show");
    let text = match shown {
        Shown::Final => "Final tags".to_owned(),
        Shown::Coder(c) => format!("{c}'s tags"),
        Shown::All => "All coders".to_owned(),
    };
    let r = egui::ComboBox::from_id_salt("shown_picker").selected_text(text).show_ui(ui, |ui| {
        ui.selectable_value(&mut picked, Shown::Final, "Final tags")
            .on_hover_text("the final tag: the coders' when they agree, else the settled one");
        for c in desk.view().coders() {
            ui.selectable_value(&mut picked, Shown::Coder(c.clone()), format!("{c}'s tags"))
                .on_hover_text(format!("{c}'s tags; the stance keys write {c}'s tag"));
        }
        ui.selectable_value(&mut picked, Shown::All, "All coders")
            .on_hover_text("the final tag with each coder's chip beside it");
    });
    r.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Show tags of"));
    let keys = super::settle::keys_text(desk).unwrap_or_default();
    r.response.on_hover_text(format!("Whose tags the table shows. {keys}"));
    if picked != *shown {
        out.push(Action::Desk(Command::Show(picked)));
    }
}

/// What the coders' chips of the "All coders" view stand for: "a ann · b bob · c cy".
fn legend_ui(ui: &mut Ui, coders: &[String]) {
    let initials = super::settle::coder_initials(coders);
    let legend: Vec<String> = initials.iter().zip(coders).map(|(i, c)| format!("{i} {c}")).collect();
    ui.label(RichText::new(format!("chips: {}", legend.join(" · "))).weak())
        .on_hover_text("each coder's chip has the colour of the label the coder gave; an outline: not tagged");
}

/// "Coders [Any ▾]": only the statements whose coders disagree, or only the unsettled ones.
fn coding_ui(ui: &mut Ui, desk: &Desk, f: &Filter, next: &mut Filter) {
    let c = desk.view().coding_counts();
    let name = |k: CodingFilter| match k {
        CodingFilter::Any => "Any coding".to_owned(),
        CodingFilter::Disagree => format!("Coders disagree ({})", c.settled + c.unsettled),
        CodingFilter::Unsettled => format!("Unsettled ({})", c.unsettled),
    };
    ui.label("Coders");
    let r = egui::ComboBox::from_id_salt("coding_filter").selected_text(name(f.coding)).show_ui(ui, |ui| {
        for k in [CodingFilter::Any, CodingFilter::Disagree, CodingFilter::Unsettled] {
            ui.selectable_value(&mut next.coding, k, name(k));
        }
    });
    r.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Coders filter"));
}

fn kind_ui(ui: &mut Ui, f: &Filter, next: &mut Filter) {
    ui.label("Kind");
    let shown = match f.kind {
        None => "Any kind",
        Some(StatementKind::Quote) => "Quotes",
        Some(StatementKind::Position) => "Positions",
    };
    let r = egui::ComboBox::from_id_salt("kind_filter").selected_text(shown).show_ui(ui, |ui| {
        ui.selectable_value(&mut next.kind, None, "Any kind");
        ui.selectable_value(&mut next.kind, Some(StatementKind::Quote), "Quotes");
        ui.selectable_value(&mut next.kind, Some(StatementKind::Position), "Positions");
    });
    r.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Kind filter"));
}

/// "Doubtful below [0.50]": only the statements extracted with a confidence under the threshold
/// the analyst sets (which also marks doubtful rows in the table).
fn doubt_ui(ui: &mut Ui, f: &Filter, next: &mut Filter) {
    ui.checkbox(&mut next.doubtful, "Doubtful below");
    let mut threshold = f.doubt_threshold();
    let d = ui.add(egui::DragValue::new(&mut threshold).range(0.0..=1.0).speed(0.01).fixed_decimals(2));
    d.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Doubt threshold"));
    if d.changed() {
        // hundredths of the threshold: thousandths / 10, at most 100
        next.doubt_below = u8::try_from((crate::desk::table::thousandths(threshold) + 5) / 10).ok();
    }
}

fn stance_ui(ui: &mut Ui, desk: &Desk, f: &Filter, next: &mut Filter) {
    ui.label("Stance");
    let shown = match &f.stance {
        StanceFilter::Any => "Any stance".to_owned(),
        StanceFilter::Untagged => "Untagged".to_owned(),
        StanceFilter::Label(l) => l.clone(),
    };
    let r = egui::ComboBox::from_id_salt("stance_filter").selected_text(shown).show_ui(ui, |ui| {
        ui.selectable_value(&mut next.stance, StanceFilter::Any, "Any stance");
        ui.selectable_value(&mut next.stance, StanceFilter::Untagged, "Untagged");
        for (l, n) in desk.project().codebook.labels.iter().zip(desk.view().per_stance()) {
            ui.selectable_value(&mut next.stance, StanceFilter::Label(l.name.clone()), format!("{} ({n})", l.name));
        }
    });
    r.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Stance filter"));
}

fn speaker_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, next: &mut Filter) {
    let speakers = desk.view().speakers();
    let entries = speakers.iter().map(|(s, n)| (s.clone(), s.as_str(), *n));
    let shown = next.speaker.clone();
    match search_list_ui(ui, "Speaker", "Any speaker", shown.as_deref(), entries, speakers.len(), view) {
        Pick::Nothing => {}
        Pick::Any => next.speaker = None,
        Pick::One(s) => next.speaker = Some(s),
    }
}

fn document_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, next: &mut Filter) {
    let docs = desk.view().documents();
    let shown = next.document.and_then(|id| desk.document(id)).map(|d| d.file_name.clone());
    // walked only while the list is open
    let entries = docs.iter().filter_map(|&(id, n)| desk.document(id).map(|d| (id, d.file_name.as_str(), n)));
    let total = docs.len();
    match search_list_ui(ui, "Document", "Any document", shown.as_deref(), entries, total, view) {
        Pick::Nothing => {}
        Pick::Any => next.document = None,
        Pick::One(d) => next.document = Some(d),
    }
}

/// What the analyst picked in a filter list this frame.
enum Pick<T> {
    /// Nothing.
    Nothing,
    /// "Any …": no filter.
    Any,
    /// One entry.
    One(T),
}

/// A labelled button that opens a list with a search field; each entry shows its count.
fn search_list_ui<'a, T: Clone>(
    ui: &mut Ui,
    label: &str,
    any: &str,
    current: Option<&str>,
    entries: impl IntoIterator<Item = (T, &'a str, usize)>,
    total: usize,
    view: &mut ViewState,
) -> Pick<T> {
    ui.label(label);
    let text = current.unwrap_or(any);
    let button = ui.add(egui::Button::new(format!("{} ▾", short(text, 24))).min_size(egui::vec2(110.0, 0.0)));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, format!("{label} filter")));
    let button = if current.is_some() { button.on_hover_text(text) } else { button };
    let mut picked = Pick::Nothing;
    let popup = Popup::from_toggle_button_response(&button).close_behavior(PopupCloseBehavior::CloseOnClickOutside);
    let was_open = popup.is_open();
    popup.width(300.0).show(|ui| {
        let search = ui.add(egui::TextEdit::singleline(&mut view.list_search).hint_text(format!("search {total}")));
        search.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Search {label}")));
        if !was_open || view.list_search.is_empty() && !search.has_focus() {
            search.request_focus();
        }
        let query = view.list_search.to_lowercase();
        let hits: Vec<(T, &str, usize)> = entries
            .into_iter()
            .filter(|(_, name, _)| query.is_empty() || name.to_lowercase().contains(&query))
            .collect();
        if ui.selectable_label(current.is_none(), any).clicked() {
            picked = Pick::Any;
        }
        let row = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        egui::ScrollArea::vertical().max_height(LIST_HEIGHT).show_rows(ui, row, hits.len(), |ui, range| {
            for (value, name, n) in &hits[range] {
                let on = current == Some(*name);
                let r = ui.selectable_label(on, format!("{name}  ({n})"));
                if r.clicked() {
                    picked = Pick::One(value.clone());
                }
            }
        });
        if hits.is_empty() {
            ui.label(RichText::new("no match").weak());
        }
    });
    if !matches!(picked, Pick::Nothing) {
        Popup::close_all(ui.ctx());
        view.list_search.clear();
    }
    picked
}

/// At most `n` characters of `s`, with "…" when cut.
pub(super) fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn long_names_are_shortened_with_an_ellipsis() {
        assert_eq!(short("Donald Trump", 24), "Donald Trump");
        assert_eq!(short("an extremely long file name.txt", 10), "an extrem…");
    }
}
