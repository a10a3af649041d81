//! The shape of an HTML page, measured before it is parsed: how deep its elements nest and how
//! many there are. The HTML parser behind readability takes time that grows with the square of
//! the nesting depth (20,000 nested `<div>`: 49 s), and its tree takes about 20 bytes of memory
//! per byte of a page of many small elements; a page past [`MAX_DEPTH`] or [`MAX_ELEMENTS`] is
//! read as plain text instead, which is linear in time and memory.
//!
//! The scan is a tolerant tokenizer of one pass: comments, scripts and styles are skipped, void
//! elements and elements whose end tag may be left out (`<p>`, `<li>`) do not nest.

use memchr::memchr;

/// Deepest nesting read with readability.
pub const MAX_DEPTH: usize = 256;
/// Most elements read with readability.
pub const MAX_ELEMENTS: usize = 30_000;

/// How deep a page's elements nest and how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shape {
    /// The deepest nesting of elements with end tags.
    pub depth: usize,
    /// Start tags.
    pub elements: usize,
}

impl Shape {
    /// Why the page is too much for readability, for the analyst; `None` when it is not.
    pub fn too_much(self) -> Option<String> {
        if self.depth > MAX_DEPTH {
            Some(format!("elements nested deeper than {MAX_DEPTH}: the page was read as plain text"))
        } else if self.elements > MAX_ELEMENTS {
            Some(format!("more than {MAX_ELEMENTS} elements: the page was read as plain text"))
        } else {
            None
        }
    }
}

/// Elements without content or end tag.
const VOID: [&[u8]; 14] = [
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param", b"source",
    b"track", b"wbr",
];
/// Elements whose end tag may be left out: the parser closes them by itself.
const OPTIONAL_END: [&[u8]; 7] = [b"p", b"li", b"dt", b"dd", b"option", b"rt", b"rp"];

/// Measures a page (stops counting depth once it is past `MAX_DEPTH` by far).
pub fn shape(page: &str) -> Shape {
    let b = page.as_bytes();
    let mut shape = Shape::default();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &b[i..]) {
        i += lt + 1;
        let rest = &b[i..];
        if rest.starts_with(b"!--") {
            i += find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        if name_len == 0 || !rest[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        if closing {
            if !OPTIONAL_END.contains(&name.as_slice()) && !VOID.contains(&name.as_slice()) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        shape.elements += 1;
        let end = memchr(b'>', rest).unwrap_or(rest.len());
        let self_closing = end > 0 && rest[end - 1] == b'/';
        if matches!(name.as_slice(), b"script" | b"style" | b"textarea" | b"title") {
            // raw text up to the end tag: a `<` in it is no tag
            let close = [b"</".as_slice(), &name].concat();
            i += find_ignoring_case(rest, &close).unwrap_or(rest.len());
            continue;
        }
        if !self_closing && !VOID.contains(&name.as_slice()) && !OPTIONAL_END.contains(&name.as_slice()) {
            depth += 1;
            shape.depth = shape.depth.max(depth);
        }
    }
    shape
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// The first place of `needle` (lowercase ASCII) in `hay`, in any case.
fn find_ignoring_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = memchr(b'<', &hay[from..]) {
        let at = from + p;
        if hay.len() - at >= needle.len() && hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_nesting_not_siblings_or_open_paragraphs() {
        assert_eq!(shape("<html><body><div><p>a<p>b<br><img src=x></div></body></html>").depth, 3);
        assert_eq!(shape(&"<div>".repeat(300)).depth, 300);
        assert_eq!(shape(&"<div></div>".repeat(300)).depth, 1);
        assert_eq!(shape(&"<li>x".repeat(1000)).depth, 0);
        let script = "<div><script>if (a<b && c<d) { x = '<div>'; }</SCRIPT></div>";
        assert_eq!(shape(script), Shape { depth: 1, elements: 2 });
        assert_eq!(shape("<!-- <div><div> --><div/>growth <5%"), Shape { depth: 0, elements: 1 });
    }

    #[test]
    fn too_deep_or_too_many_says_so() {
        assert!(Shape { depth: MAX_DEPTH + 1, elements: 1 }.too_much().unwrap().contains("nested deeper than 256"));
        assert!(Shape { depth: 3, elements: MAX_ELEMENTS + 1 }.too_much().is_some());
        assert_eq!(Shape { depth: 40, elements: 3000 }.too_much(), None);
    }
}
