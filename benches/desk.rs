//! The desk's frame times with 100,000 statements, driven headless through `egui_kittest`: first
//! frame on the sample, then idle, scrolling, selecting, tagging, sorting by every column and
//! filtering as you type; then the overview: computed (off the GUI thread) on the project with
//! every attributed statement tagged, its frames per tab, and a step of the network layout with
//! 300 actors. `cargo bench --bench desk` prints the median and worst time per action.
//!
//! The project is `../shared/bulk/polnear/texts` extracted and repeated to 100,000 statements.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::cast_precision_loss)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use stancedesk::analysis::Overview;
use stancedesk::analysis::layout::ForceLayout;
use stancedesk::analysis::network::{NetworkKind, Normalization};
use stancedesk::app::{DeskApp, Prefs};
use stancedesk::desk::table::Column;
use stancedesk::io::add_briefings;
use stancedesk::model::{DocumentId, Project, StatementId};
use stancedesk::ui::Main;
use stancedesk::ui::overview::Tab;

const TARGET: usize = 100_000;

fn big() -> Project {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bulk/polnear/texts");
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(e) => e.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt")],
    };
    paths.sort();
    let mut base = Project::default();
    let _ = add_briefings(&mut base, &paths, |_, _, _| {});
    let mut p = Project::default();
    let (mut nd, mut ns) = (0u32, 0u64);
    while p.statements.len() < TARGET {
        for d in &base.documents {
            let mut doc = d.clone();
            doc.id = DocumentId(nd);
            nd += 1;
            for s in base.statements.iter().filter(|s| s.document == d.id) {
                let mut s = s.clone();
                s.id = StatementId(ns);
                ns += 1;
                s.document = doc.id;
                p.statements.push(s);
            }
            p.documents.push(doc);
            if p.statements.len() >= TARGET {
                break;
            }
        }
    }
    p
}

fn harness(project: Option<Project>) -> Harness<'static, DeskApp> {
    let mut app = DeskApp::with_recovery_dir(
        project.map(|p| (p, None)),
        Prefs { coder: "bench".into(), ..Prefs::default() },
        None,
    );
    app.native_dialogs = false;
    Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .allow_missing_glyphs()
        .with_max_steps(10_000)
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app)
}

fn report(name: &str, times: &mut [Duration], budget_ms: f64) {
    times.sort();
    let median = times[times.len() / 2].as_secs_f64() * 1e3;
    let worst = times[times.len() - 1].as_secs_f64() * 1e3;
    let verdict = if worst <= budget_ms { "ok" } else { "OVER" };
    println!("{name:<34} median {median:8.2} ms   worst {worst:8.2} ms   budget {budget_ms:6.0} ms  {verdict}");
}

fn timed(h: &mut Harness<'_, DeskApp>, before: impl Fn(&mut Harness<'_, DeskApp>)) -> Duration {
    before(h);
    let t = Instant::now();
    h.step();
    t.elapsed()
}

/// Frame times of the desk in a plain egui context, as the app runs without a screen reader
/// (the kittest harness below also builds the AccessKit tree every frame).
fn plain_frames(project: &Project) {
    let mut app = DeskApp::with_recovery_dir(
        Some((project.clone(), None)),
        Prefs { coder: "bench".into(), ..Prefs::default() },
        None,
    );
    app.native_dialogs = false;
    let ctx = egui::Context::default();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 1000.0));
    let mut frame = |events: Vec<egui::Event>| {
        let input = egui::RawInput { screen_rect: Some(screen), events, ..egui::RawInput::default() };
        let t = Instant::now();
        let _ = ctx.run_ui(input, |ui| app.frame_ui(ui));
        t.elapsed()
    };
    for _ in 0..3 {
        frame(Vec::new());
    }
    let key = |k: Key| {
        vec![egui::Event::Key {
            key: k,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        }]
    };
    let mut idle: Vec<Duration> = (0..30).map(|_| frame(Vec::new())).collect();
    report("plain: idle frame", &mut idle, 16.0);
    let mut scroll: Vec<Duration> = (0..30).map(|_| frame(key(Key::PageDown))).collect();
    report("plain: scroll (PageDown)", &mut scroll, 16.0);
    let mut select: Vec<Duration> = (0..30).map(|_| frame(key(Key::J))).collect();
    report("plain: select next row (j)", &mut select, 16.0);
    let mut tag: Vec<Duration> = (0..30).map(|_| frame(key(Key::Num1))).collect();
    report("plain: tag and advance (1)", &mut tag, 16.0);
}

/// The project with every statement that has a speaker given one of 40 targets and (three in
/// four) a label, as a coded project looks.
fn tagged(project: &Project) -> Project {
    const LABELS: [&str; 5] = ["Support", "Oppose", "Neutral", "Mixed", "Unclear"];
    let mut p = project.clone();
    for (k, s) in p.statements.iter_mut().enumerate().filter(|(_, s)| !s.speaker.is_empty()) {
        let h = s.speaker.bytes().fold(k / 7, |h, b| h.wrapping_mul(31).wrapping_add(usize::from(b)));
        s.target = format!("target {}", h % 40);
        s.stance = (k % 4 != 3).then(|| LABELS[(h / 40) % 5].to_owned());
    }
    p
}

/// The overview: computing it, a frame of each tab (plain egui, as the app runs), a layout step.
fn overview(project: &Project) {
    let p = tagged(project);
    let mut compute: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let o = Overview::compute(&p);
            let e = t.elapsed();
            drop(o);
            e
        })
        .collect();
    report("overview: compute (off the GUI thread)", &mut compute, 200.0);
    let o = Overview::compute(&p);
    println!(
        "overview of {} statements ({} tagged): {} actors x {} targets, {} cells; network {} of {} actors",
        o.statements,
        o.tagged,
        o.matrix.actors.len(),
        o.matrix.targets.len(),
        o.matrix.cell_count(),
        o.network.actors.len(),
        o.network.all_actors
    );
    let edges: Vec<(u32, u32, f32)> = o
        .network
        .edges(NetworkKind::Congruence, Normalization::Average)
        .into_iter()
        .map(|(a, b, w)| (a, b, w as f32))
        .collect();
    let mut layout = ForceLayout::new(o.network.actors.len());
    let mut steps: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            layout.step(&edges, None);
            t.elapsed()
        })
        .collect();
    report(
        &format!("network layout step ({} actors, {} edges)", o.network.actors.len(), edges.len()),
        &mut steps,
        10.0,
    );
    overview_frames(p);
}

fn overview_frames(p: Project) {
    let mut app =
        DeskApp::with_recovery_dir(Some((p, None)), Prefs { coder: "bench".into(), ..Prefs::default() }, None);
    app.native_dialogs = false;
    app.view.main = Main::Overview;
    let ctx = egui::Context::default();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1366.0, 768.0));
    let frame = |app: &mut DeskApp| {
        let input = egui::RawInput { screen_rect: Some(screen), ..egui::RawInput::default() };
        let t = Instant::now();
        let _ = ctx.run_ui(input, |ui| app.frame_ui(ui));
        t.elapsed()
    };
    let t = Instant::now();
    frame(&mut app);
    app.wait_for_jobs(Duration::from_secs(30));
    println!("overview requested and shown after {:.0} ms (its first frame included)", t.elapsed().as_secs_f64() * 1e3);
    for tab in [Tab::Matrix, Tab::Time, Tab::Actors, Tab::Network] {
        app.view.overview.tab = tab;
        for _ in 0..3 {
            frame(&mut app);
        }
        let mut times: Vec<Duration> = (0..30).map(|_| frame(&mut app)).collect();
        report(&format!("overview frame: {tab:?} tab (1366x768)"), &mut times, 16.0);
    }
}

fn main() {
    // first frame on the bundled sample, from nothing
    let mut first = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let mut h = harness(None);
        h.step();
        first.push(t.elapsed());
    }
    report("first frame (sample)", &mut first, 300.0);

    let t = Instant::now();
    let project = big();
    let n = project.statements.len();
    println!("built {n} statements in {} documents in {:.1} s", project.documents.len(), t.elapsed().as_secs_f64());
    let mut clones: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let c = project.clone();
            let e = t.elapsed();
            drop(c);
            e
        })
        .collect();
    report("copy for the saver thread, at open", &mut clones, 300.0);
    overview(&project);
    plain_frames(&project);
    let t = Instant::now();
    let mut h = harness(Some(project));
    h.step();
    println!("desk open + first frame with {n} statements: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    h.run_steps(3);

    let mut idle: Vec<Duration> = (0..30).map(|_| timed(&mut h, |_| {})).collect();
    report("idle frame", &mut idle, 16.0);
    let mut scroll: Vec<Duration> = (0..30).map(|_| timed(&mut h, |h| h.key_press(Key::PageDown))).collect();
    report("scroll (PageDown, 20 rows)", &mut scroll, 16.0);
    let mut select: Vec<Duration> = (0..30).map(|_| timed(&mut h, |h| h.key_press(Key::J))).collect();
    report("select next row (j)", &mut select, 16.0);
    let mut tag: Vec<Duration> = (0..30).map(|_| timed(&mut h, |h| h.key_press(Key::Num1))).collect();
    report("tag and advance (1)", &mut tag, 16.0);
    for col in Column::ALL {
        let mut sort = Vec::new();
        for _ in 0..3 {
            let label = h.state().desk.view().table().sort().filter(|(c, _)| *c == col).map_or_else(
                || col.title().to_owned(),
                |(_, desc)| format!("{}{}", col.title(), if desc { " ▼" } else { " ▲" }),
            );
            // a column the table hides at this width (see its hide order) has no header to click
            let Some(node) = h.query_by_role_and_label(egui::accesskit::Role::Button, &label) else { break };
            node.click();
            let t = Instant::now();
            h.step();
            h.step();
            sort.push(t.elapsed());
        }
        if sort.is_empty() {
            println!("sort by {}: hidden at this width", col.title());
            continue;
        }
        report(&format!("sort by {} (2 frames)", col.title()), &mut sort, 150.0);
    }
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Filter text").click();
    h.step();
    let mut filter = Vec::new();
    for ch in "government".chars() {
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Filter text").type_text(&ch.to_string());
        let t = Instant::now();
        h.step();
        filter.push(t.elapsed());
    }
    println!("rows after typing \"government\": {}", h.state().desk.view().table().rows().len());
    report("filter, one typed character", &mut filter, 50.0);
}
