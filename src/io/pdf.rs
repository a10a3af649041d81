//! PDF briefings: the text layer, read in a child process so that a parser that panics, aborts
//! or loops on a damaged file can never take the desk or the command line down.
//!
//! The parent runs its own binary as `stancedesk pdf-text` with the PDF on standard input, a
//! time limit and a memory limit, and reads the text from standard output. The child
//! ([`pdf_text_child`]) caps its own address space (`RLIMIT_AS`), asks the system to end it when
//! its parent dies (`PR_SET_PDEATHSIG`), and uses pdf-extract, and lopdf where pdf-extract
//! fails; when neither finds text it says why (encrypted, damaged at a page, no text layer).
//! pdf-extract's glyphs are gathered into lines with their baseline and font size
//! (`LineCollector`); a paragraph ends where the space between two lines is more than one and
//! a half lines, and around a heading (a line larger than the body text), so that a headline a
//! word processor sets with no space under it stays a line of its own ([`paragraph_break`]). The
//! text is then turned into the engine's lines: hard-wrapped lines joined, end-of-line hyphens
//! removed, page numbers dropped, a paragraph cut by a page break rejoined.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest a PDF may take to read.
pub const TIME_LIMIT: Duration = Duration::from_secs(20);
/// Most memory (address space) the reader of one PDF may use (1 GB).
pub const MEMORY_LIMIT: u64 = 1 << 30;
/// The variable that gives the child its memory limit in bytes.
const MEMORY_VAR: &str = "STANCEDESK_PDF_MEMORY";
/// The variable that gives the child its parent's process id.
const PARENT_VAR: &str = "STANCEDESK_PDF_PARENT";
/// What the child says about a PDF without text.
const NO_TEXT: &str = "the PDF has no text layer (a scanned document?): run it through OCR first";

/// The limits of one PDF reader process.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Longest it may take.
    pub time: Duration,
    /// Most address space it may use, in bytes.
    pub memory: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self { time: TIME_LIMIT, memory: MEMORY_LIMIT }
    }
}
/// Largest text accepted from the child (64 MB).
const MAX_TEXT: u64 = 64 * 1024 * 1024;

/// The `stancedesk` binary that reads PDFs: `$STANCEDESK_EXE`, this executable when it is
/// `stancedesk`, or the `stancedesk` beside it (tests and benchmarks run from `target/*/deps`).
fn helper_exe() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("STANCEDESK_EXE") {
        return Ok(PathBuf::from(p));
    }
    let me = std::env::current_exe().map_err(|e| format!("cannot find the program to read PDFs: {e}"))?;
    let name = format!("stancedesk{}", std::env::consts::EXE_SUFFIX);
    if me.file_name().is_some_and(|n| n.to_string_lossy() == name) {
        return Ok(me);
    }
    let dir = me.parent().ok_or("cannot find the program to read PDFs")?;
    let candidates = [dir.join(&name), dir.parent().map(|p| p.join(&name)).unwrap_or_default()];
    candidates.into_iter().find(|p| p.is_file()).ok_or_else(|| format!("cannot find {name} to read PDFs"))
}

/// The text of a PDF, read in a child process with a time limit, as the engine's lines.
pub fn pdf_text(bytes: &[u8]) -> Result<String, String> {
    pdf_text_with(bytes, &helper_exe()?, TIME_LIMIT)
}

/// [`pdf_text`] with the reader program (run as `EXE pdf-text`) and the time limit given.
pub fn pdf_text_with(bytes: &[u8], exe: &std::path::Path, limit: Duration) -> Result<String, String> {
    pdf_text_within(bytes, exe, Limits { time: limit, ..Limits::default() })
}

/// [`pdf_text`] with the reader program and both limits given.
pub fn pdf_text_within(bytes: &[u8], exe: &std::path::Path, limits: Limits) -> Result<String, String> {
    let limit = limits.time;
    let mut child = Command::new(exe)
        .arg("pdf-text")
        .env(MEMORY_VAR, limits.memory.to_string())
        // mimalloc reserves 1 GiB of address space up front and serves from it without asking
        // the system, past any limit: reserve in small steps so that the limit holds
        .env("MIMALLOC_ARENA_RESERVE", "64MiB")
        .env(PARENT_VAR, std::process::id().to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the PDF reader: {e}"))?;
    // feed and drain on threads, so that neither pipe can block the other
    let mut stdin = child.stdin.take().ok_or("no pipe to the PDF reader")?;
    let input = bytes.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child.stdout.take().ok_or("no pipe from the PDF reader")?;
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.by_ref().take(MAX_TEXT).read_to_end(&mut out);
        out
    });
    let mut stderr = child.stderr.take().ok_or("no pipe from the PDF reader")?;
    let errors = std::thread::spawn(move || {
        let mut out = String::new();
        let _ = stderr.by_ref().take(64 * 1024).read_to_string(&mut out);
        out
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("reading the PDF took longer than {:.1} s and was stopped", limit.as_secs_f64()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("the PDF reader failed: {e}"));
            }
        }
    };
    let _ = feeder.join();
    let out = reader.join().unwrap_or_default();
    let err = errors.join().unwrap_or_default();
    if !status.success() {
        let why = err.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_owned();
        if out_of_memory(&err) {
            return Err(format!("the PDF needs more than {} MB of memory to read: stopped", limits.memory >> 20));
        }
        return Err(if status.code() == Some(3) {
            if out.len() as u64 >= MAX_TEXT {
                "the PDF holds more text than 64 MB".to_owned()
            } else if why.is_empty() {
                "not a readable PDF".to_owned()
            } else {
                why
            }
        } else {
            format!(
                "the PDF reader crashed on this file ({status}){}",
                if why.is_empty() { String::new() } else { format!(": {why}") }
            )
        });
    }
    let text = String::from_utf8_lossy(&out);
    let lines = layout_to_lines(&text);
    if lines.trim().is_empty() {
        return Err(NO_TEXT.to_owned());
    }
    Ok(lines)
}

/// Whether the child's standard error says it ran out of memory (an allocation refused under
/// its limit ends the process).
fn out_of_memory(stderr: &str) -> bool {
    stderr.contains("memory allocation of") || stderr.contains("capacity overflow") || stderr.contains("out of memory")
}

/// The child's side: reads a PDF from standard input, writes its text to standard output.
/// Exit code 3 with a message on standard error when the PDF cannot be read (or has no text).
pub fn pdf_text_child() -> i32 {
    guard_child();
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("cannot read the PDF: {e}");
        return 3;
    }
    match child_text(&bytes) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_err() {
                return 3;
            }
            0
        }
        Err(why) => {
            eprintln!("{why}");
            3
        }
    }
}

/// Limits the child: its address space to what the parent gave (`$STANCEDESK_PDF_MEMORY`), and
/// its life to its parent's (it is killed when the parent dies, even by `kill -9`).
fn guard_child() {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let _ = rustix::process::set_parent_process_death_signal(Some(rustix::process::Signal::KILL));
        // the parent died before the line above: we are someone else's child now
        let parent = std::env::var(PARENT_VAR).ok().and_then(|p| p.parse::<i32>().ok());
        let now = rustix::process::getppid().map(rustix::process::Pid::as_raw_pid);
        if parent.is_some_and(|p| Some(p) != now) {
            std::process::exit(3);
        }
    }
    #[cfg(unix)]
    {
        let limit = std::env::var(MEMORY_VAR).ok().and_then(|m| m.parse::<u64>().ok()).unwrap_or(MEMORY_LIMIT);
        let rlimit = rustix::process::Rlimit { current: Some(limit), maximum: Some(limit) };
        let _ = rustix::process::setrlimit(rustix::process::Resource::As, rlimit);
    }
}

/// The text of a PDF: pdf-extract's, else lopdf's, else why there is none.
fn child_text(bytes: &[u8]) -> Result<String, String> {
    // pdf-extract keeps paragraphs and headings; where it fails (an error or a panic), lopdf's
    // plainer text
    let first = std::panic::catch_unwind(|| pdf_extract_text(bytes))
        .unwrap_or_else(|_| Err("the PDF parser failed on this file".to_owned()));
    if let Ok(text) = &first {
        if !text.trim().is_empty() {
            return first;
        }
    }
    std::panic::catch_unwind(|| lopdf_text_or_why(bytes))
        .unwrap_or_else(|_| Err(format!("the PDF is damaged: {}", first.err().unwrap_or_default())))
}

/// pdf-extract's text of a PDF, laid out by [`LineCollector`] and [`layout_text`].
fn pdf_extract_text(bytes: &[u8]) -> Result<String, String> {
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|e| e.to_string())?;
    if doc.is_encrypted() {
        // an empty user password opens many "protected" PDFs; the others lopdf names
        doc.decrypt("").map_err(|e| e.to_string())?;
    }
    let mut lines = LineCollector::default();
    pdf_extract::output_doc(&doc, &mut lines).map_err(|e| e.to_string())?;
    Ok(layout_text(&lines.finish()))
}

/// One line of text on a page: its baseline (from the top of the page, in points), the size
/// its glyphs are drawn at (their median, in points) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The baseline, from the top of the page.
    pub y: f64,
    /// The median size of the line's glyphs.
    pub size: f64,
    /// The text.
    pub text: String,
}

/// pdf-extract's output device that keeps each line with its baseline and font size (its
/// plain-text device keeps neither, so a headline with no space under it ran into the next
/// paragraph). Words and lines are found as that device finds them.
#[derive(Default)]
struct LineCollector {
    /// The lines of every page done.
    pages: Vec<Vec<Line>>,
    /// The lines of the page being read.
    page: Vec<Line>,
    /// The line being read, with the sizes of its glyphs.
    line: Option<(Line, Vec<f64>)>,
    /// The page's height, to measure baselines from its top.
    height: f64,
    /// Where the last glyph ended.
    last_end: f64,
    /// The next glyph starts a word (a text-showing operation).
    word_start: bool,
}

impl LineCollector {
    fn end_line(&mut self) {
        if let Some((mut line, mut sizes)) = self.line.take() {
            sizes.sort_by(f64::total_cmp);
            line.size = sizes.get(sizes.len() / 2).copied().unwrap_or(0.0);
            if !line.text.trim().is_empty() {
                self.page.push(line);
            }
        }
    }

    /// The lines of every page.
    fn finish(mut self) -> Vec<Vec<Line>> {
        self.end_line();
        if !self.page.is_empty() {
            self.pages.push(std::mem::take(&mut self.page));
        }
        self.pages
    }
}

impl pdf_extract::OutputDev for LineCollector {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.last_end = f64::MAX;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.end_line();
        self.pages.push(std::mem::take(&mut self.page));
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        // the glyph's size on the page: the font size scaled by the text rendering matrix
        let size = font_size * (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let (x, y) = (trm.m31, self.height - trm.m32);
        if !size.is_finite() || !x.is_finite() || !y.is_finite() {
            return Ok(());
        }
        let word_start = std::mem::take(&mut self.word_start);
        match &mut self.line {
            Some((line, _)) if word_start => {
                let dy = (y - line.y).abs();
                // down a long way, or back to the left and down: a new line
                if dy > size * 1.5 || (x < self.last_end && dy > size * 0.5) {
                    self.end_line();
                } else if x > self.last_end + size * 0.1 {
                    line.text.push(' ');
                }
            }
            _ => {}
        }
        let (line, sizes) = self.line.get_or_insert_with(|| (Line { y, size, text: String::new() }, Vec::new()));
        line.text.push_str(char);
        sizes.push(size);
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// How much larger than the body text a line must be to count as a heading.
const HEADING_RATIO: f64 = 1.08;

/// The size of the body text: the size most of the document's characters are drawn at (the
/// median over characters).
fn body_size(pages: &[Vec<Line>]) -> f64 {
    let mut sizes: Vec<(f64, usize)> =
        pages.iter().flatten().map(|l| (l.size, l.text.chars().filter(|c| !c.is_whitespace()).count())).collect();
    sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: usize = sizes.iter().map(|s| s.1).sum();
    let mut seen = 0;
    for (size, n) in sizes {
        seen += n;
        if seen * 2 >= total {
            return size;
        }
    }
    0.0
}

/// Whether a paragraph ends between two lines of a page, `next` drawn after `prev`: the gap
/// between their baselines is more than one and a half lines (as pdf-extract's plain text
/// has it), or one of them is a heading (larger than the body text) and the other is not or
/// is of another size. A heading that wraps stays one paragraph; a headline with no more space
/// under it than between body lines is a line of its own all the same.
pub fn paragraph_break(prev: &Line, next: &Line, body: f64) -> bool {
    let gap = (next.y - prev.y).abs();
    if gap > next.size * 1.5 {
        return true;
    }
    let heading = |l: &Line| l.size >= body * HEADING_RATIO;
    let (small, large) = if prev.size < next.size { (prev.size, next.size) } else { (next.size, prev.size) };
    (heading(prev) || heading(next)) && large >= small * HEADING_RATIO
}

/// The lines of every page as layout text: one line per line, an empty line where a paragraph
/// ends, a form feed at the end of each page (for [`layout_to_lines`]).
pub fn layout_text(pages: &[Vec<Line>]) -> String {
    let body = body_size(pages);
    let mut out = String::new();
    for page in pages {
        for (i, line) in page.iter().enumerate() {
            if i > 0 && paragraph_break(&page[i - 1], line, body) {
                out.push('\n');
            }
            out.push_str(line.text.trim());
            out.push('\n');
        }
        out.push('\u{c}');
    }
    out
}

/// lopdf's text of a PDF, or what is wrong with it: encrypted, damaged (where), no text layer.
fn lopdf_text_or_why(bytes: &[u8]) -> Result<String, String> {
    const ENCRYPTED: &str = "the PDF is encrypted (password-protected): save an unprotected copy first";
    let doc = match lopdf::Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(_) if memchr::memmem::find(bytes, b"/Encrypt").is_some() => return Err(ENCRYPTED.to_owned()),
        Err(e) => return Err(format!("the PDF is damaged: {e}")),
    };
    if doc.is_encrypted() {
        return Err(ENCRYPTED.to_owned());
    }
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    if pages.is_empty() {
        return Err("the PDF is damaged: no pages found (a broken page tree?)".to_owned());
    }
    let mut text = String::new();
    let mut first_failure = None;
    for p in pages {
        match doc.extract_text(&[p]) {
            Ok(t) => {
                text.push_str(&t);
                text.push_str("\n\u{c}");
            }
            Err(e) => {
                first_failure.get_or_insert((p, e.to_string()));
            }
        }
    }
    match first_failure {
        _ if !text.trim().is_empty() => Ok(text),
        Some((page, e)) => Err(format!("the PDF is damaged at page {page}: {e}")),
        None => Err(NO_TEXT.to_owned()),
    }
}

/// Whether a line is only a page number ("3", "- 3 -", "3 / 12", "Page 3 of 12").
fn is_page_number(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    let l = l.strip_prefix("page").unwrap_or(&l).trim();
    // only "N", "N / M", "N of M", "- N -" with numbers of at most 3 digits (dates stay)
    let parts: Vec<&str> =
        l.split(|c: char| c == '/' || c.is_whitespace()).filter(|p| !p.is_empty() && *p != "of").collect();
    let parts: Vec<&str> = parts.into_iter().map(|p| p.trim_matches(['-', '–'])).filter(|p| !p.is_empty()).collect();
    matches!(parts.len(), 1 | 2)
        && parts.iter().all(|p| p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()))
        && !l.contains(['.', ':'])
}

/// PDF text as laid out (hard-wrapped lines, blank lines between paragraphs) to one paragraph
/// per line: lines of a paragraph joined, a hyphen at a line end joined to the next word when
/// that word goes on in lower case, page numbers dropped.
pub fn layout_to_lines(text: &str) -> String {
    let mut paras: Vec<String> = Vec::new();
    let mut para = String::new();
    // a page break (form feed or page number) since the last paragraph ended
    let mut page_break = false;
    let ends_sentence = |p: &str| p.trim_end().ends_with(['.', '!', '?', ':', '”', '"', '’', '\'', '»', '«']);
    for raw in text.split_inclusive(['\n', '\u{c}']) {
        if raw.ends_with('\u{c}') {
            page_break = true;
        }
        let line = raw.trim_end_matches(['\n', '\r', '\u{c}']).trim();
        if line.is_empty() {
            if !para.trim().is_empty() {
                paras.push(std::mem::take(&mut para));
            }
            para.clear();
            continue;
        }
        if is_page_number(line) {
            page_break = true;
            continue;
        }
        if para.is_empty() {
            // a paragraph cut by a page break goes on in lower case on the next page
            let continues = page_break
                && line.chars().next().is_some_and(char::is_lowercase)
                && paras.last().is_some_and(|p| !ends_sentence(p));
            para = if continues { paras.pop().unwrap_or_default() + " " } else { String::new() };
            page_break = false;
            para.push_str(line);
        } else if para.ends_with('-') && !para.ends_with(" -") {
            // a word broken at the line end: the hyphen goes when the word goes on in lower
            // case ("govern-" "ment"), stays in a compound ("Baltic-" "Nordic")
            if line.chars().next().is_some_and(char::is_lowercase) {
                para.pop();
            }
            para.push_str(line);
        } else {
            para.push(' ');
            para.push_str(line);
        }
    }
    if !para.trim().is_empty() {
        paras.push(para);
    }
    let mut out = String::new();
    for p in paras {
        out.push_str(p.trim());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lopdf_fallback_reads_the_text_layer_too() {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/formats/briefing.pdf")).unwrap();
        let t = layout_to_lines(&lopdf_text_or_why(&bytes).unwrap());
        assert!(t.contains("Ilse Varga"), "{t}");
        assert!(lopdf_text_or_why(b"%PDF-1.4 broken").unwrap_err().contains("damaged"));
    }

    fn line(y: f64, size: f64, text: &str) -> Line {
        Line { y, size, text: text.to_owned() }
    }

    /// A word processor's page: a two-line title (16 pt), headlines (13 pt) with no more space
    /// under them than between body lines (11 pt, 14 pt apart, 22 pt between paragraphs), and
    /// a paragraph going on over the page.
    #[test]
    fn headings_stay_lines_of_their_own_by_their_size() {
        let page1 = vec![
            line(72.0, 16.0, "Morning Briefing, Thursday,"),
            line(92.0, 16.0, "12 March"),
            line(110.0, 13.0, "Harbour works delayed"),
            line(124.0, 11.0, "The minister said the work"),
            line(138.0, 11.0, "would wait."),
            line(160.0, 11.0, "“Not yet,” she said."),
            line(177.0, 13.0, "Floodplain rules on the upper"),
            line(193.0, 13.0, "Lenne"),
            line(207.0, 11.0, "Five mayors agreed on rules"),
            line(221.0, 11.0, "for new"),
        ];
        let page2 = vec![line(72.0, 11.0, "homes, the mayor said.")];
        let body = body_size(&[page1.clone(), page2.clone()]);
        assert!((body - 11.0).abs() < f64::EPSILON, "{body}");
        let breaks: Vec<bool> = page1.windows(2).map(|w| paragraph_break(&w[0], &w[1], body)).collect();
        assert_eq!(
            breaks,
            [false, true, true, false, true, true, false, true, false],
            "the wrapped title and headline join, a headline ends where the body starts"
        );
        // the same sizes and spacing without a heading: one paragraph
        assert!(!paragraph_break(&line(0.0, 10.0, "a"), &line(14.0, 10.0, "b"), 10.0));
        // smaller text is no heading: only the space before it ends a paragraph
        assert!(!paragraph_break(&line(0.0, 10.0, "a"), &line(11.0, 8.0, "b"), 10.0));
        assert!(paragraph_break(&line(0.0, 10.0, "a"), &line(13.0, 8.0, "b"), 10.0));
        // a bold headline at the body size is told by the space around it only
        assert!(paragraph_break(&line(0.0, 10.0, "a"), &line(16.0, 10.0, "b"), 10.0));
        assert!(!paragraph_break(&line(0.0, 10.0, "a"), &line(15.0, 10.0, "b"), 10.0));
        assert_eq!(
            layout_to_lines(&layout_text(&[page1, page2])),
            "Morning Briefing, Thursday, 12 March\nHarbour works delayed\nThe minister said the work would wait.\n\
             “Not yet,” she said.\nFloodplain rules on the upper Lenne\n\
             Five mayors agreed on rules for new homes, the mayor said.\n"
        );
    }

    #[test]
    fn wrapped_lines_join_hyphens_go_and_page_numbers_drop() {
        let t = "Headline here\n\nThe minister said the govern-\nment would act, and that\nthe deep-\nWater plan stays.\n\n1 / 2\n\u{c}Next para goes\n\n2 / 3\n\non over the page.\n";
        assert_eq!(
            layout_to_lines(t),
            "Headline here\nThe minister said the government would act, and that the deep-Water plan stays.\nNext para goes on over the page.\n"
        );
        assert!(is_page_number("Page 3 of 12"));
        assert!(is_page_number("- 4 -"));
        assert!(is_page_number("17"));
        assert!(!is_page_number("2026"), "a year alone is no page number");
        assert!(!is_page_number("12/03/2026"), "a date is no page number");
        assert!(!is_page_number("2025-2026"));
        assert!(!is_page_number("1 of 3 ministers said"));
    }
}
