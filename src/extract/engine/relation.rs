//! Rule "the people around someone, by a possessive": « …, a indiqué sa famille » is the family
//! of the person the possessive stands for (« famille de Boris Faure »), „…, teilte seine
//! Familie mit“ the „Familie von …“; later « la famille », „die Familie“ is that same family.
//! The nouns are the group nouns of the word lists (`*/group_nouns.txt`).

use super::parsed::Parsed;
use super::state::CueSite;
use super::{Engine, Speaker, Via};
use crate::extract::lexicon::{Lang, PronounKind, WordSet, flag};
use crate::extract::names::{is_possessive, strip_possessive};

impl<'a> Engine<'a> {
    /// The group the phrase `[a, b)` names when it is a possessive or an article and a group
    /// noun: with a possessive, the group of the person it stands for; with an article, the
    /// group of that noun named so before. None for other phrases, in English, or when no such
    /// person or group is known.
    pub(super) fn relation(&self, p: &Parsed<'a>, a: usize, b: usize) -> Option<Speaker> {
        let link = match self.lang {
            Lang::Fr => "de",
            Lang::De => "von",
            Lang::En => return None,
        };
        if b <= a {
            return None;
        }
        // (with its complement the group speaks as named, not the one it surrounds: « l'entourage
        // du Premier ministre a assuré … » is no Premier ministre)
        let head = if p.toks[a].is_word() && p.toks[a].flags & (flag::DET | flag::ELISION) != 0 { a + 1 } else { a };
        if b > head + 2 && p.toks[head].has(flag::GROUP_NOUN) && p.toks[head + 1].has(flag::PARTICLE_OF) {
            let name = &p.s[p.toks[head].start..p.toks[b - 1].end];
            return Some(Speaker {
                name: name.into(),
                role: "".into(),
                kind: PronounKind::Group,
                via: Via::Description,
            });
        }
        if b != a + 2 || !p.toks[a + 1].has(flag::GROUP_NOUN) {
            return None;
        }
        let noun = p.word(a + 1);
        let pos = p.base + p.toks[a].start;
        let name = if p.toks[a].has(flag::POSSESSIVE) {
            let owner = self.pronoun_of(flag::PRON_PERSON, pos)?;
            format!("{noun} {link} {}", owner.name)
        } else if p.toks[a].has(flag::DET) {
            let prefix = format!("{} {link} ", noun.to_lowercase());
            let named = self.out.iter().rev().take(32).find(|o| o.speaker.to_lowercase().starts_with(&prefix))?;
            named.speaker.clone()
        } else {
            return None;
        };
        Some(Speaker { name: name.into(), role: "".into(), kind: PronounKind::Group, via: Via::Description })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_roles;

    #[test]
    fn the_people_around_someone_with_a_complement_speak_as_named() {
        let text =
            "Port\nLe maire, Paul Roux, défend le projet. Dans l'entourage du maire, on assure que le port rouvrira.\n";
        let r = run_roles(text);
        assert!(r.iter().any(|(s, _)| s == "entourage du maire"), "{r:?}");
        // (as the subject before the cue, after its contracted particle)
        let text = "Port\nLe maire, Paul Roux, se tait. L'entourage du maire a assuré que le port rouvrira.\n";
        let r = run_roles(text);
        assert_eq!(r.last().map(|x| x.0.as_str()), Some("entourage du maire"), "{r:?}");
    }

    #[test]
    fn the_people_around_someone_by_a_possessive() {
        let text = "Agression\nLe premier secrétaire de la fédération, Paul Martin, est hospitalisé, a indiqué sa famille \
                    dans un communiqué.\n\n« Ces allégations sont insultantes », souligne aussi la famille.\n";
        let r = run_roles(text);
        assert!(r.iter().all(|(s, _)| s == "famille de Paul Martin"), "{r:?}");
        let text = "Unfall\nDer Bürgermeister Jan Berger liegt im Krankenhaus, teilte seine Familie am Abend mit.\n";
        assert_eq!(run_roles(text)[0].0, "Familie von Jan Berger");
    }
}

/// Demonstratives and the document nouns after them (lowercase, sorted): “ce texte”, „diese
/// Erklärung“, “this statement” stand for the document the last speaker issued.
const DEMONSTRATIVES: [&str; 10] = ["ce", "ces", "cet", "cette", "diese", "diesem", "dieser", "dieses", "that", "this"];

/// Nouns of a document a speaker issues (lowercase, sorted).
const DOCUMENT_NOUNS: [&str; 37] = [
    "antrag",
    "aufruf",
    "begründung",
    "bericht",
    "beschluss",
    "brief",
    "communiqué",
    "courrier",
    "document",
    "dokument",
    "déclaration",
    "entwurf",
    "erklärung",
    "extrablatt",
    "flugblatt",
    "flyer",
    "gutachten",
    "leaflet",
    "letter",
    "lettre",
    "manifesto",
    "memo",
    "memorandum",
    "message",
    "mitteilung",
    "pamphlet",
    "papier",
    "protokoll",
    "rapport",
    "release",
    "report",
    "schreiben",
    "statement",
    "stellungnahme",
    "texte",
    "tract",
    "vertrag",
];

/// Whether a lowercase word is a document noun, also as the last part of a German compound
/// („Strategiepapier“, „Abschlussbericht“).
pub(super) fn is_document_noun(lower: &str) -> bool {
    is_listed_document(lower)
        || DOCUMENT_NOUNS.iter().any(|d| d.len() >= 5 && lower.len() > d.len() + 3 && lower.ends_with(d))
}

impl<'a> Engine<'a> {
    /// Rule "a document named by a demonstrative is the last speaker's": in “« … », selon ce
    /// texte transmis par le PS” the phrase `[a, b)` (a demonstrative and a document noun) stands
    /// for the speaker of the statement before.
    ///
    /// Rule "a definite document just after a statement is its speaker's": after „Am Abend teilte
    /// der Verein mit, …“, „hieß es in der Mitteilung“ (“The letter says …” after “A coalition
    /// of charities has written to MPs, urging …”) stands for the speaker of the statement in
    /// the sentence before, when the document has no owner of its own.
    ///
    /// Rule "a definite document names its issuer in the sentence before": after “The union
    /// released a statement.”, « Le syndicat a publié un communiqué. », „Die Gewerkschaft
    /// veröffentlichte eine Erklärung.“ the definite document (“The statement said …”, « Le
    /// communiqué affirme … », „Die Erklärung kritisiert …“) speaks for the subject that issued
    /// it (impersonal.rs).
    pub(super) fn document_anaphor(&mut self, p: &Parsed<'a>, a: usize, b: usize) -> Option<Speaker> {
        let definite = b == a + 2
            && p.toks[a].is_word()
            && p.toks[a].flags & (flag::DET | flag::ELISION) != 0
            && !p.toks[a].has(flag::INDEF)
            && document_noun_at(p, a + 1);
        if b != a + 2 || !is_document_anaphor(p, a) && !definite {
            return None;
        }
        // (who issued it first: “X sent a letter urging …. The letter reads …”)
        if let Some(issuer) = self.issuer_before(p, a) {
            return Some(issuer);
        }
        let last = self.ante.statement.as_ref().map(|(sp, _)| sp.clone()).filter(|sp| !sp.name.is_empty());
        last.filter(|_| self.prev_had || is_document_anaphor(p, a))
    }

    /// Rule "an owner's document speaks for its owner": “The ministry's statement said …”,
    /// “Norland's annual report says …” — a possessive and a document noun (lowercase words
    /// between) in the phrase `[a, b)`: the owner speaks. English; None for other phrases.
    pub(super) fn owned_document(&mut self, p: &Parsed<'a>, a: usize, b: usize) -> Option<Speaker> {
        if self.lang != Lang::En || b < a + 2 || !document_noun_at(p, b - 1) {
            return None;
        }
        let owner = (a..b - 1).rev().find(|&k| p.toks[k].is_word() && is_possessive(p.toks[k].lower))?;
        let plain = (owner + 1..b - 1).all(|k| p.toks[k].is_word() && !p.toks[k].cap && !p.toks[k].has(flag::FUNC));
        if !plain {
            return None;
        }
        // (the owner without its possessive ending: the phrase up to the owner's word, as a name)
        let word = p.word(owner);
        let stem = strip_possessive(word);
        // (back over the owner's capitalised name: “Norland Foods's”)
        let lo = p.sentence_of(a).map_or(0, |k| p.sents[k].0);
        let mut start = a.min(owner);
        while start > lo && p.toks[start - 1].is_word() && p.toks[start - 1].cap && !p.toks[start - 1].has(flag::FUNC) {
            start -= 1;
        }
        let sp = self.resolve(p, start, owner + 1, false)?;
        let name = sp.name.strip_suffix(&word[stem.len()..]).map_or_else(|| sp.name.clone(), Into::into);
        Some(Speaker { name, ..sp })
    }

    /// Rule "a document from its issuer": in ““…,” said a statement from the union” the phrase
    /// `np` ends in a document noun and “from” or “by” names who issued it (before `e`): that
    /// one speaks. English; None for other phrases.
    pub(super) fn document_from(&mut self, p: &Parsed<'a>, np: (usize, usize), e: usize) -> Option<Speaker> {
        let (a, b) = np;
        if self.lang != Lang::En || b <= a || !document_noun_at(p, b - 1) {
            return None;
        }
        // (its addressee may stand between: “a message to staff from the chief executive”)
        let to = p.toks.get(b).is_some_and(|t| t.is("to"));
        let b = if to { (b + 2..e.min(b + 6)).find(|&k| issued_by_at(p, k)).unwrap_or(b) } else { b };
        if !issued_by_at(p, b) {
            return None;
        }
        let (oa, ob) = self.np_after(p, b + 1, e)?;
        self.resolve(p, oa, ob, false)
    }
}

/// Whether a lowercase word is a demonstrative (“ce”, „diese“, “this”).
pub(super) fn is_demonstrative(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(&DEMONSTRATIVES);
    SET.contains(lower)
}

/// Whether tokens `k` and `k + 1` are a demonstrative and a document noun (“ce texte”).
pub(super) fn is_document_anaphor(p: &Parsed<'_>, k: usize) -> bool {
    is_demonstrative(p.toks[k].lower) && document_noun_at(p, k + 1)
}

/// Rule "a document reads": the English “read” reports only what a document says (“the
/// statement read”, “A letter from the union reads: …”): a document noun heading the phrase
/// before the cue in its clause, or after it in an inverted attribution (““…,” read a statement
/// from the union”). Elsewhere (“Lind read the names aloud”, “shirts that read …”) it is no cue.
pub(super) fn reads_without_document(p: &Parsed<'_>, site: CueSite<'_>) -> bool {
    // (the document heads the subject: right before the cue, or with who issued it after it, “a
    // letter from the union reads”; not “a message on the website reads”)
    let before = || {
        (site.s..site.i)
            .rev()
            .take(6)
            .take_while(|&k| p.toks[k].is_word())
            .any(|k| document_noun_at(p, k) && (k + 1 == site.i || issued_by_at(p, k + 1)))
    };
    let inverted = site.i > site.s && (p.punct(site.i - 1, ',') || p.is_quote(site.i - 1));
    let after = || {
        inverted && (site.i + 1..site.e).take(3).take_while(|&k| p.toks[k].is_word()).any(|k| document_noun_at(p, k))
    };
    site.c.lemma == "read" && !before() && !after()
}

/// Whether token `k` is “from” or “by” after a document noun, naming who issued it.
fn issued_by_at(p: &Parsed<'_>, k: usize) -> bool {
    p.toks.get(k).is_some_and(|t| t.is_word() && matches!(t.lower, "from" | "by"))
}

/// Whether token `k` is a document noun of [`DOCUMENT_NOUNS`] (“texte”, „Mitteilung“).
pub(super) fn document_noun_at(p: &Parsed<'_>, k: usize) -> bool {
    p.toks.get(k).is_some_and(|t| t.is_word() && is_listed_document(t.lower))
}

/// Whether a lowercase word is one of [`DOCUMENT_NOUNS`] itself (no compound).
pub(super) fn is_listed_document(lower: &str) -> bool {
    // (the listed nouns have four to thirteen bytes: most words are ruled out by their length)
    static SET: WordSet = WordSet::new(&DOCUMENT_NOUNS);
    (4..=14).contains(&lower.len()) && SET.contains(lower)
}

#[cfg(test)]
mod document_tests {
    use super::super::tests::run_roles;

    #[test]
    fn an_owner_s_document_speaks_for_its_owner() {
        let v = run_roles("Port\nThe pier is shut. Norland Foods's annual report said the pier had cost too much.\n");
        assert!(v.iter().any(|(s, _)| s == "Norland Foods"), "{v:?}");
        let v = run_roles("Port\nThe pier is shut. The ministry's statement said the pier had cost too much.\n");
        assert!(v.iter().any(|(s, _)| s == "ministry"), "{v:?}");
    }

    #[test]
    fn tables_are_sorted() {
        assert!(super::DOCUMENT_NOUNS.iter().all(|d| super::is_listed_document(d)));
        assert!(super::DEMONSTRATIVES.windows(2).all(|w| w[0] < w[1]));
        assert!(super::DOCUMENT_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_document_named_by_a_demonstrative_is_the_last_speaker_s() {
        let text = "Agression\nLe député Paul Martin est hospitalisé, a indiqué le syndicat Sud dans un communiqué. \
                    « Les médecins ne se prononcent pas », selon ce texte transmis par le parti.\n";
        let r = run_roles(text);
        assert!(r.iter().all(|(s, _)| s == "syndicat Sud" || s == "Sud"), "{r:?}");
    }

    #[test]
    fn a_definite_document_names_its_issuer_in_the_sentence_before() {
        let speakers = super::super::tests::run_speakers;
        let v = speakers(
            "Dock\nThe dock union released a statement on Monday. The statement said the closure was avoidable.\n",
        );
        assert_eq!(v, ["union"]);
        // (the last document issued, by the subject before the verb, not the time that opens it)
        let v = speakers(
            "Dock\nDays after its report was leaked, the Port Authority issued a statement. The statement said the \
             pier would reopen.\n",
        );
        assert_eq!(v, ["Port Authority"]);
        let v = speakers(
            "Port\nLa situation est grave.\n\nLe syndicat a publié un communiqué lundi. Le communiqué affirme que la \
             fermeture était évitable.\n",
        );
        assert_eq!(v, ["syndicat"]);
        let v = speakers(
            "Hafen\nDie Gewerkschaft hat am Montag eine Erklärung veröffentlicht. Die Erklärung fordert den Rücktritt des \
             Senators.\n",
        );
        assert_eq!(v, ["Gewerkschaft"]);
        // (across paragraphs, and before what the sentence that issued it said itself)
        let v = speakers(
            "Dock\nThe dock union sent a letter to the board urging it to reconsider.\n\n“We are disappointed by the \
             decision and will appeal,” the letter reads.\n",
        );
        assert!(!v.is_empty() && v.iter().all(|s| s == "union"), "{v:?}");
        // (a noun after an article issues nothing: “the campaign release”)
        let v = speakers(
            "Dock\nIn the campaign release announcing his role, Ada Lind was praised. The statement said the pier \
             would reopen.\n",
        );
        assert!(v.iter().all(|s| s != "Ada Lind"), "{v:?}");
    }

    #[test]
    fn a_document_reads() {
        let v = super::super::tests::run(
            "Dock\nThe Port Authority issued a statement. “We regret the disruption and will reopen soon,” the \
             statement read.\n",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "Port Authority");
        // (inverted, with who issued it)
        let v = super::super::tests::run(
            "Dock\nThe pier is shut.\n\n“We will fight on to the end,” read a statement from the union.\n",
        );
        assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["union"]);
        // (elsewhere “read” reports nothing)
        let v = super::super::tests::run(
            "Dock\nAda Lind read the statement aloud. The crowd wore shirts that read “Save the pier now”.\n",
        );
        assert!(v.iter().all(|x| x.1 != "Ada Lind" && x.1 != "crowd"), "{v:?}");
    }

    #[test]
    fn a_document_from_its_issuer() {
        let v = super::super::tests::run(
            "Dock\nThe pier is shut.\n\n“We will not give up the pier,” said a statement by the dock union.\n",
        );
        assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["dock union"]);
        // (and as the subject before the cue)
        let v = super::super::tests::run(
            "Dock\nThe pier is shut. A statement from the mayor's office said the pier would reopen.\n",
        );
        assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["mayor's office"]);
        // (with its addressee on either side of the issuer)
        for text in [
            "A letter from the union to members said the pier would reopen.",
            "A message to staff from the union said the pier would reopen.",
        ] {
            let v = super::super::tests::run(&format!("Dock\nThe pier is shut. {text}\n"));
            assert_eq!(v.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["union"], "{text}");
        }
    }

    #[test]
    fn a_definite_document_just_after_a_statement_is_its_speaker_s() {
        let text = "Hafen\nAm Abend teilte die Reederei Nordlicht mit, sie verurteile die Angriffe. „Kritik ist \
                    erlaubt, Hetze nicht“, hieß es in der Mitteilung.\n";
        let r = run_roles(text);
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r.iter().all(|(s, _)| s == "Reederei Nordlicht"), "{r:?}");
    }
}
