//! Reading a briefing file into a [`Document`]: decoding, line endings, hash and date.

use std::path::Path;

use sha2::{Digest, Sha256};
use thiserror::Error;

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
    #[error("{path} is {size} bytes, over the limit of {MAX_BYTES} bytes")]
    TooLarge {
        /// File path.
        path: String,
        /// Its size.
        size: u64,
    },
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

/// The text of some bytes and the encoding it was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Text with LF line endings and no BOM.
    pub text: String,
    /// Name of the encoding.
    pub encoding: String,
    /// A warning for the analyst, e.g. when bad bytes were replaced.
    pub warning: Option<String>,
}

fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 > pairs * 4 && even_nul * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_nul * 10 > pairs * 4 && odd_nul * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Reads a text briefing again with an encoding the analyst chose (an `encoding_rs` label such
/// as `windows-1252` or `UTF-16LE`).
pub fn reread_with_encoding(id: DocumentId, path: &Path, label: &str) -> Result<Document, ReadError> {
    let shown = path.display().to_string();
    let enc = encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| ReadError::Unreadable {
        path: shown.clone(),
        format: "text",
        reason: format!("unknown encoding {label}"),
    })?;
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io { path: shown.clone(), source })?;
    let (text, _) = enc.decode_without_bom_handling(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
    let text = normalize_newlines(&text);
    let file_name = path.file_name().map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    Ok(Document {
        id,
        file_name,
        path: shown,
        sha256: sha256_hex(&bytes),
        encoding: enc.name().to_owned(),
        format: "text".to_owned(),
        date: find_date(&text),
        text,
        items: Vec::new(),
    })
}

/// Normalises CRLF and CR line endings to LF.
pub fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            if it.peek() == Some(&'\n') {
                it.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Decodes bytes of unknown encoding: BOMs, UTF-16 by its NUL pattern, UTF-8 (also when a few
/// bytes are bad), else the encoding chardetng guesses.
pub fn decode(bytes: &[u8]) -> Decoded {
    let (enc, body, warning) = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        (enc, &bytes[bom_len..], None)
    } else if let Some(enc) = utf16_without_bom(bytes) {
        (enc, bytes, None)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(_) => (encoding_rs::UTF_8, bytes, None),
            Err(_) => {
                let (text, _) = encoding_rs::UTF_8.decode_without_bom_handling(bytes);
                let bad = text.matches('\u{fffd}').count();
                let chars = text.chars().count().max(1);
                // UTF-8 with a few bad bytes has real multi-byte characters besides them; a
                // single-byte encoding (Windows-1252 quotes) has none
                let multibyte = text.chars().filter(|&c| !c.is_ascii() && c != '\u{fffd}').count();
                if bad * 200 <= chars && bad <= 50 && multibyte > bad {
                    (encoding_rs::UTF_8, bytes, Some(format!("{bad} invalid UTF-8 byte sequence(s) replaced")))
                } else {
                    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                    det.feed(bytes, true);
                    (det.guess(None, chardetng::Utf8Detection::Allow), bytes, None)
                }
            }
        }
    };
    let (text, _) = enc.decode_without_bom_handling(body);
    Decoded { text: normalize_newlines(&text), encoding: enc.name().to_owned(), warning }
}

fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.is_empty() || encoding_rs::Encoding::for_bom(bytes).is_some() || utf16_without_bom(bytes).is_some() {
        return false;
    }
    let ctrl = sample.iter().filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b)).count();
    ctrl * 100 > sample.len()
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
            path: path.display().to_string(),
            format: super::formats::sniff(bytes, path).name(),
            reason: "the reader failed on this file (damaged?)".to_owned(),
        })
    })
}

fn read_bytes(id: DocumentId, path: &Path, bytes: &[u8]) -> Result<(Document, Option<String>), ReadError> {
    use super::formats::{self, Format};
    let shown = path.display().to_string();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty { path: shown });
    }
    let format = formats::sniff(bytes, path);
    let unreadable = |reason: String| ReadError::Unreadable { path: shown.clone(), format: format.name(), reason };
    let (text, encoding, warning, meta_date) = match format {
        Format::Text | Format::Markdown | Format::Html => {
            if looks_binary(bytes) {
                return Err(ReadError::Binary { path: shown });
            }
            let decoded = decode(bytes);
            let text = match format {
                Format::Markdown => formats::markdown(&decoded.text).text,
                Format::Html => formats::html(&decoded.text).text,
                _ => decoded.text,
            };
            (text, decoded.encoding, decoded.warning, None)
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
    let file_name = path.file_name().map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    // an e-mail's or feed's own date beats a date mentioned in its text
    let date = meta_date.or_else(|| find_date(&text));
    let doc = Document {
        id,
        file_name,
        path: shown,
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
    let shown = path.display().to_string();
    let io = |source| ReadError::Io { path: shown.clone(), source };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.len() > MAX_BYTES {
        return Err(ReadError::TooLarge { path: shown, size: meta.len() });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    document_from_bytes(id, path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regression_windows_1252_quotes_are_not_taken_for_bad_utf8() {
        let mut bytes = Vec::new();
        for _ in 0..40 {
            bytes.extend_from_slice(
                b"The minister said \x93we will act\x94 on Monday, and the talks went on for hours. ",
            );
        }
        let d = decode(&bytes);
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("“we will act”"));
        assert!(d.warning.is_none());
    }

    #[test]
    fn utf8_bom_and_crlf() {
        let d = decode(b"\xEF\xBB\xBFA\r\nB\rC");
        assert_eq!(d.text, "A\nB\nC");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Grüße".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le).text, "Grüße");
        let be: Vec<u8> = "Hello there".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).text, "Hello there");
        assert_eq!(decode(&be).encoding, "UTF-16BE");
    }

    #[test]
    fn windows_1252_detected() {
        let bytes = b"Le pr\xe9sident a d\xe9clar\xe9 que la r\xe9forme \xe9tait n\xe9cessaire pour l'\xe9conomie.";
        let d = decode(bytes);
        assert!(d.text.contains("président"), "{}", d.text);
    }

    #[test]
    fn mostly_utf8_keeps_utf8_with_warning() {
        let mut bytes =
            "Ünïcödé text that is long enough to count as mostly valid UTF-8 for sure. ".repeat(5).into_bytes();
        bytes.push(0xFF);
        let d = decode(&bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.warning.is_some());
        assert!(d.text.contains("Ünïcödé"));
    }

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
