//! Character offsets to byte offsets without a table per character.

/// Characters between two checkpoints of a [`CharIndex`].
const STEP: usize = 64;

/// Maps Unicode character offsets of a text to byte offsets.
///
/// Statement offsets count characters (what analysts and other tools count), Rust strings index
/// bytes. The index keeps the byte offset of every 64th character (4 bytes per 64 characters)
/// and walks at most 63 characters from there; for ASCII text it keeps nothing.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    /// Byte offset of characters 0, 64, 128, …; empty when the text is ASCII.
    checkpoints: Vec<u32>,
    /// Number of characters.
    chars: usize,
    /// Number of bytes.
    bytes: usize,
}

impl CharIndex {
    /// Builds the index of `text` in one pass.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Self { checkpoints: Vec::new(), chars: text.len(), bytes: text.len() };
        }
        // count characters as the bytes that do not continue one (not 0b10xx_xxxx), a block of
        // 64 bytes at a time; only the block that holds a checkpoint is walked
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut chars = 0usize;
        let mut at = 0usize;
        while at < bytes.len() {
            let block = &bytes[at..bytes.len().min(at + STEP)];
            // a byte starts a character unless it is 0b10xx_xxxx; summed in a u8 (at most 64)
            // so that the count runs on vector registers
            let starts = usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(b & 0xC0 != 0x80)));
            let next_checkpoint = checkpoints.len() * STEP;
            if next_checkpoint < chars + starts {
                let offset = if starts == block.len() {
                    // one byte per character: the checkpoint's byte is its place in the block
                    next_checkpoint - chars
                } else {
                    // a checkpoint falls in this block of wider characters: walk it
                    let mut c = chars;
                    let mut found = 0;
                    for (i, &b) in block.iter().enumerate() {
                        if b & 0xC0 != 0x80 {
                            if c == next_checkpoint {
                                found = i;
                                break;
                            }
                            c += 1;
                        }
                    }
                    found
                };
                checkpoints.push(u32::try_from(at + offset).unwrap_or(u32::MAX));
            }
            chars += starts;
            at += block.len();
        }
        Self { checkpoints, chars, bytes: text.len() }
    }

    /// Number of characters of the text.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Byte offset of character `c` of `text` (the text the index was built from); `None` past
    /// the end. `c == char_len()` gives the text's byte length.
    pub fn byte_at(&self, text: &str, c: usize) -> Option<usize> {
        if c > self.chars || text.len() != self.bytes {
            return None;
        }
        if c == self.chars {
            return Some(self.bytes);
        }
        if self.checkpoints.is_empty() {
            return Some(c);
        }
        let from = *self.checkpoints.get(c / STEP)? as usize;
        text.get(from..)?.char_indices().nth(c % STEP).map(|(b, _)| from + b)
    }

    /// The text of a character range, `None` when the range is not inside the text.
    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> Option<&'t str> {
        if start > end {
            return None;
        }
        text.get(self.byte_at(text, start)?..self.byte_at(text, end)?)
    }

    /// Character offset of byte `b` (which must lie on a character boundary); `None` otherwise.
    pub fn char_at(&self, text: &str, b: usize) -> Option<usize> {
        if b > text.len() || !text.is_char_boundary(b) {
            return None;
        }
        if self.checkpoints.is_empty() {
            return Some(b);
        }
        let cp = self.checkpoints.partition_point(|&x| x as usize <= b).saturating_sub(1);
        let from = self.checkpoints[cp] as usize;
        Some(cp * STEP + text[from..b].chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_unicode_agree_with_a_plain_walk() {
        let mut text = String::new();
        for i in 0..500 {
            text.push_str(if i % 7 == 0 { "„Ä“ " } else { "ab " });
        }
        for t in [text.as_str(), "plain ascii", "", "é"] {
            let idx = CharIndex::new(t);
            let chars: Vec<(usize, char)> = t.char_indices().collect();
            assert_eq!(idx.char_len(), chars.len());
            for (c, (b, _)) in chars.iter().enumerate() {
                assert_eq!(idx.byte_at(t, c), Some(*b));
                assert_eq!(idx.char_at(t, *b), Some(c));
            }
            assert_eq!(idx.byte_at(t, chars.len()), Some(t.len()));
            assert_eq!(idx.char_at(t, t.len()), Some(chars.len()));
            assert_eq!(idx.byte_at(t, chars.len() + 1), None);
        }
    }

    #[test]
    fn checkpoints_in_ascii_blocks_and_across_wide_characters() {
        // runs of ASCII between characters of 2, 3 and 4 bytes, so that blocks of 64 bytes start
        // and end inside characters and checkpoints fall in ASCII and in wide blocks alike
        for run in [1, 5, 31, 63, 64, 65, 130] {
            let mut t = String::new();
            for (i, wide) in ["é", "€", "𝄞"].iter().cycle().take(40).enumerate() {
                t.push_str(&"a".repeat(run + i % 3));
                t.push_str(wide);
            }
            let idx = CharIndex::new(&t);
            for (c, (b, _)) in t.char_indices().enumerate() {
                assert_eq!(idx.byte_at(&t, c), Some(b), "run {run}, char {c}");
                assert_eq!(idx.char_at(&t, b), Some(c), "run {run}, byte {b}");
            }
        }
    }

    #[test]
    fn slices_by_characters() {
        let t = "Zürich: „Ja“, sagte er.";
        let idx = CharIndex::new(t);
        assert_eq!(idx.slice(t, 9, 11), Some("Ja"));
        assert_eq!(idx.slice(t, 11, 9), None);
        assert_eq!(idx.slice(t, 0, 100), None);
        assert_eq!(idx.char_at(t, 2), None, "inside ü");
    }
}
