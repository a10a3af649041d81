//! Merging coders' projects: the properties every merge must have (commutative, idempotent, no
//! tag or statement doubled, every coder's tag kept), the command as a user runs it (inputs
//! untouched, agreement of the merged project the same as of the inputs), and a lean timing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::cast_possible_truncation, clippy::format_push_string)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use proptest::prelude::*;
use stancedesk::io::merge::{document_key, merge, synthetic_pair};
use stancedesk::io::project::{load_project, write_project};
use stancedesk::model::{
    CharRange, CoderTag, Document, DocumentId, Item, Project, Statement, StatementId, StatementKind,
};

const CODERS: [&str; 3] = ["ann", "bo", "cy"];
const STANCES: [&str; 3] = ["Support", "Oppose", "Neutral"];
const TIMES: [&str; 3] = ["2026-03-01T10:00:00Z", "2026-03-01T12:00:00+02:00", "2026-03-02T09:00:00Z"];
const SPEAKERS: [&str; 3] = ["Ann Lee", "Bo", ""];
/// Statement places per document: (start, end) of slot `n` is (5n, 5n + 4).
const SLOTS: usize = 8;
const TEXTS: [&str; 2] = ["one. two. tre. for. fiv. six. sev. eig. ", "Uno. Due. Tre. Qua. Cin. Sei. Set. Ott. "];

fn document(id: u32, n: usize) -> Document {
    let text = TEXTS[n];
    Document {
        id: DocumentId(id),
        file_name: format!("d{n}.txt"),
        path: String::new(),
        // the second document has no source hash: matched by its text
        sha256: if n == 0 { "5ha".into() } else { String::new() },
        encoding: "UTF-8".into(),
        format: "text".into(),
        date: Some("2026-03-01".into()),
        text: text.into(),
        items: vec![Item { headline: String::new(), range: CharRange { start: 0, end: text.chars().count() } }],
    }
}

fn statement(id: u64, document: DocumentId, start: usize, end: usize) -> Statement {
    Statement {
        id: StatementId(id),
        document,
        kind: StatementKind::Quote,
        speaker: "Ann Lee".into(),
        cue: "said".into(),
        range: CharRange { start, end },
        confidence: 0.5,
        ..Statement::default()
    }
}

/// How one coder's project differs from the extraction.
#[derive(Debug, Clone)]
struct Variant {
    docs: [bool; 2],
    reverse_ids: bool,
    keep: Vec<bool>,
    speaker: Vec<Option<usize>>,
    tags: Vec<Vec<(usize, usize, usize)>>,
    settle: Vec<Option<(usize, usize)>>,
    added: Vec<(usize, usize)>,
    /// Final tags without coder tags (written before coders were kept).
    legacy: Vec<bool>,
}

fn variant() -> impl Strategy<Value = Variant> {
    let n = 2 * SLOTS;
    (
        any::<[bool; 2]>(),
        any::<bool>(),
        prop::collection::vec(prop::bool::weighted(0.85), n),
        prop::collection::vec(prop::option::weighted(0.2, 0..3usize), n),
        prop::collection::vec(prop::collection::vec((0..3usize, 0..3usize, 0..3usize), 0..3), n),
        prop::collection::vec(prop::option::weighted(0.1, (0..3usize, 0..3usize)), n),
        prop::collection::vec((0..2usize, 0..SLOTS), 0..3),
        prop::collection::vec(prop::bool::weighted(0.1), n),
    )
        .prop_map(|(docs, reverse_ids, keep, speaker, tags, settle, added, legacy)| Variant {
            docs,
            reverse_ids,
            keep,
            speaker,
            tags,
            settle,
            added,
            legacy,
        })
}

/// The project of `coder` made after `v`: some documents, some statements, corrections, tags of
/// this and other coders, settlements and statements added by hand.
fn build(coder: &str, v: &Variant) -> Project {
    let mut p = Project::default();
    let docs: Vec<usize> = (0..2).filter(|&n| v.docs[n]).collect();
    let docs = if docs.is_empty() { vec![0] } else { docs };
    for (i, &n) in docs.iter().enumerate() {
        let id = if v.reverse_ids { 10 - i as u32 } else { i as u32 };
        p.documents.push(document(id, n));
    }
    let mut next = 100;
    for d in p.documents.clone() {
        let n = usize::from(d.sha256.is_empty());
        for slot in 0..SLOTS {
            let k = n * SLOTS + slot;
            if !v.keep[k] {
                continue;
            }
            let mut s = statement(next, d.id, 5 * slot, 5 * slot + 4);
            next += 1;
            if let Some(sp) = v.speaker[k] {
                s.speaker = SPEAKERS[sp].into();
            }
            for &(c, st, t) in &v.tags[k] {
                let tag = CoderTag {
                    coder: CODERS[c].into(),
                    stance: Some(STANCES[st].into()),
                    tagged_at: Some(TIMES[t].into()),
                    ..CoderTag::default()
                };
                s.set_coder_tag(tag);
            }
            if let Some((st, t)) = v.settle[k] {
                let tag = CoderTag {
                    stance: Some(STANCES[st].into()),
                    tagged_at: Some(TIMES[t].into()),
                    ..CoderTag::default()
                };
                s.settle("lead", CoderTag { coder: "lead".into(), ..tag });
            } else if v.legacy[k] {
                s.coder_tags.clear();
                s.coder.clear();
            }
            p.statements.push(s);
        }
        for &(_, slot) in v.added.iter().filter(|(dn, _)| *dn == n) {
            let mut s = statement(next, d.id, 5 * slot + 1, 5 * slot + 3);
            next += 1;
            s.added_by = coder.into();
            p.statements.push(s);
        }
    }
    p.coders = vec![coder.into()];
    p
}

fn bytes(p: &Project) -> Vec<u8> {
    let mut out = Vec::new();
    write_project(&mut out, p, None).unwrap();
    out
}

/// The statements of a project by (document key, start, end).
fn by_place(p: &Project) -> HashMap<(String, usize, usize), &Statement> {
    let keys: HashMap<DocumentId, String> = p.documents.iter().map(|d| (d.id, document_key(d).into_owned())).collect();
    p.statements.iter().map(|s| ((keys[&s.document].clone(), s.range.start, s.range.end), s)).collect()
}

fn check_merge(inputs: &[(&str, &Project)]) -> Result<(), TestCaseError> {
    let m = merge(inputs).project;
    // commutative: every order gives the same bytes
    let mut reversed = inputs.to_vec();
    reversed.reverse();
    prop_assert_eq!(bytes(&merge(&reversed).project), bytes(&m));
    // idempotent: merging a merged project with one of its inputs changes nothing
    for input in inputs {
        prop_assert_eq!(bytes(&merge(&[("m", &m), *input]).project), bytes(&m));
    }
    prop_assert_eq!(bytes(&merge(&[("m", &m), ("m2", &m)]).project), bytes(&m));
    // nothing doubled: one statement per place, one tag per coder
    let merged = by_place(&m);
    prop_assert_eq!(merged.len(), m.statements.len());
    for s in &m.statements {
        let mut coders: Vec<&str> = s.coder_tags.iter().map(|t| t.coder.as_str()).collect();
        coders.dedup();
        prop_assert_eq!(coders.len(), s.coder_tags.len());
    }
    // every input statement and every coder's tag is there
    for (_, p) in inputs {
        for (place, s) in by_place(p) {
            let Some(ms) = merged.get(&place) else { return Err(TestCaseError::fail(format!("{place:?} lost"))) };
            for t in &s.coder_tags {
                prop_assert!(ms.coder_tag(&t.coder).is_some(), "{:?}'s tag of {:?} lost", t.coder, place);
            }
        }
    }
    let mut check = m.clone();
    prop_assert!(stancedesk::io::project::check_consistency(&mut check).is_ok());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn two_coders_merge_commutatively_and_idempotently(a in variant(), b in variant()) {
        let (a, b) = (build("ann", &a), build("bo", &b));
        check_merge(&[("ann", &a), ("bo", &b)])?;
    }

    #[test]
    fn three_coders_merge_in_any_order(a in variant(), b in variant(), c in variant()) {
        let (a, b, c) = (build("ann", &a), build("bo", &b), build("cy", &c));
        check_merge(&[("ann", &a), ("bo", &b), ("cy", &c)])?;
        let abc = bytes(&merge(&[("ann", &a), ("bo", &b), ("cy", &c)]).project);
        prop_assert_eq!(bytes(&merge(&[("bo", &b), ("cy", &c), ("ann", &a)]).project), abc.clone());
        prop_assert_eq!(bytes(&merge(&[("cy", &c), ("ann", &a), ("bo", &b)]).project), abc);
    }
}

// ---------------------------------------------------------------------------------------------
// the command

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stancedesk"))
}

fn run(args: &[&Path]) -> Output {
    bin().args(args).output().unwrap()
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("stancedesk-merge-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt")
}

/// Two coders' projects of the sample, made with `project new` and tagged with `tags import
/// --coder`; bo deleted the third statement of his project.
fn two_coders(dir: &Path) -> (PathBuf, PathBuf) {
    let p = |s: &str| Path::new(s).to_path_buf();
    let mut out = Vec::new();
    for (coder, labels) in [("ann", ["Support", "Oppose", "Neutral"]), ("bo", ["Support", "Support", "Oppose"])] {
        let project = dir.join(format!("{coder}.stance.json"));
        ok(&run(&[&p("project"), &p("new"), &project, &sample()]));
        let loaded = load_project(&project).unwrap().project;
        let mut csv = String::from("document,start,end,stance\n");
        for (n, s) in loaded.statements.iter().enumerate().take(12) {
            csv.push_str(&format!("sample_briefing.txt,{},{},{}\n", s.range.start, s.range.end, labels[n % 3]));
        }
        let tags = dir.join(format!("{coder}.csv"));
        std::fs::write(&tags, csv).unwrap();
        ok(&run(&[&p("tags"), &p("import"), &project, &tags, &p("--coder"), &p(coder)]));
        out.push(project);
    }
    // bo deletes a statement (written as the desk would: a save)
    let mut bo = load_project(&out[1]).unwrap().project;
    bo.statements.remove(20);
    stancedesk::io::project::save_project(&out[1], &bo).unwrap();
    (out[0].clone(), out[1].clone())
}

#[test]
fn the_command_merges_two_coders_leaves_the_inputs_alone_and_keeps_their_agreement() {
    let dir = scratch("cli");
    let (a, b) = two_coders(&dir);
    let before = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let merged = dir.join("merged.stance.json");
    let p = |s: &str| Path::new(s).to_path_buf();
    let text = ok(&run(&[&p("project"), &p("merge"), &merged, &a, &b]));
    assert_eq!((std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap()), before, "inputs untouched");
    assert!(text.contains("2 coders (ann, bo), 24 coder tags"), "{text}");
    assert!(text.contains("1 deletions not applied") && text.contains("deleted by bo"), "{text}");
    let m = load_project(&merged).unwrap().project;
    assert_eq!(m.statements.len(), load_project(&a).unwrap().project.statements.len(), "the deletion is not applied");
    // the agreement of the merged project is that of the two projects
    let json = |args: &[&Path]| -> serde_json::Value { serde_json::from_str(&ok(&run(args))).unwrap() };
    let of_merged = json(&[&p("agreement"), &merged, &p("--json")]);
    let of_inputs = json(&[&p("agreement"), &a, &b, &p("--json")]);
    assert_eq!(of_merged["units"], of_inputs["units"]);
    assert_eq!(of_merged["units"], 12);
    for key in ["krippendorff_alpha", "fleiss_kappa", "percent_agreement"] {
        let (x, y) = (of_merged[key].as_f64().unwrap(), of_inputs[key].as_f64().unwrap());
        assert!((x - y).abs() < 1e-12, "{key}: {x} vs {y}");
    }
    // merged in the other order: the same file; merged again with an input: the same file
    let other = dir.join("other.stance.json");
    ok(&run(&[&p("project"), &p("merge"), &other, &b, &a]));
    assert_eq!(std::fs::read(&other).unwrap(), std::fs::read(&merged).unwrap());
    let again = dir.join("again.stance.json");
    ok(&run(&[&p("project"), &p("merge"), &again, &merged, &b]));
    assert_eq!(std::fs::read(&again).unwrap(), std::fs::read(&merged).unwrap());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_command_refuses_an_output_that_is_an_input_and_names_a_bad_input() {
    let dir = scratch("refuse");
    let (a, b) = two_coders(&dir);
    let before = std::fs::read(&a).unwrap();
    let p = |s: &str| Path::new(s).to_path_buf();
    let o = run(&[&p("project"), &p("merge"), &a, &a, &b]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("also an input"), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read(&a).unwrap(), before);
    let o = run(&[&p("project"), &p("merge"), &dir.join("m.stance.json"), &a]);
    assert!(!o.status.success(), "one input is not enough");
    let broken = dir.join("broken.stance.json");
    std::fs::write(&broken, "{\"format\": ").unwrap();
    let o = run(&[&p("project"), &p("merge"), &dir.join("m.stance.json"), &a, &broken]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("broken.stance.json"));
    assert!(!dir.join("m.stance.json").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// speed

#[test]
fn merging_two_projects_of_20000_statements_is_quick() {
    let (a, b) = synthetic_pair(&stancedesk::app::sample_project(), 20_000);
    let t = Instant::now();
    let m = merge(&[("ann", &a), ("bo", &b)]);
    let took = t.elapsed();
    assert_eq!(m.project.statements.len(), 20_000 + b.documents.len());
    assert_eq!(m.report.deletions.len(), 400);
    assert_eq!(m.project.statements.iter().filter(|s| s.coder_tags.len() == 2).count(), 10_000 - 400);
    eprintln!("merged 2 x 20,000 statements in {took:?}");
    // about 0.1 s in a debug build here; the bound leaves room for slow machines
    assert!(took.as_secs_f64() < 5.0, "{took:?}");
}

// ---------------------------------------------------------------------------------------------
// the desk: File ▸ Merge coders' projects…

#[test]
fn the_desk_merges_coders_projects_opens_the_merge_and_shows_the_report() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use stancedesk::app::{DeskApp, Prefs};
    let dir = scratch("desk");
    let mut paths = Vec::new();
    for (coder, stance) in [("ann", "Support"), ("bo", "Oppose")] {
        let mut p = stancedesk::app::sample_project();
        p.statements.truncate(p.statements.len() - usize::from(coder == "bo"));
        for s in p.statements.iter_mut().take(5) {
            s.set_coder_tag(CoderTag { coder: coder.into(), stance: Some(stance.into()), ..CoderTag::default() });
        }
        let path = dir.join(format!("{coder}.stance.json"));
        stancedesk::io::project::save_project(&path, &p).unwrap();
        paths.push(path);
    }
    let prefs = Prefs { coder: "tester".into(), ..Prefs::default() };
    let mut app = DeskApp::with_recovery_dir(None, prefs, Some(dir.join("recovery")));
    app.native_dialogs = false;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut DeskApp| app.frame_ui(ui), app);
    h.run_steps(3);
    let answer = |h: &mut Harness<'_, DeskApp>, text: &str| {
        h.run_steps(2);
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path").type_text(text);
        h.run_steps(1);
        h.get_by_label("OK").click();
        h.run_steps(2);
    };
    h.get_by_label("File").click();
    h.run_steps(3);
    h.get_all_by_label_contains("Merge coders").next().unwrap().click();
    answer(&mut h, &format!("{}\n{}", paths[0].display(), paths[1].display()));
    let merged = dir.join("merged");
    answer(&mut h, &merged.display().to_string());
    let t = Instant::now();
    while h.state().merging.report.is_none() && t.elapsed().as_secs() < 30 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    h.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    h.run_steps(3);
    let merged = dir.join("merged.stance.json");
    let report = h.state().merging.report.clone().expect("the report shows");
    assert_eq!(report.output, merged);
    assert!(report.lines.iter().any(|l| l.contains("deleted by bo")), "{report:?}");
    assert_eq!(h.state().session.path(), Some(merged.as_path()), "{:?}", h.state().status.message);
    let open = h.state().desk.project();
    assert_eq!(open.coders, ["ann", "bo"]);
    assert_eq!(open.statements.iter().filter(|s| s.coder_tags.len() == 2).count(), 5);
    assert!(h.query_by_label_contains("Merge report").is_some());
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.state().merging.report.is_none());
    let _ = std::fs::remove_dir_all(&dir);
}
