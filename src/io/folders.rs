//! Folders of briefings: every file under a folder, recursively and in a fixed order, that is
//! a briefing by its content; the others are listed as skipped with the reason.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::formats::{Format, sniff};

/// How much of a file is read to tell whether it is a briefing.
const HEAD: usize = 8 * 1024;

/// The files of a list of paths: given files as they are, folders expanded.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Expanded {
    /// The files to read, in order: given files where they were given, a folder's files sorted
    /// by path.
    pub files: Vec<PathBuf>,
    /// Files under a folder that are no briefing, with the reason.
    pub skipped: Vec<(PathBuf, String)>,
}

/// Expands the folders among `paths` into the briefings under them. Hidden files and folders
/// (`.git`) and links to folders are passed over; a folder that cannot be read is listed as
/// skipped with the system's reason.
pub fn expand(paths: &[PathBuf]) -> Expanded {
    let mut out = Expanded::default();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out);
        } else {
            out.files.push(p.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Expanded) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.skipped.push((dir.to_path_buf(), format!("folder not readable: {e}")));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
            continue;
        }
        let Ok(meta) = std::fs::symlink_metadata(&p) else { continue };
        if meta.is_dir() {
            walk(&p, out);
        } else if meta.is_file() || meta.file_type().is_symlink() && p.is_file() {
            match not_a_briefing(&p) {
                None => out.files.push(p),
                Some(why) => out.skipped.push((p, why)),
            }
        }
    }
}

/// Why the file at `path` is no briefing, judged by its first bytes; `None` when it may be one.
fn not_a_briefing(path: &Path) -> Option<String> {
    let mut head = Vec::with_capacity(HEAD);
    let read = std::fs::File::open(path).and_then(|f| f.take(HEAD as u64).read_to_end(&mut head));
    if let Err(e) = read {
        return Some(format!("not readable: {e}"));
    }
    why_not(&head, path)
}

/// [`not_a_briefing`] of the first bytes of a file.
fn why_not(head: &[u8], path: &Path) -> Option<String> {
    if head.iter().all(u8::is_ascii_whitespace) {
        return Some("empty".to_owned());
    }
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    match sniff(head, path) {
        Format::Docx | Format::Odt if head.starts_with(b"PK") && !matches!(ext.as_str(), "docx" | "odt") => {
            Some("an archive, not a briefing".to_owned())
        }
        Format::Text | Format::Markdown if binary(head) => Some("binary data, not a briefing".to_owned()),
        _ => None,
    }
}

/// Whether the bytes look binary: NUL bytes (outside UTF-16 text) or many control bytes.
fn binary(head: &[u8]) -> bool {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) || utf16_pattern(head) {
        return false;
    }
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    head.contains(&0) || control * 10 > head.len()
}

/// UTF-16 without a byte order mark: NUL bytes at almost every even or every odd position
/// (ASCII letters in UTF-16), hardly any at the others.
fn utf16_pattern(head: &[u8]) -> bool {
    let half = (head.len() / 2).max(1);
    let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let (many, few) = if even > odd { (even, odd) } else { (odd, even) };
    many * 10 >= half * 4 && few * 20 < half
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_briefings_in_order_and_names_what_it_skips() {
        let dir = std::env::temp_dir().join(format!("stancedesk-folders-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("b/inner")).unwrap();
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        std::fs::write(dir.join("b/inner/z.txt"), "Talks\n“We stay,” she said.\n").unwrap();
        std::fs::write(dir.join("a.md"), "# Talks\nText.\n").unwrap();
        std::fs::write(dir.join("photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0, 1]).unwrap();
        std::fs::write(dir.join("notes"), "Plain notes without an extension, still a briefing.\n").unwrap();
        std::fs::write(dir.join(".git/config"), "[core]\n").unwrap();
        std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
        let given = dir.join("given.txt");
        std::fs::write(&given, "x").unwrap();
        let e = expand(&[given.clone(), dir.clone()]);
        assert_eq!(
            e.files,
            [given, dir.join("a.md"), dir.join("b/inner/z.txt"), dir.join("given.txt"), dir.join("notes")]
        );
        let skipped: Vec<(&str, &str)> =
            e.skipped.iter().map(|(p, why)| (p.file_name().unwrap().to_str().unwrap(), why.as_str())).collect();
        assert_eq!(skipped, [("empty.txt", "empty"), ("photo.jpg", "binary data, not a briefing")]);
    }

    #[test]
    fn utf16_text_is_no_binary_and_zip_archives_are_no_briefings() {
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Talks".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(why_not(&utf16, Path::new("a.txt")), None);
        let no_bom: Vec<u8> = "Talks went on".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(why_not(&no_bom, Path::new("a.txt")), None);
        assert!(why_not(b"PK\x03\x04rest", Path::new("x.zip")).is_some());
    }
}
