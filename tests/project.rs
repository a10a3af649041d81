//! Project files and the tagged CSV export as the analyst meets them: old files that must load
//! forever, damaged files that are never touched, kills in the middle of a save, and CSV that
//! Python and the csv reader read back exactly.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::format_push_string, clippy::cast_possible_truncation)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use stancedesk::io::export::{Preset, export_csv};
use stancedesk::io::project::{FORMAT_VERSION, load_project, parse_project, save_project, write_project};
use stancedesk::model::{Project, StatementId};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stancedesk"))
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("stancedesk-project-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A project from the bundled sample and the German fixture, with tags in the tricky shapes
/// analysts type: formulas, quotes, commas, new lines, non-Latin script.
fn tagged_project(dir: &Path) -> (PathBuf, Project) {
    let path = dir.join("tagged.stance.json");
    let o = run(bin().args(["project", "new"]).arg(&path).arg(sample()).arg(data("de_briefing.txt")));
    assert!(o.status.success(), "{}", stderr(&o));
    let mut p = load_project(&path).unwrap().project;
    let notes = [
        "=SUM(A1:A3)",
        "-5 percent",
        "@all \"quoted\", with comma",
        "line one\r\nline two",
        "Ελληνικά и кириллица",
        "",
    ];
    for (n, s) in p.statements.iter_mut().enumerate().filter(|(n, _)| n % 3 == 0) {
        s.stance = Some(["Support", "Oppose", "Neutral"][n / 3 % 3].to_owned());
        s.target = format!("target {n}");
        notes[n % notes.len()].clone_into(&mut s.note);
        s.coder = "ann".into();
        s.tagged_at = Some("2026-11-28T04:40:00+00:00".into());
    }
    p.coders.push("ann".into());
    save_project(&path, &p).unwrap();
    (path, p)
}

#[test]
fn version_1_fixture_loads_forever() {
    let loaded = load_project(&data("projects/v1.stance.json")).unwrap();
    assert_eq!(loaded.format_version, 1);
    assert!(loaded.read_only.is_none());
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let p = &loaded.project;
    assert_eq!(p.documents.len(), 1);
    assert_eq!(p.documents[0].file_name, "en_split_quotes.txt");
    assert_eq!(p.statements.len(), 23);
    assert_eq!(p.coders, ["ann", "bob"]);
    let first = &p.statements[0];
    assert_eq!(first.speaker, "Carola Merz");
    assert_eq!(first.stance.as_deref(), Some("Support"));
    assert_eq!(first.target, "Ukraine aid");
    assert_eq!(first.coder, "ann");
    assert_eq!(first.tagged_at.as_deref(), Some("2026-11-28T04:40:00+00:00"));
    assert_eq!(p.statements[1].note, "=not a formula");
    assert!(p.statements[3].stance.is_none());
    assert_eq!(p.codebook.labels.len(), 5);
    // every statement's text is its document's text between the offsets
    let chars: Vec<char> = p.documents[0].text.chars().collect();
    for s in &p.statements {
        assert_eq!(chars[s.range.start..s.range.end].iter().collect::<String>(), s.text);
    }
}

#[test]
fn version_2_fixture_with_actors_and_targets_loads_forever() {
    let path = data("projects/v2.stance.json");
    let loaded = load_project(&path).unwrap();
    assert_eq!(loaded.format_version, 2);
    assert!(loaded.read_only.is_none() && loaded.warnings.is_empty());
    let p = &loaded.project;
    assert_eq!(p.statements.len(), 23);
    assert_eq!(p.actors.len(), 2);
    let merz = &p.actors[0];
    assert_eq!(merz.name, "Carola Merz");
    assert_eq!(merz.aliases, ["C. Merz", "Merz"]);
    assert_eq!(merz.kind, Some(stancedesk::model::ActorKind::Person));
    assert_eq!(merz.attributes["party"], "Centre");
    assert_eq!(p.targets[0].aliases, ["gas prices"]);
    assert!(p.targets[0].definition.starts_with("What households"));
    // the version-1 fixture upgrades to the same project without the lists
    let v1 = load_project(&data("projects/v1.stance.json")).unwrap().project;
    assert_eq!(v1.statements, p.statements);
    assert!(v1.actors.is_empty() && v1.targets.is_empty());
    // format 3: each tag became its coder's tag and stays the final one
    let first = &p.statements[0];
    assert_eq!(first.coder_tags.len(), 1);
    let tag = &first.coder_tags[0];
    assert_eq!(
        (tag.coder.as_str(), tag.stance.as_deref(), tag.target.as_str()),
        ("ann", Some("Support"), "Ukraine aid")
    );
    assert_eq!((tag.note.as_str(), tag.tagged_at.as_deref()), ("first tag", Some("2026-11-28T04:40:00+00:00")));
    assert_eq!((first.stance.as_deref(), first.coder.as_str()), (Some("Support"), "ann"));
    assert_eq!(p.statements[1].coder_tags[0].coder, "bob");
    assert!(p.statements[3].coder_tags.is_empty());
    assert_eq!(p.statements.iter().filter(|s| !s.coder_tags.is_empty()).count(), 3);
}

/// The version-3 project: the version-2 fixture with a second coder's tags (agreeing, disagreeing
/// and settled) and a statement a coder added.
fn version_3_project() -> Project {
    use stancedesk::model::CoderTag;
    let mut p = load_project(&data("projects/v2.stance.json")).unwrap().project;
    let tag = |coder: &str, stance: &str, target: &str| CoderTag {
        coder: coder.into(),
        stance: Some(stance.into()),
        target: target.into(),
        note: String::new(),
        tagged_at: Some("2026-11-30T09:00:00+00:00".into()),
    };
    p.statements[0].set_coder_tag(tag("cy", "Support", "ukraine aid"));
    p.statements[1].set_coder_tag(tag("cy", "Support", "EU sanctions"));
    p.statements[2].set_coder_tag(tag("cy", "Oppose", ""));
    p.statements[2].settle("lead", tag("lead", "Mixed", ""));
    p.statements[5].set_coder_tag(tag("cy", "Neutral", ""));
    p.statements[5].set_coder_tag(tag("ann", "Neutral", ""));
    p.statements[22].added_by = "cy".into();
    p.coders.push("cy".into());
    p
}

#[test]
fn version_3_fixture_with_coders_loads_forever() {
    use stancedesk::model::Coding;
    let path = data("projects/v3.stance.json");
    let mut out = Vec::new();
    stancedesk::io::project::write_project(&mut out, &version_3_project(), None).unwrap();
    assert_fixture("v3.stance.json", &out);
    let loaded = load_project(&path).unwrap();
    assert_eq!(loaded.format_version, 3);
    assert!(loaded.read_only.is_none() && loaded.warnings.is_empty());
    let s = &loaded.project.statements;
    assert_eq!(s[0].coding(), Coding::Agree);
    assert_eq!(s[1].coding(), Coding::Disagree { settled: false });
    assert!(s[1].stance.is_none(), "no final tag while the coders disagree");
    assert_eq!(s[2].coding(), Coding::Disagree { settled: true });
    assert_eq!((s[2].stance.as_deref(), s[2].settled_by.as_str()), (Some("Mixed"), "lead"));
    assert_eq!(s[5].coding(), Coding::Agree);
    assert_eq!(s[22].added_by, "cy");
    assert_eq!(loaded.project.coders, ["ann", "bob", "cy"]);
}

/// Writes `bytes` to the fixture `name` when `STANCEDESK_BLESS=1` (after a deliberate change of a
/// format), then compares them with it; `app_version` in the fixture is taken as this build's.
fn assert_fixture(name: &str, bytes: &[u8]) {
    let path = data(&format!("projects/{name}"));
    if std::env::var_os("STANCEDESK_BLESS").is_some_and(|v| v == "1") {
        fs::write(&path, bytes).unwrap();
    }
    let expected = fs::read_to_string(&path).unwrap().replacen(
        "\"app_version\": \"0.1.0\"",
        &format!("\"app_version\": \"{}\"", env!("CARGO_PKG_VERSION")),
        1,
    );
    assert_eq!(String::from_utf8_lossy(bytes), expected, "{name}");
}

/// What this version writes, byte for byte: project files (plain, a recovery file, an empty
/// project) and the exports (both CSV presets and JSON), against fixed files.
#[test]
fn saved_files_and_exports_match_the_fixtures_byte_for_byte() {
    let v1 = load_project(&data("projects/v1.stance.json")).unwrap().project;
    let cases = [
        ("saved-v1.stance.json", &v1, None),
        ("saved-v1-recovery.stance.json", &v1, Some("/home/ann/kyiv \"draft\".stance.json")),
        ("saved-empty.stance.json", &Project::default(), None),
    ];
    for (name, p, recovery_of) in cases {
        let mut out = Vec::new();
        write_project(&mut out, p, recovery_of).unwrap();
        assert_fixture(name, &out);
    }
    // the exports, with the cells that are written differently: formula-like text, empty and
    // absent values, a statement whose document is missing
    let mut p = v1;
    let mut lost = p.statements[2].clone();
    lost.id = StatementId(900);
    lost.document = stancedesk::model::DocumentId(77);
    p.statements.push(lost);
    let s = &mut p.statements[4];
    s.note = "-5 percent".into();
    s.target = "@handle\tx".into();
    s.speaker = "+1 \"quoted\", and, commas".into();
    s.confidence = 0.125;
    p.statements[5].confidence = 1.0 / 3.0;
    p.documents[0].date = Some("2026-03-12".into());
    for (name, preset) in [("saved-v1.excel.csv", Preset::Excel), ("saved-v1.data.csv", Preset::Data)] {
        let mut out = Vec::new();
        export_csv(&mut out, &p, |_| true, preset).unwrap();
        assert_fixture(name, &out);
    }
    let mut out = Vec::new();
    stancedesk::io::export::write_json(&mut out, &p.documents, &p.statements).unwrap();
    assert_fixture("saved-v1.json", &out);
}

#[test]
fn saving_the_same_project_twice_gives_the_same_bytes() {
    let dir = scratch("determinism");
    let (path, p) = tagged_project(&dir);
    let first = fs::read(&path).unwrap();
    let mut again = Vec::new();
    write_project(&mut again, &load_project(&path).unwrap().project, None).unwrap();
    assert_eq!(first, again, "load + write changes the bytes");
    // the order in memory does not matter: statements are written in document order
    let mut shuffled = p.clone();
    shuffled.statements.reverse();
    let mut out = Vec::new();
    write_project(&mut out, &shuffled, None).unwrap();
    assert_eq!(first, out);
}

#[test]
fn save_keeps_the_previous_version_as_bak() {
    let dir = scratch("bak");
    let (path, mut p) = tagged_project(&dir);
    let before = fs::read(&path).unwrap();
    p.statements[1].note = "changed".into();
    let bak = save_project(&path, &p).unwrap().unwrap();
    assert_eq!(bak, dir.join("tagged.stance.json.bak"));
    assert_eq!(fs::read(&bak).unwrap(), before);
    assert_eq!(load_project(&path).unwrap().project.statements[1].note, "changed");
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn damaged_files_give_a_clear_message_and_are_never_modified() {
    let dir = scratch("damaged");
    let (good_path, _) = tagged_project(&dir);
    let good = fs::read_to_string(&good_path).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "empty"),
        ("truncated", good.as_bytes()[..good.len() * 2 / 3].to_vec(), "truncated"),
        ("not_json", b"\x89PNG\r\n\x1a\n binary".to_vec(), "not a JSON file"),
        (
            "wrong_type_deep",
            good.replacen("\"confidence\":", "\"confidence\":\"high\",\"x\":", 1).into_bytes(),
            "project.statements[0].confidence",
        ),
        ("other_program", br#"{"name": "x", "dependencies": {}}"#.to_vec(), "not a Stance Desk project"),
        ("csv_renamed", b"statement_id,document\r\ns1,a.txt\r\n".to_vec(), "not a JSON file"),
    ];
    for (name, bytes, expect) in cases {
        let path = dir.join(format!("{name}.stance.json"));
        fs::write(&path, &bytes).unwrap();
        let err = load_project(&path).unwrap_err().to_string();
        assert!(err.contains(&format!("{name}.stance.json")), "{name}: {err}");
        assert!(err.contains(expect), "{name}: {err}");
        // the CLI says the same and touches nothing
        for args in [vec!["project", "upgrade"], vec!["export"]] {
            let mut cmd = bin();
            cmd.args(&args).arg(&path);
            if args[0] == "export" {
                cmd.arg("-o").arg(dir.join("out.csv"));
            }
            let o = run(&mut cmd);
            assert!(!o.status.success(), "{name}: {args:?} succeeded");
            assert!(stderr(&o).contains(expect), "{name}: {}", stderr(&o));
            assert_eq!(fs::read(&path).unwrap(), bytes, "{name}: file modified by {args:?}");
            assert!(!dir.join(format!("{name}.stance.json.bak")).exists());
        }
    }
}

#[test]
fn a_newer_format_opens_read_only_and_is_not_rewritten() {
    let dir = scratch("newer");
    let (path, _) = tagged_project(&dir);
    let newer = fs::read_to_string(&path).unwrap().replacen(
        &format!("\"format_version\": {FORMAT_VERSION}"),
        &format!("\"format_version\": {}", FORMAT_VERSION + 1),
        1,
    );
    fs::write(&path, &newer).unwrap();
    let loaded = load_project(&path).unwrap();
    assert!(loaded.read_only.unwrap().contains("read-only"));
    let o = run(bin().args(["project", "upgrade"]).arg(&path));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("newer"), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    // exporting only reads, so it works
    let o = run(bin().arg("export").arg(&path).arg("-o").arg(dir.join("n.csv")));
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn upgrade_is_refused_while_another_process_holds_the_project() {
    let dir = scratch("locked");
    let (path, _) = tagged_project(&dir);
    let _held = stancedesk::io::lock::ProjectLock::acquire(&path).unwrap();
    let o = run(bin().args(["project", "upgrade"]).arg(&path));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("already open"), "{}", stderr(&o));
}

fn read_csv(bytes: &[u8]) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(bytes).records().map(Result::unwrap).collect()
}

#[test]
fn export_presets_from_the_command_line() {
    let dir = scratch("export");
    let (path, p) = tagged_project(&dir);
    let excel = dir.join("excel.csv");
    let o = run(bin().arg("export").arg(&path).arg("-o").arg(&excel));
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = fs::read(&excel).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFstatement_id,document,document_date,item,kind,speaker,actor,role,cue,text,stance,target,note,coder,tagged_at,start,end,confidence\r\n"));
    let rows = read_csv(&bytes[3..]);
    assert_eq!(rows.len(), p.statements.len());
    let formula = rows.iter().find(|r| r[12].contains("SUM(")).unwrap();
    assert_eq!(&formula[12], "'=SUM(A1:A3)");
    assert!(rows.iter().all(|r| !r[12].starts_with('=') && !r[12].starts_with('-')));

    let plain = dir.join("data.csv");
    let o = run(bin().arg("export").arg(&path).arg("-o").arg(&plain).args(["--preset", "data"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = fs::read(&plain).unwrap();
    assert!(bytes.starts_with(b"statement_id,"));
    let rows = read_csv(&bytes);
    // document order: documents as added, offsets rising inside each
    let mut last = (String::new(), 0usize);
    for r in &rows {
        let key = (r[1].to_owned(), r[15].parse::<usize>().unwrap());
        if key.0 == last.0 {
            assert!(key.1 >= last.1, "{key:?} after {last:?}");
        }
        last = key;
    }
    let by_id: std::collections::HashMap<String, &stancedesk::model::Statement> =
        p.statements.iter().map(|s| (s.id.to_string(), s)).collect();
    for r in &rows {
        let s = by_id[&r[0]];
        assert_eq!(&r[9], s.text);
        assert_eq!(&r[10], s.stance.as_deref().unwrap_or(""));
        assert_eq!(&r[12], s.note);
        assert_eq!(&r[13], s.coder);
        assert_eq!(&r[14], s.tagged_at.as_deref().unwrap_or(""));
    }
}

#[test]
fn export_of_the_current_view_only() {
    let dir = scratch("view");
    let (_, p) = tagged_project(&dir);
    let view: std::collections::HashSet<StatementId> = p.statements.iter().step_by(5).map(|s| s.id).collect();
    let mut out = Vec::new();
    export_csv(&mut out, &p, |s| view.contains(&s.id), Preset::Data).unwrap();
    let rows = read_csv(&out);
    assert_eq!(rows.len(), view.len());
}

/// The data preset read back by Python's csv module equals the project, value for value.
#[test]
fn python_reads_the_data_preset_exactly() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("python3 not found: skipped");
        return;
    }
    let dir = scratch("python");
    let (_, p) = tagged_project(&dir);
    let csv_path = dir.join("data.csv");
    let mut out = Vec::new();
    export_csv(&mut out, &p, |_| true, Preset::Data).unwrap();
    fs::write(&csv_path, &out).unwrap();
    let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    rows = list(csv.DictReader(f))\njson.dump(rows, sys.stdout)\n";
    let o = run(Command::new("python3").arg("-c").arg(script).arg(&csv_path));
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<std::collections::BTreeMap<String, String>> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rows.len(), p.statements.len());
    let docs: std::collections::HashMap<_, _> = p.documents.iter().map(|d| (d.id, d)).collect();
    let by_id: std::collections::HashMap<String, &stancedesk::model::Statement> =
        p.statements.iter().map(|s| (s.id.to_string(), s)).collect();
    for r in &rows {
        let s = by_id[&r["statement_id"]];
        let d = docs[&s.document];
        assert_eq!(r["document"], d.file_name);
        assert_eq!(r["document_date"], d.date.clone().unwrap_or_default());
        assert_eq!(r["item"], d.items[s.item as usize].headline);
        assert_eq!(r["kind"], s.kind.as_str());
        assert_eq!(r["speaker"], s.speaker);
        assert_eq!(r["role"], s.role);
        assert_eq!(r["cue"], s.cue);
        assert_eq!(r["text"], s.text);
        assert_eq!(r["stance"], s.stance.clone().unwrap_or_default());
        assert_eq!(r["target"], s.target);
        assert_eq!(r["note"], s.note);
        assert_eq!(r["coder"], s.coder);
        assert_eq!(r["tagged_at"], s.tagged_at.clone().unwrap_or_default());
        assert_eq!(r["start"], s.range.start.to_string());
        assert_eq!(r["end"], s.range.end.to_string());
    }
    assert!(rows.iter().any(|r| r["note"] == "line one\r\nline two"), "CRLF inside a cell survives");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any text in any free-text field comes back exactly from the data preset, and from the
    /// excel preset with only the documented apostrophe added.
    #[test]
    fn csv_round_trip_of_arbitrary_strings(
        speaker in any::<String>(), role in any::<String>(), note in any::<String>(),
        target in ".*", stance in proptest::option::of(any::<String>()), coder in "[=+@\t\r-]?.*",
    ) {
        let mut p = stancedesk::io::project::parse_project(
            Path::new("v1.stance.json"), &fs::read(data("projects/v1.stance.json")).unwrap()).unwrap().project;
        let s = &mut p.statements[0];
        s.speaker.clone_from(&speaker);
        s.role.clone_from(&role);
        s.note.clone_from(&note);
        s.target.clone_from(&target);
        s.stance.clone_from(&stance);
        s.coder.clone_from(&coder);
        let id = s.id.to_string();
        for preset in [Preset::Data, Preset::Excel] {
            let mut out = Vec::new();
            export_csv(&mut out, &p, |_| true, preset).unwrap();
            let body = if preset == Preset::Excel { &out[3..] } else { &out[..] };
            let rows = read_csv(body);
            prop_assert_eq!(rows.len(), p.statements.len());
            let row = rows.iter().find(|r| &r[0] == id.as_str()).unwrap();
            let expect = |v: &str| -> String {
                if preset == Preset::Excel && matches!(v.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) {
                    format!("'{v}")
                } else { v.to_owned() }
            };
            prop_assert_eq!(&row[5], expect(&speaker));
            prop_assert_eq!(&row[7], expect(&role));
            prop_assert_eq!(&row[12], expect(&note));
            prop_assert_eq!(&row[11], expect(&target));
            prop_assert_eq!(&row[13], expect(&coder));
            prop_assert_eq!(&row[10], expect(stance.as_deref().unwrap_or("")));
        }
    }

    /// Any project content survives save and load unchanged.
    #[test]
    fn project_round_trip_of_arbitrary_tags(note in any::<String>(), target in any::<String>(), coder in any::<String>()) {
        let mut p = parse_project(Path::new("v1.stance.json"), &fs::read(data("projects/v1.stance.json")).unwrap()).unwrap().project;
        p.statements[2].note.clone_from(&note);
        p.statements[2].target.clone_from(&target);
        p.statements[2].coder.clone_from(&coder);
        p.coders.push(coder.clone());
        let mut out = Vec::new();
        write_project(&mut out, &p, None).unwrap();
        let back = parse_project(Path::new("x.stance.json"), &out).unwrap();
        prop_assert_eq!(back.project, p);
    }
}

/// Kills a process that is saving a project at random moments, 60 times: the project file is
/// always the old or the new version, complete, and its backup too.
#[test]
fn kill_9_during_saves_never_corrupts_the_project() {
    let dir = scratch("kill");
    let path = dir.join("victim.stance.json");
    // a project big enough that a save takes a while: the sample 80 times over
    let files: Vec<PathBuf> = (0..80).map(|_| sample()).collect();
    let small: Vec<PathBuf> = (0..120).map(|_| data("en_positions.txt")).collect();
    let o = run(bin().args(["project", "new"]).arg(&path).args(&files));
    assert!(o.status.success(), "{}", stderr(&o));
    let versions = [fs::read(&path).unwrap(), {
        let o = run(bin().args(["project", "new"]).arg(dir.join("other.stance.json")).args(&small));
        assert!(o.status.success());
        fs::read(dir.join("other.stance.json")).unwrap()
    }];
    // how long an uninterrupted save takes
    let t = Instant::now();
    let o = run(bin().args(["project", "upgrade"]).arg(&path));
    assert!(o.status.success(), "{}", stderr(&o));
    let full = t.elapsed();
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    let mut mid_write = 0;
    for round in 0..60 {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let delay = Duration::from_micros(rng % (full.as_micros() as u64 * 12 / 10 + 1));
        // leftovers of the last kill (the next save removes them; here they would fool the count)
        if round > 0 {
            for e in fs::read_dir(&dir).unwrap() {
                let e = e.unwrap();
                if e.file_name().to_string_lossy().contains(".tmp-") {
                    fs::remove_file(e.path()).unwrap();
                }
            }
        }
        let mut cmd = bin();
        if round % 2 == 0 {
            cmd.args(["project", "upgrade"]).arg(&path);
        } else {
            // rewrite with the other content, so old and new differ
            cmd.args(["project", "new"]).arg(&path).args(if round % 4 == 1 { &small } else { &files });
        }
        let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        if round % 3 == 2 {
            // a kill at any moment of the run
            std::thread::sleep(delay);
        } else {
            // a kill while the new file is being written: wait for its temporary file, then a
            // random part of the write (timing alone misses the write on a loaded machine)
            let started = Instant::now();
            while !temp_exists(&dir) && started.elapsed() < Duration::from_secs(20) {
                if child.try_wait().unwrap().is_some() {
                    break;
                }
                std::thread::sleep(Duration::from_micros(200));
            }
            std::thread::sleep(delay / 4);
        }
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        if temp_exists(&dir) {
            mid_write += 1;
        }
        let now = fs::read(&path).unwrap();
        assert!(versions.contains(&now), "round {round}: the project is neither the old nor the new version");
        load_project(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let bak = dir.join("victim.stance.json.bak");
        if bak.exists() {
            assert!(versions.contains(&fs::read(&bak).unwrap()), "round {round}: backup damaged");
        }
    }
    // stale temporary files of the killed processes go on the next save
    // a temporary file whose process id runs again (ids are reused: 32,768 here, and /proc also
    // answers for threads) is rightly kept; one of a process that is gone must not be. The id
    // may be taken by another test's process at the save and be free again at the check (a
    // flaky failure seen in CI), so a file left so gets the next save's sweep, up to three
    let stale_now = || -> Vec<String> {
        fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".tmp-"))
            .filter(|n| {
                let pid = n.rsplit(".tmp-").next().and_then(|t| t.split('-').next()).unwrap_or("");
                !Path::new(&format!("/proc/{pid}")).exists()
            })
            .collect()
    };
    let mut stale = vec![String::from("(no save yet)")];
    for _ in 0..3 {
        let o = run(bin().args(["project", "upgrade"]).arg(&path));
        assert!(o.status.success(), "{}", stderr(&o));
        stale = stale_now();
        if stale.is_empty() {
            break;
        }
    }
    assert!(stale.is_empty(), "temporary files of killed saves left: {stale:?}");
    eprintln!("60 kills, {mid_write} in the middle of writing (save takes {full:?})");
    assert!(mid_write >= 10, "only {mid_write} kills hit a save in progress: the test did not test much");
}

fn temp_exists(dir: &Path) -> bool {
    fs::read_dir(dir).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains(".tmp-"))
}
