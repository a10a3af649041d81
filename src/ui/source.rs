//! The source view: the selected statement's news item, the statement highlighted, the item's
//! other statements marked and clickable.

use egui::{Align, Color32, RichText, Sense, Ui};

use super::Action;
use crate::desk::{Command, Desk};
use crate::model::{StatementId, StatementKind};

/// A run of the item text and the statement that owns it (the innermost one covering it).
#[derive(Clone)]
struct Segment {
    bytes: std::ops::Range<usize>,
    owner: Option<(StatementId, StatementKind)>,
}

pub(super) fn source_ui(ui: &mut Ui, desk: &Desk, view: &mut super::ViewState, out: &mut Vec<Action>) {
    ui.heading("Source");
    let Some(cursor) = desk.cursor.and_then(|c| desk.statement(c)) else {
        ui.label("Select a statement to see it in its news item.");
        return;
    };
    let Some(doc) = desk.project.document(cursor.document) else { return };
    let Some(item) = doc.items.get(cursor.item as usize) else { return };
    let Some(item_bytes) = desk.byte_range(doc.id, item.range) else { return };
    ui.label(RichText::new(format!("{} · {}", doc.file_name, doc.date.as_deref().unwrap_or("no date"))).weak());
    ui.label(
        RichText::new(format!(
            "{} · {} · {}",
            if cursor.speaker.trim().is_empty() { "unknown speaker" } else { &cursor.speaker },
            if cursor.role.is_empty() { "no role" } else { &cursor.role },
            match cursor.kind {
                StatementKind::Quote => "quote",
                StatementKind::Position => "position",
            }
        ))
        .strong(),
    );
    ui.separator();
    // the statements of this item, as byte ranges
    let mut spans: Vec<(std::ops::Range<usize>, StatementId, StatementKind)> = desk
        .project
        .statements
        .iter()
        .filter(|s| s.document == cursor.document && s.item == cursor.item)
        .filter_map(|s| desk.byte_range(doc.id, s.range).map(|r| (r, s.id, s.kind)))
        .collect();
    spans.sort_by_key(|(r, ..)| (r.start, std::cmp::Reverse(r.end)));
    let segments = segments(item_bytes.clone(), &spans, cursor.id);
    let scroll = view.source_scrolled_to != Some(cursor.id);
    let dark = ui.visuals().dark_mode;
    let (mark_quote, mark_pos, current) = if dark {
        (Color32::from_rgb(45, 62, 90), Color32::from_rgb(40, 75, 60), Color32::from_rgb(140, 105, 20))
    } else {
        (Color32::from_rgb(214, 228, 250), Color32::from_rgb(212, 240, 222), Color32::from_rgb(255, 214, 102))
    };
    egui::ScrollArea::vertical().id_salt("source_scroll").auto_shrink(false).show(ui, |ui| {
        let mut scrolled = false;
        // paragraph by paragraph, each a run of labels that wrap like text
        let mut para: Vec<Segment> = Vec::new();
        let flush = |ui: &mut Ui, para: &mut Vec<Segment>, scrolled: &mut bool, out: &mut Vec<Action>| {
            if para.is_empty() {
                return;
            }
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                for seg in para.drain(..) {
                    let text = &doc.text[seg.bytes.clone()];
                    match seg.owner {
                        None => {
                            ui.add(egui::Label::new(text).selectable(true));
                        }
                        Some((id, kind)) => {
                            let bg = if id == cursor.id {
                                current
                            } else if kind == StatementKind::Quote {
                                mark_quote
                            } else {
                                mark_pos
                            };
                            let mut rt = RichText::new(text).background_color(bg);
                            if id == cursor.id {
                                rt = rt.color(if dark { Color32::WHITE } else { Color32::BLACK });
                            }
                            let r = ui.add(egui::Label::new(rt).sense(Sense::click()));
                            if id == cursor.id && scroll && !*scrolled {
                                r.scroll_to_me(Some(Align::Center));
                                *scrolled = true;
                            }
                            if r.on_hover_text(format!("{id}: click to select")).clicked() {
                                out.push(Action::Desk(Command::Select { id, extend: false, range: false }));
                            }
                        }
                    }
                }
            });
        };
        for seg in &segments {
            if seg.owner.is_some() {
                para.push(seg.clone());
                continue;
            }
            // plain text: each line is a paragraph of its own
            let mut at = seg.bytes.start;
            loop {
                let end = doc.text[at..seg.bytes.end].find('\n').map_or(seg.bytes.end, |p| at + p);
                if end > at {
                    para.push(Segment { bytes: at..end, owner: None });
                }
                if end >= seg.bytes.end {
                    break;
                }
                flush(ui, &mut para, &mut scrolled, out);
                ui.add_space(4.0);
                at = end + 1;
            }
        }
        flush(ui, &mut para, &mut scrolled, out);
    });
    view.source_scrolled_to = Some(cursor.id);
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
        let covering = spans.iter().filter(|(r, ..)| r.start <= a && b <= r.end);
        let owner =
            covering.min_by_key(|(r, id, _)| (*id != current, r.end - r.start)).map(|(_, id, kind)| (*id, *kind));
        match out.last_mut() {
            Some(last) if last.owner == owner && last.bytes.end == a => last.bytes.end = b,
            _ => out.push(Segment { bytes: a..b, owner }),
        }
    }
    out
}
