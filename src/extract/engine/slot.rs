//! Rule "a verb in the attribution slot after a quotation": right after a quotation (and its
//! comma), a verb with a subject that ends the sentence attributes the quotation, whether the verb
//! is a listed cue or not: „…“, wetterte der CSU-Chef. / « … », tacle la ministre. / « … »,
//! a-t-il martelé. / « … », s'agace X. / “…,” Ada Lind quipped. Journalists vary these verbs
//! endlessly; the slot, not the word, marks them.

use super::parsed::Parsed;
use super::{Engine, Speaker};
use crate::extract::lexicon::{Lang, PronounKind, flag};

/// Classes of words that are never the verb of the slot.
const NOT_A_VERB: u64 = flag::FUNC
    | flag::DET
    | flag::PREP
    | flag::CONJ
    | flag::COMPL
    | flag::SUBORDINATOR
    | flag::RELATIVE
    | flag::NEG
    | flag::INDEF
    | flag::TIME
    | flag::QUOTE_SOURCE;

/// Forms of the copula (lowercase, sorted; English and German): never the slot's verb („aus dem
/// Programm „…“ sei das Projekt kaum zu stemmen“ says what the project is, not who spoke).
const COPULAS: [&str; 14] =
    ["are", "is", "ist", "sei", "seien", "sein", "sind", "war", "waren", "was", "were", "wäre", "wären", "être"];

impl<'a> Engine<'a> {
    /// The speaker and verb of the attribution slot after the quotation at token `k` of the
    /// sentence ending at `e`, if the slot holds one.
    pub(super) fn attribution_slot(&mut self, p: &Parsed<'a>, k: usize, e: usize) -> Option<(Speaker, String)> {
        let v = if p.punct(k + 1, ',') { k + 2 } else { k + 1 };
        if v >= e {
            return None;
        }
        if self.lang == Lang::Fr {
            return self.french_slot(p, v, e);
        }
        if self.is_slot_verb(p, v) {
            // the verb, then its subject: „…“, wetterte der CSU-Chef / “…,” quipped Ada Lind
            if self.lang == Lang::En && !p.toks[v].lower.ends_with("ed") {
                return None;
            }
            // (a German reflexive verb: „…“, empörte sich die Ministerin)
            let reflexive = self.lang == Lang::De && p.toks.get(v + 1).is_some_and(|t| t.lower == "sich");
            let a = if reflexive { v + 2 } else { v + 1 };
            // (adverbs, times and an addressee before the subject: „…“, hielt ihm Moser vor)
            let a = if self.lang == Lang::De { self.inserts_end(p, a, e) } else { a };
            return self.slot_subject(p, a, e).map(|sp| (sp, p.word(v).to_owned()));
        }
        // English: “…,” Ada Lind quipped / “…,” she joked
        if self.lang == Lang::En {
            let (a, b) = self.np_after(p, v, e)?;
            let named = p.toks[a].cap || PronounKind::of(p.toks[a].flags).is_some();
            let verb = b < e && self.is_slot_verb(p, b) && p.toks[b].lower.ends_with("ed");
            if named && verb && self.ends_attribution(p, b + 1, e) {
                let sp = self.resolve(p, a, b, true)?;
                return Some((sp, p.word(b).to_owned()));
            }
        }
        None
    }

    /// The French slot from token `v`: « … », a-t-il martelé (tokens “a”, “il”, “martelé”); « … »,
    /// lui a répondu la ministre; « … », s'agace la maire; « … », tacle X.
    fn french_slot(&mut self, p: &Parsed<'a>, mut v: usize, e: usize) -> Option<(Speaker, String)> {
        if let Some(found) = self.french_reading(p, v, e) {
            return Some(found);
        }
        // an object pronoun before the verb (“lui a répondu”, “leur a lancé”)
        if v + 1 < e && super::insert::is_fr_object_clitic(p.toks[v].lower) {
            v += 1;
        }
        let pronoun_at = |j: usize| p.toks.get(j).is_some_and(|t| t.is_word() && PronounKind::of(t.flags).is_some());
        if matches!(p.toks[v].lower, "a" | "ont") {
            if pronoun_at(v + 1) && v + 2 < e && self.is_slot_verb(p, v + 2) && self.ends_attribution(p, v + 3, e) {
                let sp = self.resolve(p, v + 1, v + 2, true)?;
                return Some((sp, p.word(v + 2).to_owned()));
            }
            // the participle, maybe a noun of a verbal phrase (“a fait écho”), then the subject
            let part = v + 1;
            if !(part < e && self.is_slot_verb(p, part)) {
                return None;
            }
            let from = if let Some(n) = self.addressee_end(p, part + 1, e) {
                n
            } else if p.toks.get(part + 1).is_some_and(|t| t.is_word() && !t.cap && t.flags & NOT_A_VERB == 0) {
                part + 2
            } else {
                part + 1
            };
            return self.slot_subject(p, from, e).map(|sp| (sp, p.word(part).to_owned()));
        }
        // reflexive: « … », s'agace la maire
        if matches!(p.toks[v].lower, "s'" | "s’" | "se") {
            v += 1;
        }
        if !self.is_slot_verb(p, v) {
            return None;
        }
        let from = self.addressee_end(p, v + 1, e).unwrap_or(v + 1);
        self.slot_subject(p, from, e).map(|sp| (sp, p.word(v).to_owned()))
    }

    /// Rule "French impersonal reading": “« … », peut-on lire dans un communiqué de l'état-major”,
    /// “lit-on dans le rapport du ministère”: the owner of the document after “dans” / “sur”
    /// speaks (the phrase after “de”, “du”, “des”).
    fn french_reading(&mut self, p: &Parsed<'a>, v: usize, e: usize) -> Option<(Speaker, String)> {
        let mut k = v;
        if !matches!(p.toks[k].lower, "peut-on" | "lit-on") {
            return None;
        }
        if p.toks.get(k + 1).is_some_and(|t| t.lower == "lire") {
            k += 1;
        }
        if !p.toks.get(k + 1).is_some_and(|t| matches!(t.lower, "dans" | "sur")) {
            return None;
        }
        let (a, b) = self.np_after(p, k + 2, e)?;
        let owner = (a + 1..b).find(|&j| p.toks[j].has(flag::PARTICLE_OF) && j + 1 < b)?;
        let sp = self.resolve(p, owner + 1, b, false)?;
        Some((sp, p.word(v).to_owned()))
    }

    /// The subject phrase at token `a` that ends the attribution: a name, a pronoun or a phrase
    /// with an article, not the impersonal “es” / “il” of “heißt es”, “il faut”.
    fn slot_subject(&mut self, p: &Parsed<'a>, a: usize, e: usize) -> Option<Speaker> {
        let (a, b) = self.np_after(p, a, e)?;
        let first = &p.toks[a];
        let impersonal = b == a + 1 && matches!(first.lower, "es" | "it");
        let subject = first.cap || first.has(flag::DET) || PronounKind::of(first.flags).is_some();
        if !subject || impersonal {
            return None;
        }
        if self.ends_attribution(p, b, e) {
            return self.resolve(p, a, b, true);
        }
        // a description and the name in an apposition: “« … », a réagi le chef de la diplomatie
        // française, Jean-Noël Barrot, après une frappe”
        let (na, nb) = self.np_after(p, b + 1, e).filter(|_| p.punct(b, ','))?;
        let named = p.toks[na].cap && (nb >= e || p.punct(nb, ',') || p.punct(nb, '.'));
        let tail = if p.punct(nb, ',') { nb + 1 } else { nb };
        (named && self.ends_attribution(p, tail, e)).then(|| self.resolve(p, na, nb, false)).flatten()
    }

    /// Whether token `v` may be the slot's verb: a lowercase word of no closed class.
    fn is_slot_verb(&self, p: &Parsed<'a>, v: usize) -> bool {
        let t = &p.toks[v];
        t.is_word()
            && !t.cap
            && t.flags & NOT_A_VERB == 0
            && PronounKind::of(t.flags).is_none()
            && t.lower.chars().all(char::is_alphabetic)
            && t.lower.chars().count() >= 3
            && COPULAS.binary_search(&t.lower).is_err()
    }

    /// Whether the attribution ends at token `b`: the sentence ends, or only a short tail of
    /// circumstances follows (an addressee, a time, a place) up to its end.
    fn ends_attribution(&self, p: &Parsed<'a>, b: usize, e: usize) -> bool {
        self.circumstance_tail(p, b, e, 8)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::Quote;

    /// Whether `text` gives a quote of `speaker`.
    fn quote_of(text: &str, speaker: &str) -> bool {
        run(text).iter().any(|(k, s, _)| *k == Quote && s == speaker)
    }

    #[test]
    fn a_copula_after_a_quoted_name_is_no_attribution() {
        let v = run("Bad\nDas Bad.\n\nWolf rechnete vor, dass die Sanierung teuer werde. Ohne Geld aus dem \
                     Programm „Bäder 2030“ sei das Vorhaben kaum zu stemmen.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Vorhaben"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Wolf" && t.starts_with("Ohne Geld")), "{v:?}");
    }

    #[test]
    fn copulas_are_sorted() {
        assert!(super::COPULAS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_german_verb_after_the_quotation() {
        assert!(quote_of(
            "Hafen\nDer Pier bleibt zu.\n\n„Das ist ein Skandal“, wetterte Hafenchefin Ina Berg.\n",
            "Ina Berg"
        ));
        assert!(quote_of(
            "Hafen\nHafenchefin Ina Berg kam spät.\n\n„Das ist ein Skandal“, polterte sie am Montag in Kiel.\n",
            "Ina Berg"
        ));
        assert!(quote_of(
            "Hafen\nHafenchefin Ina Berg kam spät.\n\n„Das ist ein Skandal“, empörte sich die Hafenchefin.\n",
            "Ina Berg"
        ));
        // an impersonal subject names no source
        assert!(
            !run("Hafen\nDer Pier bleibt zu.\n\n„Das ist ein Skandal“, heißt es darin.\n")
                .iter()
                .any(|(_, s, _)| !s.is_empty())
        );
        // a noun after the quotation is no verb
        assert!(!quote_of("Hafen\nDer Pier bleibt zu.\n\n„Das ist ein Skandal“, Ina Berg.\n", "Ina Berg"));
    }

    #[test]
    fn french_verbs_after_the_quotation() {
        let intro = "Port\nLa maire Ina Berg a visité le port de la ville.\n\n";
        assert!(quote_of(&format!("{intro}« C'est un scandale », tacle Ina Berg.\n"), "Ina Berg"));
        assert!(quote_of(&format!("{intro}« C'est un scandale », a-t-elle martelé.\n"), "Ina Berg"));
        assert!(quote_of(&format!("{intro}« C'est un scandale », s'agace la maire.\n"), "Ina Berg"));
        assert!(quote_of(&format!("{intro}« C'est un scandale », lui a répondu Ina Berg.\n"), "Ina Berg"));
        assert!(quote_of(&format!("{intro}« C'est un scandale », lui a fait écho Ina Berg.\n"), "Ina Berg"));
    }

    #[test]
    fn an_english_verb_after_the_quotation() {
        let intro = "Port\nMayor Ina Berg visited the pier on Monday.\n\n";
        assert!(quote_of(&format!("{intro}“The fees are far too high,” Ina Berg quipped.\n"), "Ina Berg"));
        assert!(quote_of(&format!("{intro}“The fees are far too high,” fumed Ina Berg.\n"), "Ina Berg"));
        // a clause after the quotation is no attribution
        assert!(!quote_of(
            &format!("{intro}“The fees are far too high,” Berg and the council agreed that night.\n"),
            "Ina Berg"
        ));
    }

    #[test]
    fn a_description_and_its_named_apposition_in_the_slot() {
        let text = "Guerre\nLa guerre continue. « C'est un crime de guerre », a réagi le chef de la diplomatie française, \
                    Jean-Noël Barrot, après une frappe sur Odessa.\n";
        assert!(quote_of(text, "Jean-Noël Barrot"), "{:?}", run(text));
    }

    #[test]
    fn french_impersonal_reading_names_the_document_s_owner() {
        let text = "Guerre\nLa guerre continue. « La situation sur le front reste difficile », peut-on lire dans un \
                    communiqué de l’état-major ukrainien.\n";
        assert!(quote_of(text, "état-major ukrainien"), "{:?}", run(text));
    }
}
