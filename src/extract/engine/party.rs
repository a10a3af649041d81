//! Rule "a party by its kind stands for the party named last": after „Die SPD hat eine Zeitung
//! verteilt“, « Le Rassemblement national a publié un tract » or “The Liberal Democrats
//! published a leaflet”, a later „Die Partei schreibt, …“, « le parti affirme que … » or “the
//! party said …” is that party, not a speaker called “Partei”. A party is recognised by its name
//! ([`PARTIES`]): the kind word alone says nothing about which party is meant.

use super::parsed::Parsed;
use super::{Engine, Speaker};
use crate::extract::names::SplitName;

/// Names of political parties, lowercase, their words separated by one space, sorted (en, de,
/// fr together). A name matches capitalised words of the text (its first word capitalised).
const PARTIES: [&str; 60] = [
    "afd",
    "anc",
    "bjp",
    "bsw",
    "bündnis sahra wagenknecht",
    "cdu",
    "conservative party",
    "conservatives",
    "csu",
    "democratic party",
    "democrats",
    "dup",
    "eelv",
    "fdp",
    "fpö",
    "france insoumise",
    "freie wähler",
    "gop",
    "green party",
    "greens",
    "grüne",
    "grünen",
    "horizons",
    "la france insoumise",
    "labour",
    "labour party",
    "ldp",
    "les républicains",
    "les écologistes",
    "lfi",
    "lib dems",
    "liberal democrats",
    "linke",
    "linkspartei",
    "lr",
    "modem",
    "neos",
    "nfp",
    "nouveau front populaire",
    "npd",
    "nupes",
    "parti socialiste",
    "pcf",
    "plaid cymru",
    "ps",
    "rassemblement national",
    "reconquête",
    "reform uk",
    "renaissance",
    "republican party",
    "republicans",
    "rn",
    "sinn fein",
    "sinn féin",
    "snp",
    "spd",
    "spö",
    "tories",
    "udi",
    "övp",
];

/// The bit of a word by its length and first byte, for [`PARTY_FIRST_WORDS`].
const fn word_bit(len: usize, first: u8) -> u64 {
    1 << ((len * 31 + first as usize) % 64)
}

/// The bits ([`word_bit`]) of the first words of [`PARTIES`]: a word whose bit is not set opens
/// no party's name, found without comparing strings.
const PARTY_FIRST_WORDS: u64 = {
    let mut bits = 0u64;
    let mut i = 0;
    while i < PARTIES.len() {
        let b = PARTIES[i].as_bytes();
        let mut n = 0;
        while n < b.len() && b[n] != b' ' {
            n += 1;
        }
        bits |= word_bit(n, b[0]);
        i += 1;
    }
    bits
};

/// Whether the lowercase word `w` may open a name of [`PARTIES`] (by [`PARTY_FIRST_WORDS`]).
fn may_open_party(w: &str) -> bool {
    w.as_bytes().first().is_some_and(|&f| PARTY_FIRST_WORDS & word_bit(w.len(), f) != 0)
}

/// Words that name a party by its kind, lowercase, sorted.
const PARTY_KINDS: [&str; 3] = ["partei", "parti", "party"];

impl<'a> Engine<'a> {
    /// Notes the parties the capitalised run `[a, b)` names: a name of [`PARTIES`] that starts at
    /// one of its words (and may go on after it in lowercase: « Rassemblement national »).
    pub(super) fn note_party(&mut self, p: &Parsed<'a>, a: usize, b: usize) {
        let mut k = a;
        while k < b {
            // (most words open no party's name: a look at the table's first words first)
            let w = p.toks[k].lower;
            if !may_open_party(w) {
                k += 1;
                continue;
            }
            // (the longest name that starts with the word and whose words follow in the text)
            let at = PARTIES.partition_point(|e| *e < w);
            let found = PARTIES[at..]
                .iter()
                .take_while(|e| e.starts_with(w))
                .filter_map(|e| {
                    let fits = e
                        .split(' ')
                        .enumerate()
                        .all(|(m, word)| p.toks.get(k + m).is_some_and(|t| t.is_word() && t.lower == word));
                    fits.then(|| e.split(' ').count())
                })
                .max();
            if let Some(n) = found {
                let name = &p.s[p.toks[k].start..p.toks[k + n - 1].end];
                self.parties.push((p.base + p.toks[k].start, name.to_owned()));
                k += n;
            } else {
                k += 1;
            }
        }
    }

    /// Rule "a party by its kind": the party named last before byte `pos` for a definite party
    /// noun alone (the `noun` of the phrase `sp` at token `a`: „die Partei“, « le parti », “the
    /// party”), while it is in view (named within two windows before the noun).
    pub(super) fn party_anaphor(
        &self,
        p: &Parsed<'a>,
        a: usize,
        (sp, noun): (&SplitName, &str),
        pos: usize,
    ) -> Option<Speaker> {
        let definite = p.toks[a].is_word() && p.toks[a].has(crate::extract::lexicon::flag::DET);
        if sp.indefinite || !definite || !PARTY_KINDS.iter().any(|k| noun.eq_ignore_ascii_case(k)) {
            return None;
        }
        let (at, name) = self.parties.iter().rev().find(|(at, _)| *at < pos)?;
        if pos - at > 2 * super::NEAR {
            return None;
        }
        Some(Speaker::org_by_anaphor(name))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn tables_are_sorted() {
        assert!(super::PARTIES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::PARTY_KINDS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::PARTIES.iter().all(|n| !n.contains("  ") && n.trim() == *n));
    }

    #[test]
    fn a_party_by_its_kind_is_the_party_named_last() {
        let v =
            run("Hafen\nDie SPD hat einen Flyer verteilt. Die Partei schreibt, die Mieten hätten sich verdoppelt.\n");
        assert!(v.iter().any(|(_, s, t)| s == "SPD" && t.starts_with("die Mieten")), "{v:?}");
        let v = run("Port\nLe Rassemblement national a publié un tract. Le parti affirme que le port va fermer.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Rassemblement national" && t == "le port va fermer"), "{v:?}");
        let v = run("Port\nThe Liberal Democrats printed a leaflet. The party said the pier would close.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Liberal Democrats" && t == "the pier would close"), "{v:?}");
        // (no party named: the noun stays)
        let v = run("Port\nThe pier is shut. The party said the pier would close.\n");
        assert!(v.iter().any(|(_, s, _)| s == "party"), "{v:?}");
        // (an indefinite noun is some party, not the one named)
        let v = run("Port\nThe Greens met. A party said the pier would close.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Greens"), "{v:?}");
    }
}
