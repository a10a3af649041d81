//! Rule "German impersonal report": „…“, heißt es in der Erklärung der Partei / In dem Papier
//! heißt es: „…“ / Die Lage sei ernst, hieß es aus Regierungskreisen. The verb's subject is the
//! empty “es”; the source is the phrase after a preposition next to it: a document's owner
//! (“der Partei”), the document itself (“dem Papier”), or a circle (“Regierungskreisen”).

use super::parsed::{Parsed, is_title};
use super::relation::{is_document_noun, is_listed_document};
use super::state::CueSite;
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{Lang, PronounKind, flag};

/// Lemmas of verbs that report without a subject (“heißt es”; „Aus Regierungskreisen
/// verlautete, …“, which needs no “es”; „In dem Papier steht: …“, which needs a document),
/// sorted.
const IMPERSONAL_LEMMAS: [&str; 3] = ["heißen", "stehen", "verlauten"];

impl<'a> Engine<'a> {
    /// Whether the cue at `site` is an impersonal report (a listed verb next to “es”; „stehen“
    /// where a document is).
    pub(super) fn is_impersonal(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let es = |k: usize| p.toks.get(k).is_some_and(|t| t.lower == "es");
        self.lang == Lang::De
            && IMPERSONAL_LEMMAS.contains(&site.c.lemma)
            && match site.c.lemma {
                "verlauten" => true,
                "stehen" => in_document(p, site),
                _ => es(site.i + 1) || site.i > site.s && es(site.i - 1),
            }
    }

    /// Rule "what stands in a document is reported": „stehen“ reports only where its place is
    /// a document; elsewhere („Die Partei steht vor der Wahl“) it is no cue.
    pub(super) fn is_standing_elsewhere(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        site.c.lemma == "stehen" && !self.is_impersonal(p, site)
    }

    /// The source of an impersonal report at `site` and where the attribution ends: the phrase
    /// after a preposition right after “es” (“hieß es aus Regierungskreisen”), else the one
    /// opening the sentence (“In dem Papier heißt es”). None when no phrase names one
    /// (“Darin heißt es”).
    pub(super) fn impersonal_source(&mut self, p: &Parsed<'a>, site: CueSite<'_>) -> (Option<Speaker>, usize) {
        let (s, i, e) = (site.s, site.i, site.e);
        let after_es = if p.toks.get(i + 1).is_some_and(|t| t.lower == "es") { i + 2 } else { i + 1 };
        // (a preposition of time or circumstance names no source: „hieß es am Abend aus
        // Parteikreisen“, „hieß es nach der Sitzung“)
        let prep = |k: usize| {
            p.toks.get(k).is_some_and(|t| {
                t.is_word() && t.has(flag::PREP) && NO_SOURCE_PREPOSITIONS.binary_search(&t.lower).is_err()
            })
        };
        // rule "„darin“ points back at the medium or document just named" (heißt es darin)
        let back = |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && BACK_POINTERS.contains(&t.lower));
        if back(after_es) || back(s) && s + 1 == i {
            let end = if back(after_es) { after_es + 1 } else { after_es };
            return (self.medium_before(p, s), end);
        }
        let (from, hi) = if after_es < e && prep(after_es) {
            (after_es + 1, e)
        } else if prep(s) && s + 1 < i {
            (s + 1, i)
        } else {
            return (None, after_es);
        };
        let Some((a, b)) = self.np_after(p, from, hi) else { return (None, after_es) };
        let end = if from > i { b } else { after_es };
        // a document's owner speaks: “einer Erklärung der Partei” → “der Partei” (not the
        // one whose circle speaks: “aus dem Umfeld von Faber”)
        let circle = (a..b).any(|k| p.toks[k].has(flag::GROUP_NOUN));
        let owner = (a + 1..b).filter(|_| !circle).find(|&k| {
            let t = &p.toks[k];
            t.is_word()
                && !t.cap
                && t.flags & (flag::DET | flag::PARTICLE_OF) != 0
                && p.toks.get(k + 1).is_some_and(|n| n.cap)
        });
        // (an indefinite document with no owner names no one: „heißt es in einem viel geteilten
        // Post“)
        if owner.is_none() && self.split_span(p, a, b).indefinite {
            return (None, end);
        }
        // (a document without owner, „In dem Papier heißt es“, is its issuer's when the sentence
        // before issued it: „Die Partei hat ein Papier erstellt.“)
        let bare_document = owner.is_none() && (a..b).any(|k| p.toks[k].is_word() && is_document_noun(p.toks[k].lower));
        if let Some(issuer) = bare_document.then(|| self.issuer_before(p, s)).flatten() {
            return (Some(issuer), end);
        }
        let (a, b) = owner.map_or((a, b), |k| (k, b));
        let mut sp = self.resolve(p, a, b, false).filter(|sp| !sp.name.is_empty());
        // (“eines Papiers des Bundesvorstands”: the owner speaks in the nominative)
        if let Some(sp) = sp.as_mut() {
            super::source::in_nominative(p, a, sp);
        }
        (sp, end)
    }
}

/// Prepositions of time or circumstance after „heißt es“ (lowercase, sorted): their phrase is
/// no source.
const NO_SOURCE_PREPOSITIONS: [&str; 14] =
    ["ab", "am", "auf", "bis", "gegen", "nach", "seit", "um", "vor", "wegen", "während", "zu", "zum", "zur"];

/// Words pointing back at a document or medium just named (lowercase, sorted): „heißt es
/// darin“, „Dort heißt es“.
const BACK_POINTERS: [&str; 3] = ["darin", "dort", "hierin"];

/// Rule "what stands in a document is reported": whether the German „stehen“ at `site` has a
/// document for its place, with what it says next: a word pointing back right before or after
/// it („Darin steht: …“, „Dort stand, dass …“), or „in“ with a document noun opening the
/// sentence before it („In dem Papier steht: …“) or right after it („…“, steht in dem Brief).
fn in_document(p: &Parsed<'_>, site: CueSite<'_>) -> bool {
    let (s, i, e) = (site.s, site.i, site.e);
    let back = |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && BACK_POINTERS.contains(&t.lower));
    let in_word = |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && matches!(t.lower, "im" | "in"));
    let document = |a: usize, b: usize| (a..b).any(|k| p.toks[k].is_word() && is_document_noun(p.toks[k].lower));
    let before = back(i.wrapping_sub(1)) && i == s + 1 || in_word(s) && document(s + 1, i);
    let after = back(i + 1) || in_word(i + 1) && document(i + 2, (i + 5).min(e));
    // (what it says follows: a colon, „dass“, a quotation; or stood before it)
    let dass = |k: usize| p.toks.get(k).is_some_and(|t| t.lower == "dass");
    let says = (i + 1..i + 4).any(|k| p.punct(k, ':') || dass(k)) || p.is_quote(i + 1) || i > s && p.punct(i - 1, ',');
    (before || after) && says
}

/// Beginnings of verb forms that issue a document (lowercase, sorted; de, en, fr): „Der
/// Verband veröffentlichte eine Stellungnahme“, “the union issued a statement”, « le syndicat a
/// publié un communiqué ». Not receiving or quoting it („erhielt“, „zitierte aus“). One of
/// fewer than five letters is a whole word (“sent”, not “sentence”).
const ISSUING_VERBS: [&str; 39] = [
    "adressé",
    "ausgearbeitet",
    "beschloss",
    "circulat",
    "diffusé",
    "distribut",
    "distribué",
    "drafted",
    "envoyé",
    "erarbeit",
    "erstell",
    "geschrieben",
    "herausgegeben",
    "issue",
    "issuing",
    "publish",
    "publié",
    "released",
    "releasing",
    "rédig",
    "schrieb",
    "sent",
    "signed",
    "signé",
    "unterschr",
    "unterzeichn",
    "unveil",
    "verabschied",
    "verfass",
    "verschick",
    "verteil",
    "veröffentlich",
    "vorgelegt",
    "vorgestellt",
    "written",
    "wrote",
    "écrit",
    "élaboré",
    "überreich",
];

/// German finite verbs whose separated particle makes them issue a document: „legte … vor“,
/// „gab … heraus“ (verb, particle).
const SEPARABLE_ISSUING_VERBS: [(&str, &str); 6] =
    [("gab", "heraus"), ("gibt", "heraus"), ("legt", "vor"), ("legte", "vor"), ("legten", "vor"), ("reichte", "ein")];

impl<'a> Engine<'a> {
    /// Rule "a document's issuer is the subject of the sentence that issues it": „Der Verband
    /// legte eine Stellungnahme vor. Darin …“ — in sentence `[a, b)` the document noun at `k`
    /// is the object (its article and lowercase words before it, no preposition: „Der Sender
    /// zitierte aus einem Papier“ is no issuer) of a verb of issuing; its subject speaks.
    fn issuer(&mut self, p: &Parsed<'a>, (a, b): (usize, usize), k: usize) -> Option<Speaker> {
        let words: Vec<&str> = (a..b).filter(|&j| p.toks[j].is_word()).map(|j| p.toks[j].lower).collect();
        let issues = |w: &str| ISSUING_VERBS.iter().any(|v| w == *v || v.chars().count() >= 5 && w.starts_with(v));
        let separable =
            |w: &str| SEPARABLE_ISSUING_VERBS.iter().any(|&(v, particle)| v == w && words.contains(&particle));
        // (the verb nearest before the document, else the German participle after it; a verb:
        // not the document itself, nor a noun after an article, “the Trump release”)
        // (the French auxiliary « a » is no article)
        let after_article = |j: usize| {
            j > a && p.toks[j - 1].is_word() && p.toks[j - 1].has(flag::DET) && !p.toks[j - 1].has(flag::PERFECT_AUX)
        };
        let issuing = |j: &usize| {
            *j != k
                && p.toks[*j].is_word()
                && !after_article(*j)
                && (issues(p.toks[*j].lower) || separable(p.toks[*j].lower))
        };
        let verb = (a..k).rev().find(issuing).or_else(|| (k..b).find(issuing))?;
        // the document is the verb's object: right after it, with its article and lowercase
        // words (“sent a joint letter”), or with the lowercase words before it opened by no
        // preposition („legte am Montag eine Stellungnahme vor“)
        let plain = |j: usize| p.toks[j].is_word() && !p.toks[j].cap && !p.toks[j].has(flag::PREP);
        let right_after = verb < k && k - verb <= 4 && (verb + 1..k).all(plain);
        let start = (a..k).rev().take_while(|&j| plain(j)).last().unwrap_or(k);
        let opened = start > a && !(p.toks[start - 1].is_word() && p.toks[start - 1].has(flag::PREP));
        if !right_after && !opened {
            return None;
        }
        // (in English and French the subject ends before the verb and its auxiliary: “Days
        // later, the museum has issued a statement”, « Le syndicat a publié un communiqué »;
        // German may put it after the verb, „Am Montag legte der Verband … vor“)
        let mut end = verb;
        while end > a
            && p.toks[end - 1].is_word()
            && p.toks[end - 1].flags & (flag::PERFECT_AUX | flag::PASSIVE_AUX) != 0
        {
            end -= 1;
        }
        let sp = match self.lang {
            Lang::De => self.sentence_subject(p, a, b),
            Lang::Fr => self.sentence_subject(p, a, end),
            Lang::En => self.en_subject_before(p, a, end),
        };
        sp.filter(|sp| !sp.name.is_empty())
    }

    /// The English subject ending at `end` in the sentence opening at `a`: the phrase before
    /// it with the nouns its prepositional complements belong to, when they open the clause (“a
    /// group of parents with children in state schools sent …”, phrase.rs).
    fn en_subject_before(&mut self, p: &Parsed<'a>, a: usize, end: usize) -> Option<Speaker> {
        let (na, nb) = self.np_before(p, a, end)?;
        let lo = (a..na).rev().find(|&j| p.punct(j, ',')).map_or(a, |c| c + 1);
        let na = self.en_head_before_complement(p, lo, na);
        self.resolve(p, na, nb, false)
    }

    /// The issuer of a document in the sentence before the one holding token `k` (rule "a
    /// definite document names its issuer in the sentence before", relation.rs): the subject of
    /// a verb of issuing whose object is a document noun ([`Self::issuer_in`]); in a
    /// paragraph's first sentence, the issuer in the last sentence of the paragraph before
    /// (looked up by `item`). None when that sentence issues none.
    pub(super) fn issuer_before(&mut self, p: &Parsed<'a>, k: usize) -> Option<Speaker> {
        match p.sentence_of(k)?.checked_sub(1) {
            Some(j) => self.issuer_in(p, p.sents[j]),
            None => self.para_issuer.clone(),
        }
    }

    /// Who issues a document in sentence `[a, b)` (the last one when it issues several:
    /// “After its report was leaked, the museum issued a statement”), if anyone.
    pub(super) fn issuer_in(&mut self, p: &Parsed<'a>, (a, b): (usize, usize)) -> Option<Speaker> {
        // (German compounds too, „Abschlussbericht“; elsewhere the listed nouns only)
        let german = self.lang == Lang::De;
        let doc = |t: &crate::extract::tokens::Token<'_>| {
            t.is_word() && if german { is_document_noun(t.lower) } else { is_listed_document(t.lower) }
        };
        (a..b).rev().filter(|&d| doc(&p.toks[d])).find_map(|d| self.issuer(p, (a, b), d))
    }

    /// Who speaks through the medium or document the sentence before the one at `s` names: a
    /// title in quotation marks after a media noun (die Zeitung „Hafenbote“), else the owner of a
    /// document noun, else the document noun itself („In dem internen Papier …“ → „Papier“).
    /// None when it names neither.
    ///
    /// Rule "a document speaks for its owner": the owner in the genitive after the document noun
    /// („in einer Stellungnahme des Verbands“), or the one that spoke in that sentence („Der
    /// Verband sprach in einer Stellungnahme von …“), or the subject that issued it, speaks
    /// for it.
    fn medium_before(&mut self, p: &Parsed<'a>, s: usize) -> Option<Speaker> {
        let &(a, b) = p.sentence_of(s)?.checked_sub(1).and_then(|j| p.sents.get(j))?;
        let title = (a..b).find(|&t| is_title(p, a, t) && p.toks[t - 1].has(flag::FRAGMENT));
        let name = if let Some(q) = title.and_then(|t| p.toks[t].quote()) {
            p.s[p.quotes[q].start..p.quotes[q].end].trim()
        } else {
            let k = (a..b).find(|&k| p.toks[k].is_word() && p.toks[k].cap && is_document_noun(p.toks[k].lower))?;
            let genitive = p.toks.get(k + 1).is_some_and(|t| t.is_word() && matches!(t.lower, "des" | "der"));
            if let Some((ga, gb)) = self.np_after(p, k + 1, b).filter(|&(ga, _)| genitive && p.toks[ga + 1].cap) {
                if let Some(mut owner) = self.resolve(p, ga, gb, false) {
                    super::source::in_nominative(p, ga, &mut owner);
                    return Some(owner);
                }
            }
            if self.prev_had {
                if let Some((owner, _)) = self.ante.statement.clone() {
                    return Some(owner);
                }
            }
            if let Some(issuer) = self.issuer(p, (a, b), k) {
                return Some(issuer);
            }
            p.word(k)
        };
        Some(Speaker { name: name.into(), role: "".into(), kind: PronounKind::Org, via: Via::Named })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn an_indefinite_document_without_owner_names_no_one() {
        let v = run("Hafen\n\n„Die Fähre ist ein Witz“, heißt es in einem viel geteilten Beitrag.\n");
        assert!(v.iter().all(|(_, s, _)| !s.contains("geteilt") && !s.contains("Beitrag")), "{v:?}");
    }

    #[test]
    fn with_no_source_named_the_one_reported_before_speaks() {
        let v = run("Hafen\n\nDie Hafenbehörde bestätigte den Schaden. Man prüfe die Reparatur, hieß es.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Hafenbehörde" && t == "Man prüfe die Reparatur"), "{v:?}");
    }

    #[test]
    fn a_preposition_of_time_after_es_names_no_source() {
        let v = run("Partei\nDer Pier ist zu.\n\nAus Parteikreisen hieß es am Abend, man wolle abwarten.\n");
        assert!(v.iter().any(|(_, s, _)| s == "Parteikreise"), "{v:?}");
        assert!(super::NO_SOURCE_PREPOSITIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn an_opening_source_with_its_quoted_name_is_no_statement() {
        let v =
            run("Wolf\nDer Wolf ist zurück.\n\nIn einer Stellungnahme des Bündnisses „Wildes Land“ heißt es: „Der \
                     Wolf ist kein Sündenbock.“\n");
        assert_eq!(
            v,
            [(
                crate::model::StatementKind::Quote,
                "Wildes Land".to_owned(),
                "Der Wolf ist kein Sündenbock.".to_owned()
            )]
        );
    }

    #[test]
    fn a_document_without_owner_is_its_issuer_s() {
        let v =
            run("Partei\nDer Pier ist zu.\n\nDie SPD hat ein Papier erstellt. In dem Papier heißt es: „Der Pier muss \
                     offen bleiben.“\n");
        assert!(v.iter().any(|(_, s, t)| s == "SPD" && t.starts_with("Der Pier muss")), "{v:?}");
        let v = run("Partei\nDer Pier ist zu.\n\nDie SPD hat ein Flugblatt verteilt. Darin heißt es, der Pier müsse \
                     offen bleiben.\n");
        assert!(v.iter().any(|(_, s, t)| s == "SPD" && t.starts_with("der Pier müsse")), "{v:?}");
    }

    #[test]
    fn lemmas_are_sorted() {
        assert!(super::IMPERSONAL_LEMMAS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::BACK_POINTERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn darin_points_back_at_the_medium_or_document_just_named() {
        let v = run(
            "Hafen\nDie Zeitung „Hafenbote“ hat sich gegen den Plan gestellt. „Der Plan ist verfehlt“, heißt es darin.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Hafenbote" && t == "Der Plan ist verfehlt"), "{v:?}");
        let v = run(
            "Hafen\nIn dem internen Papier ist von Streit die Rede. „Der Zeitpunkt muss stimmen“, heißt es darin.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Papier" && t == "Der Zeitpunkt muss stimmen"), "{v:?}");
        // (a document speaks for its owner: the one in the genitive, or the one that spoke)
        let v =
            run("Hafen\nDer Pier ist zu. Der Bauernverband sprach in einer Stellungnahme von einem „Verlust“. Die \
                     Felder seien die besten, heißt es darin.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Bauernverband" && t == "Die Felder seien die besten"), "{v:?}");
        let v = run("Hafen\nDer Pier ist zu. Es liegt eine Stellungnahme des Hafenamts vor. Die Felder seien die \
                     besten, heißt es darin.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Hafenamt" && t == "Die Felder seien die besten"), "{v:?}");
    }

    #[test]
    fn what_stands_in_a_document_is_reported() {
        let v = run("Hafen\nDer Hafenbund hat ein Papier veröffentlicht. Darin steht, dass die Fähren bleiben.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Hafenbund" && t == "die Fähren bleiben"), "{v:?}");
        let v = run("Hafen\nDer Pier ist zu. „Die Fähren bleiben“, steht in dem Brief des Hafenamts.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Hafenamt" && t == "Die Fähren bleiben"), "{v:?}");
        // (elsewhere „stehen“ reports nothing)
        let v = run("Hafen\nDer Hafenbund steht vor der Wahl, dass die Fähren bleiben oder gehen.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_document_s_issuer_is_the_subject_of_the_sentence_that_issues_it() {
        assert!(super::ISSUING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::SEPARABLE_ISSUING_VERBS.windows(2).all(|w| w[0] < w[1]));
        let v =
            run("Hafen\nDer Hafenbund legte am Montag eine Stellungnahme vor. Darin heißt es, die Fähren blieben.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Hafenbund" && t == "die Fähren blieben"), "{v:?}");
        // (not who receives it)
        let v = run("Hafen\nDer Hafenbote erhielt ein Papier. Darin heißt es, die Fähren blieben.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Hafenbote"), "{v:?}");
    }

    #[test]
    fn a_german_impersonal_report_names_its_source_by_a_phrase() {
        let v =
            run("Hafen\nDer Pier ist zu.\n\n„Wir bedauern den Vorgang“, heißt es in einer Erklärung der Reederei.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Reederei" && t == "Wir bedauern den Vorgang"), "{v:?}");
        // (the circles in the nominative; „verlauten“ needs no “es”)
        let v = run("Hafen\nDer Pier ist zu.\n\nDie Lage sei ernst, hieß es aus Regierungskreisen.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Regierungskreise" && t == "Die Lage sei ernst"), "{v:?}");
        let v = run("Hafen\nDer Pier ist zu.\n\nAus Hafenkreisen verlautete, die Lage sei ernst.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Hafenkreise" && t == "die Lage sei ernst"), "{v:?}");
        let v = run(
            "Partei\nDer Pier ist zu.\n\nIn einem Papier des Bundesvorstands heißt es, man wolle Verantwortung übernehmen.\n",
        );
        assert!(v.iter().any(|(_, s, _)| s == "Bundesvorstand"), "{v:?}");
        // the circle around someone speaks, not that person
        let v = run(
            "Partei\nDer Pier ist zu und die Polizei ist vor Ort.\n\nAus dem Umfeld von Faber hieß es, man prüfe alle Optionen.\n",
        );
        assert!(v.iter().any(|(_, s, _)| s == "Umfeld von Faber"), "{v:?}");
        // no phrase: no source is guessed (never the empty “es”)
        let v = run("Hafen\nDer Pier ist zu.\n\n„Wir bedauern den Vorgang“, heißt es darin.\n");
        assert!(v.iter().all(|(_, s, _)| s.is_empty()), "{v:?}");
    }
}
