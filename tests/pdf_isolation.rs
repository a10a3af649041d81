//! The PDF reader runs in a child process with a time limit: a reader that hangs is stopped and
//! one that crashes is reported, and neither takes the caller down.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use stancedesk::io::pdf::{Limits, pdf_text_with, pdf_text_within};

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

// Hostile PDFs, made here (nothing big is committed; tests/data/hostile/pdfs.py makes the same for
// the measurement script).

/// A PDF of `objects` (numbered from 1, the first the catalog) with a correct cross-reference table.
fn pdf(objects: &[Vec<u8>], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (n, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", n + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    let trailer =
        format!("trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1);
    out.extend_from_slice(trailer.as_bytes());
    out
}

fn stream(data: &[u8], extra: &str) -> Vec<u8> {
    let mut s = format!("<< /Length {} {extra} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// One page showing `content`, in Helvetica with `font_extra` in the font dictionary.
fn one_page(content: Vec<u8>, font_extra: &str) -> Vec<Vec<u8>> {
    vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        content,
        format!("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica {font_extra} >>").into_bytes(),
    ]
}

const TEXT: &[u8] = b"BT /F1 12 Tf 72 720 Td (The minister said the talks would go on.) Tj ET";

/// 900 bytes whose `ToUnicode` `CMap` maps two billion codes: a reader that expands it needs many GB.
fn cmap_bomb() -> Vec<u8> {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange 1 beginbfrange <00000000> <7FFFFFFF> <00000041> endbfrange endcmap end end";
    let mut objects = one_page(stream(TEXT, ""), "/ToUnicode 6 0 R");
    objects.push(stream(cmap, ""));
    pdf(&objects, "")
}

/// A zlib stream of `1 + 258 * matches` zero bytes, written by hand in fixed Huffman codes (13
/// bits per 258 bytes), so that a bomb costs no compression time.
fn zeros_zlib(matches: usize) -> Vec<u8> {
    let mut bits: Vec<u8> = Vec::with_capacity(matches * 13 / 8 + 16);
    let (mut acc, mut n) = (0u32, 0u32);
    let mut put = |value: u32, len: u32, bits: &mut Vec<u8>| {
        acc |= value << n;
        n += len;
        while n >= 8 {
            bits.push(acc as u8);
            acc >>= 8;
            n -= 8;
        }
    };
    // Huffman codes go most significant bit first
    let code = |c: u32, len: u32| c.reverse_bits() >> (32 - len);
    put(0b011, 3, &mut bits); // final block, fixed codes
    put(code(0x30, 8), 8, &mut bits); // literal 0
    for _ in 0..matches {
        put(code(0xC5, 8), 8, &mut bits); // length 258
        put(0, 5, &mut bits); // distance 1
    }
    put(0, 7, &mut bits); // end of block
    put(0, 7, &mut bits); // pad
    let len = 1 + 258 * matches as u64;
    let adler = ((len % 65521) << 16) | 1;
    let mut out = vec![0x78, 0x01];
    out.extend_from_slice(&bits);
    out.extend_from_slice(&(adler as u32).to_be_bytes());
    out
}

/// A page whose content stream unpacks to 400 MB of zeros from 2.5 MB.
fn flate_bomb() -> Vec<u8> {
    pdf(&one_page(stream(&zeros_zlib(400 << 20 >> 8 >> 1), "/Filter /FlateDecode"), ""), "")
}

fn exe() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_stancedesk"))
}

#[test]
fn a_pdf_with_a_huge_tounicode_cmap_is_stopped_at_the_memory_cap() {
    let t = Instant::now();
    let limits = Limits { time: Duration::from_secs(20), memory: 192 << 20 };
    let err = pdf_text_within(&cmap_bomb(), exe(), limits).unwrap_err();
    assert!(err.contains("needs more than 192 MB of memory"), "{err}");
    assert!(t.elapsed() < Duration::from_secs(15), "{:?}", t.elapsed());
}

#[test]
fn a_flate_bomb_pdf_is_stopped_at_the_memory_cap() {
    let bomb = flate_bomb();
    assert!(bomb.len() < 4 << 20);
    let limits = Limits { time: Duration::from_secs(20), memory: 192 << 20 };
    let err = pdf_text_within(&bomb, exe(), limits).unwrap_err();
    assert!(err.contains("needs more than 192 MB of memory"), "{err}");
}

#[test]
fn a_damaged_pdf_says_what_is_wrong_not_no_text_layer() {
    let encrypted = {
        let mut objects = one_page(stream(TEXT, ""), "");
        objects.push(
            format!("<< /Filter /Standard /V 1 /R 2 /O <{}> /U <{}> /P -4 >>", "11".repeat(32), "22".repeat(32))
                .into_bytes(),
        );
        pdf(&objects, "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]")
    };
    let page_loop = pdf(
        &[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>".to_vec(),
        ],
        "",
    );
    let mut cut = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/formats/briefing.pdf")).unwrap();
    cut.truncate(400);
    let limit = Duration::from_secs(20);
    let err = pdf_text_with(&encrypted, exe(), limit).unwrap_err();
    assert!(err.contains("encrypted"), "{err}");
    let err = pdf_text_with(&page_loop, exe(), limit).unwrap_err();
    assert!(err.contains("damaged") && err.contains("page"), "{err}");
    let err = pdf_text_with(&cut, exe(), limit).unwrap_err();
    assert!(err.contains("damaged"), "{err}");
    let scanned =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/formats/briefing_scanned.pdf")).unwrap();
    let err = pdf_text_with(&scanned, exe(), limit).unwrap_err();
    assert!(err.contains("no text layer"), "a real scan still says so: {err}");
}

/// The children of a process (Linux: `/proc/*/stat`).
#[cfg(target_os = "linux")]
fn children_of(pid: u32) -> Vec<u32> {
    let mut kids = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(stat) = std::fs::read_to_string(e.path().join("stat")) else { continue };
        // pid (comm) state ppid ...: comm may hold spaces, so split after its closing parenthesis
        let Some(rest) = stat.rsplit_once(')').map(|r| r.1) else { continue };
        let ppid = rest.split_whitespace().nth(1).and_then(|p| p.parse::<u32>().ok());
        if ppid == Some(pid) {
            kids.extend(e.file_name().to_string_lossy().parse::<u32>().ok());
        }
    }
    kids
}

#[cfg(target_os = "linux")]
#[test]
fn the_pdf_reader_dies_with_its_parent_after_kill_9() {
    let dir = std::env::temp_dir().join(format!("stancedesk-orphan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bomb = dir.join("bomb.pdf");
    std::fs::write(&bomb, cmap_bomb()).unwrap();
    let mut parent = std::process::Command::new(exe())
        .args(["extract", bomb.to_str().unwrap()])
        .stderr(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    let child = loop {
        if let Some(&c) = children_of(parent.id()).first() {
            break c;
        }
        assert!(t.elapsed() < Duration::from_secs(10), "no PDF reader started");
        std::thread::sleep(Duration::from_millis(20));
    };
    std::thread::sleep(Duration::from_millis(300));
    parent.kill().unwrap();
    parent.wait().unwrap();
    let t = Instant::now();
    while Path::new(&format!("/proc/{child}")).exists() {
        // a zombie of init's is gone for our purpose: it holds no memory
        let state = std::fs::read_to_string(format!("/proc/{child}/stat")).unwrap_or_default();
        if state.rsplit_once(')').is_some_and(|r| r.1.trim_start().starts_with('Z')) {
            break;
        }
        assert!(t.elapsed() < Duration::from_secs(1), "the PDF reader {child} outlived its parent");
        std::thread::sleep(Duration::from_millis(20));
    }
}
