//! Paragraphs and news items: where a briefing's headlines are.

/// A paragraph: one non-empty line, as a trimmed byte range of the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Para {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Whether the paragraph is the headline of an item.
    pub headline: bool,
    /// Whether the paragraph is a line of a list introduced by a colon.
    pub list: bool,
    /// Whether the paragraph is page furniture (a byline, a read-time line): neither a headline
    /// nor a source of statements.
    pub furniture: bool,
}

/// A news item before conversion to character offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawItem {
    /// Headline text.
    pub headline: String,
    /// First byte of the item.
    pub start: usize,
    /// End byte of the item.
    pub end: usize,
    /// Index of its first paragraph.
    pub first_para: usize,
    /// One past its last paragraph.
    pub end_para: usize,
}

/// Splits text into paragraphs: every non-blank line.
pub fn paragraphs(text: &str) -> Vec<Para> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    while pos < text.len() {
        // (the lines with their ends, as `split_inclusive('\n')` gives them)
        let end = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |k| pos + k + 1);
        let line = &text[pos..end];
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            let start = pos + lead;
            out.push(Para {
                start,
                end: start + trimmed.len(),
                headline: false,
                list: false,
                furniture: is_furniture(trimmed),
            });
        }
        pos += line.len();
    }
    out
}

/// Words that open a byline, with their space, sorted (“By Jane Roe”, “Von Jane Roe”, “Par …”).
const BYLINE_OPENERS: [&str; 3] = ["By ", "Par ", "Von "];

/// Phrases of a read-time line, lowercase, sorted (“4 min read”, “Lesezeit: 3 Minuten”).
const READ_TIME: [&str; 6] =
    ["lesezeit", "min de lecture", "min read", "minute read", "minutes read", "temps de lecture"];

/// Phrases of a reporter's line under a headline, lowercase, sorted (“Ben Roe reports from
/// Leeds”, „Jana Roth berichtet aus Kiew“, « De notre envoyé spécial à Kiev »).
const REPORTER_LINES: [&str; 5] =
    [" berichtet aus ", " reporting from ", " reports from ", "envoyé spécial", "envoyée spéciale"];

/// Rule "page furniture": a short line that is a byline (“By Jane Roe, our Political
/// Correspondent”), a reporter's line (“Ben Roe reports from Leeds”), a live blog's bare time
/// stamp (“15:31 GMT”, „14.05 Uhr“: the headline is the line after it) or says how long the
/// article takes to read is no headline and no statement.
fn is_furniture(s: &str) -> bool {
    // (counted no further than needed: most paragraphs are long)
    let words = words_up_to(s, 11);
    if words > 10 {
        return false;
    }
    let byline = BYLINE_OPENERS
        .iter()
        .any(|o| s.strip_prefix(o).is_some_and(|rest| rest.starts_with(char::is_uppercase)) && !ends_sentence(s));
    let lower = s.to_lowercase();
    let reporter = words <= 8 && !ends_sentence(s) && REPORTER_LINES.iter().any(|r| lower.contains(r));
    let bare_time = has_timestamp(s)
        && words <= 2
        && s.split_whitespace().nth(1).is_none_or(|w| w.chars().all(char::is_alphabetic));
    byline || reporter || bare_time || words <= 5 && READ_TIME.iter().any(|r| lower.contains(r))
}

/// The number of words of `s` (as `split_whitespace` gives them), counted up to `limit`: ASCII
/// bytes are classed without decoding.
fn words_up_to(s: &str, limit: usize) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n, mut in_word) = (0, 0, false);
    while i < b.len() && n < limit {
        let (space, len) = if b[i].is_ascii() {
            (super::tokens::is_ascii_space(b[i]), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            n += 1;
        }
        i += len;
    }
    n
}

/// A live-blog time stamp at the start of a line: "16.06 …", "14:32 GMT …".
fn has_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && b.get(digits).is_some_and(|&c| c == b'.' || c == b':')
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
        && b.get(digits + 2).is_some_and(u8::is_ascii_digit)
        && b.get(digits + 3).is_none_or(|&c| c == b' ' || c == b'\t')
}

/// Whether a line is a Markdown heading.
fn is_markdown_heading(s: &str) -> bool {
    let hashes = s.bytes().take_while(|&c| c == b'#').count();
    (1..=6).contains(&hashes) && s.as_bytes().get(hashes) == Some(&b' ')
}

/// Whether a line ends like a sentence.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '“', '’', '\'', '»', '«', ')', ' ']);
    t.ends_with(['.', ',', ';', ':', '!', '?', '…'])
}

/// Whether a line is short enough to be a headline.
fn short_line(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '“', '’', '\'', '»', '«', ' ']);
    let question = t.ends_with(['?', '!']);
    // most paragraphs end a sentence: that settles it before any counting
    if !question && ends_sentence(s) {
        return false;
    }
    if s.len() > 640 {
        return false; // more than 160 characters of at most four bytes
    }
    if s.len() > 160 && s.bytes().filter(|b| b & 0xC0 != 0x80).count() > 160 {
        return false; // more than 160 characters
    }
    let words = s.split_whitespace().take(21).count();
    if words == 0 || words > 20 {
        return false;
    }
    if question {
        return words <= 14;
    }
    true
}

/// Marks headlines and list lines, and groups paragraphs into items.
pub fn split_items(text: &str, paras: &mut [Para]) -> Vec<RawItem> {
    let n = paras.len();
    let cand: Vec<bool> = paras.iter().map(|p| !p.furniture && short_line(&text[p.start..p.end])).collect();
    let mut in_list = false;
    for i in 0..n {
        let s = &text[paras[i].start..paras[i].end];
        if i > 0 && text[paras[i - 1].start..paras[i - 1].end].ends_with(':') && cand[i] {
            in_list = true;
        } else if !cand[i] || colon_headline(s) {
            in_list = false;
        }
        paras[i].list = in_list;
        let next_is_body = paras.get(i + 1).is_some_and(|p| !cand[i + 1] || is_markdown_heading(&text[p.start..p.end]));
        // (furniture between a headline and its body is skipped over: “By …”, “4 min read”)
        let mut next = i + 1;
        while paras.get(next).is_some_and(|p| p.furniture) {
            next += 1;
        }
        let next_is_body = next == i + 1 && next_is_body
            || next > i + 1
                && paras.get(next).is_some_and(|p| !cand[next] || is_markdown_heading(&text[p.start..p.end]));
        paras[i].headline = !paras[i].furniture
            && (is_markdown_heading(s) || has_timestamp(s) || (cand[i] && !in_list && next_is_body));
    }
    let mut items: Vec<RawItem> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if p.headline || items.is_empty() {
            let s = &text[p.start..p.end];
            let headline = if p.headline { clean_headline(s) } else { first_sentence(s) };
            if let Some(last) = items.last_mut() {
                last.end = paras[i - 1].end;
                last.end_para = i;
            }
            items.push(RawItem { headline, start: p.start, end: p.end, first_para: i, end_para: i + 1 });
        }
    }
    if let Some(last) = items.last_mut() {
        last.end_para = n;
        last.end = paras.last().map_or(last.end, |p| p.end);
    }
    items
}

/// "European Commission: no new money": a headline naming its source, never a list line.
fn colon_headline(s: &str) -> bool {
    s.find(':').is_some_and(|k| {
        let head = &s[..k];
        let words = head.split_whitespace().take(6).count();
        (1..=5).contains(&words) && head.trim_start().starts_with(char::is_uppercase) && k + 1 < s.len()
    })
}

/// A headline without Markdown marks and surrounding space.
fn clean_headline(s: &str) -> String {
    s.trim_start_matches('#').trim().to_owned()
}

/// The first sentence of a paragraph, shortened, as a headline.
fn first_sentence(s: &str) -> String {
    let mut end = s.len();
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?') && s[i + 1..].starts_with(' ') && i > 20 {
            end = i + 1;
            break;
        }
    }
    let sentence = &s[..end];
    if sentence.chars().count() > 120 {
        let cut: String = sentence.chars().take(117).collect();
        format!("{}…", cut.trim_end())
    } else {
        sentence.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let lines = [
            "",
            "  ",
            "By Jane Roe, our correspondent",
            "\u{a0}Ada\u{2009}Lind\x0bsaid\x0c it\r\n",
            "Élysée — « Non », a-t-il dit\u{3000}hier",
            "one two three four five six seven eight nine ten eleven twelve",
            "a\x1fb \u{85}c\u{200b}d",
        ];
        for line in lines {
            for limit in 0..14 {
                assert_eq!(words_up_to(line, limit), line.split_whitespace().take(limit).count(), "{line:?} {limit}");
            }
        }
    }

    fn heads(t: &str) -> Vec<String> {
        let mut p = paragraphs(t);
        split_items(t, &mut p).into_iter().map(|i| i.headline).collect()
    }

    #[test]
    fn headline_lines_start_items() {
        let t = "Lead sentence of the briefing is here. It goes on.\nWhite House: talks go on\nThe White House said on Friday that talks go on.\nSecond item headline\nBody text of the second item follows here.\n";
        assert_eq!(
            heads(t),
            vec!["Lead sentence of the briefing is here.", "White House: talks go on", "Second item headline"]
        );
    }

    #[test]
    fn markdown_and_timestamps() {
        let t = "# Title\nBody.\n14:32 GMT Minister resigns after vote.\nMore body.\n";
        assert_eq!(heads(t), vec!["Title", "14:32 GMT Minister resigns after vote."]);
    }

    #[test]
    fn list_after_colon_is_not_headlines() {
        let t = "Intro line that is a sentence.\nThe president also said:\nThe UK must stay in the EU\nSyria needs a political solution\nMr X lands in Kenya later on Friday for a visit.\n";
        let mut p = paragraphs(t);
        let items = split_items(t, &mut p);
        assert_eq!(items.len(), 1);
        assert!(p[2].list && p[3].list && !p[4].list);
    }

    #[test]
    fn text_without_headline_is_one_item() {
        assert_eq!(heads("Just one paragraph. And more.").len(), 1);
        assert!(heads("").is_empty());
    }

    #[test]
    fn blank_lines_and_crlf_tolerated() {
        let t = "Headline here\n\n  Body sentence one is here.  \n";
        let p = paragraphs(t);
        assert_eq!(&t[p[1].start..p[1].end], "Body sentence one is here.");
    }

    #[test]
    fn bylines_and_read_times_are_page_furniture() {
        let t = "Ministers clash over port fees\n\nBy Jane Roe, our Political Correspondent\n4 min read\n\nThe minister said the fees would rise.\n";
        assert_eq!(heads(t), vec!["Ministers clash over port fees".to_owned()]);
        let mut paras = paragraphs(t);
        split_items(t, &mut paras);
        assert_eq!(paras.iter().filter(|p| p.furniture).count(), 2);
        assert!(BYLINE_OPENERS.windows(2).all(|w| w[0] < w[1]) && READ_TIME.windows(2).all(|w| w[0] < w[1]));
        // a sentence that opens with “By” is no byline
        assert!(!is_furniture("By Monday the port was open again."));
    }

    #[test]
    fn a_bare_time_stamp_and_a_reporter_s_line_are_page_furniture() {
        let t = "Port live

15:31 GMT

‘It came up through the floor’: residents describe the night

Ben Roe reports \
                 from Leeds

Ada Lind, 74, was woken at 3am by her neighbour.

14.05 Uhr

Hafen bleibt zu

\
                 Der Hafen bleibt geschlossen, teilte die Stadt mit.
";
        let h = heads(t);
        assert!(h.contains(&"‘It came up through the floor’: residents describe the night".to_owned()), "{h:?}");
        assert!(h.contains(&"Hafen bleibt zu".to_owned()), "{h:?}");
        assert!(!h.iter().any(|x| x.contains("reports from") || x == "15:31 GMT"), "{h:?}");
        assert!(REPORTER_LINES.windows(2).all(|w| w[0] < w[1]));
        // (a time stamp with its headline on the line is a headline)
        assert!(!is_furniture("14:32 GMT Minister resigns after vote"));
    }
}
