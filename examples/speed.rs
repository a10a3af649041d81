//! Times extraction over a folder of text files, a few passes, and prints MB/s:
//! `cargo run --release --example speed -- DIR [PASSES]`.

use std::time::Instant;

use stancedesk::extract::extract_document;
use stancedesk::model::DocumentId;

fn main() -> std::io::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/bulk/polnear/texts".to_owned());
    let passes: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let mut texts = Vec::new();
    for e in std::fs::read_dir(dir)? {
        texts.push(std::fs::read_to_string(e?.path())?);
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut n = 0usize;
    let t = Instant::now();
    for _ in 0..passes {
        for (i, s) in texts.iter().enumerate() {
            n += extract_document(s, DocumentId(i as u32), 0).statements.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} files, {:.1} MB, {passes} passes: {:.2} MB/s ({n} statements)",
        texts.len(),
        bytes as f64 / 1e6,
        (bytes * passes) as f64 / 1e6 / secs
    );
    Ok(())
}
