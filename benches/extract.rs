//! Extraction speed over `../shared/bulk/polnear/texts` (924 real articles): criterion reports the
//! throughput in bytes per second on one core. `cargo bench --bench extract`.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use stancedesk::extract::extract_document;
use stancedesk::model::DocumentId;

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bulk/polnear/texts");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("{} not found: benchmarking the bundled sample instead", dir.display());
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt");
        return std::fs::read_to_string(sample).into_iter().collect();
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("polnear", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for (i, t) in texts.iter().enumerate() {
                n += extract_document(t, DocumentId(i as u32), 0).statements.len();
            }
            n
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
