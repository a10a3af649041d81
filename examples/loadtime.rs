//! Times the phases of loading a project file: `cargo run --release --example loadtime -- FILE`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use std::time::Instant;
fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).expect("FILE"));
    let t = Instant::now();
    let bytes = std::fs::read(&path).unwrap();
    eprintln!("read {:?}", t.elapsed());
    let t = Instant::now();
    let v: serde::de::IgnoredAny = serde_json::from_slice(&bytes).unwrap();
    let _ = v;
    eprintln!("scan (IgnoredAny) {:?}", t.elapsed());
    let t = Instant::now();
    let l = stancedesk::io::project::parse_project(&path, &bytes).unwrap();
    eprintln!("parse_project {:?} ({} statements)", t.elapsed(), l.project.statements.len());
    let mut p = l.project;
    let t = Instant::now();
    stancedesk::io::project::check_consistency(&mut p).unwrap();
    eprintln!("check_consistency alone {:?}", t.elapsed());
    let t = Instant::now();
    drop(p);
    eprintln!("drop {:?}", t.elapsed());
}
