//! Times extraction over a folder of text files, a few passes, and prints MB/s and a digest of
//! the items and statements (every field, from a pass of its own), so that a change made for speed can be
//! checked to leave the output the same: `cargo run --release --example speed -- DIR [PASSES]`.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;

use stancedesk::extract::extract_document;
use stancedesk::model::DocumentId;

fn main() -> std::io::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/bulk/polnear/texts".to_owned());
    let passes: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let mut paths = Vec::new();
    for e in std::fs::read_dir(dir)? {
        paths.push(e?.path());
    }
    // (in name order: the digest does not depend on the order the folder lists its files in)
    paths.sort();
    let mut texts = Vec::new();
    for p in &paths {
        texts.push(std::fs::read_to_string(p)?);
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    // (the digest in a pass of its own, untimed; `DefaultHasher::new` hashes alike in every run
    // of one build, so digests are compared between builds of one toolchain)
    let mut digest = DefaultHasher::new();
    for (i, s) in texts.iter().enumerate() {
        let x = extract_document(s, DocumentId(i as u32), 0);
        format!("{:?}{:?}", x.items, x.statements).hash(&mut digest);
    }
    let mut n = 0usize;
    let t = Instant::now();
    for _ in 0..passes {
        for (i, s) in texts.iter().enumerate() {
            n += extract_document(s, DocumentId(i as u32), 0).statements.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} files, {:.1} MB, {passes} passes: {:.2} MB/s ({n} statements, output digest {:016x})",
        texts.len(),
        bytes as f64 / 1e6,
        (bytes * passes) as f64 / 1e6 / secs,
        digest.finish()
    );
    Ok(())
}
