//! The word table: every listed word in an open-addressing table of 64-bit keys, dense enough to
//! stay in cache.

use super::WordEntry;

/// The listed words in an open-addressing table of 64-bit fingerprints; a fingerprint match of a
/// long word is confirmed against the word itself.
pub(super) struct WordTable {
    /// The slots: each key beside its length and entry, so that a probe reads one cache line.
    slots: Vec<Slot>,
    entries: Vec<WordEntry>,
    mask: usize,
}

/// One slot of the table.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// The word's key ([`word_key`]).
    key: u64,
    /// The word's length (high 16 bits) and entry index + 1 (low 16 bits); 0 when the slot is
    /// empty.
    meta: u32,
}

/// A word's key. A word of up to eight bytes is its key exactly (with its length): its first and
/// last four bytes, or for one to three bytes its first, middle and last byte, cover all of its
/// bytes, so equal keys and lengths mean equal words and no string is compared. Longer words
/// get a fingerprint and are compared when it matches.
fn word_key(b: &[u8]) -> u64 {
    if b.len() <= 8 {
        if let (Some(head), Some(tail)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            return u64::from(u32::from_le_bytes(*head)) | u64::from(u32::from_le_bytes(*tail)) << 32;
        }
        return match (b.first(), b.get(b.len() / 2), b.last()) {
            (Some(&x), Some(&y), Some(&z)) => u64::from(x) | u64::from(y) << 8 | u64::from(z) << 16,
            _ => 0,
        };
    }
    let mix = |h: u64, x: u64| (h.rotate_left(23) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut h: u64 = 0x243f_6a88_85a3_08d3 ^ b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, le_number(c));
    }
    h = mix(h, le_number(chunks.remainder()));
    h ^ h >> 29
}

/// Up to eight bytes as a little-endian number, zero-padded: built in registers, no copy.
#[inline]
pub(super) fn le_number(b: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(b) {
        Ok(whole) => u64::from_le_bytes(whole),
        Err(_) => b.iter().rev().fold(0u64, |x, &byte| x << 8 | u64::from(byte)),
    }
}

impl WordTable {
    /// An empty table for about `n` words.
    pub fn with_capacity(n: usize) -> Self {
        let size = (n * 2).next_power_of_two().max(16);
        Self { slots: vec![Slot::default(); size], entries: Vec::with_capacity(n), mask: size - 1 }
    }

    /// The first slot to probe for a key and length.
    fn slot(&self, key: u64, len: usize) -> usize {
        ((key ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & self.mask
    }

    /// Whether slot `i` holds the word `w` with key `key`.
    fn holds(&self, i: usize, key: u64, w: &[u8]) -> Option<&WordEntry> {
        let slot = self.slots.get(i)?;
        let meta = slot.meta as usize;
        if slot.key != key || meta >> 16 != w.len() {
            return None;
        }
        let e = self.entries.get((meta & 0xFFFF).checked_sub(1)?)?;
        (w.len() <= 8 || e.word.as_bytes() == w).then_some(e)
    }

    /// Adds the entry of its word, or replaces the word's entry.
    pub fn insert(&mut self, e: WordEntry) {
        let b = e.word.as_bytes();
        let key = word_key(b);
        let mut i = self.slot(key, b.len());
        while self.slots[i].meta != 0 {
            if self.holds(i, key, b).is_some() {
                let at = (self.slots[i].meta & 0xFFFF) as usize - 1;
                self.entries[at] = e;
                return;
            }
            i = (i + 1) & self.mask;
        }
        self.slots[i].key = key;
        let len = u32::try_from(b.len()).unwrap_or(0xFFFF).min(0xFFFF);
        let index = u32::try_from(self.entries.len() + 1).unwrap_or(0xFFFF).min(0xFFFF);
        self.slots[i].meta = len << 16 | index;
        self.entries.push(e);
    }

    /// The entry of the word `w`.
    pub fn get(&self, w: &[u8]) -> Option<&WordEntry> {
        let key = word_key(w);
        let mut i = self.slot(key, w.len());
        loop {
            if self.slots.get(i)?.meta == 0 {
                return None;
            }
            if let Some(e) = self.holds(i, key, w) {
                return Some(e);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(word: &'static str, flags: u64) -> WordEntry {
        WordEntry { flags, word, ..WordEntry::default() }
    }

    #[test]
    fn short_and_long_words_are_found() {
        let mut t = WordTable::with_capacity(4);
        for (w, f) in [("a", 1), ("of", 2), ("minister", 4), ("spokeswoman", 8)] {
            t.insert(entry(w, f));
        }
        assert_eq!(t.get(b"minister").map(|e| e.flags), Some(4));
        assert_eq!(t.get(b"spokeswoman").map(|e| e.flags), Some(8));
        assert_eq!(t.get(b"a").map(|e| e.flags), Some(1));
        assert!(t.get(b"spokeswomen").is_none() && t.get(b"b").is_none() && t.get(b"").is_none());
        t.insert(entry("of", 16));
        assert_eq!(t.get(b"of").map(|e| e.flags), Some(16));
        assert_eq!(t.entries.len(), 4);
    }
}
