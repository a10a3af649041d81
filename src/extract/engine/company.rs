//! Rule "a company named by its kind stands for the company introduced last": after „Der
//! Autozulieferer Nordwerk will Stellen streichen“, « Le constructeur Volta va fermer … »
//! or “the chipmaker Arvo said …”, a later „teilte das Unternehmen mit“, « a indiqué
//! l'entreprise », “the company said” is that company, not a speaker called “Unternehmen”.
//! A company is introduced by a word of its trade right before its name (the trade word
//! capitalised in German, „Autozulieferer Nordwerk“, „der Konzern Lindquist“).

use super::parsed::Parsed;
use super::{Engine, Speaker};
use crate::extract::lexicon::{Lang, WordSet, first_name_gender, flag, flags_of};

/// Words that name a company by its trade, lowercase, sorted (en, de, fr together). A German
/// word also counts as the end of a compound („Autozulieferer“, „Energieversorger“).
const COMPANY_KINDS: [&str; 48] = [
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
    "laboratoire",
    "lender",
    "lieferdienst",
    "maker",
    "manufacturer",
    "mittelständler",
    "operator",
    "opérateur",
    "plateforme",
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
    /// Notes the company the capitalised run `[a, b)` introduces: when a word of its trade
    /// stands right before its name, the run's own first word in German („Autozulieferer
    /// Nordwerk“), or a lowercase word after an article (“the carmaker Volta”, « le
    /// constructeur Volta », also with its French complement: « la plateforme de covoiturage
    /// Rouléo »), the name being the run after the trade word; or when the run is a company's
    /// name by its form: ending in a word of trade or legal form (“Harrowgate Terminal
    /// Holdings”, „Varnholt Automobile AG“) or opening with a trade word outside German
    /// (« les Laboratoires Morvan »).
    pub(super) fn note_company(&mut self, p: &Parsed<'a>, a: usize, b: usize) {
        // (a run may open with the sentence's article: „Der Autozulieferer Nordwerk …“)
        let a = if p.toks[a].has(flag::DET) { a + 1 } else { a };
        if a >= b {
            return;
        }
        let Some(from) = self.company_name_start(p, a, b) else { return };
        // (not before a person's role or first name)
        if (from..b).any(|k| p.toks[k].flags & (flag::ROLE | flag::MALE | flag::FEMALE) != 0) {
            return;
        }
        let name = p.s[p.toks[from].start..p.toks[b - 1].end].trim();
        self.companies.push((p.base + p.toks[from].start, name.to_owned()));
    }

    /// Where the company's name in the capitalised run `[a, b)` starts, when the run names a
    /// company ([`Self::note_company`]); None when it does not, or when its trade word follows
    /// an indefinite article („ein Zulieferer wie Bosch“ introduces no company the text goes on
    /// with).
    fn company_name_start(&self, p: &Parsed<'a>, a: usize, b: usize) -> Option<usize> {
        let word = |k: usize| p.toks[k].is_word() && is_company_kind(p.toks[k].lower, self.lang);
        let lower_word = |k: usize| p.toks[k].is_word() && !p.toks[k].cap;
        let (from, kind_at) = if self.lang == Lang::De && b > a + 1 && p.toks[a].cap && word(a) {
            (a + 1, a)
        } else if a >= 1 && lower_word(a - 1) && word(a - 1) {
            (a, a - 1)
        } else if let Some(k) = (self.lang == Lang::Fr).then(|| fr_kind_with_complement(p, a, &word)).flatten() {
            (a, k)
        } else {
            let last = &p.s[p.toks[b - 1].start..p.toks[b - 1].end];
            let name = &p.s[p.toks[a].start..p.toks[b - 1].end];
            let plural_kind = |w: &str| {
                let stem = w.strip_suffix('s').or_else(|| w.strip_suffix('x')).unwrap_or(w);
                is_company_kind(stem, self.lang)
            };
            // (the proper name a word of no class the text never writes in lowercase: not „Zwei
            // Werke“, “Both Airlines”)
            let proper = |k: usize| {
                p.toks[k].is_word() && p.toks[k].flags == 0 && !self.lowercase_words.contains(p.toks[k].lower)
            };
            let kind_opening =
                self.lang == Lang::Fr && b >= a + 2 && p.toks[a].cap && plural_kind(p.toks[a].lower) && proper(a + 1);
            let by_form =
                proper(a) && crate::extract::names::is_company_name(name, last, name.split_whitespace().count());
            return (kind_opening || by_form).then_some(a);
        };
        let indefinite = kind_at > 0 && p.toks[kind_at - 1].is_word() && p.toks[kind_at - 1].has(flag::INDEF);
        (!indefinite).then_some(from)
    }

    /// Rule "a company named by its kind": the company introduced last before byte `pos`, for a
    /// firm noun („das Unternehmen“, « l'entreprise », “the company”: the caller,
    /// spokesperson.rs, has read it).
    pub(super) fn company_before(&self, pos: usize) -> Option<Speaker> {
        let (_, name) = self.companies.iter().rev().find(|(at, _)| *at < pos)?;
        // (only while the company is in view: named again, or introduced, within two windows
        // before the noun, six when it is the only company the text has introduced; a company
        // of an earlier part of a long article is no longer meant)
        let last_named = self.text.get(..pos).and_then(|before| before.rfind(name.as_str()))?;
        let only = self.companies.iter().take_while(|(at, _)| *at < pos).all(|(_, n)| n == name);
        let window = if only { 6 * super::NEAR } else { 2 * super::NEAR };
        if pos - last_named > window {
            return None;
        }
        // (nor once another speaker that may be a company spoke after it: “Arvo … Bloomberg
        // said … the company says” is no longer Arvo; a union, a ministry, a person or a
        // description is no such speaker, nor a name a “he” or “she” stood for)
        let other = self.out.iter().rev().take_while(|st| st.start > last_named);
        let company = |st: &&super::RawStatement| {
            may_be_company(&st.speaker) && !self.pronoun_persons.contains(st.speaker.as_str())
        };
        if other.into_iter().any(|st| st.role.is_empty() && *st.speaker != **name && company(&st)) {
            return None;
        }
        Some(Speaker::org_by_anaphor(name))
    }
}

/// Rule "a French company's trade with its complement": in « le fabricant de meubles Ikor »,
/// « la plateforme de prise de rendez-vous médicaux Médirdv » the trade word (`word`) opens a
/// complement of « de » and up to five lowercase words right before the name at `a`: where the
/// trade word stands.
fn fr_kind_with_complement(p: &Parsed<'_>, a: usize, word: &dyn Fn(usize) -> bool) -> Option<usize> {
    let lower = |k: usize| p.toks[k].is_word() && !p.toks[k].cap;
    let mut k = a;
    while k > 0 && a - k < 7 && lower(k - 1) {
        k -= 1;
        let de = p.toks.get(k + 1).is_some_and(|t| matches!(t.lower, "de" | "d’" | "d'" | "des" | "du"));
        if word(k) && de && k + 2 < a {
            return Some(k);
        }
    }
    None
}

/// Whether a speaker without a role may be a company a firm noun stands for: a capitalised
/// name with no organisation word but a company's trade or legal form (“Bloomberg”, “Arvo
/// Foods”; not “Port Workers' Union”, “Regional Conciliation Service”), no person's first
/// name (“Gerald Van Houten”) and no courtesy title (“Me Ada Roux”).
fn may_be_company(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else { return false };
    let last = words.last().copied().unwrap_or(first);
    if crate::extract::names::is_company_name(name, last, words.len()) {
        return true;
    }
    // (nor a person after a courtesy title, or with a first name past the first word: “Me
    // Anne-Sophie Roux”)
    first.starts_with(char::is_uppercase)
        && !crate::extract::names::is_courtesy_title(first)
        && words.iter().all(|w| first_name_gender(w) == 0)
        && words.iter().all(|w| flags_of(w) & flag::ORG == 0)
        && rest.iter().all(|w| w.starts_with(char::is_uppercase) || flags_of(w) & flag::NAME_PARTICLE != 0)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_person_with_a_title_or_a_first_name_may_be_no_company() {
        assert!(super::may_be_company("Bloomberg"));
        assert!(!super::may_be_company("Me Anne-Sophie Roux"));
        assert!(!super::may_be_company("Gerald Van Houten"));
        assert!(!super::may_be_company("Dr. Ada Roux"));
        // (the title alone)
        assert!(!super::may_be_company("Mme Roux"));
    }

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
        // (a French trade word with its complement: « la plateforme de covoiturage Rouléo »)
        let v = run("Port\nLe fabricant de pneus Tarvo a perdu un procès. Deux dépôts fermeront, a indiqué \
                     l'entreprise.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Tarvo" && t == "Deux dépôts fermeront"), "{v:?}");
        // (a longer complement: « la plateforme de location de vélos électriques Rouléo »)
        let v = run("Port\nLa plateforme de location de vélos électriques Rouléo a perdu un procès. La société, qui \
                     emploie 80 personnes, a fait savoir que deux dépôts fermeront.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Rouléo" && t == "deux dépôts fermeront"), "{v:?}");
        // (and with no company introduced the noun stays)
        let v = run("Hafen\nDer Pier ist zu. Zwei Werke seien betroffen, teilte das Unternehmen mit.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Unternehmen"), "{v:?}");
    }

    #[test]
    fn a_company_is_introduced_by_the_form_of_its_name() {
        // (a legal form or trade at its end: the whole name)
        let v = run("Port\nBrenmoor Freight Holdings rejected the offer. Dockers were angry. In a statement, the \
                     company said the pay rise was final.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Brenmoor Freight Holdings" && t == "the pay rise was final"), "{v:?}");
        // (a French name opening with its trade, in the plural)
        let v = run("Port\nLes Laboratoires Keradec rappellent un sirop. Le laboratoire assure que le défaut est \
                     corrigé.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Laboratoires Keradec" && t == "le défaut est corrigé"), "{v:?}");
        // (a utility named by its trade: water, power, gas, rail; in the next paragraph too)
        let v = run("Bills\nBrackmere Water has defended a rise in bills.\n\nThe company said the rise \
                     would pay for new mains.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Brackmere Water" && t == "the rise would pay for new mains"), "{v:?}");
        assert!(crate::extract::names::is_company_name("Tarlow Power", "Power", 2));
        assert!(!crate::extract::names::is_company_name("Water", "Water", 1));
    }

    #[test]
    fn the_only_company_stays_in_view_past_other_speakers_of_no_company() {
        // (a union or a person speaking in between is no other company, and the only company
        // the text introduced is meant however far back)
        let filler = "The strike entered its ninth day and ships waited at anchor off the coast. ".repeat(20);
        let v = run(&format!(
            "Port\nThe energy supplier Volterra Power said prices would rise. {filler}The union said the rise \
             was unjustified. Gerald Ambrose said the port would suffer. The company said it would cut jobs.\n"
        ));
        assert!(v.iter().any(|(_, s, t)| s == "Volterra Power" && t == "it would cut jobs"), "{v:?}");
        assert!(!super::may_be_company("Port Workers' Union") && !super::may_be_company("Gerald Ambrose"));
        assert!(super::may_be_company("Bloomberg") && super::may_be_company("Arvo Foods"));
    }

    #[test]
    fn a_name_a_he_or_she_stood_for_is_no_other_company() {
        // (a first name no list holds: the pronoun shows a person, who speaks for no company)
        let v = run("Port\nKelmoor Freight Holdings rejected the offer. Its mediator, Brannagh Quell-Arden, \
                     was candid. Asked about a deal, she told reporters it was not close. The company said it \
                     would write to staff.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Kelmoor Freight Holdings" && t == "it would write to staff"), "{v:?}");
        // (without the pronoun the name may be a company's, and the noun stays)
        let v = run("Port\nKelmoor Freight Holdings rejected the offer. Brannagh Quell-Arden said a deal was not \
                     close. The company said it would write to staff.\n");
        // (the statement is there, its speaker not the company)
        let row = v.iter().find(|(_, _, t)| t == "it would write to staff");
        assert!(row.is_some_and(|(_, s, _)| s != "Kelmoor Freight Holdings"), "{v:?}");
    }
}
