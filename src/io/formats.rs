//! Briefing formats other than plain text: Markdown, HTML pages, Word `.docx`, Open Document
//! `.odt`, e-mail `.eml`, RSS and Atom feeds. Each reader turns its format into the plain text the
//! extraction engine reads: one paragraph per line, headings and headlines on lines of their own.
//!
//! The format is sniffed from the content first and from the file name only where the content
//! cannot tell (Markdown). Every reader works on bytes in memory and returns an error instead of
//! panicking; archives are read with limits so that a zip bomb cannot exhaust memory.

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

/// A briefing's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text in any encoding.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML page.
    Html,
    /// Word (Office Open XML).
    Docx,
    /// Open Document text.
    Odt,
    /// PDF.
    Pdf,
    /// An e-mail (RFC 5322, MIME).
    Email,
    /// An RSS 2.0 feed.
    Rss,
    /// An Atom feed.
    Atom,
}

impl Format {
    /// The name stored on documents and shown to the analyst.
    pub fn name(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Markdown => "markdown",
            Self::Html => "html",
            Self::Docx => "docx",
            Self::Odt => "odt",
            Self::Pdf => "pdf",
            Self::Email => "email",
            Self::Rss => "rss",
            Self::Atom => "atom",
        }
    }
}

/// Largest uncompressed part read from a `.docx`/`.odt` archive (64 MB).
const MAX_PART: u64 = 64 * 1024 * 1024;
/// Largest ratio of uncompressed to compressed size accepted for an archive part.
const MAX_RATIO: u64 = 200;

/// Guesses the format from the first bytes, then from the extension.
pub fn sniff(bytes: &[u8], path: &Path) -> Format {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if bytes.starts_with(b"%PDF-") {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // Open Document stores its mimetype first, uncompressed
        if bytes.windows(39).take(200).any(|w| w == b"application/vnd.oasis.opendocument.text") {
            return Format::Odt;
        }
        if ext == "odt" {
            return Format::Odt;
        }
        return Format::Docx;
    }
    // the first 4 KB as text (UTF-16 too), lowercased; 64 KB for markup, whose prolog (a DTD) can
    // be long
    let window = if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') { 65536 } else { 4096 };
    let head = super::decoding::decode(&bytes[..bytes.len().min(window)]).text.to_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let root = root_element(head);
    if root.starts_with("<rss")
        || root.starts_with("<!doctype rss")
        || (root.starts_with("<rdf:rdf") && head.contains("purl.org/rss"))
    {
        return Format::Rss;
    }
    if root.starts_with("<feed") {
        return Format::Atom;
    }
    if root.starts_with("<!doctype html")
        || root.starts_with("<html")
        || (matches!(ext.as_str(), "htm" | "html" | "xhtml") && root.starts_with('<'))
    {
        return Format::Html;
    }
    if looks_like_email(head) || ext == "eml" {
        return Format::Email;
    }
    if matches!(ext.as_str(), "md" | "markdown" | "mdown" | "mkd") {
        return Format::Markdown;
    }
    Format::Text
}

/// The text from its first element on: XML declarations, processing instructions, comments and
/// a DOCTYPE other than HTML's or RSS's skipped.
fn root_element(head: &str) -> &str {
    let mut rest = head.trim_start();
    for _ in 0..16 {
        let skip = if rest.starts_with("<?") {
            rest.find("?>").map(|e| e + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|e| e + 3)
        } else if rest.starts_with("<!doctype")
            && !rest.starts_with("<!doctype html")
            && !rest.starts_with("<!doctype rss")
        {
            doctype_end(rest)
        } else {
            None
        };
        match skip {
            Some(n) => rest = rest[n..].trim_start(),
            None => break,
        }
    }
    rest
}

/// What an OLE compound file (the container of old `.doc` files and of password-protected
/// `.docx` files) is, for the message that refuses it; `None` for any other file.
pub fn compound_office_file(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if !bytes.starts_with(MAGIC) {
        return None;
    }
    let encrypted: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    Some(if memchr::memmem::find(bytes, &encrypted).is_some() {
        "the document is encrypted (password-protected): save an unprotected copy as .docx first"
    } else {
        "an old binary Office file (.doc): save it as .docx first"
    })
}

/// The root element of an XML document that is neither a feed nor a page (`Some("<rdf:rdf")`),
/// so that its markup is not read as the text of a briefing; `None` for anything else.
pub fn unknown_xml_root(bytes: &[u8]) -> Option<String> {
    let head = super::decoding::decode(&bytes[..bytes.len().min(65536)]).text.to_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if !(head.starts_with("<?xml") || head.starts_with("<!doctype")) {
        return None;
    }
    let root = root_element(head);
    let name: String = root.chars().take_while(|c| !c.is_whitespace() && *c != '>' && *c != '[').take(40).collect();
    Some(if name.is_empty() { "(none found)".to_owned() } else { format!("{name}>") })
}

/// The end of a DOCTYPE, past its internal subset (`[ <!ENTITY …> ]`) when it has one.
fn doctype_end(rest: &str) -> Option<usize> {
    let gt = rest.find('>')?;
    match rest.find('[') {
        Some(open) if open < gt => {
            let close = rest[open..].find(']')? + open;
            rest[close..].find('>').map(|e| close + e + 1)
        }
        _ => Some(gt + 1),
    }
}

/// Whether text starts with RFC 5322 header lines: at least two known fields, one of them only
/// e-mails have (or a From with an address), and no blank line before them.
fn looks_like_email(head: &str) -> bool {
    let mut known = 0;
    let mut mail_only = false;
    for line in head.lines().take(40) {
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((field, _)) = line.split_once(':') else { return false };
        if field.contains(' ') {
            return false;
        }
        if matches!(
            field,
            "from" | "to" | "subject" | "date" | "message-id" | "mime-version" | "received" | "return-path"
        ) {
            known += 1;
        }
        if matches!(field, "message-id" | "mime-version" | "received" | "return-path")
            || (field == "from" && line.contains('@'))
        {
            mail_only = true;
        }
    }
    known >= 2 && mail_only
}

/// The text of a document of one of the formats of this module, with a title when the format
/// has one (the headline of the first item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted {
    /// One paragraph per line; headings on their own lines.
    pub text: String,
    /// A date found in the format's metadata (e-mail date, feed date), ISO 8601.
    pub date: Option<String>,
    /// What the analyst should know about how it was read (a page read as plain text).
    pub warning: Option<String>,
}

/// Converts Markdown text.
pub fn markdown(text: &str) -> Converted {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = Lines::default();
    for ev in Parser::new(text) {
        match ev {
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::Item | Tag::BlockQuote(_) | Tag::CodeBlock(_))
            | Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            )
            | Event::HardBreak
            | Event::Rule => out.end_line(),
            Event::Text(t) | Event::Code(t) => out.push(&t),
            Event::SoftBreak => out.push(" "),
            _ => {}
        }
    }
    Converted { text: out.finish(), date: None, warning: None }
}

/// Converts an HTML page: the article's main text (readability), or the whole body where no
/// article stands out.
///
/// A page nested too deep or with too many elements for the parser behind readability (see
/// [`super::markup`]) is read as plain text, with a warning that says so.
pub fn html(page: &str) -> Converted {
    if let Some(why) = super::markup::shape(page).too_much() {
        return Converted { text: html_to_text(page), date: None, warning: Some(why) };
    }
    let cfg = dom_smoothie::Config::default();
    let main = dom_smoothie::Readability::new(page, None, Some(cfg)).ok().and_then(|mut r| r.parse().ok());
    let text = match main {
        Some(article) => {
            let body = html_to_text(&article.content);
            let title = article.title.trim();
            // readability keeps the title apart; put it back as the first headline
            if !title.is_empty() && !body.lines().take(3).any(|l| l.trim() == title) {
                format!("{title}\n{body}")
            } else {
                body
            }
        }
        None => html_to_text(page),
    };
    Converted { text, date: None, warning: None }
}

/// Lines of text being assembled from markup.
#[derive(Default)]
struct Lines {
    text: String,
    line: String,
}

impl Lines {
    fn push(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                if !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
            } else {
                self.line.push(c);
            }
        }
    }

    fn end_line(&mut self) {
        let l = self.line.trim();
        if !l.is_empty() {
            self.text.push_str(l);
            self.text.push('\n');
        }
        self.line.clear();
    }

    fn finish(mut self) -> String {
        self.end_line();
        self.text
    }
}

/// Elements that start and end a line of text.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "br"
            | "tr"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "ul"
            | "ol"
            | "table"
            | "pre"
            | "hr"
            | "figure"
            | "figcaption"
            | "dd"
            | "dt"
            | "main"
            | "aside"
            | "nav"
            | "title"
            | "body"
            | "td"
            | "th"
    )
}

/// HTML (a page or a fragment) to text: block elements on lines of their own, scripts, styles
/// and comments dropped, entities decoded. Tolerant of broken markup.
pub fn html_to_text(html: &str) -> String {
    let mut out = Lines::default();
    let mut rest = html;
    let mut skip_until: Option<&'static str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                out.push(&decode_entities(rest));
            }
            break;
        };
        if skip_until.is_none() {
            out.push(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')) {
            // "<5%" is text, not a tag
            if skip_until.is_none() {
                out.push("<");
            }
            rest = &rest[1..];
            continue;
        }
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(until) = skip_until {
            if closing && name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" if !closing => skip_until = Some("script"),
            "style" if !closing => skip_until = Some("style"),
            "noscript" if !closing => skip_until = Some("noscript"),
            "template" if !closing => skip_until = Some("template"),
            n if is_block(n) => out.end_line(),
            _ => {}
        }
    }
    out.finish()
}

/// Decodes the HTML entities news pages use (named ones for punctuation and Latin letters, and
/// every numeric one).
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| c == ';' || c.is_whitespace() || c == '&').map(|e| e + 1);
        let decoded = end.filter(|&e| rest.as_bytes().get(e) == Some(&b';') && e <= 12).and_then(|e| {
            let name = &rest[1..e];
            let c = if let Some(num) = name.strip_prefix('#') {
                let v = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                v.and_then(char::from_u32)
            } else {
                named_entity(name)
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "sbquo" => '‚',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "euro" => '€',
        "pound" => '£',
        "copy" => '©',
        "deg" => '°',
        "shy" => '\u{ad}',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "agrave" => 'à',
        "acirc" => 'â',
        "ccedil" => 'ç',
        "ocirc" => 'ô',
        "icirc" => 'î',
        "ugrave" => 'ù',
        "Eacute" => 'É',
        _ => return None,
    })
}

/// Reads one part of a zip archive, with limits on its size and compression ratio.
fn zip_part(bytes: &[u8], name: &str) -> Result<String, String> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| format!("not a valid archive: {e}"))?;
    let mut part = archive.by_name(name).map_err(|e| match e {
        zip::result::ZipError::FileNotFound => format!("the archive has no {name}"),
        zip::result::ZipError::UnsupportedArchive(why) if why.to_lowercase().contains("password") => {
            "the document is encrypted (password-protected): save an unprotected copy first".to_owned()
        }
        other => format!("cannot read {name} in the archive: {other}"),
    })?;
    let (size, packed) = (part.size(), part.compressed_size().max(1));
    if size > MAX_PART || size / packed > MAX_RATIO {
        return Err(format!("{name} unpacks to {size} bytes from {packed}: refused (a zip bomb?)"));
    }
    let mut xml = Vec::with_capacity(usize::try_from(size).unwrap_or(0).min(1 << 24));
    part.by_ref().take(MAX_PART + 1).read_to_end(&mut xml).map_err(|e| format!("cannot unpack {name}: {e}"))?;
    if xml.len() as u64 > MAX_PART {
        return Err(format!("{name} is larger than {MAX_PART} bytes"));
    }
    String::from_utf8(xml).map_err(|_| format!("{name} is not UTF-8 XML"))
}

/// Elements whose content is not body text: Word's fallback copies of text boxes and deleted
/// text, Open Document tracked deletions, comments, footnote bodies and their numbers.
const SKIPPED: [&str; 6] = ["Fallback", "tracked-changes", "annotation", "note-body", "note-citation", "delText"];

/// Text of the XML of a word processor: the elements named in `paras` are paragraphs (and
/// headings), empty elements named in `breaks` (tabs, line breaks) are spaces; text counts inside
/// the element named `body`, if given, and there only inside elements named in `text_elems`
/// (all text when that list is empty).
fn office_xml_text(
    xml: &str,
    body: Option<&str>,
    paras: &[&str],
    text_elems: &[&str],
    breaks: &[&str],
) -> Result<String, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    // the body may be cut out of its document, and damaged files may not nest: read on
    reader.config_mut().check_end_names = false;
    let mut out = Lines::default();
    let mut in_text = 0usize;
    // text counts only inside the body element, when there is one (styles come before it)
    let mut in_body = body.is_none();
    let mut skipping = 0usize;
    loop {
        match reader.read_event().map_err(|e| format!("broken XML at byte {}: {e}", reader.buffer_position()))? {
            Event::Start(e) if skipping > 0 || SKIPPED.contains(&e.local_name().as_ref()) => skipping += 1,
            Event::End(_) if skipping > 0 => skipping -= 1,
            _ if skipping > 0 => {}
            Event::Start(e) => {
                let n = e.local_name();
                if body == Some(n.as_ref()) {
                    in_body = true;
                }
                if paras.contains(&n.as_ref()) {
                    out.end_line();
                }
                if text_elems.contains(&n.as_ref()) {
                    in_text += 1;
                }
            }
            Event::Empty(e) => {
                let n = e.local_name();
                if n.as_ref() == "noBreakHyphen" {
                    out.push("\u{2011}");
                } else if n.as_ref() == "softHyphen" {
                } else if breaks.contains(&n.as_ref()) {
                    out.push(" ");
                } else if paras.contains(&n.as_ref()) {
                    out.end_line();
                }
            }
            Event::End(e) => {
                let n = e.local_name();
                if paras.contains(&n.as_ref()) {
                    out.end_line();
                }
                if text_elems.contains(&n.as_ref()) {
                    in_text = in_text.saturating_sub(1);
                }
            }
            Event::Text(t) if in_body && (in_text > 0 || text_elems.is_empty()) => out.push(&t.xml10_content()),
            Event::GeneralRef(r) if in_body && (in_text > 0 || text_elems.is_empty()) => {
                let c = if r.is_char_ref() {
                    r.resolve_char_ref().ok().flatten()
                } else {
                    named_entity(&r.xml10_content())
                };
                if let Some(c) = c {
                    out.push(&c.to_string());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out.finish())
}

/// Converts a Word `.docx` file.
pub fn docx(bytes: &[u8]) -> Result<Converted, String> {
    let xml = zip_part(bytes, "word/document.xml")?;
    // w:p paragraphs, text in w:t, w:tab / w:br / w:cr as spaces
    let text = office_xml_text(&xml, None, &["p"], &["t"], &["tab", "br", "cr"])?;
    Ok(Converted { text, date: None, warning: None })
}

/// Converts an Open Document `.odt` file.
pub fn odt(bytes: &[u8]) -> Result<Converted, String> {
    let xml = zip_part(bytes, "content.xml")?;
    // text:p and text:h are paragraphs; all text inside the body counts
    let text = office_xml_text(&xml, Some("body"), &["p", "h"], &[], &["tab", "line-break", "s"])?;
    Ok(Converted { text, date: None, warning: None })
}

/// Converts an e-mail: the subject is the first headline, then the plain-text body (or the HTML
/// body as text).
pub fn email(bytes: &[u8]) -> Result<Converted, String> {
    let msg = mail_parser::MessageParser::default().parse(bytes).ok_or("not a readable e-mail")?;
    let subject = msg.subject().unwrap_or("").trim().to_owned();
    let plain_is_html = msg.text_part(0).is_some_and(|p| matches!(p.body, mail_parser::PartType::Html(_)));
    let body = match msg.body_text(0) {
        Some(t) if !plain_is_html && !t.trim().is_empty() => plain_paragraphs(&t),
        _ => msg.body_html(0).map(|h| html_to_text(&h)).unwrap_or_default(),
    };
    if subject.is_empty() && body.trim().is_empty() {
        return Err("the e-mail has neither a subject nor a text body".to_owned());
    }
    let date = msg.date().map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    let text = if subject.is_empty() { body } else { format!("{subject}\n{body}") };
    Ok(Converted { text, date, warning: None })
}

/// Plain text with paragraphs separated by blank lines and hard-wrapped lines inside them (as
/// e-mails are written): one paragraph per line. Text already one paragraph per line stays.
fn plain_paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let has_blank = text.lines().any(|l| l.trim().is_empty());
    if !has_blank {
        let mut out = String::with_capacity(text.len());
        for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            out.push_str(l);
            out.push('\n');
        }
        return out;
    }
    let mut out = String::new();
    let mut para: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim).chain(std::iter::once("")) {
        if line.is_empty() {
            if !para.is_empty() {
                out.push_str(&para.join(" "));
                out.push('\n');
                para.clear();
            }
        } else {
            para.push(line);
        }
    }
    out
}

/// Converts an RSS or Atom feed: each entry is an item (its title the headline, its content
/// or summary the body).
pub fn feed(bytes: &[u8]) -> Result<Converted, String> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| format!("not a readable feed: {e}"))?;
    let mut text = String::new();
    for entry in &feed.entries {
        let title = entry
            .title
            .as_ref()
            .map(|t| {
                if t.content_type.subty() == "html" {
                    html_to_text(&t.content)
                } else {
                    t.content.split_whitespace().collect::<Vec<_>>().join(" ")
                }
            })
            .unwrap_or_default();
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.as_str()))
            .map(html_to_text)
            .unwrap_or_default();
        for part in [title.trim(), body.trim()] {
            if !part.is_empty() {
                text.push_str(part);
                text.push('\n');
            }
        }
    }
    if text.trim().is_empty() {
        return Err("the feed has no entries with text".to_owned());
    }
    let date =
        feed.entries.iter().filter_map(|e| e.published.or(e.updated)).min().map(|d| d.format("%Y-%m-%d").to_string());
    Ok(Converted { text, date, warning: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content_before_the_name() {
        let p = Path::new("x.txt");
        assert_eq!(sniff(b"%PDF-1.4 ...", p), Format::Pdf);
        assert_eq!(sniff(b"<!DOCTYPE html><html>", p), Format::Html);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", p), Format::Rss);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", p), Format::Atom);
        assert_eq!(sniff(b"From: a@b.c\r\nSubject: Hi\r\nDate: x\r\n\r\nbody", p), Format::Email);
        assert_eq!(sniff(b"Headline\nSubject: this is prose, not a header: no", p), Format::Text);
        assert_eq!(sniff(b"# Title\n\nText", Path::new("a.md")), Format::Markdown);
        assert_eq!(sniff(b"# Title\n\nText", p), Format::Text);
        assert_eq!(sniff(b"PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text", p), Format::Odt);
        assert_eq!(sniff(b"PK\x03\x04....[Content_Types].xml", p), Format::Docx);
    }

    #[test]
    fn markdown_headings_and_paragraphs_become_lines() {
        let c = markdown("# Title\n\n## Headline one\n\nFirst *para*\ncontinued.\n\n- item one\n- item two\n");
        assert_eq!(c.text, "Title\nHeadline one\nFirst para continued.\nitem one\nitem two\n");
    }

    #[test]
    fn html_fragments_keep_blocks_and_drop_scripts() {
        let t = html_to_text(
            "<h1>Big&nbsp;news</h1><p>“It&rsquo;s fine,” she said.<br>Next</p><script>var x = '<p>';</script><!-- c --><p>A &amp; B &#8212; C</p>",
        );
        assert_eq!(t, "Big news\n“It’s fine,” she said.\nNext\nA & B — C\n");
        assert_eq!(decode_entities("&unknown; &amp"), "&unknown; &amp");
    }

    #[test]
    fn email_paragraphs_are_unwrapped() {
        assert_eq!(plain_paragraphs("One\ntwo\n\nThree\r\n"), "One two\nThree\n");
        assert_eq!(plain_paragraphs("One\nTwo\n"), "One\nTwo\n");
    }

    #[test]
    fn regression_a_memo_with_from_and_date_lines_is_text_not_email() {
        let memo = b"From: Press Office\nDate: 12 March 2026\nMinister Ann Lee said talks would go on.\n";
        assert_eq!(sniff(memo, Path::new("memo.txt")), Format::Text);
        let mail = b"From: Press Office <press@example.org>\nDate: Thu, 12 Mar 2026 09:00:00 +0100\nSubject: x\n\nBody";
        assert_eq!(sniff(mail, Path::new("m.txt")), Format::Email);
    }

    #[test]
    fn regression_feeds_and_xhtml_behind_a_prolog_are_sniffed() {
        let p = Path::new("x.txt");
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n<!-- c -->\n<rss version=\"2.0\">", p),
            Format::Rss
        );
        assert_eq!(sniff(b"<!DOCTYPE rss PUBLIC \"x\">\n<rss version=\"0.91\">", p), Format::Rss);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">\n<html>", p),
            Format::Html
        );
        let utf16: Vec<u8> = "\u{feff}<!DOCTYPE html><html><body><p>Hi</p></body></html>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(sniff(&utf16, p), Format::Html);
    }

    #[test]
    fn regression_a_less_than_sign_in_text_is_not_a_tag() {
        assert_eq!(html_to_text("<p>Growth was <5% this year, she said.</p>"), "Growth was <5% this year, she said.\n");
    }

    #[test]
    fn regression_blank_lines_with_spaces_separate_email_paragraphs() {
        assert_eq!(plain_paragraphs("Para one\nwrapped\n \nPara two\n"), "Para one wrapped\nPara two\n");
    }

    #[test]
    fn broken_archives_and_xml_are_errors_not_panics() {
        assert!(docx(b"PK\x03\x04garbage").is_err());
        assert!(odt(b"").is_err());
        assert!(feed(b"<rss><channel><item><title>x").is_err() || feed(b"<rss>").is_err());
        assert!(email(b"").is_err());
    }
}
