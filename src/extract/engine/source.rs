//! Source markers: “according to X”, “laut X”, “selon X”, “X zufolge”.

use super::Engine;
use super::parsed::Parsed;
use super::state::{Attribution, SentenceState};
use crate::extract::lexicon::{CueKind, CueWord, flag};

impl<'a> Engine<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn source_marker(
        &mut self,
        p: &Parsed<'a>,
        s: usize,
        e: usize,
        i: usize,
        c: CueWord,
        cue_text: &str,
        st: &mut SentenceState,
    ) {
        let (np, after_np) = if c.kind == CueKind::SourceSuffix {
            match self.np_before(p, s, i) {
                Some((a, b)) => ((a, b), i + 1),
                None => return,
            }
        } else {
            let start = if c.continuation().is_some() { i + 2 } else { i + 1 };
            match self.np_after(p, start, e) {
                Some((a, b)) => ((a, b), b),
                None => return,
            }
        };
        // "according to a statement from the Foreign Ministry": the named source speaks
        let (mut np, mut after_np) = (np, after_np);
        let mut speaker_np = np;
        if c.kind == CueKind::SourcePrefix && p.toks.get(after_np).is_some_and(|t| t.has(flag::SOURCE_LINK)) {
            let from = if p.toks.get(after_np + 1).is_some_and(|t| t.is("by")) { after_np + 2 } else { after_np + 1 };
            if let Some((a2, b2)) = self.np_after(p, from, e) {
                if (a2..b2).any(|k| p.toks[k].cap) {
                    speaker_np = (a2, b2);
                }
                np = (np.0, b2);
                after_np = b2;
            }
        }
        let Some(sp) = self.resolve(p, speaker_np.0, speaker_np.1, false) else { return };
        st.claimed.extend((np.0..np.1).filter_map(|k| p.toks[k].quote()));
        let marker_start = if c.kind == CueKind::SourceSuffix { np.0 } else { i };
        // skip an appositive after the source: "laut Ulrich Müller, Experte für …, Druck …"
        let mut rest = after_np;
        if p.punct(rest, ',') {
            let mut k = rest + 1;
            while k < e && !p.punct(k, ',') && k - rest < 16 {
                k += 1;
            }
            rest = if k < e { k + 1 } else { rest + 1 };
        }
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
            self.emit_clause(p, a, b, sp.clone(), cue_text, 0.7);
            st.clauses.push((a, b));
        }
        st.attributed.push(Attribution { cue: i, speaker: sp, cue_text: cue_text.to_owned() });
    }
}
