//! The format of the word lists under `words/`: one entry a line, `#` starts a comment.
//!
//! An entry is a head (a word, or the words of a lemma such as `faire valoir`), then attributes
//! (`+name` marks, `name=value` settings), then optionally a colon and the forms that belong to
//! the head: `write +core ambiguous=written` or `sagen +core: sagt sagte gesagt`.

/// One entry of a word list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Entry<'a> {
    /// The word or lemma; the words of a multiword lemma are joined by single spaces.
    pub head: &'a str,
    /// The attribute fields, separated by white space.
    attrs: &'a str,
    /// The forms after the colon, separated by white space.
    forms: &'a str,
}

impl<'a> Entry<'a> {
    /// Whether the entry carries the mark `+name`.
    pub fn has(&self, name: &str) -> bool {
        self.attrs.split_whitespace().any(|a| a.strip_prefix('+') == Some(name))
    }

    /// The value of the setting `name=value`.
    pub fn value(&self, name: &str) -> Option<&'a str> {
        self.attrs.split_whitespace().find_map(|a| a.split_once('=').filter(|(k, _)| *k == name).map(|(_, v)| v))
    }

    /// The marks (`+name`) of the entry, without their plus sign.
    pub fn marks(&self) -> impl Iterator<Item = &'a str> {
        self.attrs.split_whitespace().filter_map(|a| a.strip_prefix('+'))
    }

    /// The forms listed after the colon.
    pub fn forms(&self) -> impl Iterator<Item = &'a str> {
        self.forms.split_whitespace()
    }
}

/// The entries of a word list, in file order.
pub(super) fn entries(text: &str) -> impl Iterator<Item = Entry<'_>> {
    text.lines().filter_map(parse_line)
}

/// Whether a field is an attribute rather than a word of the head.
fn is_attribute(field: &str) -> bool {
    field.starts_with('+') || field.contains('=')
}

/// One line of a list: `None` for a comment or blank line.
fn parse_line(line: &str) -> Option<Entry<'_>> {
    let line = line.split_once('#').map_or(line, |(before, _)| before);
    let (before, forms) = line.split_once(':').unwrap_or((line, ""));
    // the head runs up to the first attribute field
    let mut attrs_at = before.len();
    let mut at = 0;
    for field in before.split_inclusive(char::is_whitespace) {
        if is_attribute(field.trim()) {
            attrs_at = at;
            break;
        }
        at += field.len();
    }
    let head = before[..attrs_at].trim();
    (!head.is_empty()).then_some(Entry { head, attrs: &before[attrs_at..], forms })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_attributes_and_forms() {
        let text = "# a comment\n\nwalk +core +double   # trailing comment\nrun fast mood=calm: runs ran\n";
        let v: Vec<Entry> = entries(text).collect();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].head, "walk");
        assert!(v[0].has("core") && v[0].has("double") && !v[0].has("walk"));
        assert_eq!(v[0].marks().collect::<Vec<_>>(), ["core", "double"]);
        assert_eq!(v[0].forms().count(), 0);
        assert_eq!(v[1].head, "run fast");
        assert_eq!(v[1].value("mood"), Some("calm"));
        assert_eq!(v[1].value("core"), None);
        assert_eq!(v[1].forms().collect::<Vec<_>>(), ["runs", "ran"]);
    }

    #[test]
    fn a_word_alone_is_an_entry() {
        let v: Vec<Entry> = entries("qu’\nl’\n").collect();
        assert_eq!(v.iter().map(|e| e.head).collect::<Vec<_>>(), ["qu’", "l’"]);
        assert!(v.iter().all(|e| !e.has("core") && e.forms().count() == 0));
    }
}
