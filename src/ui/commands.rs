//! The command table: every command the analyst can give from a menu or a key, with its label
//! and shortcuts. The menus and the key handling both read it, so a label or a key is changed in
//! one place.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A command of the menus and keys (stance keys come from the codebook).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    /// File ▸ New project.
    NewProject,
    /// File ▸ Open briefings….
    OpenBriefings,
    /// File ▸ Open project….
    OpenProject,
    /// File ▸ Save.
    Save,
    /// File ▸ Save As….
    SaveAs,
    /// File ▸ Quit.
    Quit,
    /// Edit ▸ Undo.
    Undo,
    /// Edit ▸ Redo.
    Redo,
    /// Edit ▸ Delete selected statements.
    Delete,
    /// Edit ▸ Codebook….
    Codebook,
    /// Edit ▸ Preferences….
    Preferences,
    /// Put the keyboard into the filter field.
    Find,
    /// Next row.
    Down,
    /// Previous row.
    Up,
    /// Twenty rows down.
    PageDown,
    /// Twenty rows up.
    PageUp,
    /// Clear the stance of the selection.
    ClearStance,
    /// Put the keyboard into the Target field.
    FocusTarget,
    /// Put the keyboard into the Note field.
    FocusNote,
    /// Add the text selected in the source as a statement.
    AddSelection,
    /// View ▸ Statements.
    ShowStatements,
    /// View ▸ Overview.
    ShowOverview,
    /// File ▸ Export Excel workbook….
    ExportXlsx,
    /// File ▸ Import tags….
    ImportTags,
}

/// Where a command's keys work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere, also while a text field has the keyboard (Ctrl shortcuts).
    Global,
    /// Only while no text field has the keyboard (plain letters and arrows).
    Table,
}

/// One row of the command table.
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    /// The command.
    pub cmd: Cmd,
    /// Its label in menus and in the list of keys.
    pub label: &'static str,
    /// Its shortcuts; the first is shown in menus.
    pub keys: &'static [KeyboardShortcut],
    /// Where its keys work.
    pub scope: Scope,
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

/// Every command, in the order keys are tried: a shortcut with more modifiers comes before the
/// same key with fewer (Ctrl+Shift+Z before Ctrl+Z).
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec { cmd: Cmd::NewProject, label: "New project", keys: &[], scope: Scope::Global },
    CommandSpec {
        cmd: Cmd::OpenBriefings, label: "Open briefings…", keys: &[key(CTRL, Key::O)], scope: Scope::Global
    },
    CommandSpec { cmd: Cmd::OpenProject, label: "Open project…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::SaveAs, label: "Save As…", keys: &[key(CTRL_SHIFT, Key::S)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Save, label: "Save", keys: &[key(CTRL, Key::S)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Quit, label: "Quit", keys: &[], scope: Scope::Global },
    CommandSpec {
        cmd: Cmd::Redo,
        label: "Redo",
        keys: &[key(CTRL_SHIFT, Key::Z), key(CTRL, Key::Y)],
        scope: Scope::Global,
    },
    CommandSpec { cmd: Cmd::Undo, label: "Undo", keys: &[key(CTRL, Key::Z)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Find, label: "Filter", keys: &[key(CTRL, Key::F)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ShowStatements, label: "Statements", keys: &[key(CTRL, Key::Num1)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ShowOverview, label: "Overview", keys: &[key(CTRL, Key::Num2)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ExportXlsx, label: "Excel workbook…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ImportTags, label: "Import tags…", keys: &[], scope: Scope::Global },
    CommandSpec {
        cmd: Cmd::Delete,
        label: "Delete selected statements",
        keys: &[key(NONE, Key::Delete)],
        scope: Scope::Table,
    },
    CommandSpec { cmd: Cmd::Codebook, label: "Codebook…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Preferences, label: "Preferences…", keys: &[], scope: Scope::Global },
    CommandSpec {
        cmd: Cmd::Down,
        label: "Next row",
        keys: &[key(NONE, Key::ArrowDown), key(NONE, Key::J)],
        scope: Scope::Table,
    },
    CommandSpec {
        cmd: Cmd::Up,
        label: "Previous row",
        keys: &[key(NONE, Key::ArrowUp), key(NONE, Key::K)],
        scope: Scope::Table,
    },
    CommandSpec { cmd: Cmd::PageDown, label: "20 rows down", keys: &[key(NONE, Key::PageDown)], scope: Scope::Table },
    CommandSpec { cmd: Cmd::PageUp, label: "20 rows up", keys: &[key(NONE, Key::PageUp)], scope: Scope::Table },
    CommandSpec {
        cmd: Cmd::ClearStance,
        label: "Clear the stance",
        keys: &[key(NONE, Key::Num0), key(NONE, Key::Backspace)],
        scope: Scope::Table,
    },
    CommandSpec { cmd: Cmd::FocusTarget, label: "Edit the target", keys: &[key(NONE, Key::T)], scope: Scope::Table },
    CommandSpec { cmd: Cmd::FocusNote, label: "Edit the note", keys: &[key(NONE, Key::N)], scope: Scope::Table },
    CommandSpec {
        cmd: Cmd::AddSelection,
        label: "Add selection as statement",
        keys: &[key(NONE, Key::A)],
        scope: Scope::Table,
    },
];

/// The table row of a command.
pub fn spec(cmd: Cmd) -> &'static CommandSpec {
    COMMANDS.iter().find(|c| c.cmd == cmd).unwrap_or(&COMMANDS[0])
}

/// The commands whose keys were pressed this frame (their key events consumed). Table
/// commands only when no text field has the keyboard (`typing` false).
pub fn pressed(input: &mut egui::InputState, typing: bool) -> Vec<Cmd> {
    COMMANDS
        .iter()
        .filter(|c| c.scope == Scope::Global || !typing)
        .filter(|c| c.keys.iter().any(|k| input.consume_shortcut(k)))
        .map(|c| c.cmd)
        .collect()
}

/// The shortcut text shown beside a command in a menu ("Ctrl+S"), empty when it has none.
pub fn shortcut_text(ctx: &egui::Context, cmd: Cmd) -> String {
    spec(cmd).keys.first().map(|k| ctx.format_shortcut(k)).unwrap_or_default()
}

/// A menu button for a command: its label (or `label` when given) and its shortcut.
pub fn button(ui: &mut egui::Ui, cmd: Cmd, label: Option<String>, enabled: bool) -> bool {
    let text = label.unwrap_or_else(|| spec(cmd).label.to_owned());
    let shortcut = shortcut_text(ui.ctx(), cmd);
    let b = egui::Button::new(text);
    let b = if shortcut.is_empty() { b } else { b.shortcut_text(shortcut) };
    ui.add_enabled(enabled, b).clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_in_the_table_once() {
        for c in COMMANDS {
            assert_eq!(COMMANDS.iter().filter(|d| d.cmd == c.cmd).count(), 1, "{:?}", c.cmd);
            assert_eq!(spec(c.cmd).cmd, c.cmd);
        }
    }

    #[test]
    fn no_shortcut_belongs_to_two_commands_and_longer_ones_come_first() {
        let all: Vec<(usize, &KeyboardShortcut)> =
            COMMANDS.iter().enumerate().flat_map(|(i, c)| c.keys.iter().map(move |k| (i, k))).collect();
        for (i, (ci, a)) in all.iter().enumerate() {
            for (cj, b) in &all[i + 1..] {
                assert!(a != b || ci == cj, "{a:?} twice");
                // same key, more modifiers later would never fire
                let shadowed =
                    a.logical_key == b.logical_key && b.modifiers.contains(a.modifiers) && b.modifiers != a.modifiers;
                assert!(!shadowed, "{b:?} must come before {a:?}");
            }
        }
    }

    #[test]
    fn table_keys_wait_while_typing_and_ctrl_keys_do_not() {
        let ctx = egui::Context::default();
        let press = |k: KeyboardShortcut| egui::Event::Key {
            key: k.logical_key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: k.modifiers,
        };
        let raw =
            egui::RawInput { events: vec![press(key(NONE, Key::J)), press(key(CTRL, Key::S))], ..Default::default() };
        let (mut typing, mut after) = (Vec::new(), Vec::new());
        let mut output = ctx.run_ui(raw, |ui| {
            typing = ui.input_mut(|i| pressed(i, true));
            after = ui.input_mut(|i| pressed(i, false));
        });
        output.textures_delta.clear();
        assert_eq!(typing, [Cmd::Save]);
        assert_eq!(after, [Cmd::Down], "J was left for the text field, Save consumed");
    }
}
