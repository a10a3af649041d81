//! Hostile input and the file system, as a user's machine has them: special files, links, outputs
//! that are inputs, locks, damaged files. One test per failure of the hostile-input run, named
//! after it. Every fixture is made here in a temporary folder (big ones by streaming, never
//! committed); `tests/data/hostile/make.sh` makes the same classes for the measurement script.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stancedesk"))
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample_briefing.txt")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("stancedesk-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs the binary and kills it when it takes longer than `limit` (then the test fails: a hang).
fn run_within(args: &[&std::ffi::OsStr], limit: Duration) -> Output {
    let mut child = bin().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("stancedesk {args:?} hung for more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn run(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(AsRef::as_ref).collect();
    run_within(&args, Duration::from_mins(1))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A project made from the sample briefing, at `dir/name`.
fn project(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    let out = run(&[&"project", &"new", &p, &sample()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let _ = std::fs::remove_file(stancedesk::io::atomic::backup_path(&p));
    p
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

// 3. special files -------------------------------------------------------------------------

#[test]
fn a_fifo_without_writer_is_refused_not_waited_on() {
    let d = scratch("fifo");
    let fifo = d.join("briefing.txt");
    mkfifo(&fifo);
    let out = run_within(&["extract".as_ref(), fifo.as_os_str(), sample().as_os_str()], Duration::from_secs(20));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("briefing.txt is a named pipe (FIFO), not a regular file"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).lines().count() > 30, "the files after it are still read");
}

#[test]
fn a_fifo_fed_by_yes_is_refused_not_read_to_gigabytes() {
    let d = scratch("fifo-yes");
    let fifo = d.join("feed.txt");
    mkfifo(&fifo);
    let mut yes = Command::new("sh").arg("-c").arg(format!("yes > '{}'", fifo.display())).spawn().unwrap();
    let out = run_within(&["extract".as_ref(), fifo.as_os_str()], Duration::from_secs(20));
    let _ = yes.kill();
    let _ = yes.wait();
    assert!(stderr(&out).contains("named pipe"), "{}", stderr(&out));
}

#[test]
fn a_symlink_to_dev_zero_or_urandom_is_refused_by_name() {
    let d = scratch("devzero");
    for dev in ["/dev/zero", "/dev/urandom"] {
        let link = d.join("looks_like.txt");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(dev, &link).unwrap();
        let t = Instant::now();
        let out = run_within(&["extract".as_ref(), link.as_os_str()], Duration::from_secs(20));
        assert!(stderr(&out).contains("looks_like.txt is a character device"), "{}", stderr(&out));
        assert!(t.elapsed() < Duration::from_secs(5), "{dev}: {:?}", t.elapsed());
    }
}

#[test]
fn a_project_path_that_is_a_fifo_is_refused_not_waited_on() {
    let d = scratch("fifo-project");
    let fifo = d.join("p.stance.json");
    mkfifo(&fifo);
    let out = run_within(
        &["export".as_ref(), fifo.as_os_str(), "-o".as_ref(), d.join("o.csv").as_os_str()],
        Duration::from_secs(20),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("named pipe"), "{}", stderr(&out));
}

// 6. outputs that are inputs, devices or folders ------------------------------------------

#[test]
fn export_onto_its_own_project_is_refused() {
    let d = scratch("export-self");
    let p = project(&d, "p.stance.json");
    let before = std::fs::read(&p).unwrap();
    let out = run(&[&"export", &p, &"-o", &p]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is also an input"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&p).unwrap(), before, "the project is untouched");
    assert!(!stancedesk::io::atomic::backup_path(&p).exists());
    // by another name: a link to it
    let link = d.join("link.csv");
    std::os::unix::fs::symlink(&p, &link).unwrap();
    let out = run(&[&"export", &p, &"-o", &link]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&p).unwrap(), before);
}

#[test]
fn extract_onto_its_own_briefing_is_refused() {
    let d = scratch("extract-self");
    let g = d.join("g.txt");
    std::fs::copy(sample(), &g).unwrap();
    let before = std::fs::read(&g).unwrap();
    let out = run(&[&"extract", &g, &"-o", &g]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is also an input"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&g).unwrap(), before);
    // project new onto one of its briefings too
    let out = run(&[&"project", &"new", &g, &g]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&g).unwrap(), before);
}

#[test]
fn an_output_that_is_a_device_or_a_folder_is_refused_before_writing() {
    let d = scratch("out-device");
    let p = project(&d, "p.stance.json");
    for target in [Path::new("/dev/full"), Path::new("/dev/null"), d.as_path()] {
        let out = run(&[&"export", &p, &"-o", &target]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("not a regular file"), "{}", stderr(&out));
    }
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(
        &std::fs::symlink_metadata("/dev/full").unwrap().file_type()
    ));
    // a link to a device is refused as the device
    let link = d.join("out.csv");
    std::os::unix::fs::symlink("/dev/full", &link).unwrap();
    let out = run(&[&"extract", &sample(), &"-o", &link]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
}

// 7, 8. saving keeps mode and owner, and goes through links ---------------------------------

#[test]
fn saving_keeps_the_mode_of_the_replaced_project() {
    use std::os::unix::fs::PermissionsExt;
    let d = scratch("mode");
    let p = project(&d, "p.stance.json");
    for mode in [0o600, 0o640] {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        let out = run(&[&"project", &"upgrade", &p]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, mode);
    }
}

#[test]
fn saving_keeps_the_owner_of_the_replaced_project_when_root() {
    use std::os::unix::fs::MetadataExt;
    let d = scratch("owner");
    let p = project(&d, "p.stance.json");
    if std::fs::metadata(&p).unwrap().uid() != 0 {
        eprintln!("note: not root, the change of owner is not tested");
        return;
    }
    std::os::unix::fs::chown(&p, Some(65534), Some(65534)).unwrap();
    let out = run(&[&"project", &"upgrade", &p]);
    assert!(out.status.success(), "{}", stderr(&out));
    let m = std::fs::metadata(&p).unwrap();
    assert_eq!((m.uid(), m.gid()), (65534, 65534));
}

#[test]
fn a_symlinked_project_is_saved_through_to_its_target() {
    let d = scratch("symlink-project");
    let real = project(&d, "real.stance.json");
    let link = d.join("link.stance.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let before = std::fs::read(&real).unwrap();
    let out = run(&[&"project", &"upgrade", &link]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    let bak = stancedesk::io::atomic::backup_path(&real);
    assert!(std::fs::symlink_metadata(&bak).unwrap().file_type().is_file(), "the backup is the real file's");
    assert_eq!(std::fs::read(&bak).unwrap(), before);
    assert!(!stancedesk::io::atomic::backup_path(&link).exists());
}

// 9, 10. locks -----------------------------------------------------------------------------

#[test]
fn a_symlinked_lock_file_is_refused_and_its_target_untouched() {
    let d = scratch("symlink-lock");
    let p = project(&d, "p.stance.json");
    let victim = d.join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    std::os::unix::fs::symlink(&victim, stancedesk::io::lock::lock_path(&p)).unwrap();
    let out = run(&[&"project", &"upgrade", &p]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    // a dangling link is not followed to create its target either
    let gone = d.join("created.txt");
    let q = d.join("q.stance.json");
    std::os::unix::fs::symlink(&gone, stancedesk::io::lock::lock_path(&q)).unwrap();
    let out = run(&[&"project", &"new", &q, &sample()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!gone.exists() && !q.exists());
}

#[test]
fn project_new_over_a_project_locked_elsewhere_is_refused() {
    let d = scratch("new-locked");
    let p = project(&d, "p.stance.json");
    let before = std::fs::read(&p).unwrap();
    let lock = stancedesk::io::lock::ProjectLock::acquire(&p).unwrap();
    let out = run(&[&"project", &"new", &p, &sample()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already open"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&p).unwrap(), before);
    drop(lock);
}

// 12. stale temporary files ------------------------------------------------------------------

#[test]
fn temp_files_of_killed_exports_are_swept_on_the_next_write() {
    let d = scratch("sweep");
    let p = project(&d, "p.stance.json");
    // 2147483646 runs nowhere
    for stale in [".out.csv.tmp-2147483646-0", ".other.csv.tmp-2147483646-7"] {
        std::fs::write(d.join(stale), "half").unwrap();
    }
    let out = run(&[&"export", &p, &"-o", &d.join("out.csv")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let left: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

// 14. messages ---------------------------------------------------------------------------------

#[test]
fn file_names_are_printed_with_control_characters_escaped() {
    let d = scratch("names");
    let evil = d.join("a\nerror: forged\u{1b}[31m.txt");
    std::fs::write(&evil, "").unwrap();
    let out = run(&[&"extract", &evil]);
    let err = stderr(&out);
    assert!(err.contains("a\\nerror: forged\\u{1b}[31m.txt"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn os_errors_are_not_printed_twice() {
    let d = scratch("os-twice");
    let out = run(&[&"project", &"upgrade", &d]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(err.matches("os error").count().max(err.matches("folder").count()), 1, "{err}");
}

// 11. duplicate keys, and consistency errors with their place ------------------------------

#[test]
fn a_duplicate_project_key_is_refused_with_its_place_and_the_file_left_alone() {
    let d = scratch("dup-key");
    let p = project(&d, "p.stance.json");
    let text = std::fs::read_to_string(&p).unwrap();
    // an empty "project" first: a parser that keeps the last one would read no statements
    let doubled = text.replacen("{\n", "{\n  \"project\": {\"documents\": [], \"statements\": []},\n", 1);
    std::fs::write(&p, &doubled).unwrap();
    for args in [vec!["upgrade"], vec![]] {
        let out = if args.is_empty() {
            run(&[&"export", &p, &"-o", &d.join("o.csv")])
        } else {
            run(&[&"project", &"upgrade", &p])
        };
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("`project`") && err.contains("appears twice") && err.contains("line 6"), "{err}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), doubled, "the file is byte-identical");
    }
    // inside a statement too
    let inner = text.replacen("{\"id\":0,\"document\":0,", "{\"id\":0,\"id\":5,\"document\":0,", 1);
    std::fs::write(&p, &inner).unwrap();
    let err = stderr(&run(&[&"export", &p, &"-o", &d.join("o.csv")]));
    assert!(err.contains("project.statements[0].id") && err.contains("line 9"), "{err}");
}

#[test]
fn consistency_errors_name_the_json_path_and_line() {
    let d = scratch("consistency");
    let p = project(&d, "p.stance.json");
    let text = std::fs::read_to_string(&p).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let first = lines.iter().position(|l| l.contains("\"statements\": [")).unwrap() + 1;
    // the third statement spans past its document's end
    let row = first + 2;
    let start = lines[row].find("\"end\":").unwrap() + 6;
    let end = start + lines[row][start..].find('}').unwrap();
    lines[row].replace_range(start..end, "99999999");
    std::fs::write(&p, lines.join("\n") + "\n").unwrap();
    let err = stderr(&run(&[&"export", &p, &"-o", &d.join("o.csv")]));
    let want = format!("`project.statements[2].range` (line {}", row + 1);
    assert!(err.contains("inconsistent") && err.contains(&want), "{err}");
}

// 14. what is wrong with a file, said as it is ------------------------------------------------

fn read_error(name: &str, bytes: &[u8]) -> String {
    let r = stancedesk::io::briefing::document_from_bytes(stancedesk::model::DocumentId(0), Path::new(name), bytes);
    r.map_or_else(|e| e.to_string(), |(d, _)| format!("read as {}: {}", d.format, d.text))
}

#[test]
fn an_encrypted_docx_is_called_encrypted() {
    // Office keeps a password-protected .docx in an OLE compound file with an EncryptedPackage
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 1000));
    bytes.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let e = read_error("secret.docx", &bytes);
    assert!(e.contains("secret.docx") && e.contains("encrypted (password-protected)"), "{e}");
}

#[test]
fn a_feed_with_a_dtd_is_read_as_a_feed_not_its_xml_as_statements() {
    let feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY who \"Ann Lee\">\n<!ELEMENT rss ANY>\n]>\n\
        <rss version=\"2.0\"><channel><title>T</title><item><title>Talks go on</title>\
        <description>The minister said the talks would go on.</description></item></channel></rss>\n";
    let e = read_error("feed.xml", feed.as_bytes());
    assert!(e.starts_with("read as rss") && !e.contains("<item>"), "{e}");
    let other = "<?xml version=\"1.0\"?>\n<catalog><book>\"We go on,\" said Ann Lee.</book></catalog>\n";
    let e = read_error("other.xml", other.as_bytes());
    assert!(e.contains("XML file that is no feed or page") && e.contains("<catalog>"), "{e}");
}

// 1. deeply nested HTML ------------------------------------------------------------------------

#[test]
fn deeply_nested_html_is_read_as_plain_text_not_parsed_for_minutes() {
    let say = "<p>The minister said the talks would go on.</p>";
    for (open, close) in [("<div>", "</div>"), ("<table><tr><td>", "</td></tr></table>")] {
        let n = 20_000;
        let page = format!("<!DOCTYPE html><html><body>{}{say}{}</body></html>", open.repeat(n), close.repeat(n));
        let t = Instant::now();
        let (doc, warning) = stancedesk::io::briefing::document_from_bytes(
            stancedesk::model::DocumentId(0),
            Path::new("deep.html"),
            page.as_bytes(),
        )
        .unwrap();
        assert!(t.elapsed() < Duration::from_secs(3), "{open}: {:?}", t.elapsed());
        assert!(doc.text.contains("The minister said the talks would go on."));
        let w = warning.unwrap_or_default();
        assert!(w.contains("nested deeper than 256: the page was read as plain text"), "{w}");
    }
    // an ordinary page still goes through readability, without a warning
    let page = format!("<!DOCTYPE html><html><body>{}{say}{}</body></html>", "<div>".repeat(30), "</div>".repeat(30));
    let r = stancedesk::io::briefing::document_from_bytes(
        stancedesk::model::DocumentId(0),
        Path::new("ok.html"),
        page.as_bytes(),
    );
    assert!(r.unwrap().1.is_none());
}

// 5. memory of a huge single line ---------------------------------------------------------------

/// Peak resident memory (`VmHWM`, KB) of `stancedesk ARGS`, read from /proc while it runs.
#[cfg(target_os = "linux")]
fn peak_kb(args: &[&std::ffi::OsStr]) -> u64 {
    let mut child = bin().args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        let hwm = std::fs::read_to_string(&status).unwrap_or_default();
        let kb = hwm
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok());
        peak = peak.max(kb.unwrap_or(0));
        std::thread::sleep(Duration::from_millis(5));
    }
    peak
}

#[cfg(target_os = "linux")]
#[test]
fn a_huge_single_line_stays_under_ten_times_its_size_in_memory() {
    let d = scratch("one-line");
    let tiny = d.join("tiny.txt");
    std::fs::write(&tiny, "The minister said the talks would go on.\n").unwrap();
    let line = d.join("line.txt");
    // the sample briefing, its lines joined into one, repeated to 4 MB
    let one = std::fs::read_to_string(sample()).unwrap().replace('\n', " ");
    std::fs::write(&line, one.repeat((4 << 20) / one.len())).unwrap();
    let size_kb = std::fs::metadata(&line).unwrap().len() / 1024;
    let base = peak_kb(&["extract".as_ref(), tiny.as_os_str()]);
    let peak = peak_kb(&["extract".as_ref(), line.as_os_str()]);
    // the program itself (base) plus at most ten times the input
    assert!(peak <= base + 10 * size_kb, "{size_kb} KB in one line: peak {peak} KB, a tiny file {base} KB");
}
