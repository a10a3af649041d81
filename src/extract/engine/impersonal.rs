//! Rule "German impersonal report": „…“, heißt es in der Erklärung der Partei / In dem Papier
//! heißt es: „…“ / Die Lage sei ernst, hieß es aus Regierungskreisen. The verb's subject is the
//! empty “es”; the source is the phrase after a preposition next to it: a document's owner
//! (“der Partei”), the document itself (“dem Papier”), or a circle (“Regierungskreisen”).

use super::parsed::Parsed;
use super::state::CueSite;
use super::{Engine, Speaker};
use crate::extract::lexicon::{Lang, flag};

/// Lemmas of verbs that report without a subject (“heißt es”).
const IMPERSONAL_LEMMAS: [&str; 1] = ["heißen"];

impl<'a> Engine<'a> {
    /// Whether the cue at `site` is an impersonal report (a listed verb next to “es”).
    pub(super) fn is_impersonal(&self, p: &Parsed<'a>, site: CueSite<'_>) -> bool {
        let es = |k: usize| p.toks.get(k).is_some_and(|t| t.lower == "es");
        self.lang == Lang::De
            && IMPERSONAL_LEMMAS.contains(&site.c.lemma)
            && (es(site.i + 1) || site.i > site.s && es(site.i - 1))
    }

    /// The source of an impersonal report at `site` and where the attribution ends: the phrase
    /// after a preposition right after “es” (“hieß es aus Regierungskreisen”), else the one
    /// opening the sentence (“In dem Papier heißt es”). None when no phrase names one
    /// (“Darin heißt es”).
    pub(super) fn impersonal_source(&mut self, p: &Parsed<'a>, site: CueSite<'_>) -> (Option<Speaker>, usize) {
        let (s, i, e) = (site.s, site.i, site.e);
        let after_es = if p.toks.get(i + 1).is_some_and(|t| t.lower == "es") { i + 2 } else { i + 1 };
        let prep = |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && t.has(flag::PREP));
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
        let (a, b) = owner.map_or((a, b), |k| (k, b));
        let mut sp = self.resolve(p, a, b, false).filter(|sp| !sp.name.is_empty());
        // (“eines Papiers des Bundesvorstands”: the owner speaks in the nominative)
        if let Some(sp) = sp.as_mut().filter(|sp| p.toks[a].has(flag::GENITIVE_ART) && !sp.name.contains(' ')) {
            sp.name = super::source::nominative(&sp.name).into();
        }
        (sp, end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn lemmas_are_sorted() {
        assert!(super::IMPERSONAL_LEMMAS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_german_impersonal_report_names_its_source_by_a_phrase() {
        let v =
            run("Hafen\nDer Pier ist zu.\n\n„Wir bedauern den Vorgang“, heißt es in einer Erklärung der Reederei.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Reederei" && t == "Wir bedauern den Vorgang"), "{v:?}");
        let v = run("Hafen\nDer Pier ist zu.\n\nDie Lage sei ernst, hieß es aus Regierungskreisen.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Regierungskreisen" && t == "Die Lage sei ernst"), "{v:?}");
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
