//! Project files at scale: save, load and CSV export of a project of 1,000,000 statements, built
//! from `../shared/bulk/polnear/texts` repeated (real documents and real extractions, new ids
//! per copy). `cargo bench --bench project`; the file size is printed first.
//!
//! Also the agreement between coders over 100,000 statements tagged by three coders (budget
//! 200 ms): `cargo bench --bench project -- agreement` runs only that (the 1M project is then
//! not built); and merging two coders' projects of 100,000 statements each (budget 2 s), the
//! merge alone and from the files to the merged file: `cargo bench --bench project -- merge`.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use stancedesk::analysis::agreement::{Reliability, synthetic_tags};
use stancedesk::io::export::{Preset, export_csv};
use stancedesk::io::merge::{merge, merge_files, synthetic_pair};
use stancedesk::io::{add_briefings, atomic, project};
use stancedesk::model::{DocumentId, Project, StatementId};

/// Statements in the benchmark project.
const TARGET: usize = 1_000_000;

fn base() -> Project {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bulk/polnear/texts");
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => {
            eprintln!("{} not found: building from the bundled sample", dir.display());
            vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt")]
        }
    };
    paths.sort();
    let mut p = Project::default();
    let _ = add_briefings(&mut p, &paths, |_, _, _| {});
    p
}

/// The base project repeated until it holds [`TARGET`] statements; every tenth one tagged.
fn big() -> Project {
    let base = base();
    let mut p = Project::default();
    let mut next_doc = 0u32;
    let mut next_st = 0u64;
    'outer: loop {
        for d in &base.documents {
            let mut doc = d.clone();
            doc.id = DocumentId(next_doc);
            next_doc += 1;
            for s in base.statements.iter().filter(|s| s.document == d.id) {
                let mut s = s.clone();
                s.id = StatementId(next_st);
                s.document = doc.id;
                if next_st.is_multiple_of(10) {
                    s.stance = Some("Support".into());
                    s.target = "EU sanctions".into();
                    s.coder = "ann".into();
                    s.tagged_at = Some("2026-11-28T04:40:00+00:00".into());
                }
                next_st += 1;
                p.statements.push(s);
                if p.statements.len() >= TARGET {
                    p.documents.push(doc);
                    break 'outer;
                }
            }
            p.documents.push(doc);
        }
    }
    p
}

/// Whether the benchmark filter asks for the agreement or the merge only.
fn agreement_only() -> bool {
    std::env::args().skip(1).any(|a| !a.starts_with('-') && (a.contains("agreement") || a.contains("merge")))
}

fn bench(c: &mut Criterion) {
    if agreement_only() {
        return;
    }
    let p = big();
    let dir = std::env::temp_dir().join(format!("stancedesk-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("big.stance.json");
    project::save_project(&path, &p).expect("save");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    let text: usize = p.documents.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "project: {} documents, {} statements, {:.1} MB of document text; file {:.1} MB",
        p.documents.len(),
        p.statements.len(),
        text as f64 / 1e6,
        size as f64 / 1e6
    );
    let mut g = c.benchmark_group("project_1m");
    g.sample_size(10);
    g.bench_function("save", |b| b.iter(|| project::save_project(&path, &p).expect("save")));
    // the same without the disk: how much of a save is serialisation, how much write + fsync
    let mut buf = Vec::with_capacity(size as usize + (1 << 20));
    g.bench_function("serialise_only", |b| {
        b.iter(|| {
            buf.clear();
            project::write_project(&mut buf, &p, None).expect("write");
            buf.len()
        });
    });
    // the time until the project is there; freeing it afterwards is not part of a load
    g.bench_function("load", |b| b.iter_with_large_drop(|| project::load_project(&path).expect("load")));
    let csv = dir.join("big.csv");
    g.bench_function("export_csv_excel", |b| {
        b.iter(|| {
            atomic::write_atomic(&csv, false, |f| {
                export_csv(f, &p, |_| true, Preset::Excel).map_err(std::io::Error::from)
            })
            .expect("export")
        });
    });
    g.finish();
    if std::env::var_os("KEEP_BENCH_PROJECT").is_some() {
        eprintln!("kept {}", path.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

fn agreement(c: &mut Criterion) {
    let docs: Vec<String> = (0..1000).map(|d| format!("{d:064x}")).collect();
    let tags = synthetic_tags(&docs, 100_000);
    let mut g = c.benchmark_group("agreement_100k");
    g.sample_size(10);
    // from the tags to every figure: overall, per pair, per label, per document
    g.bench_function("three_coders", |b| {
        b.iter(|| Reliability::from_tags(&[], tags.iter().copied()).agreement());
    });
    g.finish();
}

fn merging(c: &mut Criterion) {
    let (ann, bo) = synthetic_pair(&base(), 100_000);
    let dir = std::env::temp_dir().join(format!("stancedesk-bench-merge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let inputs = [dir.join("ann.stance.json"), dir.join("bo.stance.json")];
    project::save_project(&inputs[0], &ann).expect("save");
    project::save_project(&inputs[1], &bo).expect("save");
    let output = dir.join("merged.stance.json");
    let mut g = c.benchmark_group("merge_100k");
    g.sample_size(10);
    g.bench_function("two_coders", |b| b.iter_with_large_drop(|| merge(&[("ann", &ann), ("bo", &bo)])));
    // as `project merge` does it: load both, merge, save atomically
    g.bench_function("two_coders_files", |b| b.iter(|| merge_files(&output, &inputs).expect("merge")));
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(agreement_benches, agreement, merging);
criterion_group!(benches, bench);
criterion_main!(agreement_benches, benches);
