//! The codebook window (rename, recolour, add and remove stance labels, set their value on the
//! agreement scale of the networks; statements of a removed label are reassigned or untagged, as
//! the analyst chooses) and the preferences window.

use egui::{Color32, RichText, Ui};

use super::Action;
use crate::desk::{Command, Desk};
use crate::model::{Codebook, StanceLabel};

/// One label as edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftLabel {
    /// Its name in the project, `None` for a new label.
    orig: Option<String>,
    name: String,
    color: [u8; 3],
    key: String,
    /// The value on the agreement scale as typed; empty: not on the scale.
    value: String,
    removed: bool,
    /// For a removed label: the label its statements get (`None`: untagged).
    reassign: Option<String>,
}

/// Opens the codebook window on the project's codebook.
pub fn draft_of(codebook: &Codebook) -> Vec<DraftLabel> {
    codebook
        .labels
        .iter()
        .map(|l| {
            let c = super::color_of(&l.color);
            DraftLabel {
                orig: Some(l.name.clone()),
                name: l.name.clone(),
                color: [c.r(), c.g(), c.b()],
                key: l.key.map(String::from).unwrap_or_default(),
                value: l.scale_value().map(value_text).unwrap_or_default(),
                removed: false,
                reassign: None,
            }
        })
        .collect()
}

/// A scale value as the window shows it: `1`, `-1`, `0.5`.
fn value_text(v: f64) -> String {
    format!("{v}")
}

/// The value typed for a label: `None` for an empty field, an error for anything but a number.
fn parse_value(name: &str, text: &str) -> Result<Option<f64>, String> {
    let t = text.trim().replace('\u{2212}', "-");
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(format!("the value of {name} must be a number (or empty: not on the scale)")),
    }
}

/// Checks a draft and turns it into a command; the error says what to fix.
fn command_of(draft: &[DraftLabel]) -> Result<Command, String> {
    let kept: Vec<&DraftLabel> = draft.iter().filter(|d| !d.removed).collect();
    let mut names = std::collections::HashSet::new();
    let mut keys = std::collections::HashSet::new();
    for d in &kept {
        let name = d.name.trim();
        if name.is_empty() {
            return Err("every label needs a name".to_owned());
        }
        if name.eq_ignore_ascii_case("untagged") {
            return Err("\"untagged\" is not a label: it is the absence of one".to_owned());
        }
        if !names.insert(name.to_lowercase()) {
            return Err(format!("the name {name} is used twice"));
        }
        let key = d.key.trim();
        if key.chars().count() > 1 || key.chars().any(|c| !c.is_ascii_digit() || c == '0') {
            return Err(format!("the key of {name} must be one digit 1–9 (or none)"));
        }
        if !key.is_empty() && !keys.insert(key.to_owned()) {
            return Err(format!("the key {key} is used twice"));
        }
        if parse_value(name, &d.value)?.is_none() && StanceLabel::default_value(name).is_some() {
            return Err(format!("{name} is on the agreement scale by name: give it a value"));
        }
    }
    let labels = kept
        .iter()
        .map(|d| {
            let name = d.name.trim().to_owned();
            // a value equal to the name's default is not stored: the codebook stays as saved
            let typed = parse_value(&name, &d.value).ok().flatten();
            let value = if typed == StanceLabel::default_value(&name) { None } else { typed };
            StanceLabel {
                color: format!("#{:02x}{:02x}{:02x}", d.color[0], d.color[1], d.color[2]),
                key: d.key.trim().chars().next(),
                value,
                name,
            }
        })
        .collect();
    let mut relabel = Vec::new();
    for d in draft {
        let Some(orig) = &d.orig else { continue };
        if d.removed {
            let target = d.reassign.as_ref().and_then(|r| kept.iter().find(|k| k.orig.as_ref() == Some(r)));
            relabel.push((orig.clone(), target.map(|k| k.name.trim().to_owned())));
        } else if d.name.trim() != orig {
            relabel.push((orig.clone(), Some(d.name.trim().to_owned())));
        }
    }
    Ok(Command::Codebook { codebook: Codebook { labels }, relabel })
}

/// The codebook window; `draft` is `None` while it is closed.
pub fn codebook_ui(ctx: &egui::Context, desk: &Desk, draft: &mut Option<Vec<DraftLabel>>, out: &mut Vec<Action>) {
    let Some(labels) = draft.as_mut() else { return };
    let mut close = false;
    let mut apply = false;
    let error = command_of(labels).err();
    // centred and wide enough for the names: never cut to a few letters, never under the menus
    let centre = ctx.content_rect().center();
    let window = egui::Window::new("Codebook").collapsible(false).resizable(true).min_width(500.0);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(centre).show(ctx, |ui: &mut Ui| {
        ui.label("Stance labels, their colour and key. \"untagged\" is never a label.");
        labels_grid_ui(ui, desk, labels);
        if ui.button("Add label").clicked() {
            add_label(labels);
        }
        if let Some(e) = &error {
            ui.label(RichText::new(e).color(Color32::from_rgb(200, 40, 40)));
        }
        ui.horizontal(|ui| {
            if ui.add_enabled(error.is_none(), egui::Button::new("Apply")).clicked() {
                apply = true;
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                close = true;
            }
        });
    });
    if apply {
        if let Ok(cmd) = command_of(labels) {
            out.push(Action::Desk(cmd));
        }
        close = true;
    }
    if close {
        *draft = None;
    }
}

/// The grid of labels: name, colour, key, value, and Remove (or Keep and the reassignment of a
/// removed label's statements).
fn labels_grid_ui(ui: &mut Ui, desk: &Desk, labels: &mut [DraftLabel]) {
    let others: Vec<String> = labels.iter().filter(|l| !l.removed).filter_map(|l| l.orig.clone()).collect();
    egui::Grid::new("codebook_grid").num_columns(5).spacing([8.0, 6.0]).show(ui, |ui| {
        ui.strong("Name");
        ui.strong("Colour");
        ui.strong("Key");
        ui.strong("Value").on_hover_text(
            "Place on the agreement scale of the congruence and conflict networks \
             (Support +1 and Oppose −1 by default); empty: not on the scale",
        );
        ui.strong("");
        ui.end_row();
        for (n, l) in labels.iter_mut().enumerate() {
            label_fields_ui(ui, n, l);
            if l.removed {
                let used = l.orig.as_ref().map_or(0, |o| count(desk, o));
                ui.horizontal(|ui| removed_label_ui(ui, n, l, used, &others));
            } else if ui.button("Remove").clicked() {
                l.removed = true;
            }
            ui.end_row();
        }
    });
}

/// The editable fields of label `n`, each named for screen readers.
fn label_fields_ui(ui: &mut Ui, n: usize, l: &mut DraftLabel) {
    let named = |r: egui::Response, what: &str| {
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Label {} {what}", n + 1)));
    };
    let name = egui::TextEdit::singleline(&mut l.name).desired_width(160.0).min_size(egui::vec2(160.0, 0.0));
    named(ui.add_enabled(!l.removed, name), "name");
    ui.color_edit_button_srgb(&mut l.color);
    let key = egui::TextEdit::singleline(&mut l.key).desired_width(24.0).min_size(egui::vec2(24.0, 0.0));
    named(ui.add_enabled(!l.removed, key), "key");
    named(ui.add_enabled(!l.removed, egui::TextEdit::singleline(&mut l.value).desired_width(40.0)), "value");
}

/// A removed label: Keep, and where its `used` statements go (untagged or another label).
fn removed_label_ui(ui: &mut Ui, n: usize, l: &mut DraftLabel, used: usize, others: &[String]) {
    if ui.button("Keep").clicked() {
        l.removed = false;
    }
    if used > 0 {
        ui.label(format!("{used} statements use it →"));
        let shown = l.reassign.clone().unwrap_or_else(|| "untagged".to_owned());
        egui::ComboBox::new(("reassign", n), "").selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut l.reassign, None, "untagged");
            for o in others {
                ui.selectable_value(&mut l.reassign, Some(o.clone()), o);
            }
        });
    }
}

/// A new label with the first free key.
fn add_label(labels: &mut Vec<DraftLabel>) {
    let key = (1..=9).map(|d| d.to_string()).find(|k| labels.iter().all(|l| l.removed || l.key.trim() != k));
    labels.push(DraftLabel {
        orig: None,
        name: format!("Label {}", labels.len() + 1),
        color: [0x45, 0x5a, 0x64],
        key: key.unwrap_or_default(),
        value: String::new(),
        removed: false,
        reassign: None,
    });
}

fn count(desk: &Desk, label: &str) -> usize {
    desk.project()
        .codebook
        .labels
        .iter()
        .position(|l| l.name == label)
        .and_then(|k| desk.view().per_stance().get(k))
        .copied()
        .unwrap_or(0)
}

/// The preferences window: the coder's name written on tags. `draft` is `None` while closed.
pub fn prefs_ui(ctx: &egui::Context, draft: &mut Option<String>, out: &mut Vec<Action>) {
    let Some(name) = draft.as_mut() else { return };
    let mut close = false;
    let centre = ctx.content_rect().center();
    let window = egui::Window::new("Preferences").collapsible(false).resizable(false);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(centre).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.label("Coder");
            let r = ui.text_edit_singleline(name);
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Coder name"));
        });
        ui.label(RichText::new("Written on every tag with its time.").weak());
        ui.horizontal(|ui| {
            if ui.add_enabled(!name.trim().is_empty(), egui::Button::new("OK")).clicked() {
                out.push(Action::Coder(name.trim().to_owned()));
                close = true;
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                close = true;
            }
        });
    });
    if close {
        *draft = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_become_codebooks_and_relabels() {
        let mut d = draft_of(&Codebook::default());
        assert!(matches!(command_of(&d), Ok(Command::Codebook { relabel, .. }) if relabel.is_empty()));
        d[0].name = "Backs".into();
        d[1].removed = true;
        d[1].reassign = Some("Neutral".into());
        d[2].color = [1, 2, 3];
        let Ok(Command::Codebook { codebook, relabel }) = command_of(&d) else { panic!() };
        assert_eq!(codebook.labels.len(), 4);
        assert_eq!(codebook.labels[1].color, "#010203");
        assert_eq!(relabel, vec![("Support".into(), Some("Backs".into())), ("Oppose".into(), Some("Neutral".into()))]);
        d[3].key = "1".into();
        assert!(command_of(&d).unwrap_err().contains("key 1"));
        d[3].key = "4".into();
        // values: the defaults are not stored, others are; Support needs one
        assert_eq!(d[0].value, "1");
        assert_eq!(d[3].value, "");
        d[3].value = "0".into();
        d[4].value = "−0.5".into();
        let Ok(Command::Codebook { codebook, .. }) = command_of(&d) else { panic!() };
        assert_eq!(codebook.labels[0].value, Some(1.0), "Support renamed to Backs keeps +1 explicitly");
        assert_eq!(codebook.labels[2].value, Some(0.0));
        assert_eq!(codebook.labels[3].value, Some(-0.5));
        d[4].value = "lots".into();
        assert!(command_of(&d).unwrap_err().contains("must be a number"));
        d[4].value = String::new();
        d[0].name = "Support".into();
        d[0].value = String::new();
        assert!(command_of(&d).unwrap_err().contains("give it a value"));
        d[0].value = "1".into();
        let Ok(Command::Codebook { codebook, .. }) = command_of(&d) else { panic!() };
        assert_eq!(codebook.labels[0].value, None, "the default by name is not stored");
        d[3].key = "4".into();
        d[3].name = "untagged".into();
        assert!(command_of(&d).is_err());
    }
}
