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
    /// File ▸ Open folder….
    OpenFolder,
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
    /// Open the File menu.
    MenuFile,
    /// Open the Edit menu.
    MenuEdit,
    /// Open the View menu.
    MenuView,
    /// Open the Help menu.
    MenuHelp,
    /// Help ▸ Keys: every key of the desk.
    Keys,
    /// Edit ▸ Actors…: merge names, kinds, attributes.
    Actors,
    /// Edit ▸ Targets…: merge targets, definitions.
    Targets,
    /// View ▸ Statements.
    ShowStatements,
    /// View ▸ Overview.
    ShowOverview,
    /// File ▸ Export Excel workbook….
    ExportXlsx,
    /// File ▸ Import tags….
    ImportTags,
    /// Open the Analysis menu.
    MenuAnalysis,
    /// Analysis ▸ Agreement…: agreement between coders.
    Agreement,
    /// Analysis ▸ Settle disagreements…: the settle queue.
    SettleQueue,
    /// The next unsettled disagreement.
    NextUnsettled,
    /// The previous unsettled disagreement.
    PrevUnsettled,
    /// File ▸ Merge coders' projects….
    MergeProjects,
}

/// Where a command's keys work. No key works while a popup (a drop-down list, a menu) or a
/// dialog has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Also while a text field has the keyboard: file commands, menus, help.
    Global,
    /// Only while no text field has the keyboard: edits of the project (a text field has its
    /// own undo) and plain letters and arrows.
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
const ALT: Modifiers = Modifiers::ALT;
const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const SHIFT: Modifiers = Modifiers::SHIFT;

/// Every command, in the order keys are tried: a shortcut with more modifiers comes before the
/// same key with fewer (Ctrl+Shift+Z before Ctrl+Z).
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec { cmd: Cmd::NewProject, label: "New project", keys: &[], scope: Scope::Global },
    CommandSpec {
        cmd: Cmd::OpenBriefings, label: "Open briefings…", keys: &[key(CTRL, Key::O)], scope: Scope::Global
    },
    CommandSpec { cmd: Cmd::OpenFolder, label: "Open folder…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::OpenProject, label: "Open project…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::SaveAs, label: "Save As…", keys: &[key(CTRL_SHIFT, Key::S)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Save, label: "Save", keys: &[key(CTRL, Key::S)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Quit, label: "Quit", keys: &[], scope: Scope::Global },
    CommandSpec {
        cmd: Cmd::Redo,
        label: "Redo",
        keys: &[key(CTRL_SHIFT, Key::Z), key(CTRL, Key::Y)],
        scope: Scope::Table,
    },
    CommandSpec { cmd: Cmd::Undo, label: "Undo", keys: &[key(CTRL, Key::Z)], scope: Scope::Table },
    CommandSpec { cmd: Cmd::Find, label: "Filter", keys: &[key(CTRL, Key::F)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ShowStatements, label: "Statements", keys: &[key(CTRL, Key::Num1)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ShowOverview, label: "Overview", keys: &[key(CTRL, Key::Num2)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ExportXlsx, label: "Excel workbook…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::ImportTags, label: "Import tags…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::MergeProjects, label: "Merge coders' projects…", keys: &[], scope: Scope::Global },
    CommandSpec {
        cmd: Cmd::Delete,
        label: "Delete selected statements",
        keys: &[key(NONE, Key::Delete)],
        scope: Scope::Table,
    },
    CommandSpec { cmd: Cmd::Actors, label: "Actors…", keys: &[key(CTRL_SHIFT, Key::A)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Targets, label: "Targets…", keys: &[key(CTRL_SHIFT, Key::T)], scope: Scope::Global },
    // coders: the settle queue and agreement (Alt+A before the plain A, Shift+F8 before F8)
    CommandSpec {
        cmd: Cmd::SettleQueue,
        label: "Settle disagreements…",
        keys: &[key(CTRL_SHIFT, Key::D)],
        scope: Scope::Global,
    },
    CommandSpec {
        cmd: Cmd::PrevUnsettled,
        label: "Previous unsettled disagreement",
        keys: &[key(SHIFT, Key::F8)],
        scope: Scope::Table,
    },
    CommandSpec {
        cmd: Cmd::NextUnsettled,
        label: "Next unsettled disagreement",
        keys: &[key(NONE, Key::F8)],
        scope: Scope::Table,
    },
    CommandSpec { cmd: Cmd::Agreement, label: "Agreement…", keys: &[], scope: Scope::Global },
    CommandSpec { cmd: Cmd::MenuAnalysis, label: "Analysis menu", keys: &[key(ALT, Key::A)], scope: Scope::Global },
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
    CommandSpec {
        cmd: Cmd::MenuFile,
        label: "File menu",
        keys: &[key(ALT, Key::F), key(NONE, Key::F10)],
        scope: Scope::Global,
    },
    CommandSpec { cmd: Cmd::MenuEdit, label: "Edit menu", keys: &[key(ALT, Key::E)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::MenuView, label: "View menu", keys: &[key(ALT, Key::V)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::MenuHelp, label: "Help menu", keys: &[key(ALT, Key::H)], scope: Scope::Global },
    CommandSpec { cmd: Cmd::Keys, label: "Keys…", keys: &[key(NONE, Key::F1)], scope: Scope::Global },
];

/// The table row of a command (every command has one: a test checks it).
pub fn spec(cmd: Cmd) -> Option<&'static CommandSpec> {
    COMMANDS.iter().find(|c| c.cmd == cmd)
}

/// The text of a shortcut as menus show it ("Ctrl+S", "F10").
pub fn key_text(ctx: &egui::Context, k: &KeyboardShortcut) -> String {
    ctx.format_shortcut(k)
}

/// The commands whose keys were pressed this frame (their key events consumed). Table
/// commands only when no text field has the keyboard (`typing` false); none while a popup or
/// dialog has it (`blocked`): their keys stay theirs.
pub fn pressed(input: &mut egui::InputState, typing: bool, blocked: bool) -> Vec<Cmd> {
    if blocked {
        return Vec::new();
    }
    COMMANDS
        .iter()
        .filter(|c| c.scope == Scope::Global || !typing)
        .filter(|c| c.keys.iter().any(|k| input.consume_shortcut(k)))
        .map(|c| c.cmd)
        .collect()
}

/// The shortcut text shown beside a command in a menu ("Ctrl+S"), empty when it has none.
pub fn shortcut_text(ctx: &egui::Context, cmd: Cmd) -> String {
    spec(cmd).and_then(|s| s.keys.first()).map(|k| key_text(ctx, k)).unwrap_or_default()
}

/// A menu button for a command: its label (or `label` when given) and its shortcut.
pub fn button(ui: &mut egui::Ui, cmd: Cmd, label: Option<String>, enabled: bool) -> bool {
    let text = label.unwrap_or_else(|| spec(cmd).map_or("", |s| s.label).to_owned());
    let shortcut = shortcut_text(ui.ctx(), cmd);
    let b = egui::Button::new(text);
    let b = if shortcut.is_empty() { b } else { b.shortcut_text(shortcut) };
    ui.add_enabled(enabled, b).clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command, by an exhaustive match: a new command fails to compile here until it
    /// is listed.
    fn all() -> Vec<Cmd> {
        let every = |c: Cmd| match c {
            Cmd::NewProject
            | Cmd::OpenBriefings
            | Cmd::OpenFolder
            | Cmd::OpenProject
            | Cmd::Save
            | Cmd::SaveAs
            | Cmd::Quit
            | Cmd::Undo
            | Cmd::Redo
            | Cmd::Delete
            | Cmd::Codebook
            | Cmd::Preferences
            | Cmd::Find
            | Cmd::Down
            | Cmd::Up
            | Cmd::PageDown
            | Cmd::PageUp
            | Cmd::ClearStance
            | Cmd::FocusTarget
            | Cmd::FocusNote
            | Cmd::AddSelection
            | Cmd::MenuFile
            | Cmd::MenuEdit
            | Cmd::MenuView
            | Cmd::MenuHelp
            | Cmd::Keys
            | Cmd::Actors
            | Cmd::Targets
            | Cmd::ShowStatements
            | Cmd::ShowOverview
            | Cmd::ExportXlsx
            | Cmd::ImportTags
            | Cmd::MenuAnalysis
            | Cmd::Agreement
            | Cmd::SettleQueue
            | Cmd::NextUnsettled
            | Cmd::PrevUnsettled
            | Cmd::MergeProjects => c,
        };
        COMMANDS.iter().map(|c| every(c.cmd)).collect()
    }

    #[test]
    fn every_command_is_in_the_table_once() {
        let listed = all();
        assert_eq!(listed.len(), 38, "a command was added: list it in all()");
        for c in COMMANDS {
            assert_eq!(COMMANDS.iter().filter(|d| d.cmd == c.cmd).count(), 1, "{:?}", c.cmd);
            assert_eq!(spec(c.cmd).map(|s| s.cmd), Some(c.cmd));
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
            assert!(ui.input_mut(|i| pressed(i, false, true)).is_empty(), "a popup keeps every key");
            typing = ui.input_mut(|i| pressed(i, true, false));
            after = ui.input_mut(|i| pressed(i, false, false));
        });
        output.textures_delta.clear();
        assert_eq!(typing, [Cmd::Save]);
        assert_eq!(after, [Cmd::Down], "J was left for the text field, Save consumed");
    }
}
