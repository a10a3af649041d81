//! The analysis commands as a user runs them: tags imported from a spreadsheet's CSV (and the
//! refusals, with the project file's hash compared), networks read back by networkx, the Excel
//! workbook read back by openpyxl. CI installs networkx and openpyxl (`.ci/run`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::format_push_string, clippy::cast_possible_truncation)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};
use stancedesk::analysis::network::{NetworkKind, Normalization, network};
use stancedesk::analysis::{Scope, Tally};
use stancedesk::io::project::load_project;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("stancedesk-analysis-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stancedesk")).args(args).output().unwrap()
}

fn ok(o: &Output) {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn sha(p: &Path) -> String {
    format!("{:x}", Sha256::digest(std::fs::read(p).unwrap()))
}

/// A Python that has `module` (python3 on the path, else the system's); CI installs both.
fn python_with(module: &str) -> PathBuf {
    for py in ["python3", "/usr/bin/python3"] {
        let o = Command::new(py).arg("-c").arg(format!("import {module}")).output();
        if o.is_ok_and(|o| o.status.success()) {
            return PathBuf::from(py);
        }
    }
    panic!("no python3 with {module}: pip install {module} (.ci/run does)");
}

fn python(module: &str, script: &str, args: &[&Path]) -> serde_json::Value {
    let o = Command::new(python_with(module)).arg("-c").arg(script).args(args).output().unwrap();
    ok(&o);
    serde_json::from_slice(&o.stdout).unwrap()
}

const LABELS: [&str; 5] = ["Support", "Oppose", "Neutral", "Mixed", "Unclear"];
const TARGETS: [&str; 3] = ["Baltic cables", "=HYPERLINK(\"x\")", "sanctions"];

/// The sample as a project, tagged through `tags import` from a CSV written like a coder's:
/// rows with a speaker get a label and a target by turns; returns the project path.
fn tagged_project(dir: &Path) -> PathBuf {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt");
    let project = dir.join("p.stance.json");
    ok(&run(&["project", "new", s(&project), s(&sample)]));
    let all = dir.join("all.csv");
    ok(&run(&["export", s(&project), "-o", s(&all), "--preset", "data"]));
    let mut reader = csv::Reader::from_path(&all).unwrap();
    let mut w = csv::Writer::from_path(dir.join("tags.csv")).unwrap();
    w.write_record(["statement_id", "document", "start", "end", "stance", "target", "note"]).unwrap();
    for (k, r) in reader.records().map(Result::unwrap).enumerate() {
        if r[5].is_empty() {
            continue;
        }
        let (label, target) = (LABELS[k % 5], TARGETS[k % 3]);
        w.write_record([&r[0], &r[1], &r[15], &r[16], label, target, "imported"]).unwrap();
    }
    w.flush().unwrap();
    let o = run(&["tags", "import", s(&project), s(&dir.join("tags.csv")), "--coder", "excel coder"]);
    ok(&o);
    assert!(String::from_utf8_lossy(&o.stderr).contains("statements changed"));
    project
}

#[test]
fn tags_import_applies_a_coders_csv_and_refuses_bad_files_leaving_the_project_byte_identical() {
    let dir = scratch("import");
    let project = tagged_project(&dir);
    let p = load_project(&project).unwrap().project;
    let tagged: Vec<_> = p.statements.iter().filter(|s| s.stance.is_some()).collect();
    assert!(tagged.len() >= 20, "{}", tagged.len());
    assert!(tagged.iter().all(|s| s.coder == "excel coder" && s.note == "imported" && s.tagged_at.is_some()));
    assert!(p.coders.contains(&"excel coder".to_owned()));
    let first = p.statements.iter().find(|s| !s.speaker.is_empty()).unwrap();
    let second = &p.statements[p.statements.len() - 1];
    let doc = &p.documents[0].file_name;
    let (a, b) = (first.range.start, first.range.end);
    let (c, d) = (second.range.start, second.range.end);
    let before = sha(&project);
    let cases = [
        (
            "unknown",
            format!("document,start,end,stance\r\n{doc},{a},{b},Support\r\n{doc},{c},{d},Endorse\r\n"),
            "line 3: unknown stance label \"Endorse\"",
        ),
        (
            "nomatch",
            format!(
                "statement_id,document,start,end,stance\r\n{},{doc},{a},{b},Oppose\r\ns99999,nowhere.txt,1,2,Oppose\r\n",
                first.id
            ),
            "line 3: no statement matches document \"nowhere.txt\"",
        ),
        ("malformed", format!("statement_id,stance\r\n{},Oppose,extra\r\n", first.id), "not a readable CSV"),
        (
            "badnumber",
            format!("document,start,end,stance\r\n{doc},one,{b},Oppose\r\n"),
            "line 2: start is not a number",
        ),
        ("nocolumn", "speaker,stance\r\nLee,Oppose\r\n".to_owned(), "no statement_id column"),
    ];
    for (name, text, message) in cases {
        let file = dir.join(format!("{name}.csv"));
        std::fs::write(&file, text).unwrap();
        let o = run(&["tags", "import", s(&project), s(&file)]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{name} was accepted");
        assert!(err.contains(message) && err.contains("nothing imported"), "{name}: {err}");
        assert_eq!(sha(&project), before, "{name} changed the project file");
    }
}

const READ_GRAPHS: &str = r#"
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[1].endswith(".graphml") else nx.read_gexf(sys.argv[1])
nodes = {n: (d["label"], d["type"]) for n, d in g.nodes(data=True)}
edges = sorted([sorted([nodes[a][0] + "|" + nodes[a][1], nodes[b][0] + "|" + nodes[b][1]]) + [d["weight"], d.get("net")] for a, b, d in g.edges(data=True)])
json.dump({"directed": g.is_directed(), "nodes": sorted(nodes.values()), "edges": edges}, sys.stdout)
"#;

#[test]
fn networks_in_graphml_and_gexf_are_read_back_by_networkx_with_the_weights_computed() {
    let dir = scratch("networks");
    let project = tagged_project(&dir);
    let p = load_project(&project).unwrap().project;
    let tally = Tally::of(&p, &Scope::default());
    let kinds = [
        (NetworkKind::Affiliation, Normalization::None),
        (NetworkKind::Congruence, Normalization::None),
        (NetworkKind::Conflict, Normalization::Average),
        (NetworkKind::Subtract, Normalization::Jaccard),
    ];
    for (kind, norm) in kinds {
        let net = network(&tally, kind, norm).unwrap();
        assert!(!net.edges.is_empty(), "{kind:?}");
        let key = |i: usize| format!("{}|{}", net.nodes[i].label, net.nodes[i].kind.as_str());
        let mut expected: Vec<(String, String, f64)> = net
            .edges
            .iter()
            .map(|e| {
                let mut ends = [key(e.source), key(e.target)];
                ends.sort();
                let [a, b] = ends;
                (a, b, e.weight)
            })
            .collect();
        expected.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        for ext in ["graphml", "gexf"] {
            let out = dir.join(format!("{}.{ext}", kind.name()));
            ok(&run(&["network", s(&project), "--type", kind.name(), "--normalize", norm.name(), "-o", s(&out)]));
            let g = python("networkx", READ_GRAPHS, &[&out]);
            assert_eq!(g["directed"], false);
            assert_eq!(g["nodes"].as_array().unwrap().len(), net.nodes.len(), "{ext} {kind:?}");
            let edges = g["edges"].as_array().unwrap();
            assert_eq!(edges.len(), expected.len(), "{ext} {kind:?}");
            for (e, (a, b, w)) in edges.iter().zip(&expected) {
                assert_eq!((e[0].as_str().unwrap(), e[1].as_str().unwrap()), (a.as_str(), b.as_str()));
                assert!((e[2].as_f64().unwrap() - w).abs() < 1e-9, "{ext} {kind:?}: {e} vs {w}");
                if kind == NetworkKind::Affiliation {
                    assert!(e[3].as_f64().is_some_and(|n| (-1.0..=1.0).contains(&n)), "net on every edge: {e}");
                }
            }
        }
    }
    // GEXF 1.2draft for older readers, the CSV matrix, filters
    let old = dir.join("old.gexf");
    ok(&run(&["network", s(&project), "--type", "conflict", "--gexf-version", "1.2", "-o", s(&old)]));
    assert!(std::fs::read_to_string(&old).unwrap().contains("1.2draft"));
    assert_eq!(python("networkx", READ_GRAPHS, &[&old])["nodes"].as_array().unwrap().len(), tally.actors.len());
    let matrix = dir.join("m.csv");
    ok(&run(&["network", s(&project), "--type", "congruence", "--target", "sanctions", "-o", s(&matrix)]));
    let rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(&matrix)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows[0].len(), rows.len(), "square, names in the first row and column");
    for (i, r) in rows.iter().enumerate().skip(1) {
        assert_eq!(&rows[0][i], &r[0]);
        for j in 1..r.len() {
            assert_eq!(&r[j], &rows[j][i], "symmetric");
        }
    }
    let refused = run(&["network", s(&project), "--type", "affiliation", "--normalize", "average", "-o", s(&matrix)]);
    assert!(!refused.status.success());
    let wrong = run(&["network", s(&project), "-o", s(&dir.join("n.txt"))]);
    assert!(String::from_utf8_lossy(&wrong.stderr).contains(".graphml, .gexf or .csv"));
}

const READ_WORKBOOK: &str = r#"
import json, sys, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def value(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        return {"datetime": v.isoformat()}
    return v
st = wb["Statements"]
out = {
    "sheets": wb.sheetnames,
    "freeze": st.freeze_panes,
    "filter": st.auto_filter.ref,
    "rows": [[value(c) for c in row] for row in st.iter_rows()],
    "types": [[c.data_type for c in row] for row in st.iter_rows(min_row=2)],
    "widths": [st.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOPQ"],
    "matrix": [[c.value for c in row] for row in wb["Actors x targets"].iter_rows()],
    "codebook": [[c.value for c in row] for row in wb["Codebook"].iter_rows()],
}
json.dump(out, sys.stdout, default=str)
"#;

#[test]
fn the_excel_workbook_is_read_back_by_openpyxl_with_the_values_of_the_data_csv() {
    let dir = scratch("xlsx");
    let project = tagged_project(&dir);
    let (xlsx, data) = (dir.join("p.xlsx"), dir.join("p.csv"));
    ok(&run(&["export", s(&project), "-o", s(&xlsx)]));
    ok(&run(&["export", s(&project), "-o", s(&data), "--preset", "data"]));
    let wb = python("openpyxl", READ_WORKBOOK, &[&xlsx]);
    assert_eq!(wb["sheets"], serde_json::json!(["Statements", "Actors x targets", "Codebook"]));
    assert_eq!(wb["freeze"], "A2");
    let mut reader = csv::Reader::from_path(&data).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let csv_rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let rows = wb["rows"].as_array().unwrap();
    assert_eq!(wb["filter"], format!("A1:R{}", csv_rows.len() + 1));
    assert_eq!(rows[0].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect::<Vec<_>>(), header);
    assert_eq!(rows.len(), csv_rows.len() + 1);
    let col: HashMap<&str, usize> = header.iter().enumerate().map(|(i, h)| (h.as_str(), i)).collect();
    for (r, c) in rows[1..].iter().zip(&csv_rows) {
        for (i, name) in header.iter().enumerate() {
            let (x, want) = (&r[i], &c[i]);
            match name.as_str() {
                "document_date" => assert_eq!(x["datetime"].as_str().unwrap(), format!("{want}T00:00:00")),
                "tagged_at" if !want.is_empty() => {
                    assert!(want.starts_with(x["datetime"].as_str().unwrap()), "{x} {want}");
                }
                "start" | "end" => assert_eq!(x.as_u64().unwrap().to_string(), *want),
                "confidence" => assert!((x.as_f64().unwrap() - want.parse::<f64>().unwrap()).abs() < 1e-12),
                _ if want.is_empty() => assert!(x.is_null(), "{name}: {x}"),
                _ => assert_eq!(x.as_str().unwrap(), want, "{name}"),
            }
        }
    }
    // a formula-like target is a string cell, never a formula
    let target = col["target"];
    let formula_rows: Vec<usize> =
        csv_rows.iter().enumerate().filter(|(_, c)| c[target].starts_with('=')).map(|(i, _)| i).collect();
    assert!(!formula_rows.is_empty());
    for i in formula_rows {
        assert_eq!(wb["types"][i][target], "s");
    }
    let widths = wb["widths"].as_array().unwrap();
    assert!(widths[col["text"]].as_f64().unwrap() > widths[col["kind"]].as_f64().unwrap(), "widths fitted: {widths:?}");
    // actors x targets: statements per cell, then the net stance block; the codebook
    let matrix = wb["matrix"].as_array().unwrap();
    assert!(matrix[0][1].is_string() && matrix[1][0].is_string());
    assert!(matrix.iter().any(|r| r[0].as_str().is_some_and(|s| s.starts_with("net stance"))));
    let codebook = wb["codebook"].as_array().unwrap();
    assert_eq!(codebook[0], serde_json::json!(["label", "colour", "key", "value", "statements"]));
    assert_eq!(codebook[1][0], "Support");
    assert_eq!(codebook[1][3], 1);
    assert_eq!(codebook[2][3], -1);
}
