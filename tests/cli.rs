//! The `stancedesk extract` command as a user runs it: output formats, files that fail, exit codes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::format_push_string, clippy::cast_possible_truncation)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stancedesk"))
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

const HEADER: &str = "statement_id,document,document_date,item,kind,speaker,actor,role,cue,text,stance,target,note,coder,tagged_at,start,end,confidence";

#[test]
fn extract_writes_rfc4180_csv_with_the_header_in_order() {
    let out = run(&["extract", sample().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!("{HEADER}\r\n")), "{}", &text[..200.min(text.len())]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.len() >= 30, "{} rows", rows.len());
    let source = std::fs::read_to_string(sample()).unwrap();
    let chars: Vec<char> = source.chars().collect();
    for r in &rows {
        assert_eq!(&r[1], "sample_briefing.txt");
        assert_eq!(&r[2], "2026-03-12");
        assert!(matches!(&r[4], "quote" | "position"));
        assert_eq!(&r[6], &r[5], "every speaker is its own actor in a fresh extraction");
        let (start, end): (usize, usize) = (r[15].parse().unwrap(), r[16].parse().unwrap());
        assert_eq!(chars[start..end].iter().collect::<String>(), &r[9]);
        for untagged in 10..15 {
            assert_eq!(&r[untagged], "");
        }
    }
}

#[test]
fn json_format_has_the_same_columns() {
    let out = run(&["extract", "--format", "json", sample().to_str().unwrap()]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v[0];
    for key in HEADER.split(',') {
        assert!(first.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn output_file_and_failed_files_are_reported_and_others_processed() {
    let dir = std::env::temp_dir().join(format!("stancedesk-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_csv = dir.join("out.csv");
    let binary = dir.join("photo.bin");
    std::fs::write(&binary, (0u8..=255).cycle().take(5000).collect::<Vec<u8>>()).unwrap();
    let missing = dir.join("missing.txt");
    let out = run(&[
        "extract",
        missing.to_str().unwrap(),
        sample().to_str().unwrap(),
        binary.to_str().unwrap(),
        "-o",
        out_csv.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "a failed file makes the exit code non-zero");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.txt"), "{err}");
    assert!(err.contains("photo.bin") && err.contains("not a text file"), "{err}");
    let written = std::fs::read_to_string(&out_csv).unwrap();
    assert!(written.lines().count() > 30, "the good file is still extracted");
    assert!(out.stdout.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn many_files_show_a_progress_line() {
    let s = sample();
    let args: Vec<String> =
        std::iter::once("extract".to_owned()).chain(std::iter::repeat_n(s.display().to_string(), 12)).collect();
    let out = bin().args(&args).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("12/12 files"), "{err}");
    let text = String::from_utf8(out.stdout).unwrap();
    // statement ids stay unique across files
    let ids: std::collections::HashSet<&str> = text.lines().skip(1).filter_map(|l| l.split(',').next()).collect();
    assert_eq!(ids.len(), text.lines().count() - 1);
}

#[test]
fn csv_written_file_by_file_agrees_with_the_json_of_all_files() {
    // the CSV is written one briefing at a time, the JSON from all of them at once: same rows
    let s = sample();
    let s = s.to_str().unwrap();
    let csv_out = run(&["extract", s, s, s]);
    let json_out = run(&["extract", "--format", "json", s, s, s]);
    assert!(csv_out.status.success() && json_out.status.success());
    let rows: Vec<csv::StringRecord> =
        csv::Reader::from_reader(csv_out.stdout.as_slice()).records().map(Result::unwrap).collect();
    let json: Vec<serde_json::Value> = serde_json::from_slice(&json_out.stdout).unwrap();
    assert_eq!(rows.len(), json.len());
    assert!(rows.len() >= 90);
    for (r, j) in rows.iter().zip(&json) {
        for (k, key) in HEADER.split(',').enumerate() {
            let v = match &j[key] {
                serde_json::Value::String(t) => t.clone(),
                serde_json::Value::Null => String::new(),
                serde_json::Value::Number(n) if key == "confidence" => format!("{:.2}", n.as_f64().unwrap()),
                other => other.to_string(),
            };
            assert_eq!(r[k], v, "{key}");
        }
    }
}

#[test]
fn help_documents_the_command() {
    let out = run(&["extract", "--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--format") && help.contains("--output"), "{help}");
    let out = run(&["--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    for word in ["extract", "project", "export", "FILES"] {
        assert!(help.contains(word), "{help}");
    }
}

/// Without a display the desk cannot open: it says so and exits, it never hangs.
#[test]
fn the_desk_without_a_display_fails_with_a_clear_message() {
    let out = bin().env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY").env_remove("WAYLAND_SOCKET").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot start the desk window"), "{err}");
}

#[test]
fn encodings_are_decoded_and_offsets_count_characters() {
    let dir = std::env::temp_dir().join(format!("stancedesk-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = "Réforme\r\nLa ministre Hélène Dubois a déclaré que la réforme était nécessaire.\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let path = dir.join("cp1252.txt");
    std::fs::write(&path, &bytes).unwrap();
    let out = run(&["extract", "--format", "json", path.to_str().unwrap()]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["speaker"], "Hélène Dubois");
    assert_eq!(v[0]["text"], "la réforme était nécessaire");
    let normalised = text.replace("\r\n", "\n");
    let start = v[0]["start"].as_u64().unwrap() as usize;
    let end = v[0]["end"].as_u64().unwrap() as usize;
    assert_eq!(normalised.chars().skip(start).take(end - start).collect::<String>(), "la réforme était nécessaire");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_word_that_is_neither_a_command_nor_a_file_is_named_and_no_window_opens() {
    let out = run(&["exprt", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no such command or file: exprt; see --help"), "{err}");
    let out = run(&["/nowhere/briefing.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file: /nowhere/briefing.txt"));
}

#[test]
fn extract_and_project_new_read_every_briefing_under_a_folder() {
    let dir = std::env::temp_dir().join(format!("stancedesk-cli-folder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::copy(sample(), dir.join("sub/one.txt")).unwrap();
    std::fs::copy(sample(), dir.join("two.txt")).unwrap();
    std::fs::write(dir.join("logo.png"), [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).unwrap();
    let out = run(&["extract", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: Vec<csv::StringRecord> =
        csv::Reader::from_reader(out.stdout.as_slice()).records().map(Result::unwrap).collect();
    let docs: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.get(1).unwrap()).collect();
    assert_eq!(docs.into_iter().collect::<Vec<_>>(), ["one.txt", "two.txt"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skipped 1 file(s) that are no briefings") && err.contains("logo.png"), "{err}");
    let project = dir.join("p.stance.json");
    let out = run(&["project", "new", project.to_str().unwrap(), dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let p = stancedesk::io::project::load_project(&project).unwrap().project;
    assert_eq!(p.documents.len(), 2);
}

#[test]
fn agreement_of_two_coders_projects_of_the_same_briefing() {
    let dir = std::env::temp_dir().join(format!("stancedesk-cli-agreement-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // bob read the same briefing under another name: documents are matched by their content
    let copy = dir.join("briefing-copy.txt");
    std::fs::copy(sample(), &copy).unwrap();
    let out = run(&["extract", sample().to_str().unwrap()]);
    assert!(out.status.success());
    let places: Vec<(String, String)> = csv::Reader::from_reader(out.stdout.as_slice())
        .records()
        .map(|r| r.unwrap())
        .map(|r| (r[15].to_owned(), r[16].to_owned()))
        .collect();
    assert!(places.len() >= 11);
    // ten statements both tagged (two disagreements), an eleventh only ann tagged
    let ann = [
        "Support", "Support", "Support", "Support", "Oppose", "Oppose", "Oppose", "Oppose", "Neutral", "Neutral",
        "Oppose",
    ];
    let bob =
        ["Support", "Support", "Support", "Oppose", "Oppose", "Oppose", "Oppose", "Neutral", "Neutral", "Neutral"];
    for (coder, briefing, labels) in [("ann", sample(), &ann[..]), ("bob", copy.clone(), &bob[..])] {
        let project = dir.join(format!("{coder}.stance.json"));
        let out = run(&["project", "new", project.to_str().unwrap(), briefing.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let document = briefing.file_name().unwrap().to_str().unwrap();
        let mut csv = String::from("document,start,end,stance,coder\n");
        for ((start, end), label) in places.iter().zip(labels) {
            csv.push_str(&format!("{document},{start},{end},{label},{coder}\n"));
        }
        let tags = dir.join(format!("{coder}.csv"));
        std::fs::write(&tags, csv).unwrap();
        let out = run(&["tags", "import", project.to_str().unwrap(), tags.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let (a, b) = (dir.join("ann.stance.json"), dir.join("bob.stance.json"));
    let out = run(&["agreement", a.to_str().unwrap(), b.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // the keys as specified, in that order
    let text = String::from_utf8_lossy(&out.stdout);
    let at = |key: &str| text.find(&format!("\"{key}\":")).unwrap_or_else(|| panic!("no {key} in {text}"));
    let keys = ["units", "coders", "krippendorff_alpha", "fleiss_kappa", "percent_agreement", "pairs"];
    assert!(keys.windows(2).all(|k| at(k[0]) < at(k[1])), "{text}");
    assert_eq!(v.as_object().unwrap().len(), keys.len());
    // by hand: ann S S S S O O O O N N, bob S S S O O O O N N N.
    // Values: 7 Support, 8 Oppose, 5 Neutral (n = 20); 8 agreeing units, 16 coincidences on the
    // diagonal. α = (19·16 − (7·6 + 8·7 + 5·4)) / (20·19 − 118) = 186/262 = 93/131.
    // Fleiss (two coders: Scott's π): (0.8 − 138/400) / (1 − 138/400) = 91/131.
    // Cohen: rows 4 4 2, columns 3 4 3: p_e = 34/100, κ = (0.8 − 0.34) / 0.66 = 23/33.
    let f = |x: &serde_json::Value| x.as_f64().unwrap();
    assert_eq!(v["units"], 10);
    assert_eq!(v["coders"], serde_json::json!(["ann", "bob"]));
    assert!((f(&v["krippendorff_alpha"]) - 93.0 / 131.0).abs() < 1e-9, "{v}");
    assert!((f(&v["fleiss_kappa"]) - 91.0 / 131.0).abs() < 1e-9, "{v}");
    assert!((f(&v["percent_agreement"]) - 80.0).abs() < 1e-9, "{v}");
    let pair = &v["pairs"][0];
    assert_eq!(pair["coders"], serde_json::json!(["ann", "bob"]));
    assert_eq!(pair["units"], 10);
    assert!((f(&pair["cohen_kappa"]) - 23.0 / 33.0).abs() < 1e-9, "{v}");
    assert!((f(&pair["percent_agreement"]) - 80.0).abs() < 1e-9, "{v}");
    // the tables
    let out = run(&["agreement", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for part in [
        "2 coders: ann, bob",
        "10 units",
        "0.7099",
        "0.6947",
        "80.0 %",
        "ann / bob",
        "0.6970",
        "ann (rows) x bob (columns)",
        "per label",
        "per document",
        "sample_briefing.txt",
    ] {
        assert!(text.contains(part), "{part} missing in:\n{text}");
    }
    // one project: one tag per statement, no unit with two coders: nulls, said on standard error
    let out = run(&["agreement", a.to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["units"], 0);
    assert!(v["krippendorff_alpha"].is_null() && v["fleiss_kappa"].is_null() && v["percent_agreement"].is_null());
    assert_eq!(v["pairs"], serde_json::json!([]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no statement is tagged by two coders"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn export_coders_writes_one_row_per_coder_tag_and_agreement_reads_a_merged_project() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/projects/v3.stance.json");
    let dir = std::env::temp_dir().join(format!("stancedesk-cli-coders-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out_csv = dir.join("long.csv");
    let out =
        run(&["export", project.to_str().unwrap(), "-o", out_csv.to_str().unwrap(), "--coders", "--preset", "data"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_path(&out_csv).unwrap();
    let head = reader.headers().unwrap().clone();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| r.unwrap())
        .map(|r| (r[col("statement_id")].to_owned(), r[col("coder")].to_owned(), r[col("stance")].to_owned()))
        .collect();
    let want = [
        ("s0", "ann", "Support"),
        ("s0", "cy", "Support"),
        ("s1", "bob", "Oppose"),
        ("s1", "cy", "Support"),
        ("s2", "ann", "Neutral"),
        ("s2", "cy", "Oppose"),
        ("s5", "ann", "Neutral"),
        ("s5", "cy", "Neutral"),
    ];
    let want: Vec<(String, String, String)> =
        want.iter().map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned())).collect();
    assert_eq!(rows, want);
    // the long form is CSV only
    let xlsx = dir.join("long.xlsx");
    let out = run(&["export", project.to_str().unwrap(), "-o", xlsx.to_str().unwrap(), "--coders"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("--coders writes CSV"));
    // one merged project: units are the statements two coders tagged (s0, s1, s2, s5)
    let out = run(&["agreement", project.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["units"], 4, "{v}");
    assert_eq!(v["coders"], serde_json::json!(["ann", "cy", "bob"]));
    let _ = std::fs::remove_dir_all(&dir);
}
