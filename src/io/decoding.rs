//! Text of unknown encoding: byte order marks, UTF-16 by its NUL pattern, UTF-8 (also with a few
//! bad bytes), else the encoding chardetng guesses; line endings made LF. Used by the briefing
//! reader and by the format sniffer, which reads the first bytes as text.

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

/// UTF-16 without a byte order mark, told by where its NUL bytes fall.
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

/// Whether bytes look like binary data rather than text in some encoding: many control bytes,
/// no BOM and no UTF-16 pattern.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.is_empty() || encoding_rs::Encoding::for_bom(bytes).is_some() || utf16_without_bom(bytes).is_some() {
        return false;
    }
    let ctrl = sample.iter().filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b)).count();
    ctrl * 100 > sample.len()
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
}
