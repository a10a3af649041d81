//! Rule "a company named by its kind stands for the company introduced last": after „Der
//! Autozulieferer Nordwerk will Stellen streichen“, « Le constructeur Volta va fermer … »
//! or “the chipmaker Arvo said …”, a later „teilte das Unternehmen mit“, « a indiqué
//! l'entreprise », “the company said” is that company, not a speaker called “Unternehmen”.
//! A company is introduced by a word of its trade right before its name (the trade word
//! capitalised in German, „Autozulieferer Nordwerk“, „der Konzern Lindquist“).

use super::parsed::Parsed;
use super::{Engine, Speaker};
use crate::extract::lexicon::{Lang, WordSet, flag};

/// Words that name a company by its trade, lowercase, sorted (en, de, fr together). A German
/// word also counts as the end of a compound („Autozulieferer“, „Energieversorger“).
const COMPANY_KINDS: [&str; 46] = [
    "airline",
    "anbieter",
    "assureur",
    "automaker",
    "bauer",
    "betreiber",
    "carmaker",
    "chipmaker",
    "company",
    "constructeur",
    "discounter",
    "distributeur",
    "drugmaker",
    "enseigne",
    "entreprise",
    "fabricant",
    "firm",
    "firma",
    "group",
    "groupe",
    "handelskette",
    "hersteller",
    "industriel",
    "insurer",
    "konzern",
    "lender",
    "lieferdienst",
    "maker",
    "manufacturer",
    "mittelständler",
    "operator",
    "opérateur",
    "reederei",
    "retailer",
    "sidérurgiste",
    "société",
    "start-up",
    "startup",
    "supplier",
    "unternehmen",
    "utility",
    "versicherer",
    "versorger",
    "zulieferer",
    "énergéticien",
    "équipementier",
];

/// Whether the word `lower` names a company by its trade (German: also a compound ending in
/// one, „Autozulieferer“; only a compound for „bauer“, a surname: „Autobauer“).
pub(super) fn is_company_kind(lower: &str, lang: Lang) -> bool {
    static SET: WordSet = WordSet::new(&COMPANY_KINDS);
    let listed = |w: &str| SET.contains(w) && w != "bauer";
    if listed(lower) {
        return true;
    }
    if lang != Lang::De {
        return false;
    }
    // (a German genitive too: „des Lieferdienstes Flinkbox“, „des Herstellers Volta“)
    let stem = lower.strip_suffix("es").filter(|s| s.ends_with("st")).or_else(|| lower.strip_suffix('s'));
    [Some(lower), stem].into_iter().flatten().any(|w| compound_of(w, &COMPANY_KINDS, 5)) || stem.is_some_and(listed)
}

/// Whether the German word `lower` is a compound ending in one of `heads` of at least
/// `min_head` bytes, with more than two bytes before it („Energiekonzern“, „Autozulieferer“).
pub(super) fn compound_of(lower: &str, heads: &[&str], min_head: usize) -> bool {
    // (the cheap test first: a shorter word is no such compound)
    lower.len() > min_head + 2
        && heads.iter().any(|h| h.len() >= min_head && lower.len() > h.len() + 2 && lower.ends_with(h))
}

impl<'a> Engine<'a> {
    /// Notes the company the capitalised run `[a, b)` introduces, when a word of its trade
    /// stands right before its name: the run's own first word in German („Autozulieferer
    /// Nordwerk“), or a lowercase word after an article (“the carmaker Volta”, « le
    /// constructeur Volta »). The name is the run after the trade word.
    pub(super) fn note_company(&mut self, p: &Parsed<'a>, a: usize, b: usize) {
        let word = |k: usize| p.toks[k].is_word() && is_company_kind(p.toks[k].lower, self.lang);
        // (a run may open with the sentence's article: „Der Autozulieferer Nordwerk …“)
        let a = if p.toks[a].has(flag::DET) { a + 1 } else { a };
        if a >= b {
            return;
        }
        let (from, kind_at) = if self.lang == Lang::De && b > a + 1 && p.toks[a].cap && word(a) {
            (a + 1, a)
        } else if a >= 1 && !p.toks[a - 1].cap && word(a - 1) {
            (a, a - 1)
        } else {
            return;
        };
        // (not before a person's role or first name, nor after an indefinite article: „ein
        // Zulieferer wie Bosch“ introduces no company the text goes on with)
        let person = (from..b).any(|k| p.toks[k].flags & (flag::ROLE | flag::MALE | flag::FEMALE) != 0);
        if person || kind_at > 0 && p.toks[kind_at - 1].is_word() && p.toks[kind_at - 1].has(flag::INDEF) {
            return;
        }
        let name = p.s[p.toks[from].start..p.toks[b - 1].end].trim();
        self.companies.push((p.base + p.toks[from].start, name.to_owned()));
    }

    /// Rule "a company named by its kind": the company introduced last before byte `pos`, for a
    /// firm noun („das Unternehmen“, « l'entreprise », “the company”: the caller,
    /// spokesperson.rs, has read it).
    pub(super) fn company_before(&self, pos: usize) -> Option<Speaker> {
        let (_, name) = self.companies.iter().rev().find(|(at, _)| *at < pos)?;
        // (only while the company is in view: named again, or introduced, within two windows
        // before the noun; a company of an earlier part of a long article is no longer meant)
        let last_named = self.text.get(..pos).and_then(|before| before.rfind(name.as_str()))?;
        if pos - last_named > 2 * super::NEAR {
            return None;
        }
        // (nor once another speaker without a role, an organisation most often, spoke after it:
        // “Arvo … Bloomberg said … the company says” is no longer Arvo)
        let other = self.out.iter().rev().take_while(|st| st.start > last_named);
        if other.into_iter().any(|st| st.role.is_empty() && *st.speaker != **name) {
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
        assert!(super::COMPANY_KINDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_company_named_by_its_kind_is_the_company_introduced_last() {
        let v = run("Hafen\nDer Autozulieferer Nordwerk will Stellen streichen. Betroffen seien zwei Werke, \
                     teilte das Unternehmen am Mittwoch mit.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Nordwerk" && t == "Betroffen seien zwei Werke"), "{v:?}");
        let v = run("Port\nFernvale Power said it would cut power to 9,000 homes. The outages could last two \
                     days, the utility said.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Fernvale Power" && t == "The outages could last two days"), "{v:?}");
        let v = run("Port\nLe constructeur Volta va supprimer 1 200 emplois. Deux usines seraient touchées, a \
                     indiqué l'entreprise.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Volta" && t == "Deux usines seraient touchées"), "{v:?}");
        // (not once another speaker without a role spoke after it)
        let v = run("Port\nForbes cut its estimate for the drugmaker Arvo. Bloomberg said the stake was worth less. \
                     Its policy is unchanged, the company says.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Arvo"), "{v:?}");
        // (a surname is no trade: „Landwirt Bauer“ introduces no company)
        let v = run("Hafen\nLandwirt Bauer ist wütend. Zwei Felder seien betroffen, teilte das Unternehmen mit.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Bauer"), "{v:?}");
        // (and with no company introduced the noun stays)
        let v = run("Hafen\nDer Pier ist zu. Zwei Werke seien betroffen, teilte das Unternehmen mit.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Unternehmen"), "{v:?}");
    }
}
