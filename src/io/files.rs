//! The file system as the analyst's machine has it: links, devices, named pipes, folders.
//!
//! Only regular files are read ([`read_regular`]; a device, a named pipe, a socket or a folder is
//! refused by name before it is opened for reading, and a read stops at its limit whatever the
//! file's length says), and an output is checked before anything is written ([`check_output`]):
//! an output that is one of the inputs, a device, a folder or a link to one of those is refused.
//! [`shown`] prints a path with its control characters escaped.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use thiserror::Error;

/// Why a file was not read or an output not written.
#[derive(Debug, Error)]
pub enum FileError {
    /// The path names something other than a regular file.
    #[error("{path} is {kind}, not a regular file: refused")]
    NotRegular {
        /// The path, as shown.
        path: String,
        /// What it is ("a named pipe (FIFO)", "a character device", …).
        kind: &'static str,
    },
    /// More bytes than the limit.
    #[error("{path} is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The path, as shown.
        path: String,
        /// The limit.
        limit: u64,
    },
    /// The output would replace one of the inputs.
    #[error("{output} is also an input ({input}): refused, nothing written")]
    OutputIsInput {
        /// The output, as shown.
        output: String,
        /// The input it is, as shown.
        input: String,
    },
    /// A link that points nowhere.
    #[error("{path} is a symbolic link to nothing: refused")]
    DanglingLink {
        /// The path, as shown.
        path: String,
    },
    /// The system's error.
    #[error("cannot read {path}: {error}")]
    Io {
        /// The path, as shown.
        path: String,
        /// The system's reason (kept out of `source()` so that it is printed once).
        error: io::Error,
    },
}

/// A path for messages: control characters (a line break, an escape sequence) escaped, so a
/// file name cannot forge or garble the lines it is printed in.
pub fn shown(path: &Path) -> String {
    escape_controls(&path.display().to_string())
}

/// Text with its control characters escaped (`\n`, `\u{1b}`).
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_owned();
    }
    text.chars().map(|c| if c.is_control() { c.escape_debug().to_string() } else { c.to_string() }).collect()
}

/// What a file that is not a regular file is, for messages.
pub fn kind_of(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    if t.is_symlink() {
        return "a symbolic link";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_file() { "a regular file" } else { "a special file" }
}

/// Opens a regular file for reading; anything else is refused by name without waiting on it (a
/// named pipe without a writer would block an ordinary open forever).
pub fn open_regular(path: &Path) -> Result<File, FileError> {
    let io = |error| FileError::Io { path: shown(path), error };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(FileError::NotRegular { path: shown(path), kind: kind_of(&meta) });
    }
    // swapped for a pipe between the check and the open: the open must not block either
    let file = open_nonblocking(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(FileError::NotRegular { path: shown(path), kind: kind_of(&meta) });
    }
    Ok(file)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK changes nothing for a regular file
    std::fs::OpenOptions::new().read(true).custom_flags(rustix::fs::OFlags::NONBLOCK.bits().cast_signed()).open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// The bytes of a regular file of at most `limit` bytes. The limit holds whatever the file's
/// length says (a file that grows while it is read).
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let file = open_regular(path)?;
    let len = file.metadata().map_or(0, |m| m.len());
    if len > limit {
        return Err(FileError::TooLarge { path: shown(path), limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|error| FileError::Io { path: shown(path), error })?;
    if bytes.len() as u64 > limit {
        return Err(FileError::TooLarge { path: shown(path), limit });
    }
    Ok(bytes)
}

/// Where a write to `path` lands: the path itself, or the end of its chain of symbolic links
/// (a save goes through a link to its target). `Ok(None)` when nothing exists there yet.
pub fn resolve_output(path: &Path) -> Result<Option<(PathBuf, Metadata)>, FileError> {
    let io = |error| FileError::Io { path: shown(path), error };
    let link = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    if !link.file_type().is_symlink() {
        return Ok(Some((path.to_path_buf(), link)));
    }
    match std::fs::metadata(path) {
        Ok(meta) => Ok(Some((std::fs::canonicalize(path).map_err(io)?, meta))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(FileError::DanglingLink { path: shown(path) }),
        Err(e) => Err(io(e)),
    }
}

/// Checks an output before anything is written: refused when it is (or links to) a folder, a
/// device, a named pipe or a socket, or one of `inputs` (the same file, by any name).
pub fn check_output(output: &Path, inputs: &[&Path]) -> Result<(), FileError> {
    let Some((_, meta)) = resolve_output(output)? else { return Ok(()) };
    if !meta.is_file() {
        return Err(FileError::NotRegular { path: shown(output), kind: kind_of(&meta) });
    }
    for input in inputs {
        if std::fs::metadata(input).is_ok_and(|m| same_file(&m, &meta)) {
            return Err(FileError::OutputIsInput { output: shown(output), input: shown(input) });
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok() && a.created().ok() == b.created().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("stancedesk-files-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn control_characters_in_names_are_escaped() {
        assert_eq!(shown(Path::new("a\nb\u{1b}[31m.txt")), "a\\nb\\u{1b}[31m.txt");
        assert_eq!(shown(Path::new("plain é.txt")), "plain é.txt");
    }

    #[test]
    fn devices_and_folders_are_refused_by_name() {
        let d = dir("kinds");
        let e = read_regular(&d, 100).unwrap_err().to_string();
        assert!(e.contains("is a folder"), "{e}");
        #[cfg(unix)]
        {
            let e = read_regular(Path::new("/dev/zero"), 100).unwrap_err().to_string();
            assert!(e.contains("character device"), "{e}");
        }
    }

    #[test]
    fn a_read_stops_at_the_limit() {
        let d = dir("limit");
        let f = d.join("x.txt");
        std::fs::write(&f, "0123456789").unwrap();
        assert_eq!(read_regular(&f, 10).unwrap().len(), 10);
        assert!(matches!(read_regular(&f, 9), Err(FileError::TooLarge { .. })));
    }

    #[test]
    fn an_output_that_is_an_input_by_another_name_is_refused() {
        let d = dir("same");
        let input = d.join("in.txt");
        std::fs::write(&input, "x").unwrap();
        let alias = d.join(".").join("in.txt");
        assert!(matches!(check_output(&alias, &[&input]), Err(FileError::OutputIsInput { .. })));
        assert!(check_output(&d.join("new.csv"), &[&input]).is_ok());
        assert!(matches!(check_output(&d, &[&input]), Err(FileError::NotRegular { .. })));
    }
}
