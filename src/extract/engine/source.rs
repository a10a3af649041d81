//! Source markers: “according to X”, “laut X”, “selon X”, “X zufolge”.

use super::Engine;
use super::parsed::Parsed;
use super::state::{Attribution, CueSite, SentenceState};
use crate::extract::lexicon::{CueKind, flag};

/// The source phrase of a marker: the whole phrase, the part that speaks and where the
/// statement may begin after it.
struct Source {
    /// The whole source phrase.
    np: (usize, usize),
    /// The part of it that names the speaker.
    speaker: (usize, usize),
    /// The first token after the phrase.
    after: usize,
}

impl<'a> Engine<'a> {
    /// A source marker: the source speaks the rest of the sentence (“According to the ministry,
    /// three people were arrested”), or what came before when the marker trails (“The border
    /// stays closed, according to Reuters”).
    pub(super) fn source_marker(&mut self, p: &Parsed<'a>, site: CueSite<'_>, st: &mut SentenceState) {
        let Some(src) = self.source_phrase(p, site) else { return };
        let Some(sp) = self.resolve(p, src.speaker.0, src.speaker.1, false) else { return };
        let (s, e, i) = (site.s, site.e, site.i);
        st.claimed.extend((src.np.0..src.np.1).filter_map(|k| p.toks[k].quote()));
        let marker_start = if site.c.kind == CueKind::SourceSuffix { src.np.0 } else { i };
        let rest = skip_apposition(p, src.after, e);
        let lead_words =
            (s..marker_start).filter(|&k| p.toks[k].is_word() && !p.toks[k].has(flag::FUNC) || p.is_quote(k)).count();
        let (a, b) = if lead_words == 0 {
            (rest, e)
        } else if rest >= e.saturating_sub(1) {
            let mut b = marker_start;
            if b > s && p.punct(b - 1, ',') {
                b -= 1;
            }
            (s, b)
        } else {
            (s, e)
        };
        let words = (a..b).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
        let own_cue = (a..b).any(|k| k != i && self.cue_at(p, k).is_some_and(|c| c.kind == CueKind::Verb));
        if words >= 3 && !own_cue {
            self.emit_clause(p, a, b, sp.clone(), site.text, 0.7);
            st.clauses.push((a, b));
        }
        st.attributed.push(Attribution { cue: i, speaker: sp, cue_text: site.text.to_owned() });
    }

    /// The source phrase: before a trailing marker (“X zufolge”), else after the marker and its
    /// second word. A named source after a link word speaks for the whole phrase: “according to
    /// a statement from the Foreign Ministry”, “… issued by …”.
    fn source_phrase(&self, p: &Parsed<'a>, site: CueSite<'_>) -> Option<Source> {
        let (s, e, i, c) = (site.s, site.e, site.i, site.c);
        let (np, after) = if c.kind == CueKind::SourceSuffix {
            (self.np_before(p, s, i)?, i + 1)
        } else {
            let start = if c.continuation().is_some() { i + 2 } else { i + 1 };
            let np = self.np_after(p, start, e)?;
            (np, np.1)
        };
        let mut src = Source { np, speaker: np, after };
        if c.kind == CueKind::SourcePrefix && p.toks.get(after).is_some_and(|t| t.has(flag::SOURCE_LINK)) {
            let from = if p.toks.get(after + 1).is_some_and(|t| t.is("by")) { after + 2 } else { after + 1 };
            if let Some((a2, b2)) = self.np_after(p, from, e) {
                if (a2..b2).any(|k| p.toks[k].cap) {
                    src.speaker = (a2, b2);
                }
                src.np = (np.0, b2);
                src.after = b2;
            }
        }
        Some(src)
    }
}

/// Skips an apposition after the source: “laut Ulrich Müller, Experte für …, Druck …”.
fn skip_apposition(p: &Parsed<'_>, after: usize, e: usize) -> usize {
    if !p.punct(after, ',') {
        return after;
    }
    let mut k = after + 1;
    while k < e && !p.punct(k, ',') && k - after < 16 {
        k += 1;
    }
    if k < e { k + 1 } else { after + 1 }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::Position;

    #[test]
    fn leading_and_trailing_markers() {
        let v = run("Port\nAccording to the Port Authority, two ships ran aground near the pier.\n");
        assert!(v.iter().any(|(k, s, t)| *k == Position && s == "Port Authority" && t.starts_with("two ships")));
        let v = run("Port\nTwo ships ran aground near the pier, according to the coast guard.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t == "Two ships ran aground near the pier"), "{v:?}");
    }

    #[test]
    fn a_named_source_after_a_link_word_speaks() {
        let v = run("Port\nAccording to a statement from the Port Authority, the pier stays closed all week.\n");
        assert!(v.iter().any(|(k, s, _)| *k == Position && s == "Port Authority"), "{v:?}");
    }

    #[test]
    fn german_marker_after_the_source() {
        let v = run("Hafen\nDer Hafenbehörde zufolge bleibt der Pier die ganze Woche geschlossen.\n");
        assert!(v.iter().any(|(k, _, t)| *k == Position && t.starts_with("bleibt der Pier")), "{v:?}");
    }
}
