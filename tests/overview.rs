//! The overview driven headless with `egui_kittest`: Ctrl+2 shows it, a click on a matrix cell
//! shows exactly that cell's statements with the filter visible, a click on a network node shows
//! that actor's statements, and tagging while the overview shows recomputes it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::cast_possible_truncation)]

use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stancedesk::app::{DeskApp, Prefs, sample_project};
use stancedesk::model::Project;
use stancedesk::ui::Main;

const LABELS: [&str; 3] = ["Support", "Oppose", "Neutral"];
const TARGETS: [&str; 3] = ["Baltic cables", "sanctions", "talks"];

/// The sample with every statement that has a speaker given a target and (mostly) a label.
fn tagged() -> Project {
    let mut p = sample_project();
    for (k, s) in p.statements.iter_mut().filter(|s| !s.speaker.is_empty()).enumerate() {
        TARGETS[k % 3].clone_into(&mut s.target);
        s.stance = (k % 4 != 3).then(|| LABELS[k % 3].to_owned());
    }
    p
}

fn harness(project: Project) -> Harness<'static, DeskApp> {
    let prefs = Prefs { coder: "tester".into(), ..Prefs::default() };
    let mut app = DeskApp::with_recovery_dir(Some((project, None)), prefs, None);
    app.native_dialogs = false;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run_steps(2);
    h
}

/// Ctrl+2, then the overview computed and shown.
fn overview(h: &mut Harness<'_, DeskApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run_steps(2);
    h.state_mut().wait_for_jobs(Duration::from_secs(20));
    h.run_steps(2);
    assert_eq!(h.state().view.main, Main::Overview);
    assert!(!h.state().view.overview.stale(h.state().desk.state().revision()));
}

#[test]
fn a_matrix_cell_click_shows_exactly_its_statements_and_the_filter_clears_in_one_click() {
    let project = tagged();
    let mut h = harness(project.clone());
    overview(&mut h);
    let (actor, target, n) = {
        let o = h.state().view.overview.data().unwrap();
        let m = &o.matrix;
        let (a, t) = (m.actors_by_activity[0], m.targets_by_activity[0]);
        (m.actors[a as usize].clone(), m.targets[t as usize].clone(), m.cell(a, t).unwrap().statements as usize)
    };
    let expected: Vec<_> =
        project.statements.iter().filter(|s| s.speaker == actor && s.target == target).map(|s| s.id).collect();
    assert_eq!(expected.len(), n);
    assert!(n >= 2, "{actor} × {target}: {n}");
    h.get_by_label(&format!("{actor} × {target}: {n} statements")).click();
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.view.main, Main::Statements, "the click goes to the statements");
    let rows: Vec<_> =
        app.desk.view().table().rows().iter().map(|&i| app.desk.project().statements[i as usize].id).collect();
    assert_eq!(rows, expected, "exactly the cell's statements");
    let f = app.desk.view().table().filter();
    let shown_actor = f.actor.as_ref().map(|a| a.name.as_str());
    assert_eq!((shown_actor, f.target.as_deref()), (Some(actor.as_str()), Some(target.as_str())));
    assert!(h.query_by_label(&format!("Actor: {actor} ×")).is_some(), "the actor filter is visible");
    assert!(h.query_by_label(&format!("Target: {target} ×")).is_some(), "the filter is visible");
    h.get_by_label("Clear filters").click();
    h.run_steps(2);
    assert_eq!(h.state().desk.view().table().rows().len(), project.statements.len());
    // Ctrl+1 and Ctrl+2 switch back and forth
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run_steps(2);
    assert_eq!(h.state().view.main, Main::Overview);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run_steps(2);
    assert_eq!(h.state().view.main, Main::Statements);
}

#[test]
fn tagging_while_the_overview_shows_recomputes_it_and_every_tab_draws() {
    let mut h = harness(tagged());
    overview(&mut h);
    let before = h.state().view.overview.data().unwrap().tagged;
    // untag one statement through the desk, as a key would
    let id = h.state().desk.project().statements.iter().find(|s| s.stance.is_some()).unwrap().id;
    let label = h.state().desk.statement(id).unwrap().stance.clone().unwrap();
    h.state_mut().desk.run(stancedesk::desk::Command::Chip { id, label });
    h.run_steps(1);
    h.state_mut().wait_for_jobs(Duration::from_secs(20));
    h.run_steps(2);
    assert_eq!(h.state().view.overview.data().unwrap().tagged, before - 1);
    for tab in ["Stance over time", "Actors", "Network", "Actors × targets"] {
        h.get_by_label(tab).click();
        h.run_steps(3);
    }
    assert!(
        h.query_all_by_label_contains("without a date").next().is_some()
            || h.query_all_by_label_contains("net stance").next().is_some()
    );
}

#[test]
fn a_network_node_click_shows_that_actors_statements() {
    let mut h = harness(tagged());
    overview(&mut h);
    h.get_by_label("Network").click();
    h.run_steps(3);
    let actor = h.state().view.overview.data().unwrap().network.actors[0].clone();
    // the layout settles (a step per frame), then the node is where the click lands
    for _ in 0..400 {
        if h.state().view.overview.network.layout.settled() {
            break;
        }
        h.step();
    }
    assert!(h.state().view.overview.network.layout.settled());
    h.get_by_label(&format!("Node {actor}")).click();
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.view.main, Main::Statements);
    assert_eq!(app.desk.view().table().filter().actor.as_ref().map(|a| a.name.as_str()), Some(actor.as_str()));
    let n = app.desk.project().statements.iter().filter(|s| s.speaker == actor).count();
    assert_eq!(app.desk.view().table().rows().len(), n);
}
