//! Reading a briefing file into a [`Document`]: its format sniffed and read ([`super::formats`]),
//! its text decoded ([`super::decoding`]), its hash and date.

use std::path::Path;

use sha2::{Digest, Sha256};
use thiserror::Error;

use super::decoding::{decode, looks_binary, normalize_newlines};
use super::files::{FileError, read_regular, shown};
use crate::extract::date::find_date;
use crate::model::{Document, DocumentId};

/// Largest briefing file read (200 MB).
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

/// Why a briefing could not be read.
#[derive(Debug, Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// File path.
        path: String,
        /// Underlying error.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_BYTES`].
    #[error("{path} is over the limit of {MAX_BYTES} bytes")]
    TooLarge {
        /// File path.
        path: String,
    },
    /// Not a regular file (a folder, a device, a named pipe), or one that could not be opened.
    #[error(transparent)]
    File(FileError),
    /// The file holds binary data, not text.
    #[error("{path} is not a text file (binary data)")]
    Binary {
        /// File path.
        path: String,
    },
    /// The file has no bytes, or only white space.
    #[error("{path} is empty")]
    Empty {
        /// File path.
        path: String,
    },
    /// A file of a known format that could not be read.
    #[error("{path}: cannot read this {format} file: {reason}")]
    Unreadable {
        /// File path.
        path: String,
        /// The format it was taken for.
        format: &'static str,
        /// Why not.
        reason: String,
    },
}

/// Reads a text briefing again with an encoding the analyst chose (an `encoding_rs` label such
/// as `windows-1252` or `UTF-16LE`).
pub fn reread_with_encoding(id: DocumentId, path: &Path, label: &str) -> Result<Document, ReadError> {
    let shown = shown(path);
    let enc = encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| ReadError::Unreadable {
        path: shown.clone(),
        format: "text",
        reason: format!("unknown encoding {label}"),
    })?;
    let bytes = read_file(path)?;
    let (text, _) = enc.decode_without_bom_handling(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
    let text = normalize_newlines(&text);
    let raw = path.display().to_string();
    let file_name = path.file_name().map_or_else(|| raw.clone(), |n| n.to_string_lossy().into_owned());
    Ok(Document {
        id,
        file_name,
        path: raw,
        sha256: sha256_hex(&bytes),
        encoding: enc.name().to_owned(),
        format: "text".to_owned(),
        date: find_date(&text),
        text,
        items: Vec::new(),
    })
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Builds a document from bytes read from `path`.
pub fn document_from_bytes(id: DocumentId, path: &Path, bytes: &[u8]) -> Result<(Document, Option<String>), ReadError> {
    // the parsers of other crates must not take the desk down, whatever the file holds
    std::panic::catch_unwind(|| read_bytes(id, path, bytes)).unwrap_or_else(|_| {
        Err(ReadError::Unreadable {
            path: shown(path),
            format: super::formats::sniff(bytes, path).name(),
            reason: "the reader failed on this file (damaged?)".to_owned(),
        })
    })
}

fn read_bytes(id: DocumentId, path: &Path, bytes: &[u8]) -> Result<(Document, Option<String>), ReadError> {
    use super::formats::{self, Format};
    let shown = shown(path);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty { path: shown });
    }
    if let Some(why) = formats::compound_office_file(bytes) {
        return Err(ReadError::Unreadable { path: shown, format: "office", reason: why.to_owned() });
    }
    let format = formats::sniff(bytes, path);
    let unreadable = |reason: String| ReadError::Unreadable { path: shown.clone(), format: format.name(), reason };
    let (text, encoding, warning, meta_date) = match format {
        Format::Text | Format::Markdown | Format::Html => {
            if looks_binary(bytes) {
                return Err(ReadError::Binary { path: shown });
            }
            if let Some(root) = formats::unknown_xml_root(bytes).filter(|_| format == Format::Text) {
                return Err(unreadable(format!(
                    "an XML file that is no feed or page (root element {root}): not read as text"
                )));
            }
            let decoded = decode(bytes);
            let (text, note) = match format {
                Format::Markdown => (formats::markdown(&decoded.text).text, None),
                Format::Html => {
                    let c = formats::html(&decoded.text);
                    (c.text, c.warning)
                }
                _ => (decoded.text, None),
            };
            let warning = match (decoded.warning, note) {
                (Some(a), Some(b)) => Some(format!("{a}; {b}")),
                (a, b) => a.or(b),
            };
            (text, decoded.encoding, warning, None)
        }
        Format::Docx => {
            let c = formats::docx(bytes).map_err(unreadable)?;
            (c.text, "UTF-8".to_owned(), None, c.date)
        }
        Format::Odt => {
            let c = formats::odt(bytes).map_err(unreadable)?;
            (c.text, "UTF-8".to_owned(), None, c.date)
        }
        Format::Email => {
            let c = formats::email(bytes).map_err(unreadable)?;
            (normalize_newlines(&c.text), "MIME".to_owned(), None, c.date)
        }
        Format::Rss | Format::Atom => {
            let c = formats::feed(bytes).map_err(unreadable)?;
            (c.text, "UTF-8".to_owned(), None, c.date)
        }
        Format::Pdf => (super::pdf::pdf_text(bytes).map_err(unreadable)?, "PDF".to_owned(), None, None),
    };
    if text.trim().is_empty() {
        return Err(unreadable("no text found in it".to_owned()));
    }
    let raw = path.display().to_string();
    let file_name = path.file_name().map_or_else(|| raw.clone(), |n| n.to_string_lossy().into_owned());
    // an e-mail's or feed's own date beats a date mentioned in its text
    let date = meta_date.or_else(|| find_date(&text));
    let doc = Document {
        id,
        file_name,
        path: raw,
        sha256: sha256_hex(bytes),
        encoding,
        format: format.name().to_owned(),
        date,
        text,
        items: Vec::new(),
    };
    Ok((doc, warning))
}

/// Reads a briefing file. Returns the document (without items) and a warning, if any.
pub fn read_briefing(id: DocumentId, path: &Path) -> Result<(Document, Option<String>), ReadError> {
    let bytes = read_file(path)?;
    document_from_bytes(id, path, &bytes)
}

/// The bytes of a briefing: a regular file of at most [`MAX_BYTES`] (a device, a named pipe or a
/// folder is refused by name, and the limit holds whatever the file's length says).
fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    read_regular(path, MAX_BYTES).map_err(|e| match e {
        FileError::TooLarge { path, .. } => ReadError::TooLarge { path },
        other => ReadError::File(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_refused() {
        let bytes: Vec<u8> = (0u8..=255).cycle().take(4000).collect();
        assert!(matches!(
            document_from_bytes(DocumentId(0), Path::new("x.bin"), &bytes),
            Err(ReadError::Binary { .. })
        ));
    }

    #[test]
    fn sha_is_hex() {
        assert_eq!(sha256_hex(b"").len(), 64);
        assert!(sha256_hex(b"abc").starts_with("ba7816bf"));
    }
}
