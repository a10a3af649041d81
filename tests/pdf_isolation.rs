//! The PDF reader runs in a child process with a time limit: a reader that hangs is stopped and
//! one that crashes is reported, and neither takes the caller down.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use stancedesk::io::pdf::pdf_text_with;

fn fake_reader(dir: &Path, name: &str, script: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

#[test]
fn a_hanging_reader_is_stopped_a_crashing_one_reported_and_the_real_one_reads() {
    let dir = std::env::temp_dir().join(format!("stancedesk-pdfiso-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/formats/briefing.pdf")).unwrap();

    let hang = fake_reader(&dir, "hang.sh", "cat > /dev/null; sleep 30");
    let t = Instant::now();
    let err = pdf_text_with(&pdf, &hang, Duration::from_millis(800)).unwrap_err();
    assert!(err.contains("longer than"), "{err}");
    assert!(t.elapsed() < Duration::from_secs(5), "stopped after {:?}", t.elapsed());

    let crash = fake_reader(&dir, "crash.sh", "cat > /dev/null; echo 'thread main panicked' >&2; exit 101");
    let err = pdf_text_with(&pdf, &crash, Duration::from_secs(5)).unwrap_err();
    assert!(err.contains("crashed") && err.contains("panicked"), "{err}");

    let text = pdf_text_with(&pdf, Path::new(env!("CARGO_BIN_EXE_stancedesk")), Duration::from_secs(20)).unwrap();
    assert!(text.contains("Ilse Varga"), "{text}");
}
