//! The fast reader of project files in the layout this version writes: one line per document
//! and per statement, parsed on all cores while the file is still being read.
//!
//! A general JSON parser must read the file in one sequence; but in the files we write, a
//! document or a statement is one line, and a JSON string cannot hold a raw line break, so the
//! lines can be split off and parsed apart. The reader accepts a file only when it has exactly
//! the layout of [`super::project_layout`] and every line parses; anything else
//! (another key order, a file edited by hand, an older or newer format, damage) gives
//! [`None`], and the caller reads the file with the general parser, which also names the place
//! of any error. So whenever this reader returns a project, it is the project the general
//! parser would have read.

use std::io::{self, Read};
use std::sync::{Mutex, mpsc};

use memchr::memmem;
use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny};

use super::parallel::workers;
use super::project_layout::{
    CODEBOOK_LINE, DOCUMENTS_OPEN, ELEMENT_END, ELEMENT_INDENT, FORMAT, FORMAT_VERSION, LIST_CLOSE, OPEN, PROJECT_KEY,
    STATEMENTS_OPEN,
};
use crate::model::{Codebook, Document, Project, Statement};

/// Bytes read at a time.
const BLOCK: usize = 4 << 20;
/// The envelope must end (with `"project": {`) within this many bytes.
const HEADER_LIMIT: usize = 1 << 20;

/// The envelope before the project, as the fast reader accepts it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Header {
    /// Always [`FORMAT`].
    format: String,
    /// Always [`FORMAT_VERSION`].
    pub(crate) format_version: u64,
    /// The app that wrote the file.
    pub(crate) app_version: Option<String>,
    /// The original project of a recovery file.
    pub(crate) recovery_of: Option<String>,
    /// Read as `null`: the project follows.
    #[allow(dead_code)]
    project: IgnoredAny,
}

/// The parts of the project after the statements.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Tail {
    codebook: Codebook,
    #[serde(default)]
    coders: Vec<String>,
    actors: Vec<crate::model::Actor>,
    targets: Vec<crate::model::TargetEntry>,
}

/// Which list a block of lines belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Documents,
    Statements,
}

/// Lines of one part, parsed; `None` when a line is not an element line of our layout.
enum Parsed {
    Documents(Option<Lines<Document>>),
    Statements(Option<Lines<Statement>>),
}

/// The values of a block of element lines, and whether its last line closed the list (`],`).
struct Lines<T> {
    values: Vec<T>,
    closes: bool,
}

/// Reads a project file written in this version's layout; `Ok(None)` when the file is not in
/// that layout (the caller then reads it with the general parser).
pub(crate) fn read_project<R: Read>(mut source: R) -> io::Result<Option<(Header, Project)>> {
    let threads = workers();
    let spare: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    let (jobs_tx, jobs_rx) = mpsc::sync_channel::<(usize, Part, Vec<u8>)>(threads * 2);
    let jobs_rx = Mutex::new(jobs_rx);
    std::thread::scope(|scope| {
        let (done_tx, done_rx) = mpsc::channel::<(usize, Parsed)>();
        for _ in 0..threads {
            let (jobs_rx, done_tx, spare) = (&jobs_rx, done_tx.clone(), &spare);
            scope.spawn(move || {
                loop {
                    let job = match jobs_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok((seq, part, block)) = job else { break };
                    let parsed = match part {
                        Part::Documents => Parsed::Documents(parse_lines(&block)),
                        Part::Statements => Parsed::Statements(parse_lines(&block)),
                    };
                    if let Ok(mut s) = spare.lock() {
                        s.push(block);
                    }
                    if done_tx.send((seq, parsed)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let split = split_parts(&mut source, &spare, &jobs_tx);
        // no more jobs: the workers finish what they have and stop
        drop(jobs_tx);
        let Some(Split { header, tail, blocks, last_document_block }) = split? else {
            return Ok(None);
        };
        let mut parsed: Vec<(usize, Parsed)> = done_rx.into_iter().collect();
        if parsed.len() != blocks {
            return Ok(None);
        }
        parsed.sort_unstable_by_key(|(seq, _)| *seq);
        Ok(assemble(parsed, last_document_block).and_then(|(documents, statements)| {
            let Tail { codebook, coders, actors, targets } = parse_tail(&tail)?;
            Some((header, Project { documents, statements, codebook, coders, actors, targets }))
        }))
    })
}

/// What the reading thread found: the envelope, the bytes after the statements, how many
/// blocks went to the workers and the number of the last block of documents.
struct Split {
    header: Header,
    tail: Vec<u8>,
    blocks: usize,
    last_document_block: usize,
}

/// Reads the file block by block, sends the lines of documents and statements to the workers
/// and keeps the envelope and the tail; `Ok(None)` when the layout is not ours.
fn split_parts<R: Read>(
    source: &mut R,
    spare: &Mutex<Vec<Vec<u8>>>,
    jobs: &mpsc::SyncSender<(usize, Part, Vec<u8>)>,
) -> io::Result<Option<Split>> {
    let mut carry = Vec::new();
    let mut head = Vec::new();
    let mut header = None;
    let mut part = None;
    let mut tail = Vec::new();
    let mut blocks = 0;
    let mut last_document_block = None;
    let send = |blocks: &mut usize, part: Part, lines: Vec<u8>| -> bool {
        let sent = jobs.send((*blocks, part, lines)).is_ok();
        *blocks += 1;
        sent
    };
    loop {
        let fresh = spare.lock().ok().and_then(|mut s| s.pop()).unwrap_or_default();
        let Some(mut block) = next_block(source, &mut carry, fresh)? else { break };
        if header.is_none() {
            head.extend_from_slice(&block);
            let Some(at) = memmem::find(&head, DOCUMENTS_OPEN) else {
                if head.len() > HEADER_LIMIT {
                    return Ok(None);
                }
                continue;
            };
            let Some(h) = parse_header(&head[..at]) else { return Ok(None) };
            header = Some(h);
            part = Some(Part::Documents);
            block = head.split_off(at + DOCUMENTS_OPEN.len());
        }
        if part == Some(Part::Documents) {
            if let Some(at) = find_line(&block, STATEMENTS_OPEN) {
                let rest = block.split_off(at + STATEMENTS_OPEN.len());
                block.truncate(at);
                if !block.is_empty() && !send(&mut blocks, Part::Documents, block) {
                    return Ok(None);
                }
                last_document_block = blocks.checked_sub(1);
                part = Some(Part::Statements);
                block = rest;
            } else {
                if !block.is_empty() && !send(&mut blocks, Part::Documents, block) {
                    return Ok(None);
                }
                continue;
            }
        }
        if part == Some(Part::Statements) {
            if let Some(at) = find_line(&block, CODEBOOK_LINE) {
                tail.extend_from_slice(&block[at..]);
                block.truncate(at);
                part = None;
            }
            if !block.is_empty() && !send(&mut blocks, Part::Statements, block) {
                return Ok(None);
            }
        } else if header.is_some() {
            tail.extend_from_slice(&block);
        }
    }
    match (header, last_document_block, part) {
        // the statements were closed and followed by the codebook
        (Some(header), Some(last_document_block), None) if !tail.is_empty() && blocks > last_document_block + 1 => {
            Ok(Some(Split { header, tail, blocks, last_document_block }))
        }
        _ => Ok(None),
    }
}

/// The next block of whole lines (the last one may lack its line break at the end of the
/// file), read into `fresh`; what follows the last line break waits in `carry`.
fn next_block<R: Read>(source: &mut R, carry: &mut Vec<u8>, mut fresh: Vec<u8>) -> io::Result<Option<Vec<u8>>> {
    fresh.clear();
    fresh.append(carry);
    loop {
        let before = fresh.len();
        let want = u64::try_from(BLOCK).unwrap_or(u64::MAX);
        source.by_ref().take(want).read_to_end(&mut fresh)?;
        let at_end = fresh.len() == before;
        if at_end {
            return Ok((!fresh.is_empty()).then_some(fresh));
        }
        // a line longer than a block: read on until it ends
        if let Some(nl) = memchr::memrchr(b'\n', &fresh[before..]) {
            let cut = before + nl + 1;
            carry.extend_from_slice(&fresh[cut..]);
            fresh.truncate(cut);
            return Ok(Some(fresh));
        }
    }
}

/// Where a line that starts with `start` begins, in a block of whole lines.
fn find_line(block: &[u8], start: &[u8]) -> Option<usize> {
    if block.starts_with(start) {
        return Some(0);
    }
    let mut from = 0;
    while let Some(at) = memmem::find(&block[from..], start) {
        let at = from + at;
        if block[at - 1] == b'\n' {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The envelope up to `"project": {`, read as an object whose project is `null`.
fn parse_header(head: &[u8]) -> Option<Header> {
    let head = std::str::from_utf8(head).ok()?;
    let open = head.trim_end().strip_suffix(OPEN)?;
    if !open.trim_end().ends_with(PROJECT_KEY) {
        return None;
    }
    let header: Header = serde_json::from_str(&format!("{open}null}}")).ok()?;
    (header.format == FORMAT && header.format_version == FORMAT_VERSION).then_some(header)
}

/// The codebook, coders, actors and targets, from the line `"codebook": …` to the end of the
/// file.
fn parse_tail(tail: &[u8]) -> Option<Tail> {
    let tail = std::str::from_utf8(tail).ok()?;
    let inner = tail.trim_end().strip_suffix('}')?;
    serde_json::from_str(&format!("{{{inner}")).ok()
}

/// The element lines of a block: six spaces, a JSON value, then `,` or, on the list's last
/// line, `],`.
fn parse_lines<T: DeserializeOwned>(block: &[u8]) -> Option<Lines<T>> {
    let block = block.strip_suffix(b"\n").unwrap_or(block);
    let mut values = Vec::with_capacity(memchr::memchr_iter(b'\n', block).count() + 1);
    let mut closes = false;
    for line in block.split(|&b| b == b'\n') {
        if closes {
            // a line after the one that closed the list
            return None;
        }
        let value = line.strip_prefix(ELEMENT_INDENT)?.strip_suffix(ELEMENT_END)?;
        let value = match value.strip_suffix(LIST_CLOSE.as_bytes()) {
            Some(v) => {
                closes = true;
                v
            }
            None => value,
        };
        values.push(serde_json::from_slice(value).ok()?);
    }
    Some(Lines { values, closes })
}

/// The documents and statements of the parsed blocks in order; `None` when a block was not
/// ours or a list was not closed exactly by its last line.
fn assemble(parsed: Vec<(usize, Parsed)>, last_document_block: usize) -> Option<(Vec<Document>, Vec<Statement>)> {
    // the lists at their final size at once: growing them by doubling would copy them again
    // and again
    let (mut n_documents, mut n_statements) = (0, 0);
    for (_, p) in &parsed {
        match p {
            Parsed::Documents(Some(lines)) => n_documents += lines.values.len(),
            Parsed::Statements(Some(lines)) => n_statements += lines.values.len(),
            _ => {}
        }
    }
    let (mut documents, mut statements) = (Vec::with_capacity(n_documents), Vec::with_capacity(n_statements));
    let last_block = parsed.len().checked_sub(1)?;
    for (seq, p) in parsed {
        match p {
            Parsed::Documents(lines) => {
                let Lines { mut values, closes } = lines?;
                if closes != (seq == last_document_block) || seq > last_document_block {
                    return None;
                }
                documents.append(&mut values);
            }
            Parsed::Statements(lines) => {
                let Lines { mut values, closes } = lines?;
                if closes != (seq == last_block) || seq <= last_document_block {
                    return None;
                }
                statements.append(&mut values);
            }
        }
    }
    Some((documents, statements))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_found_at_line_starts_only() {
        let block = b"      {\"a\":\"    \\\"statements\\\": [\"},\n    \"statements\": [\n";
        assert_eq!(find_line(block, STATEMENTS_OPEN), Some(block.len() - STATEMENTS_OPEN.len()));
        assert_eq!(find_line(STATEMENTS_OPEN, STATEMENTS_OPEN), Some(0));
        assert_eq!(find_line(b"x    \"statements\": [\n", STATEMENTS_OPEN), None);
    }

    #[test]
    fn element_lines_must_be_exact() {
        let ok: Lines<u32> = parse_lines(b"      1,\n      2],\n").unwrap();
        assert_eq!(ok.values, vec![1, 2]);
        assert!(ok.closes);
        assert!(parse_lines::<u32>(b"      1],\n      2,\n").is_none(), "a line after the end");
        assert!(parse_lines::<u32>(b"     1,\n").is_none(), "five spaces");
        assert!(parse_lines::<u32>(b"      1\n").is_none(), "no comma");
        assert!(parse_lines::<u32>(b"      1,\r\n").is_none(), "CRLF");
        assert!(parse_lines::<u32>(b"      1 2,\n").is_none(), "two values");
    }

    #[test]
    fn blocks_end_at_line_breaks_and_long_lines_stay_whole() {
        let long = "x".repeat(BLOCK + 10);
        let text = format!("a\n{long}\nb");
        let mut source = text.as_bytes();
        let mut carry = Vec::new();
        let mut got = Vec::new();
        while let Some(b) = next_block(&mut source, &mut carry, Vec::new()).unwrap() {
            got.push(String::from_utf8(b).unwrap());
        }
        assert_eq!(got.concat(), text);
        assert!(got[..got.len() - 1].iter().all(|b| b.ends_with('\n')));
        assert!(got.iter().any(|b| b.contains(&long)));
    }

    #[test]
    fn envelopes_of_other_versions_or_programs_are_not_ours() {
        let ours = "{\n  \"format\": \"stancedesk-project\",\n  \"format_version\": 3,\n  \"project\": {";
        assert!(parse_header(ours.as_bytes()).is_some());
        assert!(parse_header(ours.replace("3,", "2,").as_bytes()).is_none());
        assert!(parse_header(ours.replace("3,", "4,").as_bytes()).is_none());
        assert!(parse_header(ours.replace("stancedesk-project", "other").as_bytes()).is_none());
        assert!(parse_header(ours.replace("\"format\"", "\"x\": 1, \"format\"").as_bytes()).is_none());
        assert!(parse_header(b"{\"project\": {").is_none());
    }
}
