//! Times loading, saving and exporting a project file, and the phases of a load:
//! `cargo run --release --example loadtime -- FILE`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use std::time::Instant;

use stancedesk::io::export::{Preset, export_csv};
use stancedesk::io::{atomic, project};

fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).expect("FILE"));
    let t = Instant::now();
    let bytes = std::fs::read(&path).unwrap();
    eprintln!("read into memory {:?}", t.elapsed());
    let t = Instant::now();
    let v: serde::de::IgnoredAny = serde_json::from_slice(&bytes).unwrap();
    let _ = v;
    eprintln!("scan with serde_json (IgnoredAny) {:?}", t.elapsed());
    drop(bytes);
    let t = Instant::now();
    let l = project::load_project(&path).unwrap();
    eprintln!("load_project {:?} ({} statements)", t.elapsed(), l.project.statements.len());
    let mut p = l.project;
    let t = Instant::now();
    project::check_consistency(&mut p).unwrap();
    eprintln!("check_consistency alone {:?}", t.elapsed());
    let out = path.with_extension("copy.json");
    let t = Instant::now();
    project::save_project(&out, &p).unwrap();
    eprintln!("save_project {:?}", t.elapsed());
    let csv = path.with_extension("csv");
    let t = Instant::now();
    atomic::write_atomic(&csv, false, |f| export_csv(f, &p, |_| true, Preset::Excel).map_err(std::io::Error::from))
        .unwrap();
    eprintln!("export_csv {:?}", t.elapsed());
    let t = Instant::now();
    drop(p);
    eprintln!("drop {:?}", t.elapsed());
    let _ = std::fs::remove_file(out);
    let _ = std::fs::remove_file(csv);
}
