//! Rule "a verb with its particle reports a position": “Scholz called for calm”, “Lind warned
//! against a trade war”, “pushed for talks”. The particle, not the verb alone, makes these verbs
//! of stance (“called the plan reckless” labels, “pushed the door” reports nothing); what follows
//! the particle is the position. Two sorted tables: English verb forms that are no cue alone, and
//! the particles that open the object of cue verbs.

use super::Engine;
use super::parsed::Parsed;
use super::state::SentenceState;
use crate::extract::lexicon::{CueKind, CueWord, Lang, en_verb_forms, flag};
use crate::extract::tokens::Token;
use std::sync::OnceLock;

/// English verbs (lemmas, sorted) that report a position only before their particle, with the
/// particle and the lemma of the pair; their forms are the lexicon's ([`en_verb_forms`]).
/// “call on” reports only with a to-infinitive after its object (“called on X to act”).
const EN_PHRASAL: [(&str, &str, &str); 5] = [
    ("call", "for", "call for"),
    ("call", "on", "call on"),
    ("fire", "back", "fire back"),
    ("press", "for", "press for"),
    ("push", "for", "push for"),
];

/// The lemma of French « mettre en garde » (to warn): its particle « en » takes « garde » after it,
/// and what follows is the warning (« a mis en garde le maire sur la « gravité » de … »).
const MISE_EN_GARDE: &str = "mettre en garde";

/// Forms of German and French verbs, and of irregular English ones, that report only before
/// their particle (sorted), with the particle and the lemma of the pair; a reflexive pronoun may
/// stand between (“sprach sich für … aus”, « s'est prononcée contre … »). “Hit back” and “shot
/// back” answer someone: they attribute a quote or a that-clause, like “fired back”.
const LISTED_PHRASAL_FORMS: [(&str, &str, &str); 32] = [
    ("hit", "back", "hit back"),
    ("hits", "back", "hit back"),
    ("hitting", "back", "hit back"),
    ("met", "en", MISE_EN_GARDE),
    ("mettaient", "en", MISE_EN_GARDE),
    ("mettait", "en", MISE_EN_GARDE),
    ("mettant", "en", MISE_EN_GARDE),
    ("mettent", "en", MISE_EN_GARDE),
    ("mettra", "en", MISE_EN_GARDE),
    ("mettre", "en", MISE_EN_GARDE),
    ("mis", "en", MISE_EN_GARDE),
    ("mise", "en", MISE_EN_GARDE),
    ("mises", "en", MISE_EN_GARDE),
    ("prononce", "contre", "se prononcer contre"),
    ("prononce", "pour", "se prononcer pour"),
    ("prononcent", "contre", "se prononcer contre"),
    ("prononcent", "pour", "se prononcer pour"),
    ("prononcé", "contre", "se prononcer contre"),
    ("prononcé", "pour", "se prononcer pour"),
    ("prononcée", "contre", "se prononcer contre"),
    ("prononcée", "pour", "se prononcer pour"),
    ("shooting", "back", "shoot back"),
    ("shoots", "back", "shoot back"),
    ("shot", "back", "shoot back"),
    ("sprach", "für", "sich aussprechen für"),
    ("sprach", "gegen", "sich aussprechen gegen"),
    ("sprachen", "für", "sich aussprechen für"),
    ("sprachen", "gegen", "sich aussprechen gegen"),
    ("sprechen", "für", "sich aussprechen für"),
    ("sprechen", "gegen", "sich aussprechen gegen"),
    ("spricht", "für", "sich aussprechen für"),
    ("spricht", "gegen", "sich aussprechen gegen"),
];

/// Every phrasal form with its particle and lemma, sorted by form and particle: the English
/// verbs' forms and the other languages' listed forms, made once.
fn phrasal_forms() -> &'static [(String, &'static str, &'static str)] {
    static FORMS: OnceLock<Vec<(String, &'static str, &'static str)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let en = EN_PHRASAL.iter().flat_map(|&(verb, particle, lemma)| {
            en_verb_forms(verb).into_iter().map(move |form| (form, particle, lemma))
        });
        let other = LISTED_PHRASAL_FORMS.iter().map(|&(form, particle, lemma)| (form.to_owned(), particle, lemma));
        let mut all: Vec<_> = en.chain(other).collect();
        all.sort_unstable();
        all.dedup();
        all
    })
}

/// Nouns of a stance that report a position as “X's view is that …”, “the position of X is
/// that …” (sorted).
const STANCE_NOUNS: [&str; 5] = ["argument", "belief", "position", "stance", "view"];

/// Reflexive pronouns that may stand between a phrasal verb and its particle (the particles and
/// these are also in the quick test of [`Engine::phrasal_cue`]).
const REFLEXIVES: [&str; 1] = ["sich"];

/// Cue lemmas (sorted) with a particle that opens their object: “warned against a trade war”,
/// “argued for a pause”, « appelle à une censure », „warnte vor einem Handelskrieg“.
const CUE_PARTICLES: [(&str, &str); 8] = [
    ("appeler", "à"),
    ("argue", "against"),
    ("argue", "for"),
    ("plaider", "pour"),
    ("plead", "for"),
    ("warn", "against"),
    ("warn", "of"),
    ("warnen", "vor"),
];

/// Cue lemmas (sorted) whose object is the one accused and whose particle, after it, opens
/// what they are accused of: “accused the minister of lying”, « l'accuse d'avoir menti ».
const ACCUSATIONS: [(&str, &str); 3] = [("accuse", "of"), ("accuser", "de"), ("accuser", "d’")];

/// English cue lemmas that voice an attitude by a noun (sorted): “voiced unease over …”,
/// “expressed support for …”.
const ATTITUDE_CUES: [&str; 3] = ["express", "signal", "voice"];

/// English nouns of an attitude (sorted), whose prepositional object is the position.
const ATTITUDE_NOUNS: [&str; 24] = [
    "alarm",
    "anger",
    "concern",
    "concerns",
    "confidence",
    "disappointment",
    "dismay",
    "doubt",
    "doubts",
    "fears",
    "frustration",
    "hope",
    "opposition",
    "optimism",
    "outrage",
    "regret",
    "reservations",
    "satisfaction",
    "scepticism",
    "skepticism",
    "solidarity",
    "support",
    "unease",
    "uneasiness",
];

impl<'a> Engine<'a> {
    /// Rule "an attitude voiced by a noun": in “Lind voiced uneasiness over the idea of …”,
    /// “expressed support for the plan” the preposition after the attitude noun (an article,
    /// possessive or adjectives before it) opens the position. Where it starts, when the cue
    /// `c` (its object from `cs`) is such a verb.
    pub(super) fn attitude_object(p: &Parsed<'a>, c: CueWord, cs: usize, e: usize) -> Option<usize> {
        if ATTITUDE_CUES.binary_search(&c.lemma).is_err() {
            return None;
        }
        let noun = (cs..e.min(cs + 4))
            .find(|&k| p.toks[k].is_word() && ATTITUDE_NOUNS.binary_search(&p.toks[k].lower).is_ok())?;
        let plain = (cs..noun).all(|k| p.toks[k].is_word() && p.toks[k].cue.is_none());
        let prep = noun + 1;
        (plain && prep + 1 < e && p.toks[prep].is_word() && p.toks[prep].has(flag::PREP)).then_some(prep)
    }

    /// Rule "an attitude noun after its voicing verb is no cue": in “expressed hope that …”,
    /// “voiced her doubts that …” the noun (itself a form of a cue verb: “hope”, “doubt”) is the
    /// object of the cue `c`, and “that” after it opens the position.
    pub(super) fn is_attitude_noun_of(c: CueWord, t: &Token<'_>) -> bool {
        t.is_word() && ATTITUDE_CUES.binary_search(&c.lemma).is_ok() && ATTITUDE_NOUNS.binary_search(&t.lower).is_ok()
    }

    /// Where what the cue `c` accuses someone of starts, its object (the one accused) standing
    /// between the cue's next token `cs` and the particle: after the particle, within eight words
    /// without a comma or another cue.
    pub(super) fn accusation_start(&self, p: &Parsed<'a>, c: CueWord, cs: usize, e: usize) -> Option<usize> {
        if !ACCUSATIONS.iter().any(|(l, _)| *l == c.lemma) {
            return None;
        }
        let particle =
            |k: usize| p.toks[k].is_word() && ACCUSATIONS.iter().any(|&(l, w)| l == c.lemma && w == p.toks[k].lower);
        let k = (cs + 1..e.min(cs + 9))
            .take_while(|&k| !p.punct(k, ',') && self.cue_at(p, k).is_none())
            .find(|&k| particle(k))?;
        (k + 1 < e).then_some(k + 1)
    }

    /// The cue of an English verb form at token `i` that reports only before its particle
    /// (“calls for”), when the particle follows.
    // (always inline: measured, the call alone costs more than the test on most words)
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(super) fn phrasal_cue(&self, p: &Parsed<'a>, i: usize) -> Option<CueWord> {
        // (cheap tests first, inline: this runs on every word; the listed forms start with c, f,
        // h, m, p or s)
        let t = &p.toks[i];
        if !matches!(t.lower.as_bytes().first(), Some(b'c' | b'f' | b'h' | b'm' | b'p' | b's')) || !t.is_word() || t.cap
        {
            return None;
        }
        self.phrasal_cue_of_word(p, i)
    }

    /// [`Self::phrasal_cue`] at a lowercase word `i` that may open a listed form.
    fn phrasal_cue_of_word(&self, p: &Parsed<'a>, i: usize) -> Option<CueWord> {
        let next = p.toks.get(i + 1)?;
        if !matches!(next.lower, "for" | "on" | "back" | "en" | "pour" | "contre" | "für" | "gegen" | "sich") {
            return None;
        }
        let at = particle_at(p, i + 1);
        let lower = p.toks[i].lower;
        let forms = phrasal_forms();
        let first = forms.partition_point(|(f, _, _)| f.as_str() < lower);
        // (“call on” asks someone to act: “called on the governor to intervene”, not “called on
        // the council on Monday”, “called on Tuesday to say …”)
        let asks = || {
            !p.toks.get(at + 1).is_some_and(|t| t.has(flag::TIME))
                && (at + 1..p.toks.len().min(at + 9)).take_while(|&k| !p.punct(k, ',')).any(|k| p.toks[k].is("to"))
        };
        forms[first..]
            .iter()
            .take_while(|(f, _, _)| f == lower)
            .find(|&&(_, particle, _)| p.toks.get(at).is_some_and(|t| t.is_word() && t.lower == particle))
            .filter(|&&(_, particle, _)| particle != "on" || asks())
            .filter(|&&(_, _, lemma)| lemma != MISE_EN_GARDE || self.warns_with_mettre(p, i, at))
            .map(|&(_, _, lemma)| CueWord { kind: CueKind::Verb, lemma, traits: 0 })
    }

    /// Whether « mettre en garde » at token `i` (its particle at `at`) warns: « garde » after the
    /// particle, and no article before (« la mise en garde » is a noun) nor a form of « être »
    /// (« sont mis en garde » is a passive: they are warned).
    fn warns_with_mettre(&self, p: &Parsed<'a>, i: usize, at: usize) -> bool {
        let before = i.checked_sub(1).map(|k| &p.toks[k]);
        let noun_or_passive = before.is_some_and(|t| {
            t.is_word()
                && (t.flags & (flag::DET | flag::INDEF) != 0 && !t.has(flag::AUX)
                    || matches!(t.lower, "est" | "sont" | "été" | "était" | "étaient" | "être" | "sera" | "seront"))
        });
        p.toks.get(at + 1).is_some_and(|t| t.is("garde")) && !noun_or_passive
    }

    /// Rule "a stance noun reports a position" (English): “Ada Lind's view is that tariffs
    /// hurt”, “The position of the Commission is that …”: the owner (a possessive before the noun
    /// or the phrase after “of”) says the clause after “is that” / “was that”. Emits it; whether
    /// the noun at `i` was one.
    pub(super) fn stance_noun(
        &mut self,
        p: &Parsed<'a>,
        (s, e): (usize, usize),
        i: usize,
        st: &mut SentenceState,
    ) -> bool {
        // (cheap tests first: this runs on every word that is no cue; “is”, “was” or “of”
        // follows the noun, which has 4 to 8 letters)
        let w = p.toks[i].lower;
        let next = p.toks.get(i + 1).map_or("", |t| t.lower);
        if self.lang != Lang::En
            || !matches!(next, "is" | "was" | "of")
            || !(4..=8).contains(&w.len())
            || STANCE_NOUNS.binary_search(&w).is_err()
        {
            return false;
        }
        // the owner, and where “is that” starts
        let (owner, be) = if i > s && crate::extract::names::is_possessive(p.toks[i - 1].lower) {
            (self.np_before(p, s, i), i + 1)
        } else if p.toks.get(i + 1).is_some_and(|t| t.is("of")) {
            let np = self.np_after(p, i + 2, e);
            (np, np.map_or(e, |(_, b)| b))
        } else {
            return false;
        };
        let framed = p.toks.get(be).is_some_and(|t| t.is("is") || t.is("was"))
            && p.toks.get(be + 1).is_some_and(|t| t.is("that"));
        let Some((a, b)) = owner.filter(|_| framed && be + 2 < e) else { return false };
        let Some(mut sp) = self.resolve(p, a, b, false).filter(|sp| !sp.name.is_empty()) else { return false };
        let owner = crate::extract::names::strip_possessive(&sp.name).to_owned();
        sp.name = self.names.full(&owner).into();
        let end = super::parsed::trim_punct(p, be + 2, e);
        self.emit_clause(p, be + 2, end, sp.clone(), p.word(i), 0.7);
        st.clauses.push((be + 2, end));
        true
    }

    /// Where the object of the cue `c` starts when the token at `k`, right after the cue (or
    /// after a reflexive pronoun there), is the particle that opens it (“for” after “call for”,
    /// “against” after “warn”, “für” after “sprach sich”).
    pub(super) fn object_after_particle(p: &Parsed<'a>, c: CueWord, k: usize) -> Option<usize> {
        let k = particle_at(p, k);
        let t = p.toks.get(k).filter(|t| t.is_word())?;
        let mut pairs = CUE_PARTICLES.iter().filter(|(l, _)| *l == c.lemma).map(|&(_, particle)| particle);
        let own = !Self::answers(c) && c.lemma.rsplit_once(' ').is_some_and(|(_, particle)| particle == t.lower);
        (own || pairs.any(|particle| particle == t.lower)).then_some(k + 1)
    }

    /// Whether the cue `c` is a verb of answering with “back”, whose particle opens nothing:
    /// it reports only a quote, a that-clause or what follows a colon.
    pub(super) fn answers(c: CueWord) -> bool {
        c.lemma.ends_with(" back")
    }

    /// Where the words after the cue at `i` start: after its particle when the cue is a verb
    /// of answering (“shot back, “…””, “…,” hit back the mayor), or « en garde » after « mettre ».
    pub(super) fn after_cue(p: &Parsed<'a>, c: CueWord, i: usize) -> usize {
        let answers = Self::answers(c) && p.toks.get(i + 1).is_some_and(|t| t.is("back"));
        if c.lemma == MISE_EN_GARDE {
            i + 3
        } else if answers {
            i + 2
        } else {
            i + 1
        }
    }

    /// Whether the token at `k` is the particle that opens the object of the cue `c` (see
    /// [`Self::object_after_particle`]).
    pub(super) fn opens_object(p: &Parsed<'a>, c: CueWord, k: usize) -> bool {
        Self::object_after_particle(p, c, k) == Some(k + 1)
    }
}

/// Where a particle may stand from token `k`: after a reflexive pronoun there.
fn particle_at(p: &Parsed<'_>, k: usize) -> usize {
    let reflexive = p.toks.get(k).is_some_and(|t| t.is_word() && REFLEXIVES.contains(&t.lower));
    if reflexive { k + 1 } else { k }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::{Position, Quote};

    #[test]
    fn a_verb_of_answering_with_back_attributes_a_quote_or_a_that_clause() {
        let v =
            run("Port\nThe port is closed. “Nobody asked the ferry crews,” Ada Lind shot back. “I have no plan,” hit \
             back the mayor. The harbour master fired back that the crews were paid. Lind hit back at critics on \
             Monday.\n");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ada Lind" && t.starts_with("Nobody asked")), "{v:?}");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "mayor" && t.starts_with("I have no plan")), "{v:?}");
        assert!(
            v.iter().any(|(k, s, t)| *k == Position && s == "harbour master" && t == "the crews were paid"),
            "{v:?}"
        );
        // (the particle opens no position: “at critics” reports nothing)
        assert!(!v.iter().any(|(_, _, t)| t.contains("critics")), "{v:?}");
    }

    #[test]
    fn attitude_tables_are_sorted() {
        assert!(super::ATTITUDE_CUES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::ATTITUDE_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn an_attitude_voiced_by_a_noun_reports_its_object() {
        let v = run(
            "Port\nThe port is closed. Mayor Ada Lind voiced unease over the plan to sell the ferries, while also \
                     acknowledging that the port needs money.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "over the plan to sell the ferries"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the port needs money"), "{v:?}");
        // (and the French verb of it, whose object keeps the noun)
        let v = run(
            "Port\nLe port est fermé depuis lundi. La ministre Ada Lind a exprimé son inquiétude sur la vente des ferries.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "son inquiétude sur la vente des ferries"), "{v:?}");
    }

    #[test]
    fn an_attitude_noun_after_its_voicing_verb_is_no_cue() {
        let v = run("Port\nThe port is closed. Mayor Ada Lind expressed hope that the ferries would run again.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the ferries would run again"), "{v:?}");
        let v = run("Port\nThe port is closed. Mayor Ada Lind voiced her doubts that the ferries would run again.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the ferries would run again"), "{v:?}");
    }

    #[test]
    fn listed_forms_start_as_the_quick_test_expects() {
        let forms = super::phrasal_forms();
        assert!(forms.iter().all(|(f, _, _)| matches!(f.as_bytes()[0], b'c' | b'f' | b'h' | b'm' | b'p' | b's')));
        let particles = ["for", "on", "back", "en", "pour", "contre", "für", "gegen"];
        assert!(forms.iter().all(|(_, p, _)| particles.contains(p)));
        assert!(forms.iter().any(|(f, _, _)| f == "called") && forms.iter().any(|(f, _, _)| f == "pushing"));
        assert!(super::REFLEXIVES.iter().all(|r| *r == "sich"));
    }

    #[test]
    fn tables_are_sorted() {
        assert!(super::EN_PHRASAL.windows(2).all(|w| w[0] < w[1]));
        assert!(super::LISTED_PHRASAL_FORMS.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
        assert!(super::CUE_PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::ACCUSATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::STANCE_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_verb_with_its_particle_reports_a_position() {
        let v = run("Trade\nThe talks stalled. German Chancellor Ada Lind called for calm after the attack.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "calm after the attack".to_owned())]);
        let v = run("Trade\nThe talks stalled. Ada Lind warned against a trade war with Europe.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "a trade war with Europe".to_owned())]);
        // (without its particle the verb reports nothing)
        assert!(run("Trade\nThe talks stalled. Ada Lind called the hotel on Monday.\n").is_empty());
        // “call on” asks someone to act; without a to-infinitive it is a visit
        let v = run("Trade\nThe talks stalled. Ada Lind called on the governor to reopen the pier.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "the governor to reopen the pier".to_owned())]);
        assert!(run("Trade\nThe talks stalled. Ada Lind called on the governor on Monday.\n").is_empty());
    }

    #[test]
    fn quoted_words_in_a_particle_s_object_are_a_quote_as_well() {
        let v = run(
            "Trade\nThe talks stalled. Ada Lind called for “a full and independent investigation” of the attack.\n",
        );
        assert!(v.iter().any(|(k, _, t)| *k == Position && t.starts_with("“a full")), "{v:?}");
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "a full and independent investigation"), "{v:?}");
    }

    #[test]
    fn what_someone_is_accused_of_is_the_position() {
        let v =
            run("Trade\nThe talks stalled. Ada Lind accused the Commission president of questionable governance.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "questionable governance".to_owned())]);
        let v = run(
            "Grève\nLa grève continue. Le député Paul Martin a accusé le gouvernement d'avoir menti aux Français.\n",
        );
        assert_eq!(v, [(Position, "Paul Martin".to_owned(), "avoir menti aux Français".to_owned())]);
    }

    #[test]
    fn a_reflexive_verb_with_its_particle_reports_a_position() {
        let v = run(
            "Streit\nDie Lage ist ernst und die Polizei ist vor Ort. Ministerin Ada Lind sprach sich für schärfere \
                     Kontrollen an den Grenzen aus.\n",
        );
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "schärfere Kontrollen an den Grenzen".to_owned())]);
        let v =
            run("Grève\nLa grève continue. La ministre Ada Lind s'est prononcée contre la réforme des retraites.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "la réforme des retraites".to_owned())]);
    }

    #[test]
    fn a_stance_noun_reports_a_position() {
        let v = run("Trade\nThe talks stalled. Ada Lind's view is that tariffs hurt both sides.\n");
        assert_eq!(v, [(Position, "Ada Lind".to_owned(), "tariffs hurt both sides".to_owned())]);
        let v = run("Trade\nThe talks stalled. The position of the Harbour Council is that tariffs hurt both sides.\n");
        assert_eq!(v, [(Position, "Harbour Council".to_owned(), "tariffs hurt both sides".to_owned())]);
    }

    #[test]
    fn a_french_warning_with_mettre_en_garde_reports_its_object() {
        for (text, what) in [
            (
                "Port\nLa syndicaliste Ada Lind a mis en garde le maire sur la « gravité de la situation ».\n",
                "le maire sur la « gravité de la situation »",
            ),
            ("Port\nAda Lind met en garde contre une fermeture du port.\n", "contre une fermeture du port"),
        ] {
            let v = run(text);
            assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Ada Lind" && t == what), "{text}: {v:?}");
        }
        // (the quoted words inside are a quote of hers too)
        let v = run("Port\nLa syndicaliste Ada Lind a mis en garde le maire sur la « gravité de la situation ».\n");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ada Lind" && t == "gravité de la situation"), "{v:?}");
        // (« mis en place » reports nothing, nor a noun or a passive)
        for text in [
            "Port\nLa maire Ada Lind a mis en place un comité sur le port.\n",
            "Port\nLa maire Ada Lind a lu la mise en garde contre le verglas.\n",
            "Port\nLes automobilistes sont mis en garde contre le verglas.\n",
        ] {
            let v = run(text);
            assert!(v.is_empty(), "{text}: {v:?}");
        }
    }
}
