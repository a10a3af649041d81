//! Bounded memory for huge texts: the engine holds the tokens of every paragraph it reads at
//! once (about ten bytes per byte of text), so a text over [`PART_BYTES`] is read in parts of
//! whole paragraphs, and a paragraph over [`MAX_PARAGRAPH`] (a file that is one line) is cut at
//! sentence ends first. Texts under the limit (every real briefing) are read in one part, exactly
//! as before; in a huge text a name introduced in one part is not resolved in the next.

use super::items::{Para, RawItem};

/// Texts up to this size are read in one part; larger ones in parts of about this size.
pub const PART_BYTES: usize = 1 << 20;
/// Paragraphs longer than this are cut at sentence ends (or spaces) into pieces of at most this.
pub const MAX_PARAGRAPH: usize = 256 << 10;

/// One part of a text for the engine: its paragraphs and its items (paragraph indices local).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The paragraphs (byte offsets into the whole text).
    pub paras: Vec<Para>,
    /// The items with paragraphs in this part, their paragraph indices into `paras`.
    pub items: Vec<RawItem>,
}

/// The parts to read `text` in: one part with `paras` and `items` as they are when the text is
/// small.
pub fn parts(text: &str, paras: Vec<Para>, items: &[RawItem]) -> Vec<Part> {
    if text.len() <= PART_BYTES {
        return vec![Part { paras, items: items.to_vec() }];
    }
    let (paras, new_index) = cut_long(text, paras);
    let items: Vec<RawItem> = items
        .iter()
        .map(|it| RawItem { first_para: new_index[it.first_para], end_para: new_index[it.end_para], ..it.clone() })
        .collect();
    let mut out = Vec::new();
    let mut first = 0;
    while first < paras.len() {
        let mut end = first + 1;
        let mut bytes = paras[first].end - paras[first].start;
        while end < paras.len() && bytes + (paras[end].end - paras[end].start) <= PART_BYTES {
            bytes += paras[end].end - paras[end].start;
            end += 1;
        }
        let local = items
            .iter()
            .filter(|it| it.first_para < end && it.end_para > first)
            .map(|it| RawItem {
                first_para: it.first_para.max(first) - first,
                end_para: it.end_para.min(end) - first,
                ..it.clone()
            })
            .collect();
        out.push(Part { paras: paras[first..end].to_vec(), items: local });
        first = end;
    }
    out
}

/// Paragraphs with the long ones cut, and for every old paragraph index (and the end) its new
/// index.
fn cut_long(text: &str, paras: Vec<Para>) -> (Vec<Para>, Vec<usize>) {
    let mut out = Vec::with_capacity(paras.len());
    let mut new_index = Vec::with_capacity(paras.len() + 1);
    for p in paras {
        new_index.push(out.len());
        if p.end - p.start <= MAX_PARAGRAPH {
            out.push(p);
            continue;
        }
        let mut start = p.start;
        while start < p.end {
            let end = cut_point(text, start, p.end);
            out.push(Para { start, end, headline: false, list: p.list, furniture: p.furniture });
            start = end + text[end..p.end].len() - text[end..p.end].trim_start().len();
        }
    }
    new_index.push(out.len());
    (out, new_index)
}

/// The largest char boundary of `s` at or below byte `n` (`s.len()` when `n` is past it).
pub(crate) fn floor_char_boundary(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    (0..=n).rev().find(|&k| s.is_char_boundary(k)).unwrap_or(0)
}

/// Where the piece of a long paragraph that starts at `start` ends: after the last sentence end
/// (". ", "! ", "? ") before `start + MAX_PARAGRAPH`, else at its last space, else at a character
/// boundary.
fn cut_point(text: &str, start: usize, end: usize) -> usize {
    if end - start <= MAX_PARAGRAPH {
        return end;
    }
    let limit = floor_char_boundary(text, start + MAX_PARAGRAPH);
    let window = &text[start..limit];
    // after the mark, before its space
    let sentence =
        [". ", "! ", "? ", "” ", "\" "].iter().filter_map(|m| window.rfind(m).map(|i| i + m.len() - 1)).max();
    match sentence.filter(|&i| i > MAX_PARAGRAPH / 2).or_else(|| window.rfind(' ').filter(|&i| i > 0)) {
        Some(i) => start + i,
        None => limit.max(start + text[start..].chars().next().map_or(1, char::len_utf8)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::items::{paragraphs, split_items};

    #[test]
    fn small_texts_are_one_part_as_they_are() {
        let text = "Headline\nThe minister said the talks would go on.\n";
        let mut paras = paragraphs(text);
        let items = split_items(text, &mut paras);
        let p = parts(text, paras.clone(), &items);
        assert_eq!(p, vec![Part { paras, items }]);
    }

    #[test]
    fn regression_a_cut_after_a_closing_quote_is_at_a_character_boundary() {
        let text = format!("“We go on,” she said. {}", "“Yes.” ".repeat(MAX_PARAGRAPH / 5));
        let mut start = 0;
        while start < text.len() {
            let end = cut_point(&text, start, text.len());
            assert!(text.is_char_boundary(end) && end > start);
            start = end + text[end..].len() - text[end..].trim_start().len();
        }
    }

    #[test]
    fn a_huge_line_is_cut_at_sentence_ends_into_bounded_parts() {
        let text = format!("Headline\n{}\n", "The minister said the talks would go on. ".repeat(75_000));
        let mut paras = paragraphs(&text);
        let items = split_items(&text, &mut paras);
        let p = parts(&text, paras, &items);
        assert!(p.len() >= 3, "{} parts", p.len());
        for part in &p {
            assert!(part.paras.iter().map(|q| q.end - q.start).sum::<usize>() <= PART_BYTES);
            for q in &part.paras {
                assert!(q.end - q.start <= MAX_PARAGRAPH);
                assert!(text[q.start..q.end].starts_with("The minister") || text[q.start..q.end] == *"Headline");
                assert!(text[q.start..q.end].ends_with('.') || text[q.start..q.end] == *"Headline");
            }
            for it in &part.items {
                assert!(it.first_para <= it.end_para && it.end_para <= part.paras.len());
            }
        }
    }
}
