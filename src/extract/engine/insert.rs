//! Rule "words between an inverted cue and its subject": in German and French the subject of an
//! attribution after the quotation may follow adverbs („…“, sagte dagegen der Minister), a time
//! („…“, sagte am Dienstag Moser), a word of stance („sagte seinerseits Moser“) or a stance
//! insert (« …», estime pour sa part Moreau / a jugé de son côté / a ajouté quant à lui), and in
//! French an addressee or place (« …», indique à l'AFP un conseiller / a dénoncé sur Telegram le
//! gouverneur), in German an addressee pronoun („…“, entgegnete ihm Moser). Also the words
//! between a subject and its verb: English manner adverbs in “-ly” (“Reed jokingly said”).
//! Sorted tables of the French inserts, of the prepositions that open a place and of the English
//! words in “-ly” that are no adverbs.

use super::Engine;
use super::parsed::Parsed;
use crate::extract::lexicon::{Lang, PronounKind, flag};
use crate::extract::names::is_possessive;
use crate::extract::tokens::Token;

/// French stance inserts (lowercase words, sorted): “for his part”, “on her side”, “as for him”,
/// “in turn”, “he too”.
const FR_INSERTS: [&[&str]; 14] = [
    &["de", "leur", "côté"],
    &["de", "son", "côté"],
    &["elle", "aussi"],
    &["elles", "aussi"],
    &["eux", "aussi"],
    &["lui", "aussi"],
    &["pour", "leur", "part"],
    &["pour", "sa", "part"],
    &["quant", "à", "elle"],
    &["quant", "à", "elles"],
    &["quant", "à", "eux"],
    &["quant", "à", "lui"],
    &["à", "leur", "tour"],
    &["à", "son", "tour"],
];

/// French prepositions that open a phrase between an inverted cue and its subject (sorted):
/// an addressee (à, au, aux, auprès), a medium or occasion (dans, devant, lors, par, sur, via:
/// « a témoigné par téléphone Fatima »).
const FR_INSERT_PREPOSITIONS: [&str; 10] = ["au", "auprès", "aux", "dans", "devant", "lors", "par", "sur", "via", "à"];

/// German personal pronouns in the dative (sorted): the addressee between an inverted cue and its
/// subject („…“, entgegnete ihm Moser / hielt ihnen die Ministerin vor). (“ihr” is one only
/// before an article: it is also the possessive of „sagte ihr Anwalt“.)
const DE_DATIVE_PRONOUNS: [&str; 6] = ["dir", "euch", "ihm", "ihnen", "mir", "uns"];

/// The number of words of a French stance insert at token `k`, if one starts there.
pub(super) fn fr_insert(p: &Parsed<'_>, k: usize) -> Option<usize> {
    FR_INSERTS.iter().find(|words| p.words_at(k, words)).map(|words| words.len())
}

/// Rule "a manner insert between commas after the cue" (French): in « « … », a réagi, la voix
/// brisée, Karim Belkacem » a phrase of one to four lowercase words without a cue stands
/// between commas before the subject. The number of tokens from the first comma at `k` to
/// the second, inclusive, when one does.
fn manner_insert_after(p: &Parsed<'_>, k: usize, e: usize) -> Option<usize> {
    if !p.punct(k, ',') {
        return None;
    }
    let close = (k + 2..e.min(k + 6)).find(|&m| p.punct(m, ','))?;
    let plain = (k + 1..close).all(|m| p.toks[m].is_word() && !p.toks[m].cap && p.toks[m].cue.is_none());
    (plain && close + 1 < e).then_some(close + 1 - k)
}

/// Whether a token is an adverb that may stand between a cue and its subject: a lowercase
/// function word that is no article, preposition, pronoun, conjunction or complementiser, or a
/// German “-erseits” word (seinerseits, ihrerseits).
fn is_insert_adverb(t: &Token<'_>) -> bool {
    t.is_word()
        && !t.cap
        && (t.has(flag::FUNC)
            && t.flags & (flag::DET | flag::PREP | flag::INDEF | flag::POSSESSIVE | flag::CONJ | flag::COMPL) == 0
            && PronounKind::of(t.flags).is_none()
            || t.lower.ends_with("erseits"))
}

/// French adverbs of several words that stand in the verb group, between the auxiliary and the
/// participle or before the verb (sorted): « a de nouveau appelé », « a une nouvelle fois
/// dénoncé », « a par ailleurs affirmé ».
const FR_VERB_ADVERBS: [&[&str]; 7] = [
    &["dans", "la", "foulée"],
    &["de", "nouveau"],
    &["encore", "une", "fois"],
    &["par", "ailleurs"],
    &["une", "fois", "de", "plus"],
    &["une", "nouvelle", "fois"],
    &["à", "nouveau"],
];

/// The number of words of a French adverb or stance insert of several words ending at token
/// `i - 1` (from `lo`), if one does: « a de nouveau appelé », « Moscou a de son côté démenti ».
pub(super) fn fr_verb_group_words(p: &Parsed<'_>, lo: usize, i: usize) -> Option<usize> {
    FR_VERB_ADVERBS.iter().chain(FR_INSERTS.iter()).find_map(|words| {
        let n = words.len();
        (i >= lo + n && p.words_at(i - n, words)).then_some(n)
    })
}

/// The comma opening an insert between commas that closes right before token `i` (the comma
/// at `i - 1`), when one to `max` words stand between the two commas (after `lo`).
fn comma_insert(p: &Parsed<'_>, lo: usize, i: usize, max: usize) -> Option<usize> {
    if i < lo + 3 || !p.punct(i - 1, ',') {
        return None;
    }
    let open = (lo.max(i.saturating_sub(max + 2))..i - 1).rev().find(|&k| p.punct(k, ','))?;
    let inside = (open + 1..i - 1).all(|k| p.toks[k].is_word()) && open + 1 < i - 1;
    (inside && open > lo).then_some(open)
}

/// Rule "an insert between the auxiliary and the participle": where an insert between commas
/// right before token `i` starts when an auxiliary stands before it (« a, de son côté, indiqué »,
/// “has, however, said”), so that skipping goes on over the auxiliary. At most five words inside.
pub(super) fn aux_insert(p: &Parsed<'_>, lo: usize, i: usize) -> Option<usize> {
    comma_insert(p, lo, i, 5).filter(|&open| p.toks[open - 1].is_word() && p.toks[open - 1].has(flag::AUX))
}

/// Rule "a stance insert between the subject and its verb": in « Le Kremlin, de son côté, a
/// accusé … » the commas before token `i` hold only a French stance insert, after a word of the
/// subject (from `lo`). Where the insert opens (its first comma).
pub(super) fn subject_insert(p: &Parsed<'_>, lo: usize, i: usize) -> Option<usize> {
    comma_insert(p, lo, i, 3)
        .filter(|&open| fr_insert(p, open + 1) == Some(i - 1 - (open + 1)) && p.toks[open - 1].is_word())
}

/// English words in “-ly” of five letters or more that are no manner adverbs (lowercase,
/// sorted): nouns that head a subject (“the family said”, “the daily reported”) and verbs.
const EN_LY_NON_ADVERBS: [&str; 17] = [
    "anomaly",
    "apply",
    "assembly",
    "bully",
    "comply",
    "daily",
    "family",
    "imply",
    "monopoly",
    "monthly",
    "multiply",
    "quarterly",
    "rally",
    "reply",
    "supply",
    "tally",
    "weekly",
];

/// Rule "a manner adverb between the subject and its verb": in “Reed jokingly said”, “Price
/// emphatically proclaimed”, “Lind reportedly told” the lowercase English word in “-ly” at token
/// `k` is skipped like an auxiliary (the listed nouns and verbs in “-ly” are not, nor an adverb
/// after an article or a possessive, which makes an adjective of the participle: “a politically
/// charged debate”, “Britain's emotionally charged vote”).
pub(super) fn is_en_manner_adverb(p: &Parsed<'_>, lo: usize, k: usize) -> bool {
    let t = &p.toks[k];
    let adjectival = k > lo && (p.toks[k - 1].has(flag::DET) || is_possessive(p.toks[k - 1].lower));
    !adjectival
        && t.is_word()
        && !t.cap
        && t.lower.len() >= 5
        && t.lower.ends_with("ly")
        && t.flags & (flag::FUNC | flag::ROLE) == 0
        && EN_LY_NON_ADVERBS.binary_search(&t.lower).is_err()
}

/// French object pronouns that stand before the verb (sorted): « le ministre lui a répondu »,
/// « « … », leur a lancé X », « nous a dit ».
const FR_OBJECT_CLITICS: [&str; 8] = ["leur", "lui", "m'", "me", "m’", "nous", "te", "vous"];

/// Whether a lowercase word is a French object pronoun that stands before the verb.
pub(super) fn is_fr_object_clitic(lower: &str) -> bool {
    FR_OBJECT_CLITICS.binary_search(&lower).is_ok()
}

/// Rule "an adverb in “-ment” between the auxiliary and the participle" (French): in « il a
/// fermement contesté », « elle a vivement critiqué » the lowercase word in “-ment” at token `k`
/// right after an auxiliary is skipped like one (a noun in “-ment” never stands there).
pub(super) fn is_fr_verb_adverb(p: &Parsed<'_>, lo: usize, k: usize) -> bool {
    let t = &p.toks[k];
    k > lo
        && p.toks[k - 1].is_word()
        && p.toks[k - 1].has(flag::AUX)
        && t.is_word()
        && !t.cap
        && t.lower.ends_with("ment")
        && t.lower.chars().count() >= 7
}

impl Engine<'_> {
    /// Where the inverted subject starts after the words from token `k` (before `e`) that may
    /// stand between the cue and it: `k` itself when none do, or when no subject phrase (a
    /// capitalised word, an article or a possessive) follows them.
    pub(super) fn inserts_end(&self, p: &Parsed<'_>, k: usize, e: usize) -> usize {
        let mut j = k;
        while j < e.min(k + 6) {
            let t = &p.toks[j];
            let lead = t.has(flag::TIME_LEAD) && p.toks.get(j + 1).is_some_and(|n| n.has(flag::TIME));
            if let Some(n) = fr_insert(p, j).filter(|_| self.lang == Lang::Fr) {
                j += n;
            } else if let Some(n) = manner_insert_after(p, j, e).filter(|_| j == k && self.lang == Lang::Fr) {
                j += n;
            } else if t.is_word() && (t.has(flag::TIME) || lead) || is_insert_adverb(t) || self.is_de_dative(p, j) {
                j += 1;
            } else {
                break;
            }
        }
        let opens =
            p.toks.get(j).is_some_and(|t| t.is_word() && (t.cap || t.flags & (flag::DET | flag::POSSESSIVE) != 0));
        if j > k && j < e && opens { j } else { k }
    }

    /// Whether token `j` is a German dative pronoun (the addressee: „…“, entgegnete ihm Moser);
    /// „ihr“ only before an article („warf ihr der Minister vor“; „ihr Anwalt“ is her lawyer).
    fn is_de_dative(&self, p: &Parsed<'_>, j: usize) -> bool {
        let t = &p.toks[j];
        let ihr = t.lower == "ihr" && p.toks.get(j + 1).is_some_and(|n| n.is_word() && n.has(flag::DET));
        self.lang == Lang::De && t.is_word() && (DE_DATIVE_PRONOUNS.binary_search(&t.lower).is_ok() || ihr)
    }

    /// Rule "a French addressee or place before the inverted subject": in “« … », indique à
    /// l'AFP un conseiller”, « … », a dénoncé sur Telegram le gouverneur », « …, a déclaré dans
    /// une allocution télévisée le président » a phrase opened by a preposition (an article,
    /// one to four words) stands between the cue and its subject: where the subject starts,
    /// when a determiner, a possessive or a role word opens it.
    pub(super) fn addressee_end(&self, p: &Parsed<'_>, k: usize, e: usize) -> Option<usize> {
        let opens = |t: &Token<'_>| t.is_word() && FR_INSERT_PREPOSITIONS.binary_search(&t.lower).is_ok();
        if self.lang != Lang::Fr || !p.toks.get(k).is_some_and(opens) {
            return None;
        }
        let mut m = k + 1;
        while m < e
            && p.toks[m].is_word()
            && p.toks[m].flags & (flag::DET | flag::ELISION | flag::POSSESSIVE) != 0
            && m < k + 3
        {
            m += 1;
        }
        let opens_subject = |t: &Token<'_>| {
            t.is_word() && t.flags & (flag::DET | flag::INDEF | flag::POSSESSIVE | flag::ROLE) != 0 && !t.cap
        };
        // (capitalised words, or a noun and its adjectives: “une allocution télévisée”)
        let inside = |t: &Token<'_>| t.cap || t.flags & (flag::FUNC | flag::PREP) == 0 && t.cue.is_none();
        // (after lowercase words a name opens the subject: « a déclaré à la presse Dmitri Peskov »)
        let name_after = |n: usize| n > m && p.toks[n].cap && (m..n).all(|j| !p.toks[j].cap);
        let mut n = m;
        while n < e
            && n < m + 4
            && p.toks[n].is_word()
            && !opens_subject(&p.toks[n])
            && !name_after(n)
            && (inside(&p.toks[n]) || n == m)
        {
            n += 1;
        }
        (n > m && n < e && p.toks[n].is_word() && (opens_subject(&p.toks[n]) || name_after(n))).then_some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_roles};

    #[test]
    fn a_name_after_a_lowercase_addressee_opens_the_subject() {
        let v = run_roles(
            "Port\nLe port est fermé.\n\n« Nous ne céderons pas », a déclaré à la presse Ina Berg, porte-parole du port.\n",
        );
        assert!(v.iter().any(|(n, r)| n == "Ina Berg" && r == "porte-parole du port"), "{v:?}");
    }

    #[test]
    fn inserts_are_sorted() {
        assert!(super::FR_INSERTS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::FR_VERB_ADVERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn dative_pronouns_are_sorted() {
        assert!(super::DE_DATIVE_PRONOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn french_object_clitics_are_sorted() {
        assert!(super::FR_OBJECT_CLITICS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn ly_non_adverbs_are_sorted() {
        assert!(super::EN_LY_NON_ADVERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_manner_adverb_between_the_subject_and_its_verb() {
        for adverb in ["jokingly", "emphatically", "reportedly", "quietly"] {
            let v = run(&format!("Port\nThe pier was shut.\n\nAda Lind {adverb} said, “We need more ferries now.”\n"));
            assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "We need more ferries now."), "{adverb}: {v:?}");
        }
        // (adverbs of sequence in “-ly” that are function words elsewhere, also before a
        // circumstance and its comma)
        for adverb in ["initially", "eventually", "finally", "ultimately"] {
            let v = run(&format!(
                "Port\nThe pier was shut.\n\nAda Lind {adverb} said in May, “We need more ferries now.”\n"
            ));
            assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "We need more ferries now."), "{adverb}: {v:?}");
        }
        // (a noun in “-ly” heads the subject)
        let v = run("Port\nThe pier was shut.\n\nThe Lind family said, “We need more ferries now.”\n");
        assert!(v.iter().any(|(_, s, _)| s.contains("family")), "{v:?}");
        // (after an article, the adverb and participle describe a noun)
        let v = run("Port\nThe pier was shut.\n\nThe council held a politically charged vote on the fees.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_french_adverb_in_ment_between_the_auxiliary_and_the_participle() {
        for adverb in ["fermement", "vivement", "clairement", "longuement"] {
            let v = run(&format!(
                "Port\nLa maire Ada Lind a présenté le budget.\n\nElle a {adverb} affirmé que le port restait ouvert.\n"
            ));
            assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "le port restait ouvert"), "{adverb}: {v:?}");
        }
        // (a noun in “-ment” before the auxiliary is the subject)
        let v = run("Port\nLe budget est prêt.\n\nLe gouvernement a affirmé que le port restait ouvert.\n");
        assert!(v.iter().any(|(_, s, _)| s.contains("gouvernement")), "{v:?}");
    }

    #[test]
    fn a_german_addressee_pronoun_stands_between_the_cue_and_its_subject() {
        let intro = "Hafen\nIm Rathaus stritten Bürgermeister Jan Moser und Kämmerin Ute Hahn.\n\n";
        for s in [
            "entgegnete ihm Ute Hahn",
            "hielt ihm Ute Hahn entgegen",
            "sagte ihm die Kämmerin",
            "warf ihr die Kämmerin vor",
        ] {
            let v = run(&format!("{intro}„Die Kasse ist leer, das wissen Sie genau“, {s}.\n"));
            assert!(v.iter().any(|(_, sp, t)| sp == "Ute Hahn" && t.starts_with("Die Kasse")), "{s}: {v:?}");
        }
        // the possessive “ihr” opens the subject itself
        let v = run(&format!("{intro}„Die Kasse ist leer, das wissen Sie genau“, sagte ihr Sprecher.\n"));
        assert!(!v.iter().any(|(_, sp, _)| sp == "Ute Hahn"), "{v:?}");
    }

    #[test]
    fn a_medium_after_par_stands_between_a_french_cue_and_its_subject() {
        let v = run(
            "Port\nLe port est fermé.\n\n« Nous n'avons plus d'eau », a témoigné par téléphone Ada Lind, une enseignante.\n",
        );
        assert!(v.iter().any(|(_, sp, t)| sp == "Ada Lind" && t == "Nous n'avons plus d'eau"), "{v:?}");
    }

    #[test]
    fn a_manner_insert_between_commas_stands_between_a_french_cue_and_its_subject() {
        for s in ["a réagi, la voix brisée, Ada Lind", "a lancé, très émue, Ada Lind"] {
            let v = run(&format!("Port\nLe port est fermé.\n\n« C'est une honte », {s}, devant les grilles.\n"));
            assert!(v.iter().any(|(_, sp, t)| sp == "Ada Lind" && t == "C'est une honte"), "{s}: {v:?}");
        }
    }

    #[test]
    fn adverbs_and_times_stand_between_a_german_cue_and_its_subject() {
        for s in ["sagte dagegen der Minister Jan Moser", "sagte am Dienstag Jan Moser", "sagte seinerseits Jan Moser"]
        {
            let v =
                run(&format!("Lage\nDie Regierung ist besorgt über die Lage am Hafen. „Das ist gefährlich“, {s}.\n"));
            assert!(v.iter().any(|(_, sp, t)| sp == "Jan Moser" && t == "Das ist gefährlich"), "{s}: {v:?}");
        }
    }

    #[test]
    fn a_french_stance_insert_stands_between_the_cue_and_its_subject() {
        for s in [
            "estime pour sa part Paul Marchand",
            "a jugé de son côté Paul Marchand",
            "a ajouté quant à lui Paul Marchand",
        ] {
            let v = run(&format!(
                "Lage\nLe gouvernement est inquiet de la situation dans la région et appelle au calme. « C'est une escalade dangereuse », {s}.\n"
            ));
            assert!(
                v.iter().any(|(_, sp, t)| sp == "Paul Marchand" && t == "C'est une escalade dangereuse"),
                "{s}: {v:?}"
            );
        }
    }

    #[test]
    fn a_french_place_or_medium_before_the_inverted_subject() {
        assert!(super::FR_INSERT_PREPOSITIONS.windows(2).all(|w| w[0] < w[1]));
        let intro = "Port\nLe port est fermé depuis lundi et les ferries attendent au large. ";
        for tail in [
            "a dénoncé sur Telegram le maire, Paul Marchand",
            "a déclaré dans une allocution télévisée le maire, Paul Marchand",
        ] {
            let v = run(&format!("{intro}« Nous ne céderons pas », {tail}.\n"));
            assert!(v.iter().any(|(_, s, t)| s == "Paul Marchand" && t == "Nous ne céderons pas"), "{tail}: {v:?}");
        }
    }

    #[test]
    fn a_french_addressee_before_the_inverted_subject() {
        let r = run_roles(
            "Le ministre a parlé. « Nous examinerons chaque ligne », indique à l'AFP un conseiller du ministre.",
        );
        assert_eq!(r, [("conseiller du ministre".to_owned(), String::new())]);
        let r =
            run_roles("Le ministre a parlé. « Les élus ne suivent plus », a confié au Parisien un proche du maire.");
        assert_eq!(r, [("proche du maire".to_owned(), String::new())]);
    }
}
