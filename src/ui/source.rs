//! The source view: the selected statement's news item with the statement highlighted and the
//! item's other statements marked; a click on a marked span selects its row. Text selected here
//! becomes a new statement, and the caret splits a statement. Above the text, the fields of the
//! statement can be corrected.

use std::sync::Arc;

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Align, Color32, RichText, Ui};

use super::{Action, Field, ViewState};
use crate::desk::edit::Fields;
use crate::desk::{Command, Desk, Shown as ShownTags};
use crate::model::{CharRange, Statement, StatementId, StatementKind};

/// A run of the item text and the statement that owns it (the innermost one covering it).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Segment {
    bytes: std::ops::Range<usize>,
    owner: Option<(StatementId, StatementKind)>,
}

/// The fields of the statement being corrected, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    id: StatementId,
    speaker: String,
    role: String,
    cue: String,
    kind: StatementKind,
    target: String,
    note: String,
}

impl Editor {
    /// The fields of `s`; target and note those of the view shown (a coder's in a coder's view).
    fn of(s: &Statement, shown: &ShownTags) -> Self {
        Self {
            id: s.id,
            speaker: s.speaker.clone(),
            role: s.role.clone(),
            cue: s.cue.clone(),
            kind: s.kind,
            target: shown.target(s).to_owned(),
            note: shown.note(s).to_owned(),
        }
    }

    fn command(&self, s: &Statement, shown: &ShownTags) -> Command {
        Command::Correct {
            id: self.id,
            fields: Fields {
                speaker: self.speaker.trim().to_owned(),
                role: self.role.trim().to_owned(),
                cue: self.cue.trim().to_owned(),
                kind: self.kind,
            },
            target: (self.target != shown.target(s)).then(|| self.target.clone()),
            note: (self.note != shown.note(s)).then(|| self.note.clone()),
        }
    }
}

pub(super) fn source_ui(ui: &mut Ui, desk: &Desk, view: &mut ViewState, out: &mut Vec<Action>) {
    ui.heading("Source");
    let Some(cursor) = desk.view().cursor().and_then(|c| desk.statement(c)) else {
        ui.label("Select a statement to see it in its news item.");
        return;
    };
    let Some(doc) = desk.document(cursor.document) else { return };
    let Some(item) = doc.items.get(cursor.item as usize) else { return };
    let Some(item_bytes) = desk.state().byte_range(doc.id, item.range) else { return };
    document_line_ui(ui, doc, out);
    editor_ui(ui, desk, cursor, view, out);
    ui.separator();
    toolbar_ui(ui, desk, cursor, view, out);
    let mut spans: Vec<(std::ops::Range<usize>, StatementId, StatementKind)> = desk
        .item_statements(cursor.document, cursor.item)
        .filter_map(|s| desk.state().byte_range(doc.id, s.range).map(|r| (r, s.id, s.kind)))
        .collect();
    spans.sort_by_key(|(r, ..)| (r.start, std::cmp::Reverse(r.end)));
    let shown = Shown {
        job: highlighted(ui, &doc.text, &segments(item_bytes.clone(), &spans, cursor.id), cursor.id),
        cursor,
        item,
        text: &doc.text[item_bytes],
        spans,
        scroll: view.source_scrolled_to != Some(cursor.id),
    };
    egui::ScrollArea::vertical().id_salt("source_scroll").auto_shrink(false).show(ui, |ui| {
        source_text_ui(ui, desk, &shown, view, out);
    });
    view.source_scrolled_to = Some(cursor.id);
}

/// The document's name and date, and its encoding with the menu to read it again. A long name
/// is shortened ("…") so the panel keeps its width.
fn document_line_ui(ui: &mut Ui, doc: &crate::model::Document, out: &mut Vec<Action>) {
    let height = ui.spacing().interact_size.y;
    let size = egui::vec2(ui.available_width(), height);
    ui.allocate_ui_with_layout(size, egui::Layout::right_to_left(Align::Center), |ui| {
        if doc.format == "text" {
            ui.menu_button(format!("{} ▾", doc.encoding), |ui| {
                ui.label("Reopen with encoding:");
                for enc in super::ENCODINGS {
                    if ui.selectable_label(enc.eq_ignore_ascii_case(&doc.encoding), enc).clicked() {
                        out.push(Action::Reopen { document: doc.id, encoding: enc.to_owned() });
                    }
                }
            })
            .response
            .on_hover_text("The encoding the text was read with; click to read it again with another");
        } else {
            ui.label(RichText::new(format!("{} · {}", doc.format, doc.encoding)).weak());
        }
        let name = format!("{} · {}", doc.file_name, doc.date.as_deref().unwrap_or("no date"));
        ui.with_layout(egui::Layout::left_to_right(Align::Center), |ui| {
            ui.add(egui::Label::new(RichText::new(name).weak()).truncate());
        });
    });
}

/// The item's text with its statements marked: the cursor's strong, quotes and positions in
/// colours of their own.
fn highlighted(ui: &Ui, text: &str, segments: &[Segment], cursor: StatementId) -> LayoutJob {
    let dark = ui.visuals().dark_mode;
    let (mark_quote, mark_pos, current) = if dark {
        (Color32::from_rgb(45, 62, 90), Color32::from_rgb(40, 75, 60), Color32::from_rgb(150, 110, 20))
    } else {
        (Color32::from_rgb(214, 228, 250), Color32::from_rgb(212, 240, 222), Color32::from_rgb(255, 210, 90))
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text_color = ui.visuals().text_color();
    let strong = ui.visuals().strong_text_color();
    let mut job = LayoutJob::default();
    for seg in segments {
        let (background, color) = match seg.owner {
            None => (Color32::TRANSPARENT, text_color),
            Some((id, _)) if id == cursor => (current, strong),
            Some((_, StatementKind::Quote)) => (mark_quote, text_color),
            Some(_) => (mark_pos, text_color),
        };
        job.append(
            &text[seg.bytes.clone()],
            0.0,
            TextFormat { font_id: font.clone(), color, background, ..TextFormat::default() },
        );
    }
    job
}

/// What the source view shows: the cursor's news item with its statements marked.
struct Shown<'a> {
    cursor: &'a Statement,
    item: &'a crate::model::Item,
    /// The item's text.
    text: &'a str,
    /// The text laid out with the marks.
    job: LayoutJob,
    /// The item's statements: byte range in the document, id, kind.
    spans: Vec<(std::ops::Range<usize>, StatementId, StatementKind)>,
    /// Scroll the cursor's statement into view (it changed).
    scroll: bool,
}

/// The item's text, read-only but selectable: a click selects the statement under it, a
/// selection can become a statement; the cursor's statement is scrolled into view.
fn source_text_ui(ui: &mut Ui, desk: &Desk, shown: &Shown<'_>, view: &mut ViewState, out: &mut Vec<Action>) {
    let Shown { cursor, item, text: item_text, spans, scroll, .. } = shown;
    let (cursor, scroll) = (*cursor, *scroll);
    let mut layouter = |ui: &Ui, _buf: &dyn egui::TextBuffer, wrap: f32| -> Arc<egui::Galley> {
        let mut j = shown.job.clone();
        j.wrap.max_width = wrap;
        ui.fonts_mut(|f| f.layout_job(j))
    };
    let item_start_char = item.range.start;
    let mut buf: &str = item_text;
    let output = egui::TextEdit::multiline(&mut buf)
        .id_salt(("source_text", cursor.document.0, cursor.item))
        .desired_width(f32::INFINITY)
        .layouter(&mut layouter)
        .show(ui);
    view.source_id = Some(output.response.response.id);
    output.response.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Source text of {}", item.headline))
    });
    // where each statement starts on screen (for clicks in tests and for scrolling)
    let char_in_item = |doc_char: usize| doc_char.saturating_sub(item_start_char);
    view.span_points.clear();
    for (_, id, _) in spans {
        if let Some(s) = desk.statement(*id) {
            let r = output.galley.pos_from_cursor(CCursor::new(char_in_item(s.range.start) + 1));
            view.span_points.push((*id, output.galley_pos + r.center().to_vec2()));
            if *id == cursor.id && scroll {
                let first = output.galley.pos_from_cursor(CCursor::new(char_in_item(s.range.start)));
                ui.scroll_to_rect(first.translate(output.galley_pos.to_vec2()).expand(20.0), Some(Align::Center));
            }
        }
    }
    view.source_selection = output.cursor_range.map(|r| {
        let (p, q) = (r.primary.index.0, r.secondary.index.0);
        let (a, b) = (p.min(q), p.max(q));
        (cursor.document, item_start_char + a, item_start_char + b)
    });
    if output.response.response.clicked() {
        if let Some(r) = output.cursor_range.filter(|r| r.primary.index == r.secondary.index) {
            let at = item_start_char + r.primary.index.0;
            // the innermost statement under the click
            let hit = desk
                .item_statements(cursor.document, cursor.item)
                .filter(|s| s.range.start <= at && at < s.range.end)
                .min_by_key(|s| s.range.len());
            if let Some(s) = hit.filter(|s| s.id != cursor.id) {
                out.push(Action::Desk(Command::Select { id: s.id, extend: false, range: false }));
            }
        }
    }
}

/// Add, split, merge and delete, for the text selected in the source and the rows selected.
fn toolbar_ui(ui: &mut Ui, desk: &Desk, cursor: &Statement, view: &mut ViewState, out: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let sel = view.source_selection.filter(|(d, ..)| *d == cursor.document);
        let has_range = sel.is_some_and(|(_, a, b)| b > a);
        let add = ui
            .add_enabled(has_range, egui::Button::new("Add selection as statement"))
            .on_hover_text("Select text in the source below, then add it as a statement (A)");
        if add.clicked() || (has_range && view.add_requested) {
            if let Some((document, start, end)) = sel {
                out.push(Action::Desk(Command::Add { document, range: CharRange { start, end } }));
                // the new statement becomes the cursor: its speaker is typed (or kept) next
                view.focus_field = Some(Field::Speaker);
            }
        }
        let caret =
            sel.filter(|(_, a, b)| a == b && *a > cursor.range.start && *a < cursor.range.end).map(|(_, a, _)| a);
        let split = ui
            .add_enabled(caret.is_some(), egui::Button::new("Split at caret"))
            .on_hover_text("Click inside the highlighted statement, then split it there");
        if split.clicked() {
            if let Some(at) = caret {
                out.push(Action::Desk(Command::Split { id: cursor.id, at }));
            }
        }
        if ui
            .add_enabled(desk.view().selected().len() >= 2, egui::Button::new("Merge selected"))
            .on_hover_text("Ctrl-click rows of one document, then merge them into one statement")
            .clicked()
        {
            out.push(Action::Desk(Command::Merge));
        }
        if ui
            .add_enabled(!desk.view().selected().is_empty(), egui::Button::new("Delete"))
            .on_hover_text("Delete the selected statements (Del)")
            .clicked()
        {
            out.push(Action::Desk(Command::Delete));
        }
    });
}

/// Completion of the target field: in an empty field Tab takes the target set last; else the
/// targets used before that contain what is typed are offered, and Tab takes the first.
fn target_completion_ui(ui: &mut Ui, desk: &Desk, field: &egui::Response, target: &mut String) {
    if !field.has_focus() {
        return;
    }
    let tab = |ui: &mut Ui| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Tab));
    if target.trim().is_empty() {
        if let Some(last) = desk.view().last_target() {
            if tab(ui) {
                last.clone_into(target);
                field.request_focus();
            }
        }
        return;
    }
    let typed = target.trim().to_lowercase();
    let hits: Vec<&String> = desk
        .view()
        .targets()
        .iter()
        .filter(|t| t.to_lowercase().contains(&typed) && t.as_str() != target.as_str())
        .take(6)
        .collect();
    let Some(first) = hits.first() else { return };
    ui.label("");
    ui.horizontal_wrapped(|ui| {
        for (k, t) in hits.iter().enumerate() {
            let b = ui.small_button(t.as_str()).on_hover_text(if k == 0 { "Tab takes the first" } else { "" });
            if b.clicked() {
                target.clone_from(t);
            }
        }
    });
    ui.end_row();
    if tab(ui) {
        target.clone_from(first);
        field.request_focus();
    }
}

/// Below a changed speaker: the offer to rename the old speaker on all its statements (asked
/// again with the count before anything changes).
fn rename_offer_ui(ui: &mut Ui, desk: &Desk, s: &Statement, typed: &str, rename: &mut Option<Rename>) {
    let to = typed.trim();
    let n = if s.speaker.is_empty() || to.is_empty() || to == s.speaker { 0 } else { desk.speaker_count(&s.speaker) };
    if n < 2 {
        return;
    }
    ui.label("");
    let b = ui.small_button(format!("Rename \"{}\" on all {n} statements…", s.speaker));
    if b.on_hover_text("Apply changes only this statement; this renames the speaker everywhere").clicked() {
        *rename = Some(Rename { from: s.speaker.clone(), to: to.to_owned(), statements: n });
    }
    ui.end_row();
}

/// A speaker about to be renamed on every statement, waiting for the analyst's yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    /// The speaker as it is.
    pub from: String,
    /// The new name.
    pub to: String,
    /// How many statements change.
    pub statements: usize,
}

/// The question before a speaker is renamed everywhere.
pub(super) fn rename_ui(ctx: &egui::Context, rename: &mut Option<Rename>, out: &mut Vec<Action>) {
    let Some(r) = rename.as_ref() else { return };
    let mut choice = None;
    let title = format!("Rename \"{}\" on {} statements?", r.from, r.statements);
    egui::Window::new("Rename speaker")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(&title);
            ui.label(format!(
                "Every statement of \"{}\" gets the speaker \"{}\". One undo step takes it back.",
                r.from, r.to
            ));
            ui.horizontal(|ui| {
                if ui.button("Rename").clicked() {
                    choice = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    choice = Some(false);
                }
            });
        });
    if let Some(go) = choice {
        if go {
            out.push(Action::Desk(Command::RenameSpeaker { from: r.from.clone(), to: r.to.clone() }));
        }
        *rename = None;
    }
}

/// The correctable fields of the cursor statement. Enter applies, Escape reverts.
fn editor_ui(ui: &mut Ui, desk: &Desk, s: &Statement, view: &mut ViewState, out: &mut Vec<Action>) {
    // (re)load when another statement is shown or this one changed underneath (apply, undo)
    let shown = desk.view().shown();
    let now = Editor::of(s, shown);
    if view.editor_base.as_ref() != Some(&now) {
        view.editor = Some(now.clone());
        view.editor_base = Some(now);
    }
    let Some(ed) = view.editor.as_mut() else { return };
    let mut apply = false;
    let mut revert = false;
    let focus = view.focus_field.take();
    egui::Grid::new("statement_fields").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
        let field = |ui: &mut Ui, label: &str, text: &mut String, which: Option<Field>| -> egui::Response {
            ui.label(label);
            // the target field keeps the focus on Tab, which takes the first completion
            let lock = which == Some(Field::Target) && !desk.view().targets().is_empty();
            let r =
                ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY).hint_text("—").lock_focus(lock));
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
            if which.is_some() && which == focus {
                r.request_focus();
            }
            ui.end_row();
            r
        };
        let sp = field(ui, "Speaker", &mut ed.speaker, Some(Field::Speaker));
        rename_offer_ui(ui, desk, s, &ed.speaker, &mut view.rename);
        let ro = field(ui, "Role", &mut ed.role, None);
        ui.label("Kind");
        ui.horizontal(|ui| {
            ui.selectable_value(&mut ed.kind, StatementKind::Quote, "Quote");
            ui.selectable_value(&mut ed.kind, StatementKind::Position, "Position");
        });
        ui.end_row();
        let cu = field(ui, "Cue", &mut ed.cue, None);
        let ta = field(ui, "Target (T)", &mut ed.target, Some(Field::Target));
        target_completion_ui(ui, desk, &ta, &mut ed.target);
        let no = field(ui, "Note (N)", &mut ed.note, Some(Field::Note));
        for r in [&sp, &ro, &cu, &ta, &no] {
            if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                apply = true;
            }
            if r.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                revert = true;
            }
        }
    });
    let changed = *ed != Editor::of(s, shown);
    if changed {
        ui.label(RichText::new("changed: Enter or Apply to keep").weak());
    }
    ui.horizontal(|ui| {
        if ui.add_enabled(changed, egui::Button::new("Apply (Enter)")).clicked() {
            apply = true;
        }
        if ui.add_enabled(changed, egui::Button::new("Revert (Esc)")).clicked() {
            revert = true;
        }
    });
    if apply && changed {
        out.push(Action::Desk(ed.command(s, shown)));
    } else if revert {
        view.editor = Some(Editor::of(s, shown));
    }
}

/// Cuts the item into runs at every statement boundary; each run belongs to the innermost
/// statement covering it, the current statement winning over the others.
fn segments(
    item: std::ops::Range<usize>,
    spans: &[(std::ops::Range<usize>, StatementId, StatementKind)],
    current: StatementId,
) -> Vec<Segment> {
    let mut cuts: Vec<usize> = vec![item.start, item.end];
    for (r, ..) in spans {
        cuts.push(r.start.clamp(item.start, item.end));
        cuts.push(r.end.clamp(item.start, item.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let owner = spans
            .iter()
            .filter(|(r, ..)| r.start <= a && b <= r.end)
            .min_by_key(|(r, id, _)| (*id != current, r.end - r.start))
            .map(|(_, id, kind)| (*id, *kind));
        match out.last_mut() {
            Some(last) if last.owner == owner && last.bytes.end == a => last.bytes.end = b,
            _ => out.push(Segment { bytes: a..b, owner }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_item_and_the_current_statement_wins() {
        let q = StatementKind::Quote;
        let p = StatementKind::Position;
        let spans = vec![(2..10, StatementId(1), p), (4..6, StatementId(2), q)];
        let segs = segments(0..12, &spans, StatementId(1));
        let runs: Vec<_> = segs.iter().map(|s| (s.bytes.clone(), s.owner.map(|o| o.0.0))).collect();
        assert_eq!(runs, vec![(0..2, None), (2..10, Some(1)), (10..12, None)]);
        let segs = segments(0..12, &spans, StatementId(9));
        let runs: Vec<_> = segs.iter().map(|s| (s.bytes.clone(), s.owner.map(|o| o.0.0))).collect();
        assert_eq!(runs, vec![(0..2, None), (2..4, Some(1)), (4..6, Some(2)), (6..10, Some(1)), (10..12, None)]);
    }
}
