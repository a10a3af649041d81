//! Rule "an organisation's abbreviation is the full name the document gives": when the text
//! writes both “the Harbour Workers Union” and “the HWU”, or « le Parti socialiste » and « le
//! PS », a speaker given by the abbreviation is the organisation under its full name, so that
//! one actor does not stand in the table under two names. The full name is the one written
//! before “(ABBR)”, else the first run of capitalised words (lowercase ones too after an
//! organisation word) whose initials spell the abbreviation (words without a letter of it —
//! “of”, « de », „für“ — may stand between).

use super::Engine;
use super::parsed::Parsed;
use crate::extract::lexicon::{flag, flags_of};
use crate::extract::names::is_acronym;
use std::rc::Rc;

/// Words that may stand inside a full name without giving a letter of its abbreviation
/// (lowercase, sorted).
const UNLETTERED: [&str; 11] = ["and", "de", "del", "der", "des", "du", "et", "for", "für", "of", "und"];

/// Whether `name` is an abbreviation to expand: two to six letters, all capitals.
fn is_abbreviation(name: &str) -> bool {
    (2..=6).contains(&name.chars().count()) && is_acronym(name)
}

/// Whether `w` is one of [`UNLETTERED`], in any case of its first letter.
fn is_linking(w: &str) -> bool {
    w.len() <= 4 && UNLETTERED.iter().any(|u| u.eq_ignore_ascii_case(w))
}

/// The lowercase initial of a word.
fn initial(w: &str) -> Option<char> {
    w.chars().next().and_then(|c| c.to_lowercase().next())
}

/// Whether the initials of `words` spell `letters` (lowercase) in order, each word giving one,
/// except that a word of [`UNLETTERED`] inside the name may give none („Alternative für
/// Deutschland“ for `AfD`, “Union of Harbour Workers” for UHW).
///
/// A compound word may give a letter for each of its parts: „Deutscher Wetterdienst“ for DWD,
/// „Europäische Zentralbank“ for EZB (see [`gives_part_letters`]).
/// A name that spells it word by word is preferred: “Federal Election Commission” for FEC, not
/// “Federal Election”.
fn spells(words: &[&str], letters: &[char]) -> bool {
    spells_by(words, letters, 0) || spells_by(words, letters, 2)
}

/// [`spells`] with up to `parts` more letters from each compound word.
fn spells_by(words: &[&str], letters: &[char], parts: usize) -> bool {
    match (words.split_first(), letters.split_first()) {
        (None, None) => true,
        (Some((w, rest)), Some((l, more))) => {
            let by =
                |k: usize| k <= more.len() && gives_part_letters(w, &more[..k]) && spells_by(rest, &more[k..], parts);
            initial(w) == Some(*l) && (0..=parts).any(by)
                || is_linking(w) && !rest.is_empty() && spells_by(rest, letters, parts)
        }
        _ => false,
    }
}

/// Whether the compound word `w` (eight letters or more) gives the `letters` (lowercase) after
/// its initial, in order, each opening a later part of three letters or more („Wetterdienst“:
/// „dienst“ gives D). No letters: always.
fn gives_part_letters(w: &str, letters: &[char]) -> bool {
    if letters.is_empty() {
        return true;
    }
    let chars: Vec<char> = w.chars().flat_map(char::to_lowercase).collect();
    if chars.len() < 8 {
        return false;
    }
    let mut at = 0;
    for l in letters {
        // (each part three letters at least, the last one too)
        let Some(j) = (at + 3..chars.len().saturating_sub(2)).find(|&j| chars[j] == *l) else { return false };
        at = j;
    }
    true
}

/// Whether `abbreviation` (two capitals or more, any case otherwise: “HWU”, „`AfD`“) spells
/// the initials of the whole of `name` (“Harbor Workers Union”, „Alternative für Deutschland“).
pub(super) fn abbreviates(abbreviation: &str, name: &str) -> bool {
    let letters: Vec<char> = abbreviation.chars().flat_map(char::to_lowercase).collect();
    abbreviation.chars().filter(|c| c.is_uppercase()).count() >= 2
        && abbreviation.chars().all(char::is_alphabetic)
        && spells(&name.split_whitespace().collect::<Vec<_>>(), &letters)
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

/// Whether the run `words` may be the full name of an abbreviation: two words or more, the
/// first capitalised and no acronym or function word, the last no linking word, and every
/// word capitalised but linking words — or, after an organisation word, lowercase ones too
/// (« Parti socialiste »).
fn full_name_run(words: &[&str]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    if words.len() < 2 || is_linking(last) || !capital(first) || is_acronym(first) {
        return false;
    }
    let first_flags = flags_of(&first.to_lowercase());
    first_flags & flag::FUNC == 0 && (first_flags & flag::ORG != 0 || words.iter().all(|w| capital(w) || is_linking(w)))
}

/// Whether a character may stand inside a stretch of a full name's words (no punctuation but
/// hyphens and apostrophes).
fn in_stretch(c: char) -> bool {
    c.is_alphanumeric() || c.is_whitespace() || c == '-' || c == '’' || c == '\''
}

/// The full name in `text` whose initials spell `abbreviation`: the words written right before
/// “(ABBR)” when the text has that, else the first run of words that may be a full name
/// ([`full_name_run`]) within a stretch without punctuation. Only the words starting with the
/// abbreviation's first letter are looked at, so that the search stays cheap.
fn expansion(text: &str, abbreviation: &str) -> Option<String> {
    let letters: Vec<char> = abbreviation.chars().flat_map(char::to_lowercase).collect();
    let clean = |name: &str| {
        let name = name.trim_end_matches(['’', '\'']);
        name.strip_suffix("’s").or_else(|| name.strip_suffix("'s")).unwrap_or(name).to_owned()
    };
    // (the name introduced with its abbreviation: “the Harbour Workers Union (HWU)”)
    if let Some(at) = text.find(&format!("({abbreviation})")) {
        let before: Vec<&str> = text[..at].split_whitespace().rev().take(2 * letters.len()).collect();
        let found = [0, 2].into_iter().find_map(|parts| {
            (2..=before.len()).find_map(|n| {
                let run: Vec<&str> = before[..n].iter().rev().copied().collect();
                (full_name_run(&run) && spells_by(&run, &letters, parts)).then(|| (run.join(" "), before.get(n)))
            })
        });
        if let Some((name, article)) = found {
            // (a German name in its strong form: „Der Deutsche Wetterdienst (DWD)“ is the
            // „Deutscher Wetterdienst“, org_adjective.rs)
            let article = article.map(|a| a.to_lowercase()).unwrap_or_default();
            return Some(super::org_adjective::de_strong_name(&article, &name).unwrap_or_else(|| clean(&name)));
        }
    }
    let first = abbreviation.chars().next()?.to_uppercase().next()?;
    [0, 2].into_iter().find_map(|parts| run_spelling(text, first, &letters, parts).map(|name| clean(&name)))
}

/// The first run of words in `text`, starting with the capital `first`, that may be a full name
/// and spells `letters` with up to `parts` letters of a compound word ([`spells_by`]).
fn run_spelling(text: &str, first: char, letters: &[char], parts: usize) -> Option<String> {
    for (at, _) in text.match_indices(first) {
        let word_start = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        if !word_start {
            continue;
        }
        let stretch = text[at..].split(|c: char| !in_stretch(c)).next().unwrap_or("");
        let words: Vec<&str> = stretch.split_whitespace().take(2 * letters.len()).collect();
        let found = (2..=words.len()).find(|&j| spells_by(&words[..j], letters, parts) && full_name_run(&words[..j]));
        if let Some(j) = found {
            return Some(words[..j].join(" "));
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

    fn expand(text: &str, abbreviation: &str) -> Option<String> {
        super::expansion(text, abbreviation)
    }

    #[test]
    fn an_organisation_s_abbreviation_is_the_full_name_the_document_gives() {
        assert_eq!(expand("Le Parti socialiste a condamné l'agression.", "PS").as_deref(), Some("Parti socialiste"));
        assert_eq!(expand("the Union of Harbour Workers met", "UHW").as_deref(), Some("Union of Harbour Workers"));
        assert_eq!(expand("Ports. Harbour Workers", "PHW"), None);
        // regression: lowercase words, the abbreviation itself and function words give no name
        assert_eq!(expand("Even under pressure, the EU urged calm.", "EU"), None);
        assert_eq!(
            expand("The Harbour Union (HWU) and the Harbour Workers Union met", "HWU").as_deref(),
            Some("Harbour Workers Union")
        );
        // (a word that gives no letter never ends the name; a possessive's ending is dropped)
        assert_eq!(expand("Young Ports for Fairness", "YPF").as_deref(), Some("Young Ports for Fairness"));
        assert_eq!(expand("the Harbour Press’ report", "HP").as_deref(), Some("Harbour Press"));
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
        // (a name ending in a lowercase word: the parenthesis still follows the name)
        let v =
            run("Port\nLe port est fermé.\n\nL'ONG Marins sans escale (MSE) a déclaré que les quais étaient vides.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Marins sans escale" && t == "les quais étaient vides"), "{v:?}");
    }

    #[test]
    fn a_compound_word_gives_a_letter_for_each_part() {
        assert!(super::abbreviates("DWD", "Deutsche Wetterdienst"));
        assert!(super::abbreviates("EZB", "Europäische Zentralbank"));
        assert!(super::abbreviates("DGB", "Deutscher Gewerkschaftsbund"));
        // (a part has three letters at least; a short word gives its initial only)
        assert!(!super::abbreviates("HWU", "Hafen Wut"));
        assert!(!super::abbreviates("DWK", "Deutsche Wetterdienst"));
        // regression: a name spelt word by word wins over a shorter one read as compounds
        assert_eq!(
            expand("according to Harbour Election Commission filings; the HEC said", "HEC").as_deref(),
            Some("Harbour Election Commission")
        );
        assert_eq!(
            expand("Der Deutsche Hafendienst (DHD) warnte vor Sturm.", "DHD").as_deref(),
            Some("Deutscher Hafendienst")
        );
        let v = run(
            "Hafen\nDer Hafen ist zu.\n\nDer Deutsche Hafendienst (DHD) warnt vor Sturm. Die Pegel steigen weiter \
                     an, teilte der DHD mit.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Deutscher Hafendienst" && t == "Die Pegel steigen weiter an"), "{v:?}");
    }

    #[test]
    fn unlettered_words_are_sorted() {
        assert!(super::UNLETTERED.windows(2).all(|w| w[0] < w[1]));
    }
}
