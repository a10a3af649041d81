//! Finding quotations in a paragraph: every quote-mark style news uses, nesting, mismatched pairs,
//! apostrophes that are not quote marks, and quotes left open at the end of a paragraph.

/// One quotation found in a paragraph. All offsets are byte offsets into the paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Offset of the opening mark.
    pub open: usize,
    /// First byte of the quoted words (after the mark and any inner space).
    pub start: usize,
    /// End of the quoted words (before any inner space and the closing mark).
    pub end: usize,
    /// Offset just past the closing mark, or the paragraph end when the quote is left open.
    pub close: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Nesting depth: 0 for a top-level quote.
    pub depth: u8,
}

/// Deepest nesting of quotations that is tracked.
const MAX_DEPTH: usize = 4;

/// A quote mark: (offset, mark, its length in bytes, character before, character after).
type Mark = (usize, char, usize, Option<char>, Option<char>);

/// Whether the mark `c` can close a quote opened by `opener`.
fn closes(opener: char, c: char) -> bool {
    match opener {
        '“' => matches!(c, '”' | '’' | '"' | '“'),
        '„' => matches!(c, '“' | '”' | '"'),
        '«' => c == '»',
        '»' => c == '«',
        '"' => matches!(c, '"' | '”' | '“'),
        '”' => matches!(c, '”' | '"'),
        '‘' | '‚' => matches!(c, '’' | '‘' | '\''),
        '\'' => matches!(c, '\'' | '’'),
        '‹' => c == '›',
        '›' => c == '‹',
        _ => false,
    }
}

/// Whether a mark is a double quote mark.
fn is_double(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '"' | '«' | '»')
}

/// Whether the character before a mark lets it open a quote (start, space, bracket, dash, another mark).
fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '„' | '«' | '»' | '"' | '‘' | '‚')
        }
    }
}

/// Whether the character after a mark lets it close a quote (end, space, punctuation).
fn is_close_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => n.is_whitespace() || !n.is_alphanumeric(),
    }
}

/// Finds the quotations of one paragraph, in order of their opening marks.
///
/// Runs in time linear in the paragraph length. A quote still open at the end of the paragraph
/// runs to its end (`closed == false`); nested quotes that are still open there are dropped.
pub fn find_quotes(p: &str) -> Vec<QuoteSpan> {
    let marks = quote_marks(p);
    if marks.is_empty() {
        return Vec::new();
    }
    let (mut out, stack) = pair_marks(p, &marks);
    close_left_open(p, &mut out, &stack);
    // a quote of at most one letter or digit is no quote (rock 'n' roll, a stray mark)
    // (counted no further than two)
    out.retain(|q| p[q.start..q.end].chars().filter(|c| c.is_alphanumeric()).nth(1).is_some());
    out
}

/// The quote marks of a paragraph with the characters around them.
fn quote_marks(p: &str) -> Vec<Mark> {
    // the marks with the characters around them, found by their lead bytes; the rest of the text
    // is never decoded
    let mut marks: Vec<Mark> = Vec::new();
    let bytes = p.as_bytes();
    let mut pos = 0;
    // the next byte that can start a quote mark, found with memchr (vectorised); « and » (lead
    // byte 0xC2) are looked for apart, each search only once the scan has passed its last hit
    let find_common = |from: usize| memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]).map_or(usize::MAX, |i| from + i);
    let find_guillemet = |from: usize| memchr::memchr(0xC2, &bytes[from..]).map_or(usize::MAX, |i| from + i);
    let (mut common, mut guillemet) = (find_common(0), find_guillemet(0));
    loop {
        if common < pos {
            common = find_common(pos);
        }
        if guillemet < pos {
            guillemet = find_guillemet(pos);
        }
        pos = common.min(guillemet);
        if pos >= bytes.len() {
            break;
        }
        let b = bytes[pos];
        let Some(c) = p.get(pos..).and_then(|rest| rest.chars().next()) else {
            pos += 1;
            continue;
        };
        if matches!(c, '“' | '”' | '„' | '"' | '«' | '»' | '‘' | '’' | '‚' | '\'' | '‹' | '›') {
            // two straight apostrophes are one double mark in some wire styles: ''Yes,'' he said
            let (c, len) = if b == b'\'' && bytes.get(pos + 1) == Some(&b'\'') { ('"', 2) } else { (c, c.len_utf8()) };
            let prev = p[..pos].chars().next_back();
            let next = p[pos + len..].chars().next();
            marks.push((pos, c, len, prev, next));
            pos += len;
        } else {
            pos += 1;
        }
    }
    marks
}

/// For each mark, whether a double closing mark comes before the next double opening mark (for
/// the mismatched “…’ pair).
fn double_close_ahead(marks: &[Mark]) -> Vec<bool> {
    let mut next_double_close = vec![false; marks.len() + 1];
    for i in (0..marks.len()).rev() {
        next_double_close[i] = match marks[i].1 {
            '”' | '"' => true,
            '“' | '„' => false,
            _ => next_double_close[i + 1],
        };
    }
    next_double_close
}

/// Pairs opening and closing marks: the quotes found, and the stack of quotes still open at the
/// end as (opening mark, index into the quotes).
fn pair_marks(p: &str, marks: &[Mark]) -> (Vec<QuoteSpan>, Vec<(char, usize)>) {
    let next_double_close = double_close_ahead(marks);
    let mut out: Vec<QuoteSpan> = Vec::new();
    // stack of (opener char, index into out)
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (i, &(pos, c, len, prev, next)) in marks.iter().enumerate() {
        let single = matches!(c, '‘' | '’' | '\'' | '‚');
        if single {
            let between_letters = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            let elision = next.is_some_and(|n| n.is_ascii_digit()) && !prev.is_some_and(char::is_alphanumeric);
            if between_letters || elision {
                continue; // it’s, l’Italie, ’91
            }
        }
        let end = pos + len;
        // try to close the innermost open quote
        if let Some(&(opener, idx)) = stack.last() {
            let french = matches!(c, '»' | '«' | '›' | '‹');
            let close_ok = closes(opener, c)
                && (french || is_close_context(next))
                && (french || !prev.is_some_and(char::is_whitespace));
            let mismatch_guard = !(opener == '“' && c == '’' && next_double_close[i + 1]);
            if close_ok && mismatch_guard && out[idx].start <= pos {
                let q = &mut out[idx];
                let mut e = pos;
                while e > q.start && p[..e].ends_with(char::is_whitespace) {
                    e = p[..e].trim_end().len();
                }
                q.end = e.max(q.start);
                q.close = end;
                q.closed = true;
                stack.pop();
                continue;
            }
        }
        // a single closing mark with nothing to close is an apostrophe (Americans’ plan)
        if c == '’' {
            continue;
        }
        let opens = match c {
            '«' | '„' | '‚' | '“' | '‹' => true,
            '»' | '›' => stack.last().is_none_or(|&(o, _)| o != '«'),
            '”' => is_open_context(prev) && next.is_some_and(|n| !n.is_whitespace()),
            _ => is_open_context(prev) && next.is_some_and(|n| !n.is_whitespace()),
        };
        if !opens || stack.len() >= MAX_DEPTH {
            continue;
        }
        // a single mark opens only at top level or inside a double quote (British headlines, nesting)
        if single && stack.last().is_some_and(|&(o, _)| !is_double(o)) {
            continue;
        }
        let mut start = end;
        while start < p.len() && p[start..].starts_with(char::is_whitespace) {
            start += p[start..].chars().next().map_or(1, char::len_utf8);
        }
        out.push(QuoteSpan { open: pos, start, end: p.len(), close: p.len(), closed: false, depth: stack.len() as u8 });
        let idx = out.len() - 1;
        stack.push((c, idx));
    }
    (out, stack)
}

/// Quotes left open at the paragraph end: the outermost runs to the end, open nested ones are
/// dropped.
fn close_left_open(p: &str, out: &mut Vec<QuoteSpan>, stack: &[(char, usize)]) {
    if let Some(&(_, bottom)) = stack.first() {
        let drop: Vec<usize> = stack.iter().skip(1).map(|&(_, i)| i).collect();
        let q = &mut out[bottom];
        q.end = p.trim_end().len().max(q.start);
        q.close = p.len();
        let mut k = 0usize;
        out.retain(|_| {
            k += 1;
            !drop.contains(&(k - 1))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<&str> {
        find_quotes(p).iter().map(|q| &p[q.start..q.end]).collect()
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(texts("He said “hello there,” and left."), vec!["hello there,"]);
    }

    #[test]
    fn split_quote_gives_two() {
        let p = "“Secondly, of course,” said Sakaliene, “financial pain to Russia.”";
        assert_eq!(texts(p), vec!["Secondly, of course,", "financial pain to Russia."]);
    }

    #[test]
    fn german_low_high_marks_and_nesting() {
        let p = "„Es geht um eine „Parallelaktion“ des Vereins, also um ‘Ob’ und ‘Wie’“, schreibt er.";
        let q = find_quotes(p);
        assert_eq!(&p[q[0].start..q[0].end], "Es geht um eine „Parallelaktion“ des Vereins, also um ‘Ob’ und ‘Wie’");
        assert_eq!(q[0].depth, 0);
        assert_eq!(&p[q[1].start..q[1].end], "Parallelaktion");
        assert_eq!(q[1].depth, 1);
        assert_eq!(q.len(), 4);
    }

    #[test]
    fn guillemets_with_inner_spaces() {
        assert_eq!(texts("« Les risques restent élevés », prévient-il."), vec!["Les risques restent élevés"]);
        assert_eq!(texts("Er sagte: »Wir kommen wieder.«"), vec!["Wir kommen wieder."]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(find_quotes("It’s Merz’s plan, rock 'n' roll in the ’90s, l’Italie.").is_empty());
        assert!(find_quotes("The Americans’ plan is it's fine").is_empty());
    }

    #[test]
    fn mismatched_pair_closes() {
        assert_eq!(texts("Macron says “coalition of willing’ will hold talks"), vec!["coalition of willing"]);
    }

    #[test]
    fn possessive_inside_double_quote_does_not_close() {
        assert_eq!(texts("“The workers’ union agrees,” she said."), vec!["The workers’ union agrees,"]);
    }

    #[test]
    fn british_single_quotes_in_headline() {
        assert_eq!(texts("Obama admits gun laws are his 'biggest frustration'"), vec!["biggest frustration"]);
    }

    #[test]
    fn straight_open_curly_close() {
        assert_eq!(
            texts("\"And I asked, well, on whose authority?” said Hill."),
            vec!["And I asked, well, on whose authority?"]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let q = find_quotes("“I would like to say this.");
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
    }

    #[test]
    fn nested_single_inside_double() {
        let p = "“I heard him ask, quote, ‘So he’s going to do it?’” Holmes testified.";
        assert_eq!(texts(p), vec!["I heard him ask, quote, ‘So he’s going to do it?’", "So he’s going to do it?"]);
    }

    #[test]
    fn doubled_apostrophes_are_one_double_mark() {
        assert_eq!(texts("''I'm skilled with my hands,'' said Robin Maynard."), vec!["I'm skilled with my hands,"]);
    }

    #[test]
    fn year_elision_inside_quote() {
        assert_eq!(texts("“It did with Bush in ’91.”"), vec!["It did with Bush in ’91."]);
    }
}
