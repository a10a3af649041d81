//! Briefings in every format analysts receive: each opens into the same statements as its
//! plain-text twin, bad files give a clear error, and mutated files never panic or hang.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::format_push_string, clippy::cast_possible_truncation)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use stancedesk::extract::extract_document;
use stancedesk::io::briefing::{document_from_bytes, read_briefing};
use stancedesk::model::DocumentId;

/// The fixtures other than the plain text.
const FORMATS: [&str; 9] = [
    "briefing.md",
    "briefing.html",
    "briefing.docx",
    "briefing.odt",
    "briefing.pdf",
    "briefing-headings.pdf",
    "briefing.eml",
    "briefing.rss",
    "briefing.atom",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/formats").join(name)
}

/// (kind, speaker, text) of every statement of a file, text with white space collapsed.
fn statements(path: &Path) -> Vec<(String, String, String)> {
    let (doc, _) = read_briefing(DocumentId(0), path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let ex = extract_document(&doc.text, DocumentId(0), 0);
    ex.statements
        .into_iter()
        .map(|s| (s.kind.as_str().to_owned(), s.speaker, s.text.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect()
}

#[test]
fn every_format_gives_the_statements_of_the_plain_text() {
    let twin = statements(&fixture("briefing.txt"));
    assert!(twin.len() >= 15, "{twin:?}");
    for name in FORMATS {
        let got = statements(&fixture(name));
        assert_eq!(got, twin, "{name}");
    }
}

/// The headlines of the items of a file.
fn headlines(path: &Path) -> Vec<String> {
    let (doc, _) = read_briefing(DocumentId(0), path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    extract_document(&doc.text, DocumentId(0), 0).items.into_iter().map(|i| i.headline).collect()
}

/// A word processor's PDF (a `.docx` with heading styles exported by `soffice`) puts no more
/// space under a headline than between the lines of a paragraph: the headline stays a line of
/// its own by its size, and the title and a headline that wrap stay one line each.
#[test]
fn a_word_processors_pdf_keeps_its_headlines_as_items() {
    let twin = fixture("briefing.txt");
    let pdf = fixture("briefing-headings.pdf");
    let items = headlines(&pdf);
    assert_eq!(items.len(), 4, "the title and three headlines: {items:?}");
    assert_eq!(items, headlines(&twin));
    assert_eq!(statements(&pdf), statements(&twin));
    let (doc, _) = read_briefing(DocumentId(0), &pdf).unwrap();
    let (text, _) = read_briefing(DocumentId(0), &twin).unwrap();
    assert_eq!(doc.text.lines().collect::<Vec<_>>(), text.text.lines().collect::<Vec<_>>());
}

#[test]
fn formats_are_sniffed_from_content_not_the_name() {
    let dir = std::env::temp_dir().join(format!("stancedesk-sniff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (src, format) in [
        ("briefing.docx", "docx"),
        ("briefing.html", "html"),
        ("briefing.eml", "email"),
        ("briefing.atom", "atom"),
        ("briefing.odt", "odt"),
    ] {
        let renamed = dir.join(format!("{src}.txt"));
        std::fs::copy(fixture(src), &renamed).unwrap();
        let (doc, _) = read_briefing(DocumentId(0), &renamed).unwrap();
        assert_eq!(doc.format, format, "{src}");
    }
}

#[test]
fn the_html_reader_keeps_the_article_and_drops_the_page_around_it() {
    let (doc, _) = read_briefing(DocumentId(0), &fixture("briefing.html")).unwrap();
    assert!(!doc.text.contains("Related stories"), "{}", doc.text);
    assert!(!doc.text.to_lowercase().contains("cookie"), "{}", doc.text);
    assert!(!doc.text.contains("officials told reporters."), "the script's decoy sentence: {}", doc.text);
    assert!(doc.text.starts_with("Stance Desk Morning Briefing"), "{}", &doc.text[..80]);
}

#[test]
fn the_email_subject_is_the_first_headline_and_its_date_is_kept() {
    let (doc, _) = read_briefing(DocumentId(0), &fixture("briefing.eml")).unwrap();
    let title = std::fs::read_to_string(fixture("briefing.txt")).unwrap().lines().next().unwrap().to_owned();
    assert_eq!(doc.text.lines().next(), Some(title.as_str()));
    assert_eq!(doc.date.as_deref(), Some("2026-03-12"));
}

/// The PDF parser runs in a child process: a file it chokes on is an error for that file, and
/// the scanned PDF (no text layer) says so.
#[test]
fn pdfs_are_read_in_a_child_process_and_scans_are_named() {
    let (doc, _) = read_briefing(DocumentId(0), &fixture("briefing.pdf")).unwrap();
    assert_eq!(doc.format, "pdf");
    assert!(doc.text.contains("surveyed"), "hyphenated line ends are joined: {}", doc.text);
    assert!(!doc.text.contains("1 / 2"), "page numbers are dropped");
    let err = read_briefing(DocumentId(0), &fixture("briefing_scanned.pdf")).unwrap_err().to_string();
    assert!(err.contains("no text layer"), "{err}");
    let mut cut = std::fs::read(fixture("briefing.pdf")).unwrap();
    cut.truncate(cut.len() / 3);
    if let Err(e) = document_from_bytes(DocumentId(0), Path::new("cut.pdf"), &cut) {
        assert!(e.to_string().contains("cut.pdf"), "{e}");
    }
}

#[test]
fn bad_files_give_a_clear_error_each() {
    let p = Path::new("bad.docx");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "empty"),
        ("blank", b"  \n\t ".to_vec(), "empty"),
        ("binary", vec![0, 1, 2, 3, 0, 0, 0, 9, 8, 7, 0, 0], "binary"),
        ("truncated docx", std::fs::read(fixture("briefing.docx")).unwrap()[..900].to_vec(), "docx"),
        ("pdf", std::fs::read(fixture("briefing_scanned.pdf")).unwrap(), "pdf"),
        ("broken feed", b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x".to_vec(), "rss"),
    ];
    for (what, bytes, expect) in cases {
        let err = document_from_bytes(DocumentId(0), p, &bytes).map(|_| ()).unwrap_err().to_string();
        assert!(err.contains("bad.docx") && err.to_lowercase().contains(expect), "{what}: {err}");
    }
}

/// A small deterministic generator of damaged variants: flipped bytes, cuts, repeats, inserts.
fn mutate(bytes: &[u8], seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut v = bytes.to_vec();
    let n = 1 + next() % 8;
    for _ in 0..n {
        if v.is_empty() {
            break;
        }
        let at = (next() % v.len() as u64) as usize;
        match next() % 5 {
            0 => v[at] ^= 1 << (next() % 8),
            1 => v[at] = (next() % 256) as u8,
            2 => v.truncate(at),
            3 => {
                let len = (next() % 64) as usize;
                let end = (at + len).min(v.len());
                let chunk = v[at..end].to_vec();
                v.splice(at..at, chunk);
            }
            _ => {
                let end = (at + (next() % 32) as usize).min(v.len());
                v.drain(at..end);
            }
        }
    }
    v
}

#[test]
fn five_hundred_mutants_of_every_fixture_never_panic_or_hang() {
    let names = std::iter::once("briefing.txt").chain(FORMATS);
    let mut slowest = (Duration::ZERO, String::new());
    for name in names {
        let bytes = std::fs::read(fixture(name)).unwrap();
        let path = fixture(name);
        for seed in 0..500u64 {
            let m = mutate(&bytes, seed + 1);
            let t = Instant::now();
            let r = std::panic::catch_unwind(|| {
                if let Ok((doc, _)) = document_from_bytes(DocumentId(0), &path, &m) {
                    let _ = extract_document(&doc.text, DocumentId(0), 0);
                }
            });
            let took = t.elapsed();
            assert!(r.is_ok(), "{name} mutant {seed} panicked");
            assert!(took < Duration::from_secs(2), "{name} mutant {seed} took {took:?}");
            if took > slowest.0 {
                slowest = (took, format!("{name} #{seed}"));
            }
        }
    }
    eprintln!("slowest mutant: {slowest:?}");
}

/// The text each reader hands to the engine, as snapshots (`cargo insta review` after a reader
/// changes on purpose).
#[test]
fn extracted_text_snapshots() {
    for name in FORMATS {
        let (doc, _) = read_briefing(DocumentId(0), &fixture(name)).unwrap();
        insta::assert_snapshot!(name.replace('.', "_"), doc.text);
    }
}

/// A `.docx` whose document part unpacks to far more than its packed size is refused before it
/// is unpacked.
#[test]
fn a_zip_bomb_is_refused() {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        z.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..80 {
            z.write_all(&chunk).unwrap();
        }
        z.finish().unwrap();
    }
    let bytes = buf.into_inner();
    assert!(bytes.len() < 1 << 20, "{} bytes packed", bytes.len());
    let t = Instant::now();
    let err = document_from_bytes(DocumentId(0), Path::new("bomb.docx"), &bytes).map(|_| ()).unwrap_err().to_string();
    assert!(err.contains("zip bomb") || err.contains("larger than"), "{err}");
    assert!(t.elapsed() < Duration::from_secs(2));
}

/// A file over the size limit is refused before it is read (a sparse file: no disk used).
#[test]
fn files_over_the_size_limit_are_refused_unread() {
    let dir = std::env::temp_dir().join(format!("stancedesk-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.txt");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(stancedesk::io::briefing::MAX_BYTES + 1).unwrap();
    let t = Instant::now();
    let err = read_briefing(DocumentId(0), &path).unwrap_err().to_string();
    assert!(err.contains("huge.txt") && err.contains("over the limit"), "{err}");
    assert!(t.elapsed() < Duration::from_secs(1));
    std::fs::remove_file(&path).unwrap();
}
