//! The desk driven headless with `egui_kittest`: what the analyst sees and does, asserted on the
//! app state after real clicks and key presses.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::format_push_string, clippy::cast_possible_truncation)]

use std::path::PathBuf;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stancedesk::app::{DeskApp, Prefs};
use stancedesk::desk::table::Column;
use stancedesk::model::StatementId;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("stancedesk-desk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The desk in a headless harness, 1600×1000, glyphs from the test fonts allowed to miss.
fn drive(app: DeskApp) -> Harness<'static, DeskApp> {
    Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app)
}

fn harness(name: &str) -> Harness<'static, DeskApp> {
    let prefs = Prefs { coder: "tester".into(), ..Prefs::default() };
    let mut app = DeskApp::with_recovery_dir(None, prefs, Some(scratch(name).join("recovery")));
    app.native_dialogs = false;
    let mut h = drive(app);
    h.run_steps(3);
    h
}

fn cursor(h: &Harness<'_, DeskApp>) -> StatementId {
    h.state().desk.view().cursor().expect("a row is selected")
}

fn stance_of(h: &Harness<'_, DeskApp>, id: StatementId) -> Option<String> {
    h.state().desk.statement(id).and_then(|s| s.stance.clone())
}

#[test]
fn the_samples_statements_are_listed_and_the_first_row_selected() {
    let h = harness("listed");
    let desk = &h.state().desk;
    assert!(desk.project().statements.len() >= 30);
    assert_eq!(desk.view().cursor(), Some(desk.project().statements[desk.view().table().rows()[0] as usize].id));
    // rows of the table are in the accessibility tree with their texts
    assert!(h.query_all_by_label_contains("Kadri Vahtra").next().is_some());
    assert!(h.query_all_by_label_contains("Somebody made a decision").next().is_some());
    assert!(h.query_by_label("Items").is_some());
}

#[test]
fn clicking_a_stance_chip_tags_and_a_second_click_clears() {
    let mut h = harness("chip");
    let first = cursor(&h);
    h.get_by_label(&format!("Oppose {first}")).click();
    h.run_steps(2);
    assert_eq!(stance_of(&h, first).as_deref(), Some("Oppose"));
    let s = h.state().desk.statement(first).unwrap();
    assert_eq!(s.coder, "tester");
    assert!(chrono::DateTime::parse_from_rfc3339(s.tagged_at.as_deref().unwrap()).is_ok());
    h.get_by_label(&format!("Oppose {first}")).click();
    h.run_steps(2);
    assert_eq!(stance_of(&h, first), None);
}

#[test]
fn keys_tag_and_advance_to_the_next_untagged_row() {
    let mut h = harness("keys");
    let rows: Vec<StatementId> = {
        let d = &h.state().desk;
        d.view().table().rows().iter().map(|&i| d.project().statements[i as usize].id).collect()
    };
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(stance_of(&h, rows[0]).as_deref(), Some("Support"));
    assert_eq!(cursor(&h), rows[1]);
    h.key_press(Key::J);
    h.run_steps(2);
    assert_eq!(cursor(&h), rows[2]);
    h.key_press(Key::Num2);
    h.run_steps(2);
    assert_eq!(stance_of(&h, rows[2]).as_deref(), Some("Oppose"));
    // row 1 is still untagged, but the next untagged row after the cursor is row 3
    assert_eq!(cursor(&h), rows[3]);
    h.key_press(Key::K);
    h.key_press(Key::Backspace);
    h.run_steps(2);
    assert_eq!(stance_of(&h, rows[2]), None, "Backspace clears");
    assert_eq!(h.state().desk.tagged(), 1);
}

#[test]
fn a_header_click_sorts_and_a_second_reverses() {
    let mut h = harness("sort");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Speaker").click();
    h.run_steps(2);
    let speakers = |h: &Harness<'_, DeskApp>| -> Vec<String> {
        let d = &h.state().desk;
        d.view().table().rows().iter().map(|&i| d.project().statements[i as usize].speaker.to_lowercase()).collect()
    };
    assert_eq!(h.state().desk.view().table().sort(), Some((Column::Speaker, false)));
    let asc = speakers(&h);
    let nonempty: Vec<&String> = asc.iter().filter(|s| !s.is_empty()).collect();
    assert!(nonempty.windows(2).all(|w| w[0] <= w[1]), "{asc:?}");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Speaker ▲").click();
    h.run_steps(2);
    assert_eq!(h.state().desk.view().table().sort(), Some((Column::Speaker, true)));
    let desc = speakers(&h);
    let nonempty: Vec<&String> = desc.iter().filter(|s| !s.is_empty()).collect();
    assert!(nonempty.windows(2).all(|w| w[0] >= w[1]), "{desc:?}");
}

#[test]
fn undo_and_redo_restore_tags() {
    let mut h = harness("undo");
    let first = cursor(&h);
    h.key_press(Key::Num3);
    h.run_steps(2);
    assert_eq!(stance_of(&h, first).as_deref(), Some("Neutral"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(stance_of(&h, first), None);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(stance_of(&h, first).as_deref(), Some("Neutral"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Y);
    h.run_steps(2);
    assert_eq!(stance_of(&h, first).as_deref(), Some("Neutral"));
}

#[test]
fn the_filter_narrows_the_rows_as_you_type() {
    let mut h = harness("filter");
    let all = h.state().desk.view().table().rows().len();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Filter text").click();
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Filter text").type_text("lindqvist");
    h.run_steps(3);
    let desk = &h.state().desk;
    let rows = desk.view().table().rows();
    assert!(!rows.is_empty() && rows.len() < all, "{} of {all}", rows.len());
    for &i in rows {
        let s = &desk.project().statements[i as usize];
        let hay = format!("{} {} {}", s.text, s.speaker, s.role).to_lowercase();
        assert!(hay.contains("lindqvist"), "{hay}");
    }
    assert!(rows.iter().any(|&i| desk.project().statements[i as usize].speaker == "Marta Lindqvist"));
}

#[test]
fn the_doubtful_filter_keeps_rows_below_the_threshold_and_the_confidence_header_sorts() {
    let mut h = harness("doubtful");
    let all = h.state().desk.view().table().rows().len();
    h.get_by_label("Doubtful below").click();
    h.run_steps(3);
    let desk = &h.state().desk;
    let rows = desk.view().table().rows();
    assert!(rows.len() < all, "{} of {all}", rows.len());
    assert!(rows.iter().all(|&i| desk.project().statements[i as usize].confidence < 0.5));
    h.get_by_label("Doubtful below").click();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Conf.").click();
    h.run_steps(3);
    let desk = &h.state().desk;
    assert_eq!(desk.view().table().sort(), Some((Column::Confidence, false)));
    let conf: Vec<f32> =
        desk.view().table().rows().iter().map(|&i| desk.project().statements[i as usize].confidence).collect();
    assert_eq!(conf.len(), all);
    assert!(conf.windows(2).all(|w| w[0] <= w[1] + 0.001), "{conf:?}");
}

/// Clicks at a screen position: press and release in separate frames, as a mouse does.
fn click_at(h: &mut Harness<'_, DeskApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run_steps(1);
    h.drag_at(pos);
    h.run_steps(1);
    h.drop_at(pos);
    h.run_steps(2);
}

#[test]
fn clicking_a_marked_span_in_the_source_selects_its_row() {
    let mut h = harness("span");
    let first = cursor(&h);
    // another statement of the same item, where the source view drew it
    let (other, pos) = h.state().view.span_points.iter().copied().find(|(id, _)| *id != first).expect("a second span");
    click_at(&mut h, pos);
    assert_eq!(cursor(&h), other);
    // keys still work after a click in the (read-only) source text
    h.key_press(Key::Num4);
    h.run_steps(2);
    assert_eq!(stance_of(&h, other).as_deref(), Some("Mixed"));
}

#[test]
fn text_selected_in_the_source_becomes_a_statement_and_undo_removes_it() {
    let mut h = harness("add");
    let before = h.state().desk.project().statements.len();
    let first = cursor(&h);
    let (_, pos) = h.state().view.span_points.iter().copied().find(|(id, _)| *id == first).unwrap();
    // drag across a few characters of the text
    h.hover_at(pos);
    h.run_steps(1);
    h.drag_at(pos);
    h.run_steps(1);
    h.hover_at(pos + egui::vec2(60.0, 0.0));
    h.run_steps(1);
    h.drop_at(pos + egui::vec2(60.0, 0.0));
    h.run_steps(2);
    let sel = h.state().view.source_selection.expect("a selection");
    assert!(sel.2 > sel.1, "{sel:?}");
    h.get_by_label("Add selection as statement").click();
    h.run_steps(3);
    let d = &h.state().desk;
    assert_eq!(d.project().statements.len(), before + 1);
    let added = d.statement(d.view().cursor().unwrap()).unwrap();
    assert_eq!((added.range.start, added.range.end), (sel.1, sel.2));
    let doc = d.document(added.document).unwrap();
    assert_eq!(&doc.text[d.state().byte_range(doc.id, added.range).unwrap()], added.text);
    // the attribution before it is the speaker suggestion, and the keyboard is in the field
    let suggested = d
        .project()
        .statements
        .iter()
        .filter(|s| s.document == added.document && s.range.end <= added.range.start && !s.speaker.is_empty())
        .max_by_key(|s| s.range.end)
        .map(|s| s.speaker.clone())
        .unwrap_or_default();
    assert_eq!(added.speaker, suggested);
    let speaker_field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Speaker");
    assert!(speaker_field.is_focused(), "the keyboard is in the Speaker field");
    // Ctrl+Z belongs to the text field while it has the keyboard; Esc leaves it
    h.key_press(Key::Escape);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().desk.project().statements.len(), before);
}

#[test]
fn the_target_key_edits_the_target_with_completion() {
    let mut h = harness("target");
    let first = cursor(&h);
    h.key_press(Key::T);
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Target (T)").type_text("Baltic cables");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().desk.statement(first).unwrap().target, "Baltic cables");
    // next row: T, type a prefix, Tab completes from the targets used before
    h.key_press(Key::J);
    h.run_steps(2);
    let second = cursor(&h);
    h.key_press(Key::T);
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Target (T)").type_text("balt");
    h.run_steps(2);
    h.key_press(Key::Tab);
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().desk.statement(second).unwrap().target, "Baltic cables");
}

fn type_path(h: &mut Harness<'_, DeskApp>, path: &std::path::Path) {
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path").type_text(&path.display().to_string());
    h.run_steps(1);
    h.get_by_label("OK").click();
    h.run_steps(2);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(2);
}

#[test]
fn save_writes_the_project_the_desk_shows_and_clears_unsaved() {
    let dir = scratch("save");
    let mut h = harness("save-app");
    h.key_press(Key::Num1);
    h.key_press(Key::Num2);
    h.run_steps(2);
    assert!(h.state().desk.state().unsaved() > 0);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(h.state().prompt_purpose().is_some(), "an unsaved sample asks where to save");
    let path = dir.join("tagged.stance.json");
    type_path(&mut h, &path);
    assert_eq!(h.state().desk.state().unsaved(), 0, "{:?}", h.state().status.message);
    let saved = stancedesk::io::project::load_project(&path).unwrap().project;
    assert_eq!(saved.statements.len(), h.state().desk.project().statements.len());
    assert_eq!(saved.statements.iter().filter(|s| s.stance.is_some()).count(), 2);
    assert_eq!(h.state().session.path(), Some(path.as_path()));
    // a second save goes to the same file and keeps the first as .bak
    h.key_press(Key::Num3);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(1);
    assert!(dir.join("tagged.stance.json.bak").exists());
    assert_eq!(
        stancedesk::io::project::load_project(&path)
            .unwrap()
            .project
            .statements
            .iter()
            .filter(|s| s.stance.is_some())
            .count(),
        3
    );
}

#[test]
fn autosave_keeps_edits_a_second_after_the_last_and_a_crash_offers_them_back() {
    let dir = scratch("crash");
    let recovery = dir.join("recovery");
    let prefs = Prefs { coder: "tester".into(), ..Prefs::default() };
    let mut app = DeskApp::with_recovery_dir(None, prefs.clone(), Some(recovery.clone()));
    app.native_dialogs = false;
    let mut h = drive(app);
    h.run_steps(2);
    let first = cursor(&h);
    h.key_press(Key::Num2);
    h.run_steps(2);
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_millis(1400) {
        std::thread::sleep(std::time::Duration::from_millis(100));
        h.run_steps(1);
    }
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    let files: Vec<_> = std::fs::read_dir(&recovery).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
    assert!(files.iter().any(|p| p.to_string_lossy().ends_with(".recovery.stance.json")), "{files:?}");
    // the desk goes away without closing (a crash: no on_exit, the lock dies with it)
    drop(h);
    let mut app = DeskApp::with_recovery_dir(None, prefs, Some(recovery));
    app.native_dialogs = false;
    assert_eq!(app.pending_recovery().len(), 1);
    let mut h = drive(app);
    h.run_steps(2);
    h.get_by_label("Recover").click();
    h.run_steps(2);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(2);
    assert_eq!(stance_of(&h, first).as_deref(), Some("Oppose"));
    assert!(h.state().pending_recovery().is_empty());
}

#[test]
fn the_codebook_window_renames_a_label_and_its_statements() {
    let mut h = harness("codebook");
    let first = cursor(&h);
    h.key_press(Key::Num1);
    h.run_steps(2);
    h.get_by_label("Edit").click();
    h.run_steps(3);
    h.get_by_label("Codebook…").click();
    h.run_steps(3);
    let name = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Label 1 name");
    name.click();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Label 1 name").type_text("Endorse");
    h.run_steps(2);
    h.get_by_label("Apply").click();
    h.run_steps(3);
    assert_eq!(h.state().desk.project().codebook.labels[0].name, "Endorse");
    assert_eq!(stance_of(&h, first).as_deref(), Some("Endorse"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(stance_of(&h, first).as_deref(), Some("Support"));
}

/// A file dropped on the window, as eframe hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropped_files_open_and_a_bad_one_is_named_while_the_rest_open() {
    let dir = scratch("drop");
    let bad = dir.join("broken.txt");
    std::fs::write(&bad, [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0, 0, 0]).unwrap();
    let good = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/de_briefing.txt");
    let mut h = harness("drop-app");
    let before_docs = h.state().desk.project().documents.len();
    h.input_mut().dropped_files = vec![
        std::sync::Arc::new(Dropped(good)) as egui::DroppedFileHandle,
        std::sync::Arc::new(Dropped(bad)) as egui::DroppedFileHandle,
    ];
    h.run_steps(1);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(2);
    let app = h.state();
    assert_eq!(app.desk.project().documents.len(), before_docs + 1);
    let (msg, error) = app.status.message.clone().unwrap();
    assert!(error && msg.contains("broken.txt"), "{msg}");
    assert!(app.desk.view().items().iter().any(|it| it.file_name == "de_briefing.txt"));
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let mut h = harness("close");
    h.key_press(Key::Num1);
    h.run_steps(2);
    h.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().events.push(egui::ViewportEvent::Close);
    h.run_steps(2);
    assert!(
        h.query_by_label("Unsaved changes").is_some() || h.query_all_by_label_contains("not saved").next().is_some()
    );
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.query_all_by_label_contains("not saved").next().is_none());
    assert_eq!(h.state().desk.tagged(), 1, "nothing lost");
}

/// Greek and Cyrillic text renders with the bundled fonts: the harness fails on any glyph it
/// cannot draw (no `allow_missing_glyphs` here).
#[test]
fn greek_and_cyrillic_render_without_missing_glyphs() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/el_ru_briefing.txt");
    let mut project = stancedesk::model::Project::default();
    let (failed, _) = stancedesk::io::add_briefings(&mut project, &[path], |_, _, _| {});
    assert!(failed.is_empty());
    assert!(project.statements.len() >= 2, "{:?}", project.statements);
    let mut app = DeskApp::with_recovery_dir(Some((project, None)), Prefs::default(), None);
    app.native_dialogs = false;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run_steps(3);
    assert!(h.query_all_by_label_contains("Δεν θα αφήσουμε").next().is_some());
    assert!(h.query_all_by_label_contains("Мы не можем").next().is_some());
    // sorting shows the arrow glyphs too
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Speaker").click();
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Speaker ▲").click();
    h.run_steps(2);
}

#[test]
fn a_project_open_elsewhere_opens_read_only_and_refuses_edits() {
    let dir = scratch("locked");
    let path = dir.join("shared.stance.json");
    let project = stancedesk::app::sample_project();
    stancedesk::io::project::save_project(&path, &project).unwrap();
    let _other_desk = stancedesk::io::lock::ProjectLock::acquire(&path).unwrap();
    let mut app =
        DeskApp::with_recovery_dir(Some((project, Some(path.clone()))), Prefs::default(), Some(dir.join("recovery")));
    app.native_dialogs = false;
    let why = app.session.read_only().map(str::to_owned).expect("read-only");
    assert!(why.contains("already open"), "{why}");
    let mut h = drive(app);
    h.run_steps(2);
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(h.state().desk.tagged(), 0);
    assert!(h.state().status.message.as_ref().is_some_and(|(m, _)| m.contains("read-only")));
    assert!(h.query_by_label("read-only").is_some(), "the status bar says so");
}

#[test]
fn file_open_briefings_falls_back_to_a_path_field_and_opens_them() {
    let mut h = harness("open");
    let before = h.state().desk.project().documents.len();
    h.get_by_label("File").click();
    h.run_steps(3);
    h.get_all_by_label_contains("Open briefings").next().unwrap().click();
    h.run_steps(2);
    assert!(h.state().prompt_purpose().is_some(), "no native dialog here: the path field shows");
    let fr = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fr_briefing.txt");
    let en = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/en_positions.txt");
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path").type_text(&format!(
        "{}\n{}",
        fr.display(),
        en.display()
    ));
    h.run_steps(1);
    h.get_by_label("OK").click();
    h.run_steps(2);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(2);
    assert_eq!(h.state().desk.project().documents.len(), before + 2);
    assert!(h.state().prompt_purpose().is_none());
    // and they are in File ▸ Open recent
    assert!(h.state().prefs.recent.iter().any(|p| p.ends_with("fr_briefing.txt")));
}

#[test]
fn themes_zoom_and_keyboard_focus() {
    let mut h = harness("view");
    h.get_by_label("View").click();
    h.run_steps(3);
    h.get_by_label("Dark theme").click();
    h.run_steps(2);
    assert!(h.state().prefs.dark);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    let zoom = h.ctx.zoom_factor();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
    h.run_steps(2);
    assert!(h.ctx.zoom_factor() > zoom, "Ctrl + zooms in");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Minus);
    h.run_steps(2);
    assert!((h.ctx.zoom_factor() - zoom).abs() < 1e-3, "Ctrl − zooms back");
    // Tab walks the controls
    h.key_press(Key::Tab);
    h.run_steps(2);
    let first = h.ctx.memory(egui::Memory::focused);
    assert!(first.is_some(), "Tab focuses a control");
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert_ne!(h.ctx.memory(egui::Memory::focused), first, "Tab moves on");
}

#[test]
fn a_document_can_be_reopened_with_another_encoding_after_a_warning() {
    let dir = scratch("encoding");
    let path = dir.join("cp1252.txt");
    let text = "Réforme des retraites\r\nLa ministre Hélène Dubois a déclaré que la réforme était nécessaire.\r\n« Nous irons jusqu’au bout », a-t-elle ajouté.\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    std::fs::write(&path, &bytes).unwrap();
    let mut project = stancedesk::model::Project::default();
    let (failed, _) = stancedesk::io::add_briefings(&mut project, std::slice::from_ref(&path), |_, _, _| {});
    assert!(failed.is_empty());
    assert_eq!(project.documents[0].encoding, "windows-1252");
    let mut app = DeskApp::with_recovery_dir(Some((project, None)), Prefs::default(), Some(dir.join("recovery")));
    app.native_dialogs = false;
    let mut h = drive(app);
    h.run_steps(2);
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(h.state().desk.tagged(), 1);
    h.get_all_by_label_contains("windows-1252 ▾").next().unwrap().click();
    h.run_steps(3);
    h.get_by_label("UTF-8").click();
    h.run_steps(3);
    // the tag would be lost: the desk asks first
    assert_eq!(h.state().desk.project().documents[0].encoding, "windows-1252");
    h.get_by_label("Reopen").click();
    h.run_steps(2);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(2);
    let d = &h.state().desk;
    assert_eq!(d.project().documents[0].encoding, "UTF-8");
    assert!(d.project().documents[0].text.contains('\u{fffd}'), "cp1252 bytes read as UTF-8 are replaced");
    assert_eq!(d.tagged(), 0);
    for s in &d.project().statements {
        let doc = d.document(s.document).unwrap();
        assert_eq!(&doc.text[d.state().byte_range(doc.id, s.range).unwrap()], s.text);
    }
}

fn status(h: &Harness<'_, DeskApp>) -> String {
    h.state().status.message.as_ref().map(|(m, _)| m.clone()).unwrap_or_default()
}

/// Replaces the text of a field with `text` (select all, type).
fn retype(h: &mut Harness<'_, DeskApp>, label: &str, text: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).focus();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).type_text(text);
    h.run_steps(1);
}

#[test]
fn correcting_a_speaker_changes_that_statement_only_and_renaming_all_asks_first() {
    let mut h = harness("rename");
    // a statement whose speaker has other statements too
    let (id, old, same) = {
        let d = &h.state().desk;
        let (name, _) = d.view().speakers().iter().find(|(_, n)| *n >= 3).cloned().unwrap();
        let same: Vec<StatementId> =
            d.project().statements.iter().filter(|s| s.speaker == name).map(|s| s.id).collect();
        (same[1], name, same)
    };
    h.state_mut().desk.run(stancedesk::desk::Command::Select { id, extend: false, range: false });
    h.run_steps(2);
    retype(&mut h, "Speaker", "Somebody Else");
    h.key_press(Key::Enter);
    h.run_steps(3);
    let d = &h.state().desk;
    assert_eq!(d.statement(id).unwrap().speaker, "Somebody Else");
    for other in same.iter().filter(|&&o| o != id) {
        assert_eq!(d.statement(*other).unwrap().speaker, old, "the others keep their speaker");
    }
    // renaming everywhere: an explicit button, a question with the count, one undo step
    let other = same[0];
    h.state_mut().desk.run(stancedesk::desk::Command::Select { id: other, extend: false, range: false });
    h.run_steps(2);
    retype(&mut h, "Speaker", "Renamed Everywhere");
    let n = same.len() - 1;
    h.get_by_label(&format!("Rename \"{old}\" on all {n} statements…")).click();
    h.run_steps(2);
    assert!(h.query_by_label(&format!("Rename \"{old}\" on {n} statements?")).is_some());
    assert_eq!(h.state().desk.statement(other).unwrap().speaker, old, "nothing changes before the answer");
    h.get_by_label("Rename").click();
    h.run_steps(3);
    for s in same.iter().filter(|&&o| o != id) {
        assert_eq!(h.state().desk.statement(*s).unwrap().speaker, "Renamed Everywhere");
    }
    assert!(status(&h).starts_with(&format!("Rename \"{old}\" to \"Renamed Everywhere\" on {n} statements")));
    h.key_press(Key::Escape);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    for s in same.iter().filter(|&&o| o != id) {
        assert_eq!(h.state().desk.statement(*s).unwrap().speaker, old, "one undo step");
    }
}

#[test]
fn keys_typed_in_a_filter_list_change_nothing_in_the_project() {
    let mut h = harness("popup");
    let before = h.state().desk.project().clone();
    h.get_by_label("Speaker filter").click();
    h.run_steps(2);
    assert!(h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search Speaker").is_focused());
    for k in [Key::T, Key::R, Key::Num1, Key::Delete, Key::J] {
        h.key_press(k);
        h.run_steps(1);
    }
    h.run_steps(2);
    assert_eq!(*h.state().desk.project(), before, "no tag, no target, nothing deleted");
    assert!(!h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Target (T)").is_focused());
    // Esc closes the list; then the keys are the desk's again
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_role_and_label(egui::accesskit::Role::TextInput, "Search Speaker").is_none());
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(h.state().desk.tagged(), 1);
}

#[test]
fn f1_lists_every_key_and_alt_f_opens_the_file_menu() {
    let mut h = harness("help");
    h.key_press(Key::F1);
    h.run_steps(2);
    assert!(h.query_all_by_label("Keys").next().is_some(), "the Keys window");
    assert!(h.query_by_label("Edit the target").is_some());
    assert!(h.query_by_label("Ctrl+Shift+Z, Ctrl+Y").is_some(), "every key of a command");
    assert!(h.query_by_label("Tag the selection Support and move to the next untagged row").is_some());
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(h.state().desk.tagged(), 0, "the window has the keyboard");
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Tag the selection Support and move to the next untagged row").is_none());
    h.key_press_modifiers(egui::Modifiers::ALT, Key::F);
    h.run_steps(3);
    assert!(h.query_by_label("Open project…").is_some(), "the File menu is open");
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Open project…").is_none());
}

#[test]
fn tab_puts_the_last_target_into_an_empty_target_field() {
    let mut h = harness("lasttarget");
    h.key_press(Key::T);
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Target (T)").type_text("Ceasefire");
    h.key_press(Key::Enter);
    h.run_steps(3);
    h.key_press(Key::J);
    h.run_steps(2);
    let second = cursor(&h);
    h.key_press(Key::T);
    h.run_steps(2);
    h.key_press(Key::Tab);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().desk.statement(second).unwrap().target, "Ceasefire");
}

#[test]
fn every_edit_and_undo_says_what_it_did_and_old_messages_go() {
    let mut h = harness("messages");
    h.key_press(Key::Num2);
    h.run_steps(2);
    assert_eq!(status(&h), "Tagged 1 statement Oppose");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(status(&h), "Undid: tag 1 statement Oppose");
    h.key_press(Key::J);
    h.run_steps(2);
    assert_eq!(status(&h), "", "a new action clears the old message");
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert_eq!(status(&h), "Deleted 1 statement");
}

/// The desk laid out at a window size (in pixels) and zoom.
fn harness_at(name: &str, pixels: (f32, f32), zoom: f32) -> Harness<'static, DeskApp> {
    let prefs = Prefs { coder: "tester".into(), ..Prefs::default() };
    let mut app = DeskApp::with_recovery_dir(None, prefs, Some(scratch(name).join("recovery")));
    app.native_dialogs = false;
    let mut h = Harness::builder()
        .with_size(egui::vec2(pixels.0 / zoom, pixels.1 / zoom))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run_steps(3);
    h
}

#[test]
fn every_stance_chip_stays_whole_and_the_statement_gets_the_room_at_any_size_and_zoom() {
    for (w, ht) in [(1280.0, 720.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        for zoom in [0.8, 1.0, 1.5] {
            let h = harness_at(&format!("layout-{w}-{zoom}"), (w, ht), zoom);
            let width = w / zoom;
            let id = cursor(&h);
            let source = h.get_by_label("Source").rect();
            let statement = h.get_by_role_and_label(egui::accesskit::Role::Button, "Statement").rect();
            for label in ["Support", "Oppose", "Neutral", "Mixed", "Unclear"] {
                let chip = h.get_by_label(&format!("{label} {id}")).rect();
                assert!(
                    chip.min.x > statement.min.x && chip.max.x < source.min.x && chip.max.x <= width,
                    "{w}x{ht} at {zoom}: the {label} chip {chip:?} is cut (source panel at {})",
                    source.min.x
                );
            }
            let room = h.query_all_by_role(egui::accesskit::Role::Button).count();
            assert!(room > 0);
            // the statement's text column gets the free width, at least 160 points
            let speaker = h.get_by_role_and_label(egui::accesskit::Role::Button, "Speaker").rect();
            assert!(statement.min.x > speaker.min.x);
            let items = h.get_by_label("Items").rect();
            assert!(items.max.x < statement.min.x, "{w}x{ht} at {zoom}: the items panel overlaps the table");
            assert!(source.max.x <= width + 1.0, "{w}x{ht} at {zoom}: the source panel is cut");
        }
    }
}

#[test]
fn the_actors_window_merges_a_suggested_alias_in_one_undo_step_and_filters_to_an_actor() {
    let dir = scratch("actors");
    let path = dir.join("b.txt");
    std::fs::write(
        &path,
        "Talks\n“We hold the line,” said Defence Minister Anna Berg. Berg added that talks would go on.\n\
         Later, A. Berg said the plan was sound and the deadline would hold.\n\
         Opposition leader Tom Roe said the plan would fail within weeks.\n",
    )
    .unwrap();
    let mut project = stancedesk::model::Project::default();
    let (failed, _) = stancedesk::io::add_briefings(&mut project, std::slice::from_ref(&path), |_, _, _| {});
    assert!(failed.is_empty());
    let mut app = DeskApp::with_recovery_dir(Some((project, None)), Prefs::default(), Some(dir.join("recovery")));
    app.native_dialogs = false;
    let mut h = drive(app);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::A);
    h.run_steps(3);
    h.get_by_label("Merge \"A. Berg\" into \"Anna Berg\"").click();
    h.run_steps(3);
    let actors = h.state().desk.project().actors.clone();
    assert_eq!(actors.len(), 1);
    assert_eq!(
        (actors[0].name.as_str(), actors[0].aliases.as_slice()),
        ("Anna Berg", ["A. Berg".to_owned()].as_slice())
    );
    // a click on the actor shows its statements under both names
    h.get_by_label("Actor Anna Berg").click();
    h.run_steps(3);
    let d = &h.state().desk;
    let berg = d.project().statements.iter().filter(|s| s.speaker.contains("Berg")).count();
    assert!(berg >= 3);
    assert_eq!(d.view().table().rows().len(), berg);
    assert!(h.query_by_label("Actor: Anna Berg ×").is_some(), "the filter is shown");
    h.key_press(Key::Escape);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(h.state().desk.project().actors.is_empty(), "one undo step");
}

#[test]
fn file_open_folder_reads_every_briefing_under_it() {
    let dir = scratch("folder");
    std::fs::create_dir_all(dir.join("in/deeper")).unwrap();
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    std::fs::copy(data.join("fr_briefing.txt"), dir.join("in/fr.txt")).unwrap();
    std::fs::copy(data.join("en_positions.txt"), dir.join("in/deeper/en.txt")).unwrap();
    std::fs::write(dir.join("in/image.bin"), [0u8, 1, 2, 3, 0, 0, 255]).unwrap();
    let mut h = harness("openfolder");
    let before = h.state().desk.project().documents.len();
    h.get_by_label("File").click();
    h.run_steps(3);
    h.get_by_label("Open folder…").click();
    type_path(&mut h, &dir.join("in"));
    assert_eq!(h.state().desk.project().documents.len(), before + 2);
    assert!(status(&h).contains("skipped 1 file(s) that are no briefings"), "{}", status(&h));
}

#[test]
fn a_desk_opened_on_a_damaged_project_shows_the_error_in_a_window_and_not_saved() {
    let dir = scratch("damaged");
    let p = dir.join("broken.stance.json");
    let text = "{\"format\": \"stancedesk-project\", \"format_version\": 1, \"app_version\": \"0.1.0\",\n\"project\": {\"documents\": [], \"statements\": [{\"id\": \"not a number\"}]}}\n";
    std::fs::write(&p, text).unwrap();
    let prefs = Prefs { coder: "tester".into(), ..Prefs::default() };
    // as `stancedesk FILE` starts: an empty desk, then the file opened
    let start = Some((stancedesk::model::Project::default(), None));
    let mut app = DeskApp::with_recovery_dir(start, prefs, Some(dir.join("recovery")));
    app.native_dialogs = false;
    app.open_paths(vec![p.clone()]);
    let mut h = drive(app);
    h.run_steps(1);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(3);
    assert!(h.query_by_label("Could not open the project").is_some(), "the error has a window");
    assert!(
        h.query_all_by_label_contains("broken.stance.json").count() >= 2,
        "the file in the window and the status bar"
    );
    assert!(h.query_by_label_contains("`project.statements[0].id`, line 2").is_some(), "the place is shown");
    assert!(h.query_by_label("saved").is_none(), "a desk that opened nothing is not 'saved'");
    assert!(h.query_by_label("nothing open").is_some());
    assert_eq!(std::fs::read_to_string(&p).unwrap(), text, "the file is untouched");
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.query_by_label("Could not open the project").is_none(), "OK closes the window");
}

#[test]
fn the_codebook_window_shows_whole_label_names_and_preferences_replace_it() {
    let mut h = harness_at("codebook-size", (1366.0, 768.0), 1.0);
    h.key_press_modifiers(egui::Modifiers::ALT, Key::E);
    h.run_steps(3);
    h.get_by_label("Codebook…").click();
    h.run_steps(3);
    let name = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Label 1 name").rect();
    assert!(name.width() >= 150.0, "label names get room: {name:?}");
    assert!(name.min.y > 30.0, "the window is not under the menus");
    // the window has the keyboard (Alt+E waits), the mouse opens the menu
    h.get_by_label("Edit").click();
    h.run_steps(3);
    h.get_by_label("Preferences…").click();
    h.run_steps(3);
    assert!(h.query_by_role_and_label(egui::accesskit::Role::TextInput, "Label 1 name").is_none());
    assert!(h.query_by_role_and_label(egui::accesskit::Role::TextInput, "Coder name").is_some());
}

#[test]
fn merged_and_split_statements_have_clean_edges() {
    let mut h = harness("clean-edges");
    // the two parts of a quote split by its attribution (“A,” said X, “B.”)
    let (a, b) = {
        let d = &h.state().desk;
        let parts: Vec<_> = d
            .project()
            .statements
            .iter()
            .filter(|s| s.speaker.contains("Vahtra") && s.kind == stancedesk::model::StatementKind::Quote)
            .take(2)
            .map(|s| s.id)
            .collect();
        (parts[0], parts[1])
    };
    h.state_mut().desk.run(stancedesk::desk::Command::Select { id: a, extend: false, range: false });
    h.state_mut().desk.run(stancedesk::desk::Command::Select { id: b, extend: true, range: false });
    h.run_steps(2);
    h.get_by_label("Merge selected").click();
    h.run_steps(3);
    let edges_clean = |t: &str| {
        let bad = |c: char| c.is_whitespace() || "“”„\"«»‘,;:".contains(c);
        !t.starts_with(bad) && !t.ends_with(bad)
    };
    let merged = h.state().desk.statement(cursor(&h)).unwrap().clone();
    let gone = |id| h.state().desk.statement(id).is_none();
    assert!(gone(a) && gone(b), "the parts are replaced by the merged statement");
    assert!(merged.text.contains("Vahtra"), "a statement is one span: the attribution stays inside");
    assert!(edges_clean(&merged.text), "{:?}", merged.text);
    assert!(status(&h).starts_with("Merged 2 statements"), "{}", status(&h));
    // split it again at a caret inside it: both pieces clean at the cut
    let (_, pos) = h.state().view.span_points.iter().copied().find(|(id, _)| *id == merged.id).unwrap();
    click_at(&mut h, pos + egui::vec2(170.0, 0.0));
    h.get_by_label("Split at caret").click();
    h.run_steps(3);
    let d = &h.state().desk;
    let pieces: Vec<&str> = d
        .project()
        .statements
        .iter()
        .filter(|s| s.range.start >= merged.range.start && s.range.end <= merged.range.end && s.id != merged.id)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(pieces.len(), 2, "{pieces:?}");
    for p in pieces {
        assert!(edges_clean(p), "{p:?}");
    }
}

#[test]
fn clear_filters_keeps_the_analysts_threshold_of_doubt() {
    let mut h = harness("doubt-kept");
    let speaker = h.state().desk.view().speakers()[0].0.clone();
    let filter = stancedesk::desk::table::Filter {
        speaker: Some(speaker),
        doubt_below: Some(70),
        ..stancedesk::desk::table::Filter::default()
    };
    h.state_mut().desk.run(stancedesk::desk::Command::Filter(filter));
    h.run_steps(2);
    h.get_by_label("Clear filters").click();
    h.run_steps(2);
    let f = h.state().desk.view().table().filter().clone();
    assert_eq!((f.speaker, f.doubt_below), (None, Some(70)));
}

/// The v3 fixture (coders ann, bob, cy: agreements, one disagreement, one settled) in the desk.
fn coders_harness() -> Harness<'static, DeskApp> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/projects/v3.stance.json");
    let project = stancedesk::io::project::load_project(&path).unwrap().project;
    let prefs = Prefs { coder: "tester".into(), ..Prefs::default() };
    let mut app = DeskApp::with_recovery_dir(Some((project, None)), prefs, None);
    app.native_dialogs = false;
    let mut h = drive(app);
    h.run_steps(3);
    h
}

fn pick(h: &mut Harness<'_, DeskApp>, combo: &str, entry: &str) {
    h.get_by_label(combo).click();
    h.run_steps(2);
    h.get_by_label(entry).click();
    h.run_steps(2);
}

#[test]
fn coders_views_the_disagree_filter_and_the_settle_queue() {
    use stancedesk::desk::Shown;
    let mut h = coders_harness();
    let id = |n: u64| StatementId(n);
    assert!(h.query_by_label("settled 1 / unsettled 1").is_some(), "the status bar counts");
    pick(&mut h, "Show tags of", "bob's tags");
    assert_eq!(*h.state().desk.view().shown(), Shown::Coder("bob".into()));
    assert_eq!(h.state().desk.tagged(), 1, "bob tagged one statement");
    assert!(h.query_by_label("Keys tag as bob").is_some());
    pick(&mut h, "Show tags of", "All coders");
    assert!(h.query_by_label("bob: Oppose s1").is_some() && h.query_by_label("cy: Support s1").is_some());
    pick(&mut h, "Coders filter", "Coders disagree (2)");
    let rows: Vec<StatementId> = {
        let d = &h.state().desk;
        d.view().table().rows().iter().map(|&i| d.project().statements[i as usize].id).collect()
    };
    assert_eq!(rows, [id(1), id(2)]);
    // the queue: the cursor goes to the unsettled one; Alt+2 takes bob's tag (ann, bob, cy)
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::D);
    h.run_steps(2);
    assert!(h.state().view.settle_open);
    assert_eq!(cursor(&h), id(1));
    assert!(h.query_by_label("1 of 1 unsettled").is_some());
    h.key_press_modifiers(egui::Modifiers::ALT, Key::Num2);
    h.run_steps(2);
    assert_eq!(stance_of(&h, id(1)).as_deref(), Some("Oppose"));
    assert_eq!(h.state().desk.statement(id(1)).unwrap().settled_by, "tester");
    assert!(h.query_by_label("settled 2 / unsettled 0").is_some());
    // undo, then a stance key settles it directly
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(stance_of(&h, id(1)), None);
    assert!(h.query_by_label("settled 1 / unsettled 1").is_some());
    h.key_press(Key::Num4);
    h.run_steps(2);
    assert_eq!(stance_of(&h, id(1)).as_deref(), Some("Mixed"));
    assert!(h.query_by_label("every disagreement is settled").is_some());
    // Analysis ▸ Agreement…: computed off the GUI thread
    h.get_by_label("Analysis").click();
    h.run_steps(2);
    h.get_by_label("Agreement…").click();
    h.run_steps(2);
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(2);
    assert!(h.query_by_label("Krippendorff's α").is_some());
    let a = h.state().view.agreement.data().unwrap();
    assert_eq!((a.coders.len(), a.all.units), (3, 4));
}
