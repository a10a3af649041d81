//! Rule "a party-and-state tag after a name": American copy writes a legislator's party and
//! state as a tag between commas after the name, “Sen. Jane Roe, R-Ky., said” or “Rep. Ana Ruiz,
//! D-Calif., told reporters”. The tag is neither the speaker nor a description standing for one:
//! the subject is the name before it.

use super::parsed::Parsed;

/// The letters a party tag starts with: Democrat, Independent, Republican.
const PARTY_LETTERS: [u8; 3] = [b'D', b'I', b'R'];

/// Whether `word` is a party-and-state tag: one party letter, a hyphen and a capitalised state
/// or its abbreviation (“R-Ky”, “D-N.Y”, “I-Vt”, “R-Texas”).
pub(super) fn is_party_tag(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && PARTY_LETTERS.binary_search(&b[0]).is_ok()
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|&c| c.is_ascii_alphabetic() || c == b'.')
}

/// Where the party tag that ends at the comma `comma` starts: the comma `open` before it, when
/// the tokens between are a tag and at most its closing dot (“…, R-Ky., said”).
pub(super) fn party_tag_before(p: &Parsed<'_>, lo: usize, comma: usize) -> Option<usize> {
    let mut k = comma.checked_sub(1)?;
    if p.punct(k, '.') {
        k = k.checked_sub(1)?;
    }
    let tag = p.toks.get(k)?;
    (k > lo && tag.is_word() && is_party_tag(p.word(k)) && p.punct(k - 1, ',')).then_some(k - 1)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use super::*;

    #[test]
    fn party_letters_are_sorted() {
        assert!(PARTY_LETTERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_party_tag_is_a_letter_a_hyphen_and_a_state() {
        for word in ["R-Ky", "D-Calif", "D-N.Y", "I-Vt", "R-Texas"] {
            assert!(is_party_tag(word), "{word}");
        }
        for word in ["Rhode", "X-Ky", "R-ky", "R-", "D-7", "Jean-Luc"] {
            assert!(!is_party_tag(word), "{word}");
        }
    }

    #[test]
    fn a_quote_attributed_to_a_name_with_a_party_tag_is_that_person_s() {
        let v = run(
            "Senate\n“Our view is that the bill will pass,” Senate Majority Leader Tom Harlan, R-Ky., said Tuesday.\n",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "Tom Harlan");
        let v = run("Senate\nRep. Ana Ruiz, D-N.Y., told reporters the vote was a mistake.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ana Ruiz" && t == "the vote was a mistake"), "{v:?}");
    }
}
