//! Rule "a characterisation with 'as' is a position": “Lind described the budget as a betrayal
//! of voters”, “slammed the pact as a failure”, « a qualifié le budget de trahison », « a
//! décrit la réforme comme nécessaire ». The verb alone labels nothing; with its object and
//! the complement after “as” / « comme » / « de » it says what the speaker holds the object to
//! be: the object with its complement is the position; when the complement is one quotation
//! („bezeichnete die Reform als „Kahlschlag““), the quotation. A sorted table of the verbs and the word that
//! opens their complement; “call” takes its complement without a word between (“called the
//! budget a betrayal”, “called him a liar”).

use super::Engine;
use super::parsed::{Parsed, trim_punct};
use crate::extract::lexicon::{CueKind, CueWord, Lang, flag};

/// Cue lemmas that characterise their object, with the word that opens the complement (sorted).
const CHARACTERISATIONS: [(&str, &str); 24] = [
    ("beschreiben", "als"),
    ("bezeichnen", "als"),
    ("blast", "as"),
    ("brand", "as"),
    ("characterise", "as"),
    ("characterize", "as"),
    ("condemn", "as"),
    ("criticise", "as"),
    ("criticize", "as"),
    ("decry", "as"),
    ("defend", "as"),
    ("denounce", "as"),
    ("describe", "as"),
    ("dismiss", "as"),
    ("décrire", "comme"),
    ("dénoncer", "comme"),
    ("hail", "as"),
    ("halten für", "für"),
    ("praise", "as"),
    ("qualifier", "de"),
    ("reject", "as"),
    ("sehen als", "als"),
    ("slam", "as"),
    ("tout", "as"),
];

/// The longest object (in words) between the verb and its complement.
const MAX_OBJECT_WORDS: usize = 8;

/// Forms of German „halten“ and „sehen“ in the indicative (sorted), which characterise with
/// „für“ and „als“, with the word and the lemma: „hält den Plan für falsch“, „sieht den Umbau
/// als letzte Chance“ (not the Konjunktiv „halte“ of reported speech, whose attribution follows:
/// „Er halte den Plan für falsch, schrieb X“).
const DE_HOLDING_FORMS: [(&str, &str, &str); 10] = [
    ("halten", "für", "halten für"),
    ("haltet", "für", "halten für"),
    ("hielt", "für", "halten für"),
    ("hielten", "für", "halten für"),
    ("hält", "für", "halten für"),
    ("sah", "als", "sehen als"),
    ("sahen", "als", "sehen als"),
    ("sehen", "als", "sehen als"),
    ("seht", "als", "sehen als"),
    ("sieht", "als", "sehen als"),
];

impl<'a> Engine<'a> {
    /// Where the characterisation after the cue `c` ends: the object from `cs` (one to eight
    /// words, no comma, quotation or other cue), the complement word, then at least one word up
    /// to the clause's end (before `e`). None when the cue characterises nothing here.
    pub(super) fn characterisation_end(&self, p: &Parsed<'a>, c: CueWord, cs: usize, e: usize) -> Option<usize> {
        if c.lemma == "call" || c.lemma == "nennen" {
            return self.calling_end(p, cs, e);
        }
        let opener = complement_opener(p, c, cs, e)?;
        // the complement runs to the sentence's end or its first comma or semicolon (“…, saying
        // …”, “…, and …”)
        let mut end = opener + 1;
        while end < e && !(p.punct(end, ',') || p.punct(end, ';')) {
            end += 1;
        }
        // (a complement clause after the comma belongs to it: „hält es für möglich, dass …“)
        if end + 1 < e && p.punct(end, ',') && p.toks[end + 1].is_word() && p.toks[end + 1].has(flag::COMPL) {
            end = e;
        }
        let end = trim_punct(p, opener + 1, end);
        // (quoted words in the complement are the statement: “described the call as “improper””)
        let quoted = (opener + 1..end).any(|k| p.toks[k].quote().is_some());
        (end > opener + 1 && !quoted).then_some(end)
    }
}

/// Where the word that opens the complement of the characterising cue `c` stands, its object
/// from `cs` (one to eight words, no comma, quotation or other cue) before it.
fn complement_opener(p: &Parsed<'_>, c: CueWord, cs: usize, e: usize) -> Option<usize> {
    let word = CHARACTERISATIONS.iter().find(|(lemma, _)| *lemma == c.lemma).map(|&(_, w)| w)?;
    let plain = |k: usize| {
        let t = &p.toks[k];
        t.is_word() && t.cue.is_none() && (k == cs || !t.has(flag::COMPL))
    };
    let opener = (cs + 1..e.min(cs + MAX_OBJECT_WORDS + 1))
        .take_while(|&k| plain(k) || p.toks[k].is(word))
        .find(|&k| p.toks[k].is(word))?;
    ((cs..opener).all(plain) && opener + 1 < e).then_some(opener)
}

/// Rule "a characterisation by quoted words is a quote": in „Westphal bezeichnete die Reform
/// als „Kahlschlag auf Raten““, « a qualifié la réforme d'« injuste » » the complement after the
/// object is one quotation (an article may open it): the quotation is the statement. Its index
/// in the paragraph's quotations, when the cue `c` (its object from `cs`) has such a complement.
pub(super) fn characterised_quote(p: &Parsed<'_>, c: CueWord, cs: usize, e: usize) -> Option<usize> {
    let opener = complement_opener(p, c, cs, e)?;
    let k = if p.toks[opener + 1].is_word() && p.toks[opener + 1].has(flag::INDEF) { opener + 2 } else { opener + 1 };
    let q = p.toks.get(k)?.quote()?;
    // (the complement ends at the sentence's end, or before the infinitive that completes the
    // quoted noun: „sieht den Umbau als »letzte Chance«, das Unternehmen … zu halten“; a
    // relative clause says more: „als „Irrweg“, der teuer werde“)
    let end = trim_punct(p, k, e);
    let infinitive = p.punct(k + 1, ',') && end >= k + 4 && p.toks[end - 2].is("zu");
    (end == k + 1 || infinitive).then_some(q)
}

/// Cue lemmas that take an object and then its predicative without a word between (sorted):
/// « a jugé la mesure « tardive » », « a estimé la hausse « injustifiée » », „fand den Plan
/// „unausgegoren““.
const PREDICATIVE_LEMMAS: [&str; 4] = ["considérer", "estimer", "finden", "juger"];

/// Rule "an object's predicative in quoted words is a quote": in « La maire a jugé les mesures
/// « tardives mais nécessaires », tout en … », „Der Verband fand den Entwurf „praxisfern““ the
/// cue `c` takes an object (from `cs`: an article and up to three plain words) and then one
/// quotation that ends the clause (at its end or a comma, before `e`): what the speaker holds
/// the object to be is the quotation. Its index in the paragraph's quotations, if so.
pub(super) fn predicative_quote(p: &Parsed<'_>, c: CueWord, cs: usize, e: usize) -> Option<usize> {
    if PREDICATIVE_LEMMAS.binary_search(&c.lemma).is_err()
        || !p.toks.get(cs).is_some_and(|t| t.is_word() && t.has(flag::DET))
    {
        return None;
    }
    // (the object's noun and adjectives, no preposition or second article: « a estimé les
    // dégâts à « plusieurs millions » » says what they amount to)
    let plain = |k: usize| {
        let t = &p.toks[k];
        let other = flag::COMPL | flag::FINITE | flag::AUX | flag::PREP | flag::DET | flag::ELISION;
        t.is_word() && t.cue.is_none() && t.flags & other == 0
    };
    let k = (cs + 1..e.min(cs + 5)).find(|&k| !plain(k))?;
    let q = p.toks[k].quote().filter(|_| k > cs + 1)?;
    (trim_punct(p, k, e) == k + 1 || p.punct(k + 1, ',')).then_some(q)
}

/// Lemmas whose participle characterises a noun by quoted words with its agent after them
/// (sorted): « jugée « insuffisante » par le PS », “described as “reckless” by the opposition”.
const AGENT_CHARACTERISATIONS: [&str; 9] =
    ["brand", "call", "describe", "décrire", "dénoncer", "juger", "label", "qualifier", "term"];

/// Rule "a characterising participle with its agent": in « Une ouverture jugée « insuffisante »
/// par le Parti socialiste », « la réforme, qualifiée de « brutale » par les syndicats », “the
/// plan, described as “reckless” by the opposition” the quotation at token `k` is the agent's.
/// The participle's token and the agent's phrase start, when the words around the quotation are
/// such a participle (maybe with « de » / “as” / « comme ») and « par » / “by”.
pub(super) fn characterising_agent(p: &Parsed<'_>, k: usize) -> Option<(usize, usize)> {
    let linked =
        k >= 2 && p.toks[k - 1].is_word() && matches!(p.toks[k - 1].lower, "de" | "d'" | "d’" | "as" | "comme");
    let v = if linked { k - 2 } else { k.checked_sub(1)? };
    let t = p.toks.get(v).filter(|t| t.is_word() && !t.cap)?;
    // (a French participle agrees with its noun: « jugée », « qualifiées » are forms of « jugé »)
    let masculine = t.lower.trim_end_matches('s').trim_end_matches('e');
    let c = t.cue.copied().or_else(|| crate::extract::lexicon::cue(masculine, Lang::Fr))?;
    let participle = ["é", "ée", "és", "ées", "ed"].iter().any(|end| t.lower.ends_with(end));
    let agent = p.toks.get(k + 1).is_some_and(|n| n.is_word() && matches!(n.lower, "par" | "by"));
    let np = p.toks.get(k + 2).is_some_and(crate::extract::tokens::Token::is_word);
    (AGENT_CHARACTERISATIONS.binary_search(&c.lemma).is_ok() && participle && agent && np).then_some((v, k + 2))
}

/// Forms of German „zeigen“ that show the subject in a state of mind with „sich“ (sorted):
/// „zeigte sich zuversichtlich, dass …“.
const DE_SHOWING_FORMS: [&str; 4] = ["zeigen", "zeigt", "zeigte", "zeigten"];

impl Engine<'_> {
    /// Rule "showing oneself confident that …" (German): in „Ein Diplomat zeigte sich
    /// zuversichtlich, dass das Paket beschlossen werde“ a form of „zeigen“ at token `i` with
    /// „sich“, a lowercase adjective (maybe after an adverb: „sich sehr zufrieden“) and then a
    /// comma before „dass“ is a cue: the clause after it is the subject's position.
    pub(super) fn de_showing_cue(&self, p: &Parsed<'_>, i: usize) -> Option<CueWord> {
        let t = &p.toks[i];
        if self.lang != Lang::De || !t.is_word() || t.cap || DE_SHOWING_FORMS.binary_search(&t.lower).is_err() {
            return None;
        }
        if !p.toks.get(i + 1).is_some_and(|n| n.is("sich")) {
            return None;
        }
        let plain = |k: usize| p.toks.get(k).is_some_and(|w| w.is_word() && !w.cap && w.cue.is_none());
        let adjective_end = (i + 2..i + 4).take_while(|&k| plain(k)).last()? + 1;
        // (a colon and Konjunktiv I after it are the rule of sentence.rs: „gab sich kämpferisch:
        // Man werde …“)
        let opens = p.punct(adjective_end, ',') && p.toks.get(adjective_end + 1).is_some_and(|n| n.is("dass"));
        opens.then_some(CueWord { kind: CueKind::Verb, lemma: "sich zeigen", traits: 0 })
    }

    /// Rule "holding something to be something" (German): „Die Linke hält das Paket für
    /// unzureichend“ — a form of „halten“ at token `i` is a cue of characterisation when „für“
    /// and a word follow within the object's eight words, before a comma (not „hält eine Rede“,
    /// „hält an“).
    pub(super) fn de_holding_cue(&self, p: &Parsed<'_>, i: usize) -> Option<CueWord> {
        let t = &p.toks[i];
        if self.lang != Lang::De || !t.is_word() || t.cap {
            return None;
        }
        let k = DE_HOLDING_FORMS.binary_search_by_key(&t.lower, |&(f, _, _)| f).ok()?;
        let (_, word, lemma) = DE_HOLDING_FORMS[k];
        // (its object follows it: a verb that closes its clause, „bei 48 Prozent halten, ohne …
        // für …“, holds nothing for anything)
        p.toks.get(i + 1).filter(|t| t.is_word())?;
        let n = p.toks.len();
        let opener = (i + 2..n.min(i + MAX_OBJECT_WORDS + 2))
            .take_while(|&k| p.toks[k].is_word())
            .find(|&k| p.toks[k].is(word))?;
        // (a word or a quotation: „hält die Schließung für »nicht nachvollziehbar«“)
        p.toks.get(opener + 1).filter(|t| t.is_word() || t.quote().is_some())?;
        Some(CueWord { kind: CueKind::Verb, lemma, traits: 0 })
    }

    /// Rule "calling someone something": in “Lind called the budget a betrayal of voters”,
    /// “called him a liar”, „nannte den Plan einen Verrat“ the object (a pronoun, or an article and up to three words) is
    /// followed by its complement opened by an indefinite article; the object with the complement, to the
    /// sentence's end or first comma, is the position. Where it ends; none for “called a
    /// meeting”, “called the police on Monday”, “called for …”.
    fn calling_end(&self, p: &Parsed<'_>, cs: usize, e: usize) -> Option<usize> {
        let t = p.toks.get(cs).filter(|t| t.is_word())?;
        // (the indefinite article opening the complement: “a”, „einen“)
        let opener = |k: usize| p.toks.get(k).is_some_and(|t| matches!(t.lower, "a" | "an" | "ein" | "eine" | "einen"));
        let object_end = if matches!(t.lower, "him" | "her" | "it" | "them" | "ihn" | "sie" | "es" | "das") {
            cs + 1
        } else if t.has(flag::DET) && !t.has(flag::INDEF) || t.cap {
            (cs + 1..e.min(cs + 5)).find(|&k| opener(k))?
        } else {
            return None;
        };
        let plain =
            (cs..object_end).all(|k| p.toks[k].is_word() && !p.toks[k].has(flag::PREP) && p.toks[k].cue.is_none());
        let opens = opener(object_end);
        if !(plain && opens) || object_end + 1 >= e {
            return None;
        }
        let end = (object_end + 1..e).find(|&k| p.punct(k, ',') || p.punct(k, ';')).unwrap_or(e);
        let end = trim_punct(p, object_end + 1, end);
        let quoted = (object_end..end).any(|k| p.toks[k].quote().is_some());
        (end > object_end + 1 && !quoted).then_some(end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::{Position, Quote};

    #[test]
    fn a_characterisation_by_quoted_words_is_a_quote() {
        for (s, text) in [
            (
                "Die Ministerin Ina Berg bezeichnete den Plan dagegen als „Kahlschlag auf Raten“.",
                "Kahlschlag auf Raten",
            ),
            ("Die Ministerin Ina Berg bezeichnete den Plan als einen „Irrweg“.", "Irrweg"),
            ("Die Ministerin Ina Berg hält den Plan für „nicht nachvollziehbar“.", "nicht nachvollziehbar"),
            ("Die Ministerin Ina Berg sieht den Plan als „letzte Chance“, den Hafen zu retten.", "letzte Chance"),
        ] {
            let v = run(&format!("Hafen\n\nDer Rat tagte am Montag. {s}\n"));
            assert!(v.iter().any(|(k, sp, t)| *k == Quote && sp == "Ina Berg" && t == text), "{s}: {v:?}");
        }
        // (the statement goes beyond the quoted words: the position)
        let v = run("Hafen\n\nDer Rat tagte. Ina Berg bezeichnete den Plan als „Irrweg“, der teuer werde.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t.ends_with("der teuer werde")), "{v:?}");
    }

    #[test]
    fn regression_a_german_holding_verb_closing_its_clause_holds_nothing() {
        let v =
            run("Hafen\nDer Rat tagte. Nur so lasse sich der Tarif bei 48 Euro halten, ohne die Gebühren für Reeder \
                     zu erhöhen.\n");
        assert!(v.iter().all(|(_, s, _)| s != "Euro"), "{v:?}");
        assert!(v.iter().all(|(_, _, t)| !t.starts_with("ohne")), "{v:?}");
    }

    #[test]
    fn a_characterising_participle_with_its_agent_gives_the_quotation_to_the_agent() {
        let v = run(
            "Port\nLe maire a proposé un tarif. Une offre jugée « insuffisante » par les dockers, qui font grève.\n",
        );
        assert_eq!(v, [(Quote, "dockers".to_owned(), "insuffisante".to_owned())]);
        let v = run("Port\nThe toll, described as “a tax on islanders” by the mayor, starts in May.\n");
        assert_eq!(v, [(Quote, "mayor".to_owned(), "a tax on islanders".to_owned())]);
    }

    #[test]
    fn showing_oneself_confident_that_is_a_position() {
        let v = run(
            "Hafen\n\nDer Rat tagte. Die Hafenchefin Ina Berg zeigte sich zuversichtlich, dass die Fähre im Mai fährt.\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Ina Berg" && t == "die Fähre im Mai fährt"), "{v:?}");
        let v = run("Hafen\n\nDer Rat tagte. Die Hafenchefin Ina Berg zeigte sich sehr besorgt: Die Lage sei ernst.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "Die Lage sei ernst"), "{v:?}");
        // (not a showing without a clause)
        let v = run("Hafen\n\nDer Rat tagte. Die Hafenchefin Ina Berg zeigte sich zufrieden.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn characterisations_are_sorted() {
        assert!(super::CHARACTERISATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::DE_HOLDING_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(super::DE_SHOWING_FORMS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::AGENT_CHARACTERISATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn an_object_with_its_complement_is_the_position() {
        let intro = "Port\n\nThe harbour board met on Monday.";
        for (s, speaker, text) in [
            (
                "Senator Ina Berg described the ferry budget as a betrayal of the islands.",
                "Ina Berg",
                "the ferry budget as a betrayal of the islands",
            ),
            (
                "Senator Ina Berg slammed the pier plan as a waste of money, saying it came too late.",
                "Ina Berg",
                "the pier plan as a waste of money",
            ),
            (
                "The harbour board defended the fee as a fair price for safety.",
                "board",
                "the fee as a fair price for safety",
            ),
        ] {
            let v = run(&format!("{intro} {s}\n"));
            assert!(v.iter().any(|(k, sp, t)| *k == Position && sp == speaker && t == text), "{s}: {v:?}");
        }
        let v =
            run("Port\n\nLe conseil s'est réuni lundi. La maire Ina Berg a qualifié le budget du port de trahison.\n");
        assert!(
            v.iter().any(|(k, sp, t)| *k == Position && sp == "Ina Berg" && t == "le budget du port de trahison"),
            "{v:?}"
        );
    }

    #[test]
    fn holding_something_to_be_something_is_a_position() {
        let v =
            run("Hafen\n\nDer Rat tagte am Montag. Die Reederei Nordlicht hält die neuen Gebühren für unzumutbar.\n");
        assert!(
            v.iter().any(|(k, sp, t)| *k == Position
                && sp == "Reederei Nordlicht"
                && t == "die neuen Gebühren für unzumutbar"),
            "{v:?}"
        );
        assert!(run("Hafen\n\nDer Rat tagte am Montag. Die Reederei hält an ihren Plänen fest.\n").is_empty());
        let v = run(
            "Hafen\n\nDer Rat tagte am Montag. Die Reederei Nordlicht hält es für möglich, dass die Fähre fährt.\n",
        );
        assert!(v.iter().any(|(_, _, t)| t == "es für möglich, dass die Fähre fährt"), "{v:?}");
    }

    #[test]
    fn calling_someone_something_is_a_position() {
        let intro = "Port\n\nThe harbour board met on Monday.";
        for (s, text) in [
            (
                "Senator Ina Berg called the ferry budget a betrayal of the islands.",
                "the ferry budget a betrayal of the islands",
            ),
            ("Senator Ina Berg called him a danger to the port.", "him a danger to the port"),
        ] {
            let v = run(&format!("{intro} {s}\n"));
            assert!(v.iter().any(|(k, sp, t)| *k == Position && sp == "Ina Berg" && t == text), "{s}: {v:?}");
        }
        let v = run(
            "Hafen\n\nDer Hafen bleibt zu. Die Bürgermeisterin Ina Berg nannte den Plan einen Verrat an den Inseln.\n",
        );
        assert!(
            v.iter().any(|(k, sp, t)| *k == Position && sp == "Ina Berg" && t == "den Plan einen Verrat an den Inseln"),
            "{v:?}"
        );
        for s in ["Senator Ina Berg called a meeting for Monday.", "Senator Ina Berg called the police on Monday."] {
            let v = run(&format!("{intro} {s}\n"));
            assert!(v.iter().all(|(k, _, _)| *k != Position), "{s}: {v:?}");
        }
    }

    #[test]
    fn the_verb_without_a_complement_reports_nothing() {
        let v = run("Port\n\nThe harbour board met on Monday. Senator Ina Berg described the new pier at length.\n");
        assert!(v.iter().all(|(k, _, _)| *k != Position), "{v:?}");
    }

    #[test]
    fn a_quoted_complement_is_left_to_the_quotation() {
        let v =
            run("Port\n\nThe harbour board met on Monday. Senator Ina Berg described the pier plan as “a scandal.”\n");
        assert!(v.iter().all(|(k, _, _)| *k != Position), "{v:?}");
    }

    #[test]
    fn an_objects_predicative_in_quoted_words_is_a_quote() {
        let v = run(
            "Port\nLe port ferme.\n\nLa maire a jugé les mesures « tardives mais nécessaires », tout en réclamant une aide.\n",
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "maire" && t == "tardives mais nécessaires"), "{v:?}");
        let v = run("Hafen\nDer Hafen schließt.\n\nDer Verband fand den Entwurf „praxisfern“.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Quote && t == "praxisfern"), "{v:?}");
        // (a quotation that goes on is no predicative: « a jugé le texte « utile » pour les élus »)
        let v = run("Port\nLe port ferme.\n\nLa maire a jugé le texte « utile » pour les élus du port.\n");
        assert!(v.iter().all(|(k, _, _)| *k != Quote), "{v:?}");
    }

    #[test]
    fn justifying_by_quoted_words_is_a_quote() {
        let v = run(
            "Port\nLe port ferme.\n\nLe transporteur a annoncé des hausses. Sa directrice, Ines Sala, a justifié cette décision par « une explosion du prix du gazole ».\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Ines Sala" && t == "une explosion du prix du gazole"),
            "{v:?}"
        );
    }
}
