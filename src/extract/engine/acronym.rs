//! Rule "an organisation's abbreviation is the full name the document gives": when the text
//! writes both “the Harbour Workers Union” and “the HWU”, or « le Parti socialiste » and « le
//! PS », a speaker given by the abbreviation is the organisation under its full name, so that
//! one actor does not stand in the table under two names. The full name is the first run of
//! words in the text whose initials spell the abbreviation (words without a letter of it —
//! “of”, « de », „für“ — may stand between).

use super::Engine;
use super::parsed::Parsed;
use std::rc::Rc;

/// Words that may stand inside a full name without giving a letter of its abbreviation
/// (lowercase, sorted).
const UNLETTERED: [&str; 11] = ["and", "de", "del", "der", "des", "du", "et", "for", "für", "of", "und"];

/// Whether `name` is an abbreviation: two to six capital letters.
pub(super) fn is_abbreviation(name: &str) -> bool {
    (2..=6).contains(&name.chars().count()) && name.chars().all(char::is_uppercase)
}

/// Whether `abbreviation` (two capitals or more, any case otherwise: “HWU”, „`AfD`“) spells
/// the initials of the whole of `name` (“Harbor Workers Union”, „Alternative für Deutschland“).
pub(super) fn abbreviates(abbreviation: &str, name: &str) -> bool {
    abbreviation.chars().filter(|c| c.is_uppercase()).count() >= 2
        && abbreviation.chars().all(char::is_alphabetic)
        && abbreviation
            .chars()
            .flat_map(char::to_lowercase)
            .eq(name.split_whitespace().filter_map(|w| w.chars().next()).flat_map(char::to_lowercase))
}

/// Rule "a name before its own abbreviation spans what the abbreviation spells": in
/// „Alternative für Deutschland (`AfD`)“, “Harbor Workers Union (HWU)” the words before the
/// parenthesis at token `open` (back to `lo`) whose initials spell the abbreviation inside it
/// are one name, lowercase linking words too. Where the name starts.
pub(super) fn abbreviated_name_before(p: &Parsed<'_>, lo: usize, open: usize) -> Option<usize> {
    if !(p.punct(open, '(') && p.punct(open + 2, ')')) {
        return None;
    }
    let abbr = p.toks.get(open + 1).filter(|t| t.is_word()).map(|_| p.word(open + 1))?;
    let n = abbr.chars().count();
    if !(2..=6).contains(&n) || abbr.chars().filter(|c| c.is_uppercase()).count() < 2 {
        return None;
    }
    let words = |a: usize| (a..open).all(|k| p.toks[k].is_word());
    (lo.max(open.saturating_sub(2 * n))..open.saturating_sub(1))
        .rev()
        .find(|&a| p.toks[a].cap && words(a) && abbreviates(abbr, &p.s[p.toks[a].start..p.toks[open - 1].end]))
}

/// The first full name in `text` whose initials spell `abbreviation`: two words or more, the
/// first capitalised, within one stretch of text without punctuation.
fn expansion(text: &str, abbreviation: &str) -> Option<String> {
    let letters: Vec<char> = abbreviation.chars().flat_map(char::to_lowercase).collect();
    let initial = |w: &str| w.chars().next().map(|c| c.to_lowercase().next().unwrap_or(c));
    for stretch in
        text.split(|c: char| !(c.is_alphanumeric() || c.is_whitespace() || c == '-' || c == '’' || c == '\''))
    {
        let words: Vec<&str> = stretch.split_whitespace().collect();
        for i in 0..words.len() {
            if !words[i].starts_with(char::is_uppercase) || initial(words[i]) != Some(letters[0]) {
                continue;
            }
            let (mut j, mut k) = (i, 0);
            while k < letters.len() && j < words.len() {
                if k > 0 && UNLETTERED.binary_search(&words[j].to_lowercase().as_str()).is_ok() {
                    j += 1;
                    continue;
                }
                if initial(words[j]) != Some(letters[k]) {
                    break;
                }
                k += 1;
                j += 1;
            }
            if k == letters.len() && j - i >= 2 {
                let name = words[i..j].join(" ");
                let name = name.trim_end_matches(['’', '\'']);
                return Some(name.strip_suffix("’s").or_else(|| name.strip_suffix("'s")).unwrap_or(name).to_owned());
            }
        }
    }
    None
}

impl Engine<'_> {
    /// The full name the document gives for the abbreviation `name`, if it gives one (looked up
    /// once per document and abbreviation).
    pub(super) fn abbreviation_expansion(&mut self, name: &str) -> Option<Rc<str>> {
        if !is_abbreviation(name) {
            return None;
        }
        if let Some(found) = self.abbreviations.get(name) {
            return found.clone();
        }
        let found: Option<Rc<str>> = expansion(self.text, name).map(Into::into);
        self.abbreviations.insert(name.to_owned(), found.clone());
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn an_organisation_s_abbreviation_is_the_full_name_the_document_gives() {
        assert_eq!(
            super::expansion("Le Parti socialiste a condamné l'agression.", "PS").as_deref(),
            Some("Parti socialiste")
        );
        assert_eq!(
            super::expansion("the Union of Harbour Workers met", "UHW").as_deref(),
            Some("Union of Harbour Workers")
        );
        assert_eq!(super::expansion("Ports. Harbour Workers", "PHW"), None);
        // (a word that gives no letter never ends the name; a possessive's ending is dropped)
        assert_eq!(super::expansion("Young Ports for Fairness", "YPF").as_deref(), Some("Young Ports for Fairness"));
        assert_eq!(super::expansion("the Harbour Press’ report", "HP").as_deref(), Some("Harbour Press"));
        let v = run("Port\nThe Harbour Workers Union called a strike on Monday.\n\n\
                     The HWU said that the fees were unfair.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Harbour Workers Union" && t == "the fees were unfair"), "{v:?}");
    }

    #[test]
    fn a_name_s_own_abbreviation_in_parentheses_is_no_role() {
        assert!(super::abbreviates("HWU", "Harbor Workers Union"));
        assert!(super::abbreviates("AfH", "Alternative für Hafenstädte"));
        assert!(!super::abbreviates("D-Maine", "Ada Lind"));
        let v = super::super::tests::run_roles(
            "Port\nThe pier was shut.\n\nThe Harbor Workers Union (HWU) said that the fee was unfair.\n",
        );
        assert_eq!(v, [("Harbor Workers Union".to_owned(), String::new())]);
        // (and the name spans what its abbreviation spells, linking words too)
        let v = run("Hafen\nDer Hafen ist zu.\n\nDie Allianz für Hafenstädte (AfH) erklärte, die Gebühr sei unfair.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Allianz für Hafenstädte" && t == "die Gebühr sei unfair"), "{v:?}");
    }

    #[test]
    fn unlettered_words_are_sorted() {
        assert!(super::UNLETTERED.windows(2).all(|w| w[0] < w[1]));
    }
}
